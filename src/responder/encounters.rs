//! Who met or spoke with whom: "did Rubio talk to the Brits?", "who did Healey meet?", "who from
//! the British government met the Ukrainians?", "did he talk to anyone before pulling out?".
//!
//! The answer is read from the events' parties (`who`) and the kind of verb that tells each
//! event, never from shared topic words: "who did Rubio talk to" shares "talk" with "the talks"
//! in many sentences, but only one event has Rubio speaking to someone. Speaking is not meeting
//! ("did Rubio meet Lammy" is not answered by their call), and an event told as cancelled is
//! no encounter at all.
//!
//! The question's parties fall in two groups. Those it names as taking part (the subject, the
//! one met) must all be in the event; a side that narrows the one asked about ("who *from the
//! British government* met …", "who *on the UK side* …") must have someone of its own in it.

use super::events::{cite_event, time_of};
use super::{overlap, Answer, Cx};
use crate::kb::Event;
use crate::matcher::words::{is_in, FOCUS_ADVERBS, MEET_VERBS, NEGATING_STEMS, PLANNED, TALK_VERBS};
use crate::matcher::{EntityRef, Intent, Question};

/// Events told at most in one answer.
const MOST: usize = 3;

/// Words that stand for an unnamed party of an encounter ("did he talk to *anyone*").
const SOMEONE: &[&str] = &["anyone", "anybody", "someone", "somebody", "any", "one"];

/// Determiners before a noun ("the *meeting*", "that *call*").
const DETERMINERS: &[&str] = &["the", "a", "an", "that", "this", "his", "her", "their", "its", "our", "any", "no"];

/// Words that open a question asking who ("who met …", "advisers from *which* countries …").
const ASKING_WHO: &[&str] = &["who", "whom", "which", "whose"];

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    // Lists ("which countries' advisers did Kyiv's team meet") are named in the evidence, which
    // lists answer better than the events' account.
    if q.future || !matches!(q.intent, Intent::YesNo | Intent::WhoSaid | Intent::WhoIs | Intent::Quote) {
        return None;
    }
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let verb_at = encounter_verb(&words)?;
    // "Did Lammy speak to Rubio?" reads as asking for words ("speak" is a verb of saying), but
    // speaking *to* someone is an exchange, asked yes or no.
    let spoken_to = q.intent == Intent::Quote && q.polar && words.get(verb_at + 1).is_some_and(|w| matches!(*w, "to" | "with"));
    if q.intent == Intent::Quote && !spoken_to {
        return None;
    }
    // Those who met have talked; those who talked (on the phone) have not met.
    let kinds: &[&[&str]] = if is_in(MEET_VERBS, words[verb_at]) { &[MEET_VERBS] } else { &[TALK_VERBS, MEET_VERBS] };
    let polar = q.intent == Intent::YesNo || spoken_to;
    let asked_at = words[..verb_at].iter().position(|w| is_in(ASKING_WHO, w));
    if !polar && asked_at.is_none() {
        return None;
    }
    // "Which president did Trump phone?" asks for a holder of a title, whom the title's reading
    // names first.
    if asked_at.is_some_and(|i| words[i] == "which") && q.mentions.iter().any(|m| m.by_role) {
        return None;
    }
    let (known, narrowing) = parties(q, &words, verb_at, asked_at);
    let someone = words[verb_at + 1..].iter().any(|w| SOMEONE.contains(w));
    if known.is_empty() || (polar && known.len() + narrowing.len() < 2 && !someone) {
        return None;
    }
    let d = &cx.article.data;
    let fits = |e: &Event, with: &[EntityRef]| {
        told_as(e, kinds) && with.iter().all(|&x| takes_part(cx, e, x)) && narrowing.iter().all(|&s| has_own(cx, e, s, with, true)) && at_that(cx, q, e, polar)
    };
    let mut found: Vec<usize> = (0..d.event.len()).filter(|&i| fits(&d.event[i], &known)).collect();
    // "Did Rubio talk to Lammy or Healey?", "… to either of them?": one of the others is
    // enough, each asked with the first named.
    if found.is_empty() && polar && known.len() > 2 && alternatives(&words[verb_at + 1..]) {
        found = (0..d.event.len()).filter(|&i| known[1..].iter().any(|&x| fits(&d.event[i], &[known[0], x]))).collect();
    }
    let chosen = best_fitting(cx, q, &found, &known, &narrowing);
    if chosen.is_empty() {
        return if polar { with_one_of(cx, q, kinds, &known) } else { None };
    }
    let told = told_of(cx, &chosen);
    let unnamed = if polar { None } else { unnamed_asked(cx, q, &chosen) };
    let lead = match (polar, &unnamed) {
        // "Did Putin call Trump?" when Trump called Putin.
        (true, _) if reversed_call(cx, words[verb_at], &known, &chosen) => format!("No. {}", told.join(" ")),
        (true, _) => format!("Yes. {}", told.join(" ")),
        // "Who were the French advisers Kyiv met?": that they met is no name.
        (false, Some(side)) => format!("The article doesn't name anyone from {side} there. What it says: {}", told.join(" ")),
        (false, None) => told.join(" "),
    };
    let mut a = Answer::new(q.intent, unnamed.is_none(), lead).with_confidence(0.8);
    for i in chosen {
        cite_event(cx, &mut a, i);
    }
    Some(a)
}

