//! Questions about the report's credits: "who is Tom Balmforth", "which reporters were in
//! Kyiv", "how many editors", "who did the reporting from London".
//!
//! The roles are the credits' own words ("reporting", "editing", "additional writing"); a
//! question word asks for one when it shares its root ("editors", "reporter") or is close to
//! it in meaning ("wrote" ~ "writing"). "Extra" and "additional" ask for the further roles.

use super::embed::{cos, Model};
use super::tokens::Token;
use super::{EntityRef, Intent, Mention};
use crate::kb::Article;

/// What a question asks of the credits; the responder filters the credits by it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreditAsk {
    /// Credited people named (indices into `Article::credits`).
    pub names: Vec<usize>,
    /// Role heads asked for ("reporting", "editing"), as the credits write them.
    pub roles: Vec<String>,
    /// "extra", "additional": only the further roles.
    pub additional: bool,
    /// Places of the credits named ("London").
    pub places: Vec<String>,
    /// Asks for the byline ("who wrote it", "the authors"): the report's own writers.
    pub byline: bool,
}

/// Cosine above which a question word asks for a credits role ("wrote" ~ "writing" 0.61,
/// "editor" ~ "editing" 0.71; "reported" ~ "writing" is 0.3).
const ROLE_LIKENESS: f32 = 0.55;

/// Words that name the piece or what was said in it, never a credits role: "the report says",
/// "who reported that ...".
const NOT_ROLES: &[&str] = &["report", "reports", "reported", "article", "story", "piece", "said", "says", "say"];

/// Who works on a report, whatever their role: asks for the reporting and writing roles.
const STAFF: &[&str] = &["journalist", "journalists", "correspondent", "correspondents", "contributors", "staff"];

/// Who the report is by: its writers, the byline.
const AUTHORS: &[&str] = &["byline", "author", "authors", "authored"];

pub fn ask(article: &Article, toks: &[Token], mentions: &[Mention], intent: Intent) -> Option<CreditAsk> {
    if article.credits.is_empty() {
        return None;
    }
    let names: Vec<usize> = distinct(mentions.iter().filter_map(|m| if let EntityRef::Credit(c) = m.entity { Some(c) } else { None }));
    let heads: Vec<&str> = distinct(article.credits.iter().map(|c| c.role_head()));
    let named_people = mentions.iter().any(|m| matches!(m.entity, EntityRef::Person(_)) && !m.qualifier);
    // Without a credited name, role words ask about the credits only in questions that are not
    // about what the article's people said, proposed or hold. "When was that paper written?"
    // asks about a thing in the story, "when was the article written" its date.
    let about_people = named_people || matches!(intent, Intent::Quote | Intent::Position | Intent::Proposals | Intent::YesNo | Intent::WhyHow | Intent::When);
    let asks_time = toks.iter().any(|t| t.word == "when" || super::words::is_in(super::words::TIME_NOUNS, &t.word));
    // "what did the reporters write about Crimea" is about Crimea: a name other than a
    // credits place makes it a question about the story; so does what follows "about".
    let is_credit_place = |m: &Mention| article.credits.iter().any(|c| c.place.as_deref().is_some_and(|p| m.words.eq_ignore_ascii_case(p)));
    let other_names = mentions.iter().any(|m| !matches!(m.entity, EntityRef::Credit(_)) && !is_credit_place(m));
    let has_topic = toks.iter().any(|t| t.word == "about");
    // Decided before any word is weighed: most questions are about the story.
    if names.is_empty() && (about_people || asks_time || other_names || has_topic) {
        return None;
    }
    let m = Model::shipped();
    // Each vector once: the roles', "additional"'s, then each word's.
    let head_vecs: Vec<Option<Vec<f32>>> = heads.iter().map(|h| m.word(h)).collect();
    let additional_vec = m.word("additional");
    let near = |v: &Option<Vec<f32>>, x: &Option<Vec<f32>>| match (v, x) {
        (Some(a), Some(b)) => cos(a, b),
        _ => 0.0,
    };
    let mut roles: Vec<String> = Vec::new();
    let mut additional = false;
    let mut says = false;
    let mut byline = false;
    let mut written = false;
    let mut saying_role = false;
    for t in toks {
        let w = t.word.as_str();
        if super::words::is_stopword(w) {
            continue;
        }
        let v = m.word(w);
        if NOT_ROLES.contains(&w) {
            says |= super::words::is_in(super::words::SAY_WORDS, w);
            continue;
        }
        if w == "additional" || w == "extra" || near(&v, &additional_vec) >= 0.75 {
            additional = true;
            continue;
        }
        if AUTHORS.contains(&w) {
            byline = true;
            // "Who authored the proposals?": what follows the verb is what was written.
            saying_role |= w == "authored";
            continue;
        }
        if STAFF.contains(&w) {
            roles.extend(heads.iter().filter(|h| **h != "editing").map(|h| h.to_string()));
            continue;
        }
        let before = roles.len();
        for (h, hv) in heads.iter().zip(&head_vecs) {
            if shares_root(w, h) || near(&v, hv) >= ROLE_LIKENESS {
                roles.push(h.to_string());
            }
        }
        // "wrote" is a saying word and a credits role; "said" only the first.
        says |= roles.len() == before && super::words::is_in(super::words::SAY_WORDS, w);
        // A word after "wrote" that is neither a role nor the piece is what was written ("who
        // wrote *ready to negotiate*", "who wrote on *Telegram*"): words of the story.
        written |= saying_role
            && roles.len() == before
            && !article.data.article.outlet.eq_ignore_ascii_case(w)
            && !article.credits.iter().any(|c| c.place.as_deref().is_some_and(|p| w.eq_ignore_ascii_case(p)));
        saying_role |= roles.len() > before && super::words::is_in(super::words::SAY_WORDS, w);
    }
    roles.dedup();
    if names.is_empty() && ((roles.is_empty() && !byline) || says || written) {
        return None;
    }
    let places: Vec<String> =
        distinct(article.credits.iter().filter_map(|c| c.place.as_deref()).filter(|p| toks.iter().any(|t| t.word.eq_ignore_ascii_case(p))))
            .into_iter()
            .map(str::to_string)
            .collect();
    // "Who wrote it?" with no other role: the byline's writers.
    let byline = byline || (roles == ["writing"] && !additional && places.is_empty());
    Some(CreditAsk { names, roles, additional, places, byline })
}

/// "editors" and "editing", "reporter" and "reporting": the same root of four letters or more.
fn shares_root(word: &str, head: &str) -> bool {
    let root: String = head.chars().take(4).collect();
    word.chars().count() >= 5 && root.chars().count() == 4 && word.starts_with(&root)
}

/// The items in first-seen order, each once.
fn distinct<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for x in items {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}
