//! Loads N synthetic articles and reports time and memory per stage, then answers a few
//! renamed questions: `cargo run --release --example scale_check -- 1000`.
//!
//! `-- 1000 DIR` writes the 1,000 article files (and the shipped lexicon) to DIR instead, so the
//! real binary can be measured loading them from disk: `parley ask --data DIR "..."`.
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes, so each stage's memory is read exactly (RSS also holds what the
/// allocator keeps after frees). Allocates with mimalloc, as the `parley` binary does.
struct Counting;
static INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;
static LIVE: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Ordering::Relaxed);
        INNER.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        INNER.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n, Ordering::Relaxed);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        INNER.realloc(p, l, n)
    }
}
#[global_allocator]
static A: Counting = Counting;

fn heap_mb() -> f64 {
    LIVE.load(Ordering::Relaxed) as f64 / 1_048_576.0
}

fn rss_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = s.split_whitespace().nth(1).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    pages * 4096.0 / 1_048_576.0
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|x| x.parse().ok()).unwrap_or(10);
    let t = Instant::now();
    let texts = parley::kb::synth::texts(n);
    if let Some(dir) = std::env::args().nth(2).filter(|a| !a.starts_with("--")) {
        std::fs::create_dir_all(&dir).expect("create the folder");
        for (name, text) in &texts {
            std::fs::write(std::path::Path::new(&dir).join(name), text).expect("write an article");
        }
        std::fs::write(std::path::Path::new(&dir).join("lexicon.toml"), include_str!("../data/lexicon.toml")).expect("write the lexicon");
        println!("wrote {n} articles to {dir}");
        return;
    }
    println!("generated {n} article files in {:?}; RSS {:.1} MB", t.elapsed(), rss_mb());
    let lexicon = parley::kb::Kb::shipped().unwrap().lexicon;
    if std::env::args().any(|a| a == "--stages") {
        stages(texts, lexicon);
        return;
    }
    let t = Instant::now();
    let engine = parley::Engine::from_texts(texts, lexicon).unwrap();
    println!("loaded (parsed, checked, indexed) in {:?}; RSS {:.1} MB; heap {:.1} MB", t.elapsed(), rss_mb(), heap_mb());
    answer_some(&engine);
}

/// Parsing and indexing timed apart (`-- N --stages`), as two passes over the articles.
fn stages(texts: Vec<(String, String)>, lexicon: parley::kb::Lexicon) {
    let t = Instant::now();
    let kb = parley::kb::Kb::from_texts(texts, lexicon).unwrap();
    let parse = t.elapsed();
    println!("parsed and checked in {parse:?}; RSS {:.1} MB; heap {:.1} MB", rss_mb(), heap_mb());
    let t = Instant::now();
    let engine = parley::Engine::new(kb);
    println!("indexed in {:?}; load total {:?}; RSS {:.1} MB; heap {:.1} MB", t.elapsed(), parse + t.elapsed(), rss_mb(), heap_mb());
    answer_some(&engine);
}

fn answer_some(engine: &parley::Engine) {
    for q in ["What did Lammyc post on X?", "Who is Witkoffd?", "What did Vance say about territory?", "when will the war end"] {
        let t = Instant::now();
        let a = engine.answer(q, &mut Default::default());
        println!("{:?} {q} -> answered={} {:?} [{}]", t.elapsed(), a.answered, a.lead, a.citations().first().map(|c| c.article.as_str()).unwrap_or(""));
    }
}
