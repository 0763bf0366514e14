//! Telegram HTML: the lead in bold, the article's words in `<blockquote>`, `¶N` after each.
//!
//! Every piece of text is escaped before it is wrapped (teloxide's `bold`, `italic` and
//! `blockquote` wrap without escaping: an article with "AT&T" or "<" would otherwise make
//! Telegram refuse every reply citing it); only `<b>`, `<i>` and `<blockquote>` are produced,
//! all Telegram accepts. A reply longer than Telegram's 4,096
//! characters is split between blocks, in order.

use teloxide::utils::html;

use crate::Answer;

/// Telegram's limit for one message, in characters (after entity parsing; we count the
/// HTML itself, which is longer, so the limit always holds).
pub const LIMIT: usize = 4096;

/// The answer as HTML blocks, one per paragraph of the reply.
pub fn blocks(a: &Answer) -> Vec<String> {
    let mut out = vec![html::bold(&html::escape(a.lead.trim()))];
    for e in &a.evidence {
        let mut b = String::new();
        if let Some(l) = &e.label {
            b.push_str(&html::escape(l));
            b.push('\n');
        }
        b.push_str(&html::blockquote(&html::escape(&e.citation.text)));
        b.push_str(&html::escape(&format!(" {}", e.citation.mark())));
        out.push(b);
    }
    for n in &a.notes {
        out.push(html::italic(&html::escape(n)));
    }
    if !a.examples.is_empty() {
        let ex: Vec<String> = a.examples.iter().map(|e| format!("• {}", html::escape(e))).collect();
        out.push(format!("{}\n{}", html::italic("You could ask:"), ex.join("\n")));
    }
    out
}

/// The answer as one or more messages, each at most [`LIMIT`] characters.
pub fn render(a: &Answer) -> Vec<String> {
    split(blocks(a), LIMIT)
}

/// Joins blocks with blank lines into messages of at most `limit` characters, in order.
/// A block longer than the limit is cut into plain escaped pieces (never inside a tag or an
/// escape sequence).
pub fn split(blocks: Vec<String>, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for b in blocks {
        let pieces = if b.chars().count() > limit { cut_block(&b, limit) } else { vec![b] };
        for p in pieces {
            let extra = if cur.is_empty() { 0 } else { 2 };
            if cur.chars().count() + extra + p.chars().count() > limit && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push_str("\n\n");
            }
            cur.push_str(&p);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Cuts an over-long block: its visible text, re-escaped, in pieces under the limit.
fn cut_block(b: &str, limit: usize) -> Vec<String> {
    let text = unescape(&strip_tags(b));
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        let esc = html::escape(&c.to_string());
        if cur.chars().count() + esc.chars().count() > limit {
            out.push(std::mem::take(&mut cur));
        }
        cur.push_str(&esc);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}
