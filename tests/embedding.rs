//! The shipped embedding model reads text as the reference (Python) implementation does:
//! the same WordPiece ids, and the same vector up to the int8 rounding of the shipped file.

use parley::matcher::embed::{cos, Model};

#[derive(serde::Deserialize)]
struct Case {
    text: String,
    ids: Vec<u32>,
    vector: Vec<f32>,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("fixtures/embedding.json")).expect("fixture parses")
}

#[test]
fn token_ids_match_the_reference_tokenizer() {
    let m = Model::shipped();
    for c in cases() {
        assert_eq!(m.token_ids(&c.text), c.ids, "tokens of {:?}", c.text);
    }
}

#[test]
fn vectors_match_the_reference_model() {
    let m = Model::shipped();
    for c in cases() {
        let v = m.embed(&c.text);
        assert_eq!(v.len(), m.dims());
        if c.ids.is_empty() {
            assert!(v.iter().all(|x| *x == 0.0));
        } else {
            let sim = cos(&v, &c.vector);
            assert!(sim > 0.995, "{:?}: cosine {sim} with the reference vector", c.text);
        }
    }
}
