//! The world's countries and blocs (`models/countries.tsv`, built by `models/countries.py`
//! from mledoze/countries under the ODbL): their names, demonyms, capitals, seats of
//! government and continents. The drafter reads reports against it; the matcher knows from it
//! that "South Asia" is where the article's India is.

use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../models/countries.tsv");

/// One row of the table: a country or a bloc.
pub struct Country {
    pub id: &'static str,
    pub kind: &'static str,
    pub name: &'static str,
    /// Its continent ("Asia", "Europe", "Americas"), as the table gives it.
    pub region: &'static str,
    pub capital: &'static str,
    pub names: Vec<&'static str>,
    pub demonyms: Vec<&'static str>,
    pub seats: Vec<&'static str>,
}

/// What a form of a country's name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Its name, a short name or a code ("Britain", "U.S.").
    Name,
    /// What its people are called ("British", "Ukrainians"): always the country as a party.
    Demonym,
    /// Its capital.
    Capital,
    /// Its seat of government ("the White House"): the government as a party, never a name for it.
    Seat,
}

pub struct Gazetteer {
    pub countries: Vec<Country>,
    /// Every form, to the country it names and what kind of form it is.
    pub forms: HashMap<&'static str, (usize, Form)>,
    /// The most words a form has.
    pub longest: usize,
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut countries = Vec::new();
        let mut forms = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let [id, kind, name, region, capital, names, demonyms, seats] = f[..] else { continue };
            let i = countries.len();
            let names: Vec<&str> = names.split('|').filter(|a| !a.is_empty()).collect();
            let demonyms: Vec<&str> = demonyms.split('|').filter(|a| !a.is_empty()).collect();
            for &a in &names {
                forms.entry(a).or_insert((i, Form::Name));
            }
            for &a in &demonyms {
                forms.entry(a).or_insert((i, Form::Demonym));
            }
            let seats: Vec<&str> = seats.split('|').filter(|a| !a.is_empty()).collect();
            for &a in &seats {
                forms.entry(a).or_insert((i, Form::Seat));
            }
            if !capital.is_empty() {
                forms.entry(capital).or_insert((i, Form::Capital));
            }
            countries.push(Country { id, kind, name, region, capital, names, demonyms, seats });
        }
        let longest = forms.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
        Gazetteer { countries, forms, longest }
    })
}

/// `word` (any case, one word) as the table writes it, when it is a country's name or capital
/// ("china" → "China", "beijing" → "Beijing"), with which of the two it is.
pub fn country_or_capital(word: &str) -> Option<(&'static str, Form)> {
    let g = gazetteer();
    let mut c = word.chars();
    let titled: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
    let (&form, &(i, kind)) = g.forms.get_key_value(titled.as_str())?;
    (matches!(kind, Form::Name | Form::Capital) && g.countries[i].kind == "country").then_some((form, kind))
}

/// The continent of the country one of whose names is `name` (any case).
pub fn region_of(name: &str) -> Option<&'static str> {
    let g = gazetteer();
    g.countries
        .iter()
        .find(|c| c.kind == "country" && (c.name.eq_ignore_ascii_case(name) || c.names.iter().any(|n| n.eq_ignore_ascii_case(name))))
        .map(|c| c.region)
}
