//! "And if Russia only wants a small pause?", "what happens if there's no progress?": what the
//! article says would follow from a condition.
//!
//! News reports state conditions in a closed set of forms: "*If* A, B", "B *if* A", "B
//! *unless* A" (then A's absence is the condition), and "either A or B" (B if not A). Each
//! sentence of the article in one of those forms is a conditional with its two halves, verbatim.
//! The question's condition (the words after its "if", see [`Question::condition`]) is matched
//! to the article's by the words they share — as themselves or as words that stand for them —
//! and by the names they give; the answer is the other half, cited in the sentence that says it,
//! with who said it. A bare hypothetical the article states nothing like is declined as such.

use super::{meaning, Answer, Cx};
use crate::matcher::embed::{cos, Model};
use crate::matcher::normalise::normalise;
use crate::matcher::semantic::Ranked;
use crate::matcher::tokens::{tokenize, Token};
use crate::matcher::{words, Intent, Question};

/// One conditional sentence: the condition, what follows from it (both verbatim) and whether
/// the condition is met by its absence ("unless", "either … or").
#[derive(Debug)]
struct Conditional<'a> {
    sentence: usize,
    condition: &'a str,
    outcome: &'a str,
    negated: bool,
}

/// What follows from the article's condition that matches the question's; or, when the question
/// asks only that ("what if …", "what happens if …") and no condition the article states shares
/// a word or a name with it, the decline saying the article does not tell.
pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let asked = q.condition.as_deref()?;
    let toks = tokenize(&normalise(asked).text);
    let scored: Vec<(Conditional<'_>, (f32, f32))> = conditionals(cx)
        .into_iter()
        .map(|c| {
            let s = shared(cx, q, &toks, c.condition);
            (c, s)
        })
        .collect();
    if only_hypothetical(q) && scored.iter().all(|(_, s)| *s == (0.0, 0.0)) {
        return Some(super::decline::no_such_condition(cx, q, asked));
    }
    let rank_of = |si: usize| ranked.iter().position(|r| r.sentence == si).unwrap_or(usize::MAX);
    // Of the article's conditions that share a word or a name with the question's, the one
    // sharing most; of equals, the one the question's meaning puts first.
    let (c, _) = scored
        .into_iter()
        .filter_map(|(c, (words, names))| {
            // A name alone ("if Russia …") makes two conditions one only where the question's
            // meaning puts that sentence first: a synonym of a common word ("agrees" for "deal")
            // in another conditional is weaker evidence than that.
            let r = rank_of(c.sentence);
            (words + names >= 1.0 && (words > 0.0 || r <= NAME_ALONE_WITHIN)).then_some((c, (words + names, r)))
        })
        .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))?;
    let outcome = bare(c.outcome);
    let lead = if c.negated {
        format!("If not: {outcome}.")
    } else {
        let mut first = outcome.chars();
        first.next().map(|f| f.to_uppercase().chain(first).collect::<String>() + ".")?
    };
    let mut a = Answer::new(Intent::WhyHow, true, lead).with_confidence(0.8);
    meaning::cite_sentence(cx, &mut a, c.sentence, true);
    meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// "What has Trump been threatening?", "what ultimatum did the VP give?": a warning is a
