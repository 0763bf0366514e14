//! "Tell me about sanctions", "what about the ceasefire?", "progress?": a topic with nothing
//! more specific asked of it. The answer is what the article says of it: the sentences that
//! hold every word of the topic (its stem or a synonym, or the thing named), the best ranked
//! first, in reading order. A topic no sentence holds is left to the ranked search.

use super::meaning::{cite_sentence, report_itself_if_unsourced};
use super::{term_display, Answer, Cx};
use crate::matcher::semantic::Ranked;
use crate::matcher::Question;

/// Sentences given at most: what a reader takes in at a glance.
const MOST: usize = 3;

pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let topic = q.topic_terms(&[]);
    if topic.is_empty() || q.future {
        return None;
    }
    let holds = |si: usize| topic.iter().all(|t| t.score(&cx.index.sentences[si]) > 0.0);
    let mut chosen: Vec<usize> = ranked.iter().map(|r| r.sentence).filter(|&si| holds(si)).take(MOST).collect();
    if chosen.is_empty() {
        return None;
    }
    if let [only] = chosen[..] {
        chosen.extend(super::meaning::led_into(cx, only));
    }
    chosen.sort_unstable();
    // Words next to each other in the question are one phrase ("sticking points"), not two things.
    let next_to = |a: &str, b: &str| q.tokens.windows(2).any(|w| w[0].word == a && w[1].word == b);
    let mut shown: Vec<String> = Vec::new();
    for (i, t) in topic.iter().enumerate() {
        let word = term_display(cx, t);
        match shown.last_mut() {
            Some(last) if i > 0 && t.entity.is_none() && topic[i - 1].entity.is_none() && next_to(&topic[i - 1].word, &t.word) => {
                last.push(' ');
                last.push_str(&word);
            }
            _ => shown.push(word),
        }
    }
    let mut a = Answer::new(q.intent, true, format!("What the article says about “{}”:", super::join_and(&shown)));
    for si in chosen {
        cite_sentence(cx, &mut a, si, true);
    }
    report_itself_if_unsourced(cx, &mut a);
    Some(a)
}
