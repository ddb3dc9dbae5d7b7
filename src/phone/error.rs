use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// What can go wrong around phone numbers. A number that is malformed or invalid is *not* an
/// error: [`super::check`] answers it with findings. Errors are for a country code Steward does
/// not know and for damaged built-in data.
///
/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum PhoneError {
    UnknownRegion(String),
    Data { file: &'static str, message: String },
}

impl UserFacing for PhoneError {
    fn code(&self) -> &'static str {
        match self {
            PhoneError::UnknownRegion(_) => "unknown_region",
            PhoneError::Data { .. } => "phone_data_damaged",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            PhoneError::UnknownRegion(_) => ErrorKind::Input,
            PhoneError::Data { .. } => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        crate::i18n::args_of(self)
    }
}
