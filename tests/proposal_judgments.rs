//! Yes/no and judgment questions about a proposal: what it holds ("would the plan keep Crimea
//! Russian?"), how the parties it names took it ("was the plan fine with Kyiv?"), and how
//! unnamed sources judged it ("did the diplomats find it even-handed?", "does it ask more of
//! Kyiv than of Moscow?"). The verdict leads, the words it rests on follow with who said them.

mod support;
use support::*;

#[test]
fn an_item_that_rules_something_out_answers_no_to_a_claim_of_it() {
    for q in [
        "would witkoff's plan open the door to nato membership for ukraine?",
        "is ukraine joining nato part of the american proposals?",
        "would the us plan allow kyiv to join nato",
    ] {
        let a = ask(q);
        assert!(a.lead.starts_with("No."), "{q}: {}", a.lead);
        assert_says(&a, &["ruling out Ukrainian membership of NATO", "several sources"]);
        assert_cites(&a, 9);
        assert_verbatim(&a);
    }
}

#[test]
fn an_item_that_says_it_answers_yes() {
    let a = ask("does witkoff's plan involve lifting sanctions on russia?");
    assert!(a.lead.starts_with("Yes."), "{}", a.lead);
    assert_says(&a, &["beginning to lift sanctions", "several sources"]);
}

#[test]
fn parties_named_in_a_yes_no_question_are_answered_by_their_reaction() {
    let a = ask("was the witkoff plan acceptable to kyiv and the europeans?");
    assert!(a.lead.starts_with("No."), "{}", a.lead);
    assert_says(&a, &["unacceptable to both Kyiv and other European nations"]);
    assert_cites(&a, 9);
}

#[test]
fn an_unnamed_source_named_in_the_question_is_answered_by_its_judgment() {
    let a = ask("what was the diplomats' verdict on the american proposals?");
    assert!(a.answered);
    assert_says(&a, &["three diplomats", "more concessions from Ukraine than Russia"]);
    assert_cites(&a, 4);
}

#[test]
fn a_comparison_is_judged_by_the_order_it_ranks_the_parties() {
    let same = ask("did the us proposals ask more of kyiv than of moscow?");
    assert!(same.lead.starts_with("Yes."), "{}", same.lead);
    let reversed = ask("did the us proposals demand more from russia than from ukraine?");
    assert!(reversed.lead.starts_with("No."), "{}", reversed.lead);
    // "Easier on X than Y" ranks them the other way round from "more of X than Y".
    let turned = ask("were witkoff's proposals kinder to moscow than to kyiv?");
    assert!(turned.lead.starts_with("Yes."), "{}", turned.lead);
    for a in [&same, &reversed, &turned] {
        assert_says(a, &["three diplomats"]);
        assert_cites(a, 4);
    }
}

#[test]
fn asking_who_made_a_proposal_is_not_asking_how_it_was_received() {
    let a = ask("who pitched the proposals at the paris session?");
    assert!(!text(&a).contains("received"), "{}", text(&a));
    assert_says(&a, &["Witkoff"]);
}

/// "Tougher on Ukraine or Russia?": a comparative with two sides offered as alternatives asks
/// which of them the plan is harder on — the diplomats' comparison answers, whatever the verb.
#[test]
fn two_sides_offered_as_alternatives_are_answered_by_the_comparison() {
    for q in ["is the plan tougher on ukraine or russia", "whose side does the us plan favour more, kyiv or moscow?"] {
        let a = answered_citing(q, "demand more concessions from Ukraine than Russia");
        assert!(text(&a).contains("three diplomats"), "{q}: {}", text(&a));
    }
}

/// A count in the question ("the three items") picks no reaction: "three" is not what three
/// diplomats said of the proposals, so the items are listed, not the diplomats' judgment.
#[test]
fn a_count_of_items_is_not_the_diplomats_who_judged_them() {
    let a = ask("what were the three items in the us proposals");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).starts_with("How"), "{}", text(&a));
    assert_says(&a, &["recognising Russia’s 2014 annexation of Crimea"]);
    let a = ask("what did the three diplomats think of the proposals");
    assert_says(&a, &["more concessions from Ukraine than Russia"]);
}

#[test]
fn a_hint_after_the_question_does_not_narrow_what_a_plan_holds() {
    // Asked what the plan holds, a clause after the question only says what the asker heard:
    // the whole plan is the answer, the hinted item among the others.
    let a = ask("what's in the american plan? a friend mentioned sanctions");
    assert_says(&a, &["annexation of Crimea", "lift sanctions", "NATO"]);
    // Asked who made it, a description after the question picks the plan out.
    let b = ask("so who actually came up with the plan kyiv hates? the one w crimea in it");
    assert!(text(&b).starts_with("Steve Witkoff"), "{}", text(&b));
    assert!(!text(&b).contains("very explicit"), "{}", text(&b));
}

/// A comparison whose first party stands before the comparative ("asked *Ukraine* to give up
/// more than Russia"), asked as whether anyone said it, is the proposals' judgment with who
/// made it.
#[test]
fn whether_anyone_found_the_plan_asks_more_of_one_party_is_its_judgment() {
    let a = ask("did anybody think the American ideas asked Ukraine to give up more than Russia?");
    assert!(a.lead.starts_with("Yes"), "{}", a.lead);
    assert_says(&a, &["more concessions from Ukraine than Russia", "Three diplomats"]);
    assert_cites(&a, 4);
    assert_verbatim(&a);
}

#[test]
fn who_answered_a_proposal_is_not_whose_it_is() {
    // Kyiv is the subject of "reject" or its agent ("rejected by Kyiv"): it answered the plan,
    // it did not make it, so its own paper is not the one asked about.
    for q in ["whose plan did ukraine reject", "whose proposals were rejected by kyiv? only part of them i think"] {
        let a = ask(q);
        assert!(text(&a).starts_with("Steve Witkoff"), "{q}: {}", text(&a));
        assert!(!text(&a).contains("paper for the Europeans"), "{q}: {}", text(&a));
    }
}

#[test]
fn the_owner_after_of_is_whose_proposals_are_asked() {
    let a = ask("What were the proposals of Witkoff, please explain me");
    assert!(text(&a).starts_with("Proposals in the article: Witkoff’s proposals"), "{}", text(&a));
    assert!(!text(&a).contains("Ukraine’s paper"), "{}", text(&a));
    assert_cites(&a, 9);
}

#[test]
fn a_possessor_of_what_a_proposal_is_about_is_not_its_proposer() {
    // "Russia's annexation" is what the item recognises; no proposal of Russia's is asked for.
    let a = ask("Who proposed recognising Russia's annexation of Crimea?");
    assert!(text(&a).starts_with("Steve Witkoff"), "{}", text(&a));
    assert_cites(&a, 9);
    // A possessor of the proposal word still picks its proposer.
    let a = ask("what are witkoff's proposals");
    assert!(text(&a).contains("Witkoff’s proposals"), "{}", text(&a));
    assert!(!text(&a).contains("U.S. proposals"), "{}", text(&a));
}

#[test]
fn a_deal_owned_by_its_proposer_is_their_proposal() {
    // "The Witkoff deal" is his proposals, judged by the three diplomats.
    let a = ask("is the witkoff deal more tough on ukraine or on russia?");
    assert_says(&a, &["more concessions from Ukraine than Russia"]);
    assert_cites(&a, 4);
    let a = ask("did kyiv accept witkoff's deal?");
    assert!(a.lead.starts_with("No.") && a.lead.contains("proposals"), "{}", a.lead);
}
