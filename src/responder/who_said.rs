//! "Who said ...?", "Which official called ...?", "Who is against ...?", and "Who says so?".
//!
//! The question's words are matched against what was said (statements first, then stated
//! positions); the answer names the speaker as the article does, unnamed sources included.

use super::quote::{source_of, statement_label};
use super::{overlap, Answer, Cx};
use crate::matcher::{words, EntityRef, Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    // "Who did Healey meet?": the one asked about is the object of a named subject's deed, not
    // a speaker: events answer, or the ranked sentences.
    let object_asked = q.predicate.as_deref().is_some_and(|v| !words::is_in(words::SAY_WORDS, v))
        && q.tokens.get(words::question_start(&q.tokens)).is_some_and(|t| matches!(t.word.as_str(), "who" | "whom"));
    // A side right before a person noun narrows the speaker instead of being a topic.
    let speaker_side: Option<EntityRef> = q.sides_of_people().last().map(|&(s, _)| EntityRef::Side(s));
    let except: Vec<EntityRef> = speaker_side.into_iter().collect();
    // "who said ... respond in kind": the saying verb after "who" is the cue; later ones are
    // part of what was said.
    let mut cue: Vec<&str> =
        q.tokens.iter().take(3).map(|t| t.word.as_str()).filter(|w| words::is_in(words::SAY_WORDS, w) || matches!(*w, "call" | "called")).collect();
    // "Who *insists* …", "who *remarked* …": any form of a verb of saying right after "who".
    cue.extend(
        q.tokens
            .windows(2)
            .take(3)
            .filter(|p| words::is_in(words::WH_WORDS, &p[0].word) && words::is_saying(&p[1].word, &p[1].stem))
            .map(|p| p[1].word.as_str()),
    );
    // "Did anyone claim things were …", "is anybody suggesting that …": whatever the verb, one
    // whose object is a clause reports what was said; it is the cue, the clause the topic.
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    cue.extend(crate::matcher::intent::reporting_verb(&w).map(|k| w[k]));
    // "Who *talked about* territorial swaps": talking about something is saying it, not the
    // talks.
    cue.extend(
        q.tokens
            .windows(2)
            .take(3)
            .filter(|p| matches!(p[0].stem.as_str(), "talk" | "speak" | "spoke") && matches!(p[1].word.as_str(), "about" | "of"))
            .map(|p| p[0].word.as_str()),
    );
    // "Which *country* is pushing for …": the party noun is what is asked for, not its topic.
    let start = words::question_start(&q.tokens);
    if w.get(start) == Some(&"which") {
        cue.extend(w.get(start + 1).filter(|n| words::is_in(words::PARTY_NOUNS, n)));
    }
    let topic: Vec<_> = q.topic_terms(&except).into_iter().filter(|t| t.entity.is_some() || !cue.contains(&t.word.as_str())).collect();
    if topic.is_empty() {
        return None;
    }
    let side_ok = |speaker: Option<&str>| match speaker_side {
        Some(EntityRef::Side(s)) => super::speaks_for(cx, speaker, &d.side[s].id),
        _ => true,
    };
    // "Who's the guy that skipped the meeting, the US top diplomat?": a person the question
    // describes by a role is the one asked for, so only their own words can answer; words of
    // others that merely mention them ("played down Rubio's cancellation") do not.
    let described: Vec<EntityRef> =
        q.mentions.iter().filter(|m| m.by_role && !m.qualifier && matches!(m.entity, EntityRef::Person(_))).map(|m| m.entity).collect();
    let spoken_by_described =
        |speaker: Option<&str>| described.is_empty() || speaker.and_then(|sp| super::entity_of(cx, sp)).is_some_and(|e| described.contains(&e));
    let best = if object_asked { None } else { best_statement(cx, &topic, |s| side_ok(s.speaker.as_deref()) && spoken_by_described(s.speaker.as_deref())) };
    // What someone did ("Who cancelled the trip?") is an event, not a statement.
    // "Who says it caused the downgrade?" asks for a speaker: a deed's doers are not one.
    let by_who: Vec<_> = topic.iter().cloned().map(|t| super::by_who_they_are(q, t)).collect();
    // A calling off asked about ("who from Washington cancelled") is a deed, and its doer
    // answers even where a statement speaks of it as fully ("played down … Rubio's abrupt
    // cancellation"): who spoke of it did not do it.
    let calling_off = topic.iter().any(|t| t.entity.is_none() && words::calls_off(&t.stem));
    let side_asked = match speaker_side {
        Some(EntityRef::Side(s)) => Some(&d.side[s]),
        _ => None,
    };
    let side_id = side_asked.map(|s| s.id.as_str());
    let statement_cov = best.map(|b| b.1).unwrap_or(0.0);
    // "Which Russian official cancelled his trip?": the deed is someone else's; who did it is
    // told, after saying the side asked about had no part in it.
    let of_another_side = || {
        let side = side_asked?;
        let mut a = by_event(cx, q, &by_who, &described, None, statement_cov, calling_off)?;
        a.lead = format!("The article names no one from {} who did. {}", side.name, a.lead);
        Some(a)
    };
    if let Some(a) = by_event(cx, q, &by_who, &described, side_id, statement_cov, calling_off).or_else(of_another_side).filter(|_| !asks_speaker(q)) {
        return Some(a);
    }
    // "Who rejected the proposals?": a stand, not a saying, when the question asks for one.
    let asks_stance =
        q.tokens.iter().any(|t| words::is_in(words::POSITION_WORDS, &t.word)) && !q.tokens.iter().any(|t| words::is_in(words::SAY_WORDS, &t.word));
    if asks_stance {
        // "Who *wants* the sanctions lifted early": wanting asks for whoever holds the stand,
        // as a verb of saying does for words; what is wanted is the rest. Words of a stand's
        // direction ("against", "support") stay: they tell which holder.
        let on: Vec<_> = topic.iter().filter(|t| t.entity.is_some() || t.stem != "want").cloned().collect();
        if let Some(a) = by_position(cx, q, &on, best.map(|b| b.0).unwrap_or(0.0)) {
            return Some(a);
        }
    }
    // "Which of Trump's people said …": when none of those the article makes his (his envoy)
    // said it, anyone of his side who did answers.
    let best = match best {
        Some(b) if b.1 >= 0.66 => Some(b),
        _ if q.team && !object_asked => of_the_owners_side(cx, q, &topic).or(best),
        _ => best,
    };
    // Two words of three at least: "who won the war" shares only "war" with anything said.
    let held = if object_asked { None } else { held_by_one(cx, q, &topic) };
    let (cov, si) = match (best, held) {
        (Some((_, cov, si)), _) if cov >= 0.66 => (cov, si),
        (_, Some(held)) => held,
        _ if !object_asked && asks_words(q) => by_meaning(cx, &topic, |s| side_ok(s.speaker.as_deref()) && spoken_by_described(s.speaker.as_deref()))?,
        _ => return None,
    };
    let s = &d.statement[si];
    let label = statement_label(cx, s);
    let mut a = Answer::new(Intent::WhoSaid, true, label).with_confidence(cov);
    a.cite(None, super::cite(cx, s.p, &s.evidence));
    a.sources.push(source_of(cx, s));
    if let Some(sp) = &s.speaker {
        if let Some(p) = super::person_index(cx, sp) {
            a.people.push(p);
        } else if let Some(x) = super::side_index(cx, sp) {
            a.sides.push(x);
        }
    }
    Some(a)
}

