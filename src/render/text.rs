//! Plain text: the lead, each piece of evidence in quotes with its ¶, then notes and hints.

use crate::Answer;

pub fn plain(a: &Answer) -> String {
    let mut out = String::new();
    out.push_str(a.lead.trim());
    for e in &a.evidence {
        out.push('\n');
        if let Some(l) = &e.label {
            out.push_str(l);
            out.push(' ');
        }
        out.push_str(&quoted(&e.citation.text));
        out.push_str(&format!(" ({})", e.citation.mark()));
    }
    if !a.choices.is_empty() {
        let names: Vec<&str> = a.choices.iter().map(|c| c.label.as_str()).collect();
        out.push_str(&format!("\nDid you mean {}?", names.join(" or ")));
    }
    for n in &a.notes {
        out.push('\n');
        out.push_str(n);
    }
    if !a.examples.is_empty() {
        out.push_str("\nYou could ask: ");
        let ex: Vec<String> = a.examples.iter().map(|e| format!("“{e}”")).collect();
        out.push_str(&ex.join(", "));
    }
    out
}

/// The article's words in quotation marks, unless they open with their own.
///
/// A sentence cut from a quotation that runs over several sentences (or paragraphs, which
/// wire copy leaves unclosed) carries only one of its marks: `“That means … they currently
/// own.` or `There’s going to have to be …,” Vance said.` The mark it lacks is added here, on
/// display, so every quotation shown closes; the citation itself stays the article's words.
pub fn quoted(text: &str) -> String {
    let (opens, closes) = (text.matches('“').count(), text.matches('”').count());
    if text.starts_with(['“', '"', '‘']) {
        if opens > closes {
            format!("{text}”")
        } else {
            text.to_string()
        }
    } else if closes > opens {
        format!("“{text}")
    } else {
        format!("“{text}”")
    }
}
