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
    chosen.sort_unstable();
    let shown: Vec<String> = topic.iter().map(|t| term_display(cx, t)).collect();
    let mut a = Answer::new(q.intent, true, format!("What the article says about “{}”:", super::join_and(&shown)));
    for si in chosen {
        cite_sentence(cx, &mut a, si, true);
    }
    report_itself_if_unsourced(cx, &mut a);
    Some(a)
}
