//! "Who represented Britain in the talks?", "who from the British government was actually in
//! the talks?", "name the Brits who held talks with the Ukrainians": the people of a side who
//! took part in a gathering that happened.
//!
//! The answer is read from the events' parties (`who`): the people of the side asked for in the
//! events the question's words describe. Who spoke *of* the talks ("British government
//! officials pointed to the technical talks") did not take part in them, and a gathering the
//! article reports called off had no one at it.

use super::encounters::{at_that, told_as};
use super::events::{called_off, cite_event};
use super::{overlap, person_label, Answer, Cx};
use crate::matcher::words::{self, is_in, MEET_VERBS, SAY_WORDS};
use crate::matcher::{EntityRef, Intent, Question};

/// Words that ask for someone ("*who* represented …", "*name* the Brits who …").
const ASKING: &[&str] = &["who", "whom", "name", "names"];

/// Words after which a side is the one whose people are asked for ("who *from* the British
/// government", "who *represented* Britain", "who spoke *for* the UK").
const ASKED_AFTER: &[&str] = &["from", "represented", "representing", "represent", "represents", "for", "of"];

/// Words of being there that say nothing of which gathering it was.
const TAKING_PART: &[&str] =
    &["represented", "representing", "represent", "represents", "took", "take", "part", "participated", "attended", "involved", "actually", "present"];

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.future || !matches!(q.intent, Intent::WhoSaid | Intent::WhoIs | Intent::ListPeople) || !q.people().is_empty() {
        return None;
    }
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
    // The last asking word: "name the Brits *who* …"; or "*which* French official …", a
    // question word whose phrase is someone of a side, who is then the one asked for.
    let of_side = q.sides_of_people();
    let (asking_at, by_which) = match words.iter().rposition(|w| ASKING.contains(w)) {
        Some(k) => (k, false),
        None => {
            let k = words::question_start(&words);
            let which = matches!(words.get(k), Some(&"which" | &"what"));
            // "*Which person* represents Russia …": a question word whose noun is someone asks
            // as "who" does.
            if which && words.get(k + 1).is_some_and(|w| is_in(words::PERSON_NOUNS, w) || cx.index.is_person_word(w)) {
                (k + 1, false)
            } else {
                ((!of_side.is_empty() && which).then_some(k)?, true)
            }
        }
    };
    // "Who from Britain said …" asks whose words those were; "who from Washington cancelled"
    // asks who called off, which is no taking part.
    if words.iter().any(|w| is_in(SAY_WORDS, w)) || q.tokens.iter().any(|t| words::calls_off(&t.stem)) {
        return None;
    }
    let (mut asked, mut parties) = sides(q, &words, asking_at);
    for &(s, _) in of_side.iter().filter(|_| by_which) {
        parties.retain(|&x| x != EntityRef::Side(s));
        if !asked.contains(&s) {
            asked.push(s);
        }
    }
    if asked.is_empty() {
        return None;
    }
    let d = &cx.article.data;
    let own = |e: &crate::kb::Event| -> Vec<usize> {
        e.who
            .iter()
            .filter_map(|w| super::person_index(cx, w))
            .filter(|&p| d.person[p].side.as_deref().is_some_and(|s| asked.iter().any(|&x| d.side[x].id == s)))
            .collect()
    };
    // The question's own words for the gathering ("the talks"): an event they do not describe
    // is another one.
    let mut except: Vec<EntityRef> = asked.iter().map(|&s| EntityRef::Side(s)).collect();
    except.extend(parties.iter().copied());
    let topic: Vec<_> = q
        .topic_terms(&except)
        .into_iter()
        .filter(|t| matches!(t.entity, None | Some(EntityRef::Place(_))) && !TAKING_PART.contains(&t.word.as_str()))
        .collect();
    if topic.is_empty() {
        return None;
    }
    let fit = |i: usize| overlap(&topic, &cx.index.event_terms[i]).0;
    let found: Vec<usize> = (0..d.event.len())
        .filter(|&i| {
            let e = &d.event[i];
            !called_off(e) && !own(e).is_empty() && parties.iter().all(|&x| takes_part(cx, e, x)) && fit(i) > 0.0
        })
        .collect();
    let best = found.iter().map(|&i| fit(i)).fold(0.0f32, f32::max);
    let chosen: Vec<usize> = found.into_iter().filter(|&i| fit(i) >= best).collect();
    let mut people: Vec<usize> = Vec::new();
    for &i in &chosen {
        for p in own(&d.event[i]) {
            if !people.contains(&p) {
                people.push(p);
            }
        }
    }
    let from = super::join_and(&asked.iter().map(|&s| d.side[s].name.clone()).collect::<Vec<_>>());
    if people.is_empty() {
        // Only a side whose people are asked for outright ("which *French* official", "who
        // *from* France"): "who is pushing *for* EU sanctions to go" asks no one of the EU.
        let outright =
            asked.iter().all(|&s| of_side.iter().any(|o| o.0 == s) || named_after(q, &words, s, &["from", "represent", "represented", "representing"]));
        return unnamed_there(cx, q, &topic, &parties, asked.clone(), &from)
            // At a gathering, "for" the side is on its behalf ("who attended the talks for the
            // Kremlin", "who negotiates for Moscow"): only gatherings are read there.
            .or_else(|| absent_from(cx, q, &topic, &parties, &asked, &from).filter(|_| outright || asked.iter().all(|&s| named_after(q, &words, s, &["for"]))))
            .or_else(|| nobody_of(cx, q, asked, &from).filter(|_| outright));
    }
    let names = super::join_and(&people.iter().map(|&p| person_label(&d.person[p])).collect::<Vec<_>>());
    let mut a = Answer::new(q.intent, true, format!("From {from}: {names}.")).with_confidence(0.8);
    for i in chosen {
        cite_event(cx, &mut a, i);
    }
    a.people = people;
    a.sides = asked;
    Some(a)
}

