//! Loads N synthetic articles and reports time and memory per stage, then answers a few
//! renamed questions: `cargo run --release --example scale_check -- 1000`.
use std::time::Instant;

fn rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = s.split_whitespace().nth(1).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    pages * 4096.0 / 1_048_576.0
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(10);
    let t = Instant::now();
    let texts = parley::kb::synth::texts(n);
    println!("generated {n} article files in {:?}; RSS {:.1} MB", t.elapsed(), rss_mb());
    let lexicon = parley::kb::Kb::shipped().unwrap().lexicon;
    let t = Instant::now();
    let kb = parley::kb::Kb::from_texts(texts, lexicon).unwrap();
    let parse = t.elapsed();
    println!("parsed and checked in {parse:?}; RSS {:.1} MB", rss_mb());
    let t = Instant::now();
    let engine = parley::Engine::new(kb);
    println!("indexed in {:?}; load total {:?}; RSS {:.1} MB", t.elapsed(), parse + t.elapsed(), rss_mb());
    for q in ["What did Lammyc post on X?", "Who is Witkoffd?", "What did Vance say about territory?", "when will the war end"] {
        let t = Instant::now();
        let a = engine.answer(q, &mut Default::default());
        println!("{:?} {q} -> answered={} {:?} [{}]", t.elapsed(), a.answered, a.lead, a.citations().first().map(|c| c.article.as_str()).unwrap_or(""));
    }
}
