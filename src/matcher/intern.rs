//! Words and stems as numbers: every word or stem an index holds is stored once,
//! process-wide, and indexes keep small sets and sorted lists of numbers instead of strings.
//! A thousand articles share one vocabulary, which keeps memory flat and comparisons cheap.
//! (The table only grows with the vocabulary of loaded data, never with questions.)

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

/// Marks a word no index holds: it can match nothing.
pub const NONE: u32 = u32::MAX;

#[derive(Default)]
struct Table {
    ids: HashMap<&'static str, u32>,
    strs: Vec<&'static str>,
}

fn table() -> &'static RwLock<Table> {
    static T: OnceLock<RwLock<Table>> = OnceLock::new();
    T.get_or_init(|| RwLock::new(Table::default()))
}

/// The number of `s`, adding it if new.
pub fn intern(s: &str) -> u32 {
    if let Some(&n) = table().read().unwrap_or_else(|e| e.into_inner()).ids.get(s) {
        return n;
    }
    let mut t = table().write().unwrap_or_else(|e| e.into_inner());
    if let Some(&n) = t.ids.get(s) {
        return n;
    }
    let n = t.strs.len() as u32;
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    t.strs.push(leaked);
    t.ids.insert(leaked, n);
    n
}

/// The number of `s` if any index holds it, else [`NONE`].
pub fn get(s: &str) -> u32 {
    table().read().unwrap_or_else(|e| e.into_inner()).ids.get(s).copied().unwrap_or(NONE)
}

/// The text of number `n`.
pub fn resolve(n: u32) -> &'static str {
    table().read().unwrap_or_else(|e| e.into_inner()).strs.get(n as usize).copied().unwrap_or("")
}
