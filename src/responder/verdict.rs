//! "Did Rubio go to London?", "is Ukraine going to recognise Crimea as Russian?": a yes/no
//! question gets a verdict first — yes, no, or "not outright" — then the words it rests on.
//!
//! The evidence is the ranker's (as for any question read by meaning). The verdict compares
//! polarity: the clause of the best sentence that holds the question's subject either says what
//! the question asks (yes) or its negation (no). English marks negation with a closed class —
//! "not", "never", "no" — and with verbs whose meaning is "not do" (cancel, reject, refuse,
//! rule out): [`words::NEGATING_STEMS`]. A question asked with such a verb ("has Kyiv turned down…")
//! counts the same way, so "turned down" against "rejected" is a yes. A clause that only
//! supposes ("if Russia opts for a pause") or does not hold the subject gets no verdict.
//!
//! Two kinds are settled otherwise: "is X the `<title>`?" from the titles the article gives
//! ([`identity`]), and, when the ranker is unsure, a claim whose predicate a sentence near the top
//! says of the subject by name ("was Vance optimistic that a deal can get done?"; a tagged claim
//! such as "Rubio cancelled his trip, right?" reads as a yes/no question).

use super::who_is::readable_title;
use super::{meaning, Answer, Cx};
use crate::matcher::embed::{cos, Model};
use crate::matcher::normalise::normalise;
use crate::matcher::semantic::{Ranked, Ranker};
use crate::matcher::tokens::{tokenize, Token};
use crate::matcher::{compare, Intent};
use crate::matcher::{words, EntityRef, Question};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Yes,
    No,
}

pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let best = ranked.first()?;
    // An event the article reports called off settles whether it took place, whatever else
    // the sentences near the top say of the same words.
    if let Some(a) = super::called_off::answer(cx, q, ranked) {
        return Some(a);
    }
    let Some(mut a) = meaning::answer_ranked(cx, q, ranked, Ranker::shipped().threshold_for(q.intent)) else {
        return settled_near_the_top(cx, q, ranked).or_else(|| their_view(cx, q));
    };
    let s = &cx.article.sentences[best.sentence];
    // A sentence the ranker is unsure of may be the one the question is about, but it carries
    // no plain yes or no: it is given as what the article says, and no verdict is read from it.
    let sure = Ranker::shipped().sure(a.confidence);
    a.lead = match sure.then(|| verdict(cx, q, s.p, s.text(cx.article), false)).flatten() {
        // The evidence's source, if unnamed, labels the evidence just below.
        Some(v) => v.word().to_string(),
        // "Did they sign the deal that week?" against "he hoped they would make a deal this
        // week": the article tells of the hope, not of what came of it.
        None if only_intended(q, s.text(cx.article)) => return Some(super::decline::only_intended(a)),
        // "Is it true there was no progress?": whether a thing came about may be settled a
        // little below the best sentence, which only speaks of it.
        None => match settled_by_its_word(cx, q, ranked) {
            Some(settled) => return Some(settled),
            None => "The article doesn't say so outright; here is what it says:".to_string(),
        },
    };
    Some(a)
}

/// "Does the veep reckon only one side has to hand over land?": whether someone holds a view
/// the article does not settle in the question's words is still best answered by their own
/// words on its topic, given as what they said — no yes or no read into them.
fn their_view(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let subject = subject(q).filter(|e| matches!(e, EntityRef::Person(_)))?;
    let head = predicate_head(q, subject)?;
    if !(words::is_in(words::THINKING, &head.stem) || words::is_saying(&head.word, &head.stem)) {
        return None;
    }
    let mut a = super::quote::on_topic(cx, q)?;
    // Only its "only" is settled there: "only Russia" against words that say "both".
    if !leads_with_one(&a) {
        let alone_denied = a.evidence.first().is_some_and(|e| not_alone(cx, q, &e.citation.text));
        a.lead = format!("{} {}", if alone_denied { "No." } else { "The article doesn't say so outright." }, a.lead);
    }
    Some(a)
}

/// Whether a thing came about ("was there any progress?"), settled near the top by a sentence
/// with the thing's own word: the best sentence was sure, so a word close in meaning below it
/// is not enough ("was there an agreement?" is not settled by "progress was being made").
fn settled_by_its_word(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let thing = existential_thing(q).filter(|_| subject(q).is_none())?;
    settled_near_the_top(cx, q, ranked).filter(|a| a.evidence.first().is_some_and(|e| has_stem(&[thing.stem.as_str()], &e.citation.text)))
}

/// Verbs that tell of what someone meant or hoped to happen, not of what happened (by stem:
/// "hoped", "looked forward", "planned", "wanted").
const INTENDING: &[&str] = &["hope", "look", "plan", "intend", "expect", "aim", "want"];

/// Whether a yes/no question about what came about ("did they sign …", "did he reschedule")
/// is met only by words of intention ("he hoped they would …", "looked forward to
/// rescheduling"): the question does not ask about the intention itself.
/// Whether a word's stem is one of the [`INTENDING`] verbs.
pub fn is_intending(stem: &str) -> bool {
    INTENDING.contains(&stem)
}

fn only_intended(q: &Question, text: &str) -> bool {
    let intends = |toks: &[Token]| toks.iter().any(|t| INTENDING.contains(&t.stem.as_str()));
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let past = crate::matcher::intent::polar_auxiliary(&w).is_some_and(|i| matches!(w[i], "did" | "has" | "have" | "had"));
    past && !intends(&q.tokens) && intends(&tokenize(&normalise(text).text))
}

