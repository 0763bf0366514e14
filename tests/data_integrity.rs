//! Loading is checking: the shipped data passes, and every kind of broken file is refused
//! with the file, the fact and the reason (and exit code 2 from the binary).

mod support;

use std::path::PathBuf;
use std::process::Command;

use parley::kb::Kb;

const SHIPPED: &str = include_str!("../data/london-talks.toml");

/// A fresh folder under the system temp dir holding `files`.
fn data_dir(name: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parley-test-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, text) in files {
        std::fs::write(dir.join(f), text).unwrap();
    }
    dir
}

fn refused(name: &str, text: String) -> parley::kb::DataError {
    let dir = data_dir(name, &[("article.toml", text)]);
    let err = Kb::from_dir(&dir).expect_err("broken data must be refused");
    assert!(err.file.ends_with("article.toml"), "names the file: {err}");
    err
}

#[test]
fn shipped_data_loads_and_every_fact_is_verbatim() {
    let kb = Kb::shipped().unwrap();
    let a = &kb.articles[0];
    assert_eq!(a.data.paragraph.len(), 24);
    assert!(a.data.paragraph[0].text.starts_with("LONDON/PARIS (Reuters)"));
    for s in &a.data.statement {
        assert!(a.paragraph(s.p).unwrap().contains(&s.evidence), "{}", s.id);
    }
}

#[test]
fn evidence_that_is_not_verbatim_is_refused() {
    let err = refused(
        "verbatim",
        SHIPPED.replace("have been rejected by Kyiv.”", "have been firmly rejected by Kyiv.”").replace(
            "evidence = \"Some of Witkoff’s proposals, which Rubio said had received an encouraging reception in Paris, have been rejected by Kyiv.\"",
            "evidence = \"Some of Witkoff’s proposals, which Rubio said had received an encouraging reception in Paris, have been firmly rejected by Kyiv.\"",
        ),
    );
    assert!(err.reason.contains("not verbatim in paragraph 16"), "{err}");
    assert!(err.fact.contains("rubio-reception"), "{err}");
    assert!(err.line.is_some());
}

#[test]
fn a_quote_by_an_unknown_person_is_refused() {
    let err = refused("unknown", SHIPPED.replace("speaker = \"lammy\"", "speaker = \"macron\""));
    assert!(err.reason.contains("\"macron\""), "{err}");
    assert!(err.fact.contains("lammy-x"), "{err}");
}

#[test]
fn a_duplicate_id_is_refused() {
    let err = refused("dup", SHIPPED.replace("id = \"official-progress\"", "id = \"spokesperson-committed\""));
    assert!(err.reason.contains("used twice"), "{err}");
}

#[test]
fn a_syntax_error_gives_a_line() {
    let err = refused("syntax", SHIPPED.replacen("[[person]]", "[[person]\n", 1));
    assert_eq!(err.fact, "file");
    assert!(err.line.is_some(), "{err}");
}

#[test]
fn a_missing_field_is_refused() {
    let err = refused("missing", SHIPPED.replacen("medium = \"said\"\n", "", 1));
    assert!(err.reason.contains("medium"), "{err}");
}

#[test]
fn an_empty_paragraph_is_refused() {
    let text = SHIPPED.replace("text = \"One official close to the negotiations said progress was being made.\"", "text = \"  \"");
    let err = refused("empty", text);
    assert!(err.fact.contains("paragraph 7") || err.reason.contains("paragraph 7"), "{err}");
}

#[test]
fn the_same_article_twice_is_refused() {
    let dir = data_dir("twice", &[("a.toml", SHIPPED.to_string()), ("b.toml", SHIPPED.to_string())]);
    let err = Kb::from_dir(&dir).unwrap_err();
    assert!(err.reason.contains("same article id"), "{err}");
}

#[test]
fn a_second_article_works_without_code() {
    // The same report under another id, its people renamed: answers follow the data.
    let other = SHIPPED.replace("reuters-2025-04-23-london-talks", "second-article").replace("Lammy", "Lammington");
    let dir = data_dir("second", &[("b.toml", other)]);
    let engine = parley::Engine::new(Kb::from_dir(&dir).unwrap());
    let a = engine.answer("What did Lammington post on X?", &mut Default::default());
    assert!(a.answered);
    assert_eq!(a.citations()[0].article, "second-article");
}

#[test]
fn the_binary_refuses_bad_data_with_exit_code_2() {
    let dir = data_dir("bin", &[("article.toml", SHIPPED.replace("speaker = \"lammy\"", "speaker = \"nobody\""))]);
    let out = Command::new(env!("CARGO_BIN_EXE_parley")).arg("check").arg("--data").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("article.toml") && err.contains("lammy-x") && err.contains("nobody"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one clear line: {err}");
    let ok = Command::new(env!("CARGO_BIN_EXE_parley")).arg("check").output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
}

#[test]
fn an_empty_or_misplaced_lexicon_is_refused_with_the_reason() {
    let lexicon = include_str!("../data/lexicon.toml");
    let dir = data_dir("empty-lexicon", &[("article.toml", SHIPPED.to_string()), ("lexicon.toml", "# nothing yet\n".to_string())]);
    let err = Kb::from_dir(&dir).expect_err("an empty lexicon must be refused");
    assert!(err.file.ends_with("lexicon.toml") && err.reason.contains("empty"), "{err}");
    // A list written under a table's header ([roles], [capitals]) would silently become an entry.
    let (entourage, rest): (Vec<&str>, Vec<&str>) = lexicon.lines().partition(|l| l.starts_with("entourage ="));
    assert_eq!(entourage.len(), 1, "the shipped lexicon has one entourage list");
    let misplaced = format!("{}\n{}\n", rest.join("\n"), entourage[0]);
    let dir = data_dir("misplaced-lexicon", &[("article.toml", SHIPPED.to_string()), ("lexicon.toml", misplaced)]);
    let err = Kb::from_dir(&dir).expect_err("a list under a table must be refused");
    assert!(err.reason.contains("`entourage` is inside the [") && err.reason.contains("] table"), "{err}");
}

#[test]
fn an_event_name_that_is_not_words_of_its_evidence_is_refused() {
    let err = refused("event-name", SHIPPED.replace("name = \"a surprise call\"", "name = \"a secret call\""));
    let msg = err.to_string();
    assert!(msg.contains("trump-putin-call") && msg.contains("a secret call") && msg.contains("not words of its `evidence`"), "{msg}");
}

/// An event's other name is a citation like any: words the article does not have in that
/// paragraph are refused with the event and the paragraph.
#[test]
fn an_event_s_other_name_that_is_not_verbatim_is_refused() {
    let err = refused("event-also", SHIPPED.replace("{ p = 2, text = \"Rubio’s no-show\" }", "{ p = 2, text = \"Rubio’s sudden no-show\" }"));
    let msg = err.to_string();
    assert!(msg.contains("rubio-cancels") && msg.contains("`also` is not verbatim in paragraph 2"), "{msg}");
    // In the right words but the wrong paragraph, too.
    let err = refused("event-also-p", SHIPPED.replace("{ p = 2, text = \"Rubio’s no-show\" }", "{ p = 3, text = \"Rubio’s no-show\" }"));
    assert!(err.to_string().contains("`also` is not verbatim in paragraph 3"), "{err}");
}
