//! Who said it stays attached: claims from unnamed sources are answered as such.

mod support;
use support::*;

#[test]
fn claims_from_unnamed_sources_say_so() {
    for (q, source) in [
        ("What did Witkoff propose?", "according to several sources"),
        ("What does Russia want?", "according to diplomats"),
        ("What did Rubio say about rescheduling?", "according to officials"),
        ("who said there'd be no talks on territory until a full ceasefire", "a separate source close to the discussions"),
        ("What do US proposals say about the 20%?", "according to sources"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}");
        assert_says(&a, &[source]);
    }
}

#[test]
fn named_speakers_are_not_hedged() {
    let a = ask("What did Lammy post on X?");
    assert!(!text(&a).to_lowercase().contains("according to"), "{}", text(&a));
    assert_says(&a, &["David Lammy", "posted on X"]);
}

#[test]
fn unnamed_sources_can_be_asked_for_by_name() {
    let a = ask("what did the source say about us jitters");
    assert!(a.answered);
    assert_says(&a, &["the source said", "jitters"]);
    let a = ask("What's NATO's official response to the talks?");
    assert!(!a.answered, "NATO's official is not an unnamed source: {}", text(&a));
}

#[test]
fn words_quoted_as_the_article_has_them_find_their_speaker_whatever_frames_them() {
    let a = ask("settling an argument with my uncle about the London sessions: who described them as \"substantive technical meetings\"?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["spokesperson"]);
}

#[test]
fn who_said_found_by_meaning_leads_with_the_speaker_and_their_words_first() {
    // No statement shares these words ("talked", "moving", "pace" with "americans"); the
    // ranker finds them by meaning, and the speaker of the best sentence leads.
    let a = ask("who talked about moving at pace with the americans");
    assert!(a.answered, "{}", text(&a));
    let t = text(&a);
    assert!(t.lines().next().is_some_and(|l| l.contains("David Lammy")), "the lead names the speaker:\n{t}");
    assert_eq!(a.citations().first().and_then(|c| c.paragraph), Some(21), "their words come first:\n{t}");
}

#[test]
fn a_sentence_reporting_someone_is_labelled_as_the_articles_report_not_their_words() {
    // The cited sentence begins "A spokesperson for British Prime Minister Keir Starmer played
    // down …": "X said: “X played down …”" would put the reporter's words in X's mouth.
    for q in ["what did starmers spokesman say about rubio's cancellation", "where did vance say he was optimistic"] {
        let a = ask(q);
        let t = text(&a);
        assert!(a.answered, "{t}");
        assert!(t.contains("as the article reports it:"), "{t}");
        assert!(!t.contains(" said: “"), "{t}");
    }
}

#[test]
fn an_office_named_for_its_building_is_the_holder_and_the_people_who_speak_for_them() {
    // The PM has no words of his own in the article; his spokesperson's answer the question.
    let a = ask("How did Number 10 characterise the talks?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["spokesperson"]);
    // Its address abbreviated, as headlines write it.
    let a = ask("how did downing st spin rubio bailing");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["spokesperson", "played down"]);
    // Asked about the PM himself, the spokesperson's words are context, not his.
    let a = ask("what did starmer say");
    assert!(!a.answered, "{}", text(&a));
    // "The office of …" is "…'s office", the people word before the title.
    let a = ask("the office of the british prime minister, what did they say about the talks");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["spokesperson"]);
    assert_cites(&a, 5);
}

#[test]
fn a_time_the_question_sets_the_words_in_is_not_what_they_are_about() {
    // "a few days before the London talks" says when, so Trump's warning answers; it is not a
    // topic his words lack.
    let a = ask("what did trump warn a few days before the london talks");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["could walk away"]);
    assert!(!text(&a).contains("no words of"), "{}", text(&a));
}

#[test]
fn a_place_after_about_is_what_was_said_about_not_who_said_it() {
    let a = ask("what did sources say about crimea");
    assert!(!text(&a).contains("no words of Crimea"), "{}", text(&a));
    assert_says(&a, &["several sources", "annexation of Crimea"]);
}

#[test]
fn a_question_that_speaks_of_unnamed_sources_is_answered_from_what_they_said() {
    // "Close to the negotiations" names no one: the answer is what the article relays from
    // such a source, labelled as theirs.
    let a = ask("did anyone close to the negotiations sound upbeat");
    assert!(a.answered, "{}", text(&a));
    assert_cites(&a, 7);
    assert_says(&a, &["according to one official close to the negotiations"]);
    // Speaking of insiders does not make an answer out of a topic the article lacks.
    let a = ask("did the leaks say anything about weapons deliveries");
    assert!(!a.answered, "{}", text(&a));
}

