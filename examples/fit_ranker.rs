//! Fits the sentence ranker (`models/ranker.json`) on the tuning questions in `eval/`.
//!
//! ```sh
//! cargo run --release --example fit_ranker            # writes models/ranker.json
//! cargo run --release --example fit_ranker -- --dry   # prints, writes nothing
//! cargo run --release --example fit_ranker -- --threshold 0.5
//! cargo run --release --example fit_ranker -- --dry --sets dev,dev2-tune,fresh-a > /tmp/r.json
//! cargo run --release --example fit_ranker -- --dry --keep-ranking   # the decision alone
//! PARLEY_RANKER_FILE=/tmp/r.json target/release/parley ask "…"   # try it without a rebuild
//! ```
//!
//! The shipped threshold comes from a sweep of whole tuning sets through `score.py` with
//! `PARLEY_RANKER_THRESHOLD=t` (0.1 … 0.7): the proxy below only sees the best sentence, while
//! the sets see the whole answer, structured handlers included. The answer types that need a
//! threshold of their own get it from `models/sweep_thresholds.py`, and a refit keeps them.
//!
//! A sentence is right for a question when it lies inside one of the question's gold lines of
//! `eval/article.txt`. The ranking weights maximise the likelihood of the right sentences among
//! each question's sentences; the decision is a logistic fit of "the best sentence is right"
//! against "the article does not answer this", and its threshold the probability that best
//! separates the two on the tuning questions.

use parley::matcher::semantic::{decision_features, Features, Ranked, Ranker, DECISION_FEATURES, FEATURES, N_DECISION, N_FEATURES};
use parley::Engine;

/// Every set in `eval/` but the sealed ones (`fresh-b`, `fresh-d`), which are only ever scored.
const SETS: &[&str] = &["eval/dev.jsonl", "eval/dev2-tune.jsonl", "eval/fresh-a.jsonl", "eval/fresh-c.jsonl"];

#[derive(serde::Deserialize)]
struct Item {
    question: String,
    answerable: bool,
    gold_lines: Vec<usize>,
}

