//! Answer latency percentiles over the mixed question set (every kind, typos, declines):
//! `cargo run --release --example latency [-- ROUNDS [ARTICLES]]`.
//! Criterion (`cargo bench`) gives the medians; this adds the tail (p99) it does not print.
use std::time::Instant;

// The `parley` binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(200);
    let articles: usize = std::env::args().nth(2).and_then(|x| x.parse().ok()).unwrap_or(1);
    let engine = parley::Engine::new(parley::kb::synth::generate(articles));
    let qs: Vec<&str> = include_str!("../benches/questions.txt").lines().filter(|l| !l.trim().is_empty()).collect();
    let mut times = Vec::with_capacity(rounds * qs.len());
    for _ in 0..rounds {
        for q in &qs {
            let t = Instant::now();
            let a = engine.answer(q, &mut Default::default());
            times.push(t.elapsed().as_nanos() as u64);
            std::hint::black_box(a);
        }
    }
    times.sort_unstable();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize] as f64 / 1000.0;
    println!(
        "{} answers over {} questions, {} article(s): median {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        times.len(),
        qs.len(),
        articles,
        pct(0.5),
        pct(0.9),
        pct(0.99),
        pct(1.0)
    );
}
