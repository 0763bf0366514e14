//! Ranking the article's sentences by meaning, names and answer type.
//!
//! Every sentence gets a handful of features: how close its meaning is to the question (and its
//! paragraph's), how far behind the best sentence it is, how many of the question's words and
//! names it holds, and whether it can hold the kind of answer asked for (a person for "who", a
//! date for "when", a number for "how many"). A logistic model turns them into the probability
//! that the sentence answers the question. Its weights and the threshold under which Parley
//! declines are not chosen by hand: `cargo run --release --example fit_ranker` fits them on the
//! tuning questions in `eval/` and writes `models/ranker.json`.

use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap;

use super::embed::{cos, Model};
use super::{EntityRef, Index, Intent, Question};
use crate::kb::Article;

/// Sentence and paragraph vectors of one article, computed at load.
#[derive(Debug, Default)]
pub struct Meaning {
    dims: usize,
    sentences: Vec<f32>,
    /// One vector per sentence: the vector of the paragraph it is in.
    paragraphs: Vec<f32>,
    /// Whether the sentence holds a number (digits or a number word).
    numbers: Vec<bool>,
    /// The length of time a sentence gives, if it gives one (see [`Measure`]).
    durations: Vec<Option<Measure>>,
    /// The share of something a sentence gives ("20% of Ukraine's territory"), if one.
    shares: Vec<Option<Measure>>,
    /// The age a sentence gives a person ("Smith, 45, said"), if one.
    ages: Vec<Option<Measure>>,
    /// The article's content words: vectors (flat) and a weight (inverse sentence frequency).
    words: FxHashMap<String, u32>,
    word_vecs: Vec<f32>,
    word_weight: Vec<f32>,
    /// Each sentence's content words, as indices into the word table.
    sentence_words: Vec<Vec<u32>>,
    /// The mean vectors of the article's people's names, and of its sides' and places' names:
    /// what a name looks like in this article, to tell a name it lacks ("Poland") from an
    /// ordinary word.
    names: [Vec<f32>; 2],
    /// Similarity rows of recent question words (see [`Meaning::similarities`]).
    rows: Mutex<FxHashMap<String, Row>>,
}

/// One question word's cosine with each article word, and the highest of them.
type Row = (Arc<[f32]>, f32);

/// Similarity rows kept per article (a row is one float per article word: ~3 KB here).
const CACHED_WORDS: usize = 1024;

/// The weight of a word no sentence holds, and the cap of every weight: a rare word counts,
/// but no single word decides.
const MAX_WEIGHT: f32 = 3.5;

/// Content words of a text: lower-cased letter and digit runs that are not stopwords.
fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !super::words::is_stopword(w) && w.chars().count() > 1)
}

