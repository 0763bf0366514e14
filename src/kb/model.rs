//! The article as data: the serde model of one `data/*.toml` file.
//!
//! Field names follow the file format (see README.md, "The data format"), so a reader of the
//! TOML and a reader of this module see the same words. Every fact carries `p` (the paragraph,
//! counted from 1) and `evidence` (words that must appear verbatim in that paragraph).

use serde::{Deserialize, Serialize};

/// One article file: metadata, the verbatim paragraphs, and the facts drawn from them.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    pub article: Meta,
    #[serde(default)]
    pub section: Vec<Section>,
    pub paragraph: Vec<Paragraph>,
    #[serde(default)]
    pub side: Vec<Side>,
    #[serde(default)]
    pub place: Vec<Place>,
    #[serde(default)]
    pub issue: Vec<Issue>,
    #[serde(default)]
    pub person: Vec<Person>,
    #[serde(default)]
    pub statement: Vec<Statement>,
    #[serde(default)]
    pub proposal: Vec<Proposal>,
    #[serde(default)]
    pub position: Vec<Position>,
    #[serde(default)]
    pub event: Vec<Event>,
}

/// Who published the article, when, and who wrote it. Not part of the numbered paragraphs.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: String,
    /// A plain description of the subject (the source text has no headline of its own).
    pub label: String,
    pub outlet: String,
    /// Publication date, `YYYY-MM-DD`; relative dates in the text are resolved against it.
    pub date: String,
    pub dateline: String,
    pub byline: String,
    pub authors: Vec<String>,
    pub credits: String,
    /// How a reader can find the original.
    pub original: String,
    /// Drafted by rule (`parley draft`) and not yet reviewed: its facts are what the drafter
    /// could read, so a fact missing from it is no sign the report lacks it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drafted: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    pub first_paragraph: usize,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub n: usize,
    pub text: String,
}

/// A country, bloc or organisation, with the words that stand for it (Kyiv = Ukraine).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub id: String,
    pub name: String,
    pub short: String,
    pub kind: String,
    #[serde(default)]
    pub group: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

/// A subject the sides take positions on, with the words that signal it in a question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: String,
    pub name: String,
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(default)]
    pub pronoun: Option<String>,
    #[serde(default)]
    pub side: Option<String>,
    /// Whom this person works for, when the article says so ("Trump's special envoy").
    #[serde(default)]
    pub of: Option<String>,
    /// False for someone the article leaves unnamed ("a spokesperson for ...").
    #[serde(default = "yes")]
    pub named: bool,
    pub titles: Vec<Title>,
}

fn yes() -> bool {
    true
}

/// The article's own words for a person's job, and the plain role they name.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub text: String,
    pub role: String,
    pub p: usize,
}

/// Something a person, a side or an unnamed source said, wrote or posted.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// A person or side id.
    #[serde(default)]
    pub speaker: Option<String>,
    /// An unnamed source in the article's words ("Three diplomats").
    #[serde(default)]
    pub source: Option<String>,
    pub medium: String,
    pub p: usize,
    pub evidence: String,
    #[serde(default)]
    pub quote: Option<String>,
    /// The unnamed source through which the article relays this statement.
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default)]
    pub about: Vec<String>,
}

impl Statement {
    /// The speaker's own words where the data has the quote and the rest of the sentence only
    /// says who said it ("…,” Lammy posted on X."), else the whole sentence: an answer gives
    /// what was said, not the reporting around it, unless the reporting carries meaning too
    /// ("said during a visit to India he was optimistic that “…”", "no discussions … until “a
    /// full and unconditional ceasefire”"). A quote the attribution splits in two ("… wrote on
    /// X. “…”") is only whole in the sentence.
    pub fn own_words(&self) -> &str {
        const ATTRIBUTION_WORDS: usize = 6;
        match self.quote.as_deref() {
            Some(q) if self.evidence.matches('“').count() <= 1 && self.evidence.replacen(q, "", 1).split_whitespace().count() <= ATTRIBUTION_WORDS => {
                q.trim_end_matches([',', ' '])
            }
            _ => &self.evidence,
        }
    }

    /// Whether the article gives no words of the speaker's own to quote: its sentence reports
    /// what was said ("Trump warned that Washington could walk away …").
    pub fn is_reported(&self) -> bool {
        self.own_words() == self.evidence
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub by: Option<String>,
    pub side: String,
    #[serde(default)]
    pub presented_at: Option<String>,
    pub p: usize,
    pub evidence: String,
    #[serde(default)]
    pub attribution: Option<String>,
    pub items: Vec<ProposalItem>,
    #[serde(default)]
    pub reactions: Vec<Reaction>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProposalItem {
    pub text: String,
    pub issue: String,
    pub p: usize,
    #[serde(default)]
    pub attribution: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    pub text: String,
    pub p: usize,
}

/// Where a side (or person) stands on an issue.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub holder: String,
    pub issue: String,
    /// The person who voiced it, when the article names one.
    #[serde(default)]
    pub via: Option<String>,
    pub p: usize,
    pub evidence: String,
    #[serde(default)]
    pub attribution: Option<String>,
    /// Which way the holder leans, in plain words, when the evidence names several sides.
    #[serde(default)]
    pub stance: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub what: String,
    /// What the article calls the event, in words of its evidence ("a broader meeting with
    /// foreign ministers"): what "it" stands for when a conversation goes on about it.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub who: Vec<String>,
    #[serde(default, rename = "where")]
    pub place: Option<String>,
    /// The article's phrase for the time ("late on Tuesday"), verbatim in paragraph `p`.
    #[serde(default)]
    pub when: Option<String>,
    /// `when` resolved against the article date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a range `A/B`.
    #[serde(default)]
    pub date: Option<String>,
    pub p: usize,
    pub evidence: String,
    #[serde(default)]
    pub attribution: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The article's other words for the same happening elsewhere ("Rubio’s no-show", "the
    /// downgrading of the parley"), each verbatim in its paragraph: what it says of the
    /// happening under those words (a reason, a sign) is said of the event.
    #[serde(default)]
    pub also: Vec<OtherName>,
}

/// Words of paragraph `p` that name an event told elsewhere.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OtherName {
    pub p: usize,
    pub text: String,
}

impl Event {
    /// Whether everyone of `ids` (people's or sides' ids) takes part in it.
    pub fn has_all(&self, ids: &[&str]) -> bool {
        ids.iter().all(|id| self.who.iter().any(|w| w == id))
    }
}

/// Reader's words for the article's words: synonyms, phrase rewrites, job names.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
    #[serde(default)]
    pub phrases: Vec<(String, String)>,
    #[serde(default)]
    pub roles: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub entourage: Vec<String>,
    /// Words for someone's second: "Trump's deputy" is whoever holds the deputy or vice form
    /// of Trump's title ("vice president") on his side.
    #[serde(default)]
    pub deputies: Vec<String>,
    /// Words for one person that a title's modifier can head: "the defence guy" is whoever
    /// holds the article's "defence minister".
    #[serde(default)]
    pub persons: Vec<String>,
    /// Offices named for their building or address ("Number 10" = "prime minister"): the one
    /// holding the job and the people who work for them.
    #[serde(default)]
    pub offices: std::collections::BTreeMap<String, String>,
    /// Capital cities and the words for their country ("london" = ["britain", "british", "uk"]):
    /// "the British capital" is London when the article has London.
    #[serde(default)]
    pub capitals: std::collections::BTreeMap<String, Vec<String>>,
}
