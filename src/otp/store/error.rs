//! What can go wrong in the authenticator store, for people and for the UI.

use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};
use crate::otp::qr::QrError;
use crate::otp::OtpError;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("No authenticator account matches \"{0}\".")]
    NotFound(String),
    #[error("\"{reference}\" matches several accounts: {candidates}.")]
    Ambiguous {
        reference: String,
        candidates: String,
    },
    #[error("Removing {label} needs your confirmation.")]
    ConfirmationRequired { label: String },
    #[error("The secret of {label} could not be read from the system keyring: {detail}")]
    SecretUnavailable { label: String, detail: String },
    #[error("The secret of {label} is missing from the system keyring.")]
    SecretMissing { label: String },
    #[error("The stored secret of {label} is damaged.")]
    SecretDamaged { label: String },
    #[error("Could not save to the system keyring: {detail}")]
    KeyringWrite { detail: String },
    #[error("The system keyring refused to delete the secret of {label}: {detail}")]
    KeyringDelete { label: String, detail: String },
    #[error("{label} is not a counter-based (HOTP) account.")]
    NotHotp { label: String },
    #[error("{label} has no backup codes.")]
    NoBackupCodes { label: String },
    #[error("That is not one of the backup codes of {label}.")]
    BackupCodeNotFound { label: String },
    #[error("That backup code of {label} was already used on {used_at}.")]
    BackupCodeUsed { label: String, used_at: String },
    #[error("{field} is not valid: {reason}.")]
    Invalid { field: &'static str, reason: String },
    #[error("Could not write {path}: {detail}")]
    Write { path: String, detail: String },
    #[error(transparent)]
    Otp(#[from] OtpError),
    #[error(transparent)]
    Qr(#[from] QrError),
    #[error("Database error: {0}")]
    Db(#[from] rusqlite::Error),
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
            | StoreError::Invalid { .. } => ErrorKind::Input,
            StoreError::Otp(e) => e.kind(),
            StoreError::Qr(e) => e.kind(),
            _ => ErrorKind::System,
        }
    }

    fn hint(&self) -> Option<String> {
        let hint = match self {
            StoreError::NotFound(_) => {
                "Use the account's number from `steward otp list`, or part of its name."
            }
            StoreError::Ambiguous { .. } => "Use the account's number instead.",
            StoreError::ConfirmationRequired { .. } => {
                "Its codes cannot be made again unless you add it again from the service. Confirm with --yes (CLI) or the Remove button."
            }
            StoreError::SecretUnavailable { .. } | StoreError::KeyringWrite { .. } => {
                "Unlock your keyring (log in to your desktop session, or start gnome-keyring), then try again. Nothing was changed or deleted."
            }
            StoreError::KeyringDelete { .. } => {
                "Unlock your keyring and try again. Nothing was deleted: the account is still there."
            }
            StoreError::SecretMissing { .. } => {
                "Nothing was deleted. If you reset or moved your keyring, restore it, or add the account again from your encrypted backup (steward otp import)."
            }
            StoreError::SecretDamaged { .. } => {
                "Nothing was deleted. Add the account again from your encrypted backup (steward otp import), then remove the damaged one."
            }
            StoreError::NotHotp { .. } => {
                "Time-based codes change by themselves; the next one is shown near the end of each period."
            }
            StoreError::NoBackupCodes { .. } => {
                "Add the codes the service gave you when you turned on two-step verification."
            }
            StoreError::BackupCodeNotFound { .. } => {
                "Check the code; spaces and dashes do not matter."
            }
            StoreError::BackupCodeUsed { .. } => {
                "Each backup code works once. Use another one, or ask the service for new codes."
            }
            StoreError::Otp(e) => return e.hint(),
            StoreError::Qr(e) => return e.hint(),
            _ => return None,
        };
        Some(hint.into())
    }
}
