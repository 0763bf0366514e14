//! "Who's the aide quoted near the end, and what's his job?": two questions in one message,
//! the second opened by a question word after "and". Each is answered in turn, the second as a
//! follow-up to the first ("his" is the aide), as if they had come as two messages.

use super::words;

/// Question words that open the second question of a pair.
const OPENERS: &[&str] = &["what", "what's", "whats", "which", "when", "where", "who", "who's", "whos", "whom", "whose", "how", "why"];

/// Words each part needs at least: "when and where did …" is one question asking two things.
const PART_WORDS: usize = 3;

/// The two questions of `message`, when it joins two with "and" before a question word.
pub fn split(message: &str) -> Option<(&str, &str)> {
    let lower = message.to_lowercase();
    // Byte offsets agree only when lower-casing kept every length; otherwise leave it whole.
    if lower.len() != message.len() {
        return None;
    }
    let mut from = 0;
    while let Some(at) = lower[from..].find(" and ").map(|k| from + k) {
        from = at + 5;
        // Lower-casing may move bytes within an equal total: only cut where `message` can be.
        let (Some(before), Some(after)) = (message.get(..at), message.get(at + 5..)) else { continue };
        if !opens_question(after) {
            continue;
        }
        let first = before.trim_end().trim_end_matches([',', ';']).trim_end();
        let second = after.trim();
        if first.split_whitespace().count() >= PART_WORDS && second.split_whitespace().count() >= PART_WORDS {
            return Some((first, second));
        }
    }
    None
}

/// How far into the second part a fronted question word may sit ("senior advisers from which").
const FRONTED_WITHIN: usize = 3;

/// Whether `text` opens a question: with a question word, or with a question word fronted by
/// a preposition and the noun it belongs to, the question inverted by an auxiliary right after
/// it ("advisers *from* which countries *did* they meet"; "the meeting in which they took part"
/// is no question).
fn opens_question(text: &str) -> bool {
    let words: Vec<String> =
        text.split_whitespace().take(FRONTED_WITHIN + 3).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase()).collect();
    let opener = |i: usize| words.get(i).is_some_and(|w| OPENERS.contains(&w.as_str()));
    let inverted = |k: usize| words.iter().skip(k + 1).take(2).any(|w| words::is_in(words::AUXILIARIES, w));
    opener(0) || (1..=FRONTED_WITHIN.min(words.len().saturating_sub(1))).any(|k| opener(k) && words::is_in(words::PREPOSITIONS, &words[k - 1]) && inverted(k))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_before_a_question_word_after_and() {
        assert_eq!(split("who is the aide quoted near the end and what's his job?"), Some(("who is the aide quoted near the end", "what's his job?")));
        assert_eq!(split("Who is the envoy, and which app did he use?"), Some(("Who is the envoy", "which app did he use?")));
        // A question word fronted with its noun and a preposition opens the second question.
        assert_eq!(
            split("which app did the aide post on, and advisers from which countries did they meet?"),
            Some(("which app did the aide post on", "advisers from which countries did they meet?"))
        );
    }

    #[test]
    fn one_question_asking_two_things_stays_whole() {
        assert_eq!(split("when and where did the meetings take place"), None);
        assert_eq!(split("what did the british and the french say"), None);
        assert_eq!(split("did they meet and when"), None);
        // A clause about something, not a question fronted with a preposition.
        assert_eq!(split("what did the british say about the talks and the meeting in which they took part"), None);
    }
}
