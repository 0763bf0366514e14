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

#[test]
fn a_journey_of_theirs_answers_coming_back_whatever_else_the_question_wonders() {
    for q in ["is rubio gonna come back at some point or is he done with london", "is rubio done with these talks or is he planning to come another time?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["rescheduling"]);
    }
    // "Going ahead" is no journey: the meeting's fate is asked, not Rubio's plans.
    let a = ask("after rubio dropped out was the bigger foreign ministers meeting still going ahead?");
    assert!(!text(&a).contains("rescheduling"), "{}", text(&a));
}

#[test]
fn a_new_date_is_a_date_the_report_does_not_have() {
    let a = ask("did they give a new date for when washington's top diplomat will come over instead?");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["no date", "rescheduling"]);
    // "At a later date" is only some other time.
    assert!(ask("Is Rubio planning to make the trip at a later date?").answered);
}

#[test]
fn a_bare_when_after_a_question_about_the_future_asks_when_that_will_be() {
    let a = chat(&["will rubio come back?", "when?"]);
    assert!(a[0].answered, "{}", text(&a[0]));
    assert!(!a[1].answered, "{}", text(&a[1]));
}

#[test]
fn what_they_meant_to_do_asked_by_its_own_words_lies_ahead_of_the_report() {
    // "Rescheduled" is the intention's own word: not the call on Tuesday when it was said.
    for q in ["so when is rubio rescheduled for?", "new date for rubio trip?", "whats the rescheduled date for the secretary of state"] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["no date", "rescheduling"]);
    }
    // The trip alone is also what was cancelled (for which the article gives no reason of his
    // own, only a source's account under another name); when the saying was is the call.
    assert_says(&ask("why did rubio cancel his trip"), &["no reason of Marco Rubio’s own", "downgrading of the parley"]);
    assert_says(&ask("when did rubio say he would reschedule"), &["Tuesday"]);
}

#[test]
fn a_new_date_asked_in_other_words_for_the_trip_gets_no_date_only_the_intention() {
    // "visit" is the lexicon's word for the trip he looked forward to rescheduling; "will"
    // as the question's own auxiliary asks ahead of the report.
    for q in ["so what is new date for rubio london visit", "what date exactly will rubio come to london instead"] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        assert!(a.lead.starts_with("The article gives no date"), "{q}: {}", text(&a));
        assert_says(&a, &["looked forward to rescheduling his trip"]);
    }
    // A saying in the preamble is what the question rests on: the date is still asked.
    let a = ask("rubio said he'll reschedule – do we have an actual date for when he's coming?");
    assert!(a.lead.starts_with("The article gives no date"), "{}", text(&a));
    // When someone said something would happen is still the saying's time.
    let a = ask("when did trump say washington could walk away");
    assert!(a.answered, "{}", text(&a));
}

#[test]
fn a_new_date_inside_what_someone_said_asks_about_the_saying() {
    // What was said is in the report; only a question of its own about the date is the future.
    let a = ask("did rubio say he would look for a new date?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["rescheduling"]);
    let a = ask("rubio said he'd reschedule, so what's the new date");
    assert_says(&a, &["no date", "rescheduling"]);
}

/// Setting (finding, picking) a new date for something is rescheduling it: who wanted to is
/// who said so; whether it was done is what the report cannot tell.
#[test]
fn setting_a_new_date_is_rescheduling() {
    let a = ask("who wanted to find a new date for the cancelled trip?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Marco Rubio", "looked forward to rescheduling", "officials"]);
    let a = ask("did rubio set a new date for his trip yet");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["doesn't say whether that happened", "looked forward to rescheduling"]);
}

#[test]
fn going_to_before_a_verb_looks_ahead_as_will_does() {
    for q in ["rubio going to reschedule his london trip or not?", "is rubio going to reschedule?"] {
        let a = ask(q);
        assert!(a.lead.starts_with("The article doesn't say what came of it"), "{q}: {}", text(&a));
        assert_says(&a, &["looked forward to rescheduling his trip", "officials"]);
    }
}

#[test]
fn asked_whether_they_said_when_the_date_is_what_is_asked() {
    let a = chat(&["who cancelled his trip to london?", "did he say when the new trip will be?"]);
    assert!(!a[1].answered, "{}", text(&a[1]));
    assert!(a[1].lead.starts_with("The article gives no date"), "{}", text(&a[1]));
    assert_says(&a[1], &["looked forward to rescheduling his trip"]);
    let a = ask("did rubio mention when he would come back");
    assert!(a.lead.starts_with("The article gives no date"), "{}", text(&a));
}

/// "Did he scrap the visit permanently?", "isn't he coming anymore?": whether a calling off is
/// for good lies past the report too; the trip he looked forward to answers, not "Yes, he
/// cancelled".
#[test]
fn a_calling_off_asked_as_final_is_answered_by_the_intention() {
    for q in ["did the secretary of state scrap the visit permanently", "rubio isnt coming anymore?", "has rubio given up on the trip for good?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(!a.lead.starts_with("Yes") && !a.lead.starts_with("No"), "{q}: {}", text(&a));
        assert_says(&a, &["only what was intended", "rescheduling his trip"]);
    }
}
