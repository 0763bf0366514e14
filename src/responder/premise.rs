//! "Why did Lammy cancel his trip?", "why did Russia reject the proposals?": a question whose
//! premise puts someone else's act on the person or side it names. The article says it of
//! another, so the answer says whose act it was, cited, rather than declining or answering
//! beside the point.
//!
//! The act is the question's verb said after its subject ("did *Lammy* *cancel*", "why did
//! *Russia* *reject*"). It is someone else's when a clause of the article has that verb (by
//! stem) with another person or side as its doer — named right before it, auxiliaries and an
//! adverb between ("Healey was also meeting"), or after "by" ("rejected by Kyiv") — most of the
//! question's other words in the same sentence ("his *trip*"), the places and sides it names in
//! its own words and the people it names besides its subject ("meet *Kellogg*").
//!
//! The article may say the act of the one asked about in other words: a clause with the verb or
//! a word of its lexicon group ("reject": "unacceptable", "opposes") whose doer is the one
//! asked about, or that names them, gives the word no other doer and has the question's other
//! words ("proposals … unacceptable to … other European nations"), leaves the premise alone. A verb of saying is left to the quote answers
//! ("the article has no words of …").

use super::verdict::{clauses, side_of, subject};
use super::{entity_name, meaning, Answer, Cx};
use crate::matcher::normalise::normalise;
use crate::matcher::tokens::{tokenize, Token};
use crate::matcher::{words, EntityRef, Intent, Question};

/// The answer naming whose act it was, when the question's premise gives it to someone else.
pub fn someone_else(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if !matches!(q.intent, Intent::YesNo | Intent::WhyHow | Intent::When | Intent::Where | Intent::Search) || q.future {
        return None;
    }
    let (asked, verb) = subject_and_verb(q)?;
    if words::is_in(words::SAY_WORDS, &verb.word) || words::is_in(words::STOPWORDS, &verb.word) || passive(q, &verb) {
        return None;
    }
    // "Has Trump spoken to Putin?": the article tells of something the people named did
    // together (his call to Putin), whatever its verb, so the premise may well hold.
    let d = &cx.article.data;
    let people: Vec<&str> = q.people().into_iter().map(|p| d.person[p].id.as_str()).collect();
    if people.len() >= 2 && d.event.iter().any(|e| e.has_all(&people)) {
        return None;
    }
    // The verb's stem and its lexicon group: the act in the article's other words.
    let act: Vec<&str> = q
        .terms
        .iter()
        .find(|t| t.stem == verb.stem)
        .map_or_else(|| vec![verb.stem.as_str()], |t| std::iter::once(t.stem.as_str()).chain(t.alts.iter().map(String::as_str)).collect());
    let rest: Vec<&str> = q.terms.iter().filter(|t| t.stem != verb.stem && t.entity.is_none()).map(|t| t.stem.as_str()).collect();
    // Places and sides the question names besides its subject, in its own words; the other
    // people it names. A side qualifying a title ("the *British* foreign minister") says who
    // is asked about, not where the act was.
    let places: Vec<Vec<Token>> = q
        .mentions
        .iter()
        .filter(|m| !matches!(m.entity, EntityRef::Person(_)) && m.entity != asked && !m.from_context && !m.qualifier)
        .map(|m| tokenize(&m.words))
        .collect();
    let others: Vec<EntityRef> =
        q.mentions.iter().filter(|m| !m.qualifier && m.entity != asked && matches!(m.entity, EntityRef::Person(_))).map(|m| m.entity).collect();
    let mut found: Option<(usize, EntityRef)> = None; // (sentence, doer)
    for (si, s) in cx.article.sentences.iter().enumerate() {
        // Only sentences that have the act are read (the index knows their stems).
        if !act.iter().any(|stem| cx.index.sentences[si].has(stem)) {
            continue;
        }
        let text = s.text(cx.article);
        let toks = tokenize(&normalise(text).text);
        let holds = rest.iter().filter(|stem| toks.iter().any(|t| t.stem == **stem)).count();
        // Places and sides the question names are in the sentence as the question words them:
        // "his trip to Washington" is not the trip to London, though London's sentence has "U.S.".
        let placed = places.iter().all(|w| toks.windows(w.len().max(1)).any(|win| win.iter().zip(w).all(|(a, b)| a.word == b.word)));
        let named = cx.index.names_in(text);
        let with_others = others.iter().all(|o| named.contains(o));
        for clause in clauses(text) {
            let c = tokenize(&normalise(&clause).text);
            let in_clause = names_at(cx, &c);
            for at in (0..c.len()).filter(|&i| act.contains(&c[i].stem.as_str())) {
                let doer = doer(cx, &c, at);
                let asked_did = match doer {
                    Some(e) => same_actor(cx, e, asked),
                    // No doer of the act: the one asked about, named beside it by its own name
                    // in a sentence about the question's things, may be it ("Witkoff's
                    // proposals … were unacceptable to … European nations").
                    None => 2 * holds >= rest.len() && in_clause.iter().any(|&(i, e)| i != at && e == asked),
                };
                if asked_did {
                    // The article does say it of the one asked about: no false premise.
                    return None;
                }
                if c[at].stem == verb.stem && found.is_none() && placed && with_others && 2 * holds >= rest.len() {
                    found = doer.map(|e| (si, e));
                }
            }
        }
    }
    let (si, doer) = found?;
    // A yes/no question is answered no first, as a place or date the article gives otherwise is.
    let no = if q.polar { "No. " } else { "" };
    let mut a =
        Answer::new(q.intent, true, format!("{no}The article says that of {}, not {}:", actor_name(cx, doer), actor_name(cx, asked))).with_confidence(0.8);
    meaning::cite_sentence(cx, &mut a, si, true);
    // "Why did he …" next asks about the one who did it.
    put_first(&mut a, doer);
    Some(a)
}

