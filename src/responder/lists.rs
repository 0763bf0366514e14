//! Lists and counts: who is quoted or named, which countries take part, how many.

use super::{person_label, Answer, Cx};
use crate::matcher::semantic::{Ranked, Ranker};
use crate::matcher::{retrieval, EntityRef, Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    match q.intent {
        Intent::ListPeople => Some(people(cx, q, ranked)),
        Intent::ListSides => sides(cx, q, ranked),
        _ => count(cx, q, ranked),
    }
}

fn people(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Answer {
    // "Which British officials are named?" asks the report's inventory, not who took part.
    // So does "which American officials are in the article", unless it asks who took part.
    let has = |list: &[&str]| q.tokens.iter().any(|t| crate::matcher::words::is_in(list, &t.word));
    let inventory = has(crate::matcher::words::IN_THE_REPORT) || has(crate::matcher::words::REPORT_NOUNS) && !has(TAKING_PART);
    let from = sides_people_are_from(cx, q);
    // A side's inventory stands before the holders of a title named only after the question
    // ("which American officials are named? the politicians and envoys"); a title asked for
    // ("which UK ministers are mentioned") is its holders.
    let first_clause = q.tokens.first().map_or(0, |t| t.clause);
    let title_asked = || {
        q.mentions.iter().filter(|m| matches!(m.entity, EntityRef::Person(_)) && !m.qualifier).any(|m| {
            let last = crate::matcher::tokens::stem(m.words.split(' ').next_back().unwrap_or(""));
            q.tokens.iter().any(|t| t.clause == first_clause && t.stem == last)
        })
    };
    if q.group && (!inventory || from.is_empty() || title_asked()) {
        return holders(cx, q, ranked);
    }
    let d = &cx.article.data;
    let quoted_only = q.has_word("quoted") || q.has_word("quote") || q.has_word("spoke");
    if !quoted_only && !inventory {
        if let Some(a) = participants(cx, q) {
            return a;
        }
    }
    // A side's people are those of its own and of the countries inside it.
    let members: Vec<String> = from.iter().flat_map(|&s| super::respondent::ids_of(cx, EntityRef::Side(s))).collect();
    let chosen: Vec<usize> = (0..d.person.len())
        .filter(|&i| !quoted_only || d.statement.iter().any(|s| s.speaker.as_deref() == Some(d.person[i].id.as_str())))
        .filter(|&i| from.is_empty() || members.contains(&d.person[i].id))
        .collect();
    let names: Vec<String> = chosen.iter().map(|&i| person_label(&d.person[i])).collect();
    let what = if quoted_only { "quotes" } else { "names" };
    let whose =
        if from.is_empty() { String::new() } else { format!(" from {}", super::join_and(&from.iter().map(|&s| d.side[s].name.clone()).collect::<Vec<_>>())) };
    let count = if chosen.len() == 1 { "one person".to_string() } else { format!("{} people", chosen.len()) };
    let mut a = Answer::new(Intent::ListPeople, true, format!("The article {what} {count}{whose}: {}.", names.join("; "))).with_confidence(0.8);
    for &i in chosen.iter().take(6) {
        let t = &d.person[i].titles[0];
        a.cite(None, super::cite(cx, t.p, super::sentence_of(cx, t.p, &t.text)));
    }
    a
}

/// "Who from the Ukrainian side is quoted?", "which British people are named?": the sides the
/// people asked for come from — a side after "from", or one qualifying the people asked for.
fn sides_people_are_from(cx: &Cx<'_>, q: &Question) -> Vec<usize> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
    let after_from = |words: &str| {
        let first = words.split(' ').next().unwrap_or("");
        w.windows(2).any(|p| p[0] == "from" && p[1] == first)
    };
    // "which *British* people": a side word right before a noun for people.
    let before_people = |words: &str| {
        let last = words.split(' ').next_back().unwrap_or("");
        q.tokens.windows(2).any(|w| {
            w[0].word == last && (w[1].word == "people" || crate::matcher::words::PERSON_NOUNS.iter().any(|n| crate::matcher::tokens::stem(n) == w[1].stem))
        })
    };
    // "Which *Americans* appear …": the side's people are the wh-phrase's own noun.
    let asked = |words: &str| {
        let first = words.split(' ').next().unwrap_or("");
        w.windows(2).any(|p| matches!(p[0], "which" | "what" | "list" | "name" | "all") && p[1] == first)
    };
    let mut out: Vec<usize> = Vec::new();
    for m in &q.mentions {
        if let EntityRef::Side(s) = m.entity {
            if (m.qualifier || after_from(&m.words) || before_people(&m.words) || asked(&m.words))
                && !out.contains(&s)
                && cx.article.data.side[s].kind != "organisation"
            {
                out.push(s);
            }
        }
    }
    out
}

/// "Who took part in the London meetings?": the people and sides of the events that fit.
fn participants(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    let topic: Vec<_> = q.topic_terms(&[]).into_iter().filter(|t| t.entity.is_some() || !TAKING_PART.contains(&t.word.as_str())).collect();
    let chosen: Vec<usize> = (0..d.event.len())
        .filter(|&i| !d.event[i].who.is_empty())
        .filter(|&i| topic.is_empty() || super::overlap(&topic, &cx.index.event_terms[i]).1 >= 0.99)
        .collect();
    if chosen.is_empty() {
        return None;
    }
    // "Who was in London?": whoever called off their trip or meeting did not take part in it,
    // when something there did take place.
    let held: Vec<usize> = chosen.iter().copied().filter(|&i| !super::events::called_off(&d.event[i])).collect();
    let chosen = if held.is_empty() { chosen } else { held };
    let mut names: Vec<String> = Vec::new();
    let mut a = Answer::new(Intent::ListPeople, true, String::new()).with_confidence(0.8);
    for &i in &chosen {
        let e = &d.event[i];
        for w in &e.who {
            let n = cx.article.person(w).map(person_label).unwrap_or_else(|| cx.article.side(w).map(|s| s.name.clone()).unwrap_or_default());
            if !names.contains(&n) {
                names.push(n);
            }
            if let Some(p) = super::person_index(cx, w) {
                a.people.push(p);
            }
        }
        let label = e.attribution.as_deref().map(|x| format!("{}:", super::according(x)));
        let sentence = super::sentence_of(cx, e.p, &e.evidence);
        a.cite(label, super::cite(cx, e.p, sentence));
    }
    a.lead = format!("Taking part, as the article reports: {}.", names.join("; "));
    Some(a)
}

/// "Which British ministers were involved?": taking part is being among an event's people, so
/// the holders of the title who are, with those events. Only when the question asks nothing
/// more than taking part (or what it asks fits those events).
fn taking_part(cx: &Cx<'_>, q: &Question, holders: &[usize]) -> Option<Answer> {
    let d = &cx.article.data;
    if !q.tokens.iter().any(|t| TAKING_PART.contains(&t.word.as_str())) {
        return None;
    }
    let topic: Vec<_> = q.topic_terms(&[]).into_iter().filter(|t| t.entity.is_none() && !TAKING_PART.contains(&t.word.as_str())).collect();
    let is_holder = |w: &String| super::person_index(cx, w).is_some_and(|p| holders.contains(&p));
    let events: Vec<usize> = (0..d.event.len())
        .filter(|&i| d.event[i].who.iter().any(is_holder))
        .filter(|&i| topic.is_empty() || super::overlap(&topic, &cx.index.event_terms[i]).1 >= 0.99)
        .collect();
    if events.is_empty() {
        return None;
    }
    let mut a = Answer::new(Intent::ListPeople, true, String::new()).with_confidence(0.8);
    for &i in &events {
        let e = &d.event[i];
        for p in e.who.iter().filter(|w| is_holder(w)).filter_map(|w| super::person_index(cx, w)) {
            if !a.people.contains(&p) {
                a.people.push(p);
            }
        }
        let label = e.attribution.as_deref().map(|x| format!("{}:", super::according(x)));
        a.cite(label, super::cite(cx, e.p, super::sentence_of(cx, e.p, &e.evidence)));
    }
    let names: Vec<String> = a.people.iter().map(|&p| person_label(&d.person[p])).collect();
    a.lead = format!("{}.", super::join_and(&names));
    Some(a)
}

/// Nouns that ask for countries among the sides ("which *countries*", "what *nations*").
const COUNTRY_NOUNS: &[&str] = &["countries", "country", "nations", "nation", "states"];

/// "Which countries are mentioned in the report?": every side of the kind asked (countries, or
/// any) the article names, each with the first sentence that names it — an inventory of the
/// report, not the sentence that lists most of them. Complete by construction, it is not
/// weighed against the ranked sentences.
pub fn in_the_report(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if q.intent != Intent::ListSides {
        return None;
    }
    // Nothing else asked of them ("mentioned *as sending advisers*" asks which did that).
    const FRAME: &[&str] = &["sides", "article", "report", "story", "piece"];
    let framing = |w: &str| {
        crate::matcher::words::is_in(crate::matcher::words::IN_THE_REPORT, w)
            || crate::matcher::words::is_in(COUNTRY_NOUNS, w)
            || crate::matcher::words::is_in(FRAME, w)
    };
    let other = q.topic_terms(&[]).iter().any(|t| !framing(&t.word));
    if other || !q.tokens.iter().any(|t| crate::matcher::words::is_in(crate::matcher::words::IN_THE_REPORT, &t.word)) {
        return None;
    }
    let d = &cx.article.data;
    let countries = q.tokens.iter().any(|t| crate::matcher::words::is_in(COUNTRY_NOUNS, &t.word));
    let mut a = Answer::new(Intent::ListSides, true, String::new()).with_confidence(0.8);
    let mut names = Vec::new();
    let mut cited: Vec<usize> = Vec::new();
    // An organisation ("NATO") is what the talks are about, not a side in them.
    for i in (0..d.side.len()).filter(|&i| if countries { d.side[i].kind == "country" } else { d.side[i].kind != "organisation" }) {
        let Some(si) = cx.index.sentences.iter().position(|t| t.entities.contains(&EntityRef::Side(i))) else { continue };
        names.push(d.side[i].name.clone());
        a.sides.push(i);
        if !cited.contains(&si) {
            cited.push(si);
        }
    }
    if names.len() < 2 {
        return None;
    }
    cited.sort_unstable();
    for si in cited {
        super::meaning::cite_sentence(cx, &mut a, si, true);
    }
    a.lead = format!("The article names {} of them: {}.", names.len(), super::join_and(&names));
    Some(a)
}

/// Words that ask who took part, not what about.
const TAKING_PART: &[&str] = &["took", "take", "part", "participated", "participate", "attended", "attend", "involved", "participants", "attendees", "present"];

/// "Which European countries are involved?", "advisers from which countries did Kyiv's team
/// meet?": the list of names (inside the side named, if any) in the best-ranked sentence that
/// lists two or more — what the question is about picks the list, not the length of it — or
/// else the sentence that names most of them.
fn sides(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if let Some(a) = at_event(cx, q) {
        return Some(a);
    }
    let unmet = never_met(cx, q);
    if let Some(a) = listed_by_meaning(cx, q, ranked, &unmet) {
        return Some(a);
    }
    let d = &cx.article.data;
    let group = group_asked(cx, q);
    let members: Vec<usize> = (0..d.side.len())
        .filter(|&i| d.side[i].kind == "country" && group.is_none_or(|g| d.side[i].group.as_deref() == Some(g)) && !q.set_aside.contains(&EntityRef::Side(i)))
        .collect();
    let topic = q.topic_terms(&[]);
    let (si, named) = cx
        .index
        .sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| !unmet.contains(i))
        .map(|(i, t)| (i, members.iter().filter(|&&m| t.entities.contains(&EntityRef::Side(m))).count() as f32 + 0.1 * super::overlap(&topic, t).0))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    if named < 1.0 {
        return None;
    }
    let t = &cx.index.sentences[si];
    let listed: Vec<String> = members.iter().filter(|&&m| t.entities.contains(&EntityRef::Side(m))).map(|&m| d.side[m].name.clone()).collect();
    let s = &cx.article.sentences[si];
    let mut a = Answer::new(Intent::ListSides, true, format!("{}.", super::upper_first(&super::join_and(&listed)))).with_confidence(0.8);
    a.cite(None, super::cite(cx, s.p, s.text(cx.article)));
    a.sides = members.into_iter().filter(|&m| t.entities.contains(&EntityRef::Side(m))).collect();
    Some(a)
}

