//! "Why did Lammy cancel his trip?", "did Healey cancel his trip?": a question whose premise
//! puts someone else's act on the person it names. The article says it of another person, so
//! the answer says whose act it was, cited, rather than declining or answering beside the
//! point.
//!
//! The act is the question's verb said after its subject ("did *Lammy* *cancel*", "why did
//! *Lammy* *cancel*"). It is someone else's when a clause of the article has that verb (by
//! stem) with another person named right before it as its subject, most of the question's
//! other words in the same sentence ("his *trip*") and the places and sides the question names
//! in its own words — and no clause of the article says the verb of the person asked about. A
//! verb of saying is left to the quote answers ("the article has no words of …").

use super::verdict::{clauses, subject};
use super::{meaning, Answer, Cx};
use crate::matcher::normalise::normalise;
use crate::matcher::tokens::{tokenize, Token};
use crate::matcher::{words, EntityRef, Intent, Question};

/// The answer naming whose act it was, when the question's premise gives it to someone else.
pub fn someone_else(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if !matches!(q.intent, Intent::YesNo | Intent::WhyHow | Intent::When | Intent::Where | Intent::Search) || q.future {
        return None;
    }
    let (asked, verb) = subject_and_verb(q)?;
    if words::is_in(words::SAY_WORDS, &verb.word) || words::is_in(words::STOPWORDS, &verb.word) {
        return None;
    }
    // "Has Trump spoken to Putin?": the article tells of something the people named did
    // together (his call to Putin), whatever its verb, so the premise may well hold.
    let d = &cx.article.data;
    let people: Vec<&str> = q.people().into_iter().map(|p| d.person[p].id.as_str()).collect();
    if people.len() >= 2 && d.event.iter().any(|e| e.has_all(&people)) {
        return None;
    }
    let rest: Vec<&str> = q.terms.iter().filter(|t| t.stem != verb.stem).map(|t| t.stem.as_str()).collect();
    // Places and sides the question names, in its own words.
    let places: Vec<Vec<Token>> =
        q.mentions.iter().filter(|m| !matches!(m.entity, EntityRef::Person(_)) && !m.from_context).map(|m| tokenize(&m.words)).collect();
    let mut found: Option<(usize, usize)> = None; // (sentence, person)
    for (si, s) in cx.article.sentences.iter().enumerate() {
        // Only sentences that have the verb are read (the index knows their stems).
        if !cx.index.sentences[si].has(&verb.stem) {
            continue;
        }
        let text = s.text(cx.article);
        let toks = tokenize(&normalise(text).text);
        let holds = rest.iter().filter(|stem| toks.iter().any(|t| t.stem == **stem)).count();
        // Places and sides the question names are in the sentence as the question words them:
        // "his trip to Washington" is not the trip to London, though London's sentence has "U.S.".
        let named = places.iter().all(|w| toks.windows(w.len().max(1)).any(|win| win.iter().zip(w).all(|(a, b)| a.word == b.word)));
        if !named {
            continue;
        }
        for clause in clauses(text) {
            let c = tokenize(&normalise(&clause).text);
            let Some(at) = c.iter().position(|t| t.stem == verb.stem) else { continue };
            let Some(doer) = doer(cx, &c, at) else { continue };
            if doer == asked {
                // The article does say it of the person asked about: no false premise.
                return None;
            }
            if found.is_none() && 2 * holds >= rest.len() {
                found = Some((si, doer));
            }
        }
    }
    let (si, p) = found?;
    let mut a = Answer::new(q.intent, true, format!("The article says that of {}, not {}:", d.person[p].name, d.person[asked].name)).with_confidence(0.8);
    meaning::cite_sentence(cx, &mut a, si, true);
    // "Why did he …" next asks about the one who did it.
    a.people.retain(|&x| x != p);
    a.people.insert(0, p);
    Some(a)
}

/// The person named right before the verb at `at` (an adverb may come between: "Rubio
/// abruptly cancelled"), as its subject: not a possessive ("Rubio's no-show prompted a
/// *meeting*" is no one meeting).
fn doer(cx: &Cx<'_>, clause: &[Token], at: usize) -> Option<usize> {
    (at.saturating_sub(6)..at).find_map(|i| {
        let (e, n) = cx.index.alias_at(clause, i)?;
        let end = i + n.max(1);
        let EntityRef::Person(p) = e else { return None };
        (end <= at && at - end <= 1 && !clause[end - 1].poss).then_some(p)
    })
}

/// The person a question names as its subject and the verb it says of them: "did *Lammy*
/// *cancel* …" (the first topic word after the subject), "why did *Lammy* *cancel* …" (the
/// verb after a wh-word, auxiliary and subject).
fn subject_and_verb(q: &Question) -> Option<(usize, Token)> {
    let person = |e: EntityRef| match e {
        EntityRef::Person(p) => Some(p),
        _ => None,
    };
    if q.polar {
        let p = person(subject(q)?)?;
        let head = q.terms.first()?;
        let verb = q.tokens.iter().find(|t| t.stem == head.stem)?.clone();
        return Some((p, verb));
    }
    let verb = q.predicate.as_deref()?;
    let verb = q.tokens.iter().find(|t| t.word == verb)?.clone();
    let mut people = q.mentions.iter().filter(|m| !m.qualifier).filter_map(|m| person(m.entity));
    let p = people.next()?;
    // One person asked about: with two ("did Lammy meet Rubio"), whose act it is is less plain.
    people.all(|x| x == p).then_some((p, verb))
}