/// The statement whose terms `topic` covers best among those `keep` allows: (score, coverage,
/// statement). On a tie, the fact that is mostly about these words: the shorter one.
fn best_statement(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], keep: impl Fn(&crate::kb::Statement) -> bool) -> Option<(f32, f32, usize)> {
    let mut best: Option<(f32, f32, usize)> = None;
    for (i, _) in cx.article.data.statement.iter().enumerate().filter(|(_, s)| keep(s)) {
        let (score, cov) = overlap(topic, &cx.index.statement_terms[i]);
        let score = score - 0.001 * cx.index.statement_terms[i].len as f32;
        if cov > 0.0 && best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, cov, i));
        }
    }
    best
}

/// How much of what the question recalls a statement must hold, a word close in meaning
/// counting [`CLOSE_COUNTS`].
const RECALLED: f32 = 0.5;
/// How much a word close in meaning counts against the word itself.
const CLOSE_COUNTS: f32 = 0.5;
/// How far ahead of every other statement the one recalled must be.
const AHEAD: f32 = 0.1;

/// "Who is optimistic all the sides can finally get this done?": words someone said are
/// mostly recalled in other words ("ultimately able to get this thing over the finish line"),
/// so a statement that holds one of the question's words itself and enough of the others as
/// words close in meaning answers, when no other statement holds as much: (share, statement).
fn by_meaning(cx: &Cx<'_>, topic: &[crate::matcher::QTerm], keep: impl Fn(&crate::kb::Statement) -> bool) -> Option<(f32, usize)> {
    use crate::matcher::tokens::tokenize;
    // A verb of saying anywhere ("…: who *wrote* it?") is the question's frame, not words recalled.
    let asked: Vec<&crate::matcher::QTerm> = topic.iter().filter(|t| t.entity.is_some() || !words::is_saying(&t.word, &t.stem)).collect();
    if asked.is_empty() {
        return None;
    }
    let m = crate::matcher::embed::Model::shipped();
    let mut fits: Vec<(f32, usize)> = Vec::new();
    for (i, s) in cx.article.data.statement.iter().enumerate().filter(|(_, s)| keep(s)) {
        let clause = tokenize(&crate::matcher::normalise::normalise(&s.evidence).text);
        let own = asked.iter().filter(|t| clause.iter().any(|w| t.has_stem(&w.stem))).count();
        if own == 0 {
            continue;
        }
        let vecs = super::verdict::content_vectors(m, &clause);
        let close = asked.iter().filter(|t| super::verdict::in_clause(m, t, &clause, &vecs)).count() - own;
        fits.push(((own as f32 + CLOSE_COUNTS * close as f32) / asked.len() as f32, i));
    }
    fits.sort_by(|a, b| b.0.total_cmp(&a.0));
    let &(best, si) = fits.first()?;
    let clear = fits.get(1).is_none_or(|&(second, _)| second + AHEAD <= best);
    (best >= RECALLED && clear).then_some((best, si))
}

