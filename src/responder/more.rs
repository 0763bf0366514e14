//! "Tell me more", "anything else?", "go on": what the article says right after the words the
//! last answer quoted — the next sentences of the report, not a new search.
//!
//! A reader who asks for more wants the rest of what the answer came from, then the story to
//! continue: the sentences of the paragraph of the last answer's first quotation that it did
//! not quote (one before it often sets it up: "Witkoff presented proposals …" before "three
//! diplomats said those proposals …"), then those that follow, up to two, skipping any already
//! quoted. The conversation then holds these as the last answer, and "more" again goes on from
//! them, without going back.

use super::decline::with_examples;
use super::meaning::{cite_sentence, report_itself_if_unsourced};
use super::{Answer, Cx};
use crate::matcher::{Intent, Question};

/// At most this many sentences per "more".
const MORE_SENTENCES: usize = 2;

pub fn answer(cx: &Cx<'_>, _q: &Question) -> Answer {
    let told = &cx.ctx.evidence;
    let Some(&(p, start, end)) = told.first() else {
        return with_examples(cx, Intent::More, "There is no earlier answer to say more about yet; ask me about the report.".to_string());
    };
    let sentences = &cx.article.sentences;
    let quoted = |k: usize| told.iter().any(|&(p, s, e)| sentences[k].overlaps(p as usize, s, e));
    let Some(last) = sentences.iter().rposition(|s| s.overlaps(p as usize, start, end)) else {
        return with_examples(cx, Intent::More, "I can't find where the last answer's words are in the report.".to_string());
    };
    // The rest of the paragraph the words came from first, then what follows; "more" again
    // only goes on.
    let first = if cx.ctx.went_on { last + 1 } else { sentences.iter().position(|s| s.p == sentences[last].p).unwrap_or(last) };
    let next: Vec<usize> = (first..sentences.len()).filter(|&k| k != last && !quoted(k)).take(MORE_SENTENCES).collect();
    if next.is_empty() {
        return with_examples(cx, Intent::More, "That was the end of the report: it says nothing more after those words.".to_string());
    }
    let mut a = Answer::new(Intent::More, true, "The report goes on:".to_string()).with_confidence(1.0);
    for k in next {
        cite_sentence(cx, &mut a, k, true);
    }
    report_itself_if_unsourced(cx, &mut a);
    a
}
