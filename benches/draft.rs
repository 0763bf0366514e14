//! Drafting speed: `parley draft` on the shipped report (857 words) and on a 1,000-word
//! report (the shipped one with its first paragraphs again). `cargo bench --bench draft`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn draft(c: &mut Criterion) {
    let text = std::fs::read_to_string("eval/article.txt").unwrap();
    let opts = parley::draft::Options { date: Some("2025-04-23".into()), ..Default::default() };
    c.bench_function("draft/shipped report (857 words)", |b| b.iter(|| parley::draft::draft(black_box(&text), &opts).to_toml().unwrap()));
    // Past 1,000 words: the body's first paragraphs once more, before the credits line.
    let lines: Vec<&str> = text.lines().collect();
    let (body, credits) = lines.split_at(lines.len() - 1);
    let longer = [body, &lines[1..5], credits].concat().join("\n");
    let words = longer.split_whitespace().count();
    c.bench_function(&format!("draft/{words} words"), |b| b.iter(|| parley::draft::draft(black_box(&longer), &opts).to_toml().unwrap()));
}

criterion_group!(benches, draft);
criterion_main!(benches);
