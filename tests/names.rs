//! Names resolve through typos, titles and side qualifiers; unrelated names do not match.

mod support;
use support::*;

#[test]
fn typos_resolve_to_the_person() {
    for (typo, name) in [
        ("Who is Witkof?", "Witkoff"),
        ("What did Vence say?", "Vance"),
        ("what did lamy post", "Lammy"),
        ("What did Stamer's spokesperson say?", "spokesperson"),
        ("Who is Yermack?", "Yermak"),
        ("who is svyridenko", "Svyrydenko"),
        ("who is zelensky", "Zelenskiy"),
        ("who is the preisdent of ukraine", "Zelenskiy"),
    ] {
        let a = ask(typo);
        assert!(a.answered, "{typo}: {}", text(&a));
        assert_says(&a, &[name]);
    }
}

#[test]
fn titles_resolve_with_their_qualifiers() {
    for (q, name) in [
        ("Who is the vice president?", "JD Vance"),
        ("Who is Britain's foreign minister?", "David Lammy"),
        ("Who is Zelenskiy's chief of staff?", "Andriy Yermak"),
        ("name the UK prime minister", "Keir Starmer"),
        ("which russian leader did trump phone", "Putin"),
        ("Who is the defense secretary?", "John Healey"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &[name]);
    }
}

#[test]
fn the_uk_pms_spokesperson_is_the_spokesperson() {
    let a = ask("What did the UK PM's spokesperson say?");
    assert!(a.answered);
    assert_says(&a, &["just and lasting peace"]);
    assert!(!text(&a).contains("no words from"), "{}", text(&a));
}

#[test]
fn unrelated_names_do_not_match_anyone() {
    for q in ["who is macron", "What did Merz say?", "What does Xi think?", "Who is Scholz?"] {
        let a = ask(q);
        assert!(!a.answered, "{q} matched: {}", text(&a));
    }
}

#[test]
fn an_ambiguous_title_is_asked_back() {
    let a = ask("Who is Trump's envoy?");
    assert!(!a.answered);
    let labels: Vec<&str> = a.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Steve Witkoff", "Keith Kellogg"]);
    assert_says(&a, &["Which one do you mean"]);
}

#[test]
fn a_title_nobody_holds_is_declined() {
    let a = ask("What did the French foreign minister say?");
    assert!(!a.answered);
    assert_says(&a, &["names no french foreign minister"]);
}
