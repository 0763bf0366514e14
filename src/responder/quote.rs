//! "What did X say (about Y)?": the statements of a person or side, verbatim, with how they
//! said it (said, wrote on X, posted on X) and who relays it when the article does.

use super::{overlap, speaker_label, without_cues, Answer, Cx};
use crate::kb::Statement;
use crate::matcher::{words, EntityRef, Intent, Question};

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    if let Some(a) = unnamed(cx, q) {
        return Some(a);
    }
    // "Which official said a full truce must come first?": when no unnamed source said it, the
    // noun still asks who did, and a named official may have.
    if which_source_said(q) {
        let mut asked = q.clone();
        asked.intent = Intent::WhoSaid;
        if let Some(a) = super::who_said::answer(cx, &asked) {
            return Some(a);
        }
    }
    if let Some(a) = each_of_joined(cx, q) {
        return Some(a);
    }
    if let Some(a) = of_unnamed_subject(cx, q) {
        return Some(a);
    }
    let d = &cx.article.data;
    // The first person or side named speaks ("what did the British say about Rubio" asks the
    // British), unless a side only owns the person after it ("Ukraine's deputy PM").
    let persons_after = |i: usize| q.mentions[i + 1..].iter().any(|m| !m.qualifier && matches!(m.entity, EntityRef::Person(_)));
    // Nor does a person named right before one who works for them ("the British prime minister
    // spokesman"): the one who works for them is asked.
    let of_them_after = |i: usize, p: usize| {
        q.mentions[i + 1..]
            .iter()
            .any(|m| !m.qualifier && matches!(m.entity, EntityRef::Person(j) if d.person[j].of.as_deref() == Some(d.person[p].id.as_str())))
    };
    // A place speaks only as the subject ("what did India tell Vance"), else when no one else is
    // named ("what was said in London").
    let subject_place = q.mentions.iter().find(|m| !m.qualifier && matches!(m.entity, EntityRef::Place(_)) && is_subject(q, &m.words));
    let may_speak = |i: usize, m: &crate::matcher::Mention| {
        !m.qualifier
            && match m.entity {
                EntityRef::Person(p) => !of_them_after(i, p),
                EntityRef::Side(_) => !(m.poss && persons_after(i)),
                _ => false,
            }
    };
    // A name in what the words were about ("what did the foreign one post about the talks
    // with Ukrainian counterparts") speaks only when no one else may.
    let speaker = subject_place
        .or_else(|| q.mentions.iter().enumerate().find(|&(i, m)| may_speak(i, m) && !in_what_about(q, &m.words)).map(|(_, m)| m))
        .or_else(|| q.mentions.iter().enumerate().find(|&(i, m)| may_speak(i, m)).map(|(_, m)| m))
        .or_else(|| q.mentions.iter().find(|m| !m.qualifier && matches!(m.entity, EntityRef::Place(_)) && !is_topic(q, &m.words)))?;
    // A capital speaks for its country's government ("what did Kyiv say"); any other place
    // has no words of its own.
    let entity = match speaker.entity {
        EntityRef::Place(p) => match cx.index.side_of_capital(&d.place[p].name) {
            Some(s) => EntityRef::Side(s),
            None => return Some(no_words(cx, q, speaker.entity, &d.place[p].name)),
        },
        e => e,
    };
    let (ids, name, person) = match entity {
        EntityRef::Person(p) => (vec![d.person[p].id.clone()], d.person[p].name.clone(), Some(p)),
        EntityRef::Side(s) => {
            let side = &d.side[s];
            let mut ids = vec![side.id.clone()];
            ids.extend(d.person.iter().filter(|p| p.side.as_deref() == Some(side.id.as_str())).map(|p| p.id.clone()));
            (ids, side.name.clone(), None)
        }
        EntityRef::Place(_) | EntityRef::Credit(_) => return None,
    };
    let mut own: Vec<usize> = d.statement.iter().enumerate().filter(|(_, s)| s.speaker.as_ref().is_some_and(|sp| ids.contains(sp))).map(|(i, _)| i).collect();
    let mut through = None;
    if own.is_empty() {
        // Someone speaking for them: "Starmer's spokesperson".
        if let Some(p) = person {
            let pid = &d.person[p].id;
            let team: Vec<String> = d.person.iter().filter(|x| x.of.as_deref() == Some(pid.as_str())).map(|x| x.id.clone()).collect();
            own = d.statement.iter().enumerate().filter(|(_, s)| s.speaker.as_ref().is_some_and(|sp| team.contains(sp))).map(|(i, _)| i).collect();
            if !own.is_empty() {
                through = d.statement[own[0]].speaker.clone();
            }
        }
    }
    // "Which of Trump's people said …" when those the article makes his (his envoy) have no
    // words: the words of his side's people on what was asked.
    if own.is_empty() && q.team && speaker.by_role {
        own = owners_side_on_topic(cx, q, speaker.entity);
    }
    if own.is_empty() {
        return Some(no_words(cx, q, speaker.entity, &name));
    }
    // "Did Yermak write on X?": asked yes or no, another's channel settles it whatever the topic.
    if q.polar {
        if let Some(a) = on_another_channel(cx, q, &name, &own) {
            return Some(a);
        }
    }

    let topic = topic_of(q, speaker.entity);
    let scored: Vec<(usize, f32)> = own.iter().map(|&i| (i, overlap(&topic, &cx.index.statement_terms[i]).0)).collect();
    let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
    let chosen: Vec<usize> = if let Some(to_them) = addressed(cx, q, entity, &own) {
        to_them
    } else if topic.is_empty() || best == 0.0 {
        if !topic.is_empty() && topic.iter().any(|t| t.entity.is_some() || cx.index.is_known(&t.word)) && !generic_topic(cx, &topic) {
            return Some(nothing_on_topic(cx, q, speaker.entity, &name, &own, through.is_some()));
        }
        own.clone()
    } else {
        with_own_words(cx, chosen_on_topic(cx, q, &topic, &scored, &own), &own)
    };

    // "Did Rubio say the Paris session went badly?": words that lean the other way answer no.
    if q.polar && best > 0.0 && through.is_none() {
        let top: Vec<usize> = scored.iter().filter(|x| x.1 == best).map(|x| x.0).collect();
        if let Some(a) = leaning_against(cx, q, &top, &name) {
            return Some(a);
        }
    }
    // Asked where or when words were said, the reporting sentence around them is the answer,
    // and it is the article's report ("A spokesperson … played down …"), labelled so.
    let around = matches!(q.intent, Intent::When | Intent::Where);
    let words = |s: &'_ Statement| if around { s.evidence.clone() } else { s.own_words().to_string() };
    let mut a = Answer::new(Intent::Quote, true, String::new()).with_confidence(if best > 0.0 || topic.is_empty() { 0.9 } else { 0.6 });
    let mut leads = Vec::new();
    for &i in chosen.iter().take(4) {
        let s = &d.statement[i];
        let label = if around && s.evidence != s.own_words() { report_label(cx, s) } else { words_label(cx, s) };
        leads.push(label.clone());
        a.cite(Some(label), super::cite(cx, s.p, &words(s)));
        a.sources.push(source_of(cx, s));
    }
    a.lead = match &through {
        Some(id) => format!(
            "The article has no words from {} directly; {} spoke for {}.",
            name,
            cx.article.person(id).map(|p| super::lower_common(&p.titles[0].text)).unwrap_or_default(),
            pronoun(person.and_then(|p| d.person[p].pronoun.clone()))
        ),
        None if chosen.len() == 1 => leads[0].trim_end_matches(':').to_string() + ":",
        // Reported speech only ("Trump warned that …"): the article tells what was said but
        // quotes none of it.
        None if q.intent == Intent::Quote && chosen.iter().take(4).all(|&i| d.statement[i].quote.is_none()) => {
            format!("The article reports what {} said {} times, without quoting:", name, chosen.len().min(4))
        }
        None => format!("The article quotes {} {} times:", name, chosen.len().min(4)),
    };
    // Someone else's words are context, not the answer, unless the question asked for them
    // ("Starmer's team"): the person asked about said nothing.
    a.answered = through.is_none() || q.team;
    if through.is_none() && chosen.len() == 1 {
        // The label already leads; don't repeat it above the quote.
        a.evidence[0].label = None;
    }
    a.people = person.into_iter().collect();
    if let EntityRef::Side(s) = entity {
        a.sides = vec![s];
    }
    Some(a)
}

