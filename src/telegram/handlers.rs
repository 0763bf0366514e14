//! Small async handlers, one per kind of update; each answers or says why it can't.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText, Me, ParseMode,
};
use teloxide::utils::command::BotCommands;
use teloxide::utils::html as h;

use super::commands::Command;
use super::delivery::{edit_html, send_patiently, Place};
use super::html;
use super::redact::redact;
use super::state::Flood;
use super::{App, BotRequester};
use crate::Answer;

pub type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Sends one HTML message, waiting out an outage until the bot stops.
async fn send<R: BotRequester>(
    bot: &R,
    app: &App,
    to: impl Into<Place>,
    text: &str,
    markup: Option<InlineKeyboardMarkup>,
    reply_to: Option<teloxide::types::MessageId>,
) -> Result<Message, teloxide::RequestError> {
    send_patiently(bot, &app.stopping, to, text, markup, reply_to).await
}

/// Sends an answer as one or more messages; the last carries any buttons.
async fn deliver<R: BotRequester>(bot: &R, app: &App, to: Place, a: &Answer, reply_to: Option<teloxide::types::MessageId>) -> HandlerResult {
    let markup = keyboard(app, a);
    let parts = html::render(a);
    let n = parts.len();
    for (i, part) in parts.iter().enumerate() {
        let m = if i + 1 == n { markup.clone() } else { None };
        send(bot, app, to, part, m, if i == 0 { reply_to } else { None }).await?;
    }
    Ok(())
}

/// "Did you mean Steve Witkoff or Keith Kellogg?" as buttons.
fn keyboard(app: &App, a: &Answer) -> Option<InlineKeyboardMarkup> {
    if a.choices.is_empty() {
        return None;
    }
    let rows = a
        .choices
        .iter()
        .map(|c| {
            let id = app.choices.add(c.question.clone());
            vec![InlineKeyboardButton::callback(c.label.clone(), format!("c:{id}"))]
        })
        .collect::<Vec<_>>();
    Some(InlineKeyboardMarkup::new(rows))
}

/// Who is asking, for flood control: the sender in this chat. Anonymous group admins all post
/// as one user (GroupAnonymousBot) in every group, so their sender chat keys them, never that
/// shared user id.
fn flood_key(msg: &Message) -> u64 {
    use std::hash::{Hash, Hasher};
    let sender = msg.sender_chat.as_ref().map(|c| c.id.0).or_else(|| msg.from.as_ref().map(|u| u.id.0 as i64)).unwrap_or(msg.chat.id.0);
    let mut h = rustc_hash::FxHasher::default();
    (msg.chat.id.0, sender).hash(&mut h);
    h.finish()
}

/// Whether this message may be answered now; says so once when the sender is over the limit.
async fn admit<R: BotRequester>(bot: &R, app: &App, msg: &Message) -> Result<bool, teloxide::RequestError> {
    match app.flood.check(flood_key(msg)) {
        Flood::Answer => Ok(true),
        Flood::Notify => {
            let text = format!("You're asking faster than {} questions a minute; I'll answer again in a minute.", app.settings.flood_per_minute);
            send(bot, app, msg, &h::escape(&text), None, Some(msg.id)).await?;
            Ok(false)
        }
        Flood::Quiet => Ok(false),
    }
}

/// Answers a question in a chat, with flood control and the chat's follow-up context.
async fn answer_question<R: BotRequester>(bot: &R, app: &App, msg: &Message, question: &str) -> HandlerResult {
    if !admit(bot, app, msg).await? {
        return Ok(());
    }
    let loaded = app.loaded();
    let mut ctx = app.contexts.get(msg.chat.id.0, loaded.data);
    let a = loaded.engine.answer(question, &mut ctx);
    app.contexts.put(msg.chat.id.0, loaded.data, ctx);
    let reply_to = if msg.chat.is_private() { None } else { Some(msg.id) };
    deliver(bot, app, msg.into(), &a, reply_to).await
}

