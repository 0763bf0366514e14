//! End to end under load: the real dispatcher against an in-process Bot API server on
//! loopback, CHATS chats each asking QUESTIONS questions in turn (a closed loop: the next
//! question after the answer), Throttle and flood control off. Prints updates/s and the
//! update-to-sendMessage latency percentiles, and the process's memory.
//! `cargo run --release --example e2e_load [-- CHATS QUESTIONS]` (default 200 × 50).

#[path = "../tests/support/botapi.rs"]
mod botapi;

use std::sync::Arc;
use std::time::{Duration, Instant};

fn rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    s.split_whitespace().nth(1).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0) * 4096.0 / 1_048_576.0
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let chats: i64 = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(200);
    let per_chat: usize = std::env::args().nth(2).and_then(|x| x.parse().ok()).unwrap_or(50);
    let qs: Vec<String> = include_str!("../benches/questions.txt").lines().filter(|l| !l.trim().is_empty()).map(String::from).collect();
    let api = Arc::new(botapi::BotApi::start().await);
    let mut s = parley::telegram::Settings::new(botapi::TOKEN);
    s.api_url = Some(api.url.clone());
    s.throttle = false;
    s.flood_per_minute = 0;
    s.poll_timeout = Duration::from_secs(1);
    let engine = Arc::new(parley::Engine::shipped().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(parley::telegram::run_until(engine, s, async move {
        let _ = rx.await;
    }));
    // Warm up: one answered question.
    api.text(1, 1, "Who is Lammy?");
    api.wait_chat(1, 1, 20).await;
    let idle = rss_mb();

    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..chats {
        let api = api.clone();
        let qs = qs.clone();
        tasks.push(tokio::spawn(async move {
            let chat = 1000 + c;
            let mut lat = Vec::with_capacity(per_chat);
            for k in 0..per_chat {
                let q = &qs[(c as usize + k) % qs.len()];
                let t = Instant::now();
                api.text(chat, chat as u64, q);
                // Some answers are split or carry a notice: wait for any new message.
                assert!(api.wait_chat(chat, api.sent_to(chat).max(k) + 1, 60).await, "no answer in chat {chat}");
                lat.push(t.elapsed());
            }
            lat
        }));
    }
    let mut lat: Vec<Duration> = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let wall = start.elapsed();
    lat.sort();
    let pct = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1000.0;
    let n = lat.len();
    println!(
        "{n} updates from {chats} chats in {:.2} s: {:.0} updates/s; update-to-sendMessage median {:.2} ms, p90 {:.2} ms, p99 {:.2} ms; RSS idle {:.1} MB, after {:.1} MB",
        wall.as_secs_f64(),
        n as f64 / wall.as_secs_f64(),
        pct(0.5),
        pct(0.9),
        pct(0.99),
        idle,
        rss_mb()
    );
    let _ = tx.send(());
    let _ = bot.await;
}