/// Verbs whose complement says how something was or went ("went *badly*", "was *bad*").
/// Narrower on purpose than the linking verbs and degree words `valence` reads feelings with:
/// a claim put to someone's words judges an outcome, and with those wider lists "americans and
/// europeans are totally on the same page … everything is fine" was read as a judgement and one
/// batch answer turned into a decline.
const HOW_IT_WAS: &[&str] = &["is", "was", "are", "were", "be", "been", "went", "go", "goes", "going", "gone", "seemed", "looked", "sounded"];
/// Words of degree before such a complement ("went *so* badly").
const DEGREE: &[&str] = &["so", "very", "really", "too", "pretty", "quite", "rather", "extremely"];

/// Whether the word at `i` says how something was: a manner adverb ("badly"), or the word
/// right after a verb of being or going, words of degree aside ("was *so* bad"). Elsewhere a
/// rated word is a topic ("ending the *war*"), not a judgement.
fn judges(toks: &[crate::matcher::tokens::Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && DEGREE.contains(&toks[k - 1].word.as_str()) {
        k -= 1;
    }
    toks[i].word.ends_with("ly") || k > 0 && HOW_IT_WAS.contains(&toks[k - 1].word.as_str())
}

/// How a run of words leans on the rating scale (see [`crate::matcher::valence`]): the sum of
/// its rated words that `keep` allows, each turned the other way after a negation in the two
/// words before it (the tokenizer has already made "didn't" "did not").
fn leaning(toks: &[crate::matcher::tokens::Token], keep: impl Fn(usize) -> bool) -> f32 {
    use crate::matcher::valence;
    (0..toks.len())
        .filter(|&i| keep(i))
        .filter_map(|i| {
            let v = valence::valence(&toks[i].word)?;
            Some(if valence::negated(toks, i.saturating_sub(2), i) { -v } else { v })
        })
        .sum()
}

/// What a sentence says someone said: the words after its verb of saying, to the end of that
/// clause ("which Rubio *said* had received an encouraging reception in Paris"), or all of it.
fn said_clause(toks: &[crate::matcher::tokens::Token]) -> &[crate::matcher::tokens::Token] {
    match toks.iter().position(|t| crate::matcher::words::is_saying(&t.word, &t.stem)) {
        Some(k) if k + 1 < toks.len() => {
            let clause = toks[k + 1].clause;
            let end = (k + 1..toks.len()).find(|&j| toks[j].clause != clause).unwrap_or(toks.len());
            &toks[k + 1..end]
        }
        _ => toks,
    }
}

/// "Did Rubio say the Paris session went badly?" when what he said on it leans the other way
/// ("had received an *encouraging* reception in Paris"): no, with those words. The claim is
/// the question's words after its verb of saying; only one statement on the topic is weighed.
fn leaning_against(cx: &Cx<'_>, q: &Question, chosen: &[usize], name: &str) -> Option<Answer> {
    let [si] = chosen else { return None };
    let at = q.tokens.iter().position(|t| crate::matcher::words::is_saying(&t.word, &t.stem))?;
    let claim = &q.tokens[at + 1..];
    let claimed = leaning(claim, |i| judges(claim, i));
    let s = &cx.article.data.statement[*si];
    let toks = crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(s.own_words()).text);
    let said = said_clause(&toks);
    // A word the claim shares is its topic, not how either leans.
    let stated = leaning(said, |i| !claim.iter().any(|t| t.stem == said[i].stem));
    if claimed * stated >= 0.0 {
        return None;
    }
    let mut a = Answer::new(Intent::Quote, true, format!("No. What the article reports {name} said leans the other way:")).with_confidence(0.8);
    a.cite(Some(words_label(cx, s)), super::cite(cx, s.p, s.own_words()));
    a.sources.push(source_of(cx, s));
    Some(a)
}

