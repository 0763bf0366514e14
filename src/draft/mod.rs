//! `parley draft`: a plain-text news report to a data file in the shipped format, for a person
//! to review. Everything it writes is the report's own words (paragraphs, titles, quotes,
//! sources), so the draft passes `parley check`; what it cannot read with confidence it leaves
//! out rather than guess.
//!
//! What it reads, in the conventions of wire copy:
//! * **Metadata**: a byline ("By A, B and C"), a dateline opening the first paragraph
//!   ("LONDON/PARIS (Reuters) –"), a credits line in brackets ("(Reporting by …)"), and short
//!   lines without a full stop as section heads; none of them are numbered paragraphs.
//! * **People**: a name (two or three capitalised words) with the title the report gives it,
//!   before it ("U.S. Secretary of State Marco Rubio", "Foreign minister David Lammy") or as an
//!   apposition after it ("Andriy Yermak, Ukrainian President Volodymyr Zelenskiy's chief of
//!   staff,"). A name with no title is left out: the format needs the report's words for who
//!   someone is.
//! * **Statements**: a sentence with a verb of saying and its subject: a person's name or
//!   surname, "he"/"she" for the person last named, or an unnamed source as written ("Three
//!   diplomats", "A separate source close to the discussions"). A quotation that runs over
//!   several paragraphs belongs to the speaker named where it ends; words in quotation marks
//!   become the statement's `quote`.
//!
//! * **Events**: a sentence with a time phrase ("on Sunday", "late on Tuesday", "last week",
//!   "in February") is an event on that date, resolved against the report's date (a weekday is
//!   the last such day on or before it), with the people it names.
//!
//! * **Sides and places** ([`sides`]): the countries and blocs the report names as parties,
//!   and the places where things happen, read against a table of the world's countries.
//!
//! * **Proposals** ([`proposals`]): a proposal noun with an owner and the list of what it
//!   includes, each item with an issue of its own words.
//!
//! Positions are drafted only as what a side's proposals include; stances told otherwise
//! ("Kyiv would not recognise …") are not drafted yet.

mod proposals;
mod sides;

use std::collections::HashMap;

use crate::kb::dates::{days, weekday, MONTHS, WEEKDAYS};
use crate::kb::model::{ArticleFile, Event, Meta, Paragraph, Person, Place, Section, Statement, Title};

/// What the report's text does not say about itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Publication date, `YYYY-MM-DD` (today when not given).
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub id: Option<String>,
}

/// Verbs of saying, in the forms news copy uses.
const SAY: &[&str] =
    &["said", "say", "says", "wrote", "writes", "posted", "posts", "told", "tells", "warned", "added", "stated", "announced", "tweeted", "argued"];
/// Nouns that make a noun phrase a job title.
const ROLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "envoy",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chief",
    "leader",
    "chair",
    "chairman",
    "chairwoman",
    "adviser",
    "advisor",
    "ambassador",
    "director",
    "governor",
    "mayor",
    "senator",
    "premier",
    "chancellor",
    "commissioner",
    "head",
    "official",
    "general",
    "staff",
    "treasurer",
    "negotiator",
    "councillor",
    "councilor",
    "officer",
    "manager",
    "executive",
    "founder",
    "judge",
    "prosecutor",
    "inspector",
    "captain",
    "commander",
    "economist",
    "analyst",
    "professor",
    "nurse",
    "doctor",
    "lawyer",
    "attorney",
    "mp",
    "lawmaker",
    "legislator",
    "representative",
    "delegate",
    "deputy",
];
/// Courtesy titles before a name, not part of it.
const HONORIFICS: &[&str] = &["Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady"];
/// Nouns for unnamed sources.
const SOURCES: &[&str] =
    &["source", "sources", "diplomat", "diplomats", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "people", "person", "aide", "aides"];
/// Capitalised words that start sentences or name days and months, never people.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "In",
    "On",
    "At",
    "Since",
    "Some",
    "One",
    "Two",
    "Three",
    "Beyond",
    "Our",
    "We",
    "If",
    "It",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Prime",
    "Minister",
    "President",
    "Secretary",
    "Deputy",
    "Vice",
    "Foreign",
    "Union",
];

/// The report as a data file, and what the reader should know about the draft.
pub struct Draft {
    pub file: ArticleFile,
}

impl Draft {
    /// The data file as TOML, headed by a note that every fact in it is drafted.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        let body = toml::to_string(&self.file)?;
        Ok(format!(
            "# Drafted by `parley draft` from the report's text: every fact below is the report's own words,\n\
             # found by rule, and needs a person's review before it is shipped. `parley check` proves the\n\
             # words verbatim; only a reader can prove they are the right ones.\n\n{body}"
        ))
    }
}