/// "Is Svyrydenko Zelenskiy's chief of staff?", "is Lammy the foreign minister?": whether the
/// subject holds the title the question gives. Yes when the article gives the subject that
/// title, no when it gives it to someone else — and then who holds it and what the subject is,
/// both titles cited where the article gives them.
pub fn identity(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let aux = crate::matcher::intent::polar_auxiliary(&w)?;
    // Only "is X the `<title>`" with nothing else asked: "is Lammy the minister who posted on X"
    // asks more than who holds a title.
    // "Is Witkoff described as a special envoy?": words of naming only frame the title.
    const NAMING: &[&str] = &["described", "called", "named", "referred", "known", "labelled", "labeled", "titled", "identified"];
    if !matches!(w[aux], "is" | "was" | "are" | "were") || q.terms.iter().any(|t| !NAMING.contains(&t.word.as_str())) || q.ambiguous.is_some() {
        return None;
    }
    let Some(EntityRef::Person(s)) = subject(q) else { return None };
    let subject_at = q.mentions.iter().position(|m| m.entity == EntityRef::Person(s))?;
    let title = q.mentions.iter().enumerate().find(|(i, m)| m.by_role && !m.qualifier && *i != subject_at).map(|(_, m)| m)?;
    let EntityRef::Person(holder) = title.entity else { return None };
    let d = &cx.article.data;
    let (who, held) = (&d.person[s], &d.person[holder]);
    let own = who.titles.first();
    let mut a = if holder == s {
        Answer::new(Intent::YesNo, true, format!("Yes. {} is {}.", who.name, own.map_or(title.words.clone(), |t| readable_title(&t.text))))
    } else {
        let theirs = held.titles.first()?;
        let what = own.map(|t| format!("; {} is {}", who.name, readable_title(&t.text))).unwrap_or_default();
        Answer::new(Intent::YesNo, true, format!("No. The article gives that title to {}: {}{}.", held.name, readable_title(&theirs.text), what))
    }
    .with_confidence(0.9);
    for t in [held.titles.first(), own].into_iter().flatten() {
        a.cite(None, super::cite(cx, t.p, super::sentence_of(cx, t.p, &t.text)));
    }
    a.people = if holder == s { vec![s] } else { vec![s, holder] };
    Some(a)
}

/// Sentences the ranker puts this close to the top may settle a claim it is unsure of.
const SETTLING_WITHIN: usize = 3;
/// A thing said to come about is a narrower test than a claim's predicate: it may be looked
/// for further down.
const EXISTENCE_WITHIN: usize = 5;

/// Under the ranker's threshold, a sentence near the top that settles the claim — a clause of it
/// that names the subject says the claim's predicate, or its negation — still answers: "Rubio
/// cancelled his trip, right?" is said by two sentences, and their being equally good is what
/// made the ranker unsure; "was Vance optimistic that a deal can get done" is said in other
/// words than the question's, which is what made it unsure.
fn settled_near_the_top(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.future {
        return None;
    }
    let existential = match subject(q) {
        Some(_) => false,
        None if existential_thing(q).is_some() => true,
        None => return None,
    };
    // What will happen is not settled by what did ("is Vance going to visit Kyiv" by "during a
    // visit to India"): a claim about the future needs a sentence that speaks of it too.
    let future = |toks: &[Token]| {
        toks.windows(2).any(|w| matches!(w[0].word.as_str(), "will" | "would" | "gonna" | "shall") || w[0].word == "going" && w[1].word == "to")
    };
    let asks_future = future(&q.tokens);
    ranked.iter().take(if existential { EXISTENCE_WITHIN } else { SETTLING_WITHIN }).find_map(|r| {
        let s = &cx.article.sentences[r.sentence];
        if asks_future && !future(&tokenize(&normalise(s.text(cx.article)).text)) {
            return None;
        }
        let v = verdict(cx, q, s.p, s.text(cx.article), true)?;
        let mut a = meaning::answer_ranked(cx, q, std::slice::from_ref(r), 0.0)?;
        a.lead = v.word().to_string();
        Some(a)
    })
}

/// "Skipped London *because* he caught covid", "is that *why* it was downgraded": a claim given
/// with its reason, which only a clause saying the reason too can settle.
pub(super) fn gives_a_reason(q: &Question) -> bool {
    q.tokens.iter().any(|t| matches!(t.word.as_str(), "because" | "due" | "cause" | "caused" | "why"))
}

/// Verbs saying that something came about ("progress was being *made*", "a deal was *reached*"):
/// a closed class, against the many that only speak of a thing ("a ceasefire *is* the first step",
/// "*hoped* they would make a deal").
const REALISING: &[&str] = &["made", "making", "reached", "achieved", "agreed", "held", "happened", "occurred", "signed", "struck", "secured", "announced"];

/// Words that put what follows in doubt rather than assert it ("questions over *how* much
/// progress was being made").
const DOUBTING: &[&str] = &["how", "whether", "question", "questions", "doubt", "doubts"];

/// "Was there any progress?", "is there any sign of a deal?": no one is asked about, only
/// whether a thing came about — the thing, past "sign of", "word of".
fn existential_thing(q: &Question) -> Option<&crate::matcher::QTerm> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    // With what there is after it: "other sticking points there are?" asks whether they are.
    let there_is = |i: usize| w.get(i) == Some(&"there") && w.get(i + 1).is_some_and(|x| words::is_in(words::AUXILIARIES, x)) && i + 2 < w.len();
    match crate::matcher::intent::polar_auxiliary(&w) {
        // "Wasn't there any …" asks the same.
        Some(aux)
            if {
                let a = aux + usize::from(w.get(aux + 1) == Some(&"not"));
                w.get(a + 1) == Some(&"there") || w.get(a + 1) == Some(&"any") || w.get(a + 2) == Some(&"any")
            } => {}
        Some(_) => return None,
        // A claim put as yes or no, its frame gone ("is it true (that) there was …", "right?"),
        // or told within it ("… an insider said there was …").
        None if q.polar && (0..w.len()).any(there_is) => {}
        None => return None,
    }
    // "Was there zero progress?": the determiner is the claim's polarity, not its thing.
    q.terms
        .iter()
        .find(|t| !matches!(t.word.as_str(), "sign" | "signs" | "word" | "evidence" | "hint" | "indication") && !words::is_in(words::NEGATIVE_WORDS, &t.word))
}

