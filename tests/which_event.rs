//! "Which meeting got scrapped because Rubio didn't come?": an event asked for by what happened
//! to it is named, with the article's words for it — a reason the question gives is no part of
//! the event.

mod support;
use support::*;

#[test]
fn which_meeting_was_called_off_is_the_one_the_article_reports_cancelled() {
    for q in ["which meeting got scrapped bc rubio didnt come", "which meeting was cancelled?"] {
        let a = ask(q);
        assert!(a.answered, "{q}");
        assert_says(&a, &["broader meeting with foreign ministers", "cancelled"]);
        assert_cites(&a, 2);
        assert_verbatim(&a);
    }
}

#[test]
fn which_event_is_told_apart_by_its_own_words() {
    assert_says(&ask("which trip got cancelled"), &["Marco Rubio cancelled his trip"]);
    assert_says(&ask("which meeting was held in london on wednesday"), &["meetings in London"]);
    assert_says(&ask("which call surprised everyone"), &["surprise call", "Putin"]);
}

#[test]
fn when_and_where_asked_together_are_both_told() {
    let a = ask("where and when did witkoff present his proposals");
    assert_says(&a, &["In Paris", "last week"]);
    assert_cites(&a, 4);
    let a = ask("where and on what day did the london meetings take place");
    assert_says(&a, &["In London", "on Wednesday"]);
}

#[test]
fn by_when_asks_for_the_time_something_was_wanted_by() {
    // Not when an event took place ("days after … warned"): the time in what was said.
    let a = ask("Trump wants a deal by when, he said?");
    assert_says(&a, &["this week"]);
    assert!(!a.lead.contains("days after"), "{}", text(&a));
}

#[test]
fn the_articles_other_words_for_an_event_find_it() {
    // The report also calls the London talks "technical" and their "downgrading".
    for q in [
        "Where and on what day did the lower-level sit-downs take place?",
        "where n what day were the scaled back talks",
        "what day were the watered-down talks, and where?",
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["In London", "on Wednesday"]);
        assert_cites(&a, 1);
    }
}

/// A word the event's own words lack may be close in meaning to one of them: "that document"
/// is the paper Ukraine drafted for the Europeans.
#[test]
fn a_word_close_in_meaning_finds_the_event() {
    let a = ask("when did the ukrainians pass that document to the europeans");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["paper", "on Tuesday", "source close to the discussions"]);
    assert_cites(&a, 14);
}

#[test]
fn a_when_clause_with_its_own_subject_asks_nothing() {
    // "when he said …" sets the time; the place is asked in situ or after it.
    for q in ["vance was abroad when he said the walk away thing, where?", "vance was where when he talkd", "vance was in which country when he said it"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(a.lead.starts_with("In India"), "{q}: {}", text(&a));
        assert_cites(&a, 10);
    }
    let a = ask("the american VP who was in india when he talked about the deal - who is that");
    assert_says(&a, &["JD Vance is U.S. Vice President"]);
}

#[test]
fn a_week_in_the_question_frames_it_and_rules_out_an_event_in_another() {
    // "Of the week" only says a weekday is asked; the session "last week" had none.
    let a = ask("which day of the week was the meeting");
    assert_says(&a, &["London on Wednesday"]);
    // "This week's" sit-down is not the one the article places "last week" …
    let b = ask("where did this week's sit-down happen, and which day?");
    assert_says(&b, &["In London", "Wednesday"]);
    // … which is the one asked for by "last week".
    assert_says(&ask("where were the talks held last week"), &["In Paris"]);
    // Inside what someone said, "this week" is still what is asked about.
    assert_says(&ask("when did trump say he wanted a deal done this week"), &["on Sunday"]);
}

/// "Where were the talks before London?": a place the question sets aside rules out the events
/// held there, so the other one answers.
#[test]
fn a_place_set_aside_rules_out_its_events() {
    let a = ask("where were the talks before london?");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.contains("Paris"), "{}", text(&a));
    let a = ask("where were the talks?");
    assert!(a.lead.contains("London"), "{}", text(&a));
}

#[test]
fn a_gathering_sized_in_other_words_is_the_same_gathering() {
    // The article's "broader meeting" is the reader's bigger, larger or wider one.
    for q in ["was the bigger meeting still on in the end?", "did the larger meeting happen?"] {
        let a = ask(q);
        assert!(text(&a).starts_with("No."), "{q}: {}", text(&a));
        assert_says(&a, &["broader meeting", "cancelled"]);
    }
}

/// "What got cancelled?": a passive asked with "what" asks for what the verb was done to —
/// the events the article tells with it (any verb of calling off for one). "Else", or someone
/// named as the cause, sets aside what was just told and that someone's own act.
#[test]
fn what_was_done_is_the_events_told_with_that_verb() {
    let a = ask("what got canceled?");
    assert!(a.lead.contains("Marco Rubio cancelled his trip") && a.lead.contains("A broader meeting"), "{}", text(&a));
    let a = chat(&["hey whats up with this london meeting, who bailed on it", "and because he didnt come what else got canceled?"]);
    let last = a.last().unwrap();
    assert!(last.lead.starts_with("A broader meeting with foreign ministers"), "{}", text(last));
    assert!(!last.lead.contains("Rubio cancelled"), "{}", text(last));
    let a = ask("what was drafted on tuesday?");
    assert!(a.lead.starts_with("Ukraine drafted a paper"), "{}", text(&a));
    // A noun after "was" is no verb: "what was the point of them" is not asked of an event.
    let a = ask("what was in it?");
    assert!(!a.answered, "{}", text(&a));
}
