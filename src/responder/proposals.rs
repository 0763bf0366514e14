//! "What did Witkoff propose?", "Whose ideas were on the table?", "What concessions is Ukraine
//! being asked to make?": proposals with who made them, where, and each item as the article
//! words it, attributed to its sources.

use super::{according, overlap, person_label, without_cues, Answer, Cx};
use crate::kb::Proposal;
use crate::matcher::{words, EntityRef, Intent, Question};

const REACTION_WORDS: &[&str] = &[
    "reaction",
    "reactions",
    "react",
    "reacted",
    "response",
    "received",
    "reception",
    "reject",
    "rejected",
    "accept",
    "accepted",
    "unacceptable",
    "respond",
    "responded",
    "welcomed",
];

pub fn answer(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    let d = &cx.article.data;
    // As for positions: no proposals set down is no evidence that none were made.
    if d.proposal.is_empty() {
        return None;
    }
    let proposer_ids = |p: &Proposal| -> Vec<String> {
        let mut v = vec![p.side.clone()];
        v.extend(p.by.clone());
        v
    };
    // Who the question names as the proposer (the subject), and who merely appears in it.
    let mut by: Vec<String> = Vec::new();
    let mut not_by: Vec<String> = Vec::new();
    let mut others: Vec<EntityRef> = Vec::new();
    for m in q.mentions.iter().filter(|m| !m.qualifier) {
        let id = match m.entity {
            EntityRef::Person(p) => d.person[p].id.clone(),
            EntityRef::Side(s) => d.side[s].id.clone(),
            EntityRef::Place(_) | EntityRef::Credit(_) => continue,
        };
        if is_subject(q, &m.words) || m.poss && owns_a_proposal(q, &m.words) || m.from_context {
            by.push(id);
        } else if !m.by_role {
            // Someone found by a title or as one of someone's people ("which of Trump's people
            // pitched …") is who is asked for, not another who only appears.
            not_by.push(id);
            others.push(m.entity);
        }
    }
    // The issue asked about, without the names already used to pick proposals. An organisation
    // is no party to them but what they are about ("what does the US plan say about *NATO*").
    let issue = |e: EntityRef| matches!(e, EntityRef::Side(s) if d.side[s].kind == "organisation");
    let named: Vec<EntityRef> = q.mentions.iter().filter(|m| !matches!(m.entity, EntityRef::Place(_)) && !issue(m.entity)).map(|m| m.entity).collect();
    let mut topic = without_cues(q.topic_terms(&named), &[words::PROPOSAL_WORDS, words::SAY_WORDS]);
    // "What's Witkoff *proposing*": the verb of presenting is the act asked about, not an issue.
    let presenting = q.predicate_token().filter(|t| presents(t));
    topic.retain(|t| presenting.is_none_or(|v| v.word != t.word));
    let mut chosen: Vec<usize> = (0..d.proposal.len())
        .filter(|&i| {
            let ids = proposer_ids(&d.proposal[i]);
            (by.is_empty() || by.iter().any(|b| ids.contains(b)))
                && !not_by.iter().any(|n| d.proposal[i].by.as_deref() == Some(n.as_str()) || (d.proposal[i].by.is_none() && d.proposal[i].side == *n))
        })
        .collect();
    if chosen.is_empty() {
        if !by.is_empty() && !d.article.drafted {
            let names: Vec<String> = by.iter().map(|b| cx.article.entity_name(b)).collect();
            let mut a =
                Answer::new(Intent::Proposals, false, format!("The article reports no proposal by {}.", super::join_and(&names))).for_want_of_fact(&topic);
            a.examples = super::examples(cx, 3);
            return Some(a);
        }
        return None;
    }
    // "The plan pitched at the Paris session", "… to everyone in France": the place a proposal
    // was presented, named or by its country, picks it out of the others.
    let at: Vec<usize> = chosen.iter().copied().filter(|&i| presented_where_asked(cx, q, &d.proposal[i])).collect();
    if !at.is_empty() {
        chosen = at;
    }
    // Narrow to the issue asked about, when the question names one the proposals cover.
    // "Who came up with the plan Kyiv hates? the one w crimea in it": asked who made one, every
    // word picks it out. Asked what a plan holds, a clause after the one that asks does not
    // narrow: "what was inside witkof plan?? i heard something about crimea" asks for the whole
    // plan, the hint among its items.
    let word = |k: usize| q.tokens.get(k).map_or("", |t| t.word.as_str());
    let asks_proposer = q.intent == Intent::Proposals
        && matches!(word(q.asked_at), "who" | "whose")
        && !matches!(word(q.asked_at + 1), "do" | "does" | "did")
        && q.comparison.is_none()
        && q.alternatives.is_none();
    let asking = q.tokens.get(q.asked_at).map_or(usize::MAX, |t| t.clause);
    let in_asking = |t: &crate::matcher::QTerm| asks_proposer || q.tokens.iter().filter(|x| t.word.split(' ').any(|w| w == x.word)).all(|x| x.clause <= asking);
    let issue_topic: Vec<_> = topic.iter().filter(|t| !REACTION_WORDS.contains(&t.word.as_str()) && in_asking(t)).cloned().collect();
    let mut item_filter: Option<Vec<(usize, usize)>> = None;
    let before_items = chosen.clone();
    if !issue_topic.is_empty() {
        let scored: Vec<(usize, usize, f32)> = chosen
            .iter()
            .flat_map(|&pi| (0..d.proposal[pi].items.len()).map(move |ii| (pi, ii)))
            .map(|(pi, ii)| (pi, ii, overlap(&issue_topic, &cx.index.item_terms[pi][ii]).0))
            .collect();
        let best = scored.iter().map(|x| x.2).fold(0.0, f32::max);
        if best >= 1.0 {
            item_filter = Some(scored.iter().filter(|x| x.2 >= best * 0.75).map(|x| (x.0, x.1)).collect());
            chosen.retain(|pi| item_filter.as_ref().is_some_and(|f| f.iter().any(|x| x.0 == *pi)));
        }
    }
    // "Who made the offer Kyiv can't accept?", "who came up with the *very explicit* one?": what
    // the question says of a proposal besides its issue (its own words, how it was taken) picks
    // it out of the others; asked who made it, the proposer is the answer, not its reception.
    // "Who do diplomats say it favours?" asks the object of another's verb, how it was taken.
    if asks_proposer && item_filter.is_none() && chosen.len() > 1 {
        if let Some(kept) = by_description(cx, q, &chosen, &others, &issue_topic) {
            chosen = kept;
        }
    }
    // "Were Witkoff's ideas ok for Kyiv?", "what did diplomats think of them, were they
    // balanced?": asked how a proposal was taken, not what it holds.
    // A comparison of two parties ("asks more of Moscow than of Kyiv") is a judgment of the
    // proposal, whatever item its words touch.
    if !asks_proposer && (item_filter.is_none() || q.comparison.is_some() || q.alternatives.is_some()) {
        if let Some(a) = reception(cx, q, &before_items, &others, &issue_topic) {
            return Some(a);
        }
    }
    let wants_reactions = q.tokens.iter().any(|t| REACTION_WORDS.contains(&t.word.as_str()));

    let mut a = Answer::new(Intent::Proposals, true, String::new()).with_confidence(0.9);
    let mut leads = Vec::new();
    for &pi in chosen.iter().take(4) {
        let pr = &d.proposal[pi];
        let who = match pr.by.as_deref() {
            Some(b) => cx.article.person(b).map(person_label).unwrap_or_else(|| cx.article.entity_name(b)),
            None => cx.article.entity_name(&pr.side),
        };
        // Asked who made it, the proposer leads ("Steve Witkoff (…): Witkoff's proposals").
        let mut lead =
            if asks_proposer { format!("{}: {}", super::upper_first(&who), pr.name) } else { format!("{} — {}", super::upper_first(&pr.name), who) };
        if let Some(e) = pr.presented_at.as_deref().and_then(|e| cx.article.event(e)) {
            let place = e.place.as_deref().map(|p| cx.article.entity_name(p));
            lead.push_str(&format!(
                ", presented{}{}",
                place.map(|p| format!(" in {p}")).unwrap_or_default(),
                e.when.as_deref().map(|w| format!(" {w}")).unwrap_or_default()
            ));
        }
        leads.push(lead);
        // The proposal's own words carry the hedge of any item they contain.
        let hedge = pr.attribution.as_deref().or_else(|| pr.items.iter().find(|i| pr.evidence.contains(&i.text)).and_then(|i| i.attribution.as_deref()));
        let plabel = hedge.map(|x| format!("{}:", according(x)));
        a.cite(plabel, super::cite(cx, pr.p, &pr.evidence));
        for (ii, item) in pr.items.iter().enumerate() {
            if item_filter.as_ref().is_some_and(|f| !f.contains(&(pi, ii))) {
                continue;
            }
            let label = match &item.attribution {
                Some(att) => format!("{}, it includes:", according(att)),
                None => "It includes:".to_string(),
            };
            a.cite(Some(label), super::cite(cx, item.p, &item.text));
            if let Some(att) = &item.attribution {
                if !a.sources.contains(att) {
                    a.sources.push(att.clone());
                }
            }
        }
        if wants_reactions {
            for r in &pr.reactions {
                let who = r.by.as_deref().map(|b| cx.article.entity_name(b)).or_else(|| r.source.clone()).unwrap_or_default();
                a.cite(Some(format!("Reaction ({}):", who)), super::cite(cx, r.p, &r.text));
            }
        }
        if let Some(b) = pr.by.as_deref().and_then(|b| super::person_index(cx, b)) {
            a.people.push(b);
        }
    }
    a.lead = if asks_proposer { format!("{}.", leads.join("; ")) } else { format!("Proposals in the article: {}.", leads.join("; ")) };
    // "Is NATO membership part of Witkoff's plan?": the items asked about settle it.
    if let (true, Some(f), [pi]) = (q.polar, item_filter.as_ref(), chosen.as_slice()) {
        let pr = &d.proposal[*pi];
        let items: Vec<&str> = f.iter().map(|&(_, ii)| pr.items[ii].text.as_str()).collect();
        if let Some(v) = super::verdict::of_items(q, &items) {
            let hedge = pr.items[f[0].1].attribution.as_deref().map(|x| format!("{}, ", according(x))).unwrap_or_default();
            let quoted: Vec<String> = items.iter().map(|t| format!("“{t}”")).collect();
            a.lead =
                format!("{v} {hedge}{} included {}.", if hedge.is_empty() { super::upper_first(&pr.name) } else { pr.name.clone() }, super::join_and(&quoted));
        }
    }
    Some(a)
}

