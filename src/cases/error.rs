use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum CaseError {
    NotFound(String),
    Ambiguous {
        reference: String,
        count: usize,
    },
    Required {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    EndsBeforeStart,
    ContactInFuture(#[serde(serialize_with = "utc_minute")] DateTime<Utc>),
    PromiseDueBeforeMade {
        #[serde(serialize_with = "utc_minute")]
        due: DateTime<Utc>,
        #[serde(serialize_with = "utc_minute")]
        made: DateTime<Utc>,
    },
    PromiseNotFound {
        case: i64,
        number: usize,
    },
    PromiseIdNotFound(String),
    ContactNotFound {
        case: i64,
        contact: String,
    },
    AlertNotFound(String),
    AlertAlreadyResolved(i64),
    /// `case` is 0 when the attachment was looked up by id, outside a case.
    AttachmentNotFound {
        case: i64,
        attachment: String,
    },
    EmptyFile(String),
    /// Sizes in MiB with one decimal.
    FileTooLarge {
        name: String,
        #[serde(serialize_with = "mib")]
        size: u64,
        #[serde(serialize_with = "mib")]
        max: u64,
    },
    MalformedEmail {
        name: String,
        detail: String,
    },
    TranscriptNotText(String),
    AttachmentIsEvidence {
        name: String,
        alert: i64,
    },
    AccountNotFound(String),
    EmptySearch,
    AlreadyResolved(i64),
    Corrupt(String),
    /// A saved copy of an attachment could not be written; `create`: the file could not be
    /// made (it exists already, or the folder refuses), else writing it failed.
    CannotSave {
        path: String,
        detail: String,
        create: bool,
    },
    Sqlite(
        #[from]
        #[serde(serialize_with = "crate::i18n::as_text")]
        rusqlite::Error,
    ),
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
            CaseError::CannotSave { .. } => "file_unwritable",
            CaseError::Sqlite(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            CaseError::Corrupt(_) | CaseError::Sqlite(_) => ErrorKind::System,
            _ => ErrorKind::Input,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        // A field is named in code by its English name ("Desired outcome"); its words in the
        // current language are `cases-field-desired-outcome`, when the catalogue has them.
        if let Some(crate::i18n::Arg::Text(field)) = args.get("field") {
            let id = format!("cases-field-{}", field.to_lowercase().replace(' ', "-"));
            if let Some(words) = crate::i18n::lookup(&id, &crate::i18n::Args::new()) {
                args.insert("field".into(), words.into());
            }
        }
        // Codes other errors share: which words are this one's.
        let what = match self {
            CaseError::PromiseIdNotFound(_) => "id",
            CaseError::EmptyFile(_) | CaseError::FileTooLarge { .. } => "attachment",
            CaseError::CannotSave { create: true, .. } => "create",
            CaseError::CannotSave { create: false, .. } => "write",
            _ => return args,
        };
        args.insert("variant".into(), what.into());
        args
    }
}

/// A time in messages: "2026-03-01 14:05 UTC".
fn utc_minute<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// Bytes as MiB with one decimal ("25.0").
fn mib<S: serde::Serializer>(bytes: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0)))
}