/// The statement of someone on the side of the person whose people the question asks about
/// ("Trump's team"), by the question's words without those people and their owner.
fn of_the_owners_side(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm]) -> Option<(f32, f32, usize)> {
    let side = super::owners_side(cx, q)?;
    let team: Vec<EntityRef> = q.mentions.iter().filter(|m| m.by_role || m.qualifier).map(|m| m.entity).collect();
    let topic: Vec<_> = topic.iter().filter(|t| t.entity.is_none_or(|e| !team.contains(&e))).cloned().collect();
    if topic.is_empty() {
        return None;
    }
    best_statement(cx, &topic, |s| super::speaks_for(cx, s.speaker.as_deref(), side))
}

/// Whether the question asks who said something: a verb of saying, not of doing, follows
/// "who" ("who says …", "who claimed …").
fn asks_speaker(q: &Question) -> bool {
    let start = words::question_start(&q.tokens);
    // "Put" is a verb of saying only as "how did he put it": "who put forward …" proposes.
    q.tokens.get(start).is_some_and(|t| t.word == "who") && q.tokens.get(start + 1).is_some_and(|t| t.word != "put" && words::is_in(words::SAY_WORDS, &t.word))
}

/// Whether the question asks whose words something is: a verb of saying right after its
/// question word's phrase ("who *said*", "which Ukrainian official *wrote*"), not a deed ("who
/// headed …", "who was meant to fly …").
pub fn asks_words(q: &Question) -> bool {
    const MAX_PHRASE: usize = 4;
    let start = q.asked_at;
    q.tokens.get(start).is_some_and(|t| words::is_in(words::WH_WORDS, &t.word))
        && q.tokens
            .iter()
            .enumerate()
            .skip(start + 1)
            .take(MAX_PHRASE + 1)
            .take_while(|(_, t)| !words::is_in(words::AUXILIARIES, &t.word))
            .any(|(_, t)| t.word != "put" && words::is_saying(&t.word, &t.stem))
}

