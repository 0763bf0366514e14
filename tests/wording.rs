//! "What word does the article use for …": the report's own word for something, where it sets
//! one apart in quotation marks, cited; not someone's words, and no word for what it lacks.

mod support;
use support::*;

#[test]
fn the_word_the_report_sets_apart_for_a_thing_is_given_with_its_sentence() {
    for (q, word) in [
        ("what adjective is used for the london meetings?", "“substantive” meetings"),
        ("how did the report describe the wednesday meetings", "“substantive” meetings"),
        ("which word does reuters use for the talks lammy and healey had with the ukrainians", "“substantial” discussions"),
        ("how does the article describe the discussions of the two british ministers?", "“substantial” discussions"),
        ("what adjective did the PM's spokesman use to describe the london meetings?", "“substantive”"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(a.lead.contains(word), "{q}: {}", text(&a));
        assert_verbatim(&a);
    }
}

#[test]
fn someones_words_are_a_quote_and_a_missing_topic_is_declined() {
    let a = ask("what words did lammy use");
    assert_says(&a, &["working at pace"]);
    let a = ask("how does the article describe the weather in london?");
    assert!(!a.answered, "{}", text(&a));
}

#[test]
fn a_verb_of_wording_before_the_question_word_is_read_without_panic() {
    for q in ["call it what word?", "described as what term, the london talks?", "used what adjective"] {
        assert!(!text(&ask(q)).is_empty(), "{q}");
    }
}
