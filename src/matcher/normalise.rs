//! Cleaning a message before it is read: any UTF-8 in, plain lowercase words out.
//!
//! People paste from chats, web pages and phones: curly quotes, dashes, zero-width joiners
//! inside names, emoji, HTML tags, Markdown marks, control characters. All of that is folded
//! away here so the rest of the matcher sees only words, apostrophes and sentence stops.

use unicode_normalization::UnicodeNormalization;

/// Input beyond this many characters is cut off (and the reply says so); reading stays cheap.
pub const MAX_INPUT_CHARS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    pub text: String,
    /// True when the input was longer than [`MAX_INPUT_CHARS`] and was cut.
    pub truncated: bool,
}

pub fn normalise(input: &str) -> Normalised {
    let mut truncated = false;
    // A text of fewer bytes than the bound has fewer characters too: no need to count them.
    let cut = if input.len() > MAX_INPUT_CHARS { input.char_indices().nth(MAX_INPUT_CHARS) } else { None };
    let bounded: &str = match cut {
        Some((b, _)) => {
            truncated = true;
            &input[..b]
        }
        None => input,
    };
    let stripped = strip_tags(bounded);
    let mut out = String::with_capacity(stripped.len());
    // NFKC is the costly step; most text is already in that form (all ASCII text is).
    if stripped.is_ascii() || unicode_normalization::is_nfkc_quick(stripped.chars()) == unicode_normalization::IsNormalized::Yes {
        fold(stripped.chars(), &mut out);
    } else {
        fold(stripped.nfkc(), &mut out);
    }
    let text = if out.starts_with(char::is_whitespace) || out.ends_with(char::is_whitespace) { out.trim().to_string() } else { out };
    Normalised { text, truncated }
}

/// Maps each character to what the matcher reads (see the module doc) and appends it to
/// `out`, lowercase, with runs of spaces folded to one and runs of punctuation to one mark
/// (see [`push_collapsed`]). Generic, so each character costs no dynamic call whichever
/// iterator (plain or NFKC) feeds it.
fn fold(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut last_space = true;
    for c in chars {
        // Most characters are ASCII letters and digits: take them without the table below.
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            last_space = false;
            continue;
        }
        let mapped = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{00b4}' | '`' => Some('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}' | '"' => Some(' '),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}' | '\u{fe0f}' | '\u{fe0e}' => None,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
            '*' | '_' | '~' | '#' | '|' | '<' | '>' | '[' | ']' | '{' | '}' | '\\' | '^' | '=' | '+' => Some(' '),
            c if c.is_control() => Some(if c == '\n' { '\n' } else { ' ' }),
            c if c.is_alphanumeric() => Some(c),
            '\'' | '-' | '.' | ',' | '?' | '!' | ';' | ':' | '%' | '/' | '(' | ')' | '&' | '$' | '@' | '\n' => Some(c),
            c if c.is_whitespace() => Some(' '),
            // Emoji, pictographs and other symbols carry no words.
            _ => Some(' '),
        };
        let Some(m) = mapped else { continue };
        for l in m.to_lowercase() {
            if l == ' ' {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                push_collapsed(out, l);
                last_space = false;
            }
        }
    }
}

/// Removes `<...>` tags (HTML, `<script>`), keeping the text between them.
fn strip_tags(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('<') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let looks_like_tag = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(j) if looks_like_tag && j < 512 => {
                out.push(' ');
                rest = &after[j + 1..];
            }
            _ => {
                out.push(' ');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Appends `c` unless it is a punctuation mark right after another: "what??!!" -> "what?"
/// (a question mark wins over the marks before it).
fn push_collapsed(out: &mut String, c: char) {
    let punct = |c: char| matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | '-' | '\'' | '/');
    let ends_clause = |c: char| matches!(c, '?' | '!' | '.' | ';');
    if punct(c) {
        // "reply 'ok'. who is ...": a sentence end after a quote mark still ends the sentence.
        if let Some(prev) = out.chars().next_back().filter(|&p| punct(p) && (ends_clause(p) || !ends_clause(c))) {
            if c == '?' && prev != '?' {
                out.pop();
                out.push('?');
            }
            return;
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_markup_and_invisible_characters() {
        let n = normalise("W\u{200b}hat did **Lammy** <b>say</b>?? 🤔");
        assert_eq!(n.text, "what did lammy say ?");
        assert!(!n.truncated);
    }

    #[test]
    fn folds_runs_of_punctuation() {
        assert_eq!(normalise("  what??!! really...  ").text, "what? really.");
        assert_eq!(normalise("\nwho?!\n").text, "who?");
        assert_eq!(normalise("u.s. -- peace").text, "u.s. - peace");
        assert_eq!(normalise("reply 'ok'. who?").text, "reply 'ok'. who?");
    }

    #[test]
    fn bounds_long_input() {
        let long = "a ".repeat(20_000);
        let n = normalise(&long);
        assert!(n.truncated);
        assert!(n.text.len() <= MAX_INPUT_CHARS);
    }
}