/// The speaker's statements the question's topic picks (those scoring near the best of
/// `scored`), with the place the words were said in ("in India", "on his trip to India"):
/// - where the place is all the question narrows them by ("what did he say about the talks
///   while in India"), the words the report gives right after one said there — by the same
///   speaker, in the same or the next paragraph, naming no place of their own — were said there
///   too ("… over the finish line", then "“We’ve issued a very explicit proposal …”");
/// - else the place picks the words said there and the rest of the topic picks among those
///   ("what did the VP say in India about the proposal?"): the sentence naming the place is not
///   more about the proposal for naming it. "Who said he was optimistic, during a trip to
///   India" asks for those words alone.
fn chosen_on_topic(cx: &Cx<'_>, q: &Question, topic: &[crate::matcher::QTerm], scored: &[(usize, f32)], own: &[usize]) -> Vec<usize> {
    let near_best = |scored: &[(usize, f32)]| {
        let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
        scored.iter().filter(|x| x.1 >= best * 0.75).map(|x| x.0).collect::<Vec<_>>()
    };
    let places = setting_places(q);
    if places.is_empty() {
        return near_best(scored);
    }
    let rest = beyond_setting(topic, &places);
    if rest.is_empty() || generic_topic(cx, &rest) {
        return with_continuations(cx, &places, near_best(scored), own);
    }
    let naming: Vec<usize> = own.iter().copied().filter(|&i| places.iter().any(|e| cx.index.statement_terms[i].entities.contains(e))).collect();
    let there: Vec<(usize, f32)> =
        with_continuations(cx, &places, naming, own).into_iter().map(|i| (i, overlap(&rest, &cx.index.statement_terms[i]).0)).collect();
    if there.iter().any(|x| x.1 > 0.0) {
        near_best(&there)
    } else {
        near_best(scored)
    }
}

/// `chosen`, each statement that reports someone's words without quoting them followed by the
/// quote the article gives right after it, from the same speaker in the same paragraph ("Yermak
/// said Kyiv's delegation had met …" then "We emphasised that we are committed …"): the answer
/// gives the speaker's own words where the article has them.
fn with_own_words(cx: &Cx<'_>, chosen: Vec<usize>, own: &[usize]) -> Vec<usize> {
    let d = &cx.article.data;
    let mut out = Vec::with_capacity(chosen.len() + 1);
    for &c in &chosen {
        out.push(c);
        let next = c + 1;
        let (this, then) = match (d.statement.get(c), d.statement.get(next)) {
            (Some(a), Some(b)) => (a, b),
            _ => continue,
        };
        if this.quote.is_none() && then.quote.is_some() && then.speaker == this.speaker && then.p == this.p && own.contains(&next) && !chosen.contains(&next) {
            out.push(next);
        }
    }
    out
}

