//! How someone took a proposal they did not make — "did Kyiv go along with it?", "what did the
//! Europeans make of Witkoff's proposals?", "and the Europeans?" after the plan — is answered by
//! their own stand on it, led by no when that stand rejects it.

mod support;
use support::*;

#[test]
fn liking_someone_elses_plan_is_answered_by_the_stand_on_it() {
    let a = ask("did ukraine like the us plan");
    assert!(a.answered);
    assert!(a.lead.starts_with("No."), "{}", a.lead);
    assert_says(&a, &["rejected by Kyiv"]);
    assert_cites(&a, 16);
    assert_verbatim(&a);
}

#[test]
fn what_a_party_made_of_a_plan_keeps_the_sources_of_its_sentence() {
    let a = ask("what did the europeans make of witkoff's proposals");
    assert_says(&a, &["unacceptable", "several sources said"]);
    assert_cites(&a, 9);
}

#[test]
fn a_person_who_made_no_plan_is_asked_what_they_made_of_it() {
    let a = ask("what did rubio make of the plan");
    assert!(a.answered);
    assert_says(&a, &["encouraging reception"]);
}

#[test]
fn another_party_after_a_plan_is_asked_how_it_took_the_plan() {
    let a = chat(&["what was in witkoff's plan?", "and the europeans?", "how about kyiv"]);
    assert_says(&a[1], &["unacceptable"]);
    assert_cites(&a[1], 9);
    assert_says(&a[2], &["rejected by Kyiv"]);
    assert_cites(&a[2], 16);
}

#[test]
fn it_after_a_list_of_proposals_is_what_was_reacted_to() {
    let a = chat(&["what did the us propose?", "did kyiv go along with it?"]);
    assert!(a[1].lead.starts_with("No."), "{}", a[1].lead);
    assert_cites(&a[1], 16);
    // Typed fast, without the auxiliary.
    let b = chat(&["what did the us propose?", "kyiv liked it?"]);
    assert!(b[1].lead.starts_with("No."), "{}", b[1].lead);
}

#[test]
fn a_stand_that_does_not_reject_gives_no_verdict() {
    // Kyiv's answer to the swaps is a condition (no talks on territory before a ceasefire): the
    // clause naming Ukraine says it drafted a paper, which is neither yes nor no.
    let a = chat(&["what did vance say about territory", "did kyiv go along with that?"]);
    assert!(a[1].answered);
    assert!(!a[1].lead.starts_with("Yes") && !a[1].lead.starts_with("No"), "{}", a[1].lead);
    assert_says(&a[1], &["no discussions on territorial issues"]);
}

#[test]
fn the_proposer_doing_something_to_its_own_plan_is_not_reacting() {
    let a = ask("did witkoff present the plan?");
    assert!(a.lead.starts_with("Yes."), "{}", a.lead);
    assert_cites(&a, 4);
}

#[test]
fn a_side_and_an_issue_are_answered_by_its_stand_whatever_the_verb() {
    // No word of stands ("position", "want"): the side and the issue are enough.
    let a = ask("what's russia asking for on sanctions");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["pushing for lifting", "diplomats"]);
    assert_cites(&a, 24);
    assert_verbatim(&a);
    let b = chat(&["what is moscow after on sanctions", "and europe?"]);
    assert_says(&b[1], &["staunchly opposes", "diplomats"]);
}

/// A stand worded with a "not" is the opposite of one asked without any negation: "who wants
/// Crimea recognised as Russian" is not Kyiv, which "would not recognise" it, but the side whose
/// proposals included recognising the annexation, per several sources. Asked with a negation,
/// Kyiv's stand answers.
#[test]
fn a_negated_stand_does_not_answer_an_affirmative_who() {
    let a = ask("who wants crimea recognised as russian");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).starts_with("Ukraine"), "{}", text(&a));
    assert_says(&a, &["United States", "several sources", "recognising Russia’s 2014 annexation of Crimea"]);
    let a = ask("who refuses to recognise crimea as russian");
    assert!(text(&a).starts_with("Ukraine"), "{}", text(&a));
    assert_cites(&a, 17);
    assert_verbatim(&a);
}

/// "What is Vance's take on the talks?", "Lammy's thoughts on the talks": a possessor's word
/// for an answer, with a topic of its own, asks where they stand — it was searched for the
/// word "take" and declined.
#[test]
fn someone_s_take_on_something_is_their_stand() {
    for (q, who) in [("what is vance's take on the talks", "JD Vance’s position"), ("what are lammy's thoughts on the talks", "David Lammy’s position")] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).starts_with(who), "{q}: {}", text(&a));
        assert_verbatim(&a);
    }
}

