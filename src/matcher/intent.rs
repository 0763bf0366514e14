//! What kind of answer a question wants, read from its cue words and the names it holds.
//!
//! The rules are ordered from the most specific pattern to the most general; anything no rule
//! claims is a `Search`, answered by ranked retrieval or declined.

use super::tokens::Token;
use super::words::{self, is_in};
use super::Measured;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Nothing readable was sent.
    Empty,
    Greeting,
    Thanks,
    Help,
    /// Instructions aimed at the bot, with no question left once they are set aside.
    Injection,
    /// About the report itself: authors, date, where it was filed, the outlet.
    Meta,
    /// What the report is about as a whole: "summarise", "tl;dr", "what is this article about".
    Summary,
    /// "Who says so?": the source of the previous answer.
    SourceOfLast,
    /// "Tell me more", "anything else?", "go on": what the article says next about the last answer.
    More,
    WhoIs,
    Quote,
    WhoSaid,
    Proposals,
    Position,
    When,
    Where,
    ListPeople,
    ListSides,
    Count,
    YesNo,
    WhyHow,
    /// What a named person did: "what did Witkoff do?", "what role did Kellogg play?", "what
    /// happened with Rubio?". The events they take part in answer.
    Deeds,
    /// A topic and nothing more specific asked of it: "tell me about sanctions", "what about
    /// the ceasefire?", "progress?". What the article says of it answers.
    Topic,
    Search,
}

impl Intent {
    pub fn name(self) -> &'static str {
        match self {
            Intent::Empty => "empty",
            Intent::Greeting => "greeting",
            Intent::Thanks => "thanks",
            Intent::Help => "help",
            Intent::Injection => "injection",
            Intent::Meta => "meta",
            Intent::Summary => "summary",
            Intent::SourceOfLast => "source_of_last",
            Intent::More => "more",
            Intent::WhoIs => "who_is",
            Intent::Quote => "quote",
            Intent::WhoSaid => "who_said",
            Intent::Proposals => "proposals",
            Intent::Position => "position",
            Intent::When => "when",
            Intent::Where => "where",
            Intent::ListPeople => "list_people",
            Intent::ListSides => "list_sides",
            Intent::Count => "count",
            Intent::YesNo => "yes_no",
            Intent::WhyHow => "why_how",
            Intent::Deeds => "deeds",
            Intent::Topic => "topic",
            Intent::Search => "search",
        }
    }
}

/// What the intent rules need to know besides the words.
pub struct Signals<'a> {
    pub toks: &'a [Token],
    /// Token positions covered by a name, role or pronoun.
    pub named: &'a [bool],
    /// The verb said of the question's named subject ("has Kyiv *turned* down …").
    pub predicate: Option<&'a str>,
    /// That verb's stem ("offering": "offer").
    pub predicate_stem: Option<&'a str>,
    pub has_person: bool,
    pub has_side: bool,
    /// A place is named ("what did India say": a place may be asked to speak, and has no words).
    pub has_place: bool,
    /// An unnamed source is the speaker ("what did the diplomats say").
    pub has_source: bool,
    /// The question names a person, role, side or pronoun right after "who is".
    pub entity_after_who_is: bool,
    /// A job title is what the question asks for: "which Russian leader ...", "name the PM".
    pub role_asked: bool,
    /// Words outside names that are neither stopwords nor cue words.
    pub content_words: usize,
    /// The report's outlet in lower case ("what did the agency write" and "what did *Reuters*
    /// write" ask the same): from the data, so a second outlet needs no code.
    pub outlet: &'a str,
    /// Compares two sides ("asks more of Kyiv than of Moscow").
    pub compares: bool,
    /// A person, by name or title, is named right after "according to" ("according to the VP").
    pub by_persons_account: bool,
}

const QUESTION_WORDS: &[&str] = &["who", "whose", "whom", "which", "what", "when", "where", "why", "how", "name", "list", "tell"];
const AUX: &[&str] = words::AUXILIARIES;
const META_NOUNS: &[&str] = &[
    "article",
    "report",
    "story",
    "piece",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "byline",
    "dateline",
    "author",
    "authors",
    "outlet",
    "newspaper",
    "agency",
    "publication",
    "publisher",
    "source",
];
const META_VERBS: &[&str] = &[
    "wrote",
    "written",
    "write",
    "writes",
    "author",
    "authors",
    "byline",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "filed",
    "dateline",
    "published",
    "publish",
    "publisher",
    "ran",
    "date",
    "dated",
    "outlet",
    "cities",
    "city",
    "credits",
    "edited",
    "editing",
    "original",
    "link",
];

/// The measure a question asks for: a length of time ("how long", "how many years") or a share
/// ("what percentage", "which fraction", "how much of").
pub fn asked_measure(w: &[&str]) -> Option<Measured> {
    let unit_follows = |k: usize| w[k..].iter().take(2).any(|t| is_in(words::TIME_UNITS, t));
    // "how big a chunk of Ukraine", "how large a part of the country": a size asked of a part
    // of something is a share, whatever the word for the part.
    let part_of = |k: usize| {
        let rest = &w[k..];
        let rest = rest.strip_prefix(&["a"]).or_else(|| rest.strip_prefix(&["an"])).unwrap_or(rest);
        rest.iter().take(2).position(|t| *t == "of").is_some()
    };
    // "… percent pls", "in %": a percentage asked anywhere is a share.
    if w.iter().any(|t| matches!(*t, "percent" | "percentage" | "%" | "pct")) {
        return Some(Measured::Share);
    }
    w.windows(2).enumerate().find_map(|(k, p)| match (p[0], p[1]) {
        ("how", "big" | "large" | "sizeable" | "sizable") if part_of(k + 2) => Some(Measured::Share),
        ("how", "long") => Some(Measured::Length),
        ("how", "old") | ("what", "age") => Some(Measured::Age),
        ("how", "many" | "much") if unit_follows(k + 2) => Some(Measured::Length),
        ("what" | "which", noun) if is_in(words::SHARE_NOUNS, noun) => Some(Measured::Share),
        // "How much of the country", not "asked too much of Kyiv".
        ("how", "much") if w.get(k + 2) == Some(&"of") => Some(Measured::Share),
        // "How much land …", "how much ukrainian territory …": an amount of what is named; not
        // "how much sanctions", a learner's "how many".
        ("how", "much") if w.get(k + 2).is_some_and(|n| !(is_in(words::STOPWORDS, n) || words::much_means_many(n))) => Some(Measured::Amount),
        _ => None,
    })
}

/// "Who does Witkoff work for?", "who does the spokesman speak for?": "for" left at the end of
/// a question opening with "who" at `start` asks whom the one named acts for.
pub fn asks_for_whom<W: AsRef<str>>(w: &[W], start: usize) -> bool {
    w.get(start).is_some_and(|x| x.as_ref() == "who") && w.last().is_some_and(|x| x.as_ref() == "for")
}

/// How near in meaning a word must be to a word of judging ("right", "fair") to judge: "correct"
/// is 0.71 from "right", "incorrect" 0.75 from "wrong"; "true" 0.54, "accurate" 0.39, "good" 0.25.
const JUDGING_LIKENESS: f32 = 0.6;

