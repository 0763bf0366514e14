//! "Was the VP gloomy about a deal?", "did Number 10 seem upset?", "is he hopeful or gloomy?":
//! how someone felt, asked in words the article does not use.
//!
//! The article says how people felt in its own words ("he was optimistic", "played down any
//! disappointment"); the question's word is often another one, or its opposite. Both are rated
//! on one scale of feeling ([`crate::matcher::valence`]): leaning the same way is a yes, the
//! other way a no, and of two offered ("hopeful or gloomy") the one that leans the article's way
//! is the answer. Only a sentence that names the one asked about (or is their words) and states
//! a feeling settles it, and only when every feeling it states leans one way.

use super::{meaning, verdict, Answer, Cx};
use crate::matcher::normalise::normalise;
use crate::matcher::semantic::Ranked;
use crate::matcher::tokens::tokenize;
use crate::matcher::{valence, EntityRef, Question};

pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.future {
        return None;
    }
    if q.feelings.is_empty() {
        return asked_open(cx, q, ranked);
    }
    // A feeling the article words itself ("is Vance optimistic") is read by the verdict from the
    // sentence that says it.
    if q.feelings.iter().any(|f| cx.article.data.paragraph.iter().any(|p| has_word(&p.text, &f.word))) {
        return None;
    }
    let who = verdict::subject(q)?;
    let (r, leans) = ranked.iter().find_map(|r| felt_by(cx, q, r.sentence, who).map(|v| (r, v)))?;
    let lead = match &q.feelings[..] {
        [one] if one.valence.signum() == leans => "Yes.".to_string(),
        [_] => "No.".to_string(),
        [a, b] if a.valence.signum() != b.valence.signum() => {
            let w = if a.valence.signum() == leans { &a.word } else { &b.word };
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>() + ".")?
        }
        _ => return None,
    };
    let mut a = meaning::answer_ranked(cx, q, std::slice::from_ref(r), 0.0)?;
    a.lead = lead;
    Some(a)
}

/// Words that ask how someone felt without offering a feeling: "how did Vance *feel* about a
/// deal", "what was his *mood*".
const FEELING_ASKED: &[&str] = &["feel", "feels", "felt", "feeling", "feelings", "mood", "sentiment"];

/// "How did Vance feel about the chances of a deal?": the best-ranked sentence that states a
/// feeling of the person asked about answers, whichever way it leans.
fn asked_open(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.polar || !q.tokens.iter().any(|t| FEELING_ASKED.contains(&t.word.as_str())) {
        return None;
    }
    let who = verdict::subject(q).or_else(|| q.mentions.iter().find(|m| !m.qualifier).map(|m| m.entity))?;
    // A side's feeling about something ("how does Britain feel about the talks") is its stand.
    if !matches!(who, EntityRef::Person(_)) {
        return None;
    }
    let r = ranked.iter().find(|r| felt_by(cx, q, r.sentence, who).is_some())?;
    let mut a = meaning::answer_ranked(cx, q, std::slice::from_ref(r), 0.0)?;
    a.lead = format!("How {} felt, as the article tells it:", super::entity_name(cx, who));
    Some(a)
}

/// Which way the feelings sentence `si` states of `who` lean (+1 or -1), when it states at
/// least one and they all lean the same way. A feeling is of the one named nearest before it in
/// its clause ("Vance said … he was *optimistic*"), or right after it as who feels it
/// ("*rejected* by Kyiv", "*unacceptable* to both Kyiv and …"); in a clause naming no one, of
/// whose words the sentence reports. Not of someone named only inside what another felt
/// ("optimistic that the Europeans …") or as the owner of something ("Rubio's cancellation").
fn felt_by(cx: &Cx<'_>, q: &Question, si: usize, who: EntityRef) -> Option<f32> {
    let s = &cx.article.sentences[si];
    let text = s.text(cx.article);
    let is_who = |e: EntityRef| speaks_for(cx, e, who);
    // The sentence reports their words ("A spokesperson for … played down any disappointment").
    let theirs = meaning::statement_at(cx, s.p, text).and_then(|st| st.speaker.as_deref()).and_then(|id| super::entity_of(cx, id)).is_some_and(is_who);
    let mut stated = Vec::new();
    for clause in verdict::clauses(text) {
        let toks = tokenize(&normalise(&clause).text);
        let names: Vec<(usize, bool)> = (0..toks.len())
            .filter_map(|i| cx.index.alias_at(&toks, i).map(|(e, n)| (i, e, i + n.max(1) - 1)))
            // People and sides feel; places ("during a visit to India") do not.
            .filter(|&(_, e, last)| matches!(e, EntityRef::Person(_) | EntityRef::Side(_)) && verdict::as_subject(q, &toks, last))
            .map(|(i, e, _)| (i, is_who(e)))
            .collect();
        // Named before the feeling, or right after it as the one who feels it ("rejected *by*
        // Kyiv", "unacceptable *to* both Kyiv").
        let holder = |at: usize| {
            let agent = names.iter().find(|&&(n, _)| n > at && n <= at + 3 && toks[at + 1..n].iter().any(|t| matches!(t.word.as_str(), "by" | "to")));
            agent.map(|&(_, mine)| mine).or_else(|| names.iter().rev().find(|&&(n, _)| n < at).map(|&(_, mine)| mine))
        };
        stated.extend(valence::stated(&toks).into_iter().filter(|&(at, _)| holder(at).unwrap_or(theirs)).map(|(_, v)| v));
    }
    let first = stated.first()?.signum();
    stated.iter().all(|v| v.signum() == first).then_some(first)
}

/// Whether `e`'s feelings are `who`'s: the same, one of their side, or one who speaks for the
/// other ("a spokesperson for Keir Starmer" and Starmer).
fn speaks_for(cx: &Cx<'_>, e: EntityRef, who: EntityRef) -> bool {
    let people = &cx.article.data.person;
    let of = |x: EntityRef, y: EntityRef| match (x, y) {
        (EntityRef::Person(a), EntityRef::Person(b)) => {
            people.get(a).and_then(|p| p.of.as_deref()).is_some_and(|id| people.get(b).is_some_and(|pb| pb.id == id))
        }
        _ => false,
    };
    e == who || verdict::side_of(cx, e) == Some(who) || of(e, who) || of(who, e)
}

/// Whether `text` has `word` as a whole word, in any case.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word))
}