/// Puts the person or side first among the answer's, for the pronouns of the next question.
fn put_first(a: &mut Answer, e: EntityRef) {
    match e {
        EntityRef::Person(p) => {
            a.people.retain(|&x| x != p);
            a.people.insert(0, p);
        }
        EntityRef::Side(s) => {
            a.sides.retain(|&x| x != s);
            a.sides.insert(0, s);
        }
        _ => {}
    }
}

/// A person's or side's name as the subject of an act: "Ukraine", not the "Kyiv" that stands
/// for its government.
fn actor_name(cx: &Cx<'_>, e: EntityRef) -> String {
    match e {
        EntityRef::Side(s) => cx.article.data.side[s].name.clone(),
        _ => entity_name(cx, e),
    }
}

/// Whether sentence `si` tells of an act of the one person or side the question asks about:
/// they are the doer of one of its verbs ("*British government officials* pointed to the
/// technical talks …" for "how did the British show things were moving?").
pub fn acted_by_asked(cx: &Cx<'_>, q: &Question, si: usize) -> bool {
    let mut asked = q.mentions.iter().filter(|m| !m.qualifier && !m.poss && actor(m.entity)).map(|m| m.entity);
    let Some(one) = asked.next() else { return false };
    if asked.any(|e| e != one) {
        return false;
    }
    // A person asked about is that person; a side, its people too ("the British": "British
    // government officials", "Lammy").
    let is_asked = |e: EntityRef| match one {
        EntityRef::Person(_) => e == one,
        _ => same_actor(cx, e, one),
    };
    let text = cx.article.sentences[si].text(cx.article);
    clauses(text).iter().any(|clause| {
        let c = tokenize(&normalise(clause).text);
        (0..c.len()).any(|at| !words::is_stopword(&c[at].word) && doer_or_group(cx, &c, at).is_some_and(is_asked))
    })
}

/// Whether two people or sides are one actor: the same, a person of the side ("Healey" for
/// Britain), or a country of the bloc ("Britain" for the Europeans).
fn same_actor(cx: &Cx<'_>, a: EntityRef, b: EntityRef) -> bool {
    let widen = |e: EntityRef| {
        let side = side_of(cx, e).unwrap_or(e);
        let group = match side {
            EntityRef::Side(s) => cx.article.data.side[s].group.as_deref().and_then(|g| super::entity_of(cx, g)),
            _ => None,
        };
        [Some(e), Some(side), group]
    };
    let (wa, wb) = (widen(a), widen(b));
    a == b || wa.contains(&Some(b)) || wb.contains(&Some(a))
}

