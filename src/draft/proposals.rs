//! Proposals a report states plainly: a proposal noun ("proposals", "plan", "paper") with an
//! owner — a possessive ("Witkoff's proposals"), a country's name before it ("U.S. proposals"),
//! or the subject of a verb that puts one forward ("Ukraine drafted a paper", "We've issued a
//! very explicit proposal", the speaker being "we") — and what it holds: the list after
//! "include(d)" ("recognising …, Washington beginning to lift sanctions … and ruling out …"),
//! or the clause after "in which it said". The mentions of one owner's proposals are one
//! proposal. Each item gets an issue of its own words; an unnamed source telling it stays
//! attached.

use super::{bare, person_in, speaker_of, words};
use crate::kb::model::{Event, Issue, Paragraph, Person, Position, Proposal, ProposalItem, Reaction, Side, Statement};

/// Nouns for something put forward.
const PROPOSAL_NOUNS: &[&str] = &["proposal", "proposals", "plan", "plans", "offer", "offers", "package", "paper", "blueprint", "framework", "initiative"];
/// Verbs before what a proposal holds.
const INCLUDE: &[&str] = &["include", "includes", "included", "including"];
/// Verbs that put a proposal forward, with its owner as their subject.
const PUT_FORWARD: &[&str] = &["presented", "issued", "drafted", "tabled", "submitted", "unveiled", "proposed", "offered", "sent"];
/// Words that start the clause after a list ("…, were unacceptable to Kyiv").
const CLAUSE_VERBS: &[&str] = &["were", "was", "is", "are", "has", "have", "had", "would", "will", "could", "remain", "remained"];
/// How many words a verb that puts a proposal forward may stand before its noun.
const VERB_BEFORE_NOUN: usize = 4;

/// Who put a proposal forward: a person (and their side) or a side.
#[derive(Clone, PartialEq)]
struct Owner {
    by: Option<String>,
    side: String,
    name: String,
}

/// One mention of an owner's proposal.
struct Mention {
    owner: Owner,
    /// The owner's words and the noun as written, when they are a name for it ("Witkoff's proposals").
    written: Option<String>,
    /// The proposal noun as written ("paper").
    noun: String,
    p: usize,
    sentence: String,
    items: Vec<String>,
    attribution: Option<String>,
    /// How it was taken, as the sentence goes on ("…, were unacceptable to both Kyiv and other
    /// European nations", "… have been rejected by Kyiv"): the words and the sides they name.
    reaction: Option<(String, Vec<String>)>,
}

pub fn proposals(paragraphs: &[Paragraph], people: &[Person], sides: &[Side], statements: &[Statement], events: &[Event]) -> (Vec<Proposal>, Vec<Issue>) {
    let mut mentions: Vec<Mention> = Vec::new();
    for par in paragraphs {
        for sentence in crate::kb::sentences::split_text(&par.text) {
            if let Some(m) = mention(sentence, par.n, people, sides, statements) {
                mentions.push(m);
            }
        }
    }
    let mut out: Vec<Proposal> = Vec::new();
    let mut issues: Vec<Issue> = Vec::new();
    let mut owners: Vec<Owner> = Vec::new();
    for m in &mentions {
        if !owners.contains(&m.owner) {
            owners.push(m.owner.clone());
        }
    }
    for owner in owners {
        let of_owner: Vec<&Mention> = mentions.iter().filter(|m| m.owner == owner).collect();
        let mut items = Vec::new();
        for m in of_owner.iter().filter(|m| !m.items.is_empty()) {
            for text in &m.items {
                let issue = issue_of(text);
                if !issues.iter().any(|i| i.id == issue.id) {
                    issues.push(issue.clone());
                }
                items.push(ProposalItem { text: text.clone(), issue: issue.id, p: m.p, attribution: m.attribution.clone() });
            }
        }
        // The check refuses a proposal with nothing in it: one only named is left out.
        if items.is_empty() {
            continue;
        }
        let first = of_owner[0];
        let name = of_owner.iter().find_map(|m| m.written.clone()).unwrap_or_else(|| format!("{}’s {}", owner.name, first.noun));
        let presented_at = events.iter().find(|e| e.p == first.p && e.evidence == first.sentence && e.place.is_some()).map(|e| e.id.clone());
        out.push(Proposal {
            id: format!("{}-proposal", super::slug(owner.by.as_deref().unwrap_or(&owner.side))),
            name,
            by: owner.by.clone(),
            side: owner.side.clone(),
            presented_at,
            p: first.p,
            evidence: first.sentence.trim_end_matches('.').to_string(),
            attribution: first.attribution.clone(),
            items,
            reactions: of_owner
                .iter()
                .filter_map(|m| m.reaction.as_ref().map(|r| (m.p, r)))
                .flat_map(|(p, (text, by))| by.iter().map(move |b| Reaction { by: Some(b.clone()), source: None, text: text.clone(), p }))
                .collect(),
        });
    }
    (out, issues)
}

