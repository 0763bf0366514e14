//! Which articles a question can be about, without reading it against every article.
//!
//! Names are what tell articles apart, so the router keeps an inverted index from every name
//! word to the articles that use it (typos found by length and first letter), and, for
//! questions that name nobody, from topic stems to articles weighted by rarity. Only the best
//! few candidates, plus the article the conversation is in, go through the full matcher.

use std::collections::HashMap;

use crate::matcher::normalise::normalise;
use crate::matcher::tokens::tokenize;
use crate::matcher::{words, Index};

pub struct Router {
    n: usize,
    names: HashMap<String, Vec<u32>>,
    /// Name words (and their articles) for typo lookups.
    name_list: Vec<(String, u32)>,
    /// A deletion index: the hash of each name word with at most one letter deleted, to the
    /// name words it comes from. A typo one edit away shares such a key with the name, so a
    /// lookup costs a dozen hash probes whatever the number of articles.
    fuzzy: HashMap<u64, Vec<u32>>,
    stems: HashMap<u32, Vec<u32>>,
}

impl Router {
    pub fn build(indexes: &[Index]) -> Router {
        let mut names: HashMap<String, Vec<u32>> = HashMap::new();
        let mut fuzzy: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut name_list: Vec<(String, u32)> = Vec::new();
        let mut stems: HashMap<u32, Vec<u32>> = HashMap::new();
        if indexes.len() > 1 {
            for (i, ix) in indexes.iter().enumerate() {
                let i = i as u32;
                for a in &ix.aliases {
                    for w in &a.words {
                        if words::is_stopword(w) {
                            continue;
                        }
                        let e = names.entry(w.clone()).or_default();
                        if e.last() != Some(&i) {
                            e.push(i);
                            if w.chars().count() >= 4 {
                                let id = name_list.len() as u32;
                                name_list.push((w.clone(), i));
                                for key in deletions(w) {
                                    fuzzy.entry(key).or_default().push(id);
                                }
                            }
                        }
                    }
                }
                for &s in ix.df.keys() {
                    stems.entry(s).or_default().push(i);
                }
            }
        }
        Router { n: indexes.len(), names, name_list, fuzzy, stems }
    }

    /// Up to `k` article indices, best first, with the conversation's article always included.
    pub fn candidates(&self, message: &str, current: Option<usize>, k: usize) -> Vec<usize> {
        if self.n <= k {
            return (0..self.n).collect();
        }
        let toks = tokenize(&normalise(message).text);
        let mut score: HashMap<u32, f32> = HashMap::new();
        for t in &toks {
            if let Some(list) = self.names.get(&t.word) {
                // A name shared by every article says nothing about which one.
                if list.len() < self.n {
                    let w = 10.0 * (self.n as f32 / list.len() as f32).ln();
                    for &a in list {
                        *score.entry(a).or_default() += w;
                    }
                }
                continue;
            }
            let n = t.word.chars().count();
            if n >= 5 && !words::is_stopword(&t.word) && !self.stems.contains_key(&crate::matcher::intern::get(&t.stem)) {
                let mut seen: Vec<u32> = Vec::new();
                for key in deletions(&t.word) {
                    for &id in self.fuzzy.get(&key).into_iter().flatten() {
                        if seen.contains(&id) {
                            continue;
                        }
                        seen.push(id);
                        let (name, a) = &self.name_list[id as usize];
                        if strsim::osa_distance(&t.word, name) <= 1 {
                            *score.entry(*a).or_default() += 5.0;
                        }
                    }
                }
            }
        }
        if score.is_empty() {
            for t in &toks {
                if words::is_stopword(&t.word) {
                    continue;
                }
                if let Some(list) = self.stems.get(&crate::matcher::intern::get(&t.stem)) {
                    if list.len() < self.n {
                        let idf = (self.n as f32 / list.len() as f32).ln();
                        for &a in list {
                            *score.entry(a).or_default() += idf;
                        }
                    }
                }
            }
        }
        let mut ranked: Vec<(u32, f32)> = score.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out: Vec<usize> = Vec::with_capacity(k + 1);
        if let Some(c) = current.filter(|&c| c < self.n) {
            out.push(c);
        }
        // Close runners-up only: an article named outright needs no company.
        let top = ranked.first().map(|x| x.1).unwrap_or(0.0);
        for (a, sc) in ranked {
            if out.len() >= k || sc < top * 0.8 {
                break;
            }
            if !out.contains(&(a as usize)) {
                out.push(a as usize);
            }
        }
        if out.is_empty() {
            out.push(0);
        }
        out
    }
}

/// Hashes of `w` and of `w` with each one letter deleted.
fn deletions(w: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let chars: Vec<char> = w.chars().collect();
    let hash = |s: &mut dyn Iterator<Item = char>| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for c in s {
            c.hash(&mut h);
        }
        h.finish()
    };
    let mut out = vec![hash(&mut chars.iter().copied())];
    for skip in 0..chars.len() {
        out.push(hash(&mut chars.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| *c)));
    }
    out
}
