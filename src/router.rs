//! Which articles a question can be about, without reading it against every article.
//!
//! Names are what tell articles apart, so the router keeps an inverted index from every name
//! word to the articles that use it (typos found by length and first letter), and, for
//! questions that name nobody, from topic stems to articles weighted by rarity. Only the best
//! few candidates, plus the article the conversation is in, go through the full matcher.

use rustc_hash::{FxHashMap, FxHasher};

use crate::matcher::index::{edit_within, filed};
use crate::matcher::normalise::normalise;
use crate::matcher::tokens::tokenize;
use crate::matcher::{intern, words, Index};

pub struct Router {
    n: usize,
    /// (interned name word, article), sorted: the articles naming each word. Flat sorted
    /// arrays rather than hash tables of lists: most names belong to one article, and a list
    /// each cost more than the entry.
    names: Vec<(u32, u32)>,
    /// Name words of four letters or more (interned) and their articles, for typo lookups.
    name_list: Vec<(u32, u32)>,
    /// A deletion index: a hash of each name word with at most one letter deleted, paired
    /// with the `name_list` entry it comes from, sorted by hash. A typo one edit away shares
    /// such a key with the name, so a lookup costs a dozen binary searches whatever the
    /// number of articles (a shared key is checked with the edit distance).
    fuzzy: Vec<(u32, u32)>,
    stems: FxHashMap<u32, Vec<u32>>,
}

impl Router {
    pub fn build(indexes: &[Index]) -> Router {
        let mut names: Vec<(u32, u32)> = Vec::new();
        let mut fuzzy: Vec<(u32, u32)> = Vec::new();
        let mut name_list: Vec<(u32, u32)> = Vec::new();
        let mut stems: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        if indexes.len() > 1 {
            for (i, ix) in indexes.iter().enumerate() {
                let i = i as u32;
                let mut mine: Vec<u32> = ix.aliases.iter().flat_map(|a| a.words.iter().copied()).filter(|&w| !words::is_stopword(intern::resolve(w))).collect();
                mine.sort_unstable();
                mine.dedup();
                for w in mine {
                    names.push((w, i));
                    let text = intern::resolve(w);
                    if text.chars().count() >= 4 {
                        let id = name_list.len() as u32;
                        name_list.push((w, i));
                        fuzzy.extend(deletions(text).into_iter().map(|key| (key, id)));
                    }
                }
                for s in ix.stems() {
                    stems.entry(s).or_default().push(i);
                }
            }
        }
        // Both were filled in article order, so a stable sort by key alone leaves each key's
        // entries in article order: the same as sorting the pairs, in linear time.
        radix_sort_by_key(&mut names);
        radix_sort_by_key(&mut fuzzy);
        for v in [&mut names, &mut name_list, &mut fuzzy] {
            v.shrink_to_fit();
        }
        stems.values_mut().for_each(|v| v.shrink_to_fit());
        Router { n: indexes.len(), names, name_list, fuzzy, stems }
    }

    /// The articles that use the name word `w`, or nothing.
    fn named(&self, w: &str) -> &[(u32, u32)] {
        filed(&self.names, intern::get(w))
    }

    /// Up to `k` article indices, best first, with the conversation's article always included.
    pub fn candidates(&self, message: &str, current: Option<usize>, k: usize) -> Vec<usize> {
        if self.n <= k {
            return (0..self.n).collect();
        }
        let toks = tokenize(&normalise(message).text);
        let mut score: FxHashMap<u32, f32> = FxHashMap::default();
        for t in &toks {
            let list = self.named(&t.word);
            if !list.is_empty() {
                // A name shared by every article says nothing about which one.
                if list.len() < self.n {
                    let w = 10.0 * (self.n as f32 / list.len() as f32).ln();
                    for &(_, a) in list {
                        *score.entry(a).or_default() += w;
                    }
                }
                continue;
            }
            let n = t.word.chars().count();
            if n >= 5 && !words::is_stopword(&t.word) && !self.stems.contains_key(&intern::get(&t.stem)) {
                let mut seen: Vec<u32> = Vec::new();
                for key in deletions(&t.word) {
                    for &(_, id) in filed(&self.fuzzy, key) {
                        if seen.contains(&id) {
                            continue;
                        }
                        seen.push(id);
                        let (name, a) = &self.name_list[id as usize];
                        if edit_within(&t.word, intern::resolve(*name), 1).is_some() {
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
                if let Some(list) = self.stems.get(&intern::get(&t.stem)) {
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

/// Sorts `(key, value)` pairs by key, stably: two passes of 16 bits. The router sorts a few
/// hundred thousand pairs at load, where a comparison sort was a tenth of the load's
/// single-threaded time.
fn radix_sort_by_key(v: &mut Vec<(u32, u32)>) {
    let mut buf: Vec<(u32, u32)> = vec![(0, 0); v.len()];
    for shift in [0u32, 16] {
        let mut counts = vec![0usize; 1 << 16];
        for x in v.iter() {
            counts[((x.0 >> shift) & 0xffff) as usize] += 1;
        }
        let mut at = 0;
        for c in counts.iter_mut() {
            let n = *c;
            *c = at;
            at += n;
        }
        for x in v.iter() {
            let d = &mut counts[((x.0 >> shift) & 0xffff) as usize];
            buf[*d] = *x;
            *d += 1;
        }
        std::mem::swap(v, &mut buf);
    }
}

/// Hashes of `w` and of `w` with each one letter deleted.
fn deletions(w: &str) -> Vec<u32> {
    use std::hash::{Hash, Hasher};
    let chars: Vec<char> = w.chars().collect();
    let hash = |s: &mut dyn Iterator<Item = char>| {
        let mut h = FxHasher::default();
        for c in s {
            c.hash(&mut h);
        }
        h.finish() as u32
    };
    let mut out = vec![hash(&mut chars.iter().copied())];
    for skip in 0..chars.len() {
        out.push(hash(&mut chars.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| *c)));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn radix_sort_matches_a_sort_of_the_pairs() {
        let mut state = 12345u64;
        let mut v: Vec<(u32, u32)> = (0..5000u32)
            .map(|i| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((state >> 40) as u32 % 700, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        super::radix_sort_by_key(&mut v);
        assert_eq!(v, expected);
    }
}
