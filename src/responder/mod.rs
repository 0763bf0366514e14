//! The responder: from an understood [`Question`] to an [`Answer`].
//!
//! Each kind of question has its own file, composing the same structure: a short lead, the
//! supporting words verbatim with their paragraph, and who they come from. Two rules hold in
//! every file: evidence is only ever article text (cited by paragraph), and a claim the article
//! relays from unnamed sources is labelled "According to ..." with the article's own words for
//! them. When nothing fits well enough, the answer is a decline with example questions.

mod agenda;
mod answer;
mod attribute;
mod attribution;
mod beyond;
mod called_off;
mod causes;
mod channel;
mod conditions;
mod credits;
mod dated;
mod decline;
mod deeds;
mod delegates;
mod encounters;
pub mod events;
mod feeling;
mod lists;
mod meaning;
mod meta;
mod more;
pub mod overview;
mod party;
mod placed;
mod plans;
pub(crate) use plans::looks_ahead;
mod position;
mod premise;
mod proposals;
mod quote;
mod reactors;
mod respondent;
mod topic;
mod unnamed;
mod verdict;
mod who_is;
mod who_said;
mod wording;

pub use answer::{Answer, Choice, Citation, Evidence};
pub use decline::{examples, quoted_surname, titled_surname};

use crate::conversation::Context;
use crate::kb::{Article, Person, Statement};
use crate::matcher::semantic::{text_has_number, text_has_time, Ranked, Ranker};
use crate::matcher::{Index, Intent, Question, Terms};

/// What a handler works with: the article, its index, the conversation so far.
pub struct Cx<'a> {
    pub article: &'a Article,
    pub index: &'a Index,
    pub ctx: &'a Context,
}

/// "Where was Vance when he spoke", "where were they", "which country was he in": a place
/// asked of someone being there.
fn asks_whereabouts(q: &Question) -> bool {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let at = q.asked_at;
    let verb = if w.get(at) == Some(&"where") { Some(at + 1) } else { crate::matcher::intent::kind_noun_at(&w, at).map(|k| k + 1) };
    // "Vance was where when he talked", "Vance was abroad when …, where?": being somewhere
    // said of someone named, the place asked in situ or after.
    let being = |i: usize| matches!(w[i], "was" | "were") && i > 0 && q.tokens[i - 1].word != "it";
    let said_of_named = q.mentions.iter().any(|m| {
        matches!(m.entity, crate::matcher::EntityRef::Person(_))
            && m.words.split(' ').next_back().and_then(|last| w.iter().position(|x| *x == last)).is_some_and(|i| i + 1 < w.len() && being(i + 1))
    });
    verb.is_some_and(|v| matches!(w.get(v), Some(&("was" | "were" | "is" | "s")))) || q.intent == crate::matcher::Intent::Where && said_of_named
}

/// Answers `q` about one article.
pub fn respond(cx: &Cx<'_>, q: &Question) -> Answer {
    let mut a = respond_premised(cx, q);
    // A lead made of a fact's own words ("the Europeans.") opens a sentence all the same.
    if a.lead.starts_with(|c: char| c.is_lowercase()) {
        a.lead = upper_first(&a.lead);
    }
    a
}

fn respond_premised(cx: &Cx<'_>, q: &Question) -> Answer {
    let a = respond_to(cx, q);
    // "Since Kyiv already agreed to …, what …": when the question itself finds no answer, what
    // the article says of the claim it rests on is the answer.
    // A claim the article contradicts ("No. …") comes first even when the question is answered.
    // What a "why" takes as given is read where its reason is looked for (`untold_reason`).
    let Some(p) = q.premise.as_deref().filter(|_| !q.premise_of_why) else { return a };
    let mut pa = respond_to(cx, p);
    if !pa.answered || (a.answered && !contradicted(&pa)) {
        return a;
    }
    pa.lead = format!("On what the question takes as given: {}", pa.lead);
    if a.answered {
        for e in a.evidence {
            if !pa.evidence.iter().any(|x| x.citation.text.contains(&e.citation.text) || e.citation.text.contains(&x.citation.text)) {
                pa.evidence.push(e);
            }
        }
    }
    pa
}

/// "Why did Rubio cancel his trip?" when no causal link gives the reason: what the article
/// says of what the "why" takes as given. Borne out ("Yes. Marco Rubio cancelled his trip."),
/// the reason is declined with it, not answered by the sentence nearest in words; contradicted
/// ("why did Rubio fly to London …?"), the correction is the answer. An account someone gives
/// (`explained_by_source`) still answers as a reason.
fn untold_reason(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let p = q.premise.as_deref().filter(|_| q.premise_of_why && !explained_by_source(cx, ranked))?;
    let mut pa = respond_to(cx, p);
    if !pa.answered {
        return None;
    }
    // "Why didn't Rubio come?" takes it as given that he did not: "No" bears it out.
    let (borne_out, against) = if verdict::asked_in_the_negative(&p.tokens) { ("No", "Yes") } else { ("Yes", "No") };
    if pa.lead.starts_with(against) {
        pa.lead = format!("On what the question takes as given: {}", pa.lead);
        return Some(pa);
    }
    if !pa.lead.starts_with(borne_out) {
        return None;
    }
    // "Why didn't Rubio come?": the event the premise is borne out by may have a reason under
    // another of the article's names for it.
    // Not when it asks for the actor's own account or guesses at a reason.
    if causes::asks_beyond_link(q) {
        return Some(decline::no_reason(pa));
    }
    let d = &cx.article.data;
    let reason = (0..d.event.len()).filter(|&ei| pa.cites(d.event[ei].p, &d.event[ei].evidence)).find_map(|ei| causes::reason_under_other_name(cx, q, ei));
    Some(reason.unwrap_or_else(|| decline::no_reason(pa)))
}

/// "What did he write on X?" after "and Rubio called him when?": a pronoun may mean either of
/// the last two people. When the one it was read as has no such words and the other has, the
/// other is meant.
fn other_referent(cx: &Cx<'_>, q: &Question, a: &Answer) -> Option<Answer> {
    use crate::matcher::EntityRef;
    if a.answered || q.intent != Intent::Quote || !q.tokens.iter().any(|t| matches!(t.word.as_str(), "he" | "she" | "him" | "her" | "his")) {
        return None;
    }
    let recalled: Vec<usize> =
        q.mentions.iter().filter(|m| m.from_context && !m.qualifier).filter_map(|m| if let EntityRef::Person(p) = m.entity { Some(p) } else { None }).collect();
    let [read] = recalled[..] else { return None };
    if q.mentions.iter().any(|m| !m.from_context && matches!(m.entity, EntityRef::Person(_))) {
        return None;
    }
    let other = cx.ctx.people.iter().take(2).copied().find(|&p| p != read && p < cx.article.data.person.len())?;
    let mut r = q.clone();
    for m in r.mentions.iter_mut().filter(|m| m.entity == EntityRef::Person(read)) {
        m.entity = EntityRef::Person(other);
        m.words = cx.article.data.person[other].name.to_lowercase();
    }
    Some(dispatch(cx, &r)).filter(|b| b.answered)
}