/// The side whose people a "who" question asks to be named ("who were *the French advisers*
/// Kyiv met?"), when the events chosen name none of its people.
fn unnamed_asked(cx: &Cx<'_>, q: &Question, chosen: &[usize]) -> Option<String> {
    let d = &cx.article.data;
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
    let asking_at = words.iter().position(|w| ASKING_WHO.contains(w) || matches!(*w, "name" | "names"))?;
    q.mentions.iter().filter(|m| !m.from_context).find_map(|m| {
        let EntityRef::Side(s) = m.entity else { return None };
        let at = words.iter().position(|w| Some(*w) == m.words.split(' ').next())?;
        // One of its own people, not the side itself ("advisers from … Germany").
        let named = |i: usize| super::events::has_people_of(cx, &[(s, true)], &d.event[i]);
        (names_them(&words, asking_at, at) && !chosen.iter().any(|&i| named(i))).then(|| d.side[s].name.clone())
    })
}

/// Whether the words at `at` are what the asking word asks to be named: "who were *the French
/// advisers*", "who exactly was *the German adviser*", "names of *the German advisers*",
/// "which *French* official".
fn names_them(words: &[&str], asking_at: usize, at: usize) -> bool {
    if at <= asking_at {
        return false;
    }
    let between: Vec<&str> = words[asking_at + 1..at].iter().copied().filter(|w| !is_in(FOCUS_ADVERBS, w)).collect();
    let linked = matches!(between[..], ["is" | "was" | "were" | "are"]);
    match words[asking_at] {
        "name" | "names" => between.is_empty() || between == ["of"],
        // "which French official met Yermak": the side qualifies whom "which" asks for.
        "which" => between.is_empty() || linked,
        _ => linked,
    }
}

/// Whether the parties after the verb are offered as alternatives: "Lammy *or* Healey",
/// "*either* of them", "*any* of them". "Yermak or just Healey?" sets one against the other:
/// a choice, which a yes does not answer.
fn alternatives(after_verb: &[&str]) -> bool {
    let choice = after_verb.windows(2).any(|w| w[0] == "or" && matches!(w[1], "just" | "only" | "merely" | "simply"));
    !choice && after_verb.iter().any(|w| matches!(*w, "or" | "either" | "any"))
}

