//! "Was Vance in London?", "what did Vance say in China?", "Vance said it while visiting China,
//! right?": a question that puts the one person it names somewhere. Where the article places
//! that person in one place only and the question puts them elsewhere — a place of the
//! article's or a country it never mentions — the answer says where the article has them,
//! cited: a false premise corrected, rather than declined ("the article doesn't mention China")
//! or answered beside the point.
//!
//! Being put somewhere is read from the words before the place: "in", "at", "visiting", a
//! "trip" or "visit to". "In" after a word an event is called by ("the meeting in London")
//! places the event, not the person; a place after "about" is what was spoken of.

use super::{Answer, Cx};
use crate::kb::world::{gazetteer, Form};
use crate::matcher::tokens::Token;
use crate::matcher::{EntityRef, Question};

/// Words right before a place that put someone there whatever else the question says.
const VISITING: &[&str] = &["visiting", "visited", "visit", "visits"];
/// Nouns of going whose "to" puts someone at the place after it ("his trip to China").
const GOING: &[&str] = &["trip", "visit", "journey", "travel", "travelled", "traveled", "went", "flew", "go", "going"];
/// Words before "in" that put the one they tell of there: "while in", "was in", "doing in".
const BEING: &[&str] = &["while", "when", "was", "were", "is", "be", "been", "being", "doing", "stay", "stayed", "staying"];
/// Words after which a place is what is spoken of, not where: "what did he say *about* London".
const SPOKEN_OF: &[&str] = &["about", "regarding", "concerning", "re"];

/// The correction, when the question puts its one person where the article does not.
pub fn elsewhere(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    // "Is Vance going to visit Kyiv?" asks about a plan, which no past place answers.
    if super::plans::looks_ahead(q) {
        return None;
    }
    let [p] = q.people()[..] else { return None };
    let ei = super::events::only_place_of(cx, p)?;
    let e = &cx.article.data.event[ei];
    let there = cx.article.place(e.place.as_deref()?)?;
    let asked = put_at(cx, &q.tokens)?;
    if asked.eq_ignore_ascii_case(&there.name) || there.aliases.iter().any(|a| a.eq_ignore_ascii_case(&asked)) {
        return None;
    }
    let name = &cx.article.data.person[p].name;
    let mut a = Answer::new(q.intent, true, format!("The article places {} in {}, not {}.", name, there.name, asked)).with_confidence(0.8);
    super::events::cite_event(cx, &mut a, ei);
    Some(a)
}

/// The place the question puts someone at, as the question words it (title case for a
/// country the article lacks): the first place or country after a word that puts one there.
fn put_at(cx: &Cx<'_>, toks: &[Token]) -> Option<String> {
    let g = gazetteer();
    let country = |w: &str| {
        let titled = title_case(w);
        matches!(g.forms.get(titled.as_str()), Some((c, Form::Name | Form::Capital)) if g.countries[*c].kind == "country").then_some(titled)
    };
    (1..toks.len()).find_map(|i| match cx.index.alias_at(toks, i) {
        Some((EntityRef::Place(pl), _)) => placed_by(cx, toks, i).then(|| cx.article.data.place[pl].name.clone()),
        // A country the article has as a side ("peace in Ukraine") is a place only where the
        // words plainly put someone there ("while in Moscow", "his trip to Kyiv").
        Some((EntityRef::Side(_), 1)) => country(&toks[i].word).filter(|_| surely_placed(toks, i)),
        Some(_) => None,
        None => country(&toks[i].word).filter(|_| !cx.index.is_known(&toks[i].word) && placed_by(cx, toks, i)),
    })
}

/// Whether the words before `toks[i]` plainly put someone there: "visiting X", "a trip to X",
/// "while in X", "was in X".
fn surely_placed(toks: &[Token], i: usize) -> bool {
    let before = toks[i - 1].word.as_str();
    let prev = i.checked_sub(2).map(|k| toks[k].word.as_str());
    VISITING.contains(&before)
        || before == "to" && prev.is_some_and(|w| GOING.contains(&w))
        || matches!(before, "in" | "at") && prev.is_some_and(|w| BEING.contains(&w))
}

/// Whether the words before `toks[i]` put someone there.
fn placed_by(cx: &Cx<'_>, toks: &[Token], i: usize) -> bool {
    if surely_placed(toks, i) {
        return true;
    }
    let before = toks[i - 1].word.as_str();
    if !matches!(before, "in" | "at") || toks[..i].iter().any(|t| SPOKEN_OF.contains(&t.word.as_str())) {
        return false;
    }
    // "The meeting in London" places the meeting: a word of an event's name or of the words
    // readers use for it.
    let Some(k) = i.checked_sub(2) else { return false };
    let names_event = |w: &str| crate::matcher::tokens::tokenize(w).iter().any(|t| t.stem == toks[k].stem);
    !cx.article.data.event.iter().any(|e| e.name.as_deref().is_some_and(names_event) || e.keywords.iter().any(|w| names_event(w)))
}

fn title_case(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