impl Meaning {
    pub fn build(article: &Article) -> Meaning {
        let m = Model::shipped();
        let dims = m.dims();
        let mut sentences = Vec::with_capacity(article.sentences.len() * dims);
        let mut paragraphs = Vec::with_capacity(article.sentences.len() * dims);
        let mut numbers = Vec::with_capacity(article.sentences.len());
        let mut durations = Vec::with_capacity(article.sentences.len());
        let mut shares = Vec::with_capacity(article.sentences.len());
        let mut ages = Vec::with_capacity(article.sentences.len());
        let mut last: Option<(usize, Vec<f32>)> = None;
        for s in &article.sentences {
            let text = s.text(article);
            sentences.extend(m.embed(text));
            if last.as_ref().is_none_or(|(p, _)| *p != s.p) {
                last = Some((s.p, m.embed(article.paragraph(s.p).unwrap_or(text))));
            }
            paragraphs.extend_from_slice(&last.as_ref().unwrap().1);
            numbers.push(text_has_number(text));
            durations.push(duration_in(text));
            shares.push(share_in(text));
            ages.push(age_in(text));
        }
        let mut words: FxHashMap<String, u32> = FxHashMap::default();
        let mut word_vecs = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut sentence_words = Vec::with_capacity(article.sentences.len());
        for s in &article.sentences {
            let mut ids: Vec<u32> = Vec::new();
            for w in content_words(s.text(article)) {
                let id = match words.get(&w) {
                    Some(&id) => id,
                    None => {
                        let Some(v) = m.word(&w) else { continue };
                        let id = words.len() as u32;
                        word_vecs.extend(v);
                        df.push(0);
                        words.insert(w, id);
                        id
                    }
                };
                if !ids.contains(&id) {
                    ids.push(id);
                    df[id as usize] += 1;
                }
            }
            sentence_words.push(ids);
        }
        let n = article.sentences.len() as f32;
        let word_weight = df.iter().map(|&d| weight(n, d)).collect();
        let d = &article.data;
        let centroid = |texts: Vec<&str>| {
            let mut c = vec![0.0f32; dims];
            for v in texts.iter().flat_map(|t| t.split_whitespace()).filter_map(|w| m.word(w)) {
                c.iter_mut().zip(&v).for_each(|(a, b)| *a += b);
            }
            super::embed::normalise(&mut c);
            c
        };
        let names = [
            centroid(d.person.iter().filter(|p| p.named).map(|p| p.name.as_str()).collect()),
            centroid(d.side.iter().map(|s| s.short.as_str()).chain(d.place.iter().map(|p| p.name.as_str())).collect()),
        ];
        Meaning { dims, sentences, paragraphs, numbers, durations, shares, ages, words, word_vecs, word_weight, sentence_words, names, rows: Mutex::default() }
    }

    /// How much `word` looks like one of the article's names (cosine with their mean vector).
    pub fn name_likeness(&self, word: &str) -> f32 {
        Model::shipped().word(word).map_or(0.0, |v| self.names.iter().map(|c| cos(&v, c)).fold(0.0, f32::max))
    }

    /// How much of the question's content each sentence covers by meaning: every question word
    /// counts by its best match among the sentence's words (cosine), weighted by rarity.
    ///
    /// Also returns how well the question's least-found word is found anywhere in the article:
    /// "weather" has nothing near it, so a question about the weather is not about this article.
    fn soft_coverage(&self, text: &str) -> (Vec<f32>, f32) {
        let m = Model::shipped();
        let n = self.numbers.len() as f32;
        let mut per_sentence = vec![0.0f32; self.sentence_words.len()];
        let mut total = 0.0;
        let mut seen: Vec<String> = Vec::new();
        let mut least = 1.0f32;
        for w in content_words(text) {
            if seen.contains(&w) {
                continue;
            }
            let Some((sims, nearest)) = self.similarities(m, &w) else { continue };
            let weight = self.words.get(&w).map_or(weight(n, 0), |&id| self.word_weight[id as usize]);
            seen.push(w);
            least = least.min(nearest);
            for (acc, ids) in per_sentence.iter_mut().zip(&self.sentence_words) {
                let best = ids.iter().map(|&id| sims[id as usize]).fold(0.0f32, f32::max);
                *acc += weight * best;
            }
            total += weight;
        }
        if total > 0.0 {
            per_sentence.iter_mut().for_each(|x| *x /= total);
        }
        (per_sentence, least)
    }

    /// A question word's cosine with every word of the article, and the best of them. The last
    /// words seen are kept: questions share most of their content words (names, "say",
    /// "propose"), and a row costs one pass over the article's vocabulary.
    fn similarities(&self, m: &Model, word: &str) -> Option<Row> {
        if let Some(hit) = self.rows.lock().ok().and_then(|r| r.get(word).cloned()) {
            return Some(hit);
        }
        let v = m.word(word)?;
        let row: Arc<[f32]> = (0..self.word_weight.len()).map(|k| cos(&v, &self.word_vecs[k * self.dims..(k + 1) * self.dims])).collect();
        let nearest = row.iter().copied().fold(0.0, f32::max);
        if let Ok(mut r) = self.rows.lock() {
            if r.len() >= CACHED_WORDS {
                r.clear();
            }
            r.insert(word.to_string(), (row.clone(), nearest));
        }
        Some((row, nearest))
    }