#[test]
fn who_an_unnamed_source_is_the_article_does_not_say_and_the_answer_says_so() {
    let a = ask("who were the three diplomats");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["doesn't name them", "three diplomats"]);
    assert_cites(&a, 4);
    // Words that describe one of them pick it out.
    let a = ask("who is the source close to the discussions");
    assert_says(&a, &["a separate source close to the discussions"]);
    assert!(!text(&a).contains("several sources"), "{}", text(&a));
    // A title the article gives someone is no unnamed source.
    let a = ask("who is britain's top diplomat");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["David Lammy"]);
}

#[test]
fn a_clause_of_time_after_the_verb_of_saying_sets_the_words_in_time() {
    // "after his team sat down with the advisers" says when, not what about: his post is
    // the answer, not only the sentence about the meeting.
    let a = ask("What did Zelenskiy's right-hand man post after his team sat down with the advisers?");
    assert_says(&a, &["We emphasised that we are committed"]);
    assert_cites(&a, 23);
    // A quote among his words is not "without quoting".
    assert!(!text(&a).contains("without quoting"), "{}", text(&a));
}

#[test]
fn a_side_s_stand_found_for_who_keeps_the_person_who_voiced_it() {
    // The stand is Ukraine's; the words are its deputy PM's, and the answer says so.
    let a = ask("who wants a truce on land air n sea before anything else");
    assert!(text(&a).starts_with("Ukraine, in the words of Yulia Svyrydenko"), "{}", text(&a));
    assert_says(&a, &["necessary first step"]);
}

#[test]
fn who_wants_something_is_the_holder_of_the_stand_on_it() {
    // "Wants" asks for a holder, as "said" asks for a speaker: what is wanted is the rest of
    // the question, and the holder leads, with who reported the stand.
    let a = ask("who wants the sanctions lifted early");
    assert!(a.lead.starts_with("According to diplomats, Russia"), "{}", text(&a));
    assert_cites(&a, 24);
    // A name the question gives must be in the stand: NATO is in the U.S. proposals only.
    let a = ask("who wants ukraine kept out of nato");
    assert!(a.lead.contains("United States"), "{}", text(&a));
    assert_cites(&a, 9);
    // The direction of a stand still tells its holder apart.
    let a = ask("who opposes lifting eu sanctions?");
    assert!(a.lead.contains("Europeans"), "{}", text(&a));
}

#[test]
fn any_verb_that_reports_a_clause_asks_who_said_it() {
    // "Insist", "claim", "hint": not words the lists of saying hold, but each reports the
    // clause after it, which is what was said; "involved" only narrows who.
    for q in ["did anybody involved insist things were getting somewhere?", "did someone hint there was progress"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["official close to the negotiations", "progress was being made"]);
    }
    // The reporting verb is no part of the claim checked against the words.
    let a = ask("is someone claiming that the plan asks more of ukraine than russia?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Three diplomats"]);
    assert!(!text(&a).contains("No one"), "{}", text(&a));
}

/// A person speaks for their side: "who posted … for Ukraine" is the Ukrainian who posted.
#[test]
fn a_speaker_asked_for_by_their_side_is_found() {
    let a = ask("who posted on telegram for ukraine");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.contains("Yermak"), "{}", text(&a));
}

/// "Who on Starmer's team said …": when none of those the article makes his said it, someone
/// of his side who did is the answer.
#[test]
fn a_leaders_team_reaches_their_side_when_their_own_people_did_not_say_it() {
    let a = ask("who on starmer's team said they are working at pace");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.contains("Lammy"), "{}", text(&a));
    for q in ["who from trump's team said both sides must give up land", "which of trump's people said both sides must give up land"] {
        let a = ask(q);
        assert!(a.answered && a.lead.contains("Vance"), "{q}: {}", text(&a));
    }
    // Nothing of theirs on the topic: still declined.
    assert!(!ask("what did trump's people say about the weather").answered);
}

/// "Trump's man's plan", "trumps mans package": the people word owns what follows it, with or
/// without its apostrophe; a message ending on the people word reads as well.
#[test]
fn a_leaders_mans_plan_is_the_plan_of_their_person() {
    for q in ["what was in trumps mans package", "what was in trump's man's plan"] {
        let a = ask(q);
        assert!(a.answered && a.lead.contains("Witkoff’s proposals"), "{q}: {}", text(&a));
        assert!(!a.lead.contains("U.S. proposals"), "{q}: {}", text(&a));
    }
    for q in ["who is on starmer's team", "who's in trumps team"] {
        assert!(ask(q).answered, "{q}");
    }
    assert!(!ask("trumps mans").lead.is_empty());
}