/// Whether the possessive `words` own a proposal ("Witkoff's plan", "the US's new peace
/// ideas"), not something else the proposal is about ("recognising *Russia's* annexation").
fn owns_a_proposal(q: &Question, words: &str) -> bool {
    let last = words.rsplit(' ').next().unwrap_or(words);
    q.tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.poss && t.word == last)
        .any(|(k, _)| q.tokens[k + 1..].iter().take(3).any(|t| words::is_in(words::PROPOSAL_WORDS, &t.word)))
}

/// The proposals of `chosen` the question describes best, when its words (other than names)
/// or the parties it names (`others`) fit some of them better than the rest: the words by the
/// proposal's own and its reactions', a party by a reaction that is theirs.
fn by_description(cx: &Cx<'_>, q: &Question, chosen: &[usize], others: &[EntityRef], topic: &[crate::matcher::QTerm]) -> Option<Vec<usize>> {
    let d = &cx.article.data;
    let topic: Vec<crate::matcher::QTerm> = topic.iter().filter(|t| t.entity.is_none()).cloned().collect();
    // A party named counts only where the question speaks of taking a proposal: "Ukraine" in
    // "who wants Ukraine to give up land" says nothing of Kyiv's reaction.
    let judged = q.tokens.iter().any(|t| REACTION_WORDS.contains(&t.word.as_str()));
    let score = |pi: usize| -> f32 {
        let own = overlap(&topic, &cx.index.proposal_terms[pi]).0;
        let taken = d.proposal[pi]
            .reactions
            .iter()
            .enumerate()
            .map(|(ri, r)| {
                let by = r.by.as_deref().and_then(|b| super::entity_of(cx, b));
                overlap(&topic, &cx.index.reaction_terms[pi][ri]).0 + if judged { others.iter().filter(|e| by == Some(**e)).count() as f32 } else { 0.0 }
            })
            .fold(0.0, f32::max);
        own.max(taken)
    };
    let scored: Vec<(usize, f32)> = chosen.iter().map(|&pi| (pi, score(pi))).collect();
    let best = scored.iter().map(|x| x.1).fold(0.0, f32::max);
    let kept: Vec<usize> = scored.iter().filter(|x| x.1 >= best).map(|x| x.0).collect();
    (best >= 1.0 && kept.len() < chosen.len()).then_some(kept)
}

