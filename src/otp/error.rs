use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// Everything that can go wrong in `otp`: reading links, transfer codes and other apps' files,
/// writing exports. Messages never contain a secret or a whole link (links carry the secret):
/// at most a scheme, a type, a parameter name or a line number.
#[derive(Debug, Error)]
pub enum OtpError {
    #[error("This is not an otpauth:// link ({found}).")]
    NotOtpauth { found: String },
    #[error("This is a Google Authenticator transfer link, not a single account link.")]
    IsMigrationLink,
    #[error("Unknown code type \"{0}\" (expected totp, hotp or steam).")]
    UnknownType(String),
    #[error("Unknown hash algorithm \"{0}\" (expected SHA1, SHA256 or SHA512).")]
    UnknownAlgorithm(String),
    #[error("The link has no secret.")]
    MissingSecret,
    #[error("The secret is not valid: {reason}.")]
    InvalidSecret { reason: &'static str },
    #[error("{digits} digits is not supported (codes have 6 to 10 digits; Steam codes have 5).")]
    InvalidDigits { digits: String },
    #[error("The {name} value is not valid: {reason}.")]
    InvalidParameter {
        name: &'static str,
        reason: &'static str,
    },
    #[error("This is not a Google Authenticator transfer link: {reason}.")]
    NotMigrationLink { reason: &'static str },
    #[error("The file is too large ({}; Steward reads exports of up to {}).", mib(*.size), mib(*.max))]
    FileTooLarge { size: usize, max: usize },
    #[error("The file is empty.")]
    EmptyFile,
    #[error("Steward does not recognise this file as an authenticator export.")]
    UnknownFormat,
    #[error("This {format} file is encrypted and needs its password.")]
    PasswordRequired { format: &'static str },
    #[error("The password is wrong for this {format} file (or the file was changed).")]
    WrongPassword { format: &'static str },
    /// A decryption failed where the format cannot tell a wrong password from a damaged file.
    #[error("The password is wrong, or this {format} file is damaged or incomplete.")]
    WrongPasswordOrDamaged { format: &'static str },
    #[error("This {format} file is damaged or incomplete: {detail}.")]
    Malformed {
        format: &'static str,
        detail: String,
    },
    #[error("This {format} file is not supported: {detail}.")]
    Unsupported {
        format: &'static str,
        detail: String,
    },
    #[error("This {format} file asks for key-derivation settings Steward refuses ({detail}).")]
    UnsafeKdf {
        format: &'static str,
        detail: String,
    },
    #[error("An export password cannot be empty.")]
    EmptyPassword,
    #[error("There is nothing to export.")]
    NothingToExport,
    #[error("Could not get random bytes from the operating system: {0}")]
    Random(String),
    #[error("Encryption failed: {0}")]
    Crypto(&'static str),
}

impl UserFacing for OtpError {
    fn code(&self) -> &'static str {
        match self {
            OtpError::NotOtpauth { .. } => "not_otpauth",
            OtpError::IsMigrationLink => "is_migration_link",
            OtpError::UnknownType(_) => "unknown_otp_type",
            OtpError::UnknownAlgorithm(_) => "unknown_algorithm",
            OtpError::MissingSecret => "missing_secret",
            OtpError::InvalidSecret { .. } => "invalid_secret",
            OtpError::InvalidDigits { .. } => "invalid_digits",
            OtpError::InvalidParameter { .. } => "invalid_parameter",
            OtpError::NotMigrationLink { .. } => "not_migration_link",
            OtpError::FileTooLarge { .. } => "file_too_large",
            OtpError::EmptyFile => "empty_file",
            OtpError::UnknownFormat => "unknown_format",
            OtpError::PasswordRequired { .. } => "password_required",
            OtpError::WrongPassword { .. } | OtpError::WrongPasswordOrDamaged { .. } => {
                "wrong_password"
            }
            OtpError::Malformed { .. } => "malformed",
            OtpError::Unsupported { .. } => "unsupported_file",
            OtpError::UnsafeKdf { .. } => "unsafe_kdf_parameters",
            OtpError::EmptyPassword => "empty_password",
            OtpError::NothingToExport => "nothing_to_export",
            OtpError::Random(_) => "random_failed",
            OtpError::Crypto(_) => "crypto_failed",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            OtpError::Random(_) | OtpError::Crypto(_) => ErrorKind::System,
            _ => ErrorKind::Input,
        }
    }

    fn hint(&self) -> Option<String> {
        let hint = match self {
            OtpError::NotOtpauth { .. } => {
                "Copy the whole link from the QR code or the service's setup page; it starts with otpauth://."
            }
            OtpError::IsMigrationLink => {
                "Import it instead: it can hold several accounts (`steward otp import`)."
            }
            OtpError::MissingSecret | OtpError::InvalidSecret { .. } => {
                "Check that the setup key was copied completely: letters A-Z and digits 2-7."
            }
            OtpError::NotMigrationLink { .. } => {
                "Use the link exactly as read from Google Authenticator's \"Transfer accounts\" QR code; it starts with otpauth-migration://offline?data=."
            }
            OtpError::FileTooLarge { .. } => {
                "Authenticator exports are small; check that you picked the right file."
            }
            OtpError::EmptyFile => "Export again from the other app and pick the new file.",
            OtpError::UnknownFormat => {
                "Steward reads Aegis, 2FAS, andOTP, Bitwarden (JSON or CSV), Ente, FreeOTP+, Proton Authenticator, Google Authenticator transfer links and plain otpauth:// lists. Name the format if you know it."
            }
            OtpError::PasswordRequired { .. } => {
                "Give the password you chose when you exported the file."
            }
            OtpError::WrongPassword { .. } => {
                "Check the password (capitals, keyboard layout) and try again. Nothing was imported."
            }
            OtpError::WrongPasswordOrDamaged { .. } => {
                "Check the password (capitals, keyboard layout) and try again. If it is right, export the file again from the other app: it may have been cut short while copying. Nothing was imported."
            }
            OtpError::Malformed { .. } => {
                "Export again from the other app; the file may have been cut short while copying. Nothing was imported."
            }
            OtpError::Unsupported { .. } => {
                "Export again from the other app without encryption or in another format."
            }
            OtpError::UnsafeKdf { .. } => {
                "This file would take too long or too much memory to unlock; it is probably not a real export."
            }
            OtpError::EmptyPassword => "Choose a password to protect the export.",
            _ => return None,
        };
        Some(hint.into())
    }
}

/// "200.0 MiB", "1.0 KiB" for sizes in messages.
fn mib(bytes: usize) -> String {
    let bytes = bytes as f64;
    if bytes < 1024.0 * 1024.0 {
        format!("{:.1} KiB", bytes / 1024.0)
    } else {
        format!("{:.1} MiB", bytes / (1024.0 * 1024.0))
    }
}

/// A JSON error without serde's echo of values: serde_json's messages quote the offending value
/// ("invalid type: string \"JBSW...\"") and that value may be a secret.
pub(crate) fn json_detail(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "it ends too early",
        Category::Syntax => "invalid JSON",
        Category::Data => "unexpected content",
        Category::Io => "read error",
    };
    format!("{what} (line {}, column {})", e.line(), e.column())
}

pub(crate) fn malformed(format: &'static str, detail: impl Into<String>) -> OtpError {
    OtpError::Malformed {
        format,
        detail: detail.into(),
    }
}
