//! "Why was the wider meeting called off?", "what made Europe scramble?": a reason is a
//! sentence that links what was asked about to something else, with what was asked about on
//! the effect side of the link.
//!
//! English marks the link with a small closed class of words, and each has a direction: "X
//! *prompted* Y", "X, *raising* Y" put the cause first; "Y *after* X", "Y *because* X" put the
//! effect first; a sentence that opens "*Since* X, Y" puts the effect after the comma. A
//! sentence where the asked event sits on the cause side ("talks were held *after* Rubio
//! cancelled") does not say why Rubio cancelled, however close its words are.

use super::{Answer, Cx};
use crate::matcher::embed::Model;
use crate::matcher::semantic::Ranked;
use crate::matcher::words::{CAUSE_FIRST, EFFECT_FIRST, PURPOSE_LINKS, SIGN_LINKS};
use crate::matcher::{tokens, EntityRef, Link, QTerm, Question};

/// How close in meaning what a "how did X show Y" question says was shown must be to what a
/// sentence shows (the cosine of the two phrases). On the 20 such questions of the batch, the
/// sentence meant scored 0.24-0.78 and the others 0.14-0.33; the closest is taken, so the
/// floor only keeps out phrases near nothing.
const SHOWN_CLOSE: f32 = 0.3;
/// How far down the ranking a reason is looked for.
const LOOK_AT: usize = 5;
/// How many words before a passive participle ("the fighting triggered by …") are what it
/// says was caused: a short noun phrase, not the whole sentence before it.
const PASSIVE_SUBJECT: usize = 3;
/// How much a question word counts on a side where only a word close in meaning stands for it.
const CLOSE_COUNTS: f32 = 0.5;
/// The share of the question's words that must be on the effect side.
const ON_EFFECT_SIDE: f32 = 0.5;

/// How well one side of a link holds what a question asks about.
#[derive(Debug, Clone, Copy)]
struct Fit {
    /// The share of the asked words there, a word close in meaning counting [`CLOSE_COUNTS`].
    share: f32,
    /// The share there themselves or as synonyms.
    own: f32,
}

/// Which side of a causal link the question's words must be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// "Why did X happen": X is the effect; the other side is the reason.
    Effect,
    /// "What did X lead to": X is the cause; the other side is what followed.
    Cause,
    /// "What was X for": X is the means of a link of purpose ("X to try to Y", "X was an
    /// attempt to Y"); the other side is the aim.
    Means,
    /// "What did X show": X is the sign ("X underlined Y", "X could indicate Y"); the other side
    /// is what it shows.
    Sign,
}

/// The other end of the link `link` the question asks for, from the best-ranked sentences.
/// What something showed is also what followed from it, when the article links it no other way
/// ("what did the cancellation mean": "… prompted a broader meeting to be cancelled").
pub fn answer(cx: &Cx<'_>, q: &Question, link: Link, ranked: &[Ranked]) -> Option<Answer> {
    match link {
        Link::Cause => reasons(cx, q, ranked),
        Link::Effect => effects(cx, q, ranked),
        Link::Purpose => purposes(cx, q, ranked),
        Link::Sign => signs(cx, q, ranked).or_else(|| effects(cx, q, ranked)),
    }
}

/// The best-ranked sentence that gives a reason for what the question asks about.
fn reasons(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let mut scored = linked(cx, q, ranked, Side::Effect, |_| true).unwrap_or_default();
    if scored.is_empty() {
        if let Some(a) = read_as_sign_of(cx, q, ranked) {
            return Some(a);
        }
        // A "why" that takes something as given is answered where that is checked first
        // (`untold_reason`): "why did Rubio fly to Moscow" is not answered by any reason.
        return if q.premise.is_none() && !asks_beyond_link(q) { under_other_name(cx, q) } else { None };
    }
    // The link that holds more of what is asked leads ("the downgrading of the parley came
    // after …" over "talks were held … after Rubio cancelled" for "why were the talks
    // downgraded"); the ranking decides between equals. A second reason only when it fits as
    // well as the first.
    // Only words there themselves (or as synonyms) decide: a long side finds more words merely
    // close in meaning.
    scored.sort_by(|a, b| b.1.own.total_cmp(&a.1.own));
    let &(_, best) = scored.first()?;
    let reasons: Vec<usize> = scored.iter().take(2).filter(|x| x.1.own >= best.own && x.1.share >= best.share).map(|x| x.0).collect();
    Some(told(cx, q, &reasons, ("The article gives this reason:", "The article links it to these:")))
}

