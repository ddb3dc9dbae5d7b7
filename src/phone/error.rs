use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// What can go wrong around phone numbers. A number that is malformed or invalid is *not* an
/// error: [`super::check`] answers it with findings. Errors are for a country code Steward does
/// not know and for damaged built-in data.
#[derive(Debug, Error)]
pub enum PhoneError {
    #[error("\"{0}\" is not a country Steward knows.")]
    UnknownRegion(String),
    #[error("Steward's built-in {file} is damaged: {message}")]
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

    fn hint(&self) -> Option<String> {
        match self {
            PhoneError::UnknownRegion(_) => Some(
                "Use the two-letter country code, e.g. VN for Vietnam, GB for the United \
                 Kingdom (`steward phone regions` lists them all)."
                    .into(),
            ),
            PhoneError::Data { .. } => Some("Reinstall Steward; this is a bug.".into()),
        }
    }
}