/// Drafts a data file from a report's plain text.
pub fn draft(text: &str, opts: &Options) -> Draft {
    let mut lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut byline = String::new();
    if lines.first().is_some_and(|l| l.starts_with("By ") && l.len() < 200 && !l.ends_with('.')) {
        byline = lines.remove(0).to_string();
    }
    let mut credits = String::new();
    if lines.last().is_some_and(|l| l.starts_with('(') && l.ends_with(')') && l.to_lowercase().contains(" by ")) {
        credits = lines.pop().unwrap_or_default().to_string();
    }
    let mut paragraphs = Vec::new();
    let mut sections = Vec::new();
    for l in lines {
        if is_head(l) {
            sections.push(Section { title: l.to_string(), first_paragraph: paragraphs.len() + 1 });
        } else {
            paragraphs.push(Paragraph { n: paragraphs.len() + 1, text: l.to_string() });
        }
    }
    // A head after the last paragraph heads nothing.
    sections.retain(|s| s.first_paragraph <= paragraphs.len());
    let (dateline, outlet_in_text) = paragraphs.first().map(|p| dateline(&p.text)).unwrap_or_default();
    let outlet = opts.outlet.clone().or(outlet_in_text).unwrap_or_else(|| "unknown outlet".into());
    let date = opts.date.clone().unwrap_or_else(today);
    let authors = authors(&byline);
    let label = paragraphs.first().map(|p| first_words(strip_dateline(&p.text), 8)).unwrap_or_default();
    let id = opts.id.clone().unwrap_or_else(|| slug(&format!("{outlet} {date} {label}")));
    let mut people = people(&paragraphs);
    pronouns(&paragraphs, &mut people);
    let (side, place) = sides::sides_and_places(&paragraphs, &mut people, &dateline);
    let mut statements = statements(&paragraphs, &people);
    spokespeople(&mut people, &mut statements);
    let events = events(&paragraphs, &people, &place, &date);
    let (proposal, issue) = proposals::proposals(&paragraphs, &people, &side, &statements, &events);
    let position = proposals::positions(&proposal);
    let file = ArticleFile {
        article: Meta {
            id,
            label,
            original: format!("{outlet}, {date}"),
            drafted: true,
            outlet,
            date,
            dateline: if dateline.is_empty() { "-".into() } else { dateline },
            byline: if byline.is_empty() { "-".into() } else { byline },
            authors,
            credits: if credits.is_empty() { "-".into() } else { credits },
        },
        section: sections,
        paragraph: paragraphs,
        side,
        place,
        issue,
        person: people,
        statement: statements,
        proposal,
        position,
        event: events,
    };
    Draft { file }
}

/// A section head: a short line with no sentence end.
fn is_head(l: &str) -> bool {
    l.chars().count() <= 60 && !l.ends_with(['.', '"', '”', ':', ')']) && l.split_whitespace().count() <= 8
}

/// "LONDON/PARIS (Reuters) – …": the place and the outlet.
fn dateline(text: &str) -> (String, Option<String>) {
    let Some(open) = text.find(" (") else { return (String::new(), None) };
    let place = &text[..open];
    if place.is_empty() || place.len() > 60 || place.chars().any(|c| c.is_lowercase()) {
        return (String::new(), None);
    }
    let rest = &text[open + 2..];
    let outlet = rest.find(')').map(|close| rest[..close].to_string());
    (place.to_string(), outlet)
}

fn strip_dateline(text: &str) -> &str {
    for dash in [" – ", " — ", " - "] {
        if let Some(i) = text.find(dash) {
            if i < 80 && text[..i].contains('(') {
                return &text[i + dash.len()..];
            }
        }
    }
    text
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n).collect();
    words.join(" ").trim_end_matches([',', '.', ';']).to_string()
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(60).collect()
}

/// "By A, B and C" to [A, B, C].
fn authors(byline: &str) -> Vec<String> {
    let Some(names) = byline.strip_prefix("By ") else { return Vec::new() };
    names.split([',']).flat_map(|x| x.split(" and ")).map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

/// A word of a name: capitalised letters ("Zelenskiy", "JD", "O'Neil"), not a common word
/// that happens to start a sentence.
fn name_word(w: &str) -> bool {
    let w = w.trim_end_matches(['’', '\'']).trim_end_matches("’s").trim_end_matches("'s");
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') && w.len() >= 2 && !NOT_NAMES.contains(&w)
}

/// Words of a text with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    // A full stop ending a sentence is not part of the word ("Vance said." -> "said").
    out.into_iter()
        .map(|(s, w)| {
            let t = if w.len() > 2 && w.ends_with('.') && !w[..w.len() - 1].contains('.') { &w[..w.len() - 1] } else { w };
            (s, t)
        })
        .collect()
}

fn bare(w: &str) -> &str {
    // `strip_suffix` compares the end; `trim_end_matches` with a string pattern builds a searcher.
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w).trim_end_matches(['.', ',', '’', '\''])
}

