//! The command line contract the question sets use: `ask --json` on stdin, `chat --json`,
//! exit codes, and bad input that loses nothing.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .env_remove("TELOXIDE_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn lines(out: &str) -> Vec<serde_json::Value> {
    out.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

#[test]
fn ask_json_answers_each_stdin_line_in_order() {
    let (code, out, _) = run(&["ask", "--json"], b"Who is Healey?\nthanks!!\nWhat did Lammy post?\n");
    assert_eq!(code, 0);
    let v = lines(&out);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["question"], "Who is Healey?");
    assert_eq!(v[0]["answered"], true);
    assert_eq!(v[1]["answered"], false);
    assert!(v[2]["citations"][0]["text"].as_str().unwrap().contains("working at pace"));
    for x in &v {
        for k in ["question", "answered", "answer", "citations", "intent", "confidence"] {
            assert!(x.get(k).is_some(), "missing {k}");
        }
    }
}

#[test]
fn invalid_utf8_gets_a_per_line_error_and_the_batch_goes_on() {
    let (code, out, _) = run(&["ask", "--json"], b"Who is Healey?\n\xff\xfe bad\nWho is Lammy?\n");
    assert_eq!(code, 0);
    let v = lines(&out);
    assert_eq!(v.len(), 3);
    assert_eq!(v[1]["answered"], false);
    assert!(v[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(v[2]["answered"], true);
}

#[test]
fn chat_json_carries_context() {
    let (code, out, _) = run(&["chat", "--json"], b"Who is John Healey?\nAnd Keith Kellogg?\nDid they meet?\n");
    assert_eq!(code, 0);
    let v = lines(&out);
    assert!(v[2]["answer"].as_str().unwrap().contains("Kellogg"));
}

#[test]
fn ask_with_a_question_prints_text() {
    let (code, out, _) = run(&["ask", "Who", "is", "Yermak?"], b"");
    assert_eq!(code, 0);
    assert!(out.contains("chief of staff") && out.contains("(¶23)"), "{out}");
}

#[test]
fn bare_parley_without_a_token_is_the_console_chat() {
    let (code, out, err) = run(&[], b"Who is Lammy?\n");
    assert_eq!(code, 0);
    assert!(err.contains("TELOXIDE_TOKEN"), "says how to connect Telegram: {err}");
    assert!(out.contains("Foreign minister"), "{out}");
}

#[test]
fn bad_usage_exits_2() {
    let (code, _, err) = run(&["frobnicate"], b"");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn ten_thousand_characters_on_the_command_line_are_answered() {
    let long = format!("What did Lammy post on X? {}", "blah ".repeat(2_000));
    let (code, out, _) = run(&["ask", "--json", &long], b"");
    assert_eq!(code, 0);
    let v = lines(&out);
    assert_eq!(v.len(), 1);
}
