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
    // "Who are the Ukrainian officials in the story?" asks the report's people of a side.
    if !q.people().is_empty() || q.ambiguous.is_some() || q.unknown_role.is_some() || q.intent == Intent::ListPeople {
        return None;
    }
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let rest = described_by_name(&w)?;
    if rest.iter().any(|x| words::is_in(words::SAY_WORDS, x)) {
        return None;
    }
    let k = rest.iter().position(|x| words::is_in(words::SOURCE_NOUNS, x) || words::is_in(words::HEARSAY_WORDS, x))?;
    // "Who was the US official *that was meant to fly to London but bailed*?": a clause after
    // the noun tells what they did, which asks who did it — the article may name them there.
    if rest.get(k + 1).is_some_and(|x| matches!(*x, "that" | "who" | "which")) {
        return None;
    }
    Some(rest[k])
}

/// The words after "who is/are/was/were" or "what is/was the name(s) of" (or "name the …"):
/// what a question asks the identity or the name of.
fn described_by_name<'a, 'w>(w: &'w [&'a str]) -> Option<&'w [&'a str]> {
    let at = words::question_start(w);
    Some(match w.get(at..)? {
        ["who", "is" | "are" | "was" | "were" | "s", rest @ ..] => rest,
        // "whats the name": a contraction typed bare reads as "what" alone.
        ["what", "is" | "are" | "was" | "were" | "s", "the", "name" | "names", "of", rest @ ..] | ["what", "the", "name" | "names", "of", rest @ ..] => rest,
        ["name", rest @ ..] if rest.first() == Some(&"the") => rest,
        _ => return None,
    })
}

/// "Who are Lammy's Ukrainian counterparts?", "what's the name of Germany's adviser?", "who was
/// in Kyiv's delegation?": people the article speaks of only as a group ("Ukrainian
/// counterparts", "senior advisers", "Kyiv's delegation") have no names in it. The answer says
/// so in the article's words for them, cited — never a guess.
pub fn group_identity(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let noun = asked_group(cx, q)?;
    let wanted = stem(noun);
    // The group as the question places it: every side and person it names is in the sentence.
    let named: Vec<crate::matcher::EntityRef> = q.mentions.iter().filter(|m| !m.from_context).map(|m| m.entity).collect();
    let people: Vec<String> = cx.article.data.person.iter().flat_map(|p| p.name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>()).collect();
    for (si, s) in cx.article.sentences.iter().enumerate() {
        if !named.iter().all(|e| cx.index.sentences.get(si).is_some_and(|t| t.entities.contains(e))) {
            continue;
        }
        let text = s.text(cx.article);
        if let Some(phrase) = unnamed_phrase(text, noun, &wanted, &people) {
            let lead = format!("The article doesn't name them; it speaks of them only as “{phrase}”.");
            let mut a = Answer::new(Intent::WhoIs, false, lead);
            super::meaning::cite_sentence(cx, &mut a, si, true);
            return Some(a);
        }
    }
    None
}

/// The group noun of "who is/are/was/were (in) [the] … NOUN" or "(what is) the name(s) of …
/// NOUN", when it is no title the article gives anyone and names no one itself.
fn asked_group<'q>(cx: &Cx<'_>, q: &'q Question) -> Option<&'q str> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    // "The counterpart *of Lammy*" owns the group as "Lammy's counterpart" does.
    let after_of = |m: &crate::matcher::Mention| {
        let first = m.words.split(' ').next().unwrap_or("");
        w.windows(2).any(|p| p[0] == "of" && p[1] == first) || w.windows(3).any(|p| p[0] == "of" && p[1] == "the" && p[2] == first)
    };
    if !q.people().iter().all(|&p| q.mentions.iter().any(|m| m.entity == crate::matcher::EntityRef::Person(p) && (m.poss || m.qualifier || after_of(m))))
        || q.ambiguous.is_some()
    {
        return None;
    }
    let rest = described_by_name(&w)?;
    let rest = rest.strip_prefix(&["in"]).unwrap_or(rest);
    // "The French adviser *who met the Ukrainian delegation*": the clause after the noun tells
    // which group; the noun phrase is before it. So does a second question run on after a
    // comma ("…, what's his name?").
    let rest = rest.iter().position(|x| matches!(*x, "who" | "that" | "which" | "what" | "whats")).map_or(rest, |k| &rest[..k]);
    if rest.iter().any(|x| words::is_in(words::SAY_WORDS, x) || words::is_in(words::AUXILIARIES, x)) {
        return None;
    }
    // A noun phrase, opened by a determiner or an owner ("the advisers", "Lammy's
    // counterparts"), not a clause ("who is calling for …").
    let owner = |x: &str| q.tokens.iter().any(|t| t.poss && t.word == x) || q.mentions.iter().any(|m| m.words.split(' ').next() == Some(x));
    if rest.len() > 5 || rest.contains(&"to") || !rest.first().is_some_and(|x| matches!(*x, "the" | "these" | "those" | "this" | "that") || owner(x)) {
        return None;
    }
    // The head noun: the last word of the phrase before any "from …", "of …", which names no
    // one the article has.
    let phrase = rest.iter().position(|x| matches!(*x, "from" | "of" | "in" | "at" | "on" | "with")).map_or(rest, |k| &rest[..k]);
    let head = *phrase.last()?;
    let named = q.mentions.iter().any(|m| m.words.split(' ').any(|x| x == head));
    (!named && !words::is_stopword(head) && !cx.index.is_role_word(head) && head.len() > 3).then_some(head)
}

/// "Ukrainian counterparts" in "… held discussions with Ukrainian counterparts and …": the
/// words for a group headed by a word of stem `wanted` — up to two names of places or peoples
/// before it ("Kyiv's delegation"), and the places after "from" ("senior advisers from Britain,
/// France and Germany") — when no name of a person is among them or right after. Verbatim from
/// `text`.
fn unnamed_phrase<'t>(text: &'t str, head: &str, wanted: &str, people: &[String]) -> Option<&'t str> {
    let spans: Vec<(usize, &str)> = text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The noun itself, in the singular or plural: "meet" is not "meetings".
    let k = spans.iter().position(|(_, w)| {
        let w = bare(w);
        stem(&w) == wanted && (w == head || w.strip_suffix('s') == Some(head) || head.strip_suffix('s') == Some(w.as_str()))
    })?;
    let mut first = k;
    while first > 0 && k - first < 2 && capital(spans[first - 1].1) && !spans[first - 1].1.ends_with(',') {
        first -= 1;
    }
    let mut last = k;
    if spans.get(k + 1).is_some_and(|(_, w)| *w == "from") {
        let mut j = k + 2;
        while spans.get(j).is_some_and(|(_, w)| capital(w) || *w == "and") {
            last = j;
            if spans[j].1.ends_with('.') || (j > k + 2 && spans[j - 1].1 == "and") {
                break;
            }
            j += 1;
        }
    }
    let next = spans.get(last + 1).map(|(_, w)| bare(w));
    if spans[first..=last].iter().map(|(_, w)| bare(w)).chain(next).any(|w| people.contains(&w)) {
        return None;
    }
    let (start, _) = spans[first];
    let (at, word) = spans[last];
    let end = at + word.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    text.get(start..end)
}