/// Whether a clause says `thing` came about: it has the thing (or a word close in meaning) and
/// after it a verb saying it came about — not as an infinitive ("to reach an agreement"), and
/// in a clause that neither supposes nor doubts it.
fn comes_about(q: &Question, thing: &crate::matcher::QTerm, c: &[Token]) -> bool {
    let m = Model::shipped();
    let v = m.word(&thing.word);
    let Some(at) = c.iter().position(|t| stands_for(m, thing, v.as_deref(), t)) else { return false };
    c[at + 1..].iter().enumerate().any(|(k, t)| REALISING.contains(&t.word.as_str()) && c[at + k].word != "to")
        && !c.iter().any(|t| DOUBTING.contains(&t.word.as_str()))
        && !supposes(q, c)
}

/// "Did the Europeans accept Witkoff's proposals?" answered as a stand on the proposals: the
/// answer's first evidence decides yes or no, which then leads. A reaction is led by the first
/// evidence that decides it ("did Kyiv accept it?": Kyiv's paper on territory decides nothing,
/// "rejected by Kyiv" after it does); a stand's other evidence may be about something else.
pub fn lead(cx: &Cx<'_>, q: &Question, a: &mut Answer) {
    let Some(e) = a.evidence.first() else { return };
    let Some(p) = e.citation.paragraph else { return };
    let v = if q.reacting { a.evidence.iter().find_map(|e| of_reaction(cx, q, &e.citation.text)) } else { verdict(cx, q, p, &e.citation.text, false) };
    if let Some(v) = v {
        a.lead = format!("{} {}", v.word(), a.lead);
    }
}

/// Whether an answer already leads with a verdict ("No. Lammy posted on X; …").
pub fn leads_with_one(a: &Answer) -> bool {
    [Verdict::Yes, Verdict::No].iter().any(|v| a.lead.starts_with(v.word()))
}

impl Verdict {
    fn word(self) -> &'static str {
        match self {
            Verdict::Yes => "Yes.",
            Verdict::No => "No.",
        }
    }
}

/// Yes when the clause of `text` (in paragraph `p`) holding the question's subject has the
/// question's polarity, no when it has the other; nothing when no clause holds the subject, a
/// name the question gives is not in the text, or the clause only supposes. When the ranker is
/// `unsure` of the text, the clause must name the subject (not only be their words) and say the
/// claim's predicate ([`says_the_predicate`]).
fn verdict(cx: &Cx<'_>, q: &Question, p: usize, text: &str, unsure: bool) -> Option<Verdict> {
    let v = claim_verdict(cx, q, p, text, unsure)?;
    Some(if v == Verdict::Yes && not_alone(cx, q, text) { Verdict::No } else { v })
}

/// Words that claim something of one party alone ("*only* Russia must give up land").
const ALONE: &[&str] = &["only", "solely", "alone"];

/// "Does Vance think *only* Russia must give up land?" against "the Ukrainians and the
/// Russians are *both* going to have to give up …": a claim made of one party alone (or of
/// "only one side") is not what a sentence says that puts another party beside it or says
/// "both" — the claim's predicate is there, its "only" is not.
fn not_alone(cx: &Cx<'_>, q: &Question, text: &str) -> bool {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let Some(k) = w.iter().position(|x| ALONE.contains(x)) else { return false };
    let mut at = k + 1;
    while w.get(at).is_some_and(|x| matches!(*x, "the" | "a")) {
        at += 1;
    }
    let next = w.get(at).copied().unwrap_or("");
    // "Only Russia", "only the Ukrainians", or a party named just before "alone".
    let named = |x: &str| {
        q.mentions.iter().find(|m| !m.qualifier && m.words.split(' ').next() == Some(x) && matches!(m.entity, EntityRef::Side(_) | EntityRef::Person(_)))
    };
    let alone = match named(next) {
        Some(m) => Some(m.entity),
        None if next == "one" => None,
        None if w[k] == "alone" && k > 0 => match named(w[k - 1]) {
            Some(m) => Some(m.entity),
            None => return false,
        },
        None => return false,
    };
    let said = tokenize(&normalise(text).text);
    if said.iter().any(|t| t.word == "both") {
        return true;
    }
    let Some(alone) = alone else { return false };
    let subject = subject(q);
    cx.index.names_in(text).into_iter().any(|e| {
        e != alone && Some(e) != subject && matches!((e, alone), (EntityRef::Side(_), EntityRef::Side(_)) | (EntityRef::Person(_), EntityRef::Person(_)))
    })
}