/// Modal verbs that make a sign a guess at its cause ("the jitters *could* indicate that …").
const GUESSING: &[&str] = &["could", "may", "might"];

/// "Why would the US get cold feet?": where no link gives a reason, a sentence that reads what
/// was asked about as a sign, hedged by a modal ("the apparent U.S. jitters *could indicate*
/// that the Ukrainian position did not align …"), offers what it may be explained by: a guess
/// at its cause, told as one. An unhedged sign ("the cancellation *underlined* the difficulty")
/// asserts what the thing shows, not why it happened.
fn read_as_sign_of(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let guessed = |si: usize| {
        cx.index
            .sentence_words
            .get(si)
            .is_some_and(|(toks, _)| toks.windows(2).any(|w| GUESSING.contains(&w[0].word.as_str()) && SIGN_LINKS.contains(&w[1].stem.as_str())))
    };
    let scored = linked(cx, q, ranked, Side::Sign, guessed).filter(|s| !s.is_empty())?;
    Some(told(cx, q, &[scored[0].0], ("The article offers this as a possible explanation:", "")))
}

/// "Why did Rubio skip London?": no link gives a reason for the event the question describes in
/// its own words, but one may under another name the article gives it ("the downgrading of the
/// parley came after …"): the first such name on the effect side of a link, all its words there.
fn under_other_name(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let (_, ei) = super::events::described(cx, q)?;
    reason_under_other_name(cx, q, ei)
}

/// Words that may stand before the auxiliary opening a question ("*so* did he …").
const LEAD_WORDS: &[&str] = &["so", "but", "and", "then", "ok", "okay", "well", "or"];

/// Verbs by which someone gives their own reason ("what reason did he *give*").
const ACCOUNT_VERBS: &[&str] =
    &["give", "gave", "offer", "offered", "cite", "cited", "explain", "explained", "say", "said", "state", "stated", "provide", "provided"];

/// Whether a "why" asks more than a link another draws under another name can tell: the
/// actor's own account ("what reason did he give?", "did Rubio himself explain it?") or a
/// reason it guesses at in a yes/no question of its own ("why did he cancel, was he sick?").
pub fn asks_beyond_link(q: &Question) -> bool {
    const PRONOUNS: &[&str] = &["he", "she", "they", "it", "there"];
    const SELF: &[&str] = &["himself", "herself", "themselves"];
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let named = |x: &str| PRONOUNS.contains(&x) || q.mentions.iter().any(|m| !m.from_context && m.words.split(' ').next_back() == Some(x));
    let own_account = (1..w.len()).any(|k| {
        let subject = if SELF.contains(&w[k - 1]) && k >= 2 { w[k - 2] } else { w[k - 1] };
        ACCOUNT_VERBS.contains(&w[k]) && named(subject)
    });
    // A yes/no question of its own opens mid-message ("…, was he sick"), not right after the
    // word that asks ("why was he …", "so did he …").
    let opens_question = |k: usize| crate::matcher::words::is_in(crate::matcher::words::WH_WORDS, w[k - 1]) || LEAD_WORDS.contains(&w[k - 1]);
    let guessed =
        (2..w.len().saturating_sub(1)).any(|k| crate::matcher::words::AUXILIARIES.contains(&w[k]) && PRONOUNS.contains(&w[k + 1]) && !opens_question(k));
    own_account || guessed
}

