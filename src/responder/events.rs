//! "When did Trump call Putin?", "What city hosted the earlier session?": events with their
//! dates resolved against the article's date, and their places.

use super::{according, overlap, Answer, Cx};
use crate::matcher::semantic::Ranked;
use crate::matcher::{EntityRef, Intent, Question};

/// Words that only say "a time" or "a place".
const FRAME_WORDS: &[&str] =
    &["day", "date", "time", "year", "month", "city", "cities", "place", "location", "venue", "country", "where", "when", "happen", "happened", "take", "took"];

/// "Where were the talks *before London*?", "besides Paris, where …": an event at a place the
/// question sets aside is not the one asked about.
fn placed_aside(cx: &Cx<'_>, q: &Question, i: usize) -> bool {
    let Some(place) = cx.article.data.event[i].place.as_deref() else { return false };
    q.set_aside.iter().any(|e| match e {
        crate::matcher::EntityRef::Place(p) => cx.article.data.place.get(*p).is_some_and(|x| x.id == place),
        _ => false,
    })
}

pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.future {
        return Some(super::decline::not_found(cx, q));
    }
    // "When did he say this?" after two of his statements: when each was said.
    let last = of_last_answer(cx, q);
    if let Some((&first, rest)) = last.split_first() {
        return Some(rest.iter().fold(tell(cx, q, first, 0.8), |a, &ei| a.and(tell(cx, q, ei, 0.8))));
    }
    let d = &cx.article.data;
    let mut topic = event_topic(q);
    // "This week's sit-down": a week that names the event, and that no event is placed in,
    // says when, not what; it still rules out an event placed in another ("last week")
    // through [`other_span`].
    if let Some((_, unit)) = span_named(&q.tokens.iter().map(|t| t.word.as_str()).collect::<Vec<_>>()) {
        let names_it = q.tokens.iter().any(|t| t.word == unit && t.poss);
        if names_it && !d.event.iter().any(|e| span_named(&when_words(e)).is_some() && !other_span(q, e)) {
            topic.retain(|t| t.word != unit);
        }
    }
    if topic.is_empty() {
        return by_meaning(cx, q, ranked);
    }
    let sides = q.sides_of_people();
    let mut best: Option<(f32, f32, usize)> = None;
    let mut theirs: Vec<usize> = Vec::new();
    for i in 0..d.event.len() {
        let t = &cx.index.event_terms[i];
        if !takes_part_all(cx, &topic, &sides, i) || other_span(q, &d.event[i]) || placed_aside(cx, q, i) {
            continue;
        }
        theirs.push(i);
        let (s, cov) = overlap(&topic, t);
        if best.is_none_or(|(b, _, _)| s > b) && s > 0.0 {
            best = Some((s, cov, i));
        }
    }
    // "When did Rubio and his British counterpart talk": two or more who take part, and only
    // one event has them all — the question's people say which event, whatever its words.
    let people = q.people().len() + sides.len();
    if let [only] = theirs[..] {
        if people >= 2 && asks_past(q) {
            return Some(tell(cx, q, only, 0.7));
        }
    }
    let people_named = topic.iter().any(|t| matches!(t.entity, Some(crate::matcher::EntityRef::Person(_))));
    let enough = if people_named { 0.5 } else { 0.6 };
    if let Some((_, cov, ei)) = best {
        let topical = topic.iter().filter(|t| t.entity.is_none()).any(|t| t.score(&cx.index.event_terms[ei]) > 0.0) || topic.iter().all(|t| t.entity.is_some());
        if cov >= enough && topical {
            return Some(tell(cx, q, ei, cov));
        }
    }
    match in_other_words(cx, &topic, &theirs) {
        Some((cov, ei)) if cov >= enough => Some(tell(cx, q, ei, cov)),
        _ => by_meaning(cx, q, ranked),
    }
}

/// Whether the question places what it asks about inside `place` ("where *in London*",
/// "where exactly in London"): it asks for somewhere within it.
fn placed_within(q: &Question, place: &str) -> bool {
    let place = place.to_lowercase();
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let named = |i: usize| place.split_whitespace().enumerate().all(|(k, p)| w.get(i + k) == Some(&p));
    (1..w.len()).any(|i| w[i - 1] == "in" && named(i)) && w.contains(&"where")
}

