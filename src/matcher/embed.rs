//! Meaning as vectors: a static sentence-embedding model, shipped in the binary.
//!
//! The model (`models/minilm-static.*`, rebuilt by `models/distil.py`) is all-MiniLM-L6-v2
//! distilled by model2vec into one vector per WordPiece token. A text's vector is the mean of
//! its tokens' vectors, normalised, so comparing a question with a sentence is one dot product.
//! That is what lets "who reckons both countries will have to cede ground" find "give up some of
//! the territory": no word is shared, the meaning is.
//!
//! The tokenizer is BERT's uncased WordPiece (the teacher's): clean and lower-case the text,
//! strip accents, split on whitespace and punctuation, then take the longest vocabulary entry
//! at each point of a word, continuing with `##` pieces. It is written out here, ~60 lines of a
//! fixed published algorithm, rather than pulling in the `tokenizers` crate and its C regex
//! library for the one tokenizer we use; `tests/embedding.rs` checks it against the Python
//! tokenizer's output.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

static VOCAB: &str = include_str!("../../models/minilm-static.vocab");
static MATRIX: &[u8] = include_bytes!("../../models/minilm-static.bin");

/// A static embedding model: a vocabulary and one int8 row (with a scale) per token.
pub struct Model {
    ids: FxHashMap<&'static str, u32>,
    rows: usize,
    dims: usize,
    weights: &'static [i8],
    scales: Vec<f32>,
    unk: Option<u32>,
}

/// The vocabulary rank under which a whole word is a common English word: about the 9,000
/// most frequent ("tonnes", "prisons" sit at the bound; "wen", "nah" far past it).
const COMMON_WORD_RANK: usize = 10_000;

/// Words longer than this are one unknown token, as in BERT.
const MAX_WORD_CHARS: usize = 100;

impl Model {
    /// The model compiled into the binary, parsed once.
    pub fn shipped() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(VOCAB, MATRIX).expect("the shipped embedding model is well-formed"))
    }

    fn parse(vocab: &'static str, bin: &'static [u8]) -> Result<Model, String> {
        let header = bin.get(..16).ok_or("model file too short")?;
        if &header[..8] != b"PRLYEMB1" {
            return Err("model file has no PRLYEMB1 header".into());
        }
        let rows = u32::from_le_bytes(header[8..12].try_into().unwrap()) as usize;
        let dims = u32::from_le_bytes(header[12..16].try_into().unwrap()) as usize;
        let body = &bin[16..];
        if body.len() != rows * dims + rows * 4 {
            return Err(format!("model file holds {} bytes, {rows}×{dims} needs {}", body.len(), rows * dims + rows * 4));
        }
        // SAFETY: i8 and u8 have the same size and alignment; every bit pattern is valid.
        let weights = unsafe { std::slice::from_raw_parts(body.as_ptr() as *const i8, rows * dims) };
        let scales = body[rows * dims..].chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect();
        let mut ids = FxHashMap::default();
        ids.reserve(rows);
        for (i, w) in vocab.lines().enumerate() {
            ids.insert(w, i as u32);
        }
        if ids.len() != rows {
            return Err(format!("vocabulary has {} entries, the matrix {rows} rows", ids.len()));
        }
        let unk = ids.get("[UNK]").copied();
        Ok(Model { ids, rows, dims, weights, scales, unk })
    }

    pub fn dims(&self) -> usize {
        self.dims
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Whether `word` is one whole entry of the vocabulary: a word common enough in English
    /// text to have its own token ("experts", "pope"), as most surnames are not ("lavrov",
    /// "sybiha" are split into pieces).
    pub fn is_whole_word(&self, word: &str) -> bool {
        self.ids.contains_key(word)
    }

    /// Whether `word` is among the most frequent words of English: a whole entry early in the
    /// vocabulary, which WordPiece lists roughly by frequency ("cold" and "feet" are, "wat" and
    /// "wen" are not).
    pub fn is_common_word(&self, word: &str) -> bool {
        self.ids.get(word).is_some_and(|&id| (id as usize) < COMMON_WORD_RANK)
    }

    /// WordPiece ids of `text`, unknown pieces left out.
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for word in pre_tokenize(text) {
            self.word_pieces(&word, &mut out);
        }
        out
    }

    fn word_pieces(&self, word: &str, out: &mut Vec<u32>) {
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        if chars.len() > MAX_WORD_CHARS {
            return;
        }
        let mark = out.len();
        let mut start = 0;
        let mut piece = String::new();
        while start < chars.len() {
            let mut end = chars.len();
            let mut found = None;
            while end > start {
                piece.clear();
                if start > 0 {
                    piece.push_str("##");
                }
                let (a, b) = (chars[start].0, chars.get(end).map_or(word.len(), |c| c.0));
                piece.push_str(&word[a..b]);
                if let Some(&id) = self.ids.get(piece.as_str()) {
                    found = Some(id);
                    break;
                }
                end -= 1;
            }
            match found {
                Some(id) => out.push(id),
                None => {
                    // The whole word is unknown: BERT emits one [UNK], which the model drops.
                    out.truncate(mark);
                    return;
                }
            }
            start = end;
        }
    }

    /// The normalised mean vector of `text`; all zeros when no token is known.
    pub fn embed(&self, text: &str) -> Vec<f32> {
        let mut v = vec![0.0f32; self.dims];
        let ids = self.token_ids(text);
        let mut n = 0;
        for id in ids {
            if Some(id) == self.unk {
                continue;
            }
            self.add_row(id as usize, &mut v);
            n += 1;
        }
        if n > 0 {
            normalise(&mut v);
        }
        v
    }

    /// The vector of one word (its pieces averaged), normalised; `None` when unknown.
    pub fn word(&self, word: &str) -> Option<Vec<f32>> {
        let v = self.embed(word);
        v.iter().any(|x| *x != 0.0).then_some(v)
    }

    fn add_row(&self, row: usize, v: &mut [f32]) {
        let s = self.scales[row];
        let r = &self.weights[row * self.dims..(row + 1) * self.dims];
        for (x, &w) in v.iter_mut().zip(r) {
            *x += w as f32 * s;
        }
    }
}

