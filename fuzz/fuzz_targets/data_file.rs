//! Data-file parsing and checking on arbitrary text: a bad file is an error, never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parley::kb::{Kb, Lexicon};

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Kb::shipped().expect("shipped data").lexicon)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(kb) = Kb::from_texts(vec![("fuzz.toml".into(), text.to_string())], lexicon().clone()) {
            // Whatever loads must also answer.
            let engine = parley::Engine::new(kb);
            let _ = engine.answer("Who is it?", &mut Default::default());
        }
    }
});
