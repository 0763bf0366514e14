//! Prints how word retrieval and the ranker by meaning score the article's sentences for a question:
//! `cargo run --example debug_rank -- "how did rubio's absence affect the talks"` (`PARLEY_TOP=20` shows more than
//! the best five).
use parley::conversation::Context;
use parley::kb::Kb;
use parley::matcher::{retrieval, semantic, Index, Matcher};

fn main() {
    let q = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let kb = Kb::shipped().expect("shipped data");
    let a = &kb.articles[0];
    let index = Index::build(a, &kb.lexicon);
    let m = Matcher::new(a, &index);
    let question = m.understand(&q, &Context::default());
    let terms = question.topic_terms(&[]);
    for t in &terms {
        println!("term {} stem={} alts={:?} entity={:?}", t.word, t.stem, t.alts, t.entity);
    }
    println!("intent={:?} link={:?}", question.intent, question.link);
    println!("-- word retrieval");
    for h in retrieval::rank(&index, &terms, 5) {
        println!("{:.2} cov={:.2} topical={} ¶{} {}", h.score, h.coverage, h.topical, a.sentences[h.sentence].p, a.sentences[h.sentence].text(a));
    }
    // The ranker the answer-or-decline decision reads: features of the best five sentences.
    let ranked = semantic::rank(a, &index, &question);
    let ranker = semantic::Ranker::shipped();
    println!("-- ranked by meaning: confidence {:.3} (threshold {:.2})", ranker.confidence(&ranked), ranker.threshold);
    println!("   {}", semantic::FEATURES.join(" "));
    for r in ranked.iter().take(std::env::var("PARLEY_TOP").ok().and_then(|t| t.parse().ok()).unwrap_or(5)) {
        let f: Vec<String> = r.features.iter().map(|x| format!("{x:.2}")).collect();
        let s = &a.sentences[r.sentence];
        println!("{:.2} [{}] ¶{} {}", r.score, f.join(" "), s.p, s.text(a));
    }
}
