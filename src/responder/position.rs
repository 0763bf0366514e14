//! "Where does Washington stand on NATO?", "What does Russia want?", "What are Svyrydenko's
//! conditions?": the positions of a side or person, on an issue when one is named.

use super::{according, overlap, person_label, without_cues, Answer, Cx};
use crate::kb::Position;
use crate::matcher::{words, EntityRef, Intent, Question};

/// The confidence of a quote answer whose words hold the question's topic (not every word of
/// the speaker for lack of any on it).
const QUOTE_ON_TOPIC: f32 = 0.9;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    // A report whose positions no one has set down, or a draft whose positions are only those
    // the drafter could read, says nothing by their absence: where it has none to give, the
    // sentences ranked by meaning answer instead of a decline.
    if d.position.is_empty() {
        return None;
    }
    let drafted = d.article.drafted;
    // The holder: a possessive name first ("Europe's position"), else the first name.
    let candidates: Vec<_> = q.mentions.iter().filter(|m| !m.qualifier && !matches!(m.entity, EntityRef::Place(_))).collect();
    // "Witkoff's proposals", "the American plan" name what is judged, not who judges it: a
    // possessor, or a name inside a noun phrase (after a determiner or preposition).
    let owns_proposal = |m: &&&crate::matcher::Mention| {
        let first = m.words.split(' ').next().unwrap_or("");
        let last = m.words.split(' ').next_back().unwrap_or("");
        let t = &q.tokens;
        (0..t.len()).any(|i| {
            let start = i + 1 - m.words.split(' ').count().min(i + 1);
            t[i].word == last
                && t[start].word == first
                && t.get(i + 1).is_some_and(|n| words::is_in(words::PROPOSAL_WORDS, &n.word))
                && (t[i].poss || start > 0 && matches!(t[start - 1].word.as_str(), "the" | "a" | "an" | "to" | "of" | "on" | "about" | "with" | "for"))
        })
    };
    // "How did Kyiv view *Witkoff's package*": a possessor of a thing other than a view owns
    // what is judged, when someone else in the question can be the one judging it.
    let next_word = |m: &crate::matcher::Mention| {
        let last = m.words.split(' ').next_back().unwrap_or("");
        q.tokens.iter().position(|t| t.word == last && t.poss).and_then(|i| q.tokens.get(i + 1)).map(|t| t.word.as_str())
    };
    let owns_thing = |m: &&&crate::matcher::Mention| {
        m.poss
            && next_word(m).is_some_and(|w| !words::is_in(words::POSITION_WORDS, w) && !words::is_in(words::SAY_WORDS, w) && !words::is_in(words::STOPWORDS, w))
    };
    let judges: Vec<_> = candidates.iter().filter(|m| !owns_proposal(m) && !owns_thing(m)).collect();
    let holders: Vec<_> = if judges.is_empty() { candidates.iter().filter(|m| !owns_proposal(m)).collect() } else { judges };
    let Some(holder) = holders.iter().find(|m| m.poss).or_else(|| holders.first()).copied().or_else(|| candidates.first()) else {
        return every_side(cx, q);
    };
    // Whether a mention stands right after one of `preps` (past determiners and an owner:
    // "when *Washington's* chief diplomat …"); "according to Ukraine" names who holds it.
    let after = |m: &crate::matcher::Mention, preps: &[&str]| {
        let first = m.words.split(' ').next().unwrap_or("");
        q.tokens.iter().enumerate().any(|(i, t)| {
            t.word == first && {
                let mut k = i;
                while k > 0 && (matches!(q.tokens[k - 1].word.as_str(), "the" | "a" | "an") || q.tokens[k - 1].poss) {
                    k -= 1;
                }
                let according = k > 1 && q.tokens[k - 2].word == "according";
                k > 0 && !according && preps.contains(&q.tokens[k - 1].word.as_str())
            }
        })
    };
    // Not the object of a preposition: "where does Washington stand *on NATO*" has one
    // holder, and NATO is what the stand is on; "Kyiv and the Europeans" are two. Nor what
    // something is said to be: "will Ukraine recognise Crimea *as Russian*". Someone opening a
    // clause of time or cause ("spin it *when Washington's chief diplomat* bailed") is what the
    // stand is taken on, as after a preposition.
    const OBJECT_OF: &[&str] = &[
        "on",
        "about",
        "over",
        "towards",
        "toward",
        "to",
        "regarding",
        "of",
        "with",
        "against",
        "as",
        "being",
        "when",
        "after",
        "because",
        "since",
        "once",
        "while",
    ];
    let holds_too = |m: &crate::matcher::Mention| !after(m, OBJECT_OF);
    // Stands set side by side ("how does Kyiv's position compare with Washington's", "Kyiv vs
    // the US on NATO") are all held, whoever owns which, but for what a stand is on.
    const ON_TOPIC: &[&str] = &["on", "about", "over", "regarding", "concerning", "towards", "toward"];
    let compared = q.tokens.iter().any(|t| words::is_in(words::COMPARE_WORDS, &t.word));
    let on_topic = |m: &crate::matcher::Mention| after(m, ON_TOPIC);
    let joins = |m: &crate::matcher::Mention| if compared { m.poss || !on_topic(m) } else { holds_too(m) };
    // "How did Kyiv and the Europeans react?": two parties of one kind asked together are both
    // holders; a possessor ("Europe's view of Kyiv's paper") is the only one.
    let together: Vec<EntityRef> = if holder.poss && !compared {
        vec![holder.entity]
    } else {
        let mut v: Vec<EntityRef> = vec![holder.entity];
        // Compared, a person stands beside a side ("the US VP" and Ukraine); otherwise two of
        // one kind are asked together.
        let kind_fits = |m: &crate::matcher::Mention| compared || std::mem::discriminant(&m.entity) == std::mem::discriminant(&holder.entity);
        for m in holders.iter().filter(|m| kind_fits(m) && joins(m)) {
            if !v.contains(&m.entity) {
                v.push(m.entity);
            }
        }
        v
    };
    let label = |e: EntityRef| -> Option<(String, String)> {
        match e {
            EntityRef::Side(s) => Some((d.side[s].id.clone(), d.side[s].name.clone())),
            EntityRef::Person(p) => Some((d.person[p].id.clone(), d.person[p].name.clone())),
            EntityRef::Place(_) | EntityRef::Credit(_) => None,
        }
    };
    let named = together.iter().map(|&e| label(e)).collect::<Option<Vec<_>>>()?;
    let ids: Vec<String> = named.iter().map(|x| x.0.clone()).collect();
    let name = super::join_and(&named.iter().map(|x| x.1.clone()).collect::<Vec<_>>());
    // "Ukraine’s and the Europeans’ positions", "Ukraine’s position".
    let whose = match &named[..] {
        [one] => format!("{} position", super::upper_first(&super::possessive(&one.1))),
        many => format!("{} positions", super::upper_first(&super::join_and(&many.iter().map(|x| super::possessive(&x.1)).collect::<Vec<_>>()))),
    };
    let held = |p: &Position| ids.contains(&p.holder) || p.via.as_ref().is_some_and(|v| ids.contains(v));
    let own: Vec<usize> = (0..d.position.len()).filter(|&i| held(&d.position[i])).collect();
    if own.is_empty() {
        if let EntityRef::Person(_) = holder.entity {
            // A person without recorded positions: what they said is their position.
            return super::quote::answer(cx, q);
        }
        if drafted {
            return None;
        }
        let mut a = Answer::new(Intent::Position, false, format!("The article gives no position of {name}."));
        a.examples = super::examples(cx, 3);
        return Some(a);
    }
    // What the holder did ("how did Kyiv *respond*") is not what the position is about.
    let mut topic = without_cues(q.topic_terms(&together), &[words::POSITION_WORDS, words::SAY_WORDS, words::COMPARE_WORDS]);
    // Nor is an adverb of manner or hearsay ("has the Kremlin *formally* accepted it").
    topic.retain(|t| t.entity.is_some() || q.predicate.as_deref() != Some(t.word.as_str()) && !crate::matcher::is_adverb(&t.word));
    // "What position does the U.S. hold", "what stance has Kyiv taken": the verb a stand is
    // held or taken with says nothing of what it is about.
    if q.tokens.iter().any(|t| words::is_in(words::STANCE_NOUNS, &t.word) || t.word == "line") {
        topic.retain(|t| t.entity.is_some() || !STANCE_VERBS.contains(&t.word.as_str()));
    }
    // A place in the question ("react to the London talks") is where the position must be
    // about: a position its sentence does not place there does not answer it.
    let places: Vec<EntityRef> = topic.iter().filter_map(|t| t.entity).filter(|e| matches!(e, EntityRef::Place(_))).collect();
    let placed = |i: usize| places.iter().all(|e| sentence_of_position(cx, i).is_some_and(|si| cx.index.sentences[si].entities.contains(e)));
    // A stand on what was asked outranks one whose evidence only mentions it.
    let score = |i: usize| overlap(&topic, &cx.index.position_terms[i]).0 + 0.5 * overlap(&topic, &cx.index.position_issue_terms[i]).0;
    let scored: Vec<(usize, f32)> = own.iter().map(|&i| (i, if placed(i) { score(i) } else { 0.0 })).collect();
    let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
    // "What is Moscow demanding on sanctions?" then "and the Europeans?": the words carried
    // over were the last answer's; a stand of the new holder in that very answer is the one
    // asked for ("…, which Europe staunchly opposes").
    let carried = q.follow_up && topic.iter().all(|t| cx.ctx.terms.iter().any(|c| c.stem == t.stem));
    let in_last: Vec<usize> =
        own.iter().copied().filter(|&i| carried && sentence_of_position(cx, i).is_some_and(|si| cx.ctx.told(&cx.article.sentences[si]))).collect();
    let chosen: Vec<usize> = if topic.is_empty() {
        after_last_answer(cx, q, &own)
    } else if !in_last.is_empty() {
        in_last
    } else if best == 0.0 {
        // "How did <person> react to …": a reaction the article gives as words, not as a stand
        // ("played down any disappointment over Rubio's abrupt cancellation"), answers.
        // Nor does one asked of them alone in other words ("the VP gave some kind of ultimatum,
        // how did he word it"), when their words hold what was asked.
        let alone = candidates.len() == 1;
        if let EntityRef::Person(_) = holder.entity {
            if let Some(a) = super::quote::answer(cx, q).filter(|a| a.answered && (q.predicate.is_some() || alone && a.confidence >= QUOTE_ON_TOPIC)) {
                return Some(a);
            }
        }
        // "What's the British government's line after Rubio's no-show?": a side's stand on
        // something it took no recorded position on is what its people said of it — their
        // words on the topic, each with who said them.
        if let EntityRef::Side(_) = holder.entity {
            if let Some(a) = super::quote::answer(cx, q).filter(|a| a.answered && a.confidence >= QUOTE_ON_TOPIC) {
                return Some(a);
            }
        }
        if drafted {
            return None;
        }
        // In the order the question has them: "on the London talks", not "on talks London".
        let at = |t: &&crate::matcher::QTerm| q.tokens.iter().position(|k| t.word.split(' ').next() == Some(k.word.as_str())).unwrap_or(usize::MAX);
        let mut in_order: Vec<&crate::matcher::QTerm> = topic.iter().collect();
        in_order.sort_by_key(at);
        let about: Vec<String> = in_order.into_iter().map(|t| super::term_display(cx, t)).collect();
        let mut a = Answer::new(Intent::Position, false, format!("The article gives no position of {} on {}.", name, about.join(" "))).for_want_of_fact(&topic);
        a.examples = super::examples(cx, 3);
        return Some(a);
    } else {
        // Each holder's best: "Kyiv and the Europeans" get one answer each.
        let holder_of = |i: usize| ids.iter().position(|id| *id == d.position[i].holder || d.position[i].via.as_ref() == Some(id));
        let best_of = |h: Option<usize>| scored.iter().filter(|x| holder_of(x.0) == h).map(|x| x.1).fold(0.0, f32::max);
        scored.iter().filter(|x| x.1 > 0.0 && x.1 >= best_of(holder_of(x.0)) * 0.75).map(|x| x.0).collect()
    };

    let issues: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for &i in &chosen {
            let n = cx.article.issue(&d.position[i].issue).map(|x| x.name.clone()).unwrap_or_default();
            if !v.contains(&n) {
                v.push(n);
            }
        }
        v
    };
    let mut a =
        Answer::new(Intent::Position, true, format!("{whose} on {}:", super::join_and(&issues))).with_confidence(if topic.is_empty() { 0.8 } else { 0.9 });
    let mut hedged = false;
    for &i in chosen.iter().take(5) {
        let p = &d.position[i];
        let via = p.via.as_deref().and_then(|v| cx.article.person(v));
        let label = voiced_by(cx, p);
        hedged |= p.attribution.is_some();
        a.cite(label, super::cite(cx, p.p, &p.evidence));
        let source = p.attribution.clone().or_else(|| via.map(|v| v.name.clone())).unwrap_or_else(|| format!("the {} report itself", d.article.outlet));
        if !a.sources.contains(&source) {
            a.sources.push(source);
        }
    }
    if hedged {
        a.lead = format!("{} (as the article reports it, partly from unnamed sources)", a.lead.trim_end_matches(':'));
        a.lead.push(':');
    }
    for e in together {
        match e {
            EntityRef::Side(s) => a.sides.push(s),
            EntityRef::Person(p) => a.people.push(p),
            EntityRef::Place(_) | EntityRef::Credit(_) => {}
        }
    }
    Some(a)
}