fn is_role(w: &str) -> bool {
    ROLES.contains(&bare(w).to_lowercase().as_str())
}

/// People named with a title, in order of first mention.
fn people(paragraphs: &[Paragraph]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for par in paragraphs {
        let ws = words(&par.text);
        let mut i = 0;
        while i < ws.len() {
            // A name: two or three name words in a row, the last not followed by another.
            let text_between = |a: usize, b: usize| &par.text[ws[a].0 + ws[a].1.len()..ws[b].0];
            // Name words in a row, a space apart: "Andriy Yermak, Ukrainian …" ends at the
            // comma, and a possessive ends it too ("St Aldric’s Hospital" is nobody).
            let run = (0..6)
                .take_while(|&k| {
                    ws.get(i + k).is_some_and(|(_, w)| name_word(w))
                        && (k == 0 || (text_between(i + k - 1, i + k) == " " && !ws[i + k - 1].1.ends_with("’s") && !ws[i + k - 1].1.ends_with("'s")))
                })
                .count();
            // "Mayor Lorna Castellane", "City Treasurer Joaquim Brandt", "Dr Rafael …": the
            // title or honorific heading the run is not the name.
            let head = (0..run).rev().find(|&k| is_role(ws[i + k].1) || HONORIFICS.contains(&ws[i + k].1)).map_or(0, |k| k + 1);
            if head > 0 && run - head >= 2 {
                i += head;
                continue;
            }
            let len = run.min(3);
            // "Secretary of State Marco Rubio": the word after "of" belongs to the title.
            // "the Eastport Port Authority": a person's name takes no article.
            if len >= 2 && i > 0 && matches!(ws[i - 1].1, "the" | "The") {
                i += len;
                continue;
            }
            if len == 3 && i > 0 && ws[i - 1].1 == "of" {
                i += 1;
                continue;
            }
            if len < 2 {
                i += 1;
                continue;
            }
            // "St Aldric’s Hospital": an owner before a capitalised noun names a place or body.
            let last = ws[i + len - 1].1;
            if (last.ends_with("’s") || last.ends_with("'s")) && ws.get(i + len).is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase)) {
                i += len;
                continue;
            }
            let name = bare(&par.text[ws[i].0..ws[i + len - 1].0 + ws[i + len - 1].1.len()]).to_string();
            let surname = bare(ws[i + len - 1].1).to_string();
            let title = title_before(&par.text, &ws, i)
                .or_else(|| title_after(&par.text, ws[i + len - 1].0 + ws[i + len - 1].1.len()))
                .or_else(|| title_fronted(&par.text, ws[i].0));
            if let Some(title) = title {
                match out.iter_mut().find(|p| p.name == name) {
                    Some(p) => {
                        if !p.titles.iter().any(|t| t.text == title) {
                            p.titles.push(Title { role: role_of(&title), text: title, p: par.n });
                        }
                    }
                    None => out.push(Person {
                        id: slug(&surname),
                        aliases: vec![name.clone(), surname.clone()],
                        name,
                        pronoun: None,
                        side: None,
                        of: None,
                        named: true,
                        titles: vec![Title { role: role_of(&title), text: title, p: par.n }],
                    }),
                }
            }
            i += len;
        }
    }
    // One id per person: a second with the same surname keeps its full name in the id.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for p in &mut out {
        let n = seen.entry(p.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            p.id = slug(&p.name);
        }
    }
    out
}

/// How many words after a name its pronoun is looked for.
const PRONOUN_WITHIN: usize = 40;

/// "he" or "she" for each person, as the report refers to them: the first personal pronoun
/// after a mention of their surname ("Trump raised the pressure when *he* said …"), unless
/// someone else is named first, or a courtesy title before the name ("Mr", "Ms"). A person the
/// report never refers to so keeps none, and so does one it refers to both ways.
fn pronouns(paragraphs: &[Paragraph], people: &mut [Person]) {
    let surnames: Vec<String> = people.iter().map(|p| p.aliases.last().cloned().unwrap_or_default()).collect();
    let texts: Vec<Vec<(usize, &str)>> = paragraphs.iter().map(|p| words(&p.text)).collect();
    for (i, person) in people.iter_mut().enumerate() {
        let (mut he, mut she) = (0, 0);
        for ws in &texts {
            for (k, &(_, w)) in ws.iter().enumerate() {
                if bare(w) != surnames[i] {
                    continue;
                }
                let title = ws[..k].iter().rev().find(|(_, x)| !name_word(x)).map(|(_, x)| *x);
                let found = match title {
                    Some("Mr" | "Mr.") => Some(true),
                    Some("Mrs" | "Mrs." | "Ms" | "Ms.") => Some(false),
                    _ => ws[k + 1..].iter().take(PRONOUN_WITHIN).map(|(_, x)| bare(x)).take_while(|x| !surnames.iter().any(|s| s == x)).find_map(|x| {
                        match x.to_lowercase().as_str() {
                            "he" | "him" | "his" | "himself" => Some(true),
                            "she" | "her" | "hers" | "herself" => Some(false),
                            _ => None,
                        }
                    }),
                };
                match found {
                    Some(true) => he += 1,
                    Some(false) => she += 1,
                    None => {}
                }
            }
        }
        person.pronoun = match (he, she) {
            (1.., 0) => Some("he".into()),
            (0, 1..) => Some("she".into()),
            _ => None,
        };
    }
}