/// Whether the answer to a claim asked as a yes/no question contradicts it ("No. …").
fn contradicted(a: &Answer) -> bool {
    a.answered && a.lead.starts_with("No")
}

fn respond_to(cx: &Cx<'_>, q: &Question) -> Answer {
    // "How did the Kremlin respond to the ultimatum?": only the Kremlin's own words or stands
    // answer it, not the ultimatum's.
    let mut a = respondent::held_to(cx, q, dispatch(cx, q));
    if let Some(b) = other_referent(cx, q, &a) {
        a = b;
    }
    // "Did the Europeans accept the plan?" read as a stand still asks yes or no.
    // "Did anyone say the talks are making progress?" is answered only by words that say it.
    if q.polar && q.intent == Intent::WhoSaid && a.answered && !a.evidence.first().is_some_and(|e| verdict::says_it(q, &e.citation.text)) {
        a = decline::no_one_said(a);
    }
    // An answer that already says no ("No. Lammy posted on X; …") keeps its own lead.
    // What would follow from a condition is its own answer ("and if Russia says no?").
    // A reaction read from the respondent's own stand is judged by it, whatever the first
    // reading made of the question.
    if q.polar && a.answered && (q.intent != Intent::YesNo || q.reacting) && !verdict::leads_with_one(&a) && q.condition.is_none() {
        verdict::lead(cx, q, &mut a);
    }
    // "Will Russia say yes by the end of this week?": what someone holds now is no answer to
    // what they will do. ("Trump said he wants it done next month, right?" asks what was said.)
    if q.future && q.polar && a.answered && crate::matcher::words::will_first(&q.tokens) {
        a = decline::not_yet(a);
    }
    if q.clock_time && a.answered && !a.evidence.iter().any(|e| has_clock(&e.citation.text)) {
        a = decline::no_time_of_day(a);
    }
    // "How many people were in Kyiv's delegation?": an answer with no number in it (its lead
    // counting a list, or its evidence giving a figure) does not say how many.
    // So with "how many people" read as a list of people: a list of sides is no head count.
    let asks_how_many = q.tokens.windows(2).any(|w| w[0].word == "how" && w[1].word == "many");
    let counted = q.intent == Intent::Count || q.intent == Intent::ListPeople && asks_how_many;
    // Nor does a number that counts something else ("2014 annexation" for a cost).
    let counts = |t: &str| text_has_number(t) && (q.intent != Intent::Count || q.measure.is_some() || lists::counts_what_was_asked(q, t));
    if counted && a.answered && !text_has_number(&a.lead) && !a.evidence.iter().any(|e| counts(&e.citation.text)) {
        a = decline::no_number(a);
    }
    // "What new date did Rubio pick?": an answer with no time in it does not say when.
    if q.intent == Intent::When && a.answered && !text_has_time(&a.lead) && !a.evidence.iter().any(|e| text_has_time(&e.citation.text)) {
        a = decline::no_time(a);
    }
    // "What did Lammy and Healey discuss with the Ukrainians?": that they met is not what about.
    if q.exchange_topic && a.answered {
        a = agenda::held_to(cx, q, a);
    }
    // "Which hotel were the talks in?": evidence that speaks of no hotel does not say which.
    // A time, a number, a person's title, the report's publisher, a reason, a consequence or
    // the channel someone's words went out on is what other parts answer:
    // "what knock-on effect did that have" asks for what followed, not for an "effect".
    let answered_elsewhere = || {
        matches!(q.intent, Intent::When | Intent::Count | Intent::WhoIs | Intent::Meta)
            || q.link.is_some()
            || q.condition.is_some()
            || q.warning
            || channel::asks(cx, q)
    };
    if let Some(thing) = q.asked_thing.as_deref().filter(|_| a.answered && !answered_elsewhere()) {
        // "Which sanctions exactly?": words that name the kind ("lift sanctions on Russia") do
        // not say which; a list headed by it does ("a ceasefire on land, in the air and at sea").
        // An item cited alone ("it includes: …") is read in its sentence. The lexicon's words
        // for the thing count as it ("which plan" is answered by "proposals").
        let synonyms: Vec<&str> = q.terms.iter().filter(|t| thing.split(' ').any(|w| w == t.word)).flat_map(|t| t.alts.iter().map(String::as_str)).collect();
        // "What proposal has Kyiv put forward?": a sentence the data records a proposal in
        // ("Ukraine drafted a paper …") tells of one, whatever its words for it.
        let proposal_asked = thing.split(' ').any(|w| crate::matcher::words::is_in(crate::matcher::words::PROPOSAL_WORDS, w));
        let holds_proposal =
            |c: &Citation| c.paragraph.is_some_and(|p| cx.article.data.proposal.iter().any(|x| x.p == p && c.text.contains(x.evidence.as_str())));
        // "What choice does Vance say they have?": "either … or" tells the choice, whatever it
        // calls it.
        let choice_asked = thing.split(' ').any(|w| matches!(w, "choice" | "choices" | "option" | "options" | "alternative" | "alternatives"));
        let offers_choice = |c: &Citation| {
            let t = c.text.to_lowercase();
            t.split_whitespace().any(|w| w == "either") && t.split_whitespace().any(|w| w == "or")
        };
        let told = |c: &Citation| {
            if proposal_asked && holds_proposal(c) || choice_asked && offers_choice(c) {
                true
            } else if q.exactly {
                verdict::lists(thing, c.paragraph.map_or(c.text.as_str(), |p| sentence_of(cx, p, &c.text)))
            } else if plural_asked(thing) {
                // "Which territories …?" asks them one by one: a list of them, or a name that
                // says whose they are ("EU sanctions"), tells which; the bare kind does not.
                verdict::lists(thing, c.paragraph.map_or(c.text.as_str(), |p| sentence_of(cx, p, &c.text))) || owner_named(cx, thing, &c.text)
            } else {
                verdict::speaks_of(thing, &c.text) || verdict::has_stem(&synonyms, &c.text)
            }
        };
        if !a.evidence.iter().any(|e| told(&e.citation)) {
            a = decline::no_such_thing(a, thing);
        }
    }
    // "What's Kellogg's military career?": what the article says of him does not give it.
    if a.answered {
        a = attribute::held_to(cx, q, a);
    }
    if q.injection && a.answered {
        a.notes.push("I only answer from the article; instructions in messages are ignored.".into());
    }
    if q.truncated {
        a.notes.push(format!("Your message was long, so I read only its first {} characters.", crate::matcher::normalise::MAX_INPUT_CHARS));
    }
    a
}