/// How much of the question's words for the gathering an event must carry for the article's
/// silence on who was there to be the answer.
const DESCRIBED: f32 = 0.5;

/// "Who represented Berlin at the advisers' meeting?": the gathering the question describes
/// has the side among its parties but none of its people by name. That the article names no
/// one is the answer, with what it does say, rather than whoever else it names.
fn unnamed_there(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm], parties: &[EntityRef], asked: Vec<usize>, from: &str) -> Option<Answer> {
    let d = &cx.article.data;
    let (best, chosen) = best_described(cx, topic, parties);
    let there = |i: usize| asked.iter().all(|&s| takes_part(cx, &d.event[i], EntityRef::Side(s)));
    if best < DESCRIBED || !chosen.iter().all(|&i| there(i)) {
        return None;
    }
    let mut a = Answer::new(q.intent, false, format!("The article doesn't name anyone from {from} there. What it says:"));
    for i in chosen {
        cite_event(cx, &mut a, i);
    }
    a.sides = asked;
    Some(a)
}

/// The events that happened with every one of `parties` that the question's words for the
/// gathering describe best, and how much of those words they carry.
fn best_described(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], parties: &[EntityRef]) -> (f32, Vec<usize>) {
    let d = &cx.article.data;
    let fit = |i: usize| overlap(topic, &cx.index.event_terms[i]).1;
    let found: Vec<usize> = (0..d.event.len()).filter(|&i| !called_off(&d.event[i]) && parties.iter().all(|&x| takes_part(cx, &d.event[i], x))).collect();
    let best = found.iter().map(|&i| fit(i)).fold(0.0f32, f32::max);
    (best, found.into_iter().filter(|&i| fit(i) >= best).collect())
}

/// "Who represented Russia at the London meeting?", "which Russian officials took part in the
/// talks?": the gatherings the question describes are told without the side asked for
/// — none of its people, and not it, among their parties. That the article names no one from
/// it there is the answer, with what it says of them, rather than any sentence naming the side.
fn absent_from(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm], parties: &[EntityRef], asked: &[usize], from: &str) -> Option<Answer> {
    let d = &cx.article.data;
    let (best, chosen) = best_described(cx, topic, parties);
    let absent = |i: usize| asked.iter().all(|&s| !takes_part(cx, &d.event[i], EntityRef::Side(s)) && !d.event[i].who.contains(&d.side[s].id));
    // Only gatherings: a paper drafted "for the Europeans" is no one's taking part.
    let gathering = |i: usize| told_as(&d.event[i], &[MEET_VERBS, &["talks", "session", "sessions"]]);
    if best < DESCRIBED || !chosen.iter().all(|&i| absent(i) && gathering(i)) {
        return None;
    }
    let mut a = Answer::new(q.intent, false, format!("The article names no one from {from} there. What it says of it:"));
    for i in chosen {
        cite_event(cx, &mut a, i);
    }
    a.sides = asked.to_vec();
    Some(a)
}

/// "Which French official attended the meeting?" when the article names no one of France at
/// all: that is the answer, with the gatherings it says the side was part of, rather than
/// everyone else who was there.
fn nobody_of(cx: &Cx<'_>, q: &Question, asked: Vec<usize>, from: &str) -> Option<Answer> {
    const SHOWN: usize = 2;
    let d = &cx.article.data;
    let of_asked = |p: &crate::kb::Person| p.side.as_deref().is_some_and(|s| asked.iter().any(|&x| d.side[x].id == s));
    if d.person.iter().any(of_asked) {
        return None;
    }
    let mut a = Answer::new(q.intent, false, format!("The article names no one from {from}. What it says:"));
    let with_them = (0..d.event.len()).filter(|&i| asked.iter().all(|&s| takes_part(cx, &d.event[i], EntityRef::Side(s))));
    for i in with_them.take(SHOWN) {
        cite_event(cx, &mut a, i);
    }
    a.sides = asked;
    Some(a)
}