/// "Which countries took part in Wednesday's meetings?": the sides the data has taking
/// part in the gathering the question describes, when it took place (or the question asks of
/// the plan) and two or more did — the article's own account of who was there, not whichever
/// sentence lists most names.
fn at_event(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if group_asked(cx, q).is_some() {
        return None;
    }
    let (_, ei) = super::events::described(cx, q)?;
    let e = &cx.article.data.event[ei];
    if super::events::called_off(e) && !of_plan(q) {
        return None;
    }
    let sides: Vec<usize> = e.who.iter().filter_map(|w| super::side_index(cx, w)).filter(|&s| !q.set_aside.contains(&EntityRef::Side(s))).collect();
    if sides.len() < 2 || sides.len() < e.who.len() {
        return None;
    }
    let names: Vec<String> = sides.iter().map(|&s| cx.article.data.side[s].name.clone()).collect();
    let mut a = Answer::new(Intent::ListSides, true, format!("{}.", super::upper_first(&super::join_and(&names)))).with_confidence(0.8);
    super::events::cite_event(cx, &mut a, ei);
    a.sides = sides;
    Some(a)
}

/// Whether the question asks of a plan or of its calling off ("which countries were *due*",
/// "at the meeting that got *scrapped*") rather than of what took place.
fn of_plan(q: &Question) -> bool {
    use crate::matcher::words::{calls_off, is_in, PLANNED};
    q.tokens.iter().any(|t| is_in(PLANNED, &t.word) || calls_off(&t.stem))
}

