//! Parley answers questions about a news report, and every answer quotes the report.
//!
//! Data flows one way:
//!
//! ```text
//! message ──▶ matcher ──▶ Question ──▶ responder ──▶ Answer ──▶ render ──▶ text · JSON · Telegram HTML
//!               ▲                         ▲
//!               └──── kb (articles, indexes, lexicon) ┘        conversation: follow-up context
//! ```
//!
//! * [`kb`]: the articles as data (`data/*.toml`): verbatim paragraphs, people, quotes,
//!   proposals, positions, events. Loading checks every piece of evidence against the text.
//! * [`matcher`]: normalises a message, finds names, titles and typos, reads the intent,
//!   and ranks sentences for questions no fact answers.
//! * [`responder`]: composes an [`Answer`]: a short lead, verbatim evidence cited by
//!   paragraph, attribution kept ("According to several sources"), or an honest decline.
//! * [`render`]: the same answer as plain text, JSON lines, or Telegram HTML.
//! * [`conversation`]: what a chat has been about, so "What did he say?" works.
//! * [`telegram`]: the bot runtime (teloxide), on top of the same [`Engine`].
//! * [`eval`]: `parley eval`, a question set scored in process the way `score.py` scores it.
//! * [`draft`]: `parley draft`, a plain-text report drafted into a data file for review.
//!
//! The [`Engine`] ties them together; the `parley` binary (`src/main.rs`) is its command line.

pub mod conversation;
pub mod draft;
pub mod eval;
pub mod kb;
pub mod matcher;
#[doc(hidden)]
pub mod par;
pub mod render;
pub mod responder;
mod router;
pub mod telegram;

use conversation::Context;
use kb::{DataError, Kb};
use matcher::{Index, Matcher};
pub use responder::Answer;

/// The answer engine: checked articles and their indexes. Cheap to share (`Arc<Engine>`).
pub struct Engine {
    kb: Kb,
    indexes: Vec<Index>,
    router: router::Router,
}

impl Engine {
    pub fn new(kb: Kb) -> Engine {
        let lex = std::sync::Arc::new(matcher::Lexis::build(&kb.lexicon));
        // Articles are indexed on every core; each thread keeps its own word cache.
        let indexes: Vec<Index> = par::map_chunks(&kb.articles, 16, |reader, a| Index::build_shared(a, &lex, reader));
        Engine::with_indexes(kb, indexes)
    }

    fn with_indexes(kb: Kb, indexes: Vec<Index>) -> Engine {
        let router = router::Router::build(&indexes);
        Engine { kb, indexes, router }
    }

    /// Checks and indexes article files given as (file name, TOML text): each article is
    /// indexed right after it is checked, on the same core, every core busy.
    pub fn from_texts(files: Vec<(String, String)>, lexicon: kb::Lexicon) -> Result<Engine, DataError> {
        let lex = std::sync::Arc::new(matcher::Lexis::build(&lexicon));
        let (kb, indexes) = Kb::from_texts_with(files, lexicon, |reader, a| Index::build_shared(a, &lex, reader))?;
        Ok(Engine::with_indexes(kb, indexes))
    }

    /// Every article file in `dir` (see [`Kb::from_dir`]).
    pub fn from_dir(dir: &std::path::Path) -> Result<Engine, DataError> {
        let (files, lexicon) = Kb::read_dir(dir)?;
        Engine::from_texts(files, lexicon)
    }

    /// The data compiled into the binary.
    pub fn shipped() -> Result<Engine, DataError> {
        let (files, lexicon) = Kb::shipped_texts()?;
        Engine::from_texts(files, lexicon)
    }

    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Answers one message, reading and updating the conversation's context. Two questions
    /// in one message ("who is X, and what did he say?") are answered in turn, the second as a
    /// follow-up to the first.
    pub fn answer(&self, message: &str, ctx: &mut Context) -> Answer {
        if let Some((first, second)) = matcher::compound::split(message) {
            let before = ctx.clone();
            let a = self.answer_one(first, ctx);
            let b = self.answer_one(second, ctx);
            if a.answered && b.answered {
                return a.and(b);
            }
            // One part or neither answered: the message read whole may do better.
            *ctx = before;
        }
        self.answer_one(message, ctx)
    }