/// A reason the article gives for event `ei` under another of its names: the first such name
/// on the effect side of a link, all its words there.
pub fn reason_under_other_name(cx: &Cx<'_>, q: &Question, ei: usize) -> Option<Answer> {
    let (name, si) = cx.article.data.event[ei].also.iter().find_map(|n| {
        let si = cx.article.sentences.iter().position(|s| s.p == n.p && s.text(cx.article).contains(n.text.as_str()))?;
        let (toks, comma) = cx.index.sentence_words.get(si)?;
        let terms: Vec<QTerm> = tokens::tokenize(&n.text)
            .into_iter()
            .filter(|t| !crate::matcher::words::is_stopword(&t.word) && cx.index.alias_at(std::slice::from_ref(t), 0).is_none())
            .map(|t| QTerm::new(t.word, t.stem, Vec::new(), None))
            .collect();
        let asked: Vec<&QTerm> = terms.iter().collect();
        let fit = best_link(toks, *comma, &asked, &[], Side::Effect, false, |_| 0)?;
        (!asked.is_empty() && fit.own >= 1.0).then_some((n.text.as_str(), si))
    })?;
    // Whose reason it would be is said first: the link is someone else's account.
    let actor = cx.article.data.event[ei].who.iter().find_map(|w| cx.article.person(w));
    let lead = match actor {
        Some(p) => format!("The article gives no reason of {}’s own; it links “{name}” to this:", p.name),
        None => format!("The article links “{name}” to this:"),
    };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.7);
    super::meaning::cite_sentence(cx, &mut a, si, true);
    super::meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// "What was the aim of Wednesday's meetings?": the best-ranked sentence that says what was
/// asked about was done for something ("held meetings … to try to revive the talks").
fn purposes(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let scored = linked(cx, q, ranked, Side::Means, |_| true).filter(|s| !s.is_empty())?;
    // An aim may be told twice ("meetings … to try to revive peace talks"; "at the heart of the
    // talks was an attempt to establish …"): the two that fit best.
    let aims: Vec<usize> = scored.iter().take(2).map(|x| x.0).collect();
    Some(told(cx, q, &aims, ("The article gives this aim:", "The article gives these aims:")))
}

/// "What happened because of that?", "what did Rubio's cancellation lead to?": the best-ranked
/// sentence with what is asked about on the cause side of a link — other than the words the
/// last answer gave, which are what "that" is.
fn effects(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let given = |si: usize| cx.ctx.told(&cx.article.sentences[si]);
    let scored = linked(cx, q, ranked, Side::Cause, |si| !given(si)).filter(|s| !s.is_empty())?;
    // Several things may follow from one act; the two best-ranked are told.
    let followed: Vec<usize> = scored.iter().take(2).map(|x| x.0).collect();
    Some(told(cx, q, &followed, ("The article says this followed:", "The article says these followed:")))
}

/// "What did the cancellation show?", "what could the jitters indicate?": the best-ranked
/// sentence that reads what is asked about as a sign of something ("the cancellation of Rubio's
/// trip *underlined* the difficulty of closing the gaps").
fn signs(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.about_last {
        if let Some(k) = sign_after_last(cx, q) {
            return Some(told(cx, q, &[k], ("The article reads it as a sign of this:", "")));
        }
    }
    let scored = linked(cx, q, ranked, Side::Sign, |_| true).filter(|s| !s.is_empty())?;
    let shown: Vec<usize> = scored.iter().take(1).map(|x| x.0).collect();
    Some(told(cx, q, &shown, ("The article reads it as a sign of this:", "The article reads it as a sign of these:")))
}

