//! "Who is quoted?", "who from the Ukrainian side is quoted?", "which British people are
//! quoted?", "who represented Britain in the talks?": lists of people, narrowed to the side the
//! question says they come from.

mod support;
use support::*;

#[test]
fn everyone_quoted_when_no_side_is_asked() {
    let a = ask("who is quoted in the article");
    assert!(a.answered);
    assert_says(&a, &["Svyrydenko", "Lammy", "Vance"]);
}

#[test]
fn a_side_after_from_narrows_the_list_to_its_people() {
    let a = ask("who from the american side is quoted?");
    assert_says(&a, &["from the United States", "Rubio", "Vance"]);
    let t = text(&a);
    assert!(!t.contains("Svyrydenko") && !t.contains("Lammy"), "{t}");
}

#[test]
fn a_side_before_a_noun_for_people_narrows_it_too() {
    let a = ask("which ukrainian politicians are quoted");
    assert_says(&a, &["Svyrydenko", "Yermak"]);
    // Kellogg's title names Ukraine, but he is the U.S. envoy.
    assert!(!text(&a).contains("Kellogg"), "{}", text(&a));
    assert!(!text(&a).contains("Rubio"), "{}", text(&a));
}

#[test]
fn who_of_a_side_took_part_is_read_from_the_gatherings_parties() {
    // Not "British government officials pointed to the technical talks": they spoke of them.
    // "Which person" asks as "who" does.
    for q in [
        "who represented britain in the talks",
        "who from the british govt was actually in the talks",
        "name the brits who held talks w the ukrainians",
        "which person represented britain in the talks?",
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["David Lammy", "John Healey"]);
        assert_cites(&a, 20);
        assert_verbatim(&a);
    }
}

#[test]
fn a_side_at_a_gathering_with_none_of_its_people_named_is_a_decline() {
    // The article says advisers from Germany and France were met, and names none of them.
    for (q, side) in [
        ("who represented berlin at the advisers meeting, name pls", "Germany"),
        ("who exactly were the french advisers kyivs people sat down with? names pls", "France"),
        ("who was the german adviser yermak met", "Germany"),
        ("which french official met yermak", "France"),
    ] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        assert_says(&a, &[&format!("doesn't name anyone from {side}"), "senior advisers from Britain, France and Germany"]);
        assert_cites(&a, 23);
    }
    // A side whose people the article names is answered by them.
    let a = ask("which british ministers met the ukrainians");
    assert_says(&a, &["David Lammy", "John Healey"]);
    // Who they met, asked of the side met by name, is still answered.
    let a = ask("who did healey meet");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Keith Kellogg"]);
}

#[test]
fn someone_of_a_side_the_article_names_no_one_of_is_a_decline() {
    // No one from France or Germany is named anywhere: saying so, with where the side appears,
    // answers "which French official …", not a list of everyone else who was there.
    for (q, side) in [
        ("Which French official attended the meeting with the Kyiv delegation?", "France"),
        ("which german official attended the meeting?", "Germany"),
        ("who from france attended the meeting with the ukrainians?", "France"),
    ] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        let t = text(&a);
        assert!(t.contains(&format!("names no one from {side}")) || t.contains(&format!("doesn't name anyone from {side}")), "{q}: {t}");
        assert!(!t.contains("Andriy Yermak ("), "{q}: {t}");
    }
    // "For the EU" names no one asked for: who is pushing for its sanctions to go is Russia.
    let a = ask("who is pushing for the EU sanctions to be lifted before the talks finish");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Russia"]);
    assert_cites(&a, 24);
}

/// Russia has a person in the article (Putin, whom Trump called), but no one at the talks: the
/// talks are told without it, and that is the answer, not Putin or a sentence naming Russia.
#[test]
fn a_side_absent_from_the_gathering_asked_about_has_no_one_there() {
    for q in [
        "who represented russia at the london meeting?",
        "Which Russian officials took part in the London talks?",
        // "For" the side, at a gathering, is on its behalf.
        "who negotiates for moscow in these talks",
    ] {
        let a = ask(q);
        assert!(!a.answered, "{q}: {}", text(&a));
        assert_says(&a, &["names no one from Russia there"]);
        assert_cites(&a, 1);
    }
    // A paper drafted "for" the Europeans is no gathering they were absent from.
    let a = ask("Who was drafting a paper for the Europeans on Tuesday?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["drafted a paper"]);
}

#[test]
fn a_gathering_called_off_has_no_one_of_a_side_at_it() {
    let a = ask("who represented britain at the foreign ministers meeting");
    assert!(!text(&a).starts_with("From Britain"), "{}", text(&a));
}

#[test]
fn an_order_to_list_or_name_several_asks_which_they_are() {
    for q in ["name the people quoted in the article", "list the people quoted"] {
        let a = ask(q);
        assert!(a.answered && a.lead.starts_with("The article quotes"), "{q}: {}", text(&a));
    }
    let a = ask("name the british ministers");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["David Lammy", "John Healey"]);
}

