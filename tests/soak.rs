//! Faults under load, short form (the full run is `cargo run --release --example soak`):
//! 500 questions over 50 chats while about 5% of sendMessage calls fail at random (429 with
//! retry_after 1, a dropped connection, a non-JSON answer) plus one 502, and the bot binary is
//! SIGTERMed and restarted twice mid-run.
//!
//! The rule checked: every question gets exactly one answer. A graceful stop lets replies in
//! flight finish and confirms the polling offset, so no update is lost and none is answered
//! twice; a repeat would only be allowed for an update whose offset the Bot API never saw
//! confirmed (a crash, not tested here). Memory must not grow across a segment, and the token
//! must not appear in anything the bot printed.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::botapi::{self, BotApi, Fault};

/// A running bot and what it prints, drained as it goes (a full pipe would stall the bot).
struct Bot {
    child: Child,
    out: std::sync::Arc<std::sync::Mutex<String>>,
}

fn drain(r: impl std::io::Read + Send + 'static, out: std::sync::Arc<std::sync::Mutex<String>>) {
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(r).lines().map_while(Result::ok) {
            let mut o = out.lock().unwrap();
            o.push_str(&line);
            o.push('\n');
        }
    });
}

fn spawn(api: &BotApi) -> Bot {
    let mut child = spawn_child(api);
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    drain(child.stdout.take().unwrap(), out.clone());
    drain(child.stderr.take().unwrap(), out.clone());
    Bot { child, out }
}

fn spawn_child(api: &BotApi) -> Child {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["telegram", "--poll-timeout", "1", "--startup-attempts", "1", "--flood-limit", "0"])
        .env("TELOXIDE_TOKEN", botapi::TOKEN)
        .env("TELOXIDE_API_URL", &api.url)
        .env("RUST_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/statm")).ok().and_then(|s| s.split_whitespace().nth(1).and_then(|x| x.parse::<u64>().ok())).unwrap_or(0) * 4
}

async fn stop(mut bot: Bot) -> String {
    Command::new("kill").args(["-TERM", &bot.child.id().to_string()]).status().unwrap();
    let status = tokio::task::spawn_blocking(move || (bot.child.wait().unwrap(), bot.out)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let out = status.1.lock().unwrap().clone();
    assert_eq!(status.0.code(), Some(0), "graceful exit: {}", out.lines().rev().take(20).collect::<Vec<_>>().join("\n"));
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_and_restarts_lose_nothing_and_repeat_nothing() {
    const CHATS: i64 = 50;
    const PER_CHAT: usize = 10;
    let questions = ["Who is Lammy?", "Who is Healey?", "Who is Yermak?", "Who is Kellogg?", "Who is Rubio?"];
    let api = BotApi::start().await;
    api.random_faults("sendMessage", 50, 7);
    api.fail("sendMessage", Fault::Status(502));
    let mut output = String::new();
    let mut bot = spawn(&api);
    let started = Instant::now();
    let mut pushed = 0usize;
    for round in 0..PER_CHAT {
        for c in 0..CHATS {
            api.text(2000 + c, (2000 + c) as u64, questions[(round + c as usize) % questions.len()]);
            pushed += 1;
        }
        // Twice, mid-run: stop the bot while answers are in flight, then start it again.
        if round == 3 || round == 7 {
            tokio::time::sleep(Duration::from_millis(150)).await;
            output += &stop(bot).await;
            bot = spawn(&api);
        }
    }
    let rss_start = {
        tokio::time::sleep(Duration::from_millis(300)).await;
        rss_kb(bot.child.id())
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let done = (0..CHATS).all(|c| api.sent_to(2000 + c) >= PER_CHAT);
        if done || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rss_end = rss_kb(bot.child.id());
    output += &stop(bot).await;
    for c in 0..CHATS {
        assert_eq!(api.sent_to(2000 + c), PER_CHAT, "chat {} got {} answers for {PER_CHAT} questions", 2000 + c, api.sent_to(2000 + c));
    }
    assert_eq!(pushed, CHATS as usize * PER_CHAT);
    assert!(api.injected() >= 10, "faults were injected: {}", api.injected());
    assert!(rss_end <= rss_start + 20_000, "memory grew from {rss_start} KB to {rss_end} KB");
    assert!(!output.contains(botapi::TOKEN) && !output.contains("TEST-secret"), "the token appeared in the bot's output");
    assert!(started.elapsed() < Duration::from_secs(150));
}