/// "How did the British show things were still moving?": a "how" that asks by what someone
/// showed something is answered by the best-ranked sentence that shows what the question says
/// was shown ("… pointed to the technical talks *to show* efforts were ongoing"), with those it
/// names in it. Only the question's words after its verb of showing are what was shown, and
/// they are compared as a phrase: "things are still moving" shares no word with "efforts were
/// ongoing", only its meaning.
pub fn shown_by(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let toks = &q.tokens;
    // "What did London cite *as proof* the diplomacy was alive?": what someone held up as a
    // sign of something is what they did *to show* it — an act of theirs, not a thing that
    // happens to underline something ("…, underscoring the gaps").
    let held_up = toks.first().is_some_and(|t| t.word == "what");
    let at = match toks.first().map(|t| t.word.as_str()) {
        Some("how") => toks.iter().position(|t| SIGN_LINKS.contains(&t.stem.as_str()))?,
        Some("what") => as_proof(toks)?,
        _ => return None,
    };
    let after: Vec<&str> = toks[at + 1..].iter().map(|t| t.word.as_str()).collect();
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !m.qualifier).map(|m| m.entity).collect();
    // What the question says was shown, as a phrase (its words after the verb of showing),
    // against what each well-ranked sentence that names them shows: the closest, if close.
    let m = Model::shipped();
    let asked = m.embed(&after.join(" "));
    let closeness = |si: usize| -> Option<f32> {
        let (words, _) = cx.index.sentence_words.get(si)?;
        let link = (0..words.len()).find(|&k| SIGN_LINKS.contains(&words[k].stem.as_str()) && (!held_up || k > 0 && words[k - 1].word == "to"))?;
        let shown: Vec<&str> = words[link + 1..].iter().map(|t| t.word.as_str()).collect();
        named.iter().all(|e| cx.index.sentences[si].entities.contains(e)).then(|| crate::matcher::embed::cos(&asked, &m.embed(&shown.join(" "))))
    };
    let (si, close) = ranked
        .iter()
        .take(if held_up { usize::MAX } else { LOOK_AT })
        .filter_map(|r| Some((r.sentence, closeness(r.sentence)?)))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    if close < SHOWN_CLOSE {
        return None;
    }
    Some(told(cx, q, &[si], ("The article tells how:", "")))
}

/// Nouns for what shows something ("as *proof*", "as *evidence*", "as a *sign*"), as stems.
const PROOF_NOUNS: &[&str] = &["proof", "evid", "sign", "indic"];

/// Where "as" + a noun of proof ends ("cite *as proof* the talks were alive"): the words after
/// it are what was shown.
fn as_proof(toks: &[tokens::Token]) -> Option<usize> {
    (1..toks.len()).find(|&k| {
        let noun = PROOF_NOUNS.iter().any(|p| toks[k].stem.starts_with(p));
        let before = if matches!(toks[k - 1].word.as_str(), "a" | "an") { k.checked_sub(2) } else { Some(k - 1) };
        noun && before.is_some_and(|b| toks[b].word == "as")
    })
}

/// The answer citing `sentences`, led by the first of `leads` for one and the second for more.
fn told(cx: &Cx<'_>, q: &Question, sentences: &[usize], leads: (&str, &str)) -> Answer {
    let lead = if sentences.len() > 1 { leads.1 } else { leads.0 };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.7);
    for &si in sentences {
        super::meaning::cite_sentence(cx, &mut a, si, true);
    }
    super::meaning::report_itself_if_unsourced(cx, &mut a);
    a
}

