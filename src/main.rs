//! `parley`: ask the report a question from the command line, chat with it, check data files,
//! or run the Telegram bot. Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad data.

/// mimalloc instead of the system allocator: loading a large knowledge base makes millions of
/// small allocations (with glibc's malloc a sixth of the load time), and under load the bot's
/// threads allocate at once (the end-to-end run answered 4,000 updates/s with glibc, over
/// 10,000 with mimalloc). Built with `no_thp`: transparent huge pages doubled the idle RSS.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parley::conversation::Context;
use parley::render;
use parley::Engine;

/// Parley answers questions about the news reports it has as data (shipped: one Reuters
/// report), quoting the report and citing its paragraphs (¶N) in every answer.
///
/// With no command it runs the Telegram bot when TELOXIDE_TOKEN is set, and otherwise
/// a console chat.
#[derive(Parser)]
#[command(name = "parley", version)]
struct Cli {
    /// Load the articles from this folder (*.toml) instead of the shipped data; the bot
    /// reads it again on SIGHUP.
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,

    /// Answer from a plain-text news report instead, drafted in memory as `parley draft`
    /// drafts it (dated today unless --date is given).
    #[arg(long, global = true, value_name = "FILE.txt", conflicts_with = "data")]
    text: Option<PathBuf>,

    /// The report's date (YYYY-MM-DD), for --text.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    date: Option<String>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Answer one question; with --json and no question, answer each line of stdin.
    Ask {
        /// Print one JSON object per answer instead of text.
        #[arg(long)]
        json: bool,
        /// The question (quote it, or give it as several words).
        question: Vec<String>,
    },
    /// A conversation in the terminal; follow-up questions refer back ("What did he say?").
    Chat {
        /// Read one conversation from stdin, one question a line; print JSON lines.
        #[arg(long)]
        json: bool,
    },
    /// Check the data files: every quote verbatim, every reference resolved.
    Check,
    /// Draft a data file from a plain-text news report (to stdout): paragraphs, people with
    /// their titles, and statements with their speakers, every one the report's own words,
    /// for a person to review. Redirect it to data/ID.toml and run `parley check`.
    Draft {
        /// The report as plain text (a byline, dateline and credits line are recognised).
        file: PathBuf,
        /// The outlet, when the dateline does not name it.
        #[arg(long)]
        outlet: Option<String>,
        /// The data file's id (default: from the outlet, date and first words).
        #[arg(long)]
        id: Option<String>,
    },
    /// Score a question set (JSON lines: question, kind, answerable, gold_lines, must_include,
    /// hedge): the per-kind table, the wrong items and the SCORE line, as score.py prints it.
    Eval {
        /// The questions, one JSON object a line.
        questions: std::path::PathBuf,
        /// Conversations to score turn by turn, one JSON object ({"turns": [...]}) a line.
        #[arg(long, value_name = "FILE")]
        dialogues: Option<std::path::PathBuf>,
        /// The article text whose line numbers the gold lines give.
        #[arg(long, value_name = "FILE", default_value = "eval/article.txt")]
        article: std::path::PathBuf,
        /// Show each wrong item's answer too.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Run the Telegram bot with long polling (token from TELOXIDE_TOKEN).
    Telegram(TelegramArgs),
}

/// Telegram options. The token is read from TELOXIDE_TOKEN only, so it never shows in `ps`.
#[derive(clap::Args, Debug, Clone)]
struct TelegramArgs {
    /// Another Bot API server, e.g. a self-hosted one.
    #[arg(long, env = "TELOXIDE_API_URL", value_name = "URL")]
    api_url: Option<String>,
    /// An HTTP(S) or SOCKS5 proxy for all Bot API calls.
    #[arg(long, env = "TELOXIDE_PROXY", value_name = "URL")]
    proxy: Option<String>,
    /// Questions per user per minute before Parley pauses answering them (0: no limit).
    #[arg(long, default_value_t = parley::telegram::defaults::FLOOD_PER_MINUTE)]
    flood_limit: u32,
    /// Minutes a chat's follow-up context is kept without new questions.
    #[arg(long, default_value_t = parley::telegram::defaults::CONTEXT_MINUTES)]
    context_minutes: u64,
    /// getMe attempts at start while the network is down.
    #[arg(long, default_value_t = parley::telegram::defaults::STARTUP_ATTEMPTS)]
    startup_attempts: u32,
    /// Long-polling timeout in seconds.
    #[arg(long, default_value_t = parley::telegram::defaults::POLL_TIMEOUT_SECS)]
    poll_timeout: u64,
    /// Webhook mode: the public HTTPS URL Telegram should post updates to.
    #[arg(long, value_name = "URL")]
    webhook: Option<String>,
    /// Webhook mode: the address to listen on (behind your HTTPS proxy).
    #[arg(long, value_name = "ADDR", default_value = "0.0.0.0:8443")]
    listen: std::net::SocketAddr,
    /// Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token
    /// (A-Z, a-z, 0-9, _ and -; generated when not given).
    #[arg(long, env = "PARLEY_WEBHOOK_SECRET", value_name = "SECRET", hide_env_values = true)]
    webhook_secret: Option<String>,
    /// Where questions wait until answered, so a stop, crash or kill loses none:
    /// `sqlite:PATH`, or `memory` (lost on exit). Default: state.sqlite in
    /// $XDG_DATA_HOME/parley (~/.local/share/parley).
    #[arg(long, env = "PARLEY_STATE", value_name = "sqlite:PATH|memory")]
    state: Option<String>,
}

/// Runs the load with mimalloc returning freed pages to the system at once, then restores its
/// default delay for serving. Loading parses and indexes every article, freeing as much
/// memory as it keeps: for 1,000 articles this costs ~0.1–0.2 s of load and leaves 139 MB
/// resident instead of ~176 MB (a 10 ms delay: 147 MB). Serving keeps the default, since a
/// purge on every free slows the busy bot (about a fifth fewer updates a second).
fn loading<T>(load: impl FnOnce() -> T) -> T {
    // mimalloc.h, `mi_option_e`: the 16th option is `mi_option_purge_delay` (milliseconds,
    // 1,000 by default). The Rust bindings predate the name.
    const PURGE_DELAY: i32 = 15;
    extern "C" {
        fn mi_option_set(option: i32, value: std::ffi::c_long);
        fn mi_collect(force: bool);
    }
    // SAFETY: both only change or run mimalloc's own bookkeeping, which is thread-safe.
    unsafe { mi_option_set(PURGE_DELAY, 0) };
    let out = load();
    unsafe {
        mi_collect(true);
        mi_option_set(PURGE_DELAY, 1000);
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // PARLEY_DEBUG=1: how each question was read, on stderr (the console commands log nothing else).
    if std::env::var_os("PARLEY_DEBUG").is_some() && !matches!(cli.command, Some(Command::Telegram(_))) {
        let _ = env_logger::Builder::new().filter_module("parley::matcher", log::LevelFilter::Debug).format(|f, r| writeln!(f, "{}", r.args())).try_init();
    }
    if let Some(Command::Draft { file, outlet, id }) = &cli.command {
        return draft(file, parley::draft::Options { date: cli.date.clone(), outlet: outlet.clone(), id: id.clone() });
    }
    // The bot's runtime and its stop signals come first: a stop while the data loads is then a
    // clean stop, not a kill by the signal's default action.
    let bot_mode = matches!(cli.command, Some(Command::Telegram(_))) || cli.command.is_none() && token_is_set();
    let bot_runtime = if bot_mode {
        match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
            Ok(rt) => {
                let stop = {
                    let _in = rt.enter();
                    Box::pin(parley::telegram::stop_signal()) as StopSignal
                };
                Some((rt, stop))
            }
            Err(e) => {
                eprintln!("parley: cannot start the async runtime: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        None
    };
    let engine = match loading(|| load(cli.data.as_deref(), cli.text.as_deref(), cli.date.as_deref())) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("parley: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Some(Command::Check) => {
            let kb = engine.kb();
            let facts: usize = kb
                .articles
                .iter()
                .map(|a| a.data.statement.len() + a.data.proposal.len() + a.data.position.len() + a.data.event.len() + a.data.person.len())
                .sum();
            println!(
                "ok: {} article(s), {} paragraphs, {} facts checked verbatim",
                kb.articles.len(),
                kb.articles.iter().map(|a| a.data.paragraph.len()).sum::<usize>(),
                facts
            );
            Ok(())
        }
        Some(Command::Eval { questions, dialogues, article, verbose }) => return eval(&engine, &questions, dialogues.as_deref(), &article, verbose),
        Some(Command::Ask { json, question }) => ask(&engine, json, &question),
        Some(Command::Chat { json }) => chat(&engine, json),
        Some(Command::Telegram(args)) => return telegram(engine, args, cli.data, bot_runtime),
        // Handled before the data is loaded.
        Some(Command::Draft { .. }) => Ok(()),
        // The bot with every option at its default (environment variables included): read
        // by clap, so the defaults are written once.
        None if token_is_set() => match Cli::try_parse_from(["parley", "telegram"]) {
            Ok(Cli { command: Some(Command::Telegram(args)), .. }) => return telegram(engine, args, cli.data, bot_runtime),
            other => {
                if let Err(e) = other {
                    let _ = e.print();
                }
                return ExitCode::from(2);
            }
        },
        None => {
            eprintln!("(Set TELOXIDE_TOKEN to run Parley as a Telegram bot; see README.md. Starting the console chat.)");
            chat(&engine, false)
        }
    };
    // The process is ending: the OS takes the memory back faster than a million frees.
    std::mem::forget(engine);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parley: {e}");
            ExitCode::from(1)
        }
    }
}

/// Whether a bot token is in the environment: then no command means the bot.
fn token_is_set() -> bool {
    std::env::var("TELOXIDE_TOKEN").is_ok_and(|t| !t.trim().is_empty())
}

/// A stop signal installed before the bot starts (see `parley::telegram::stop_signal`).
type StopSignal = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

fn telegram(engine: Engine, args: TelegramArgs, data: Option<PathBuf>, runtime: Option<(tokio::runtime::Runtime, StopSignal)>) -> ExitCode {
    // A token pasted with a space or a new line around it is still the token.
    let Some(token) = std::env::var("TELOXIDE_TOKEN").ok().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) else {
        eprintln!("parley: TELOXIDE_TOKEN is not set; create a bot with @BotFather and export its token (see README.md)");
        return ExitCode::from(2);
    };
    parley::telegram::redact::set_token(&token);
    parley::telegram::redact::init_logging();
    let mut s = parley::telegram::Settings::new(token);
    s.api_url = args.api_url.filter(|u| !u.is_empty());
    s.proxy = args.proxy.filter(|u| !u.is_empty());
    s.flood_per_minute = args.flood_limit;
    s.context_ttl = std::time::Duration::from_secs(args.context_minutes.saturating_mul(60));
    s.startup_attempts = args.startup_attempts;
    s.poll_timeout = std::time::Duration::from_secs(args.poll_timeout);
    s.data_dir = data;
    if let Some(url) = args.webhook {
        if let Some(secret) = &args.webhook_secret {
            if secret.is_empty() || secret.len() > 256 || !secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                eprintln!("parley: the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
                return ExitCode::from(2);
            }
        }
        s.webhook = Some(parley::telegram::Webhook { url, listen: args.listen, secret: args.webhook_secret });
    }
    s.state = match args.state.as_deref().map(parley::telegram::State::parse) {
        None => parley::telegram::State::default_file(),
        Some(Ok(state)) => state,
        Some(Err(e)) => {
            eprintln!("parley: {e}");
            return ExitCode::from(2);
        }
    };
    let Some((rt, stop)) = runtime else {
        eprintln!("parley: the bot's runtime was not started");
        return ExitCode::from(1);
    };
    match rt.block_on(parley::telegram::run_until(std::sync::Arc::new(engine), s, stop)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parley: {e}");
            ExitCode::from(2)
        }
    }
}

