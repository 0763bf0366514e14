//! "What if …": what the article says would follow from a condition, with who said it — and
//! no answer from a conditional that only shares a name with the question's.

mod support;
use support::*;

fn lead(a: &parley::Answer) -> String {
    text(a).lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_condition_in_other_words_gets_what_follows_from_it() {
    let a = ask("what would kyiv do if moscow agreed only to a short halt?");
    assert!(lead(&a).contains("respond in kind"), "{}", text(&a));
    assert_says(&a, &["Svyrydenko"]);
    assert_cites(&a, 18);
    verbatim(&a);
}

#[test]
fn either_or_is_a_condition_of_not_doing() {
    let a = ask("so what happens if they refuse to say yes?");
    assert!(lead(&a).starts_with("If not:") && lead(&a).contains("walk away"), "{}", text(&a));
    assert_says(&a, &["Vance"]);
    assert_cites(&a, 11);
}

#[test]
fn a_condition_after_the_outcome() {
    let a = ask("what could washington do if nothing moves on a deal?");
    assert!(lead(&a).contains("walk away"), "{}", text(&a));
    assert_cites(&a, 3);
}

#[test]
fn a_condition_the_article_does_not_state_gets_no_conditional() {
    for q in ["what happens if the talks collapse?", "what if zelenskiy resigns?"] {
        let a = ask(q);
        assert!(!lead(&a).contains("respond in kind") && !lead(&a).contains("walk away"), "{q}: {}", text(&a));
    }
}

fn verbatim(a: &parley::Answer) {
    assert_verbatim(a);
}

/// A warning or an ultimatum is a condition someone set: the one asked about, led by who set
/// it, with what they said would follow.
#[test]
fn a_warning_is_a_condition_someone_set() {
    let a = ask("so what did the vice president threaten?");
    assert!(lead(&a).starts_with("JD Vance") && lead(&a).contains("walk away"), "{}", text(&a));
    assert_cites(&a, 11);
    verbatim(&a);
    let a = ask("has trump issued any warnings?");
    assert!(lead(&a).starts_with("Yes. Donald Trump") && lead(&a).contains("no progress"), "{}", text(&a));
    assert_cites(&a, 3);
    // An ultimatum in a clause of time is not what is asked.
    let a = ask("which country was the veep visiting when he issued his ultimatum?");
    assert!(!lead(&a).contains("walk away"), "{}", text(&a));
}

#[test]
fn a_warning_asked_with_its_condition_in_other_words_is_the_warning_given() {
    // "If the two sides don't sign up" restates Vance's "either say yes or …".
    for q in ["what did the VP threaten would happen if the two sides don't sign up?", "what's trump threatening to do if nothing moves"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(a.lead.contains("walk away"), "{q}: {}", a.lead);
    }
}