fn dispatch(cx: &Cx<'_>, q: &Question) -> Answer {
    use Intent::*;
    // "The woman who said they won't surrender": whoever the question "who said …" finds.
    if let Some(sub) = q.described.as_deref() {
        let a = dispatch(cx, sub);
        if a.answered && !a.people.is_empty() {
            return who_is::described(cx, a);
        }
    }
    match q.intent {
        Empty | Greeting | Thanks | Help | Injection => return decline::small_talk(cx, q),
        // "What did Macron tell reporters?" asks about someone the article lacks, not about
        // who reported it.
        _ if q.unknown_name.is_some() => {}
        _ if q.credits.is_some() => return credits::answer(cx, q, q.credits.as_ref().unwrap_or(&Default::default())),
        Meta => return meta::answer(cx, q),
        Summary => return overview::summary(cx),
        SourceOfLast => return who_said::source_of_last(cx, q),
        More => return more::answer(cx, q),
        _ => {}
    }
    if let Some(amb) = &q.ambiguous {
        return match resolve(cx, q, amb) {
            Some(resolved) => {
                let mut a = dispatch(cx, &resolved);
                // The others the title fits stay one tap away.
                let chosen = resolved.people();
                let others: Vec<usize> = amb.people.iter().copied().filter(|p| !chosen.contains(p)).collect();
                let names: Vec<String> = others.iter().map(|&p| person_label(&cx.article.data.person[p])).collect();
                if !names.is_empty() {
                    a.notes.push(format!("\"{}\" could also mean {}.", amb.phrase, join_and(&names)));
                    a.choices = decline::choices(cx, q, &amb.phrase, &others);
                }
                a
            }
            None => decline::ask_back(cx, q, amb),
        };
    }
    if let Some(name) = &q.unknown_name {
        // "What did Vance say in China?": where the article puts them, rather than "no China".
        return placed::elsewhere(cx, q).unwrap_or_else(|| decline::not_in_article(cx, q, name));
    }
    if q.opinion {
        return decline::opinion(cx, q);
    }
    // "What word does the article use for …": the report's words, whoever the topic names.
    if let Some(a) = wording::answer(cx, q) {
        return a;
    }
    if let Some(words) = &q.quote_not_in_article {
        if matches!(q.intent, Quote | WhoSaid | YesNo) {
            return decline::words_not_in_article(cx, q, words, quote::answer(cx, q).filter(|a| a.answered));
        }
    }
    if let Some(role) = &q.unknown_role {
        return decline::no_such_person(cx, q, role);
    }
    if let Some(a) = q.party_asked.as_deref().and_then(|prep| party::answer(cx, q, prep)) {
        return a;
    }
    // "The Brit Rubio rang — who's that?": the one across from the named person in the
    // encounter described, not the named person.
    if let Some(a) = encounters::partner(cx, q) {
        return a;
    }
    if let Some(a) = verdict::identity(cx, q) {
        return a;
    }
    if let Some(a) = unnamed::identity(cx, q).or_else(|| unnamed::group_identity(cx, q)) {
        return a;
    }
    // "Rubio met Lammy in London on Wednesday?": he called off his trip there, whatever the day.
    if let Some(a) = encounters::not_there(cx, q) {
        return a;
    }
    if let Some(a) = premise::someone_else(cx, q)
        .or_else(|| placed::elsewhere(cx, q))
        // Whether they took part at all, before an event elsewhere is read from the words
        // ("were the Americans *present* in London" is no session *presented* in Paris).
        .or_else(|| delegates::took_part(cx, q))
        .or_else(|| placed::event_elsewhere(cx, q))
        .or_else(|| dated::contradicted(cx, q))
    {
        return a;
    }
    // Who met or spoke with whom is told by the events' parties, whatever else the question
    // shares with other sentences ("did he talk to the Brits *about it*").
    if let Some(a) = encounters::answer(cx, q) {
        return a;
    }
    // So is who of a side took part in a gathering: its parties, not who spoke of it.
    if let Some(a) = delegates::answer(cx, q) {
        return a;
    }
    if let Some(a) = plans::answer(cx, q) {
        return a;
    }
    // Where someone's words went out is the channel the article gives them, not their words.
    if let Some(a) = channel::answer(cx, q) {
        return a;
    }
    // Who took a proposal which way is told by its reactions, whoever spoke of it.
    if let Some(a) = reactors::answer(cx, q) {
        return a;
    }
    // So is what the report names, every one of a kind.
    if let Some(a) = lists::in_the_report(cx, q) {
        return a;
    }
    // The ranker's reading of the question, once: handlers that look by meaning and the
    // arbitration below share it.
    let ranked = crate::matcher::semantic::rank(cx.article, cx.index, q);
    if let Some(a) = feeling::answer(cx, q, &ranked) {
        return a;
    }
    if let Some(a) = conditions::answer(cx, q, &ranked).or_else(|| conditions::warnings(cx, q, &ranked)) {
        return a;
    }
    // "Why do diplomats think the plan is lopsided?", "what do the officials make of it?": an
    // unnamed source as the subject is who holds the view, and what they said on the question's
    // topic is their view and their reason for it. What something was for or what it showed
    // is not asked of a holder's view; the ranker overrules when confident elsewhere.
    if matches!(q.intent, WhyHow | Position | Search) && matches!(q.link, None | Some(crate::matcher::Link::Cause)) {
        if let Some(a) = quote::by_source(cx, q) {
            return arbitrate(cx, q, Some(a), &ranked);
        }
    }
    if let Some(a) = causes::shown_by(cx, q, &ranked) {
        return a;
    }
    if let Some(a) = q.link.filter(|_| !q.future).and_then(|link| causes::answer(cx, q, link, &ranked)) {
        return a;
    }
    if let Some(a) = untold_reason(cx, q, &ranked) {
        return a;
    }
    if let Some(a) = events::which_one(cx, q) {
        return a;
    }
    if let Some(a) = beyond::answer(cx, q) {
        return a;
    }
    let found = match q.intent {
        WhoIs => who_is::answer(cx, q),
        Quote => quote::answer(cx, q).and_then(|a| {
            // "What did Witkoff say about his proposals?": no quote, but the proposals answer.
            // Not when the one asked is someone else: "what did Putin say about the US plan"
            // is not answered by the plan, but by the article having no words of Putin.
            if !a.answered && q.tokens.iter().any(|t| crate::matcher::words::is_in(crate::matcher::words::PROPOSAL_WORDS, &t.word)) {
                // What they did say of it is where they stand on it ("unacceptable to …").
                proposals::answer(cx, q).filter(|p| p.answered && speaker_owns(cx, q, p)).or_else(|| position::answer(cx, q).filter(|p| p.answered)).or(Some(a))
            } else {
                Some(a)
            }
        }),
        WhoSaid => who_said::answer(cx, q),
        Proposals => proposals::answer(cx, q),
        Position => position::answer(cx, q),
        // "Where did Lammy post his comments?": where words were said is their medium; "where
        // was Vance when he said it" asks where the person was.
        Where
            if !q.people().is_empty()
                && !asks_whereabouts(q)
                && q.tokens.iter().any(|t| crate::matcher::words::is_in(crate::matcher::words::SAY_WORDS, &t.word)) =>
        {
            quote::answer(cx, q).filter(|a| a.answered).or_else(|| events::answer(cx, q, &ranked))
        }
        // "Trump wants a deal by when?": a time something is wanted by is in what was said
        // ("a deal this week"), not in when an event took place.
        When if by_when(q) && !q.people().is_empty() => quote::answer(cx, q).filter(|a| a.answered).or_else(|| events::answer(cx, q, &ranked)),
        When | Where => events::answer(cx, q, &ranked).or_else(|| asks_whereabouts(q).then(|| events::whereabouts(cx, q)).flatten()).or_else(|| {
            if q.people().is_empty() || !quote::words_on_topic(cx, q) {
                None
            } else {
                quote::answer(cx, q).filter(|a| a.answered)
            }
        }),
        ListPeople | ListSides | Count => lists::answer(cx, q, &ranked),
        YesNo => position::asked_of_side(cx, q).or_else(|| verdict::answer(cx, q, &ranked)),
        Search => events::fate(cx, q).or_else(|| events::undergone(cx, q)).or_else(|| quote::on_topic(cx, q)).or_else(|| position::on_issue(cx, q, &ranked)),
        Topic => topic::answer(cx, q, &ranked),
        // Someone the article gives no event: what it says of them, as any search.
        Deeds => deeds::answer(cx, q).or_else(|| quote::on_topic(cx, q)),
        _ => None,
    };
    arbitrate(cx, q, found, &ranked)
}

