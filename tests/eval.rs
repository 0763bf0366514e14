//! `parley eval` scores a question set the way the shared scorer does: the table, the wrong
//! items and the SCORE line.

use std::process::Command;

fn eval(files: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    // A folder per call: the tests run in parallel threads and write files of the same names.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("parley-eval-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, body) in files {
        std::fs::write(dir.join(name), body).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_parley"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("eval")
        .args(args.iter().map(|a| if a.ends_with(".jsonl") { dir.join(a).display().to_string() } else { a.to_string() }))
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

const SET: &str = r#"{"id": "t-1", "question": "What did Vance say about territory?", "kind": "quote_by_name", "answerable": true, "gold_lines": [14], "must_include": [["territorial swaps", "territory"]], "hedge": false}
{"id": "t-2", "question": "What did Putin say about the London talks?", "kind": "out_of_scope", "answerable": false, "gold_lines": [], "must_include": [], "hedge": false}
{"id": "t-3", "question": "Who is Marco Rubio?", "kind": "who_is", "answerable": true, "gold_lines": [2], "must_include": [["astronaut"]], "hedge": false}
"#;

#[test]
fn a_set_is_scored_with_its_wrong_items_and_the_score_line() {
    let (code, out) = eval(&[("set.jsonl", SET)], &["set.jsonl"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("quote_by_name") && out.contains("out_of_scope"), "{out}");
    assert!(out.contains("--- t-3 [who_is] answer lacks astronaut"), "{out}");
    assert!(!out.contains("--- t-1"), "{out}");
    assert!(out.trim_end().ends_with("SCORE overall=0.667 answerable=0.500 declines=1.000 hedge=n/a dialogue=n/a fabricated=0"), "{out}");
}

#[test]
fn dialogues_are_scored_turn_by_turn_in_one_conversation() {
    let dialogue = r#"{"id": "c-1", "turns": [{"question": "Who is JD Vance?", "kind": "who_is", "answerable": true, "gold_lines": [12], "must_include": [["vice president"]], "hedge": false}, {"question": "What did he say about territory?", "kind": "quote_by_name", "answerable": true, "gold_lines": [14], "must_include": [["territor"]], "hedge": false}]}
"#;
    let (code, out) = eval(&[("set.jsonl", SET), ("talk.jsonl", dialogue)], &["set.jsonl", "--dialogues", "talk.jsonl"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.trim_end().ends_with("dialogue=1.000 fabricated=0"), "{out}");
}

#[test]
fn a_bad_line_is_named_and_exits_2() {
    let (code, out) = eval(&[("bad.jsonl", "{\"question\": \"x\"}\n")], &["bad.jsonl"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("bad.jsonl:1"), "{out}");
}
