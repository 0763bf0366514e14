//! The report's credits line read as data: who reported, wrote and edited it, and where from.
//!
//! Wire reports end with a line like "(Reporting by A in Paris, B and C in London; additional
//! reporting by D in Kyiv; editing by E and F)". Readers ask about it ("who is E?", "which
//! reporters were in Kyiv?", "how many editors?"), so it is split into one [`Credit`] per name,
//! each keeping the verbatim segment it came from for the citation. The line is parsed, not
//! written out by hand in the data: a second report's credits need no new data fields.

/// One name in the credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// "Tom Balmforth".
    pub name: String,
    /// The role as the credits write it, lower-case: "reporting", "additional reporting",
    /// "editing".
    pub role: String,
    /// Where the credits place this name ("London"), if they do.
    pub place: Option<String>,
    /// The verbatim segment of the credits that names this person: what a citation quotes.
    pub span: String,
}

impl Credit {
    /// The role's last word ("reporting" for "additional reporting").
    pub fn role_head(&self) -> &str {
        self.role.rsplit(' ').next().unwrap_or(&self.role)
    }

    /// "additional reporting" is a further role; "reporting" a principal one.
    pub fn is_additional(&self) -> bool {
        self.role.split(' ').count() > 1
    }
}

/// Every name of a credits line, in order. Segments are split on ';'; each is "<role> by
/// <names>", names split on ',' and "and", and "in <Place>" places the names since the last
/// place. A segment that does not read that way is skipped, never guessed at.
pub fn parse(credits: &str) -> Vec<Credit> {
    let body = credits.trim().trim_start_matches('(').trim_end_matches(')');
    let mut out = Vec::new();
    for segment in body.split(';') {
        let span = segment.trim();
        let Some((role, names)) = span.split_once(" by ") else { continue };
        let role = role.trim().to_lowercase();
        if role.is_empty() || role.split(' ').count() > 3 {
            continue;
        }
        let mut pending: Vec<String> = Vec::new();
        for item in split_names(names) {
            let (name, place) = match item.split_once(" in ") {
                Some((n, p)) => (n.trim().to_string(), Some(p.trim().to_string())),
                None => (item.trim().to_string(), None),
            };
            if !looks_like_a_name(&name) {
                continue;
            }
            pending.push(name);
            if let Some(place) = place {
                for name in pending.drain(..) {
                    out.push(Credit { name, role: role.clone(), place: Some(place.clone()), span: span.to_string() });
                }
            }
        }
        for name in pending {
            out.push(Credit { name, role: role.clone(), place: None, span: span.to_string() });
        }
    }
    out
}

/// "A in Paris, B, C and D in London" -> ["A in Paris", "B", "C", "D in London"].
fn split_names(names: &str) -> Vec<&str> {
    names.split(',').flat_map(|part| part.split(" and ")).map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Two to four capitalised words: a person's name, not a phrase.
fn looks_like_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_credits_line_splits_into_names_roles_and_places() {
        let c = parse("(Reporting by Ann Lee in Paris, Bo Chan and Cy Dunn in London; additional reporting by Di Ek in Kyiv; editing by Ed Fox and Flo Gee)");
        let got: Vec<(&str, &str, Option<&str>)> = c.iter().map(|c| (c.name.as_str(), c.role.as_str(), c.place.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Ann Lee", "reporting", Some("Paris")),
                ("Bo Chan", "reporting", Some("London")),
                ("Cy Dunn", "reporting", Some("London")),
                ("Di Ek", "additional reporting", Some("Kyiv")),
                ("Ed Fox", "editing", None),
                ("Flo Gee", "editing", None),
            ]
        );
        assert_eq!(c[3].span, "additional reporting by Di Ek in Kyiv");
        assert!(c[3].is_additional() && c[3].role_head() == "reporting");
    }

    #[test]
    fn lines_that_are_not_credits_give_nothing() {
        assert!(parse("").is_empty());
        assert!(parse("(Photo: the talks in London)").is_empty());
        assert!(parse("Compiled by the desk").is_empty());
    }
}
