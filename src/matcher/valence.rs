//! How someone felt: words of feeling and which way they lean.
//!
//! "Was the VP gloomy?" against "Vance said … he was optimistic": the question's word is not in
//! the article, nor near it by meaning (antonyms sit close in embedding space, and a static model
//! does not know "gloomy" from "upbeat" well), but both words are rated on one scale from most
//! negative to most positive, and they lean opposite ways — so the answer is no.
//!
//! The scale is the VADER lexicon (`models/valence.tsv`, rebuilt by `models/valence.py`): ~6,500
//! English words rated by people. A word is read as a *feeling* only where English puts one: the
//! complement of a linking verb ("was *optimistic*", "seemed *upset*", "remain absolutely
//! *committed*"), or the subject's own complement in a yes/no question ("was the VP *gloomy*").
//! Elsewhere "war" or "peace" is a topic, not how anyone felt. A feeling under a negation or a
//! verb of making light of it ("played down any *disappointment*") leans the other way.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::tokens::Token;

static TABLE: &str = include_str!("../../models/valence.tsv");

/// How far from neutral a word must be rated to count as leaning one way (VADER's scale runs
/// from -4 to +4; the shipped file keeps words at least 0.5 away).
const LEANS: f32 = 0.5;

/// The rated words with their ratings, in the table's order: parsed once.
fn rows() -> &'static [(&'static str, f32)] {
    static ROWS: OnceLock<Vec<(&'static str, f32)>> = OnceLock::new();
    ROWS.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.parse().ok()?))
            })
            .collect()
    })
}

/// The rating of `word` (lower-case), if the lexicon rates it.
pub fn valence(word: &str) -> Option<f32> {
    static MAP: OnceLock<FxHashMap<&'static str, f32>> = OnceLock::new();
    let map = MAP.get_or_init(|| rows().iter().copied().collect());
    map.get(word).copied().filter(|v| v.abs() >= LEANS)
}

/// Verbs linking a subject to how it is or seems: what follows them is said of the subject.
const LINKING: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "am", "seem", "seems", "seemed", "sound", "sounds", "sounded", "look", "looks", "looked", "feel",
    "feels", "felt", "appear", "appears", "appeared", "remain", "remains", "remained", "stay", "stays", "stayed", "get", "gets", "got", "become", "became",
    "grow", "grew",
];

/// Words of degree between a linking verb and its complement ("remain *absolutely* committed").
const DEGREE: &[&str] = &[
    "so",
    "very",
    "too",
    "really",
    "pretty",
    "quite",
    "rather",
    "that",
    "all",
    "at",
    "more",
    "less",
    "most",
    "least",
    "a",
    "bit",
    "little",
    "absolutely",
    "fully",
    "deeply",
    "still",
    "also",
    "even",
    "genuinely",
    "actually",
    "truly",
    "somewhat",
    "fairly",
    "kind",
    "sort",
    "of",
    "not",
    "never",
];

/// Words that end a subject: a preposition opens what the subject is about.
const PREPOSITIONS: &[&str] = &["about", "of", "with", "to", "for", "on", "in", "at", "over", "by", "from", "that", "or", "and", "than"];

/// Subjects that are no one: "is it right that …", "is that true", "is there hope".
const NO_ONE: &[&str] = &["it", "this", "that", "there", "these", "those", "what", "which"];

/// Verbs of making light of a feeling: "played down any disappointment" says there was little.
fn makes_light(toks: &[Token], at: usize) -> bool {
    let before = &toks[at.saturating_sub(4)..at];
    before.windows(2).any(|w| matches!(w[0].stem.as_str(), "play" | "plai" | "played") && w[1].word == "down")
        || before.iter().any(|t| t.word.starts_with("downplay") || matches!(t.stem.as_str(), "dismiss" | "deni" | "deny"))
}

/// The rating of the word at `i` when it is rated and not a stopword, and where the degree
/// words before it (at most three) begin.
fn rated_at(toks: &[Token], i: usize) -> Option<(f32, usize)> {
    let w = toks[i].word.as_str();
    let v = valence(w).filter(|_| !super::words::is_stopword(w))?;
    let mut k = i;
    while k > 0 && DEGREE.contains(&toks[k - 1].word.as_str()) && i - k < 3 {
        k -= 1;
    }
    Some((v, k))
}

/// "Was Starmer's office *dissapointed*?", "did Number 10 seem *upsett*?": a word typed fast,
/// which neither the scale nor English (the embedding's whole words) knows, rated as the rated
/// words it is a slip of — a letter off (two for long words), the first letter kept — when they
/// all lean one way. Only questions are read so; the article is spelt right. Where it stands
/// decides, as for any rated word, whether it is a feeling asked about.
fn misspelt(toks: &[Token], i: usize) -> Option<(f32, usize)> {
    let w = toks[i].word.as_str();
    if w.len() < 6 || !w.chars().all(|c| c.is_ascii_lowercase()) || super::embed::Model::shipped().is_whole_word(w) {
        return None;
    }
    let most = if w.len() >= 9 { 2 } else { 1 };
    let near: Vec<f32> = by_first_letter(w.as_bytes()[0])
        .iter()
        .filter(|(r, _)| r.len().abs_diff(w.len()) <= most && strsim::osa_distance(r, w) <= most)
        .map(|&(_, v)| v)
        .collect();
    let first = *near.first()?;
    if near.iter().any(|v| v.signum() != first.signum()) {
        return None;
    }
    let v = near.iter().sum::<f32>() / near.len() as f32;
    (v.abs() >= LEANS).then_some((v, i))
}

