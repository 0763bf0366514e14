//! The Telegram runtime: the same [`Engine`] behind a teloxide bot.
//!
//! * [`commands`]: the `/command` menu, a `BotCommands` enum whose docs are the help text.
//! * [`handlers`]: one small async handler per kind of update, in a declarative `dptree` tree.
//! * [`html`]: answers as Telegram HTML, split under 4,096 characters.
//! * [`delivery`]: sending with bounded retries, so a 5xx or a dropped connection loses nothing.
//! * [`state`]: per-chat follow-up context (expiring), flood control, button questions.
//! * [`redact`]: the token never reaches a log line, an error or a panic message.
//!
//! * [`inbox`]: every update in SQLite before its offset is confirmed, done once answered, so
//!   a kill loses no question.
//!
//! Start-up checks the token with getMe (one clear error and exit code 2 when it is rejected
//! or the server cannot be reached), registers the command menu, answers what the last run left
//! pending, and long-polls until SIGINT or SIGTERM; then in-flight replies finish. SIGHUP
//! reloads the reports from `--data DIR`: the new set is checked first, and a bad file leaves
//! the running data as it was.

pub mod commands;
pub mod delivery;
pub mod handlers;
pub mod html;
pub mod inbox;
pub mod redact;
pub mod state;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::adaptors::Throttle;
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::update_listeners::{Polling, UpdateListener};
use teloxide::utils::command::BotCommands;
use teloxide::RequestError;

use crate::Engine;
use commands::Command;

/// The bot's defaults, shared by [`Settings::new`] and the command line.
pub mod defaults {
    /// Questions per user per minute before answering pauses.
    pub const FLOOD_PER_MINUTE: u32 = 20;
    /// Minutes a chat's follow-up context is kept without new questions.
    pub const CONTEXT_MINUTES: u64 = 60;
    /// getMe attempts at start while the network is down.
    pub const STARTUP_ATTEMPTS: u32 = 6;
    /// Long-polling timeout.
    pub const POLL_TIMEOUT_SECS: u64 = 10;
}

/// How long a stop may take before the bot exits regardless. Long enough for a reply stuck in
/// a client timeout (17 s) plus a 5xx pause (10 s) and its retries to finish; questions still
/// unanswered after it stay in the inbox and are answered on the next start.
const STOP_GRACE: Duration = Duration::from_secs(60);

/// The bot as handlers see it: Telegram's rate limits applied by teloxide's `Throttle` in
/// production; the plain `Bot` when measuring Parley alone (`throttle: false`).
pub type TgBot = Throttle<Bot>;

/// What the handlers need of a bot: any teloxide requester whose requests can be sent
/// from tasks. Implemented for `Throttle<Bot>` and `Bot` alike.
pub trait BotRequester:
    Requester<
        Err = RequestError,
        SendMessage: Send,
        EditMessageText: Send,
        AnswerCallbackQuery: Send,
        AnswerInlineQuery: Send,
        GetMe: Send,
        SetMyCommands: Send,
        GetUpdates: Send,
        DeleteWebhook: Send,
        GetWebhookInfo: Send,
        SetWebhook: Send,
    > + Clone
    + Send
    + Sync
    + 'static
{
}

impl<R> BotRequester for R where
    R: Requester<
            Err = RequestError,
            SendMessage: Send,
            EditMessageText: Send,
            AnswerCallbackQuery: Send,
            AnswerInlineQuery: Send,
            GetMe: Send,
            SetMyCommands: Send,
            GetUpdates: Send,
            DeleteWebhook: Send,
            GetWebhookInfo: Send,
            SetWebhook: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}