/// How much a word close in meaning counts for one the event's words do not have.
const CLOSE_COUNTS: f32 = 0.5;

/// "When did Ukraine hand the Europeans that document?": the question is rarely in the
/// article's words. Among `events` (those the question's people take part in), the one whose
/// own words hold the most of `topic` — a word missing there counting [`CLOSE_COUNTS`] when one
/// of the event's words is close to it in meaning ("document" for "paper") — when one such
/// word is there at all and no other event holds as much.
fn in_other_words(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], events: &[usize]) -> Option<(f32, usize)> {
    let m = crate::matcher::embed::Model::shipped();
    let mut scored: Vec<(f32, usize)> = events
        .iter()
        .filter_map(|&ei| {
            let e = &cx.article.data.event[ei];
            let words = crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(&format!("{} {}", e.what, e.evidence)).text);
            let vecs = super::verdict::content_vectors(m, &words);
            let terms = &cx.index.event_terms[ei];
            let mut close = 0;
            let found: f32 = topic
                .iter()
                .map(|t| {
                    if t.score(terms) > 0.0 {
                        1.0
                    } else if t.entity.is_none() && super::verdict::in_clause(m, t, &words, &vecs) {
                        close += 1;
                        CLOSE_COUNTS
                    } else {
                        0.0
                    }
                })
                .sum();
            (close > 0).then(|| (found / topic.len() as f32, ei))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored[..] {
        [first, second, ..] if second.0 >= first.0 => None,
        [first, ..] => Some(first),
        [] => None,
    }
}

/// What a question says of the event it asks about: its topic words without those that only say
/// "a time" or "a place" (in any form: "countries"), that it was planned ("due", "supposed"), or
/// saying ("where did Vance speak" asks where Vance was), and titles read as who holds them.
pub(super) fn event_topic(q: &Question) -> Vec<crate::matcher::QTerm> {
    // "Which day of (the) week": units of time that only frame what is asked.
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let unit = |x: &str| crate::matcher::words::is_in(crate::matcher::words::TIME_UNITS, x);
    let framing: Vec<&str> = (0..w.len())
        .filter_map(|i| {
            let of = w.get(i + 1) == Some(&"of");
            let next = if w.get(i + 2) == Some(&"the") { i + 3 } else { i + 2 };
            (unit(w[i]) && of && w.get(next).is_some_and(|x| unit(x))).then(|| [w[i], w[next]])
        })
        .flatten()
        .collect();
    q.topic_terms(&[])
        .into_iter()
        .filter(|t| !framing.contains(&t.word.as_str()))
        .filter(|t| {
            use crate::matcher::words::{is_in, PLANNED, SAY_WORDS};
            t.entity.is_some()
                || !(FRAME_WORDS.iter().any(|f| t.has_stem(&crate::matcher::tokens::stem(f))) || is_in(SAY_WORDS, &t.word) || is_in(PLANNED, &t.word))
        })
        .map(|t| super::by_who_they_are(q, t))
        .collect()
}

/// "What happened to the bigger ministers' meeting?", "what happened with Rubio's trip?": the
/// fate of an event the question describes — the one whose words cover most of the question's
/// (as for "when" and "where"), told as the article reports it.
pub fn fate(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let asks = q.tokens.windows(2).any(|w| matches!(w[0].word.as_str(), "happened" | "happen") && matches!(w[1].word.as_str(), "to" | "with"));
    if !asks || q.future {
        return None;
    }
    let (cov, ei) = described(cx, q)?;
    let e = &cx.article.data.event[ei];
    let mut a = Answer::new(q.intent, true, format!("{}.", super::upper_first(&e.what))).with_confidence(cov);
    cite_event(cx, &mut a, ei);
    Some(a)
}

/// Forms of "be" and "get" a passive is made with ("what *was* cancelled", "what *got* scrapped").
const PASSIVE_AUX: &[&str] = &["was", "were", "is", "are", "got", "get", "gets", "been", "being"];

/// "What got cancelled?", "what else was called off because he didn't come?", "what was
/// drafted?": a passive asked with "what" asks for the things the verb was done to — the events
/// the article tells with that verb (any verb of calling off for one). "Else", or someone named
/// as its cause, sets aside what the last answer told and the acts of those named.
pub fn undergone(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    use crate::matcher::words::calls_off;
    let w = &q.tokens;
    // The question may come after its reason ("because he didn't come, what else got …").
    let start = w.iter().position(|t| t.word == "what")?;
    if q.future || q.polar {
        return None;
    }
    let other = w.get(start + 1).is_some_and(|t| t.word == "else");
    let at = start + 1 + usize::from(other);
    let aux_end = (at..w.len()).take_while(|&k| PASSIVE_AUX.contains(&w[k].word.as_str())).last()? + 1;
    let verb = w.get(aux_end)?;
    if crate::matcher::words::is_stopword(&verb.word) {
        return None;
    }
    let d = &cx.article.data;
    // A participle: "-ed" or "-en" ("cancelled", "drafted", "taken"), or the very word the
    // article's account uses ("held"); not a noun that shares a stem ("the discussions").
    let participle = verb.word.ends_with("ed") || verb.word.ends_with("en");
    let has_verb = |e: &crate::kb::Event| {
        if calls_off(&verb.stem) {
            called_off(e)
        } else {
            crate::matcher::tokens::tokenize(&e.what).iter().any(|t| t.word == verb.word || participle && t.stem == verb.stem && t.word.ends_with("ed"))
        }
    };
    let named: Vec<&str> = q
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Person(p) => Some(d.person[p].id.as_str()),
            _ => None,
        })
        .collect();
    let told = |e: &crate::kb::Event| {
        let sentence = super::sentence_of(cx, e.p, &e.evidence);
        cx.article.sentences.iter().any(|s| s.p == e.p && s.text(cx.article) == sentence && cx.ctx.told(s))
    };
    let all: Vec<usize> = (0..d.event.len()).filter(|&i| has_verb(&d.event[i])).collect();
    let set_aside = |e: &crate::kb::Event| other && told(e) || e.who.iter().any(|x| named.contains(&x.as_str()));
    let kept: Vec<usize> = all.iter().copied().filter(|&i| !set_aside(&d.event[i])).collect();
    if kept.is_empty() {
        return None;
    }
    let lead = kept.iter().map(|&i| format!("{}.", super::upper_first(&d.event[i].what))).collect::<Vec<_>>().join(" ");
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.8);
    for &i in &kept {
        cite_event(cx, &mut a, i);
    }
    Some(a)
}