/// The places the question names as where words were said ([`is_setting`]).
fn setting_places(q: &Question) -> Vec<EntityRef> {
    q.mentions.iter().filter(|m| !m.qualifier && matches!(m.entity, EntityRef::Place(_)) && is_setting(q, &m.words)).map(|m| m.entity).collect()
}

/// The topic without the setting: its places and the words for the journey there.
fn beyond_setting(topic: &[crate::matcher::QTerm], places: &[EntityRef]) -> Vec<crate::matcher::QTerm> {
    topic.iter().filter(|&t| t.entity.is_none_or(|e| !places.contains(&e)) && !JOURNEY_STEMS.contains(&t.stem.as_str())).cloned().collect()
}

/// `chosen` and, after each that names one of `places`, the statements of the same speaker in
/// the same or the next paragraph that name no place of their own: said there too.
fn with_continuations(cx: &Cx<'_>, places: &[EntityRef], chosen: Vec<usize>, own: &[usize]) -> Vec<usize> {
    let d = &cx.article.data;
    let names_place = |i: usize| cx.index.statement_terms[i].entities.iter().any(|e| matches!(e, EntityRef::Place(_)));
    let mut out = chosen.clone();
    for &c in chosen.iter().filter(|&&c| places.iter().any(|e| cx.index.statement_terms[c].entities.contains(e))) {
        let mut prev = c;
        for &n in own.iter().filter(|&&n| n > c) {
            if n != prev + 1 || d.statement[n].speaker != d.statement[c].speaker || d.statement[n].p > d.statement[prev].p + 1 || names_place(n) {
                break;
            }
            if !out.contains(&n) {
                out.push(n);
            }
            prev = n;
        }
    }
    out
}

/// "What did Rubio tell the Brits?", "did he say anything to the British?": a side after a verb
/// of telling, or after "to" following a verb of saying, is whom the words were said to, not
/// what they were about. The speaker's words that name one of that side's people ("Rubio spoke
/// to Lammy …") are the answer; `None` when the question names no one so, or none do.
fn addressed(cx: &Cx<'_>, q: &Question, speaker: EntityRef, own: &[usize]) -> Option<Vec<usize>> {
    const TELLING: &[&str] = &["tell", "told", "telling", "tells"];
    let d = &cx.article.data;
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let side = q.mentions.iter().find_map(|m| {
        let EntityRef::Side(s) = m.entity else { return None };
        let first = m.words.split(' ').next()?;
        let at = (0..w.len()).find(|&i| w[i] == first)?;
        let mut k = at;
        while k > 0 && matches!(w[k - 1], "the" | "a") {
            k -= 1;
        }
        let told = k > 0 && TELLING.contains(&w[k - 1]);
        // "Say to", "say anything to": the verb of saying right before, or before one such word.
        let before_to = &w[..k.saturating_sub(1)];
        let said_to = k > 0
            && w[k - 1] == "to"
            && match before_to {
                [.., v, "anything" | "something" | "nothing" | "much"] | [.., v] => words::is_in(words::SAY_WORDS, v),
                [] => false,
            };
        (told || said_to).then_some(s)
    })?;
    let of_side = |e: &EntityRef| matches!(e, EntityRef::Person(p) if super::speaks_for(cx, Some(&d.person[*p].id), &d.side[side].id));
    // Words to one's own side ("did the British say anything to the Brits") are no telling.
    if speaker == EntityRef::Side(side) || of_side(&speaker) {
        return None;
    }
    let to_them: Vec<usize> = own.iter().copied().filter(|&i| cx.index.statement_terms[i].entities.iter().any(of_side)).collect();
    (!to_them.is_empty()).then_some(to_them)
}

/// The statements on the question's topic by people of the side of the person whose people
/// the question asks about (the possessor, "Trump" in "Trump's people").
fn owners_side_on_topic(cx: &Cx<'_>, q: &Question, asked: EntityRef) -> Vec<usize> {
    let Some(side) = super::owners_side(cx, q) else { return Vec::new() };
    let topic: Vec<_> = topic_of(q, asked).into_iter().filter(|t| t.entity.is_none()).collect();
    if topic.is_empty() {
        return Vec::new();
    }
    let d = &cx.article.data;
    (0..d.statement.len())
        .filter(|&i| super::speaks_for(cx, d.statement[i].speaker.as_deref(), side))
        .filter(|&i| overlap(&topic, &cx.index.statement_terms[i]).1 >= 0.66)
        .collect()
}