/// Who a stand's words come from, as a citation's label: its unnamed sources, or the person
/// who voiced it for its holder.
pub(super) fn voiced_by(cx: &Cx<'_>, p: &crate::kb::Position) -> Option<String> {
    let via = p.via.as_deref().and_then(|v| cx.article.person(v));
    match (&p.attribution, via) {
        (Some(att), _) => Some(format!("{}:", according(att))),
        // "A spokesperson for … Starmer played down …": the article's report of what they
        // said, not their words.
        (None, Some(v)) if names_them(v, &p.evidence) => Some(format!("{}, as the article reports it:", person_label(v))),
        (None, Some(v)) => Some(format!("{}:", person_label(v))),
        (None, None) => None,
    }
}

/// How far down the ranking a stand's sentence may sit and answer a question that does not
/// ask for a stand.
const ON_ISSUE_WITHIN: usize = 2;

/// "What's Russia asking for on sanctions?": a question naming a side and an issue
/// they took a recorded stand on is answered by that stand, whatever its verb, when the ranker
/// puts the stand's sentence near the top.
pub fn on_issue(cx: &Cx<'_>, q: &Question, ranked: &[crate::matcher::semantic::Ranked]) -> Option<Answer> {
    // A person's stand is in their words, which the quote answers look for; a side's is in the
    // article's report of it.
    if !q.mentions.iter().any(|m| !m.qualifier && matches!(m.entity, EntityRef::Side(_))) || !q.people().is_empty() {
        return None;
    }
    let mut a = answer(cx, q).filter(|a| a.answered && a.confidence >= 0.9)?;
    super::supported_within(cx, &a, ranked, ON_ISSUE_WITHIN).then(|| {
        a.intent = q.intent;
        a
    })
}

