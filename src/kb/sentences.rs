//! Splitting paragraphs into sentences, the unit of ranked retrieval.
//!
//! News copy is full of abbreviations ("U.S. Secretary of State") and quotations that end
//! mid-sentence, so a full stop only ends a sentence when it is not part of an abbreviation
//! and is followed by a space and a capital letter or an opening quote.

use super::model::Paragraph;

/// A verbatim sentence of paragraph `p` (1-based), kept as a byte range of the paragraph
/// rather than a copy: the text is already in memory once.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub p: usize,
    /// Index of the paragraph in the article file, and the byte range within its text.
    para: u32,
    start: u32,
    end: u32,
}

impl Sentence {
    /// Whether the sentence shares text with bytes `start..end` of paragraph `p` (a quoted span
    /// kept in a conversation's context).
    pub fn overlaps(&self, p: usize, start: u32, end: u32) -> bool {
        self.p == p && self.start < end && start < self.end
    }

    /// Whether the sentence stands inside a quotation opened before it in its paragraph ("“A
    /// full ceasefire … is the necessary first step. *If Russia opts …* Our people …”"): its
    /// words are the quoted speaker's though it holds no quotation mark itself.
    pub fn in_quote(&self, article: &super::Article) -> bool {
        let before = &article.data.paragraph[self.para as usize].text[..self.start as usize];
        before.matches('“').count() > before.matches('”').count() || before.matches('"').count() % 2 == 1
    }

    /// Where the sentence lies in its paragraph's text: a byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The sentence's words, verbatim, from the article it was split from.
    pub fn text<'a>(&self, article: &'a super::Article) -> &'a str {
        &article.data.paragraph[self.para as usize].text[self.start as usize..self.end as usize]
    }
}

pub fn split(paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, par) in paragraphs.iter().enumerate() {
        for s in split_text(&par.text) {
            let start = s.as_ptr() as usize - par.text.as_ptr() as usize;
            out.push(Sentence { p: par.n, para: i as u32, start: start as u32, end: (start + s.len()) as u32 });
        }
    }
    out.shrink_to_fit();
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