/// Words that ask whether someone was there at all ("were the French *involved*", "did Germany
/// *take part*", "was Britain *represented*", "was France *part of* the talks").
const BEING_THERE: &[&str] = &["involved", "participated", "participate", "attended", "attend", "present", "represented", "part"];

/// "Were the French involved at all?", "did Germany take part?": whether the one asked about
/// took part in a gathering that happened — yes, with the events that have them (by name or by
/// one of their people), the ones the question's words describe first. Only gatherings count
/// (a call or a war is no one's taking part), where the question puts them, and one called off
/// had no one at it.
pub fn took_part(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.future || !q.polar || q.intent != Intent::YesNo {
        return None;
    }
    let who = super::verdict::subject(q)?;
    if !matches!(who, EntityRef::Person(_) | EntityRef::Side(_)) {
        return None;
    }
    // The being-there word is said of the subject, right after it ("were *the French*
    // *involved*", "did *Germany* *take part*"), not in a clause of its own ("was Number 10
    // upset that Rubio did not *attend*").
    let words: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let m = q.mentions.iter().find(|m| m.entity == who && !m.from_context)?;
    let first = m.words.split(' ').next()?;
    let end = words.iter().position(|w| *w == first)? + m.words.split(' ').count();
    let after = &words[end.min(words.len())..(end + 3).min(words.len())];
    let asks = after.iter().enumerate().any(|(i, w)| {
        BEING_THERE.contains(w) && (*w != "part" || i > 0 && matches!(after[i - 1], "take" | "took" | "taken" | "taking") || after.get(i + 1) == Some(&"of"))
    });
    if !asks {
        return None;
    }
    let d = &cx.article.data;
    // The question's words for the gathering ("the talks in London"), without the being-there words.
    let topic: Vec<_> = q
        .topic_terms(&[who])
        .into_iter()
        .filter(|t| t.entity.is_none() && !TAKING_PART.contains(&t.word.as_str()) && !BEING_THERE.contains(&t.word.as_str()))
        .collect();
    let fit = |i: usize| if topic.is_empty() { 0.0 } else { overlap(&topic, &cx.index.event_terms[i]).0 };
    // Gatherings: events told as a meeting, talks or a session, where the question puts them.
    let gathering: &[&[&str]] = &[MEET_VERBS, &["talks", "session", "sessions"]];
    let mut found: Vec<usize> = (0..d.event.len())
        .filter(|&i| {
            let e = &d.event[i];
            !called_off(e) && told_as(e, gathering) && takes_part(cx, e, who) && at_that(cx, q, e, true)
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    found.sort_by(|&a, &b| fit(b).total_cmp(&fit(a)));
    found.truncate(2);
    let told: Vec<String> = found.iter().map(|&i| format!("{}{}.", super::upper_first(&d.event[i].what), super::events::time_of(&d.event[i]))).collect();
    let mut a = Answer::new(q.intent, true, format!("Yes. {}", told.join(" "))).with_confidence(0.8);
    for i in found {
        cite_event(cx, &mut a, i);
    }
    match who {
        EntityRef::Person(p) => a.people.push(p),
        EntityRef::Side(s) => a.sides.push(s),
        _ => {}
    }
    Some(a)
}

/// The sides whose people are asked for — after "from", "represented" or "for", or before the
/// asking word ("the Brits who …") — and the other parties named, who must take part too ("held
/// talks with *the Ukrainians*").
fn sides(q: &Question, words: &[&str], asking_at: usize) -> (Vec<usize>, Vec<EntityRef>) {
    let (mut asked, mut parties) = (Vec::new(), Vec::new());
    for m in q.mentions.iter().filter(|m| !m.from_context) {
        let first = m.words.split(' ').next().unwrap_or("");
        let at = words.iter().position(|w| *w == first);
        match (m.entity, at) {
            (EntityRef::Side(s), Some(at)) if at < asking_at || at > 0 && ASKED_AFTER.contains(&words[at - 1]) => asked.push(s),
            (EntityRef::Side(_) | EntityRef::Person(_), _) if !m.qualifier => parties.push(m.entity),
            _ => {}
        }
    }
    asked.dedup();
    (asked, parties)
}

/// Whether side `s` is named right after one of `before` ("who *from* France").
fn named_after(q: &Question, words: &[&str], s: usize, before: &[&str]) -> bool {
    q.mentions.iter().filter(|m| m.entity == EntityRef::Side(s)).any(|m| {
        let first = m.words.split(' ').next().unwrap_or("");
        words.windows(2).any(|p| before.contains(&p[0]) && p[1] == first)
    })
}

/// A party takes part by itself or by one of its people.
fn takes_part(cx: &Cx<'_>, e: &crate::kb::Event, x: EntityRef) -> bool {
    match x {
        EntityRef::Person(p) => e.who.contains(&cx.article.data.person[p].id),
        EntityRef::Side(s) => super::events::has_people_of(cx, &[(s, false)], e),
        _ => false,
    }
}
