//! Names resolve through typos, titles and side qualifiers; unrelated names do not match.

mod support;
use support::*;

#[test]
fn typos_resolve_to_the_person() {
    for (typo, name) in [
        ("Who is Witkof?", "Witkoff"),
        ("What did Vence say?", "Vance"),
        ("what did lamy post", "Lammy"),
        ("What did Stamer's spokesperson say?", "spokesperson"),
        ("Who is Yermack?", "Yermak"),
        ("who is svyridenko", "Svyrydenko"),
        ("who is zelensky", "Zelenskiy"),
        ("who is the preisdent of ukraine", "Zelenskiy"),
        // A first name two slips off, beside the surname; contractions typed without apostrophe.
        ("who is Andrij Yermack", "Yermak"),
        ("whos kellogg", "Kellogg"),
        ("whats witkoffs job", "envoy"),
        // Where only a name can stand (the subject of "what did … post"), two slips are read.
        ("what did lami post", "Lammy"),
    ] {
        let a = ask(typo);
        assert!(a.answered, "{typo}: {}", text(&a));
        assert_says(&a, &[name]);
    }
}

#[test]
fn titles_resolve_with_their_qualifiers() {
    for (q, name) in [
        ("Who is the vice president?", "JD Vance"),
        ("Who is Britain's foreign minister?", "David Lammy"),
        ("Who is Zelenskiy's chief of staff?", "Andriy Yermak"),
        ("name the UK prime minister", "Keir Starmer"),
        ("which russian leader did trump phone", "Putin"),
        ("Who is the defense secretary?", "John Healey"),
        // A side's name inside a title qualifies it as it does before it.
        ("Who is the top American diplomat whose trip got called off?", "Marco Rubio"),
        ("what did the deputy ukrainian prime minister say", "Svyrydenko"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &[name]);
    }
}

#[test]
fn the_uk_pms_spokesperson_is_the_spokesperson() {
    let a = ask("What did the UK PM's spokesperson say?");
    assert!(a.answered);
    assert_says(&a, &["just and lasting peace"]);
    assert!(!text(&a).contains("no words from"), "{}", text(&a));
}

#[test]
fn unrelated_names_do_not_match_anyone() {
    for q in ["who is macron", "What did Merz say?", "What does Xi think?", "Who is Scholz?"] {
        let a = ask(q);
        assert!(!a.answered, "{q} matched: {}", text(&a));
    }
}

#[test]
fn an_ambiguous_title_is_asked_back() {
    let a = ask("Who is the envoy?");
    assert!(!a.answered);
    let labels: Vec<&str> = a.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Steve Witkoff", "Keith Kellogg"]);
    assert_says(&a, &["Which one do you mean"]);
}

#[test]
fn a_title_the_article_s_words_decide_is_answered_with_the_other_one_offered() {
    // The article calls Witkoff "Trump's special envoy": the possessive decides.
    let a = ask("Who is Trump's envoy?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Steve Witkoff", "could also mean Keith Kellogg"]);
    assert_eq!(a.choices.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), ["Keith Kellogg"]);
    // The rest of the question decides: only one envoy met Healey.
    let a = ask("which envoy met healey");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.contains("Keith Kellogg"), "{}", text(&a));
    // So does what the others named took part in: of the British ministers, one met Kellogg.
    let a = ask("which british minister sat down with kellogg");
    assert!(a.answered && a.lead.contains("John Healey"), "{}", text(&a));
    // The kind of answer decides: only one envoy has proposals.
    let a = ask("what did the american envoy propose");
    assert!(a.answered && text(&a).contains("Witkoff"), "{}", text(&a));
    // What the question says the one meant did outranks a title the other's words fit better:
    // "U.S. Ukraine envoy" holds every word of "us envoy", but only Witkoff made proposals.
    let a = ask("which us envoy drew up the plan");
    assert!(a.answered && a.lead.contains("Steve Witkoff"), "{}", text(&a));
    // Someone the question names by another title is not the one this title means beside
    // them: "the president" who rang "the Kremlin leader" is one of the other presidents, and
    // of those the one in the call.
    for q in ["what month was it that the president rang the kremlin leader out of the blue", "did the president phone the kremlin boss in february?"] {
        let a = ask(q);
        assert!(a.answered && a.lead.contains("Donald Trump"), "{q}: {}", text(&a));
        assert!(!text(&a).contains("could be several people"), "{q}: {}", text(&a));
    }
}

#[test]
fn a_title_in_the_plural_lists_its_holders() {
    let a = ask("who are the british ministers");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Keir Starmer", "David Lammy", "John Healey"]);
    // Narrowed by what the question says they did.
    let a = ask("which british ministers had talks with the ukrainians");
    assert!(a.lead.contains("David Lammy") && a.lead.contains("John Healey") && !a.lead.contains("Starmer"), "{}", text(&a));
    assert!(text(&a).contains("discussions with Ukrainian counterparts"), "{}", text(&a));
}

