//! The whole question path on arbitrary bytes: normalise, match, respond, render (text, JSON,
//! Telegram HTML). Nothing may panic; every citation stays verbatim; HTML parts stay ≤ 4096.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parley::conversation::Context;
use parley::Engine;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::shipped().expect("shipped data"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Two turns, so follow-up context is exercised too.
    let mut ctx = Context::default();
    for q in text.splitn(2, '\n') {
        let a = engine().answer(q, &mut ctx);
        let _ = parley::render::plain(&a);
        let _ = parley::render::json_line(q, &a);
        for part in parley::telegram::html::render(&a) {
            assert!(part.chars().count() <= parley::telegram::html::LIMIT);
        }
        for c in a.citations() {
            if let Some(p) = c.paragraph {
                let art = engine().kb().articles.iter().find(|x| x.id() == c.article).unwrap();
                assert!(art.paragraph(p).unwrap().contains(&c.text));
            }
        }
    }
});
