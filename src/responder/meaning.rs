//! Answers found by meaning: the sentence the ranker scores highest, when its probability of
//! answering the question clears the fitted threshold, with its attribution kept.

use super::attribution::attributions;
use super::{according, Answer, Cx};
use crate::matcher::semantic::{Ranked, Ranker};
use crate::matcher::{EntityRef, Intent, Question};

/// How many sentences after a short one are what it leads into.
const LEADS_INTO: usize = 2;

/// The best ranked sentences as an answer, when the ranker's confidence clears `threshold`.
pub fn answer_ranked(cx: &Cx<'_>, q: &Question, ranked: &[Ranked], threshold: f32) -> Option<Answer> {
    if q.future {
        return None;
    }
    let best = *ranked.first()?;
    // "Where exactly would those swaps be?": a sentence that names no place does not say where.
    if q.intent == Intent::Where && !names_a_place(cx, best.sentence) {
        return None;
    }
    let confidence = Ranker::shipped().confidence(ranked);
    if confidence < threshold {
        return None;
    }
    let mut chosen = vec![best.sentence];
    // A second sentence nearly as good is given too: the question may span both.
    if let Some(second) = ranked.get(1) {
        if best.score - second.score < 0.5 {
            chosen.push(second.sentence);
        }
    }
    // A short sentence ("Beyond Crimea, other major sticking points remain.") leads into the
    // rest of its paragraph, which tells what it announced.
    if let [only] = chosen[..] {
        chosen.extend(led_into(cx, only));
    }
    // "Who said …": the speaker of the words in the best sentence leads (with its source, so
    // that sentence needs no label of its own, and comes first); otherwise reading order.
    let speaker = if q.intent == Intent::WhoSaid { statement_in(cx, best.sentence) } else { None };
    let speaker_leads = speaker.is_some();
    chosen.sort_unstable_by_key(|&si| (!(speaker_leads && si == best.sentence), si));
    let tentative = !Ranker::shipped().sure(confidence);
    let lead = match q.intent {
        Intent::YesNo => "The article doesn't answer that with a plain yes or no; here is what it says:".to_string(),
        _ if tentative && speaker.is_none() => "The article doesn't say that in so many words; the nearest it comes:".to_string(),
        Intent::WhyHow => "The article explains:".to_string(),
        _ => match speaker {
            Some(s) => super::quote::statement_label(cx, s),
            None => "From the article:".to_string(),
        },
    };
    let mut a = Answer::new(q.intent, true, lead).with_confidence(confidence);
    for si in chosen {
        cite_sentence(cx, &mut a, si, !(speaker_leads && si == best.sentence));
    }
    report_itself_if_unsourced(cx, &mut a);
    let named = q.people();
    let mut people = named.clone();
    people.extend(a.people.iter().copied().filter(|p| !named.contains(p)));
    a.people = people;
    Some(a)
}

/// The sentences a short one leads into ("Beyond Crimea, other major sticking points
/// remain."): the rest of its paragraph, up to [`LEADS_INTO`]; none after a sentence that
/// tells something itself.
pub(super) fn led_into(cx: &Cx<'_>, si: usize) -> Vec<usize> {
    let s = &cx.article.sentences[si];
    let short = s.text(cx.article).len() < 90;
    (si + 1..si + 1 + if short { LEADS_INTO } else { 0 }).take_while(|&n| cx.article.sentences.get(n).is_some_and(|n| n.p == s.p)).collect()
}

/// Cites sentence `si` whole, labelled "According to …" with the article's words for its
/// unnamed source when it has one (and `labelled`); its sources, people and sides join the answer's.
pub fn cite_sentence(cx: &Cx<'_>, a: &mut Answer, si: usize, labelled: bool) {
    let s = &cx.article.sentences[si];
    let text = s.text(cx.article);
    let hedges = attributions(cx, s.p, text);
    let speaker = if labelled && hedges.is_empty() { unnamed_speaker(cx, si) } else { None };
    let label =
        if labelled { hedges.first().map(|h| format!("{}:", according(h))).or_else(|| speaker.map(|st| super::quote::words_label(cx, st))) } else { None };
    a.cite(label, super::cite(cx, s.p, text));
    a.sources.extend(hedges);
    a.sources.extend(speaker.map(|st| super::quote::source_of(cx, st)));
    for e in cx.index.sentences[si].entities.iter() {
        match e {
            EntityRef::Person(p) if !a.people.contains(p) => a.people.push(*p),
            EntityRef::Side(x) if !a.sides.contains(x) => a.sides.push(*x),
            _ => {}
        }
    }
}

/// The statement of a sentence of someone's words that does not name them ("“We've issued a
/// very explicit proposal …”" continues a quote its speaker was named before), for "X said:":
/// who said it stays attached.
fn unnamed_speaker<'a>(cx: &Cx<'a>, si: usize) -> Option<&'a crate::kb::Statement> {
    let s = &cx.article.sentences[si];
    let text = s.text(cx.article);
    // Words of someone's own are in quotation marks, or inside a quotation opened before them;
    // reported speech names its speaker.
    if !text.contains(['“', '”', '"']) && !s.in_quote(cx.article) {
        return None;
    }
    let st = statement_at(cx, s.p, text)?;
    let id = st.speaker.as_deref()?;
    let who = super::entity_of(cx, id)?;
    // The sentence's names were found when the article was indexed.
    (!cx.index.sentences[si].entities.contains(&who)).then_some(st)
}

/// An answer whose sentences no one else is quoted in comes from the report itself.
pub fn report_itself_if_unsourced(cx: &Cx<'_>, a: &mut Answer) {
    if a.sources.is_empty() {
        a.sources.push(format!("the {} report itself", cx.article.data.article.outlet));
    }
}

/// The statement whose words are in sentence `si`, if one is.
pub(super) fn statement_in<'a>(cx: &Cx<'a>, si: usize) -> Option<&'a crate::kb::Statement> {
    let s = &cx.article.sentences[si];
    statement_at(cx, s.p, s.text(cx.article))
}

/// The statement whose words are (or hold) `text` of paragraph `p`, if one is.
pub fn statement_at<'a>(cx: &Cx<'a>, p: usize, text: &str) -> Option<&'a crate::kb::Statement> {
    cx.article.data.statement.iter().find(|st| st.p == p && (text.contains(st.evidence.as_str()) || st.evidence.contains(text)))
}

/// Whether sentence `si` says where: it names one of the article's places, or a country after
/// a preposition of place ("advisers *from Britain*", "the war *in Ukraine*").
fn names_a_place(cx: &Cx<'_>, si: usize) -> bool {
    if cx.index.sentences[si].entities.iter().any(|e| matches!(e, EntityRef::Place(_))) {
        return true;
    }
    let Some((toks, _)) = cx.index.sentence_words.get(si) else { return false };
    (1..toks.len()).any(|i| {
        matches!(toks[i - 1].word.as_str(), "in" | "at" | "from" | "to")
            && matches!(cx.index.alias_at(toks, i), Some((EntityRef::Side(x), _)) if cx.article.data.side[x].kind == "country")
    })
}