/// "Which meeting got scrapped because Rubio didn't come?", "which session did Witkoff pitch
/// his plan at?": an event asked for by what happened at it. What is asked for ("meeting") must
/// be the event's; of those, the one the question's other words fit best and alone. A reason
/// the question gives ("because Rubio didn't come") is no part of the event, nor are the people
/// it names.
pub fn which_one(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let thing = q.asked_thing.as_deref()?;
    if q.future || !matches!(q.intent, Intent::WhoSaid | Intent::Search | Intent::Topic) {
        return None;
    }
    let reason_at = q.tokens.iter().position(|t| crate::matcher::words::EFFECT_FIRST.iter().any(|s| t.stem.starts_with(s))).unwrap_or(q.tokens.len());
    let before = &q.tokens[..reason_at];
    let in_question = |t: &crate::matcher::QTerm| t.word.split(' ').all(|w| before.iter().any(|x| x.word == w));
    let (things, rest): (Vec<_>, Vec<_>) = event_topic(q).into_iter().filter(in_question).partition(|t| thing.split(' ').any(|w| w == t.word));
    if things.is_empty() || rest.is_empty() {
        return None;
    }
    let terms = &cx.index.event_terms;
    // Calling off is one closed class of verbs: "scrapped" fits a meeting "cancelled".
    let calls_off = |t: &crate::matcher::QTerm| crate::matcher::words::calls_off(&t.stem);
    let fit = |i: usize| rest.iter().map(|t| if calls_off(t) && called_off(&cx.article.data.event[i]) { 1.0 } else { t.score(&terms[i]) }).sum::<f32>();
    let mut scored: Vec<(f32, usize)> = (0..cx.article.data.event.len())
        .filter(|&i| things.iter().all(|t| t.score(&terms[i]) > 0.0) && takes_part_all(cx, &rest, &[], i))
        .map(|i| (fit(i), i))
        .filter(|x| x.0 > 0.0)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let &(best, ei) = scored.first()?;
    if scored.get(1).is_some_and(|second| second.0 >= best) {
        return None;
    }
    let e = &cx.article.data.event[ei];
    let mut a = Answer::new(q.intent, true, format!("{}.", super::upper_first(&e.what))).with_confidence(0.8);
    cite_event(cx, &mut a, ei);
    Some(a)
}