/// Whether the one a "what did X say" question asks about (its first person or side, not
/// an owner: "Witkoff's plan") made or received a proposal `a` cites, or the question asks of
/// no one.
fn speaker_owns(cx: &Cx<'_>, q: &Question, a: &Answer) -> bool {
    use crate::matcher::EntityRef;
    let data = &cx.article.data;
    let Some(asked) = q.mentions.iter().find(|m| !m.poss && !m.qualifier && matches!(m.entity, EntityRef::Person(_) | EntityRef::Side(_))) else {
        return true;
    };
    let is_asked = |id: &str| match asked.entity {
        EntityRef::Person(i) => data.person[i].id == id,
        EntityRef::Side(s) => data.side[s].id == id || data.person.iter().any(|p| p.id == id && p.side.as_deref() == Some(data.side[s].id.as_str())),
        _ => false,
    };
    // Their own proposal, or how they received one ("the Europeans found it unacceptable").
    data.proposal.iter().any(|x| {
        (is_asked(&x.side) || x.by.as_deref().is_some_and(is_asked)) && a.cites(x.p, &x.evidence)
            || x.reactions.iter().any(|r| r.by.as_deref().is_some_and(is_asked) && a.cites(r.p, &r.text))
    })
}

/// Whether a "when" question asks for a deadline: "by when", "how soon".
fn by_when(q: &Question) -> bool {
    q.tokens.windows(2).any(|w| matches!((w[0].word.as_str(), w[1].word.as_str()), ("by" | "until" | "till", "when") | ("how", "soon")))
}

/// A person named by a title ("the UK foreign minister") takes part in a fact by who they are:
/// the title's words in another fact ("foreign ministers … cancelled") are about others.
fn by_who_they_are(q: &Question, mut t: crate::matcher::QTerm) -> crate::matcher::QTerm {
    if q.mentions.iter().any(|m| m.by_role && t.entity == Some(m.entity) && matches!(m.entity, crate::matcher::EntityRef::Person(_))) {
        t.syms = vec![crate::matcher::intern::NONE];
    }
    t
}

/// How far down the ranking (0 = first) a handler's evidence may sit and still stand on its own.
const SUPPORTED_WITHIN: usize = 1;
/// The ranker's confidence at which ranked sentences replace a handler answer the ranking does
/// not support. Like `SUPPORTED_WITHIN`, it comes from sweeping whole question sets (dev,
/// dev2-tune, fresh-a) through `score.py`: they moved little across 0.3–0.8, so it sits mid-range.
const OVERRULE_ANSWER: f32 = 0.5;

/// The ranker's confidence a "who said …" question needs when no statement shares its words.
/// The question presupposes words the article reports, and the article reports few, so a
/// sentence the ranker puts first is more often right than for an open question. Swept like
/// `OVERRULE_ANSWER` on the looked-at sets (0.02–0.2): 0.05 answered four more, declined none
/// fewer of the questions the article does not answer. Swept again after the stance and reason
/// answers (0.02–0.05 on dev, dev2-tune, fresh-a..d): 0.02–0.04 answer one more of dev2-tune,
/// 0.02 loses one of fresh-b; 0.04 is the end of the plateau nearest the old value.
const WHO_SAID_THRESHOLD: f32 = 0.04;

/// The rule handlers and the ranker each propose an answer; the one the evidence supports wins.
///
/// A handler answer stands when the ranker puts one of its cited sentences near the top; when
/// it does not, the ranked sentences replace it if the ranker is confident. A handler that
/// found nothing leaves the question to the ranked sentences, which decline under the fitted
/// threshold.
fn arbitrate(cx: &Cx<'_>, q: &Question, found: Option<Answer>, ranked: &[Ranked]) -> Answer {
    let supported = |a: &Answer| supported_within(cx, a, ranked, SUPPORTED_WITHIN);
    match found {
        Some(a) if a.answered && supported(&a) => a,
        Some(a) if a.answered => meaning::answer_ranked(cx, q, ranked, OVERRULE_ANSWER).unwrap_or(a),
        // No stand recorded on what was asked is no evidence the article does not speak to it:
        // the ranked sentences answer if the best of them speaks of it and they clear the
        // threshold; else the decline stands ("no position of Britain on refugees").
        // Nor is a stand of theirs the article does not record, when the best ranked sentence
        // tells what they did ("how did the British show things were moving?").
        Some(a) if speaks_of(cx, ranked, &a.wanting) || !a.wanting.is_empty() && acted_by_asked(cx, q, ranked) => ranked_answer(cx, q, ranked).unwrap_or(a),
        // A handler's decline is informed ("the article has no words of Putin"): it stands.
        Some(a) => a,
        None => ranked_answer(cx, q, ranked).unwrap_or_else(|| decline::not_found(cx, q)),
    }
}