async fn command<R: BotRequester>(bot: R, msg: Message, cmd: Command, app: Arc<App>) -> HandlerResult {
    let chat = Place::from(&msg);
    // Every command costs an answer, the long ones most: all pass flood control. (/ask, /quote,
    // /who and /proposals pass it as questions.)
    if matches!(cmd, Command::Start | Command::Help | Command::Positions(_) | Command::Timeline | Command::Source) && !admit(&bot, &app, &msg).await? {
        return Ok(());
    }
    let usage = |example: &str| format!("Please add a question after the command, for example: {example}");
    // One snapshot of the reports for the whole reply, even if a reload lands meanwhile.
    let engine = app.loaded().engine.clone();
    match cmd {
        Command::Start => {
            let mut a = Answer::new(
                crate::matcher::Intent::Help,
                false,
                format!("Parley answers questions about {}. Every answer quotes the report and cites its paragraph (¶).", engine.about()),
            );
            a.examples = engine.examples(4);
            deliver(&bot, &app, chat, &a, None).await
        }
        Command::Help => {
            let mut text = Command::descriptions().to_string();
            let examples = engine.examples(3);
            if !examples.is_empty() {
                text.push_str(&format!("\n\nFor example: {}", examples.join(" · ")));
            }
            text.push_str("\n\nOr just send a question. In groups, mention me or reply to my message.");
            send(&bot, &app, chat, &h::escape(&text), None, None).await.map(|_| ()).map_err(Into::into)
        }
        Command::Ask(q) if q.trim().is_empty() => {
            let example = engine.examples(1).pop().map(|e| format!("/ask {e}")).unwrap_or_else(|| "/ask QUESTION".into());
            send(&bot, &app, chat, &h::escape(&usage(&example)), None, None).await.map(|_| ()).map_err(Into::into)
        }
        Command::Ask(q) => answer_question(&bot, &app, &msg, &q).await,
        Command::Quote(n) if n.trim().is_empty() => {
            let example = format!("/quote {}", engine.example_names().0.unwrap_or_else(|| "NAME".into()));
            send(&bot, &app, chat, &h::escape(&usage(&example)), None, None).await.map(|_| ()).map_err(Into::into)
        }
        Command::Quote(n) => answer_question(&bot, &app, &msg, &format!("What did {} say?", n.trim())).await,
        Command::Who(n) if n.trim().is_empty() => {
            let example = format!("/who {}", engine.example_names().1.unwrap_or_else(|| "NAME".into()));
            send(&bot, &app, chat, &h::escape(&usage(&example)), None, None).await.map(|_| ()).map_err(Into::into)
        }
        Command::Who(n) => answer_question(&bot, &app, &msg, &format!("Who is {}?", n.trim())).await,
        Command::Proposals => answer_question(&bot, &app, &msg, "list the proposals").await,
        // "/positions crimea": the stands on that issue only.
        Command::Positions(topic) => deliver(&bot, &app, chat, &engine.positions_on(&topic), None).await,
        Command::Timeline => deliver(&bot, &app, chat, &engine.timeline(), None).await,
        Command::Source => deliver(&bot, &app, chat, &engine.source(), None).await,
    }
}

/// Plain text: a question in private chats; in groups only when addressed to the bot.
async fn message<R: BotRequester>(bot: R, msg: Message, me: Me, app: Arc<App>) -> HandlerResult {
    let private = msg.chat.is_private();
    // A photo's caption holds the question as well as a text does.
    let Some(text) = msg.text().or(msg.caption()) else {
        if private {
            let hint = match app.loaded().engine.examples(1).pop() {
                Some(e) => format!("I read text questions only. Try: {e}"),
                None => "I read text questions only.".to_string(),
            };
            send(&bot, &app, &msg, &h::escape(&hint), None, None).await?;
        }
        return Ok(());
    };
    let question = if private {
        text.to_string()
    } else {
        let mention = format!("@{}", me.username());
        let to_me = msg.reply_to_message().and_then(|r| r.from.as_ref()).is_some_and(|u| u.id == me.id);
        if mentions(text, &mention) {
            remove_ci(text, &mention)
        } else if to_me {
            text.to_string()
        } else {
            return Ok(());
        }
    };
    if question.trim_start().starts_with('/') {
        // "/ASK who is lammy", "/Start", "/ask\nwho is lammy": a command in another case or
        // followed by a new line is still the command.
        let folded = fold_command(question.trim_start());
        if let Ok(cmd) = Command::parse(&folded, me.username()) {
            return command(bot, msg, cmd, app).await;
        }
        if private {
            send(&bot, &app, &msg, &h::escape("I don't know that command; /help lists the ones I have."), None, None).await?;
        }
        return Ok(());
    }
    answer_question(&bot, &app, &msg, &question).await
}