/// Whether the message asks the bot for a view of its own: "your honest opinion", "ur take",
/// "do you think Kyiv should …", "what do u reckon, is it fair". A report has no view to give. "What do
/// you think Vance *meant*" asks what the article's words say, and is left to them.
pub fn asks_opinion(w: &[&str]) -> bool {
    const OPINION_NOUNS: &[&str] = &["opinion", "opinions", "view", "views", "take", "thoughts", "verdict", "guess"];
    const HEDGES: &[&str] = &["honest", "own", "personal", "real", "personally", "honestly", "really"];
    const ASKING: &[&str] = &["do", "did", "dont", "would", "wouldnt", "doesnt", "what"];
    // "Do you think the talks made progress?" asks what happened, in a casual way; a view is
    // asked when a judgment follows: what ought to be, or whether it is fair or right.
    const JUDGING: &[&str] = &["should", "shouldnt", "ought", "must", "fair", "unfair", "right", "wrong", "justified", "deserve", "deserves", "mistake"];
    let after = |i: usize, list: &[&str]| {
        let rest = &w[i + 1..];
        let rest = if rest.first().is_some_and(|x| is_in(HEDGES, x)) { &rest[1..] } else { rest };
        rest.first().is_some_and(|x| is_in(list, x))
    };
    // A word of judging in other words ("is Trump *correct* to …") is near one in meaning.
    let judging = |x: &str| {
        is_in(JUDGING, x)
            || x.chars().count() > 3 && !words::is_stopword(x) && {
                let model = super::embed::Model::shipped();
                model.word(x).is_some_and(|v| JUDGING.iter().filter_map(|j| model.word(j)).any(|j| super::embed::cos(&v, &j) >= JUDGING_LIKENESS))
            }
    };
    let judges = |i: usize| w[i + 1..].iter().any(|x| judging(x));
    // After the thinking verb: "what do you think Vance *said*".
    // ("Put" says something only as "put it": "correct to *put* pressure on Kyiv" judges.)
    let about_words = |i: usize| {
        (i + 1..w.len())
            .filter(|&k| !is_in(words::THINKING, w[k]))
            .any(|k| is_in(words::SAY_WORDS, w[k]) && (w[k] != "put" || w.get(k + 1) == Some(&"it")) || matches!(w[k], "meant" | "mean" | "means"))
    };
    w.iter().enumerate().any(|(i, x)| match *x {
        "your" | "ur" | "yr" => after(i, OPINION_NOUNS),
        // "How do you feel about the talks?", "what do you make of it?": a view asked outright.
        "you" | "u"
            if i > 0 && is_in(ASKING, w[i - 1]) && matches!((w.get(i + 1), w.get(i + 2)), (Some(&"feel"), Some(&"about")) | (Some(&"make"), Some(&"of"))) =>
        {
            true
        }
        "you" | "u" => i > 0 && is_in(ASKING, w[i - 1]) && after(i, words::THINKING) && !about_words(i) && judges(i),
        // "Who's right here, Ukraine or Trump?": a judgment of who, which no report gives.
        // ("Whose right" is the same typed fast.)
        "who" | "whos" | "whose" => {
            let rest: Vec<&str> = w[i + 1..].iter().copied().skip_while(|x| matches!(*x, "s" | "is" | "was" | "are" | "were")).collect();
            rest.first().is_some_and(|x| matches!(*x, "right" | "wrong" | "fair" | "unfair" | "justified"))
        }
        _ => false,
    })
}

/// Where the word that makes an idiom ask why stands, in a question starting at `start` with
/// one: "how *come* the talks were downgraded", "what's *behind* the downgrade" — English's
/// other ways of saying "why" and "what caused". That word says nothing of what is asked about.
pub fn why_idiom<W: AsRef<str>>(words: &[W], start: usize) -> Option<usize> {
    let w: Vec<&str> = words.get(start..)?.iter().map(|x| x.as_ref()).collect();
    let at = match w[..] {
        ["how", "come", ..] | ["whats", "behind", ..] | ["what", "behind", ..] => 1,
        ["what", "is" | "was" | "s" | "'s", "behind", ..] => 2,
        _ => return None,
    };
    Some(start + at)
}

/// Whether the message is a claim with a tag asking to confirm it: "Rubio cancelled his trip,
/// right?", "it was the one Rubio should attend, yes?". Not a question that opens with a
/// question word or an auxiliary ("who said yes?", "did they say no?").
pub fn is_tagged_claim(words: &[&str]) -> bool {
    const TAGS: &[&str] = &["right", "yes", "correct", "true", "yeah", "innit", "no"];
    let Some((last, claim)) = words.split_last() else { return false };
    claim.len() >= 3
        && is_in(TAGS, last)
        && !is_in(QUESTION_WORDS, claim[0])
        && !is_in(AUX, claim[0])
        && !matches!(claim[claim.len() - 1], "or" | "say" | "said")
}

/// Whether a message ending in a question mark is a statement asked ("Rubio cancelled his
/// trip?", "so the veep was in India?"): no question word and no opening auxiliary, and a
/// verb — a form of "be" or "have", a past in "-ed", a negation — after its first word. "And
/// the Europeans?" has no verb: it is a follow-up, not a claim.
pub fn is_declarative_question(words: &[&str]) -> bool {
    const IMPERATIVES: &[&str] = &["tell", "give", "show", "explain", "describe", "summarise", "summarize", "list", "name", "please", "any", "anything"];
    const FINITE: &[&str] = &["is", "was", "are", "were", "has", "had", "have", "never", "not", "didnt", "wasnt", "isnt", "doesnt", "hasnt", "wont"];
    let w = &words[words::question_start(words)..];
    w.len() >= 3
        && !is_in(AUX, w[0])
        && !is_in(IMPERATIVES, w[0])
        && !w.iter().any(|x| is_in(QUESTION_WORDS, x))
        && w[1..].iter().any(|x| is_in(FINITE, x) || (x.len() >= 5 && x.ends_with("ed")))
}

/// The two answers a yes/no question may offer ("true or false", "yes or no"), and their
/// one-letter forms in chat ("… in the end? y/n").
const OFFERED_ANSWERS: &[(&str, &str)] =
    &[("yes", "no"), ("true", "false"), ("right", "wrong"), ("correct", "incorrect"), ("fact", "fiction"), ("y", "n"), ("t", "f")];

/// Takes the frame of a yes/no question off its claim: the answers it offers at its start or
/// end ("true or false: Rubio attended the talks", "will Kyiv recognise Crimea, yes or no") or
/// an opening that asks whether a claim holds ("is it true that …", "is it correct that …").
/// Whether there was one.
pub fn strip_answer_frame(toks: &mut Vec<Token>) -> bool {
    let offered = |w: &[Token]| {
        w.len() == 3 && w[1].word == "or" && OFFERED_ANSWERS.iter().any(|(a, b)| (w[0].word == *a && w[2].word == *b) || (w[0].word == *b && w[2].word == *a))
    };
    let n = toks.len();
    // "… ? yes/no": the two answers offered side by side.
    let pair = |a: &str, b: &str| OFFERED_ANSWERS.iter().any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x));
    if n > 4 && pair(&toks[n - 2].word, &toks[n - 1].word) {
        toks.truncate(n - 2);
        strip_answer_frame(toks);
        return true;
    }
    // "true/false: …", "t/f …".
    if n > 4 && pair(&toks[0].word, &toks[1].word) {
        toks.drain(..2);
        return true;
    }
    if n > 5 && offered(&toks[..3]) {
        toks.drain(..3);
        return true;
    }
    if n > 5 && offered(&toks[n - 3..]) {
        toks.truncate(n - 3);
        return true;
    }
    // "did he go or nah", "did they accept it or not": the other answer, offered alone — also
    // after a claim with no auxiliary ("kyiv ok with crimea being russian or no"), which it
    // makes a yes/no question as a tag does. Not after a question word: "why did he cancel,
    // was he sick or not" asks why.
    let w: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    let claim = || !w.iter().any(|x| is_in(QUESTION_WORDS, x));
    if n > 4 && w[n - 2] == "or" && matches!(w[n - 1], "not" | "nah" | "nope" | "no") && (is_polar(&w) || claim()) {
        toks.truncate(n - 2);
        return true;
    }
    let first = words::question_start(&w);
    // "Isn't it true that …" asks the same.
    let not = usize::from(w.get(first + 1) == Some(&"not"));
    let opening = w
        .get(first..first + 3 + not)
        .is_some_and(|o| matches!(o[0], "is" | "was") && o[1 + not] == "it" && OFFERED_ANSWERS.iter().any(|(a, _)| o[2 + not] == *a));
    if opening && n > first + 5 + not {
        let skip = if w[first + 3 + not] == "that" { 4 + not } else { 3 + not };
        toks.drain(first..first + skip);
        return true;
    }
    false
}

