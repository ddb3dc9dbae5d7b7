use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error)]
pub enum CaseError {
    #[error("No case matches \"{0}\".")]
    NotFound(String),
    #[error("\"{reference}\" matches {count} cases.")]
    Ambiguous { reference: String, count: usize },
    #[error("{field} is required.")]
    Required { field: &'static str },
    #[error("{field} is too long ({len} characters; at most {max}).")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("The contact ends before it starts.")]
    EndsBeforeStart,
    #[error("The contact starts in the future ({}).", .0.format("%Y-%m-%d %H:%M UTC"))]
    ContactInFuture(chrono::DateTime<chrono::Utc>),
    #[error(
        "The promise is due ({}) before the contact it was made in ({}).",
        due.format("%Y-%m-%d %H:%M UTC"),
        made.format("%Y-%m-%d %H:%M UTC")
    )]
    PromiseDueBeforeMade {
        due: chrono::DateTime<chrono::Utc>,
        made: chrono::DateTime<chrono::Utc>,
    },
    #[error("Case {case} has no promise number {number}.")]
    PromiseNotFound { case: i64, number: usize },
    #[error("No promise matches \"{0}\"; it may have been logged on another profile.")]
    PromiseIdNotFound(String),
    #[error("Case {case} has no contact {contact}.")]
    ContactNotFound { case: i64, contact: String },
    #[error("No alert matches \"{0}\".")]
    AlertNotFound(String),
    #[error("Alert {0} is already resolved.")]
    AlertAlreadyResolved(i64),
    #[error("No attachment \"{attachment}\" was found.")]
    AttachmentNotFound { case: i64, attachment: String },
    #[error("{0} is empty: there is nothing to attach.")]
    EmptyFile(String),
    #[error("{name} is too large ({} MiB); Steward keeps files up to {} MiB.", mib(*.size), mib(*.max))]
    FileTooLarge { name: String, size: u64, max: u64 },
    #[error("{name} could not be read as an e-mail: {detail}.")]
    MalformedEmail { name: String, detail: String },
    #[error("{0} is not text: a transcript must be UTF-8 text.")]
    TranscriptNotText(String),
    #[error(
        "{name} is the evidence for open alert {alert}; it is kept until the alert is resolved."
    )]
    AttachmentIsEvidence { name: String, alert: i64 },
    #[error("No account matches \"{0}\".")]
    AccountNotFound(String),
    #[error("Search needs at least one word.")]
    EmptySearch,
    #[error("Case {0} is already resolved.")]
    AlreadyResolved(i64),
    #[error("The stored case data is damaged: {0}")]
    Corrupt(String),
    #[error("Database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl UserFacing for CaseError {
    fn code(&self) -> &'static str {
        match self {
            CaseError::NotFound(_) => "case_not_found",
            CaseError::Ambiguous { .. } => "case_ambiguous",
            CaseError::Required { .. } => "field_required",
            CaseError::TooLong { .. } => "field_too_long",
            CaseError::EndsBeforeStart => "ends_before_start",
            CaseError::ContactInFuture(_) => "contact_in_future",
            CaseError::PromiseDueBeforeMade { .. } => "promise_due_before_made",
            CaseError::PromiseNotFound { .. } | CaseError::PromiseIdNotFound(_) => {
                "promise_not_found"
            }
            CaseError::ContactNotFound { .. } => "contact_not_found",
            CaseError::AlertNotFound(_) => "alert_not_found",
            CaseError::AlertAlreadyResolved(_) => "alert_already_resolved",
            CaseError::AttachmentNotFound { .. } => "attachment_not_found",
            CaseError::EmptyFile(_) => "empty_file",
            CaseError::FileTooLarge { .. } => "file_too_large",
            CaseError::MalformedEmail { .. } => "malformed_email",
            CaseError::TranscriptNotText(_) => "transcript_not_text",
            CaseError::AttachmentIsEvidence { .. } => "attachment_is_evidence",
            CaseError::AccountNotFound(_) => "account_not_found",
            CaseError::EmptySearch => "empty_search",
            CaseError::AlreadyResolved(_) => "case_already_resolved",
            CaseError::Corrupt(_) => "case_data_corrupt",
            CaseError::Sqlite(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            CaseError::Corrupt(_) | CaseError::Sqlite(_) => ErrorKind::System,
            _ => ErrorKind::Input,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            CaseError::NotFound(_) => {
                Some("Use the case number shown by `steward case list` (e.g. 3).".into())
            }
            CaseError::Ambiguous { .. } => Some("Use the case number instead.".into()),
            CaseError::EndsBeforeStart => Some("Check the start and end times.".into()),
            CaseError::ContactInFuture(_) => Some(
                "Log a contact once it has happened; check the date and time (and the year)."
                    .into(),
            ),
            CaseError::PromiseDueBeforeMade { .. } => Some(
                "Give the date they promised to do it by, after the contact; check the year."
                    .into(),
            ),
            CaseError::PromiseNotFound { case, .. } => Some(format!(
                "`steward case show {case}` lists the case's promises, numbered from 1."
            )),
            CaseError::ContactNotFound { case, .. } => Some(format!(
                "`steward case show {case}` numbers the case's contacts from 1."
            )),
            CaseError::AlertNotFound(_) => {
                Some("`steward case alerts` lists the open alerts with their numbers.".into())
            }
            CaseError::AttachmentNotFound { case, .. } if *case > 0 => Some(format!(
                "`steward case attachments {case}` lists the case's attachments, numbered from 1."
            )),
            CaseError::EmptyFile(_) => {
                Some("Check that you chose the right file and that it was saved completely.".into())
            }
            CaseError::FileTooLarge { .. } => Some(
                "Attach a smaller file: crop the screenshot, or save only the pages that matter."
                    .into(),
            ),
            CaseError::MalformedEmail { .. } => Some(
                "Save the message from your mail program with \"Save as\" or \"Download \
                 message\" (.eml), or attach it under another name as a plain file."
                    .into(),
            ),
            CaseError::TranscriptNotText(_) => {
                Some("Attach it as a file instead of as a transcript.".into())
            }
            CaseError::AttachmentIsEvidence { alert, .. } => Some(format!(
                "Resolve the alert first: `steward case resolve-alert {alert}`."
            )),
            CaseError::AccountNotFound(_) => {
                Some("`steward accounts` lists your accounts by service name.".into())
            }
            CaseError::AlreadyResolved(_) => {
                Some("To reopen it, change its status: `steward case edit N --status open`.".into())
            }
            _ => None,
        }
    }
}

/// Bytes as MiB with one decimal ("25.0").
fn mib(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}