#[test]
fn a_title_nobody_holds_is_declined() {
    let a = ask("What did the French foreign minister say?");
    assert!(!a.answered);
    assert_says(&a, &["names no french foreign minister"]);
}

#[test]
fn someones_deputy_is_who_holds_the_deputy_form_of_their_title() {
    // The president's second is the vice president of the same side, with or without the
    // apostrophe; someone with no such second in the article is not answered as themselves.
    for q in ["what did trump's deputy say", "what did trumps deputy say", "what did trumps number two say", "what did Trump's second in command say"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["JD Vance"]);
        assert!(!text(&a).contains("Donald Trump ("), "{q}: answered about Trump himself:\n{}", text(&a));
    }
    let a = ask("who is putin's deputy");
    assert!(!text(&a).contains("Vladimir Putin is"), "{}", text(&a));
    // A side's second: its one person whose title opens with a word for a second; a title
    // after the word keeps its own reading.
    assert!(text(&ask("who is the american number two")).starts_with("JD Vance is U.S. Vice President"));
    assert_says(&ask("what did Kyiv's deputy prime minister say"), &["Yulia Svyrydenko"]);
}

#[test]
fn a_country_s_capital_is_its_city_when_the_article_has_it() {
    let a = ask("when were the talks in the uk capital");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["London", "Wednesday"]);
    let a = ask("what happened in the french capital last week");
    assert_says(&a, &["Paris"]);
    // A capital the article does not have is not one it does.
    let a = ask("what is the capital of australia");
    assert!(!a.answered, "{}", text(&a));
}

#[test]
fn titles_as_people_type_them_name_their_holder() {
    for (q, name) in [
        // Another word for a second, with the side that qualifies it.
        ("who is the vice prime minister of ukraine", "Yulia Svyrydenko"),
        // A long word of a title cut short.
        ("who's the british foreign sec", "David Lammy"),
        ("what did the def sec do", "John Healey"),
        // A title's modifier heading a word for one person.
        ("name the defence guy", "John Healey"),
        // The possessive typed without its apostrophe still picks the title that has it.
        ("who is trumps envoy", "Steve Witkoff"),
        // A word of one holder's title elsewhere in the question picks them.
        ("which minister handles foreign affairs for britain", "David Lammy"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &[name]);
    }
    // The holder a "which" asks for is not the holder the question names.
    let a = ask("which president did trump phone");
    assert!(text(&a).starts_with("Vladimir Putin"), "{}", text(&a));
    // A modifier that is a name ("U.S. Ukraine envoy") does not make "the Ukraine guy" him.
    let a = ask("what did the ukraine guy say");
    assert!(!text(&a).contains("Keith Kellogg"), "{}", text(&a));
}

#[test]
fn a_question_about_a_proposal_picks_the_one_candidate_who_made_one() {
    // Two American envoys; only one brought proposals to the table.
    let a = ask("Did Ukraine sign off on everything the American envoy brought to the table?");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).contains("could be several people"), "{}", text(&a));
    assert_says(&a, &["rejected by Kyiv"]);
    assert_cites(&a, 16);
    // Without a proposal in the question, both are still offered.
    assert!(text(&ask("who did the american envoy meet")).contains("could be several people"));
}

#[test]
fn a_title_that_fits_several_is_picked_by_the_meaning_of_its_field() {
    // "security" is nearest "defence minister" of the ministers; "treasury" is near none.
    let a = ask("who is the british security minister");
    assert!(text(&a).starts_with("John Healey is defence minister"), "{}", text(&a));
    assert!(!text(&ask("who is the uk finance minister")).starts_with("John Healey"));
}

#[test]
fn a_word_for_one_of_the_articles_places_names_it() {
    // "The peninsula" is Crimea by meaning: no other name of the article is near it.
    let a = ask("where does ukraine stand on the peninsula");
    assert_says(&a, &["position on Crimea", "would not recognise Russian sovereignty over Crimea"]);
    assert_cites(&a, 17);
    // A word near several names ("city": London, Paris) names none of them.
    let a = ask("which city did vance visit");
    assert!(!text(&a).contains("London"), "{}", text(&a));
}

#[test]
fn a_capital_the_article_has_as_a_place_acts_as_its_government() {
    // Doing something, it is Britain's government: its people's words answer.
    let a = ask("what did london say");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["spokesperson"]);
    // Where something happened, it is the city.
    let a = ask("when were the talks in london");
    assert_says(&a, &["Wednesday"]);
    assert_cites(&a, 1);
}

