//! "What did Lammy and Healey discuss with the Ukrainians?", "what was agreed?": what a meeting
//! was about. A report often says that people met without saying what about; words that only
//! place the meeting ("met in London on Wednesday") do not answer, words that give its topic
//! ("meetings … on how to stop the fighting", "at the heart of the talks was …") do.

use super::{decline, Answer, Cx};
use crate::matcher::words::{is_in, MEETING_WORDS, TIME_WORDS, TOPIC_NOUNS};
use crate::matcher::{EntityRef, Question};

/// How far down the ranking a sentence giving the topic is looked for.
const LOOK_AT: usize = 5;
/// How many words after a word for the meeting its "on …" or "about …" may come.
const WITHIN: usize = 8;

/// `found` when its evidence gives what the meeting was about; else the best-ranked sentence
/// that does and names everyone the question names; else a decline keeping `found` as context.
pub fn held_to(cx: &Cx<'_>, q: &Question, found: Answer) -> Answer {
    if found.evidence.iter().any(|e| gives_topic(&e.citation.text)) {
        return found;
    }
    // A place only sets the scene: every meeting of the report may be in it.
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !m.qualifier && !matches!(m.entity, EntityRef::Place(_))).map(|m| m.entity).collect();
    let ranked = crate::matcher::semantic::rank(cx.article, cx.index, q);
    let topic = ranked.iter().take(LOOK_AT).find(|r| {
        let text = cx.article.sentences[r.sentence].text(cx.article);
        gives_topic(text) && named.iter().all(|e| cx.index.sentences[r.sentence].entities.contains(e))
    });
    match topic {
        Some(r) => {
            let mut a = Answer::new(q.intent, true, "From the article:".to_string());
            super::meaning::cite_sentence(cx, &mut a, r.sentence, true);
            super::meaning::report_itself_if_unsourced(cx, &mut a);
            a
        }
        None => decline::no_topic(found),
    }
}

/// Whether article text gives what a meeting was about: "on" or "about" a few words after a
/// word for the meeting ("meetings with … officials *on how to stop the fighting*"), not a day
/// ("meetings in London *on Wednesday*"); or a noun of topic before "of" ("at the *heart of*
/// the talks was …").
fn gives_topic(text: &str) -> bool {
    let w: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty()).map(str::to_lowercase).collect();
    let topic_after = |i: usize| {
        w[i + 1..].iter().take(WITHIN).enumerate().any(|(k, x)| matches!(x.as_str(), "on" | "about") && w.get(i + 2 + k).is_some_and(|n| !is_in(TIME_WORDS, n)))
    };
    // "no discussions on territorial issues until …" is a meeting that is not held.
    let held = |i: usize| i == 0 || w[i - 1] != "no";
    (0..w.len()).any(|i| is_in(MEETING_WORDS, &w[i]) && held(i) && topic_after(i) || is_in(TOPIC_NOUNS, &w[i]) && w.get(i + 1).is_some_and(|n| n == "of"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_topic_is_on_or_about_something_after_the_meeting_not_a_day() {
        assert!(super::gives_topic("They held meetings with officials from three countries on how to stop the fighting."));
        assert!(super::gives_topic("At the heart of the talks was an attempt to agree a truce."));
        assert!(!super::gives_topic("Officials held meetings in London on Wednesday."));
        assert!(!super::gives_topic("The minister spoke to his counterpart late on Tuesday."));
        assert!(!super::gives_topic("Two ministers held discussions with their counterparts."));
        assert!(!super::gives_topic("It said there would be no discussions on territory until a ceasefire."));
    }
}