/// The names listed ("Britain, France and Germany") in the best-ranked sentence that lists two
/// or more of the asked kind: countries when countries are asked for, any side otherwise ("which
/// sides had officials in London": "U.S., Ukrainian and European").
fn listed_by_meaning(cx: &Cx<'_>, q: &Question, ranked: &[Ranked], unmet: &[usize]) -> Option<Answer> {
    let d = &cx.article.data;
    let countries = q.tokens.iter().any(|t| crate::matcher::words::is_in(COUNTRY_NOUNS, &t.word));
    let group = group_asked(cx, q);
    // "Besides Ukraine, which countries …": a side set aside is not listed.
    let of_kind = |name: &String| {
        d.side.iter().position(|x| &x.name == name).is_some_and(|i| {
            let x = &d.side[i];
            (!countries || x.kind == "country") && group.is_none_or(|g| x.group.as_deref() == Some(g))
        })
    };
    let fits = |name: &String| of_kind(name) && d.side.iter().position(|x| &x.name == name).is_none_or(|i| !q.set_aside.contains(&EntityRef::Side(i)));
    // Of the sentences near the top that list them, the one sharing most of the question's
    // other words ("*advisers* from which countries did Kyiv's team *meet*"), the best-ranked
    // among equals: a list ranked first for its names alone is another list.
    let (_, si, listed) = ranked
        .iter()
        .filter(|r| !unmet.contains(&r.sentence))
        .take(LIST_WITHIN)
        .filter_map(|r| {
            let all = longest_list(cx, cx.article.sentences[r.sentence].text(cx.article));
            // A list with names of another kind ("U.S., Ukrainian and *European*" asked for
            // countries) lists something else.
            if !all.iter().all(of_kind) {
                return None;
            }
            let l: Vec<String> = all.into_iter().filter(fits).collect();
            (l.len() >= 2).then_some((r.features[3], r.sentence, l))
        })
        .reduce(|best, x| if x.0 > best.0 + 1e-3 { x } else { best })?;
    let mut a = Answer::new(Intent::ListSides, true, format!("{}.", super::upper_first(&super::join_and(&listed)))).with_confidence(0.8);
    super::meaning::cite_sentence(cx, &mut a, si, true);
    a.sides = listed.iter().filter_map(|n| d.side.iter().position(|x| &x.name == n)).collect();
    Some(a)
}

