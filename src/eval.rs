//! `parley eval`: a question set in the shared JSON-lines format, answered in process and
//! scored the way `score.py` scores `parley ask --json` — the per-kind table, the wrong items
//! and the `SCORE` line — like `rasa test`.
//!
//! A question is right when Parley answers, one citation lies inside a gold line of the
//! article text, and every `must_include` group has one of its words in the answer; an
//! unanswerable one when Parley declines. Dialogues are answered turn by turn in one
//! conversation. The rules, the normalisation and the figures are `score.py`'s; the tests keep
//! the two in step.

use std::fmt::Write as _;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::{render, Context, Engine};

/// One question of a set.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    #[serde(default)]
    pub id: Option<String>,
    pub question: String,
    pub kind: String,
    pub answerable: bool,
    pub gold_lines: Vec<i64>,
    pub must_include: Vec<Vec<String>>,
    #[serde(default)]
    pub hedge: bool,
}

/// One conversation of a dialogue set.
#[derive(Debug, Clone, Deserialize)]
pub struct Dialogue {
    #[serde(default)]
    pub id: Option<String>,
    pub turns: Vec<Item>,
}

/// The article text the gold line numbers refer to, normalised once.
pub struct Reference {
    lines: Vec<String>,
    stripped: Vec<String>,
    full: String,
}

impl Reference {
    pub fn new(text: &str) -> Reference {
        let lines: Vec<String> = text.lines().map(norm).collect();
        let stripped = text.lines().map(norm_cite).collect();
        let full = lines.join(" ");
        Reference { lines, stripped, full }
    }
}

/// How one item went.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: String,
    pub kind: String,
    pub question: String,
    pub answerable: bool,
    pub hedge: bool,
    pub correct: bool,
    pub hedge_ok: bool,
    pub reason: String,
    pub answer: String,
    pub citations: usize,
    pub fabricated: usize,
}

/// Citations shorter than this (normalised) never count as in gold, as in `score.py`.
const MIN_CITE_CHARS: usize = 10;
const HEDGE_MARKERS: &[&str] = &["according to", "reportedly", "sources", "source", "diplomats", "diplomat", "officials", "official", "reported"];
const CITE_STRIP: &[char] = &[' ', '"', '\'', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '*', '_', '`', '-'];

/// Lower case, straight quotes, '-' for dashes, invisible marks dropped, one space.
pub fn norm(s: &str) -> String {
    let s: String = s
        .nfkc()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{b4}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_cite(s: &str) -> String {
    norm(s).trim_matches(CITE_STRIP).to_string()
}

/// A short alternative ("US", "no", "3") must stand as a whole word; a longer one may be part
/// of one ("cancel" in "cancelled").
fn has_alt(answer: &str, alt: &str) -> bool {
    let a = norm(alt);
    if a.is_empty() {
        return false;
    }
    if a.chars().count() > 3 {
        return answer.contains(&a);
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    answer.match_indices(&a).any(|(i, m)| !word(answer[..i].chars().next_back()) && !word(answer[i + m.len()..].chars().next()))
}

fn group_ok(answer: &str, group: &[String]) -> bool {
    group.iter().any(|alt| has_alt(answer, alt))
}

/// The group of attribution words ("sources", "according to") a hedged answer must hold.
fn hedge_group(item: &Item) -> Vec<String> {
    let by = |f: &dyn Fn(&str) -> bool| item.must_include.iter().find(|g| g.iter().any(|a| f(&norm(a)))).cloned();
    by(&|a| a == "according to").or_else(|| by(&|a| HEDGE_MARKERS.contains(&a))).unwrap_or_else(|| HEDGE_MARKERS.iter().map(|s| s.to_string()).collect())
}

/// Scores one reply.
pub fn score(item: &Item, id: String, reply: &serde_json::Value, art: &Reference) -> Outcome {
    let answer = reply["answer"].as_str().unwrap_or("").to_string();
    let answered = reply["answered"].as_bool().unwrap_or(false);
    let answer_n = norm(&answer);
    let gold: Vec<(&str, &str)> = item
        .gold_lines
        .iter()
        .filter_map(|&n| usize::try_from(n).ok().filter(|n| (1..=art.lines.len()).contains(n)))
        .map(|n| (art.lines[n - 1].as_str(), art.stripped[n - 1].as_str()))
        .collect();
    let (mut in_gold, mut fabricated, mut citations) = (false, 0, 0);
    for c in reply["citations"].as_array().into_iter().flatten() {
        let cn = norm_cite(c["text"].as_str().unwrap_or(""));
        if cn.is_empty() {
            continue;
        }
        citations += 1;
        if !art.full.contains(&cn) {
            fabricated += 1;
        }
        if cn.chars().count() >= MIN_CITE_CHARS {
            in_gold |= gold.iter().any(|(gn, gs)| !gn.is_empty() && (gn.contains(&cn) || (cn.len() > gs.len() && !gs.is_empty() && cn.contains(gs))));
        }
    }
    let missing: Vec<String> = item.must_include.iter().filter(|g| !group_ok(&answer_n, g)).map(|g| g.join("/")).collect();
    let (correct, reason) = if !item.answerable {
        (!answered, if answered { "answered an unanswerable question".to_string() } else { String::new() })
    } else if !answered {
        (false, "declined an answerable question".to_string())
    } else if !in_gold {
        let mut r = "no citation inside the gold lines".to_string();
        if !missing.is_empty() {
            r += &format!("; answer lacks {}", missing.join("; "));
        }
        (false, r)
    } else if !missing.is_empty() {
        (false, format!("answer lacks {}", missing.join("; ")))
    } else {
        (true, String::new())
    };
    let hedge_ok = item.hedge && item.answerable && answered && group_ok(&answer_n, &hedge_group(item));
    Outcome {
        id,
        kind: item.kind.clone(),
        question: item.question.clone(),
        answerable: item.answerable,
        hedge: item.hedge,
        correct,
        hedge_ok,
        reason,
        answer,
        citations,
        fabricated,
    }
}

/// Answers every item on its own, as `parley ask --json` does.
pub fn run_questions(engine: &Engine, items: &[Item], art: &Reference) -> Vec<Outcome> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let q = one_line(&item.question);
            let reply = render::json_value(&q, &engine.answer(&q, &mut Context::default()));
            score(item, item.id.clone().unwrap_or_else(|| format!("#{}", i + 1)), &reply, art)
        })
        .collect()
}