/// A continent is where the article's one country in it is ("South Asia": India); one with
/// none of the article's places is a name the article lacks.
#[test]
fn a_continent_stands_for_the_articles_country_in_it() {
    let a = ask("what did the vice president say on his trip to south asia");
    assert!(a.answered, "{}", text(&a));
    assert!(a.citations().iter().any(|c| c.text.contains("during a visit to India")), "{}", text(&a));
    let a = ask("did anything happen in africa");
    assert!(!a.answered, "{}", text(&a));
    assert!(a.lead.contains("doesn't mention Africa"), "{}", text(&a));
}

/// A profile asked of one person named ("background on Witkoff", "describe Lammy", "what is
/// Rubio") is who they are, not a search for the words "background" or "describe"; a name
/// owning something ("Lammy's post") still asks for that thing.
#[test]
fn a_profile_of_someone_named_is_who_they_are() {
    for (q, lead) in [
        ("background on witkoff", "Steve Witkoff is Trump’s special envoy"),
        ("describe lammy", "David Lammy is foreign minister"),
        ("what is rubio", "Marco Rubio is U.S. Secretary of State"),
        ("give me some background on the us envoy for ukraine", "Keith Kellogg is U.S. Ukraine envoy"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).starts_with(lead), "{q}: {}", text(&a));
        assert_verbatim(&a);
    }
    let a = ask("what is lammy's post on x");
    assert!(!text(&a).starts_with("David Lammy is"), "{}", text(&a));
}

#[test]
fn a_job_guessed_of_someone_named_is_answered_with_their_real_one() {
    // "Minister" fits four people, but here it is a guess about Yermak, not a fifth person.
    for (q, title) in [
        ("whos yermak, is he minister or what", "chief of staff"),
        ("john healy is what in uk govt", "defence minister"),
        ("rubio is what, secretary of defence or something?", "Secretary of State"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).lines().next().is_some_and(|l| l.contains(title)), "{q}: {}", text(&a));
    }
    // Asked of another person, the job still needs saying who.
    assert!(!ask("who is the minister yermak met?").answered);
}

#[test]
fn a_name_typed_before_the_title_of_someone_working_for_them_says_whose_title() {
    // "zelenskiy chief of staff", no possessive: the chief of staff is asked about.
    let a = ask("zelenskiy chief of staff what did he write on telegram");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["committed to (Trump’s) peace efforts"]);
    assert!(!text(&a).contains("no words from"), "{}", text(&a));
    // A person's own title after their name is still theirs.
    let a = ask("healey defence minister?");
    assert_says(&a, &["John Healey is defence minister"]);
}

#[test]
fn one_word_before_a_word_for_someones_people_still_says_it_is_one_of_theirs() {
    // "Starmer's press guy" is his spokesperson, not Starmer; "Zelenskiy's top aide" his
    // chief of staff.
    let a = ask("what did starmer's press guy say");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).contains("no words from Keir Starmer"), "{}", text(&a));
    assert_says(&a, &["spokesperson"]);
    answered_leading("what did zelenskiy's top aide write", "The article quotes Andriy Yermak");
}

#[test]
fn a_line_taken_is_a_stand_and_a_name_in_a_clause_of_time_is_no_holder() {
    let a = ask("What line did Downing Street give on what the meetings were actually for?");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).contains("doesn't say which line"), "{}", text(&a));
    let a = ask("How did the British premier's press person spin it when Washington's chief diplomat bailed at the last minute?");
    assert!(a.answered, "{}", text(&a));
    assert!(!a.lead.contains("Rubio"), "{}", text(&a));
}

/// "actualy", "becuase": a slip in one of English's little words is that word, not a name the
/// article lacks ("The article doesn't mention Actualy").
#[test]
fn a_slip_in_a_little_word_is_no_unknown_name() {
    let a = ask("what was actualy in the plan witkoff presented, main points pls");
    assert!(a.answered, "{}", text(&a));
    assert!(!text(&a).contains("Actualy"), "{}", text(&a));
    let a = ask("did rubio realy come to london in the end?");
    assert!(text(&a).starts_with("No"), "{}", text(&a));
}

#[test]
fn a_plural_slip_on_a_known_word_is_that_word_not_a_name_the_article_lacks() {
    let a = ask("kyiv delegation met advisers from which countrys");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Britain, France and Germany"]);
    // A name the article lacks, possessive slip and all, is still one.
    let a = ask("what did macrons team say");
    assert!(!a.answered && text(&a).contains("doesn't mention"), "{}", text(&a));
}

