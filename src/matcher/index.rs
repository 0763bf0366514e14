//! Everything the matcher looks things up in, built once per article at load.
//!
//! Names, roles and words are hashed so that reading a question costs a few lookups per word,
//! not a scan of the article; fuzzy matching only compares a word with known words of a
//! similar length (see [`Index::correct`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::intern;
use super::tokens::{each_word, stem, tokenize, Token};
use super::words;
use crate::kb::{Article, Lexicon};

/// Something in the article a question can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityRef {
    Person(usize),
    Side(usize),
    Place(usize),
    /// A name in the report's credits (a reporter or editor), by index into `Article::credits`.
    Credit(usize),
}

/// A name of an entity as interned words ("david lammy", "lammy", "britain").
#[derive(Debug, Clone)]
pub struct Alias {
    pub words: Box<[u32]>,
    pub entity: EntityRef,
}

#[derive(Debug, Clone)]
pub struct RolePhrase {
    /// The phrase's words, interned.
    pub words: Box<[u32]>,
    /// The roles (as people's `titles.role` give them) this phrase stands for.
    pub roles: Vec<String>,
    /// An office named for its building ("Number 10"): the holder and their people.
    pub office: bool,
}

/// Terms of one searchable unit (a sentence or a fact): its stems (interned, sorted, a stem
/// repeated as often as it occurs) and the entities it names. Boxed slices, sized exactly: a
/// thousand articles hold a few hundred thousand of these, and most stems occur once.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    stems: Box<[u32]>,
    pub entities: Box<[EntityRef]>,
    pub len: u32,
}

impl Terms {
    /// Whether the interned stem `sym` occurs.
    pub fn has_sym(&self, sym: u32) -> bool {
        self.stems.binary_search(&sym).is_ok()
    }

    /// How often the interned stem `sym` occurs.
    pub fn tf(&self, sym: u32) -> u32 {
        let from = self.stems.partition_point(|&s| s < sym);
        self.stems[from..].iter().take_while(|&&s| s == sym).count() as u32
    }

    pub fn has(&self, stem: &str) -> bool {
        self.has_sym(intern::get(stem))
    }

    /// The interned stems that occur, each once.
    pub fn syms(&self) -> impl Iterator<Item = u32> + '_ {
        self.stems.iter().enumerate().filter(|&(i, s)| i == 0 || self.stems[i - 1] != *s).map(|(_, &s)| s)
    }

    /// From the stems in text order (repeats counted) and the entities named.
    fn from_parts(mut syms: Vec<u32>, entities: Vec<EntityRef>, len: u32) -> Terms {
        syms.sort_unstable();
        Terms { stems: syms.into_boxed_slice(), entities: entities.into_boxed_slice(), len }
    }
}

/// Adds a role phrase, or merges its roles into the phrase spelt the same.
/// Other ways readers write one of the article's titles, each standing for it: with another
/// word for a second ("vice prime minister" for "deputy prime minister"), its modifier heading
/// a word for one person ("the defence guy" for "defence minister"), and cut short ("foreign
/// min"). Titles of the form "X of Y" have no modifier to take.
fn spoken_forms(role: &str, lex: &Lexis, name_words: &[String]) -> Vec<String> {
    let words: Vec<&str> = role.split_whitespace().collect();
    let mut out = Vec::new();
    if words.len() < 2 {
        return out;
    }
    if lex.deputies.contains(words[0]) {
        let rest = words[1..].join(" ");
        out.extend(lex.deputies.iter().filter(|d| d.as_str() != words[0]).map(|d| format!("{d} {rest}")));
    }
    if !words.contains(&"of") {
        for m in &words[..words.len() - 1] {
            if lex.deputies.contains(*m) || name_words.iter().any(|n| n == m) {
                continue;
            }
            out.extend(lex.persons.iter().map(|p| format!("{m} {p}")));
        }
    }
    out.extend(abbreviations(role));
    out
}

/// "foreign sec", "sec of state", "def sec": a title of two words or more with its long words
/// cut to their first three or four letters, as people type them on a phone. A cut that is a
/// stopword ("for" from "foreign") is not one.
fn abbreviations(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].chars().count() >= 6).collect();
    let mut out: Vec<String> = Vec::new();
    if words.len() < 2 || long.is_empty() || long.len() > 3 {
        return out;
    }
    for mask in 1..(1u32 << long.len()) {
        for cut in [3, 4] {
            let mut ok = true;
            let form: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(i, w)| match long.iter().position(|&l| l == i) {
                    Some(b) if mask & (1 << b) != 0 => {
                        let short: String = w.chars().take(cut).collect();
                        ok &= !words::is_in(words::STOPWORDS, &short);
                        short
                    }
                    _ => w.to_string(),
                })
                .collect();
            let form = form.join(" ");
            if ok && !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

fn add_role(list: &mut Vec<RolePhrase>, reader: &mut Reader, phrase: &str, roles: Vec<String>) {
    add_role_phrase(list, reader, phrase, roles, false)
}

fn add_role_phrase(list: &mut Vec<RolePhrase>, reader: &mut Reader, phrase: &str, roles: Vec<String>, office: bool) {
    let words: Box<[u32]> = reader.read(phrase).iter().map(|w| w.word).collect();
    if words.is_empty() {
        return;
    }
    if let Some(r) = list.iter_mut().find(|r| r.words == words) {
        for x in roles {
            if !r.roles.contains(&x) {
                r.roles.push(x);
            }
        }
    } else {
        list.push(RolePhrase { words, roles, office });
    }
}

/// The entries of `list` (pairs sorted by key) filed under `key`, in the order filed.
pub(crate) fn filed(list: &[(u32, u32)], key: u32) -> &[(u32, u32)] {
    let from = list.partition_point(|x| x.0 < key);
    let to = from + list[from..].partition_point(|x| x.0 == key);
    &list[from..to]
}

/// The longest of the phrases filed by first word in `by_first` (`phrase(p)` gives phrase
/// `p`'s words) that the words `word(i)`, `word(i + 1)`, ... of a text of `n` words spell:
/// (phrase, words used). The first filed wins a tie. Names and job titles, in questions and
/// in the article's own text, are all found this way.
fn longest<'p>(by_first: &[(u32, u32)], phrase: impl Fn(usize) -> &'p [u32], n: usize, i: usize, word: impl Fn(usize) -> u32) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for &(_, p) in filed(by_first, word(i)) {
        let w = phrase(p as usize);
        if i + w.len() <= n && w[1..].iter().enumerate().all(|(k, &x)| x == word(i + 1 + k)) && best.is_none_or(|(_, l)| w.len() > l) {
            best = Some((p as usize, w.len()));
        }
    }
    best
}