/// Answers each conversation's turns in one context, as `parley chat --json` does.
pub fn run_dialogues(engine: &Engine, dialogues: &[Dialogue], art: &Reference) -> Vec<Outcome> {
    let mut out = Vec::new();
    for (di, d) in dialogues.iter().enumerate() {
        let did = d.id.clone().unwrap_or_else(|| format!("c{}", di + 1));
        let mut ctx = Context::default();
        for (ti, t) in d.turns.iter().enumerate() {
            let q = one_line(&t.question);
            let reply = render::json_value(&q, &engine.answer(&q, &mut ctx));
            out.push(score(t, format!("{did}.{}", ti + 1), &reply, art));
        }
    }
    out
}

fn one_line(q: &str) -> String {
    q.split(['\r', '\n']).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn fmt(x: Option<f64>) -> String {
    x.map_or_else(|| "n/a".to_string(), |x| format!("{x:.3}"))
}

/// The `SCORE` line, exactly as `score.py` prints it.
pub fn score_line(questions: &[Outcome], dialogue: Option<&[Outcome]>) -> String {
    let count = |rs: &[&Outcome]| rs.iter().filter(|r| r.correct).count();
    let all: Vec<&Outcome> = questions.iter().collect();
    let ans: Vec<&Outcome> = questions.iter().filter(|r| r.answerable).collect();
    let una: Vec<&Outcome> = questions.iter().filter(|r| !r.answerable).collect();
    let hed: Vec<&Outcome> = questions.iter().filter(|r| r.hedge && r.answerable).collect();
    let fabricated: usize = questions.iter().chain(dialogue.unwrap_or(&[])).map(|r| r.fabricated).sum();
    format!(
        "SCORE overall={} answerable={} declines={} hedge={} dialogue={} fabricated={fabricated}",
        fmt(ratio(count(&all), all.len())),
        fmt(ratio(count(&ans), ans.len())),
        fmt(ratio(count(&una), una.len())),
        fmt(ratio(hed.iter().filter(|r| r.hedge_ok).count(), hed.len())),
        fmt(dialogue.and_then(|d| ratio(d.iter().filter(|r| r.correct).count(), d.len()))),
    )
}

/// The whole report: the per-kind table, the wrong items, the SCORE line last.
pub fn report(name: &str, questions: &[Outcome], dialogue: Option<&[Outcome]>, verbose: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "== parley eval: {name} ({} questions) ==", questions.len());
    let mut kinds: Vec<&str> = Vec::new();
    for r in questions {
        if !kinds.contains(&r.kind.as_str()) {
            kinds.push(&r.kind);
        }
    }
    let _ = writeln!(s, "{:<18}{:>5}{:>9}{:>8}", "kind", "n", "correct", "acc");
    for k in kinds {
        let rs: Vec<&Outcome> = questions.iter().filter(|r| r.kind == k).collect();
        let c = rs.iter().filter(|r| r.correct).count();
        let _ = writeln!(s, "{k:<18}{:>5}{c:>9}{:>8}", rs.len(), fmt(ratio(c, rs.len())));
    }
    let wrong: Vec<&Outcome> = questions.iter().chain(dialogue.unwrap_or(&[])).filter(|r| !r.correct).collect();
    let _ = writeln!(s, "\n== wrong items ({}) ==", wrong.len());
    for r in wrong {
        let _ = writeln!(s, "--- {} [{}] {}\n    Q: {}", r.id, r.kind, r.reason, one_line(&r.question));
        if verbose {
            let _ = writeln!(s, "    got: {}", one_line(&r.answer));
        }
    }
    let _ = writeln!(s, "\n{}", score_line(questions, dialogue));
    s
}

/// Reads a JSON-lines file of `T`, naming the line of any bad record.
pub fn load<T: for<'de> Deserialize<'de>>(path: &std::path::Path) -> anyhow::Result<Vec<T>> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| anyhow::anyhow!("{}:{}: {e}", path.display(), i + 1)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_alternatives_match_whole_words_only() {
        assert!(has_alt("the u.s. and us", "us"));
        assert!(!has_alt("business", "us"));
        assert!(has_alt("it was cancelled", "cancel"));
    }
}