/// Whether the best ranked sentence has a word (or name) of `topic`.
fn speaks_of(cx: &Cx<'_>, ranked: &[Ranked], topic: &[crate::matcher::QTerm]) -> bool {
    ranked.first().is_some_and(|r| topic.iter().any(|t| t.score(&cx.index.sentences[r.sentence]) > 0.0))
}

/// The answer the ranked sentences give on their own, if the ranker is confident enough.
fn ranked_answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if let Some(a) = relayed(cx, q, ranked).or_else(|| spoken(cx, q, ranked)) {
        return Some(a);
    }
    // "Why would the US be getting cold feet?": an explanation relayed from someone ("the
    // source said the jitters could indicate …") is what a "why" presupposes, as words are
    // what "who said …" does. Measured on every set (0.04 / 0.06 / 0.1 here: +15 -2 / +10 -1 /
    // +7 -0 items; the two lost are false premises answered with the nearest account, which
    // the answer then says it is).
    let relayed_reason = q.intent == Intent::WhyHow && explained_by_source(cx, ranked);
    let threshold = if q.intent == Intent::WhoSaid || relayed_reason || acted_by_asked(cx, q, ranked) || on_last_evidence(cx, q, ranked) {
        WHO_SAID_THRESHOLD
    } else {
        Ranker::shipped().threshold_for(q.intent)
    };
    meaning::answer_ranked(cx, q, ranked, threshold)
}

/// Whether a cited span of `a` shares text with a sentence ranked `within` of the top (0 = the
/// first only): a quote may run over two sentences, or stop before "…,” Vance said.".
pub(super) fn supported_within(cx: &Cx<'_>, a: &Answer, ranked: &[Ranked], within: usize) -> bool {
    ranked.iter().take(within + 1).any(|r| {
        let s = &cx.article.sentences[r.sentence];
        a.evidence.iter().any(|e| {
            let Some(p) = e.citation.paragraph.filter(|&p| p == s.p) else { return false };
            let Some(at) = cx.article.paragraph(p).and_then(|text| text.find(e.citation.text.as_str())) else { return false };
            s.overlaps(p, at as u32, (at + e.citation.text.len()) as u32)
        })
    })
}

/// Whether the best ranked sentence relays someone's account ("the source said the jitters
/// could indicate …"): a report's explanations are mostly told as someone's reading.
fn explained_by_source(cx: &Cx<'_>, ranked: &[Ranked]) -> bool {
    ranked.first().is_some_and(|r| relays(cx, r.sentence))
}

/// Whether sentence `si` is relayed from an unnamed source.
fn relays(cx: &Cx<'_>, si: usize) -> bool {
    let s = &cx.article.sentences[si];
    !attribution::attributions(cx, s.p, s.text(cx.article)).is_empty()
}

/// "According to insiders, why did the Americans get cold feet?": a question that speaks of
/// unnamed sources presupposes what the article relays from them, and the article relays little,
/// so among those sentences the best one needs no more confidence than a "who said …" answer.
fn relayed(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if !q.hearsay {
        return None;
    }
    presupposed(cx, q, ranked, |si| relays(cx, si))
}

/// The best of the ranked sentences `keep` allows, at the who-said threshold: the question
/// presupposes one of their kind, and the article has few.
fn presupposed(cx: &Cx<'_>, q: &Question, ranked: &[Ranked], keep: impl Fn(usize) -> bool) -> Option<Answer> {
    let theirs: Vec<Ranked> = ranked.iter().copied().filter(|r| keep(r.sentence)).collect();
    meaning::answer_ranked(cx, q, &theirs, WHO_SAID_THRESHOLD)
}

/// "Who posted online that Britain is moving quickly with Washington and Kyiv …?": a "who
/// said …" presupposes words someone said, and the article has few, so among the sentences that
/// hold them (by someone of the side asked for, when a side narrows the speaker) the best one
/// needs no more confidence than any "who said …" answer: the words the reader recalls are
/// told in their own.
fn spoken(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if q.intent != Intent::WhoSaid || !who_said::asks_words(q) {
        return None;
    }
    let side = q.sides_of_people().last().map(|&(s, _)| cx.article.data.side[s].id.as_str());
    presupposed(cx, q, ranked, |si| match meaning::statement_in(cx, si) {
        Some(st) => side.is_none_or(|side| speaks_for(cx, st.speaker.as_deref(), side)),
        // Unnamed sources are someone too ("several sources said …").
        None => side.is_none() && relays(cx, si),
    })
}