/// "List the sticking points", "what are the main sticking points": an order to list a plural
/// with a word before it asks which, and "main" is the article's "major"; "list the main things
/// in the plan" names no kind, and is not read as asking which "main".
#[test]
fn a_listed_plural_with_a_modifier_asks_which() {
    for q in ["list the sticking points", "what are the main sticking points"] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert_cites(&a, 24);
        assert_says(&a, &["sticking points"]);
    }
    let a = ask("list the main things in witkoff's plan");
    assert!(!text(&a).contains("which main"), "{}", text(&a));
}

/// "Which countries are mentioned in the report?" is an inventory: every country the article
/// names, not the one sentence that lists most; asked of a deed ("mentioned as sending
/// advisers"), it is the countries that did it.
#[test]
fn the_countries_a_report_names_are_all_of_them() {
    let a = ask("which countries are mentioned in the report");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["the United States", "Ukraine", "Russia", "Britain", "France", "Germany"]);
    assert_verbatim(&a);
    let a = ask("which countries were mentioned as sending advisers");
    assert!(text(&a).starts_with("Britain, France and Germany"), "{}", text(&a));
    // Sides, not only countries: the Europeans too, but not NATO, which the talks are about.
    let a = ask("which sides are mentioned");
    assert!(text(&a).starts_with("The article names"), "{}", text(&a));
    assert_says(&a, &["the Europeans", "Russia"]);
    assert!(!text(&a).contains("NATO"), "{}", text(&a));
}

/// "Which British officials are named in the piece?" is the report's inventory of a side's
/// people, not who took part in something, nor who its unnamed "officials" are.
#[test]
fn the_people_of_a_side_a_report_names_are_listed() {
    for (q, side, not) in [
        ("which british officials are mentioned in the article?", "Healey", "Rubio"),
        ("who are the ukrainian officials in the story", "Yermak", "Lammy"),
        ("which americans appear in the article", "Kellogg", "Svyrydenko"),
        ("what ukrainians are quoted", "Svyrydenko", "Vance"),
    ] {
        let a = ask(q);
        assert!(a.answered, "{q}: {}", text(&a));
        assert!(text(&a).starts_with("The article"), "{q}: {}", text(&a));
        assert_says(&a, &[side]);
        assert!(!a.lead.contains(not), "{q}: {}", text(&a));
    }
}

/// What follows the question only narrows it ("… named in the report? the politicians and
/// ministers"): the side's inventory stands; a title asked for in the question is its holders.
#[test]
fn a_side_inventory_narrowed_after_the_question_is_still_the_sides_people() {
    let a = ask("which ukrainian officials get mentioned in the report? i mean the politicians and ministers, not reporters");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Svyrydenko", "Yermak"]);
    let a = ask("which uk ministers are mentioned");
    assert!(!a.lead.contains("spokesperson"), "{}", text(&a));
    assert_says(&a, &["Lammy", "Healey"]);
}

/// "Who was in London?" asks who took part in what happened there — not where London is —
/// and whoever called off their trip was not there; "instead of" sets its name aside.
#[test]
fn who_was_at_a_place_took_part_in_what_happened_there() {
    for q in ["who was in london?", "who was present in london?", "who was in london instead of rubio?"] {
        let a = ask(q);
        assert!(a.answered && a.lead.starts_with("Taking part"), "{q}: {}", text(&a));
        assert_says(&a, &["the United States", "Ukraine", "the Europeans"]);
        assert!(!a.lead.contains("Rubio"), "{q}: {}", text(&a));
        assert_cites(&a, 1);
    }
    // Asked what a side put forward instead of another's plan, the other's plan is no answer.
    let a = ask("what counter-proposal did the europeans put forward instead of witkoff's plan?");
    assert!(!a.answered && a.lead.contains("no proposal"), "{}", text(&a));
}
