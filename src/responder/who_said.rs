//! "Who said ...?", "Which official called ...?", "Who is against ...?", and "Who says so?".
//!
//! The question's words are matched against what was said (statements first, then stated
//! positions); the answer names the speaker as the article does, unnamed sources included.

use super::quote::{source_of, statement_label};
use super::{overlap, without_cues, Answer, Cx};
use crate::matcher::{words, EntityRef, Intent, Question};

/// Nouns for a person that a side adjective can narrow: "which Ukrainian official".
const PERSON_NOUNS: &[&str] = &["official", "officials", "minister", "leader", "diplomat", "person", "politician", "figure", "representative", "spokesperson", "envoy"];

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    // A side right before a person noun narrows the speaker instead of being a topic.
    let mut speaker_side: Option<EntityRef> = None;
    for (i, t) in q.tokens.iter().enumerate() {
        if words::is_in(PERSON_NOUNS, &t.word) && i > 0 {
            let prev = &q.tokens[i - 1].word;
            if let Some(m) = q.mentions.iter().find(|m| matches!(m.entity, EntityRef::Side(_)) && m.words.split(' ').next_back() == Some(prev.as_str())) {
                speaker_side = Some(m.entity);
            }
        }
    }
    let except: Vec<EntityRef> = speaker_side.into_iter().collect();
    let topic = without_cues(q.topic_terms(&except), &[words::SAY_WORDS]);
    if topic.is_empty() {
        return None;
    }
    let side_ok = |speaker: Option<&str>| -> bool {
        let Some(EntityRef::Side(s)) = speaker_side else { return true };
        let sid = d.side[s].id.as_str();
        match speaker {
            Some(id) => id == sid || cx.article.person(id).and_then(|p| p.side.as_deref()) == Some(sid),
            None => false,
        }
    };
    // Statements, best first; named speakers before unnamed sources on a tie.
    let mut best: Option<(f32, f32, usize)> = None;
    for (i, s) in d.statement.iter().enumerate() {
        if !side_ok(s.speaker.as_deref()) {
            continue;
        }
        let (score, cov) = overlap(&topic, &cx.index.statement_terms[i]);
        let score = score + if s.speaker.is_some() { 0.01 } else { 0.0 };
        if cov > 0.0 && best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, cov, i));
        }
    }
    let (_, cov, si) = best?;
    if cov < 0.5 {
        return None;
    }
    let s = &d.statement[si];
    let label = statement_label(cx, s);
    let mut a = Answer::new(Intent::WhoSaid, true, label).with_confidence(cov);
    a.cite(None, super::cite(cx, s.p, &s.evidence));
    a.sources.push(source_of(cx, s));
    if let Some(sp) = &s.speaker {
        if let Some(p) = super::person_index(cx, sp) {
            a.people.push(p);
        } else if let Some(x) = super::side_index(cx, sp) {
            a.sides.push(x);
        }
    }
    Some(a)
}

/// "Who says so?": the sources of the previous answer, its evidence cited again.
pub fn source_of_last(cx: &Cx<'_>, q: &Question) -> Answer {
    if cx.ctx.sources.is_empty() || cx.ctx.evidence.is_empty() {
        return super::decline::not_found(cx, q);
    }
    let who: Vec<String> = cx.ctx.sources.iter().map(|s| super::lower_common(s)).fold(Vec::new(), |mut v, s| {
        if !v.contains(&s) {
            v.push(s);
        }
        v
    });
    let mut a = Answer::new(Intent::SourceOfLast, true, format!("The article attributes that to {}.", super::join_and(&who)));
    for (p, text) in &cx.ctx.evidence {
        a.cite(None, super::cite(cx, *p, text));
    }
    a.sources = cx.ctx.sources.clone();
    a.people = cx.ctx.people.clone();
    a.sides = cx.ctx.sides.clone();
    a
}