/// "Who is *optimistic* all the sides can finally get this done?": a state of mind asked about
/// (see [`states_a_mind`]) that one statement alone holds, in the speaker's own telling, is
/// whose it is — what they were optimistic about is recalled in other words, but recalled:
/// one of the question's other words at least is close in meaning to one of the statement's
/// ("finally" to "ultimately"), so "who is optimistic that the weather will improve" is no one's.
/// (share, statement)
fn held_by_one(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm]) -> Option<(f32, usize)> {
    let after = q.tokens.get(q.asked_at + 1..)?;
    if q.tokens.get(q.asked_at).is_none_or(|t| t.word != "who") || !states_a_mind(after) {
        return None;
    }
    let state = &after[1].stem;
    let words_of = |i: usize| crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(&cx.article.data.statement[i].evidence).text);
    let holding: Vec<usize> = (0..cx.article.data.statement.len()).filter(|&i| words_of(i).iter().any(|t| &t.stem == state)).collect();
    let [si] = holding[..] else { return None };
    let clause = words_of(si);
    let m = crate::matcher::embed::Model::shipped();
    let vecs = super::verdict::content_vectors(m, &clause);
    let rest: Vec<_> = topic.iter().filter(|t| t.stem != *state && t.entity.is_none()).collect();
    let recalled = rest.is_empty() || rest.iter().any(|t| super::verdict::in_clause(m, t, &clause, &vecs));
    recalled.then_some((0.5, si))
}

/// "(who) is *optimistic that* …", "(who) was *hopeful* all sides …": a state of mind with what
/// it holds after it reports a view as a verb of saying does — the rest is the view, in the
/// words of whoever held it. A feeling word (rated on the valence scale) or any word before
/// "that" after a form of "be".
fn states_a_mind(after_wh: &[crate::matcher::tokens::Token]) -> bool {
    let [be, state, next, ..] = after_wh else { return false };
    matches!(be.word.as_str(), "is" | "was" | "are" | "were" | "s" | "seems" | "seemed" | "sounded" | "felt")
        && !words::is_stopword(&state.word)
        && (next.word == "that" || crate::matcher::valence::valence(&state.word).is_some())
}

