//! "Between who?", "who was that written down for?", "with whom?": who else took part in what
//! the last answer told. The answer is in the sentence just cited: the parties the question's
//! preposition ties to it there ("a paper *for the Europeans*"), or for "between", the parties
//! it names besides the one it is about ("Trump … hoped *Moscow and Kyiv* would make a deal").

use super::meaning::cite_sentence;
use super::{entity_name, join_and, Answer, Cx};
use crate::matcher::{EntityRef, Question};

/// How many words after the preposition the first party may come ("for *the* Europeans",
/// "with *its* European allies"), and the words that may stand between.
const REACH: usize = 3;
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "a", "an", "both"];

/// The answer, or `None` when no sentence the last answer told names anyone fitting.
pub fn answer(cx: &Cx<'_>, q: &Question, prep: &str) -> Option<Answer> {
    let told: Vec<usize> = (0..cx.article.sentences.len()).filter(|&si| cx.ctx.told(&cx.article.sentences[si])).collect();
    // The preposition in the sentence decides; else the parties after its subject.
    let (si, parties) =
        told.iter().find_map(|&si| Some(si).zip(tied_by(cx, si, prep))).or_else(|| told.iter().find_map(|&si| Some(si).zip(besides_subject(cx, si, prep))))?;
    // A side by its full name ("the Europeans"), not the capital standing for it.
    let name = |e: EntityRef| match e {
        EntityRef::Side(x) => cx.article.data.side[x].name.clone(),
        _ => entity_name(cx, e),
    };
    let names: Vec<String> = parties.iter().map(|&e| name(e)).collect();
    let mut a = Answer::new(q.intent, true, format!("{}.", super::upper_first(&join_and(&names)))).with_confidence(0.8);
    cite_sentence(cx, &mut a, si, true);
    Some(a)
}

/// The parties (people and sides) a sentence names, in order, with the token each starts at,
/// and the sentence's words as the index read them.
fn parties_in<'a>(cx: &Cx<'a>, si: usize) -> (&'a [crate::matcher::tokens::Token], Vec<(usize, usize, EntityRef)>) {
    let toks = &cx.index.sentence_words[si].0;
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match cx.index.alias_at(toks, i) {
            Some((e, n)) => {
                if matches!(e, EntityRef::Person(_) | EntityRef::Side(_)) {
                    found.push((i, n, e));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    (toks, found)
}

/// The parties right after `prep` in the sentence, joined by "and" or commas.
fn tied_by(cx: &Cx<'_>, si: usize, prep: &str) -> Option<Vec<EntityRef>> {
    let (toks, found) = parties_in(cx, si);
    toks.iter().enumerate().filter(|(_, t)| t.word == prep).find_map(|(k, _)| {
        // Only determiners between: "to surrender, Svyrydenko wrote" ties no one.
        let first =
            found.iter().position(|(at, _, _)| *at > k && *at <= k + REACH && toks[k + 1..*at].iter().all(|t| DETERMINERS.contains(&t.word.as_str())))?;
        let mut out = vec![found[first].2];
        let mut end = found[first].0 + found[first].1;
        for &(at, n, e) in &found[first + 1..] {
            let between: Vec<&str> = toks[end..at].iter().map(|t| t.word.as_str()).collect();
            if !between.iter().all(|w| matches!(*w, "and" | "the" | "its" | "their")) || between.is_empty() {
                break;
            }
            if !out.contains(&e) {
                out.push(e);
            }
            end = at + n;
        }
        Some(out)
    })
}

/// "Between who?" when the sentence has no "between": the parties it names after its first (its
/// subject), two at least. Another preposition the sentence lacks ties no one: "who to?" may
/// ask of anyone.
fn besides_subject(cx: &Cx<'_>, si: usize, prep: &str) -> Option<Vec<EntityRef>> {
    if prep != "between" {
        return None;
    }
    let (_, found) = parties_in(cx, si);
    let subject = found.first()?.2;
    let mut out: Vec<EntityRef> = Vec::new();
    for &(_, _, e) in &found[1..] {
        if e != subject && !out.contains(&e) {
            out.push(e);
        }
    }
    (out.len() >= 2).then_some(out)
}
