//! "I'm stuck" with what support needs: the enrolment records where it stopped in its case
//! ([`Enrolments::stuck`]), and the case's chat brief — redacted the default way — is ready to
//! paste. One call for the command line and the window.

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;
use uuid::Uuid;

use super::{EnrolError, EnrolmentView, Enrolments};
use crate::error::{ErrorKind, UserFacing};
use crate::share::{self, Redactor, ShareError};

/// The enrolment after "I'm stuck", its case, and the brief for support.
#[derive(Debug, Clone, Serialize)]
pub struct StuckBrief {
    pub enrolment: EnrolmentView,
    /// The case everything tried is recorded in.
    pub case_number: Option<i64>,
    /// The case's chat brief (at most [`share::CHAT_MAX_CHARS`] characters), redacted.
    pub brief: String,
}

/// Its words are its source's.
#[derive(Debug, Error, Serialize)]
pub enum StuckError {
    #[error(transparent)]
    Enrol(#[from] EnrolError),
    #[error(transparent)]
    Share(#[from] ShareError),
}

impl UserFacing for StuckError {
    fn code(&self) -> &'static str {
        match self {
            StuckError::Enrol(e) => e.code(),
            StuckError::Share(e) => e.code(),
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            StuckError::Enrol(e) => e.kind(),
            StuckError::Share(e) => e.kind(),
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            StuckError::Enrol(e) => e.args(),
            StuckError::Share(e) => e.args(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            StuckError::Enrol(e) => e.hint(),
            StuckError::Share(e) => e.hint(),
        }
    }

    fn info(&self) -> crate::error::ErrorInfo {
        match self {
            StuckError::Enrol(e) => e.info(),
            StuckError::Share(e) => e.info(),
        }
    }
}

impl Enrolments<'_> {
    /// [`Enrolments::stuck`], then the chat brief of the enrolment's case.
    pub fn stuck_brief(&self, id: Uuid, now: DateTime<Utc>) -> Result<StuckBrief, StuckError> {
        let (view, case_id) = self.stuck(id, now)?;
        let (export, _) = share::build_export(
            self.profile().db().conn(),
            case_id,
            &Redactor::default(),
            now,
        )?;
        Ok(StuckBrief {
            case_number: view.enrolment.case_number,
            brief: share::brief::chat(&export),
            enrolment: view,
        })
    }
}