/// The question's topic for a speaker's words: its terms but the speaker and the saying verbs.
fn topic_of(q: &Question, speaker: EntityRef) -> Vec<crate::matcher::QTerm> {
    let when = when_words(q);
    without_cues(q.topic_terms(&[speaker]), &[words::SAY_WORDS]).into_iter().filter(|t| !when.contains(&t.word.as_str())).collect()
}

/// The words of a time the question sets its words in, not what they are about: "what did
/// Trump warn *a few days before the London talks*" — a unit of time followed by "before",
/// "after" or "ago", and for "before"/"after" what follows to the end of the question.
fn when_words(q: &Question) -> Vec<&str> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let Some(k) = w.windows(2).position(|p| words::TIME_UNITS.contains(&p[0]) && matches!(p[1], "before" | "after" | "ago" | "earlier" | "later")) else {
        return event_clause(&w);
    };
    let end = if matches!(w[k + 1], "before" | "after") { w.len() } else { k + 2 };
    w[k..end].to_vec()
}

/// "What did he post *after his team sat down with the advisers*?": a clause of time with a
/// verb of its own, after the verb of saying, sets the words in time — it is not what they were
/// about. "Before a ceasefire", with no verb, may be.
fn event_clause<'a>(w: &[&'a str]) -> Vec<&'a str> {
    let said = w.iter().position(|x| words::is_in(words::SAY_WORDS, x));
    let verb = |x: &str| x.len() >= 5 && (x.ends_with("ed") || x.ends_with("ing")) || words::is_in(PAST_OF_DOING, x);
    let at = said.and_then(|s| (s + 1..w.len()).find(|&k| matches!(w[k], "after" | "before" | "following") && w[k + 1..].iter().take(4).any(|x| verb(x))));
    at.map_or_else(Vec::new, |k| w[k..].to_vec())
}

/// Irregular past forms of verbs of meeting and doing ("after they *met*", "*sat* down"), and
/// "meet", which "sat down with" is read as.
const PAST_OF_DOING: &[&str] = &["met", "meet", "sat", "spoke", "went", "came", "made", "took", "held", "got", "left", "saw", "told", "flew", "ran"];

/// "How upbeat was the VP about a deal?", "what ultimatum did he lay down?": an open question
/// whose subject is a person with words in the article asks, in effect, what they said on its
/// topic. Answered only by their words on that topic; `None` otherwise, and the question goes
/// on to the ranked sentences. A possessor ("Kellogg's background") is asked about, not quoted.
pub fn on_topic(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let subject = q.mentions.iter().find(|m| !m.qualifier)?;
    let EntityRef::Person(p) = subject.entity else { return None };
    if subject.poss || q.source.is_some() {
        return None;
    }
    let topic = topic_of(q, subject.entity);
    (!topic.is_empty() && said_on(cx, p, &topic)).then(|| answer(cx, q)).flatten().filter(|a| a.answered)
}

/// Whether the first person the question names said something on its topic (sharing a term,
/// as itself or a near word), or the question has no topic but them ("when did Vance speak?").
/// "Where did Vance study?" is not about his words, and his words are no answer to it.
pub fn words_on_topic(cx: &Cx<'_>, q: &Question) -> bool {
    let Some((p, e)) = q.mentions.iter().find_map(|m| match m.entity {
        EntityRef::Person(p) if !m.qualifier => Some((p, m.entity)),
        _ => None,
    }) else {
        return false;
    };
    let topic = topic_of(q, e);
    topic.is_empty() || said_on(cx, p, &topic)
}

/// Whether person `p` has a statement that shares a term of `topic` (as itself or a near word).
fn said_on(cx: &Cx<'_>, p: usize, topic: &[crate::matcher::QTerm]) -> bool {
    let id = &cx.article.data.person[p].id;
    cx.article.data.statement.iter().enumerate().any(|(i, s)| s.speaker.as_ref() == Some(id) && overlap(topic, &cx.index.statement_terms[i]).0 > 0.0)
}

/// "Why do diplomats think the plan is lopsided?": what the unnamed source the question has as
/// its subject said on its topic, answered as the question asked it (a view asked for is still
/// a view when it is told as words). "According to the diplomats, what is Russia pushing for?"
/// names who reports a view, not who holds it: that is left to the stands.
pub fn by_source(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let noun = q.source.as_deref()?;
    let at = q.tokens.iter().position(|t| t.word == noun)?;
    if q.tokens[..at].windows(2).rev().take(3).any(|w| w[0].word == "according" && w[1].word == "to") {
        return None;
    }
    let mut a = unnamed(cx, q)?;
    a.intent = q.intent;
    Some(a)
}

