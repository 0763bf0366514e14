//! What someone means to do next: "is Rubio coming back later?", "did he say he'd come another
//! time?", "is Trump still hoping for a deal?". A report cannot know the future, but it reports
//! what people said they hoped, planned or looked forward to: that answers, with its source, and
//! the lead says it is an intention, not an outcome.

use super::quote::{source_of, words_label};
use super::{overlap, Answer, Cx};
use crate::matcher::normalise::normalise;
use crate::matcher::tokens::{tokenize, Token};
use crate::matcher::words::{is_in, SAY_WORDS};
use crate::matcher::{Intent, Question};

/// Words that point a question ahead of the report: "later", "again", "another time", "will",
/// "coming *back*".
const AHEAD: &[&str] = &["later", "again", "another", "eventually", "future", "still", "will", "would", "d", "ll", "gonna", "back"];

/// Words that put a calling off beyond the report, as final ("not coming *anymore*", "*never*").
const FINALLY: &[&str] = &["anymore", "never", "forever", "permanently", "altogether"];

/// Whether the question asks whether something is over for good ("done with London *for
/// good*", "not coming *anymore*"): that too lies ahead of what a report can know.
fn asks_finality(q: &Question) -> bool {
    q.tokens.iter().any(|t| FINALLY.contains(&t.word.as_str()))
        || q.tokens.windows(2).any(|w| w[0].word == "for" && matches!(w[1].word.as_str(), "good" | "ever"))
}

/// Words of a time that, after [`AHEAD`] words, only say "some other time" ("another *time*").
const WHENS: &[&str] = &["time", "date", "day", "point", "stage"];

/// Verbs of coming and going, which a trip or a visit is the making of ("is he *coming* back",
/// "will she *visit*").
const MOTION: &[&str] = &["come", "coming", "came", "go", "going", "went", "visit", "visiting", "travel", "fly", "flying", "return", "returning", "back"];

/// Nouns of a journey, what the [`MOTION`] verbs make.
const JOURNEYS: &[&str] = &["trip", "visit", "journey", "travel"];

/// Whether a question looks ahead of the report: "is Vance going to visit Kyiv?", "will he
/// come back?", "is he planning to go?", "is he still hoping …".
pub(crate) fn looks_ahead(q: &Question) -> bool {
    asks_what_will_be(q) || asks_finality(q) || q.tokens.iter().any(|t| AHEAD.contains(&t.word.as_str()) || super::verdict::is_intending(&t.stem))
}

