//! Context carries between turns: pronouns, bare follow-ups and "Who says so?".

mod support;
use support::*;

#[test]
fn pronouns_refer_to_the_last_person() {
    let a = chat(&["who is yulia svyrydenko", "what did she write on X?", "and about crimea?"]);
    assert_says(&a[0], &["Deputy Prime Minister"]);
    assert_says(&a[1], &["surrender"]);
    assert_says(&a[2], &["sovereignty over Crimea"]);
}

#[test]
fn they_means_the_last_two_people() {
    let a = chat(&["Who is John Healey?", "And Keith Kellogg?", "Did they meet?"]);
    assert_says(&a[0], &["defence minister"]);
    assert_says(&a[1], &["envoy"]);
    assert_says(&a[2], &["meeting U.S. Ukraine envoy Keith Kellogg"]);
}

#[test]
fn a_bare_follow_up_keeps_the_topic_and_who_says_so_names_the_source() {
    let a = chat(&["What's Europe's position on lifting EU sanctions on Russia?", "And Russia's?", "Who says so?"]);
    assert_says(&a[0], &["opposes"]);
    assert_says(&a[1], &["Russia is pushing for lifting"]);
    assert_says(&a[2], &["diplomats"]);
    assert_cites(&a[2], 24);
}

#[test]
fn a_declined_turn_still_sets_who_he_is() {
    let a = chat(&["What did Putin say?", "Who is he?", "When did Trump call him?"]);
    assert!(!a[0].answered);
    assert_says(&a[1], &["Russian President"]);
    assert_says(&a[2], &["February"]);
}

#[test]
fn what_did_he_say_after_who_is() {
    let a = chat(&["Who is the vice president?", "What did he say?"]);
    assert_says(&a[1], &["finish line"]);
}

#[test]
fn a_reaction_with_no_topic_of_its_own_is_to_what_was_just_answered() {
    let a = chat(&["what does russia want on sanctions", "and how do the europeans see that?"]);
    assert_says(&a[1], &["The Europeans’ position on sanctions", "staunchly opposes", "diplomats"]);
    let a = chat(&["what was in witkoff's plan", "how did kyiv respond?"]);
    // Every position of Kyiv's may follow, but the one on the plan comes first.
    let first = a[1].evidence.first().expect("an answer");
    assert!(first.citation.text.contains("rejected by Kyiv"), "{}", text(&a[1]));
}

#[test]
fn which_holders_of_a_title_took_part_and_whom_else_one_of_them_met() {
    let a = chat(&["which uk ministers took part?", "who else did healey meet?"]);
    // Taking part is being among an event's people: the PM, whose spokesperson only commented,
    // is not listed.
    assert_says(&a[0], &["Lammy", "Healey"]);
    assert!(!text(&a[0]).contains("Starmer"), "{}", text(&a[0]));
    assert_says(&a[1], &["Kellogg"]);
    assert_cites(&a[1], 20);
}

