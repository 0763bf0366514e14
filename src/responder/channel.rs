//! Where someone's words went out: "where did Yermak post his message?", "which app did he
//! use?". The answer is the channel the data records for the person's statements ("wrote on
//! the Telegram messenger"), not the words themselves.

use super::{Answer, Cx};
use crate::kb::Statement;
use crate::matcher::words::{self, is_in};
use crate::matcher::{Intent, Question};

/// How near in meaning a thing asked for must be to one of the article's channels to be asked
/// as a channel: "app" is 0.30 from "the Telegram messenger", "social network" 0.34, "platform"
/// 0.20; "hotel", "part", "plan" are 0.16 or less.
const CHANNEL_LIKENESS: f32 = 0.18;

/// Answers a question that asks where (or on what, "which app …") one named person's words
/// were published, when the article gives them a channel.
pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let people = asked(cx, q).map(|p| vec![p]).or_else(|| asked_of_many(cx, q))?;
    let d = &cx.article.data;
    let mut leads = Vec::new();
    let mut a = Answer::new(q.intent, true, String::new()).with_confidence(0.8);
    for &p in &people {
        let own: Vec<&Statement> = own_channels(cx, p).collect();
        let mut mediums: Vec<String> = own.iter().map(|st| st.medium.clone()).collect();
        mediums.dedup();
        leads.push(format!("{} {}", d.person[p].name, super::join_and(&mediums)));
        for st in own {
            let sentence = cx.article.sentences.iter().find(|s| s.p == st.p && s.text(cx.article).contains(st.medium.as_str())).map(|s| s.text(cx.article));
            a.cite(None, super::cite(cx, st.p, sentence.unwrap_or(st.own_words())));
        }
    }
    a.lead = format!("{}.", super::join_and(&leads));
    a.people = people;
    Some(a)
}

/// Whether `q` asks where someone's words went out, of one person named or of many.
pub fn asks(cx: &Cx<'_>, q: &Question) -> bool {
    asked(cx, q).is_some() || asked_of_many(cx, q).is_some()
}

/// "Which apps did Kyiv's officials use?", "which social media did officials post on?": no one
/// named, a verb of posting or using, and a thing asked for near in meaning to the article's
/// channels. Everyone of the side named (or everyone, with none named) whose words the article
/// gives a channel.
fn asked_of_many(cx: &Cx<'_>, q: &Question) -> Option<Vec<usize>> {
    let d = &cx.article.data;
    if q.polar || !q.people().is_empty() || q.sides().len() > 1 {
        return None;
    }
    let thing = q.asked_thing.as_deref()?;
    let posted = q.tokens.iter().any(|t| (is_in(words::SAY_WORDS, &t.word) || t.stem == "use") && t.word != thing);
    if !posted || !near_a_channel(cx, thing) {
        return None;
    }
    let side = q.sides().first().map(|&s| d.side[s].id.clone());
    let people: Vec<usize> = (0..d.person.len())
        .filter(|&p| side.as_deref().is_none_or(|s| d.person[p].side.as_deref() == Some(s)) && own_channels(cx, p).next().is_some())
        .collect();
    (!people.is_empty()).then_some(people)
}

/// Whether `thing` is near in meaning to a channel of the article's (see [`CHANNEL_LIKENESS`]).
fn near_a_channel(cx: &Cx<'_>, thing: &str) -> bool {
    let m = crate::matcher::embed::Model::shipped();
    let asked = m.embed(thing);
    cx.article.data.statement.iter().filter(|st| has_channel(st)).any(|st| crate::matcher::embed::cos(&asked, &m.embed(&st.medium)) >= CHANNEL_LIKENESS)
}

/// The person whose channel `q` asks for: one person named, a verb of posting or using, and
/// either "where" or a thing asked for that is near in meaning to a channel of the article's —
/// not one their words speak of ("which part of the plan did she write about").
pub fn asked(cx: &Cx<'_>, q: &Question) -> Option<usize> {
    let &[p] = q.people().as_slice() else { return None };
    // The verb is not the thing asked: "which post does she hold" asks a job.
    let thing_words: Vec<&str> = q.asked_thing.as_deref().map_or_else(Vec::new, |t| t.split(' ').collect());
    // "On which app?" right after their words asks where those went out.
    let after_words = q.follow_up && matches!(cx.ctx.intent, Some(Intent::Quote | Intent::WhoSaid));
    let posted = after_words || q.tokens.iter().any(|t| (is_in(words::SAY_WORDS, &t.word) || t.stem == "use") && !thing_words.contains(&t.word.as_str()));
    if q.polar || !posted || own_channels(cx, p).next().is_none() {
        return None;
    }
    let Some(thing) = q.asked_thing.as_deref() else { return (q.intent == Intent::Where).then_some(p) };
    let near = near_a_channel(cx, thing);
    let spoken_of = own_channels(cx, p).any(|st| st.evidence.to_lowercase().contains(&thing.to_lowercase()));
    (near && !spoken_of).then_some(p)
}

fn own_channels<'c>(cx: &'c Cx<'_>, p: usize) -> impl Iterator<Item = &'c Statement> + 'c {
    let id = cx.article.data.person[p].id.as_str();
    cx.article.data.statement.iter().filter(move |st| st.speaker.as_deref() == Some(id) && has_channel(st))
}

/// Whether a statement's medium names a channel: words after "on" ("wrote on X"), not a
/// plain verb of saying ("said").
fn has_channel(st: &Statement) -> bool {
    st.medium.split_whitespace().any(|w| w == "on")
}
