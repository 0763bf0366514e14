//! What someone means to do next is answered by what they said they hoped, planned or looked
//! forward to, labelled as an intention and with its source.

mod support;
use support::*;

#[test]
fn coming_back_later_is_answered_by_the_trip_he_looked_forward_to() {
    let a = chat(&["who cancelled their trip to london?", "is he coming back later?", "and is he coming back or what"]);
    for turn in &a[1..] {
        assert!(turn.answered);
        assert_says(turn, &["doesn't say what came of it", "rescheduling his trip", "officials"]);
        assert_cites(turn, 22);
    }
}

#[test]
fn a_hope_asked_about_is_told_as_of_the_report() {
    let a = ask("is trump still hoping for a deal?");
    assert_says(&a, &["intention", "hoped Moscow and Kyiv would make a deal"]);
}

#[test]
fn a_date_ahead_is_declined_with_the_intention_as_context() {
    let a = ask("when will rubio visit london");
    assert!(!a.answered);
    assert_says(&a, &["no date", "rescheduling"]);
}

#[test]
fn when_something_was_said_is_not_a_question_about_the_future() {
    assert_says(&ask("when did trump say he hoped for a deal this week"), &["Sunday"]);
    // A threat is not an intention to be reported as one, nor is backing down coming back.
    assert!(!text(&ask("will trump walk away?")).contains("intended"));
    assert!(!text(&ask("did trump back down?")).contains("intended"));
}