/// Files `keys` (with their positions) for [`filed`].
fn file_by<I: Iterator<Item = u32>>(keys: I) -> Box<[(u32, u32)]> {
    let mut list: Vec<(u32, u32)> = keys.enumerate().map(|(i, k)| (k, i as u32)).collect();
    list.sort_unstable();
    list.into_boxed_slice()
}

/// The cosine from which a word describes a name, and by how much it must be closer to it than
/// to any other name (see [`Index::described`]).
const DESCRIBES: f32 = 0.5;
const DESCRIBES_MARGIN: f32 = 0.25;

#[derive(Debug)]
pub struct Index {
    /// Tells this index apart from every other built in the process (keys the typo cache).
    id: u64,
    /// Each paragraph normalised and lower-cased, to find words a question quotes.
    pub folded_paragraphs: Vec<String>,
    pub aliases: Vec<Alias>,
    /// Aliases by their first word (see [`filed`]).
    alias_by_first: Box<[(u32, u32)]>,
    /// Single-word names that may be matched with a typo ("Witkof", "Stamer"): (length in
    /// characters, interned name, entity), sorted by length.
    fuzzy_names: Box<[(u32, u32, EntityRef)]>,
    /// One-word names of places and sides with their vectors, for a word that describes one
    /// ("the peninsula" for Crimea, "the alliance" for NATO): see [`Index::described`].
    name_vectors: Vec<(EntityRef, Vec<f32>)>,
    /// Each continent (lower case) with the article's countries and places in it: "South
    /// Asia" is where the article's India is (see [`Index::in_region`]).
    regions: Vec<(String, Vec<EntityRef>)>,
    /// This article's job titles (with the lexicon's roles for the same words merged in);
    /// the lexicon's other role phrases are in the shared lexis.
    role_phrases: Vec<RolePhrase>,
    /// Role phrases by their first word.
    role_by_first: Box<[(u32, u32)]>,
    /// Every word of a role phrase, this article's or the lexicon's, sorted: "is this word part
    /// of a title" is asked of every candidate while correcting a typo.
    role_words: Box<[u32]>,
    /// What every article shares: the lexicon and the plain-English cue words.
    lex: Arc<Lexis>,
    /// This article's own words (its text, names and titles): not corrected, and targets for
    /// correcting a typo.
    vocab: Vocab,
    pub sentences: Vec<Terms>,
    /// Each sentence's words as responders read them (normalised, tokenised), with where the
    /// words after its first comma begin: read once here rather than on every question.
    pub sentence_words: Vec<(Vec<Token>, usize)>,
    /// Sentence frequency of each interned stem, sorted by stem: (stem, sentences).
    df: Box<[(u32, u32)]>,
    pub avg_len: f32,
    /// Terms of each fact, in the order of the article file: what the fact's words,
    /// speaker, medium and topics offer to a question.
    pub statement_terms: Vec<Terms>,
    pub position_terms: Vec<Terms>,
    /// A position's issue alone: what the stand is on, where its evidence may speak of more
    /// ("Witkoff's proposals, which … included … sanctions …, were unacceptable").
    pub position_issue_terms: Vec<Terms>,
    /// A position's `stance`, scored on its own: it tells apart holders sharing evidence.
    pub stance_terms: Vec<Option<Terms>>,
    pub event_terms: Vec<Terms>,
    /// Each event's own account (what happened and its name), as stems: which event a
    /// question's words tell of when their whole sentences tie.
    pub event_told: Vec<Vec<String>>,
    pub proposal_terms: Vec<Terms>,
    pub item_terms: Vec<Vec<Terms>>,
    /// Per proposal, the words of each reaction to it.
    pub reaction_terms: Vec<Vec<Terms>>,
    /// Sentence and paragraph vectors, for ranking by meaning.
    pub meaning: super::semantic::Meaning,
}

impl Index {
    /// Builds an index with a lexis of its own (one article; tools and tests).
    pub fn build(article: &Article, lexicon: &Lexicon) -> Index {
        Index::build_shared(article, &Arc::new(Lexis::build(lexicon)), &mut Reader::default())
    }