/// Where a last clause asking to confirm the claim before it starts: "… - is that what's
/// reported?", "…, is that what the article says?", "…, is that so?", "…, is this the case?".
/// A copula and "that", "this" or "it", then "so", "the case", or a verb of saying or
/// reporting a few words on; the claim before it has no question word ("what did he say, is
/// that what he meant" asks what; "that paper, when was it written" asks when).
pub fn confirming_tag(toks: &[Token]) -> Option<usize> {
    const MOST_WORDS: usize = 6;
    // Clauses end only at full stops and question marks; the tag is read from the end.
    let n = toks.len();
    let from = (n.saturating_sub(MOST_WORDS)..n.saturating_sub(2))
        .find(|&i| matches!(toks[i].word.as_str(), "is" | "was") && matches!(toks[i + 1].word.as_str(), "that" | "this" | "it"))?;
    let tag: Vec<&str> = toks[from..].iter().map(|t| t.word.as_str()).collect();
    let claim: Vec<&str> = toks[..from].iter().map(|t| t.word.as_str()).collect();
    let confirms = match tag.as_slice() {
        ["is" | "was", "that" | "this" | "it", rest @ ..] if !rest.is_empty() => {
            matches!(rest, ["so"] | ["the", "case"]) || rest.iter().any(|w| is_in(words::SAY_WORDS, w) || matches!(*w, "reported" | "written" | "stated"))
        }
        _ => false,
    };
    (confirms && claim.len() >= 3 && !claim.iter().any(|w| is_in(QUESTION_WORDS, w)) && !is_polar(&claim)).then_some(from)
}

/// Whether the question asks yes or no: it opens with an auxiliary ("did", "is", "has"),
/// perhaps after a conjunction ("so did …", "and is …"), whatever the kind of answer it wants.
pub fn is_polar(words: &[&str]) -> bool {
    polar_auxiliary(words).is_some()
}

/// Where the auxiliary that opens a yes/no question is.
pub fn polar_auxiliary(words: &[&str]) -> Option<usize> {
    let first = words::question_start(words);
    (words.len() > first + 2 && is_in(AUX, words[first])).then_some(first)
}

/// Verbs a question may do to proposals: judging them, calling them something, presenting or
/// making them. "Who rejected the plan?" asks who did that, not whose plan it is; those of
/// them that make a proposal ([`words::PROPOSING_VERBS`]) ask the proposer when they come first.
const ACTS: &[&str] = &[
    "reject",
    "rejected",
    "rejects",
    "accept",
    "accepted",
    "oppose",
    "opposed",
    "opposes",
    "against",
    "call",
    "called",
    "presented",
    "present",
    "drafted",
    "issued",
    "made",
    "put",
];
/// Words that ask for a profile of someone ("*background* on Witkoff", "*describe* Lammy").
const PROFILE_WORDS: &[&str] = &["background", "info", "information", "bio", "biography", "profile", "details", "rundown", "lowdown", "describe", "introduce"];
/// Words of asking for something, around what is asked ("*give me* some background on …").
const REQUEST_WORDS: &[&str] = &["give", "tell", "need", "want", "get", "show", "pls", "please", "plz", "quick", "short", "brief"];

/// "Background on Witkoff", "describe Lammy", "what is Rubio": one person named, with nothing
/// asked of them but a profile (or, after "what is", nothing at all) asks who they are.
fn asks_profile(s: &Signals, w: &[&str], start: usize) -> bool {
    // "Does the article give any background on him?" asks yes or no, of what it may lack.
    if !s.has_person || w.get(start).is_some_and(|x| is_in(AUX, x)) {
        return false;
    }
    // A name owning something ("Lammy's post") asks for that thing, not for them.
    let named = |k: usize| s.named.get(k).copied().unwrap_or(false) && !s.toks.get(k).is_some_and(|t| t.poss);
    let nothing_else =
        |from: usize, also: &[&str]| (from..w.len()).all(|k| named(k) || words::is_stopword(w[k]) || is_in(REQUEST_WORDS, w[k]) || is_in(also, w[k]));
    let profile = w[start..].iter().any(|x| is_in(PROFILE_WORDS, x)) && nothing_else(start, PROFILE_WORDS);
    let what_is = w.get(start) == Some(&"what") && w.get(start + 1) == Some(&"is") && (start + 2..w.len()).all(named);
    profile || what_is
}

/// Pronouns for a person not yet known: "did *anyone* say …".
const INDEFINITE_PEOPLE: &[&str] = &["anyone", "anybody", "someone", "somebody"];

/// "anyone say there was progress?": "did anyone say …" typed without its auxiliary — asked
/// of whoever said it, not a claim to be checked.
pub fn anyone_said(w: &[&str]) -> bool {
    w.first().is_some_and(|x| is_in(INDEFINITE_PEOPLE, x)) && w.get(1).is_some_and(|x| is_in(words::SAY_WORDS, x))
}

/// "Did anyone *involved* claim …", "is anybody *concerned* saying …": a participle right after
/// an indefinite subject, before its verb, only narrows who is meant; it is no topic. A
/// participle followed by what it governs ("has anyone rejected the plan", "did anyone claimed
/// that …") is the verb. Its position.
pub fn narrowing_participle(w: &[&str]) -> Option<usize> {
    const GOVERNED: &[&str] =
        &["the", "a", "an", "that", "this", "these", "those", "it", "them", "to", "by", "with", "about", "on", "in", "of", "for", "his", "her", "their"];
    let k = w.windows(3).position(|x| {
        (is_in(INDEFINITE_PEOPLE, x[0]) || matches!(x[0], "everyone" | "everybody")) && x[1].len() > 4 && x[1].ends_with("ed") && !is_in(GOVERNED, x[2])
    })?;
    Some(k + 1)
}

/// The verb of "did anyone *V* (that) X was …", by its position: after an indefinite subject
/// (past a participle that only narrows who, "anyone involved", and adverbs), a verb whose
/// object is a clause — "that" or "there" next, or a subject then an auxiliary ("things were",
/// "the talks are") — reports what someone said or thought, whatever the verb.
pub fn reporting_verb(w: &[&str]) -> Option<usize> {
    let who = w.iter().position(|x| is_in(INDEFINITE_PEOPLE, x))?;
    let narrows = narrowing_participle(w);
    let verb = (who + 1..w.len()).find(|&k| !(words::is_stopword(w[k]) || narrows == Some(k)))?;
    let clause =
        matches!(w.get(verb + 1), Some(&"that" | &"there")) || w.get(verb + 2).is_some_and(|x| is_in(words::AUXILIARIES, x) || matches!(*x, "are" | "were"));
    clause.then_some(verb)
}

