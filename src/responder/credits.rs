//! "Who is Tom Balmforth?", "which reporters were in Kyiv?", "how many editors?": the report's
//! credits, filtered by the names, roles and places asked, each cited from its credits segment.

use super::{join_and, meta::part, Answer, Cx};
use crate::kb::credits::Credit;
use crate::matcher::credits::CreditAsk;
use crate::matcher::{Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question, ask: &CreditAsk) -> Answer {
    let all = &cx.article.credits;
    let chosen: Vec<&Credit> = if ask.names.is_empty() && ask.byline {
        all.iter().filter(|c| c.role_head() == "writing" && c.is_additional()).collect()
    } else if ask.names.is_empty() {
        all.iter()
            .filter(|c| ask.roles.iter().any(|r| r == c.role_head()))
            .filter(|c| !ask.additional || c.is_additional())
            .filter(|c| ask.places.is_empty() || c.place.as_ref().is_some_and(|p| ask.places.contains(p)))
            .collect()
    } else {
        ask.names.iter().map(|&i| &all[i]).collect()
    };
    let outlet = &cx.article.data.article.outlet;
    // "Who wrote it?": the byline's authors are its writers; the credits add further writing.
    let byline_writers = ask.names.is_empty() && ask.byline;
    if chosen.is_empty() && !byline_writers {
        let mut a = Answer::new(q.intent, false, format!("The credits of this {outlet} report list no one {}.", wanted(ask)));
        a.cite(Some("Credits:".into()), part(cx, "credits", &cx.article.data.article.credits));
        return a;
    }
    let names: Vec<String> = chosen.iter().map(|c| c.name.clone()).collect();
    let lead = match (&chosen[..], q.intent) {
        _ if byline_writers && q.intent == Intent::Count => {
            let authors = &cx.article.data.article.authors;
            format!("{}: the report is by {}.", super::count_word(authors.len()), join_and(authors))
        }
        _ if byline_writers => {
            let authors = join_and(&cx.article.data.article.authors);
            match chosen.iter().find(|c| c.is_additional()) {
                Some(extra) => format!("The report is by {authors}, with {} by {}.", extra.role, join_and(&names)),
                None => format!("The report is by {authors}."),
            }
        }
        ([c], Intent::Where) => match &c.place {
            Some(p) => format!("{} worked from {p}, as the credits say ({}).", c.name, c.role),
            None => format!("The credits don't say where {} worked; they credit {} with {}.", c.name, c.name, c.role),
        },
        ([c], _) => format!("{} is credited with {}{} on this {outlet} report.", c.name, c.role, at(c)),
        (many, Intent::Count) => {
            format!("{} {} credited {}: {}.", super::count_word(many.len()), if many.len() == 1 { "is" } else { "are" }, wanted(ask), join_and(&names))
        }
        (many, _) => match &groups(many)[..] {
            [(key, names)] => format!("Credited with {key}: {}.", join_and(names)),
            several => format!("Credited {}: {}.", wanted(ask), several.iter().map(|(k, v)| format!("{} ({k})", join_and(v))).collect::<Vec<_>>().join("; ")),
        },
    };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.9);
    if byline_writers {
        a.cite(Some("Byline:".into()), part(cx, "byline", &cx.article.data.article.byline));
    }
    let mut spans: Vec<&str> = Vec::new();
    for c in &chosen {
        if !spans.contains(&c.span.as_str()) {
            spans.push(&c.span);
            a.cite(Some("Credits:".into()), part(cx, "credits", &c.span));
        }
    }
    a
}

/// "with editing", "with additional reporting in Kyiv": what was asked, in the credits' words.
fn wanted(ask: &CreditAsk) -> String {
    let mut s = String::from("with ");
    if ask.additional {
        s.push_str("additional ");
    }
    s.push_str(&if ask.roles.is_empty() { "work".to_string() } else { join_and(&ask.roles) });
    if !ask.places.is_empty() {
        s.push_str(" in ");
        s.push_str(&join_and(&ask.places));
    }
    s
}

fn at(c: &Credit) -> String {
    c.place.as_ref().map(|p| format!(" in {p}")).unwrap_or_default()
}

/// The names by role and place, in the credits' order: ("reporting in London", [A, B]).
fn groups(credits: &[&Credit]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for c in credits {
        let key = format!("{}{}", c.role, at(c));
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(c.name.clone()),
            None => out.push((key, vec![c.name.clone()])),
        }
    }
    out
}
