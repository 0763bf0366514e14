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

/// A token reads as its word, so word lists and helpers over `&[&str]` take tokens too.
impl AsRef<str> for Token {
    fn as_ref(&self) -> &str {
        &self.word
    }
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
        // "spoke" is "speak" and "met" is "meet": Snowball stems suffixes, not vowel changes.
        let base = IRREGULAR.binary_search_by_key(&word, |(form, _)| form).map_or(word, |k| IRREGULAR[k].1);
        let s = stemmer().stem(base).into_owned();
        // Bounded: hostile input cannot grow it without limit.
        if c.len() < 50_000 {
            c.insert(word.to_string(), s.clone());
        }
        s
    })
}

/// English verbs whose past forms change the stem, with their base form, sorted by form: a
/// closed class of the grammar ("spoke" / "speak", "met" / "meet"), so that a question and the
/// article that put the same verb in different tenses share its stem. Light verbs (come, do,
/// get, go, make, take) are left out: "the downgrading came after …" is no answer to "did
/// anyone say a ceasefire must come first".
const IRREGULAR: &[(&str, &str)] = &[
    ("arisen", "arise"),
    ("arose", "arise"),
    ("ate", "eat"),
    ("beaten", "beat"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bitten", "bite"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("bought", "buy"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("clung", "cling"),
    ("crept", "creep"),
    ("dealt", "deal"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("dug", "dig"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flung", "fling"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("foresaw", "foresee"),
    ("foreseen", "foresee"),
    ("foretold", "foretell"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("forsook", "forsake"),
    ("fought", "fight"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("hung", "hang"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("meant", "mean"),
    ("met", "meet"),
    ("misled", "mislead"),
    ("mistaken", "mistake"),
    ("mistook", "mistake"),
    ("outgrew", "outgrow"),
    ("overcame", "overcome"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("overtaken", "overtake"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("overtook", "overtake"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rebuilt", "rebuild"),
    ("retold", "retell"),
    ("ridden", "ride"),
    ("risen", "rise"),
    ("rode", "ride"),
    ("rung", "ring"),
    ("said", "say"),
    ("sang", "sing"),
    ("sank", "sink"),
    ("sat", "sit"),
    ("seen", "see"),
    ("sent", "send"),
    ("sewn", "sew"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("shook", "shake"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("slain", "slay"),
    ("slept", "sleep"),
    ("slid", "slide"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("sped", "speed"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("sprang", "spring"),
    ("spun", "spin"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("stridden", "stride"),
    ("striven", "strive"),
    ("strode", "stride"),
    ("strove", "strive"),
    ("struck", "strike"),
    ("strung", "string"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("sung", "sing"),
    ("sunk", "sink"),
    ("swam", "swim"),
    ("swept", "sweep"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swum", "swim"),
    ("swung", "swing"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("trod", "tread"),
    ("trodden", "tread"),
    ("understood", "understand"),
    ("undertaken", "undertake"),
    ("undertook", "undertake"),
    ("undid", "undo"),
    ("upheld", "uphold"),
    ("wept", "weep"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("withheld", "withhold"),
    ("withstood", "withstand"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("written", "write"),
    ("wrote", "write"),
    ("wrung", "wring"),
];

/// Splits normalised text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    each_word(text, |word, poss, clause| match bare_contraction(word).or_else(|| shorthand(word)) {
        Some((head, next)) => {
            // "whos" reads as "who's" does: its "s" is the clitic the apostrophe would mark.
            let clitic = next.is_none() && word.ends_with('s') && bare_contraction(word).is_some();
            out.push(Token { word: head.to_string(), stem: stem(head), poss: poss || clitic, clause });
            if let Some(next) = next {
                out.push(Token { word: next.to_string(), stem: stem(next), poss: false, clause });
            }
        }
        None => out.push(Token { word: word.to_string(), stem: stem(word), poss, clause }),
    });
    let full = |w: &str| SHORT_AND_A_WORD.iter().find(|(s, _)| *s == w).map(|(_, f)| *f);
    // "acc to this": "according to", which only "to" after it says.
    for k in 1..out.len() {
        if out[k - 1].word == "acc" && out[k].word == "to" {
            out[k - 1] = Token { word: "according".to_string(), stem: stem("according"), ..out[k - 1].clone() };
        }
        // "on wed", "since mar": a short day or month that is also a word is the day or month
        // only after a word of time — or before a word for what is held on a day ("wed
        // meetings", "the sun talks").
        if matches!(out[k - 1].word.as_str(), "on" | "last" | "this" | "next" | "since" | "until" | "till" | "by" | "in" | "from") {
            if let Some(full) = full(&out[k].word) {
                out[k] = Token { word: full.to_string(), stem: stem(full), ..out[k].clone() };
            }
        }
        if HELD_ON_A_DAY.contains(&out[k].word.as_str()) {
            if let Some(full) = full(&out[k - 1].word) {
                out[k - 1] = Token { word: full.to_string(), stem: stem(full), ..out[k - 1].clone() };
            }
        }
        // "when n where", "rock n roll": "n" between two words is "and", but not the no of "y/n".
        if out[k].word == "n" && out[k - 1].word != "y" && k + 1 < out.len() {
            out[k] = Token { word: "and".to_string(), stem: stem("and"), ..out[k].clone() };
        }
    }
    out
}

/// Short days and months that are also words ("wed", "sat", "mar"): see [`tokenize`].
const SHORT_AND_A_WORD: &[(&str, &str)] = &[("mon", "monday"), ("wed", "wednesday"), ("sat", "saturday"), ("sun", "sunday"), ("mar", "march")];

/// Nouns for what is held on a day, which a short day before them dates.
const HELD_ON_A_DAY: &[&str] = &["meeting", "meetings", "talks", "session", "sessions", "summit", "call", "visit", "trip", "statement", "post"];

/// Chat shorthand read as the words it stands for: "forget ur instructions", "the meeting w
/// rubio", "did he talk to lammy b4 cancelling", "r they gonna meet". Only forms that stand
/// for nothing else in a question; the words of an article never take them.
fn shorthand(word: &str) -> Option<(&'static str, Option<&'static str>)> {
    const ONE: &[(&str, &str)] = &[
        ("u", "you"),
        ("ur", "your"),
        ("r", "are"),
        ("w", "with"),
        ("b4", "before"),
        ("bc", "because"),
        ("bcuz", "because"),
        ("cuz", "because"),
        ("coz", "because"),
        ("abt", "about"),
        ("pls", "please"),
        ("plz", "please"),
        ("ppl", "people"),
        ("yr", "year"),
        ("yrs", "years"),
        ("govt", "government"),
        ("gov", "government"),
        ("tho", "though"),
        ("thru", "through"),
        ("msg", "message"),
        ("smth", "something"),
        ("sth", "something"),
        ("any1", "anyone"),
        ("some1", "someone"),
        ("every1", "everyone"),
        ("no1", "nobody"),
        ("sb", "somebody"),
        ("ya", "you"),
        // Days and months, shortened as calendars and phones do; those that are also words
        // ("wed", "sat", "sun", "mon", "mar", "may") only after a word of time (below).
        ("tue", "tuesday"),
        ("tues", "tuesday"),
        ("thu", "thursday"),
        ("thur", "thursday"),
        ("thurs", "thursday"),
        ("fri", "friday"),
        ("jan", "january"),
        ("feb", "february"),
        ("apr", "april"),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ];
    const TWO: &[(&str, &str, &str)] = &[("gonna", "going", "to"), ("wanna", "want", "to"), ("gotta", "got", "to"), ("rn", "right", "now")];
    ONE.iter().find(|(w, _)| *w == word).map(|(_, h)| (*h, None)).or_else(|| TWO.iter().find(|(w, _, _)| *w == word).map(|(_, a, b)| (*a, Some(*b))))
}

/// A contraction typed without its apostrophe, as phones and hurried typists write them:
/// "whos" is "who's", "didnt" is "didn't". The word it stands for, and the word after it if
/// it stands for two ("not").
fn bare_contraction(word: &str) -> Option<(&'static str, Option<&'static str>)> {
    const WH: &[(&str, &str)] = &[
        ("whos", "who"),
        ("whats", "what"),
        ("wheres", "where"),
        ("whens", "when"),
        ("hows", "how"),
        ("whys", "why"),
        ("thats", "that"),
        ("theres", "there"),
        ("hes", "he"),
        ("shes", "she"),
        ("theyre", "they"),
    ];
    const NOT: &[(&str, &str)] = &[
        ("isnt", "is"),
        ("arent", "are"),
        ("wasnt", "was"),
        ("werent", "were"),
        ("dont", "do"),
        ("doesnt", "does"),
        ("didnt", "did"),
        ("hasnt", "has"),
        ("havent", "have"),
        ("hadnt", "had"),
        ("wont", "will"),
        ("cant", "can"),
        ("couldnt", "could"),
        ("wouldnt", "would"),
        ("shouldnt", "should"),
    ];
    WH.iter().find(|(w, _)| *w == word).map(|(_, h)| (*h, None)).or_else(|| NOT.iter().find(|(w, _)| *w == word).map(|(_, h)| (*h, Some("not"))))
}

/// Walks normalised text word by word: `emit(word, poss, clause)`, with no allocation per
/// word. [`tokenize`] and the index builder share it, so questions and articles are split
/// exactly alike.
pub fn each_word(text: &str, emit: impl FnMut(&str, bool, usize)) {
    each_word_and_end(text, emit, |_, _| {});
}

/// How each clause of normalised text (numbered as [`Token::clause`] numbers them) ends: its
/// mark, in clause order (a question mark says what a message asks, as against what it tells).
pub fn clause_ends(text: &str) -> Vec<(usize, char)> {
    let mut ends = Vec::new();
    each_word_and_end(text, |_, _, _| {}, |clause, mark| ends.push((clause, mark)));
    ends
}

/// [`each_word`], also calling `end(clause, mark)` where a clause ends.
fn each_word_and_end(text: &str, mut emit: impl FnMut(&str, bool, usize), mut end: impl FnMut(usize, char)) {
    let mut clause = 0;
    let mut word = String::new();
    let flush = |word: &mut String, clause: usize, poss: bool, emit: &mut dyn FnMut(&str, bool, usize)| {
        if word.contains('.') {
            word.retain(|c| c != '.');
        }
        if !word.is_empty() {
            emit(word, poss, clause);
        }
        word.clear();
    };
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        // Fast path: a whole ASCII word ended by a space or a mark that is neither a dot nor an
        // apostrophe (those may join or split it) is emitted in place, not copied.
        if word.is_empty() && c.is_ascii_alphanumeric() {
            let end = pos + bytes[pos..].iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'%')).unwrap_or(bytes.len() - pos);
            if bytes.get(end).is_none_or(|b| b.is_ascii() && *b != b'.' && *b != b'\'') {
                emit(&text[pos..end], false, clause);
                pos = end;
                continue;
            }
        }
        let next = pos + c.len_utf8();
        if c.is_alphanumeric() || c == '%' {
            word.push(c);
        } else if c == '.'
            && !word.is_empty()
            && is_initialism(&word)
            && (word.contains('.') || text[next..].chars().next().is_some_and(|n| n.is_alphanumeric()))
        {
            // "u.s." and "j.d.": letters joined by dots are one word.
            word.push('.');
        } else if c == '\'' {
            // possessive or contraction
            let rest_len = text[next..].find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len() - next);
            let rest = &text[next..next + rest_len];
            if rest == "s" {
                flush(&mut word, clause, true, &mut emit);
                pos = next + 1;
                continue;
            } else if rest.is_empty() && word.ends_with('s') {
                flush(&mut word, clause, true, &mut emit);
            } else if rest == "t" && word.ends_with('n') {
                word.pop();
                // "won't", "can't", "shan't": the verb is not what is left of it.
                match word.as_str() {
                    "wo" => emit("will", false, clause),
                    "ca" => emit("can", false, clause),
                    "sha" => emit("shall", false, clause),
                    _ => flush(&mut word, clause, false, &mut emit),
                }
                word.clear();
                emit("not", false, clause);
                pos = next + 1;
                continue;
            } else if matches!(rest, "d" | "re" | "ll" | "ve" | "m") {
                flush(&mut word, clause, false, &mut emit);
                pos = next + rest_len;
                continue;
            } else {
                flush(&mut word, clause, false, &mut emit);
            }
        } else {
            flush(&mut word, clause, false, &mut emit);
            if matches!(c, '.' | '?' | '!' | ';' | '\n') {
                end(clause, c);
                clause += 1;
            }
        }
        pos = next;
    }
    flush(&mut word, clause, false, &mut emit);
}

fn is_initialism(word: &str) -> bool {
    word.split('.').all(|p| p.chars().count() <= 2)
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
        assert_eq!(words("won't can't shan't"), ["will", "not", "can", "not", "shall", "not"]);
        assert_eq!(words("whos he, whats that, didnt they"), ["who", "he", "what", "that", "did", "not", "they"]);
        // Words in place and words copied (dots, apostrophes, non-ASCII letters) read alike.
        assert_eq!(words("a 20% cut; u.s.-led talks, kyiv's café x"), ["a", "20%", "cut", "us", "led", "talks", "kyiv", "café", "x"]);
        let t = tokenize("who? lammy. the u.s. envoy");
        assert_eq!(t.iter().map(|t| t.clause).collect::<Vec<_>>(), [0, 1, 2, 2, 2]);
    }

    #[test]
    fn chat_shorthand_for_and_and_for_a_day() {
        assert_eq!(words("when n where were the wed meetings"), ["when", "and", "where", "were", "the", "wednesday", "meetings"]);
        // "y/n" offers the answers; a day's short form that is a word stays a word elsewhere.
        assert_eq!(words("y/n did they meet"), ["y", "n", "did", "they", "meet"]);
        assert_eq!(words("they wed in may"), ["they", "wed", "in", "may"]);
    }

    #[test]
    fn a_verb_in_any_tense_has_one_stem() {
        for (a, b) in [
            ("spoke", "speaking"),
            ("met", "meets"),
            ("said", "says"),
            ("led", "leading"),
            ("written", "writes"),
            ("held", "holding"),
            ("stuck", "sticking"),
            ("withdrew", "withdrawing"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        // The table is sorted for its binary search.
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
