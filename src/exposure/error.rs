//! Errors of the exposure chain. Its words are in `locales/*/errors.ftl` under its code. A value
//! the customer typed is never repeated in a message (it may be a whole card number).

use serde::Serialize;
use thiserror::Error;

use crate::cases::CaseError;
use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum ExposureError {
    /// An unknown account or alert, a database error.
    #[error(transparent)]
    Case(#[from] CaseError),
    /// A card's value that is not exactly 4 digits.
    CardNotFourDigits,
    /// A phone number with fewer than 4 digits, or with letters.
    BadPhone,
    /// Not an e-mail address.
    BadEmail,
    /// The same detail twice in one answer.
    DuplicateDetail {
        detail: String,
    },
    /// A detail, stake or step id Steward doesn't know (typed on the command line).
    UnknownDetail(String),
    UnknownStake(String),
    UnknownStep(String),
    /// A value typed without the detail it belongs to (`--value 4821`).
    ValueWithoutDetail,
    /// The step is not in the account's lock-down plan (or the account is not at risk).
    StepNotInPlan {
        service: String,
        step: String,
    },
}

impl From<rusqlite::Error> for ExposureError {
    fn from(e: rusqlite::Error) -> Self {
        ExposureError::Case(CaseError::Sqlite(e))
    }
}

impl UserFacing for ExposureError {
    fn code(&self) -> &'static str {
        match self {
            ExposureError::Case(e) => e.code(),
            ExposureError::CardNotFourDigits => "exposure_card_not_four_digits",
            ExposureError::BadPhone => "exposure_bad_phone",
            ExposureError::BadEmail => "exposure_bad_email",
            ExposureError::DuplicateDetail { .. } => "exposure_duplicate_detail",
            ExposureError::UnknownDetail(_) => "exposure_unknown_detail",
            ExposureError::UnknownStake(_) => "exposure_unknown_stake",
            ExposureError::UnknownStep(_) => "exposure_unknown_step",
            ExposureError::ValueWithoutDetail => "exposure_value_without_detail",
            ExposureError::StepNotInPlan { .. } => "exposure_step_not_in_plan",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ExposureError::Case(e) => e.kind(),
            _ => ErrorKind::Input,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            ExposureError::Case(e) => e.args(),
            _ => crate::i18n::args_of(self),
        }
    }
}
