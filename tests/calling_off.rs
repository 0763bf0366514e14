//! Calling off said in plain words — "didn't turn up", "bailed", "backed out of the visit",
//! "was meant to come but didn't" — is the article's calling off ("cancelled his trip"): who
//! did it, whether it happened and why are answered as if the article's verb had been used.
//! A country pulling out of a process stays walking away, and a calling off in a clause under
//! what a yes/no question asks is not what it asks.

mod support;
use support::*;

fn lead(a: &parley::Answer) -> String {
    text(a).lines().next().unwrap_or_default().to_string()
}

#[test]
fn who_did_not_come_is_who_called_off() {
    for q in ["who was supposed to turn up in london but didn't?", "who from america backed out of the london visit?", "who never made it to london"] {
        let a = ask(q);
        assert!(lead(&a).contains("Marco Rubio cancelled his trip"), "{q}: {}", text(&a));
        assert_cites(&a, 1);
        assert_verbatim(&a);
    }
}

#[test]
fn bailing_is_calling_off_asked_yes_or_no() {
    let a = ask("did the secretary of state bail?");
    assert!(lead(&a).starts_with("Yes. Marco Rubio cancelled his trip"), "{}", text(&a));
    let a = ask("did rubio pull out");
    assert!(lead(&a).starts_with("Yes. Marco Rubio cancelled his trip"), "{}", text(&a));
}

#[test]
fn why_someone_flaked_is_not_what_their_no_show_led_to() {
    // "Rubio's no-show prompted a broader meeting … to be cancelled" says what followed from
    // his calling off, not why he called off.
    for q in ["why did washington's top diplomat flake on london?", "how come rubio never made it to london?"] {
        let a = ask(q);
        assert!(lead(&a).contains("no reason of Marco Rubio"), "{q}: {}", text(&a));
        assert!(!text(&a).contains("prompted a broader meeting"), "{q}: {}", text(&a));
    }
}

#[test]
fn a_country_pulling_out_of_a_process_is_walking_away() {
    let a = ask("would the us pull out of the process?");
    assert_says(&a, &["walk away"]);
    assert!(!text(&a).contains("cancelled his trip"), "{}", text(&a));
}

#[test]
fn a_calling_off_under_what_is_asked_is_not_its_verdict() {
    for q in ["were they upset rubio didn't turn up?", "did london seem annoyed that rubio bailed"] {
        let a = ask(q);
        assert!(!lead(&a).starts_with("Yes. Marco Rubio cancelled"), "{q}: {}", text(&a));
    }
}

/// "Who pulled out at the last minute?", "who was the US official that was meant to fly to
/// London but bailed?": the calling off is the question's own deed and one person called
/// anything off, so the words around it (how late, that a flight was planned) tell how it went
/// and do not need to be in the article. A clause after "official" tells what they did: it is
/// not asking who the article's unnamed officials are.
#[test]
fn who_called_off_whatever_else_the_question_says_of_it() {
    for q in [
        "who was the us official that was meant to fly to london but bailed last minute?",
        "who pulled out of the london trip at the last minute?",
        "who was supposed to come to london but bailed",
        // A preamble and clipped words ("wed") around the question tell no deed.
        "so um who is it that was supposed to show up wed but cancelled?",
        "hey quick q who was meant to come to london but bailed",
    ] {
        let a = ask(q);
        assert!(lead(&a).contains("Marco Rubio cancelled his trip"), "{q}: {}", text(&a));
        assert_cites(&a, 1);
    }
    // A calling off in a clause about someone else's deed is not what is asked.
    let a = ask("who downplayed being let down when rubio bailed last minute?");
    assert!(!lead(&a).contains("Marco Rubio cancelled his trip"), "{}", text(&a));
    assert_says(&a, &["played down any disappointment"]);
}

/// "Which Russian official cancelled his trip?": the calling off was an American's. The answer
/// says the side asked about had no one who did, then who did — never the American as if he
/// were Russian.
#[test]
fn a_calling_off_given_to_the_wrong_side_is_told_as_whose_it_was() {
    for q in ["which russian official cancelled his trip to london", "who was the european official that was meant to come but cancelled?"] {
        let a = ask(q);
        let lead = lead(&a);
        assert!(lead.starts_with("The article names no one from"), "{q}: {}", text(&a));
        assert!(lead.contains("Marco Rubio cancelled his trip"), "{q}: {}", text(&a));
        assert_cites(&a, 1);
    }
}

/// "Did anyone from Germany attend the London talks?": Germany's foreign minister's meeting was
/// called off, but the talks that went ahead there had "European officials", Germany's group;
/// the article settles neither yes nor no. Asked of its foreign minister, the called-off
/// meeting is the one asked about: no.
#[test]
fn a_called_off_meeting_does_not_say_no_for_a_party_whose_group_met_there() {
    let a = ask("did anyone from germany attend the london talks");
    assert!(!lead(&a).starts_with("No."), "{}", text(&a));
    assert_cites(&a, 1);
    let a = ask("did germanys foreign minister end up meeting in london");
    assert!(lead(&a).starts_with("No. A broader meeting with foreign ministers"), "{}", text(&a));
}
