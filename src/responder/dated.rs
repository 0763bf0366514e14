//! "Did Trump call Putin in March?", "was Crimea annexed in 2015?", "did Ukraine draft the
//! paper on Thursday?": a yes/no question that dates one of the article's events otherwise
//! than the article does. The event is the one the question's other words describe (with
//! everyone it names taking part); its date, resolved against the article's, settles a
//! weekday, a month or a year the question gives. A date it contradicts is answered no, with
//! the event's own time; a date it agrees with, or cannot settle ("last week" and a weekday),
//! is left to the other answers.

use super::{Answer, Cx};
use crate::kb::dates::{days, month, weekday, year, MONTHS, WEEKDAYS};
use crate::matcher::tokens::Token;
use crate::matcher::Question;

/// A time a question gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    /// Monday = 0.
    Weekday(i64),
    /// January = 1.
    Month(i64),
    Year(i64),
}

/// The answer "no", when the question dates an event otherwise than the article.
pub fn contradicted(cx: &Cx<'_>, q: &Question) -> Option<Answer> {
    // "Will they meet on Friday?" asks what no report of the past can settle; "did he say he
    // hoped …" still asks of the past.
    if !q.polar || super::plans::asks_what_will_be(q) {
        return None;
    }
    let (at, asked) = asked_time(&q.tokens)?;
    let d = &cx.article.data;
    let time_word = &q.tokens[at].word;
    let topic: Vec<_> = super::events::event_topic(q).into_iter().filter(|t| &t.word != time_word).collect();
    let people: Vec<&str> = q.people().into_iter().map(|p| d.person[p].id.as_str()).collect();
    // Every event of theirs, dated or not: "since Rubio flew to London on Wednesday" describes
    // his trip, which has no date, not his dated call.
    let theirs: Vec<usize> = (0..d.event.len()).filter(|&i| d.event[i].has_all(&people)).collect();
    // "Did Rubio speak to Lammy on Monday?": two people named and one event of theirs is that
    // event, whatever its verb; else the event the question's words describe.
    let (ei, described) = match theirs[..] {
        [only] if people.len() >= 2 => (only, true),
        _ => {
            let (ei, cov) = super::events::best_covered(cx, &topic, theirs.iter().copied())?;
            let topical = topic.iter().any(|t| t.entity.is_none() && t.score(&cx.index.event_terms[ei]) > 0.0);
            (ei, cov >= super::events::DESCRIBED && topical)
        }
    };
    let e = &d.event[ei];
    if !described || !contradicts(e.date.as_deref()?, asked) {
        return None;
    }
    let mut a = Answer::new(q.intent, true, format!("No. {}{}.", super::upper_first(&e.what), super::events::time_of(e))).with_confidence(0.8);
    super::events::cite_event(cx, &mut a, ei);
    Some(a)
}

/// The first weekday, month (after "in", since "may" and "march" are verbs too) or year the
/// question gives, with where it is.
fn asked_time(toks: &[Token]) -> Option<(usize, Asked)> {
    (0..toks.len()).find_map(|i| {
        let w = toks[i].word.as_str();
        if let Some(k) = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(w)) {
            return Some((i, Asked::Weekday(k as i64)));
        }
        if let Some(k) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(w)).filter(|_| i > 0 && toks[i - 1].word == "in") {
            return Some((i, Asked::Month(k as i64 + 1)));
        }
        w.parse::<i64>().ok().filter(|y| w.len() == 4 && (1900..=2100).contains(y)).map(|y| (i, Asked::Year(y)))
    })
}

/// Whether a date of the data (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a range `A/B`) rules out the
/// time asked; what it cannot settle does not.
fn contradicts(date: &str, asked: Asked) -> bool {
    if let Some((from, to)) = date.split_once('/') {
        return match asked {
            Asked::Year(y) => !(year(from)..=year(to)).contains(&Some(y)),
            Asked::Month(m) => year(from) == year(to) && !(month(from)..=month(to)).contains(&Some(m)),
            // A range of a week or more holds every weekday.
            Asked::Weekday(k) => matches!((days(from), days(to)), (Some(a), Some(b)) if b - a < 6 && !(a..=b).any(|x| weekday(x) == k)),
        };
    }
    match asked {
        Asked::Year(y) => year(date).is_some_and(|x| x != y),
        Asked::Month(m) => month(date).is_some_and(|x| x != m),
        Asked::Weekday(k) => days(date).is_some_and(|x| weekday(x) != k),
    }
}