    /// Answers one question.
    fn answer_one(&self, message: &str, ctx: &mut Context) -> Answer {
        let fresh = Context::default();
        let mut best: Option<(usize, Answer, matcher::Question)> = None;
        let mut others: Vec<(usize, Answer, matcher::Question)> = Vec::new();
        // Only the articles the question can be about are read in full.
        let candidates = self.router.candidates(message, ctx.article, 3);
        for i in candidates {
            let (article, index) = (&self.kb.articles[i], &self.indexes[i]);
            let own = if ctx.article == Some(i) || ctx.article.is_none() { &*ctx } else { &fresh };
            let m = Matcher::new(article, index);
            let q = m.understand(message, own);
            if log::log_enabled!(target: "parley::matcher", log::Level::Debug) {
                log::debug!(
                    target: "parley::matcher",
                    "[{}] {:?} mentions={:?} terms={:?} amb={:?} follow_up={} asked_thing={:?} respondent={:?} polar={} future={}",
                    article.id(),
                    q.intent,
                    q.mentions.iter().map(|m| (&m.entity, &m.words, m.qualifier, m.from_context)).collect::<Vec<_>>(),
                    q.terms.iter().map(|t| &t.word).collect::<Vec<_>>(),
                    q.ambiguous,
                    q.follow_up,
                    q.asked_thing,
                    q.respondent,
                    q.polar,
                    q.future
                );
            }
            let mut a = responder::respond(&responder::Cx { article, index, ctx: own }, &q);
            if q.fuzzy_names > 0 {
                // A name read through a typo loses to the same name spelt right elsewhere.
                a.confidence *= 0.9;
            }
            let better = match &best {
                None => true,
                // "What is the latest on …": of two answers, the newer report's.
                Some((bi, b, _)) if q.latest && a.answered && b.answered => article.data.article.date > self.kb.articles[*bi].data.article.date,
                Some((bi, b, _)) => {
                    (a.answered && !b.answered)
                        || (a.answered == b.answered && a.confidence > b.confidence + f32::EPSILON)
                        || (a.answered == b.answered
                            && (a.confidence - b.confidence).abs() <= f32::EPSILON
                            && ctx.article == Some(i)
                            && ctx.article != Some(*bi))
                }
            };
            if better {
                if let Some(prev) = best.take() {
                    others.push(prev);
                }
                best = Some((i, a, q));
            } else {
                others.push((i, a, q));
            }
        }
        let Some((i, mut a, q)) = best else {
            return nothing_loaded();
        };
        if !q.latest {
            self.quotes_across_reports(i, &mut a, &others);
        }
        self.remember(ctx, i, &q, &a);
        self.name_reports(&mut a);
        a
    }

    /// The sentences of the article a fresh question is most likely about, ranked by meaning,
    /// with their features: what `examples/fit_ranker.rs` fits the ranker on.
    pub fn rank_sentences(&self, message: &str) -> Vec<(String, matcher::semantic::Ranked)> {
        let ctx = Context::default();
        let Some(&i) = self.router.candidates(message, None, 1).first() else { return Vec::new() };
        let (article, index) = (&self.kb.articles[i], &self.indexes[i]);
        let q = Matcher::new(article, index).understand(message, &ctx);
        matcher::semantic::rank(article, index, &q).into_iter().map(|r| (article.sentences[r.sentence].text(article).to_string(), r)).collect()
    }