#[test]
fn a_take_on_something_is_a_view_of_it() {
    // "Take on" after a noun is a view: the Europeans' reaction, not the list of proposals.
    let a = answered_leading("whats the europeans take on witkoff's ideas", "The Europeans’ position");
    assert_says(&a, &["unacceptable"]);
    let a = ask("rubio's take on how the proposals went down in paris?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["encouraging reception"]);
}

/// A deed named in a modifier of someone else's words ("… the fighting triggered by Russia's
/// full-scale 2022 invasion", closing the spokesperson's sentence) is no answer from the one who
/// did it: asked how Moscow reacted, the article has nothing of Moscow's to give.
#[test]
fn a_deed_in_a_modifier_is_no_reaction_of_its_doer() {
    let a = ask("how did moscow react to the technical talks in london?");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["doesn't report an answer from Moscow"]);
}

/// A verb of taking a stand in any of its forms, said of a party ("Kyiv has already *agreed*
/// to …", "were they *accepted* by Kyiv?"), asks for that party's stand: Kyiv's on Crimea is
/// that it would not recognise Russian sovereignty, whatever the question takes as given.
#[test]
fn a_stand_verb_in_any_form_after_its_doer_asks_for_the_stand() {
    for q in ["Since Kyiv has already agreed to hand Crimea over, what's the hold-up now?", "Ukraine has agreed to let Russia keep Crimea now, hasn't it?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["would not recognise"]);
        assert_cites(&a, 17);
        assert_verbatim(&a);
    }
    // An object pronoun is no doer: what "the two of them agreed" is no stand of anyone's.
    let b = ask("did they say what the two of them agreed?");
    assert!(!text(&b).contains("position"), "{}", text(&b));
}

#[test]
fn a_reaction_asked_without_its_auxiliary_is_the_reaction() {
    // "what kyiv answered to …": second-language English drops "did"; the subject still
    // follows the question word, and its answer is its stand on the plan.
    let a = ask("what kyiv answered to the us plan?");
    assert!(a.answered, "{}", text(&a));
    assert!(a.citations().iter().any(|c| c.text.contains("rejected by Kyiv")), "{}", text(&a));
    // Of someone the article carries no words of, that is said, not the plan retold.
    let a = ask("what putin answered to witkoffs plan?");
    assert!(!a.answered, "{}", text(&a));
    assert!(!a.citations().iter().any(|c| c.text.contains("recognising Russia")), "{}", text(&a));
}

#[test]
fn who_took_a_plan_one_way_is_every_party_whose_reaction_leans_that_way() {
    // The verb's lean, its own or its synonyms' ("opposed" as "rejected"), picks the
    // reactions: both passages that tell of Kyiv's and the Europeans' refusal.
    for q in [
        "who rejected the witkof proposals",
        "which countries opposed witkoff's plan",
        "who found the us proposals unacceptable",
        "which side didn't accept the us plan",
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}");
        assert!(a.lead.contains("Kyiv") && a.lead.contains("Europe"), "{q}: {}", a.lead);
        assert_cites(&a, 9);
        assert_cites(&a, 16);
        assert_verbatim(&a);
    }
    // Taken well only in the proposer's side's telling: said so, not made a party's verdict.
    let a = ask("who welcomed the proposals");
    assert!(a.lead.contains("proposer's side"), "{}", a.lead);
    // Asked who said it, the speaker answers.
    let a = ask("who said witkoff's proposals got a good reception in paris");
    assert!(!a.lead.contains("proposer's side"), "{}", a.lead);
}

#[test]
fn how_a_party_reacted_to_that_is_to_what_the_last_answer_told() {
    // "That" after a verb of answering is what was just told: the proposal to recognise the
    // annexation, and the place it named.
    let a = chat(&["Who proposed recognising Russia's annexation of Crimea?", "And how did Kyiv react to that?", "Who is she exactly?"]);
    assert_says(&a[1], &["would not recognise Russian sovereignty over Crimea"]);
    assert_says(&a[2], &["Deputy Prime Minister"]);
    let a = chat(&["why did rubio cancel his trip?", "how did britain react to that?"]);
    assert_says(&a[1], &["played down any disappointment"]);
}

#[test]
fn a_side_asked_if_it_is_fine_with_what_was_just_told_is_asked_its_stand() {
    // "ok" is a filler in "ok, so who …" but a state before "with"; the copula ("is Europe
    // fine with that?") does not hide the side asked about either.
    for q in ["europe ok with that?", "is europe fine with that?"] {
        let a = chat(&["what does russia want on eu sanctions?", q]).pop().unwrap();
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).starts_with("The Europeans’ position"), "{q}: {}", text(&a));
        assert_says(&a, &["staunchly opposes"]);
        assert_cites(&a, 24);
    }
}
