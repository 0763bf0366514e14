//! No question is lost on a stop: 1,000 questions over 100 chats, the bot binary stopped at
//! three moments mid-run (SIGKILL, SIGTERM, SIGINT) and restarted on the same state file.
//!
//! Checked, per chat, against what the same engine answers in process: every question gets
//! its answer, in the order asked. A kill between a reply going out and its mark in the inbox
//! repeats that one reply after the restart, so repeats are bounded by one a chat a kill; the
//! test prints how many there were.
//!
//! Webhook mode is checked the same way: updates are posted to the bot's webhook as Telegram
//! posts them (each until it gets a 200), and the bot is stopped by each signal mid-run.

mod support;

use std::process::{Child, Command, Stdio};

use support::botapi::{self, BotApi};

const CHATS: i64 = 100;
const PER_CHAT: usize = 10;

fn spawn(api: &BotApi, state: &std::path::Path) -> Child {
    spawn_with(api, state, &[])
}

/// The bot binary on `state`, with more options (`--webhook` …).
fn spawn_with(api: &BotApi, state: &std::path::Path, args: &[&str]) -> Child {
    support::parley_telegram(api, botapi::TOKEN)
        .args(["--flood-limit", "0"])
        .args(args)
        .arg("--state")
        .arg(format!("sqlite:{}", state.display()))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// A state file of its own for one test, in a fresh folder (removed with `remove_dir_all`).
fn fresh_state(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("parley-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let state = dir.join("state.sqlite");
    (dir, state)
}

/// The questions of one chat: "who is X" over the article's named people, in a rotating order.
fn questions(engine: &parley::Engine, chat: i64) -> Vec<String> {
    let people: Vec<String> = engine.kb().articles[0].data.person.iter().filter(|p| p.named).map(|p| p.name.clone()).collect();
    (0..PER_CHAT).map(|i| format!("who is {}", people[(i + chat as usize) % people.len()])).collect()
}

/// Checks every chat got its answers in the order asked (each possibly repeated after a stop)
/// and returns how many replies were repeats.
fn answers_in_order(api: &BotApi, engine: &parley::Engine, asked: &[Vec<String>]) -> usize {
    let sent = api.sent();
    let mut repeats = 0;
    for (c, questions) in (1..).zip(asked) {
        let got: Vec<&str> = sent.iter().filter(|s| s.chat_id == c && s.method == "sendmessage").map(|s| s.text.as_str()).collect();
        let mut distinct: Vec<&str> = got.clone();
        distinct.dedup();
        repeats += got.len() - distinct.len();
        let want: Vec<String> = questions.iter().map(|q| expected(engine, q)).collect();
        assert_eq!(distinct, want, "chat {c}: answers missing or out of order");
    }
    repeats
}

/// What the bot should send for `q`, rendered as it renders it.
fn expected(engine: &parley::Engine, q: &str) -> String {
    let a = engine.answer(q, &mut parley::conversation::Context::default());
    parley::telegram::html::render(&a).remove(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_or_killed_bot_answers_every_question_in_order_after_restarts() {
    let engine = parley::Engine::shipped().unwrap();
    let api = BotApi::start().await;
    let (dir, state) = fresh_state("durability");

    let asked: Vec<Vec<String>> = (1..=CHATS).map(|c| questions(&engine, c)).collect();
    // Round by round, so every chat has questions waiting at every moment.
    for i in 0..PER_CHAT {
        for (c, qs) in (1..=CHATS).zip(&asked) {
            api.text(c, c as u64, &qs[i]);
        }
    }
    let total = CHATS as usize * PER_CHAT;

    // Three stops, at moments spread over the run (a fixed pseudo-random jitter): SIGKILL,
    // then SIGTERM and SIGINT, which stop gracefully but may leave questions fetched and not
    // yet answered.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for (k, signal) in ["KILL", "TERM", "INT"].into_iter().enumerate() {
        let mut bot = spawn(&api, &state);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = (k + 1) * total / 4 + (seed % 60) as usize;
        let reached = api.wait_sent(at, 120).await.len();
        Command::new("kill").args([&format!("-{signal}"), &bot.id().to_string()]).status().unwrap();
        bot.wait().unwrap();
        assert!(reached >= at, "stop {k} (SIG{signal}): only {reached} replies before it, at {at}");
    }
    let mut bot = spawn(&api, &state);
    let mut all = true;
    for c in 1..=CHATS {
        all &= api.wait_answers(c, PER_CHAT, 120).await;
    }
    Command::new("kill").args(["-TERM", &bot.id().to_string()]).status().unwrap();
    bot.wait().unwrap();
    assert!(all, "some chat did not get all its answers");

    let repeats = answers_in_order(&api, &engine, &asked);
    eprintln!("{total} questions, SIGKILL, SIGTERM, SIGINT: every one answered in order; {repeats} replies repeated after a stop");
    assert!(repeats <= 3 * CHATS as usize, "{repeats} repeats: more than one a chat a kill");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_up_context_survives_a_restart() {
    let engine = parley::Engine::shipped().unwrap();
    let api = BotApi::start().await;
    let (dir, state) = fresh_state("context");

    let first = "who is lammy";
    let follow = "what did he say?";
    let mut bot = spawn(&api, &state);
    api.text(7, 7, first);
    assert!(api.wait_chat(7, 1, 30).await, "no answer to the first question");
    Command::new("kill").args(["-TERM", &bot.id().to_string()]).status().unwrap();
    bot.wait().unwrap();

    let mut bot = spawn(&api, &state);
    api.text(7, 7, follow);
    assert!(api.wait_chat(7, 2, 30).await, "no answer after the restart");
    Command::new("kill").args(["-TERM", &bot.id().to_string()]).status().unwrap();
    bot.wait().unwrap();

    // What the engine answers when it remembers the first question, and when it does not.
    let mut ctx = parley::conversation::Context::default();
    engine.answer(first, &mut ctx);
    let remembered = parley::telegram::html::render(&engine.answer(follow, &mut ctx)).remove(0);
    let forgotten = parley::telegram::html::render(&engine.answer(follow, &mut parley::conversation::Context::default())).remove(0);
    assert_ne!(remembered, forgotten, "the test question must depend on context");
    let sent = api.sent();
    let got = sent.iter().filter(|s| s.chat_id == 7 && s.method == "sendmessage").nth(1).map(|s| s.text.clone()).unwrap();
    assert_eq!(got, remembered, "after the restart \"he\" was not Lammy");
    let _ = std::fs::remove_dir_all(dir);
}

/// The same run in webhook mode: 300 questions over 30 chats posted to the webhook one at a time,
/// each again until it is confirmed (as Telegram does), with SIGKILL, SIGINT and SIGTERM.
/// The bot records an update before its 200, so none is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_webhook_bot_answers_every_confirmed_question_in_order() {
    const HOOK_CHATS: i64 = 30;
    let engine = parley::Engine::shipped().unwrap();
    let api = BotApi::start().await;
    let (dir, state) = fresh_state("webhook");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let spawn_hook = || spawn_with(&api, &state, &["--webhook", "https://example.test/hook", "--listen", &listen, "--webhook-secret", "hook-S3cret"]);

    let asked: Vec<Vec<String>> = (1..=HOOK_CHATS).map(|c| questions(&engine, c)).collect();
    // Round by round; a round's updates (one a chat) are posted at once, as Telegram does over
    // several connections, so confirmed updates queue up inside the bot.
    let mut rounds = Vec::new();
    for i in 0..PER_CHAT {
        let round: Vec<serde_json::Value> = (1..=HOOK_CHATS)
            .zip(&asked)
            .map(|(c, qs)| serde_json::json!({ "update_id": i * HOOK_CHATS as usize + c as usize, "message": botapi::message(c, c as u64, &qs[i], None) }))
            .collect();
        rounds.push(round);
    }
    let total = HOOK_CHATS as usize * PER_CHAT;
    // Replies that sometimes have to be retried (a 429, a dropped connection) keep the bot
    // behind the webhook, as on a busy day: confirmed updates wait in it when it is killed.
    api.random_faults("sendMessage", 100, 7);
    let url = format!("http://{listen}/hook");
    let poster = tokio::spawn(async move {
        let client = reqwest::Client::new();
        for round in rounds {
            let posts = round.into_iter().map(|u| {
                let (client, url) = (client.clone(), url.clone());
                async move {
                    loop {
                        let r = client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", "hook-S3cret").json(&u).send().await;
                        if r.is_ok_and(|r| r.status().is_success()) {
                            break;
                        }
                        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    }
                }
            });
            futures_util::future::join_all(posts).await;
        }
    });

    for (k, signal) in ["KILL", "INT", "TERM"].into_iter().enumerate() {
        let mut bot = spawn_hook();
        let at = (k + 1) * total / 4 + 7 * k;
        let reached = api.wait_sent(at, 120).await.len();
        Command::new("kill").args([&format!("-{signal}"), &bot.id().to_string()]).status().unwrap();
        bot.wait().unwrap();
        assert!(reached >= at, "stop {k} (SIG{signal}): only {reached} replies before it, at {at}");
    }
    let mut bot = spawn_hook();
    let mut all = true;
    for c in 1..=HOOK_CHATS {
        all &= api.wait_answers(c, PER_CHAT, 120).await;
    }
    let posted = tokio::time::timeout(std::time::Duration::from_secs(60), poster).await;
    Command::new("kill").args(["-TERM", &bot.id().to_string()]).status().unwrap();
    bot.wait().unwrap();
    assert!(posted.is_ok(), "the webhook stopped confirming updates");
    assert!(all, "some chat did not get all its answers");

    let repeats = answers_in_order(&api, &engine, &asked);
    eprintln!("webhook: {total} questions, SIGKILL, SIGINT, SIGTERM: every one answered in order; {repeats} replies repeated after a stop");
    assert!(repeats <= 3 * HOOK_CHATS as usize, "{repeats} repeats: more than one a chat a stop");
    let _ = std::fs::remove_dir_all(dir);
}

/// The webhook answers Telegram's POST with 200 only once the update is in the inbox: a kill
/// the moment after loses nothing. teloxide's own webhook route, behind Parley's layer; the
/// listener is never read, so nothing but the layer can have recorded the update.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_confirms_an_update_only_once_it_is_recorded() {
    use parley::telegram::inbox::{self, Inbox};
    let store = std::sync::Arc::new(Inbox::in_memory().unwrap());
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = tcp.local_addr().unwrap();
    let options = teloxide::update_listeners::webhooks::Options::new(addr, "https://example.test/hook".parse().unwrap()).secret_token("hook-S3cret".into());
    let (_listener, _stopped, router) = teloxide::update_listeners::webhooks::axum_no_setup(options);
    let router = inbox::recording(router, store.clone(), Some("hook-S3cret".into()));
    tokio::spawn(async move { axum::serve(tcp, router).await.unwrap() });

    let client = reqwest::Client::new();
    let post = |secret: &'static str, id: u32| {
        let update = serde_json::json!({ "update_id": id, "message": botapi::message(5, 5, "who is lammy", None) });
        client.post(format!("http://{addr}/hook")).header("X-Telegram-Bot-Api-Secret-Token", secret).json(&update).send()
    };
    let pending = || store.pending().unwrap().iter().map(|u| u.id.0).collect::<Vec<u32>>();
    assert_eq!(post("hook-S3cret", 41).await.unwrap().status(), 200);
    assert_eq!(pending(), [41], "confirmed before it was recorded");
    // Sent again (our 200 was lost): confirmed, recorded once.
    assert_eq!(post("hook-S3cret", 41).await.unwrap().status(), 200);
    assert_eq!(pending(), [41]);
    // Without the secret: refused and not recorded.
    assert_eq!(post("wrong", 42).await.unwrap().status(), 401);
    assert_eq!(pending(), [41]);
}
