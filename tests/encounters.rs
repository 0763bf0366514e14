//! Who met or spoke with whom, read from the events' parties and the verb that tells them.

mod support;
use support::*;

#[test]
fn who_someone_talked_to_is_the_one_event_of_them_speaking() {
    // "talk" is in many sentences ("the talks"); only one event has Rubio speaking to anyone.
    let a = ask("who did rubio talk to?");
    assert!(a.answered);
    assert_says(&a, &["Rubio spoke to David Lammy", "officials"]);
    assert_cites(&a, 22);
}

#[test]
fn a_side_before_the_verb_narrows_who_is_asked_about() {
    // Lammy and Healey are British and met Ukrainians; Kyiv's delegation met "advisers from
    // Britain", which names no British person.
    let a = ask("Who from the British government actually met the Ukrainians?");
    assert_says(&a, &["David Lammy and John Healey"]);
    assert!(!text(&a).contains("Kyiv’s delegation"), "{}", text(&a));
    let b = ask("Who on the UK side met with the Americans?");
    assert_says(&b, &["Healey was meeting Keith Kellogg"]);
    assert_cites(&b, 20);
}

#[test]
fn asked_of_anyone_a_pronoun_finds_the_subjects_encounter() {
    let a = chat(&["who cancelled their trip to london?", "did he talk to anyone before pulling out?", "did he talk to the brits about it"]);
    assert_says(&a[0], &["Rubio"]);
    for turn in &a[1..] {
        assert!(text(turn).starts_with("Yes."), "{}", text(turn));
        assert_says(turn, &["David Lammy", "late on Tuesday", "officials"]);
        assert_cites(turn, 22);
    }
}

#[test]
fn a_meeting_that_was_only_planned_or_a_saying_is_not_an_encounter() {
    // A plan is not answered by the meetings that happened only: the planned one was cancelled.
    let a = ask("who were the ukrainians supposed to meet?");
    assert_says(&a, &["was cancelled"]);
    // Asked who said it, the speaker answers, not the meeting.
    let b = ask("Who said Kyiv's delegation met senior advisers from Britain?");
    assert_says(&b, &["Andriy Yermak"]);
}

#[test]
fn meeting_is_talking_but_a_call_is_not_a_meeting() {
    assert!(text(&ask("did healey talk to kellogg?")).starts_with("Yes."));
    assert!(!text(&ask("did rubio meet lammy?")).starts_with("Yes."));
}

#[test]
fn a_month_is_said_once_with_its_year() {
    let a = ask("did trump call putin?");
    assert_says(&a, &["Yes.", "in February 2025"]);
    assert!(!text(&a).contains("(February 2025)"), "{}", text(&a));
}

#[test]
fn a_question_put_as_who_was_he_meeting_reads_meeting_as_the_verb() {
    let a = chat(&["who is john healey", "who was he meeting from the US side"]);
    assert_says(&a[1], &["Healey was meeting Keith Kellogg"]);
    assert!(!text(&a[1]).starts_with("John Healey is"), "{}", text(&a[1]));
}

#[test]
fn speaking_to_someone_is_an_exchange_not_a_request_for_words() {
    // "Speak" is a verb of saying, but "did Lammy speak to Rubio?" asks whether they talked.
    for q in ["did lammy speak to rubio", "did rubio speak with lammy"] {
        let a = ask(q);
        assert!(a.answered && a.lead.starts_with("Yes. Marco Rubio spoke to David Lammy"), "{q}: {}", text(&a));
    }
}

/// "Did Lammy meet Kellogg?": the sentence names both, but it is Healey who was meeting
/// Kellogg; no "yes" is read off it, the one who did is told. "Did Trump meet Putin?": they
/// spoke on the phone, which is told as what the article reports, without a verdict.
#[test]
fn an_encounter_the_article_does_not_report_gets_no_yes() {
    let a = ask("did lammy meet kellogg");
    assert!(!text(&a).starts_with("Yes"), "{}", text(&a));
    assert!(text(&a).starts_with("Not that the article reports"), "{}", text(&a));
    assert_says(&a, &["John Healey was meeting Keith Kellogg"]);
    assert_cites(&a, 20);
    let a = ask("did trump meet putin?");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["doesn't report that", "surprise call"]);
    assert_verbatim(&a);
}

#[test]
fn whether_someone_took_part_is_answered_from_the_gatherings_they_are_in() {
    // Each was "I can't find that in the article"; a side by one of its people or by name.
    for (q, lead) in [
        ("were the french involved at all", "Yes. Kyiv’s delegation met senior advisers from Britain, France and Germany."),
        ("did britain attend", "Yes. David Lammy and John Healey held “substantial” discussions"),
        ("was france part of the talks?", "Yes."),
        // Was "No. Steve Witkoff presented proposals to a similar session in Paris.": "present" is
        // being there, not a session "presented".
        ("were the americans present in london?", "Yes. U.S., Ukrainian and European officials held “substantive” meetings in London"),
    ] {
        answered_leading(q, lead);
    }
    // A call or a war is no gathering, and a trip called off put no one there.
    for q in ["was russia involved in the london talks", "was rubio present in london"] {
        let a = ask(q);
        assert!(!a.lead.starts_with("Yes"), "{q}: {}", text(&a));
    }
}

