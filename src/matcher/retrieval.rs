//! Ranked retrieval over the article's sentences (BM25 on stems, synonyms at a discount,
//! named entities as terms), for questions no fact answers directly.
//!
//! The score decides the order; the *coverage* (how many of the question's topic words a
//! sentence holds) decides whether it is an answer at all. A sentence that shares one word
//! with a long question is a loosely related paragraph, and Parley declines instead.

use super::{Index, QTerm};

const K1: f32 = 1.2;
const B: f32 = 0.75;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub sentence: usize,
    pub score: f32,
    /// Share of the question's terms found in the sentence, 0..=1.
    pub coverage: f32,
    /// Whether any term that is not a name matched.
    pub topical: bool,
}

/// Sentences ranked best first (at most `k`).
pub fn rank(index: &Index, terms: &[QTerm], k: usize) -> Vec<Hit> {
    if terms.is_empty() {
        return Vec::new();
    }
    let n = index.sentences.len() as f32;
    let mut hits: Vec<Hit> = Vec::new();
    for (si, s) in index.sentences.iter().enumerate() {
        let mut score = 0.0;
        let mut covered = 0.0;
        let mut topical = false;
        for t in terms {
            let m = t.score(s);
            if m == 0.0 {
                continue;
            }
            covered += m.min(1.0);
            if t.entity.is_none() {
                topical = true;
            }
            // The matched form's sentence frequency, entity terms by their stem.
            let sym = t.matched(s).map(|k| t.syms[k]).unwrap_or(t.syms[0]);
            let df = index.df(sym).unwrap_or(1) as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            let tf = s.tf(sym).max(1) as f32;
            let norm = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * s.len as f32 / index.avg_len));
            let weight = if t.entity.is_some() { 1.2 } else { 1.0 };
            score += m * idf * norm * weight;
        }
        if score > 0.0 {
            // Coverage weighs in: a sentence holding most of the question beats one that
            // repeats a single rare word.
            let coverage = covered / terms.len() as f32;
            hits.push(Hit { sentence: si, score: score * (0.5 + coverage), coverage, topical });
        }
    }
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.sentence.cmp(&b.sentence)));
    hits.truncate(k);
    hits
}