/// The sentences that list those of a gathering the article reports called off ("a broader
/// meeting with foreign ministers from Ukraine, Britain, France and Germany to be cancelled"),
/// when the question asks who was there: a meeting that never took place had no one at it.
/// Asked of the plan ("which countries were *due*", "at the meeting that got *scrapped*"), or
/// right after its calling off was told ("which countries?"), the list is the answer: none.
fn never_met(cx: &Cx<'_>, q: &Question) -> Vec<usize> {
    if of_plan(q) || cx.ctx.terms.iter().any(|t| crate::matcher::words::calls_off(&t.stem)) {
        return Vec::new();
    }
    let sentences = &cx.article.sentences;
    cx.article
        .data
        .event
        .iter()
        .filter(|e| e.who.len() >= 2 && super::events::called_off(e))
        .filter_map(|e| sentences.iter().position(|s| s.p == e.p && s.text(cx.article).contains(super::sentence_of(cx, e.p, &e.evidence))))
        .filter(|&si| !cx.ctx.told(&sentences[si]))
        .collect()
}

/// The id of a side the question names that groups others ("European" countries), if any.
fn group_asked<'a>(cx: &Cx<'a>, q: &Question) -> Option<&'a str> {
    let d = &cx.article.data;
    q.mentions.iter().find_map(|m| match m.entity {
        EntityRef::Side(s) if d.side.iter().any(|x| x.group.as_deref() == Some(d.side[s].id.as_str())) => Some(d.side[s].id.as_str()),
        _ => None,
    })
}

/// How far down the ranking a sentence listing the sides asked for may sit.
const LIST_WITHIN: usize = 5;

