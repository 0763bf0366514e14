//! The bot's commands. Their doc comments are the help text and the command menu
//! (registered with setMyCommands at start).

use teloxide::utils::command::BotCommands;

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase", description = "Parley answers questions about the report, quoting it:")]
pub enum Command {
    /// What Parley knows, with example questions
    Start,
    /// How to use Parley
    Help,
    /// Ask a question about the reports: /ask QUESTION
    Ask(String),
    /// Everything a person said: /quote NAME
    Quote(String),
    /// Who someone is: /who NAME
    Who(String),
    /// The proposals and who made them
    Proposals,
    /// Where each side stands, or on one issue: /positions ISSUE
    Positions(String),
    /// What happened when
    Timeline,
    /// The report: outlet, date, authors
    Source,
}