/// The position whose holder answers "who is against ...".
fn by_position(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm], statement_score: f32) -> Option<Answer> {
    let d = &cx.article.data;
    let mut best: Option<(f32, f32, usize)> = None;
    // "Who wants Crimea recognised as Russian?" is not answered by "Kyiv would *not* recognise
    // Russian sovereignty over Crimea": a stand the article words with a "not" is the opposite
    // of one asked without any negation.
    let affirmative = !negates(&q.tokens) && !q.tokens.iter().any(|t| t.word == "against");
    for i in 0..d.position.len() {
        if affirmative && crate::matcher::tokens::tokenize(&d.position[i].evidence).iter().any(|t| words::is_in(words::NEGATIVE_WORDS, &t.word)) {
            continue;
        }
        // Every name the question gives is in the stand: "who wants Ukraine kept out of NATO"
        // is no stand that never names NATO, however many other words it shares.
        if topic.iter().any(|t| t.entity.is_some() && t.score(&cx.index.position_terms[i]) == 0.0) {
            continue;
        }
        let (score, cov) = overlap(topic, &cx.index.position_terms[i]);
        let stance = cx.index.stance_terms[i].as_ref().map(|t| overlap(topic, t).0).unwrap_or(0.0);
        let score = score + stance - 0.001 * cx.index.position_terms[i].len as f32;
        if cov > 0.0 && best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, cov, i));
        }
    }
    let (score, cov, pi) = best?;
    if cov < 0.66 || score + 0.05 < statement_score {
        return None;
    }
    let p = &d.position[pi];
    let holder =
        cx.article.person(&p.holder).map(super::person_label).unwrap_or_else(|| cx.article.side(&p.holder).map(|s| s.name.clone()).unwrap_or_default());
    // Who voiced the stand stays attached: "Ukraine, in the words of its deputy PM".
    let via = p.via.as_deref().and_then(|v| cx.article.person(v));
    let lead = match (&p.attribution, via) {
        (Some(att), _) => format!("{}, {}.", super::according(att), holder),
        (None, Some(v)) => format!("{holder}, in the words of {}.", super::person_label(v)),
        (None, None) => format!("{holder}."),
    };
    let mut a = Answer::new(Intent::WhoSaid, true, lead).with_confidence(cov);
    a.cite(super::position::voiced_by(cx, p).filter(|_| p.attribution.is_none()), super::cite(cx, p.p, &p.evidence));
    if let Some(v) = p.via.as_deref().and_then(|v| super::person_index(cx, v)) {
        a.people.push(v);
    }
    a.sources.push(p.attribution.clone().unwrap_or_else(|| format!("the {} report itself", d.article.outlet)));
    if let Some(x) = super::side_index(cx, &p.holder) {
        a.sides.push(x);
    }
    Some(a)
}

/// Whether a question negates what it asks: a negative word ("not", "never") or a verb of not
/// doing ("refuse", "reject").
fn negates(toks: &[crate::matcher::tokens::Token]) -> bool {
    toks.iter().any(|t| words::is_in(words::NEGATIVE_WORDS, &t.word) || words::NEGATING_STEMS.contains(&t.stem.as_str()))
}