/// condition someone set with what they said would follow. The conditionals said by the people
/// the question names (by the best-ranked speakers when it names none), each led by who set it.
pub fn warnings(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    // "Who threatened to walk away" asks who said those words: their speakers answer it.
    // "What did the VP threaten would happen if the two sides don't sign up?": a condition
    // asked of someone's warning restates its condition in the asker's words; their warning
    // answers, as the article words it.
    if !q.warning || q.condition.is_some() && q.people().is_empty() || q.intent == Intent::WhoSaid {
        return None;
    }
    let named = q.people();
    let rank_of = |si: usize| ranked.iter().position(|r| r.sentence == si).unwrap_or(usize::MAX);
    let mut said: Vec<(Conditional<'_>, usize)> = conditionals(cx)
        .into_iter()
        .filter_map(|c| {
            let s = &cx.article.sentences[c.sentence];
            let st = meaning::statement_at(cx, s.p, s.text(cx.article))?;
            let who = super::person_index(cx, st.speaker.as_deref()?)?;
            (named.is_empty() || named.contains(&who)).then_some((c, who))
        })
        .collect();
    said.sort_by_key(|(c, _)| rank_of(c.sentence));
    // Unasked for by name, the best-ranked one; a named person's, each they set.
    said.truncate(if named.is_empty() { 1 } else { MOST_WARNINGS });
    if said.is_empty() {
        return None;
    }
    let lines: Vec<String> = said
        .iter()
        .map(|(c, who)| {
            let name = super::person_label(&cx.article.data.person[*who]);
            if c.negated {
                format!("{name}: if not “{}”, then “{}”.", bare(c.condition), bare(c.outcome))
            } else {
                format!("{name}: if “{}”, then “{}”.", bare(c.condition), bare(c.outcome))
            }
        })
        .collect();
    let lead = if q.polar { format!("Yes. {}", lines.join(" ")) } else { lines.join(" ") };
    let mut a = Answer::new(Intent::WhyHow, true, lead).with_confidence(0.8);
    for (c, _) in &said {
        meaning::cite_sentence(cx, &mut a, c.sentence, true);
    }
    meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// A half of a conditional without the punctuation around it.
fn bare(half: &str) -> &str {
    half.trim_matches(|ch: char| !ch.is_alphanumeric())
}

/// How many warnings of one person are told.
const MOST_WARNINGS: usize = 2;

/// How well the article's condition `theirs` matches the question's (`ours`): the question's
/// topic words in it — 1 as themselves, 0.8 as a lexicon synonym, their cosine as a word close
/// in meaning ("halt" for "pause") — and, apart, the names both give.
fn shared(cx: &Cx<'_>, q: &Question, ours: &[Token], theirs: &str) -> (f32, f32) {
    let their = tokenize(&normalise(theirs).text);
    let m = Model::shipped();
    let vecs: Vec<Vec<f32>> = their.iter().filter(|t| !words::is_stopword(&t.word)).filter_map(|t| m.word(&t.word)).collect();
    let word_score = |t: &crate::matcher::QTerm| {
        if their.iter().any(|x| x.stem == t.stem) {
            1.0
        } else if their.iter().any(|x| t.alts.contains(&x.stem)) {
            0.8
        } else {
            m.word(&t.word).map_or(0.0, |v| vecs.iter().map(|c| cos(&v, c)).fold(0.0, f32::max)).max(0.0)
        }
    };
    let words: f32 = q.terms.iter().filter(|t| t.entity.is_none() && ours.iter().any(|o| o.stem == t.stem)).map(word_score).filter(|&s| s >= CLOSE_WORD).sum();
    let (a, b) = (cx.index.names_in(&ours.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ")), cx.index.names_in(theirs));
    (words, a.iter().filter(|e| b.contains(e)).count() as f32)
}

/// Where the ranker must put a conditional that shares only a name with the question's.
/// Swept on the looked-at sets: requiring a shared word instead lost three answers (a truce
/// asked for a pause) and gained none.
const NAME_ALONE_WITHIN: usize = 1;

/// A word this close in meaning to one of the question's stands for it.
const CLOSE_WORD: f32 = 0.5;

/// The article's conditional sentences, each cut into its condition and what follows from it.
fn conditionals<'a>(cx: &Cx<'a>) -> Vec<Conditional<'a>> {
    let mut out = Vec::new();
    for (si, s) in cx.article.sentences.iter().enumerate() {
        let text = s.text(cx.article);
        if let Some(c) = if_clause(text).or_else(|| either_or(text)) {
            out.push(Conditional { sentence: si, ..c });
        }
    }
    out
}

/// Whether the question asks only what would follow from its condition ("what if …", "and if
/// …?", "what happens if …").
fn only_hypothetical(q: &Question) -> bool {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let at = words::question_start(&w);
    let rest = &w[at..];
    matches!(rest, ["if", ..] | ["what", "if", ..])
        || matches!(rest, ["what", "happens" | "happened", "if", ..] | ["what", "will" | "would" | "could", "happen", "if", ..])
}

/// Where `word` stands as a whole word in `text` (any case), byte offset.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(word) {
        let at = from + k;
        let before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[at + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// "If A, B" and "B if A" / "B unless A": the halves of a sentence around its "if" or "unless".
/// B that comes first starts after its clause's last "that" or comma ("warned that *Washington
/// could walk away* if …").
fn if_clause(text: &str) -> Option<Conditional<'_>> {
    let (at, len, negated) = word_at(text, "if").map(|a| (a, 2, false)).or_else(|| word_at(text, "unless").map(|a| (a, 6, true)))?;
    let opening = text[..at].trim_start_matches(|c: char| !c.is_alphanumeric()).is_empty();
    if opening {
        let rest = &text[at + len..];
        let comma = rest.find(',')?;
        return Some(Conditional { sentence: 0, condition: &rest[..comma], outcome: &rest[comma + 1..], negated });
    }
    let before = &text[..at];
    let start = [word_at(before, "that").map(|k| k + 4), before.rfind(',').map(|k| k + 1)].into_iter().flatten().max().unwrap_or(0);
    let outcome = &before[start..];
    (outcome.split_whitespace().count() >= 2).then_some(Conditional { sentence: 0, condition: &text[at + len..], outcome, negated })
}

/// "Time for them to either say yes or for the United States to walk away": B follows if A
/// does not.
fn either_or(text: &str) -> Option<Conditional<'_>> {
    let at = word_at(text, "either")?;
    let or = at + word_at(&text[at..], "or")?;
    Some(Conditional { sentence: 0, condition: &text[at + 6..or], outcome: &text[or + 2..], negated: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_of_an_if_sentence() {
        let c = if_clause("If Russia opts for a limited pause, Ukraine will respond in kind.").unwrap();
        assert_eq!((c.condition.trim(), c.outcome.trim()), ("Russia opts for a limited pause", "Ukraine will respond in kind."));
        let c = if_clause("Trump warned that Washington could walk away if there was no progress.").unwrap();
        assert_eq!((c.condition.trim(), c.outcome.trim()), ("there was no progress.", "Washington could walk away"));
        assert!(if_clause("The talks were held in London.").is_none());
        let c = either_or("It is time for them to either say yes or for the United States to walk away.").unwrap();
        assert_eq!((c.condition.trim(), c.outcome.trim(), c.negated), ("say yes", "for the United States to walk away.", true));
    }
}