/// What a side proposes is where it stands: each item is a position of the proposal's side on
/// the item's issue, voiced by its proposer and told by the item's source.
pub fn positions(proposals: &[Proposal]) -> Vec<Position> {
    proposals
        .iter()
        .flat_map(|pr| {
            pr.items.iter().map(|i| Position {
                holder: pr.side.clone(),
                issue: i.issue.clone(),
                via: pr.by.clone(),
                p: i.p,
                evidence: i.text.clone(),
                attribution: i.attribution.clone(),
                stance: None,
            })
        })
        .collect()
}

/// A sentence's mention of a proposal with an owner, if it has one.
fn mention(sentence: &str, p: usize, people: &[Person], sides: &[Side], statements: &[Statement]) -> Option<Mention> {
    let ws = words(sentence);
    let k = ws.iter().position(|(_, w)| PROPOSAL_NOUNS.contains(&w.to_lowercase().as_str()))?;
    let noun_end = ws[k].0 + ws[k].1.len();
    let person_owner = |id: String| {
        let person = people.iter().find(|x| x.id == id)?;
        Some(Owner { side: person.side.clone()?, name: person.aliases.last().cloned().unwrap_or_default(), by: Some(id) })
    };
    let side_named = |w: &str| sides.iter().find(|s| s.aliases.iter().any(|a| a == w)).map(|s| Owner { by: None, side: s.id.clone(), name: s.short.clone() });
    let mut written = None;
    let before = k.checked_sub(1).map(|j| ws[j]);
    let owner = match before {
        // "Witkoff's proposals", "Ukraine's paper".
        Some((at, w)) if w.ends_with("’s") || w.ends_with("'s") => {
            written = Some(sentence[at..noun_end].to_string());
            person_in(bare(w), people).and_then(person_owner).or_else(|| side_named(bare(w)))
        }
        // "U.S. proposals".
        Some((at, w)) if side_named(w).is_some() => {
            written = Some(sentence[at..noun_end].to_string());
            side_named(w)
        }
        _ => None,
    };
    let owner = owner.or_else(|| {
        // "Ukraine drafted a paper", "We've issued a very explicit proposal": the subject of a
        // verb that puts it forward; "we" is whoever says the sentence.
        let v = (k.saturating_sub(VERB_BEFORE_NOUN)..k).find(|&j| PUT_FORWARD.contains(&ws[j].1))?;
        let subject = &ws[..v];
        if subject.last().is_some_and(|(_, w)| w.to_lowercase().starts_with("we")) {
            let speaker = statements.iter().find(|s| s.p == p && s.evidence.contains(sentence.trim()))?.speaker.clone()?;
            return person_owner(speaker);
        }
        subject.iter().rev().take(3).find_map(|(_, w)| person_in(bare(w), people).and_then(person_owner).or_else(|| side_named(bare(w))))
    })?;
    let attribution = speaker_of(sentence, people, None).and_then(|(_, source, _)| source);
    let reaction = reaction(sentence, noun_end, sides);
    Some(Mention { owner, written, noun: ws[k].1.to_lowercase(), p, sentence: sentence.to_string(), items: items(sentence, noun_end), attribution, reaction })
}