    /// Builds an index sharing `lex` with the other articles of the knowledge base; `reader`
    /// carries what this thread already knows of the words it has read.
    pub fn build_shared(article: &Article, lex: &Arc<Lexis>, reader: &mut Reader) -> Index {
        let d = &article.data;
        // Names as interned words, read like any text of the article.
        let mut named: Vec<(Vec<u32>, EntityRef)> = Vec::new();
        let mut add_alias = |text: &str, entity: EntityRef, named: &mut Vec<(Vec<u32>, EntityRef)>| {
            let words: Vec<u32> = reader.read(text).iter().map(|w| w.word).collect();
            if !words.is_empty() && !named.iter().any(|a| a.0 == words && a.1 == entity) {
                named.push((words, entity));
            }
        };
        for (i, p) in d.person.iter().enumerate() {
            for a in std::iter::once(&p.name).chain(p.aliases.iter()) {
                add_alias(a, EntityRef::Person(i), &mut named);
            }
        }
        for (i, s) in d.side.iter().enumerate() {
            for a in std::iter::once(&s.name).chain(std::iter::once(&s.short)).chain(s.aliases.iter()) {
                add_alias(a, EntityRef::Side(i), &mut named);
            }
        }
        for (i, s) in d.place.iter().enumerate() {
            for a in std::iter::once(&s.name).chain(s.aliases.iter()) {
                add_alias(a, EntityRef::Place(i), &mut named);
            }
        }
        // Reporters and editors by full name and surname. A surname the article's people
        // already use ("John Irish" vs "John Healey" share nothing but "John") stays theirs.
        for (i, c) in article.credits.iter().enumerate() {
            add_alias(&c.name, EntityRef::Credit(i), &mut named);
            if let Some(surname) = c.name.split_whitespace().last() {
                let taken = d.person.iter().any(|p| p.name.split_whitespace().last() == Some(surname));
                if !taken {
                    add_alias(surname, EntityRef::Credit(i), &mut named);
                }
            }
        }
        // "the Europeans" is an alias, but "the" must not start a name.
        let the = intern::intern("the");
        for (words, _) in named.iter_mut() {
            if words.len() > 1 && words[0] == the {
                words.remove(0);
            }
        }
        let aliases: Vec<Alias> = named.iter().map(|(words, entity)| Alias { words: words.as_slice().into(), entity: *entity }).collect();
        let alias_by_first = file_by(aliases.iter().map(|a| a.words[0]));
        let mut fuzzy_names: Vec<(u32, u32, EntityRef)> = Vec::new();
        for (words, entity) in &named {
            // Surnames and one-word names of four letters or more; first names only exactly.
            let word = intern::resolve(words[0]);
            // Credited journalists by exact name only: their surnames are ordinary words'
            // neighbours ("Russell" is a slip from "Brussels").
            if words.len() == 1 && word.chars().count() >= 4 && !matches!(entity, EntityRef::Credit(_)) {
                let is_first_name = matches!(entity, EntityRef::Person(i) if d.person[*i].name.split_whitespace().next().is_some_and(|f| f.eq_ignore_ascii_case(word)) && d.person[*i].name.split_whitespace().count() > 1);
                if !is_first_name {
                    fuzzy_names.push((word.chars().count() as u32, words[0], *entity));
                }
            }
        }
        // Stable: names of one length keep the order of the file.
        fuzzy_names.sort_by_key(|x| x.0);
        let model = super::embed::Model::shipped();
        let name_vectors = named
            .iter()
            .filter(|(words, e)| words.len() == 1 && matches!(e, EntityRef::Side(_) | EntityRef::Place(_)))
            .filter_map(|(words, e)| Some((*e, model.word(intern::resolve(words[0]))?)))
            .collect();

        let mut regions: Vec<(String, Vec<EntityRef>)> = Vec::new();
        let sides =
            d.side.iter().enumerate().map(|(i, x)| (EntityRef::Side(i), std::iter::once(&x.name).chain([&x.short]).chain(&x.aliases).collect::<Vec<_>>()));
        let places = d.place.iter().enumerate().map(|(i, x)| (EntityRef::Place(i), std::iter::once(&x.name).chain(&x.aliases).collect::<Vec<_>>()));
        for (e, names) in sides.chain(places) {
            let Some(region) = names.iter().find_map(|n| crate::kb::world::region_of(n)) else { continue };
            let region = region.to_lowercase();
            match regions.iter_mut().find(|r| r.0 == region) {
                Some(r) => r.1.push(e),
                None => regions.push((region, vec![e])),
            }
        }

        let mut role_phrases: Vec<RolePhrase> = Vec::new();
        // The words of the article's names: a title's modifier that is a name ("Ukraine
        // envoy") does not make "the Ukraine guy" its holder.
        let name_words: Vec<String> = named.iter().flat_map(|(words, _)| words.iter().map(|w| intern::resolve(*w).to_string())).collect();
        for p in &d.person {
            for t in &p.titles {
                add_role(&mut role_phrases, reader, &t.role, vec![t.role.clone()]);
                // "envoy" for "special envoy": the head word alone names the role too.
                if let Some(last) = t.role.split_whitespace().last() {
                    add_role(&mut role_phrases, reader, last, vec![last.to_string()]);
                }
                for form in spoken_forms(&t.role, lex, &name_words) {
                    add_role(&mut role_phrases, reader, &form, vec![t.role.clone()]);
                }
            }
        }
        // A lexicon phrase spelt like one of the article's titles adds its roles to it.
        for r in role_phrases.iter_mut() {
            if let Some(l) = lex.roles.iter().find(|l| l.words == r.words) {
                for x in &l.roles {
                    if !r.roles.contains(x) {
                        r.roles.push(x.clone());
                    }
                }
            }
        }
        role_phrases.shrink_to_fit();
        for r in role_phrases.iter_mut() {
            r.roles.shrink_to_fit();
        }
        let role_by_first = file_by(role_phrases.iter().map(|r| r.words[0]));
        let mut role_words: Vec<u32> = role_phrases.iter().chain(lex.roles.iter()).flat_map(|r| r.words.iter().copied()).collect();
        role_words.sort_unstable();
        role_words.dedup();
        let role_words = role_words.into_boxed_slice();

        // This article's words (the sentences' words are added as they are read, below);
        // the lexicon's and the cue words are in the shared lexis.
        let mut vocab = Vocab::default();
        for a in &aliases {
            // Credited journalists' names are known but never a correction target: "date" is
            // not a slip for "Kate".
            let priority = !matches!(a.entity, EntityRef::Credit(_));
            for &w in a.words.iter() {
                vocab.add_sym(w, priority);
            }
        }
        for r in &role_phrases {
            for &w in r.words.iter() {
                vocab.add_sym(w, true);
            }
        }
        for e in &d.event {
            for k in &e.keywords {
                for t in tokenize(k) {
                    vocab.add(&t.word, false);
                }
            }
        }

        let groups: FxHashMap<usize, usize> =
            d.side.iter().enumerate().filter_map(|(i, s)| s.group.as_deref().and_then(|g| d.side.iter().position(|x| x.id == g)).map(|g| (i, g))).collect();
        let names = NameSyms { aliases: &aliases, by_first: &alias_by_first, groups: &groups };
        let mut sentences = Vec::with_capacity(article.sentences.len());
        let mut df: FxHashMap<u32, u32> = FxHashMap::default();
        let mut total = 0u32;
        for s in &article.sentences {
            let words = reader.read(s.text(article));
            for w in words.iter() {
                vocab.add_sym(w.word, false);
            }
            let t = names.terms(words);
            for k in t.syms() {
                *df.entry(k).or_default() += 1;
            }
            total += t.len;
            sentences.push(t);
        }
        vocab.finish();
        let mut df: Vec<(u32, u32)> = df.into_iter().collect();
        df.sort_unstable();
        let avg_len = if sentences.is_empty() { 1.0 } else { total as f32 / sentences.len() as f32 };

        // A fact's terms are those of its parts (its words, the names of who and where, its
        // topics) put together; a part shared by many facts (a speaker's names) is read once.
        let mut parts: FxHashMap<String, (Vec<u32>, Vec<EntityRef>, u32)> = FxHashMap::default();
        let mut terms_of = |texts: &[&str]| -> Terms {
            let (mut syms, mut entities, mut len) = (Vec::new(), Vec::new(), 0);
            for text in texts {
                if text.is_empty() {
                    continue;
                }
                let part = match parts.get(*text) {
                    Some(p) => p,
                    None => {
                        let t = names.parts(reader.read(text));
                        parts.entry(text.to_string()).or_insert(t)
                    }
                };
                syms.extend_from_slice(&part.0);
                for e in &part.1 {
                    if !entities.contains(e) {
                        entities.push(*e);
                    }
                }
                len += part.2;
            }
            Terms::from_parts(syms, entities, len)
        };
        let name_of = |id: &str| -> String {
            d.person
                .iter()
                .find(|p| p.id == id)
                .map(|p| format!("{} {}", p.name, p.aliases.join(" ")))
                .or_else(|| d.side.iter().find(|s| s.id == id).map(|s| format!("{} {}", s.name, s.short)))
                .or_else(|| d.place.iter().find(|s| s.id == id).map(|s| s.name.clone()))
                .unwrap_or_default()
        };
        let issue_words = |id: &str| d.issue.iter().find(|i| i.id == id).map(|i| format!("{} {}", i.name, i.keywords.join(" "))).unwrap_or_default();
        let statement_terms = d
            .statement
            .iter()
            .map(|s| {
                // A person speaks for their side too: "who posted for Kyiv" is Yermak.
                let side = s.speaker.as_deref().and_then(|w| d.person.iter().find(|p| p.id == w)).and_then(|p| p.side.as_deref());
                let speaker = s.speaker.as_deref().map(name_of).into_iter().chain(side.map(name_of)).collect::<Vec<_>>().join(" ");
                terms_of(&[&s.evidence, &s.medium, &s.about.join(" "), &speaker, s.source.as_deref().unwrap_or_default()])
            })
            .collect();
        let position_terms = d
            .position
            .iter()
            .map(|p| terms_of(&[&p.evidence, &issue_words(&p.issue), &name_of(&p.holder), &p.via.as_deref().map(name_of).unwrap_or_default()]))
            .collect();
        let position_issue_terms = d.position.iter().map(|p| terms_of(&[&issue_words(&p.issue)])).collect();
        let stance_terms = d.position.iter().map(|p| p.stance.as_deref().map(|s| terms_of(&[s]))).collect();
        let event_terms = d
            .event
            .iter()
            .map(|e| {
                // A person takes part for their side too: "when did Washington warn …" is Trump's.
                let sides = e.who.iter().filter_map(|w| d.person.iter().find(|p| &p.id == w).and_then(|p| p.side.as_deref()));
                let who: Vec<String> = e.who.iter().map(|w| name_of(w)).chain(sides.map(name_of)).collect();
                terms_of(&[&e.what, &e.evidence, &e.keywords.join(" "), &who.join(" "), &e.place.as_deref().map(name_of).unwrap_or_default()])
            })
            .collect();
        let event_told = d
            .event
            .iter()
            .map(|e| {
                tokenize(&super::normalise::normalise(&format!("{} {}", e.what, e.name.as_deref().unwrap_or(""))).text).into_iter().map(|t| t.stem).collect()
            })
            .collect();
        let proposal_terms = d
            .proposal
            .iter()
            .map(|p| {
                let items: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
                terms_of(&[&p.name, &p.evidence, &items.join(" "), &p.by.as_deref().map(name_of).unwrap_or_default()])
            })
            .collect();
        let item_terms = d.proposal.iter().map(|p| p.items.iter().map(|i| terms_of(&[&i.text, &issue_words(&i.issue)])).collect()).collect();
        let reaction_terms = d.proposal.iter().map(|p| p.reactions.iter().map(|r| terms_of(&[&r.text])).collect()).collect();

        Index {
            id: NEXT_INDEX_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            folded_paragraphs: d.paragraph.iter().map(|p| super::normalise::normalise(&p.text).text.to_lowercase()).collect(),
            statement_terms,
            position_terms,
            position_issue_terms,
            stance_terms,
            event_terms,
            event_told,
            proposal_terms,
            item_terms,
            reaction_terms,
            aliases,
            alias_by_first,
            fuzzy_names: fuzzy_names.into_boxed_slice(),
            name_vectors,
            regions,
            role_phrases,
            role_by_first,
            role_words,
            lex: lex.clone(),
            vocab,
            sentences,
            sentence_words: article
                .sentences
                .iter()
                .map(|s| {
                    let text = s.text(article);
                    let read = |t: &str| tokenize(&super::normalise::normalise(t).text);
                    let toks = read(text);
                    let comma = toks.len() - read(text.split_once(',').map_or("", |x| x.1)).len();
                    (toks, comma)
                })
                .collect(),
            df: df.into_boxed_slice(),
            avg_len,
            meaning: super::semantic::Meaning::build(article),
        }
    }

