//! "What word does the article use for the London meetings?", "how does the report describe
//! the talks?": the report's own words for something. Where the sentence that speaks of it
//! sets a word or phrase of its own in quotation marks (“substantial” discussions), that is
//! the word asked for; otherwise the question is read as any other about its topic.

use super::{Answer, Cx};
use crate::matcher::semantic::{self, Ranker};
use crate::matcher::{Intent, Question};

/// The most words a span in quotation marks may have to be a word the report picks out (a
/// label, “substantive”), not someone's sentence.
const MAX_LABEL_WORDS: usize = 6;

/// How far down the ranking a sentence with a quoted label may sit: the topic words pick the
/// sentence, and a near second may be the one that sets the word apart.
const WITHIN: usize = 2;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if !q.wording {
        return None;
    }
    // The frame ("what word does the article use") is no topic: the rest picks the sentence.
    let mut topical = q.clone();
    let outlet = cx.article.data.article.outlet.to_lowercase();
    topical.terms.retain(|t| !crate::matcher::wording_frame(&t.word, &outlet));
    let q = &topical;
    let ranked = semantic::rank(cx.article, cx.index, q);
    let confidence = Ranker::shipped().confidence(&ranked);
    // The question presupposes the report speaks of it, as a "who said …" presupposes words.
    if confidence < super::WHO_SAID_THRESHOLD {
        return None;
    }
    let topic = q.topic_terms(&[]);
    let labelled = ranked.iter().take(WITHIN + 1).find_map(|r| {
        let s = &cx.article.sentences[r.sentence];
        labels(s.text(cx.article)).into_iter().find(|(_, named)| names_topic(&topic, named)).map(|(label, named)| (r.sentence, label, named))
    });
    // Without a word set apart, the question is read as any other about its topic.
    let (si, label, named) = labelled?;
    let them = if named.ends_with('s') { "them" } else { "it" };
    let mut a = Answer::new(Intent::Search, true, format!("The article calls {them} “{label}” {named}."));
    super::meaning::cite_sentence(cx, &mut a, si, true);
    a.confidence = confidence;
    Some(a)
}

/// Whether the word a label is set on is one of the question's topic words (by stem or the
/// lexicon's words for it): “substantial” *discussions* for "talks".
fn names_topic(topic: &[crate::matcher::QTerm], named: &str) -> bool {
    let stem = crate::matcher::tokens::stem(&named.to_lowercase());
    !stem.is_empty() && topic.iter().any(|t| stem.starts_with(&t.stem) || t.alts.iter().any(|a| stem.starts_with(a.as_str())))
}

/// The short spans a sentence sets in curly quotation marks, with the word right after each
/// (what it is said of): (“substantive”, "meetings"). A span that ends the sentence names
/// nothing after it.
fn labels(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else { break };
        let span = after[..close].trim();
        rest = &after[close + '”'.len_utf8()..];
        let next = rest.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
        if !span.is_empty() && span.split_whitespace().count() <= MAX_LABEL_WORDS {
            out.push((span, next));
        }
    }
    out
}