/// "Did Lammy meet Kellogg?" when no encounter has both, but one has Kellogg with someone
/// else, or "did Rubio meet Lammy?" when they only spoke: the article does not report it, and
/// what it does report of them is told, rather than a "yes" read off a sentence naming both.
fn with_one_of(cx: &Cx<'_>, q: &Question, kinds: &[&[&str]], known: &[EntityRef]) -> Option<Answer> {
    if let Some(a) = with_others(cx, q, kinds, known) {
        return Some(a);
    }
    let [asker, met] = known else { return None };
    // Only two people named outright: someone's team, a title or a side may stand for others
    // the events name ("did Zelenskiy's team meet the Europeans": his chief of staff did).
    let by_name =
        |x: &EntityRef| matches!(x, EntityRef::Person(_)) && q.mentions.iter().any(|m| m.entity == *x && !m.by_role && !m.from_context && !m.qualifier);
    if q.team || !known.iter().all(by_name) {
        return None;
    }
    let d = &cx.article.data;
    // Both in an encounter of another kind ("did Rubio meet Lammy": he spoke to him) tells most.
    let both: Vec<usize> =
        (0..d.event.len()).filter(|&i| told_as(&d.event[i], &[TALK_VERBS, MEET_VERBS]) && known.iter().all(|&x| takes_part(cx, &d.event[i], x))).collect();
    let together = !both.is_empty();
    let of =
        |x: EntityRef| -> Vec<usize> { (0..d.event.len()).filter(|&i| told_as(&d.event[i], kinds) && takes_part(cx, &d.event[i], x)).take(MOST).collect() };
    // "Did Healey meet Witkoff?" when the one met is in no encounter of that kind: whom the one
    // asked about did meet is what the question misreads.
    let theirs: Vec<usize> = if together { both } else { Some(of(*met)).filter(|v| !v.is_empty()).unwrap_or_else(|| of(*asker)) };
    if theirs.is_empty() {
        return None;
    }
    let told = told_of(cx, &theirs);
    // Someone else with the one met, in words that name the one asked about too ("Lammy and
    // Healey held discussions … and Healey was also meeting Kellogg"): the question misreads
    // them, and the correction is the answer. Otherwise (both in another kind of encounter, or
    // words that do not name them) what is asked is not reported: a decline, with what is as
    // its context.
    let EntityRef::Person(p) = *asker else { return None };
    let surname = super::surname(&d.person[p]);
    let misread = !together && theirs.iter().any(|&i| super::sentence_of(cx, d.event[i].p, &d.event[i].evidence).contains(surname));
    let lead = if misread { "Not that the article reports. What it reports:" } else { "The article doesn't report that. What it reports:" };
    let mut a = Answer::new(q.intent, misread, format!("{lead} {}", told.join(" ")));
    for i in theirs {
        cite_event(cx, &mut a, i);
    }
    Some(a)
}

/// "Rubio met Lammy in London on Wednesday, right?": a meeting at a place the one asked about
/// called off their trip to is settled by that: no, and what they did instead (they spoke).
/// Read before a date or place the claim gets wrong, which the trip called off makes moot.
pub fn not_there(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.future || q.intent != Intent::YesNo {
        return None;
    }
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let verb_at = encounter_verb(&words)?;
    if !is_in(MEET_VERBS, words[verb_at]) {
        return None;
    }
    let (known, _) = parties(q, &words, verb_at, None);
    let d = &cx.article.data;
    if known.is_empty() {
        return None;
    }
    let place = super::events::place_asked(cx, q)?;
    let off = (0..d.event.len()).find(|&i| {
        let e = &d.event[i];
        known.iter().any(|&x| takes_part(cx, e, x)) && e.place.as_deref() == Some(place) && super::events::called_off(e)
    })?;
    // What they did instead, when the question names two who met.
    let instead: Vec<usize> = (0..d.event.len())
        .filter(|&i| known.len() >= 2 && i != off && told_as(&d.event[i], &[TALK_VERBS, MEET_VERBS]) && known.iter().all(|&x| takes_part(cx, &d.event[i], x)))
        .collect();
    let mut told = told_of(cx, &[off]);
    told.extend(told_of(cx, &instead));
    let mut a = Answer::new(q.intent, true, format!("No. {}", told.join(" "))).with_confidence(0.8);
    for i in std::iter::once(off).chain(instead) {
        cite_event(cx, &mut a, i);
    }
    Some(a)
}