/// The rated words that begin with `letter`, with their ratings, so that a slip is looked up
/// among a few hundred words, not the whole table.
fn by_first_letter(letter: u8) -> &'static [(&'static str, f32)] {
    static GROUPS: OnceLock<Vec<Vec<(&'static str, f32)>>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut g = vec![Vec::new(); 256];
        for &(w, v) in rows() {
            if let Some(&b) = w.as_bytes().first() {
                g[b as usize].push((w, v));
            }
        }
        g
    });
    &groups[letter as usize]
}

/// Whether a word of `from..at` negates the word at `at` (the words back to its linking verb,
/// or a few words before a claim's judgement).
pub(crate) fn negated(toks: &[Token], from: usize, at: usize) -> bool {
    toks[from..at].iter().any(|t| matches!(t.word.as_str(), "not" | "never" | "no" | "hardly" | "nor"))
}

/// The feelings a text states: each word rated on the scale that stands as the complement of
/// a linking verb (degree words between them), or as what someone made light of; with its
/// rating, turned the other way when negated.
pub fn stated(toks: &[Token]) -> Vec<(usize, f32)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some((v, k)) = rated_at(toks, i) else { continue };
        let linked = k > 0 && LINKING.contains(&toks[k - 1].word.as_str());
        // "Ready *to negotiate*", "committed *to* securing": a will to act, not a feeling.
        if toks.get(i + 1).is_some_and(|n| n.word == "to") {
            continue;
        }
        if linked {
            out.push((i, if negated(toks, k, i) { -v } else { v }));
        } else if makes_light(toks, i) {
            out.push((i, -v));
        }
    }
    out
}

/// The feelings a yes/no question asks about ("was the VP *gloomy*", "did Number 10 seem
/// *upset*", "is he hopeful *or gloomy*"): rated words that complement a linking verb or, in
/// "is/was <subject> <word>", the subject — not when the subject is no one ("is it *true*").
pub fn asked(toks: &[Token]) -> Vec<(String, f32)> {
    let Some(aux) = toks.iter().position(|t| LINKING.contains(&t.word.as_str()) || matches!(t.word.as_str(), "do" | "does" | "did")) else {
        return Vec::new();
    };
    let mut out: Vec<(String, f32)> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(aux + 1) {
        // Degree words never reach back over the auxiliary, which is none: k > aux.
        let Some((v, k)) = rated_at(toks, i).or_else(|| misspelt(toks, i)) else { continue };
        let prev = toks[k - 1].word.as_str();
        let alternative = prev == "or" && out.last().is_some_and(|(w, _)| toks[..k - 1].last().is_some_and(|x| &x.word == w));
        // "Is it right that the VP sounded gloomy": the feeling of the clause's own subject.
        let no_one = NO_ONE.contains(&toks[aux + 1].word.as_str());
        let subject_first = !no_one && k == i && matches!(toks[aux].word.as_str(), "is" | "was" | "are" | "were") && k > aux + 1;
        let linked = LINKING.contains(&prev) && (k - 1 > aux + usize::from(no_one) || k - 1 == aux && aux > 0 && !no_one);
        // "Was the VP gloomy about …": the subject runs up to the word, with no preposition
        // or verb of its own in between.
        let subject_first = subject_first && toks[aux + 1..i].iter().all(|x| !PREPOSITIONS.contains(&x.word.as_str()) && valence(&x.word).is_none());
        // "Willing *to surrender*": the feeling is about an act the question names, which the
        // feeling alone cannot settle.
        // Nor is a verb going on with its object ("is Ukraine *blocking peace*"): an act, not a
        // feeling, whatever its rating — unless it links a feeling ("*feeling* good").
        let object = |n: &Token| n.clause == t.clause && !PREPOSITIONS.contains(&n.word.as_str()) && !matches!(n.word.as_str(), "or" | "and");
        let acting = t.word.ends_with("ing") && !LINKING.contains(&t.stem.as_str()) && toks.get(i + 1).is_some_and(object);
        let of_an_act = toks.get(i + 1).is_some_and(|n| n.word == "to") || acting;
        if (linked || subject_first || alternative) && !of_an_act {
            out.push((t.word.clone(), v));
        }
        if out.len() == 2 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::normalise::normalise;
    use crate::matcher::tokens::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(&normalise(s).text)
    }

    #[test]
    fn rated_words_lean_one_way() {
        assert!(valence("optimistic").unwrap() > 0.0);
        assert!(valence("gloomy").unwrap() < 0.0);
        assert_eq!(valence("table"), None);
    }

    #[test]
    fn a_question_asks_the_subject_complement() {
        let words = |s: &str| asked(&toks(s)).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(words("was the vp gloomy about a deal?"), ["gloomy"]);
        assert_eq!(words("did the team seem upset?"), ["upset"]);
        assert_eq!(words("is he hopeful or gloomy about it"), ["hopeful", "gloomy"]);
        assert!(words("is it true that he left?").is_empty());
        assert_eq!(words("is it right that the vp sounded gloomy?"), ["gloomy"]);
        assert!(words("did they reject the peace plan?").is_empty());
        assert!(words("is ukraine willing to give up land?").is_empty());
        assert_eq!(words("was the vp gloomy about his chances?"), ["gloomy"]);
        assert_eq!(words("the vice president sounded gloomy, right?"), ["gloomy"]);
    }

    #[test]
    fn a_text_states_feelings_after_linking_verbs() {
        let t = toks("He said he was optimistic that the war would end.");
        let s = stated(&t);
        assert_eq!(s.len(), 1);
        assert_eq!(t[s[0].0].word, "optimistic");
        let t = toks("A spokesperson played down any disappointment over the cancellation.");
        let s = stated(&t);
        assert_eq!(t[s[0].0].word, "disappointment");
        assert!(s[0].1 > 0.0, "made light of, a disappointment leans the other way");
        assert!(stated(&toks("We are not happy.")).iter().all(|&(_, v)| v < 0.0));
    }
}