/// How the proposals in `chosen` were taken, when the question asks that: the reactions that
/// name the parties it names other than their proposer (`others`), or come from the unnamed
/// source it names ("diplomats"), or share its words ("demand more concessions from which
/// side"). A yes/no question about a party leads with the verdict its reaction settles; one
/// comparing two parties, with the comparison's.
fn reception(cx: &Cx<'_>, q: &Question, chosen: &[usize], others: &[EntityRef], topic: &[crate::matcher::QTerm]) -> Option<Answer> {
    let d = &cx.article.data;
    let source = q.source.as_deref().map(str::to_lowercase);
    // Names and places pick the proposal ("the plan shown in Paris"), not how it was taken;
    // nor does a count ("the *three* items in the plan" is not what three diplomats said).
    let topic: Vec<crate::matcher::QTerm> = topic.iter().filter(|t| t.entity.is_none() && !crate::matcher::semantic::is_number(&t.word)).cloned().collect();
    let mut scored: Vec<(usize, usize, f32)> = Vec::new();
    for &pi in chosen {
        for (ri, r) in d.proposal[pi].reactions.iter().enumerate() {
            let terms = &cx.index.reaction_terms[pi][ri];
            let by = r.by.as_deref().and_then(|b| super::entity_of(cx, b));
            let parties = others.iter().filter(|e| terms.entities.contains(e) || by == Some(**e)).count() as f32;
            let from_source = source.as_deref().is_some_and(|s| r.source.as_deref().is_some_and(|rs| rs.to_lowercase().contains(s)));
            let words = overlap(&topic, terms).0;
            // Parties alone decide only a yes/no question ("what did Witkoff propose to
            // Ukraine?" asks for the proposal).
            // So do they for a question offering two of them ("Ukraine or Russia?").
            let score =
                if q.polar || q.alternatives.is_some() { parties } else { 0.0 } + if from_source { 1.0 } else { 0.0 } + if words >= 1.0 { words } else { 0.0 };
            if score > 0.0 {
                scored.push((pi, ri, score));
            }
        }
    }
    let best = scored.iter().map(|x| x.2).fold(0.0, f32::max);
    if best <= 0.0 {
        return None;
    }
    let kept: Vec<(usize, usize)> = scored.iter().filter(|x| x.2 >= best).map(|x| (x.0, x.1)).collect();
    let mut a = Answer::new(Intent::Proposals, true, String::new()).with_confidence(0.9);
    let mut names: Vec<String> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    for &(pi, ri) in &kept {
        let (pr, r) = (&d.proposal[pi], &d.proposal[pi].reactions[ri]);
        let name = super::upper_first(&pr.name);
        if !names.contains(&name) {
            names.push(name);
        }
        if texts.contains(&r.text.as_str()) {
            continue;
        }
        // One passage may tell how several took it ("unacceptable to both Kyiv and other
        // European nations"): its label names them all.
        let by: Vec<String> = kept
            .iter()
            .map(|&(pj, rj)| &d.proposal[pj].reactions[rj])
            .filter(|x| x.text == r.text)
            .filter_map(|x| x.by.as_deref())
            .map(|b| cx.article.entity_name(b))
            .collect();
        let label = match &r.source {
            Some(src) => {
                if !a.sources.contains(src) {
                    a.sources.push(src.clone());
                }
                format!("{}:", according(src))
            }
            None if !by.is_empty() => format!("{}:", super::upper_first(&super::join_and(&by))),
            None => "From the article:".to_string(),
        };
        a.cite(Some(label), super::cite(cx, r.p, super::sentence_of(cx, r.p, &r.text)));
        texts.push(&r.text);
    }
    let verdict = if q.polar {
        texts.iter().find_map(|t| super::verdict::of_comparison(cx, q, t)).or_else(|| super::verdict::of_reactions(cx, q, &texts, others))
    } else {
        None
    };
    a.lead = format!(
        "{}How {} {} received, as the article reports it:",
        verdict.map(|v| format!("{v} ")).unwrap_or_default(),
        names.join(" and "),
        if names.len() > 1 || names[0].ends_with('s') { "were" } else { "was" }
    );
    Some(a)
}