/// What a proposal holds, from the words after its noun: the list after "include(d)", or the
/// clause after "in which it said".
fn items(sentence: &str, after: usize) -> Vec<String> {
    let rest = &sentence[after..];
    let ws = words(rest);
    if let Some(&(at, w)) = ws.iter().find(|(_, w)| INCLUDE.contains(w)) {
        return list(rest[at + w.len()..].trim());
    }
    for said in ["in which it said ", "in which they said ", "saying "] {
        if let Some(i) = rest.find(said) {
            let clause = rest[i + said.len()..].trim().trim_end_matches('.');
            let clause = clause.strip_prefix("that ").unwrap_or(clause);
            return if clause.split_whitespace().count() >= 3 { vec![clause.to_string()] } else { Vec::new() };
        }
    }
    Vec::new()
}

/// Words for taking a proposal badly or well, after a verb of the clause that goes on from it.
const TAKEN: &[&str] = &["unacceptable", "acceptable", "rejected", "accepted", "welcomed", "opposed", "dismissed", "backed", "endorsed"];

/// How a proposal was taken, when the sentence that names it goes on to say so: the clause
/// from its verb ("were unacceptable to both Kyiv and other European nations", "have been
/// rejected by Kyiv"), with the sides it names. Only a clause that names a side: "were unacceptable" alone says not to whom.
fn reaction(sentence: &str, after: usize, sides: &[Side]) -> Option<(String, Vec<String>)> {
    let rest = &sentence[after..];
    let ws = words(rest);
    // "were unacceptable", "have been rejected".
    let taken = |j: usize| ws.get(j).is_some_and(|(_, w)| TAKEN.contains(&w.to_lowercase().as_str()));
    let v = (0..ws.len()).find(|&j| CLAUSE_VERBS.contains(&ws[j].1) && (taken(j + 1) || ws.get(j + 1).is_some_and(|(_, w)| *w == "been") && taken(j + 2)))?;
    let clause = rest[ws[v].0..].trim_end_matches('.');
    let named: Vec<String> = words(clause)
        .iter()
        .filter_map(|(_, w)| sides.iter().find(|s| s.aliases.iter().any(|a| a == bare(w))).map(|s| s.id.clone()))
        .fold(Vec::new(), |mut v, id| {
            if !v.contains(&id) {
                v.push(id);
            }
            v
        });
    (!named.is_empty()).then(|| (clause.to_string(), named))
}

/// The items of a list: "A, B and C, were unacceptable" -> [A, B, C]; a list of one is kept
/// whole ("Ukraine and the Europeans accepting …" is one item).
fn list(text: &str) -> Vec<String> {
    let text = text.trim_end_matches('.');
    let mut segments: Vec<&str> = Vec::new();
    for seg in text.split(", ") {
        let first = seg.split_whitespace().next().unwrap_or("");
        if !segments.is_empty() && CLAUSE_VERBS.contains(&first) {
            break;
        }
        segments.push(seg.trim());
    }
    if segments.len() > 1 {
        if let Some(last) = segments.pop() {
            match last.rsplit_once(" and ") {
                Some((a, b)) => segments.extend([a, b]),
                None => segments.push(last),
            }
        }
    }
    segments.into_iter().filter(|s| s.split_whitespace().count() >= 2 && !s.contains(['“', '”'])).map(str::to_string).collect()
}

/// An item's issue: named and found by the item's own words (a reader's review may merge them).
fn issue_of(item: &str) -> Issue {
    let mut content: Vec<String> = Vec::new();
    for w in item.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase) {
        if w.len() > 2 && !crate::matcher::words::is_stopword(&w) && !content.contains(&w) {
            content.push(w);
        }
    }
    let name: String = item.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    Issue { id: super::slug(&format!("issue {}", content.iter().take(4).cloned().collect::<Vec<_>>().join(" "))), name, keywords: content }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_ends_where_the_sentence_goes_on() {
        assert_eq!(
            list("recognising the 2014 annexation of Crimea, lifting sanctions on Russia and ruling out membership of NATO, were unacceptable to Kyiv."),
            ["recognising the 2014 annexation of Crimea", "lifting sanctions on Russia", "ruling out membership of NATO"]
        );
        assert_eq!(
            list("Ukraine and the Europeans accepting the reality of the front line."),
            ["Ukraine and the Europeans accepting the reality of the front line"]
        );
    }
}
