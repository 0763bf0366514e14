//! JSON lines: `{"question", "answered", "answer", "citations", "intent", "confidence"}`,
//! the contract `parley ask --json` and `parley chat --json` keep.

use serde_json::{json, Value};

use crate::Answer;

pub fn json_value(question: &str, a: &Answer) -> Value {
    let citations: Vec<Value> = a
        .evidence
        .iter()
        .map(|e| {
            let mut c = json!({"article": e.citation.article, "paragraph": e.citation.paragraph, "text": e.citation.text});
            if let Some(part) = e.citation.part {
                c["part"] = json!(part);
            }
            if let Some(report) = &e.citation.report {
                c["report"] = json!(report);
            }
            c
        })
        .collect();
    let mut v = json!({
        "question": question,
        "answered": a.answered,
        "answer": super::plain(a),
        "citations": citations,
        "intent": a.intent.name(),
        "confidence": (a.confidence * 100.0).round() / 100.0,
    });
    if !a.choices.is_empty() {
        v["choices"] = json!(a.choices);
    }
    v
}

pub fn json_line(question: &str, a: &Answer) -> String {
    json_value(question, a).to_string()
}
