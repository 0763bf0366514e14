//! "Tell me more", "anything else?", "go on": what the article says right after the words the
//! last answer quoted — the next sentences of the report, not a new search.
//!
//! A reader who asks for more wants the story to continue from where the answer stopped, so the
//! sentences that follow the last answer's first quotation are given, up to two, skipping any
//! already quoted. The conversation then holds these as the last answer, and "more" again goes
//! on from them.

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
    let next: Vec<usize> = (last + 1..sentences.len()).filter(|&k| !quoted(k)).take(MORE_SENTENCES).collect();
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
