//! End to end under load: the real dispatcher against an in-process Bot API server on
//! loopback, CHATS chats each asking QUESTIONS questions, Throttle and flood control off.
//! Prints updates/s, the update-to-sendMessage latency percentiles and the process's memory.
//!
//! `cargo run --release --example e2e_load -- CHATS QUESTIONS [RATE]` (default 200 × 50):
//!
//! * without RATE, a closed loop: every chat asks its next question as soon as the previous
//!   one is answered, so all CHATS chats always wait at once. This finds the most updates a
//!   second Parley can answer; the latency is then queueing (Little's law: CHATS ÷ rate).
//! * with RATE (updates a second), an open loop, as real users write: the questions arrive on
//!   a fixed schedule spread over the chats whether or not earlier ones were answered, and
//!   latency runs from the scheduled time, so falling behind counts against Parley.
//!
//! The durable inbox lives in memory unless `PARLEY_STATE=sqlite:PATH` puts it in a file, as
//! the bot does by default (WAL, one write per update and one per reply): the inbox's cost.
//!
//! The process uses mimalloc, as the `parley` binary does.

#[path = "../tests/support/botapi.rs"]
mod botapi;

use std::sync::Arc;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    s.split_whitespace().nth(1).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0) * 4096.0 / 1_048_576.0
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let chats: i64 = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(200);
    let per_chat: usize = std::env::args().nth(2).and_then(|x| x.parse().ok()).unwrap_or(50);
    let rate: f64 = std::env::args().nth(3).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    let qs: Vec<String> = include_str!("../benches/questions.txt").lines().filter(|l| !l.trim().is_empty()).map(String::from).collect();
    let api = Arc::new(botapi::BotApi::start().await);
    let mut s = parley::telegram::Settings::new(botapi::TOKEN);
    s.api_url = Some(api.url.clone());
    s.throttle = false;
    s.flood_per_minute = 0;
    s.poll_timeout = Duration::from_secs(1);
    if let Some(state) = std::env::var("PARLEY_STATE").ok().and_then(|v| parley::telegram::State::parse(&v).ok()) {
        s.state = state;
    }
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
                let due = if rate > 0.0 {
                    let due = start + Duration::from_secs_f64((k as f64 * chats as f64 + c as f64) / rate);
                    tokio::time::sleep_until(due.into()).await;
                    due
                } else {
                    Instant::now()
                };
                // Some answers are split or carry a notice: wait for any new message.
                let before = api.sent_to(chat);
                api.text(chat, chat as u64, q);
                assert!(api.wait_chat(chat, before + 1, 60).await, "no answer in chat {chat}");
                lat.push(due.elapsed());
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
        "{} {n} updates from {chats} chats in {:.2} s: {:.0} updates/s; update-to-sendMessage median {:.2} ms, p90 {:.2} ms, p99 {:.2} ms; RSS idle {:.1} MB, after {:.1} MB",
        if rate > 0.0 { format!("open loop at {rate} updates/s:") } else { "closed loop:".to_string() },
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
