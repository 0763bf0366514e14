//! Attribution of article sentences: which unnamed sources the article gives for the facts
//! a sentence holds, so an answer quoting it keeps "According to diplomats".

use super::Cx;

/// Below this share of the question's words covered, a sentence does not answer it.
pub const MIN_COVERAGE: f32 = 0.5;

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