/// "How many countries' foreign ministers ...": the best sentence, and the longest list of
/// names in it ("Ukraine, Britain, France and Germany") counted.
fn count(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    let topic: Vec<_> = q.topic_terms(&[]).into_iter().filter(|t| !matches!(t.word.as_str(), "many" | "number" | "much")).collect();
    let hits = retrieval::rank(cx.index, &topic, 1);
    let found = hits.first().filter(|b| b.coverage >= super::attribution::MIN_COVERAGE && b.topical);
    // Only a count of countries or sides can be read off a list of names; "how much of the
    // country" measures a part of one.
    let of_sides =
        q.measure.is_none() && q.tokens.iter().any(|t| matches!(t.word.as_str(), "countries" | "country" | "nations" | "states" | "sides" | "governments"));
    let list = match found {
        Some(best) if of_sides => longest_list(cx, cx.article.sentences[best.sentence].text(cx.article)),
        _ => Vec::new(),
    };
    let (si, confidence, list) = if list.len() >= 2 {
        (found?.sentence, found?.coverage, list)
    } else if let Some(by_meaning) = of_sides.then(|| list_by_meaning(cx, ranked)).flatten() {
        // "How many countries' ministers were due at the bigger meeting": no sentence shares
        // the words, but the ranker is sure of one of those that list countries.
        by_meaning
    } else if let Some(a) = of_sides.then(|| sides_of_event(cx, q)).flatten() {
        return Some(a);
    } else {
        return in_numbers(cx, q, ranked);
    };
    let s = &cx.article.sentences[si];
    let lead = format!("{}: {}.", super::count_word(list.len()), super::join_and(&list));
    let mut a = Answer::new(Intent::Count, true, lead).with_confidence(confidence);
    let hedges = super::attribution::attributions(cx, s.p, s.text(cx.article));
    a.cite(hedges.first().map(|h| format!("{}:", super::according(h))), super::cite(cx, s.p, s.text(cx.article)));
    a.sources = hedges;
    Some(a)
}

/// "How many countries' foreign ministers were due at the bigger meeting that got called off?":
/// the sides taking part in the event the question describes, when two or more do (and not
/// those it sets aside: "not counting the Americans").
fn sides_of_event(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let (cov, ei) = super::events::described(cx, q)?;
    let d = &cx.article.data;
    let sides: Vec<usize> =
        d.event[ei].who.iter().filter_map(|w| super::side_index(cx, w)).filter(|&s| !q.set_aside.contains(&crate::matcher::EntityRef::Side(s))).collect();
    if sides.len() < 2 {
        return None;
    }
    let names: Vec<String> = sides.iter().map(|&s| d.side[s].name.clone()).collect();
    let lead = format!("{}: {}.", super::count_word(names.len()), super::join_and(&names));
    let mut a = Answer::new(Intent::Count, true, lead).with_confidence(cov);
    super::events::cite_event(cx, &mut a, ei);
    Some(a)
}

/// The best-ranked sentence that lists two or more sides, its confidence among such sentences
/// and the list, when the ranker's confidence clears the threshold.
fn list_by_meaning(cx: &Cx<'_>, ranked: &[Ranked]) -> Option<(usize, f32, Vec<String>)> {
    let listing: Vec<Ranked> = ranked.iter().copied().filter(|r| longest_list(cx, cx.article.sentences[r.sentence].text(cx.article)).len() >= 2).collect();
    let r = Ranker::shipped();
    let confidence = r.confidence(&listing);
    let best = listing.first()?;
    (confidence >= r.threshold).then(|| (best.sentence, confidence, longest_list(cx, cx.article.sentences[best.sentence].text(cx.article))))
}

