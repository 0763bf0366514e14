//! The attribute a question asks of someone or something it names: "Kellogg's *military
//! career*", "the *army background* of the envoy", "Ukraine's *ambassador* to the UK".
//!
//! The answer must give that attribute. Where none of its words is one the article uses, not
//! even through the lexicon, and none is a kind of thing Parley's answers are made of (a job,
//! a stand, a reason, a time, a place, a proposal …), the article cannot give it: what it does
//! say of the owner is context for a decline, not an answer. Only the noun phrase tied to a
//! name where the question asks for something is read — by a possessive, by "of", or right
//! after a person's name after "tell me about" — so a reader's own words around the question
//! ("never heard of her") are never the attribute. (A count of something the article never
//! counts is declined where counts are answered.)

use super::tokens::Token;
use super::{words, EntityRef, Intent, RawMention};

/// What is asked of whom.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    pub owner: EntityRef,
    /// The question's words for the attribute ("military", "career").
    pub words: Vec<Token>,
}

impl Attribute {
    /// The kind of answer the attribute is ("proposals", "stance", "words", "ultimatum"), where
    /// it is one of the kinds Parley answers other than who someone is.
    pub fn kind(&self) -> Option<Intent> {
        let head = self.words.last()?;
        // "Vance's position in government" may be his job: who he is answers that.
        if words::is_in(words::JOB_WORDS, &head.word) {
            None
        } else if words::is_in(words::PROPOSAL_WORDS, &head.word) {
            Some(Intent::Proposals)
        } else if words::is_in(words::STANCE_NOUNS, &head.word) || words::is_in(words::RESPONSE_NOUNS, &head.word) {
            Some(Intent::Position)
        } else if words::WARNING_STEMS.iter().any(|s| head.stem.starts_with(s)) {
            Some(Intent::Search)
        } else if words::is_in(words::SAY_WORDS, &head.word) {
            Some(Intent::Quote)
        } else {
            None
        }
    }

    /// The attribute as the question words it ("military career").
    pub fn text(&self) -> String {
        self.words.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// Words of at most this many tokens make an attribute.
const MAX_WORDS: usize = 3;

/// The attribute asked of a name, if the question asks for one: the noun phrase tied to the
/// name must stand where a clause's question puts what it asks for ("what is *…*", "who was
/// *…*", "tell me about *…*"), so a name's possessive elsewhere ("who posted
/// on Kyiv's behalf", "what did Witkoff's proposals contain") asks nothing of it.
pub(super) fn asked(toks: &[Token], named: &[bool], raw: &[(usize, usize, RawMention)]) -> Option<Attribute> {
    let starts = (0..toks.len()).filter(|&i| i == 0 || toks[i].clause != toks[i - 1].clause);
    starts.filter_map(|s| in_clause(toks, named, raw, s)).next()
}

/// The attribute asked by the clause starting at token `s`.
fn in_clause(toks: &[Token], named: &[bool], raw: &[(usize, usize, RawMention)], s: usize) -> Option<Attribute> {
    let clause = toks[s].clause;
    let word = |i: usize| toks.get(i).filter(|t| t.clause == clause).map(|t| t.word.as_str());
    let plain = |i: usize| {
        toks.get(i).is_some_and(|t| t.clause == clause && !named[i] && !t.poss && !words::is_stopword(&t.word) && !t.word.chars().any(|c| c.is_ascii_digit()))
    };
    let run_from = |i: usize| (i..toks.len()).take_while(|&j| plain(j)).count();
    let entity_at = |i: usize| raw.iter().find(|(st, _, _)| *st == i).and_then(|(st, len, rm)| rm.entity().map(|e| (st + len, e)));
    let make = |owner: EntityRef, span: std::ops::Range<usize>| Some(Attribute { owner, words: toks[span].to_vec() });
    let mut i = s + words::question_start(&toks[s..]);
    let about = if word(i) == Some("tell") && word(i + 1) == Some("me") {
        i += 2;
        let about = word(i) == Some("about");
        i += about as usize;
        about
    } else if matches!(word(i), Some("what" | "who")) {
        i += 1;
        i += matches!(word(i), Some("is" | "was" | "are" | "were" | "s")) as usize;
        i += matches!(word(i), Some("in" | "about")) as usize;
        false
    } else {
        return None;
    };
    i += matches!(word(i), Some("the" | "a" | "an")) as usize;
    if let Some((end, owner)) = entity_at(i) {
        let run = run_from(end);
        // The phrase ends its clause or meets a function word: "Kellogg's *military career*?",
        // not "Ukraine's *presidential* chief of staff" (a qualifier of a title).
        let ends = |k: usize| toks.get(k).is_none_or(|t| t.clause != clause || words::is_stopword(&t.word));
        // "Kellogg's *military career*", "the EU's *latest sanctions package* against Russia".
        if toks[end - 1].poss && (1..=MAX_WORDS).contains(&run) && ends(end + run) {
            return make(owner, end..end + run);
        }
        // "tell me about Kellogg *military career*".
        if about && matches!(owner, EntityRef::Person(_)) && (1..=MAX_WORDS).contains(&run) && word(end + run).is_none() {
            return make(owner, end..end + run);
        }
        return None;
    }
    // "the *army background* of the envoy", "the *population* of Crimea".
    let run = run_from(i);
    let of = i + run;
    if (1..=MAX_WORDS).contains(&run) && word(of) == Some("of") {
        // Of the last of the names side by side ("of the *US Ukraine envoy Keith Kellogg*"),
        // and only where the phrase is what the clause asks, not the object of a verb after it
        // ("what slice of Ukraine would Kyiv have to accept").
        let mut at = of + 1 + (word(of + 1) == Some("the")) as usize;
        let mut owner = None;
        while let Some(&(st, len, ref rm)) = raw.iter().find(|(st, _, _)| *st == at) {
            at = st + len;
            owner = rm.entity().or(owner);
        }
        let closes = word(at).is_none_or(|w| words::is_in(words::PREPOSITIONS, w));
        if let Some(owner) = owner.filter(|_| closes) {
            return make(owner, i..of);
        }
    }
    None
}

/// Asks what someone did before the role the report gives them, or since when they have held
/// it: "since when is Healey defence minister", "when did Starmer become prime minister", "his
/// previous job", "what did Lammy do before he became foreign minister". A report tells who
/// people are on its day; their past is another attribute it may not give. Becoming and "since
/// when" ask it only of a role (`role_named`): "since when has Trump wanted peace" asks of a
/// wish the report may date.
pub(super) fn history(toks: &[Token], names_someone: bool, role_named: bool) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.word.as_str());
    let role_named = role_named || toks.iter().any(|t| words::is_in(words::JOB_WORDS, &t.word));
    names_someone
        && (0..toks.len()).any(|i| match w(i) {
            "become" | "became" | "becoming" => role_named,
            "since" => w(i + 1) == "when" && role_named,
            "previous" | "former" | "prior" | "earlier" => words::is_in(words::JOB_WORDS, w(i + 1)),
            "before" => matches!(w(i + 1), "politics" | "office"),
            _ => false,
        })
}
