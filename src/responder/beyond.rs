//! "Besides Crimea, what else is blocking a deal?": a question that sets a name aside asks for
//! what the article tells beyond it. Where a sentence of the article sets the same name aside
//! ("*Beyond* Crimea, other major sticking points remain."), that sentence and the ones after it
//! in its paragraph are the article's own answer, however differently the question words the
//! rest ("blocking", "disagreements", "problems").

use super::{Answer, Cx};
use crate::matcher::{tokens, EntityRef, Intent, Question};

/// How many sentences after the one setting the name aside are read with it: the rest of its
/// paragraph is what "beyond" introduces.
const FOLLOWING: usize = 2;

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    // Only a question that asks of nothing else: "apart from Crimea, what's Russia pushing for"
    // asks of Russia, and "how much … apart from Crimea" a measure.
    // "Apart from Crimea, are there other disagreements?" asks the same, to be answered yes.
    let more = |w: &str| matches!(w, "other" | "others" | "else" | "more" | "further");
    let asks_more = q.polar && q.intent == Intent::YesNo && q.tokens.iter().any(|t| more(&t.word));
    if q.set_aside.is_empty() || !(matches!(q.intent, Intent::Search | Intent::Topic) && !q.polar || asks_more) || q.link.is_some() {
        return None;
    }
    if q.mentions.iter().any(|m| !q.set_aside.contains(&m.entity)) {
        return None;
    }
    let sentences = &cx.article.sentences;
    let (si, e) = (0..sentences.len()).find_map(|i| sets_aside(cx, sentences[i].text(cx.article)).filter(|e| q.set_aside.contains(e)).map(|e| (i, e)))?;
    let p = sentences[si].p;
    let lead = format!("{}Beyond {}, the article says:", if asks_more { "Yes. " } else { "" }, super::entity_name(cx, e));
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.8);
    for s in sentences[si..].iter().take(FOLLOWING + 1).filter(|s| s.p == p) {
        let text = s.text(cx.article);
        let hedges = super::attribution::attributions(cx, s.p, text);
        a.cite(hedges.first().map(|h| format!("{}:", super::according(h))), super::cite(cx, s.p, text));
        a.sources.extend(hedges);
    }
    Some(a)
}

/// The name a sentence sets aside, when it does ("Beyond Crimea, …", "Apart from the US, …").
fn sets_aside(cx: &Cx<'_>, sentence: &str) -> Option<EntityRef> {
    let toks = tokens::tokenize(&crate::matcher::normalise::normalise(sentence).text.to_lowercase());
    (0..toks.len()).find_map(|i| {
        let (e, _) = cx.index.alias_at(&toks, i)?;
        crate::matcher::set_aside_from(&toks, i, matches!(e, EntityRef::Place(_))).map(|_| e)
    })
}