/// "How many …?": the sentences that hold a number, ranked by meaning, when the ranker is
/// confident in the best of them.
fn in_numbers(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Option<Answer> {
    if let Some(kind) = q.measure {
        return measured(cx, q, kind, ranked);
    }
    // "How many diplomats …": a number must count diplomats ("Three diplomats said"), not
    // anything else in the sentence ("both Kyiv and …", "Russia's 2014 annexation").
    let noun = counted_noun(q);
    let with_numbers: Vec<Ranked> = ranked
        .iter()
        .copied()
        .filter(|r| cx.index.meaning.has_number(r.sentence))
        .filter(|r| counts_what_was_asked(q, cx.article.sentences[r.sentence].text(cx.article)))
        .collect();
    // A sentence counting the very noun asked about, ranked near the top, answers even when
    // the ranker is unsure of it: the count is what was asked ("how many diplomats thought the
    // proposals were tilted" and "Three diplomats said …" share few words).
    let near_the_top = noun.is_some() && with_numbers.first().is_some_and(|b| ranked.iter().take(COUNT_WITHIN).any(|r| r.sentence == b.sentence));
    let threshold = if near_the_top { 0.0 } else { Ranker::shipped().threshold_for(q.intent) };
    // The one sentence of the article that counts the noun, if the question's other words meet
    // it: "how many diplomats said Witkoff's plan was tilted against Ukraine" and "Three
    // diplomats said those proposals appeared to demand more concessions from Ukraine", however
    // the ranker reads the rest; "how many diplomats attended the talks" meets it in nothing.
    let (with_numbers, threshold) = match noun.and_then(|n| only_counting(cx, q, n, ranked)) {
        Some(only) if !near_the_top => (vec![only], 0.0),
        _ => (with_numbers, threshold),
    };
    let Some(mut a) = super::meaning::answer_ranked(cx, q, &with_numbers, threshold) else {
        return noun.map(|n| super::decline::no_count(cx, q, n));
    };
    // The count leads, in the article's words ("Three diplomats.").
    let best = &cx.article.sentences[with_numbers[0].sentence];
    a.lead = match noun.and_then(|n| counting(best.text(cx.article), n)) {
        Some(phrase) => format!("{}.", super::upper_first(&phrase)),
        None => "The article says:".to_string(),
    };
    Some(a)
}

/// The only sentence counting `noun` in the article, when the question's other words (not the
/// noun, not "how many") meet it in a word that is not a name.
fn only_counting(cx: &Cx<'_>, q: &Question, noun: &str, ranked: &[Ranked]) -> Option<Ranked> {
    // Counted by a number ("three diplomats"), not by "both".
    let by_number = |i: usize| counting(cx.article.sentences[i].text(cx.article), noun).is_some_and(|c| !c.to_lowercase().starts_with("both"));
    let counts: Vec<usize> = (0..cx.article.sentences.len()).filter(|&i| by_number(i)).collect();
    let [only] = counts[..] else { return None };
    let other: Vec<_> = q.topic_terms(&[]).into_iter().filter(|t| t.word != noun && !matches!(t.word.as_str(), "many" | "much" | "number")).collect();
    let hit = retrieval::rank(cx.index, &other, usize::MAX).into_iter().find(|h| h.sentence == only)?;
    (hit.topical && hit.coverage > 0.0).then(|| ranked.iter().find(|r| r.sentence == only).copied()).flatten()
}

/// The word an amount is asked of: the first content word after "how much" ("how much
/// ukrainian *land*" names a side first, which says whose).
fn amount_of(q: &Question) -> Option<&str> {
    let k = after_how_much(q)?;
    q.tokens[k..].iter().take(2).find(|t| q.terms.iter().any(|x| x.word == t.word && x.entity.is_none())).map(|t| t.word.as_str())
}

/// The words an amount is asked of, as the question puts them: "how much *military aid*".
pub fn amount_asked(q: &Question) -> Option<String> {
    let k = after_how_much(q)?;
    amount_of(q)?;
    let phrase: Vec<&str> =
        q.tokens[k..].iter().take_while(|t| !crate::matcher::words::is_stopword(&t.word) && t.clause == q.tokens[k].clause).map(|t| t.word.as_str()).collect();
    (!phrase.is_empty()).then(|| phrase.join(" "))
}

/// Where the words after "how much" begin.
fn after_how_much(q: &Question) -> Option<usize> {
    q.tokens.windows(2).position(|w| w[0].word == "how" && w[1].word == "much").map(|k| k + 2)
}

/// How far down the ranking a sentence counting the asked noun may sit and still answer.
const COUNT_WITHIN: usize = 3;

/// Whether a number in `text` counts what a "how many / how much" question asks: the noun
/// after "how many", or with no noun ("how much have the sanctions cost Russia?") one of the
/// question's words — "2014 annexation" and "several sources" are no cost.
pub(super) fn counts_what_was_asked(q: &Question, text: &str) -> bool {
    match counted_noun(q) {
        Some(n) => counting(text, n).is_some(),
        None => {
            q.topic_terms(&[]).iter().any(|t| t.entity.is_none() && !matches!(t.word.as_str(), "many" | "much" | "number") && counting(text, &t.word).is_some())
        }
    }
}

/// The noun "how many" asks a number of: the first content word after it ("how many *times*",
/// "how many foreign *ministers*" — the last word before a verb or the end).
fn counted_noun(q: &Question) -> Option<&str> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    // "how much sanctions": "much" before a plural is "many" written by a learner.
    let k = w.windows(3).position(|p| p[0] == "how" && (p[1] == "many" || p[1] == "much" && crate::matcher::words::much_means_many(p[2])))? + 2;
    w.get(k).copied().filter(|x| !crate::matcher::words::is_in(crate::matcher::words::STOPWORDS, x))
}

