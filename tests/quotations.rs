//! Quotations as a reader sees them: whole, closed, and led by a sentence.

mod support;
use support::*;

/// Every quotation mark the text opens, it closes.
#[track_caller]
fn assert_balanced(a: &parley::Answer) {
    let t = text(a);
    assert_eq!(t.matches('“').count(), t.matches('”').count(), "unbalanced quotation marks:\n{t}");
}

#[test]
fn a_sentence_cut_from_a_quotation_comes_with_the_rest_of_it() {
    // Vance's quotation runs over two sentences; the second alone ("There's going to have to be
    // some territorial swaps") loses who gives up land.
    for q in [
        "what did vance say about land",
        "so does the VP want only ukraine to give up land?",
        "according to trump's deputy, how would the land side of a deal work?",
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["both going to have to give up", "territorial swaps"]);
        assert_balanced(&a);
    }
}

#[test]
fn quotations_shown_are_closed_even_where_the_wire_copy_leaves_them_open() {
    // Wire copy leaves a quotation open at the end of a paragraph the next one continues; a
    // sentence cut from the middle of one carries only its closing mark.
    for q in [
        "what is vance's ultimatum",
        "what did vance say",
        "what did svyrydenko write on x",
        "what did yermak write",
        "what did the veep say about territory",
        "what did lammy post",
        "what does kyiv want first",
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_balanced(&a);
    }
}

#[test]
fn a_lead_opens_with_a_capital_even_when_made_of_a_facts_words() {
    for q in ["whose idea was it that ukraine should accept crimea as russian", "who did he talk to before cancelling", "who wants the sanctions lifted"] {
        let a = ask(q);
        assert!(!a.lead.starts_with(char::is_lowercase), "{q}: {}", a.lead);
    }
}

#[test]
fn who_says_something_is_answered_by_a_speaker_not_by_what_happened() {
    // "Who says it caused the downgrade" asks for someone's words; the cancelled meeting is a
    // deed, and a deed's doers said nothing.
    let a = ask("who says it caused the downgrade");
    assert!(!a.lead.to_lowercase().contains("was cancelled"), "{}", text(&a));
    // "Who put forward the proposals" proposes, it does not say: its doer answers.
    answered_leading("who put forward the proposals at the paris session last week?", "Witkoff");
    // Talking about something is saying it: "talked" is not the talks ("no discussions on …").
    answered_leading("who talked about territorial swaps", "JD Vance");
}

#[test]
fn which_person_said_something_asks_for_the_speaker_not_for_the_sides_it_names() {
    // The sides named are in what was said; the speaker is the unnamed "person".
    answered_leading("which person said he hopes europeans, russians n ukrainians will eventually close the deal", "JD Vance");
    // In other words than the article's, the sentences holding someone's words are what a
    // "who said" presupposes.
    answered_leading("Who posted online that Britain is moving quickly together with Washington, Kyiv and European partners to finish the war?", "David Lammy");
}

#[test]
fn a_sentence_that_points_back_comes_with_what_it_points_at() {
    // "But he also threw down the gauntlet." alone does not say who "he" is.
    let a = answered_citing("who threw down the gauntlet", "threw down the gauntlet");
    assert_says(&a, &["Vance"]);
}

/// Where the words of many went out: "which social media did officials post on" names no one,
/// and is answered by everyone whose words the article gives a channel ("wrote on X", "on the
/// Telegram messenger"), not declined for want of the words "social media"; a side named
/// narrows it to its own people.
#[test]
fn the_channels_of_many_are_everyone_s_whose_words_have_one() {
    let a = ask("which social media did officials post on");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Yulia Svyrydenko wrote on X", "David Lammy posted on X", "Andriy Yermak wrote on the Telegram messenger"]);
    let a = ask("what app did the ukrainian officials use for their statements");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Telegram messenger"]);
    assert!(!text(&a).contains("Lammy"), "{}", text(&a));
    assert_verbatim(&a);
}

#[test]
fn words_asked_for_are_the_quote_and_a_tag_before_the_question_is_no_topic() {
    // "What words did X use" asks for X's words, not for "words" the article must name.
    let a = answered_citing("what words did starmers spokesman use to describe the meetings", "substantive technical meetings");
    assert!(!text(&a).contains("doesn't say which"), "{}", text(&a));
    // "…, right?" closing a claim before the question asks nothing of "right".
    let a = answered_citing("lammy tweeted something about it right? what did he say", "working at pace");
    assert!(!text(&a).contains("about right"), "{}", text(&a));
}

#[test]
fn a_person_named_right_before_one_who_works_for_them_asks_for_that_one() {
    // "the British prime minister spokesman": the spokesman speaks, and the answer is theirs.
    for q in ["what the british prime minister spokesman said about the talks", "uk pm spokesperson said what about the talks"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(!text(&a).contains("no words from Keir Starmer"), "{q}: {}", text(&a));
        assert_says(&a, &["substantive technical meetings"]);
    }
    // Starmer alone still has no words of his own.
    assert!(text(&ask("what did starmer say")).contains("no words from Keir Starmer directly"));
}

#[test]
fn words_said_where_the_question_sets_them_run_on_until_the_report_moves_on() {
    // The report names the visit once; the speaker's words right after were said there too.
    for q in ["what did the US vice president say while he was visiting india", "what did vance say in india"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["during a visit to India", "say yes or for the United States to walk away", "territorial swaps"]);
    }
    // A place the words are about is no setting, and words asked for by what they say stay
    // the ones that say it.
    let a = ask("What did Svyrydenko say about Crimea?");
    assert!(!text(&a).contains("ready to negotiate"), "{}", text(&a));
    let a = ask("Which american said he was optimistic they get it over the finish line, during a trip to India?");
    assert!(!text(&a).contains("territorial swaps"), "{}", text(&a));
}