/// "Merz, what did he say?", "and Macron, what he said on the proposals?": a name put first as
/// the question's topic, then asked about as "he" or "she", is the one asked about — a name the
/// article lacks is declined as such, not dropped as a lead-in and the rest answered.
#[test]
fn a_name_put_first_as_the_topic_is_who_is_asked_about() {
    for (q, name) in [
        ("Merz - what did he say about crimea?", "Merz"),
        ("and Macron, what he said on the proposals?", "Macron"),
        ("erdogan, how did he react to the plan?", "Erdogan"),
    ] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        assert!(a.lead.contains(&format!("doesn't mention {name}")), "{q}: {}", text(&a));
    }
    // A name the article has, put first the same way, is answered.
    let a = ask("Lammy, what did he post?");
    assert!(a.answered, "{}", text(&a));
    assert!(text(&a).contains("Lammy"), "{}", text(&a));
}

#[test]
fn a_word_for_someones_people_after_their_name_without_the_possessive_is_their_people() {
    // "zelensky office", "british PM office": typed without the "'s", still the people
    // working for them, who are quoted, not the boss who is not.
    for (q, want) in [("what did zelensky office say?", "Andriy Yermak"), ("how did british PM office react to rubio canceling", "spokesperson")] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(!text(&a).contains("no words from"), "{q}: {}", text(&a));
        assert_says(&a, &[want]);
    }
}

#[test]
fn the_one_who_did_something_is_looked_up_by_what_they_did() {
    // "the one who …" describes a person as "the woman who …" does; the job asked is theirs.
    for (q, lead) in [
        ("the one who wrote 'ready to negotiate but not surrender', what is her job?", "Yulia Svyrydenko is Ukrainian Deputy Prime Minister"),
        ("the one who posted on telegram, what's his job?", "Andriy Yermak is"),
        ("the one who cancelled his trip - who is he?", "Marco Rubio is U.S. Secretary of State"),
    ] {
        answered_leading(q, lead);
    }
    // A title before it already says whom: the article names no German foreign minister.
    let a = ask("who is germany's foreign minister, the one who was meant to attend");
    assert!(!a.answered, "{}", text(&a));
}

/// "Who are Witkoff and Kellogg?": each person the question names is told of, each title
/// cited; someone named with the one they work for is not ("the PM whose spokesperson …").
#[test]
fn who_are_two_people_tells_of_both() {
    let a = ask("who are witkoff and kellogg?");
    assert!(a.answered, "{}", text(&a));
    assert!(a.lead.contains("Steve Witkoff is") && a.lead.contains("Keith Kellogg is"), "{}", text(&a));
    assert_cites(&a, 4);
    assert_cites(&a, 20);
    let b = ask("whats the name of the PM whose spokesperson that was");
    assert!(b.answered && b.lead.starts_with("Keir Starmer is"), "{}", text(&b));
}

/// "I keep confusing Lammy and Healey. Who are they again?": the pronoun of a last "who are
/// they?" is the people the words before it name; a name that only owns a description ("the man
/// running Zelenskiy's office - who is he?") is not whom it asks about.
#[test]
fn who_are_they_after_names_asks_about_those_named() {
    let a = ask("i keep confusing lammy and healey. who are they again?");
    assert!(a.lead.starts_with("David Lammy is foreign minister. John Healey is defence minister."), "{}", text(&a));
    let b = ask("the man running zelenskiy's office - who is he?");
    assert!(text(&b).contains("Andriy Yermak"), "{}", text(&b));
    assert!(!b.lead.starts_with("Volodymyr Zelenskiy is"), "{}", text(&b));
}

#[test]
fn a_woman_or_a_man_of_a_side_is_the_one_person_the_data_gives_that_pronoun() {
    // The data gives each person a pronoun; "the Ukrainian woman" fits one of them.
    let a = ask("what is the ukrainian woman's job?");
    assert_says(&a, &["Yulia Svyrydenko is Ukrainian Deputy Prime Minister"]);
    let a = ask("what's the russian man's name?");
    assert_says(&a, &["Vladimir Putin"]);
    // "the American man" fits several: none of them is picked for it.
    let a = ask("who is the american man?");
    assert!(!text(&a).starts_with("JD Vance is") && !text(&a).starts_with("Marco Rubio is"), "{}", text(&a));
    // A clause after the word says who is meant; the question asks who that is.
    let a = ask("whats the official title of the woman who said they wont surrender");
    assert_says(&a, &["Ukrainian Deputy Prime Minister"]);
}

/// "whos" typed without its apostrophe reads as "who's": a title after it asks who holds it,
/// whatever clause follows ("quoted in the piece").
#[test]
fn whos_without_an_apostrophe_asks_who_is() {
    for q in ["whos the ukrainian deputy PM quoted in the piece?", "who's the ukrainian deputy PM quoted in the piece?"] {
        let a = ask(q);
        assert!(a.answered && a.lead.starts_with("Yulia Svyrydenko is"), "{q}: {}", text(&a));
    }
}