    /// In how many sentences the interned stem `sym` occurs.
    pub fn df(&self, sym: u32) -> Option<u32> {
        self.df.binary_search_by_key(&sym, |x| x.0).ok().map(|i| self.df[i].1)
    }

    /// Whether a sentence of the article has a word of stem `stem`.
    pub fn has_stem(&self, stem: &str) -> bool {
        self.df(intern::get(stem)).is_some()
    }

    /// Every interned stem of the article's sentences.
    pub fn stems(&self) -> impl Iterator<Item = u32> + '_ {
        self.df.iter().map(|x| x.0)
    }

    pub fn is_known(&self, w: &str) -> bool {
        let n = intern::get(w);
        n != intern::NONE && (self.vocab.knows(n) || self.lex.vocab.knows(n))
    }

    /// Whether `w` is a word of this article's own (its sentences and names), not only of the
    /// shared lexis.
    pub fn in_article(&self, w: &str) -> bool {
        let n = intern::get(w);
        n != intern::NONE && self.vocab.knows(n)
    }

    fn is_priority(&self, n: u32) -> bool {
        self.vocab.priority.binary_search(&n).is_ok() || self.lex.vocab.priority.binary_search(&n).is_ok()
    }

    pub fn synonyms_of(&self, stem: &str) -> &[String] {
        self.lex.synonyms.get(stem).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The lexicon's phrase rewrites: the phrase's stems ("pulled out" is "pull out"), and the
    /// words it becomes.
    pub fn phrases(&self) -> &[(Vec<String>, Vec<String>)] {
        &self.lex.phrases
    }

    /// The side whose capital `city` is (per the lexicon), when the article has that side:
    /// "what did London say" asks Britain's government.
    pub fn side_of_capital(&self, city: &str) -> Option<usize> {
        let city = city.to_lowercase();
        let (_, of) = self.lex.capitals.iter().find(|(c, _)| *c == city)?;
        of.iter().find_map(|n| match self.alias_at(&tokenize(n), 0) {
            Some((EntityRef::Side(s), _)) => Some(s),
            _ => None,
        })
    }

    /// The country whose capital `city` is, per the lexicon, by its first name there ("beijing":
    /// "china"), and the article's side for it when there is one.
    pub fn country_of_capital(&self, city: &str) -> Option<(&str, Option<usize>)> {
        let (_, of) = self.lex.capitals.iter().find(|(c, _)| c == city)?;
        Some((of.first()?.as_str(), self.side_of_capital(city)))
    }

    /// The capital city of the country called any of `names` (lower case), per the lexicon.
    pub fn capital_of(&self, names: &[String]) -> Option<&str> {
        self.lex.capitals.iter().find(|(_, of)| of.iter().any(|w| names.contains(w))).map(|(city, _)| city.as_str())
    }

    /// "team", "staff", "office": words for the people around someone.
    pub fn is_entourage(&self, w: &str) -> bool {
        self.lex.entourage.contains(w)
    }

    /// Whether `w` is a word of a title the article gives someone or of a newsroom name for one
    /// ("minister", "envoy", "spokesman").
    pub fn is_role_word(&self, w: &str) -> bool {
        let sym = intern::get(w);
        sym != intern::NONE && self.role_words.binary_search(&sym).is_ok()
    }

    /// "guy", "lady": a word for one person (see [`crate::kb::Lexicon::persons`]).
    pub fn is_person_word(&self, w: &str) -> bool {
        self.lex.persons.iter().any(|p| p == w)
    }

    /// "deputy", "vice": a word for someone's second (see [`crate::kb::Lexicon::deputies`]).
    pub fn is_deputy(&self, w: &str) -> bool {
        self.lex.deputies.contains(w)
    }

    /// "deputy", "number two": how many tokens from `at` are a word or phrase for someone's
    /// second, the longest.
    pub fn deputy_at(&self, toks: &[Token], at: usize) -> Option<usize> {
        self.lex
            .deputies
            .iter()
            .filter_map(|d| {
                let n = d.split_whitespace().count();
                let here = toks.get(at..at + n)?;
                d.split_whitespace().zip(here).all(|(w, t)| t.word == w).then_some(n)
            })
            .max()
    }

    /// The longest name starting at token `i`: (entity, tokens used).
    pub fn alias_at(&self, toks: &[Token], i: usize) -> Option<(EntityRef, usize)> {
        longest(&self.alias_by_first, |a| &self.aliases[a].words, toks.len(), i, |j| intern::get(&toks[j].word)).map(|(a, n)| (self.aliases[a].entity, n))
    }

    /// The entities a piece of text names, in order, by their names and aliases.
    pub fn names_in(&self, text: &str) -> Vec<EntityRef> {
        let toks = tokenize(&super::normalise::normalise(text).text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.alias_at(&toks, i) {
                Some((e, n)) => {
                    out.push(e);
                    i += n.max(1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest role phrase starting at token `i`: (phrase, tokens used), the phrase to be
    /// read with [`Index::role_phrase`]. The article's own titles come first; the lexicon's
    /// phrases are numbered after them.
    pub fn role_at(&self, toks: &[Token], i: usize) -> Option<(usize, usize)> {
        let word = |j: usize| intern::get(&toks[j].word);
        let own = longest(&self.role_by_first, |r| &self.role_phrases[r].words, toks.len(), i, word);
        let shared = longest(&self.lex.role_by_first, |r| &self.lex.roles[r].words, toks.len(), i, word).map(|(r, n)| (self.role_phrases.len() + r, n));
        match (own, shared) {
            (Some(o), Some(s)) if s.1 > o.1 => Some(s),
            (Some(o), _) => Some(o),
            (None, s) => s,
        }
    }

    /// A role phrase found by [`Index::role_at`].
    pub fn role_phrase(&self, r: usize) -> &RolePhrase {
        self.role_phrases.get(r).unwrap_or_else(|| &self.lex.roles[r - self.role_phrases.len()])
    }

    /// The place or side a word the article does not have describes: the one whose name is
    /// closest in meaning, when it is close ([`DESCRIBES`]) and clearly closer than any other
    /// ([`DESCRIBES_MARGIN`]) — "peninsula" is Crimea (0.58, next 0.31), "alliance" NATO; "city"
    /// is no one city (London 0.56, Paris 0.45), "presidential" not Trump.
    pub fn described(&self, word: &str) -> Option<EntityRef> {
        let v = super::embed::Model::shipped().word(word)?;
        let mut best: Vec<(f32, EntityRef)> = Vec::new();
        for (e, n) in &self.name_vectors {
            let c = super::embed::cos(&v, n);
            match best.iter_mut().find(|(_, b)| b == e) {
                Some(b) => b.0 = b.0.max(c),
                None => best.push((c, *e)),
            }
        }
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (top, e) = *best.first()?;
        let next = best.get(1).map_or(0.0, |b| b.0);
        (top >= DESCRIBES && top - next >= DESCRIBES_MARGIN).then_some(e)
    }

    /// The article's countries and places in the continent `word` names ("asia": India), if
    /// the word names a continent that has any: a question about "South Asia" asks about them.
    pub fn in_region(&self, word: &str) -> Option<&[EntityRef]> {
        self.regions.iter().find(|r| r.0 == word).map(|r| r.1.as_slice())
    }

    /// A name a typo away from `word` ("vence" -> Vance), if exactly one entity is that close;
    /// two slips with `slack`, where the question has a place only a name fills ("lami").
    pub fn fuzzy_name(&self, word: &str, slack: bool) -> Option<EntityRef> {
        let n = word.chars().count();
        if n < 4 || !word.chars().all(|c| c.is_alphabetic()) {
            return None;
        }
        let max = if n >= 8 || slack { 2 } else { 1 };
        let first = word.chars().next();
        let mut found: Option<(usize, EntityRef)> = None;
        let mut tie = false;
        let (lo, hi) = (n.saturating_sub(max) as u32, (n + max) as u32);
        let from = self.fuzzy_names.partition_point(|x| x.0 < lo);
        for (_, name, e) in self.fuzzy_names[from..].iter().take_while(|x| x.0 <= hi) {
            let name = intern::resolve(*name);
            if n <= 5 && name.chars().next() != first {
                continue;
            }
            let Some(dist) = edit_within(word, name, max) else { continue };
            if strsim::jaro_winkler(word, name) >= 0.8 {
                match found {
                    Some((d0, e0)) if dist == d0 && e0 != *e => tie = true,
                    Some((d0, _)) if dist >= d0 => {}
                    _ => {
                        found = Some((dist, *e));
                        tie = false;
                    }
                }
            }
        }
        if tie {
            None
        } else {
            found.map(|(_, e)| e)
        }
    }

    /// The known word a typo away from `word` ("preisdent" -> "president", "sya" -> "say").
    /// Short words are only corrected to cue words and names, and only when one is closest.
    ///
    /// Answers are kept per thread: the same slips recur ("wat", "propsal"), and a correction
    /// is the costliest step of reading a question (an edit distance to a few dozen words).
    pub fn correct(&self, word: &str) -> Option<String> {
        thread_local! {
            static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<(u64, String), Option<String>>> = Default::default();
        }
        if let Some(hit) = SEEN.with(|c| c.borrow().get(&(self.id, word.to_string())).cloned()) {
            return hit;
        }
        let found = self.correct_uncached(word);
        SEEN.with(|c| {
            let mut c = c.borrow_mut();
            // Bounded: hostile input cannot grow it without limit.
            if c.len() >= 50_000 {
                c.clear();
            }
            c.insert((self.id, word.to_string()), found.clone());
        });
        found
    }

    fn correct_uncached(&self, word: &str) -> Option<String> {
        let n = word.chars().count();
        if n < 3 || self.is_known(word) || !word.chars().all(|c| c.is_alphabetic()) {
            return None;
        }
        // A longer word English has a token of its own for is a word, not a slip: "supposed"
        // is not "opposed"; nor is a short one a slip for a name ("use" is not "USA"), though it
        // may be for a cue word ("wat").
        let model = super::embed::Model::shipped();
        let english = model.is_whole_word(word);
        // Nor is a shorter word among the most frequent of English: "cold feet" is not "told
        // feel", though "wat" is "what".
        if n >= MODEL_WORD_LETTERS && english || model.is_common_word(word) {
            return None;
        }
        let max = if n >= 8 { 2 } else { 1 };
        let mut best: Vec<(usize, u32)> = Vec::new();
        let (first, last) = (word.chars().next().unwrap_or(' '), word.chars().next_back().unwrap_or(' '));
        for len in n.saturating_sub(max).max(3)..=n + max {
            for v in [&self.vocab, &self.lex.vocab] {
                let by_first = v.block(len, first);
                // Words ending like this one but starting otherwise (those starting alike came first).
                let by_last = v.block(len, last).filter(|c| !intern::resolve(*c).starts_with(first));
                for cand in by_first.chain(by_last) {
                    let text = intern::resolve(cand);
                    // Short words: only to a cue word or name of the same length ("sya" -> "say",
                    // but "old" is not "told").
                    if n <= 4 && (!self.is_priority(cand) || text.chars().count() != n) {
                        continue;
                    }
                    // A word English has is not a slip for a name or a title's word either:
                    // "lead to", "turn up the heat" are not "head".
                    if english && (!filed(&self.alias_by_first, cand).is_empty() || self.is_role_word(text)) {
                        continue;
                    }
                    // Nor, from four letters, a slip for another of the article's words ("at
                    // least" is not "at last"); only for a cue word.
                    if english && n >= 4 && !self.is_priority(cand) {
                        continue;
                    }
                    let Some(dist) = edit_within(word, text, max) else { continue };
                    if !best.iter().any(|b| b.1 == cand) {
                        best.push((dist, cand));
                    }
                }
            }
        }
        let min = best.iter().map(|b| b.0).min()?;
        let mut at_min: Vec<u32> = best.iter().filter(|b| b.0 == min).map(|b| b.1).collect();
        if at_min.len() > 1 {
            at_min.retain(|c| self.is_priority(*c));
        }
        if at_min.len() == 1 {
            Some(intern::resolve(at_min[0]).to_string())
        } else {
            None
        }
    }
}

/// The length from which a word of the embedding model's vocabulary is never corrected.
const MODEL_WORD_LETTERS: usize = 4;

static NEXT_INDEX_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A set of known words, interned, with correction targets blocked by length and by first
/// and last letter: a typo rarely hits both ends of a word, so a word is compared with a few
/// dozen candidates, not the whole vocabulary. Sorted arrays rather than hash tables: a
/// thousand articles each hold one, and lookups are a binary search.
#[derive(Debug, Default)]
pub struct Vocab {
    known: Vec<u32>,
    /// Cue words and names, which win ties when correcting.
    priority: Vec<u32>,
    /// (block key of length and letter, word), sorted by key.
    targets: Box<[(u32, u32)]>,
}

impl Vocab {
    fn add(&mut self, w: &str, priority: bool) {
        self.add_sym(intern::intern(w), priority);
    }

    fn add_sym(&mut self, n: u32, priority: bool) {
        self.known.push(n);
        if priority {
            self.priority.push(n);
        }
    }

    fn knows(&self, n: u32) -> bool {
        self.known.binary_search(&n).is_ok()
    }

    fn key(len: usize, c: char) -> u32 {
        ((len.min(2047) as u32) << 21) | c as u32
    }

    /// The known words of `len` characters starting or ending with `c`.
    fn block(&self, len: usize, c: char) -> impl Iterator<Item = u32> + '_ {
        filed(&self.targets, Vocab::key(len, c)).iter().map(|x| x.1)
    }

    fn finish(&mut self) {
        for list in [&mut self.known, &mut self.priority] {
            list.sort_unstable();
            list.dedup();
            list.shrink_to_fit();
        }
        let mut targets = Vec::new();
        for &id in &self.known {
            let w = intern::resolve(id);
            let n = w.chars().count();
            if n >= 3 && w.chars().all(|c| c.is_alphabetic()) {
                let (f, l) = (w.chars().next().unwrap_or(' '), w.chars().next_back().unwrap_or(' '));
                targets.push((Vocab::key(n, f), id));
                if l != f {
                    targets.push((Vocab::key(n, l), id));
                }
            }
        }
        targets.sort_unstable();
        self.targets = targets.into_boxed_slice();
    }
}

/// What all articles share, built once from the lexicon: synonyms, phrase rewrites, the
/// words for someone's entourage, and the plain-English vocabulary (cue words, stopwords).
#[derive(Debug, Default)]
pub struct Lexis {
    synonyms: HashMap<String, Vec<String>>,
    phrases: Vec<(Vec<String>, Vec<String>)>,
    entourage: HashSet<String>,
    deputies: HashSet<String>,
    persons: Vec<String>,
    vocab: Vocab,
    /// The lexicon's words for jobs ("foreign secretary" -> foreign minister).
    roles: Vec<RolePhrase>,
    role_by_first: Box<[(u32, u32)]>,
    /// Capital cities with the words for their country, lower case.
    capitals: Vec<(String, Vec<String>)>,
}

impl Lexis {
    pub fn build(lexicon: &Lexicon) -> Lexis {
        let mut synonyms: HashMap<String, Vec<String>> = HashMap::new();
        for group in &lexicon.synonyms {
            let stems: Vec<String> =
                group.iter().flat_map(|w| tokenize(w).into_iter()).filter(|t| !words::is_in(words::STOPWORDS, &t.word)).map(|t| t.stem).collect();
            for s in &stems {
                let e = synonyms.entry(s.clone()).or_default();
                for o in &stems {
                    if o != s && !e.contains(o) && !words::is_in(words::ONE_WAY_SYNONYMS, o) {
                        e.push(o.clone());
                    }
                }
            }
        }
        let phrases = lexicon
            .phrases
            .iter()
            .map(|(from, to)| (tokenize(from).into_iter().map(|t| t.stem).collect::<Vec<_>>(), tokenize(to).into_iter().map(|t| t.word).collect::<Vec<_>>()))
            .filter(|(f, t)| !f.is_empty() && !t.is_empty())
            .collect();
        let entourage: HashSet<String> = lexicon.entourage.iter().map(|w| w.to_lowercase()).collect();
        let deputies: HashSet<String> = lexicon.deputies.iter().map(|w| w.to_lowercase()).collect();
        let persons: Vec<String> = lexicon.persons.iter().map(|w| w.to_lowercase()).collect();
        let mut vocab = Vocab::default();
        for g in &lexicon.synonyms {
            for w in g {
                for t in tokenize(w) {
                    vocab.add(&t.word, false);
                }
            }
        }
        for phrase in lexicon.roles.keys() {
            for t in tokenize(phrase) {
                vocab.add(&t.word, true);
            }
        }
        for list in [words::SAY_WORDS, words::JOB_WORDS, words::POSITION_WORDS, words::PROPOSAL_WORDS, words::TIME_NOUNS, words::PLACE_NOUNS, words::DEED_WORDS]
        {
            for w in list {
                vocab.add(w, true);
            }
        }
        for w in ["who", "what", "when", "where", "which", "why", "how", "many", "did", "does", "is", "was", "were", "are"] {
            vocab.add(w, true);
        }
        for w in words::STOPWORDS.iter().chain(words::GREETING_WORDS).chain(words::THANKS_WORDS) {
            vocab.add(w, false);
        }
        for w in entourage.iter().chain(&deputies).flat_map(|p| p.split_whitespace()) {
            vocab.add(w, false);
        }
        vocab.finish();
        let mut roles: Vec<RolePhrase> = Vec::new();
        let mut reader = Reader::default();
        for (phrase, r) in &lexicon.roles {
            add_role(&mut roles, &mut reader, phrase, r.clone());
        }
        for (phrase, r) in &lexicon.roles {
            for form in abbreviations(phrase) {
                add_role(&mut roles, &mut reader, &form, r.clone());
            }
        }
        for (phrase, r) in &lexicon.offices {
            add_role_phrase(&mut roles, &mut reader, phrase, vec![r.clone()], true);
        }
        let role_by_first = file_by(roles.iter().map(|r| r.words[0]));
        let capitals = lexicon.capitals.iter().map(|(city, of)| (city.to_lowercase(), of.iter().map(|w| w.to_lowercase()).collect())).collect();
        Lexis { synonyms, phrases, entourage, deputies, persons, vocab, roles, role_by_first, capitals }
    }
}

/// What the index builder knows of a word once it has met it.
#[derive(Debug, Clone, Copy)]
pub struct WordInfo {
    word: u32,
    stem: u32,
    /// A stopword that carries no topic ("said" does: it marks what was said).
    stop: bool,
}

/// Reads article text for the index build. Each distinct word is stemmed, interned and
/// checked against the stopwords once per build thread, not at each occurrence: articles
/// repeat a few thousand words, and those steps were most of the cost of loading.
#[derive(Debug, Default)]
pub struct Reader {
    words: FxHashMap<Box<str>, WordInfo>,
    buf: Vec<WordInfo>,
}

impl Reader {
    /// The words of `text`, normalised and split as a question would be.
    fn read(&mut self, text: &str) -> &[WordInfo] {
        self.buf.clear();
        let (words, buf) = (&mut self.words, &mut self.buf);
        each_word(&crate::matcher::normalise::normalise(text).text, |w, _, _| {
            let info = match words.get(w) {
                Some(i) => *i,
                None => {
                    let i = WordInfo { word: intern::intern(w), stem: intern::intern(&stem(w)), stop: words::is_stopword(w) && w != "said" };
                    words.insert(w.into(), i);
                    i
                }
            };
            buf.push(info);
        });
        &self.buf
    }
}

/// The article's names, for reading its own text at build time.
struct NameSyms<'a> {
    aliases: &'a [Alias],
    by_first: &'a [(u32, u32)],
    /// The wider side of each side (Britain -> Europe), by side index.
    groups: &'a FxHashMap<usize, usize>,
}

impl NameSyms<'_> {
    /// The longest name starting at word `i` (the first listed wins a tie).
    fn at(&self, words: &[WordInfo], i: usize) -> Option<(EntityRef, usize)> {
        longest(self.by_first, |a| &self.aliases[a].words, words.len(), i, |j| words[j].word).map(|(a, n)| (self.aliases[a].entity, n))
    }

    /// Stems in text order (every word of a name, topic words otherwise), entities, length.
    fn parts(&self, words: &[WordInfo]) -> (Vec<u32>, Vec<EntityRef>, u32) {
        let (mut syms, mut entities) = (Vec::with_capacity(words.len()), Vec::new());
        let mut i = 0;
        while i < words.len() {
            if let Some((e, n)) = self.at(words, i) {
                let parent = match e {
                    EntityRef::Side(s) => self.groups.get(&s).map(|&g| EntityRef::Side(g)),
                    _ => None,
                };
                for e in std::iter::once(e).chain(parent) {
                    if !entities.contains(&e) {
                        entities.push(e);
                    }
                }
                syms.extend(words[i..i + n].iter().map(|w| w.stem));
                i += n;
                continue;
            }
            if !words[i].stop {
                syms.push(words[i].stem);
            }
            i += 1;
        }
        (syms, entities, words.len() as u32)
    }

    fn terms(&self, words: &[WordInfo]) -> Terms {
        let (syms, entities, len) = self.parts(words);
        Terms::from_parts(syms, entities, len)
    }
}

/// The edit distance (optimal string alignment: insert, delete, substitute, swap two
/// neighbours) between `a` and `b` if it is at most `max`. Most candidates differ in several
/// letters, so a letter count first rules them out without the full comparison: each edit
/// changes the counts by at most one, so their difference bounds the distance from below.
pub(crate) fn edit_within(a: &str, b: &str, max: usize) -> Option<usize> {
    if a.bytes().chain(b.bytes()).all(|c| c.is_ascii_lowercase()) {
        let mut counts = [0i32; 26];
        for c in a.bytes() {
            counts[(c - b'a') as usize] += 1;
        }
        for c in b.bytes() {
            counts[(c - b'a') as usize] -= 1;
        }
        let (more, fewer) = counts.iter().fold((0, 0), |(m, f), &c| if c > 0 { (m + c, f) } else { (m, f - c) });
        if more.max(fewer) as usize > max {
            return None;
        }
    }
    let d = strsim::osa_distance(a, b);
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::edit_within;

    #[test]
    fn a_longer_english_word_is_not_corrected_into_an_article_word() {
        let kb = crate::kb::Kb::from_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data"))).expect("shipped data loads");
        let index = super::Index::build(&kb.articles[0], &kb.lexicon);
        // "supposed" is not a slip for "opposed" (a word of stands); "negotiatons" is one.
        assert_eq!(index.correct("supposed"), None);
        assert_eq!(index.correct("negotiatons").as_deref(), Some("negotiations"));
        // Nor is a short English word a slip for a name: "use" is not "USA".
        assert_ne!(index.correct("use").as_deref(), Some("usa"));
        // Nor a four- or five-letter one for a title's or any other article word ("lead to",
        // "the heat", "at least").
        for w in ["lead", "heat", "least"] {
            assert_eq!(index.correct(w), None, "{w}");
        }
        // Nor one of the most frequent English words for a cue word ("cold feet" is not "told
        // feel"), while a slip that is no such word still is ("wat").
        for w in ["cold", "feet"] {
            assert_eq!(index.correct(w), None, "{w}");
        }
        assert!(index.correct("wat").is_some());
    }

    #[test]
    fn edit_within_agrees_with_the_full_distance() {
        let words = [
            "vance",
            "vence",
            "witkoff",
            "witkof",
            "wtikoff",
            "president",
            "preisdent",
            "presidnet",
            "say",
            "sya",
            "kyiv",
            "kiev",
            "lammy",
            "lamy",
            "café",
            "cafe",
        ];
        for a in words {
            for b in words {
                for max in 0..=2 {
                    let d = strsim::osa_distance(a, b);
                    assert_eq!(edit_within(a, b, max), (d <= max).then_some(d), "{a} {b} {max}");
                }
            }
        }
    }
}