/// The id of the place a question names (not as a qualifier): "was Rubio *in London*".
pub(super) fn place_asked<'a>(cx: &Cx<'a>, q: &Question) -> Option<&'a str> {
    q.mentions.iter().find_map(|m| match m.entity {
        EntityRef::Place(p) if !m.qualifier => Some(cx.article.data.place[p].id.as_str()),
        _ => None,
    })
}

/// Whether the article tells `e` with a verb of calling off ("a broader meeting … was
/// *cancelled*", "Rubio *cancelled* his trip").
pub(super) fn called_off(e: &crate::kb::Event) -> bool {
    crate::matcher::tokens::tokenize(&e.what).iter().any(|t| crate::matcher::words::calls_off(&t.stem))
}

/// How many of `topic`'s words event `i`'s own account (its `what` and name, not the rest of
/// its sentence) has.
pub(super) fn own_words(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], i: usize) -> usize {
    let told = &cx.index.event_told[i];
    topic.iter().filter(|t| t.entity.is_none() && told.iter().any(|w| t.has_stem(w))).count()
}

/// Of `candidates`, the event whose words cover most of `topic`, with that coverage (the first
/// in the article on a tie).
pub(super) fn best_covered(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], candidates: impl Iterator<Item = usize>) -> Option<(usize, f32)> {
    candidates.map(|i| (i, overlap(topic, &cx.index.event_terms[i]).1)).max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

/// How much of what a question says of an event an event's words must have to be the one it
/// describes (its place or date aside, where those are what is checked).
pub(super) const DESCRIBED: f32 = 0.6;

/// The event a question describes ("the bigger ministers' meeting", "Rubio's trip"): the one
/// whose words cover most of the question's (as for "when" and "where"), with that coverage,
/// when most of what the question says of it is in it, with a word of its own (not only a name).
pub fn described(cx: &Cx<'_>, q: &Question) -> Option<(f32, usize)> {
    let topic = event_topic(q);
    let sides = q.sides_of_people();
    // On a tie, the event whose own account (not the rest of its sentence) has the words:
    // "what happened to Rubio's trip" is that he cancelled it, not the call in which he spoke
    // of rescheduling it.
    let own = |i: usize| own_words(cx, &topic, i);
    let (cov, ei) = (0..cx.article.data.event.len())
        .filter(|&i| takes_part_all(cx, &topic, &sides, i))
        .map(|i| (overlap(&topic, &cx.index.event_terms[i]), own(i), i))
        .filter(|((s, _), _, _)| *s > 0.0)
        .max_by(|a, b| a.0 .0.total_cmp(&b.0 .0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)))
        .map(|((_, cov), _, i)| (cov, i))?;
    let topical = topic.iter().filter(|t| t.entity.is_none()).any(|t| t.score(&cx.index.event_terms[ei]) > 0.0);
    (cov >= DESCRIBED && topical).then_some((cov, ei))
}

