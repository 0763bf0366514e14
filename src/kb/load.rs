//! Loading is checking: a file is parsed, then every fact is checked against the paragraphs.
//!
//! The checks are what makes rule 1 ("nothing the article does not say") hold at run time:
//! evidence, quotes, titles, attributions and time phrases must be verbatim substrings of the
//! paragraph they cite, every reference must resolve, ids must be unique and no field empty.

use std::collections::HashSet;

use super::error::DataError;
use super::model::*;

/// Parses and validates one article file. `file` names it in errors; `text` is its content.
pub fn parse_article(file: &str, text: &str) -> Result<ArticleFile, DataError> {
    let parsed: ArticleFile = toml::from_str(text).map_err(|e| DataError {
        file: file.to_string(),
        fact: "file".into(),
        reason: e.message().trim().to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
    })?;
    Checker { file, text, a: &parsed }.run()?;
    Ok(parsed)
}

/// Parses the reader's lexicon (synonyms and job names).
pub fn parse_lexicon(file: &str, text: &str) -> Result<Lexicon, DataError> {
    let lex: Lexicon = toml::from_str(text).map_err(|e| DataError {
        file: file.to_string(),
        fact: "file".into(),
        reason: e.message().trim().to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
    })?;
    let refuse = |fact: &str, reason: String| DataError { file: file.to_string(), fact: fact.to_string(), reason, line: None };
    if lex.synonyms.is_empty() && lex.phrases.is_empty() && lex.roles.is_empty() && lex.entourage.is_empty() {
        return Err(refuse("file", "the lexicon is empty: it needs synonyms, phrases, roles or entourage words".into()));
    }
    // A top-level list written after a table's header is read as an entry of that table.
    let tables: [(&str, Vec<&String>); 3] =
        [("roles", lex.roles.keys().collect()), ("offices", lex.offices.keys().collect()), ("capitals", lex.capitals.keys().collect())];
    for key in ["synonyms", "phrases", "entourage", "deputies", "persons"] {
        if let Some((table, _)) = tables.iter().find(|(_, keys)| keys.iter().any(|k| *k == key)) {
            return Err(refuse(&format!("{table}.{key}"), format!("`{key}` is inside the [{table}] table; move it above the [{table}] header")));
        }
    }
    Ok(lex)
}

fn line_of(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.as_bytes()[..byte].iter().filter(|&&b| b == b'\n').count() + 1
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    a: &'a ArticleFile,
}