/// "Did Lammy and Healey hold talks with Russian officials?": people named outright asked of
/// a side they are not reported meeting. The article's encounters of theirs (all of them
/// together) are what it reports instead — the question misreads whom they met.
fn with_others(cx: &Cx<'_>, q: &Question, kinds: &[&[&str]], known: &[EntityRef]) -> Option<Answer> {
    let (EntityRef::Side(_), askers) = known.split_last()? else { return None };
    let by_name =
        |x: &EntityRef| matches!(x, EntityRef::Person(_)) && q.mentions.iter().any(|m| m.entity == *x && !m.by_role && !m.from_context && !m.qualifier);
    if askers.is_empty() || q.team || !askers.iter().all(by_name) {
        return None;
    }
    let d = &cx.article.data;
    let theirs: Vec<usize> =
        (0..d.event.len()).filter(|&i| told_as(&d.event[i], kinds) && askers.iter().all(|&x| takes_part(cx, &d.event[i], x))).take(MOST).collect();
    if theirs.is_empty() {
        return None;
    }
    let told = told_of(cx, &theirs);
    let mut a = Answer::new(q.intent, true, format!("Not that the article reports. What it reports: {}", told.join(" ")));
    for i in theirs {
        cite_event(cx, &mut a, i);
    }
    Some(a)
}

/// Where the question's verb of meeting or speaking is, when it asks of an encounter that
/// happened. "Which ministers were *supposed* to meet?" asks of a plan, which the events that
/// happened do not answer; "who *said* Kyiv's team met advisers?" asks who said it; "who talked
/// *about* moving at pace with the Americans" asks what was said, not to whom.
fn encounter_verb(words: &[&str]) -> Option<usize> {
    let at = (0..words.len()).find(|&i| is_contact(words[i]) && used_as_verb(words, i) || held(words, i))?;
    let planned = words[at.saturating_sub(3)..at].iter().any(|w| is_in(PLANNED, w));
    let said = words[..at].iter().any(|w| is_in(crate::matcher::words::SAY_WORDS, w));
    // ("Rang *on Tuesday*" says when, not what about.)
    let dated = words.get(at + 2).is_some_and(|w| is_in(crate::matcher::words::TIME_WORDS, w));
    let spoken_of = words.get(at + 1).is_some_and(|w| matches!(*w, "about" | "of" | "over" | "regarding") || *w == "on" && !dated);
    (!planned && !said && !spoken_of).then_some(at)
}

/// The events as the answer tells them, one sentence each: what happened and when.
fn told_of(cx: &Cx<'_>, events: &[usize]) -> Vec<String> {
    let d = &cx.article.data;
    events.iter().map(|&i| format!("{}{}.", super::upper_first(&d.event[i].what), time_of(&d.event[i]))).collect()
}

/// "Did they *hold talks* with …", "had a meeting with": a noun of meeting or speaking after a
/// verb of holding or having is the act itself.
fn held(words: &[&str], i: usize) -> bool {
    const CONTACT_NOUNS: &[&str] = &["talks", "discussions", "meeting", "meetings", "call", "calls", "chat", "conversation", "conversations"];
    const HOLD: &[&str] = &["hold", "held", "holding", "have", "had", "having"];
    let light = |j: usize| HOLD.contains(&words[j]);
    is_in(CONTACT_NOUNS, words[i]) && (i >= 1 && light(i - 1) || i >= 2 && matches!(words[i - 1], "a" | "any" | "some") && light(i - 2))
}

