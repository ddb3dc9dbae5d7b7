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
            CaseError::AlreadyResolved(_) => {
                Some("To reopen it, change its status: `steward case edit N --status open`.".into())
            }
            _ => None,
        }
    }
}