    fn sentence(&self, i: usize) -> &[f32] {
        &self.sentences[i * self.dims..(i + 1) * self.dims]
    }

    fn paragraph(&self, i: usize) -> &[f32] {
        &self.paragraphs[i * self.dims..(i + 1) * self.dims]
    }

    /// How close two sentences of the article are in meaning (cosine).
    pub fn sentence_similarity(&self, i: usize, j: usize) -> f32 {
        cos(self.sentence(i), self.sentence(j))
    }

    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    /// Whether sentence `i` holds a number (digits or a number word).
    pub fn has_number(&self, i: usize) -> bool {
        self.numbers.get(i).copied().unwrap_or(false)
    }

    /// The measure of that kind sentence `i` gives: a length of time for "how long", a share
    /// for "what percentage".
    pub fn measure(&self, i: usize, kind: super::Measured) -> Option<&Measure> {
        let of_kind = match kind {
            super::Measured::Length => &self.durations,
            super::Measured::Share | super::Measured::Amount => &self.shares,
            super::Measured::Age => &self.ages,
        };
        of_kind.get(i).and_then(Option::as_ref)
    }

    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }
}

/// Inverse sentence frequency, capped.
fn weight(n: f32, df: u32) -> f32 {
    ((n + 1.0) / (df as f32 + 0.5)).ln().clamp(0.1, MAX_WEIGHT)
}

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "billion", "half", "third",
    "quarter", "fifth", "several", "both",
];

/// A numeral or a number word ("three", "20", "half").
pub fn is_number(w: &str) -> bool {
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())) || NUMBER_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n))
}

/// A time in article text: a weekday, a month, a year, or a word for a day or week ("late on
/// Tuesday", "last week", "in February", "2022"). What a "when" answer needs.
pub fn text_has_time(text: &str) -> bool {
    use super::words::{TIME_UNITS, TIME_WORDS};
    // "back" and "last" only frame a time another word names ("last week"); a unit of time is
    // one ("days after Trump warned"), as is a part of a day.
    const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night", "tonight", "tomorrow"];
    let time_word = |w: &str| {
        TIME_WORDS.iter().any(|t| !matches!(*t, "back" | "last") && w.eq_ignore_ascii_case(t))
            || TIME_UNITS.iter().chain(DAY_PARTS).any(|t| w.eq_ignore_ascii_case(t))
    };
    text.split(|c: char| !c.is_alphanumeric()).any(|w| is_year(w) || time_word(w))
}

/// A count in digits or an English number word: what a "how many" answer needs. A year
/// ("Russia's 2014 annexation") dates something; it counts nothing.
pub fn text_has_number(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(is_count) || text.contains('%')
}

/// A word that counts something: digits or a number word, not a year ("three diplomats",
/// "several sources"; not "2014").
pub fn is_count(w: &str) -> bool {
    is_number(w) && !is_year(w)
}

/// Four digits from 1800 to 2199: read as a year.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..2200).contains(&y))
}

/// A measure in a sentence: a length of time ("three-year conflict", "two weeks of talks") or a
/// share ("20% of Ukraine's territory").
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The article's words, from the number to what is measured ("three-year conflict").
    pub phrase: String,
    /// What is measured, lower-cased ("conflict"; "ukraine", "territory"): what the question
    /// must be about.
    pub of: Vec<String>,
}