/// "When?" or "where was it?" right after an answer: the event the last answer's evidence
/// tells of, first evidence first, if it has what is asked (a date for when, a place for where).
fn of_last_answer(cx: &Cx<'_>, q: &Question) -> Vec<usize> {
    if !q.about_last {
        return Vec::new();
    }
    let d = &cx.article.data;
    // A word of its own ("where was it *presented*?") must be the event's.
    let own: Vec<crate::matcher::QTerm> = q.terms.iter().filter(|t| !cx.ctx.terms.iter().any(|c| c.stem == t.stem)).cloned().collect();
    let mut found: Vec<usize> = Vec::new();
    for &(p, start, end) in &cx.ctx.evidence {
        let Some(told) = cx.article.paragraph(p as usize).and_then(|para| para.get(start as usize..end as usize)) else { continue };
        let ei = d
            .event
            .iter()
            .position(|e| {
                let has = if q.intent == Intent::Where { e.place.is_some() } else { e.when.is_some() || e.date.is_some() };
                has && e.p == p as usize && (told.contains(e.evidence.as_str()) || e.evidence.contains(told))
            })
            .filter(|&ei| own.is_empty() || overlap(&own, &cx.index.event_terms[ei]).0 > 0.0);
        // Asked "where", one place is the answer; asked "when", each told thing's time.
        if let Some(ei) = ei.filter(|ei| !found.contains(ei)) {
            found.push(ei);
            if q.intent == Intent::Where {
                break;
            }
        }
    }
    found
}

/// "What day did the sit-down in the British capital happen?": no event shares the words, so
/// the sentences that hold an event are ranked by meaning, and the best one's event answers
/// when the ranker is confident in it.
fn by_meaning(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let d = &cx.article.data;
    let ranker = crate::matcher::semantic::Ranker::shipped();
    // Every person the question names takes part in the event.
    let named: Vec<&str> = q.people().into_iter().map(|p| d.person[p].id.as_str()).collect();
    let sides = q.sides_of_people();
    let of_event = |si: usize| {
        let s = &cx.article.sentences[si];
        let text = s.text(cx.article);
        d.event.iter().position(|e| {
            e.p == s.p
                && (text.contains(e.evidence.as_str()) || e.evidence.contains(text))
                && (q.intent != Intent::Where || e.place.is_some())
                && e.has_all(&named)
                && has_people_of(cx, &sides, e)
        })
    };
    let of_events: Vec<Ranked> = ranked.iter().copied().filter(|r| of_event(r.sentence).is_some()).collect();
    let confidence = ranker.confidence(&of_events);
    if confidence < ranker.threshold {
        return None;
    }
    let ei = of_event(of_events.first()?.sentence)?;
    Some(tell(cx, q, ei, confidence))
}

/// "This week's sit-down" is not the session the article places "last week": a week (month,
/// year) the question names by "this", "last" or "next" and the event's time by another.
fn other_span(q: &Question, e: &crate::kb::Event) -> bool {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    matches!((span_named(&w), span_named(&when_words(e))), (Some((a, unit)), Some((b, theirs))) if unit == theirs && a != b)
}

/// "Last week", "this month": a span of time named by where it lies from now, as (which, unit).
fn span_named<S: AsRef<str>>(words: &[S]) -> Option<(String, String)> {
    const WHICH: &[&str] = &["this", "last", "next", "previous", "past"];
    words
        .windows(2)
        .find(|x| WHICH.contains(&x[0].as_ref()) && matches!(x[1].as_ref(), "week" | "weekend" | "month" | "year"))
        .map(|x| (x[0].as_ref().to_string(), x[1].as_ref().to_string()))
}

/// The words of an event's time, lower-case ("last week").
fn when_words(e: &crate::kb::Event) -> Vec<String> {
    e.when.as_deref().unwrap_or("").to_lowercase().split_whitespace().map(str::to_string).collect()
}

/// "When *did* …", "where *were* …": the question asks about the past, as events are; "when
/// *does* Trump plan to meet Putin" does not.
fn asks_past(q: &Question) -> bool {
    let at = crate::matcher::words::question_start(&q.tokens);
    q.tokens.get(at + 1).is_some_and(|t| matches!(t.word.as_str(), "did" | "was" | "were" | "had" | "has" | "have"))
}

