//! The report's credits line answers questions about who reported, wrote and edited it.

mod support;
use support::*;

#[test]
fn a_credited_journalist_is_who_the_credits_say() {
    let a = ask("who is tom balmforth");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Tom Balmforth", "reporting", "London"]);
    assert!(a.evidence.iter().any(|e| e.citation.text.contains("Tom Balmforth in London")), "{}", text(&a));
}

#[test]
fn credits_filter_by_role_and_place() {
    let a = ask("which reporters contributed from Kyiv?");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Anna Pruchnicka", "Max Hunder"]);
    assert!(!a.lead.contains("Erin Banco"), "{}", a.lead);

    let a = ask("how many editors are listed");
    assert_says(&a, &["Four", "Humeyra Pamuk", "Mark Heinrich"]);

    let a = ask("which city did john irish report from");
    assert_says(&a, &["John Irish", "Paris"]);
    assert!(!text(&a).contains("Healey"), "{}", text(&a));
}

#[test]
fn who_wrote_it_names_the_byline() {
    let a = ask("who wrote this");
    assert!(a.answered, "{}", text(&a));
    assert_says(&a, &["Elizabeth Piper", "John Irish", "Daphne Psaledakis"]);
}

#[test]
fn questions_about_the_story_are_not_about_the_credits() {
    // A place outside the credits makes it a question about the story.
    let a = ask("what did the reporters write about crimea");
    assert!(!a.lead.contains("Credited"), "{}", text(&a));
    // "Reported" is what a source did, not a credits role.
    let a = ask("who reported that progress was being made");
    assert_says(&a, &["official"]);
    // "Written" about a thing in the story, or the report's date, is not the credits.
    let a = chat(&["what did kyiv's paper for the europeans say", "when was that paper written?"]).pop().unwrap();
    assert_says(&a, &["Tuesday"]);
    let a = ask("when was this article written");
    assert_says(&a, &["23 April 2025"]);
    assert!(!text(&a).contains("Kate Holton"), "{}", text(&a));
}

#[test]
fn words_written_in_the_story_are_not_the_reports_writing() {
    // "Wrote" is a credits role only when nothing written follows it.
    let a = ask("who wrote on telegram?");
    assert_says(&a, &["Yermak"]);
    let a = ask("who wrote that ukraine is ready to negotiate?");
    assert_says(&a, &["Svyrydenko"]);
    let a = ask("who wrote this?");
    assert_says(&a, &["Elizabeth Piper"]);
}

#[test]
fn according_to_the_report_is_a_frame_not_a_question_about_the_report() {
    let a = ask("According to the report, who wrote up a document saying there would be no talk about land until there is a total ceasefire?");
    assert_says(&a, &["paper drafted for the Europeans"]);
    assert!(!text(&a).contains("Byline"), "{}", text(&a));
    // Asked of the report itself, the byline still answers.
    let a = ask("who wrote this report?");
    assert_says(&a, &["Elizabeth Piper"]);
}

#[test]
fn how_many_wrote_it_counts_the_byline() {
    // "How many" about the report is a count, not the byline read out.
    let a = ask("how many reporters in the byline");
    assert_says(&a, &["Three", "Elizabeth Piper", "Daphne Psaledakis"]);
    let a = ask("how many reporters worked on this story");
    assert_says(&a, &["Eight", "Tom Balmforth"]);
    // Asked without a number, it stays the byline.
    let a = ask("who wrote the article");
    assert!(!a.lead.starts_with("Three"), "{}", a.lead);
}