#[test]
fn the_parties_a_question_names_by_a_common_noun_are_no_topic() {
    // "Both countries" says whom the words concern, not what they are about: all his words
    // answer, the ones on giving up land among them.
    let a = ask("what does vance think both countries have to give up?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["give up some of the territory"]);
}

/// Words someone said are mostly recalled in other words: a "who said …" whose words hold one
/// of a statement's own and others close in meaning, more than any other statement does, is
/// answered by its speaker; with no verb of saying ("which sanctions would Washington lift
/// first") no statement is looked for this way.
#[test]
fn words_recalled_in_other_words_find_their_speaker() {
    answered_leading("the quote about not surrendering - whose words are those?", "Yulia Svyrydenko");
    answered_leading("Who warned that Ukrainians would reject a stalled war dressed up as a peace settlement?", "Yulia Svyrydenko");
    // Any form of a verb of saying after "who" is the cue, not a word of what was said.
    answered_leading("who insists a total truce on the ground, in the sky and at sea must come before anything else", "Yulia Svyrydenko");
    let a = ask("who said china will mediate?");
    assert!(!a.answered, "{}", text(&a));
}

/// "Who is optimistic that …": a state of mind reports a view as a verb of saying does, and the
/// one statement that holds it is whose it is, however the view is recalled; a state no
/// statement holds is no one's.
#[test]
fn a_state_of_mind_asked_about_finds_the_one_who_stated_it() {
    answered_leading("who is optimistic that all the sides can finally get this done?", "JD Vance");
    answered_leading("Who was optimistic everyone will eventually sort it out", "JD Vance");
    let a = ask("who is optimistic that the weather will improve?");
    assert!(!text(&a).contains("JD Vance"), "{}", text(&a));
}

/// "What did the VP say in India about land?": the setting picks the words said there (the
/// sentence naming India and the quotes that follow it), and what they are about picks among
/// those; the sentence naming India is not more about land for naming it.
#[test]
fn the_place_words_were_said_picks_them_and_their_topic_picks_among_them() {
    for (q, p, words) in [
        ("what did vance say in india about land", 12, "give up some of the territory"),
        ("what did the US VP say on his trip to india about the peace proposal", 11, "walk away from this process"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &[words]);
        assert_cites(&a, p);
        assert!(!a.evidence.iter().any(|e| e.citation.paragraph == Some(10)), "{q}: {}", text(&a));
    }
}

/// "What has Trump been saying about the negotiations?" in a report on peace talks: a synonym
/// of the report's own subject asks for all they said, as "about the talks" does — not "no
/// words of Trump about negotiations".
#[test]
fn a_synonym_of_what_the_report_is_about_asks_for_all_their_words() {
    let a = ask("what has trump been saying recently about the negotiations");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).contains("no words of"), "{}", text(&a));
    assert_says(&a, &["walk away"]);
    assert_cites(&a, 3);
}

/// "What did Rubio tell the Brits?", "did he say anything to the British?": the side after a
/// verb of telling is whom he spoke to, not what about; his words to one of theirs (Lammy)
/// answer, rather than "no words of Rubio about Britain".
#[test]
fn a_side_told_something_is_whom_it_was_said_to() {
    for q in ["what did rubio tell the brits afterwards?", "did rubio say anything to the british after?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["Rubio spoke to Lammy", "rescheduling his trip", "officials"]);
        assert_cites(&a, 22);
    }
}

#[test]
fn a_choice_asked_for_is_told_by_either_or() {
    // "What choice …": Vance's "either say yes or … walk away" is the choice, though it never
    // says "choice"; a choice the article does not tell is still said to be missing.
    for q in ["what choice does vance say russia and ukraine have now", "what options did vance give kyiv and moscow?"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["either say yes or for the United States to walk away"]);
    }
    let a = ask("which choice did russia make?");
    assert!(!a.answered, "{}", text(&a));
}

#[test]
fn two_speakers_named_together_each_get_their_own_words() {
    // "Lammy and Yermak" is the subject: both speak, and neither is the other's topic.
    let a = ask("what did lammy and yermak say?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["working at pace", "committed to (Trump’s) peace efforts"]);
    assert_cites(&a, 21);
    assert_cites(&a, 23);
    assert!(!text(&a).contains("about Andriy Yermak"), "{}", text(&a));
    // Named as what someone spoke of, a pair is no pair of speakers.
    let b = ask("what did vance say russia and ukraine must give up?");
    assert_says(&b, &["give up some of the territory"]);
    assert!(!text(&b).contains("The article quotes Ukraine"), "{}", text(&b));
}

/// A sentence that reports someone's words ("Yermak … said Kyiv's delegation had met …") comes
/// with the words the article then quotes from them in the same paragraph.
#[test]
fn reported_words_come_with_the_quote_that_follows_them() {
    let a = ask("what did yermak say about the meetings");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["delegation had met", "We emphasised that we are committed"]);
    assert_balanced(&a);
}

/// "According to the VP, what …?" asks for the VP's words, whatever the question's own verb:
/// where none of them shares its words, what he did say is shown, not "I can't find that".
#[test]
fn according_to_someone_asks_for_their_words() {
    let a = ask("According to the VP, what will both warring parties need to hand over?");
    assert_says(&a, &["JD Vance", "give up some of the territory"]);
}

/// Asked yes or no as someone's account ("according to the vice president, does …?"), the
/// question is answered from that person's words.
#[test]
fn a_yes_no_question_put_as_someones_account_is_answered_from_their_words() {
    let a = ask("according to the vice president, does only ukraine have to give up territory?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["JD Vance", "both going to have to give up"]);
    assert_cites(&a, 12);
}
