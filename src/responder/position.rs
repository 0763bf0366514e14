//! "Where does Washington stand on NATO?", "What does Russia want?", "What are Svyrydenko's
//! conditions?": the positions of a side or person, on an issue when one is named.

use super::{according, overlap, person_label, without_cues, Answer, Cx};
use crate::kb::Position;
use crate::matcher::{words, EntityRef, Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    // The holder: a possessive name first ("Europe's position"), else the first name.
    let candidates: Vec<_> = q.mentions.iter().filter(|m| !m.qualifier && !matches!(m.entity, EntityRef::Place(_))).collect();
    // "Witkoff's proposals" names what is judged, not who judges it.
    let owns_proposal = |m: &&&crate::matcher::Mention| {
        let last = m.words.split(' ').next_back().unwrap_or("");
        q.tokens.windows(2).any(|w| w[0].word == last && w[0].poss && words::is_in(words::PROPOSAL_WORDS, &w[1].word))
    };
    let holders: Vec<_> = candidates.iter().filter(|m| !owns_proposal(m)).collect();
    let Some(holder) = holders.iter().find(|m| m.poss).or_else(|| holders.first()).copied().or_else(|| candidates.first()) else {
        return every_side(cx, q);
    };
    let (ids, name): (Vec<String>, String) = match holder.entity {
        EntityRef::Side(s) => (vec![d.side[s].id.clone()], d.side[s].name.clone()),
        EntityRef::Person(p) => (vec![d.person[p].id.clone()], d.person[p].name.clone()),
        EntityRef::Place(_) | EntityRef::Credit(_) => return None,
    };
    let held = |p: &Position| ids.contains(&p.holder) || p.via.as_ref().is_some_and(|v| ids.contains(v));
    let own: Vec<usize> = (0..d.position.len()).filter(|&i| held(&d.position[i])).collect();
    if own.is_empty() {
        if let EntityRef::Person(_) = holder.entity {
            // A person without recorded positions: what they said is their position.
            return super::quote::answer(cx, q);
        }
        let mut a = Answer::new(Intent::Position, false, format!("The article gives no position of {name}."));
        a.examples = super::examples(cx, 3);
        return Some(a);
    }
    let topic = without_cues(q.topic_terms(&[holder.entity]), &[words::POSITION_WORDS, words::SAY_WORDS]);
    let scored: Vec<(usize, f32)> = own.iter().map(|&i| (i, overlap(&topic, &cx.index.position_terms[i]).0)).collect();
    let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
    let chosen: Vec<usize> = if topic.is_empty() {
        own.clone()
    } else if best == 0.0 {
        let about: Vec<String> = topic.iter().map(|t| super::term_display(cx, t)).collect();
        let mut a = Answer::new(Intent::Position, false, format!("The article gives no position of {} on {}.", name, about.join(" ")));
        a.examples = super::examples(cx, 3);
        return Some(a);
    } else {
        scored.iter().filter(|x| x.1 >= best * 0.75).map(|x| x.0).collect()
    };

    let issues: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for &i in &chosen {
            let n = cx.article.issue(&d.position[i].issue).map(|x| x.name.clone()).unwrap_or_default();
            if !v.contains(&n) {
                v.push(n);
            }
        }
        v
    };
    let mut a = Answer::new(Intent::Position, true, format!("{} position on {}:", super::upper_first(&super::possessive(&name)), super::join_and(&issues)))
        .with_confidence(if topic.is_empty() { 0.8 } else { 0.9 });
    let mut hedged = false;
    for &i in chosen.iter().take(5) {
        let p = &d.position[i];
        let via = p.via.as_deref().and_then(|v| cx.article.person(v));
        let label = match (&p.attribution, via) {
            (Some(att), _) => Some(format!("{}:", according(att))),
            (None, Some(v)) => Some(format!("{}:", person_label(v))),
            (None, None) => None,
        };
        hedged |= p.attribution.is_some();
        a.cite(label, super::cite(cx, p.p, &p.evidence));
        let source = p.attribution.clone().or_else(|| via.map(|v| v.name.clone())).unwrap_or_else(|| format!("the {} report itself", d.article.outlet));
        if !a.sources.contains(&source) {
            a.sources.push(source);
        }
    }
    if hedged {
        a.lead = format!("{} (as the article reports it, partly from unnamed sources)", a.lead.trim_end_matches(':'));
        a.lead.push(':');
    }
    match holder.entity {
        EntityRef::Side(s) => a.sides = vec![s],
        EntityRef::Person(p) => a.people = vec![p],
        EntityRef::Place(_) | EntityRef::Credit(_) => {}
    }
    Some(a)
}

/// "Where does each side stand on Crimea?": no holder named, so every side's position on the
/// issues the question names; nothing when it names none.
fn every_side(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let mut words: Vec<String> = q
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Place(p) => Some(cx.article.data.place[p].name.clone()),
            _ => None,
        })
        .collect();
    words.extend(without_cues(q.topic_terms(&[]), &[words::POSITION_WORDS, words::SAY_WORDS]).into_iter().map(|t| t.word));
    if words.is_empty() {
        return None;
    }
    Some(super::overview::positions_on(cx, &words.join(" "))).filter(|a| a.answered)
}
