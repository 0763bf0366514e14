//! "Who's the aide quoted near the end, and what's his job?": two questions in one message,
//! the second opened by a question word after "and". Each is answered in turn, the second as a
//! follow-up to the first ("his" is the aide), as if they had come as two messages.

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
        let opener = after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase();
        if !OPENERS.contains(&opener.as_str()) {
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

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_before_a_question_word_after_and() {
        assert_eq!(split("who is the aide quoted near the end and what's his job?"), Some(("who is the aide quoted near the end", "what's his job?")));
        assert_eq!(split("Who is the envoy, and which app did he use?"), Some(("Who is the envoy", "which app did he use?")));
    }

    #[test]
    fn one_question_asking_two_things_stays_whole() {
        assert_eq!(split("when and where did the meetings take place"), None);
        assert_eq!(split("what did the british and the french say"), None);
        assert_eq!(split("did they meet and when"), None);
    }
}