/// Where the question a message asks starts: its question word or auxiliary, past discourse
/// markers, a preamble, a preposition fronted with it ("in which country …") and a clause
/// describing someone before it ("the VP who made the comment, where was he?").
pub fn asked_at(s: &Signals<'_>) -> usize {
    let w: Vec<&str> = s.toks.iter().map(|t| t.word.as_str()).collect();
    if w.is_empty() {
        return 0;
    }
    // "According to a source, whose ...": read the question from its question word.
    // "ok so did he …": discourse markers ask nothing; the question starts after them.
    let lead = words::question_start(&w).min(w.len() - 1);
    if is_in(QUESTION_WORDS, w[lead]) || is_in(AUX, w[lead]) {
        lead
    } else {
        // A long preamble ("settling an argument with my uncle about …: who …") may push it
        // further; the first question word anywhere is the next best reading.
        let wh = |x: &&str| is_in(words::WH_WORDS, x);
        // An embedded question ("then tell me who they met") is read as the whole message is.
        let embedded = |i: usize| i > 0 && matches!(w[i - 1], "me" | "tell" | "know" | "wonder" | "ask" | "asking" | "explain");
        let first = w.iter().take(8).position(&wh).or_else(|| (8..w.len()).find(|&i| wh(&w[i]) && !embedded(i))).unwrap_or(0);
        // "The VP who made the 'walk away' comment, which country was he in?": a "who" after
        // someone (named, or a noun) opens a clause describing them; the question is asked
        // after it, by the next question word or an auxiliary before a pronoun.
        let relative = |i: usize| {
            i > 0
                && matches!(w[i], "who" | "whom" | "which" | "that")
                && s.toks[i - 1].clause == s.toks[i].clause
                && (s.named[i - 1] || w[i - 1] == "one" || !words::is_stopword(w[i - 1]) && !embedded(i))
        };
        // An auxiliary before a pronoun or a name inverts a question ("was he", "did Vance").
        let inverted = |k: usize| is_in(AUX, w[k]) && w.get(k + 1).is_some_and(|n| matches!(*n, "he" | "she" | "they" | "it") || s.named[k + 1]);
        // "…, which country was he in": a question word whose own clause is inverted asks.
        // ("kellog who is he", "…, which regions exactly would Russia hand back").
        // "Vance was abroad *when he said* the walk-away thing, where?": a "when" after the
        // start with its own subject (not inverted) opens a clause of time; it asks nothing.
        let subordinate =
            |k: usize| k > lead && w[k] == "when" && w.get(k + 1).is_some_and(|n| matches!(*n, "he" | "she" | "they" | "it" | "we" | "i") || s.named[k + 1]);
        let asks = |k: usize| wh(&w[k]) && !subordinate(k) && (!relative(k) || (k + 1..(k + 4).min(w.len())).any(inverted));
        let first = if subordinate(first) { (first + 1..w.len()).find(|&k| asks(k)).unwrap_or(first) } else { first };
        if !wh(&w[first]) {
            // No question word: "the bigger meeting with the ministers, did it still happen"
            // asks from its inverted auxiliary, after the noun phrase it is about. An inverted
            // subject has its verb after it; "he did it in London" is a statement, its pronoun
            // an object before a preposition.
            let verb_after = |k: usize| w.get(k + 2).is_some_and(|x| !words::is_in(words::PREPOSITIONS, x));
            (1..w.len()).find(|&k| inverted(k) && verb_after(k)).unwrap_or(first)
        } else if asks(first) {
            first
        } else {
            (first + 1..w.len()).find(|&k| asks(k) || inverted(k)).unwrap_or(first)
        }
    }
}

/// Whether the question asks which people the report names: a question word ("which", "what",
/// "list", "name", "who are") whose own noun, a few words on, is a plural for people
/// ("officials", "people", or a side's: "Americans"), in a question that asks only of the
/// report ("named", "in the article").
fn people_in_report(s: &Signals<'_>, w: &[&str], start: usize) -> bool {
    let opens = match w[start] {
        "which" | "what" | "list" | "name" => true,
        "who" => matches!(w.get(start + 1), Some(&("are" | "were"))),
        _ => false,
    };
    // Unnamed sources are no inventory without a side: "who are the officials" asks who the
    // article's "officials" are.
    let plural_people = |k: usize| {
        let one = w[k].trim_end_matches('s');
        matches!(w[k], "people" | "persons" | "names")
            || w[k].ends_with('s') && is_in(words::PERSON_NOUNS, one) && (s.has_side || !is_in(words::SOURCE_NOUNS, w[k]))
            || w[k].ends_with('s') && s.has_side && s.named[k] && !s.named.get(k + 1).copied().unwrap_or(false)
    };
    let of_report = |x: &str| is_in(words::IN_THE_REPORT, x) || is_in(words::REPORT_NOUNS, x) || x == "quoted";
    const PHRASE: usize = 5;
    let Some(noun) = (start + 1..w.len().min(start + 1 + PHRASE)).find(|&k| plural_people(k)) else { return false };
    // Nothing else asked of them: "which officials said …" asks who said it.
    // In its own sentence: what follows ("not the journalists, the politicians") only narrows it.
    let clause = s.toks[noun].clause;
    let end = (noun + 1..w.len()).find(|&k| s.toks[k].clause != clause).unwrap_or(w.len());
    let rest = &w[noun + 1..end];
    let passive = |x: &str| matches!(x, "get" | "gets" | "got" | "getting");
    opens && rest.iter().any(|x| of_report(x)) && rest.iter().all(|x| words::is_stopword(x) || of_report(x) || passive(x))
}

/// Whether the subject at `at` — after an auxiliary, or opening the question — is a proposal:
/// "what does *the American plan* want", "does *Witkoff's plan* let Ukraine join", "*the US
/// plan* wants …" — determiners and a proposer's name before the proposal word, which comes
/// right before the verb.
fn proposal_subject(s: &Signals<'_>, at: usize) -> bool {
    const AUX: &[&str] = &["did", "does", "do", "will", "would", "could", "can"];
    if at >= 1 && !s.toks.get(at - 1).is_some_and(|t| AUX.contains(&t.word.as_str())) {
        return false;
    }
    let mut i = at;
    while s.toks.get(i).is_some_and(|t| matches!(t.word.as_str(), "the" | "a" | "an" | "this" | "that")) {
        i += 1;
    }
    while s.named.get(i).copied().unwrap_or(false) {
        i += 1;
    }
    // "Does Rubio plan *to* come": a verb of intending, not Rubio's plan.
    s.toks.get(i).is_some_and(|t| is_in(words::PROPOSAL_WORDS, &t.word))
        && s.toks.get(i + 1).is_some_and(|t| !(is_in(words::PROPOSAL_WORDS, &t.word) || t.word == "to" && s.toks[i].word.starts_with("plan")))
}

/// Whether token `k` is a verb of taking a stand, in any of its forms, said of a name right
/// before it (auxiliaries and adverbs between): "Ukraine has *agreed* to …", "Kyiv already
/// *accepted* …", "zelensky *refused* …". Only after its doer: "demanding" alone describes.
fn stand_of_named(s: &Signals<'_>, k: usize) -> bool {
    if !words::position_stems().contains(s.toks[k].stem.as_str()) {
        return false;
    }
    let mut j = k;
    while j > 0 && (is_in(AUX, &s.toks[j - 1].word) || s.toks[j - 1].word.ends_with("ly") || is_in(words::STAND_ADVERBS, &s.toks[j - 1].word)) {
        j -= 1;
    }
    // An object pronoun is no doer: "what the two of *them* agreed" tells of a deal.
    j > 0 && s.named[j - 1] && !s.toks[j - 1].poss && !matches!(s.toks[j - 1].word.as_str(), "them" | "him" | "me")
}

/// "According to the VP, what will both sides have to give up?", "what must Kyiv accept,
/// according to Vance?", "according to the PM's spokesman, is the UK still committed?": a
/// question put as a person's account asks for their words, whatever its own verb. Only a
/// person named right after "according to" counts ("according to the report" is the article's
/// account; a side's account is its stand, which the position answers give), and not a
/// question of who, when, where or why.
fn by_their_account(w: &[&str], s: &Signals<'_>) -> bool {
    s.by_persons_account && !w.iter().any(|x| matches!(*x, "who" | "whom" | "whose" | "when" | "where" | "why"))
}

