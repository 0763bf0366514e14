//! A Bot API server for the tests, on 127.0.0.1: `POST /bot<TOKEN>/<method>` with JSON
//! bodies and `{"ok":…,"result":…}` answers, method names matched case-insensitively,
//! getUpdates long polling with offset semantics, and faults injected per call.
#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST-secret-token-xyz";
pub const BOT_ID: u64 = 999;
pub const BOT_USERNAME: &str = "parley_test_bot";

/// What a call can be made to suffer.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 with `retry_after` seconds.
    RetryAfter(u32),
    /// An HTTP error status with a JSON error body (teloxide waits 10 s after a 5xx).
    Status(u16),
    /// Headers sent, then the connection breaks mid-body.
    Reset,
    /// 200 with a body that is not JSON.
    Garbage,
    /// Answer normally, but only after this long.
    Delay(Duration),
}

/// A message the bot sent (or edited).
#[derive(Debug, Clone)]
pub struct Sent {
    /// When the server received it.
    pub at: std::time::Instant,
    pub method: String,
    pub chat_id: i64,
    pub text: String,
    pub body: Value,
}

#[derive(Default)]
struct Inner {
    updates: Vec<(i64, Value)>,
    next_update: i64,
    confirmed: i64,
    next_message: i64,
    sent: Vec<Sent>,
    calls: Vec<String>,
    faults: HashMap<String, VecDeque<Fault>>,
    get_updates_offsets: Vec<i64>,
    per_chat: HashMap<i64, usize>,
    /// One wake-up per chat, so a message wakes only the waiters of its own chat (a load run
    /// has hundreds waiting; one shared wake-up cost more than the bot under test).
    chat_waiters: HashMap<i64, Arc<Notify>>,
    /// (method, per mille, rng state): faults drawn at random per call.
    random: Option<(String, u32, u64)>,
    injected: usize,
}

pub struct Shared {
    inner: Mutex<Inner>,
    new_update: Notify,
    new_sent: Notify,
    token: String,
}

