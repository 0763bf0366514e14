//! "Did the plan ask more of Kyiv than of Moscow?", "were the proposals easier on Moscow than on
//! Kyiv?": a comparison of two parties, read as which of them is asked more of.
//!
//! Why no list of words of asking or favouring: a comparison in English is a comparative
//! before "than" with one party between them and the other after. Its direction comes from
//! the closed class ("more" keeps the order, "less" and "fewer" turn it round) or, for any
//! other comparative, from how favourable its word is in the valence lexicon ("*easier* on
//! Moscow" asks less of Moscow, "*harsher* on Kyiv" more of Kyiv). The same reading applied to
//! the article's sentence and to the question tells whether they rank the parties alike.

use super::index::Index;
use super::tokens::Token;
use super::EntityRef;

/// How far before "than" the comparative may stand ("asks *more* of the Ukrainians than").
const REACH: usize = 6;

/// The two sides a comparison in `toks` ranks, the one asked more of first.
pub fn ranking(index: &Index, toks: &[Token]) -> Option<(EntityRef, EntityRef)> {
    let than = toks.iter().position(|t| t.word == "than")?;
    let (c, dir) = (than.saturating_sub(REACH)..than).rev().find_map(|i| direction(&toks[i].word).map(|d| (i, d)))?;
    let end = (than + 1..toks.len()).find(|&k| toks[k].clause != toks[than].clause).unwrap_or(toks.len());
    // "more of *Kyiv* than", or the party before the comparative: "asked *Ukraine* to give up
    // more than Russia".
    let from = c.saturating_sub(REACH);
    let before = || sides(index, toks, from, c).last().copied().filter(|_| toks[from..c].iter().all(|t| t.clause == toks[c].clause));
    let first = sides(index, toks, c + 1, than).last().copied().or_else(before)?;
    let second = *sides(index, toks, than + 1, end).first()?;
    (first != second).then_some(if dir { (first, second) } else { (second, first) })
}

/// The sides named in `toks[from..to]`, in order.
fn sides(index: &Index, toks: &[Token], from: usize, to: usize) -> Vec<EntityRef> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        match index.alias_at(toks, i).filter(|(e, _)| matches!(e, EntityRef::Side(_))) {
            Some((e, n)) => {
                out.push(e);
                i += n.max(1);
            }
            None => i += 1,
        }
    }
    out
}

/// True for a comparative that asks more of the party it names first, false for one that asks
/// less; none for a word that is no comparative, or one the lexicon does not rate clearly.
fn direction(word: &str) -> Option<bool> {
    match word {
        "more" => Some(true),
        "less" | "fewer" => Some(false),
        w if w.ends_with("er") => super::valence::valence(w).filter(|v| v.abs() >= 1.0).map(|v| v < 0.0),
        _ => None,
    }
}

/// "More concessions from which side, Ukraine or Russia?", "who gets the harder deal, Kyiv or
/// Moscow": a comparative with two sides offered as alternatives ("A or B") asks which of them
/// it holds for — a comparison whose direction is the answer, not the question's.
pub fn alternatives(index: &Index, toks: &[Token]) -> Option<(EntityRef, EntityRef)> {
    let or = toks.iter().position(|t| t.word == "or")?;
    if !toks.iter().any(|t| direction(&t.word).is_some()) {
        return None;
    }
    let first = *sides(index, toks, or.saturating_sub(3), or).last()?;
    let second = *sides(index, toks, or + 1, (or + 5).min(toks.len())).first()?;
    (first != second).then_some((first, second))
}
