//! Everything the matcher looks things up in, built once per article at load.
//!
//! Names, roles and words are hashed so that reading a question costs a few lookups per word,
//! not a scan of the article; fuzzy matching only compares a word with known words of a
//! similar length (see [`Index::correct`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::intern;
use super::tokens::{stem, tokenize, Token};
use super::words;
use crate::kb::{Article, Lexicon};

/// Something in the article a question can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityRef {
    Person(usize),
    Side(usize),
    Place(usize),
}

#[derive(Debug, Clone)]
pub struct Alias {
    pub words: Vec<String>,
    pub entity: EntityRef,
}

#[derive(Debug, Clone)]
pub struct RolePhrase {
    pub words: Vec<String>,
    /// The roles (as people's `titles.role` give them) this phrase stands for.
    pub roles: Vec<String>,
}

/// Terms of one searchable unit (a sentence or a fact): stems (interned, sorted, with their
/// counts) and the entities it names.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    stems: Vec<(u32, u32)>,
    pub entities: Vec<EntityRef>,
    pub len: u32,
}

impl Terms {
    /// Whether the interned stem `sym` occurs.
    pub fn has_sym(&self, sym: u32) -> bool {
        self.stems.binary_search_by_key(&sym, |x| x.0).is_ok()
    }

    /// How often the interned stem `sym` occurs.
    pub fn tf(&self, sym: u32) -> u32 {
        self.stems.binary_search_by_key(&sym, |x| x.0).map(|i| self.stems[i].1).unwrap_or(0)
    }

    pub fn has(&self, stem: &str) -> bool {
        self.has_sym(intern::get(stem))
    }

    /// The interned stems that occur.
    pub fn syms(&self) -> impl Iterator<Item = u32> + '_ {
        self.stems.iter().map(|x| x.0)
    }

    fn add(&mut self, stem: &str) {
        let sym = intern::intern(stem);
        match self.stems.binary_search_by_key(&sym, |x| x.0) {
            Ok(i) => self.stems[i].1 += 1,
            Err(i) => self.stems.insert(i, (sym, 1)),
        }
    }

    fn add_entity(&mut self, e: EntityRef) {
        if !self.entities.contains(&e) {
            self.entities.push(e);
        }
    }
}

#[derive(Debug)]
pub struct Index {
    pub aliases: Vec<Alias>,
    groups: HashMap<usize, usize>,
    alias_by_first: HashMap<String, Vec<usize>>,
    /// Single-word names that may be matched with a typo ("Witkof", "Stamer").
    fuzzy_names: HashMap<usize, Vec<(String, EntityRef)>>,
    pub role_phrases: Vec<RolePhrase>,
    role_by_first: HashMap<String, Vec<usize>>,
    /// What every article shares: the lexicon and the plain-English cue words.
    lex: Arc<Lexis>,
    /// This article's own words (its text, names and titles): not corrected, and targets for
    /// correcting a typo.
    vocab: Vocab,
    pub sentences: Vec<Terms>,
    /// Sentence frequency of each interned stem.
    pub df: HashMap<u32, u32>,
    pub avg_len: f32,
    pub issue_terms: Vec<HashSet<String>>,
    /// Terms of each fact, in the order of the article file: what the fact's words,
    /// speaker, medium and topics offer to a question.
    pub statement_terms: Vec<Terms>,
    pub position_terms: Vec<Terms>,
    /// A position's `stance`, scored on its own: it tells apart holders sharing evidence.
    pub stance_terms: Vec<Option<Terms>>,
    pub event_terms: Vec<Terms>,
    pub proposal_terms: Vec<Terms>,
    pub item_terms: Vec<Vec<Terms>>,
}

impl Index {
    /// Builds an index with a lexis of its own (one article; tools and tests).
    pub fn build(article: &Article, lexicon: &Lexicon) -> Index {
        Index::build_shared(article, lexicon, &Arc::new(Lexis::build(lexicon)))
    }

