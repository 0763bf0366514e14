//! Why a data file was refused: the file, the fact, the reason, and a line where one is known.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, as the user named it (or `<shipped>/name.toml` for the compiled-in data).
    pub file: String,
    /// The fact at fault: `statement "lammy-x"`, `paragraph 3`, `file` for syntax errors.
    pub fact: String,
    pub reason: String,
    pub line: Option<usize>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}: {}", self.file, line, self.fact, self.reason),
            None => write!(f, "{}: {}: {}", self.file, self.fact, self.reason),
        }
    }
}

impl std::error::Error for DataError {}

impl DataError {
    /// A file that could not be read or written as a whole.
    pub fn io(file: &str, e: &dyn std::fmt::Display) -> DataError {
        DataError { file: file.to_string(), fact: "file".into(), reason: e.to_string(), line: None }
    }
}