/// The words of `text` that count `noun`: a number word or figure right before it, or before
/// a word close to it in meaning ("three diplomats" for "how many diplomats", "several sources"
/// for "how many officials"), one word between at most ("three senior diplomats").
fn counting(text: &str, noun: &str) -> Option<String> {
    let m = crate::matcher::embed::Model::shipped();
    let stem = crate::matcher::tokens::stem(noun);
    let v = m.word(noun);
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty()).collect();
    // A name counts only itself: "the Russians" are close in meaning to "Ukrainians", and
    // are not them.
    let close = |x: &str| {
        let name = x.chars().next().is_some_and(char::is_uppercase);
        let x = x.to_lowercase();
        crate::matcher::tokens::stem(&x) == stem || !name && v.as_ref().zip(m.word(&x)).is_some_and(|(a, b)| crate::matcher::embed::cos(a, &b) >= COUNTED_CLOSE)
    };
    words.iter().enumerate().find_map(|(i, x)| {
        if !crate::matcher::semantic::is_count(&x.to_lowercase()) {
            return None;
        }
        let k = words[i + 1..].iter().take(2).position(|y| close(y))?;
        Some(words[i..=i + 1 + k].join(" "))
    })
}

/// The cosine above which a counted word stands for the noun asked about.
const COUNTED_CLOSE: f32 = 0.45;

/// How near in meaning (cosine of the static embeddings) a question's word must be to what a
/// measure is of to ask for it: "country" and "land" are 0.44–0.59 from "Ukraine's territory",
/// "aid", "people" and "budget" below 0.11.
const NEAR_MEASURED: f32 = 0.4;

/// "How long has the war gone on?", "what share of the land does Russia hold?": the best-ranked
/// sentence giving a length of time (a share) of what the question asks about ("three-year
/// conflict": "war" and "conflict" are one thing). What is measured must match a topic word, so
/// the war's length never answers how long a meeting took: that is declined as a measure the
/// article does not give. A name matches only with another topic word in the sentence: "what
/// share of Ukraine voted …" is not answered by a share of Ukraine's territory. Another word
/// matches also when near in meaning ("the *country*" for "Ukraine's territory").
fn measured(cx: &Cx<'_>, q: &Question, kind: crate::matcher::Measured, ranked: &[Ranked]) -> Option<Answer> {
    use crate::matcher::Measured;
    // "How old is the conflict" asks a length; "how old is she" an age, which is a person's.
    let kind = if kind == Measured::Age && q.people().is_empty() { Measured::Length } else { kind };
    let topic = q.topic_terms(&[]);
    let m = &cx.index.meaning;
    // An amount asked with more words than the thing ("how much territory would Russia hand
    // back under the swaps") is read where the ranking puts the question first.
    let within = if kind == Measured::Amount { 1 } else { ranked.len() };
    let found = ranked.iter().take(within).find_map(|r| {
        let d = m.measure(r.sentence, kind)?;
        let stems: Vec<String> = d.of.iter().map(|w| crate::matcher::tokens::stem(w)).collect();
        // "ukrainian" names what "Ukraine's territory" does: names compare as entities.
        let named: Vec<crate::matcher::EntityRef> =
            d.of.iter().filter_map(|w| cx.index.alias_at(&crate::matcher::tokens::tokenize(w), 0).map(|(e, _)| e)).collect();
        // Names compare as entities only; other words also by meaning.
        let model = crate::matcher::embed::Model::shipped();
        let object = model.embed(&d.of.join(" "));
        let near =
            |t: &crate::matcher::QTerm| t.entity.is_none() && model.word(&t.word).is_some_and(|v| crate::matcher::embed::cos(&v, &object) >= NEAR_MEASURED);
        let measures = |t: &crate::matcher::QTerm| stems.iter().any(|s| t.has_stem(s)) || t.entity.is_some_and(|e| named.contains(&e)) || near(t);
        // Something else the question names is in the sentence too: a word of it, or another
        // name ("how much of Ukraine does *Russia* hold": "*Russia's* control of … 20%").
        let in_sentence = |t: &crate::matcher::QTerm| t.score(&cx.index.sentences[r.sentence]) > 0.0;
        let fits = if kind == Measured::Age {
            // The age is of the person asked about.
            topic.iter().any(|t| t.entity.is_some() && measures(t))
        } else if kind == Measured::Amount {
            // The amount is of the thing named after "how much" ("how much *land*"), not of
            // another name the sentence has ("how much aid has the US sent Ukraine").
            amount_of(q).is_some_and(|w| topic.iter().any(|t| t.word == w && measures(t)))
        } else {
            topic.iter().any(|t| t.entity.is_none() && measures(t))
                || (topic.iter().any(|t| t.entity.is_some() && measures(t)) && topic.iter().any(|t| !measures(t) && in_sentence(t)))
        };
        fits.then_some((r, d))
    });
    let Some((r, d)) = found else { return Some(super::decline::no_measure(cx, q, kind)) };
    let s = &cx.article.sentences[r.sentence];
    let text = s.text(cx.article);
    let hedges = super::attribution::attributions(cx, s.p, text);
    // The measure leads, with whoever gives it.
    let lead = match hedges.first() {
        Some(h) => format!("“{}”, according to {}:", d.phrase, super::lower_common(h)),
        None => format!("“{}”, the article says:", d.phrase),
    };
    let mut a = Answer::new(Intent::Count, true, lead).with_confidence(0.8);
    a.cite(None, super::cite(cx, s.p, text));
    a.sources = hedges;
    Some(a)
}