/// A word of speaking to or meeting someone.
fn is_contact(w: &str) -> bool {
    is_in(TALK_VERBS, w) || is_in(MEET_VERBS, w)
}

/// Whether the contact word at `i` is a verb: not after a determiner ("the bigger *meeting*"),
/// not a plural noun ("*discussions*"), and an "-ing" form only after a form of "be" ("was
/// *meeting*", "who was he *meeting*").
fn used_as_verb(words: &[&str], i: usize) -> bool {
    let w = words[i];
    let before = i.checked_sub(1).map(|j| words[j]);
    if before.is_some_and(|b| DETERMINERS.contains(&b)) || (w.ends_with('s') && !w.ends_with("ss")) {
        return false;
    }
    // "Was meeting", and asked: "who was he meeting".
    let be = |j: usize| matches!(words[j], "was" | "were" | "is" | "are" | "be" | "been");
    !w.ends_with("ing") || (i.saturating_sub(2)..i).any(be)
}

/// The parties the question names as taking part, and the sides that narrow the one it asks
/// about. A side is narrowing when it comes between the asking word and the verb with no
/// auxiliary before it ("who *from the British government* met", but "who did *Kyiv* meet"),
/// or when "side" follows it ("who met the Ukrainians on the *British* side").
fn parties(q: &Question, words: &[&str], verb_at: usize, asked_at: Option<usize>) -> (Vec<EntityRef>, Vec<usize>) {
    let (mut known, mut narrowing) = (Vec::new(), Vec::new());
    for m in q.mentions.iter().filter(|m| !m.qualifier) {
        if !matches!(m.entity, EntityRef::Person(_) | EntityRef::Side(_)) || known.contains(&m.entity) {
            continue;
        }
        let last = m.words.split(' ').next_back().unwrap_or("");
        let at = if m.from_context { None } else { words.iter().position(|w| *w == last) };
        let narrows = match (m.entity, at, asked_at) {
            (EntityRef::Side(_), Some(at), _) if words.get(at + 1) == Some(&"side") => true,
            (EntityRef::Side(_), Some(at), Some(asked)) => {
                asked < at && at < verb_at && !words[asked..at].iter().any(|w| is_in(crate::matcher::words::AUXILIARIES, w))
            }
            _ => false,
        };
        match (narrows, m.entity) {
            (true, EntityRef::Side(s)) => narrowing.push(s),
            _ => known.push(m.entity),
        }
    }
    (known, narrowing)
}

/// Whether `e` is told in a verb of one of `kinds`, and happened: "a broader meeting … to be
/// cancelled" is not one.
pub(super) fn told_as(e: &Event, kinds: &[&[&str]]) -> bool {
    let words = lower_words(&e.evidence);
    words.iter().any(|w| kinds.iter().any(|k| is_in(k, w))) && !words.iter().any(|w| NEGATING_STEMS.iter().any(|n| w.starts_with(n)))
}

/// A person takes part by name; a side by itself or by one of its people ("Rubio spoke to
/// Lammy": Lammy is British).
fn takes_part(cx: &Cx<'_>, e: &Event, x: EntityRef) -> bool {
    match x {
        EntityRef::Person(p) => e.who.contains(&cx.article.data.person[p].id),
        EntityRef::Side(s) => super::events::has_people_of(cx, &[(s, false)], e),
        _ => false,
    }
}

/// Whether side `s` has someone of its own in `e` besides the parties already named: one of its
/// people, or (`by_side`) the side itself.
fn has_own(cx: &Cx<'_>, e: &Event, s: usize, known: &[EntityRef], by_side: bool) -> bool {
    let d = &cx.article.data;
    let sid = d.side[s].id.as_str();
    e.who.iter().any(|w| {
        let named = known.iter().any(|k| matches!(k, EntityRef::Person(p) if d.person[*p].id == *w));
        !named && ((by_side && w == sid) || cx.article.person(w).and_then(|p| p.side.as_deref()) == Some(sid))
    })
}

