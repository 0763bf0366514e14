//! One [`Answer`](crate::Answer), three renderings: plain text for the terminal, JSON lines
//! for scripts and the question sets, Telegram HTML for the bot.

mod json;
mod text;

pub use json::{json_line, json_value};
pub use text::plain;
