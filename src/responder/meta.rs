//! Questions about the report itself: who wrote it, when, where it was filed, the outlet.

use super::{Answer, Citation, Cx};
use crate::matcher::{Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question) -> Answer {
    let m = &cx.article.data.article;
    let has = |w: &str| q.has_word(w);
    let first = cx.article.paragraph(1).unwrap_or("");
    // The dateline ("LONDON/PARIS (Reuters) –") names where the report was filed and who
    // published it.
    let dateline = first.find(')').map(|end| super::cite(cx, 1, &first[..=end]));
    let mut a;
    // "Which outlet is this from?", "which news agency published this?": the publisher.
    let outlet = ["outlet", "agency", "newspaper", "publication", "publisher", "published", "publish", "ran"].iter().any(|w| has(w));
    if !outlet && (has("where") || has("cities") || has("city") || has("filed") || has("dateline") || has("from")) {
        a = Answer::new(Intent::Meta, true, format!("The report is datelined {}; the credits list where each reporter worked.", m.dateline));
        if let Some(c) = dateline {
            a.cite(Some("Dateline:".into()), c);
        }
        a.cite(Some("Credits:".into()), part(cx, "credits", &m.credits));
    } else if outlet || has("when") || has("date") || has("dated") {
        a = Answer::new(Intent::Meta, true, format!("The report was published by {} on {}.", m.outlet, super::events::format_date(&m.date)));
        if let Some(c) = dateline.filter(|_| outlet) {
            a.cite(Some("Dateline:".into()), c);
        }
        a.cite(Some("Byline:".into()), part(cx, "byline", &m.byline));
    } else {
        let authors = super::join_and(&m.authors);
        a = Answer::new(Intent::Meta, true, format!("A {} report of {} by {}. {}", m.outlet, m.date, authors, m.original));
        a.cite(Some("Byline:".into()), part(cx, "byline", &m.byline));
        a.cite(Some("Credits:".into()), part(cx, "credits", &m.credits));
    }
    a
}

pub(super) fn part(cx: &Cx<'_>, which: &'static str, text: &str) -> Citation {
    Citation::new(cx.article.id(), None, Some(which), text)
}