pub struct BotApi {
    pub url: String,
    pub shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for BotApi {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

impl BotApi {
    pub async fn start() -> BotApi {
        Self::start_with_token(TOKEN).await
    }

    pub async fn start_with_token(token: &str) -> BotApi {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner { next_update: 1, next_message: 1000, ..Default::default() }),
            new_update: Notify::new(),
            new_sent: Notify::new(),
            token: token.to_string(),
        });
        let app = Router::new().route("/{token}/{method}", post(handle)).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await;
        });
        BotApi { url: format!("http://{addr}"), shared, stop: Some(tx) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared.inner.lock().unwrap()
    }

    /// Queues an update; `kind` is the update's field ("message", "callback_query", ...).
    pub fn push(&self, kind: &str, payload: Value) -> i64 {
        let id = {
            let mut g = self.lock();
            let id = g.next_update;
            g.next_update += 1;
            let mut u = json!({ "update_id": id });
            u[kind] = payload;
            g.updates.push((id, u));
            id
        };
        self.shared.new_update.notify_waiters();
        id
    }

    /// Queues a raw update object (its update_id is assigned here).
    pub fn push_raw(&self, mut update: Value) -> i64 {
        let id = {
            let mut g = self.lock();
            let id = g.next_update;
            g.next_update += 1;
            update["update_id"] = json!(id);
            g.updates.push((id, update));
            id
        };
        self.shared.new_update.notify_waiters();
        id
    }

    /// A text message from user `user` in chat `chat` (negative chat ids are groups).
    pub fn text(&self, chat: i64, user: u64, text: &str) -> i64 {
        self.push("message", message(chat, user, text, None))
    }

    pub fn fail(&self, method: &str, fault: Fault) {
        self.lock().faults.entry(method.to_lowercase()).or_default().push_back(fault);
    }

    /// Drops the faults still queued for `method`: the network is back.
    pub fn clear_faults(&self, method: &str) {
        self.lock().faults.remove(&method.to_lowercase());
    }

    /// From now on, each call of `method` fails with probability `per_mille`/1000 (a 429 with
    /// retry_after 1, a dropped connection or a non-JSON answer), repeatably for `seed`.
    pub fn random_faults(&self, method: &str, per_mille: u32, seed: u64) {
        self.lock().random = Some((method.to_lowercase(), per_mille, seed.max(1)));
    }

    /// How many faults were injected so far.
    pub fn injected(&self) -> usize {
        self.lock().injected
    }

    pub fn sent(&self) -> Vec<Sent> {
        self.lock().sent.clone()
    }

    /// Messages sent to one chat so far.
    pub fn sent_to(&self, chat: i64) -> usize {
        self.lock().per_chat.get(&chat).copied().unwrap_or(0)
    }

    /// Waits until chat `chat` has received `n` messages (or `secs` pass).
    pub async fn wait_chat(&self, chat: i64, n: usize, secs: u64) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        let notify = self.lock().chat_waiters.entry(chat).or_default().clone();
        loop {
            let notified = notify.notified();
            if self.sent_to(chat) >= n {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }

    /// Waits until chat `chat` has received `n` different answers in a row (a reply repeated
    /// after a restart counts once), or `secs` pass. For chats whose questions all differ.
    pub async fn wait_answers(&self, chat: i64, n: usize, secs: u64) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        let notify = self.lock().chat_waiters.entry(chat).or_default().clone();
        loop {
            let notified = notify.notified();
            let mut texts: Vec<String> = self.lock().sent.iter().filter(|s| s.chat_id == chat && s.method == "sendmessage").map(|s| s.text.clone()).collect();
            texts.dedup();
            if texts.len() >= n {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }

    pub fn calls(&self) -> Vec<String> {
        self.lock().calls.clone()
    }

    /// The offset the bot has confirmed (all updates below it are acknowledged).
    pub fn confirmed(&self) -> i64 {
        self.lock().confirmed
    }

    pub fn offsets(&self) -> Vec<i64> {
        self.lock().get_updates_offsets.clone()
    }

    /// Waits until at least `n` messages were sent (or `secs` pass); returns them all.
    pub async fn wait_sent(&self, n: usize, secs: u64) -> Vec<Sent> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let notified = self.shared.new_sent.notified();
            {
                let s = self.sent();
                if s.len() >= n || tokio::time::Instant::now() >= deadline {
                    return s;
                }
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }

    /// Waits until the bot has confirmed every update queued so far.
    pub async fn wait_confirmed(&self, secs: u64) -> bool {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let want = self.lock().next_update;
            if self.confirmed() >= want {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

pub fn user(id: u64) -> Value {
    json!({ "id": id, "is_bot": false, "first_name": format!("User{id}") })
}

pub fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "Parley", "username": BOT_USERNAME })
}

pub fn chat(id: i64) -> Value {
    if id < 0 {
        json!({ "id": id, "type": "group", "title": "Test group" })
    } else {
        json!({ "id": id, "type": "private", "first_name": format!("User{id}") })
    }
}

pub fn message(chat_id: i64, from: u64, text: &str, reply_to: Option<Value>) -> Value {
    let mut m = json!({ "message_id": 1, "date": 1_745_400_000, "chat": chat(chat_id), "from": user(from), "text": text });
    if text.starts_with('/') {
        let len = text.split_whitespace().next().unwrap_or("").encode_utf16().count();
        m["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
    }
    if let Some(r) = reply_to {
        m["reply_to_message"] = r;
    }
    m
}

/// A message as if the bot had sent it (for replies and button presses).
pub fn bot_message(chat_id: i64, message_id: i64, text: &str) -> Value {
    json!({ "message_id": message_id, "date": 1_745_400_000, "chat": chat(chat_id), "from": bot_user(), "text": text })
}

fn ok(result: Value) -> Response {
    (StatusCode::OK, axum::Json(json!({ "ok": true, "result": result }))).into_response()
}

async fn handle(State(s): State<Arc<Shared>>, Path((token, method)): Path<(String, String)>, body: Bytes) -> Response {
    let method = method.to_lowercase();
    if token.strip_prefix("bot") != Some(s.token.as_str()) {
        return (StatusCode::UNAUTHORIZED, axum::Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" }))).into_response();
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(json!({}));
    let fault = {
        let mut g = s.inner.lock().unwrap();
        g.calls.push(method.clone());
        let queued = g.faults.get_mut(&method).and_then(|q| q.pop_front());
        let random = match &mut g.random {
            Some((m, per_mille, state)) if *m == method && queued.is_none() => {
                // xorshift: repeatable faults for a given seed.
                *state ^= *state << 13;
                *state ^= *state >> 7;
                *state ^= *state << 17;
                if (*state % 1000) < *per_mille as u64 {
                    Some(match (*state / 1000) % 3 {
                        0 => Fault::RetryAfter(1),
                        1 => Fault::Reset,
                        _ => Fault::Garbage,
                    })
                } else {
                    None
                }
            }
            _ => None,
        };
        let f = queued.or(random);
        if f.is_some() {
            g.injected += 1;
        }
        f
    };
    match fault {
        Some(Fault::RetryAfter(n)) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(
                    json!({ "ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {n}"), "parameters": { "retry_after": n } }),
                ),
            )
                .into_response()
        }
        Some(Fault::Status(code)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
            return (status, axum::Json(json!({ "ok": false, "error_code": code, "description": status.canonical_reason().unwrap_or("error") })))
                .into_response();
        }
        Some(Fault::Reset) => {
            return Response::builder().status(200).header("content-type", "application/json").body(broken_body()).unwrap();
        }
        Some(Fault::Garbage) => return (StatusCode::OK, "<html>this is not json").into_response(),
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        None => {}
    }
    match method.as_str() {
        "getme" => ok(
            json!({ "id": BOT_ID, "is_bot": true, "first_name": "Parley", "username": BOT_USERNAME, "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": true, "can_connect_to_business": false, "has_main_web_app": false }),
        ),
        "getupdates" => get_updates(&s, &body).await,
        "getwebhookinfo" => ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })),
        "sendmessage" | "editmessagetext" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let text = body["text"].as_str().unwrap_or("").to_string();
            let id = {
                let mut g = s.inner.lock().unwrap();
                g.next_message += 1;
                let id = if method == "editmessagetext" { body["message_id"].as_i64().unwrap_or(0) } else { g.next_message };
                g.sent.push(Sent { at: std::time::Instant::now(), method: method.clone(), chat_id, text: text.clone(), body: body.clone() });
                *g.per_chat.entry(chat_id).or_default() += 1;
                if let Some(n) = g.chat_waiters.get(&chat_id) {
                    n.notify_waiters();
                }
                id
            };
            s.new_sent.notify_waiters();
            ok(bot_message(chat_id, id, &text))
        }
        "answerinlinequery" | "answercallbackquery" => {
            s.inner.lock().unwrap().sent.push(Sent {
                at: std::time::Instant::now(),
                method: method.clone(),
                chat_id: 0,
                text: body.to_string(),
                body: body.clone(),
            });
            s.new_sent.notify_waiters();
            ok(json!(true))
        }
        _ => ok(json!(true)),
    }
}

/// A body that fails at once: the client sees the connection break mid-answer.
fn broken_body() -> Body {
    Body::from_stream(futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by the test server"))
    }))
}

async fn get_updates(s: &Arc<Shared>, body: &Value) -> Response {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let timeout = body["timeout"].as_u64().unwrap_or(0).min(30);
    {
        let mut g = s.inner.lock().unwrap();
        g.get_updates_offsets.push(offset);
        if offset > 0 {
            // Telegram forgets every update below the offset: it is confirmed.
            g.updates.retain(|(id, _)| *id >= offset);
            g.confirmed = g.confirmed.max(offset);
        }
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = s.new_update.notified();
        let batch: Vec<Value> = {
            let g = s.inner.lock().unwrap();
            g.updates.iter().filter(|(id, _)| *id >= offset).take(limit).map(|(_, u)| u.clone()).collect()
        };
        if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
            return ok(Value::Array(batch));
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}
