//! The durable inbox: no question is lost on a stop, a crash or a kill.
//!
//! Telegram forgets an update once the next `getUpdates` confirms its offset, and teloxide
//! confirms offsets as soon as it has fetched a batch, before the replies are sent. So every
//! update is written here first, in the stream the dispatcher reads ([`Durable`]), and marked
//! done once its reply has been sent. On start, whatever is not done is answered first, in
//! update order (which keeps each chat's order), before new updates.
//!
//! In webhook mode Telegram forgets an update once the webhook answers 200, so the update is
//! written here before that ([`record_first`], a layer on the webhook route), and the stream
//! passes it on as recorded.
//!
//! A kill between a sent reply and its mark repeats that reply once after the restart: repeats
//! are bounded by the replies in flight at the moment of the kill; losses are zero.
//!
//! The store is one SQLite file in WAL mode (the same file the chat context can live in). Its
//! schema carries a version (`PRAGMA user_version`), migrated forward on open.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::{Arc, Mutex};

use futures_util::stream::{self, BoxStream, StreamExt};
use rusqlite::{params, Connection, OptionalExtension};
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

/// The schema this build writes: 1 the inbox, 2 adds each chat's follow-up context.
const SCHEMA: i64 = 2;

/// Why the inbox could not be opened or written.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("cannot open the state file {path}: {source}")]
    Open { path: String, source: rusqlite::Error },
    #[error("the state file {path} has schema version {found}, newer than this build's {SCHEMA}")]
    Newer { path: String, found: i64 },
    #[error("state file: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("state file: an update could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Updates received and not yet answered, in SQLite.
pub struct Inbox {
    conn: Mutex<Connection>,
    path: String,
}

impl std::fmt::Debug for Inbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inbox").field("path", &self.path).finish()
    }
}

impl Inbox {
    /// Opens (or creates) the inbox in the SQLite file at `path`.
    pub fn open(path: &Path) -> Result<Inbox, InboxError> {
        let shown = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        let conn = Connection::open(path).map_err(|source| InboxError::Open { path: shown.clone(), source })?;
        Inbox::with(conn, shown)
    }

    /// An inbox that lives as long as the process: what `--state memory` means.
    pub fn in_memory() -> Result<Inbox, InboxError> {
        Inbox::with(Connection::open_in_memory()?, ":memory:".into())
    }

