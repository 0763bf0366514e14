//! The fuzzers' corpora as regression tests: every input cargo-fuzz kept (and any crash it
//! found, saved under fuzz/artifacts/) is replayed through the question path and the data
//! loader on every `cargo test`, without needing the fuzzer.

mod support;

use std::path::Path;

fn inputs(dir: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for d in [format!("fuzz/corpus/{dir}"), format!("fuzz/artifacts/{dir}")] {
        if let Ok(entries) = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(d)) {
            for e in entries.flatten() {
                if let Ok(b) = std::fs::read(e.path()) {
                    out.push(b);
                }
            }
        }
    }
    out
}

#[test]
fn question_corpus_replays_without_panic() {
    let all = inputs("question");
    assert!(all.len() >= 40, "the seed corpus is there");
    for bytes in all {
        let text = String::from_utf8_lossy(&bytes);
        // An answer or a decline, with a lead; citations verbatim (checked by `ask`); HTML
        // Telegram accepts.
        let a = support::ask(&text);
        assert!(!a.lead.trim().is_empty(), "no lead for {text:?}");
        assert!(!a.answered || !a.citations().is_empty(), "an answer without a citation for {text:?}");
        for part in parley::telegram::html::render(&a) {
            support::assert_telegram_html(&part);
        }
    }
}

#[test]
fn data_file_corpus_loads_or_is_refused_without_panic() {
    let lexicon = parley::kb::Kb::shipped().unwrap().lexicon;
    for bytes in inputs("data_file") {
        if let Ok(text) = String::from_utf8(bytes) {
            // Refused with the file, the fact and the reason, like any bad data.
            if let Err(e) = parley::kb::Kb::from_texts(vec![("corpus.toml".into(), text)], lexicon.clone()) {
                assert_eq!(e.file, "corpus.toml");
                assert!(!e.fact.is_empty() && !e.reason.is_empty(), "{e}");
            }
        }
    }
}
