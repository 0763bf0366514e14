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
        let a = support::ask(&text);
        for part in parley::telegram::html::render(&a) {
            assert!(part.chars().count() <= 4096);
        }
    }
}

#[test]
fn data_file_corpus_loads_or_is_refused_without_panic() {
    let lexicon = parley::kb::Kb::shipped().unwrap().lexicon;
    for bytes in inputs("data_file") {
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = parley::kb::Kb::from_texts(vec![("corpus.toml".into(), text)], lexicon.clone());
        }
    }
}