/// The kind of answer a question wants; `start` is where it asks ([`asked_at`]).
pub fn detect(s: &Signals<'_>, start: usize) -> Intent {
    let w: Vec<&str> = s.toks.iter().map(|t| t.word.as_str()).collect();
    if w.is_empty() {
        return Intent::Empty;
    }
    let has = |x: &str| w.contains(&x);
    let has_any = |list: &[&str]| w.iter().any(|x| list.contains(x));
    let first = w[start];
    let second = w.get(start + 1).copied().unwrap_or("");
    let no_entities = !s.named.iter().any(|&b| b);

    if no_entities && w.iter().all(|x| is_in(words::GREETING_WORDS, x)) {
        return Intent::Greeting;
    }
    if no_entities && w.iter().all(|x| is_in(words::THANKS_WORDS, x)) && has_any(words::SIGN_OFFS) {
        return Intent::Thanks;
    }
    // "…first. then: what year …": the question's own words, from its question word on.
    let joined = w[start..].join(" ");
    if no_entities
        && (matches!(
            joined.as_str(),
            "help"
                | "commands"
                | "menu"
                | "what can you do"
                | "who are you"
                | "what are you"
                | "how does this work"
                | "what do you know"
                | "what can i ask"
                | "what can i ask you"
                | "what should i ask"
                | "how do i use this"
                | "how does it work"
                | "what is this"
                | "what is parley"
                | "who made you"
        ) || joined.starts_with("what can you")
            || joined.starts_with("what do you know"))
    {
        return Intent::Help;
    }
    if no_entities && asks_for_summary(&w, s.content_words) {
        return Intent::Summary;
    }
    // "Who published this?", "where was this filed": "this", published or filed, is the report.
    let this_published = has("this") && (has("published") || has("publish") || has("publisher") || has("filed"));
    // "How many reporters worked on it?" asks for a number about the report: a count, which
    // the credits answer when they are what is counted.
    let how_many = w.windows(2).any(|p| p[0] == "how" && p[1] == "many");
    if no_entities && !s.has_person && (this_published || (has_any(META_NOUNS) || has(s.outlet)) && has_any(META_VERBS)) {
        return if how_many { Intent::Count } else { Intent::Meta };
    }
    if no_entities
        && s.content_words == 0
        && (has("who") || has("whom") || has("source") || has("sources"))
        && w.iter().all(|x| {
            [
                "who",
                "says",
                "said",
                "say",
                "so",
                "that",
                "this",
                "claims",
                "claim",
                "claimed",
                "according",
                "to",
                "whom",
                "source",
                "sources",
                "what",
                "is",
                "the",
                "reported",
                "reports",
                "it",
                "s",
                "was",
                "did",
                "and",
                "told",
                "you",
                "your",
                "where",
                "from",
                "does",
                "come",
                "came",
                "is",
                "on",
                "based",
            ]
            .contains(x)
                // "who said that *exactly*", "who *actually* said that": a focus adverb asks nothing.
                || is_in(words::FOCUS_ADVERBS, x)
                || is_in(words::DISCOURSE_MARKERS, x)
        })
    {
        return Intent::SourceOfLast;
    }

    // "tell me more", "anything else?", "go on", "can you elaborate": a request to continue,
    // with nothing else in it.
    if no_entities && has_any(words::MORE_CUES) && w.iter().all(|x| is_in(words::MORE_WORDS, x) || is_in(words::MORE_CUES, x)) {
        return Intent::More;
    }

    // The answer type a wh-phrase names outright: "what day", "on which date", "in which
    // country", "which city". It outranks every cue after it ("which day did ... both sides").
    if let Some(kind) = asked_kind(&w, start) {
        return kind;
    }
    // "Which British officials are named in the piece?", "list the American officials in the
    // article": the people the report names are asked for, as an inventory.
    if people_in_report(s, &w, start) {
        return Intent::ListPeople;
    }
    // So does "where" opening the question: "where was the VP when he came out with that line"
    // asks a place, whatever stand its words speak of ("where does Kyiv stand" is the idiom of
    // a stand).
    if first == "where" && !has_any(&["stand", "stands"]) {
        return Intent::Where;
    }
    // "which post does she hold", "her post in government": a post held is a job, not words.
    let held_post = |k: usize| w[k] == "post" && k > 0 && matches!(w[k - 1], "which" | "what" | "her" | "his" | "their" | "a" | "the");
    // "put forward", "put on the table": a proposal made, not words said ("how did he put it").
    let put_forward = |k: usize| w[k] == "put" && (w.get(k + 1) == Some(&"forward") || w.get(k + 1) == Some(&"on") && w[k + 1..].contains(&"table"));
    let say = (0..w.len()).any(|k| is_in(words::SAY_WORDS, w[k]) && !held_post(k) && !put_forward(k));
    let position = has_any(words::POSITION_WORDS) || (0..s.toks.len()).any(|k| stand_of_named(s, k));
    // "Does Rubio (still) plan to come?": "plan" as the verb of a named subject is an
    // intention, not a proposal.
    // So is the verb right after a name that opens the message ("Rubio plans to come back?").
    let verb_of_subject = |k: usize| s.predicate == Some(w[k]) || k == start + 1 && s.named[start] && !s.toks[start].poss;
    let intends = |k: usize| matches!(w[k], "plan" | "plans" | "planned" | "planning") && w.get(k + 1) == Some(&"to") && verb_of_subject(k);
    let proposal = (0..w.len()).any(|k| is_in(words::PROPOSAL_WORDS, w[k]) && !intends(k));
    // "the Kremlin boss", "Zelenskiy's office": a job word that names someone asks no job.
    let job = (0..w.len()).any(|k| is_in(words::JOB_WORDS, w[k]) && !s.named.get(k).copied().unwrap_or(false));
    let wh_who = matches!(first, "who" | "whose" | "whom")
        || (matches!(first, "which" | "what") && !matches!(second, "did" | "does" | "do" | "is" | "was" | "are" | "were") && !say_is_question_object(&w));

    // "Did anybody say the talks are making progress?", "is anyone saying …": a yes/no question
    // whose subject is anyone at all asks who said it (the answer then leads with the verdict).
    // Typed fast, the auxiliary goes: "anyone say there was progress?".
    let anyone_asked = polar_auxiliary(&w).is_some_and(|aux| w.get(aux + 1).is_some_and(|x| is_in(INDEFINITE_PEOPLE, x)));
    // A comparison of parties said of proposals ("did anyone say the plan asked more of Kyiv
    // than of Moscow") is the proposals' judgment, which names who made it.
    if (anyone_asked && (say || position || reporting_verb(&w).is_some())) || anyone_said(&w[start..]) {
        if proposal && s.compares {
            return Intent::Proposals;
        }
        return Intent::WhoSaid;
    }
    // "anything else from him?", "any word from Lammy on Crimea": a message with no verb of its
    // own that asks for what came from a person asks for their words. From a side or a place
    // it is something else: "reporting from Kyiv", "pressure from Washington", "apart from Crimea".
    if s.has_person
        && !s.has_side
        && !s.has_place
        && s.predicate.is_none()
        && from_someone(&w, s)
        && !is_in(AUX, first)
        && !has_any(&["when", "where", "why", "how", "who", "which"])
    {
        return Intent::Quote;
    }
    // "John Healey is what in the UK government?", "Yermak is who exactly?": the question word
    // after a named subject and its copula asks who they are.
    let is_what = (1..w.len()).any(|k| s.named[k - 1] && matches!(w[k], "is" | "was") && w.get(k + 1).is_some_and(|x| matches!(*x, "what" | "who")));
    if asks_occupation(s, &w, start) || s.has_person && is_what {
        return Intent::WhoIs;
    }
    if asks_deeds(s, &w, start) {
        return Intent::Deeds;
    }
    // "How long has he been in that job?": a measure asked outranks the job words (below).
    let how_number = w.windows(2).any(|p| p[0] == "how" && matches!(p[1], "many" | "much" | "long")) || asked_measure(&w).is_some();
    if s.role_asked && !say && !how_number {
        return Intent::WhoIs;
    }
    // "who is X", "who's X"
    // "who's" is read as "who" owning what follows; here its "'s" is "is".
    let whos = s.toks.get(start).is_some_and(|t| t.poss);
    if matches!(first, "who") && (matches!(second, "is" | "was" | "are" | "were" | "s") || whos) && s.entity_after_who_is {
        return Intent::WhoIs;
    }
    if s.has_person && (job && !say && !position_only(&w)) && !proposal && !how_number {
        return Intent::WhoIs;
    }
    // "what's the name of the spokesperson", "name the envoy"
    let name_of = first == "name" || (first == "what" && has("name") && s.has_person);
    let acts_for = first == "who" && has("work") || s.has_person && asks_for_whom(&w, start);
    if (joined.starts_with("tell me about") || name_of || acts_for || asks_profile(s, &w, start)) && s.named.iter().any(|&b| b) {
        return Intent::WhoIs;
    }
    // "Who was in London?", "who was at the talks in London": who was at a place is who took
    // part in what happened there.
    // So does "who else was there" of the place just talked about.
    let copula = start + 1 + usize::from(second == "else");
    let at_place = first == "who"
        && w.get(copula).is_some_and(|x| matches!(*x, "is" | "was" | "are" | "were"))
        && s.has_place
        && w.get(copula + 1).is_some_and(|x| matches!(*x, "in" | "at" | "present" | "there"));
    if matches!(first, "who" | "whose" | "whom" | "which")
        && (has("took") && has("part") || has_any(&["participated", "attended", "involved", "quoted", "participants", "attendees"]) || at_place)
    {
        if has_any(&["countries", "country", "nations", "nation", "governments", "sides"]) {
            return Intent::ListSides;
        }
        if !s.has_person {
            return Intent::ListPeople;
        }
    }
    // "Which countries …", "what three sides …": the sides are what the question word asks
    // for; "what do both the warring sides have to do" asks something of them.
    // The plural is the wh-phrase's own noun, a few words after it at most: in "which side
    // wrote up a document for the European countries" the countries are the object.
    const PHRASE: usize = 3;
    let sides_asked = (start + 1..w.len().min(start + 1 + PHRASE))
        .find(|&k| matches!(w[k], "countries" | "nations" | "governments" | "sides"))
        .is_some_and(|k| !w[start + 1..k].iter().any(|x| is_in(AUX, x) || is_in(words::PARTY_NOUNS, x)));
    if matches!(first, "which" | "what" | "list" | "name") && sides_asked && !has("how") {
        return Intent::ListSides;
    }
    // "how many", "how much", "how long": a number is the answer, wherever the
    // phrase sits ("the war started how many years ago").
    if how_number || joined.contains("number of") {
        // "How many people does the article name?" counts its people; "how many people died"
        // asks a figure the report may not give.
        let in_the_report = has_any(&["named", "mentioned", "quoted", "cited", "appear", "appears", "listed", "involved", "article", "report", "story"]);
        if has_any(&["people", "persons", "officials", "politicians", "speakers", "names"]) && !s.has_person && (in_the_report || s.content_words == 0) {
            return Intent::ListPeople;
        }
        return Intent::Count;
    }
    if no_entities && has_any(&["joke", "jokes", "poem", "poems", "song", "riddle", "limerick", "haiku"]) {
        return Intent::Greeting;
    }
    // What the asker does to the proposals is told before them: "who came up with the plan
    // *the US put on the table*", "who wrote the proposals *Kyiv rejected*" ask the proposer,
    // and a verb of making one ("who *put forward* the plan", "who *made* the proposals") is
    // proposing, not speaking of it.
    let is_act = |x: &&str| is_in(words::SAY_WORDS, x) || is_in(ACTS, x);
    let first_proposal = w.iter().position(|x| is_in(words::PROPOSAL_WORDS, x)).unwrap_or(w.len());
    let acts_on_proposal = w[..first_proposal].iter().any(|x| is_act(x) && !is_in(words::PROPOSING_VERBS, x));
    let acts = w.iter().any(is_act);
    if wh_who && matches!(first, "whose" | "who") && proposal && !acts_on_proposal {
        return Intent::Proposals;
    }
    if wh_who && (say || has("call") || has("called")) && first != "what" || speaker_asked(s, &w, start) {
        return Intent::WhoSaid;
    }
    // "Which country is pushing for …", "which side wants …": a party asked for by the noun
    // after "which" is asked for as "who" asks for one.
    // Only opening the question: "… demand more from which side, Ukraine or Russia?" compares.
    let which_party = first == "which" && start == words::question_start(&w) && is_in(words::PARTY_NOUNS, second);
    if wh_who && (matches!(first, "who" | "whose" | "whom") || which_party) && (position || (proposal && acts)) && !s.has_person {
        return Intent::WhoSaid;
    }
    // "How does Kyiv's position compare with the US one?", "Vance vs Svyrydenko on land": stands
    // set side by side are asked for, whatever question word opens.
    // Asked for words ("what did she write about negotiating vs giving in"), it is a quote.
    if (s.has_person || s.has_side) && has_any(words::COMPARE_WORDS) && !proposal && !say {
        return Intent::Position;
    }
    let how_aux =
        first == "how" && matches!(second, "did" | "does" | "do" | "is" | "was" | "are" | "were" | "could" | "can" | "will" | "would" | "has" | "have");
    // "How did Kyiv respond?", "how do the Europeans feel about it": a party as the subject of
    // "how" asks how it stands, whatever the verb; "how did the talks go" asks how things went.
    if how_aux && super::subject_at(s.toks, s.named, start + 2).is_some() {
        return Intent::Position;
    }
    let why = first == "why"
        || why_idiom(&w, start).is_some()
        || how_aux
        // "What caused / triggered / drove …": a verb of causing right after "what" asks why
        // ("what mean …" asks what words mean).
        || first == "what" && s.toks.get(start + 1).is_some_and(|t| is_in(words::CAUSE_FIRST, &t.stem) && t.stem != "mean")
        || has("reason");
    if why {
        return Intent::WhyHow;
    }
    if presents_something(s, &w, start) {
        return Intent::Proposals;
    }
    // "Did the proposals demand more from Russia than from Ukraine?" judges the proposals,
    // whatever the verb.
    if proposal && s.compares {
        return Intent::Proposals;
    }
    if proposal
        && (s.has_side || s.has_person)
        && has_any(&[
            "think",
            "thinks",
            "view",
            "views",
            "position",
            "stance",
            "react",
            "reacted",
            "reaction",
            "respond",
            "responded",
            "response",
            "feel",
            "feels",
        ])
    {
        return Intent::Position;
    }
    // "What does the American plan want Ukraine to do?": a proposal that is the subject of the
    // verb is what is asked about, whatever it wants of the parties named after it.
    // So does one asked yes or no, or put as a claim ("is it true the US plan wants …").
    if first == "what" && proposal_subject(s, start + 2) || proposal_subject(s, start + 1) || proposal_subject(s, start) {
        return Intent::Proposals;
    }
    if (s.has_person || s.has_side) && position && !(say && s.has_person) {
        return Intent::Position;
    }
    // "where does each side stand on crimea": the idiom asks for positions, not a place.
    if first == "where" && has_any(&["stand", "stands"]) {
        return Intent::Position;
    }
    if first == "when"
        || joined.starts_with("what day")
        || joined.starts_with("what date")
        || joined.starts_with("which day")
        || joined.starts_with("what time")
        || joined.starts_with("what year")
        || joined.starts_with("what month")
        || joined.starts_with("on what day")
    {
        return Intent::When;
    }
    if first == "where" || has_any(&["city", "cities", "venue", "location", "hosted", "host"]) && matches!(first, "what" | "which" | "in" | "where") {
        return Intent::Where;
    }
    // "Has Kyiv turned down Witkoff's ideas?", "did Ukraine sign off on the plan?": a party
    // doing something to proposals other than making them or speaking of them asks how it stands.
    if proposal && s.predicate.is_some_and(|v| !is_in(words::PROPOSAL_WORDS, v) && !is_in(words::PROPOSING_VERBS, v) && !is_in(words::SAY_WORDS, v)) {
        return Intent::Position;
    }
    // "What do U.S. proposals say ...": a name right before "proposals" is the proposer.
    let proposer_named = (0..w.len().saturating_sub(1)).any(|i| s.named[i] && !s.named[i + 1] && is_in(words::PROPOSAL_WORDS, w[i + 1]));
    if proposal && proposer_named && !(say && s.has_person) {
        return Intent::Proposals;
    }
    // "What did Rubio say about Witkoff's proposals?" is a quote; the proposer's own are proposals.
    if (s.has_person || s.has_side || s.has_source) && (say || calls_something(&w)) || by_their_account(&w, s) || s.has_place && say && first == "what" {
        return Intent::Quote;
    }
    if proposal {
        return Intent::Proposals;
    }
    if is_in(AUX, first) {
        return Intent::YesNo;
    }
    if s.content_words == 0 && s.named.iter().any(|&b| b) && !has_any(&["what", "when", "where", "why", "how"]) {
        return Intent::WhoIs;
    }
    if matches!(first, "who" | "which") && s.content_words > 0 {
        return Intent::WhoSaid;
    }
    if s.content_words > 0 && topic_start(&w).is_some() {
        return Intent::Topic;
    }
    Intent::Search
}

