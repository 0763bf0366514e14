//! The countries, blocs and places a report names, read against a table of the world's
//! countries (`models/countries.tsv`, built by `models/countries.py` from mledoze/countries).
//!
//! A country the report names as a party ("Russia's war", "Ukrainian officials", "Washington
//! could walk away") is a side; one it names only as where something happened ("during a visit
//! to India", "meetings in London") is a place. A capital stands for its government when it
//! acts ("Washington could walk away", "Kyiv rejected") and is a place when things happen *in*
//! it. A person's side is the first country their title names ("U.S. Secretary of State"), or
//! the side of the person whose title it is ("Trump's special envoy").

use crate::kb::model::{Paragraph, Person, Place, Side};
use crate::kb::world::{gazetteer, Form};

/// A mention of a country in the text.
struct Mention {
    country: usize,
    form: Form,
    /// The words as written.
    text: String,
    /// After "in", "to", "at" or "visit(ing)": where something happened, not who acted.
    locative: bool,
}

/// Words that put the name after them as a location.
const LOCATIVES: &[&str] = &["in", "to", "at", "visit", "visiting", "visited", "near", "inside"];

/// The country mentions of a text, longest form first at each word.
fn mentions(text: &str) -> Vec<Mention> {
    let g = gazetteer();
    // A possessive is stripped, a stop kept: "U.S." is a form of the name ([`super::bare`] drops it).
    let ws: Vec<&str> =
        super::words(text).into_iter().map(|(_, w)| w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w).trim_end_matches(['’', '\''])).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // Every name, code and demonym in the table is capitalised.
        if !ws[i].starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        let found = (1..=g.longest.min(ws.len() - i)).rev().find_map(|n| {
            let phrase = ws[i..i + n].join(" ");
            // "U.S." is written with its stops; a sentence's last word keeps none.
            let hit = g.forms.get(phrase.as_str()).or_else(|| g.forms.get(format!("{phrase}.").as_str()));
            hit.map(|&(c, form)| (n, c, form, phrase))
        });
        match found {
            Some((n, country, form, text)) => {
                let locative = i > 0 && LOCATIVES.contains(&ws[i - 1].to_lowercase().as_str());
                out.push(Mention { country, form, text, locative });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The sides and places of a report, and each person's side.
///
/// `dateline` is where the report was filed ("LONDON/PARIS"): wire copy leaves the local
/// country off its own officials' titles ("Foreign minister David Lammy" in a London story), so a
/// person whose titles name no country is of the side of the dateline's first city.
pub fn sides_and_places(paragraphs: &[Paragraph], people: &mut [Person], dateline: &str) -> (Vec<Side>, Vec<Place>) {
    let g = gazetteer();
    // A person's name is no country's ("Jordan Hale", "Georgia Banks").
    let without_names = |text: &str| people.iter().fold(text.to_string(), |t, p| t.replace(p.name.as_str(), &" ".repeat(p.name.len())));
    let all: Vec<Mention> = paragraphs.iter().flat_map(|p| mentions(&without_names(&p.text))).collect();
    let mut order: Vec<usize> = Vec::new();
    for m in &all {
        if !order.contains(&m.country) {
            order.push(m.country);
        }
    }
    let mut sides = Vec::new();
    let mut places = Vec::new();
    for &c in &order {
        let country = &g.countries[c];
        let of_country: Vec<&Mention> = all.iter().filter(|m| m.country == c).collect();
        let capital_at = of_country.iter().any(|m| m.form == Form::Capital && m.locative);
        let capital_acts = of_country.iter().any(|m| m.form == Form::Capital && !m.locative);
        let named_as_party = of_country.iter().any(|m| m.form != Form::Capital && !m.locative);
        // A country acts when it is named other than as a location; its capital acting stands for it.
        if named_as_party || capital_acts {
            let mut aliases: Vec<String> = country.names.iter().chain(&country.demonyms).chain(&country.seats).map(|a| a.to_string()).collect();
            if capital_acts && !capital_at {
                aliases.push(country.capital.to_string());
            }
            // The report's own name for it ("Britain", not "the United Kingdom"); a code reads
            // as the full name ("the United States"), and takes "the" as a short name when
            // spelt out letter by letter ("the U.S.", "the EU"; "NATO" is said as a word).
            let written = most_written(&of_country, Form::Name);
            let code = |w: &str| w.contains('.') || w.chars().all(|c| c.is_uppercase());
            let the = |w: &str| if w.contains('.') || w.len() == 2 { format!("the {w}") } else { w.to_string() };
            let full = if country.name.starts_with("the ") || !country.name.starts_with("United ") {
                country.name.to_string()
            } else {
                format!("the {}", country.name)
            };
            let (name, short) = match written {
                // A bloc is named for its members ("the Europeans"), whatever short form is used.
                Some(w) if country.kind == "bloc" => (full, if code(&w) { the(&w) } else { w }),
                Some(w) if code(&w) => (if country.kind == "country" { full } else { the(&w) }, the(&w)),
                Some(w) => (w.clone(), w),
                None => (full.clone(), full),
            };
            sides.push(Side { id: country.id.to_string(), name, short, kind: country.kind.to_string(), group: None, aliases });
        }
        let is_side = sides.iter().any(|s| s.id == country.id);
        if capital_at {
            places.push(Place { id: super::slug(country.capital), name: country.capital.to_string(), aliases: vec![country.capital.to_string()] });
        }
        if !is_side && of_country.iter().any(|m| m.form != Form::Capital) {
            let mut aliases: Vec<String> = country.names.iter().filter(|a| !a.contains('.')).map(|a| a.to_string()).collect();
            if !country.capital.is_empty() && !capital_at {
                aliases.push(country.capital.to_string());
            }
            places.push(Place { id: country.id.to_string(), name: country.name.to_string(), aliases });
        }
    }
    assign_people(people, &sides);
    let home = dateline.split(['/', ',']).next().map(str::trim).filter(|c| !c.is_empty()).and_then(|city| {
        let c = g.countries.iter().find(|c| c.capital.eq_ignore_ascii_case(city) || c.names.iter().any(|n| n.eq_ignore_ascii_case(city)))?;
        sides.iter().find(|s| s.id == c.id).map(|s| s.id.clone())
    });
    if let Some(home) = home {
        for p in people.iter_mut().filter(|p| p.side.is_none() && p.titles.iter().all(|t| mentions(&t.text).is_empty() && !t.text.contains(['’', '\'']))) {
            p.side = Some(home.clone());
        }
    }
    (sides, places)
}

/// The name form the report writes most, first written on a tie.
fn most_written(of_country: &[&Mention], form: Form) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in of_country.iter().filter(|m| m.form == form) {
        match counts.iter_mut().find(|(t, _)| *t == m.text) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.text.clone(), 1)),
        }
    }
    let best = counts.iter().map(|x| x.1).max()?;
    counts.into_iter().find(|x| x.1 == best).map(|x| x.0)
}

