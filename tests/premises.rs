//! Questions whose premise the article contradicts get the article's version, cited: whose
//! act it was, or where the one asked about was.
mod support;
use support::{answered_leading, ask, text};

#[test]
fn someone_put_where_the_article_does_not_put_them_is_told_where_it_does() {
    // A country the article never mentions, after "visiting".
    let a = answered_leading("Vance said all that about walking away while he was visiting China, right?", "places JD Vance in India, not China");
    assert!(text(&a).contains("during a visit to India"), "{}", text(&a));
    // A place the article has, after "in".
    answered_leading("why did vance make his ultimatum in london?", "places JD Vance in India, not London");
    // A capital the article reads as a side's government is a place after "while in".
    answered_leading("did vance make those comments while in moscow?", "not Moscow");
    answered_leading("what did the VP say on his trip to kyiv?", "not Kyiv");
    // A continent the article has a side for, where the words put him there.
    answered_leading("so the VP made his walk-away threat while visiting europe?", "places JD Vance in India, not Europe");
}

#[test]
fn a_place_that_is_not_where_someone_was_is_left_to_the_other_answers() {
    // Where the article does put them: no correction.
    let a = ask("was vance in india?");
    assert!(!a.lead.contains("places"), "{}", text(&a));
    // Nor in the continent it is in.
    let a = ask("did vance say it while visiting asia?");
    assert!(!a.lead.contains("places"), "{}", text(&a));
    // What was spoken of, a gathering's place, a side's country after a noun, and a plan.
    for q in ["what did vance say about london?", "did vance attend the talks in london?", "does vance want peace in ukraine?", "is vance going to visit kyiv?"]
    {
        let a = ask(q);
        assert!(!a.lead.contains("places JD Vance"), "{q}: {}", text(&a));
    }
    // A trip called off places no one: the article has Rubio cancel his, not make it.
    let a = ask("did rubio say the proposals went down well in paris?");
    assert!(!a.lead.contains("places Marco Rubio"), "{}", text(&a));
}

#[test]
fn what_the_people_named_did_together_is_no_false_premise() {
    // Another person's verb ("Rubio spoke to Lammy") does not make "spoken to Putin" someone
    // else's act when the article tells of the two together (a call).
    let a = answered_leading("has trump spoken to putin at all?", "Yes");
    assert!(!a.lead.contains("says that of"), "{}", text(&a));
    assert!(text(&a).contains("surprise call"), "{}", text(&a));
    // One person named: the verb's doer decides, as before.
    answered_leading("did healey cancel his trip?", "says that of Marco Rubio, not John Healey");
}

#[test]
fn an_event_put_somewhere_else_is_told_where_it_took_place() {
    // Was a plain "Yes." from a sentence naming the talks and Kyiv (as a government).
    for q in ["were the talks in kyiv?", "did the meetings on wednesday take place in washington?"] {
        let a = answered_leading(q, "No.");
        assert!(a.lead.contains("meetings in London"), "{q}: {}", text(&a));
    }
    // The place the question names as the event's own picks the event.
    answered_leading("was the paris session held in berlin?", "No. Steve Witkoff presented proposals to a similar session in Paris");
    // Where it was is not contradicted; a person asked "was X in P" too.
    let a = ask("were the talks in london?");
    assert!(!a.lead.starts_with("No"), "{}", text(&a));
    answered_leading("was vance in kyiv?", "No. The article places JD Vance in India, not Kyiv");
    // A capital after "in" is a place; the verdict is the correction's own.
    answered_leading("did the VP say that in Washington?", "No. The article places JD Vance in India, not Washington");
    answered_leading("Was JD Vance visiting Pakistan when he made the remarks?", "No. The article places JD Vance in India, not Pakistan");
}

#[test]
fn an_event_dated_otherwise_than_the_article_is_answered_no_with_its_date() {
    // Each was a plain "Yes." before.
    for (q, lead) in [
        ("did trump call putin in march?", "No. Donald Trump made a surprise call to Vladimir Putin in February 2025."),
        ("was crimea annexed in 2015?", "No. Russia annexed Crimea in 2014."),
        ("did ukraine draft the paper on thursday?", "No. Ukraine drafted a paper for the Europeans on Tuesday"),
        // Two people named: their one dated event, whatever the verb.
        ("did rubio speak to lammy on monday?", "No. Marco Rubio spoke to David Lammy late on Tuesday"),
    ] {
        answered_leading(q, lead);
    }
    // The article's own date is not contradicted.
    for q in ["did trump call putin in february?", "was crimea annexed in 2014?", "did ukraine draft the paper on tuesday?"] {
        let a = ask(q);
        assert!(!a.lead.starts_with("No"), "{q}: {}", text(&a));
    }
}

#[test]
fn a_side_or_person_given_another_ones_act_is_told_whose_it_was() {
    for (q, lead) in [
        // Passive: the doer after "by".
        ("why did russia reject witkoff's proposals", "says that of Ukraine, not Russia"),
        // Sides as the one asked about and as the doer.
        ("why did the europeans draft a paper on tuesday", "says that of Ukraine, not the Europeans"),
        ("why did the french push for lifting sanctions", "says that of Russia, not France"),
        // Auxiliaries and an adverb between the doer and the verb; a second person named.
        ("Why did Zelenskiy meet Kellogg?", "says that of John Healey, not Volodymyr Zelenskiy"),
        // A yes/no question is answered no first.
        ("did russia draft a paper for the europeans", "No. The article says that of Ukraine, not Russia"),
        // Other ways of asking why read the same premise.
        ("what was the reason lammy cancelled his london trip?", "says that of Marco Rubio, not David Lammy"),
        ("how come healey cancelled his trip", "says that of Marco Rubio, not John Healey"),
        ("for what reason did russia draft a paper?", "says that of Ukraine, not Russia"),
        ("what made the french push for lifting sanctions", "says that of Russia, not France"),
    ] {
        answered_leading(q, lead);
    }
}

#[test]
fn a_why_typed_without_its_auxiliary_reads_the_same_premise() {
    // Second-language English drops "did": the subject and verb still follow "why"/"how come".
    for (q, lead) in [
        ("why the british foreign minister called off his trip to london?", "says that of Marco Rubio, not David Lammy"),
        ("why healey cancelled his trip", "says that of Marco Rubio, not John Healey"),
        ("why russia drafted a paper for the europeans", "says that of Ukraine, not Russia"),
    ] {
        let a = answered_leading(q, lead);
        // The side that qualifies the title is who is asked about, not a place.
        assert!(!a.lead.contains("places"), "{q}: {}", text(&a));
    }
    // The subject is the one named right before the verb: "they", not the ministers after it.
    let a = ask("why they cancel the bigger meeting with foreign ministers in london?");
    assert!(!a.lead.contains("says that of"), "{}", text(&a));
    assert!(a.citations().iter().any(|c| c.text.contains("broader meeting")), "{}", text(&a));
}

#[test]
fn an_act_the_article_gives_the_one_asked_in_other_words_is_no_false_premise() {
    // "unacceptable to … other European nations": the Europeans did reject them, in other words;
    // "Washington could walk away" is a threat, not an act the UK is wrongly given.
    for q in ["why did europe reject the proposals", "since the uk walked out of the talks, who was actually left meeting in london?"] {
        let a = ask(q);
        assert!(!a.lead.contains("says that of"), "{q}: {}", text(&a));
    }
}