/// The verdict of the claim's clauses in `text`, before its "only" is checked ([`verdict`]).
fn claim_verdict(cx: &Cx<'_>, q: &Question, p: usize, text: &str, unsure: bool) -> Option<Verdict> {
    let subject = subject(q);
    // "Is Healey the foreign minister?" asks who holds a title: the title read as someone else
    // is not a claim about the subject's actions, and who holds it is for "who is" to answer.
    if q.mentions.iter().any(|m| m.by_role && !m.qualifier && Some(m.entity) != subject) {
        return None;
    }
    let speaker = meaning::statement_at(cx, p, text).and_then(|st| st.speaker.as_deref()).and_then(|id| super::entity_of(cx, id));
    // Every other name the question gives is in the text.
    let in_text = cx.index.names_in(text);
    if q.mentions.iter().filter(|m| !m.qualifier && Some(m.entity) != subject).any(|m| !in_text.contains(&m.entity)) {
        return None;
    }
    // A name asked as a place ("was Vance *in Moscow*") is there by that name: "the Russians"
    // are not Moscow the place.
    let mut places = q.mentions.iter().filter(|m| as_place(q, m)).peekable();
    if places.peek().is_some() {
        let lower = text.to_lowercase();
        if places.any(|m| !lower.contains(&m.words)) {
            return None;
        }
    }
    // The clauses to judge: those naming the subject (or, when none does and the subject is
    // who speaks, all of them).
    // They must agree: "Russia is pushing for lifting of EU sanctions …, which Europe staunchly
    // opposes" holds Europe twice, once only as a modifier, so "does Europe support lifting
    // sanctions" gets no verdict from it.
    let all: Vec<Vec<Token>> = clauses(text).iter().map(|c| tokenize(&normalise(c).text)).collect();
    // "Was there any progress?" is settled only by clauses saying it came about.
    if let Some(thing) = existential_thing(q).filter(|_| subject.is_none()) {
        return judge(q, all.iter().filter(|c| comes_about(q, thing, c)).map(Vec::as_slice));
    }
    let by_name: Vec<&Vec<Token>> = all.iter().filter(|c| subject.is_none_or(|e| names_as_subject(cx, q, c, e))).collect();
    let speaks = subject.is_some_and(|e| speaker.is_some_and(|sp| sp == e || side_of(cx, sp) == Some(e)));
    // "Did Svyrydenko say Ukraine will surrender?" asks what her words say, not the clause
    // reporting them ("Svyrydenko wrote on X").
    if speaks && !unsure && q.tokens.iter().any(|t| words::is_in(words::SAY_WORDS, &t.word)) {
        return of_their_words(q, &all);
    }
    let holding: Vec<&Vec<Token>> = if by_name.is_empty() && speaks && !unsure { all.iter().collect() } else { by_name };
    // Without a named subject ("was the meeting … held?"), the clauses about what the question
    // asks: the most of its topic words.
    let topic: Vec<&str> = q.terms.iter().map(|t| t.stem.as_str()).collect();
    let overlap = |c: &[Token]| c.iter().filter(|t| topic.contains(&t.stem.as_str())).count();
    let most = holding.iter().map(|c| overlap(c)).max().unwrap_or(0);
    let holding: Vec<&Vec<Token>> = holding.into_iter().filter(|c| subject.is_some() || overlap(c) == most).collect();
    if holding.is_empty() || holding.iter().any(|c| supposes(q, c)) {
        return None;
    }
    // The clause must say what the question claims, not just hold its subject: every topic
    // word of the question is in it, as itself or a word close in meaning ("did Starmer attend
    // the talks" is not judged by "Starmer's spokesperson played down … the cancellation").
    // When the ranker is unsure, the predicate said of the subject by name settles it.
    // A claim with its reason ("skipped London because he caught covid") is settled only by
    // a clause that says the reason too, never by its predicate alone.
    let reasoned = gives_a_reason(q);
    if !holding.iter().all(|c| if unsure && !reasoned { says_the_predicate(cx, q, c) } else { says_the_claim(q, c) }) {
        return None;
    }
    judge(q, holding.into_iter().map(Vec::as_slice))
}

/// "Did Kyiv go along with the plan?", "kyiv liked it?": how the respondent took something
/// it did not make, read from the clauses of its own reaction that name it. A clause that
/// negates ("have been *rejected* by Kyiv", "*unacceptable* to … European nations") says it
/// did not take it up, whatever verb the question picked; a question that itself negates
/// ("did Kyiv *turn down* the plan") is answered yes by it. A clause naming them that does not
/// negate ("Ukraine drafted a paper …") says nothing either way: no verdict.
///
/// Asked only whether they answered ("did Kyiv *respond*?"), a rejection is no "no".
fn of_reaction(cx: &Cx<'_>, q: &Question, text: &str) -> Option<Verdict> {
    let who = q.respondent?;
    if q.predicate_token().is_some_and(|t| words::is_neutral_response(&t.stem)) {
        return None;
    }
    let naming: Vec<Vec<Token>> = clauses(text).iter().map(|c| tokenize(&normalise(c).text)).filter(|c| names_as_subject(cx, q, c, who)).collect();
    if naming.is_empty() || naming.iter().any(|c| negations(c, true) == 0) {
        return None;
    }
    judge(q, naming.iter().map(Vec::as_slice))
}

/// Yes when the clauses that say the claim have the question's polarity, no when they have
/// the other; nothing when they disagree or there are none. Negated or not, rather than by the
/// parity of negations: two in one clause are mostly of two predicates ("Rubio's no-show
/// prompted a meeting … to be cancelled"), not a double negative. A question's own "not"
/// ("didn't Rubio go?") asks about the same claim; only a verb of not doing changes what it
/// claims ("did Kyiv reject…").
fn judge<'c>(q: &Question, mut holding: impl Iterator<Item = &'c [Token]>) -> Option<Verdict> {
    let said = negations(holding.next()?, true) > 0;
    if holding.any(|c| (negations(c, true) > 0) != said) {
        return None;
    }
    let asked = (negations(&q.tokens, false) > 0) != claim_negated(&q.tokens);
    Some(if asked == said { Verdict::Yes } else { Verdict::No })
}

/// Whether the claim a yes/no question puts forward is itself negative: "is it true Rubio
/// *didn't* show up in London", "so there will be *no* talks on land until a ceasefire?",
/// "did Kyiv say it would *not* recognise …", "Kyiv won't accept it, right?". A negative word
/// that only makes the question negative asks about the same claim as without it: after the
/// opening auxiliary, before any verb of the claim's own ("*didn't* Rubio go", "was the
/// meeting *not* held"), or in a tag ("he went, *didn't* he?"). After the opening auxiliary,
/// a clause of the claim's own negates it only as the claim's content ("is it true …", "did
/// he say …"): "were they disappointed Rubio *didn't* show?" claims a disappointment.
pub(super) fn claim_negated(toks: &[Token]) -> bool {
    negative_words(toks).any(|n| n == Negation::Claim)
}

/// Whether a yes/no question is asked in the negative ("didn't Rubio go?", "was the meeting
/// not held?"): the same claim as without the "not", but a "why" that opens so takes the
/// negation as given ("why didn't he come" takes it that he did not).
pub(super) fn asked_in_the_negative(toks: &[Token]) -> bool {
    negative_words(toks).any(|n| n == Negation::Asking)
}

/// Whether a negative word of a yes/no question belongs to a clause under its claim ("were
/// they disappointed Rubio *didn't* show?"): what that clause says is not what is asked.
pub(super) fn negates_a_clause_under_the_claim(toks: &[Token]) -> bool {
    negative_words(toks).any(|n| n == Negation::Embedded)
}

/// What a negative word of a yes/no question negates (see [`claim_negated`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Negation {
    /// The question only: "*didn't* Rubio go?".
    Asking,
    /// The claim: "is it true he *didn't* go", "so he *never* showed up?".
    Claim,
    /// A clause under the claim: "were they upset he *didn't* come?".
    Embedded,
    /// A tag: "he went, *didn't* he?".
    Tag,
}