/// The ranked sentences (among the first [`LOOK_AT`] that `keep` allows) with a causal link
/// holding at least [`ON_EFFECT_SIDE`] of the question's words on `side`, best first, with
/// that share.
fn linked(cx: &Cx<'_>, q: &Question, ranked: &[Ranked], side: Side, keep: impl Fn(usize) -> bool) -> Option<Vec<(usize, Fit)>> {
    let topic = q.topic_terms(&[]);
    // The words that ask for the link are not what it links.
    let link = match side {
        Side::Means => Link::Purpose,
        Side::Sign => Link::Sign,
        Side::Effect => Link::Cause,
        Side::Cause => Link::Effect,
    };
    // "What *triggered* the fighting": a verb of causing in a question asking why is the link
    // itself.
    let cue = |t: &QTerm| link.is_cue(t) || side == Side::Effect && CAUSE_FIRST.contains(&t.stem.as_str());
    // "…, according to the insider": who says so is not what is linked; "what did it reveal
    // about the sides": what is shown is asked of, not what shows it.
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let aside_from = (0..w.len()).find(|&k| w[k] == "according" && w.get(k + 1) == Some(&"to") || side == Side::Sign && w[k] == "about").unwrap_or(w.len());
    let mut aside: Vec<&str> = w[aside_from..].to_vec();
    // "What was the point of the London sessions in the first place": an aim is asked of what
    // the noun of purpose owns, up to the next preposition; the words after it only frame it.
    if side == Side::Means {
        aside.extend(past_owned_phrase(&q.tokens).iter().map(|t| t.word.as_str()));
    }
    let aside = &aside[..];
    let asked: Vec<&QTerm> =
        topic.iter().filter(|t| t.entity.is_none() && !crate::matcher::words::is_stopword(&t.word) && !cue(t) && !aside.contains(&t.word.as_str())).collect();
    // "I get that Rubio cancelled, but why did the bigger meeting get scrapped?": a question
    // asked after a premise it grants asks of its own clause, when that clause names what it
    // asks about; one that points back ("… downgraded. Why did that happen?") asks of the premise.
    let own = asked_clause(q);
    let asked: Vec<&QTerm> = match &own {
        Some(own) if asked.iter().any(|t| own.contains(&t.word.as_str())) => asked.into_iter().filter(|t| own.contains(&t.word.as_str())).collect(),
        _ => asked,
    };
    // People named outright, or by a title of one ("the secretary of state", not a title read
    // loosely: "foreign ministers"), are who the link is about: they must be on the asked side
    // ("why did Rubio cancel" is not answered by "… after Rubio cancelled", nor "why did
    // Washington's top diplomat cancel" by "Rubio's no-show prompted a meeting to be cancelled").
    let surname = |p: usize| cx.article.data.person[p].name.split_whitespace().next_back().map(|w| w.to_lowercase());
    // A title of one is someone when it stands alone, not when it qualifies a noun ("the
    // bigger FM meeting", "the foreign-minister level meeting").
    let one_by_title = |m: &crate::matcher::Mention| {
        let last = m.words.split(' ').next_back().unwrap_or_default();
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
        let at = q.tokens.iter().position(|t| t.word == last);
        let qualifies = at
            .and_then(|k| q.tokens.get(k + 1))
            .is_some_and(|t| crate::matcher::words::is_in(crate::matcher::words::MEETING_WORDS, &t.word) || t.word == "level");
        !plural && !qualifies && !m.words.contains('-')
    };
    let mut people: Vec<String> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && (!m.by_role || one_by_title(m)))
        .filter(|m| own.as_ref().is_none_or(|own| m.words.split(' ').all(|w| own.contains(&w))))
        .filter_map(|m| match m.entity {
            EntityRef::Person(p) => surname(p),
            _ => None,
        })
        .collect();
    // "What happened because of that?": what the last answer told is someone's act, and
    // that someone leads the conversation.
    let refers_back = q.follow_up || q.tokens.iter().any(|t| matches!(t.word.as_str(), "that" | "this" | "it"));
    if side == Side::Cause && people.is_empty() && refers_back {
        people.extend(cx.ctx.people.first().and_then(|&p| surname(p)));
    }
    // "What was Rubio's no-show a sign of": someone's act may be all a sign is named by.
    if asked.is_empty() && (side != Side::Sign || people.is_empty()) {
        return None;
    }
    let listed = listed_sides(q, &own);
    // Whether what is asked why of is someone's act ("why did *he* cancel", "why not?" after
    // "who was meant to come"), not a thing's fate ("why was *it* cancelled").
    let has = |ws: &[&str]| q.tokens.iter().any(|t| ws.contains(&t.word.as_str()));
    let someone = !people.is_empty() || has(&["he", "she", "him", "her"]) || (q.follow_up && !has(&["it", "this", "that"]) && !cx.ctx.people.is_empty());
    // Two reasons may be given ("came at a critical time, days after …" and a source's "came
    // after Ukraine drafted a paper"); the article's order of rank decides which leads.
    let scored: Vec<(usize, Fit)> = ranked
        .iter()
        .filter(|r| keep(r.sentence))
        // Someone's act on the cause side is specific enough to look through the article.
        .take(if side == Side::Cause && !people.is_empty() { usize::MAX } else { LOOK_AT })
        .filter_map(|r| {
            let (toks, comma) = cx.index.sentence_words.get(r.sentence)?;
            let sides = |wanted: &[tokens::Token]| lists_all(cx, &listed, wanted);
            Some((r.sentence, best_link(toks, *comma, &asked, &people, side, someone, sides)?))
        })
        .filter(|&(_, fit)| fit.share >= ON_EFFECT_SIDE)
        .collect();
    Some(scored)
}