/// "How did the British show things were moving?", "why have European capitals been running
/// around?": a "why" or "how" asked of one person or side presupposes an act of theirs, and
/// the article reports few, so a best sentence that tells an act of theirs ("*British
/// government officials* pointed to …") needs no more confidence than a "who said …" answer.
/// Measured on every set at 0.02 / 0.03 / 0.04 with a person standing for their side too:
/// +15 -4 / +13 -3 / +9 -1 items; at 0.04 with a person as themselves (the vice president is
/// not every American) and a side with its people: +7 -1, the one lost a question the article
/// does not answer, given the nearest sentence under a lead that says so.
fn acted_by_asked(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> bool {
    matches!(q.intent, Intent::WhyHow | Intent::Position) && ranked.first().is_some_and(|r| premise::acted_by_asked(cx, q, r.sentence))
}

/// "What did that show?": the question refers to the last answer, and the ranker's best
/// sentence is in that answer's evidence, so the conversation supports it as a presupposition
/// of "who said …" does.
fn on_last_evidence(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> bool {
    let Some(best) = ranked.first() else { return false };
    let s = &cx.article.sentences[best.sentence];
    q.about_last && cx.ctx.told(s)
}

/// "Which envoy met Healey?": a title that fits several people, decided by the rest of the
/// question. The best-ranked sentence naming any of them must name exactly one, and the ranker
/// must be confident in it; otherwise the question is asked back.
fn resolve(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity) -> Option<Question> {
    // "the envoy's ideas": the title is a possessor (and stays one); the word it owns.
    let last = amb.phrase.split(' ').next_back().unwrap_or("");
    let owned = q.tokens.windows(2).find(|w| w[0].poss && w[0].word == last).map(|w| w[1].word.as_str());
    let poss = q.tokens.iter().any(|t| t.poss && t.word == last);
    // The conversation decides first: "the minister" is the one just spoken of.
    let spoken_of = by_conversation(cx, q, amb);
    let narrowed = beside_the_named(q, amb);
    let amb = narrowed.as_ref().unwrap_or(amb);
    let one = spoken_of
        .or_else(|| crate::matcher::only_one(amb.people.iter().copied()))
        .or_else(|| by_facts(cx, q, amb))
        .or_else(|| by_words_said(cx, q, amb))
        .or_else(|| by_events(cx, q, amb))
        .or_else(|| by_title(cx, amb))
        .or_else(|| {
            // Ranked once for both readings by meaning.
            let ranked = crate::matcher::semantic::rank(cx.article, cx.index, q);
            by_ranking(cx, q, amb, &ranked).or_else(|| by_owner(cx, q, amb, owned, &ranked))
        })?;
    let mut r = q.clone();
    r.ambiguous = None;
    // The person resolved is the one asked about, first among the question's people — unless
    // they are only the proposals' owner and someone else judges them ("did Ukraine accept
    // what the envoy brought to the table" asks Ukraine's stand).
    let judged = speaks_of_proposals(q)
        && q.mentions.iter().any(|m| !m.qualifier && matches!(m.entity, crate::matcher::EntityRef::Side(_) | crate::matcher::EntityRef::Person(_)));
    r.mentions.insert(
        if judged { r.mentions.len() } else { 0 },
        crate::matcher::Mention {
            entity: crate::matcher::EntityRef::Person(one),
            poss,
            by_role: true,
            from_context: false,
            qualifier: false,
            words: amb.phrase.clone(),
        },
    );
    Some(r)
}

/// "When did the president ring the Kremlin leader?": someone the message names otherwise (not
/// by the title's own words, nor carried over from the conversation) is not who the title means
/// beside them. The candidates left, when that leaves some and drops some.
fn beside_the_named(q: &Question, amb: &crate::matcher::Ambiguity) -> Option<crate::matcher::Ambiguity> {
    let of_title = |m: &crate::matcher::Mention| m.words.split(' ').any(|w| amb.phrase.split(' ').any(|a| a == w));
    let named: Vec<usize> = q
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            crate::matcher::EntityRef::Person(p) if !m.from_context && !of_title(m) => Some(p),
            _ => None,
        })
        .collect();
    let rest: Vec<usize> = amb.people.iter().copied().filter(|p| !named.contains(p)).collect();
    (!rest.is_empty() && rest.len() < amb.people.len()).then(|| crate::matcher::Ambiguity { phrase: amb.phrase.clone(), people: rest })
}

/// "Trump's envoy" (or "trumps envoy"): the one candidate whose own title has every word of
/// the phrase, compared by stem.
fn by_title(cx: &Cx<'_>, amb: &crate::matcher::Ambiguity) -> Option<usize> {
    let words =
        |t: &str| -> Vec<String> { crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(t).text).into_iter().map(|t| t.stem).collect() };
    let asked = words(&amb.phrase);
    crate::matcher::only_one(amb.people.iter().copied().filter(|&p| {
        cx.article.data.person[p].titles.iter().any(|t| {
            let title = words(&t.text);
            asked.iter().all(|w| title.contains(w))
        })
    }))
}

/// Whether the question speaks of a proposal: a word for one or a verb of making one.
fn speaks_of_proposals(q: &Question) -> bool {
    use crate::matcher::words::{is_in, PROPOSAL_WORDS, PROPOSING_VERBS};
    q.tokens.iter().any(|t| is_in(PROPOSAL_WORDS, &t.word) || is_in(PROPOSING_VERBS, &t.word))
}

/// "And the other minister?" after "John Healey was meeting Keith Kellogg": the title fits
/// several people, but the last answer's words name two of them, and "other" is the one not
/// just spoken of. Without "other", "the minister" is the one just spoken of, if the title
/// fits them.
fn by_conversation(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity) -> Option<usize> {
    // The one the title fits that was spoken of most recently.
    let last = cx.ctx.people.iter().copied().find(|p| amb.people.contains(p));
    let other = q.tokens.iter().any(|t| matches!(t.word.as_str(), "other" | "another" | "second"));
    if !other {
        return cx.ctx.people.first().copied().filter(|p| amb.people.contains(p));
    }
    let told = |p: usize| {
        let surname = surname(&cx.article.data.person[p]);
        cx.ctx
            .evidence
            .iter()
            .any(|&(par, start, end)| cx.article.paragraph(par as usize).and_then(|t| t.get(start as usize..end as usize)).is_some_and(|t| t.contains(surname)))
    };
    crate::matcher::only_one(amb.people.iter().copied().filter(|&p| Some(p) != last && told(p)))
}

/// "What did the American envoy propose?": the one candidate the article has facts of the
/// asked kind for (proposals for "propose", words for "say").
fn by_facts(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity) -> Option<usize> {
    let d = &cx.article.data;
    // "the envoy's ideas", "what the envoy brought to the table": a proposal is spoken of, so
    // whose proposals they are is asked, whatever the question's kind.
    let owns_proposals = speaks_of_proposals(q);
    let has = |p: usize| -> bool {
        let id = Some(d.person[p].id.as_str());
        match q.intent {
            _ if owns_proposals => d.proposal.iter().any(|x| x.by.as_deref() == id),
            Intent::Proposals => d.proposal.iter().any(|x| x.by.as_deref() == id),
            Intent::Quote => d.statement.iter().any(|x| x.speaker.as_deref() == id),
            _ => false,
        }
    };
    crate::matcher::only_one(amb.people.iter().copied().filter(|&p| has(p)))
}

/// "Which minister said a full ceasefire must come first?": asked for words, the one candidate
/// whose own statements hold any of the question's other words.
fn by_words_said(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity) -> Option<usize> {
    let asks_words = q.tokens.iter().any(|t| crate::matcher::words::is_saying(&t.word, &t.stem));
    if !matches!(q.intent, Intent::Quote | Intent::WhoSaid) || !asks_words {
        return None;
    }
    let d = &cx.article.data;
    let topic = without_cues(q.topic_terms(&[]).into_iter().filter(|t| t.entity.is_none()).collect(), &[crate::matcher::words::SAY_WORDS]);
    if topic.is_empty() {
        return None;
    }
    let says_it = |p: usize| {
        let id = Some(d.person[p].id.as_str());
        (0..d.statement.len()).any(|i| d.statement[i].speaker.as_deref() == id && overlap(&topic, &cx.index.statement_terms[i]).0 > 0.0)
    };
    crate::matcher::only_one(amb.people.iter().copied().filter(|&p| says_it(p)))
}

