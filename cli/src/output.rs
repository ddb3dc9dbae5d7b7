//! What the command line prints: a result as JSON (`--json`) or as text for a person, an error
//! on stderr (JSON too with `--json`), and the exit code: 0 ok, 1 the input was wrong, 2
//! anything else, 3 a valid signature by a key nobody pinned.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use serde::Serialize;
use steward::error::{ErrorInfo, ErrorKind, UserFacing};

use crate::error::CliError;

/// Prints `value` as pretty JSON, or `human()` made safe for a terminal.
pub fn print<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce() -> String,
) -> Result<(), ErrorInfo> {
    let text = if json {
        serde_json::to_string_pretty(value).map_err(|e| CliError::Json {
            detail: e.to_string(),
        })?
    } else {
        terminal_safe(human())
    };
    // A closed pipe (`steward case list | head`) is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output {
            detail: e.to_string(),
        }
        .into()),
        _ => Ok(()),
    }
}

/// Prints the error, if any, and says how the process ends.
pub fn finish(json: bool, result: Result<(), ErrorInfo>) -> ExitCode {
    let Err(err) = result else {
        return ExitCode::SUCCESS;
    };
    if json {
        print_json_error(&err);
    } else {
        eprintln!(
            "{}: {}",
            steward::t!("cli-error-label"),
            terminal_safe(err.message.clone())
        );
        if let Some(hint) = &err.hint {
            eprintln!(
                "{}: {}",
                steward::t!("cli-hint-label"),
                terminal_safe(hint.clone())
            );
        }
    }
    exit_code(&err)
}

pub fn print_json_error(err: &ErrorInfo) {
    eprintln!(
        "{}",
        serde_json::to_string(err).unwrap_or_else(|_| err.message.clone())
    );
}

pub fn exit_code(err: &ErrorInfo) -> ExitCode {
    ExitCode::from(match err.kind {
        // A valid signature by a key nobody pinned: neither good (0) nor bad (1).
        _ if err.code == steward::share::VerifyFailure::NotPinned.code() => 3,
        ErrorKind::Input => 1,
        ErrorKind::System => 2,
    })
}

/// Human output without control characters other than line breaks and tabs. Titles, names and
/// pasted texts are stored exactly as given (an escape sequence included); printed raw, one
/// could recolour, clear or retitle the terminal that lists them.
pub fn terminal_safe(text: String) -> String {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        text.chars()
            .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
            .collect()
    } else {
        text
    }
}

/// A moment in local time, as the language writes it (`cli-date-format`): "Fri 20 Nov 2026
/// 14:30", "14:30 ngày 20/11/2026". A format chrono can't read falls back to English's.
pub fn local(t: DateTime<Utc>) -> String {
    let format = steward::i18n::date_pattern("cli-date-format");
    t.with_timezone(&Local).format(&format).to_string()
}

/// Labels of one column, each followed by spaces up to the longest label's length plus one
/// (counted in characters, so a translation's longer labels stay aligned): "Status:   ".
pub fn padded<const N: usize>(labels: [String; N]) -> [String; N] {
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    labels.map(|l| {
        let pad = width - l.chars().count();
        format!("{l}{}", " ".repeat(pad))
    })
}