/// Whether a question asks what will be ("will they meet on Friday?", "is he going to …",
/// "gonna"), not what someone intended.
pub(super) fn asks_what_will_be(q: &Question) -> bool {
    q.future || q.tokens.iter().any(|t| matches!(t.word.as_str(), "will" | "gonna")) || q.tokens.windows(2).any(|w| w[0].word == "going" && w[1].word == "to")
}

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if !matches!(q.intent, Intent::YesNo | Intent::Quote | Intent::Search | Intent::Position | Intent::WhyHow | Intent::When) {
        return None;
    }
    let [p] = q.people()[..] else { return None };
    let intending = |toks: &[Token]| toks.iter().any(|t| super::verdict::is_intending(&t.stem));
    let d = &cx.article.data;
    let id = d.person[p].id.as_str();
    let finality = asks_finality(q);
    let other: Vec<_> = q
        .topic_terms(&[])
        .into_iter()
        .filter(|t| t.entity.is_none() && !AHEAD.contains(&t.word.as_str()) && !FINALLY.contains(&t.word.as_str()) && !super::verdict::is_intending(&t.stem))
        .filter(|t| !(finality && t.word == "good"))
        .collect();
    // "When is Rubio rescheduled for?", "new date for his trip?": what the question asks of is
    // what they said they meant to do ("looked forward to rescheduling his trip"), so it lies
    // ahead of the report whatever the question's tense. "When did he say …" asks of the saying.
    // Only by a word of the intention no other sentence has ("rescheduled"), or asked ahead
    // ("new date"): "why did he cancel his trip" shares "trip" with it, and asks of the past.
    let in_one = |t: &&crate::matcher::QTerm| cx.index.sentences.iter().filter(|x| t.score(x) > 0.0).count() == 1;
    let asked: Vec<_> = other.iter().filter(|t| !WHENS.contains(&t.word.as_str())).cloned().collect();
    let distinctive: Vec<_> = asked.iter().filter(in_one).cloned().collect();
    // Asked yes or no ("did he make the rescheduled trip?"), whether it came about is the
    // verdict's to tell. A saying in a preamble ("rubio said he'd reschedule — what's the new
    // date?") is what the question rests on, not what it asks.
    let of_intention = !q.polar
        && !q.tokens.iter().skip(q.asked_at).any(|t| is_in(SAY_WORDS, &t.word))
        && d.statement.iter().any(|st| st.speaker.as_deref() == Some(id) && (covers_intended(&distinctive, st) || q.future && covers_intended(&asked, st)));
    // "When did Trump say he hoped …" asks when the saying was, which events answer.
    if q.intent == Intent::When && !q.future && !of_intention {
        return None;
    }
    // "Is he going to reschedule?": "going to" before a verb looks ahead as "will" does, and
    // is no journey; before a place or a determiner ("going to London") it is one.
    let going_ahead = going_to_do(q);
    // "Did he say *when* the new trip will be?": a "when" that a verb of saying puts the
    // question in asks for the date they gave, which lies ahead of what they said.
    let said_when = q.tokens.windows(2).any(|w| (is_in(SAY_WORDS, &w[0].word) || w[0].stem == "mention") && w[1].word == "when");
    if !(q.tokens.iter().any(|t| AHEAD.contains(&t.word.as_str())) || finality || going_ahead || said_when || intending(&q.tokens) || of_intention) {
        return None;
    }
    // "Going ahead" is proceeding, not travelling ("was the meeting still going ahead").
    let proceeds = q.tokens.windows(2).any(|w| MOTION.contains(&w[0].word.as_str()) && w[1].word == "ahead");
    let (motion, rest): (Vec<_>, Vec<_>) = other
        .into_iter()
        .filter(|t| !(WHENS.contains(&t.word.as_str()) || going_ahead && t.word == "going"))
        // Calling a journey off for good is its undoing: "not coming anymore", "ditched it for good".
        .partition(|t| MOTION.contains(&t.word.as_str()) && !proceeds || finality && crate::matcher::words::calls_off(&t.stem));
    // Their words of intention whose subject the question's other words are: a journey for
    // coming and going, the rest by meaning ("still hoping for a deal").
    let si = (0..d.statement.len()).find(|&i| {
        let st = &d.statement[i];
        let toks = tokenize(&normalise(&st.evidence).text);
        let journey = !motion.is_empty() && toks.iter().any(|t| JOURNEYS.contains(&t.word.as_str()));
        let (_, cov) = overlap(&rest, &cx.index.statement_terms[i]);
        // A journey of theirs answers coming and going, whatever else the question wonders
        // ("is he coming back or is he done with London").
        st.speaker.as_deref() == Some(id) && intending(&toks) && (journey || !rest.is_empty() && cov >= 0.5 || of_intention && covers_intended(&rest, st))
    })?;
    let st = &d.statement[si];
    // "When will he come?" is not answered by an intention: a decline, the intention its context.
    // "Is he still planning to come?" asks of the intention itself.
    // "What's the new date?" asks for a date too, whatever frames it: the matcher reads a date
    // set anew as the future ("at a later date" is only some other time).
    let asks_date = q.intent == Intent::When || q.future || said_when;
    let (lead, told) = if asks_date {
        ("The article gives no date; it reports only what was intended:", false)
    } else if intending(&q.tokens) {
        ("As of the report, the article tells of this intention:", true)
    } else {
        ("The article doesn't say what came of it; it reports only what was intended:", true)
    };
    let mut a = Answer::new(q.intent, told, lead.to_string()).with_confidence(0.7);
    a.cite(Some(words_label(cx, st)), super::cite(cx, st.p, &st.evidence));
    a.sources.push(source_of(cx, st));
    a.people.push(p);
    Some(a)
}

/// Whether the question has "going to" before a verb ("is he going to reschedule"), not before
/// where someone goes ("going to London", "going to the talks").
fn going_to_do(q: &Question) -> bool {
    q.tokens.windows(3).any(|w| {
        w[0].word == "going"
            && w[1].word == "to"
            && !matches!(w[2].word.as_str(), "the" | "a" | "an" | "his" | "her" | "their")
            && !q.mentions.iter().any(|m| m.words.split(' ').next() == Some(w[2].word.as_str()))
    })
}

/// Whether at least half of `terms` (the question's words for what it asks of) are among the
/// words a statement says its speaker meant to do: those after its word of intention, as
/// themselves or a word of their lexicon group ("visit" for "trip").
fn covers_intended(terms: &[crate::matcher::QTerm], st: &crate::kb::Statement) -> bool {
    let toks = tokenize(&normalise(&st.evidence).text);
    let Some(k) = toks.iter().position(|t| super::verdict::is_intending(&t.stem)) else { return false };
    let intended = &toks[k + 1..];
    let hit = terms.iter().filter(|t| intended.iter().any(|x| x.stem == t.stem || t.alts.contains(&x.stem))).count();
    !terms.is_empty() && 2 * hit >= terms.len()
}
