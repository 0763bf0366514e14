//! "Who is X?", "What job does Lammy have?", "Name the UK prime minister", "Who does Witkoff
//! work for?": a person's title in the article's words, cited where the article gives it.

use super::{overlap, Answer, Cx};
use crate::matcher::{words, EntityRef, Intent, Question};

/// "The woman who said they won't surrender — who is she?": the one `found` (the answer to the
/// question "who said …") names, with their title where the article gives it, then the words
/// that identified them.
pub fn described(cx: &Cx<'_>, found: Answer) -> Answer {
    // The one the lead names first ("Andriy Yermak … wrote", not the Trump his words mention).
    let d = &cx.article.data;
    let named_at = |pi: usize| d.person.get(pi).and_then(|p| found.lead.find(p.name.as_str())).unwrap_or(usize::MAX);
    // (The first of equals on a tie: the answer's own order.)
    let first = found.people.iter().copied().min_by_key(|&pi| named_at(pi));
    let Some(p) = first.and_then(|pi| d.person.get(pi).map(|p| (pi, p))) else { return found };
    let (pi, person) = p;
    let Some(title) = person.titles.first().filter(|_| person.named) else { return found };
    let mut a = Answer::new(Intent::WhoIs, true, format!("{} is {}.", person.name, readable_title(&title.text))).with_confidence(found.confidence);
    a.cite(None, super::cite(cx, title.p, super::sentence_of(cx, title.p, &title.text)));
    for e in found.evidence {
        if !a.evidence.iter().any(|x| x.citation == e.citation) {
            a.evidence.push(e);
        }
    }
    a.people = vec![pi];
    a.sources = found.sources;
    a
}

/// At most this many people are told of in one answer to "who are …?".
const MOST_AT_ONCE: usize = 4;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let people = q.people();
    let Some(&pi) = people.first() else {
        return about_side_or_place(cx, q);
    };
    // "Who are Witkoff and Kellogg?": each of the people the question names, nothing else
    // asked of them (no possessive, no words besides the names), is told of in turn.
    let each: Vec<usize> = people.iter().copied().filter(|&p| q.mentions.iter().any(|m| m.entity == EntityRef::Person(p) && !m.qualifier && !m.poss)).collect();
    // Not someone named with the one they work for ("the PM whose spokesperson that was"): one
    // of them is asked about, the other says which.
    let d = &cx.article.data;
    let works_for_another = each.iter().any(|&p| d.person[p].of.as_deref().is_some_and(|o| each.iter().any(|&b| d.person[b].id == o)));
    if each.len() >= 2 && each.len() <= MOST_AT_ONCE && q.terms.is_empty() && !works_for_another {
        let mut answers = each.iter().filter_map(|&p| one(cx, q, p));
        let first = answers.next()?;
        return Some(answers.fold(first, together));
    }
    one(cx, q, pi)
}

/// Two people told of in one answer: both leads, then the evidence once each ("Foreign minister
/// David Lammy and defence minister John Healey …" names both).
fn together(mut a: Answer, b: Answer) -> Answer {
    a.lead = format!("{} {}", a.lead, b.lead);
    a.answered &= b.answered;
    for e in b.evidence {
        if !a.evidence.iter().any(|x| x.citation == e.citation) {
            a.evidence.push(e);
        }
    }
    a.people.extend(b.people);
    a
}

/// Who person `pi` is, as the question asks it.
fn one(cx: &Cx<'_>, q: &Question, pi: usize) -> Option<Answer> {
    let d = &cx.article.data;
    let p = &d.person[pi];
    let title = p.titles.first()?;
    let typed: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let works_for = crate::matcher::intent::asks_for_whom(&typed, words::question_start(&typed))
        || q.has_word("work")
        || q.has_word("works")
        || q.has_word("boss")
        || q.has_word("employer");
    let boss = p.of.as_deref().and_then(|o| cx.article.person(o));
    let lead = match (works_for, boss) {
        (true, Some(b)) if !p.named => format!("They work for {}: the article calls them {} and does not name them.", b.name, super::lower_common(&title.text)),
        (true, Some(b)) => format!("{} works for {}: the article calls {} {}.", p.name, b.name, pronoun_obj(p.pronoun.as_deref()), title.text),
        _ if !p.named => format!("{} (the article does not name this person).", super::upper_first(&title.text)),
        _ => format!("{} is {}.", p.name, readable_title(&title.text)),
    };
    // "What's the spokesperson's name?": the article doesn't give it, and that is the answer.
    let name_asked = !p.named && (q.has_word("name") || q.has_word("named") || q.has_word("called"));
    let lead = if name_asked { format!("The article doesn't name {}.", super::lower_common(&title.text)) } else { lead };
    let mut a = Answer::new(Intent::WhoIs, !name_asked, lead);
    a.people = vec![pi];
    // Where the article gives the title, and, when the question says more ("which Russian
    // leader did Trump phone"), the sentence about this person that fits it best.
    a.cite(None, super::cite(cx, title.p, super::sentence_of(cx, title.p, &title.text)));
    let topic = super::without_cues(q.topic_terms(&[EntityRef::Person(pi)]), &[words::JOB_WORDS]);
    if !topic.is_empty() {
        let best = cx
            .index
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, t)| t.entities.contains(&EntityRef::Person(pi)))
            .map(|(i, t)| (i, overlap(&topic, t).0))
            .filter(|(_, s)| *s > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((si, _)) = best {
            let s = &cx.article.sentences[si];
            a.evidence.insert(0, super::Evidence { label: None, citation: super::cite(cx, s.p, s.text(cx.article)) });
            a.evidence.dedup_by(|x, y| x.citation.text == y.citation.text);
        }
    }
    Some(a)
}

fn pronoun_obj(p: Option<&str>) -> &'static str {
    match p {
        Some("she") => "her",
        Some("he") => "him",
        _ => "them",
    }
}

/// "Foreign minister" reads as "foreign minister" mid-sentence; "U.S. Vice President" stays.
pub(super) fn readable_title(t: &str) -> String {
    let first = t.split_whitespace().next().unwrap_or("");
    let starts_with_name = first.chars().next().is_some_and(|c| c.is_uppercase()) && (first.contains('.') || first.contains('’') || first.contains('\''));
    let mut words = t.split_whitespace();
    let second_capital = words.nth(1).is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    if starts_with_name || second_capital {
        t.to_string()
    } else {
        let mut c = t.chars();
        c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
    }
}

/// "Who is NATO?" / "Crimea?": how the article mentions a side or place.
fn about_side_or_place(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    // Only the bare name: "who is the German chancellor" is not a question about Germany.
    if !q.terms.is_empty() {
        return None;
    }
    let m = q.mentions.iter().find(|m| !m.qualifier)?;
    let name = match m.entity {
        EntityRef::Side(s) => cx.article.data.side[s].name.clone(),
        EntityRef::Place(p) => cx.article.data.place[p].name.clone(),
        EntityRef::Person(_) | EntityRef::Credit(_) => return None,
    };
    let si = cx.index.sentences.iter().position(|t| t.entities.contains(&m.entity))?;
    let s = &cx.article.sentences[si];
    let mut a = Answer::new(Intent::WhoIs, true, format!("{}: the article first mentions it here.", super::upper_first(&name))).with_confidence(0.6);
    a.cite(None, super::cite(cx, s.p, s.text(cx.article)));
    if let EntityRef::Side(s) = m.entity {
        a.sides = vec![s];
    }
    Some(a)
}
