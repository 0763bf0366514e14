//! Per question (stdin lines): the ranker's best three sentences and its confidence and the best sentence's features, as JSON.
use parley::matcher::semantic::Ranker;
use parley::Engine;
use std::io::BufRead;

fn main() -> anyhow::Result<()> {
    let engine = Engine::shipped()?;
    let r = Ranker::shipped();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let ranked = engine.rank_sentences(&line);
        let rs: Vec<_> = ranked.iter().map(|(_, r)| *r).collect();
        let conf = r.confidence(&rs);
        let top: Vec<_> = ranked.iter().take(60).map(|(t, r)| serde_json::json!({"text": t, "score": r.score})).collect();
        let best = rs.first().map(|r| r.features.to_vec()).unwrap_or_default();
        println!("{}", serde_json::json!({"q": line, "conf": conf, "best": best, "top": top}));
    }
    Ok(())
}