/// Whether every person the question names (in `topic`) takes part in event `ei`, and someone
/// of every side it names as a person's (`sides`, see [`Question::sides_of_people`]).
fn takes_part_all(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], sides: &[(usize, bool)], ei: usize) -> bool {
    let t = &cx.index.event_terms[ei];
    !topic.iter().any(|x| matches!(x.entity, Some(crate::matcher::EntityRef::Person(_))) && x.score(t) == 0.0)
        && has_people_of(cx, sides, &cx.article.data.event[ei])
}

/// Whether someone of every side the question names as a person's takes part in `e`: for "his
/// *British* counterpart" one of its people (the side itself is not enough); for "*Ukrainian*
/// officials" the side or one of its people.
pub(super) fn has_people_of(cx: &Cx<'_>, sides: &[(usize, bool)], e: &crate::kb::Event) -> bool {
    let d = &cx.article.data;
    sides.iter().all(|&(s, one)| {
        let side = d.side[s].id.as_str();
        e.who.iter().any(|w| (!one && w == side) || d.person.iter().any(|p| &p.id == w && p.side.as_deref() == Some(side)))
    })
}

/// "Where was the VP when he made the walk-away comments?": where the one asked about was, when
/// the article places them in one place only — what they said there is not an event, so the
/// clause about it finds none; their one place answers.
pub fn whereabouts(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let [p] = q.people()[..] else { return None };
    Some(tell(cx, q, only_place_of(cx, p)?, 0.7))
}

/// The one event that places person `p` somewhere, when the article places them in one place
/// only (as the first of an event's people: the one it is about). A trip called off places no
/// one there.
pub(super) fn only_place_of(cx: &Cx<'_>, p: usize) -> Option<usize> {
    let d = &cx.article.data;
    let id = &d.person[p].id;
    let placed: Vec<usize> =
        (0..d.event.len()).filter(|&i| d.event[i].place.is_some() && d.event[i].who.first() == Some(id) && !called_off(&d.event[i])).collect();
    let [only] = placed[..] else { return None };
    Some(only)
}

/// Event `ei` as the answer: its date or place first, then its evidence.
fn tell(cx: &Cx<'_>, q: &Question, ei: usize, cov: f32) -> Answer {
    let d = &cx.article.data;
    let e = &d.event[ei];
    // "Which exact day …?" when the article gives a month, a year or a span.
    let day_missing = q.exact_day && e.date.as_deref().is_none_or(|d| !is_day(d));
    let when_lead = match (&e.when, &e.date) {
        // "Days after …": a time given only against the event around it, which the cited
        // sentence tells; said after the deed it would read the wrong way round.
        (Some(w), None) if w.ends_with(" after") || w.ends_with(" before") || w.ends_with(" since") => {
            format!("The article gives no exact date for when {}; it dates it only against the event its sentence tells.", lower_first(&e.what))
        }
        (Some(_), None) => format!("{}{}; the article gives no exact date.", e.what, time_of(e)),
        // "Which exact day did Trump call Putin?" when the article gives the month: the day is
        // not told, and what is told says how near it comes.
        (_, Some(_)) if day_missing => format!("The article gives no exact day; it says {}{}.", lower_first(&e.what), time_of(e)),
        (None, None) => format!("The article doesn't say when exactly; it reports that {}.", lower_first(&e.what)),
        _ => format!("{}{}.", e.what, time_of(e)),
    };
    // "Advisers from where?" asks where people came from, which the event's own words tell.
    let origin = q.tokens.windows(2).any(|w| w[0].word == "from" && w[1].word == "where")
        || q.tokens.iter().any(|t| t.word == "where") && q.tokens.last().is_some_and(|t| t.word == "from");
    // "When and where …", "where and on what day …": both are told.
    let (also_when, also_where) = both_asked(q);
    // "Where in London did they meet?": the place the question gives is no answer to it.
    let within = e.place.as_deref().map(|p| cx.article.entity_name(p)).filter(|place| q.intent == Intent::Where && !also_when && placed_within(q, place));
    let lead = if let Some(place) = &within {
        format!("The article doesn't say where in {place}; it reports that {}.", lower_first(&e.what))
    } else if q.intent == Intent::Where {
        match e.place.as_deref() {
            Some(p) if also_when => format!("In {}: {}{}.", cx.article.entity_name(p), e.what, time_of(e)),
            Some(p) => format!("In {}: {}.", cx.article.entity_name(p), e.what),
            None if origin => format!("{}.", super::upper_first(&e.what)),
            None => format!("The article doesn't say where; it reports that {}.", lower_first(&e.what)),
        }
    } else {
        match e.place.as_deref().map(|p| cx.article.entity_name(p)) {
            Some(place) if also_where && !e.what.contains(place.as_str()) => format!("In {place}: {when_lead}"),
            _ => when_lead,
        }
    };
    // "The article doesn't say when": the substance of such a reply is a decline, whatever it
    // adds about the event.
    let told =
        if q.intent == Intent::Where { (e.place.is_some() || origin) && within.is_none() } else { (e.when.is_some() || e.date.is_some()) && !day_missing };
    let mut a = Answer::new(q.intent, told, lead).with_confidence(cov);
    cite_event(cx, &mut a, ei);
    a
}