/// Byte spans of a text's letter-and-digit runs.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// A percentage and what it is of ("20% of Ukraine's territory", "a third of the land"): the
/// first ordinary word after "of", past names and possessives.
fn share_in(text: &str) -> Option<Measure> {
    let words = word_spans(text);
    (0..words.len()).find_map(|k| {
        let (at, w) = words[k];
        let end = at + w.len();
        let percent = w.chars().all(|c| c.is_ascii_digit()) && text[end..].starts_with('%');
        let spelled = words.get(k + 1).is_some_and(|n| n.1.eq_ignore_ascii_case("percent"));
        let fraction = matches!(w.to_lowercase().as_str(), "half" | "third" | "quarter" | "fifth" | "thirds" | "quarters" | "fifths");
        if !(percent || spelled || fraction) {
            return None;
        }
        let of = (k + 1..(k + 3).min(words.len())).find(|&j| words[j].1 == "of")?;
        let skip = |x: &str| matches!(x, "the" | "s" | "a" | "its" | "their");
        let n = words[of + 1..].iter().take(4).position(|(_, x)| x.chars().next().is_some_and(char::is_lowercase) && !skip(x))?;
        let (noun_at, noun) = words[of + 1 + n];
        let of_words = words[of + 1..=of + 1 + n].iter().map(|(_, x)| x.to_lowercase()).filter(|x| !skip(x)).collect();
        Some(Measure { phrase: text[at..noun_at + noun.len()].to_string(), of: of_words })
    })
}

/// A person's age as news writes it: a number set off by commas after a name ("Jane Smith,
/// 45, said") or after "aged". What it measures is the name before it.
fn age_in(text: &str) -> Option<Measure> {
    let words = word_spans(text);
    (1..words.len()).find_map(|k| {
        let (at, w) = words[k];
        let age = w.parse::<u32>().ok().filter(|a| (1..=120).contains(a))?;
        let (prev_at, prev) = words[k - 1];
        let between = &text[prev_at + prev.len()..at];
        let after = &text[at + w.len()..];
        let apposed = between.trim() == "," && after.starts_with(',') && prev.chars().next().is_some_and(char::is_uppercase);
        let aged = prev.eq_ignore_ascii_case("aged");
        (apposed || aged).then(|| Measure { phrase: age.to_string(), of: if aged { Vec::new() } else { vec![prev.to_lowercase()] } })
    })
}

/// A number followed by a unit of time and the noun it measures ("three-year conflict", "two
/// weeks of talks"). A year on its own ("2014") is a date, not a length.
fn duration_in(text: &str) -> Option<Measure> {
    let words = word_spans(text);
    (0..words.len().saturating_sub(2)).find_map(|k| {
        let unit = words[k + 1].1.to_lowercase();
        if !is_number(words[k].1) || !super::words::is_in(super::words::TIME_UNITS, &unit) {
            return None;
        }
        // "two weeks of talks": what lasted follows "of".
        let noun = if words[k + 2].1 == "of" { words.get(k + 3)? } else { &words[k + 2] };
        Some(Measure { phrase: text[words[k].0..noun.0 + noun.1.len()].to_string(), of: vec![noun.1.to_lowercase()] })
    })
}

/// The features of one sentence for one question, in the order of [`FEATURES`].
pub type Features = [f32; N_FEATURES];
pub const N_FEATURES: usize = 9;
pub const FEATURES: [&str; N_FEATURES] =
    ["cos_sentence", "cos_paragraph", "gap_to_best", "word_coverage", "meaning_coverage", "names_found", "names_missing", "type_fits", "least_found_word"];

/// Question-level features of a ranking, for the answer-or-decline decision, in the order of
/// [`DECISION_FEATURES`].
pub const N_DECISION: usize = 7;
pub const DECISION_FEATURES: [&str; N_DECISION] =
    ["bias", "best_score", "margin_to_second", "best_meaning_coverage", "best_cos_sentence", "best_word_coverage", "least_found_word"];