/// "Europe ok with lifting Russia sanctions early?", "would Ukraine go for a frozen conflict?":
/// a yes/no question whose subject is a side, about something it took a recorded stand on, is
/// answered by that stand, led by the verdict its words give when they give one.
///
/// Not a question of what came about ("did Kyiv and Moscow sign anything", "has Russia agreed
/// to her ceasefire"): that is asked in the past, or of two parties together, and a stand
/// says nothing of it. Nor one of a time past the report's ("through next year"), nor of a
/// side's proposal ("the US plan says …").
pub fn asked_of_side(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let subject @ EntityRef::Side(_) = super::verdict::subject(q)? else { return None };
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let past = crate::matcher::intent::polar_auxiliary(&w).is_some_and(|i| matches!(w[i], "did" | "has" | "have" | "had"));
    let sides = q.mentions.iter().filter(|m| !m.qualifier && matches!(m.entity, EntityRef::Side(_)));
    let joined = q.tokens.windows(2).any(|p| p[0].word == "and") && sides.count() > 1;
    let of_proposal = q.mentions.iter().any(|m| {
        m.entity == subject
            && w.iter()
                .position(|x| Some(*x) == m.words.split(' ').next_back())
                .is_some_and(|i| w.get(i + 1).is_some_and(|n| words::is_in(words::PROPOSAL_WORDS, n)))
    });
    if past || joined || of_proposal || q.future {
        return None;
    }
    let mut a = answer(cx, q).filter(|a| a.answered && a.confidence >= 0.9)?;
    if !matches!(&a.sides[..], [s] if EntityRef::Side(*s) == subject) {
        return None;
    }
    // What the stand is on must be asked in the question's own words or places: another side
    // it names ("will Ukraine join the EU") is no issue.
    let topic: Vec<_> = without_cues(q.terms.clone(), &[words::POSITION_WORDS, words::SAY_WORDS])
        .into_iter()
        .chain(q.topic_terms(&[]).into_iter().filter(|t| matches!(t.entity, Some(EntityRef::Place(_)))))
        .collect();
    let d = &cx.article.data;
    let cited: Vec<usize> = (0..d.position.len()).filter(|&i| a.cites(d.position[i].p, &d.position[i].evidence)).collect();
    // (A side's words on the topic, given for want of a stand, were found by the topic.)
    if !cited.is_empty() && !cited.iter().any(|&i| overlap(&topic, &cx.index.position_terms[i]).0 > 0.0) {
        return None;
    }
    a.intent = q.intent;
    super::verdict::lead(cx, q, &mut a);
    Some(a)
}