/// Statements of the unnamed sources the question names ("the source", "diplomats"), on its
/// topic; `None` when it names none or none fits.
fn unnamed(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    let noun = q.source.as_deref()?;
    let stem = crate::matcher::tokens::stem(noun);
    // "insiders" are any of them; "diplomats" those the article calls so.
    let any = words::is_in(words::UNNAMED_SOURCE_NOUNS, noun);
    let own: Vec<usize> = (0..d.statement.len())
        .filter(|&i| {
            let s = &d.statement[i];
            any && s.source.is_some()
                || s.source.iter().chain(s.attribution.iter()).any(|x| x.to_lowercase().split_whitespace().any(|w| crate::matcher::tokens::stem(w) == stem))
        })
        .collect();
    if own.is_empty() {
        return None;
    }
    // Names in the question are topic here ("about U.S. jitters"), not speakers.
    let topic: Vec<_> = without_cues(q.topic_terms(&[]), &[words::SAY_WORDS]).into_iter().filter(|t| !words::is_source_noun(&t.word)).collect();
    let scored: Vec<(usize, f32)> = own.iter().map(|&i| (i, overlap(&topic, &cx.index.statement_terms[i]).0)).collect();
    let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
    if !topic.is_empty() && best == 0.0 {
        return None;
    }
    let chosen: Vec<usize> = scored.iter().filter(|x| topic.is_empty() || x.1 >= best * 0.75).map(|x| x.0).take(4).collect();
    let mut a = Answer::new(Intent::Quote, true, String::new()).with_confidence(0.85);
    for &i in &chosen {
        let s = &d.statement[i];
        a.cite(Some(words_label(cx, s)), super::cite(cx, s.p, s.own_words()));
        a.sources.push(source_of(cx, s));
    }
    a.lead = if a.evidence.len() == 1 { a.evidence[0].label.take().unwrap_or_default() } else { "The article's unnamed sources said:".to_string() };
    Some(a)
}

/// Whether the question asks which of a kind of source said something: "which official
/// said …", "which of the diplomats claimed …".
fn which_source_said(q: &Question) -> bool {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let start = words::question_start(&q.tokens);
    w.get(start) == Some(&"which")
        && q.source.is_some()
        && (start + 1..w.len().min(start + 5)).any(|k| words::is_source_noun(w[k]) && w.get(k + 1).is_some_and(|v| words::is_in(words::SAY_WORDS, v)))
}

/// "What did the advisers tell Yermak?", "what did the advisers answer him": the subject is
/// people the article does not name, and the one named is whom they spoke to, not a speaker.
/// The article has no words of theirs; where it mentions them is told.
fn of_unnamed_subject(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let w: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let start = words::question_start(&q.tokens);
    if w.get(start) != Some(&"what") || !w.get(start + 1).is_some_and(|x| words::is_in(words::AUXILIARIES, x)) || q.source.is_some() {
        return None;
    }
    let verb = (start + 2..w.len().min(start + 7)).find(|&k| words::is_saying(w[k], &q.tokens[k].stem) || matches!(w[k], "answer" | "reply" | "respond"))?;
    let span = &w[start + 2..verb];
    let in_a_name = |x: &str| q.mentions.iter().any(|m| m.words.split(' ').any(|n| n == x));
    // People by what they are, not a party's own body ("the delegation", "the government").
    let people = |x: &str| words::is_in(words::PERSON_NOUNS, x) || matches!(x, "adviser" | "advisers" | "advisor" | "advisors" | "aide" | "aides" | "experts");
    let noun = span.iter().rev().find(|x| people(x))?;
    let named_after = w[verb + 1..].iter().any(|x| in_a_name(x)) || q.mentions.iter().any(|m| m.from_context);
    if span.iter().any(|x| in_a_name(x)) || !named_after {
        return None;
    }
    let phrase = span.iter().filter(|x| !matches!(**x, "the" | "a" | "an")).copied().collect::<Vec<_>>().join(" ");
    let mut a = Answer::new(q.intent, false, format!("The article gives no words of the {phrase}."));
    let stem = crate::matcher::tokens::stem(noun);
    if let Some(s) = cx.article.sentences.iter().find(|s| crate::matcher::tokens::tokenize(s.text(cx.article)).iter().any(|t| t.stem == stem)) {
        a.lead.push_str(" It mentions them here:");
        a.cite(None, super::cite(cx, s.p, s.text(cx.article)));
    }
    a.examples = super::examples(cx, 3);
    Some(a)
}

fn pronoun(p: Option<String>) -> &'static str {
    match p.as_deref() {
        Some("she") => "her",
        Some("he") => "him",
        _ => "them",
    }
}

