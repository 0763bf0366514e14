//! No input panics: any string gives an answer or a decline, and citations stay verbatim.

mod support;
use proptest::prelude::*;
use support::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_an_answer_or_a_decline(s in "\\PC{0,400}") {
        let a = ask(&s);
        prop_assert!(!text(&a).is_empty());
    }

    #[test]
    fn telegram_html_is_escaped_balanced_and_short(s in "\\PC{0,300}") {
        let a = ask(&s);
        for part in parley::telegram::html::render(&a) {
            // Only the three tags Parley writes, balanced; every other '<', '>' and '&' escaped.
            assert_telegram_html(&part);
        }
    }

    #[test]
    fn questions_mixed_with_noise_never_panic(prefix in "[a-zA-Z ?'’.,!🤔\u{200b}<>*_]{0,60}", name in prop::sample::select(vec!["Vance", "Witkof", "lammy's", "the veep", "Trump's envoy", "he", "they", "Kyiv"]), suffix in "\\PC{0,60}") {
        let a = ask(&format!("{prefix} {name} {suffix}"));
        prop_assert!(!text(&a).is_empty());
    }
}

#[test]
fn a_full_telegram_message_of_4096_characters_is_answered() {
    let q = format!("What did Lammy post on X? {}", "and ".repeat(1_017));
    assert_eq!(q.chars().count(), 4_094);
    let a = ask(&q);
    assert!(!text(&a).is_empty());
}

#[test]
fn long_inputs_are_bounded_and_noted() {
    let long = format!("Who is Healey? {}", "word ".repeat(3_000));
    let a = ask(&long);
    assert!(a.notes.iter().any(|n| n.contains("first 10000 characters")), "{}", text(&a));
}

#[test]
fn hostile_shapes() {
    for s in [
        "",
        "   ",
        "🤔🤔🤔",
        "\u{0}\u{1}\u{7f}",
        "مرحبا من هو لامي",
        "<script>alert(1)</script>",
        "**bold** _it_ `code`",
        "''''",
        "?!?!?!",
        "a\u{200b}b\u{200d}c",
        &"x".repeat(50_000),
    ] {
        let a = ask(s);
        assert!(!a.answered || !a.citations().is_empty(), "{s:?}");
    }
    let a = ask("Who is Wit\u{200b}koff?");
    assert!(a.answered);
}

#[test]
fn relative_clauses_nested_many_deep_are_read_one_level() {
    // "the man who said the man who said …": a described person is looked up through one
    // question, never through the question inside it, so no message nests the reading.
    let q = format!("who is the man {}left?", "who said the man ".repeat(500));
    let a = ask(&q);
    assert!(!text(&a).is_empty());
}

#[test]
fn a_name_whose_last_word_is_also_the_claim_is_read_without_panic() {
    // "European *countries*": the name's noun is the claim's first topic word as well, so the
    // name ends past the word it is said of (was a slice out of order).
    for q in
        ["Are the European countries ok with keeping Ukraine out of NATO as part of the deal?", "are european nations fine with ukraine staying out of nato?"]
    {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["unacceptable"]);
    }
}

#[test]
fn a_lead_that_tells_who_is_asking_leaves_the_question_after_it() {
    let a = ask("my uncle in Kyiv keeps asking me, is it true the US plan wants ukraine to accept crimea as russian??");
    assert!(a.lead.starts_with("Yes."), "{}", text(&a));
    assert_says(&a, &["recognising Russia’s 2014 annexation of Crimea", "several sources"]);
    let a = ask("my daughter wants to know, who is andriy yermak?");
    assert_says(&a, &["chief of staff"]);
}