/// Whether `text` mentions `@name` itself, not a longer name that starts with it
/// ("@parleybotany" does not mention "@parleybot").
fn mentions(text: &str, mention: &str) -> bool {
    let lower = text.to_lowercase();
    let m = mention.to_lowercase();
    lower.match_indices(&m).any(|(i, _)| !lower[i + m.len()..].chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_'))
}

/// The command word lower-cased and separated from its argument by a space.
fn fold_command(text: &str) -> String {
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    let rest = rest.trim_start();
    if rest.is_empty() {
        word.to_lowercase()
    } else {
        format!("{} {}", word.to_lowercase(), rest)
    }
}

fn remove_ci(text: &str, needle: &str) -> String {
    let lower = text.to_lowercase();
    match lower.find(&needle.to_lowercase()) {
        Some(i) if text.is_char_boundary(i) && text.is_char_boundary(i + needle.len()) => format!("{} {}", &text[..i], &text[i + needle.len()..]),
        _ => text.to_string(),
    }
}

/// A pressed "Did you mean" button answers in place.
async fn callback<R: BotRequester>(bot: R, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let question = q.data.as_deref().and_then(|d| d.strip_prefix("c:")).and_then(|n| n.parse::<u64>().ok()).and_then(|id| app.choices.get(id));
    let Some(question) = question else {
        bot.answer_callback_query(q.id.clone()).text("This button has expired; please ask again.").await?;
        return Ok(());
    };
    bot.answer_callback_query(q.id.clone()).await?;
    let Some(message) = q.message.as_ref() else { return Ok(()) };
    let chat = message.chat().id;
    let loaded = app.loaded();
    let mut ctx = app.contexts.get(chat.0, loaded.data);
    let a = loaded.engine.answer(&question, &mut ctx);
    app.contexts.put(chat.0, loaded.data, ctx);
    let parts = html::render(&a);
    // A message too old to edit (or deleted) gets the answer as a new message instead.
    if let Err(e) = edit_html(&bot, chat, message.id(), &parts[0]).await {
        log::debug!("could not edit the button's message ({}); sending a new one", redact(&e.to_string()));
        send(&bot, &app, chat, &parts[0], None, None).await?;
    }
    for part in &parts[1..] {
        send(&bot, &app, chat, part, None, None).await?;
    }
    Ok(())
}

/// `@bot witkoff` in any chat: the answer, and each quoted passage, as results.
async fn inline<R: BotRequester>(bot: R, q: InlineQuery, app: Arc<App>) -> HandlerResult {
    let query = q.query.trim();
    if query.is_empty() {
        bot.answer_inline_query(q.id.clone(), Vec::<InlineQueryResult>::new()).await?;
        return Ok(());
    }
    let a = app.loaded().engine.answer(query, &mut Default::default());
    let mut results = Vec::new();
    if a.answered {
        let body = html::render(&a).into_iter().next().unwrap_or_default();
        results.push(article("0", &a.lead, a.evidence.first().map(|e| e.citation.text.as_str()).unwrap_or(""), body));
        if a.evidence.len() > 1 {
            for (i, e) in a.evidence.iter().enumerate().take(9) {
                let mut one = a.clone();
                one.evidence = vec![e.clone()];
                one.examples.clear();
                let body = html::render(&one).into_iter().next().unwrap_or_default();
                let title = e.label.clone().unwrap_or_else(|| a.lead.clone());
                results.push(article(&(i + 1).to_string(), &title, &e.citation.text, body));
            }
        }
    }
    bot.answer_inline_query(q.id.clone(), results).cache_time(300).await?;
    Ok(())
}

fn article(id: &str, title: &str, description: &str, body: String) -> InlineQueryResult {
    let content = InputMessageContent::Text(InputMessageContentText::new(body).parse_mode(ParseMode::Html));
    InlineQueryResult::Article(InlineQueryResultArticle::new(id, short(title, 64), content).description(short(description, 120)))
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// Logs a handler error without the token.
pub fn log_error(e: impl std::fmt::Display) {
    log::error!("{}", redact(&e.to_string()));
}

/// `command`, then the update is marked answered in the inbox.
pub async fn on_command<R: BotRequester>(bot: R, msg: Message, cmd: Command, app: Arc<App>, upd: Update) -> HandlerResult {
    let r = command(bot, msg, cmd, app.clone()).await;
    finish(&app, &upd, r)
}

/// `message`, then the update is marked answered in the inbox.
pub async fn on_message<R: BotRequester>(bot: R, msg: Message, me: Me, app: Arc<App>, upd: Update) -> HandlerResult {
    let r = message(bot, msg, me, app.clone()).await;
    finish(&app, &upd, r)
}

/// `callback`, then the update is marked answered in the inbox.
pub async fn on_callback<R: BotRequester>(bot: R, q: CallbackQuery, app: Arc<App>, upd: Update) -> HandlerResult {
    let r = callback(bot, q, app.clone()).await;
    finish(&app, &upd, r)
}

/// `inline`, then the update is marked answered in the inbox.
pub async fn on_inline<R: BotRequester>(bot: R, q: InlineQuery, app: Arc<App>, upd: Update) -> HandlerResult {
    let r = inline(bot, q, app.clone()).await;
    finish(&app, &upd, r)
}

/// An update is done when its reply went out, or when Telegram refused it for good (the user
/// blocked the bot, the chat is gone): retrying that after a restart would only fail again. A
/// network failure leaves it pending, to be answered after the next start.
fn finish(app: &App, upd: &Update, r: HandlerResult) -> HandlerResult {
    let permanent = r.as_ref().err().and_then(|e| e.downcast_ref::<teloxide::RequestError>()).is_some_and(|e| matches!(e, teloxide::RequestError::Api(_)));
    if r.is_ok() || permanent {
        if let Err(e) = app.inbox.done(upd.id.0) {
            log::error!("{e}");
        }
    }
    r
}
