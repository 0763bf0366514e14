//! Adding a report to a running bot: `parley telegram --data DIR` reads DIR again on SIGHUP.
//! The bot binary runs against the loopback Bot API server while questions keep coming: a
//! good new report is served from the next question on, a bad one is refused with the usual
//! message (file, fact, reason) while the running reports stay, and no question is lost or
//! answered twice across either reload.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::botapi::{BotApi, TOKEN};

const CHATS: i64 = 20;
const PER_CHAT: usize = 10;

/// A data folder holding the shipped report and the lexicon.
fn shipped_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parley-reload-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["data/london-talks.toml", "data/lexicon.toml"] {
        std::fs::copy(f, dir.join(std::path::Path::new(f).file_name().unwrap())).unwrap();
    }
    dir
}

fn spawn(api: &BotApi, data: &std::path::Path, log: &std::path::Path) -> Child {
    support::parley_telegram(api, TOKEN)
        .arg("--data")
        .arg(data)
        .args(["--flood-limit", "0", "--state", "memory"])
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap()
}

fn hangup(bot: &Child) {
    assert!(Command::new("kill").args(["-HUP", &bot.id().to_string()]).status().unwrap().success());
}

/// Waits until the bot's log has `n` lines containing `what`; returns the last one.
async fn logged(log: &std::path::Path, what: &str, n: usize) -> String {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().filter(|l| l.contains(what)).collect();
        if lines.len() >= n {
            return lines[n - 1].to_string();
        }
        assert!(Instant::now() < until, "no {what:?} in the log:\n{text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// What the bot sends for `q` answered by `engine`, as it renders it.
fn rendered(engine: &parley::Engine, q: &str) -> String {
    parley::telegram::html::render(&engine.answer(q, &mut Default::default())).remove(0)
}

/// Sends one round of questions (one a chat) and returns them.
fn round(api: &BotApi, engine: &parley::Engine, i: usize) -> Vec<String> {
    let people: Vec<String> = engine.kb().articles[0].data.person.iter().filter(|p| p.named).map(|p| p.name.clone()).collect();
    (1..=CHATS)
        .map(|c| {
            let q = format!("who is {}", people[(i + c as usize) % people.len()]);
            api.text(c, c as u64, &q);
            q
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_adds_a_report_refuses_a_bad_one_and_loses_no_question() {
    let dir = shipped_dir("hup");
    let log = dir.join("bot.log");
    let before = parley::Engine::from_dir(&dir).unwrap();
    let api = BotApi::start().await;
    let mut bot = spawn(&api, &dir, &log);

    // The second report is not loaded yet: its people are unknown.
    api.text(99, 99, "what did reyes say");
    assert!(api.wait_chat(99, 1, 30).await);
    let first = api.sent().into_iter().rfind(|s| s.chat_id == 99).unwrap().text;
    assert!(!first.contains("6% rise") && !first.contains("Example Wire"), "{first}");

    // Questions keep coming while the report is added and SIGHUP sent.
    let mut asked: Vec<Vec<String>> = vec![Vec::new(); CHATS as usize];
    for i in 0..PER_CHAT / 2 {
        for (c, q) in round(&api, &before, i).into_iter().enumerate() {
            asked[c].push(q);
        }
    }
    std::fs::copy("tests/fixtures/reports/eastport-pay-talks.toml", dir.join("eastport-pay-talks.toml")).unwrap();
    hangup(&bot);
    for i in PER_CHAT / 2..PER_CHAT {
        for (c, q) in round(&api, &before, i).into_iter().enumerate() {
            asked[c].push(q);
        }
    }
    let reloaded = logged(&log, "SIGHUP: reloaded", 1).await;
    assert!(reloaded.contains("2 reports"), "{reloaded}");
    let after = parley::Engine::from_dir(&dir).unwrap();

    api.text(99, 99, "what did reyes say");
    assert!(api.wait_chat(99, 2, 30).await);
    let second = api.sent().into_iter().rfind(|s| s.chat_id == 99).unwrap().text;
    assert!(second.contains("6% rise") && second.contains("Example Wire, 2 May 2025"), "{second}");

    // A report that fails the checks: refused, named with its fact and reason; the running
    // reports stay.
    let broken = std::fs::read_to_string("tests/fixtures/reports/eastport-pay-talks.toml").unwrap().replace(
        "evidence = \"Union leader Tomas Reyes said the workers wanted a 6% rise this year.\"\nabout",
        "evidence = \"Tomas Reyes said the workers wanted a 9% rise.\"\nabout",
    );
    std::fs::write(dir.join("eastport-pay-talks.toml"), broken).unwrap();
    hangup(&bot);
    let refused = logged(&log, "SIGHUP: reload refused", 1).await;
    assert!(refused.contains("eastport-pay-talks.toml") && refused.contains("reyes-rise") && refused.contains("not verbatim"), "{refused}");
    assert!(refused.contains("still serving"), "{refused}");
    api.text(99, 99, "what did reyes say");
    assert!(api.wait_chat(99, 3, 30).await);
    let third = api.sent().into_iter().rfind(|s| s.chat_id == 99).unwrap().text;
    assert!(third.contains("6% rise"), "the running reports stay: {third}");

    // Every question answered once, in order, by the reports loaded before or after the reload.
    let mut all = true;
    for c in 1..=CHATS {
        all &= api.wait_chat(c, PER_CHAT, 60).await;
    }
    Command::new("kill").args(["-TERM", &bot.id().to_string()]).status().unwrap();
    bot.wait().unwrap();
    assert!(all, "some chat did not get all its answers");
    let sent = api.sent();
    for c in 1..=CHATS {
        let got: Vec<&str> = sent.iter().filter(|s| s.chat_id == c && s.method == "sendmessage").map(|s| s.text.as_str()).collect();
        assert_eq!(got.len(), PER_CHAT, "chat {c}: {got:#?}");
        for (q, reply) in asked[c as usize - 1].iter().zip(&got) {
            assert!(*reply == rendered(&before, q) || *reply == rendered(&after, q), "chat {c}, {q:?}: {reply}");
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}