/// How the bot runs; `from_env` follows teloxide's conventions, flags may override.
#[derive(Debug, Clone)]
pub struct Settings {
    pub token: String,
    /// Another Bot API server (a self-hosted one, or the tests' own).
    pub api_url: Option<String>,
    pub proxy: Option<String>,
    /// Questions per user per minute before one notice and then quiet; 0 turns it off.
    pub flood_per_minute: u32,
    /// How long a chat's follow-up context lives without new questions.
    pub context_ttl: Duration,
    pub max_chats: usize,
    /// getMe attempts at start while the network is down (with growing pauses).
    pub startup_attempts: u32,
    /// Long-polling timeout.
    pub poll_timeout: Duration,
    /// Apply Telegram's own limits (off only for measuring Parley itself).
    pub throttle: bool,
    /// Webhook mode instead of long polling: the public HTTPS URL Telegram posts to (behind
    /// a proxy that forwards to `listen`), and the secret Telegram must send with each update.
    pub webhook: Option<Webhook>,
    /// Where updates wait until answered ([`inbox`]): a SQLite file, or memory (lost on exit).
    pub state: State,
    /// The folder the reports were loaded from, read again on SIGHUP; `None` for the data
    /// compiled into the binary, which a reload cannot change.
    pub data_dir: Option<std::path::PathBuf>,
}

/// Where the durable inbox lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Memory,
    Sqlite(std::path::PathBuf),
}

impl State {
    /// `memory`, or `sqlite:PATH` (a bare path is read as a SQLite file too).
    pub fn parse(s: &str) -> Result<State, String> {
        let s = s.trim();
        match s {
            "" => Err("--state is empty; use memory or sqlite:PATH".into()),
            "memory" => Ok(State::Memory),
            _ => Ok(State::Sqlite(s.strip_prefix("sqlite:").unwrap_or(s).into())),
        }
    }

    /// The platform's data directory: `$XDG_DATA_HOME/parley/state.sqlite`, else
    /// `~/.local/share/parley/state.sqlite`, else `parley-state.sqlite` here.
    pub fn default_file() -> State {
        let dir = std::env::var_os("XDG_DATA_HOME")
            .filter(|d| !d.is_empty())
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| std::path::PathBuf::from(h).join(".local/share")));
        State::Sqlite(dir.map(|d| d.join("parley").join("state.sqlite")).unwrap_or_else(|| "parley-state.sqlite".into()))
    }
}

/// Webhook mode: Telegram posts updates to `url`; Parley listens on `listen` and answers
/// 401 to any request without the secret token header.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub url: String,
    pub listen: std::net::SocketAddr,
    pub secret: Option<String>,
}

impl Settings {
    pub fn new(token: impl Into<String>) -> Settings {
        Settings {
            token: token.into(),
            api_url: None,
            proxy: None,
            flood_per_minute: defaults::FLOOD_PER_MINUTE,
            context_ttl: Duration::from_secs(defaults::CONTEXT_MINUTES * 60),
            max_chats: 100_000,
            startup_attempts: defaults::STARTUP_ATTEMPTS,
            poll_timeout: Duration::from_secs(defaults::POLL_TIMEOUT_SECS),
            throttle: true,
            webhook: None,
            state: State::Memory,
            data_dir: None,
        }
    }
}

/// What a kept context's indices refer to: the loaded articles, their people and sides. A
/// context kept for other data is not read back.
fn data_fingerprint(engine: &Engine) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for a in &engine.kb().articles {
        a.id().hash(&mut h);
        for p in &a.data.person {
            p.id.hash(&mut h);
        }
        for s in &a.data.side {
            s.id.hash(&mut h);
        }
    }
    h.finish()
}

/// Why the bot could not start; shown as one line, never with the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError {
    Config(String),
    Rejected(String),
    Unreachable(String),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Config(m) => write!(f, "bad Telegram configuration: {}", redact::redact(m)),
            StartError::Rejected(m) => write!(f, "the Bot API rejected the token (getMe: {}); check TELOXIDE_TOKEN", redact::redact(m)),
            StartError::Unreachable(m) => write!(f, "cannot reach the Bot API server: {}", redact::redact(m)),
        }
    }
}

impl std::error::Error for StartError {}

/// The reports being served, and the fingerprint of their data (what a kept context's indices
/// refer to). Replaced whole on reload; a handler takes one and answers with it throughout.
pub struct Loaded {
    pub engine: Arc<Engine>,
    pub data: u64,
}

impl Loaded {
    pub fn new(engine: Arc<Engine>) -> Loaded {
        let data = data_fingerprint(&engine);
        Loaded { engine, data }
    }
}