#[test]
fn a_demonstrative_follow_up_is_about_what_the_last_answer_told() {
    let a = chat(&["Why was the broader meeting of foreign ministers called off?", "what did that show?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["gaps in positions"]);
    // "that paper" is a topic of its own, not a pointer back.
    let a = chat(&["why were the talks downgraded, according to the source?", "when was that paper written"]);
    assert_says(&a[1], &["Tuesday"]);
}

#[test]
fn he_after_a_who_said_answer_is_the_speaker_it_named() {
    // The question named only sides; the answer named the speaker, so "his" is the speaker.
    let a = chat(&["who said the ukrainians and russians both have to give up land", "whats his job"]);
    assert_says(&a[0], &["Vance"]);
    assert_says(&a[1], &["Vice President"]);
}

#[test]
fn a_bare_when_is_asked_of_what_the_last_answer_told() {
    let a = chat(&["what was in the paper ukraine drafted for the europeans", "When?"]);
    assert_cites(&a[0], 14);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["Tuesday", "source close to the discussions"]);
    // With nothing said before, a bare "When?" has nothing to be about.
    assert!(!chat(&["When?"])[0].answered);
}

#[test]
fn a_bare_which_thing_is_asked_of_the_words_just_told() {
    // "On which app?" after someone's words asks where they went out.
    let a = chat(&["who is yermak", "who did his people meet", "what did he say afterwards", "on which app"]);
    assert!(a[3].answered, "{}", text(&a[3]));
    assert_says(&a[3], &["Telegram"]);
    assert_cites(&a[3], 23);
    let a = chat(&["what did lammy post", "on which platform?"]);
    assert!(a[1].lead.starts_with("David Lammy posted on X"), "{}", text(&a[1]));
    // With nothing told before, it has nothing to be about.
    assert!(!chat(&["on which app?"])[0].answered);
}

#[test]
fn tell_me_more_goes_on_from_the_last_answer_with_its_speakers_named() {
    // (Asked what he said in India, all three of his quotes answer: they run on from there.)
    let a = chat(&["what was vance optimistic about", "tell me more", "anything else?"]);
    assert_cites(&a[0], 10);
    // The report's next sentences, the quote that does not name its speaker labelled with him.
    assert!(text(&a[1]).starts_with("The report goes on:"), "{}", text(&a[1]));
    assert_says(&a[1], &["threw down the gauntlet", "JD Vance (U.S. Vice President) said: “We’ve issued"]);
    // "More" again goes further, not back.
    assert!(!a[2].citations().iter().any(|c| c.paragraph == Some(10)), "{}", text(&a[2]));
    assert!(a[2].answered);
    // Before any answer there is nothing to go on from.
    let first = chat(&["tell me more"]);
    assert!(!first[0].answered);
    assert_says(&first[0], &["no earlier answer"]);
}

#[test]
fn the_one_with_a_title_word_picks_among_the_people_just_named() {
    let a = chat(&["which british ministers met the ukrainians?", "the defence one, who else did he meet?"]);
    assert_says(&a[0], &["Lammy", "Healey"]);
    // Healey, not Lammy (both "he"): the word before "one" is in his title only.
    assert_says(&a[1], &["John Healey was meeting Keith Kellogg"]);
}

#[test]
fn subjects_joined_by_and_are_one_subject_and_their_verb_no_topic() {
    // "take" is what Kyiv and the Europeans did, not what their stand is about.
    let a = chat(&["what did witkoff propose", "how did kyiv and the europeans take it"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["positions on the U.S. proposals"]);
}

#[test]
fn what_followed_from_the_last_answer_is_what_it_caused_not_the_same_words() {
    // "that" is the cancellation just told; what followed is on the other side of a causal
    // link with the person who did it on its cause side, and not the sentence just quoted.
    for follow_up in ["what happened because of that?", "and what else got cancelled because of that?"] {
        let a = chat(&["who cancelled their trip to london?", follow_up]);
        assert_says(&a[0], &["Rubio"]);
        assert!(a[1].answered, "{follow_up}: {}", text(&a[1]));
        assert_says(&a[1], &["followed", "broader meeting"]);
        assert_cites(&a[1], 2);
    }
    // Asked outright, and with a verb a title's word is close to ("lead", not "head").
    let a = ask("what did rubio's cancellation lead to?");
    assert_says(&a, &["followed", "broader meeting"]);
    // A participle's passive subject is the words it follows: "the fighting triggered by
    // Russia's … invasion" gives no reason for the spokesperson's sentence before it.
    let a = ask("why did starmer cancel his trip to washington");
    assert!(!text(&a).contains("reason"), "{}", text(&a));
}

#[test]
fn whos_that_is_the_person_the_last_answer_brought_in() {
    let a = chat(&["who did healey meet", "who's that"]);
    assert_says(&a[1], &["Keith Kellogg is", "envoy"]);
    // Asking for the source is still asking for the source.
    let a = chat(&["who said progress was being made?", "who says that?"]);
    assert_says(&a[1], &["attributes that to one official"]);
    // A side before the noun picks among the people brought in.
    let a = chat(&["who met kellogg?", "what's that british guy's job"]);
    assert_says(&a[1], &["John Healey", "defence minister"]);
}

#[test]
fn it_after_an_answer_from_a_proposal_is_that_proposal() {
    let a = chat(&["who presented the peace plan in paris?", "what was in it?", "did the europeans accept it?"]);
    assert_says(&a[1], &["annexation of Crimea", "membership of NATO", "several sources"]);
    assert_says(&a[2], &["unacceptable to both Kyiv and other European nations"]);
    let a = chat(&["what was the paper ukraine wrote?", "who was it for"]);
    assert_says(&a[1], &["for the Europeans"]);
    // A thing the last question named is what "it" is then.
    let a = chat(&["does the us plan want ukraine to give up crimea", "when did russia take it"]);
    assert_says(&a[1], &["2014"]);
    // An "it" that holds a place stands for nothing.
    let a = chat(&["who presented the peace plan in paris?", "is it true that vance was in india?"]);
    assert_says(&a[1], &["Yes", "visit to India"]);
}

#[test]
fn he_after_an_answer_from_ones_words_is_the_one_who_said_them() {
    // "they" stood for two people; the answer was one man's words, and "he" is him.
    let a = chat(&["what did the veep say trump's team has put on the table?", "and if they don't say yes?", "is he hopeful tho?"]);
    assert_says(&a[1], &["walk away"]);
    assert_says(&a[2], &["Yes", "optimistic"]);
    // "hes" typed without its apostrophe is "he's".
    let a = chat(&["what did the veep say while he was in india", "so hes saying both sides lose land?"]);
    assert_says(&a[1], &["give up some of the territory"]);
}

#[test]
fn a_group_spoken_of_is_not_everyone_holding_its_title() {
    // "the ministers meeting" is a meeting, not a list of ministers: no minister becomes "he".
    let a = chat(&["did rubio make it to london", "so what happened to the ministers meeting then", "did he at least talk to the brit FM?"]);
    assert!(!text(&a[1]).contains("Keir Starmer"), "{}", text(&a[1]));
    assert_says(&a[2], &["Yes. Marco Rubio spoke to David Lammy"]);
}

#[test]
fn it_after_an_answer_about_an_event_is_that_event() {
    // The answer told of the discussions; "it" is them, by the name the article gives them.
    let a = chat(&["what did lammy and healey do", "who was it with?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["Ukrainian counterparts"]);
    assert_cites(&a[1], 20);
}

#[test]
fn someone_set_before_the_question_is_whom_its_pronoun_means() {
    // Kellogg was the last person answered with; the foreign secretary is whom "he" means.
    let a = chat(&["who is kellogg", "and the foreign sec, did he post anything?"]);
    assert_says(&a[1], &["Lammy", "working at pace"]);
    assert!(!text(&a[1]).contains("Kellogg"), "{}", text(&a[1]));
}

#[test]
fn and_someone_who_is_he_asks_who_they_are_not_the_last_question_again() {
    let a = chat(&["what did the uk foreign sec post", "and the defence minister, whos he"]);
    assert!(a[1].answered);
    assert_says(&a[1], &["John Healey", "defence minister"]);
}

#[test]
fn another_party_after_how_one_took_something_is_asked_the_same() {
    // With "and", or with nothing but the name, as people type it.
    for follow in ["and the europeans?", "the europeans?"] {
        let a = chat(&["how did ukraine react to what witkoff proposed", follow]);
        assert!(a[1].answered, "{follow}: {}", text(&a[1]));
        assert_says(&a[1], &["unacceptable to both Kyiv and other European nations"]);
        assert_cites(&a[1], 9);
    }
}

#[test]
fn a_name_alone_outside_a_conversation_asks_who_they_are() {
    let a = ask("the europeans?");
    assert!(!text(&a).contains("unacceptable"), "{}", text(&a));
}

#[test]
fn which_day_alone_asks_when_the_last_answer_happened() {
    let a = chat(&["what did ukraine write for the europeans", "which day?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["Tuesday"]);
    assert_cites(&a[1], 14);
}

#[test]
fn they_after_a_question_about_a_side_is_that_side() {
    // The answer names the PM (whose spokesperson spoke), but "they" is the British government
    // the question was about: its people's words answer, not "no words from the PM".
    let a = chat(&["What did the British government make of Rubio's cancellation?", "what did they say about peace?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["just and lasting peace"]);
    // An answer that brings in people of its own gives "they" to them.
    let a = chat(&["Who from the British government met the Ukrainians?", "did they meet anyone else?"]);
    assert_says(&a[1], &["Kellogg"]);
}

#[test]
fn a_partys_answer_alone_is_its_answer_to_what_was_just_told() {
    // "Kyiv's response" asks nothing but whose answer: to the plan just told, on the thing the
    // last question named.
    let a = chat(&["what's in witkoff's plan on crimea", "and kyiv's response?"]);
    assert_says(&a[1], &["would not recognise Russian sovereignty over Crimea"]);
    assert!(!text(&a[1]).contains("no words of"), "{}", text(&a[1]));
    let a = chat(&["what did witkoff propose", "and the europeans' reaction?"]);
    assert_says(&a[1], &["unacceptable"]);
}

#[test]
fn two_questions_in_one_message_are_answered_in_turn() {
    // The second reads "he" as the one the first answer named, and each lead stands over its
    // own evidence: "JD Vance … said:" is not put over the first answer's sentence.
    let a = ask("who is andriy yermak, and what did he write on telegram?");
    assert!(a.answered, "{}", text(&a));
    assert!(text(&a).starts_with("Andriy Yermak is Ukrainian President Volodymyr Zelenskiy’s chief of staff."), "{}", text(&a));
    assert_says(&a, &["We emphasised that we are committed"]);
    let a = ask("when did trump call putin and what did vance say about land");
    assert!(a.lead.starts_with("Donald Trump made a surprise call to Vladimir Putin in February"), "{}", text(&a));
    let vance = a.evidence.iter().find(|e| e.citation.text.contains("give up")).expect("Vance's words");
    assert!(vance.label.as_deref().is_some_and(|l| l.starts_with("JD Vance")), "{}", text(&a));
    assert!(!a.evidence[0].label.as_deref().is_some_and(|l| l.contains("Vance")), "{}", text(&a));
    // The second question may open with the noun its question word is fronted with.
    let a = ask("what app did zelenskiy's aide use, and senior advisers from which nations did the ukrainian delegation meet?");
    assert!(text(&a).contains("Telegram") && text(&a).contains("Britain, France and Germany."), "{}", text(&a));
}

#[test]
fn why_does_that_matter_is_what_the_article_reads_the_last_answer_as() {
    // The next sentence reads the source's account as a sign, and it names the Americans.
    let a = chat(&["what did ukraine's paper to the europeans say", "why does that matter for the americans"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["could indicate", "source"]);
    assert_cites(&a[1], 15);
    // "it" is the last answer too, not the paper searched for anew.
    let a = chat(&["what did ukraine's paper to the europeans say", "when was it drafted", "why does it matter for the americans?"]);
    assert_cites(&a[2], 15);
    // Where the last answer's own sentence reads it as a sign, that is what it means.
    let a = chat(&["Why was the broader meeting of foreign ministers called off?", "what does that mean"]);
    assert_says(&a[1], &["gaps in positions"]);
}

#[test]
fn us_after_tell_is_the_asker_not_the_united_states() {
    let a = chat(&["what did yermak say", "what does that tell us"]);
    assert!(!text(&a[1]).contains("quotes the United States"), "{}", text(&a[1]));
    assert!(!text(&a[1]).contains("Trump"), "{}", text(&a[1]));
}

#[test]
fn his_before_a_title_says_whose_title_not_who_is_asked() {
    // "his deputy PM" is the deputy PM; Zelenskiy only says whose.
    let a = chat(&["did zelensky say anything about the plan", "and his deputy PM?"]);
    assert_says(&a[1], &["Svyrydenko"]);
    assert!(!text(&a[1]).contains("no words of Volodymyr Zelenskiy"), "{}", text(&a[1]));
}

#[test]
fn them_after_a_preposition_is_the_proposals_just_told() {
    // "In them", "about them": a thing the last answer told, as "it" is.
    let a = chat(&["what did the special envoy present last week", "anything about crimea in them?"]);
    assert_says(&a[0], &["presented proposals"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["annexation of Crimea"]);
    // "Them" as an object is people: it stays a pronoun.
    let a = chat(&["who did healey meet", "did he give them anything"]);
    assert!(!text(&a[1]).contains("proposals"), "{}", text(&a[1]));
}

#[test]
fn who_a_preposition_ties_to_what_was_just_told() {
    // "For whom?": the party the preposition ties to it in the sentence just cited.
    let a = chat(&["what did ukraine draft on tuesday", "for whom"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert!(a[1].lead.starts_with("The Europeans"), "{}", text(&a[1]));
    assert_cites(&a[1], 14);
    // The unnamed source stays attached.
    assert_says(&a[1], &["According to a separate source"]);
    // "Between who?" when the sentence has no "between": whom it names besides its subject.
    let a = chat(&["what did trump say on sunday", "a deal between who"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert!(a[1].lead.contains("Russia") && a[1].lead.contains("Ukraine") && !a[1].lead.contains("Trump"), "{}", text(&a[1]));
    // A preposition the cited sentence does not tie to anyone answers nothing from it.
    let a = chat(&["what did svyrydenko write on x", "who to?"]);
    assert!(!a[1].lead.contains("Svyrydenko."), "{}", text(&a[1]));
}

#[test]
fn a_new_holder_asked_after_a_stand_takes_their_stand_in_the_same_words() {
    // The carried-over words were the last holder's ("demanding"); the new holder's stand in the
    // sentence just cited is the one asked for, not a stand elsewhere that shares a word.
    let a = chat(&["what is the kremlin demanding over sanctions", "and europe?"]);
    assert_says(&a[0], &["Russia is pushing for lifting"]);
    assert_says(&a[1], &["staunchly opposes"]);
    assert_cites(&a[1], 24);
    assert_says(&a[1], &["diplomats"]);
}

#[test]
fn a_link_asked_of_a_pronoun_is_asked_of_what_was_just_told() {
    // "Them" is the talks just told, not the sides their sentence names.
    let a = chat(&["what were the talks in london on wednesday?", "what was the point of them?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["to try to revive peace talks"]);
    let a = chat(&["who held meetings in london?", "what was the aim of it?"]);
    assert_says(&a[1], &["aim", "to try to revive peace talks"]);
}

#[test]
fn a_plural_title_names_no_one_he_can_mean() {
    // "Ministers" stands for several people; "he" is still the one the answer before named.
    let a = chat(&["why was the broader meeting cancelled?", "which countries' ministers were due?", "did he speak to anyone in britain before that?"]);
    assert_says(&a[2], &["Rubio spoke to Lammy"]);
    assert!(!text(&a[2]).contains("Keir Starmer"), "{}", text(&a[2]));
}

/// "Tell me more" after words from the end of a paragraph gives the paragraph's sentence that
/// set them up first, and what it tells can then be asked about.
#[test]
fn tell_me_more_gives_the_rest_of_the_paragraph_first() {
    let a = chat(&["how many diplomats said the proposals demanded more of ukraine", "tell me more", "where were they presented?"]);
    assert_cites(&a[0], 4);
    let first = a[1].citations()[0];
    assert!(first.paragraph == Some(4) && first.text.contains("Witkoff presented proposals"), "{}", text(&a[1]));
    assert!(a[2].answered && a[2].lead.starts_with("In Paris"), "{}", text(&a[2]));
}

/// A title several people hold is settled by the conversation: "the other minister" after an
/// answer whose words name two of them is the one not just spoken of, and "the minister" is
/// the one just spoken of, with no question asked back.
#[test]
fn the_other_holder_of_a_title_is_the_one_not_just_spoken_of() {
    let a = chat(&["who met kellogg", "what is his job", "and the other minister?"]);
    assert_says(&a[0], &["John Healey was meeting Keith Kellogg"]);
    assert_says(&a[1], &["defence minister"]);
    assert!(text(&a[2]).starts_with("David Lammy is foreign minister"), "{}", text(&a[2]));
    let a = chat(&["who is john healey", "what did the minister do?"]);
    assert!(!text(&a[1]).contains("could be several people"), "{}", text(&a[1]));
    assert_says(&a[1], &["Healey"]);
}

#[test]
fn anything_from_someone_asks_for_their_words() {
    // Was "JD Vance is U.S. Vice President." and a profile of Yermak.
    let a = chat(&["what did vance say", "anything else from him?"]);
    assert!(a[1].lead.starts_with("The article quotes JD Vance"), "{}", text(&a[1]));
    assert_says(&a[1], &["territorial swaps"]);
    let a = ask("anything from yermak?");
    assert_says(&a, &["We emphasised that we are committed"]);
    let a = ask("something from the foreign minister?");
    assert_says(&a, &["working at pace"]);
    // From a place or a side it is no source of words.
    let a = ask("anyone reporting from kyiv?");
    assert_says(&a, &["Max Hunder"]);
}

#[test]
fn that_american_is_the_american_just_asked_about() {
    // A side's word standing alone after "that" is one of its people: the one the talk is
    // about, when the last answer brought in no one else of that side.
    let a = chat(&["who is witkoff", "what's that american's role"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["Witkoff", "special envoy"]);
    let a = chat(&["who is svyrydenko", "what did this ukrainian say about a ceasefire"]);
    assert_says(&a[1], &["Svyrydenko", "full ceasefire"]);
}

#[test]
fn who_said_that_exactly_asks_for_the_last_answers_source() {
    // A focus adverb asks nothing more: the question is still whose words those were.
    for last in ["who said that exactly", "who actually said that", "who said that again?"] {
        let a = chat(&["What's Europe's position on lifting EU sanctions on Russia?", last]);
        assert!(a[1].answered, "{last}: {}", text(&a[1]));
        assert_says(&a[1], &["attributes that to", "diplomats"]);
    }
}

#[test]
fn what_about_someone_then_a_question_of_its_own_is_that_question_asked_of_them() {
    // "what about X," only turns to X; the question after the comma is the one asked.
    let a = chat(&["did rubio cancel his trip?", "what about the uk defence guy, who did he meet"]);
    assert_says(&a[1], &["Healey was meeting Keith Kellogg"]);
    assert_cites(&a[1], 20);
    let b = ask("as for crimea, when did russia take it?");
    assert_says(&b, &["2014"]);
}

/// "The other one" after a pair was named and one of them asked about is the other of the
/// pair — of the same side as the one just asked about, not whoever else the answer named.
#[test]
fn the_other_one_is_the_other_of_the_pair() {
    let a =
        chat(&["Which British ministers took part in the talks?", "who did the defence one meet on top of that?", "and what did the other one post online"]);
    let last = a.last().unwrap();
    assert!(last.answered, "{}", text(last));
    assert_says(last, &["David Lammy", "working at pace"]);
    assert_cites(last, 21);
}

/// "The first one", "the second?": a place in the last list of people counts in that list, two
/// turns on as well; an ordinal before no word for someone ("the first meeting") does not.
#[test]
fn an_ordinal_picks_from_the_last_list_of_people() {
    let a = chat(&["which ukrainian officials are mentioned", "what did the first one write?", "and the last?"]);
    assert!(a[0].answered, "{}", text(&a[0]));
    assert_says(&a[1], &["not to surrender"]);
    assert_says(&a[2], &["Andriy Yermak", "committed"]);
    assert!(!text(&a[1]).contains("Yermak"), "{}", text(&a[1]));
    let b = chat(&["who from the british government took part in talks with ukrainians", "what the second one did?"]);
    assert_says(&b[1], &["Healey was also meeting"]);
}

/// The list an ordinal counts in is the one the answer gave, in its order ("Lammy and Healey"),
/// not everyone a plural title in the question could mean; "the second person he met" is not
/// a place in that list.
#[test]
fn an_ordinal_counts_in_the_answers_list() {
    let a = chat(&["which british ministers took part in the talks?", "and the second one, who else did he meet?"]);
    assert_says(&a[1], &["John Healey was meeting Keith Kellogg"]);
    // What two people agreed is not told, whichever two they are.
    let b = chat(&["what did the uk defence minister do on wednesday", "who was the second person he met with?", "do we know what the two of them agreed?"]);
    assert!(!b[2].answered, "{}", text(&b[2]));
}

/// "The first guy, where was he when he said it?": the place in the list decides who "he" is,
/// even where "it" brings in a name of its own.
#[test]
fn an_ordinal_wins_over_names_the_question_brings_in() {
    let a = chat(&["what did vance and trump each say about walking away?", "and the first guy, where was he when he said it?"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert_says(&a[1], &["India"]);
}

/// A name in what the words were about is not who spoke: "what did the foreign one say about
/// the talks with the Ukrainians" asks the foreign minister.
#[test]
fn a_name_in_what_was_said_about_does_not_speak() {
    let a = chat(&["which british ministers took part in the talks?", "what did the foreign one say about the talks with the ukrainians?"]);
    assert_says(&a[1], &["David Lammy", "working at pace"]);
}

/// "The other one, the defence guy": a question that names its person by a title only one
/// holds asks about them, whoever else the conversation talked of last.
#[test]
fn the_other_one_named_by_a_title_is_the_one_the_title_names() {
    let a = chat(&[
        "which ukrainian official said kyiv's team met advisers from britain, france and germany",
        "and the british foreign secretary, what did he post",
        "did the other one, the defence guy, meet with any american?",
    ]);
    let last = a.last().unwrap();
    assert!(last.lead.starts_with("Yes. John Healey was meeting Keith Kellogg"), "{}", text(last));
    assert_cites(last, 20);
}

/// "And the other minister, the defence one, who did he meet": the title set beside the person
/// again ("the defence one") still sets them before the question, so "he" is them, not the
/// man the conversation talked of last.
#[test]
fn a_pronoun_after_a_person_set_before_the_question_with_their_title_restated_is_them() {
    let a =
        chat(&["did the american secretary of state get in touch with lammy?", "and the other minister, the defence one, who did he meet from washington?"]);
    let last = a.last().unwrap();
    assert!(last.answered, "{}", text(last));
    assert_says(last, &["John Healey", "Keith Kellogg"]);
    assert_cites(last, 20);
}

/// "Where was it first shown?" after a plan and a place it holds were talked of: a place is not
/// what was shown somewhere, so "it" is the plan the answers were drawn from.
#[test]
fn where_something_was_done_is_not_asked_of_a_place() {
    let a = chat(&["what does the witkof plan say about crimea", "ukraine and europe ok with it or no?", "where was it first shown before london"]);
    let last = a.last().unwrap();
    assert!(last.lead.starts_with("In Paris"), "{}", text(last));
    assert_cites(last, 4);
}

/// "What triggered it?", "what sparked it?" after an answer: any verb of causing asked of a
/// pronoun asks why what was just told happened, as "what caused it?" does.
#[test]
fn what_triggered_it_asks_the_cause_of_what_was_just_told() {
    for follow in ["what triggered it", "what sparked it", "what caused it"] {
        let a = chat(&["who bailed on the london meeting", follow]);
        assert!(a[1].answered, "{follow}: {}", text(&a[1]));
        assert_says(&a[1], &["no-show prompted a broader meeting"]);
        assert_cites(&a[1], 2);
    }
}

#[test]
fn they_after_someone_put_first_means_them_not_the_last_answer() {
    // "and zelensky office, what they say?" after an answer about Starmer's spokesperson: the
    // people put first are who "they" are; the next "he" is the one then quoted.
    let a = chat(&["what PM spokesman said", "and zelensky office, what they say?", "on which app he posted it"]);
    assert_says(&a[0], &["spokesperson"]);
    assert!(a[1].answered, "{}", text(&a[1]));
    assert!(!text(&a[1]).contains("Starmer"), "{}", text(&a[1]));
    assert_says(&a[1], &["committed"]);
    assert_says(&a[2], &["Telegram"]);
    // Asked of a side inside the question, "they" still leans on the conversation.
    let a = chat(&["what does russia control?", "how much of ukraine do they hold overall"]);
    assert_says(&a[1], &["20%"]);
}

#[test]
fn his_boss_is_the_one_the_last_person_works_for() {
    // "boss" alone could be any president or prime minister; "his" after Kellogg narrows it to
    // the one on his side, and after Yermak to the president whose chief of staff he is.
    let a = chat(&["who is kellogg", "what about his boss"]);
    assert_says(&a[1], &["Donald Trump"]);
    assert!(!text(&a[1]).contains("Did you mean"), "{}", text(&a[1]));
    let b = chat(&["who is andriy yermak", "did his boss say anything himself?"]);
    assert!(!b[1].answered, "{}", text(&b[1]));
    assert_says(&b[1], &["no words from Volodymyr Zelenskiy"]);
}

#[test]
fn when_he_said_this_tells_when_each_thing_just_told_was_said() {
    // Two things Trump said were just told: one dated only against the downgrading ("days
    // after" his warning), one on Sunday. Each gets its time; the relative one is not turned
    // round into "warned … days after".
    let a = chat(&["What Trump has said about the deal?", "When he said this?"]);
    assert_says(&a[1], &["no exact date for when Donald Trump warned", "on Sunday"]);
    assert!(!text(&a[1]).contains("walk away days after"), "{}", text(&a[1]));
}

#[test]
fn a_pronoun_means_whichever_of_the_last_two_people_has_the_words_asked_for() {
    // "He" after "Rubio called him" is read as Rubio first; Rubio posted nothing on X, Lammy did.
    let a = chat(&["who is David Lammy?", "and Rubio call him when?", "what he write on X?"]);
    assert!(a[2].answered, "{}", text(&a[2]));
    assert_says(&a[2], &["working at pace"]);
    // With words of the nearer one, the nearer one stays.
    let a = chat(&["who is yulia svyrydenko", "and what did rubio say?", "what did he say about paris?"]);
    assert_says(&a[2], &["encouraging reception"]);
}

#[test]
fn a_follow_up_with_its_own_question_word_asks_what_that_word_asks() {
    // "And … when?" after a who-question asks when, not who again.
    let a = chat(&["who did lammy talk with in the meetings?", "and Rubio call him when?"]);
    assert_says(&a[1], &["late on Tuesday"]);
    assert!(a[1].lead.contains("Tuesday"), "{}", a[1].lead);
}

#[test]
fn words_that_add_a_question_to_the_last_answer_name_no_topic() {
    // "on top of that" adds to what was told; "top" is no topic the next turn inherits, so
    // "it" is still the proposals.
    let a = chat(&["what did witkoff propose?", "what does russia want on top of that?", "is europe ok with it?"]).pop().unwrap();
    assert!(text(&a).starts_with("No. The Europeans’ position on the U.S. proposals"), "{}", text(&a));
    assert_says(&a, &["unacceptable"]);
    assert_cites(&a, 9);
}

/// "Was Rubio there?" after a question about London asks about London: a "there" of place is
/// the place last asked about ("is there …" and "there was …" are no place).
#[test]
fn there_is_the_place_last_asked_about() {
    let a = chat(&["who was meeting in london on wednesday?", "was rubio there?", "who else was there?"]);
    assert!(a[1].lead.starts_with("No."), "{}", text(&a[1]));
    assert_says(&a[1], &["cancelled his trip"]);
    assert!(a[2].answered && a[2].lead.starts_with("Taking part") && !a[2].lead.contains("Rubio"), "{}", text(&a[2]));
    let a = chat(&["who was meeting in london on wednesday?", "is there any progress?"]);
    assert_says(&a[1], &["progress was being made"]);
}