/// "U.S. Secretary of State Marco Rubio": the words before the name back to the start of the
/// clause, when they hold a job noun; capitalised words and "of", "the", possessives and
/// lower-case modifiers ("special envoy", "defence minister") are part of it.
fn title_before(text: &str, ws: &[(usize, &str)], name_at: usize) -> Option<String> {
    let mut from = name_at;
    let mut has_role = false;
    while from > 0 {
        let (s, w) = ws[from - 1];
        let gap = &text[s + w.len()..ws[from].0];
        if gap != " " {
            break;
        }
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        if lower
            && !matches!(w, "of" | "the" | "special" | "foreign" | "defence" | "defense" | "deputy" | "prime" | "vice" | "chief" | "senior" | "top")
            && !is_role(w)
        {
            break;
        }
        if SAY.contains(&w) {
            break;
        }
        has_role |= is_role(w);
        from -= 1;
        if from + 6 < name_at {
            break;
        }
    }
    // Not a bare "the" or "of" at the front.
    while from < name_at && matches!(ws[from].1, "of" | "the" | "The") {
        from += 1;
    }
    (has_role && from < name_at).then(|| text[ws[from].0..ws[name_at].0].trim().to_string())
}

/// "Andriy Yermak, Ukrainian President Volodymyr Zelenskiy's chief of staff, said": the
/// apposition after the name, up to the next comma, when it holds a job noun.
fn title_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].strip_prefix(", ")?;
    let close = rest.find(',')?;
    let phrase = rest[..close].trim();
    let n = phrase.split_whitespace().count();
    if (1..=14).contains(&n) && phrase.split_whitespace().any(is_role) {
        return Some(phrase.to_string());
    }
    // "Colm Farrelly, a theatre nurse who has worked …, said": a description with an article,
    // before a verb of saying, says who someone is even without a job noun we know.
    let said = rest[close + 1..].split_whitespace().next().is_some_and(|w| SAY.contains(&w));
    let described = phrase.strip_prefix("a ").or_else(|| phrase.strip_prefix("an ")).is_some();
    if said && described {
        let cut = [" who ", " which ", " at ", " in ", " for ", " from "].iter().filter_map(|m| phrase.find(m)).min().unwrap_or(phrase.len());
        return Some(phrase[..cut].to_string());
    }
    None
}