/// The fitted model: ranking weights of [`FEATURES`] (a conditional logit over the sentences),
/// and a logistic decision over [`DECISION_FEATURES`] with the probability under which the
/// best sentence is not given as an answer — one per answer type where the tuning questions
/// show that type needs its own (see [`Ranker::threshold_for`]).
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Ranker {
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    pub decision_features: Vec<String>,
    pub decision_weights: Vec<f32>,
    pub threshold: f32,
    /// Thresholds by answer type ([`Intent::name`]), where one differs from `threshold`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub thresholds: std::collections::BTreeMap<String, f32>,
}

impl Ranker {
    pub fn shipped() -> &'static Ranker {
        static R: OnceLock<Ranker> = OnceLock::new();
        R.get_or_init(|| {
            let mut r: Ranker = match std::env::var("PARLEY_RANKER_FILE") {
                // For trying a refitted ranker against whole question sets without a rebuild.
                Ok(path) => serde_json::from_str(&std::fs::read_to_string(&path).expect("PARLEY_RANKER_FILE reads")).expect("PARLEY_RANKER_FILE parses"),
                Err(_) => serde_json::from_str(include_str!("../../models/ranker.json")).expect("models/ranker.json parses"),
            };
            // For sweeping the threshold against whole question sets (see BENCHMARKS.md).
            // One threshold then stands for every answer type.
            if let Some(t) = std::env::var("PARLEY_RANKER_THRESHOLD").ok().and_then(|t| t.parse().ok()) {
                r.threshold = t;
                r.thresholds.clear();
            }
            assert_eq!(r.weights.len(), N_FEATURES, "models/ranker.json: {} ranking weights for {N_FEATURES} features", r.weights.len());
            assert_eq!(r.decision_weights.len(), N_DECISION, "models/ranker.json: {} decision weights for {N_DECISION} features", r.decision_weights.len());
            r
        })
    }

    /// The probability under which the best sentence is no answer to a question of this type.
    ///
    /// Answer types differ in what a wrong best sentence costs: a yes/no or "when" question the
    /// article speaks to only near the top is still best answered with what it says, while an
    /// open question is better declined (swept by `models/sweep_thresholds.py`).
    pub fn threshold_for(&self, intent: Intent) -> f32 {
        self.thresholds.get(intent.name()).copied().unwrap_or(self.threshold)
    }

    /// Whether an answer at this confidence clears the general threshold: under it (where an
    /// answer type's own threshold let it through) the evidence is the nearest the article
    /// comes, and the answer says so instead of presenting it as the answer or a verdict.
    pub fn sure(&self, confidence: f32) -> bool {
        confidence >= self.threshold
    }

    pub fn score(&self, f: &Features) -> f32 {
        self.weights.iter().zip(f).map(|(w, x)| w * x).sum()
    }

    /// The probability that the best of `ranked` (sorted best first) answers the question.
    pub fn confidence(&self, ranked: &[Ranked]) -> f32 {
        let d = decision_features(ranked);
        let z: f32 = self.decision_weights.iter().zip(&d).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The decision features of a ranking sorted best first.
pub fn decision_features(ranked: &[Ranked]) -> [f32; N_DECISION] {
    let Some(best) = ranked.first() else { return [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0] };
    let second = ranked.get(1).map_or(best.score - 1.0, |r| r.score);
    [1.0, best.score, best.score - second, best.features[4], best.features[0], best.features[3], best.features[8]]
}

/// One sentence, ranked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub sentence: usize,
    pub score: f32,
    pub features: Features,
}

