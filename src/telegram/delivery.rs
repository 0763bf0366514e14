//! Sending replies so that none is lost: Telegram's rate limits are the `Throttle` adaptor's
//! job (it waits out RetryAfter and resends); here a 5xx answer, a malformed answer or a broken
//! connection is retried a bounded number of times with growing pauses ([`send_html`]). A reply
//! whose retries all fail waits for the network in the running bot ([`send_patiently`]) until
//! the bot stops: were it given up, the chat's next answer would overtake it, and it would
//! wait for a restart that may never come.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId, ParseMode, ReplyParameters};
use teloxide::{ApiError, RequestError};

use super::redact::redact;
use super::BotRequester;

/// Attempts per message, the first included.
pub const ATTEMPTS: u32 = 5;

/// Whether another attempt may succeed: network trouble, a server error, an unreadable
/// answer, or a flood wait the throttle did not absorb.
pub fn retryable(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Network(_)
            | RequestError::InvalidJson { .. }
            | RequestError::Io(_)
            | RequestError::RetryAfter(_)
            | RequestError::Api(ApiError::Unknown(_))
    )
}

async fn pause(e: &RequestError, attempt: u32) {
    let wait = match e {
        RequestError::RetryAfter(s) => s.duration(),
        _ => Duration::from_millis(250 * 2u64.pow(attempt.min(6))),
    };
    tokio::time::sleep(wait).await;
}

/// Where a reply goes: a chat, and in a forum supergroup the topic the question was asked in
/// (without it Telegram posts to General).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub chat: ChatId,
    pub thread: Option<teloxide::types::ThreadId>,
}

impl From<ChatId> for Place {
    fn from(chat: ChatId) -> Place {
        Place { chat, thread: None }
    }
}

impl From<&Message> for Place {
    fn from(m: &Message) -> Place {
        Place { chat: m.chat.id, thread: m.thread_id.filter(|_| m.is_topic_message) }
    }
}

/// Sends one HTML message, retrying what can be retried.
pub async fn send_html<R: BotRequester>(
    bot: &R,
    to: impl Into<Place>,
    text: &str,
    markup: Option<InlineKeyboardMarkup>,
    reply_to: Option<MessageId>,
) -> Result<Message, RequestError> {
    let Place { chat, thread } = to.into();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut req = bot.send_message(chat, text).parse_mode(ParseMode::Html);
        if let Some(t) = thread {
            req = req.message_thread_id(t);
        }
        if let Some(m) = &markup {
            req = req.reply_markup(m.clone());
        }
        if let Some(r) = reply_to {
            req = req.reply_parameters(ReplyParameters::new(r).allow_sending_without_reply());
        }
        match req.await {
            Ok(m) => return Ok(m),
            Err(e) if retryable(&e) && attempt < ATTEMPTS => {
                log::warn!("sendMessage to chat {} failed (attempt {attempt}/{ATTEMPTS}), retrying: {}", chat.0, redact(&e.to_string()));
                pause(&e, attempt).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// How long a held-up reply waits between rounds of [`ATTEMPTS`] attempts (each round already
/// spends some 7.5 s in pauses).
const OUTAGE_PAUSE: Duration = Duration::from_secs(2);

/// Set once the bot begins to stop. A reply waiting out an outage gives up then; its question
/// stays in the inbox and is answered first on the next start.
#[derive(Debug, Default)]
pub struct Stopping {
    set: AtomicBool,
    wake: tokio::sync::Notify,
}

impl Stopping {
    pub fn begin(&self) {
        self.set.store(true, Ordering::SeqCst);
        self.wake.notify_waiters();
    }

    pub fn is_set(&self) -> bool {
        self.set.load(Ordering::SeqCst)
    }

    /// Sleeps for `d`, or until the stop begins; whether it has.
    async fn sleep(&self, d: Duration) -> bool {
        let woken = self.wake.notified();
        if self.is_set() {
            return true;
        }
        tokio::select! {
            _ = woken => {}
            _ = tokio::time::sleep(d) => {}
        }
        self.is_set()
    }
}

/// [`send_html`], round after round while the failure is one another attempt may get past and
/// the bot is not stopping. Telegram's handling of one chat's updates in turn then keeps that
/// chat's answers in the order asked, however long an outage lasts.
pub async fn send_patiently<R: BotRequester>(
    bot: &R,
    stopping: &Stopping,
    to: impl Into<Place>,
    text: &str,
    markup: Option<InlineKeyboardMarkup>,
    reply_to: Option<MessageId>,
) -> Result<Message, RequestError> {
    let to = to.into();
    loop {
        match send_html(bot, to, text, markup.clone(), reply_to).await {
            Err(e) if retryable(&e) && !stopping.is_set() => {
                log::warn!("a reply to chat {} is held up ({}); it is sent once the network is back", to.chat.0, redact(&e.to_string()));
                if stopping.sleep(OUTAGE_PAUSE).await {
                    return Err(e);
                }
            }
            r => return r,
        }
    }
}

/// Replaces a message's text (a pressed button answers in place), retrying likewise.
pub async fn edit_html<R: BotRequester>(bot: &R, chat: ChatId, id: MessageId, text: &str) -> Result<(), RequestError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        match bot.edit_message_text(chat, id, text).parse_mode(ParseMode::Html).await {
            Ok(_) => return Ok(()),
            Err(e) if retryable(&e) && attempt < ATTEMPTS => {
                log::warn!("editMessageText failed (attempt {attempt}/{ATTEMPTS}), retrying: {}", redact(&e.to_string()));
                pause(&e, attempt).await;
            }
            Err(e) => return Err(e),
        }
    }
}
