//! "Why was the wider meeting called off?", "what made Europe scramble?": a reason is a
//! sentence that links what was asked about to something else, with what was asked about on
//! the effect side of the link.
//!
//! English marks the link with a small closed class of words, and each has a direction: "X
//! *prompted* Y", "X, *raising* Y" put the cause first; "Y *after* X", "Y *because* X" put the
//! effect first; a sentence that opens "*Since* X, Y" puts the effect after the comma. A
//! sentence where the asked event sits on the cause side ("talks were held *after* Rubio
//! cancelled") does not say why Rubio cancelled, however close its words are.

use super::{Answer, Cx};
use crate::matcher::semantic::Ranked;
use crate::matcher::words::{CAUSE_FIRST, EFFECT_FIRST};
use crate::matcher::{tokens, EntityRef, QTerm, Question};

/// How far down the ranking a reason is looked for.
const LOOK_AT: usize = 5;
/// The share of the question's words that must be on the effect side.
const ON_EFFECT_SIDE: f32 = 0.5;

/// The best-ranked sentence that gives a reason for what the question asks about.
pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let topic = q.topic_terms(&[]);
    let asked: Vec<&QTerm> = topic.iter().filter(|t| t.entity.is_none() && !crate::matcher::words::is_stopword(&t.word)).collect();
    // People named outright (not by a title read loosely: "foreign ministers") are who the
    // reason is about: they must be on the effect side of the link ("why did Rubio cancel" is
    // not answered by "… after Rubio cancelled").
    let people: Vec<String> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && !m.by_role)
        .filter_map(|m| match m.entity {
            EntityRef::Person(p) => cx.article.data.person[p].name.split_whitespace().next_back().map(|w| w.to_lowercase()),
            _ => None,
        })
        .collect();
    if asked.is_empty() {
        return None;
    }
    // Two reasons may be given ("came at a critical time, days after …" and a source's "came
    // after Ukraine drafted a paper"); the article's order of rank decides which leads.
    let scored: Vec<(usize, f32)> = ranked
        .iter()
        .take(LOOK_AT)
        .filter_map(|r| Some((r.sentence, best_link(cx.article.sentences[r.sentence].text(cx.article), &asked, &people)?)))
        .filter(|&(_, share)| share >= ON_EFFECT_SIDE)
        .collect();
    // A second reason only when it fits as well as the first.
    let &(_, best) = scored.first()?;
    let reasons: Vec<usize> = scored.iter().take(2).filter(|x| x.1 >= best).map(|x| x.0).collect();
    let lead = if reasons.len() > 1 { "The article links it to these:" } else { "The article gives this reason:" };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.7);
    for &si in &reasons {
        super::meaning::cite_sentence(cx, &mut a, si, true);
    }
    super::meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// The share of the asked words found on the effect side of the sentence's best causal link,
/// when it has a link with words on both sides and the people asked about on its effect side.
fn best_link(text: &str, asked: &[&QTerm], people: &[String]) -> Option<f32> {
    let toks = tokens::tokenize(&crate::matcher::normalise::normalise(text).text);
    let is_link = |t: &tokens::Token| CAUSE_FIRST.contains(&t.stem.as_str()) || EFFECT_FIRST.contains(&t.stem.as_str());
    let comma = toks.len() - tokens::tokenize(&crate::matcher::normalise::normalise(text.split_once(',').map_or("", |x| x.1)).text).len();
    (0..toks.len())
        .filter(|&at| is_link(&toks[at]))
        .filter_map(|at| {
            // Each link's sides end at the links next to it: "held talks *after* Rubio
            // cancelled, *raising* questions" does not put the cancelling before "raising".
            let prev = (0..at).rev().find(|&k| is_link(&toks[k])).map_or(0, |k| k + 1);
            let next = (at + 1..toks.len()).find(|&k| is_link(&toks[k])).unwrap_or(toks.len());
            let effect: &[tokens::Token] = if CAUSE_FIRST.contains(&toks[at].stem.as_str()) {
                &toks[at + 1..next]
            } else if at == 0 {
                // "Since X, Y": the effect is the clause after the comma.
                &toks[comma.max(1)..]
            } else {
                &toks[prev..at]
            };
            if effect.is_empty() || effect.len() + 1 >= toks.len() {
                return None;
            }
            let words: Vec<&str> = effect.iter().map(|t| t.stem.as_str()).collect();
            let plain: Vec<&str> = effect.iter().map(|t| t.word.as_str()).collect();
            if !people.iter().all(|p| plain.contains(&p.as_str())) {
                return None;
            }
            let found = asked.iter().filter(|t| words.contains(&t.stem.as_str()) || t.alts.iter().any(|a| words.contains(&a.as_str()))).count();
            Some(found as f32 / asked.len() as f32)
        })
        .max_by(f32::total_cmp)
}
