//! The one answer structure every intent fills in and every renderer reads.

use serde::Serialize;

use crate::matcher::Intent;

/// Where a quoted text comes from: an article paragraph, or its byline or credits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub article: String,
    /// 1-based paragraph; `None` for the byline and credits.
    pub paragraph: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<&'static str>,
    /// Verbatim article text.
    pub text: String,
    /// The report the words are from ("Reuters, 23 April 2025"), named when several are loaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
}

impl Citation {
    pub fn new(article: &str, paragraph: Option<usize>, part: Option<&'static str>, text: &str) -> Citation {
        Citation { article: article.to_string(), paragraph, part, text: text.to_string(), report: None }
    }

    /// `¶4`, or `byline` / `credits`; after the report's name when one is set
    /// (`Reuters, 23 April 2025, ¶4`).
    pub fn mark(&self) -> String {
        let place = match (self.paragraph, self.part) {
            (Some(p), _) => format!("¶{p}"),
            (None, Some(part)) => part.to_string(),
            (None, None) => String::new(),
        };
        match &self.report {
            Some(r) if place.is_empty() => r.clone(),
            Some(r) => format!("{r}, {place}"),
            None => place,
        }
    }
}

/// One piece of support: who is speaking (if anyone) and the verbatim words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// "JD Vance (U.S. Vice President) said:", "According to diplomats:".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub citation: Citation,
}

/// A way out of an ambiguous question: a button label and the question it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub label: String,
    pub question: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// False for every decline, every "the article has no words of X", every question asked back.
    pub answered: bool,
    /// The short direct answer.
    pub lead: String,
    pub evidence: Vec<Evidence>,
    /// Side notes (input cut short, instructions ignored).
    pub notes: Vec<String>,
    /// Example questions offered with a decline.
    pub examples: Vec<String>,
    /// Options when the question fits several people.
    pub choices: Vec<Choice>,
    pub intent: Intent,
    pub confidence: f32,
    #[serde(skip)]
    pub people: Vec<usize>,
    #[serde(skip)]
    pub sides: Vec<usize>,
    /// Who the evidence comes from, for "Who says so?".
    #[serde(skip)]
    pub sources: Vec<String>,
    /// A decline for want of a recorded fact ("the article gives no position of Britain on
    /// settlements"), not for want of words, with what the fact would have been about: the
    /// ranked sentences may still answer when the best of them speaks of it, and the decline
    /// stands when they do not (see `responder::arbitrate`).
    #[serde(skip)]
    pub wanting: Vec<crate::matcher::QTerm>,
}

impl Answer {
    /// The answers to two questions asked in one message, one after the other: this answer,
    /// then the other's lead over its own evidence, so that a lead such as "JD Vance said:"
    /// stands over his words and not over the first answer's.
    pub fn and(mut self, other: Answer) -> Answer {
        let lead = other.lead.trim().to_string();
        let mut evidence = other.evidence.into_iter();
        match evidence.next() {
            Some(mut first) => {
                first.label = Some(match first.label.take() {
                    Some(l) => format!("{lead} {l}"),
                    None => lead,
                });
                self.evidence.push(first);
            }
            None => self.lead = format!("{}\n{}", self.lead, lead),
        }
        for e in evidence {
            if !self.evidence.iter().any(|x| x.citation == e.citation) {
                self.evidence.push(e);
            }
        }
        self.notes.extend(other.notes);
        self.confidence = self.confidence.min(other.confidence);
        for p in other.people {
            if !self.people.contains(&p) {
                self.people.push(p);
            }
        }
        for s in other.sides {
            if !self.sides.contains(&s) {
                self.sides.push(s);
            }
        }
        self.sources.extend(other.sources);
        self
    }

    pub fn new(intent: Intent, answered: bool, lead: impl Into<String>) -> Answer {
        Answer {
            answered,
            lead: lead.into(),
            evidence: Vec::new(),
            notes: Vec::new(),
            examples: Vec::new(),
            choices: Vec::new(),
            intent,
            confidence: if answered { 1.0 } else { 0.0 },
            people: Vec::new(),
            sides: Vec::new(),
            sources: Vec::new(),
            wanting: Vec::new(),
        }
    }

    /// Marks a decline as one for want of a recorded fact about `topic` (see [`Answer::wanting`]).
    pub fn for_want_of_fact(mut self, topic: &[crate::matcher::QTerm]) -> Answer {
        self.wanting = topic.to_vec();
        self
    }

    pub fn with_confidence(mut self, c: f32) -> Answer {
        self.confidence = c.clamp(0.0, 1.0);
        self
    }

    /// Adds evidence unless the same words are already cited.
    pub fn cite(&mut self, label: Option<String>, citation: Citation) {
        if self.evidence.iter().any(|e| e.citation.text == citation.text || e.citation.text.contains(&citation.text)) {
            return;
        }
        self.evidence.push(Evidence { label, citation });
    }

    /// Whether the answer cites `text` of paragraph `p`, in part or whole: a fact's evidence,
    /// which a citation may give without its quotation marks.
    pub fn cites(&self, p: usize, text: &str) -> bool {
        const QUOTE_MARKS: &[char] = &['“', '”', '"', ' '];
        let text = text.trim_matches(QUOTE_MARKS);
        self.evidence.iter().any(|e| {
            let cited = e.citation.text.trim_matches(QUOTE_MARKS);
            e.citation.paragraph == Some(p) && (cited.contains(text) || text.contains(cited))
        })
    }

    pub fn citations(&self) -> Vec<&Citation> {
        self.evidence.iter().map(|e| &e.citation).collect()
    }
}
