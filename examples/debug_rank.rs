//! Prints how ranked retrieval scores the article's sentences for a question:
//! `cargo run --example debug_rank -- "how did rubio's absence affect the talks"`.
use parley::conversation::Context;
use parley::kb::Kb;
use parley::matcher::{retrieval, Index, Matcher};

fn main() {
    let q = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let kb = Kb::shipped().expect("shipped data");
    let a = &kb.articles[0];
    let index = Index::build(a, &kb.lexicon);
    let m = Matcher::new(a, &index);
    let question = m.understand(&q, &Context::default());
    let terms = question.topic_terms(&[]);
    for t in &terms {
        println!("term {} stem={} alts={:?} entity={:?}", t.word, t.stem, t.alts, t.entity);
    }
    for h in retrieval::rank(&index, &terms, 5) {
        println!("{:.2} cov={:.2} topical={} ¶{} {}", h.score, h.coverage, h.topical, a.sentences[h.sentence].p, a.sentences[h.sentence].text(a));
    }
}
