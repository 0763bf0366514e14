//! The knowledge base: the articles as checked data, plus the reader's lexicon.
//!
//! The shipped data (`data/*.toml`) is compiled into the binary so `parley` works from any
//! folder; `Kb::from_dir` loads another set instead. Either way every file is checked on load
//! (see [`load`]) and a bad one is refused with a [`DataError`], never a panic.

pub mod credits;
pub mod dates;
mod error;
mod load;
pub mod model;
pub(crate) mod sentences;
pub mod synth;
pub mod world;

use std::path::Path;

pub use error::DataError;
pub use load::parse_article;
pub use model::*;
pub use sentences::Sentence;

/// The lexicon file's name inside a data folder; every other `*.toml` file is an article.
pub const LEXICON_FILE: &str = "lexicon.toml";

const SHIPPED: &[(&str, &str)] = &[("london-talks.toml", include_str!("../../data/london-talks.toml"))];
const SHIPPED_LEXICON: &str = include_str!("../../data/lexicon.toml");

/// One checked article with its sentences split out for retrieval.
#[derive(Debug, Clone)]
pub struct Article {
    pub data: ArticleFile,
    /// Where it was loaded from, for messages.
    pub file: String,
    pub sentences: Vec<Sentence>,
    /// The credits line, one entry per name (see [`credits`]).
    pub credits: Vec<credits::Credit>,
}

impl Article {
    pub fn id(&self) -> &str {
        &self.data.article.id
    }

    /// The verbatim text of paragraph `n` (1-based).
    pub fn paragraph(&self, n: usize) -> Option<&str> {
        self.data.paragraph.get(n.wrapping_sub(1)).map(|p| p.text.as_str())
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.data.person.iter().find(|p| p.id == id)
    }

    pub fn side(&self, id: &str) -> Option<&Side> {
        self.data.side.iter().find(|p| p.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.data.place.iter().find(|p| p.id == id)
    }

    pub fn issue(&self, id: &str) -> Option<&Issue> {
        self.data.issue.iter().find(|p| p.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.data.event.iter().find(|p| p.id == id)
    }

    /// A display name for any entity id: a person's name, a side's or place's name.
    pub fn entity_name(&self, id: &str) -> String {
        if let Some(p) = self.person(id) {
            return p.name.clone();
        }
        if let Some(s) = self.side(id) {
            return s.short.clone();
        }
        if let Some(p) = self.place(id) {
            return p.name.clone();
        }
        id.to_string()
    }
}

/// Every article Parley knows, and the lexicon it reads questions with.
#[derive(Debug, Clone)]
pub struct Kb {
    pub articles: Vec<Article>,
    pub lexicon: Lexicon,
}

impl Kb {
    /// The data compiled into the binary.
    pub fn shipped() -> Result<Kb, DataError> {
        let (files, lexicon) = Kb::shipped_texts()?;
        Kb::from_texts(files, lexicon)
    }

    /// Every `*.toml` in `dir` (sorted by name); `lexicon.toml` there replaces the shipped one.
    pub fn from_dir(dir: &Path) -> Result<Kb, DataError> {
        let (files, lexicon) = Kb::read_dir(dir)?;
        Kb::from_texts(files, lexicon)
    }

    /// The shipped article files as (file name, TOML text), and the shipped lexicon.
    pub fn shipped_texts() -> Result<(Vec<(String, String)>, Lexicon), DataError> {
        let lexicon = load::parse_lexicon("<shipped>/lexicon.toml", SHIPPED_LEXICON)?;
        Ok((SHIPPED.iter().map(|(n, t)| (format!("<shipped>/{n}"), t.to_string())).collect(), lexicon))
    }

    /// The article files of `dir` as (file name, TOML text), and its lexicon (or the shipped
    /// one), unchecked: [`Kb::from_texts`] checks them.
    pub fn read_dir(dir: &Path) -> Result<(Vec<(String, String)>, Lexicon), DataError> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir).map_err(|e| DataError {
            file: shown.clone(),
            fact: "folder".into(),
            reason: format!("cannot read the data folder: {e}"),
            line: None,
        })?;
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
        paths.sort();
        let mut lexicon = None;
        let mut files = Vec::new();
        for path in paths {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| DataError {
                file: name.clone(),
                fact: "file".into(),
                reason: format!("cannot read: {e}"),
                line: None,
            })?;
            if path.file_name().is_some_and(|n| n == LEXICON_FILE) {
                lexicon = Some(load::parse_lexicon(&name, &text)?);
            } else {
                files.push((name, text));
            }
        }
        if files.is_empty() {
            return Err(DataError { file: shown, fact: "folder".into(), reason: "holds no article (*.toml) files".into(), line: None });
        }
        let lexicon = match lexicon {
            Some(l) => l,
            None => load::parse_lexicon("<shipped>/lexicon.toml", SHIPPED_LEXICON)?,
        };
        Ok((files, lexicon))
    }

    /// Checks articles given as (file name, TOML text).
    pub fn from_texts(files: Vec<(String, String)>, lexicon: Lexicon) -> Result<Kb, DataError> {
        Kb::from_texts_with(files, lexicon, |_: &mut (), _| ()).map(|(kb, _)| kb)
    }

    /// Checks articles given as (file name, TOML text) and runs `then` on each article as soon
    /// as it is checked, on the same core (indexing, say: the article is still in the cache).
    /// Files are read on every core; errors are reported in file order.
    pub fn from_texts_with<S: Default, X: Send>(
        files: Vec<(String, String)>,
        lexicon: Lexicon,
        then: impl Fn(&mut S, &Article) -> X + Sync,
    ) -> Result<(Kb, Vec<X>), DataError> {
        let parsed = crate::par::map_chunks(&files, 16, |state: &mut S, (file, text)| {
            load::parse_article(file, text).map(|data| {
                let sentences = sentences::split(&data.paragraph);
                let credits = credits::parse(&data.article.credits);
                let article = Article { data, file: file.clone(), sentences, credits };
                let extra = then(state, &article);
                (article, extra)
            })
        });
        let mut articles: Vec<Article> = Vec::with_capacity(files.len());
        let mut extras: Vec<X> = Vec::with_capacity(files.len());
        let mut ids: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for ((file, text), result) in files.iter().zip(parsed) {
            let (article, extra) = result?;
            if let Some(&other) = ids.get(article.id()) {
                return Err(DataError {
                    file: file.clone(),
                    fact: format!("article \"{}\"", article.id()),
                    reason: format!("the same article id is already used by {}", articles[other].file),
                    line: text.find("id = ").map(|b| text[..b].lines().count().max(1)),
                });
            }
            ids.insert(article.id().to_string(), articles.len());
            articles.push(article);
            extras.push(extra);
        }
        Ok((Kb { articles, lexicon }, extras))
    }
}