/// The scorer's normalisation, shared with `parley eval`.
use parley::eval::norm;

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn main() -> anyhow::Result<()> {
    let dry = std::env::args().any(|a| a == "--dry");
    let engine = Engine::shipped()?;
    let lines: Vec<String> = std::fs::read_to_string("eval/article.txt")?.lines().map(norm).collect();
    let strip = |s: &str| norm(s).trim_matches(|c: char| " \"'.,;:!?()[]{}*_`-".contains(c)).to_string();

    // Per question: every sentence's features and whether it lies in a gold line.
    let mut questions: Vec<(bool, Vec<(Features, bool)>)> = Vec::new();
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    // `--sets a,b` fits on other sets of `eval/` (by file stem) than the default ones.
    let chosen: Vec<String> = match arg("--sets") {
        Some(list) => list.split(',').map(|s| format!("eval/{s}.jsonl")).collect(),
        None => SETS.iter().map(|s| s.to_string()).collect(),
    };
    for set in &chosen {
        for line in std::fs::read_to_string(set)?.lines().filter(|l| !l.trim().is_empty()) {
            let item: Item = serde_json::from_str(line)?;
            let rows = engine
                .rank_sentences(&item.question)
                .iter()
                .map(|(text, r)| {
                    let t = strip(text);
                    (r.features, item.gold_lines.iter().any(|&g| g >= 1 && g <= lines.len() && lines[g - 1].contains(&t)))
                })
                .collect();
            questions.push((item.answerable, rows));
        }
    }

    // Ranking: a conditional logit over each answerable question's sentences (softmax, the
    // gold sentences sharing the target), L2-regularised, by gradient descent.
    let lists: Vec<&Vec<(Features, bool)>> = questions.iter().filter(|(a, rows)| *a && rows.iter().any(|r| r.1)).map(|(_, r)| r).collect();
    let mut w = [0.0f32; N_FEATURES];
    // `--keep-ranking` refits the decision only, on the shipped ranking weights.
    let keep = args.iter().any(|a| a == "--keep-ranking");
    if keep {
        w.copy_from_slice(&Ranker::shipped().weights);
    }
    for _ in 0..if keep { 0 } else { 3000 } {
        let mut g = [0.0f32; N_FEATURES];
        for rows in &lists {
            let z: Vec<f32> = rows.iter().map(|(f, _)| dot(&w, f)).collect();
            let top = z.iter().copied().fold(f32::MIN, f32::max);
            let e: Vec<f32> = z.iter().map(|x| (x - top).exp()).collect();
            let sum: f32 = e.iter().sum();
            let golds = rows.iter().filter(|r| r.1).count() as f32;
            for ((f, gold), ex) in rows.iter().zip(&e) {
                let diff = ex / sum - if *gold { 1.0 / golds } else { 0.0 };
                for j in 0..N_FEATURES {
                    g[j] += diff * f[j];
                }
            }
        }
        for j in 0..N_FEATURES {
            w[j] -= 1.0 * (g[j] / lists.len() as f32 + 0.01 * w[j]);
        }
    }
    let mut ranker = Ranker {
        features: FEATURES.iter().map(|s| s.to_string()).collect(),
        weights: w.to_vec(),
        decision_features: DECISION_FEATURES.iter().map(|s| s.to_string()).collect(),
        decision_weights: vec![0.0; N_DECISION],
        threshold: 0.5,
        // The per-answer-type thresholds come from sweeping whole sets
        // (`models/sweep_thresholds.py`), not from this proxy: they are kept.
        thresholds: Ranker::shipped().thresholds.clone(),
    };

    // Decision: a logistic fit of "the best sentence is right" (answerable questions) against
    // "the article does not answer this" (unanswerable ones), on the ranking's own features.
    let mut decisions: Vec<([f32; N_DECISION], bool, bool)> = Vec::new(); // features, answerable, best is gold
    for (answerable, rows) in &questions {
        let mut ranked: Vec<Ranked> = rows.iter().enumerate().map(|(i, (f, _))| Ranked { sentence: i, score: ranker.score(f), features: *f }).collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        let Some(best) = ranked.first() else { continue };
        decisions.push((decision_features(&ranked), *answerable, rows[best.sentence].1));
    }
    let train: Vec<&([f32; N_DECISION], bool, bool)> = decisions.iter().filter(|d| !d.1 || d.2).collect();
    let pos = train.iter().filter(|d| d.1).count().max(1) as f32;
    let neg = (train.len() as f32 - pos).max(1.0);
    let mut v = [0.0f32; N_DECISION];
    for _ in 0..5000 {
        let mut g = [0.0f32; N_DECISION];
        let mut total = 0.0;
        for (f, answerable, _) in &train {
            let p = 1.0 / (1.0 + (-dot(&v, f)).exp());
            let (y, k) = if *answerable { (1.0, neg / pos) } else { (0.0, 1.0) };
            for j in 0..N_DECISION {
                g[j] += k * (p - y) * f[j];
            }
            total += k;
        }
        for j in 0..N_DECISION {
            v[j] -= 0.5 * (g[j] / total + if j > 0 { 1e-3 * v[j] } else { 0.0 });
        }
    }
    ranker.decision_weights = v.to_vec();

    // Threshold: the probability that best separates right answers from unanswerable questions.
    let tops: Vec<(f32, bool, bool)> = decisions.iter().map(|(f, a, g)| (1.0 / (1.0 + (-dot(&v, f)).exp()), *a, *g)).collect();
    let mut cands: Vec<f32> = tops.iter().map(|t| t.0).collect();
    cands.sort_by(f32::total_cmp);
    let accuracy = |tau: f32| tops.iter().filter(|(p, ans, gold)| if *ans { *p >= tau && *gold } else { *p < tau }).count();
    let (mut best_tau, mut best_acc) = (0.5, 0);
    for pair in cands.windows(2) {
        let tau = (pair[0] + pair[1]) / 2.0;
        if accuracy(tau) > best_acc {
            (best_tau, best_acc) = (tau, accuracy(tau));
        }
    }
    // `--threshold X` keeps a threshold chosen by sweeping whole question sets instead.
    ranker.threshold = args.iter().position(|a| a == "--threshold").and_then(|i| args.get(i + 1)).and_then(|t| t.parse().ok()).unwrap_or(best_tau);
    let top1 = decisions.iter().filter(|d| d.1 && d.2).count();
    let answerable = decisions.iter().filter(|d| d.1).count();
    eprintln!("{} questions; best sentence right for {top1}/{answerable} answerable", questions.len());
    eprintln!("threshold {best_tau:.3}: {best_acc}/{} right on the proxy (answer iff the best sentence is gold)", tops.len());
    for (n, x) in FEATURES.iter().zip(&ranker.weights).chain(DECISION_FEATURES.iter().zip(&ranker.decision_weights)) {
        eprintln!("  {n:22} {x:+.3}");
    }
    let json = serde_json::to_string_pretty(&ranker)? + "\n";
    if dry {
        print!("{json}");
    } else {
        std::fs::write("models/ranker.json", json)?;
        eprintln!("wrote models/ranker.json");
    }
    Ok(())
}