/// Scales `v` to unit length (left alone when it is zero).
pub fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Cosine of two unit vectors. Eight running sums, so the compiler can keep them in one SIMD
/// register (a single running sum is a dependency chain it may not reorder).
pub fn cos(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// BERT's basic tokenizer (uncased): words and single punctuation marks.
fn pre_tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, words: &mut Vec<String>| {
        if !cur.is_empty() {
            words.push(std::mem::take(cur));
        }
    };
    for c in text.nfd() {
        if c == '\0' || c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            continue;
        }
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            flush(&mut cur, &mut words);
        } else if is_punct(c) || is_cjk(c) {
            flush(&mut cur, &mut words);
            words.push(c.to_string());
        } else {
            cur.extend(c.to_lowercase());
        }
    }
    flush(&mut cur, &mut words);
    words
}

fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    // Outside ASCII: BERT splits Unicode punctuation; symbols and emoji end up unknown either way.
    !c.is_alphanumeric() && !c.is_whitespace()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF | 0x2A700..=0x2CEAF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_punctuation_and_strips_accents() {
        assert_eq!(pre_tokenize("Zelenskiy’s café, (Trump’s)"), ["zelenskiy", "’", "s", "cafe", ",", "(", "trump", "’", "s", ")"]);
    }

    #[test]
    fn similar_meanings_are_closer_than_unrelated_ones() {
        let m = Model::shipped();
        let a = m.embed("give up some of the territory");
        let b = m.embed("cede land");
        let c = m.embed("a surprise phone call");
        assert!(cos(&a, &b) > cos(&a, &c));
    }

    #[test]
    fn unknown_text_is_the_zero_vector() {
        let m = Model::shipped();
        assert!(m.embed("").iter().all(|x| *x == 0.0));
        assert!(m.word("ζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζζ").is_none());
    }
}