impl Checker<'_> {
    fn err(&self, fact: String, reason: String, needle: &str) -> DataError {
        let line = if needle.is_empty() { None } else { self.text.find(needle).map(|b| line_of(self.text, b)) };
        DataError { file: self.file.to_string(), fact, reason, line }
    }

    fn nonempty(&self, fact: &str, field: &str, value: &str, needle: &str) -> Result<(), DataError> {
        if value.trim().is_empty() {
            return Err(self.err(fact.to_string(), format!("`{field}` is empty"), needle));
        }
        Ok(())
    }

    /// `words` must appear verbatim in paragraph `p`.
    fn verbatim(&self, fact: &str, field: &str, p: usize, words: &str, needle: &str) -> Result<(), DataError> {
        self.nonempty(fact, field, words, needle)?;
        let Some(par) = self.a.paragraph.get(p.wrapping_sub(1)) else {
            return Err(self.err(fact.to_string(), format!("cites paragraph {p}, but the article has paragraphs 1 to {}", self.a.paragraph.len()), needle));
        };
        if !par.text.contains(words) {
            let shown: String = words.chars().take(80).collect();
            return Err(self.err(fact.to_string(), format!("`{field}` is not verbatim in paragraph {p}: \"{shown}\""), words));
        }
        Ok(())
    }

    fn run(&self) -> Result<(), DataError> {
        let a = self.a;
        let m = &a.article;
        for (field, v) in [
            ("id", &m.id),
            ("label", &m.label),
            ("outlet", &m.outlet),
            ("date", &m.date),
            ("dateline", &m.dateline),
            ("byline", &m.byline),
            ("credits", &m.credits),
            ("original", &m.original),
        ] {
            self.nonempty("article", field, v, "[article]")?;
        }
        if !is_date(&m.date) {
            return Err(self.err("article".into(), format!("`date` must be YYYY-MM-DD, not \"{}\"", m.date), &m.date));
        }
        if a.paragraph.is_empty() {
            return Err(self.err("article".into(), "has no paragraphs".into(), ""));
        }
        for (i, p) in a.paragraph.iter().enumerate() {
            let fact = format!("paragraph {}", p.n);
            if p.n != i + 1 {
                return Err(self.err(fact, format!("is numbered {} but is paragraph {} in reading order", p.n, i + 1), &format!("n = {}", p.n)));
            }
            self.nonempty(&fact, "text", &p.text, &format!("n = {}", p.n))?;
        }
        for s in &a.section {
            if s.first_paragraph == 0 || s.first_paragraph > a.paragraph.len() {
                return Err(self.err(format!("section \"{}\"", s.title), format!("starts at paragraph {}, which does not exist", s.first_paragraph), &s.title));
            }
        }

        // One namespace for everything a fact can point at.
        let mut ids = HashSet::new();
        let mut unique = |kind: &str, id: &str| -> Result<(), DataError> {
            let fact = format!("{kind} \"{id}\"");
            self.nonempty(&fact, "id", id, "")?;
            if !ids.insert(format!("{kind}:{id}")) {
                return Err(self.err(fact, "id is used twice".into(), &format!("id = \"{id}\"")));
            }
            Ok(())
        };
        for s in &a.side {
            unique("entity", &s.id)?;
        }
        for p in &a.place {
            unique("entity", &p.id)?;
        }
        for p in &a.person {
            unique("entity", &p.id)?;
        }
        for i in &a.issue {
            unique("issue", &i.id)?;
        }
        for s in &a.statement {
            unique("statement", &s.id)?;
        }
        for p in &a.proposal {
            unique("proposal", &p.id)?;
        }
        for e in &a.event {
            unique("event", &e.id)?;
        }
        let person_ids: HashSet<&str> = a.person.iter().map(|p| p.id.as_str()).collect();
        let side_ids: HashSet<&str> = a.side.iter().map(|s| s.id.as_str()).collect();
        let place_ids: HashSet<&str> = a.place.iter().map(|s| s.id.as_str()).collect();
        let issue_ids: HashSet<&str> = a.issue.iter().map(|s| s.id.as_str()).collect();
        let event_ids: HashSet<&str> = a.event.iter().map(|s| s.id.as_str()).collect();
        let resolve = |fact: &str, field: &str, id: &str, set: &[&HashSet<&str>], what: &str| -> Result<(), DataError> {
            if set.iter().any(|s| s.contains(id)) {
                Ok(())
            } else {
                Err(self.err(fact.to_string(), format!("`{field}` names \"{id}\", which is not a {what} in this file"), &format!("\"{id}\"")))
            }
        };

        for s in &a.side {
            let fact = format!("side \"{}\"", s.id);
            self.nonempty(&fact, "name", &s.name, &s.id)?;
            self.nonempty(&fact, "short", &s.short, &s.id)?;
            if s.aliases.is_empty() || s.aliases.iter().any(|x| x.trim().is_empty()) {
                return Err(self.err(fact, "`aliases` is empty or holds an empty name".into(), &format!("id = \"{}\"", s.id)));
            }
            if let Some(g) = &s.group {
                resolve(&fact, "group", g, &[&side_ids], "side")?;
            }
        }
        for p in &a.place {
            let fact = format!("place \"{}\"", p.id);
            self.nonempty(&fact, "name", &p.name, &p.id)?;
            if p.aliases.is_empty() || p.aliases.iter().any(|x| x.trim().is_empty()) {
                return Err(self.err(fact, "`aliases` is empty or holds an empty name".into(), &format!("id = \"{}\"", p.id)));
            }
        }
        for i in &a.issue {
            let fact = format!("issue \"{}\"", i.id);
            self.nonempty(&fact, "name", &i.name, &i.id)?;
            if i.keywords.is_empty() {
                return Err(self.err(fact, "`keywords` is empty".into(), &format!("id = \"{}\"", i.id)));
            }
        }
        for p in &a.person {
            let fact = format!("person \"{}\"", p.id);
            self.nonempty(&fact, "name", &p.name, &format!("id = \"{}\"", p.id))?;
            if p.aliases.is_empty() || p.aliases.iter().any(|x| x.trim().is_empty()) {
                return Err(self.err(fact, "`aliases` is empty or holds an empty name".into(), &format!("id = \"{}\"", p.id)));
            }
            if let Some(s) = &p.side {
                resolve(&fact, "side", s, &[&side_ids], "side")?;
            }
            if let Some(o) = &p.of {
                resolve(&fact, "of", o, &[&person_ids], "person")?;
            }
            if p.titles.is_empty() {
                return Err(self.err(fact, "has no `titles` (the article's words for who they are)".into(), &format!("id = \"{}\"", p.id)));
            }
            for t in &p.titles {
                self.nonempty(&fact, "role", &t.role, &t.text)?;
                self.verbatim(&fact, "titles.text", t.p, &t.text, &t.text)?;
            }
        }
        for s in &a.statement {
            let fact = format!("statement \"{}\"", s.id);
            let at = format!("id = \"{}\"", s.id);
            if s.speaker.is_none() && s.source.is_none() {
                return Err(self.err(fact, "names neither a `speaker` nor an unnamed `source`".into(), &at));
            }
            if let Some(sp) = &s.speaker {
                resolve(&fact, "speaker", sp, &[&person_ids, &side_ids], "person or side")?;
            }
            if let Some(src) = &s.source {
                self.verbatim(&fact, "source", s.p, src, &at)?;
            }
            self.nonempty(&fact, "medium", &s.medium, &at)?;
            self.verbatim(&fact, "evidence", s.p, &s.evidence, &at)?;
            if let Some(q) = &s.quote {
                self.verbatim(&fact, "quote", s.p, q, &at)?;
            }
            if let Some(at2) = &s.attribution {
                self.verbatim(&fact, "attribution", s.p, at2, &at)?;
            }
        }
        for pr in &a.proposal {
            let fact = format!("proposal \"{}\"", pr.id);
            let at = format!("id = \"{}\"", pr.id);
            self.nonempty(&fact, "name", &pr.name, &at)?;
            if let Some(b) = &pr.by {
                resolve(&fact, "by", b, &[&person_ids, &side_ids], "person or side")?;
            }
            resolve(&fact, "side", &pr.side, &[&side_ids], "side")?;
            if let Some(e) = &pr.presented_at {
                resolve(&fact, "presented_at", e, &[&event_ids], "event")?;
            }
            self.verbatim(&fact, "evidence", pr.p, &pr.evidence, &at)?;
            if let Some(x) = &pr.attribution {
                self.verbatim(&fact, "attribution", pr.p, x, &at)?;
            }
            if pr.items.is_empty() {
                return Err(self.err(fact, "has no `items`".into(), &at));
            }
            for it in &pr.items {
                self.verbatim(&fact, "items.text", it.p, &it.text, &at)?;
                resolve(&fact, "items.issue", &it.issue, &[&issue_ids], "issue")?;
                if let Some(x) = &it.attribution {
                    self.verbatim(&fact, "items.attribution", it.p, x, &at)?;
                }
            }
            for r in &pr.reactions {
                if r.by.is_none() && r.source.is_none() {
                    return Err(self.err(fact, "a reaction names neither `by` nor `source`".into(), &r.text));
                }
                if let Some(b) = &r.by {
                    resolve(&fact, "reactions.by", b, &[&person_ids, &side_ids], "person or side")?;
                }
                if let Some(s) = &r.source {
                    self.verbatim(&fact, "reactions.source", r.p, s, &r.text)?;
                }
                self.verbatim(&fact, "reactions.text", r.p, &r.text, &r.text)?;
            }
        }
        for (i, po) in a.position.iter().enumerate() {
            let fact = format!("position {} ({} on {})", i + 1, po.holder, po.issue);
            resolve(&fact, "holder", &po.holder, &[&person_ids, &side_ids], "person or side")?;
            resolve(&fact, "issue", &po.issue, &[&issue_ids], "issue")?;
            if let Some(v) = &po.via {
                resolve(&fact, "via", v, &[&person_ids], "person")?;
            }
            self.verbatim(&fact, "evidence", po.p, &po.evidence, &po.evidence)?;
            if let Some(x) = &po.attribution {
                self.verbatim(&fact, "attribution", po.p, x, &po.evidence)?;
            }
            if let Some(x) = &po.stance {
                self.nonempty(&fact, "stance", x, &po.evidence)?;
            }
        }
        for e in &a.event {
            let fact = format!("event \"{}\"", e.id);
            let at = format!("id = \"{}\"", e.id);
            self.nonempty(&fact, "what", &e.what, &at)?;
            for w in &e.who {
                resolve(&fact, "who", w, &[&person_ids, &side_ids], "person or side")?;
            }
            if let Some(pl) = &e.place {
                resolve(&fact, "where", pl, &[&place_ids, &side_ids], "place or side")?;
            }
            if let Some(w) = &e.when {
                self.verbatim(&fact, "when", e.p, w, &at)?;
            }
            if let Some(d) = &e.date {
                if !d.split('/').all(is_partial_date) {
                    return Err(self.err(fact, format!("`date` must be YYYY, YYYY-MM, YYYY-MM-DD or A/B, not \"{d}\""), &at));
                }
            }
            self.verbatim(&fact, "evidence", e.p, &e.evidence, &at)?;
            if let Some(n) = &e.name {
                if !e.evidence.contains(n.as_str()) {
                    return Err(self.err(fact, format!("`name` \"{n}\" is not words of its `evidence`"), &at));
                }
            }
            if let Some(x) = &e.attribution {
                self.verbatim(&fact, "attribution", e.p, x, &at)?;
            }
            for n in &e.also {
                self.verbatim(&fact, "also", n.p, &n.text, &at)?;
            }
        }
        Ok(())
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && is_partial_date(s)
}

fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |x: &str, n: usize| x.len() == n && x.bytes().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}