/// The event whose doers answer "who": taken when it covers the question better than any
/// statement does, or as well when what is asked is a `deed` only an event tells. Someone the
/// question describes by a role (`described`) is among its doers, and so is one of the `side`
/// it names them by ("which *US* official …").
fn by_event(
    cx: &Cx<'_>,
    q: &Question,
    topic: &[crate::matcher::QTerm],
    described: &[EntityRef],
    side: Option<&str>,
    statement_cov: f32,
    deed: bool,
) -> Option<Answer> {
    let d = &cx.article.data;
    let mut scored: Vec<(f32, f32, usize)> = Vec::new();
    for (i, e) in d.event.iter().enumerate() {
        let t = &cx.index.event_terms[i];
        // Everyone the question names takes part ("Who was Healey meeting?").
        if e.who.is_empty() || topic.iter().any(|q| matches!(q.entity, Some(EntityRef::Person(_))) && q.score(t) == 0.0) {
            continue;
        }
        if !described.iter().all(|&r| e.who.iter().any(|w| super::entity_of(cx, w) == Some(r))) {
            continue;
        }
        if side.is_some_and(|s| !e.who.iter().any(|w| super::speaks_for(cx, Some(w), s))) {
            continue;
        }
        // Who called something off is found among what someone called off.
        if deed && !(super::events::called_off(e) && e.who.iter().any(|w| super::person_index(cx, w).is_some())) {
            continue;
        }
        let (score, cov) = overlap(topic, t);
        if cov > 0.0 {
            scored.push((score, cov, i));
        }
    }
    // "Who was meant to fly to London but bailed at the last minute?": when one person's
    // calling off is all the question's deed and names can be, the words around it tell how it
    // went, not which it was; it answers however few of them the article shares.
    // The calling off is the question's own deed, not one in a clause about another's ("who
    // played down Rubio bailing"): no one is named as its doer, and it is the first thing the
    // question tells of whoever is asked, after their plan to come ("was meant to fly").
    let first_deed = topic
        .iter()
        .find(|t| t.entity.is_none() && !words::is_in(words::PLANNED, &t.word) && !words::TAKING_PLACE.contains(&t.stem.as_str()) && tells_deed(cx, q, t));
    let own_deed = first_deed.is_some_and(|t| words::calls_off(&t.stem)) && !topic.iter().any(|t| matches!(t.entity, Some(EntityRef::Person(_))));
    let sole = deed && own_deed && scored.len() == 1 && topic.iter().filter(|t| t.entity.is_some()).all(|t| t.score(&cx.index.event_terms[scored[0].2]) > 0.0);
    let best = scored.iter().map(|x| x.0).fold(0.0, f32::max);
    let top: Vec<(f32, f32, usize)> = scored.into_iter().filter(|x| x.0 >= best * 0.9 && best > 0.0).collect();
    let cov = top.iter().map(|x| x.1).fold(0.0, f32::max);
    if !sole && (top.is_empty() || cov < 0.66 || cov < statement_cov || (cov == statement_cov && !deed)) {
        return None;
    }
    let mut a = Answer::new(Intent::WhoSaid, true, String::new()).with_confidence(cov);
    let mut leads = Vec::new();
    for &(_, _, ei) in top.iter().take(3) {
        let e = &d.event[ei];
        leads.push(format!("{}.", e.what));
        let label = e.attribution.as_deref().map(|x| format!("{}:", super::according(x)));
        let sentence = super::sentence_of(cx, e.p, &e.evidence);
        a.cite(label, super::cite(cx, e.p, sentence));
        if let Some(att) = &e.attribution {
            a.sources.push(att.clone());
        }
        a.people.extend(e.who.iter().filter_map(|w| super::person_index(cx, w)));
    }
    a.lead = leads.join(" ");
    Some(a)
}

/// Whether a question word can tell what someone did: it is in the question proper (not a
/// preamble: "hey *quick q* who …") and a word at all — one the article or the lexicon knows,
/// or a common English word, not a number, a letter or a clipped form ("*wed*", "*cud*").
fn tells_deed(cx: &Cx<'_>, q: &Question, t: &crate::matcher::QTerm) -> bool {
    let asked = q.tokens.get(q.asked_at..).unwrap_or_default();
    t.word.split(' ').all(|w| asked.iter().any(|x| x.word == w))
        && t.word.chars().count() > 1
        && !crate::matcher::semantic::is_number(&t.word)
        && (cx.index.is_known(&t.stem) || cx.index.is_known(&t.word) || crate::matcher::embed::Model::shipped().is_common_word(&t.word))
}

/// "Who says so?": the sources of the previous answer, its evidence cited again.
pub fn source_of_last(cx: &Cx<'_>, q: &Question) -> Answer {
    if cx.ctx.sources.is_empty() || cx.ctx.evidence.is_empty() {
        return super::decline::not_found(cx, q);
    }
    let who: Vec<String> = cx.ctx.sources.iter().map(|s| super::lower_common(s)).fold(Vec::new(), |mut v, s| {
        if !v.contains(&s) {
            v.push(s);
        }
        v
    });
    let mut a = Answer::new(Intent::SourceOfLast, true, format!("The article attributes that to {}.", super::join_and(&who)));
    for &(p, start, end) in &cx.ctx.evidence {
        if let Some(text) = cx.article.paragraph(p as usize).and_then(|t| t.get(start as usize..end as usize)) {
            a.cite(None, super::cite(cx, p as usize, text));
        }
    }
    a.sources = cx.ctx.sources.clone();
    a.people = cx.ctx.people.clone();
    a.sides = cx.ctx.sides.clone();
    a
}