/// The longest run "A, B, C and D" of names in a sentence, as the article writes them.
fn longest_list(cx: &Cx<'_>, text: &str) -> Vec<String> {
    let norm = crate::matcher::normalise::normalise(text).text;
    let toks = crate::matcher::tokens::tokenize(&norm.replace(',', " , "));
    // Commas are read in the article's own text: normalising drops the one in "U.S., Ukrainian".
    let raw = text.to_lowercase();
    let mut best: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut i = 0;
    let mut expect_sep = false;
    while i < toks.len() {
        if !expect_sep {
            if let Some((EntityRef::Side(s), n)) = cx.index.alias_at(&toks, i) {
                run.push(cx.article.data.side[s].name.clone());
                i += n;
                expect_sep = true;
                continue;
            }
            if run.len() > best.len() {
                best = run.clone();
            }
            run.clear();
            i += 1;
        } else {
            // A separator: "and", or a comma (which tokenization turned into a clause-free gap).
            if toks[i].word == "and" {
                expect_sep = false;
                i += 1;
            } else if cx.index.alias_at(&toks, i).is_some_and(|(e, _)| matches!(e, EntityRef::Side(_))) && comma_between(&raw, &toks[i - 1].word, &toks[i].word)
            {
                expect_sep = false;
            } else {
                if run.len() > best.len() {
                    best = run.clone();
                }
                run.clear();
                expect_sep = false;
                i += 1;
            }
        }
    }
    if run.len() > best.len() {
        best = run;
    }
    best.dedup();
    best
}

fn comma_between(norm: &str, a: &str, b: &str) -> bool {
    // Full stops aside: "U.S., Ukrainian" is read as the words "u.s"/"us" and "ukrainian".
    let a: String = a.chars().filter(|&c| c != '.').collect();
    norm.match_indices(&format!(", {b}")).any(|(i, _)| norm[..i].trim_end_matches('.').replace('.', "").ends_with(&a))
}

/// "Which British ministers held talks with the Ukrainians?": the holders of the title, narrowed
/// to those in the best-ranked sentence that names any of them when the question says more than
/// the title.
fn holders(cx: &Cx<'_>, q: &Question, ranked: &[Ranked]) -> Answer {
    let d = &cx.article.data;
    let all = q.people();
    if let Some(a) = taking_part(cx, q, &all) {
        return a;
    }
    let has_topic = q.topic_terms(&[]).iter().any(|t| t.entity.is_none());
    let in_sentence = |si: usize| -> Vec<usize> { all.iter().copied().filter(|&p| cx.index.sentences[si].entities.contains(&EntityRef::Person(p))).collect() };
    let best = if has_topic { ranked.iter().map(|r| r.sentence).find(|&si| !in_sentence(si).is_empty()) } else { None };
    let chosen = best.map(in_sentence).unwrap_or_else(|| all.clone());
    let names: Vec<String> = chosen.iter().map(|&i| person_label(&d.person[i])).collect();
    let mut a = Answer::new(Intent::ListPeople, true, format!("{}.", super::join_and(&names))).with_confidence(0.8);
    match best {
        Some(si) => {
            let s = &cx.article.sentences[si];
            let text = s.text(cx.article);
            let hedges = super::attribution::attributions(cx, s.p, text);
            a.cite(hedges.first().map(|h| format!("{}:", super::according(h))), super::cite(cx, s.p, text));
            a.sources = hedges;
        }
        None => {
            for &i in &chosen {
                let t = &d.person[i].titles[0];
                a.cite(None, super::cite(cx, t.p, super::sentence_of(cx, t.p, &t.text)));
            }
        }
    }
    a.people = chosen;
    a
}