/// "Where does each side stand on Crimea?": no holder named, so every side's position on the
/// issues the question names; nothing when it names none.
fn every_side(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let mut words: Vec<String> = q
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            EntityRef::Place(p) => Some(cx.article.data.place[p].name.clone()),
            _ => None,
        })
        .collect();
    words.extend(without_cues(q.topic_terms(&[]), &[words::POSITION_WORDS, words::SAY_WORDS]).into_iter().map(|t| t.word));
    if words.is_empty() {
        return None;
    }
    Some(super::overview::positions_on(cx, &words.join(" "))).filter(|a| a.answered)
}

/// "How did Kyiv respond?", "And the Europeans?", "how does Europe feel about that": no topic
/// of its own, so the holder's positions nearest to what the last answer quoted come first —
/// the same sentence, then the same paragraph, then the closest in meaning. A message that
/// points back ("that", "it", or a bare "And …?") gets only the nearest; one that does not
/// gets all of them, nearest first.
fn after_last_answer(cx: &Cx<'_>, q: &Question, own: &[usize]) -> Vec<usize> {
    let last = &cx.ctx.evidence;
    // (A context from another report never reaches here: the engine gives each report its own.)
    if last.is_empty() {
        return own.to_vec();
    }
    let sentences = &cx.article.sentences;
    let of = |i: usize| sentence_of_position(cx, i);
    let quoted: Vec<usize> = (0..sentences.len()).filter(|&si| last.iter().any(|&(p, a, b)| sentences[si].overlaps(p as usize, a, b))).collect();
    let near = |i: usize| -> f32 {
        let Some(si) = of(i) else { return 0.0 };
        quoted
            .iter()
            .map(|&qi| match (qi == si, sentences[qi].p == sentences[si].p) {
                (true, _) => 3.0,
                (false, true) => 1.0 + cx.index.meaning.sentence_similarity(qi, si),
                _ => cx.index.meaning.sentence_similarity(qi, si),
            })
            .fold(0.0, f32::max)
    };
    let mut scored: Vec<(usize, f32)> = own.iter().map(|&i| (i, near(i))).collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let points_back = q.follow_up || q.tokens.iter().any(|t| matches!(t.word.as_str(), "that" | "this" | "it" | "those" | "these"));
    let best = scored.first().map_or(0.0, |x| x.1);
    scored.into_iter().filter(|x| !points_back || x.1 >= best - 0.05).map(|x| x.0).collect()
}

/// The sentence that holds (or is held in) position `i`'s evidence.
fn sentence_of_position(cx: &Cx<'_>, i: usize) -> Option<usize> {
    let pos = &cx.article.data.position[i];
    cx.article.sentences.iter().position(|s| {
        let t = s.text(cx.article);
        s.p == pos.p && (t.contains(pos.evidence.as_str()) || pos.evidence.contains(t))
    })
}

/// Whether `text` names person `v` (by a title the article gives them, or their surname): then
/// it is the article speaking about them.
fn names_them(v: &crate::kb::Person, text: &str) -> bool {
    v.titles.iter().any(|t| text.contains(t.text.as_str())) || (v.named && v.name.split_whitespace().last().is_some_and(|s| text.contains(s)))
}

/// The verbs a stand is held or taken with ("hold a position", "take a stance").
const STANCE_VERBS: &[&str] = &["hold", "holds", "held", "holding", "take", "takes", "took", "taken", "taking", "adopt", "adopts", "adopted"];