/// "What did Witkoff present in Paris?", "what has Kyiv put forward", "what's the envoy
/// offering", "what did the Americans put on the table": "what" asked of a verb of presenting
/// something, said of a person or side, asks what they proposed ("how did he put it" and "what
/// did Lammy put on X" are words, not proposals).
fn presents_something(s: &Signals<'_>, w: &[&str], start: usize) -> bool {
    if w[start] != "what" || !(s.has_person || s.has_side) {
        return false;
    }
    let Some(stem) = s.predicate_stem else { return false };
    let Some(verb) = s.predicate.and_then(|v| w.iter().position(|x| *x == v)) else { return false };
    let after = &w[verb + 1..];
    let on_the_table = after.contains(&"table");
    match stem {
        "put" => on_the_table || after.first().is_some_and(|x| matches!(*x, "forward" | "up")),
        "lay" | "laid" => on_the_table || after.first() == Some(&"out"),
        "bring" | "brought" => on_the_table,
        "come" | "came" => after.starts_with(&["up", "with"]),
        _ => words::PRESENTING_STEMS.contains(&stem),
    }
}

/// "What did Witkoff do (in Paris)?", "what has Kyiv done", "what has Rubio been up to", "what
/// role did Kellogg play", "what happened with Rubio": a "what" whose verb after the named
/// subject names no act of its own, or that asks what happened to someone.
fn asks_deeds(s: &Signals<'_>, w: &[&str], start: usize) -> bool {
    // A side's doings are mostly its stands, which "how" and position questions answer.
    if w.get(start) != Some(&"what") || !s.has_person {
        return false;
    }
    // Nothing else is asked of them: "what did Kyiv do about the proposals" asks how it stands.
    // A time only narrows their doings ("what did Trump do back in February").
    // Nor does the gathering they were at ("what did Lammy do *at the London talks*").
    let setting = |k: usize| {
        is_in(words::MEETING_WORDS, w[k])
            && (start + 1..k)
                .rev()
                .take_while(|&j| s.named[j] || matches!(w[j], "the" | "these" | "those" | "this"))
                .last()
                .unwrap_or(k)
                .checked_sub(1)
                .is_some_and(|j| matches!(w[j], "at" | "in" | "during"))
    };
    let asks_more = (start + 1..w.len()).any(|k| {
        !s.named[k]
            && !setting(k)
            && !is_in(words::DEED_WORDS, w[k])
            && !is_in(words::TIME_WORDS, w[k])
            && !is_in(AUX, w[k])
            && !words::is_stopword(w[k])
            && w[k] != "happened"
    });
    if asks_more {
        return false;
    }
    let deed = |k: usize| w.get(k).is_some_and(|x| is_in(words::DEED_WORDS, x));
    // "what happened with / to Rubio"
    if matches!(w.get(start + 1), Some(&"happened")) && matches!(w.get(start + 2), Some(&"with" | &"to")) && s.named.get(start + 3) == Some(&true) {
        return true;
    }
    // "what role / part did X play" (a part in what happened; "what role does X have" asks
    // for a job)
    let role_played = matches!(w.get(start + 1), Some(&"role" | &"part")) && w.get(start + 2) == Some(&"did") && w.contains(&"play");
    // "what did X do", "what has X been doing / up to"
    let aux = start + 1;
    let acted = is_in(AUX, w.get(aux).copied().unwrap_or(""))
        && super::subject_at(s.toks, s.named, aux + 1).is_some_and(|(i, n)| {
            let after = i + n + usize::from(w.get(i + n) == Some(&"been"));
            deed(after) && (w[after] != "up" || w.get(after + 1) == Some(&"to"))
        });
    role_played || acted
}

