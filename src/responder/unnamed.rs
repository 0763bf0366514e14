//! "Who were the three diplomats?", "who is this source?": who an unnamed source is, which the
//! article does not say. The answer says so, in the article's own words for them, with what
//! it relays from them as context — never a guess at a name.

use super::attribution::attributions;
use super::{Answer, Cx};
use crate::matcher::tokens::stem;
use crate::matcher::{words, Intent, Question};

/// The decline for "who is/are <an unnamed source>", or `None` when the question is not one.
pub fn identity(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let noun = asked_source(q)?;
    // "Insiders" are any of them; "the diplomats" those the article calls diplomats.
    let any = words::is_in(words::HEARSAY_WORDS, noun);
    let wanted = stem(noun);
    let all = relayed(cx, |source| any || stems(source).contains(&wanted));
    // "This source" after an answer: the sources of that answer's evidence, if it has any.
    let this = q.about_last || !cx.ctx.evidence.is_empty() && q.has_word("this");
    let last: Vec<(usize, Vec<String>)> = all.iter().filter(|(si, _)| this && cx.ctx.told(&cx.article.sentences[*si])).cloned().collect();
    let mut found = if last.is_empty() { all } else { last };
    // "The source *close to the discussions*", "the *British* officials": the ones the
    // question's other words describe, when its words describe some.
    let described: Vec<String> = q.tokens.iter().filter(|t| !words::is_in(words::STOPWORDS, &t.word)).map(|t| stem(&t.word)).filter(|w| *w != wanted).collect();
    let fit = |source: &str| stems(source).iter().filter(|w| described.contains(w)).count();
    let best = found.iter().flat_map(|(_, sources)| sources.iter().map(|x| fit(x))).max()?;
    for (_, sources) in found.iter_mut() {
        sources.retain(|x| fit(x) == best);
    }
    found.retain(|(_, sources)| !sources.is_empty());
    let mut names: Vec<&String> = Vec::new();
    for x in found.iter().flat_map(|(_, sources)| sources) {
        if !names.iter().any(|n| n.eq_ignore_ascii_case(x)) {
            names.push(x);
        }
    }
    let called: Vec<String> = names.iter().map(|n| format!("“{}”", super::lower_common(n))).collect();
    let lead = format!("The article doesn't name them; it calls them only {}. What it relays from them:", super::join_and(&called));
    let mut a = Answer::new(Intent::WhoIs, false, lead);
    for &(si, _) in found.iter().take(4) {
        super::meaning::cite_sentence(cx, &mut a, si, true);
    }
    Some(a)
}

/// Every sentence the article relays from unnamed sources that `fits`, with those sources.
fn relayed(cx: &Cx<'_>, fits: impl Fn(&str) -> bool) -> Vec<(usize, Vec<String>)> {
    cx.article
        .sentences
        .iter()
        .enumerate()
        .map(|(si, s)| (si, attributions(cx, s.p, s.text(cx.article)).into_iter().filter(|x| fits(x)).collect::<Vec<_>>()))
        .filter(|(_, sources)| !sources.is_empty())
        .collect()
}

/// The stems of a phrase's words ("A separate source close to the discussions").
fn stems(phrase: &str) -> Vec<String> {
    phrase.to_lowercase().split_whitespace().map(|w| stem(w.trim_matches(|c: char| !c.is_alphanumeric()))).collect()
}

/// The source noun of "who is/are/was/were [the/this/…] <source>" with nothing said of them:
/// "who were the three diplomats", "who is this source", "who are these insiders". Not "who
/// said …", not "who are the sources quoted on Crimea" (a verb of saying asks for their words),
/// not a title ("who is Britain's top diplomat").
fn asked_source(q: &Question) -> Option<&str> {
    // "Who is Britain's top diplomat?": a title the article gives someone names a person.
    if !q.people().is_empty() || q.ambiguous.is_some() || q.unknown_role.is_some() {
        return None;
    }
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let at = words::question_start(&w);
    if w.get(at) != Some(&"who") || !matches!(w.get(at + 1), Some(&("is" | "are" | "was" | "were" | "s"))) {
        return None;
    }
    let rest = &w[at + 2..];
    if rest.iter().any(|x| words::is_in(words::SAY_WORDS, x)) {
        return None;
    }
    rest.iter().copied().find(|x| words::is_in(words::SOURCE_NOUNS, x) || words::is_in(words::HEARSAY_WORDS, x))
}
