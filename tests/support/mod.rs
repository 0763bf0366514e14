//! Shared helpers for the integration tests: one engine on the shipped data, and checks
//! every answer must pass (citations verbatim).
#![allow(dead_code)]

pub mod botapi;

use std::sync::OnceLock;

use parley::conversation::Context;
use parley::render;
use parley::{Answer, Engine};

pub fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::shipped().expect("the shipped data loads"))
}

/// Asks one question in a fresh conversation; checks its citations are verbatim.
pub fn ask(q: &str) -> Answer {
    let a = engine().answer(q, &mut Context::default());
    assert_verbatim(&a);
    a
}

/// Asks questions in one conversation.
pub fn chat(qs: &[&str]) -> Vec<Answer> {
    let mut ctx = Context::default();
    qs.iter()
        .map(|q| {
            let a = engine().answer(q, &mut ctx);
            assert_verbatim(&a);
            a
        })
        .collect()
}

/// The text a user sees.
pub fn text(a: &Answer) -> String {
    render::plain(a)
}

/// Every citation is a verbatim span of the paragraph (or byline/credits) it names.
pub fn assert_verbatim(a: &Answer) {
    let kb = engine().kb();
    for c in a.citations() {
        let art = kb.articles.iter().find(|x| x.id() == c.article).expect("cited article exists");
        let source = match c.paragraph {
            Some(p) => art.paragraph(p).expect("cited paragraph exists").to_string(),
            None => format!("{}\n{}", art.data.article.byline, art.data.article.credits),
        };
        assert!(source.contains(&c.text), "citation not verbatim: {:?}", c.text);
    }
}

/// The answer's text contains every one of `words` (case-insensitive).
#[track_caller]
pub fn assert_says(a: &Answer, words: &[&str]) {
    let t = text(a).to_lowercase();
    for w in words {
        assert!(t.contains(&w.to_lowercase()), "answer lacks {w:?}:\n{}", text(a));
    }
}

/// The answer cites paragraph `p`.
#[track_caller]
pub fn assert_cites(a: &Answer, p: usize) {
    assert!(a.citations().iter().any(|c| c.paragraph == Some(p)), "answer does not cite ¶{p}:\n{}", text(a));
}

/// Asks `q` and checks the reply answers it with a citation holding `words`; the answer, for
/// more checks.
pub fn answered_citing(q: &str, words: &str) -> Answer {
    let a = ask(q);
    assert!(a.answered, "{q}: declined: {}", text(&a));
    assert!(a.citations().iter().any(|c| c.text.contains(words)), "{q}: no citation holds “{words}”:\n{}", text(&a));
    a
}

/// Asks `q` and checks the reply answers it with a lead holding `words`; the answer, for more
/// checks.
pub fn answered_leading(q: &str, words: &str) -> Answer {
    let a = ask(q);
    assert!(a.answered, "{q}: declined: {}", text(&a));
    assert!(a.lead.contains(words), "{q}: the lead lacks “{words}”:\n{}", text(&a));
    a
}

/// The built binary as a user runs it (`parley telegram`), pointed at `api` with `token`,
/// polling briefly and trying getMe once; callers add their own flags, environment and pipes.
pub fn parley_telegram(api: &botapi::BotApi, token: &str) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_parley"));
    c.args(["telegram", "--poll-timeout", "1", "--startup-attempts", "1"]).env("TELOXIDE_TOKEN", token).env("TELOXIDE_API_URL", &api.url);
    c
}

/// Telegram accepts only known tags, balanced, and escaped text; ≤ 4096 characters.
pub fn assert_telegram_html(text: &str) {
    assert!(text.chars().count() <= 4096, "over 4096 characters");
    let allowed = ["b", "i", "blockquote"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&', '>']) {
        let c = rest.as_bytes()[i];
        rest = &rest[i..];
        match c {
            b'<' => {
                let end = rest.find('>').expect("tag closes");
                let tag = &rest[1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    assert_eq!(stack.pop().as_deref(), Some(name), "unbalanced </{name}> in {text}");
                } else {
                    assert!(allowed.contains(&tag), "tag <{tag}> not allowed");
                    stack.push(tag.to_string());
                }
                rest = &rest[end + 1..];
            }
            b'&' => {
                let end = rest.find(';').expect("entity ends");
                assert!(["&lt;", "&gt;", "&amp;", "&quot;"].contains(&&rest[..=end]), "bad entity {}", &rest[..=end]);
                rest = &rest[end + 1..];
            }
            _ => panic!("raw > in {text}"),
        }
    }
    assert!(stack.is_empty(), "unclosed tags {stack:?}");
}