/// "Estrenia’s chief negotiator, Pieter Lindqvist, said": the title opening the clause, set
/// off by a comma right before the name.
fn title_fronted(text: &str, start: usize) -> Option<String> {
    let before = text[..start].strip_suffix(", ")?;
    let from = before.rfind(['.', ';', '“', '”', ',']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let phrase = before[from..].trim();
    let n = phrase.split_whitespace().count();
    ((1..=8).contains(&n) && phrase.split_whitespace().any(is_role)).then(|| phrase.to_string())
}

/// The plain role a title names: its words from the first job word or modifier on,
/// lower-cased ("U.S. Secretary of State" -> "secretary of state").
fn role_of(title: &str) -> String {
    let ws: Vec<&str> = title.split_whitespace().skip_while(|w| matches!(*w, "a" | "an" | "the")).collect();
    let modifier =
        |w: &str| matches!(w.to_lowercase().as_str(), "special" | "foreign" | "defence" | "defense" | "deputy" | "prime" | "vice" | "chief" | "senior");
    // "Ukrainian President Volodymyr Zelenskiy's chief of staff": the job is after the owner.
    let owner = ws.iter().rposition(|w| w.ends_with("’s") || w.ends_with("'s")).map_or(0, |k| k + 1);
    let start = ws.iter().skip(owner).position(|w| is_role(w) || modifier(w)).map_or(owner, |k| owner + k);
    ws[start..].join(" ").to_lowercase()
}

/// Statements: each sentence with a verb of saying whose subject is a person drafted, a
/// pronoun for the last one named, or an unnamed source.
fn statements(paragraphs: &[Paragraph], people: &[Person]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    let mut last_person: Option<String> = None;
    let mut counts: HashMap<String, usize> = HashMap::new();
    // Paragraphs of a quotation still open, waiting for the speaker named where it ends.
    let mut open_quote: Vec<(usize, String)> = Vec::new();
    for par in paragraphs {
        let quoting = par.text.starts_with('“');
        let still_open = par.text.matches('“').count() > par.text.matches('”').count();
        // Who spoke last in this paragraph: the quotation goes on in their words.
        let mut current: Option<(Option<String>, Option<String>, String)> = None;
        for sentence in crate::kb::sentences::split_text(&par.text) {
            let found = speaker_of(sentence, people, last_person.as_deref());
            let (speaker, source, medium) = match (found, &current) {
                (Some(f), _) => f,
                (None, Some(c)) if quoting => c.clone(),
                (None, _) => {
                    if quoting {
                        open_quote.push((par.n, sentence.to_string()));
                    }
                    continue;
                }
            };
            current = Some((speaker.clone(), source.clone(), medium.clone()));
            let mut add = |p: usize, evidence: &str| {
                let who = speaker.clone().unwrap_or_else(|| "source".to_string());
                let k = counts.entry(who.clone()).or_default();
                *k += 1;
                out.push(Statement {
                    id: format!("{who}-{k}"),
                    speaker: speaker.clone(),
                    source: source.clone(),
                    medium: medium.clone(),
                    p,
                    evidence: evidence.to_string(),
                    quote: single_quote(evidence),
                    attribution: None,
                    about: Vec::new(),
                });
            };
            // The quotation that ran over earlier paragraphs is this speaker's too.
            for (p, s) in open_quote.drain(..) {
                add(p, &s);
            }
            add(par.n, sentence);
            if speaker.is_some() {
                last_person = speaker.clone();
            }
        }
        if !still_open {
            open_quote.clear();
        }
        // Names mentioned without saying anything still become "he" or "she" next.
        if let Some(p) = people.iter().filter_map(|p| par.text.rfind(p.aliases.last().map(String::as_str).unwrap_or("")).map(|at| (at, p))).max_by_key(|x| x.0)
        {
            if out.last().is_none_or(|s| s.p != par.n) {
                last_person = Some(p.1.id.clone());
            }
        }
    }
    out
}

/// Nouns for someone who speaks for another.
const SPEAKS_FOR: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor"];

/// "A spokesperson for British Prime Minister Keir Starmer said …": an unnamed person who
/// speaks for someone the report names is drafted as a person of theirs (unnamed, `of` them,
/// on their side), so that "what did Starmer's spokesperson say" and "what did Starmer say"
/// find the words; "the spokesperson said" later is the same person.
fn spokespeople(people: &mut Vec<Person>, statements: &mut [Statement]) {
    let mut last: Option<(String, String)> = None;
    for st in statements.iter_mut().filter(|s| s.speaker.is_none()) {
        let Some(source) = st.source.clone() else { continue };
        let ws: Vec<&str> = source.split_whitespace().collect();
        let (det, role) = match ws.as_slice() {
            [d, r, ..] => (d.to_lowercase(), r.to_lowercase()),
            _ => continue,
        };
        if !SPEAKS_FOR.contains(&role.as_str()) {
            continue;
        }
        if det == "the" && ws.len() == 2 {
            if let Some((id, _)) = last.as_ref().filter(|(_, r)| *r == role) {
                st.speaker = Some(id.clone());
                st.source = None;
            }
            continue;
        }
        if !matches!(det.as_str(), "a" | "an") || !matches!(ws.get(2).copied(), Some("for" | "to" | "of")) {
            continue;
        }
        let rest = ws[3..].join(" ");
        let Some(owner) = people.iter().filter(|p| p.named).find(|p| rest.ends_with(p.name.as_str())).cloned() else { continue };
        let id = format!("{}-{role}", owner.id);
        if !people.iter().any(|p| p.id == id) {
            let surname = owner.aliases.last().cloned().unwrap_or_default();
            people.push(Person {
                id: id.clone(),
                name: format!("a {role} for {}", owner.name),
                aliases: vec![format!("{surname}'s {role}")],
                pronoun: None,
                side: owner.side.clone(),
                of: Some(owner.id.clone()),
                named: false,
                titles: vec![Title { text: source.clone(), role: role.clone(), p: st.p }],
            });
        }
        st.speaker = Some(id.clone());
        st.source = None;
        last = Some((id, role));
    }
}

/// The speaker (a person's id) or unnamed source (verbatim), and the medium, of a sentence
/// with a verb of saying.
fn speaker_of(sentence: &str, people: &[Person], last: Option<&str>) -> Option<(Option<String>, Option<String>, String)> {
    let ws = words(sentence);
    for (k, (at, w)) in ws.iter().enumerate() {
        if !SAY.contains(w) {
            continue;
        }
        // Words inside quotation marks are quoted, not the report's own saying.
        let before = &sentence[..*at];
        if before.matches('“').count() > before.matches('”').count() {
            continue;
        }
        let medium = medium(sentence, *at, w);
        // "…,” Vance said." / "X said …": the subject right before the verb.
        let subject_end = *at;
        let clause_start = before.rfind(['”', ',', ';', '.']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        let subject = sentence[clause_start..subject_end].trim();
        // "which several sources said": the relative word is not part of who said it.
        let subject = ["which ", "that ", "who ", "as "].iter().find_map(|r| subject.strip_prefix(r)).unwrap_or(subject);
        // "A spokesperson for … Keir Starmer played down … and said": the source noun heading
        // the subject speaks, not a name inside it.
        if let Some(src) = source_heading(subject) {
            return Some((None, Some(src), medium));
        }
        if let Some(p) = person_in(subject, people) {
            return Some((Some(p), None, medium));
        }
        // "Andriy Yermak, …'s chief of staff, said": after an apposition the subject opens the sentence.
        if subject.is_empty() {
            if let Some(p) = sentence.split(',').next().and_then(|head| person_in(head.trim(), people)) {
                return Some((Some(p), None, medium));
            }
        }
        if matches!(subject, "he" | "she" | "He" | "She") {
            return Some((last.map(str::to_string), None, medium)).filter(|x| x.0.is_some());
        }
        if let Some(src) = source_in(subject) {
            return Some((None, Some(src), medium));
        }
        // "said Vance": the subject right after the verb.
        if let Some((_, next)) = ws.get(k + 1) {
            if let Some(p) = person_in(next, people) {
                return Some((Some(p), None, medium));
            }
        }
    }
    None
}

/// The person an alias names in `text` (the longest alias that fits).
fn person_in(text: &str, people: &[Person]) -> Option<String> {
    let mut best: Option<(usize, &Person)> = None;
    for p in people {
        for a in &p.aliases {
            let names = text.ends_with(a.as_str()) || text == a || text.split_whitespace().any(|w| bare(w) == a);
            if names && best.is_none_or(|b| a.len() > b.0) {
                best = Some((a.len(), p));
            }
        }
    }
    best.map(|b| b.1.id.clone())
}

/// "Three diplomats", "A separate source close to the discussions", "officials": a subject
/// holding a source noun, kept as written.
fn source_in(subject: &str) -> Option<String> {
    let ws: Vec<&str> = subject.split_whitespace().collect();
    (!ws.is_empty() && ws.len() <= 8 && ws.iter().any(|w| SOURCES.contains(&bare(w).to_lowercase().as_str()))).then(|| subject.to_string())
}

/// A subject whose first words are an unnamed source ("A spokesperson for …", "Two people
/// close to the talks"): the phrase up to its first verb, as written.
fn source_heading(subject: &str) -> Option<String> {
    let ws: Vec<&str> = subject.split_whitespace().collect();
    let head = ws.iter().take(3).position(|w| SOURCES.contains(&bare(w).to_lowercase().as_str()))?;
    let verb = ws
        .iter()
        .skip(head + 1)
        .position(|w| w.ends_with("ed") || SAY.contains(w) || matches!(*w, "is" | "was" | "has" | "had"))
        .map_or(ws.len(), |v| head + 1 + v);
    (verb <= 10).then(|| ws[..verb].join(" ")).filter(|p| subject.contains(p.as_str()))
}

/// "said", "wrote on X", "posted on X", "told reporters".
fn medium(sentence: &str, at: usize, verb: &str) -> String {
    let rest = &sentence[at + verb.len()..];
    let on = rest.strip_prefix(" on ").map(|r| r.split(['.', ',', ';', ':', '“']).next().unwrap_or("").trim());
    match on {
        Some(place) if !place.is_empty() && place.split_whitespace().count() <= 4 => format!("{verb} on {place}"),
        _ => verb.to_string(),
    }
}

/// The words in quotation marks, when the evidence holds one quotation.
fn single_quote(evidence: &str) -> Option<String> {
    let open = evidence.find('“')?;
    let close = evidence[open..].find('”').map(|c| open + c)?;
    if evidence[close..].contains('“') {
        return None;
    }
    let q = evidence[open + '“'.len_utf8()..close].trim_end_matches([',', ' ']);
    (q.split_whitespace().count() >= 3).then(|| q.to_string())
}

/// Events: each sentence with a time phrase, dated against the report's date, or placed
/// ("during a visit to India", "meetings in London"), with where it happened when it says.
fn events(paragraphs: &[Paragraph], people: &[Person], places: &[Place], date: &str) -> Vec<Event> {
    let Some(today) = days(date) else { return Vec::new() };
    let mut out = Vec::new();
    for par in paragraphs {
        for sentence in crate::kb::sentences::split_text(&par.text) {
            let place = place_in(sentence, places);
            let timed = time_phrase(sentence, today);
            if timed.is_none() && place.is_none() {
                continue;
            }
            let (at, when, resolved) = match timed {
                Some((at, when, resolved)) => (at, Some(when), Some(resolved)),
                None => (sentence.len(), None, None),
            };
            let body = strip_dateline(sentence);
            let offset = sentence.len() - body.len();
            let before = &sentence[offset.min(at)..at];
            let clause = before.rfind(';').map_or(before, |i| &before[i + 1..]).trim().trim_end_matches([',', '.']);
            // A year names the thing it dates ("Russia's full-scale 2022 invasion"); a phrase of
            // time ends the clause that tells what happened ("Trump raised the pressure on Sunday").
            let what = match when.and_then(|w| year_noun_phrase(sentence, at, w)) {
                Some(phrase) => phrase,
                None if clause.split_whitespace().count() >= 3 => clause,
                None => body.trim_end_matches('.'),
            };
            // Told by an unnamed source: the event keeps them ("according to …").
            let attribution = speaker_of(sentence, people, None).and_then(|(_, source, _)| source);
            // Who took part: the people named in what happened ("Russia's full-scale 2022
            // invasion" has none, whoever else the sentence names).
            let who = people.iter().filter(|p| p.aliases.iter().any(|a| what.contains(a.as_str()))).map(|p| p.id.clone()).collect();
            out.push(Event {
                id: format!("event-{}", out.len() + 1),
                what: what.to_string(),
                name: None,
                who,
                place,
                when: when.map(str::to_string),
                date: resolved,
                p: par.n,
                evidence: sentence.to_string(),
                attribution,
                keywords: Vec::new(),
                also: Vec::new(),
            });
        }
    }
    out
}

/// Words that end the noun phrase around a year.
const PHRASE_ENDS: &[&str] =
    &["by", "of", "the", "a", "an", "in", "on", "at", "to", "from", "with", "and", "or", "for", "since", "after", "before", "that", "which"];

/// The noun phrase a year stands in ("recognising Russia's 2014 annexation of Crimea": "Russia's
/// 2014 annexation"): up to three modifiers before it and two words after, within the clause.
fn year_noun_phrase<'a>(sentence: &'a str, at: usize, year: &str) -> Option<&'a str> {
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let ws = words(sentence);
    let k = ws.iter().position(|&(s, _)| s == at)?;
    let inside = |w: &str| !PHRASE_ENDS.contains(&w.to_lowercase().as_str()) && !w.ends_with([',', ';', ':']);
    // Before the year, a name, a possessive or a compound ("Russia's full-scale"), not a verb.
    let modifier = |w: &str| w.chars().next().is_some_and(char::is_uppercase) || w.ends_with("’s") || w.ends_with("'s") || w.contains('-');
    let mut first = k;
    while first > 0
        && k - first < 3
        && inside(ws[first - 1].1)
        && modifier(ws[first - 1].1)
        && !sentence[ws[first - 1].0 + ws[first - 1].1.len()..ws[first].0].contains([',', ';', '('])
    {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < ws.len()
        && last - k < 2
        && inside(ws[last + 1].1)
        && ws[last + 1].1.chars().next().is_some_and(char::is_lowercase)
        && !sentence[ws[last].0 + ws[last].1.len()..ws[last + 1].0].contains([',', ';', ')'])
    {
        last += 1;
    }
    (first < k || last > k).then(|| &sentence[ws[first].0..ws[last].0 + ws[last].1.len()])
}

/// The place a sentence says something happened in or went to: a drafted place's name after
/// "in", "to" or "at" ("meetings in London", "a visit to India").
fn place_in(sentence: &str, places: &[Place]) -> Option<String> {
    let ws = words(sentence);
    ws.windows(2).find_map(|w| {
        let (prep, name) = (w[0].1, bare(w[1].1));
        if !matches!(prep, "in" | "to" | "at") {
            return None;
        }
        places.iter().find(|p| p.aliases.iter().any(|a| a.split(' ').next() == Some(name) && sentence[w[1].0..].starts_with(a.as_str()))).map(|p| p.id.clone())
    })
}

/// The first time phrase of a sentence: where it starts, its words, and the date it names.
fn time_phrase(sentence: &str, today: i64) -> Option<(usize, &str, String)> {
    let ws = words(sentence);
    for (k, &(at, w)) in ws.iter().enumerate() {
        // A year ("Russia's full-scale 2022 invasion", "in 2014").
        if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20")) {
            return Some((at, w, w.to_string()));
        }
        let next = ws.get(k + 1).map(|x| x.1);
        let span = |last: usize| &sentence[at..ws[last].0 + ws[last].1.len()];
        match (w, next) {
            ("on", Some(day)) if WEEKDAYS.contains(&day) => {
                // "late on Tuesday": the qualifier is part of the phrase.
                let start = match k.checked_sub(1).map(|j| ws[j]) {
                    Some((s, "late" | "early")) => s,
                    _ => at,
                };
                let text = &sentence[start..ws[k + 1].0 + day.len()];
                return Some((start, text, civil(weekday_before(today, day))));
            }
            ("last" | "this" | "next", Some("week")) => {
                let monday = today - weekday(today);
                let shift = match w {
                    "last" => -7,
                    "this" => 0,
                    _ => 7,
                };
                return Some((at, span(k + 1), format!("{}/{}", civil(monday + shift), civil(monday + shift + 6))));
            }
            ("in", Some(month)) if MONTHS.contains(&month) => {
                let m = MONTHS.iter().position(|x| *x == month).unwrap_or(0) as i64 + 1;
                let (y, this_month, _) = ymd(today);
                let year = if m > this_month { y - 1 } else { y };
                return Some((at, span(k + 1), format!("{year:04}-{m:02}")));
            }
            _ => {}
        }
    }
    None
}

