//! Errors of the complaints module. Its words are in `locales/*/errors.ftl` under its code.

use serde::Serialize;
use thiserror::Error;

use crate::cases::CaseError;
use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum ComplaintError {
    #[error(transparent)]
    Case(#[from] CaseError),
    /// No rule has this id (`steward complaint rules` lists them).
    UnknownRule(String),
    /// A rule was chosen for another jurisdiction or sector than the complaint's.
    RuleDoesNotFit {
        rule: String,
        jurisdiction: String,
        sector: String,
    },
    /// Not an ISO 3166-1 alpha-2 code or "EU".
    BadJurisdiction(String),
    /// Not a sector name (lowercase words joined by "-").
    BadSector(String),
    /// Not an IANA time zone ("Europe/London").
    BadTimeZone(String),
    /// The case has no complaint marked.
    NotMarked(i64),
    /// The contact belongs to another case.
    ContactNotOnCase { case: i64 },
    /// A date received outside 1970–2200 (a typo; the rules can't count it).
    DateOutOfRange(String),
}

impl From<rusqlite::Error> for ComplaintError {
    fn from(e: rusqlite::Error) -> Self {
        ComplaintError::Case(CaseError::Sqlite(e))
    }
}

impl UserFacing for ComplaintError {
    fn code(&self) -> &'static str {
        match self {
            ComplaintError::Case(e) => e.code(),
            ComplaintError::UnknownRule(_) => "complaint_rule_unknown",
            ComplaintError::RuleDoesNotFit { .. } => "complaint_rule_does_not_fit",
            ComplaintError::BadJurisdiction(_) => "complaint_bad_jurisdiction",
            ComplaintError::BadSector(_) => "complaint_bad_sector",
            ComplaintError::BadTimeZone(_) => "complaint_bad_time_zone",
            ComplaintError::NotMarked(_) => "complaint_not_marked",
            ComplaintError::ContactNotOnCase { .. } => "complaint_contact_not_on_case",
            ComplaintError::DateOutOfRange(_) => "complaint_date_out_of_range",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ComplaintError::Case(e) => e.kind(),
            _ => ErrorKind::Input,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            ComplaintError::Case(e) => e.args(),
            _ => crate::i18n::args_of(self),
        }
    }
}