    fn with(conn: Connection, path: String) -> Result<Inbox, InboxError> {
        // WAL: a writer never blocks the readers, and a commit is one append. NORMAL sync is
        // durable against a process kill (the case here); only a power cut may lose the last
        // commits.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > SCHEMA {
            return Err(InboxError::Newer { path, found });
        }
        if found < 1 {
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS inbox (
                    id INTEGER PRIMARY KEY,      -- the update id
                    chat INTEGER,                -- the chat it came from, when it has one
                    body TEXT NOT NULL,          -- the update as Telegram sent it (JSON)
                    done INTEGER NOT NULL DEFAULT 0,
                    received INTEGER NOT NULL DEFAULT (unixepoch())
                 );
                 CREATE INDEX IF NOT EXISTS inbox_pending ON inbox (done, id);
                 PRAGMA user_version = 1;",
            )?;
        }
        if found < 2 {
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS context (
                    chat INTEGER PRIMARY KEY,
                    data INTEGER NOT NULL,       -- fingerprint of the data the indices refer to
                    body TEXT NOT NULL,          -- the context (JSON)
                    at INTEGER NOT NULL          -- unix time of the last question
                 );
                 PRAGMA user_version = 2;",
            )?;
        }
        Ok(Inbox { conn: Mutex::new(conn), path })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves the connection usable: SQLite rolls back.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records an update before it is handled. `false` when it was already recorded (Telegram
    /// sends an unconfirmed update again after a restart): it must not be answered twice.
    ///
    /// An update is the same one only when its id *and* its content are: Telegram picks update
    /// ids afresh after a week without updates, and a state file may outlive a bot token, so
    /// an old answered update can share an id with a new question. Keyed by the id alone, that
    /// question would be taken for a repeat and silently never answered.
    pub fn put(&self, u: &Update) -> Result<bool, InboxError> {
        let body = serde_json::to_string(u)?;
        let chat = u.chat().map(|c| c.id.0);
        let n = self.conn().execute(
            "INSERT INTO inbox (id, chat, body) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET chat = excluded.chat, body = excluded.body, done = 0, received = unixepoch()
             WHERE inbox.body IS NOT excluded.body",
            params![u.id.0, chat, body],
        )?;
        Ok(n == 1)
    }

    /// Marks an update answered.
    pub fn done(&self, id: u32) -> Result<(), InboxError> {
        self.conn().execute("UPDATE inbox SET done = 1 WHERE id = ?1", params![id])?;
        Ok(())
    }

    /// Updates recorded and not answered, oldest first.
    pub fn pending(&self) -> Result<Vec<Update>, InboxError> {
        let conn = self.conn();
        let mut st = conn.prepare("SELECT body FROM inbox WHERE done = 0 ORDER BY id")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for body in rows {
            let body = body?;
            match serde_json::from_str::<Update>(&body) {
                Ok(u) => out.push(u),
                // An update this build cannot read is not retried forever.
                Err(e) => log::warn!("state file: an unreadable pending update is skipped: {e}"),
            }
        }
        Ok(out)
    }

    /// How many updates wait to be answered.
    pub fn pending_count(&self) -> usize {
        self.conn().query_row("SELECT count(*) FROM inbox WHERE done = 0", [], |r| r.get::<_, i64>(0)).map(|n| n as usize).unwrap_or(0)
    }

    /// Whether an update has been answered (`None`: never recorded).
    pub fn is_done(&self, id: u32) -> Option<bool> {
        self.conn().query_row("SELECT done FROM inbox WHERE id = ?1", params![id], |r| r.get::<_, i64>(0)).optional().ok().flatten().map(|d| d == 1)
    }

    /// Keeps a chat's follow-up context (JSON), for the data with fingerprint `data`.
    pub fn save_context(&self, chat: i64, data: u64, body: &str) -> Result<(), InboxError> {
        self.conn().execute(
            "INSERT INTO context (chat, data, body, at) VALUES (?1, ?2, ?3, unixepoch())
             ON CONFLICT (chat) DO UPDATE SET data = excluded.data, body = excluded.body, at = excluded.at",
            params![chat, data as i64, body],
        )?;
        Ok(())
    }

    /// A chat's context, when it was kept for the same data less than `ttl_secs` ago.
    pub fn load_context(&self, chat: i64, data: u64, ttl_secs: i64) -> Option<String> {
        self.conn()
            .query_row("SELECT body FROM context WHERE chat = ?1 AND data = ?2 AND at > unixepoch() - ?3", params![chat, data as i64, ttl_secs], |r| {
                r.get::<_, String>(0)
            })
            .optional()
            .ok()
            .flatten()
    }

    /// Forgets answered updates older than `keep_secs`: the inbox stays small.
    pub fn prune(&self, keep_secs: i64) -> Result<usize, InboxError> {
        let conn = self.conn();
        let n = conn.execute("DELETE FROM inbox WHERE done = 1 AND received < unixepoch() - ?1", params![keep_secs])?;
        Ok(n + conn.execute("DELETE FROM context WHERE at < unixepoch() - ?1", params![keep_secs])?)
    }
}

/// An update listener that records every update in the [`Inbox`] before the dispatcher sees
/// it, and starts with the updates a previous run left unanswered.
pub struct Durable<L> {
    inner: L,
    inbox: Arc<Inbox>,
    replay: VecDeque<Update>,
    /// The updates `inner` yields were recorded already, before the webhook confirmed them.
    recorded: bool,
}

impl<L> Durable<L> {
    /// A listener whose updates are recorded as they come (polling).
    pub fn new(inner: L, inbox: Arc<Inbox>) -> Result<Durable<L>, InboxError> {
        let replay: VecDeque<Update> = inbox.pending()?.into();
        if !replay.is_empty() {
            log::info!("answering {} question(s) left from the last run first", replay.len());
        }
        Ok(Durable { inner, inbox, replay, recorded: false })
    }

    /// A listener whose updates [`record_first`] recorded before confirming them (webhook).
    /// Create it before the webhook serves, so the replay holds only the last run's updates.
    pub fn recorded(inner: L, inbox: Arc<Inbox>) -> Result<Durable<L>, InboxError> {
        Ok(Durable { recorded: true, ..Durable::new(inner, inbox)? })
    }
}

/// The webhook's secret and the inbox, for [`record_first`].
#[derive(Clone)]
struct Recorder {
    inbox: Arc<Inbox>,
    secret: Option<String>,
}

/// The webhook `router` (teloxide's) with [`record_first`] in front of it.
pub fn recording(router: axum::Router, inbox: Arc<Inbox>, secret: Option<String>) -> axum::Router {
    router.layer(axum::middleware::from_fn_with_state(Recorder { inbox, secret }, record_first))
}

/// The largest update body read (Telegram's updates are far smaller).
const MAX_UPDATE_BYTES: usize = 1 << 20;