#[test]
fn someone_described_by_whom_they_met_is_the_one_across_from_them() {
    // Not the one named in the description: the one the encounter has on its other side.
    let a = ask("the guy rubio rang on tuesday night, whats his job");
    assert!(a.lead.starts_with("David Lammy is"), "{}", text(&a));
    assert_cites(&a, 22);
    // Lammy held discussions beside Healey, not with him: only Kellogg is across from Healey.
    let b = ask("the guy the UK's defence chief was sitting down with - who is he?");
    assert!(b.lead.starts_with("Keith Kellogg is"), "{}", text(&b));
    // A side in the description narrows it.
    let c = ask("the american healey met - who is he");
    assert!(c.lead.starts_with("Keith Kellogg is"), "{}", text(&c));
    // A noun for an office-holder describes someone as "guy" does.
    let d = ask("the official healey met, what's his title?");
    assert!(d.lead.starts_with("Keith Kellogg is"), "{}", text(&d));
}

#[test]
fn a_call_asked_the_wrong_way_round_is_no() {
    let a = ask("did putin call trump?");
    assert!(a.lead.starts_with("No. Donald Trump made a surprise call to Vladimir Putin"), "{}", text(&a));
    let b = ask("did trump phone putin?");
    assert!(b.lead.starts_with("Yes."), "{}", text(&b));
}

#[test]
fn people_asked_of_a_side_they_are_not_reported_meeting_are_told_whom_they_met() {
    // "Hold talks with" is talking with; the article has them with Ukrainian counterparts.
    for q in ["Did Lammy and Healey hold talks with Russian officials in London?", "did lammy meet russian officials?"] {
        let a = answered_leading(q, "Not that the article reports. What it reports: David Lammy and John Healey held");
        assert_says(&a, &["Ukrainian counterparts"]);
    }
    answered_leading("did healey have a meeting with kellogg", "Yes. John Healey was meeting Keith Kellogg");
}

#[test]
fn someone_described_by_their_post_is_the_one_asked_for_not_a_topic_of_others_words() {
    // The defence minister is Healey: the spokesperson's words about the talks mention neither
    // him nor a meeting of his, so they do not answer whom he met.
    let a = ask("the UK defence minister met someone from the american side - who was it?");
    assert_says(&a, &["Healey was meeting Keith Kellogg"]);
    assert_cites(&a, 20);
    assert!(!text(&a).contains("spokesperson"), "{}", text(&a));
    // The top diplomat who skipped the meeting is Rubio: an answer about him, not someone
    // else's words on his cancellation.
    let b = ask("whos the guy that skipped the london meeting?? the us top diplomat i think");
    assert_says(&b, &["Rubio"]);
    assert!(!text(&b).contains("spokesperson"), "{}", text(&b));
}

/// "Which American official was the British defence minister meeting?": the side the question
/// names the one asked for by is theirs; the meeting with Ukrainian counterparts is no answer.
#[test]
fn the_side_named_for_the_one_asked_for_picks_the_meeting() {
    let a = ask("the British defence secretary met which American official?");
    let lead = text(&a).lines().next().unwrap_or_default().to_string();
    assert!(lead.starts_with("John Healey was meeting Keith Kellogg"), "{}", text(&a));
    assert!(!lead.contains("Ukrainian counterparts"), "{}", text(&a));
}

#[test]
fn one_of_several_offered_with_or_is_enough_for_a_yes() {
    // Rubio spoke to Lammy only; asked of "Lammy or Healey", or of "either of them" after the
    // two were named, that one call answers yes.
    let a = ask("did rubio talk to lammy or healey beforehand?");
    assert!(text(&a).starts_with("Yes."), "{}", text(&a));
    assert_says(&a, &["David Lammy", "late on Tuesday"]);
    assert_cites(&a, 22);
    let b = chat(&["who did the foreign minister and defence minister meet?", "did rubio talk to either of them?"]);
    assert!(text(&b[1]).starts_with("Yes."), "{}", text(&b[1]));
    assert_cites(&b[1], 22);
    // Offered together ("and"), both must be in one encounter: no yes from the call alone.
    assert!(!text(&ask("did rubio talk to lammy and healey?")).starts_with("Yes."));
    // "… or just X?" sets one against the other: Healey's meeting is no yes to meeting Yermak.
    assert!(!text(&ask("did kellogg meet yermak or just healey?")).starts_with("Yes."));
}

#[test]
fn someone_asked_of_a_meeting_with_one_who_met_no_one_is_told_whom_they_met() {
    // Witkoff is in no meeting the article tells: what it tells of Healey's is the correction.
    let a = ask("did healey meet witkoff?");
    assert!(a.answered, "{}", text(&a));
    assert!(text(&a).starts_with("Not that the article reports"), "{}", text(&a));
    assert_says(&a, &["John Healey was meeting Keith Kellogg"]);
    assert_cites(&a, 20);
    assert_verbatim(&a);
}

#[test]
fn a_meeting_where_one_of_them_called_off_the_trip_is_no_with_what_happened() {
    // Whatever day the claim gives, Rubio did not go to London: no, and they spoke instead.
    for q in ["rubio met lammy in london on wednesday right?", "did lammy meet rubio in london?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).starts_with("No. Marco Rubio cancelled his trip."), "{q}: {}", text(&a));
        assert_says(&a, &["Marco Rubio spoke to David Lammy"]);
        assert_cites(&a, 22);
        assert_verbatim(&a);
    }
}
