//! Whole-article views for the bot's menu: each side's positions, the timeline, the source.

use super::{according, person_label, Answer, Cx};
use crate::matcher::Intent;

/// Each side on each issue, first position per pair, in the order the data lists sides and issues.
pub fn positions(cx: &Cx<'_>) -> Answer {
    positions_on(cx, "")
}

/// The positions on the issues `topic` names (its name, id or keywords; all issues when empty).
pub fn positions_on(cx: &Cx<'_>, topic: &str) -> Answer {
    let d = &cx.article.data;
    let topic = topic.trim().to_lowercase();
    let words: Vec<&str> = topic.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 2).collect();
    let fits = |i: &crate::kb::Issue| {
        words.is_empty()
            || words.iter().any(|w| {
                std::iter::once(&i.name)
                    .chain(std::iter::once(&i.id))
                    .chain(&i.keywords)
                    .any(|k| k.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
            })
    };
    let issues: Vec<&crate::kb::Issue> = d.issue.iter().filter(|i| fits(i)).collect();
    if issues.is_empty() {
        let names: Vec<String> = d.issue.iter().map(|i| i.name.clone()).collect();
        return Answer::new(Intent::Position, false, format!("The article reports no positions on {topic}. It has positions on {}.", super::join_and(&names)));
    }
    let lead = if words.is_empty() {
        "Where each side stands, as the article reports it:".to_string()
    } else {
        format!("Where each side stands on {}, as the article reports it:", super::join_and(&issues.iter().map(|i| i.name.clone()).collect::<Vec<_>>()))
    };
    let mut a = Answer::new(Intent::Position, true, lead);
    for side in &d.side {
        for issue in &issues {
            if let Some(p) = d.position.iter().find(|p| p.holder == side.id && p.issue == issue.id) {
                let via = p.via.as_deref().and_then(|v| cx.article.person(v)).map(|v| format!(" ({})", person_label(v))).unwrap_or_default();
                let hedge = p.attribution.as_deref().map(|x| format!(", {}", super::lower_common(&according(x)))).unwrap_or_default();
                a.cite(Some(format!("{} on {}{}{}:", super::upper_first(&side.name), issue.name, via, hedge)), super::cite(cx, p.p, &p.evidence));
            }
        }
    }
    a
}

/// Events of every report in date order, with the reports' time words and the resolved date.
pub fn timeline(reports: &[Cx<'_>]) -> Answer {
    let mut dated: Vec<(&Cx<'_>, &crate::kb::Event)> =
        reports.iter().flat_map(|cx| cx.article.data.event.iter().filter(|e| e.date.is_some()).map(move |e| (cx, e))).collect();
    // Stable: events of one date keep their reports' order.
    dated.sort_by(|a, b| a.1.date.cmp(&b.1.date));
    let lead = match reports {
        [cx] => format!("Timeline (dates resolved against the report's date, {}):", super::events::format_date(&cx.article.data.article.date)),
        _ => "Timeline (dates resolved against each report's date):".to_string(),
    };
    let mut a = Answer::new(Intent::When, true, lead);
    for (cx, e) in dated {
        let date = super::events::format_date(e.date.as_deref().unwrap_or(""));
        let hedge = e.attribution.as_deref().map(|x| format!(" ({})", super::lower_common(&according(x)))).unwrap_or_default();
        a.cite(Some(format!("{date}: {}{hedge}.", e.what)), super::cite(cx, e.p, &e.evidence));
    }
    a
}

/// The report in short: a news report puts its substance first, so the opening sentence of each
/// of its first paragraphs is the summary, each cited and with its attribution kept.
pub fn summary(cx: &Cx<'_>) -> Answer {
    const PARAGRAPHS: usize = 4;
    let m = &cx.article.data.article;
    let mut a = Answer::new(Intent::Summary, true, format!("In short ({}, {}): {}.", m.outlet, super::events::format_date(&m.date), m.label));
    let mut last = None;
    for s in &cx.article.sentences {
        if Some(s.p) == last || s.p > PARAGRAPHS {
            continue;
        }
        last = Some(s.p);
        let text = s.text(cx.article);
        let label = super::attribution::attributions(cx, s.p, text).first().map(|h| format!("{}:", according(h)));
        a.cite(label, super::cite(cx, s.p, text));
    }
    a
}

/// Title, outlet, date, authors, and how to read the original.
pub fn source(cx: &Cx<'_>) -> Answer {
    let m = &cx.article.data.article;
    let mut a = Answer::new(
        Intent::Meta,
        true,
        format!("{} ({}, {}), by {}. {}", m.label, m.outlet, super::events::format_date(&m.date), super::join_and(&m.authors), m.original),
    );
    a.evidence.push(super::Evidence { label: Some("Credits:".into()), citation: super::Citation::new(cx.article.id(), None, Some("credits"), &m.credits) });
    a
}
