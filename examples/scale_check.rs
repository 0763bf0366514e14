//! Checks the synthetic knowledge bases load and answers a renamed question:
//! `cargo run --release --example scale_check -- 100`.
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(10);
    let t = std::time::Instant::now();
    let kb = parley::kb::synth::generate(n);
    let engine = parley::Engine::new(kb);
    println!("{n} articles loaded and indexed in {:?}", t.elapsed());
    for q in ["What did Lammyc post on X?", "Who is Witkoffb?", "What did Vance say about territory?", "when will the war end"] {
        let t = std::time::Instant::now();
        let a = engine.answer(q, &mut Default::default());
        println!("{:?} {q} -> answered={} {:?} [{}]", t.elapsed(), a.answered, a.lead, a.citations().first().map(|c| c.article.as_str()).unwrap_or(""));
    }
}