/// The people and sides a clause names, where they start, possessors left out ("Rubio's
/// no-show" names no one who acts).
fn names_at(cx: &Cx<'_>, clause: &[Token]) -> Vec<(usize, EntityRef)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < clause.len() {
        match cx.index.alias_at(clause, i) {
            Some((e, n)) => {
                let end = i + n.max(1);
                if actor(e) && !clause[end - 1].poss {
                    out.push((i, e));
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Words that may stand between a doer and its verb: "Healey *was also* meeting", "Europe
/// *staunchly* opposes", "proposals *have been* rejected". A modal may not: "Washington *could*
/// walk away" is a threat, not an act.
fn between(t: &Token) -> bool {
    matches!(
        t.word.as_str(),
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "do"
            | "been"
            | "be"
            | "being"
            | "also"
            | "already"
            | "still"
            | "just"
            | "then"
    ) || t.word.len() > 4 && t.word.ends_with("ly")
}

/// A person or a side: who can do something.
fn actor(e: EntityRef) -> bool {
    matches!(e, EntityRef::Person(_) | EntityRef::Side(_))
}

/// Where the words before the verb at `at` begin: past the auxiliaries and adverbs between it
/// and its doer.
fn verb_start(clause: &[Token], at: usize) -> usize {
    let mut end = at;
    while end > 0 && at - end < 3 && between(&clause[end - 1]) {
        end -= 1;
    }
    end
}

/// The person or side named right before `end` (its name ends there), not as a possessive.
fn named_ending_at(cx: &Cx<'_>, clause: &[Token], end: usize) -> Option<EntityRef> {
    (end.saturating_sub(6)..end).find_map(|i| {
        let (e, n) = cx.index.alias_at(clause, i)?;
        (i + n.max(1) == end && actor(e) && !clause[end - 1].poss).then_some(e)
    })
}

/// The person or side that does the verb at `at`: named right before it (auxiliaries and
/// adverbs may come between, a negation may not: "Kyiv would *not* recognise" is no one
/// recognising), not as a possessive ("Rubio's no-show prompted a *meeting*" is no one
/// meeting); or, passive, named after "by" ("rejected *by Kyiv*").
fn doer(cx: &Cx<'_>, clause: &[Token], at: usize) -> Option<EntityRef> {
    if clause.get(at + 1).is_some_and(|t| t.word == "by") {
        if let Some((e, _)) = cx.index.alias_at(clause, at + 2).filter(|&(e, _)| actor(e)) {
            return Some(e);
        }
    }
    let end = verb_start(clause, at);
    if (end..at).any(|i| super::verdict::negative_word_at(clause, i)) {
        return None;
    }
    named_ending_at(cx, clause, end)
}

/// The doer of the verb at `at`, as [`doer`] finds it, or a side or person qualifying the
/// group of one or two words right before the verb: "*British* government officials pointed",
/// "*European* nations have scrambled".
fn doer_or_group(cx: &Cx<'_>, clause: &[Token], at: usize) -> Option<EntityRef> {
    doer(cx, clause, at).or_else(|| {
        let end = verb_start(clause, at);
        (1..=2).find_map(|k| {
            let head = end.checked_sub(k)?;
            let plain = clause[head..end].iter().all(|t| !t.poss && !words::is_stopword(&t.word)) && cx.index.alias_at(clause, head).is_none();
            plain.then(|| named_ending_at(cx, clause, head)).flatten()
        })
    })
}

/// Whether the question's verb is said of its subject in the passive ("where were *they*
/// presented", "was Ukraine invaded"): the subject is what the act was done to, not its doer.
fn passive(q: &Question, verb: &Token) -> bool {
    let Some(at) = q.tokens.iter().position(|t| t.word == verb.word) else { return false };
    // The be-form before the subject or right before the verb, not one of a relative clause's
    // head ("Kellogg *was* the one who presented …").
    let be = q.tokens[at.saturating_sub(3)..at]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.word.as_str(), "who" | "that" | "which"))
        .any(|t| matches!(t.word.as_str(), "is" | "was" | "are" | "were" | "been" | "being"));
    be && !verb.word.ends_with("ing")
}

/// The person or side a question names as its subject and the verb it says of them: "did
/// *Lammy* *cancel* …" (the first topic word after the subject), "why did *Russia* *reject* …"
/// (the verb after a wh-word, auxiliary and subject: the first person or side it names).
fn subject_and_verb(q: &Question) -> Option<(EntityRef, Token)> {
    if q.polar {
        let e = subject(q).filter(|&e| actor(e))?;
        let head = q.terms.first()?;
        let verb = q.tokens.iter().find(|t| t.stem == head.stem)?.clone();
        return Some((e, verb));
    }
    let verb = q.predicate.as_deref()?;
    let at = q.tokens.iter().position(|t| t.word == verb)?;
    // The subject is named right before its verb: in "why did they cancel the meeting with
    // foreign ministers" the ministers are not who cancelled.
    let before = q.tokens[..at].last()?;
    let e = q.mentions.iter().find(|m| !m.qualifier && !m.poss && actor(m.entity) && m.words.split(' ').next_back() == Some(before.word.as_str()))?.entity;
    Some((e, q.tokens[at].clone()))
}