#[test]
fn where_someones_words_went_out_is_the_channel_the_article_gives() {
    for (q, channel) in [
        ("where did yermak post his message?", "Telegram"),
        ("which app did yermak use?", "Telegram"),
        ("on which platform did svyrydenko post?", "on X"),
        ("what yr did moscow annex crimea", "2014"),
    ] {
        answered_leading(q, channel);
    }
    // A thing asked that is no channel is not answered by one.
    let a = ask("which hotel did yermak use?");
    assert!(!a.lead.contains("Telegram"), "{}", text(&a));
}

#[test]
fn an_unnamed_source_that_holds_a_view_answers_why_they_hold_it() {
    // The diplomats are who thinks the plan lopsided: their words are the view and its reason.
    for q in ["why do diplomats think the US plan is lopsided", "why did 3 diplomats have issue with witkoffs plan"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["Three diplomats", "more concessions"]);
    }
    // Officials who met are not holding a view: what the meetings were for is the ranker's.
    let a = ask("why were all these officials in london meeting anyway, what was the goal");
    assert_says(&a, &["revive peace talks"]);
    // Named as who reports, a source leaves the stand to its holder.
    let a = ask("according to the diplomats, what is russia pushing for?");
    assert!(text(&a).lines().next().is_some_and(|l| l.contains("position")), "{}", text(&a));
}

#[test]
fn after_a_sources_reaction_to_a_proposal_another_partys_take_is_on_that_proposal() {
    let a = chat(&["what did the 3 diplomats think of witkoffs proposals", "did rubio see it that way too?"]);
    assert_says(&a[1], &["encouraging reception"]);
}

/// A share said in words ("a fifth", "20 per cent") is the article's "20%": who wants Kyiv to
/// accept it is found, with who says so.
#[test]
fn a_share_in_words_finds_the_percentage() {
    for q in ["who wants ukraine to put up with russia keeping a fifth of its land", "who wants kyiv to swallow moscow holding 20 per cent of ukraine"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["20%", "Sources"]);
        assert_cites(&a, 24);
    }
}

/// A question, then a guess at its answer heard from someone the article does not know: the
/// guess's words are not the question's. "Russia" in the friend's guess is no speaker, the
/// envoy asked about is.
#[test]
fn a_guess_heard_from_someone_after_the_question_does_not_change_who_is_asked_about() {
    let a = ask("what exactly did trumps envoy put on the table about crimea?? my freind says its about accepting russia keeps it");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Witkoff", "recognising Russia’s 2014 annexation of Crimea"]);
    assert!(!text(&a).contains("no words of Russia"), "{}", text(&a));
    assert_verbatim(&a);
}

#[test]
fn an_insider_is_any_of_the_articles_unnamed_sources() {
    // The report never says "insider"; a reader does, for its unnamed sources — and the answer
    // keeps who they are as the article puts it.
    let a = ask("what did one insider say about progress?");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.starts_with("One official close to the negotiations"), "{}", text(&a));
    assert_says(&a, &["progress was being made"]);
    let a = ask("One insider reckoned the American cold feet hinted at something. What was it?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["According to the source", "did not align"]);
    // Nor is "what insiders" a thing asked for, which the answer would have to name.
    let a = ask("from what insiders are saying, what made the americans scale the talks back?");
    assert!(a.answered, "{}", text(&a));
    assert!(!a.lead.contains("which insiders"), "{}", text(&a));
    assert_says(&a, &["downgrading of the parley"]);
}

#[test]
fn which_official_said_it_is_a_named_official_when_no_unnamed_one_did() {
    // No unnamed official said it; the deputy prime minister did, and is named.
    let a = ask("which official said full truce on land, sea and in the air must come first");
    assert!(text(&a).starts_with("Yulia Svyrydenko"), "{}", text(&a));
    assert_cites(&a, 18);
    // One the article leaves unnamed still answers as the article tells it.
    let b = ask("which official said progress was being made");
    assert_says(&b, &["One official close to the negotiations"]);
    assert_cites(&b, 7);
}

#[test]
fn a_title_several_hold_is_the_one_whose_words_hold_the_question() {
    // Four people are ministers; only the deputy prime minister said anything of a ceasefire.
    let a = ask("which minister said a full ceasefire must come first");
    assert!(text(&a).starts_with("Yulia Svyrydenko"), "{}", text(&a));
    assert_cites(&a, 18);
    // Nothing said narrows it: the reader is asked which one.
    assert!(!ask("what did the minister say").answered);
}

#[test]
fn words_of_people_the_article_does_not_name_are_not_anothers() {
    // The advisers are the subject; Yermak is whom they told. The article has no words of
    // theirs, and his own words are not given as theirs.
    let a = ask("what did the advisers tell yermak");
    assert!(!a.answered, "{}", text(&a));
    assert_says(&a, &["no words of the advisers"]);
}
