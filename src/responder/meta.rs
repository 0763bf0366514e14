//! Questions about the report itself: who wrote it, when, where it was filed, the outlet.

use super::{Answer, Citation, Cx};
use crate::matcher::{Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question) -> Answer {
    let m = &cx.article.data.article;
    let has = |w: &str| q.has_word(w);
    let first = cx.article.paragraph(1).unwrap_or("");
    let mut a;
    if has("where") || has("cities") || has("city") || has("filed") || has("dateline") || has("from") {
        a = Answer::new(Intent::Meta, true, format!("The report is datelined {}; the credits list where each reporter worked.", m.dateline));
        if let Some(end) = first.find(')') {
            a.cite(Some("Dateline:".into()), super::cite(cx, 1, &first[..=end]));
        }
        a.cite(Some("Credits:".into()), part(cx, "credits", &m.credits));
    } else if has("when") || has("date") || has("published") || has("dated") {
        a = Answer::new(Intent::Meta, true, format!("The report was published by {} on {}.", m.outlet, m.date));
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