/// The share of the asked words found on `side` of the sentence's best causal link, when it
/// has a link with words on both sides and the people asked about on that side.
/// `toks` are the sentence's words and `comma` where the words after its first comma begin.
/// `someone`: what is asked is someone's act, so a link whose cause side holds it as much as
/// its effect side tells what the act led to, not why it happened.
#[allow(clippy::too_many_arguments)]
fn best_link(
    toks: &[tokens::Token],
    comma: usize,
    asked: &[&QTerm],
    people: &[String],
    side: Side,
    someone: bool,
    sides: impl Fn(&[tokens::Token]) -> usize,
) -> Option<Fit> {
    // A link of purpose puts its means first, as a cause-first link puts its cause.
    // A sign comes before what it shows, as a cause before its effect.
    let cause_first = |t: &tokens::Token| match side {
        Side::Means => PURPOSE_LINKS.contains(&t.stem.as_str()),
        Side::Sign => SIGN_LINKS.contains(&t.stem.as_str()),
        _ => CAUSE_FIRST.contains(&t.stem.as_str()),
    };
    // "Came at a critical time, *days after* Trump warned": a span of time measured before
    // "after" places one thing in time from another; it says why that time is what it is
    // ("why is the timing critical"), not why the thing happened.
    let asks_time = asked.iter().any(|t| crate::matcher::words::MOMENT_NOUNS.contains(&t.word.as_str()));
    let timed = |k: usize| {
        !asks_time
            && k > 0
            && (crate::matcher::words::is_in(crate::matcher::words::TIME_UNITS, &toks[k - 1].word) || MEASURED.contains(&toks[k - 1].word.as_str()))
    };
    let is_link = |k: usize| cause_first(&toks[k]) || !matches!(side, Side::Means | Side::Sign) && EFFECT_FIRST.contains(&toks[k].stem.as_str()) && !timed(k);
    (0..toks.len())
        .filter(|&at| is_link(at))
        .filter_map(|at| {
            // Each link's sides end at the links next to it: "held talks *after* Rubio
            // cancelled, *raising* questions" does not put the cancelling before "raising".
            let prev = (0..at).rev().find(|&k| is_link(k)).map_or(0, |k| k + 1);
            let next = (at + 1..toks.len()).find(|&k| is_link(k)).unwrap_or(toks.len());
            let passive = toks.get(at + 1).is_some_and(|t| t.word == "by");
            let (cause, effect): (&[tokens::Token], &[tokens::Token]) = if cause_first(&toks[at]) && passive {
                // "the fighting *triggered by* Russia's invasion": the cause comes after "by",
                // and what it caused is the few words the participle follows.
                (&toks[at + 2..next.max(at + 2)], &toks[prev.max(at.saturating_sub(PASSIVE_SUBJECT))..at])
            } else if cause_first(&toks[at]) {
                (&toks[prev..at], &toks[at + 1..next])
            } else if at == 0 {
                // "Since X, Y": the effect is the clause after the comma.
                (&toks[1..comma.max(1)], &toks[comma.max(1)..])
            } else {
                (&toks[at + 1..next], &toks[prev..at])
            };
            let wanted = if side == Side::Effect { effect } else { cause };
            if cause.is_empty() || effect.is_empty() || wanted.len() + 1 >= toks.len() {
                return None;
            }
            let words: Vec<&str> = wanted.iter().map(|t| t.stem.as_str()).collect();
            let plain: Vec<&str> = wanted.iter().map(|t| t.word.as_str()).collect();
            if !people.iter().all(|p| plain.contains(&p.as_str())) {
                return None;
            }
            // A word of the question counts on that side as itself, a synonym, or a word close
            // in meaning ("scrapped" for "cancelled": the question is rarely in the article's words).
            // A word close in meaning is weaker evidence than the word itself: it counts half.
            // The side's vectors are built only for a word not there itself.
            let (by_word, missing): (Vec<&QTerm>, Vec<&QTerm>) = asked.iter().partition(|t| words.iter().any(|w| t.has_stem(w)));
            let close = if missing.is_empty() {
                0
            } else {
                let m = Model::shipped();
                let vecs = super::verdict::content_vectors(m, wanted);
                missing.iter().filter(|t| super::verdict::in_clause(m, t, wanted, &vecs)).count()
            };
            let found = by_word.len() as f32 + CLOSE_COUNTS * close as f32;
            // A list of countries the question names counts where that side lists them all
            // ("the gathering of the Ukrainian, British, French and German top diplomats":
            // "foreign ministers from Ukraine, Britain, France and Germany"), once a word is
            // there too: a name alone is no event, and one or two are often only a setting.
            let named = if found > 0.0 { sides(wanted) as f32 } else { 0.0 };
            // What is asked why of is on the cause side as much as on the effect side ("why
            // did he cancel": "Rubio's *no-show* prompted a meeting to be *cancelled*"): the
            // link tells what it led to, and the effect is another thing of the same kind.
            // Calling off is one closed class of words ([`words::CALLING_OFF`]); a hyphened
            // one ("no-show") comes as two tokens.
            let calls_off = |c: &[tokens::Token]| {
                c.iter().any(|x| crate::matcher::words::calls_off(&x.stem))
                    || c.windows(2).any(|p| crate::matcher::words::calls_off(&format!("{}-{}", p[0].word, p[1].word)))
            };
            let on_cause = |t: &&&QTerm| cause.iter().any(|c| t.has_stem(&c.stem)) || crate::matcher::words::calls_off(&t.stem) && calls_off(cause);
            // Words of saying frame a reason ("what are insiders saying"); they are not what
            // it is a reason for. The effect side must hold more than the cause side does: a
            // word close in meaning or the sides it lists ("the gathering of the Ukrainian,
            // British … diplomats called off") tell which of two cancellations is asked about.
            let told: Vec<&&QTerm> = by_word.iter().filter(|t| !crate::matcher::words::is_in(crate::matcher::words::SAY_WORDS, &t.word)).collect();
            let beyond = told.len() as f32 + CLOSE_COUNTS * close as f32 + named;
            if someone && side == Side::Effect && !told.is_empty() && told.iter().copied().filter(on_cause).count() as f32 >= beyond {
                return None;
            }
            let of_asked = |n: f32| if asked.is_empty() { 1.0 } else { (n + named) / (asked.len() as f32 + named) };
            // What followed from someone's act: the person is half of what is asked about
            // ("Rubio's no-show prompted …" after "Rubio cancelled his trip").
            let (share, own) = (of_asked(found), of_asked(by_word.len() as f32));
            Some(if side == Side::Cause && !people.is_empty() { Fit { share: 0.5 + 0.5 * share, own: 0.5 + 0.5 * own } } else { Fit { share, own } })
        })
        .max_by(|a, b| a.share.total_cmp(&b.share))
}