/// The negative words of a yes/no question that negate, each with what it negates.
fn negative_words(toks: &[Token]) -> impl Iterator<Item = Negation> + '_ {
    const TAG_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "you", "i", "there"];
    let w = move |i: usize| toks[i].word.as_str();
    let start = words::question_start(toks.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().as_slice());
    let opens_asking = start < toks.len() && words::is_in(words::AUXILIARIES, w(start));
    let content = move |k: usize| {
        words::is_in(words::SAY_WORDS, w(k)) || matches!(w(k), "true" | "correct" | "right" | "case") && k >= 1 && matches!(w(k - 1), "it" | "the")
    };
    (start + 1..toks.len()).filter(move |&i| negative_word_at(toks, i)).map(move |i| {
        if words::is_in(words::AUXILIARIES, w(i - 1)) && i + 2 == toks.len() && TAG_PRONOUNS.contains(&w(i + 1)) {
            Negation::Tag
        } else if !opens_asking {
            Negation::Claim
        // "Was there *no* progress?", "did *nobody* come?": a negative determiner or pronoun
        // is the claim's own, wherever it sits; only "not" asks in the negative.
        } else if !(start + 1..i).any(|k| words::is_in(words::AUXILIARIES, w(k))) {
            if w(i) == "not" {
                Negation::Asking
            } else {
                Negation::Claim
            }
        } else if (start + 1..i).any(content) {
            Negation::Claim
        } else {
            Negation::Embedded
        }
    })
}

/// "Is NATO membership part of the plan?" against the item "ruling out Ukrainian membership of
/// NATO": what a proposal holds settles a yes/no question about it, by the items the question
/// names — an item that negates ("ruling out") answers no to a claim that does not.
pub(super) fn of_items(q: &Question, items: &[&str]) -> Option<&'static str> {
    let toks: Vec<Vec<Token>> = items.iter().map(|t| tokenize(&normalise(t).text)).collect();
    judge(q, toks.iter().map(Vec::as_slice)).map(Verdict::word)
}