/// "What does Healey do (in the government / for a living)?": the present simple of "do" asks
/// what someone does for work, as "what did X do" asks their deeds. Nothing else may be asked
/// of them but where they work ("what does Trump do about it" asks his deeds).
fn asks_occupation(s: &Signals<'_>, w: &[&str], start: usize) -> bool {
    if w.get(start) != Some(&"what") || !s.has_person || !matches!(w.get(start + 1), Some(&"does" | &"do")) {
        return false;
    }
    // The subject: a name or title, with the words around it ("the Vance guy").
    let Some(after) = (start + 2..w.len()).find(|&k| w[k] == "do") else { return false };
    let between = &s.named[start + 2..after];
    between.iter().any(|&b| b)
        && (start + 2..after).all(|k| s.named[k] || words::is_stopword(w[k]))
        && (after + 1..w.len()).all(|k| {
            s.named[k]
                || matches!(w[k], "in" | "at" | "for" | "the" | "a" | "an" | "of" | "exactly" | "actually" | "here" | "now" | "living")
                || is_in(words::ACTOR_NOUNS, w[k])
                || is_in(words::JOB_WORDS, w[k])
        })
}

/// Words that only frame a request for whatever is said of a topic: "what does the article
/// say about …", "tell me more about …", "whats the deal with …", "any news on …".
const TOPIC_FRAME: &[&str] = &[
    "what",
    "whats",
    "how",
    "about",
    "of",
    "on",
    "with",
    "regarding",
    "concerning",
    "re",
    "is",
    "s",
    "does",
    "do",
    "did",
    "the",
    "a",
    "article",
    "report",
    "story",
    "piece",
    "text",
    "it",
    "say",
    "says",
    "said",
    "we",
    "you",
    "know",
    "deal",
    "situation",
    "news",
    "latest",
    "up",
    "tell",
    "me",
    "us",
    "more",
    "anything",
    "something",
    "info",
    "information",
    "details",
    "any",
    "pls",
    "please",
    "plz",
    "explain",
    "and",
    "so",
    "ok",
    "okay",
    "hey",
    "hi",
    "then",
];

/// Where the topic begins in a message that asks for nothing more specific than what is said
/// of it: after the frame ("what about |the ceasefire", "tell me about |sanctions"), or at the
/// start of a bare topic ("|progress?"). Not when a question word asks for something of its own
/// ("what did …", "who …", "when …") or the message opens with an auxiliary (a yes/no).
pub fn topic_start(w: &[&str]) -> Option<usize> {
    let frame_end = w.iter().position(|x| !is_in(TOPIC_FRAME, x)).unwrap_or(w.len());
    let framed = w[..frame_end].iter().any(|x| matches!(*x, "about" | "on" | "with" | "regarding" | "concerning" | "re" | "of" | "explain"));
    // "what about X", "what of X": "what" asks nothing when a preposition follows it.
    let what_asks = w[..frame_end].iter().enumerate().any(|(i, x)| {
        matches!(*x, "what" | "whats" | "how")
            && !w[i + 1..frame_end].iter().any(|y| matches!(*y, "about" | "on" | "with" | "of" | "regarding" | "concerning" | "re"))
    });
    // "progress?", "any news on the ceasefire": a few words of topic with no question word.
    let bare = !w[..frame_end].iter().any(|x| is_in(QUESTION_WORDS, x) || is_in(AUX, x)) && w.len() <= 5 && w.len() - frame_end <= 3;
    if is_in(AUX, w[0]) {
        return None;
    }
    // The rest is the topic: no further question word may ask something of it.
    let rest_asks = w[frame_end..].iter().any(|x| is_in(words::WH_WORDS, x));
    ((framed && !what_asks) || bare).then_some(frame_end).filter(|&i| i < w.len() && !rest_asks)
}