/// "Which British minister met Kellogg?": the one candidate who takes part, with everyone else
/// the question names, in an event the question's other words tell of ("met" a meeting).
fn by_events(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity) -> Option<usize> {
    let d = &cx.article.data;
    let others: Vec<&str> = q.people().into_iter().filter(|p| !amb.people.contains(p)).map(|p| d.person[p].id.as_str()).collect();
    let words: Vec<crate::matcher::QTerm> = q.topic_terms(&[]).into_iter().filter(|t| t.entity.is_none()).collect();
    if others.is_empty() || words.is_empty() {
        return None;
    }
    let in_event =
        |p: usize, i: usize| d.event[i].has_all(&[d.person[p].id.as_str()]) && d.event[i].has_all(&others) && overlap(&words, &cx.index.event_terms[i]).0 > 0.0;
    crate::matcher::only_one(amb.people.iter().copied().filter(|&p| (0..d.event.len()).any(|i| in_event(p, i))))
}

/// "Which envoy met Healey?": the best-ranked sentence naming any candidate names exactly one,
/// and the ranker is confident in it.
fn by_ranking(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity, ranked: &[Ranked]) -> Option<usize> {
    if !q.topic_terms(&[]).iter().any(|t| t.entity.is_none()) && q.mentions.iter().all(|m| m.qualifier) {
        return None;
    }
    let pos = ranked.iter().position(|r| !candidates_in(cx, amb, r.sentence).is_empty())?;
    let [one] = candidates_in(cx, amb, ranked[pos].sentence)[..] else { return None };
    (Ranker::shipped().confidence(&ranked[pos..]) >= Ranker::shipped().threshold).then_some(one)
}

/// "How did Kyiv view the American envoy's package?": the title owns what is judged, and
/// someone else in the question judges it, so the question is not about the envoy; the
/// candidate the best-ranked sentence naming one of them names is the owner meant.
fn by_owner(cx: &Cx<'_>, q: &Question, amb: &crate::matcher::Ambiguity, owned: Option<&str>, ranked: &[Ranked]) -> Option<usize> {
    let owner = owned.is_some_and(|w| !crate::matcher::words::is_in(crate::matcher::words::STOPWORDS, w));
    let judge = q.mentions.iter().any(|m| !m.qualifier && matches!(m.entity, crate::matcher::EntityRef::Side(_) | crate::matcher::EntityRef::Person(_)));
    if !owner || !judge {
        return None;
    }
    ranked.iter().find_map(|r| match candidates_in(cx, amb, r.sentence)[..] {
        [one] => Some(one),
        _ => None,
    })
}

/// The candidates for an ambiguous title that sentence `si` names.
fn candidates_in(cx: &Cx<'_>, amb: &crate::matcher::Ambiguity, si: usize) -> Vec<usize> {
    amb.people.iter().copied().filter(|&p| cx.index.sentences[si].entities.contains(&crate::matcher::EntityRef::Person(p))).collect()
}

/// "10 a.m.", "14:30", "noon": a time of day in article text.
fn has_clock(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("a.m.") || t.contains("p.m.") || t.contains("noon") || t.contains("midnight") || t.contains("o'clock") || t.contains("o’clock") || {
        let b = t.as_bytes();
        b.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
    }
}

// ---------------------------------------------------------------- shared wording

/// A citation of verbatim text in paragraph `p` of this article.
pub fn cite(cx: &Cx<'_>, p: usize, text: &str) -> Citation {
    let text = text.trim();
    let text = cx.article.paragraph(p).map_or(text, |para| with_antecedent(cx, p, para, whole_quotation(para, text)));
    Citation::new(cx.article.id(), Some(p), None, text)
}

/// A sentence that opens by pointing back ("Those proposals …", "That means …", "But he
/// also …") is cited with the sentence before it in its paragraph, which says what it points
/// at. Pronouns and demonstratives are a closed class of English, not words of any article.
fn with_antecedent<'a>(cx: &Cx<'a>, p: usize, para: &'a str, text: &'a str) -> &'a str {
    // The words are looked at before the paragraph is searched: most citations open otherwise.
    let mut words = text.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').filter(|w| !w.is_empty());
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let first = words.next().unwrap_or_default();
    let opener = if is(first, &["but", "and", "so", "yet"]) { words.next().unwrap_or_default() } else { first };
    if !is(opener, &["that", "this", "those", "these", "it", "he", "she", "they", "his", "her", "their", "its"]) {
        return text;
    }
    let Some(at) = para.find(text) else { return text };
    // The sentence of the paragraph that ends right before the cited one begins.
    let previous = cx.article.sentences.iter().filter(|s| s.p == p).map(|s| s.range()).find(|r| r.end <= at && para[r.end..at].trim().is_empty());
    match previous {
        Some(r) => &para[r.start..at + text.len()],
        None => text,
    }
}

/// A sentence cut from a quotation of several sentences is cited with the rest of that
/// quotation in its paragraph: "There’s going to have to be some territorial swaps,” Vance
/// said." alone loses the words before it that say who gives up what. The span grows back to
/// the mark that opens the quotation, or on to the mark that closes it and the few words that
/// say who spoke ("…,” Vance said."); a quotation the paragraph leaves open (wire copy
/// continues it in the next) runs to the paragraph's end. Still the article's own words.
fn whole_quotation<'a>(para: &'a str, text: &'a str) -> &'a str {
    let (opens, closes) = (text.matches('“').count(), text.matches('”').count());
    if opens == closes {
        return text;
    }
    let Some(at) = para.find(text) else { return text };
    let (mut start, mut end) = (at, at + text.len());
    if closes > opens {
        if let Some(k) = para[..start].rfind('“') {
            start = k;
        }
    } else if opens > closes {
        end = match para[end..].find('”') {
            Some(k) => {
                let close = end + k + '”'.len_utf8();
                // "…,” Vance said.": the words after the mark up to the sentence's end, when
                // they are few and open no other quotation.
                let rest = &para[close..];
                match rest.find(['.', '!', '?']) {
                    Some(j) if j < 60 && !rest[..j].contains('“') => close + j + 1,
                    _ => close,
                }
            }
            None => para.len(),
        };
    }
    &para[start..end]
}