fn load(dir: Option<&std::path::Path>, text: Option<&std::path::Path>, date: Option<&str>) -> Result<Engine, parley::kb::DataError> {
    if let Some(path) = text {
        let name = path.display().to_string();
        let report = std::fs::read_to_string(path).map_err(|e| parley::kb::DataError::io(&name, &e))?;
        let drafted = parley::draft::draft(&report, &parley::draft::Options { date: date.map(str::to_string), ..Default::default() });
        let toml = drafted.to_toml().map_err(|e| parley::kb::DataError::io(&name, &e))?;
        let (_, lexicon) = parley::kb::Kb::shipped_texts()?;
        return Engine::from_texts(vec![(format!("{name} (drafted)"), toml)], lexicon);
    }
    match dir {
        Some(d) => Engine::from_dir(d),
        None => Engine::shipped(),
    }
}

/// `parley draft`: the drafted data file on stdout; exit 2 when the text cannot be read.
fn draft(file: &std::path::Path, opts: parley::draft::Options) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("parley: {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    match parley::draft::draft(&text, &opts).to_toml() {
        Ok(toml) => {
            print!("{toml}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parley: {}: {e}", file.display());
            ExitCode::from(1)
        }
    }
}

/// `parley eval`: exit 0 with the report, 2 when a file cannot be read.
fn eval(engine: &Engine, questions: &std::path::Path, dialogues: Option<&std::path::Path>, article: &std::path::Path, verbose: bool) -> ExitCode {
    let run = || -> anyhow::Result<String> {
        let text = std::fs::read_to_string(article).map_err(|e| anyhow::anyhow!("{}: {e}", article.display()))?;
        let art = parley::eval::Reference::new(&text);
        let items: Vec<parley::eval::Item> = parley::eval::load(questions)?;
        let outcomes = parley::eval::run_questions(engine, &items, &art);
        let turns = match dialogues {
            Some(path) => Some(parley::eval::run_dialogues(engine, &parley::eval::load(path)?, &art)),
            None => None,
        };
        Ok(parley::eval::report(&questions.display().to_string(), &outcomes, turns.as_deref(), verbose))
    };
    match run() {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parley eval: {e}");
            ExitCode::from(2)
        }
    }
}

