//! What can go wrong in the authenticator store, for people and for the UI.

use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};
use crate::otp::qr::QrError;
use crate::otp::OtpError;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum StoreError {
    NotFound(String),
    Ambiguous {
        reference: String,
        candidates: String,
    },
    ConfirmationRequired {
        label: String,
    },
    SecretUnavailable {
        label: String,
        detail: String,
    },
    SecretMissing {
        label: String,
    },
    SecretDamaged {
        label: String,
    },
    KeyringWrite {
        detail: String,
    },
    KeyringDelete {
        label: String,
        detail: String,
    },
    NotHotp {
        label: String,
    },
    NoBackupCodes {
        label: String,
    },
    BackupCodeNotFound {
        label: String,
    },
    BackupCodeUsed {
        label: String,
        used_at: String,
    },
    TagEmpty,
    TagControl,
    TagTooLong {
        tag: String,
        max: usize,
    },
    TooManyTags {
        label: String,
        max: usize,
    },
    TagDuplicate {
        label: String,
        tag: String,
    },
    TagNotFound {
        label: String,
        tag: String,
    },
    /// `field` is a catalogue id (`otp-field-…`); `reason` is in the current language.
    Invalid {
        field: &'static str,
        reason: String,
    },
    Write {
        path: String,
        detail: String,
    },
    #[error(transparent)]
    Otp(#[from] OtpError),
    #[error(transparent)]
    Qr(#[from] QrError),
    Db(
        #[from]
        #[serde(serialize_with = "crate::i18n::as_text")]
        rusqlite::Error,
    ),
}

impl UserFacing for StoreError {
    fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound(_) => "otp_account_not_found",
            StoreError::Ambiguous { .. } => "otp_account_ambiguous",
            StoreError::ConfirmationRequired { .. } => "confirmation_required",
            StoreError::SecretUnavailable { .. } => "keyring_unavailable",
            StoreError::SecretMissing { .. } => "otp_secret_missing",
            StoreError::SecretDamaged { .. } => "otp_secret_damaged",
            StoreError::KeyringWrite { .. } => "keyring_unavailable",
            StoreError::KeyringDelete { .. } => "keyring_unavailable",
            StoreError::NotHotp { .. } => "not_hotp",
            StoreError::NoBackupCodes { .. } => "no_backup_codes",
            StoreError::BackupCodeNotFound { .. } => "backup_code_not_found",
            StoreError::BackupCodeUsed { .. } => "backup_code_used",
            StoreError::TagEmpty => "otp_tag_empty",
            StoreError::TagControl => "otp_tag_control",
            StoreError::TagTooLong { .. } => "otp_tag_too_long",
            StoreError::TooManyTags { .. } => "otp_tag_too_many",
            StoreError::TagDuplicate { .. } => "otp_tag_duplicate",
            StoreError::TagNotFound { .. } => "otp_tag_not_found",
            StoreError::Invalid { .. } => "invalid_input",
            StoreError::Write { .. } => "write_failed",
            StoreError::Otp(e) => e.code(),
            StoreError::Qr(e) => e.code(),
            StoreError::Db(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            StoreError::NotFound(_)
            | StoreError::Ambiguous { .. }
            | StoreError::ConfirmationRequired { .. }
            | StoreError::NotHotp { .. }
            | StoreError::NoBackupCodes { .. }
            | StoreError::BackupCodeNotFound { .. }
            | StoreError::BackupCodeUsed { .. }
            | StoreError::TagEmpty
            | StoreError::TagControl
            | StoreError::TagTooLong { .. }
            | StoreError::TooManyTags { .. }
            | StoreError::TagDuplicate { .. }
            | StoreError::TagNotFound { .. }
            | StoreError::Invalid { .. } => ErrorKind::Input,
            StoreError::Otp(e) => e.kind(),
            StoreError::Qr(e) => e.kind(),
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        let variant = match self {
            StoreError::Otp(e) => return e.args(),
            StoreError::Qr(e) => return e.args(),
            // `keyring_unavailable` is also the vault's: which keyring call failed.
            StoreError::SecretUnavailable { .. } => "read",
            StoreError::KeyringWrite { .. } => "write",
            StoreError::KeyringDelete { .. } => "delete",
            // `field` is a catalogue id (`otp-field-…`): its words in the current language.
            StoreError::Invalid { field, .. } => {
                let mut args = crate::i18n::args_of(self);
                args.insert(
                    "field".into(),
                    crate::i18n::tr(field, &crate::i18n::Args::new()).into(),
                );
                return args;
            }
            _ => return crate::i18n::args_of(self),
        };
        let mut args = crate::i18n::args_of(self);
        args.insert("variant".into(), variant.into());
        args
    }
}