/// A place or a day the question gives must be the event's: "did Healey meet Kellogg in
/// Washington?", "did Rubio talk to Lammy on Wednesday?" are not answered by a meeting the
/// article places nowhere, or a call on Tuesday. Asked who ("who did the delegation sit down
/// with in London"), an event placed nowhere may still be the one.
pub(super) fn at_that(cx: &Cx<'_>, q: &Question, e: &Event, polar: bool) -> bool {
    let d = &cx.article.data;
    let places = q.mentions.iter().filter_map(|m| if let EntityRef::Place(p) = m.entity { Some(p) } else { None });
    // A weekday or a month ("may" is too often the verb).
    let framing = ["yesterday", "today", "week", "weekend", "month", "year", "ago", "back", "earlier", "last", "may"];
    let mut days = q.tokens.iter().map(|t| t.word.as_str()).filter(|w| is_in(crate::matcher::words::TIME_WORDS, w) && !framing.contains(w));
    { places }.all(|p| e.place.as_deref() == Some(d.place[p].id.as_str()) || (!polar && e.place.is_none()))
        && days.all(|w| e.when.as_deref().is_some_and(|x| x.to_lowercase().split_whitespace().any(|y| y == w)))
}

/// Of the events found, those the question's other words fit best ("advisers from which
/// countries did Kyiv's team meet" → the one with advisers); with no such words, or none that
/// fit, all of them; events that name people before those that name only sides, as "who" asks
/// for people, and where a side narrows the one asked about, only those naming its people if
/// any do ("who from the British government met the Ukrainians": its ministers, not "Britain").
fn best_fitting(cx: &Cx<'_>, q: &Question, found: &[usize], known: &[EntityRef], narrowing: &[usize]) -> Vec<usize> {
    let d = &cx.article.data;
    let by_people = |i: usize| narrowing.iter().all(|&s| has_own(cx, &d.event[i], s, known, false));
    let found: Vec<usize> = if found.iter().any(|&i| by_people(i)) { found.iter().copied().filter(|&i| by_people(i)).collect() } else { found.to_vec() };
    let other: Vec<_> = q.topic_terms(known).into_iter().filter(|t| t.entity.is_none() && !is_contact(&t.word)).collect();
    let fit = |i: usize| if other.is_empty() { 0.0 } else { overlap(&other, &cx.index.event_terms[i]).0 };
    let best = found.iter().map(|&i| fit(i)).fold(0.0f32, f32::max);
    let named = |i: usize| d.event[i].who.iter().filter(|w| cx.article.person(w).is_some()).count();
    let mut out: Vec<usize> = found.iter().copied().filter(|&i| fit(i) >= best).collect();
    out.sort_by_key(|&i| std::cmp::Reverse(named(i)));
    out.truncate(MOST);
    out
}

