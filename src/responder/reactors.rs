//! "Who rejected Witkoff's proposals?", "which countries opposed the US plan?", "who welcomed
//! the ideas?": the parties that took a proposal the way the question's verb says, read from
//! the proposal's reactions.
//!
//! The question's verb and each reaction lean one way or the other on the rated-word scale
//! (`matcher::valence`); a verb the scale does not rate ("oppose", "against") leans as its
//! lexicon synonyms do ("reject"). A reaction that holds another's ("which Rubio said had
//! received an encouraging reception …, have been rejected by Kyiv") is read without it.

use super::{according, Answer, Cx};
use crate::matcher::valence::valence;
use crate::matcher::{words, EntityRef, Intent, Question};

/// Where the party a question asks for ends: after "who", or after "which/what" and a party
/// noun, in the plural too ("which countries objected"). `None` when it asks for no party.
fn asked_party_end(q: &Question) -> Option<usize> {
    let at = q.asked_at;
    let word = |k: usize| q.tokens.get(k).map_or("", |t| t.word.as_str());
    match word(at) {
        // "Who did the plan favour?" asks for the object of another's verb.
        "who" => (!matches!(word(at + 1), "do" | "does" | "did")).then_some(at + 1),
        "which" | "what" => {
            let noun = q.tokens.get(at + 1)?;
            words::PARTY_NOUNS.iter().any(|n| crate::matcher::tokens::stem(n) == noun.stem).then_some(at + 2)
        }
        _ => None,
    }
}

/// Forms of proposing that [`words::PROPOSAL_WORDS`] holds beside its nouns: "who *proposed* the
/// plan Kyiv rejected" asks for the proposer.
const PROPOSING: &[&str] = &["propose", "proposed", "proposes", "suggest", "suggested"];

/// Which way the question's verb leans, and where it is: the first term the scale rates,
/// itself or through a lexicon synonym, turned round by a negation before it ("who didn't
/// accept").
fn asked_lean(q: &Question) -> Option<(f32, usize)> {
    let rated = |t: &crate::matcher::QTerm| valence(&t.word).or_else(|| valence(&t.stem)).or_else(|| t.alts.iter().find_map(|a| valence(a)));
    let term = q.terms.iter().filter(|t| t.entity.is_none() && !words::is_in(words::PROPOSAL_WORDS, &t.word)).find_map(|t| rated(t).map(|v| (t, v)))?;
    let at = q.tokens.iter().position(|x| x.word == term.0.word)?;
    let negated = q.tokens[q.asked_at.min(at)..at].iter().any(|x| matches!(x.word.as_str(), "not" | "never" | "no"));
    Some((if negated { -term.1 } else { term.1 }, at))
}

/// Which way a reaction leans, without the words of any other party's reaction inside it.
fn reaction_lean(text: &str, others: &[&str]) -> f32 {
    let mut own = text.to_string();
    for o in others.iter().filter(|o| o.len() < text.len()) {
        own = own.replace(o, " ");
    }
    own.split(|c: char| !c.is_alphanumeric()).filter_map(|w| valence(&w.to_lowercase())).sum()
}

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    if q.polar {
        return None;
    }
    let party_end = asked_party_end(q)?;
    if q.tokens.iter().any(|t| words::is_in(words::PROPOSING_VERBS, &t.word) || words::is_in(PROPOSING, &t.word)) {
        return None;
    }
    // "Who said the proposals got a good reception?" asks who said it.
    if q.tokens.iter().any(|t| words::is_in(words::SAY_WORDS, &t.word)) {
        return None;
    }
    let (lean, at) = asked_lean(q)?;
    // The verb is the asked party's own, with the proposal as its object ("who *rejected* the
    // plan", "which side openly *opposed* it"), or judges the proposal right after it ("who
    // found the plan *unacceptable*"); elsewhere it is about something else ("… at the table
    // before it got axed", "who gave an ultimatum like *accept* our offer").
    let proposal_at = q.tokens.iter().position(|t| words::is_in(words::PROPOSAL_WORDS, &t.word))?;
    let verb_of_party = at >= party_end
        && q.tokens[party_end..at]
            .iter()
            .all(|t| words::is_in(words::AUXILIARIES, &t.word) || matches!(t.word.as_str(), "not" | "never") || t.word.ends_with("ly"));
    if !(verb_of_party && at < proposal_at || at == proposal_at + 1) {
        return None;
    }
    // The proposals of whoever the question names ("Witkoff's", "the US plan"); all when it
    // names no proposer.
    let named: Vec<&str> = q
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Person(p) => Some(d.person[p].id.as_str()),
            EntityRef::Side(s) => Some(d.side[s].id.as_str()),
            _ => None,
        })
        .collect();
    let of = |pi: usize| named.iter().any(|n| d.proposal[pi].side == *n || d.proposal[pi].by.as_deref() == Some(*n));
    let chosen: Vec<usize> = if (0..d.proposal.len()).any(of) { (0..d.proposal.len()).filter(|&pi| of(pi)).collect() } else { (0..d.proposal.len()).collect() };
    let mut a = Answer::new(Intent::Proposals, true, String::new()).with_confidence(0.9);
    let mut parties: Vec<(String, bool)> = Vec::new();
    for &pi in &chosen {
        let reactions = &d.proposal[pi].reactions;
        for r in reactions {
            let Some(by) = r.by.as_deref() else { continue };
            let others: Vec<&str> = reactions.iter().filter(|o| o.by.as_deref() != Some(by) && o.text != r.text).map(|o| o.text.as_str()).collect();
            if reaction_lean(&r.text, &others) * lean <= 0.0 {
                continue;
            }
            let name = super::upper_first(&cx.article.entity_name(by));
            // The proposer's own side telling how it went down is no other party's reaction.
            let own = by == d.proposal[pi].side || cx.article.person(by).is_some_and(|p| p.side.as_deref() == Some(d.proposal[pi].side.as_str()));
            if !parties.contains(&(name.clone(), own)) {
                parties.push((name, own));
            }
            let sentence = super::sentence_of(cx, r.p, &r.text);
            if a.evidence.iter().any(|e| e.citation.paragraph == Some(r.p) && e.citation.text == sentence) {
                continue;
            }
            // One passage may tell how several took it ("unacceptable to both Kyiv and other
            // European nations"): its label names them all.
            let all: Vec<String> = reactions.iter().filter(|x| x.text == r.text).filter_map(|x| x.by.as_deref()).map(|b| cx.article.entity_name(b)).collect();
            let label = match &r.source {
                Some(src) => {
                    a.sources.push(src.clone());
                    format!("{}:", according(src))
                }
                None => format!("{}:", super::upper_first(&super::join_and(&all))),
            };
            a.cite(Some(label), super::cite(cx, r.p, sentence));
        }
    }
    if parties.is_empty() {
        return None;
    }
    let names = |own: bool| parties.iter().filter(|p| p.1 == own).map(|p| p.0.clone()).collect::<Vec<_>>();
    a.lead = match (names(false), names(true)) {
        (others, _) if !others.is_empty() => format!("{}, as the article reports it.", super::join_and(&others)),
        (_, own) => format!("The article has this only from the proposer's side, {}:", super::join_and(&own)),
    };
    Some(a)
}