/// "summarise", "tl;dr", "give me the gist", "what is this article about": the whole report,
/// asked with no name and no topic of its own.
fn asks_for_summary(w: &[&str], content_words: usize) -> bool {
    const SUMMARY: &[&str] =
        &["summary", "summarise", "summarize", "summarised", "summarized", "sum", "tldr", "tl", "gist", "overview", "recap", "nutshell", "briefly", "outline"];
    const WHOLE: &[&str] = &["article", "report", "story", "piece", "news", "this", "it", "text"];
    let has = |l: &[&str]| w.iter().any(|x| l.contains(x));
    has(SUMMARY) && content_words <= 2 || (w.contains(&"about") && has(WHOLE) && content_words == 0 && w.len() <= 8)
}

/// Nouns that ask for a place only after a preposition ("in which country") or one left at the
/// clause's end ("which country was he in"); as the subject they ask for an actor.
const PLACE_AFTER_PREPOSITION: &[&str] = &["country", "countries"];

/// "what day", "which year", "in which country", "which city", "what new date": a wh-word and
/// the noun of the kind of answer. A country after "in" or "at" is a place ("in which country
/// was he"); as the subject it is an actor ("which country is pressing for ..."), so it needs
/// one.
fn asked_kind(w: &[&str], start: usize) -> Option<Intent> {
    let noun = w[kind_noun_at(w, start)?];
    // "in which country" is where; "(ministers) from which countries" is which countries.
    // "which country was he in (at the time, when …)": the preposition may be left at the
    // clause's end.
    let stranded = (start + 2..w.len()).any(|k| {
        matches!(w[k], "in" | "at")
            && w.get(k + 1).is_none_or(|n| matches!(*n, "when" | "while" | "during" | "at" | "on" | "then" | "back" | "last" | "before" | "after"))
    });
    let preposition = start > 0 && matches!(w[start - 1], "in" | "at") || stranded;
    if words::TIME_NOUNS.contains(&noun) {
        return Some(Intent::When);
    }
    if words::PLACE_NOUNS.contains(&noun) || (preposition && PLACE_AFTER_PREPOSITION.contains(&noun)) {
        return Some(Intent::Where);
    }
    None
}

/// Where the noun of a wh-phrase that may name a time or a place is ("what *day*", "which
/// *country*", "what new *date*": one modifier may come before it), if it is one of those.
pub fn kind_noun_at(w: &[&str], start: usize) -> Option<usize> {
    let kind_noun = |x: &&str| words::TIME_NOUNS.contains(x) || words::PLACE_NOUNS.contains(x) || PLACE_AFTER_PREPOSITION.contains(x);
    // "Tell me the day Rubio cancelled", "what was the place of the talks", "give me the date
    // of the call": a request for *the* time or place asks it as "what day" does. The noun
    // must be modified by what follows ("the day *Rubio cancelled*", "the place *of the
    // talks*"), not stand alone as the object ("tell me the time").
    let requested = match (w.get(start), w.get(start + 1)) {
        (Some(&"tell" | &"give"), Some(&"me" | &"us")) => Some(start + 2),
        (Some(&"what"), Some(&"is" | &"was" | &"s")) => Some(start + 2),
        _ => None,
    };
    if let Some(at) = requested {
        return (w.get(at) == Some(&"the") && w.get(at + 1).is_some_and(kind_noun) && w.len() > at + 2).then_some(at + 1);
    }
    if !matches!(w.get(start), Some(&"what" | &"which")) {
        return None;
    }
    match (w.get(start + 1), w.get(start + 2)) {
        (Some(m), Some(n))
            if !kind_noun(m) && !is_in(AUX, m) && !matches!(*m, "the" | "a" | "an" | "of" | "in" | "on" | "at" | "to" | "for") && kind_noun(n) =>
        {
            Some(start + 2)
        }
        (Some(n), _) if kind_noun(n) => Some(start + 1),
        _ => None,
    }
}

/// "what did X call the talks": calling something is saying something.
fn calls_something(w: &[&str]) -> bool {
    w.first().is_some_and(|f| *f == "what") && w.iter().any(|x| matches!(*x, "call" | "called" | "describe" | "described"))
}

/// "Which person said he hopes the Europeans …", "what politician wrote …": a "which" or
/// "what" whose noun is someone unnamed, the subject of a verb of saying, asks for the speaker
/// as "who said" does, whatever the words said name (the Europeans are not the speaker). A
/// noun that narrows the speakers ("which *Ukrainian* official", "which *official*") asks for
/// their words: the unnamed sources' and each side's are answered as quotes.
fn speaker_asked(s: &Signals<'_>, w: &[&str], start: usize) -> bool {
    const MAX_PHRASE: usize = 3;
    if !matches!(w[start], "which" | "what") {
        return false;
    }
    let Some(verb) = (start + 1..w.len().min(start + 2 + MAX_PHRASE)).find(|&k| is_in(words::SAY_WORDS, w[k])) else { return false };
    let phrase = start + 1..verb;
    let someone = |k: usize| !s.named[k] && !is_in(words::SOURCE_NOUNS, w[k]) && (is_in(words::PERSON_NOUNS, w[k]) || is_in(words::ACTOR_NOUNS, w[k]));
    // "What Vance said about Crimea", "what officials said on Tuesday": a "what" that is the
    // object of the verb asks for the words; as a determiner the verb has its clause after it.
    let determiner =
        w[start] == "which" || w.get(verb + 1).is_some_and(|x| !is_in(words::PREPOSITIONS, x) && !is_in(words::STOPWORDS, x) || matches!(*x, "that" | "there"));
    determiner && !phrase.is_empty() && phrase.clone().any(someone) && phrase.clone().all(|k| someone(k) || matches!(w[k], "of" | "the" | "these" | "those"))
}

/// "What did the French foreign minister say?": a question whose "what" is the thing said.
fn say_is_question_object(w: &[&str]) -> bool {
    w.iter().any(|x| is_in(words::SAY_WORDS, x))
}

fn position_only(w: &[&str]) -> bool {
    w.contains(&"position") && !w.iter().any(|x| matches!(*x, "job" | "role" | "title" | "work" | "employer" | "boss")) && !position_held(w)
}

/// "What position does Yermak hold / have", "her position in the government": a position held, or
/// one in a body, is a post. A stand is a position *on* something ("his position on Crimea"),
/// and a preposition of topic after the word keeps that reading.
fn position_held(w: &[&str]) -> bool {
    let Some(k) = w.iter().position(|x| *x == "position") else { return false };
    let topic_after = w[k + 1..].iter().any(|x| matches!(*x, "on" | "about" | "regarding" | "towards" | "toward" | "over" | "concerning"));
    let held = w.iter().any(|x| matches!(*x, "hold" | "holds" | "held" | "holding" | "occupy" | "occupies" | "occupied" | "have" | "has"));
    let in_a_body = w.get(k + 1).is_some_and(|x| matches!(*x, "in" | "within"));
    !topic_after && (held || in_a_body)
}

/// Whether "from" stands right before a name, title or pronoun ("anything *from him*", "any
/// word *from Lammy*", "*from the* foreign minister"), after a word that is not one and not
/// "apart" ("apart from the American one" sets someone aside).
fn from_someone(w: &[&str], s: &Signals<'_>) -> bool {
    w.iter().enumerate().any(|(i, &x)| {
        let name = i + 1 + usize::from(w.get(i + 1) == Some(&"the"));
        x == "from" && i > 0 && !s.named[i - 1] && w[i - 1] != "apart" && s.named.get(name).copied().unwrap_or(false)
    })
}
