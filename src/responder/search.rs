//! Ranked retrieval as an answer: the sentence that best covers the question, with its
//! attribution, or nothing when no sentence covers enough of it.

use super::{according, Answer, Cx};
use crate::matcher::{retrieval, EntityRef, Intent, Question};

/// Below this share of the question's words covered, a sentence is not an answer.
pub const MIN_COVERAGE: f32 = 0.5;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.future {
        return None;
    }
    let terms = q.topic_terms(&[]);
    let hits = retrieval::rank(cx.index, &terms, 3);
    let best = *hits.first()?;
    // Names alone are enough only when the question is nothing but names, all found.
    let only_names = terms.iter().all(|t| t.entity.is_some());
    // Two words need both: "who won the war" shares only "war" with the article.
    let needed = if terms.len() == 2 { 0.9 } else { MIN_COVERAGE };
    if !(best.topical || (only_names && best.coverage >= 0.99)) || best.coverage < needed {
        return None;
    }
    // A question about someone needs a sentence about them.
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !m.qualifier).map(|m| m.entity).collect();
    let sent_entities = &cx.index.sentences[best.sentence].entities;
    if !named.is_empty() && !named.iter().any(|e| sent_entities.contains(e)) && best.coverage < 0.75 {
        return None;
    }
    let lead = match q.intent {
        Intent::YesNo => "Here is what the article says:",
        Intent::WhyHow => "The article explains:",
        _ => "From the article:",
    };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(best.coverage);
    let mut chosen = vec![best];
    // A recorded event that covers the question at least as well as any sentence is the
    // better answer: its keywords say what it is about.
    if let Some((ei, cov)) = best_event(cx, &terms) {
        let e = &cx.article.data.event[ei];
        if cov >= best.coverage {
            if let Some(si) = cx.article.sentences.iter().position(|s| s.p == e.p && s.text(cx.article).contains(&e.evidence)) {
                chosen = vec![retrieval::Hit { sentence: si, score: best.score, coverage: cov, topical: true }];
                a.confidence = cov;
            }
        }
    }
    if matches!(q.intent, Intent::WhyHow) {
        if let Some(second) = hits.get(1) {
            if second.score >= best.score * 0.8 && second.topical {
                chosen.push(*second);
            }
        }
    }
    // A short sentence ("Beyond Crimea, other major sticking points remain.") leads into
    // the next ones; bring them along from the same paragraph.
    if let [only] = chosen[..] {
        let s = &cx.article.sentences[only.sentence];
        if s.text(cx.article).len() < 90 {
            for next in only.sentence + 1..(only.sentence + 3).min(cx.article.sentences.len()) {
                if cx.article.sentences[next].p == s.p {
                    chosen.push(retrieval::Hit { sentence: next, ..only });
                }
            }
        }
    }
    for h in chosen {
        let s = &cx.article.sentences[h.sentence];
        let hedges = attributions(cx, s.p, s.text(cx.article));
        let label = hedges.first().map(|h| format!("{}:", according(h)));
        a.cite(label, super::cite(cx, s.p, s.text(cx.article)));
        a.sources.extend(hedges);
        for e in &cx.index.sentences[h.sentence].entities {
            match e {
                EntityRef::Person(p) if !a.people.contains(p) => a.people.push(*p),
                EntityRef::Side(x) if !a.sides.contains(x) => a.sides.push(*x),
                _ => {}
            }
        }
    }
    if a.sources.is_empty() {
        a.sources.push(format!("the {} report itself", cx.article.data.article.outlet));
    }
    // People the question named come first in the follow-up context.
    let mut people = q.people();
    people.extend(a.people.iter().copied().filter(|p| !q.people().contains(p)));
    a.people = people;
    Some(a)
}

fn best_event(cx: &Cx<'_>, terms: &[crate::matcher::QTerm]) -> Option<(usize, f32)> {
    let mut best: Option<(usize, f32, f32)> = None;
    for i in 0..cx.article.data.event.len() {
        let t = &cx.index.event_terms[i];
        if !terms.iter().any(|q| q.entity.is_none() && q.score(t) > 0.0) {
            continue;
        }
        // Every person the question names must take part.
        if terms.iter().any(|q| matches!(q.entity, Some(crate::matcher::EntityRef::Person(_))) && q.score(t) == 0.0) {
            continue;
        }
        let (score, cov) = super::overlap(terms, t);
        if best.is_none_or(|(_, bs, bc)| cov > bc || (cov == bc && score > bs)) {
            best = Some((i, score, cov));
        }
    }
    best.map(|(i, _, c)| (i, c))
}

/// The unnamed sources the article gives for facts in this sentence.
pub fn attributions(cx: &Cx<'_>, p: usize, sentence: &str) -> Vec<String> {
    let d = &cx.article.data;
    let overlaps = |evidence: &str| sentence.contains(evidence) || evidence.contains(sentence) || shares_span(sentence, evidence);
    let mut out: Vec<String> = Vec::new();
    let mut add = |x: &str| {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(x)) {
            out.push(x.to_string());
        }
    };
    for s in d.statement.iter().filter(|s| s.p == p && overlaps(&s.evidence)) {
        if let Some(a) = s.attribution.as_deref().or(s.source.as_deref()) {
            add(a);
        }
    }
    for x in d.position.iter().filter(|x| x.p == p && overlaps(&x.evidence)) {
        if let Some(a) = &x.attribution {
            add(a);
        }
    }
    for e in d.event.iter().filter(|x| x.p == p && overlaps(&x.evidence)) {
        if let Some(a) = &e.attribution {
            add(a);
        }
    }
    for pr in &d.proposal {
        for it in pr.items.iter().filter(|i| i.p == p && overlaps(&i.text)) {
            if let Some(a) = &it.attribution {
                add(a);
            }
        }
    }
    out
}

/// Whether two texts share a run of at least 40 bytes (checked at char boundaries of `b`).
fn shares_span(a: &str, b: &str) -> bool {
    const RUN: usize = 40;
    if b.len() < RUN {
        return false;
    }
    let mut i = 0;
    while i + RUN <= b.len() {
        if b.is_char_boundary(i) && b.is_char_boundary(i + RUN) && a.contains(&b[i..i + RUN]) {
            return true;
        }
        i += 20;
    }
    false
}
