//! What can go wrong with the automatic backups, for people and for the UI.

use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};
use crate::otp::store::StoreError;
use crate::otp::OtpError;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum BackupError {
    /// No folder or no password yet.
    NotConfigured,
    FolderUnusable {
        folder: String,
        detail: String,
    },
    KeepOutOfRange {
        min: u32,
        max: u32,
    },
    PasswordEmpty,
    /// The backup offered by "a newer backup was found" is gone or changed since.
    FoundGone {
        file: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    Db(
        #[from]
        #[serde(serialize_with = "crate::i18n::as_text")]
        rusqlite::Error,
    ),
}

impl From<OtpError> for BackupError {
    fn from(e: OtpError) -> Self {
        BackupError::Store(StoreError::Otp(e))
    }
}

impl UserFacing for BackupError {
    fn code(&self) -> &'static str {
        match self {
            BackupError::NotConfigured => "otp_backup_not_configured",
            BackupError::FolderUnusable { .. } => "otp_backup_folder_unusable",
            BackupError::KeepOutOfRange { .. } => "otp_backup_keep_invalid",
            BackupError::PasswordEmpty => "otp_backup_password_empty",
            BackupError::FoundGone { .. } => "otp_backup_found_gone",
            BackupError::Store(e) => e.code(),
            BackupError::Db(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            BackupError::NotConfigured
            | BackupError::KeepOutOfRange { .. }
            | BackupError::PasswordEmpty
            | BackupError::FoundGone { .. } => ErrorKind::Input,
            BackupError::Store(e) => e.kind(),
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            BackupError::Store(e) => e.args(),
            _ => crate::i18n::args_of(self),
        }
    }
}
