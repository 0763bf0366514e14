//! Words of a normalised question, with stems and the marks that carry meaning here:
//! a possessive ("Starmer's team"), and where a sentence or clause ends.

use rust_stemmers::{Algorithm, Stemmer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word, lowercase, possessive and contraction endings removed ("u.s." becomes "us").
    pub word: String,
    pub stem: String,
    /// Followed by 's or s' ("witkoff's").
    pub poss: bool,
    /// The index of the clause (split at . ? ! ; and new lines) the word is in.
    pub clause: usize,
}

/// English stemming (Snowball), shared so it is built once.
pub fn stemmer() -> &'static Stemmer {
    static STEMMER: std::sync::OnceLock<Stemmer> = std::sync::OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of a word. Stems are cached per thread: questions and articles repeat the same
/// few thousand words, and Snowball is the costliest step of reading them.
pub fn stem(word: &str) -> String {
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, String>> = std::cell::RefCell::new(std::collections::HashMap::new());
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(s) = c.get(word) {
            return s.clone();
        }
        let s = stemmer().stem(word).into_owned();
        // Bounded: hostile input cannot grow it without limit.
        if c.len() < 50_000 {
            c.insert(word.to_string(), s.clone());
        }
        s
    })
}

/// Splits normalised text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut clause = 0;
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let flush = |word: &mut String, out: &mut Vec<Token>, clause: usize, poss: bool| {
        if word.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        push_word(w, out, clause, poss);
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '%' {
            word.push(c);
        } else if c == '.'
            && !word.is_empty()
            && is_initialism(&word)
            && (word.contains('.') || chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()))
        {
            // "u.s." and "j.d.": letters joined by dots are one word.
            word.push('.');
        } else if c == '\'' {
            // possessive or contraction
            let rest: String = chars[i + 1..].iter().take_while(|c| c.is_alphanumeric()).collect();
            if rest == "s" {
                flush(&mut word, &mut out, clause, true);
                i += 2;
                continue;
            } else if rest.is_empty() && word.ends_with('s') {
                flush(&mut word, &mut out, clause, true);
            } else if rest == "t" && word.ends_with('n') {
                word.pop();
                flush(&mut word, &mut out, clause, false);
                out.push(Token { word: "not".into(), stem: "not".into(), poss: false, clause });
                i += 2;
                continue;
            } else if matches!(rest.as_str(), "d" | "re" | "ll" | "ve" | "m") {
                flush(&mut word, &mut out, clause, false);
                i += 1 + rest.chars().count();
                continue;
            } else {
                flush(&mut word, &mut out, clause, false);
            }
        } else {
            flush(&mut word, &mut out, clause, false);
            if matches!(c, '.' | '?' | '!' | ';' | '\n') {
                clause += 1;
            }
        }
        i += 1;
    }
    flush(&mut word, &mut out, clause, false);
    out
}

fn is_initialism(word: &str) -> bool {
    word.split('.').all(|p| p.chars().count() <= 2)
}

fn push_word(w: String, out: &mut Vec<Token>, clause: usize, poss: bool) {
    let word = if w.contains('.') { w.replace('.', "") } else { w };
    if word.is_empty() {
        return;
    }
    let stem = stem(&word);
    out.push(Token { word, stem, poss, clause });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.word).collect()
    }

    #[test]
    fn possessives_and_initialisms() {
        let t = tokenize("what is witkoff's job in the u.s. team?");
        assert_eq!(words("what is witkoff's job in the u.s. team?"), ["what", "is", "witkoff", "job", "in", "the", "us", "team"]);
        assert!(t[2].poss);
        assert_eq!(words("didn't they'd"), ["did", "not", "they"]);
    }
}