/// The kind of thing an answer must contain, read from the intent.
fn wants(intent: Intent) -> Option<EntityKind> {
    match intent {
        Intent::WhoSaid | Intent::ListPeople | Intent::Proposals => Some(EntityKind::Actor),
        Intent::When => Some(EntityKind::Time),
        Intent::Where => Some(EntityKind::Place),
        Intent::Count => Some(EntityKind::Number),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntityKind {
    Actor,
    Time,
    Place,
    Number,
}

/// The question's vector: its words after typo correction, with the topic a follow-up inherits.
pub fn question_vector(q: &Question) -> Vec<f32> {
    Model::shipped().embed(&q.text)
}

/// Features of every sentence of the article for `q`.
pub fn features(article: &Article, index: &Index, q: &Question, qv: &[f32]) -> Vec<Features> {
    let meaning = &index.meaning;
    let n = meaning.len();
    let terms = q.topic_terms(&[]);
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !m.qualifier).map(|m| m.entity).collect();
    let kind = wants(q.intent);
    let cs: Vec<f32> = (0..n).map(|i| cos(qv, meaning.sentence(i))).collect();
    let best = cs.iter().copied().fold(f32::MIN, f32::max);
    let (soft, least) = meaning.soft_coverage(&q.text);
    (0..n)
        .map(|i| {
            let t = &index.sentences[i];
            let coverage = if terms.is_empty() { 0.0 } else { terms.iter().map(|x| x.score(t).min(1.0)).sum::<f32>() / terms.len() as f32 };
            let found = if named.is_empty() { 0.0 } else { named.iter().filter(|e| t.entities.contains(e)).count() as f32 / named.len() as f32 };
            let missing = if !named.is_empty() && found == 0.0 { 1.0 } else { 0.0 };
            let fits = match kind {
                None => 1.0,
                Some(EntityKind::Actor) => t.entities.iter().any(|e| matches!(e, EntityRef::Person(_) | EntityRef::Side(_)) && !named.contains(e)) as u8 as f32,
                Some(EntityKind::Place) => t.entities.iter().any(|e| matches!(e, EntityRef::Place(_))) as u8 as f32,
                Some(EntityKind::Number) => meaning.numbers[i] as u8 as f32,
                Some(EntityKind::Time) => {
                    let s = &article.sentences[i];
                    let text = s.text(article);
                    article.data.event.iter().any(|e| e.p == s.p && e.when.as_deref().is_some_and(|w| text.contains(w))) as u8 as f32
                }
            };
            [cs[i], cos(qv, meaning.paragraph(i)), cs[i] - best, coverage, soft[i], found, missing, fits, least]
        })
        .collect()
}

/// Sentences best first, with the ranker's score.
pub fn rank(article: &Article, index: &Index, q: &Question) -> Vec<Ranked> {
    let qv = question_vector(q);
    if qv.iter().all(|x| *x == 0.0) {
        return Vec::new();
    }
    let r = Ranker::shipped();
    let mut out: Vec<Ranked> =
        features(article, index, q, &qv).into_iter().enumerate().map(|(sentence, features)| Ranked { sentence, score: r.score(&features), features }).collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.sentence.cmp(&b.sentence)));
    out
}
#[cfg(test)]
mod tests {
    #[test]
    fn an_age_is_a_number_set_off_after_a_name_or_after_aged() {
        let a = super::age_in("Jane Smith, 45, said the talks were useful.").expect("an age");
        assert_eq!((a.phrase.as_str(), a.of.as_slice()), ("45", &["smith".to_string()][..]));
        assert_eq!(super::age_in("A man aged 61 was there.").map(|a| a.phrase), Some("61".to_string()));
        // A list of numbers, a year, a count: no age.
        for t in ["Talks on 3, 4, 5 May.", "Russia's 2014 annexation of Crimea.", "Three diplomats, 12 officials, said so."] {
            assert_eq!(super::age_in(t), None, "{t}");
        }
    }

    #[test]
    fn countries_the_article_lacks_read_as_names_and_ordinary_words_do_not() {
        let e = crate::Engine::shipped().unwrap();
        let m = super::Meaning::build(&e.kb().articles[0]);
        for w in ["poland", "china", "japan"] {
            assert!(m.name_likeness(w) >= 0.5, "{w}: {}", m.name_likeness(w));
        }
        for w in ["reckons", "money", "banks", "weather", "ultimatum"] {
            assert!(m.name_likeness(w) < 0.5, "{w}: {}", m.name_likeness(w));
        }
    }
}
