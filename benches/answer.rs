//! Answer latency (per question kind and over the mixed set), load time, and the scale series.
//! `cargo bench --bench answer`; see BENCHMARKS.md for the figures and the machine.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use parley::conversation::Context;
use parley::kb::Kb;
use parley::Engine;

// The `parley` binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const QUESTIONS: &str = include_str!("questions.txt");

fn questions() -> Vec<&'static str> {
    QUESTIONS.lines().filter(|l| !l.trim().is_empty()).collect()
}

fn answer(c: &mut Criterion) {
    let engine = Engine::shipped().unwrap();
    let qs = questions();
    let mut g = c.benchmark_group("answer");
    for (i, q) in qs.iter().enumerate() {
        g.bench_with_input(BenchmarkId::new("q", format!("{i:02}")), q, |b, q| b.iter(|| engine.answer(black_box(q), &mut Context::default())));
    }
    g.finish();
    // One question per iteration, cycling through the mixed set: the typical latency.
    let mut i = 0;
    c.bench_function("answer/mixed", |b| {
        b.iter(|| {
            i = (i + 1) % qs.len();
            engine.answer(black_box(qs[i]), &mut Context::default())
        })
    });
}

fn load(c: &mut Criterion) {
    // Load only: the engine is dropped outside the timing.
    c.bench_function("load/shipped (parse + check + index)", |b| b.iter_with_large_drop(|| Engine::shipped().unwrap()));
}

fn scale(c: &mut Criterion) {
    let qs = questions();
    let mut g = c.benchmark_group("scale");
    g.sample_size(20);
    for n in [1usize, 10, 100, 1000] {
        let kb = parley::kb::synth::generate(n);
        let engine = Engine::new(kb);
        let mut i = 0;
        g.bench_with_input(BenchmarkId::new("answer/mixed", n), &n, |b, _| {
            b.iter(|| {
                i = (i + 1) % qs.len();
                engine.answer(black_box(qs[i]), &mut Context::default())
            })
        });
    }
    for n in [1usize, 10, 100, 1000] {
        let texts = parley::kb::synth::texts(n);
        g.bench_with_input(BenchmarkId::new("load", n), &n, |b, _| {
            b.iter_with_large_drop(|| Engine::from_texts(texts.clone(), Kb::shipped().unwrap().lexicon).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, answer, load, scale);
criterion_main!(benches);
