//! What the bot keeps between updates, all bounded: each chat's follow-up context (expiring),
//! each user's recent questions (flood control), and the questions behind inline buttons.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::inbox::Inbox;
use crate::conversation::Context;

/// Per-chat follow-up context, forgotten after `ttl` and capped at `max_chats` in memory, and
/// written through to the state file when there is one, so a restart keeps it.
pub struct Contexts {
    inner: Mutex<HashMap<i64, (Context, Instant)>>,
    ttl: Duration,
    max_chats: usize,
    /// The state file, and the fingerprint of the data a stored context's indices refer to: a
    /// context kept for other data is not read back.
    store: Option<(Arc<Inbox>, u64)>,
}

impl Contexts {
    pub fn new(ttl: Duration, max_chats: usize) -> Contexts {
        Contexts { inner: Mutex::new(HashMap::new()), ttl, max_chats: max_chats.max(1), store: None }
    }

    /// Contexts that survive a restart in `inbox`'s file.
    pub fn persistent(ttl: Duration, max_chats: usize, inbox: Arc<Inbox>, data: u64) -> Contexts {
        Contexts { store: Some((inbox, data)), ..Contexts::new(ttl, max_chats) }
    }

    /// The chat's context (fresh when none or expired).
    pub fn get(&self, chat: i64) -> Context {
        {
            let map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            match map.get(&chat) {
                Some((c, at)) if at.elapsed() < self.ttl => return c.clone(),
                Some(_) => return Context::default(),
                None => {}
            }
        }
        self.store
            .as_ref()
            .and_then(|(inbox, data)| inbox.load_context(chat, *data, self.ttl.as_secs() as i64))
            .and_then(|body| serde_json::from_str(&body).ok())
            .unwrap_or_default()
    }

    pub fn put(&self, chat: i64, ctx: Context) {
        if let Some((inbox, data)) = &self.store {
            match serde_json::to_string(&ctx) {
                Ok(body) => {
                    if let Err(e) = inbox.save_context(chat, *data, &body) {
                        log::warn!("{e}");
                    }
                }
                Err(e) => log::warn!("context not kept: {e}"),
            }
        }
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= self.max_chats && !map.contains_key(&chat) {
            // Expired entries go first; if none, the least recently used one.
            let ttl = self.ttl;
            map.retain(|_, (_, at)| at.elapsed() < ttl);
            if map.len() >= self.max_chats {
                if let Some(oldest) = map.iter().min_by_key(|(_, (_, at))| *at).map(|(k, _)| *k) {
                    map.remove(&oldest);
                }
            }
        }
        map.insert(chat, (ctx, Instant::now()));
    }

    pub fn len(&self) -> usize {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What flood control decided for one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    Answer,
    /// Over the limit for the first time this window: one notice.
    Notify,
    /// Over the limit and already told: stay quiet.
    Quiet,
}

/// At most `per_minute` questions per user per minute.
pub struct FloodControl {
    inner: Mutex<HashMap<u64, (Instant, u32, bool)>>,
    per_minute: u32,
    window: Duration,
}

impl FloodControl {
    pub fn new(per_minute: u32) -> FloodControl {
        FloodControl { inner: Mutex::new(HashMap::new()), per_minute, window: Duration::from_secs(60) }
    }

    pub fn check(&self, user: u64) -> Flood {
        if self.per_minute == 0 {
            return Flood::Answer;
        }
        let mut map = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 100_000 {
            let w = self.window;
            map.retain(|_, (start, _, _)| start.elapsed() < w);
        }
        let e = map.entry(user).or_insert((Instant::now(), 0, false));
        if e.0.elapsed() >= self.window {
            *e = (Instant::now(), 0, false);
        }
        e.1 += 1;
        if e.1 <= self.per_minute {
            Flood::Answer
        } else if !e.2 {
            e.2 = true;
            Flood::Notify
        } else {
            Flood::Quiet
        }
    }
}

/// Questions behind inline keyboard buttons (callback data is limited to 64 bytes, so a
/// button carries a number and the question stays here). Bounded: old entries are dropped.
pub struct Choices {
    inner: Mutex<(u64, HashMap<u64, String>)>,
    max: usize,
}

impl Choices {
    pub fn new(max: usize) -> Choices {
        Choices { inner: Mutex::new((0, HashMap::new())), max: max.max(1) }
    }

    pub fn add(&self, question: String) -> u64 {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.0 += 1;
        let id = g.0;
        if g.1.len() >= self.max {
            let cutoff = id.saturating_sub(self.max as u64);
            g.1.retain(|k, _| *k > cutoff);
        }
        g.1.insert(id, question);
        id
    }

    pub fn get(&self, id: u64) -> Option<String> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).1.get(&id).cloned()
    }
}