/// Topic words that only say "anything on their mind": views, conditions, comments.
/// Whether the topic asks for nothing narrower than the speaker's words: stance or job words,
/// or only what the whole report is about (the words of its label: "What did Lammy tweet about
/// the talks?" in a report on the talks asks for all he said).
fn generic_topic(cx: &Cx<'_>, topic: &[crate::matcher::QTerm]) -> bool {
    let label: Vec<String> = crate::matcher::tokens::tokenize(&cx.article.data.article.label).into_iter().map(|t| t.stem).collect();
    topic.iter().all(|t| {
        t.entity.is_none()
            // "The negotiations" in a report on talks: a synonym of the label's word is it.
            && (label.contains(&t.stem)
                || t.alts.iter().any(|a| label.contains(a))
                || words::is_in(words::POSITION_WORDS, &t.word)
                || words::is_in(words::JOB_WORDS, &t.word)
                // "What does he think both *countries* must give up": who, not what about.
                || words::PARTY_NOUNS.iter().any(|p| crate::matcher::tokens::stem(p) == t.stem)
                || matches!(t.word.as_str(), "exactly" | "today" | "recently" | "latest" | "publicly"))
    })
}

/// "According to officials, Marco Rubio (U.S. Secretary of State) said:".
pub fn statement_label(cx: &Cx<'_>, s: &Statement) -> String {
    let who = speaker_label(cx, s);
    let base = format!("{} {}:", who, s.medium);
    match &s.attribution {
        Some(att) if !who.eq_ignore_ascii_case(att) => format!("{}, {}", super::according(att), lower_label(&base)),
        _ => base,
    }
}

/// The label of a statement's own words: "X said:" before what X said, but where the article
/// gives no words of X's own to quote (reported speech: "Trump warned that Washington could
/// walk away …"), its sentence is the article's report, not X's words, and is labelled so.
pub fn words_label(cx: &Cx<'_>, s: &Statement) -> String {
    if !s.is_reported() {
        return statement_label(cx, s);
    }
    report_label(cx, s)
}

/// The label of the article's sentence reporting a statement: "X, as the article reports it:".
pub fn report_label(cx: &Cx<'_>, s: &Statement) -> String {
    match &s.attribution {
        Some(att) => format!("{}:", super::according(att)),
        None => format!("{}, as the article reports it:", speaker_label(cx, s)),
    }
}

fn lower_label(s: &str) -> String {
    super::lower_common(s)
}

/// Who the words come from: the unnamed source when there is one, else the speaker.
pub fn source_of(cx: &Cx<'_>, s: &Statement) -> String {
    s.attribution.clone().or_else(|| s.source.clone()).unwrap_or_else(|| speaker_label(cx, s))
}

/// Whether a place named in the question is where the words were said ("*in* India",
/// "while *visiting* India", "on his trip *to* India"), not what they were about ("about
/// Crimea") or a word of a name for something ("the London talks").
fn is_setting(q: &Question, words: &str) -> bool {
    let first = words.split(' ').next().unwrap_or("");
    q.tokens.iter().enumerate().skip(1).any(|(i, t)| {
        let before = q.tokens[i - 1].word.as_str();
        let visit = |k: usize| q.tokens.get(k).is_some_and(|t| JOURNEY_STEMS.contains(&t.stem.as_str()));
        t.word == first && (matches!(before, "in" | "at" | "visiting" | "during") || before == "to" && i >= 2 && visit(i - 2))
    })
}

/// Stems of the words for a journey ("visit", "trip"): where it went is a setting.
const JOURNEY_STEMS: &[&str] = &["visit", "trip", "journei", "journey", "travel"];

/// Whether a name stands somewhere after "about", "regarding" or "concerning": in what words
/// were about ("… post about the discussions with *Ukrainian* counterparts").
fn in_what_about(q: &Question, words: &str) -> bool {
    let first = words.split(' ').next().unwrap_or("");
    let at = q.tokens.iter().position(|t| t.word == first);
    at.is_some_and(|at| q.tokens[..at].iter().any(|t| matches!(t.word.as_str(), "about" | "regarding" | "concerning")))
}

/// "what did sources say *about Crimea*": a place after "about" (or "on", "regarding") is what
/// was said about, never who said it.
fn is_topic(q: &Question, words: &str) -> bool {
    let first = words.split(' ').next().unwrap_or("");
    q.tokens.windows(2).any(|w| matches!(w[0].word.as_str(), "about" | "on" | "regarding" | "concerning" | "over") && w[1].word == first)
}

fn no_words(cx: &Cx<'_>, q: &Question, e: EntityRef, name: &str) -> Answer {
    let mut a = Answer::new(q.intent, false, format!("The article carries no words of {name}."));
    // What it does say about them.
    if let Some(si) = cx.index.sentences.iter().position(|t| t.entities.contains(&e)) {
        let s = &cx.article.sentences[si];
        a.lead.push_str(" It mentions them here:");
        a.cite(None, super::cite(cx, s.p, s.text(cx.article)));
    }
    a.examples = super::examples(cx, 3);
    match e {
        EntityRef::Person(p) => a.people = vec![p],
        EntityRef::Side(s) => a.sides = vec![s],
        EntityRef::Place(_) | EntityRef::Credit(_) => {}
    }
    a
}