    /// "What did X say?" asked of several reports that quote the same person: their words from
    /// every report, oldest report first, instead of one report's only.
    fn quotes_across_reports(&self, best: usize, a: &mut Answer, others: &[(usize, Answer, matcher::Question)]) {
        let name_in = |i: usize, ans: &Answer| ans.people.first().and_then(|&p| self.kb.articles[i].data.person.get(p)).map(|p| p.name.clone());
        if a.intent != matcher::Intent::Quote || !a.answered {
            return;
        }
        let Some(name) = name_in(best, a) else { return };
        let same: Vec<&(usize, Answer, matcher::Question)> =
            others.iter().filter(|(i, o, _)| o.intent == matcher::Intent::Quote && o.answered && name_in(*i, o).as_deref() == Some(name.as_str())).collect();
        if same.is_empty() {
            return;
        }
        let date = |i: usize| self.kb.articles[i].data.article.date.clone();
        let mut all: Vec<(String, responder::Evidence)> = a.evidence.drain(..).map(|e| (date(best), e)).collect();
        for (i, o, _) in same {
            all.extend(o.evidence.iter().cloned().map(|e| (date(*i), e)));
            a.sources.extend(o.sources.iter().cloned());
        }
        // Stable: each report's own order is kept within its date.
        all.sort_by(|x, y| x.0.cmp(&y.0));
        let labels: Vec<Option<String>> = all.iter().map(|(_, e)| e.label.clone()).collect();
        a.evidence = all.into_iter().map(|(_, e)| e).collect();
        if labels.iter().all(Option::is_none) {
            // One statement each led with its label; the label goes back on every quote now.
            let label = a.lead.clone();
            for e in &mut a.evidence {
                e.label = Some(label.clone());
            }
        }
        a.lead = format!("The reports quote {name} {} times, oldest first:", a.evidence.len());
    }

    /// Example questions the loaded reports can answer, for a welcome message: in turn from
    /// each report, newest first.
    pub fn examples(&self, n: usize) -> Vec<String> {
        let per: Vec<Vec<String>> = self.each(|cx| responder::examples(cx, n));
        let mut out: Vec<String> = Vec::new();
        for k in 0..n {
            for ex in per.iter().filter_map(|e| e.get(k)) {
                if out.len() < n && !out.contains(ex) {
                    out.push(ex.clone());
                }
            }
        }
        out
    }

