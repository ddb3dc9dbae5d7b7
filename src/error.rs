//! How an error looks to a person and to the UI. Each core module has its own error enum; each
//! implements [`UserFacing`] so the CLI and the desktop shell can show it the same way:
//! a stable machine `code` the UI branches on, a `message` that says what happened, and a `hint`
//! that says what to do next.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether the person can fix it (wrong input) or something else went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    /// The input was wrong: a missing case, a malformed date, a wrong passphrase. CLI exit 1.
    Input,
    /// Anything else: the keyring, the disk, a bug. CLI exit 2.
    System,
}

/// The shape of every error that crosses IPC or is printed by the CLI with `--json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErrorInfo {
    pub code: String,
    /// The message's arguments by name, so a front end can render `code` from the catalogue in
    /// its own language (`--json` readers get the words in `message` too).
    #[serde(default)]
    pub args: crate::i18n::Args,
    pub message: String,
    pub hint: Option<String>,
    pub kind: ErrorKind,
}

pub trait UserFacing: std::error::Error {
    /// A stable snake_case code, e.g. `case_not_found`.
    fn code(&self) -> &'static str;
    fn kind(&self) -> ErrorKind;
    /// What to do next, when there is something useful to say: the catalogue's hint for this
    /// error's code, for this front end (`.hint-cli` / `.hint-window`, else `.hint`).
    fn hint(&self) -> Option<String> {
        crate::i18n::hint(self.code(), &self.args())
    }

    /// The placeholders of this error's catalogue message (see [`crate::i18n::args_of`]).
    fn args(&self) -> crate::i18n::Args {
        crate::i18n::Args::new()
    }

    /// The error in the current language: its catalogue message under `code` when there is one
    /// (and that message's hint for this front end), else the error's own English words.
    fn info(&self) -> ErrorInfo {
        let code = self.code();
        let args = self.args();
        let (message, hint) = match crate::i18n::lookup(code, &args) {
            Some(message) => (message, self.hint()),
            None => (self.to_string(), self.hint()),
        };
        ErrorInfo {
            code: code.to_string(),
            args,
            message,
            hint,
            kind: self.kind(),
        }
    }
}

impl std::fmt::Display for ErrorInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ErrorInfo {}

/// An error's words in the current language, from the catalogue under its code with its
/// arguments: what every error enum displays (`#[error("{}", crate::error::words(self))]` on the
/// enum), so the words have one owner, `locales/<lang>/errors.ftl`.
pub fn words<E: UserFacing + ?Sized>(e: &E) -> String {
    crate::i18n::tr(e.code(), &e.args())
}

impl ErrorInfo {
    /// An error whose words are all in the catalogue under `code` (errors the front ends raise
    /// themselves, such as `locked`).
    pub fn from_catalogue(code: &str, kind: ErrorKind, args: crate::i18n::Args) -> ErrorInfo {
        ErrorInfo {
            code: code.to_string(),
            message: crate::i18n::tr(code, &args),
            hint: crate::i18n::hint(code, &args),
            args,
            kind,
        }
    }
}
