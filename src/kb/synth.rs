//! Knowledge bases of any size for the scale benchmarks: the shipped report copied `n` times
//! with its people and places renamed, its figures changed and its paragraphs reordered, every
//! copy still passing the same checks (the renaming touches text and evidence alike).

use super::model::ArticleFile;
use super::Kb;

const SHIPPED: &str = include_str!("../../data/london-talks.toml");

/// `n` article files as (name, TOML text).
pub fn texts(n: usize) -> Vec<(String, String)> {
    let base: ArticleFile = toml::from_str(SHIPPED).expect("shipped data parses");
    let mut names: Vec<String> = Vec::new();
    for p in &base.person {
        for a in std::iter::once(&p.name).chain(&p.aliases) {
            for w in a.split_whitespace() {
                if w.chars().count() > 3
                    && w.chars().next().is_some_and(|c| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphabetic())
                    && !names.iter().any(|x| x == w)
                {
                    names.push(w.to_string());
                }
            }
        }
    }
    for p in &base.place {
        for a in std::iter::once(&p.name).chain(&p.aliases) {
            if a.chars().all(|c| c.is_alphabetic()) && !names.contains(a) {
                names.push(a.clone());
            }
        }
    }
    // Longest first, so "Steven" is renamed before "Steve".
    names.sort_by_key(|w| std::cmp::Reverse(w.len()));
    (0..n)
        .map(|k| {
            if k == 0 {
                return ("synth-0000.toml".to_string(), SHIPPED.to_string());
            }
            let suffix = letters(k);
            let mut text = SHIPPED.replace("reuters-2025-04-23-london-talks", &format!("synth-{k:04}"));
            for w in &names {
                text = replace_word(&text, w, &format!("{w}{suffix}"));
            }
            text = text.replace("20%", &format!("{}%", 10 + k % 80));
            let mut a: ArticleFile = toml::from_str(&text).expect("renamed data parses");
            shuffle(&mut a, k);
            (format!("synth-{k:04}.toml"), toml::to_string(&a).expect("serialises"))
        })
        .collect()
}

/// `n` articles, checked and ready.
pub fn generate(n: usize) -> Kb {
    let lexicon = Kb::shipped().expect("shipped data").lexicon;
    Kb::from_texts(texts(n), lexicon).expect("synthetic data passes the checks")
}

/// "b", "c", ..., "z", "bb", ...: a suffix of letters so renamed names stay words.
fn letters(mut k: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'b' + (k % 25) as u8) as char);
        k /= 25;
        if k == 0 {
            break;
        }
    }
    s
}

fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + word.len()..].chars().next();
        out.push_str(&rest[..i]);
        if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric()) {
            out.push_str(word);
        } else {
            out.push_str(with);
        }
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

/// Reorders the paragraphs (a rotation, reversed for odd `k`) and moves every reference.
fn shuffle(a: &mut ArticleFile, k: usize) {
    let n = a.paragraph.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.rotate_left(k % n);
    if k % 2 == 1 {
        order.reverse();
    }
    // order[new] = old  =>  new_of[old] = new
    let mut new_of = vec![0; n];
    for (new, &old) in order.iter().enumerate() {
        new_of[old] = new + 1;
    }
    let old = std::mem::take(&mut a.paragraph);
    for (new, &o) in order.iter().enumerate() {
        let mut p = old[o].clone();
        p.n = new + 1;
        a.paragraph.push(p);
    }
    let m = |p: &mut usize| *p = new_of[*p - 1];
    a.section.clear();
    for x in &mut a.person {
        x.titles.iter_mut().for_each(|t| m(&mut t.p));
    }
    a.statement.iter_mut().for_each(|x| m(&mut x.p));
    a.position.iter_mut().for_each(|x| m(&mut x.p));
    a.event.iter_mut().for_each(|x| m(&mut x.p));
    for pr in &mut a.proposal {
        m(&mut pr.p);
        pr.items.iter_mut().for_each(|x| m(&mut x.p));
        pr.reactions.iter_mut().for_each(|x| m(&mut x.p));
    }
}