/// The sides the question lists in its asked clause (`own`), when it lists at least [`LISTED`].
fn listed_sides(q: &Question, own: &Option<Vec<&str>>) -> Vec<EntityRef> {
    let mut asked: Vec<EntityRef> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && matches!(m.entity, EntityRef::Side(_)))
        .filter(|m| own.as_ref().is_none_or(|own| m.words.split(' ').all(|w| own.contains(&w))))
        .map(|m| m.entity)
        .collect();
    asked.dedup();
    if asked.len() < LISTED {
        asked.clear();
    }
    asked
}

/// How many of `listed` count on `wanted`: all of them when it names every one, else none.
fn lists_all(cx: &Cx<'_>, listed: &[EntityRef], wanted: &[tokens::Token]) -> usize {
    if listed.is_empty() {
        return 0;
    }
    let there: Vec<EntityRef> = (0..wanted.len()).filter_map(|i| cx.index.alias_at(wanted, i).map(|(e, _)| e)).collect();
    if listed.iter().all(|e| there.contains(e)) {
        listed.len()
    } else {
        0
    }
}

/// How many countries make a list the question draws ("Ukraine, Britain and France"): fewer are
/// more often where something happened or who did it than the parties to it.
const LISTED: usize = 3;

/// The words of the clause a question is asked in, when it follows a premise the message
/// states first and does not point back at it ("that", "it", "they").
fn asked_clause(q: &Question) -> Option<Vec<&str>> {
    const POINTING_BACK: &[&str] = &["that", "this", "it", "he", "she", "they", "them", "him", "her", "his", "their", "its"];
    let own: Vec<&str> = q.tokens.get(q.asked_at..)?.iter().map(|t| t.word.as_str()).collect();
    (q.asked_at > 0 && !own.iter().any(|w| POINTING_BACK.contains(w))).then_some(own)
}

