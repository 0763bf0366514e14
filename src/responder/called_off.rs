//! "Did Washington's top diplomat turn up in London?", "was the broader meeting held?": whether
//! something happened, when the article reports it called off.
//!
//! The article rarely says that a thing did not happen in the question's words: it says the
//! trip was *cancelled*, the meeting *scrapped*, someone a *no-show*. Those verbs are the
//! closed class of calling off ([`words::CALLING_OFF`]); an event of the question's subject —
//! at the place the question names, or the one its words fit best — told with one of them
//! settles the question: no, it did not happen (yes, when the question itself asks whether it
//! was called off). Every other name in the question must take part in that event.

use super::{events, Answer, Cx};
use crate::matcher::semantic::Ranked;
use crate::matcher::{words, EntityRef, Intent, Question};

/// The verdict of an event of the question's subject that the article reports called off.
pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    // What will happen, claims with their reason ("skipped London because he caught covid")
    // and claims about a clause under them ("were they upset he didn't show?") are not
    // settled by what was called off.
    // "Is he going to rebook his trip?" asks what comes next, as "will" does; what someone means
    // to do is told by their words, not settled by what was called off.
    let going_to = q.tokens.first().is_some_and(|t| matches!(t.word.as_str(), "is" | "are"))
        && (q.tokens.windows(2).any(|w| w[0].word == "going" && w[1].word == "to") || q.tokens.iter().any(|t| t.word == "gonna"));
    if q.future || going_to || super::verdict::gives_a_reason(q) || super::verdict::negates_a_clause_under_the_claim(&q.tokens) {
        return None;
    }
    let d = &cx.article.data;
    let subject = super::verdict::subject(q);
    let place = events::place_asked(cx, q);
    let takes_part = |e: &crate::kb::Event, who: EntityRef| e.who.iter().any(|w| super::entity_of(cx, w) == Some(who));
    // "After Rubio dropped out, was the bigger meeting still going ahead?": a clause of time
    // before the question only sets the scene; its people and words are not the event's.
    let scene = scene_setting(q);
    let in_scene = |w: &str| scene.contains(&w) && !q.tokens[scene.len()..].iter().any(|t| t.word == w);
    // Everyone the question names (not as a place) takes part.
    let named: Vec<EntityRef> = q
        .mentions
        .iter()
        .filter(|m| !m.qualifier && matches!(m.entity, EntityRef::Person(_) | EntityRef::Side(_)) && !m.words.split(' ').all(&in_scene))
        .map(|m| m.entity)
        .collect();
    let topic: Vec<_> = q.topic_terms(&[]).into_iter().filter(|t| t.entity.is_none() && !in_scene(&t.word)).collect();
    // Events the words fit equally are told apart by meaning: the one whose sentence the
    // ranker puts higher.
    let rank_of = |e: &crate::kb::Event| {
        let sentence = super::sentence_of(cx, e.p, &e.evidence);
        ranked.iter().position(|r| {
            let s = &cx.article.sentences[r.sentence];
            s.p == e.p && s.text(cx.article).contains(sentence)
        })
    };
    // On equal words, the event whose own account has them: "did Rubio make the trip?" is about
    // the trip he cancelled, not the call in which he spoke of rescheduling it.
    let own = |i: usize| events::own_words(cx, &topic, i);
    let mut scored: Vec<(f32, f32, Option<usize>, usize, usize)> = d
        .event
        .iter()
        .enumerate()
        .filter(|(_, e)| named.iter().all(|&n| takes_part(e, n)) && place.is_none_or(|p| e.place.as_deref() == Some(p)))
        .map(|(i, e)| {
            let (s, cov) = super::overlap(&topic, &cx.index.event_terms[i]);
            (s, cov, rank_of(e), i, own(i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.4.cmp(&a.4)).then_with(|| a.2.cmp(&b.2)));
    let &(best, cov, rank, ei, _) = scored.first()?;
    // One event, clearly: the only one there, or the one the question's words fit best (by
    // meaning on a tie); without a subject, most of the question's words are the event's ("was
    // the broader meeting held"), one of them in its own account.
    let unique = scored.get(1).is_none_or(|second| best > second.0 || rank != second.2);
    let fits = match (subject, place) {
        // "Was progress made?" fits the trip's sentence ("…, raising questions over how much
        // progress was being made") by words the trip's own account lacks: not about the trip.
        (None, _) => cov >= 0.5 && own(ei) > 0,
        (Some(_), Some(_)) => scored.len() == 1 || best > 0.0,
        (Some(_), None) => best > 0.0,
    };
    if !unique || !fits {
        return None;
    }
    // The question asks only whether it took place: its words are the event's or say being
    // there or taking place, but for one ("in the *end*"); "has Rubio set a new date for his
    // London visit" asks something else of the trip.
    let other = topic.iter().filter(|t| t.score(&cx.index.event_terms[ei]) == 0.0 && !words::TAKING_PLACE.contains(&t.stem.as_str())).count();
    // "Did Rubio talk about his trip?" asks what was said of it, not whether it took place.
    let speaks_of_it = topic.iter().any(|t| {
        (words::is_in(words::SAY_WORDS, &t.word) || words::is_in(words::TALK_VERBS, &t.word) || words::is_in(words::EXCHANGE_VERBS, &t.word))
            && t.score(&cx.index.event_terms[ei]) == 0.0
    });
    // "Were they upset Rubio bailed?", "did London seem annoyed that he cancelled": a word of
    // the question's own before its calling off is what it claims of the calling off.
    let at = |w: &str| q.tokens.iter().position(|t| t.word == w);
    let first_off = q.tokens.iter().position(|t| words::calls_off(&t.stem));
    let claimed_of_it = topic
        .iter()
        .any(|t| t.score(&cx.index.event_terms[ei]) == 0.0 && !words::TAKING_PLACE.contains(&t.stem.as_str()) && t.word != "end" && at(&t.word) < first_off);
    if other > 1 || speaks_of_it || (first_off.is_some() && claimed_of_it) {
        return None;
    }
    let e = &d.event[ei];
    if !events::called_off(e) {
        return None;
    }
    // "Was France involved in the talks?": a gathering of the same party that went ahead, which
    // the question's words (its own account's too) fit as well, may be the one asked about.
    if subject.is_some() {
        let went_ahead = scored.iter().skip(1).any(|&(s, _, _, j, own_j)| s > 0.0 && !events::called_off(&d.event[j]) && own_j >= scored[0].4);
        if went_ahead {
            return None;
        }
    }
    // "Did anyone from Germany attend the London talks?": the called-off meeting had its
    // foreign minister, but talks that went ahead there had "European officials" — the group
    // it belongs to — so the article does not settle it either way, unless the question's
    // words are more those of the called-off meeting ("did its foreign minister come?").
    let called_off_fit = super::overlap(&topic, &cx.index.event_terms[ei]).0;
    let in_group_there = |(j, e): (usize, &crate::kb::Event)| {
        !events::called_off(e)
            && super::overlap(&topic, &cx.index.event_terms[j]).0 >= called_off_fit
            && place.is_none_or(|p| e.place.as_deref() == Some(p))
            && named.iter().any(|&n| match n {
                EntityRef::Side(s) => d.side[s].group.as_deref().is_some_and(|g| e.who.iter().any(|w| w == g)),
                _ => false,
            })
    };
    if d.event.iter().enumerate().any(in_group_there) {
        return None;
    }
    // "Did Rubio cancel his trip?" asks whether it was called off.
    // "Is it true he didn't show up?" asks whether it did not happen: yes. "Didn't he go?"
    // asks whether it happened, as "did he go?" does.
    let asks_calling_off =
        q.tokens[scene.len()..].iter().any(|t| words::NEGATING_STEMS.contains(&t.stem.as_str())) != super::verdict::claim_negated(&q.tokens[scene.len()..]);
    let lead = format!("{} {}.", if asks_calling_off { "Yes." } else { "No." }, super::upper_first(&e.what));
    let mut a = Answer::new(Intent::YesNo, true, lead).with_confidence(0.8);
    events::cite_event(cx, &mut a, ei);
    super::meaning::report_itself_if_unsourced(cx, &mut a);
    Some(a)
}

/// The words of a clause of time that opens a yes/no question, up to the auxiliary that opens
/// the question itself ("*after rubio dropped out* was the meeting still going ahead"); none
/// when the question opens otherwise.
fn scene_setting(q: &Question) -> Vec<&str> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let start = words::question_start(&w);
    if !w.get(start).is_some_and(|x| matches!(*x, "after" | "since" | "once" | "following" | "with")) {
        return Vec::new();
    }
    // The question's auxiliary comes after the clause's own verb.
    match (start + 2..w.len()).find(|&k| words::is_in(words::AUXILIARIES, w[k])) {
        Some(k) => w[..k].to_vec(),
        None => Vec::new(),
    }
}
