//! Whose answer to something a question asks for: "how did the Kremlin respond to the
//! ultimatum?", "did Moscow accept it?", "what's Russia's view on the swaps?" — and a party
//! doing anything to a proposal it did not make, or to what the last answer told: "did Kyiv go
//! along with the plan?", "what did the Europeans make of Witkoff's proposals?", "kyiv liked
//! it?". Only the respondent's own words, stands, reactions or deeds answer such a question.
//!
//! Why not a list of verbs of reacting: the verb a reader picks ("go along with", "like",
//! "sign off on", "be fine with") is open-ended, but what it is done *to* is not. A proposal
//! is made by its proposer; anyone else whose doing a question asks about with a proposal (or
//! what was just told of one) as its object is reacting to it.

use super::{subject_and_verb, subject_at, words, EntityRef, Mention};
use crate::conversation::Context;
use crate::kb::Article;
use crate::matcher::tokens::Token;

/// Pronouns that stand for the thing the last answer told ("did Kyiv accept *it*").
const THING_PRONOUNS: &[&str] = &["it", "that", "this", "them", "those", "these"];

/// The adverbs of phrasal verbs ("go *along* with", "sign *off* on", "turn *down*"): part of
/// the verb, not its object.
const PARTICLES: &[&str] = &["along", "off", "up", "down", "out", "back", "through", "behind", "away", "same"];

/// The respondent a question asks about, and whether its object is a pronoun for what the last
/// answer told (whose topic the question then inherits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Respondent {
    pub who: EntityRef,
    /// Its object is what the last answer told.
    pub of_last: bool,
    /// Asked how it took a proposal or stand it did not make, whatever the verb.
    pub reacts: bool,
}

/// The respondent of `toks`: the subject of a verb of answering, the owner of a noun for an
/// answer, or the subject of any other verb whose object is a proposal it did not make or a
/// pronoun for a stand or proposal the last answer told (`told_by` gives the ids of those whose
/// stands, words or proposals those were).
pub fn of(article: &Article, toks: &[Token], named: &[bool], mentions: &[Mention], told_by: impl FnOnce() -> Vec<String>) -> Option<Respondent> {
    let answers = |k: usize| {
        let t = &toks[k];
        words::is_response(&t.stem) || t.word == "say" && toks.get(k + 1).is_some_and(|n| matches!(n.word.as_str(), "yes" | "no"))
    };
    // The mention whose words are toks[from..from + n], or end them past a possessor
    // ("*Washington's* top diplomat" is the diplomat).
    let spelled = |from: usize, n: usize| {
        let words: Vec<&str> = toks[from..from + n].iter().map(|t| t.word.as_str()).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
        let whole = |ws: &[&str]| mentions.iter().find(|m| !m.qualifier && m.words.split(' ').eq(ws.iter().copied())).map(|m| m.entity);
        whole(&words).or_else(|| {
            let after = (from..from + n).rposition(|k| toks[k].poss)?;
            let tail: Vec<&str> = toks[from + after + 1..from + n].iter().map(|t| t.word.as_str()).collect();
            whole(&tail)
        })
    };
    let subject = subject_and_verb(toks, named).or_else(|| bare_subject(toks, named));
    if let Some(((i, run), verb)) = subject {
        if answers(verb) {
            // "How did Kyiv react to *that*?": to what the last answer told.
            let of_last = object_after(toks, named, verb) == Some(Object::Pronoun);
            return spelled(i, run).map(|who| Respondent { who, of_last, reacts: true });
        }
        if let Some(object) = object_of(toks, named, verb) {
            let who = spelled(i, run)?;
            let owners: Vec<String> = match object {
                Object::Proposal(at) => owner_before(toks, named, mentions, at).map(|e| ids_of(article, e)).unwrap_or_default(),
                // Read only here: what the last answer told is looked up for a pronoun alone.
                Object::Pronoun => Some(told_by()).filter(|ids| !ids.is_empty())?,
            };
            // Reacting to something someone else made: not when all of it is the subject's own.
            if !owners.is_empty() && owners.iter().all(|o| is_of(article, who, o)) {
                return None;
            }
            return Some(Respondent { who, of_last: object == Object::Pronoun, reacts: true });
        }
    }
    // "Russia's view", "Moscow's reaction": a possessor before a noun for an answer.
    let at = (1..toks.len()).find(|&k| toks[k - 1].poss && named[k - 1] && words::RESPONSE_NOUNS.contains(&toks[k].word.as_str()))?;
    let start = (0..at).rev().take_while(|&j| named[j]).last()?;
    spelled(start, at - start).map(|who| Respondent { who, of_last: false, reacts: false })
}

/// What a verb is done to, when that is a proposal or a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Object {
    /// A word for a proposal, at this token.
    Proposal(usize),
    /// "it", "that": what the last answer told.
    Pronoun,
}

/// The object of the verb at `verb`: past particles, prepositions, articles and names, in its
/// clause. A verb of proposing or saying makes its object ("what did Witkoff *present*") or
/// speaks of it, unless "of" follows ("what did they *make of* it"); a proposal word as the
/// verb proposes.
fn object_of(toks: &[Token], named: &[bool], verb: usize) -> Option<Object> {
    let v = &toks[verb];
    let of_follows = toks.get(verb + 1).is_some_and(|t| t.word == "of");
    if words::is_in(words::PROPOSAL_WORDS, &v.word) || (words::is_in(words::PROPOSING_VERBS, &v.word) && !of_follows) || words::is_in(words::SAY_WORDS, &v.word)
    {
        return None;
    }
    object_after(toks, named, verb)
}

