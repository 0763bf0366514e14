//! The bot token never reaches a log line, an error or a panic message.
//!
//! Errors from the HTTP client carry the request URL, and the Bot API puts the token in the
//! URL (`/bot<TOKEN>/sendMessage`). Rather than trusting every log site, the logger itself
//! redacts: every record is formatted and the token replaced before it is written.

use std::sync::OnceLock;

static TOKEN: OnceLock<String> = OnceLock::new();

/// Remembers the token to redact (first call wins).
pub fn set_token(token: &str) {
    if !token.is_empty() {
        let _ = TOKEN.set(token.to_string());
    }
}

/// `s` with the token (and its URL-encoded form) replaced by `<token>`.
pub fn redact(s: &str) -> String {
    match TOKEN.get() {
        Some(t) if s.contains(t.as_str()) => s.replace(t.as_str(), "<token>"),
        Some(t) => {
            let enc = t.replace(':', "%3A");
            if s.contains(&enc) {
                s.replace(&enc, "<token>")
            } else {
                s.to_string()
            }
        }
        None => s.to_string(),
    }
}

/// A logger that redacts the token from every record, wrapping env_logger (RUST_LOG).
struct Redacting(env_logger::Logger);

impl log::Log for Redacting {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        self.0.enabled(m)
    }

    fn log(&self, r: &log::Record<'_>) {
        if !self.0.matches(r) {
            return;
        }
        let msg = redact(&r.args().to_string());
        self.0.log(
            &log::Record::builder()
                .args(format_args!("{msg}"))
                .level(r.level())
                .target(r.target())
                .module_path(r.module_path())
                .file(r.file())
                .line(r.line())
                .build(),
        );
    }

    fn flush(&self) {
        self.0.flush()
    }
}

/// Installs the redacting logger (RUST_LOG, default `info`) and a panic hook that redacts too.
pub fn init_logging() {
    let logger = env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).build();
    let level = logger.filter();
    if log::set_boxed_logger(Box::new(Redacting(logger))).is_ok() {
        log::set_max_level(level);
    }
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        if TOKEN.get().is_some_and(|t| msg.contains(t.as_str())) {
            eprintln!("panic: {}", redact(&msg));
        } else {
            default(info);
        }
    }));
}