    /// A person the reports quote, and a person they name with a title, by the names a
    /// reader would type: the examples of `/quote NAME` and `/who NAME`.
    pub fn example_names(&self) -> (Option<String>, Option<String>) {
        let first = |f: fn(&responder::Cx<'_>) -> Option<String>| self.each(f).into_iter().flatten().next();
        (first(responder::quoted_surname), first(responder::titled_surname))
    }

    /// The loaded reports in a phrase, newest first: "one report: London peace talks on the
    /// war in Ukraine (Reuters, 23 April 2025)", or "2 reports: …; …".
    pub fn about(&self) -> String {
        let each: Vec<String> = self.each(|cx| {
            let m = &cx.article.data.article;
            format!("{} ({}, {})", m.label, m.outlet, responder::events::format_date(&m.date))
        });
        match each.len() {
            0 => "no report".to_string(),
            1 => format!("one report: {}", each[0]),
            n => format!("{n} reports: {}", each.join("; ")),
        }
    }

    /// Each side's positions on each issue, in every report.
    pub fn positions(&self) -> Answer {
        self.positions_on("")
    }

    /// The positions on the issues `topic` names ("crimea"), in every report that has them,
    /// or a reply saying there are none.
    pub fn positions_on(&self, topic: &str) -> Answer {
        let answers = self.each(|cx| responder::overview::positions_on(cx, topic));
        let mut answered = answers.iter().filter(|a| a.answered);
        let Some(first) = answered.next() else {
            return answers.into_iter().next().unwrap_or_else(nothing_loaded);
        };
        let mut a = first.clone();
        for other in answered {
            a.evidence.extend(other.evidence.iter().cloned());
        }
        self.name_reports(&mut a);
        a
    }

    /// Events of every report in date order, dates resolved.
    pub fn timeline(&self) -> Answer {
        let ctx = Context::default();
        let reports = self.contexts(&ctx);
        if reports.is_empty() {
            return nothing_loaded();
        }
        let mut a = responder::overview::timeline(&reports);
        self.name_reports(&mut a);
        a
    }

    /// Title, outlet, date, authors and how to read the original, of every report.
    pub fn source(&self) -> Answer {
        let mut answers = self.each(responder::overview::source);
        if answers.len() < 2 {
            return answers.pop().unwrap_or_else(nothing_loaded);
        }
        let mut a = Answer::new(matcher::Intent::Meta, true, format!("{} reports are loaded, newest first:", answers.len()));
        for one in answers {
            for mut e in one.evidence {
                e.label = Some(format!("{} {}", one.lead, e.label.unwrap_or_default()).trim().to_string());
                a.evidence.push(e);
            }
        }
        self.name_reports(&mut a);
        a
    }

    /// Every report with its index, newest first (the order a reader wants them listed in).
    fn contexts<'a>(&'a self, ctx: &'a Context) -> Vec<responder::Cx<'a>> {
        let mut all: Vec<responder::Cx<'a>> =
            self.kb.articles.iter().zip(&self.indexes).map(|(article, index)| responder::Cx { article, index, ctx }).collect();
        all.sort_by(|a, b| b.article.data.article.date.cmp(&a.article.data.article.date));
        all
    }

    /// `f` on every report, newest first.
    fn each<T>(&self, f: impl Fn(&responder::Cx<'_>) -> T) -> Vec<T> {
        let ctx = Context::default();
        self.contexts(&ctx).iter().map(f).collect()
    }

    /// Names each citation's report (outlet, date) when more than one report is loaded: a
    /// paragraph number alone no longer says where the words are.
    fn name_reports(&self, a: &mut Answer) {
        if self.kb.articles.len() < 2 {
            return;
        }
        for e in &mut a.evidence {
            if let Some(m) = self.kb.articles.iter().map(|x| &x.data.article).find(|m| m.id == e.citation.article) {
                e.citation.report = Some(format!("{}, {}", m.outlet, responder::events::format_date(&m.date)));
            }
        }
    }

    fn remember(&self, ctx: &mut Context, article: usize, q: &matcher::Question, a: &Answer) {
        let mut people: Vec<usize> = Vec::new();
        // Who the answer names first ("JD Vance said: …" to "who said …") is who "he" means next,
        // whichever responder wrote it. Responders write a person's full name, so a substring
        // search is enough (and costs far less than reading the lead for aliases).
        let mut lead_people: Vec<(usize, usize)> = if a.answered {
            let d = &self.kb.articles[article].data;
            d.person.iter().enumerate().filter(|(_, p)| p.named).filter_map(|(i, p)| a.lead.find(p.name.as_str()).map(|at| (at, i))).collect()
        } else {
            Vec::new()
        };
        lead_people.sort_unstable();
        let lead_people: Vec<usize> = lead_people.into_iter().map(|(_, i)| i).collect();
        // Then whose words the evidence is ("JD Vance … said:"): "and if they don't say yes?"
        // asked of two people is answered by one, and "he" next is the one who answered.
        let labelled: Vec<usize> = if a.answered {
            let d = &self.kb.articles[article].data;
            d.person
                .iter()
                .enumerate()
                .filter(|(_, p)| p.named && a.evidence.iter().any(|e| e.label.as_deref().is_some_and(|l| l.starts_with(p.name.as_str()))))
                .map(|(i, _)| i)
                .collect()
        } else {
            Vec::new()
        };
        // A plural title that stands for several people ("which countries' ministers …") names
        // no one "he" can mean next.
        let one_each: Vec<usize> = q
            .people()
            .into_iter()
            .filter(|&p| {
                let words = q.mentions.iter().find(|m| m.entity == matcher::EntityRef::Person(p)).map(|m| m.words.as_str());
                q.mentions.iter().filter(|m| matches!(m.entity, matcher::EntityRef::Person(_)) && Some(m.words.as_str()) == words).count() == 1
            })
            .collect();
        for p in lead_people.iter().chain(&labelled).chain(&one_each).chain(&a.people) {
            if !people.contains(p) {
                people.push(*p);
            }
        }
        let mut sides = q.sides();
        for s in &a.sides {
            if !sides.contains(s) {
                sides.push(*s);
            }
        }
        ctx.remember(article, &people, &sides);
        ctx.asked = q.people();
        // "Who says so?" is about the last answer and changes nothing; "tell me more" keeps the
        // last question but moves the evidence on, so "more" again goes further.
        if q.intent == matcher::Intent::SourceOfLast {
            return;
        }
        let d = &self.kb.articles[article].data;
        // A place that is also an issue ("Crimea") is what "it" may stand for next, and what is
        // argued over, not where anyone was.
        let issue = |x: usize| d.place.get(x).is_some_and(|pl| d.issue.iter().any(|i| i.id == pl.id));
        ctx.named_thing = q.mentions.iter().find_map(|m| match m.entity {
            matcher::EntityRef::Place(x) if issue(x) => Some(d.place[x].name.clone()),
            _ => None,
        });
        if let Some(place) = q.mentions.iter().find_map(|m| match m.entity {
            matcher::EntityRef::Place(x) if !m.qualifier && !m.from_context && x < d.place.len() && !issue(x) => Some(x),
            _ => None,
        }) {
            ctx.place = Some(place);
        }
        let asked = q.people();
        ctx.went_on = q.intent == matcher::Intent::More;
        ctx.introduced = lead_people.iter().copied().filter(|p| !asked.contains(p)).collect();
        // "The second one" counts in the answer's list of people, else in the people the
        // question named itself (one name each, none recalled from before), and may come two
        // turns after it.
        let named_here: Vec<usize> =
            one_each.iter().copied().filter(|&p| q.mentions.iter().any(|m| m.entity == matcher::EntityRef::Person(p) && !m.from_context)).collect();
        if let Some(list) = [&lead_people, &named_here].into_iter().find(|l| l.len() >= 2) {
            ctx.listed = list.clone();
        }
        if q.intent != matcher::Intent::More {
            // "They" next is the side this question was about — unless the answer brought in
            // people of its own ("Lammy and Healey met them"), or the question carried people over
            // ("and the American they saw?").
            let recalls_people = q.mentions.iter().any(|m| m.from_context && matches!(m.entity, matcher::EntityRef::Person(_)));
            ctx.subject_side = match q.mentions.iter().find(|m| !m.qualifier).map(|m| m.entity) {
                Some(matcher::EntityRef::Side(s)) if ctx.introduced.len() < 2 && !recalls_people => Some(s),
                _ => None,
            };
            ctx.intent = Some(q.intent);
            ctx.responded = q.respondent.is_some();
            ctx.ahead = responder::looks_ahead(q);
            if !q.terms.is_empty() {
                // Interned forms are enough to match with; the strings of synonyms are not kept.
                ctx.terms = q.terms.iter().map(|t| matcher::QTerm { alts: Vec::new(), ..t.clone() }).collect();
            }
        }
        if a.answered {
            ctx.sources = a.sources.clone();
            let art = &self.kb.articles[article];
            ctx.evidence = a
                .evidence
                .iter()
                .filter_map(|e| {
                    let p = e.citation.paragraph?;
                    let start = art.paragraph(p)?.find(&e.citation.text)?;
                    Some((p as u32, start as u32, (start + e.citation.text.len()) as u32))
                })
                .collect();
        }
    }
}

fn nothing_loaded() -> Answer {
    Answer::new(matcher::Intent::Empty, false, "No article is loaded.")
}
