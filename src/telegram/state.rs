//! What the bot keeps between updates, all bounded: each chat's follow-up context (expiring),
//! each user's recent questions (flood control), and the questions behind inline buttons.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::inbox::Inbox;
use crate::conversation::Context;

/// Per-chat follow-up context, forgotten after `ttl` and capped at `max_chats` in memory (a
/// moka cache: the least recently used chats go first), and written through to the state file
/// when there is one, so a restart keeps it.
///
/// A context holds indices into the loaded data (articles, people, sides), so each is kept
/// with the fingerprint of the data it was made with and only read back for the same data:
/// after a reload with other reports, a chat starts afresh instead of pointing at the wrong
/// person (or past the end of a shorter list).
pub struct Contexts {
    inner: moka::sync::Cache<i64, (u64, Context)>,
    ttl: Duration,
    /// The state file.
    store: Option<Arc<Inbox>>,
}

impl Contexts {
    pub fn new(ttl: Duration, max_chats: usize) -> Contexts {
        let inner = moka::sync::Cache::builder().max_capacity(max_chats.max(1) as u64).time_to_live(ttl).build();
        Contexts { inner, ttl, store: None }
    }

    /// Contexts that survive a restart in `inbox`'s file.
    pub fn persistent(ttl: Duration, max_chats: usize, inbox: Arc<Inbox>) -> Contexts {
        Contexts { store: Some(inbox), ..Contexts::new(ttl, max_chats) }
    }

    /// The chat's context for the data with fingerprint `data` (fresh when none, expired, or
    /// made with other data).
    pub fn get(&self, chat: i64, data: u64) -> Context {
        if let Some((made_with, c)) = self.inner.get(&chat) {
            if made_with == data {
                return c;
            }
        }
        // Not in memory (evicted, expired, or kept by an earlier run): the file, which expires
        // contexts by the same time to live.
        self.store
            .as_ref()
            .and_then(|inbox| inbox.load_context(chat, data, self.ttl.as_secs() as i64))
            .and_then(|body| serde_json::from_str(&body).ok())
            .unwrap_or_default()
    }

    /// Keeps the chat's context, made with the data with fingerprint `data`.
    pub fn put(&self, chat: i64, data: u64, ctx: Context) {
        if let Some(inbox) = &self.store {
            match serde_json::to_string(&ctx) {
                Ok(body) => {
                    if let Err(e) = inbox.save_context(chat, data, &body) {
                        log::warn!("{e}");
                    }
                }
                Err(e) => log::warn!("context not kept: {e}"),
            }
        }
        self.inner.insert(chat, (data, ctx));
    }

    /// Chats with a context in memory (after pending evictions are applied).
    pub fn len(&self) -> usize {
        self.inner.run_pending_tasks();
        self.inner.entry_count() as usize
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

/// At most `per_minute` questions per user (a chat and its sender) per minute: a burst of
/// that many, then one each sixtieth-of-the-limit of a minute (governor's GCRA). The first
/// question over the limit gets one notice; the rest stay quiet until a minute after it.
pub struct FloodControl {
    limiter: Option<governor::DefaultKeyedRateLimiter<u64>>,
    /// Users told they are over the limit, forgotten after a minute.
    told: moka::sync::Cache<u64, ()>,
}

impl FloodControl {
    pub fn new(per_minute: u32) -> FloodControl {
        let limiter = std::num::NonZeroU32::new(per_minute).map(|n| governor::RateLimiter::keyed(governor::Quota::per_minute(n)));
        let told = moka::sync::Cache::builder().max_capacity(100_000).time_to_live(Duration::from_secs(60)).build();
        FloodControl { limiter, told }
    }

    pub fn check(&self, user: u64) -> Flood {
        let Some(limiter) = &self.limiter else { return Flood::Answer };
        // Users idle long enough to be back at a full burst take no memory.
        if limiter.len() > 100_000 {
            limiter.retain_recent();
        }
        if limiter.check_key(&user).is_ok() {
            Flood::Answer
        } else if self.told.contains_key(&user) {
            Flood::Quiet
        } else {
            self.told.insert(user, ());
            Flood::Notify
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_person(p: usize) -> Context {
        let mut ctx = Context::default();
        ctx.people.push(p);
        ctx
    }

    #[test]
    fn contexts_are_capped_and_expire() {
        let contexts = Contexts::new(Duration::from_millis(300), 100);
        for chat in 0..1000 {
            contexts.put(chat, 1, with_person(1));
        }
        assert!(contexts.len() <= 100, "{} chats kept for a cap of 100", contexts.len());
        contexts.put(5000, 1, with_person(7));
        assert_eq!(contexts.get(5000, 1).people, [7]);
        assert!(contexts.get(5000, 2).people.is_empty(), "a context read back for other data");
        std::thread::sleep(Duration::from_millis(500));
        assert!(contexts.get(5000, 1).people.is_empty(), "a context outlived its time to live");
    }

    #[test]
    fn flood_control_answers_the_limit_then_tells_once_per_user() {
        let flood = FloodControl::new(3);
        let first: Vec<Flood> = (0..6).map(|_| flood.check(1)).collect();
        assert_eq!(first, [Flood::Answer, Flood::Answer, Flood::Answer, Flood::Notify, Flood::Quiet, Flood::Quiet]);
        assert_eq!(flood.check(2), Flood::Answer, "another user has a limit of their own");
        let off = FloodControl::new(0);
        assert!((0..100).all(|_| off.check(1) == Flood::Answer), "0 is no limit");
    }
}
