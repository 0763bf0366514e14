//! "What's Kellogg's military career?", "who is Ukraine's ambassador?": an attribute the
//! article has no word for is not given by what it says of its owner (see
//! [`crate::matcher::attribute`]). The answer found becomes the context of a decline that says
//! what is missing.

use super::{decline, Answer, Cx};
use crate::matcher::attribute::Attribute;
use crate::matcher::{words, Question};

/// `a`, or a decline when the attribute the question asks for is one the article cannot give.
pub fn held_to(cx: &Cx<'_>, q: &Question, a: Answer) -> Answer {
    // "Since when is he minister?": a report that never tells anyone's past (no "became", no
    // "former", no "previous") gives only who people were on its day.
    if q.history && !["becam", "becom", "former", "previous"].iter().any(|s| cx.index.has_stem(s)) {
        return decline::no_history(cx, a, q);
    }
    match q.attribute.as_ref() {
        Some(attr) if !told(cx, q, attr) => decline::no_attribute(cx, a, attr),
        _ => a,
    }
}

/// Whether the article can speak of the attribute: one of its words, a lexicon synonym of one,
/// or a stem of one is in the article, or one is a kind of thing Parley's answers are made of.
/// Only an attribute wholly outside the article is declined ("military career"), not one it
/// speaks of in part ("the latest sanctions package").
fn told(cx: &Cx<'_>, q: &Question, attr: &Attribute) -> bool {
    attr.words.iter().any(|w| {
        let mut synonyms = q.terms.iter().filter(|t| t.word == w.word).flat_map(|t| t.alts.iter());
        cx.index.has_stem(&w.stem) || cx.index.in_article(&w.word) || synonyms.any(|s| cx.index.has_stem(s)) || answered_kind(cx, &w.word, &w.stem)
    })
}

/// Nouns for what Parley's answers are made of: someone's job or people, a stand, words said,
/// a proposal, a reaction, an aim, a reason, an effect, a time, a place, a share, a meeting.
fn answered_kind(cx: &Cx<'_>, word: &str, stem: &str) -> bool {
    const WORD_LISTS: &[&[&str]] = &[
        words::JOB_WORDS,
        words::STANCE_NOUNS,
        words::POSITION_WORDS,
        words::RESPONSE_NOUNS,
        words::PROPOSAL_WORDS,
        words::SAY_WORDS,
        words::TIME_NOUNS,
        words::TIME_UNITS,
        words::MOMENT_NOUNS,
        words::PLACE_NOUNS,
        words::SHARE_NOUNS,
        words::KIND_NOUNS,
        words::LIGHT_NOUNS,
        words::PERSON_NOUNS,
        words::ACTOR_NOUNS,
        words::PARTY_NOUNS,
        words::SOURCE_NOUNS,
        words::TOPIC_NOUNS,
        words::MEETING_WORDS,
        words::DEED_WORDS,
        words::REPORT_NOUNS,
        words::IN_THE_REPORT,
    ];
    const STEM_LISTS: &[&[&str]] = &[words::PURPOSE_NOUNS, words::REASON_NOUNS, words::EFFECT_NOUNS, words::WARNING_STEMS, words::SIGN_NOUNS];
    WORD_LISTS.iter().any(|l| words::is_in(l, word))
        || STEM_LISTS.iter().any(|l| l.iter().any(|s| stem.starts_with(s)))
        || cx.index.is_role_word(word)
        || cx.index.is_entourage(word)
        || cx.index.is_person_word(word)
        || crate::matcher::valence::valence(word).is_some()
}