fn ask(engine: &Engine, json: bool, question: &[String]) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if !question.is_empty() {
        let q = question.join(" ");
        let a = engine.answer(&q, &mut Context::default());
        if json {
            writeln!(out, "{}", render::json_line(&q, &a))?;
        } else {
            writeln!(out, "{}", render::plain(&a))?;
        }
        return out.flush();
    }
    // One question a line; each line stands alone, so a block of lines is answered on every
    // core and written in order. A terminal gets each answer as its line is typed. A line that
    // is not UTF-8 gets an error object and the rest of the batch is still answered.
    let block = if io::stdin().is_terminal() { 1 } else { BATCH_LINES };
    let mut lines = Vec::with_capacity(block);
    let flush = |lines: &mut Vec<Result<String, String>>, out: &mut io::BufWriter<io::StdoutLock<'_>>| -> io::Result<()> {
        let answers = parley::par::map_chunks(lines, 64, |_: &mut (), line| line.as_ref().ok().map(|q| engine.answer(q, &mut Context::default())));
        for (line, a) in lines.drain(..).zip(answers) {
            match (line, a) {
                (Ok(q), Some(a)) if json => writeln!(out, "{}", render::json_line(&q, &a))?,
                (Ok(_), Some(a)) => writeln!(out, "{}\n", render::plain(&a))?,
                (Err(lossy), _) | (Ok(lossy), None) => bad_line(out, json, &lossy)?,
            }
        }
        out.flush()
    };
    for_each_line(|line| {
        lines.push(line);
        if lines.len() >= block {
            flush(&mut lines, &mut out)?;
        }
        Ok(())
    })?;
    flush(&mut lines, &mut out)
}

