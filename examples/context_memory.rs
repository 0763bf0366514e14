//! Memory of follow-up context for many chats: fills the bot's per-chat store with
//! realistic contexts (two people, a side, a source, one cited sentence) and reports the
//! growth in resident memory. `cargo run --release --example context_memory [-- CHATS]`.
fn rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    s.split_whitespace().nth(1).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0) * 4096.0 / 1_048_576.0
}

fn main() {
    let chats: i64 = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(10_000);
    let engine = parley::Engine::shipped().unwrap();
    let store = parley::telegram::state::Contexts::new(std::time::Duration::from_secs(3600), 1_000_000);
    let questions = ["What's Europe's position on lifting EU sanctions on Russia?", "Who is John Healey?", "What did Vance say?"];
    let before = rss_mb();
    for c in 0..chats {
        let mut ctx = parley::conversation::Context::default();
        engine.answer(questions[c as usize % questions.len()], &mut ctx);
        store.put(c, 1, ctx);
    }
    let after = rss_mb();
    println!("{chats} chats' follow-up context: +{:.1} MB resident ({:.0} bytes a chat)", after - before, (after - before) * 1_048_576.0 / chats as f64);
}