/// What every handler shares.
pub struct App {
    loaded: std::sync::RwLock<Arc<Loaded>>,
    pub settings: Settings,
    pub contexts: state::Contexts,
    pub flood: state::FloodControl,
    pub choices: state::Choices,
    pub inbox: Arc<inbox::Inbox>,
    /// Set when the bot begins to stop: held-up replies give up ([`delivery::Stopping`]).
    pub stopping: delivery::Stopping,
}

/// Builds the bot and checks the token with getMe.
pub async fn connect(s: &Settings) -> Result<(Bot, Me), StartError> {
    redact::set_token(&s.token);
    if s.token.trim().is_empty() {
        return Err(StartError::Config("TELOXIDE_TOKEN is empty".into()));
    }
    let mut builder = teloxide::net::default_reqwest_settings();
    if let Some(p) = &s.proxy {
        let proxy = reqwest::Proxy::all(p).map_err(|e| StartError::Config(format!("TELOXIDE_PROXY is not a usable proxy URL: {e}")))?;
        builder = builder.proxy(proxy);
    }
    let client = builder.build().map_err(|e| StartError::Config(format!("cannot build the HTTP client: {e}")))?;
    let mut bot = Bot::with_client(s.token.trim(), client);
    if let Some(u) = &s.api_url {
        let url = reqwest::Url::parse(u).map_err(|e| StartError::Config(format!("TELOXIDE_API_URL is not a URL ({e})")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(StartError::Config("TELOXIDE_API_URL must be an http:// or https:// URL".into()));
        }
        bot = bot.set_api_url(url);
    }
    let host = s
        .api_url
        .as_deref()
        .and_then(|u| reqwest::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "api.telegram.org".into());
    let mut attempt = 0;
    let me = loop {
        attempt += 1;
        match bot.get_me().await {
            Ok(me) => break me,
            // Telegram answers 401 to a wrong token and 404 to a malformed one; any other server
            // that is not a Bot API answers 404 too, so the URL is named when it was set.
            Err(RequestError::Api(e)) if s.api_url.is_some() => {
                return Err(StartError::Rejected(format!("{host}: {e}; if the token is right, check TELOXIDE_API_URL")))
            }
            Err(RequestError::Api(e)) => return Err(StartError::Rejected(e.to_string())),
            Err(e) if attempt < s.startup_attempts.max(1) => {
                let wait = Duration::from_secs(1 << attempt.min(5));
                log::warn!("getMe to {host} failed ({}); the network may be down, retrying in {}s", redact::redact(&causes(&e)), wait.as_secs());
                tokio::time::sleep(wait).await;
            }
            Err(e) => return Err(StartError::Unreachable(format!("{host}: {}", causes(&e)))),
        }
    };
    Ok((bot, me))
}

/// An error and its causes, outermost first: "error sending request: connection refused".
fn causes(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(c) = next {
        let c_text = c.to_string();
        if !out.contains(&c_text) {
            out.push_str(": ");
            out.push_str(&c_text);
        }
        next = c.source();
    }
    out
}

impl App {
    /// The reports being served now.
    pub fn loaded(&self) -> Arc<Loaded> {
        self.loaded.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Serves `engine` from the next update on; updates already being answered finish with
    /// the reports they started with.
    pub fn replace(&self, engine: Engine) {
        *self.loaded.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(Loaded::new(Arc::new(engine)));
    }

    /// Reads the reports again from `--data DIR`. The new set is checked in full first; a
    /// file that fails the checks is refused with the usual message (file, fact, reason) and
    /// the running reports stay.
    pub async fn reload(&self) -> Result<String, String> {
        let Some(dir) = self.settings.data_dir.clone() else {
            return Err("the shipped reports are compiled in; start with --data DIR to reload reports".into());
        };
        let checked = tokio::task::spawn_blocking(move || Engine::from_dir(&dir)).await.map_err(|e| format!("the reload stopped: {e}"))?;
        let engine = checked.map_err(|e| format!("{e}; still serving the reports loaded before"))?;
        let about = engine.about();
        self.replace(engine);
        Ok(about)
    }
}

/// Runs until SIGINT or SIGTERM, reloading the reports on SIGHUP.
pub async fn run(engine: Arc<Engine>, settings: Settings) -> Result<(), StartError> {
    run_until(engine, settings, stop_signal()).await
}

/// Resolves on SIGINT or SIGTERM (teloxide's own handler only knows SIGINT). The handlers are
/// installed when this is called, not when the future is first polled: from then on a stop
/// signal is kept for the future instead of ending the process, so a stop that arrives while
/// the bot is still loading or connecting is a clean stop too. Call it inside a tokio runtime.
pub fn stop_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let term = signal(SignalKind::terminate()).ok();
        let int = signal(SignalKind::interrupt()).ok();
        async move {
            let on = |s: Option<tokio::signal::unix::Signal>| async move {
                match s {
                    Some(mut s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = on(term) => {}
                _ = on(int) => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Reloads the reports on every SIGHUP, for as long as the process runs. Updates keep being
/// taken and answered meanwhile: the reload only swaps what the next update is answered with.
fn reload_on_hangup(app: Arc<App>) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut hup) = signal(SignalKind::hangup()) else { return };
        while hup.recv().await.is_some() {
            match app.reload().await {
                Ok(about) => log::info!("SIGHUP: reloaded; serving {about}"),
                Err(e) => log::error!("SIGHUP: reload refused: {e}"),
            }
        }
    });
    #[cfg(not(unix))]
    let _ = app;
}

/// Connects, registers the commands and serves updates until `stop` resolves; then lets
/// in-flight replies finish and confirms the polling offset.
pub async fn run_until(engine: Arc<Engine>, settings: Settings, stop: impl Future<Output = ()> + Send + 'static) -> Result<(), StartError> {
    // A stop while connecting (the API may be retried for a while) ends the run: nothing has
    // been taken from Telegram yet.
    let mut stop = Box::pin(stop);
    let (bot, me) = tokio::select! {
        connected = connect(&settings) => connected?,
        _ = &mut stop => {
            log::info!("stopped before connecting; no update was taken");
            return Ok(());
        }
    };
    log::info!("connected as @{}", me.username());
    if settings.throttle {
        serve(bot.throttle(Limits::default()), engine, settings, stop).await
    } else {
        serve(bot, engine, settings, stop).await
    }
}

/// Serves updates with `bot` (throttled or not) until `stop` resolves.
async fn serve<R: BotRequester>(bot: R, engine: Arc<Engine>, settings: Settings, stop: impl Future<Output = ()> + Send + 'static) -> Result<(), StartError> {
    if let Err(e) = bot.set_my_commands(Command::bot_commands()).await {
        log::warn!("could not register the command menu: {}", redact::redact(&e.to_string()));
    }
    let inbox = Arc::new(
        match &settings.state {
            State::Memory => inbox::Inbox::in_memory(),
            State::Sqlite(path) => inbox::Inbox::open(path),
        }
        .map_err(|e| StartError::Config(e.to_string()))?,
    );
    let app = Arc::new(App {
        inbox: inbox.clone(),
        loaded: std::sync::RwLock::new(Arc::new(Loaded::new(engine))),
        contexts: match settings.state {
            State::Memory => state::Contexts::new(settings.context_ttl, settings.max_chats),
            State::Sqlite(_) => state::Contexts::persistent(settings.context_ttl, settings.max_chats, inbox.clone()),
        },
        flood: state::FloodControl::new(settings.flood_per_minute),
        choices: state::Choices::new(10_000),
        settings: settings.clone(),
        stopping: delivery::Stopping::default(),
    });
    reload_on_hangup(app.clone());
    let handler = dptree::entry()
        .branch(
            Update::filter_message()
                .branch(dptree::entry().filter_command::<Command>().endpoint(handlers::on_command::<R>))
                .branch(dptree::endpoint(handlers::on_message::<R>)),
        )
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback::<R>))
        .branch(Update::filter_inline_query().endpoint(handlers::on_inline::<R>));
    let on_stop = app.clone();
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler)
        .dependencies(dptree::deps![app])
        .default_handler({
            // Updates no handler takes (edits, joins) are done as soon as they are seen.
            let inbox = inbox.clone();
            move |upd| {
                let inbox = inbox.clone();
                async move {
                    if let Err(e) = inbox.done(upd.id.0) {
                        log::error!("{e}");
                    }
                }
            }
        })
        .error_handler(Arc::new(|e: Box<dyn std::error::Error + Send + Sync>| async move { handlers::log_error(e) }))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let (stopped_tx, stopped_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        stop.await;
        on_stop.stopping.begin();
        let _ = stopped_tx.send(());
        log::info!("stopping: finishing in-flight replies and confirming the polling offset");
        loop {
            match shutdown.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                // Not dispatching yet: try again shortly.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
    // A stop must not wait forever on a network that is gone: after a grace period the bot
    // exits anyway (what was confirmed is confirmed; the rest is delivered again on restart).
    let grace = async move {
        if stopped_rx.await.is_ok() {
            tokio::time::sleep(STOP_GRACE).await;
            log::warn!("stop took longer than {}s; exiting without waiting further", STOP_GRACE.as_secs());
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::pin!(grace);
    match &settings.webhook {
        None => {
            // Retry a lost connection quickly and never wait long between tries, so a stop
            // is never stuck behind a long backoff.
            let listener = Polling::builder(bot.clone())
                .timeout(settings.poll_timeout)
                .backoff_strategy(|n| Duration::from_millis(250u64.saturating_mul(1 << n.min(4))))
                .delete_webhook()
                .await
                .build();
            let listener = inbox::Durable::new(listener, inbox.clone()).map_err(|e| StartError::Config(e.to_string()))?;
            let on_listener_error = Arc::new(|e: RequestError| async move {
                log::warn!("getUpdates failed, polling resumes: {}", redact::redact(&e.to_string()));
            });
            tokio::select! {
                r = dispatcher.try_dispatch_with_listener(listener, on_listener_error) => r.map_err(|e| StartError::Unreachable(e.to_string()))?,
                _ = &mut grace => {}
            }
        }
        Some(w) => {
            let url = reqwest::Url::parse(&w.url).map_err(|e| StartError::Config(format!("--webhook is not a URL ({e})")))?;
            // Bind once first so a busy port is a clear error before setWebhook.
            drop(std::net::TcpListener::bind(w.listen).map_err(|e| StartError::Config(format!("cannot listen on {}: {e}", w.listen)))?);
            let mut options = teloxide::update_listeners::webhooks::Options::new(w.listen, url);
            if let Some(secret) = &w.secret {
                options = options.secret_token(secret.clone());
            }
            let (listener, stopped, router) = teloxide::update_listeners::webhooks::axum_to_router(bot.clone(), options)
                .await
                .map_err(|e| StartError::Rejected(format!("setWebhook: {e}")))?;
            // The replay is read before the webhook serves: what arrives from now on is
            // recorded by the layer before its 200 and passed on as recorded.
            let mut listener = inbox::Durable::recorded(listener, inbox.clone()).map_err(|e| StartError::Config(e.to_string()))?;
            let router = inbox::recording(router, inbox.clone(), w.secret.clone());
            let tcp = tokio::net::TcpListener::bind(w.listen).await.map_err(|e| StartError::Config(format!("cannot listen on {}: {e}", w.listen)))?;
            let stop_token = listener.stop_token();
            tokio::spawn(async move {
                if let Err(e) = axum::serve(tcp, router).with_graceful_shutdown(stopped).await {
                    log::error!("webhook server: {e}");
                    stop_token.stop();
                }
            });
            log::info!("webhook mode: listening on {} for {}", w.listen, w.url);
            let on_listener_error = Arc::new(|e: std::convert::Infallible| async move { match e {} });
            tokio::select! {
                r = dispatcher.try_dispatch_with_listener(listener, on_listener_error) => r.map_err(|e| StartError::Unreachable(e.to_string()))?,
                _ = &mut grace => {}
            }
        }
    }
    match inbox.pending_count() {
        0 => log::info!("stopped; every question received was answered"),
        n => log::warn!("stopped with {n} question(s) not yet answered; they are answered first on the next start"),
    }
    if let Err(e) = inbox.prune(7 * 24 * 3600) {
        log::warn!("{e}");
    }
    Ok(())
}