    /// Builds an index sharing `lex` with the other articles of the knowledge base.
    pub fn build_shared(article: &Article, lexicon: &Lexicon, lex: &Arc<Lexis>) -> Index {
        let d = &article.data;
        let mut aliases = Vec::new();
        let add_alias = |text: &str, entity: EntityRef, aliases: &mut Vec<Alias>| {
            let words: Vec<String> = tokenize(&crate::matcher::normalise::normalise(text).text).into_iter().map(|t| t.word).collect();
            if !words.is_empty() && !aliases.iter().any(|a: &Alias| a.words == words && a.entity == entity) {
                aliases.push(Alias { words, entity });
            }
        };
        for (i, p) in d.person.iter().enumerate() {
            for a in std::iter::once(&p.name).chain(p.aliases.iter()) {
                add_alias(a, EntityRef::Person(i), &mut aliases);
            }
        }
        for (i, s) in d.side.iter().enumerate() {
            for a in std::iter::once(&s.name).chain(std::iter::once(&s.short)).chain(s.aliases.iter()) {
                add_alias(a, EntityRef::Side(i), &mut aliases);
            }
        }
        for (i, s) in d.place.iter().enumerate() {
            for a in std::iter::once(&s.name).chain(s.aliases.iter()) {
                add_alias(a, EntityRef::Place(i), &mut aliases);
            }
        }
        // "the Europeans" is an alias, but "the" must not start a name.
        for a in aliases.iter_mut() {
            if a.words.len() > 1 && a.words[0] == "the" {
                a.words.remove(0);
            }
        }
        let mut alias_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, a) in aliases.iter().enumerate() {
            alias_by_first.entry(a.words[0].clone()).or_default().push(i);
        }
        let mut fuzzy_names: HashMap<usize, Vec<(String, EntityRef)>> = HashMap::new();
        for a in &aliases {
            // Surnames and one-word names of four letters or more; first names only exactly.
            if a.words.len() == 1 && a.words[0].chars().count() >= 4 {
                let is_first_name = matches!(a.entity, EntityRef::Person(i) if d.person[i].name.split_whitespace().next().is_some_and(|f| f.eq_ignore_ascii_case(&a.words[0])) && d.person[i].name.split_whitespace().count() > 1);
                if !is_first_name {
                    fuzzy_names.entry(a.words[0].chars().count()).or_default().push((a.words[0].clone(), a.entity));
                }
            }
        }

        let mut role_phrases: Vec<RolePhrase> = Vec::new();
        let mut add_role = |phrase: &str, roles: Vec<String>| {
            let words: Vec<String> = tokenize(&crate::matcher::normalise::normalise(phrase).text).into_iter().map(|t| t.word).collect();
            if words.is_empty() {
                return;
            }
            if let Some(r) = role_phrases.iter_mut().find(|r| r.words == words) {
                for x in roles {
                    if !r.roles.contains(&x) {
                        r.roles.push(x);
                    }
                }
            } else {
                role_phrases.push(RolePhrase { words, roles });
            }
        };
        for p in &d.person {
            for t in &p.titles {
                add_role(&t.role, vec![t.role.clone()]);
                // "envoy" for "special envoy": the head word alone names the role too.
                if let Some(last) = t.role.split_whitespace().last() {
                    add_role(last, vec![last.to_string()]);
                }
            }
        }
        for (phrase, roles) in &lexicon.roles {
            add_role(phrase, roles.clone());
        }
        let mut role_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in role_phrases.iter().enumerate() {
            role_by_first.entry(r.words[0].clone()).or_default().push(i);
        }

        // This article's words; the lexicon's and the cue words are in the shared lexis.
        let mut vocab = Vocab::default();
        for s in &article.sentences {
            for t in tokenize(&crate::matcher::normalise::normalise(&s.text).text) {
                vocab.add(&t.word, false);
            }
        }
        for a in &aliases {
            for w in &a.words {
                vocab.add(w, true);
            }
        }
        for r in &role_phrases {
            for w in &r.words {
                vocab.add(w, true);
            }
        }
        for e in &d.event {
            for k in &e.keywords {
                for t in tokenize(k) {
                    vocab.add(&t.word, false);
                }
            }
        }
        vocab.finish();