/// "Were Witkoff's ideas ok for Kyiv and the Europeans?": how the parties a question names took
/// a proposal, read from the clauses of its reactions that name them. As for one respondent
/// ([`of_reaction`]), only clauses that all negate settle it.
pub(super) fn of_reactions(cx: &Cx<'_>, q: &Question, texts: &[&str], parties: &[EntityRef]) -> Option<&'static str> {
    let naming: Vec<Vec<Token>> = texts
        .iter()
        .flat_map(|t| clauses(t))
        .filter(|c| cx.index.names_in(c).iter().any(|e| parties.contains(e)))
        .map(|c| tokenize(&normalise(&c).text))
        .collect();
    if naming.is_empty() || naming.iter().any(|c| negations(c, true) == 0) {
        return None;
    }
    judge(q, naming.iter().map(Vec::as_slice)).map(Verdict::word)
}

/// "Does the plan ask more of Moscow than of Kyiv?" against "appeared to demand more concessions
/// from Ukraine than Russia": two comparisons of the same two sides agree when they rank them
/// the same way ([`compare::ranking`]); the other way round is a no.
pub(super) fn of_comparison(cx: &Cx<'_>, q: &Question, text: &str) -> Option<&'static str> {
    let asked = q.comparison?;
    let said = compare::ranking(cx.index, &tokenize(&normalise(text).text))?;
    let same = asked == said;
    (same || asked == (said.1, said.0)).then(|| if same { Verdict::Yes } else { Verdict::No }.word())
}

/// Yes or no by the clauses of someone's own words that say the claim the question puts to
/// them (its words of saying aside): those saying it word for word if any do, else those
/// saying it in close words. None when none says it or they disagree.
fn of_their_words(q: &Question, toks: &[Vec<Token>]) -> Option<Verdict> {
    let claim: Vec<&crate::matcher::QTerm> = q.terms.iter().filter(|t| !words::is_in(words::SAY_WORDS, &t.word)).collect();
    if claim.is_empty() {
        return None;
    }
    let m = Model::shipped();
    let verbatim: Vec<&Vec<Token>> = toks.iter().filter(|c| claim.iter().all(|t| c.iter().any(|x| x.stem == t.stem))).collect();
    let holding = if verbatim.is_empty() {
        toks.iter()
            .filter(|c| {
                let vecs = content_vectors(m, c);
                claim.iter().all(|t| in_clause(m, t, c, &vecs))
            })
            .collect()
    } else {
        verbatim
    };
    if holding.iter().any(|c| supposes(q, c)) {
        return None;
    }
    judge(q, holding.into_iter().map(Vec::as_slice))
}

/// Whether the question names `m` right after a preposition of place ("in Moscow", "to London").
fn as_place(q: &Question, m: &crate::matcher::Mention) -> bool {
    let first = m.words.split_whitespace().next().unwrap_or("");
    q.tokens.windows(2).any(|w| matches!(w[0].word.as_str(), "in" | "to" | "at" | "from" | "into") && w[1].word == first)
}

/// Whether a clause only supposes or allows what it says ("could walk away if …", "either say
/// yes or …") where the question does not ("did Trump say the U.S. *could* walk away" asks
/// just that).
fn supposes(q: &Question, clause: &[Token]) -> bool {
    // "Svyrydenko said Kyiv *would* not recognise …": after a verb of saying, with no condition,
    // "would" is the tense of reported speech, not a supposition.
    let conditional = clause.iter().any(|t| matches!(t.word.as_str(), "if" | "unless" | "whether" | "either"));
    // Only what was said, not what was hoped or wanted ("said he *hoped* they would make a deal").
    let wished = |t: &Token| matches!(t.stem.as_str(), "hope" | "want" | "wish" | "expect" | "urg" | "ask" | "call" | "demand" | "press");
    let reported = |i: usize| {
        !conditional
            && clause[i].word == "would"
            && clause[..i].iter().rposition(|t| words::is_in(words::SAY_WORDS, &t.word)).is_some_and(|k| !clause[k..i].iter().any(wished))
    };
    clause.iter().enumerate().any(|(i, t)| words::is_in(words::SUPPOSING, &t.word) && !reported(i) && !q.tokens.iter().any(|x| x.word == t.word))
}

/// The cosine above which a word of the evidence stands for a word of the question ("trip"
/// for "go" 0.41, "visiting" for "visit" 0.90; "said" for "agree" is 0.36, "meetings" for
/// "attend" 0.30).
const CLOSE_WORD: f32 = 0.4;

/// Whether `text` says the claim of "did anyone say …": at least half of its topic words (the
/// verb of saying aside), by stem or by meaning — the claim is often put in other words.
pub fn says_it(q: &Question, text: &str) -> bool {
    let clause = tokenize(&normalise(text).text);
    let m = Model::shipped();
    // Every word of the text, common ones too: "making" progress is "being made".
    let vecs: Vec<Vec<f32>> = clause.iter().filter_map(|t| m.word(&t.word)).collect();
    // The verb of saying is the question's, not the claim's: a word of saying, or the verb
    // that reports the clause ("is anyone *claiming* that …").
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let reporting = crate::matcher::intent::reporting_verb(&w).map(|k| w[k]);
    let claim: Vec<&crate::matcher::QTerm> =
        q.terms.iter().filter(|t| !words::is_in(words::SAY_WORDS, &t.word) && Some(t.word.as_str()) != reporting).collect();
    let found = claim.iter().filter(|term| in_clause(m, term, &clause, &vecs)).count();
    2 * found >= claim.len()
}

/// Whether `term` is in `clause` as itself or as a word close in meaning (`vecs`: the vectors
/// of the clause's words that may stand for it).
pub(super) fn in_clause(m: &Model, term: &crate::matcher::QTerm, clause: &[Token], vecs: &[Vec<f32>]) -> bool {
    clause.iter().any(|t| term.has_stem(&t.stem)) || m.word(&term.word).is_some_and(|v| vecs.iter().any(|c| cos(&v, c) >= CLOSE_WORD))
}

/// Whether a word of the evidence stands for the question's `term` (whose vector is `v`): as
/// itself, a lexicon synonym, or a content word close in meaning.
fn stands_for(m: &Model, term: &crate::matcher::QTerm, v: Option<&[f32]>, t: &Token) -> bool {
    term.has_stem(&t.stem) || !words::is_in(words::STOPWORDS, &t.word) && v.is_some_and(|v| m.word(&t.word).is_some_and(|c| cos(v, &c) >= CLOSE_WORD))
}

/// Whether `text` has one of `words` as itself (by stem) or as a word close in meaning.
pub fn speaks_of(words: &str, text: &str) -> bool {
    let clause = tokenize(&normalise(text).text);
    let asked = tokenize(words);
    // The words themselves first: vectors only when none is there.
    if asked.iter().any(|a| clause.iter().any(|t| t.stem == a.stem)) {
        return true;
    }
    let m = Model::shipped();
    let wanted: Vec<Vec<f32>> = asked.iter().filter_map(|a| m.word(&a.word)).collect();
    clause.iter().filter(|t| !words::is_in(words::STOPWORDS, &t.word)).any(|t| close_to_any(m, &wanted, &t.word))
}

/// Whether a word of `text` has one of `stems`.
pub fn has_stem(stems: &[&str], text: &str) -> bool {
    !stems.is_empty() && tokenize(&normalise(text).text).iter().any(|t| stems.contains(&t.stem.as_str()))
}

/// Whether `word` is close in meaning to one of the `wanted` vectors.
fn close_to_any(m: &Model, wanted: &[Vec<f32>], word: &str) -> bool {
    m.word(word).is_some_and(|c| wanted.iter().any(|v| cos(v, &c) >= CLOSE_WORD))
}

/// Whether `text` lists particulars of `words`: a word standing for them (by stem or meaning)
/// followed, within a few words, by three or more short items joined by commas and an "and" or
/// "or" ("gaps in positions between Washington, Kyiv and its European allies"; "a ceasefire – on
/// land, in the air, and at sea"). "Lift sanctions on Russia and ruling out Ukrainian
/// membership of NATO" names sanctions inside a list of something else.
pub fn lists(words: &str, text: &str) -> bool {
    let m = Model::shipped();
    let asked = tokenize(words);
    let wanted: Vec<Vec<f32>> = asked.iter().filter_map(|a| m.word(&a.word)).collect();
    let stands = |w: &str| tokenize(&w.to_lowercase()).first().is_some_and(|t| asked.iter().any(|a| a.stem == t.stem) || close_to_any(m, &wanted, &t.word));
    let mut at = 0;
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let end = at + w.len();
        if !w.is_empty()
            && stands(w)
            && (heads_a_list(&text[end..], LEAD_IN, ITEM) || after_cue(&text[end..]).is_some_and(|l| heads_a_list(l, CUED_ITEM, CUED_ITEM)))
        {
            return true;
        }
        at = end + text[end..].chars().next().map_or(0, char::len_utf8);
    }
    false
}

/// The most words between what is asked about and its list ("gaps *in positions between*
/// Washington, Kyiv and …"), and in a list's second item.
const LEAD_IN: usize = 7;
const ITEM: usize = 4;
/// A list a word announces ("proposals, which several sources said *included* recognising …,
/// Washington beginning to lift sanctions … and ruling out …") may come further on, and its
/// items be clauses.
const CUE_WITHIN: usize = 12;
const CUED_ITEM: usize = 8;

/// The text after a word that announces a list ("included", "such as", a colon) a few words
/// into `rest`.
fn after_cue(rest: &str) -> Option<&str> {
    let mut at = 0;
    for w in rest.split(|c: char| !c.is_alphanumeric() && c != ':').take(CUE_WITHIN) {
        let end = at + w.len();
        let lower = w.to_lowercase();
        if lower.starts_with("includ") || lower == "namely" || w.ends_with(':') {
            return Some(&rest[end..]);
        }
        if lower == "such" && rest[end..].trim_start().to_lowercase().starts_with("as ") {
            return Some(rest[end..].trim_start().get(3..).unwrap_or(""));
        }
        at = end + rest[end..].chars().next().map_or(0, char::len_utf8);
    }
    None
}

/// Whether `rest` opens with a list: a lead-in and first item (`lead_in` words at most), a
/// second item of `item` words at most, and a third, with an "and" or "or" before the second or
/// third ("between Washington, Kyiv and its European allies").
fn heads_a_list(rest: &str, lead_in: usize, item: usize) -> bool {
    let count = |s: &str| s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
    // Items, each with whether "and" / "or" came after it.
    let mut items: Vec<(&str, bool)> = Vec::new();
    let (mut from, mut i) = (0, 0);
    while i < rest.len() && items.len() < 3 {
        let joined = [" and ", " or "].into_iter().find(|j| rest[i..].starts_with(j));
        if rest.as_bytes()[i] != b',' && joined.is_none() {
            i += rest[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let item = &rest[from..i];
        match items.last_mut() {
            // ", and": the comma ended the item, the "and" joins the next.
            Some(last) if count(item) == 0 => last.1 |= joined.is_some(),
            _ => items.push((item, joined.is_some())),
        }
        i += joined.map_or(1, str::len);
        from = i;
    }
    if items.len() < 3 {
        items.push((&rest[from..], false));
    }
    items.len() >= 3 && count(items[0].0) <= lead_in && count(items[1].0) <= item && (items[0].1 || items[1].1) && count(items[2].0) > 0
}

/// The vectors of a clause's words that may stand for a question's (its stopwords aside).
pub(super) fn content_vectors(m: &Model, clause: &[Token]) -> Vec<Vec<f32>> {
    clause.iter().filter(|t| !words::is_in(words::STOPWORDS, &t.word)).filter_map(|t| m.word(&t.word)).collect()
}

/// Whether every topic word of `q` is in `clause`, by stem or by meaning.
fn says_the_claim(q: &Question, clause: &[Token]) -> bool {
    let m = Model::shipped();
    let vecs = content_vectors(m, clause);
    claim_terms(q).all(|term| in_clause(m, term, clause, &vecs))
}

/// The question's topic words that make its claim: all but a frame of readiness ("is Ukraine
/// *ready to* recognise Crimea", "are they *willing to* negotiate"), which asks whether they
/// would do it — what the article settles by what they do or refuse ("Kyiv would not
/// recognise …"), in words that seldom repeat the frame.
fn claim_terms(q: &Question) -> impl Iterator<Item = &crate::matcher::QTerm> {
    let framing = |w: &str| words::is_in(words::READINESS, w) && q.tokens.windows(2).any(|p| p[0].word == w && p[1].word == "to");
    q.terms.iter().filter(move |t| !framing(&t.word))
}

/// Under the ranker's threshold, whether the clause says the claim's predicate — the first
/// topic word after the subject ("was Vance *optimistic* that a deal can get done"), as itself
/// or a word close in meaning — with the subject named before it, as the one it is said of
/// ("what Washington's representatives had *agreed* so far with the Russians" is not Russia
/// agreeing). The rest of a claim is often said otherwise ("get this thing over the finish
/// line"); the predicate said of the subject is what the verdict judges.
fn says_the_predicate(cx: &Cx<'_>, q: &Question, clause: &[Token]) -> bool {
    let Some(subject) = subject(q) else { return false };
    let Some(head) = predicate_head(q, subject) else { return false };
    let m = Model::shipped();
    let v = m.word(&head.word);
    let Some(at) = clause.iter().position(|t| stands_for(m, head, v.as_deref(), t)) else { return false };
    // What someone said is not what they did: in "which Rubio *said* had *received* an
    // encouraging reception" the receiving is not Rubio's — unless they said it of themselves
    // ("Vance said … *he* was optimistic").
    // A name running past the predicate (its words stand for both) has nothing between.
    let said_between = |from: usize| {
        let between = clause.get(from..at).unwrap_or_default();
        between
            .iter()
            .rposition(|t| words::is_in(words::SAY_WORDS, &t.word))
            .is_some_and(|k| !between[k..].iter().any(|t| matches!(t.word.as_str(), "he" | "she" | "they" | "i" | "we")))
    };
    // As the one it is said of: not a possessor ("Rubio's cancellation … the *talks*").
    (0..at).any(|i| {
        cx.index
            .alias_at(clause, i)
            .is_some_and(|(e, n)| (e == subject || side_of(cx, e) == Some(subject)) && as_subject(q, clause, i + n.max(1) - 1) && !said_between(i + n.max(1)))
    })
}

/// The claim's predicate: its first topic word, but past the noun a place names right before
/// ("did *the London talks* produce a signed agreement": the talks are what is asked about,
/// "produce" is what is claimed of them).
fn predicate_head(q: &Question, subject: EntityRef) -> Option<&crate::matcher::QTerm> {
    let mut terms = claim_terms(q);
    let first = terms.next()?;
    if let EntityRef::Place(_) = subject {
        let last = q.mentions.iter().find(|m| m.entity == subject).and_then(|m| m.words.split(' ').next_back());
        let at = q.tokens.iter().position(|t| Some(t.word.as_str()) == last);
        if at.is_some_and(|i| q.tokens.get(i + 1).is_some_and(|t| t.stem == first.stem)) {
            return terms.next();
        }
    }
    Some(first)
}

/// The subject of a yes/no question, when it is a name: the words right after the auxiliary
/// ("did *Rubio* go", "does *Europe* support", "did *the UK defence minister* meet"), or first in
/// a claim asked without one ("*Rubio* cancelled his trip, right?"). "Was *the meeting* … held"
/// has none: the meeting is no one.
pub(super) fn subject(q: &Question) -> Option<EntityRef> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    // A tagged claim ("Rubio cancelled his trip, right?") has its subject first.
    let mut k = crate::matcher::intent::polar_auxiliary(&w).map_or_else(|| words::question_start(&w), |aux| aux + 1);
    while w.get(k).is_some_and(|x| matches!(*x, "the" | "a" | "an" | "not" | "even" | "really" | "actually")) {
        k += 1;
    }
    // "Is she …": the person the pronoun stands for.
    if matches!(w.get(k).copied(), Some("he" | "she" | "they")) {
        return q.mentions.iter().find(|m| m.from_context && !m.qualifier).map(|m| m.entity);
    }
    // The name may follow its qualifiers ("the UK defence minister").
    let starts =
        |m: &&crate::matcher::Mention| m.words.split_whitespace().next().is_some_and(|f| w.get(k..(k + 3).min(w.len())).is_some_and(|ws| ws.contains(&f)));
    if !q.mentions.iter().any(|m| m.words.split_whitespace().next() == w.get(k).copied()) {
        return None;
    }
    q.mentions.iter().filter(|m| !m.qualifier).find(starts).map(|m| m.entity)
}

/// How many negations a clause holds: verbs and phrases that mean "not do", and with
/// `words_too` the negative words ("not", "never").
fn negations(toks: &[Token], words_too: bool) -> usize {
    let negative = |i: usize| {
        let offered = i > 0 && toks[i - 1].word == "or";
        words_too && negative_word_at(toks, i) || !offered && words::NEGATING_STEMS.contains(&toks[i].stem.as_str())
    };
    let single = (0..toks.len()).filter(|&i| negative(i)).count();
    let pairs = toks.windows(2).filter(|w| words::NEGATING_PHRASES.iter().any(|(a, b)| w[0].word == *a && w[1].word == *b)).count();
    single + pairs
}

/// Whether token `i` is a negative word ("not", "never") that negates: "yes or no", "or not"
/// offer both answers and negate nothing.
pub(super) fn negative_word_at(toks: &[Token], i: usize) -> bool {
    let offered = i > 0 && toks[i - 1].word == "or";
    !offered && words::is_in(words::NEGATIVE_WORDS, &toks[i].word)
}

/// A sentence cut at its clause boundaries: punctuation and the words that open a clause.
pub(super) fn clauses(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for piece in text.split_inclusive([',', ';', ':', '–', '—']) {
        for w in piece.split_whitespace() {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if words::is_in(words::CLAUSE_OPENERS, &bare) && !out.last().is_some_and(|c| c.is_empty()) {
                out.push(String::new());
            }
            let c = out.last_mut().expect("never empty");
            if !c.is_empty() {
                c.push(' ');
            }
            c.push_str(w);
        }
        out.push(String::new());
    }
    out.retain(|c| !c.trim().is_empty());
    // A piece of a list ("from Ukraine, Britain, France and Germany") is not a clause: a piece
    // of three words or fewer joins the pieces on both sides of it.
    let mut merged: Vec<String> = Vec::new();
    let mut glue = false;
    for c in out {
        let short = c.split_whitespace().count() <= 3;
        match merged.last_mut() {
            Some(last) if short || glue => {
                last.push(' ');
                last.push_str(&c);
            }
            _ => merged.push(c),
        }
        glue = short;
    }
    merged
}

/// Whether `clause` names `e` as the one it is about: not as the possessor of something the
/// question does not ask about ("Rubio's abrupt cancellation" is no clause about Rubio talking;
/// "the cancellation of Rubio's trip" is one about his trip).
fn names_as_subject(cx: &Cx<'_>, q: &Question, toks: &[Token], e: EntityRef) -> bool {
    (0..toks.len()).any(|i| cx.index.alias_at(toks, i).is_some_and(|(x, n)| x == e && as_subject(q, toks, i + n.max(1) - 1)))
}

/// Whether the name ending at token `last` is a subject rather than a possessor of something
/// else than what the question asks about.
pub(super) fn as_subject(q: &Question, toks: &[Token], last: usize) -> bool {
    let Some(t) = toks.get(last) else { return false };
    !t.poss || toks.get(last + 1).is_some_and(|owned| q.terms.iter().any(|term| term.stem == owned.stem))
}

/// The side a person speaks for, as an entity.
pub(super) fn side_of(cx: &Cx<'_>, e: EntityRef) -> Option<EntityRef> {
    let EntityRef::Person(p) = e else { return None };
    super::entity_of(cx, cx.article.data.person.get(p)?.side.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_split_at_commas_and_clause_words() {
        let c = clauses("Officials met in London after the minister cancelled his trip, raising questions over progress.");
        assert_eq!(c, vec!["Officials met in London", "after the minister cancelled his trip,", "raising questions over progress."]);
        let c = clauses("A meeting with ministers from Ukraine, Britain, France and Germany was cancelled, underscoring the gaps between them.");
        assert_eq!(c, vec!["A meeting with ministers from Ukraine, Britain, France and Germany was cancelled,", "underscoring the gaps between them."]);
    }

    #[test]
    fn a_list_is_headed_by_the_word_asked_about() {
        assert!(lists("gaps", "It underscored the gaps in positions between Washington, Kyiv and its European allies."));
        assert!(lists("ceasefire", "A full ceasefire – on land, in the air, and at sea – is the first step."));
        assert!(lists(
            "proposals",
            "The proposals, which sources said included recognising the annexation, lifting sanctions on Russia and ruling out membership, were rejected."
        ));
        // Named inside a list of something else, or with no list at all.
        assert!(!lists(
            "sanctions",
            "The proposals included recognising the annexation, lifting sanctions on Russia and ruling out membership of the alliance, sources said."
        ));
        assert!(!lists("regions", "There are going to have to be some territorial swaps."));
    }

    #[test]
    fn negations_count_words_verbs_and_phrases() {
        let n = |s: &str, words_too| negations(&tokenize(s), words_too);
        assert_eq!(n("kyiv would not recognise", true), 1);
        assert_eq!(n("didn't rubio go to london", false), 0);
        assert_eq!(n("has kyiv turned down any", false), 1);
        assert_eq!(n("the cancellation of rubio's trip", true), 1);
        assert_eq!(n("proposals were rejected by kyiv", true), 1);
        assert_eq!(n("progress was being made", true), 0);
        assert_eq!(n("will kyiv recognise crimea, yes or no", true), 0);
    }
}
