//! Splitting paragraphs into sentences, the unit of ranked retrieval.
//!
//! News copy is full of abbreviations ("U.S. Secretary of State") and quotations that end
//! mid-sentence, so a full stop only ends a sentence when it is not part of an abbreviation
//! and is followed by a space and a capital letter or an opening quote.

use super::model::Paragraph;

/// A verbatim sentence: `text` is a slice of paragraph `p` (1-based).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub p: usize,
    pub text: String,
}

pub fn split(paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for par in paragraphs {
        for s in split_text(&par.text) {
            out.push(Sentence { p: par.n, text: s.to_string() });
        }
    }
    out
}

pub fn split_text(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if matches!(c, '.' | '?' | '!') {
            // Swallow closing quotes and brackets after the stop.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
                j += 1;
            }
            let next_is_space = j < chars.len() && chars[j].1 == ' ';
            let after = chars.get(j + 1).map(|x| x.1);
            let opens = after.is_some_and(|a| a.is_uppercase() || matches!(a, '“' | '"' | '‘' | '('));
            if next_is_space && opens && !(c == '.' && is_abbreviation(&text[start..b])) {
                let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
                let s = text[start..end].trim();
                if !s.is_empty() {
                    out.push(s);
                }
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    let s = text[start..].trim();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// True when the text before a full stop ends in an abbreviation such as "U.S" or "Mr".
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if word.contains('.') || letters.len() == 1 {
        return true;
    }
    matches!(word, "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Sen" | "Rep" | "Jr" | "Sr" | "No")
}