/// The last `name`d weekday on or before `today`.
fn weekday_before(today: i64, name: &str) -> i64 {
    let want = WEEKDAYS.iter().position(|d| *d == name).unwrap_or(0) as i64;
    today - (weekday(today) - want).rem_euclid(7)
}

fn ymd(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Today's date, YYYY-MM-DD (UTC), from the system clock: a report's date when none is given.
pub fn today() -> String {
    civil(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64)
}

fn civil(days: i64) -> String {
    let (y, m, d) = ymd(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_phrases_resolve_against_the_report_date() {
        let wed = days("2025-04-23").unwrap();
        let at = |s: &str| time_phrase(s, wed).map(|(_, w, d)| (w.to_string(), d));
        assert_eq!(at("They met on Wednesday to talk."), Some(("on Wednesday".into(), "2025-04-23".into())));
        assert_eq!(at("He spoke late on Tuesday."), Some(("late on Tuesday".into(), "2025-04-22".into())));
        assert_eq!(at("Trump said on Sunday he hoped."), Some(("on Sunday".into(), "2025-04-20".into())));
        assert_eq!(at("a session in Paris last week."), Some(("last week".into(), "2025-04-14/2025-04-20".into())));
        assert_eq!(at("a call in February."), Some(("in February".into(), "2025-02".into())));
        assert_eq!(at("a call in May."), Some(("in May".into(), "2024-05".into())));
        assert_eq!(at("No time here."), None);
        assert_eq!(at("recognising Russia’s 2014 annexation of Crimea"), Some(("2014".into(), "2014".into())));
        assert_eq!(at("a 20% share"), None);
    }

    #[test]
    fn an_event_is_dated_by_a_year_and_placed_by_a_place_it_happened_in() {
        let text = "Officials held meetings in London on Wednesday.\n\nThe plan included recognising Russia’s 2014 annexation of Crimea, sources said.\n\nThe vice president spoke during a visit to India.";
        let d = draft(text, &Options { date: Some("2025-04-23".into()), ..Default::default() }).file;
        let place = |id: &Option<String>| id.as_deref().and_then(|id| d.place.iter().find(|p| p.id == id)).map(|p| p.name.as_str());
        let got: Vec<(Option<&str>, Option<&str>, &str)> = d.event.iter().map(|e| (e.when.as_deref(), place(&e.place), e.what.as_str())).collect();
        assert_eq!(
            got,
            [
                (Some("on Wednesday"), Some("London"), "Officials held meetings in London"),
                (Some("2014"), None, "Russia’s 2014 annexation"),
                (None, Some("India"), "The vice president spoke during a visit to India")
            ]
        );
    }

    #[test]
    fn a_spokesperson_for_a_named_person_is_a_person_of_theirs() {
        let text = "Prime Minister Ann Hale met the unions. A spokesperson for Prime Minister Ann Hale said talks were “going well”.\n\n“We remain committed,” the spokesperson said.";
        let d = draft(text, &Options::default()).file;
        let spokes = d.person.iter().find(|p| !p.named).expect("the spokesperson is drafted");
        assert_eq!(
            (spokes.name.as_str(), spokes.of.as_deref(), spokes.aliases[0].as_str()),
            ("a spokesperson for Ann Hale", Some("hale"), "Hale's spokesperson")
        );
        let theirs: Vec<usize> = d.statement.iter().filter(|s| s.speaker.as_deref() == Some(spokes.id.as_str())).map(|s| s.p).collect();
        assert_eq!(theirs, [1, 2]);
    }

    #[test]
    fn any_text_drafts_without_panicking() {
        for t in [
            "",
            "\n\n",
            "By",
            "(Reporting by)",
            "A",
            "“",
            "”,” said.",
            "Mr Mr Mr",
            "X, a b, said",
            "on Monday",
            "in May",
            "Zoë’s Café’s Bar said “hi” ,",
            "日本語の文章。",
            "St Aldric’s",
        ] {
            let d = draft(t, &Options::default());
            assert!(d.to_toml().is_ok(), "{t:?}");
        }
    }
}