/// Whether a resolved date names one day (`YYYY-MM-DD`), not a month, a year or a span.
fn is_day(date: &str) -> bool {
    !date.contains('/') && date.split('-').count() == 3
}

/// Whether a question asks when as well as where, and where as well as when: "when and where
/// …", "where and on what day …", "when + where …".
fn both_asked(q: &Question) -> (bool, bool) {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let which = |nouns: &[&str]| w.windows(2).any(|p| matches!(p[0], "what" | "which") && nouns.contains(&p[1]));
    let when = w.contains(&"when") || which(&["day", "date", "time", "month", "year"]);
    let place = w.contains(&"where") || which(&["city", "place", "country", "venue", "location"]);
    (q.intent == Intent::Where && when, q.intent == Intent::When && place)
}

/// When event `e` happened, as words to follow what happened: " in February", " late on Tuesday
/// (22 April 2025)"; nothing when the article does not say.
pub fn time_of(e: &crate::kb::Event) -> String {
    match (&e.when, &e.date) {
        (Some(w), Some(date)) if format_date(date) == *w => format!(" in {w}"),
        // "in February" of "2025-02": " in February 2025".
        (Some(w), Some(date)) if w.strip_prefix("in ").is_some_and(|m| format_date(date).starts_with(m)) => format!(" in {}", format_date(date)),
        (Some(w), Some(date)) => format!(" {} ({})", w, format_date(date)),
        (Some(w), None) => format!(" {w}"),
        (None, Some(date)) => format!(" in {}", format_date(date)),
        (None, None) => String::new(),
    }
}

/// Cites the sentence telling event `ei` (once, however many events it tells), labelled with
/// its unnamed source if it has one; its source and people join the answer's.
pub fn cite_event(cx: &Cx<'_>, a: &mut Answer, ei: usize) {
    let e = &cx.article.data.event[ei];
    let sentence = super::sentence_of(cx, e.p, &e.evidence);
    if !a.evidence.iter().any(|x| x.citation.paragraph == Some(e.p) && x.citation.text == sentence) {
        let label = e.attribution.as_deref().map(|x| format!("{}:", according(x)));
        a.cite(label, super::cite(cx, e.p, sentence));
    }
    if let Some(att) = &e.attribution {
        a.sources.push(att.clone());
    }
    for w in &e.who {
        if let Some(p) = super::person_index(cx, w).filter(|p| !a.people.contains(p)) {
            a.people.push(p);
        }
    }
}

fn lower_first(s: &str) -> String {
    super::lower_common(s)
}

/// "2025-04-20" -> "20 April 2025"; "2025-02" -> "February 2025"; "A/B" -> "between A and B".
pub fn format_date(d: &str) -> String {
    if let Some((a, b)) = d.split_once('/') {
        return format!("between {} and {}", format_date(a), format_date(b));
    }
    use crate::kb::dates::MONTHS;
    let parts: Vec<&str> = d.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied().unwrap_or("");
    match parts.as_slice() {
        [y] => y.to_string(),
        [y, m] => format!("{} {}", month(m), y),
        [y, m, day] => format!("{} {} {}", day.trim_start_matches('0'), month(m), y),
        _ => d.to_string(),
    }
}
