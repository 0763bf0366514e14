//! Follow-up context: what the last turns were about, so "What did he say?", "And Russia's?",
//! "Did they meet?" and "Who says so?" can be answered.
//!
//! The context is small and plain (indices and a few words) so that it can be kept per chat,
//! serialised to storage, and expired.

use serde::{Deserialize, Serialize};

use crate::matcher::{Intent, QTerm};

/// What a conversation has been about so far. `Default` is a fresh conversation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// The article the last answer came from.
    pub article: Option<usize>,
    /// People asked about or answered with, most recent first (indices into the article).
    pub people: Vec<usize>,
    /// Sides, most recent first.
    pub sides: Vec<usize>,
    /// The people the last question itself named: "the other one" next is someone else.
    #[serde(default)]
    pub asked: Vec<usize>,
    /// People the last answer brought in that its question did not name, in the answer's
    /// order: "who's that?" and "that American guy" mean one of them.
    #[serde(default)]
    pub introduced: Vec<usize>,
    /// The last list of two or more people, an answer's or a question's, in its order: "the
    /// first one" and "the latter" count in it until another list replaces it.
    #[serde(default)]
    pub listed: Vec<usize>,
    #[serde(skip)]
    pub intent: Option<Intent>,
    /// The last question's topic words, stems only.
    #[serde(skip)]
    pub terms: Vec<QTerm>,
    /// A thing the last question named that "it" may stand for next: a place that is also an
    /// issue ("does the plan give up Crimea?" then "when did Russia take it?").
    #[serde(skip)]
    pub named_thing: Option<String>,
    /// The last question asked how someone took something ("how did Kyiv take it?"): a
    /// follow-up naming another party ("and the Europeans?") asks the same of them.
    #[serde(skip)]
    pub responded: bool,
    /// The last question looked past the report ("will he come later?"): a bare "when?" next
    /// asks when that will be, which the report cannot know.
    #[serde(skip)]
    pub ahead: bool,
    /// The side the last question was about, when a side was its subject ("how did Downing
    /// Street react?"): "what did *they* say next?" means that side, not the people the answer
    /// happened to name.
    #[serde(default)]
    pub subject_side: Option<usize>,
    /// The place last named in a question ("who met in London?"): "was Rubio *there*?" next
    /// asks of it.
    #[serde(default)]
    pub place: Option<usize>,
    /// Who the last answer's evidence came from ("diplomats", "Steve Witkoff").
    pub sources: Vec<String>,
    /// The last answer's evidence as (paragraph, byte range in it): the words themselves
    /// stay in the article, so a chat's context costs a few hundred bytes.
    pub evidence: Vec<(u32, u32, u32)>,
    /// The last answer was "the report goes on": "more" again goes further, never back.
    #[serde(default)]
    pub went_on: bool,
}

/// At most this many people and sides are remembered.
const KEEP: usize = 4;

impl Context {
    /// Whether bytes `start..end` of paragraph `p` share text with the last answer's evidence.
    pub fn in_evidence(&self, p: usize, start: u32, end: u32) -> bool {
        self.evidence.iter().any(|&(q, s, e)| q as usize == p && s < end && start < e)
    }

    /// Whether sentence `s` shares text with the last answer's evidence.
    pub fn told(&self, s: &crate::kb::Sentence) -> bool {
        self.evidence.iter().any(|&(p, start, end)| s.overlaps(p as usize, start, end))
    }

    /// Puts `people` and `sides` in front, most relevant first, keeping the list short.
    pub fn remember(&mut self, article: usize, people: &[usize], sides: &[usize]) {
        if self.article != Some(article) {
            self.people.clear();
            self.sides.clear();
            self.listed.clear();
            self.place = None;
            self.article = Some(article);
        }
        for list in [(&mut self.people, people), (&mut self.sides, sides)] {
            let (mine, new) = list;
            for &x in new.iter().rev() {
                mine.retain(|&y| y != x);
                mine.insert(0, x);
            }
            mine.truncate(KEEP);
        }
    }
}
