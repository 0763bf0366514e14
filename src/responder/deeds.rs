//! "What did Witkoff do?", "what role did Kellogg play?", "what happened with Rubio?": what a
//! named person did is the events the article gives them a part in, in reading order, each
//! with the sentence that tells it and its source. Other words of the question ("in Paris")
//! pick among them; with none, their own words follow the events. A party the article gives no
//! event is answered as any search.

use super::{overlap, upper_first, Answer, Cx};
use crate::matcher::{EntityRef, Question};

/// Events given at most.
const MOST: usize = 4;
/// How well an event the article gives no time fits a question that names only a day.
const UNDATED_FIT: f32 = 0.5;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    let (subject, id, name, words) = q.mentions.iter().filter(|m| !m.qualifier).find_map(|m| match m.entity {
        EntityRef::Person(p) => Some((m.entity, d.person[p].id.as_str(), d.person[p].name.clone(), m.words.as_str())),
        _ => None,
    })?;
    // "What were the British ministers up to?": everyone a plural title names, together.
    let holders: Vec<(EntityRef, &str)> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && m.words == words)
        .filter_map(|m| match m.entity {
            EntityRef::Person(p) => Some((m.entity, d.person[p].id.as_str())),
            _ => None,
        })
        .collect();
    let group = holders.len() > 1;
    let ids: Vec<&str> = holders.iter().map(|h| h.1).collect();
    let theirs: Vec<usize> = (0..d.event.len()).filter(|&i| d.event[i].who.iter().any(|w| w == id || group && ids.contains(&w.as_str()))).collect();
    let people: Vec<EntityRef> = if group { holders.iter().map(|h| h.0).collect() } else { vec![subject] };
    // "What did Witkoff do in Paris?": the question's other words pick the events that hold them.
    // A day an event is given no time for does not rule it out.
    let other: Vec<_> = q.topic_terms(&people).into_iter().filter(|t| !crate::matcher::words::is_in(crate::matcher::words::DEED_WORDS, &t.word)).collect();
    let timeless = |i: usize| d.event[i].when.is_none() && d.event[i].date.is_none();
    // "What did Healey do in London?": an event given no place happened where the report is
    // filed from, as far as the report tells, so a dateline place does not rule it out.
    let dateline: Vec<String> = d.article.dateline.split('/').map(|c| c.trim().to_lowercase()).collect();
    let datelined: Vec<EntityRef> = (0..d.place.len()).filter(|&p| dateline.contains(&d.place[p].name.to_lowercase())).map(EntityRef::Place).collect();
    let datelined = |t: &crate::matcher::QTerm| t.entity.is_some_and(|e| datelined.contains(&e));
    let fit = |i: usize| {
        if other.is_empty() {
            return 0.0;
        }
        let dated: Vec<_> = other
            .iter()
            .filter(|t| !(timeless(i) && crate::matcher::words::is_in(crate::matcher::words::TIME_WORDS, &t.word)))
            .filter(|t| !(d.event[i].place.is_none() && datelined(t)))
            .cloned()
            .collect();
        // Only a day (or the dateline's place) was asked, and the event is given none: it fits,
        // if less than one told on it.
        if dated.is_empty() {
            UNDATED_FIT
        } else {
            overlap(&dated, &cx.index.event_terms[i]).0
        }
    };
    let best = theirs.iter().map(|&i| fit(i)).fold(0.0f32, f32::max);
    let chosen: Vec<usize> = theirs.into_iter().filter(|&i| fit(i) >= best).take(MOST).collect();
    if chosen.is_empty() || (!other.is_empty() && best == 0.0) {
        return None;
    }
    let mut a = Answer::new(q.intent, true, lead(cx, if group { "" } else { &name }, &chosen));
    for i in chosen {
        super::events::cite_event(cx, &mut a, i);
    }
    // What they said is much of what people in a report do: their words follow, up to the
    // same bound, in reading order.
    if other.is_empty() {
        let room = MOST.saturating_sub(a.evidence.len());
        for st in d.statement.iter().filter(|st| st.speaker.as_deref().is_some_and(|sp| sp == id || group && ids.contains(&sp))).take(room) {
            a.cite(Some(super::quote::words_label(cx, st)), super::cite(cx, st.p, st.own_words()));
            if let Some(att) = &st.attribution {
                a.sources.push(att.clone());
            }
        }
    }
    super::meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// "Donald Trump warned that …; said he hoped …; and made a surprise call to …": the events'
/// own words, the party's name said once where the events begin with it.
fn lead(cx: &Cx<'_>, name: &str, events: &[usize]) -> String {
    let d = &cx.article.data;
    let (theirs, others): (Vec<&str>, Vec<&str>) = events.iter().map(|&i| d.event[i].what.as_str()).partition(|w| !name.is_empty() && w.starts_with(name));
    let mut out = Vec::new();
    if !theirs.is_empty() {
        let acts: Vec<String> = theirs.iter().map(|w| w[name.len()..].trim().to_string()).collect();
        let joined = match acts.len() {
            1 => acts[0].clone(),
            2 => format!("{} and {}", acts[0], acts[1]),
            n => format!("{}; and {}", acts[..n - 1].join("; "), acts[n - 1]),
        };
        out.push(format!("{name} {joined}."));
    }
    out.extend(others.iter().map(|w| format!("{}.", upper_first(w))));
    out.join(" ")
}