/// Lines read before a batch is answered on every core (`ask --json` from a pipe or file).
const BATCH_LINES: usize = 1024;

fn bad_line(out: &mut impl Write, json: bool, lossy: &str) -> io::Result<()> {
    let msg = "this line is not valid UTF-8 text, so it was not read";
    if json {
        writeln!(
            out,
            "{}",
            serde_json::json!({"question": lossy, "answered": false, "answer": msg, "citations": [], "intent": "invalid_input", "confidence": 0.0, "error": msg})
        )
    } else {
        writeln!(out, "{msg}\n")
    }
}

/// Calls `f` with each stdin line: `Ok(text)`, or `Err(lossy text)` when it is not UTF-8.
fn for_each_line(mut f: impl FnMut(Result<String, String>) -> io::Result<()>) -> io::Result<()> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        match String::from_utf8(buf.clone()) {
            Ok(s) => f(Ok(s))?,
            Err(_) => f(Err(String::from_utf8_lossy(&buf).into_owned()))?,
        }
    }
}

fn chat(engine: &Engine, json: bool) -> io::Result<()> {
    let interactive = !json && io::stdin().is_terminal();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if interactive {
        writeln!(out, "Parley: ask about {}. Ctrl-D to leave.", engine.about())?;
        let examples = engine.examples(3);
        if !examples.is_empty() {
            writeln!(out, "For example: {}", examples.join(" · "))?;
        }
        write!(out, "> ")?;
        out.flush()?;
    }
    let mut ctx = Context::default();
    for_each_line(|line| {
        match line {
            Ok(q) => {
                let a = engine.answer(&q, &mut ctx);
                if json {
                    writeln!(out, "{}", render::json_line(&q, &a))?;
                } else {
                    writeln!(out, "{}\n", render::plain(&a))?;
                }
            }
            Err(lossy) => bad_line(&mut out, json, &lossy)?,
        }
        if interactive {
            write!(out, "> ")?;
        }
        out.flush()
    })
}