/// A layer on the webhook route: an update is written to the inbox before Telegram gets its
/// 200, so a kill at any moment after that loses nothing. An update recorded before (Telegram
/// sends it again when our 200 was lost) is confirmed without being answered twice; one that
/// cannot be recorded gets a 500, so Telegram sends it again. Requests without the secret,
/// and bodies that are not updates, go to teloxide's handler unrecorded, which refuses or
/// ignores them as before.
async fn record_first(
    axum::extract::State(r): axum::extract::State<Recorder>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let authorised = r.secret.as_deref().is_none_or(|s| req.headers().get("X-Telegram-Bot-Api-Secret-Token").is_some_and(|h| h.as_bytes() == s.as_bytes()));
    if !authorised {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_UPDATE_BYTES).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if let Ok(update) = serde_json::from_slice::<Update>(&bytes) {
        match r.inbox.put(&update) {
            Ok(true) => {}
            Ok(false) => return axum::http::StatusCode::OK.into_response(),
            Err(e) => {
                log::error!("{e}; update {} refused so that Telegram sends it again", update.id.0);
                return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    }
    next.run(axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes))).await
}

impl<'a, L> AsUpdateStream<'a> for Durable<L>
where
    L: UpdateListener + Send + 'a,
    L::Err: Send + 'a,
{
    type StreamErr = L::Err;
    type Stream = BoxStream<'a, Result<Update, L::Err>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let inbox = self.inbox.clone();
        let replay = std::mem::take(&mut self.replay);
        let recorded = self.recorded;
        let live = self.inner.as_stream().filter_map(move |r| {
            let out = match r {
                Ok(u) if recorded => Some(Ok(u)),
                Ok(u) => match inbox.put(&u) {
                    Ok(true) => Some(Ok(u)),
                    // Seen before: answered already, or waiting in the replay.
                    Ok(false) => None,
                    // Cannot record it: answer it anyway rather than drop it.
                    Err(e) => {
                        log::error!("{e}; answering update {} without recording it", u.id.0);
                        Some(Ok(u))
                    }
                },
                Err(e) => Some(Err(e)),
            };
            std::future::ready(out)
        });
        stream::iter(replay.into_iter().map(Ok)).chain(live).boxed()
    }
}

impl<L> UpdateListener for Durable<L>
where
    L: UpdateListener + Send + 'static,
    L::Err: Send + 'static,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An update as Telegram sends it. Parsed from text, as the listener does: teloxide's
    /// `Update` read from a `serde_json::Value` loses its message (kind `Error`).
    fn update(id: u32, chat: i64, text: &str) -> Update {
        let json = serde_json::json!({
            "update_id": id,
            "message": {"message_id": id, "date": 1_745_400_000, "chat": {"id": chat, "type": "private", "first_name": "A"},
                        "from": {"id": chat, "is_bot": false, "first_name": "A"}, "text": text}
        });
        let u: Update = serde_json::from_str(&json.to_string()).unwrap();
        assert!(u.chat().is_some(), "a message update: {u:?}");
        u
    }

    #[test]
    fn updates_wait_until_done_and_survive_reopening() {
        let dir = std::env::temp_dir().join(format!("parley-inbox-{}", std::process::id()));
        let path = dir.join("state.sqlite");
        let _ = std::fs::remove_file(&path);
        {
            let inbox = Inbox::open(&path).unwrap();
            assert!(inbox.put(&update(7, 1, "who is lammy")).unwrap());
            assert!(inbox.put(&update(5, 2, "who is vance")).unwrap());
            assert!(!inbox.put(&update(7, 1, "who is lammy")).unwrap(), "the same update twice");
            inbox.done(7).unwrap();
        }
        let inbox = Inbox::open(&path).unwrap();
        let pending: Vec<u32> = inbox.pending().unwrap().iter().map(|u| u.id.0).collect();
        assert_eq!(pending, [5]);
        assert_eq!(inbox.is_done(7), Some(true));
        assert_eq!(inbox.is_done(9), None);
        // A new question that happens to reuse an answered update's id is not a repeat.
        assert!(inbox.put(&update(7, 3, "who is rubio")).unwrap(), "a reused id with new content");
        let pending: Vec<(u32, Option<i64>)> = inbox.pending().unwrap().iter().map(|u| (u.id.0, u.chat().map(|c| c.id.0))).collect();
        assert_eq!(pending, [(5, Some(2)), (7, Some(3))]);
        assert!(!inbox.put(&update(7, 3, "who is rubio")).unwrap(), "and its own repeat still is one");
        let _ = std::fs::remove_dir_all(dir);
    }
}