/// The proposal or pronoun the verb at `verb` is done to, whatever the verb.
fn object_after(toks: &[Token], named: &[bool], verb: usize) -> Option<Object> {
    let clause = toks[verb].clause;
    for (k, t) in toks.iter().enumerate().skip(verb + 1).take_while(|(_, t)| t.clause == clause) {
        if words::is_in(THING_PRONOUNS, &t.word) {
            // "that" opening a clause ("did Kyiv agree that …") is no object.
            let opens_clause = t.word == "that" && toks.get(k + 1).is_some_and(|n| n.clause == clause && !words::is_in(words::STOPWORDS, &n.word));
            return (!opens_clause).then_some(Object::Pronoun);
        }
        if words::is_in(words::PROPOSAL_WORDS, &t.word) {
            return Some(Object::Proposal(k));
        }
        if !(named[k] || t.poss || words::is_in(words::STOPWORDS, &t.word) || words::is_in(PARTICLES, &t.word)) {
            return None;
        }
    }
    None
}

/// "kyiv liked it?", "europeans ok with the plan?": typed fast, a yes/no question loses its
/// auxiliary; a name opening the question is then its subject, and the word after it the verb.
/// Asked with its copula ("is Europe fine with that?", "are the Ukrainians happy about the
/// plan?"), the word after the subject is a state taken towards what follows the preposition,
/// and stands for the verb.
fn bare_subject(toks: &[Token], named: &[bool]) -> Option<((usize, usize), usize)> {
    let from = words::question_start(toks);
    let copula = toks.get(from).is_some_and(|t| matches!(t.word.as_str(), "is" | "are" | "was" | "were"));
    let (i, run) = subject_at(toks, named, from + usize::from(copula))?;
    // "europe ok with that?": a word the stopwords hold as a filler ("ok, so …") is a state
    // when "with" follows it.
    let with_follows = toks.get(i + run + 1).is_some_and(|t| t.word == "with");
    let state = |t: &Token| with_follows && !words::is_in(words::AUXILIARIES, &t.word) && !words::is_in(words::PREPOSITIONS, &t.word);
    toks.get(i + run).filter(|t| !named[i + run] && (!words::is_in(words::STOPWORDS, &t.word) || state(t)))?;
    if copula && !toks.get(i + run + 1).is_some_and(|t| matches!(t.word.as_str(), "with" | "about" | "of" | "on")) {
        return None;
    }
    Some(((i, run), i + run))
}

/// Who made the proposal named at `at`: a name right before its word ("*Witkoff's* plan", "the
/// *U.S.* proposals").
fn owner_before(toks: &[Token], named: &[bool], mentions: &[Mention], at: usize) -> Option<EntityRef> {
    let end = at.checked_sub(1).filter(|&k| named[k])?;
    let start = (0..=end).rev().take_while(|&j| named[j]).last()?;
    let words: Vec<&str> = toks[start..=end].iter().map(|t| t.word.as_str()).collect();
    mentions.iter().find(|m| m.words.split(' ').eq(words.iter().copied())).map(|m| m.entity)
}

/// The data ids `e` goes by.
fn ids_of(article: &Article, e: EntityRef) -> Vec<String> {
    let d = &article.data;
    match e {
        EntityRef::Side(s) => d.side.get(s).map(|x| vec![x.id.clone()]).unwrap_or_default(),
        EntityRef::Person(p) => d.person.get(p).map(|x| vec![x.id.clone()]).unwrap_or_default(),
        EntityRef::Place(_) | EntityRef::Credit(_) => Vec::new(),
    }
}

/// Whether `id` is `who` or, for a side, one of its people: a side made what its people made.
pub fn is_of(article: &Article, who: EntityRef, id: &str) -> bool {
    if ids_of(article, who).iter().any(|x| x == id) {
        return true;
    }
    let EntityRef::Side(s) = who else { return false };
    let side = &article.data.side[s].id;
    article.data.person.iter().any(|p| p.id == id && p.side.as_deref() == Some(side.as_str()))
}

/// The ids of those who made the proposals the last answer told (their presentation or items).
pub fn proposers_told(article: &Article, ctx: &Context, told: impl Fn(&Context, usize, &str) -> bool) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    if ctx.evidence.is_empty() {
        return ids;
    }
    for pr in article.data.proposal.iter().filter(|pr| told(ctx, pr.p, &pr.evidence) || pr.items.iter().any(|i| told(ctx, i.p, &i.text))) {
        for id in pr.by.iter().chain(std::iter::once(&pr.side)) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

/// The ids of those whose proposals, stands or words the last answer told: "it" in the next
/// question is theirs, and someone else doing something to it is reacting.
pub fn told_by(article: &Article, ctx: &Context, told: impl Fn(&Context, usize, &str) -> bool) -> Vec<String> {
    let d = &article.data;
    let mut ids: Vec<String> = Vec::new();
    let mut add = |id: Option<&String>| {
        if let Some(id) = id.filter(|id| !ids.contains(id)) {
            ids.push(id.clone());
        }
    };
    if ctx.evidence.is_empty() {
        return ids;
    }
    for id in proposers_told(article, ctx, &told) {
        add(Some(&id));
    }
    for pr in &d.proposal {
        for r in pr.reactions.iter().filter(|r| told(ctx, r.p, &r.text)) {
            add(r.by.as_ref());
            // An unnamed source's reaction ("three diplomats said those proposals …") is of
            // the proposal: "did Rubio see it that way" asks his take on the proposal.
            if r.by.is_none() {
                add(pr.by.as_ref().or(Some(&pr.side)));
            }
        }
    }
    for x in d.position.iter().filter(|x| told(ctx, x.p, &x.evidence)) {
        add(Some(&x.holder));
        add(x.via.as_ref());
    }
    for s in d.statement.iter().filter(|s| told(ctx, s.p, &s.evidence)) {
        add(s.speaker.as_ref());
    }
    ids
}
