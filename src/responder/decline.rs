//! Honest "I don't know": declines, small talk, and questions asked back.
//!
//! A decline says plainly that the article does not answer the question and offers example
//! questions built from the article's own data, so a second article brings its own examples.

use super::{Answer, Choice, Cx};
use crate::matcher::{Ambiguity, Intent, Question};

/// Up to `n` example questions this article can answer, built from its data.
pub fn examples(cx: &Cx<'_>, n: usize) -> Vec<String> {
    let d = &cx.article.data;
    let surname = |name: &str| name.split_whitespace().last().unwrap_or(name).to_string();
    let mut out = Vec::new();
    // Someone quoted directly, someone's job, a proposal, a side's stand on an issue.
    if let Some(name) = quoted_surname(cx) {
        out.push(format!("What did {name} say?"));
    }
    if let Some(pr) = d.proposal.iter().find_map(|p| p.by.as_deref().and_then(|b| cx.article.person(b))) {
        out.push(format!("What did {} propose?", surname(&pr.name)));
    }
    if let Some(p) = d.person.iter().rev().find(|p| p.named && p.of.is_some()) {
        out.push(format!("Who is {}?", p.name));
    }
    if let Some(pos) = d.position.iter().find(|p| p.attribution.is_none() && cx.article.side(&p.holder).is_some()) {
        if let (Some(side), Some(issue)) = (cx.article.side(&pos.holder), cx.article.issue(&pos.issue)) {
            out.push(format!("Where does {} stand on {}?", side.name, issue.name));
        }
    }
    out.truncate(n);
    out
}

/// The surname of the first named person the report quotes directly ("Vance").
pub fn quoted_surname(cx: &Cx<'_>) -> Option<String> {
    let d = &cx.article.data;
    let p = d.statement.iter().filter(|s| s.quote.is_some()).filter_map(|s| s.speaker.as_deref()).filter_map(|id| cx.article.person(id)).find(|p| p.named)?;
    p.name.split_whitespace().last().map(str::to_string)
}

/// The surname of a named person the report gives a title ("Lammy").
pub fn titled_surname(cx: &Cx<'_>) -> Option<String> {
    let p = cx.article.data.person.iter().rev().find(|p| p.named && !p.titles.is_empty())?;
    p.name.split_whitespace().last().map(str::to_string)
}

fn scope(cx: &Cx<'_>) -> String {
    let m = &cx.article.data.article;
    format!("I answer questions about one {} report of {}: {}.", m.outlet, m.date, m.label)
}

pub fn with_examples(cx: &Cx<'_>, intent: Intent, lead: String) -> Answer {
    let mut a = Answer::new(intent, false, lead);
    a.examples = examples(cx, 3);
    a
}

pub fn small_talk(cx: &Cx<'_>, q: &Question) -> Answer {
    let lead = match q.intent {
        Intent::Greeting => format!("Hello! {}", scope(cx)),
        Intent::Thanks => "You're welcome. Ask me anything else about the report.".to_string(),
        Intent::Help => format!("{} Every answer quotes the article and cites its paragraph (¶).", scope(cx)),
        Intent::Injection => "I only answer questions about the article, from the article; I can't follow instructions sent in a message.".to_string(),
        _ => format!("I didn't find a question there. {}", scope(cx)),
    };
    with_examples(cx, q.intent, lead)
}

pub fn ask_back(cx: &Cx<'_>, q: &Question, amb: &Ambiguity) -> Answer {
    let d = &cx.article.data;
    let names: Vec<String> = amb.people.iter().map(|&i| super::person_label(&d.person[i])).collect();
    let lead = format!("\"{}\" could be several people in the article: {}. Which one do you mean?", amb.phrase, super::join_and(&names));
    let mut a = Answer::new(q.intent, false, lead);
    a.choices = choices(cx, q, &amb.phrase, &amb.people);
    a
}

/// One button per person: the question asked again with `phrase` replaced by their name.
pub fn choices(cx: &Cx<'_>, q: &Question, phrase: &str, people: &[usize]) -> Vec<Choice> {
    let original: String = q.tokens.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ");
    people
        .iter()
        .map(|&i| {
            let p = &cx.article.data.person[i];
            let rewritten = if original.contains(phrase) { original.replacen(phrase, &p.name, 1) } else { format!("Who is {}?", p.name) };
            Choice { label: p.name.clone(), question: super::upper_first(&rewritten) }
        })
        .collect()
}

pub fn no_such_person(cx: &Cx<'_>, q: &Question, role: &str) -> Answer {
    with_examples(cx, q.intent, format!("The article names no {role}, so I can't answer that from it."))
}

/// "How long was Vance in India?", "what share of Crimea…": the article gives no such measure.
pub fn no_measure(cx: &Cx<'_>, q: &Question, kind: crate::matcher::Measured) -> Answer {
    let lead = match kind {
        crate::matcher::Measured::Share => "The article gives no share or percentage of that.".to_string(),
        crate::matcher::Measured::Length => "The article doesn't say how long that lasted.".to_string(),
        crate::matcher::Measured::Age => "The article doesn't give that person's age.".to_string(),
        // "How much military aid …": the amount asked is named.
        crate::matcher::Measured::Amount => {
            format!("The article doesn't give an amount of {}.", super::lists::amount_asked(q).map_or("that".to_string(), |w| format!("“{w}”")))
        }
    };
    let mut a = with_examples(cx, q.intent, lead);
    a.people = q.people();
    a
}

/// "How many times has Russia annexed Crimea?": no number in the article counts that.
pub fn no_count(cx: &Cx<'_>, q: &Question, noun: &str) -> Answer {
    let mut a = with_examples(cx, q.intent, format!("The article doesn't give that number: nothing in it counts “{noun}”."));
    a.people = q.people();
    a
}