/// The channel a statement went out on: the words after "on" in its medium ("wrote on X",
/// "wrote on the Telegram messenger"), as stems.
fn channel(st: &Statement) -> Vec<String> {
    let toks = crate::matcher::tokens::tokenize(&crate::matcher::normalise::normalise(&st.medium).text);
    toks.iter()
        .position(|t| t.word == "on")
        .map_or_else(Vec::new, |k| toks[k + 1..].iter().filter(|t| !words::is_in(words::STOPWORDS, &t.word)).map(|t| t.stem.clone()).collect())
}

/// "Did Svyrydenko post on Telegram?": the channel asked is another speaker's in the article
/// and none of the person's own. Their channel answers, cited, and whose the one asked is.
fn on_another_channel(cx: &Cx<'_>, q: &Question, name: &str, own: &[usize]) -> Option<Answer> {
    let d = &cx.article.data;
    let asked: Vec<&crate::matcher::QTerm> = q.terms.iter().filter(|t| !words::is_in(words::SAY_WORDS, &t.word)).collect();
    if asked.is_empty() {
        return None;
    }
    let channels: Vec<Vec<String>> = d.statement.iter().map(channel).collect();
    let on = |i: usize| asked.iter().any(|t| channels[i].contains(&t.stem));
    if own.iter().any(|&i| on(i)) {
        return None;
    }
    let (other, other_name) = (0..d.statement.len()).filter(|i| !own.contains(i) && on(*i)).find_map(|i| {
        let speaker = d.statement[i].speaker.as_deref()?;
        d.person.iter().find(|p| p.id == speaker).map(|who| (i, who.name.clone()))
    })?;
    let mine = *own.iter().find(|&&i| !channels[i].is_empty())?;
    let (theirs, others) = (&d.statement[mine], &d.statement[other]);
    let lead = format!("{}{name} {}; it is {other_name} who {}.", if q.polar { "No. " } else { "" }, theirs.medium, others.medium);
    let mut a = Answer::new(q.intent, true, lead).with_confidence(0.8);
    for st in [theirs, others] {
        let sentence = cx.article.sentences.iter().find(|s| s.p == st.p && s.text(cx.article).contains(st.medium.as_str())).map(|s| s.text(cx.article));
        a.cite(None, super::cite(cx, st.p, sentence.unwrap_or(st.own_words())));
    }
    a.people = q.people();
    Some(a)
}

/// `through`: the words `own` holds are their people's ("Zelenskiy's chief of staff"), not theirs.
fn nothing_on_topic(cx: &Cx<'_>, q: &Question, speaker: EntityRef, name: &str, own: &[usize], through: bool) -> Answer {
    // Asked yes or no, the channel was looked at already.
    if !q.polar {
        if let Some(a) = on_another_channel(cx, q, name, own) {
            return a;
        }
    }
    let d = &cx.article.data;
    // The topic the answer looked for, as it looked: the speaker's own name is not part of it.
    let topic: Vec<String> = topic_of(q, speaker).iter().map(|t| super::term_display(cx, t)).collect();
    let whose = if through { format!("those speaking for {name} say in it") } else { format!("it does quote from {name}") };
    // One word reads as a topic ("about Crimea"); more are the words looked for, not a phrase.
    let about = if topic.len() == 1 { topic[0].clone() } else { format!("that ({})", topic.join(", ")) };
    let mut a = Answer::new(q.intent, false, format!("The article has no words of {name} about {about}. What {whose}:"));
    for &i in own.iter().take(3) {
        let s = &d.statement[i];
        a.cite(Some(words_label(cx, s)), super::cite(cx, s.p, s.own_words()));
    }
    a.people = q.people();
    a
}

/// Whether `named` (a mention's words) is the question's subject: right after its opening
/// auxiliary ("what *did* India tell …", "what *has* New Delhi said").
fn is_subject(q: &Question, named: &str) -> bool {
    let start = words::question_start(&q.tokens);
    let Some(aux) = q.tokens.get(start + 1) else { return false };
    if !words::is_in(words::AUXILIARIES, &aux.word) {
        return false;
    }
    let after = q.tokens.iter().skip(start + 2).skip_while(|t| t.word == "the");
    let named: Vec<String> = named.split_whitespace().map(str::to_lowercase).collect();
    !named.is_empty() && after.take(named.len()).map(|t| t.word.as_str()).eq(named.iter().map(String::as_str))
}

/// "What did Lammy and Yermak say?", "compare what Vance and Svyrydenko said": two named side
/// by side both speak, and each gets their own words, one after the other — not the first's
/// words about the second. Asked yes or no, the question is left to the verdicts.
fn each_of_joined(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let (x, y) = q.joined?;
    if q.polar || q.intent != Intent::Quote {
        return None;
    }
    let of = |drop: EntityRef| {
        let mut one = q.clone();
        one.joined = None;
        one.mentions.retain(|m| m.entity != drop);
        answer(cx, &one)
    };
    let (first, second) = (of(y)?, of(x)?);
    let answered = first.answered || second.answered;
    let mut a = first.and(second);
    a.answered = answered;
    Some(a)
}
