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
use crate::kb::world::{self, Form};
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
    if same_place(there, &asked) {
        return None;
    }
    let name = &cx.article.data.person[p].name;
    // Asked yes or no ("was he visiting Pakistan?"), the correction is a no.
    let verdict = if q.polar { "No. " } else { "" };
    let mut a = Answer::new(q.intent, true, format!("{verdict}The article places {} in {}, not {}.", name, there.name, asked)).with_confidence(0.8);
    super::events::cite_event(cx, &mut a, ei);
    Some(a)
}

/// "Were the talks in Kyiv?", "was the Paris session held in Berlin?": a yes/no question that
/// puts one of the article's events (one that took place, and has a place) somewhere else. The
/// event is the one the question's other words describe; an event has one place, so the
/// answer is no, with where it was.
pub fn event_elsewhere(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if !q.polar || super::plans::looks_ahead(q) || !q.people().is_empty() {
        return None;
    }
    let (at, asked) = event_put_at(cx, &q.tokens)?;
    let d = &cx.article.data;
    // What the question says of the event, without the place it puts it in.
    let put = cx.index.alias_at(&q.tokens, at).map(|(e, _)| e);
    let topic: Vec<_> = super::events::event_topic(q).into_iter().filter(|t| t.entity.is_none() || t.entity != put).collect();
    if !topic.iter().any(|t| t.entity.is_none()) {
        return None;
    }
    let candidates = (0..d.event.len())
        .filter(|&i| d.event[i].place.is_some() && !super::events::called_off(&d.event[i]))
        // "The Paris session": a place the question names as the event's own is the event's.
        .filter(|&i| topic.iter().filter(|t| matches!(t.entity, Some(EntityRef::Place(_)))).all(|t| t.score(&cx.index.event_terms[i]) > 0.0));
    let (ei, cov) = super::events::best_covered(cx, &topic, candidates)?;
    let there = cx.article.place(d.event[ei].place.as_deref()?)?;
    if cov < super::events::DESCRIBED || same_place(there, &asked) {
        return None;
    }
    let mut a = Answer::new(q.intent, true, format!("No. {}.", super::upper_first(&d.event[ei].what))).with_confidence(cov);
    super::events::cite_event(cx, &mut a, ei);
    Some(a)
}

/// Whether `asked` names the place `there`, or the continent it is in ("Asia" for India).
fn same_place(there: &crate::kb::Place, asked: &str) -> bool {
    let continent = world::country_or_capital(&there.name).and_then(|(country, _)| world::region_of(country));
    asked.eq_ignore_ascii_case(&there.name)
        || there.aliases.iter().any(|a| a.eq_ignore_ascii_case(asked))
        || continent.is_some_and(|c| c.eq_ignore_ascii_case(asked))
}

/// Where a question puts an event: a place of the article's, or a country or capital, right
/// after "in" or "at" — with its position.
fn event_put_at(cx: &Cx<'_>, toks: &[Token]) -> Option<(usize, String)> {
    (1..toks.len()).filter(|&i| matches!(toks[i - 1].word.as_str(), "in" | "at")).find_map(|i| match cx.index.alias_at(toks, i) {
        Some((EntityRef::Place(pl), _)) => Some((i, cx.article.data.place[pl].name.clone())),
        _ => country(&toks[i].word).map(|c| (i, c)),
    })
}

/// `w` as a country's name or capital ("china", "beijing"), as the world table writes it.
fn country(w: &str) -> Option<String> {
    world::country_or_capital(w).map(|(name, _)| name.to_string())
}

/// The place the question puts someone at, as the question words it (title case for a
/// country the article lacks): the first place or country after a word that puts one there.
fn put_at(cx: &Cx<'_>, toks: &[Token]) -> Option<String> {
    (1..toks.len()).find_map(|i| match cx.index.alias_at(toks, i) {
        Some((EntityRef::Place(pl), _)) => placed_by(cx, toks, i).then(|| cx.article.data.place[pl].name.clone()),
        // A country the article has as a side ("peace in Ukraine") is a place only where the
        // words plainly put someone there ("while in Moscow", "his trip to Kyiv"); its capital
        // after "in" is one ("did he say that in Washington?").
        Some((EntityRef::Side(_), 1)) => country(&toks[i].word)
            .filter(|_| surely_placed(cx, toks, i) || is_capital(&toks[i].word) && placed_by(cx, toks, i))
            // So is a continent the article has a side for ("while visiting Europe").
            .or_else(|| cx.index.in_region(&toks[i].word).filter(|_| surely_placed(cx, toks, i)).map(|_| super::upper_first(&toks[i].word))),
        Some(_) => None,
        None => country(&toks[i].word).filter(|_| !cx.index.is_known(&toks[i].word) && placed_by(cx, toks, i)),
    })
}

/// Whether the words before `toks[i]` plainly put someone there: "visiting X", "a trip to X",
/// "while in X", "was in X".
fn surely_placed(cx: &Cx<'_>, toks: &[Token], i: usize) -> bool {
    let before = toks[i - 1].word.as_str();
    let prev = i.checked_sub(2).map(|k| toks[k].word.as_str());
    // "Was Vance in Kyiv?": the person between the verb of being and "in".
    let being_someone = || {
        (i.saturating_sub(5)..i.saturating_sub(2)).any(|k| {
            BEING.contains(&toks[k].word.as_str())
                && cx.index.alias_at(toks, k + 1).is_some_and(|(e, n)| matches!(e, EntityRef::Person(_)) && k + 1 + n == i - 1)
        })
    };
    VISITING.contains(&before)
        || before == "to" && prev.is_some_and(|w| GOING.contains(&w))
        || matches!(before, "in" | "at") && (prev.is_some_and(|w| BEING.contains(&w)) || being_someone())
}

/// Whether the words before `toks[i]` put someone there.
fn placed_by(cx: &Cx<'_>, toks: &[Token], i: usize) -> bool {
    if surely_placed(cx, toks, i) {
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

/// Whether `w` is a country's capital city.
fn is_capital(w: &str) -> bool {
    matches!(world::country_or_capital(w), Some((_, Form::Capital)))
}