/// Each person's side: the first side their title names, else the side of the person whose
/// title it is ("Trump's special envoy"), who is also whom they work for (`of`).
fn assign_people(people: &mut [Person], sides: &[Side]) {
    let g = gazetteer();
    for p in people.iter_mut() {
        let by_title = p.titles.iter().find_map(|t| mentions(&t.text).into_iter().find_map(|m| sides.iter().find(|s| s.id == g.countries[m.country].id)));
        if let Some(s) = by_title {
            p.side = Some(s.id.clone());
        }
    }
    // "Trump's special envoy": whose they are, and so their side.
    let owners: Vec<Option<(String, Option<String>)>> = people
        .iter()
        .map(|p| {
            let title = p.titles.first()?.text.as_str();
            let owner = title.split(['’', '\'']).next().filter(|o| o.len() < title.len())?;
            people.iter().find(|o| o.id != p.id && o.aliases.iter().any(|a| owner.ends_with(a.as_str()))).map(|o| (o.id.clone(), o.side.clone()))
        })
        .collect();
    for (p, owner) in people.iter_mut().zip(owners) {
        if let Some((id, side)) = owner {
            p.of = Some(id);
            if p.side.is_none() {
                p.side = side;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn par(n: usize, text: &str) -> Paragraph {
        Paragraph { n, text: text.to_string() }
    }

    #[test]
    fn a_country_that_acts_is_a_side_and_one_visited_is_a_place() {
        let ps = [par(1, "Russia rejected the plan, U.S. officials said. The minister spoke during a visit to India and met officials in Paris.")];
        let (sides, places) = sides_and_places(&ps, &mut [], "");
        let ids: Vec<&str> = sides.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["rus", "usa"]);
        assert_eq!(sides[1].name, "the United States");
        assert_eq!(sides[1].short, "the U.S.");
        let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["India", "Paris"]);
    }

    #[test]
    fn a_country_in_a_persons_name_is_no_side() {
        let ps = [par(1, "Union leader Jordan Hale said the offer was too low.")];
        let mut people = crate::draft::draft(&ps[0].text, &Default::default()).file.person;
        assert_eq!(people.len(), 1);
        let (sides, places) = sides_and_places(&ps, &mut people, "");
        assert!(sides.is_empty() && places.is_empty(), "{sides:?} {places:?}");
    }

    #[test]
    fn an_official_whose_title_names_no_country_is_of_the_datelines_country() {
        let text = "LONDON (Reuters) – Foreign minister Ann Hale met U.S. envoy Tom Reed, a British official said.";
        let d = crate::draft::draft(text, &Default::default()).file;
        let side = |name: &str| d.person.iter().find(|p| p.name == name).and_then(|p| p.side.clone());
        assert_eq!((side("Ann Hale"), side("Tom Reed")), (Some("gbr".into()), Some("usa".into())));
    }

    #[test]
    fn a_seat_of_government_stands_for_its_country_and_is_not_its_name() {
        let ps = [par(1, "The Kremlin rejected the plan, and Russia said it would not sign.")];
        let (sides, _) = sides_and_places(&ps, &mut [], "");
        assert_eq!(sides.len(), 1);
        assert_eq!((sides[0].id.as_str(), sides[0].name.as_str()), ("rus", "Russia"));
        assert!(sides[0].aliases.iter().any(|a| a == "Kremlin"));
    }

    #[test]
    fn a_capital_that_acts_stands_for_its_country() {
        let ps = [par(1, "Washington could walk away, and Kyiv said no.")];
        let (sides, places) = sides_and_places(&ps, &mut [], "");
        assert!(places.is_empty());
        assert!(sides.iter().any(|s| s.id == "usa" && s.aliases.iter().any(|a| a == "Washington")));
        assert!(sides.iter().any(|s| s.id == "ukr" && s.aliases.iter().any(|a| a == "Kyiv")));
    }
}
