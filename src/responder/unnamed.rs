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
    let hearsay = words::is_in(words::HEARSAY_WORDS, noun);
    let wanted = stem(noun);
    let fits = |source: &str| hearsay || source.to_lowercase().split_whitespace().any(|w| stem(w.trim_matches(|c: char| !c.is_alphanumeric())) == wanted);
    // "This source" after an answer: the sources of that answer's evidence first.
    let in_last = |si: usize| {
        let s = &cx.article.sentences[si];
        cx.ctx.evidence.iter().any(|&(p, start, end)| s.overlaps(p as usize, start, end))
    };
    let found = |only_last: bool| {
        let mut names: Vec<String> = Vec::new();
        let mut cited: Vec<usize> = Vec::new();
        for (si, s) in cx.article.sentences.iter().enumerate() {
            if only_last && !in_last(si) {
                continue;
            }
            for source in attributions(cx, s.p, s.text(cx.article)).into_iter().filter(|x| fits(x)) {
                if !cited.contains(&si) {
                    cited.push(si);
                }
                if !names.iter().any(|n| n.eq_ignore_ascii_case(&source)) {
                    names.push(source);
                }
            }
        }
        (names, cited)
    };
    let (names, cited) = match found(q.about_last || !cx.ctx.evidence.is_empty() && q.has_word("this")) {
        (n, c) if !n.is_empty() => (n, c),
        _ => found(false),
    };
    if names.is_empty() {
        return None;
    }
    // "The source *close to the discussions*", "the *British* officials": the ones the
    // question's other words describe, when its words describe some.
    let described: Vec<String> =
        q.tokens.iter().filter(|t| !words::is_in(words::STOPWORDS, &t.word) && stem(&t.word) != wanted).map(|t| stem(&t.word)).collect();
    let fit = |name: &str| name.to_lowercase().split_whitespace().filter(|w| described.contains(&stem(w.trim_matches(|c: char| !c.is_alphanumeric())))).count();
    let best = names.iter().map(|n| fit(n)).max().unwrap_or(0);
    let (names, cited): (Vec<String>, Vec<usize>) = if best == 0 {
        (names, cited)
    } else {
        let names: Vec<String> = names.into_iter().filter(|n| fit(n) == best).collect();
        let cited = cited
            .into_iter()
            .filter(|&si| {
                let s = &cx.article.sentences[si];
                attributions(cx, s.p, s.text(cx.article)).iter().any(|x| names.iter().any(|n| n.eq_ignore_ascii_case(x)))
            })
            .collect();
        (names, cited)
    };
    let called: Vec<String> = names.iter().map(|n| format!("“{}”", n.to_lowercase())).collect();
    let lead = format!("The article doesn't name them; it calls them only {}. What it relays from them:", super::join_and(&called));
    let mut a = Answer::new(Intent::WhoIs, false, lead);
    for si in cited.into_iter().take(4) {
        super::meaning::cite_sentence(cx, &mut a, si, true);
    }
    Some(a)
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