/// Whether the name is the one proposing: "did X propose", "X proposed", "proposals by X".
fn is_subject(q: &Question, name_words: &str) -> bool {
    let toks: Vec<&str> = q.tokens.iter().map(|t| t.word.as_str()).collect();
    let last = name_words.split(' ').next_back().unwrap_or("");
    let Some(i) = toks.iter().position(|w| *w == last) else { return false };
    let before = if i > 0 { toks[i - 1] } else { "" };
    let after = toks.get(i + 1).copied().unwrap_or("");
    // "Whose plan did Ukraine *reject*", "the proposals *rejected by* Kyiv": who answers a
    // proposal did not make it.
    let responds = |k: usize| q.tokens.get(k).is_some_and(|t| words::is_response(&t.stem));
    if responds(i + 1) || (before == "by" && i >= 2 && responds(i - 2)) {
        return false;
    }
    // "The proposals *of* Witkoff": the owner after a word for proposals.
    let owner_after_of = before == "of" && i >= 2 && words::is_in(words::PROPOSAL_WORDS, toks[i - 2]);
    // "What's Witkoff *offering*", "what did he *reportedly* float": the subject of the
    // question's verb (adverbs between them aside) makes the proposal.
    let verb_after = q.predicate_token().is_some_and(|v| presents(v) && toks[i + 1..].iter().take(2).any(|x| *x == v.word));
    owner_after_of
        || verb_after
        || matches!(before, "by" | "from" | "did" | "does" | "has" | "have")
        || words::is_in(words::PROPOSAL_WORDS, after)
        || matches!(after, "propose" | "proposed" | "suggested" | "offered" | "put" | "presented" | "want" | "wants")
}

/// Whether `verb` presents a proposal ("put", "float", "offering").
fn presents(verb: &crate::matcher::tokens::Token) -> bool {
    words::is_in(words::PROPOSING_VERBS, &verb.word) || words::PRESENTING_STEMS.contains(&verb.stem.as_str())
}

/// Whether the question names the place where `pr` was presented, or the country whose
/// capital it is.
fn presented_where_asked(cx: &Cx<'_>, q: &Question, pr: &Proposal) -> bool {
    let d = &cx.article.data;
    let Some(place) = pr.presented_at.as_deref().and_then(|e| cx.article.event(e)).and_then(|e| e.place.as_deref()) else { return false };
    let Some(pi) = d.place.iter().position(|p| p.id == place) else { return false };
    let country = cx.index.side_of_capital(&d.place[pi].name);
    q.mentions.iter().any(|m| m.entity == EntityRef::Place(pi) || country.is_some_and(|s| m.entity == EntityRef::Side(s)))
}