/// "The Brit Rubio rang on Tuesday — who's that?", "the guy the UK's defence chief was sitting
/// down with, what does he do": someone described by their encounter with a person the question
/// names, asked who they are. The one the events have on the other side of such an encounter
/// with the named person (of the side the description gives, if it gives one) is answered as
/// "who is" answers them, with the encounter as the evidence that identifies them.
pub fn partner(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.polar || q.future || !matches!(q.intent, Intent::WhoIs | Intent::WhoSaid) {
        return None;
    }
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let verb_at = encounter_verb(&words)?;
    let at = |m: &crate::matcher::Mention| words.iter().position(|w| Some(*w) == m.words.split(' ').next());
    // The description opens the message: "the", then a word for a person or a side's person.
    let side_at = |i: usize| {
        q.mentions.iter().find_map(|m| match m.entity {
            EntityRef::Side(s) if at(m) == Some(i) => Some(s),
            _ => None,
        })
    };
    if words.first() != Some(&"the") {
        return None;
    }
    let side = side_at(1);
    let person_word = |w: &&str| cx.index.is_person_word(w) || is_in(crate::matcher::words::PERSON_NOUNS, w);
    let noun_at = if side.is_some() && words.get(2).is_some_and(person_word) { 2 } else { 1 };
    if side.is_none() && !words.get(1).is_some_and(person_word) {
        return None;
    }
    // The one named between the description and its verb: "the brit *rubio* rang".
    let named: Vec<usize> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && !m.from_context)
        .filter_map(|m| match (m.entity, at(m)) {
            (EntityRef::Person(p), Some(i)) if noun_at < i && i < verb_at => Some(p),
            _ => None,
        })
        .collect();
    let [p] = named[..] else { return None };
    let kinds: &[&[&str]] = if is_in(MEET_VERBS, words[verb_at]) { &[MEET_VERBS] } else { &[TALK_VERBS, MEET_VERBS] };
    let d = &cx.article.data;
    let side_id = side.map(|s| d.side[s].id.as_str());
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, e) in d.event.iter().enumerate() {
        if !told_as(e, kinds) || !takes_part(cx, e, EntityRef::Person(p)) || !at_that(cx, q, e, false) {
            continue;
        }
        for o in across(cx, e, p) {
            if side_id.is_none_or(|s| d.person[o].side.as_deref() == Some(s)) && !found.iter().any(|x| x.0 == o) {
                found.push((o, i));
            }
        }
    }
    let [(o, ei)] = found[..] else { return None };
    let mut a = Answer::new(q.intent, true, String::new()).with_confidence(0.8);
    a.people = vec![o];
    cite_event(cx, &mut a, ei);
    Some(super::who_is::described(cx, a))
}

/// The people event `e` tells on the other side of its verb of meeting or speaking from person
/// `p`: "Marco Rubio spoke to David Lammy" has Lammy across from Rubio; "David Lammy and John
/// Healey held discussions with …" has no one across from Healey.
fn across(cx: &Cx<'_>, e: &Event, p: usize) -> Vec<usize> {
    let told = lower_words(&e.what);
    let Some(verb) = told.iter().position(|w| is_contact(w)) else { return Vec::new() };
    let Some(mine) = named_at(cx, &told, p) else { return Vec::new() };
    e.who.iter().filter_map(|w| super::person_index(cx, w)).filter(|&x| x != p && named_at(cx, &told, x).is_some_and(|k| (k < verb) != (mine < verb))).collect()
}

/// A text's words, lower-case.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect()
}

/// Where in `told` (an event's words, [`lower_words`]) person `p`'s surname stands.
fn named_at(cx: &Cx<'_>, told: &[String], p: usize) -> Option<usize> {
    let surname = super::surname(&cx.article.data.person[p]);
    told.iter().position(|w| w.eq_ignore_ascii_case(surname))
}

/// Verbs of calling someone: unlike meeting or speaking with, one side makes the call.
const CALLING: &[&str] = &["call", "called", "calls", "phone", "phoned", "phones", "ring", "rang", "rung", "rings"];

/// Whether the question asks whether its first person called its second (`verb`, one of
/// [`CALLING`]) and every event chosen tells the call made the other way.
fn reversed_call(cx: &Cx<'_>, verb: &str, known: &[EntityRef], chosen: &[usize]) -> bool {
    let [EntityRef::Person(caller), EntityRef::Person(called)] = known[..] else { return false };
    if !CALLING.contains(&verb) {
        return false;
    }
    !chosen.is_empty()
        && chosen.iter().all(|&i| {
            let told = lower_words(&cx.article.data.event[i].what);
            let verb = told.iter().position(|w| CALLING.contains(&w.as_str()));
            matches!((named_at(cx, &told, caller), verb, named_at(cx, &told, called)), (Some(a), Some(v), Some(b)) if b < v && v < a)
        })
}
