//! Where the gold sentence of each answerable question ranks, and the ranker's confidence:
//! `cargo run --release --example gold_rank -- eval/fresh-a.jsonl ...` (diagnostics only).
use parley::eval::norm;
use parley::matcher::semantic::{Ranked, Ranker};
use parley::Engine;

#[derive(serde::Deserialize)]
struct Item {
    id: String,
    question: String,
    answerable: bool,
    gold_lines: Vec<usize>,
}

fn main() -> anyhow::Result<()> {
    let engine = Engine::shipped()?;
    let lines: Vec<String> = std::fs::read_to_string("eval/article.txt")?.lines().map(norm).collect();
    let strip = |s: &str| norm(s).trim_matches(|c: char| " \"'.,;:!?()[]{}*_`-".contains(c)).to_string();
    let ranker = Ranker::shipped();
    for set in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&set)?.lines().filter(|l| !l.trim().is_empty()) {
            let item: Item = serde_json::from_str(line)?;
            let rows = engine.rank_sentences(&item.question);
            let mut ranked: Vec<(Ranked, bool)> = rows
                .iter()
                .enumerate()
                .map(|(i, (text, r))| {
                    let t = strip(text);
                    let gold = item.gold_lines.iter().any(|&g| g >= 1 && g <= lines.len() && lines[g - 1].contains(&t));
                    (Ranked { sentence: i, score: ranker.score(&r.features), features: r.features }, gold)
                })
                .collect();
            ranked.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
            let only: Vec<Ranked> = ranked.iter().map(|r| r.0).collect();
            let conf = ranker.confidence(&only);
            let rank = ranked.iter().position(|r| r.1).map(|p| p + 1).unwrap_or(0);
            println!("{}\t{}\t{}\t{:.3}\t{}", item.id, item.answerable, rank, conf, item.question);
        }
    }
    Ok(())
}