/// "Your honest opinion: is the plan fair?": the bot reports; it has no view of its own.
pub fn opinion(cx: &Cx<'_>, q: &Question) -> Answer {
    let mut a = with_examples(cx, q.intent, "I don't give opinions of my own: I can only tell you what the article reports.".to_string());
    a.people = q.people();
    a
}

pub fn not_in_article(cx: &Cx<'_>, q: &Question, name: &str) -> Answer {
    with_examples(cx, q.intent, format!("The article doesn't mention {}, so I can't answer that from it.", super::upper_first(name)))
}

/// "Did Trump really say "we will win"?": the article has no such words. What it does quote
/// from the person asked about stays as context.
pub fn words_not_in_article(cx: &Cx<'_>, q: &Question, words: &str, quoted: Option<Answer>) -> Answer {
    let lead = format!("The article doesn't have the words “{words}”.");
    match quoted {
        Some(found) => with_context(found, format!("{lead} What it does quote:")),
        None => with_examples(cx, q.intent, lead),
    }
}

pub fn not_found(cx: &Cx<'_>, q: &Question) -> Answer {
    let lead = if q.future {
        "The article reports what happened up to its date; it doesn't say what will happen next.".to_string()
    } else {
        "I can't find that in the article, so I won't guess.".to_string()
    };
    let mut a = with_examples(cx, q.intent, lead);
    a.people = q.people();
    a.sides = q.sides();
    a
}

/// "What if Zelenskiy resigns?" when no condition the article states is the one asked: what
/// would follow is not reported, and that is the answer.
pub fn no_such_condition(cx: &Cx<'_>, q: &Question, condition: &str) -> Answer {
    let mut a = with_examples(cx, q.intent, format!("The article doesn't say what would happen if {condition}."));
    a.people = q.people();
    a.sides = q.sides();
    a
}

/// "Why did Rubio cancel his trip?" when the article says he did but gives no reason: the
/// reason is declined, what it says of the act kept for context.
pub fn no_reason(told: Answer) -> Answer {
    with_context(told, "The article gives no reason for that. What it does say:".into())
}

/// "Did anyone say Russia would give Crimea back?" when the nearest words say something else:
/// no one in the article says it; the nearest words stay for context.
pub fn no_one_said(found: Answer) -> Answer {
    with_context(found, "No one in the article says that. The nearest it comes:".into())
}

/// "What time did the meeting start?" when the article gives the day only: the day is said,
/// the question is declined, the evidence stays for context.
pub fn no_time_of_day(found: Answer) -> Answer {
    with_context(found, "The article gives no clock time for that. What it says:".into())
}

/// "Will Russia say yes by the end of the week?": a prediction is asked, which a report of what
/// happened cannot give; what it reports of the matter stays for context.
pub fn not_yet(found: Answer) -> Answer {
    with_context(found, "The article reports what happened up to its date; it doesn't say whether that will happen. What it does report:".into())
}

/// "How many people were in the delegation?" when what was found gives no number: declined
/// with what was found kept as context.
pub fn no_number(found: Answer) -> Answer {
    with_context(found, "The article gives no number for that. What it says:".into())
}

/// "How did the Kremlin respond?" answered by someone else's words: what was found, as context.
pub fn no_answer_from(cx: &Cx<'_>, found: Answer, who: &str) -> Answer {
    let mut a = with_context(found, format!("The article doesn't report an answer from {who} to that. What it says:"));
    a.examples = examples(cx, 3);
    a
}

/// "When …?" answered by words that hold no time: what was found, as context.
pub fn no_time(found: Answer) -> Answer {
    with_context(found, "The article doesn't say when. What it says:".to_string())
}

/// "Did they sign the deal that week?" met by "he hoped they would": what was found, as context.
pub fn only_intended(found: Answer) -> Answer {
    with_context(found, "The article doesn't say whether that happened; it tells only of what was hoped or planned:".to_string())
}

/// "What did they discuss?" answered by a report that they met: what was found, as context.
pub fn no_topic(found: Answer) -> Answer {
    with_context(found, "The article doesn't say what was discussed or agreed. What it says:".to_string())
}

/// "Which hotel were the talks in?" when the article names none: the question is declined with
/// what is missing, the nearest evidence kept for context.
pub fn no_such_thing(found: Answer, thing: &str) -> Answer {
    with_context(found, format!("The article doesn't say which {thing}. What it says:"))
}

/// A decline that keeps what was found as context: its evidence, who it is from and who it is
/// about, under a lead that says what is missing.
fn with_context(found: Answer, lead: String) -> Answer {
    let mut a = Answer::new(found.intent, false, lead);
    a.evidence = found.evidence;
    a.sources = found.sources;
    a.people = found.people;
    a
}

/// "What's Kellogg's military career?" when the article has no word for it: declined with what
/// is missing, what it says of the owner kept for context.
pub fn no_attribute(cx: &Cx<'_>, found: Answer, attr: &crate::matcher::attribute::Attribute) -> Answer {
    // A side by its name as a reader says it ("Ukraine", not the capital standing for it).
    let owner = match attr.owner {
        crate::matcher::EntityRef::Side(s) => cx.article.data.side[s].name.clone(),
        e => super::entity_name(cx, e),
    };
    with_context(found, format!("The article doesn't give the {} of {owner}. What it says:", attr.text()))
}

/// "Since when is he minister?" of a report that tells no one's past: declined with who they
/// were on the report's day, as context.
pub fn no_history(cx: &Cx<'_>, found: Answer, q: &Question) -> Answer {
    let who = q.people().first().map_or_else(|| "anyone".to_string(), |&p| cx.article.data.person[p].name.clone());
    with_context(found, format!("The article gives only who {who} was at the time of the report, not their past or since when. What it says:"))
}