        let groups: HashMap<usize, usize> = d
            .side
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.group.as_deref().and_then(|g| d.side.iter().position(|x| x.id == g)).map(|g| (i, g)))
            .collect();
        let alias_index = AliasMatcher { aliases: &aliases, by_first: &alias_by_first, groups: &groups };
        let mut sentences = Vec::with_capacity(article.sentences.len());
        let mut df: HashMap<u32, u32> = HashMap::new();
        let mut total = 0u32;
        for s in &article.sentences {
            let t = terms_of(&s.text, &alias_index);
            for k in t.syms() {
                *df.entry(k).or_default() += 1;
            }
            total += t.len;
            sentences.push(t);
        }
        let avg_len = if sentences.is_empty() { 1.0 } else { total as f32 / sentences.len() as f32 };
        let issue_terms = d
            .issue
            .iter()
            .map(|i| i.keywords.iter().flat_map(|k| tokenize(k).into_iter().map(|t| t.stem)).collect())
            .collect();

        let me = AliasMatcher { aliases: &aliases, by_first: &alias_by_first, groups: &groups };
        let name_of = |id: &str| -> String {
            d.person.iter().find(|p| p.id == id).map(|p| format!("{} {}", p.name, p.aliases.join(" ")))
                .or_else(|| d.side.iter().find(|s| s.id == id).map(|s| format!("{} {}", s.name, s.short)))
                .or_else(|| d.place.iter().find(|s| s.id == id).map(|s| s.name.clone()))
                .unwrap_or_default()
        };
        let issue_words = |id: &str| d.issue.iter().find(|i| i.id == id).map(|i| format!("{} {}", i.name, i.keywords.join(" "))).unwrap_or_default();
        let statement_terms = d
            .statement
            .iter()
            .map(|s| {
                let speaker = s.speaker.as_deref().map(name_of).unwrap_or_default();
                terms_of(&format!("{} {} {} {} {}", s.evidence, s.medium, s.about.join(" "), speaker, s.source.clone().unwrap_or_default()), &me)
            })
            .collect();
        let position_terms = d
            .position
            .iter()
            .map(|p| terms_of(&format!("{} {} {} {}", p.evidence, issue_words(&p.issue), name_of(&p.holder), p.via.as_deref().map(name_of).unwrap_or_default()), &me))
            .collect();
        let stance_terms = d.position.iter().map(|p| p.stance.as_deref().map(|s| terms_of(s, &me))).collect();
        let event_terms = d
            .event
            .iter()
            .map(|e| {
                let who: Vec<String> = e.who.iter().map(|w| name_of(w)).collect();
                terms_of(&format!("{} {} {} {} {}", e.what, e.evidence, e.keywords.join(" "), who.join(" "), e.place.as_deref().map(name_of).unwrap_or_default()), &me)
            })
            .collect();
        let proposal_terms = d
            .proposal
            .iter()
            .map(|p| {
                let items: Vec<&str> = p.items.iter().map(|i| i.text.as_str()).collect();
                terms_of(&format!("{} {} {} {}", p.name, p.evidence, items.join(" "), p.by.as_deref().map(name_of).unwrap_or_default()), &me)
            })
            .collect();
        let item_terms = d
            .proposal
            .iter()
            .map(|p| p.items.iter().map(|i| terms_of(&format!("{} {}", i.text, issue_words(&i.issue)), &me)).collect())
            .collect();

        Index {
            groups,
            statement_terms,
            position_terms,
            stance_terms,
            event_terms,
            proposal_terms,
            item_terms,
            aliases,
            alias_by_first,
            fuzzy_names,
            role_phrases,
            role_by_first,
            lex: lex.clone(),
            vocab,
            sentences,
            df,
            avg_len,
            issue_terms,
        }
    }

    /// Terms of any text of this article (a fact's evidence, say), names resolved.
    pub fn terms(&self, text: &str) -> Terms {
        terms_of(text, &AliasMatcher { aliases: &self.aliases, by_first: &self.alias_by_first, groups: &self.groups })
    }

    pub fn is_known(&self, w: &str) -> bool {
        let n = intern::get(w);
        n != intern::NONE && (self.vocab.known.contains(&n) || self.lex.vocab.known.contains(&n))
    }

    fn is_priority(&self, n: u32) -> bool {
        self.vocab.priority.contains(&n) || self.lex.vocab.priority.contains(&n)
    }

    pub fn synonyms_of(&self, stem: &str) -> &[String] {
        self.lex.synonyms.get(stem).map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub fn phrases(&self) -> &[(Vec<String>, Vec<String>)] {
        &self.lex.phrases
    }

    /// "team", "staff", "office": words for the people around someone.
    pub fn is_entourage(&self, w: &str) -> bool {
        self.lex.entourage.contains(w)
    }

    /// The longest name starting at token `i`: (entity, tokens used).
    pub fn alias_at(&self, toks: &[Token], i: usize) -> Option<(EntityRef, usize)> {
        AliasMatcher { aliases: &self.aliases, by_first: &self.alias_by_first, groups: &self.groups }.at_words(&toks.iter().map(|t| t.word.as_str()).collect::<Vec<_>>(), i)
    }

    /// The longest role phrase starting at token `i`: (phrase index, tokens used).
    pub fn role_at(&self, toks: &[Token], i: usize) -> Option<(usize, usize)> {
        let cands = self.role_by_first.get(&toks[i].word)?;
        let mut best: Option<(usize, usize)> = None;
        for &r in cands {
            let w = &self.role_phrases[r].words;
            if i + w.len() <= toks.len() && w.iter().zip(&toks[i..]).all(|(a, b)| *a == b.word) && best.is_none_or(|(_, l)| w.len() > l) {
                best = Some((r, w.len()));
            }
        }
        best
    }

    /// A name a typo away from `word` ("vence" -> Vance), if exactly one entity is that close.
    pub fn fuzzy_name(&self, word: &str) -> Option<EntityRef> {
        let n = word.chars().count();
        if n < 4 || !word.chars().all(|c| c.is_alphabetic()) {
            return None;
        }
        let max = if n >= 8 { 2 } else { 1 };
        let first = word.chars().next();
        let mut found: Option<(usize, EntityRef)> = None;
        let mut tie = false;
        for len in n.saturating_sub(max)..=n + max {
            for (name, e) in self.fuzzy_names.get(&len).into_iter().flatten() {
                if n <= 5 && name.chars().next() != first {
                    continue;
                }
                let dist = strsim::osa_distance(word, name);
                if dist <= max && strsim::jaro_winkler(word, name) >= 0.8 {
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
        }
        if tie {
            None
        } else {
            found.map(|(_, e)| e)
        }
    }

    /// The known word a typo away from `word` ("preisdent" -> "president", "sya" -> "say").
    /// Short words are only corrected to cue words and names, and only when one is closest.
    pub fn correct(&self, word: &str) -> Option<String> {
        let n = word.chars().count();
        if n < 3 || self.is_known(word) || !word.chars().all(|c| c.is_alphabetic()) {
            return None;
        }
        let max = if n >= 8 { 2 } else { 1 };
        let mut best: Vec<(usize, u32)> = Vec::new();
        let (first, last) = (word.chars().next().unwrap_or(' '), word.chars().next_back().unwrap_or(' '));
        for len in n.saturating_sub(max).max(3)..=n + max {
            for v in [&self.vocab, &self.lex.vocab] {
                let by_first = v.targets.get(&(len, first)).into_iter().flatten();
                // Words ending like this one but starting otherwise (those starting alike came first).
                let by_last = v.targets.get(&(len, last)).into_iter().flatten().filter(|c| !intern::resolve(**c).starts_with(first));
                for &cand in by_first.chain(by_last) {
                    let text = intern::resolve(cand);
                    // Short words: only to a cue word or name of the same length ("sya" -> "say",
                    // but "old" is not "told").
                    if n <= 4 && (!self.is_priority(cand) || text.chars().count() != n) {
                        continue;
                    }
                    let dist = strsim::osa_distance(word, text);
                    if dist <= max && !best.iter().any(|b| b.1 == cand) {
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

/// A set of known words, interned, with correction targets blocked by length and by first
/// and last letter: a typo rarely hits both ends of a word, so a word is compared with a few
/// dozen candidates, not the whole vocabulary.
#[derive(Debug, Default)]
pub struct Vocab {
    known: HashSet<u32>,
    /// Cue words and names, which win ties when correcting.
    priority: HashSet<u32>,
    targets: HashMap<(usize, char), Vec<u32>>,
}

impl Vocab {
    fn add(&mut self, w: &str, priority: bool) {
        let n = intern::intern(w);
        self.known.insert(n);
        if priority {
            self.priority.insert(n);
        }
    }

    fn finish(&mut self) {
        for &id in &self.known {
            let w = intern::resolve(id);
            let n = w.chars().count();
            if n >= 3 && w.chars().all(|c| c.is_alphabetic()) {
                let (f, l) = (w.chars().next().unwrap_or(' '), w.chars().next_back().unwrap_or(' '));
                self.targets.entry((n, f)).or_default().push(id);
                if l != f {
                    self.targets.entry((n, l)).or_default().push(id);
                }
            }
        }
        for v in self.targets.values_mut() {
            v.sort_by_key(|&id| intern::resolve(id));
        }
    }
}

/// What all articles share, built once from the lexicon: synonyms, phrase rewrites, the
/// words for someone's entourage, and the plain-English vocabulary (cue words, stopwords).
#[derive(Debug, Default)]
pub struct Lexis {
    synonyms: HashMap<String, Vec<String>>,
    phrases: Vec<(Vec<String>, Vec<String>)>,
    entourage: HashSet<String>,
    vocab: Vocab,
}

impl Lexis {
    pub fn build(lexicon: &Lexicon) -> Lexis {
        let mut synonyms: HashMap<String, Vec<String>> = HashMap::new();
        for group in &lexicon.synonyms {
            let stems: Vec<String> = group
                .iter()
                .flat_map(|w| tokenize(w).into_iter())
                .filter(|t| !words::is_in(words::STOPWORDS, &t.word))
                .map(|t| t.stem)
                .collect();
            for s in &stems {
                let e = synonyms.entry(s.clone()).or_default();
                for o in &stems {
                    if o != s && !e.contains(o) {
                        e.push(o.clone());
                    }
                }
            }
        }
        let phrases = lexicon
            .phrases
            .iter()
            .map(|(from, to)| (tokenize(from).into_iter().map(|t| t.word).collect::<Vec<_>>(), tokenize(to).into_iter().map(|t| t.word).collect::<Vec<_>>()))
            .filter(|(f, t)| !f.is_empty() && !t.is_empty())
            .collect();
        let entourage: HashSet<String> = lexicon.entourage.iter().map(|w| w.to_lowercase()).collect();
        let mut vocab = Vocab::default();
        for g in &lexicon.synonyms {
            for w in g {
                for t in tokenize(w) {
                    vocab.add(&t.word, false);
                }
            }
        }
        for (phrase, _) in &lexicon.roles {
            for t in tokenize(phrase) {
                vocab.add(&t.word, true);
            }
        }
        for list in [words::SAY_WORDS, words::JOB_WORDS, words::POSITION_WORDS, words::PROPOSAL_WORDS] {
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
        for w in &entourage {
            vocab.add(w, false);
        }
        vocab.finish();
        Lexis { synonyms, phrases, entourage, vocab }
    }
}

struct AliasMatcher<'a> {
    aliases: &'a [Alias],
    by_first: &'a HashMap<String, Vec<usize>>,
    /// The wider side of each side (Britain -> Europe), by side index.
    groups: &'a HashMap<usize, usize>,
}

impl AliasMatcher<'_> {
    fn parent(&self, e: EntityRef) -> Option<EntityRef> {
        match e {
            EntityRef::Side(s) => self.groups.get(&s).map(|&g| EntityRef::Side(g)),
            _ => None,
        }
    }

    fn at_words(&self, words: &[&str], i: usize) -> Option<(EntityRef, usize)> {
        let cands = self.by_first.get(words[i])?;
        let mut best: Option<(EntityRef, usize)> = None;
        for &a in cands {
            let w = &self.aliases[a].words;
            if i + w.len() <= words.len() && w.iter().zip(&words[i..]).all(|(a, b)| a == b) && best.is_none_or(|(_, l)| w.len() > l) {
                best = Some((self.aliases[a].entity, w.len()));
            }
        }
        best
    }
}

fn terms_of(text: &str, names: &AliasMatcher<'_>) -> Terms {
    let toks = tokenize(&crate::matcher::normalise::normalise(text).text);
    let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    let mut t = Terms::default();
    let mut i = 0;
    while i < toks.len() {
        if let Some((e, n)) = names.at_words(&words, i) {
            t.add_entity(e);
            if let Some(parent) = names.parent(e) {
                t.add_entity(parent);
            }
            for tok in &toks[i..i + n] {
                t.add(&tok.stem);
            }
            t.len += n as u32;
            i += n;
            continue;
        }
        if !words::is_in(words::STOPWORDS, &toks[i].word) || toks[i].word == "said" {
            t.add(&toks[i].stem);
        }
        t.len += 1;
        i += 1;
    }
    t
}

/// The stem of a single word, for callers outside the matcher.
pub fn stem_of(word: &str) -> String {
    stem(word)
}
