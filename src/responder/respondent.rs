//! "How did the Kremlin respond to the ultimatum?", "did Moscow accept it?", "what's Russia's
//! view on the swaps?": a question about someone's answer to something is answered only by
//! their own words, stands, reactions or deeds. Someone else's words on the same subject are
//! not their answer: the reply says the article reports none, and shows what was found.

use super::{Answer, Cx};
use crate::matcher::{EntityRef, Intent, Question};

/// `a` when it is the respondent's own answer; else their own stand, asked for directly; else
/// a decline that keeps `a` as context. A reason ("why did Kyiv reject it") is anyone's to give.
/// Asked how they took something ("did Kyiv go along with it?"), their own stand answers even
/// when the first reading found nothing.
pub fn held_to(cx: &Cx<'_>, q: &Question, a: Answer) -> Answer {
    let Some(who) = q.respondent.filter(|_| (a.answered || q.reacting) && q.link.is_none()) else { return a };
    if a.answered && answered_by(cx, who, &a) {
        return a;
    }
    let theirs = super::position::answer(cx, &as_theirs(q, who)).filter(|t| t.answered && answered_by(cx, who, t));
    match theirs {
        Some(t) => t,
        None if !a.answered => a,
        None => super::decline::no_answer_from(cx, a, &super::entity_name(cx, who)),
    }
}

/// Whether `a` stands on something `who` said, holds or did (a side counts its member countries
/// and its people; a person counts those who speak for them).
pub fn answered_by(cx: &Cx<'_>, who: EntityRef, a: &Answer) -> bool {
    let ids = ids_of(cx, who);
    let has = |id: &Option<String>| id.as_ref().is_some_and(|x| ids.contains(x));
    let d = &cx.article.data;
    let mut spans: Vec<(usize, &str)> = Vec::new();
    spans.extend(d.statement.iter().filter(|s| has(&s.speaker)).map(|s| (s.p, s.evidence.as_str())));
    spans.extend(d.position.iter().filter(|x| ids.contains(&x.holder) || has(&x.via)).map(|x| (x.p, x.evidence.as_str())));
    for pr in &d.proposal {
        if has(&pr.by) || ids.contains(&pr.side) {
            spans.push((pr.p, pr.evidence.as_str()));
        }
        spans.extend(pr.reactions.iter().filter(|r| has(&r.by)).map(|r| (r.p, r.text.as_str())));
    }
    // An event is the deed of the first of those in it ("Rubio spoke to Lammy" is not Lammy's
    // reply).
    let deeds: Vec<(usize, &str)> = d.event.iter().filter(|e| e.who.first().is_some_and(|w| ids.contains(w))).map(|e| (e.p, e.evidence.as_str())).collect();
    // The first evidence is what the answer stands on; the rest is context.
    a.evidence.first().is_some_and(|e| {
        let c = &e.citation;
        let within = |&(p, words): &(usize, &str)| c.paragraph == Some(p) && (c.text.contains(words) || words.contains(c.text.as_str()));
        // A deed named in a modifier of someone else's words ("… the fighting triggered by
        // Russia's full-scale 2022 invasion" closing the spokesperson's sentence) is not what
        // the sentence tells: a deed counts when it is most of what is cited.
        let most = |&(_, words): &(usize, &str)| 2 * words.len() >= c.text.len();
        spans.iter().any(within) || deeds.iter().any(|x| within(x) && most(x))
    })
}

/// The question asked of `who` alone as the one holding a stand: their own facts, when the
/// first reading found someone else's ("did Ukraine accept the U.S. plan" is answered by
/// Kyiv's rejection, not by what the plan asks of Ukraine).
fn as_theirs(q: &Question, who: EntityRef) -> Question {
    let mut r = q.clone();
    r.respondent = None;
    r.intent = Intent::Position;
    let at = r.mentions.iter().position(|m| m.entity == who);
    if let Some(mut m) = at.map(|k| r.mentions.remove(k)) {
        // A possessor is the holder a stand question takes first.
        m.poss = true;
        r.mentions.insert(0, m);
    }
    r
}

/// The ids whose facts are `who`'s.
pub(super) fn ids_of(cx: &Cx<'_>, who: EntityRef) -> Vec<String> {
    let d = &cx.article.data;
    match who {
        EntityRef::Side(s) => {
            let side = &d.side[s].id;
            let mut ids: Vec<String> = d.side.iter().filter(|x| &x.id == side || x.group.as_ref() == Some(side)).map(|x| x.id.clone()).collect();
            let people: Vec<String> = d.person.iter().filter(|p| p.side.as_ref().is_some_and(|x| ids.contains(x))).map(|p| p.id.clone()).collect();
            ids.extend(people);
            ids
        }
        EntityRef::Person(p) => {
            let id = &d.person[p].id;
            let mut ids = vec![id.clone()];
            ids.extend(d.person.iter().filter(|x| x.of.as_ref() == Some(id)).map(|x| x.id.clone()));
            ids
        }
        EntityRef::Place(_) | EntityRef::Credit(_) => Vec::new(),
    }
}