/// The sentence of paragraph `p` that holds `words` (a fact's evidence, a title), or the
/// words themselves when they span sentences.
pub fn sentence_of<'a>(cx: &Cx<'a>, p: usize, words: &'a str) -> &'a str {
    cx.article.sentences.iter().find(|s| s.p == p && s.text(cx.article).contains(words)).map(|s| s.text(cx.article)).unwrap_or(words)
}

/// The last word of a person's name ("Healey"), as a report refers to them after the first
/// mention; the whole name when it is one word.
pub(super) fn surname(p: &Person) -> &str {
    p.name.split(' ').next_back().filter(|w| !w.is_empty()).unwrap_or(&p.name)
}

/// "JD Vance (U.S. Vice President)"; for someone unnamed, the article's description.
pub fn person_label(p: &Person) -> String {
    let title = p.titles.first().map(|t| t.text.as_str()).unwrap_or("");
    if !p.named {
        return upper_first(title);
    }
    if title.is_empty() || title.contains(&p.name) {
        p.name.clone()
    } else {
        format!("{} ({})", p.name, title)
    }
}

/// Who said a statement, as the article names them.
pub fn speaker_label(cx: &Cx<'_>, s: &Statement) -> String {
    if let Some(id) = &s.speaker {
        if let Some(p) = cx.article.person(id) {
            return person_label(p);
        }
        if let Some(side) = cx.article.side(id) {
            if let Some(src) = &s.source {
                return src.clone();
            }
            return upper_first(&side.short);
        }
    }
    s.source.clone().map(|x| upper_first(&x)).unwrap_or_default()
}

/// "According to several sources", keeping the article's words for the source.
pub fn according(att: &str) -> String {
    format!("According to {}", lower_common(att))
}

/// Lower-cases the first word when it is an ordinary word ("Three diplomats" -> "three
/// diplomats"), not a name ("British government officials" stays).
pub fn lower_common(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    let common = [
        "a",
        "an",
        "the",
        "one",
        "two",
        "three",
        "four",
        "five",
        "several",
        "some",
        "many",
        "sources",
        "source",
        "diplomats",
        "diplomat",
        "officials",
        "official",
        "people",
    ];
    if common.contains(&first.to_lowercase().as_str()) {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    } else {
        s.to_string()
    }
}

pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A count as a lead begins it: "Four (4)".
pub fn count_word(n: usize) -> String {
    const W: [&str; 11] = ["None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
    W.get(n).map(|w| format!("{w} ({n})")).unwrap_or_else(|| n.to_string())
}

/// "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// How well the question's topic words are found in a fact: (summed score, share matched).
pub fn overlap(terms: &[crate::matcher::QTerm], t: &Terms) -> (f32, f32) {
    if terms.is_empty() {
        return (0.0, 0.0);
    }
    let mut sum = 0.0;
    let mut hit = 0.0;
    for q in terms {
        let s = q.score(t);
        sum += s;
        if s > 0.0 {
            hit += 1.0;
        }
    }
    (sum, hit / terms.len() as f32)
}

/// The topic words of a question that are not cue words of `lists` (say, position ...).
pub fn without_cues(terms: Vec<crate::matcher::QTerm>, lists: &[&[&str]]) -> Vec<crate::matcher::QTerm> {
    terms.into_iter().filter(|t| t.entity.is_some() || !lists.iter().any(|l| l.contains(&t.word.as_str()))).collect()
}

/// Whether a fact said by `speaker` (a person's or side's id) is said for side `side`: by the
/// side itself or by one of its people.
pub fn speaks_for(cx: &Cx<'_>, speaker: Option<&str>, side: &str) -> bool {
    speaker.is_some_and(|id| id == side || cx.article.person(id).and_then(|p| p.side.as_deref()) == Some(side))
}

/// The side of the person whose people the question asks about ("Trump" in "which of Trump's
/// people said …"), when that person has one.
pub fn owners_side<'a>(cx: &Cx<'a>, q: &Question) -> Option<&'a str> {
    let owner = q.mentions.iter().find_map(|m| match m.entity {
        crate::matcher::EntityRef::Person(p) if m.qualifier => Some(p),
        _ => None,
    })?;
    cx.article.data.person[owner].side.as_deref()
}

/// Person indices of the article, by id.
pub fn person_index(cx: &Cx<'_>, id: &str) -> Option<usize> {
    cx.article.data.person.iter().position(|p| p.id == id)
}

pub fn side_index(cx: &Cx<'_>, id: &str) -> Option<usize> {
    cx.article.data.side.iter().position(|p| p.id == id)
}

/// A person's or side's id (a statement's speaker) as an entity.
pub fn entity_of(cx: &Cx<'_>, id: &str) -> Option<crate::matcher::EntityRef> {
    use crate::matcher::EntityRef;
    person_index(cx, id).map(EntityRef::Person).or_else(|| side_index(cx, id).map(EntityRef::Side))
}

/// "Europe's", "the Europeans'": the possessive of a display name.
pub fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}’")
    } else {
        format!("{name}’s")
    }
}

/// The words a term stands for in a reply: an entity's display name, else the word.
pub fn term_display(cx: &Cx<'_>, t: &crate::matcher::QTerm) -> String {
    t.entity.map_or_else(|| t.word.clone(), |e| entity_name(cx, e))
}

/// An entity's display name.
pub fn entity_name(cx: &Cx<'_>, e: crate::matcher::EntityRef) -> String {
    match e {
        crate::matcher::EntityRef::Person(p) => cx.article.data.person[p].name.clone(),
        crate::matcher::EntityRef::Side(s) => cx.article.data.side[s].short.clone(),
        crate::matcher::EntityRef::Place(p) => cx.article.data.place[p].name.clone(),
        crate::matcher::EntityRef::Credit(c) => cx.article.credits[c].name.clone(),
    }
}

/// Whether the thing a "which" question asks for is a plural noun ("which territories"): the
/// question asks for them one by one.
fn plural_asked(thing: &str) -> bool {
    let last = thing.rsplit(' ').next().unwrap_or(thing);
    last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && crate::matcher::tokens::stem(last) != last
}

/// Whether `text` names an owner right before `thing`'s noun: "*EU* sanctions", "*Witkoff's*
/// proposals".
fn owner_named(cx: &Cx<'_>, thing: &str, text: &str) -> bool {
    let noun = crate::matcher::tokens::stem(thing.rsplit(' ').next().unwrap_or(thing));
    let toks = crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(text).text);
    (1..toks.len()).any(|i| toks[i].stem == noun && (i.saturating_sub(3)..i).any(|j| cx.index.alias_at(&toks, j).is_some_and(|(_, n)| j + n == i)))
}