/// Words that measure how long after: "*shortly* after", "*soon* after", "*long* after".
const MEASURED: &[&str] = &["shortly", "soon", "long", "moments"];

/// How many sentences after the last answer's words may read them as a sign.
const SIGN_READS_ON: usize = 2;

/// "Why does that matter for the Americans?" after a source's account of a paper: the article
/// reads what it just told as a sign right there or in the next sentences ("The source said the
/// apparent U.S. jitters could indicate …"): the first with a verb of signifying that names
/// whom the question names.
fn sign_after_last(cx: &Cx<'_>, q: &Question) -> Option<usize> {
    let sentences = &cx.article.sentences;
    let first = sentences.iter().position(|s| cx.ctx.told(s))?;
    let last = sentences.iter().rposition(|s| cx.ctx.told(s))?;
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !m.from_context).map(|m| m.entity).collect();
    let signifies = |k: usize| cx.index.sentence_words.get(k).is_some_and(|(toks, _)| toks.iter().any(|t| SIGN_LINKS.contains(&t.stem.as_str())));
    (first..=(last + SIGN_READS_ON).min(sentences.len().saturating_sub(1)))
        .find(|&k| signifies(k) && named.iter().all(|e| cx.index.sentences.get(k).is_some_and(|s| s.entities.contains(e))))
}

/// The words after the phrase a noun of purpose owns ("the point of *the London sessions* in
/// the first place": "in the first place"), or none when no such noun is followed by "of".
fn past_owned_phrase(toks: &[crate::matcher::tokens::Token]) -> &[crate::matcher::tokens::Token] {
    use crate::matcher::words::{is_in, PURPOSE_NOUNS};
    const ENDS: &[&str] = &["in", "at", "on", "for", "with", "during", "since", "after", "before", "if", "when", "then", "anyway"];
    let Some(k) = toks.windows(2).position(|w| is_in(PURPOSE_NOUNS, &w[0].stem) && w[1].word == "of") else { return &[] };
    let from = k + 2;
    match (from..toks.len()).find(|&j| j > from && (ENDS.contains(&toks[j].word.as_str()) || toks[j].clause != toks[from].clause)) {
        Some(end) => &toks[end..],
        None => &[],
    }
}
