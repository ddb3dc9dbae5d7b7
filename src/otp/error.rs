use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// Everything that can go wrong in `otp`: reading links, transfer codes and other apps' files,
/// writing exports. Messages never contain a secret or a whole link (links carry the secret):
/// at most a scheme, a type, a parameter name or a line number.
///
/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum OtpError {
    NotOtpauth {
        found: String,
    },
    IsMigrationLink,
    UnknownType(String),
    UnknownAlgorithm(String),
    MissingSecret,
    /// `reason` (here and below) is a catalogue id, `otp-reason-…`.
    InvalidSecret {
        reason: &'static str,
    },
    InvalidDigits {
        digits: String,
    },
    InvalidParameter {
        name: &'static str,
        reason: &'static str,
    },
    NotMigrationLink {
        reason: &'static str,
    },
    FileTooLarge {
        #[serde(serialize_with = "size_text")]
        size: usize,
        #[serde(serialize_with = "size_text")]
        max: usize,
    },
    EmptyFile,
    UnknownFormat,
    PasswordRequired {
        format: &'static str,
    },
    WrongPassword {
        format: &'static str,
    },
    /// A decryption failed where the format cannot tell a wrong password from a damaged file.
    WrongPasswordOrDamaged {
        format: &'static str,
    },
    Malformed {
        format: &'static str,
        detail: String,
    },
    Unsupported {
        format: &'static str,
        detail: String,
    },
    UnsafeKdf {
        format: &'static str,
        detail: String,
    },
    EmptyPassword,
    NothingToExport,
    Random(String),
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

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        // A `reason` is a catalogue id (`otp-reason-…`): its words in the current language.
        if let Some(crate::i18n::Arg::Text(id)) = args.get("reason") {
            if id.starts_with("otp-") {
                let words = crate::i18n::tr(id, &crate::i18n::Args::new());
                args.insert("reason".into(), words.into());
            }
        }
        // A link's parameter (`period=`) by what it is called in the current language.
        if let OtpError::InvalidParameter { name, .. } = self {
            let id = format!("otp-param-{name}");
            if let Some(words) = crate::i18n::lookup(&id, &crate::i18n::Args::new()) {
                args.insert("name".into(), words.into());
            }
        }
        // The two formats named in words rather than by a product name (the link list, Google's
        // transfer): those words in the current language.
        if let Some(crate::i18n::Arg::Text(f)) = args.get("format") {
            use super::import::Format;
            for named in [Format::OtpauthList, Format::GoogleMigration] {
                if f == named.label() {
                    args.insert("format".into(), named.words().into());
                    break;
                }
            }
        }
        // Codes other errors share: which words are this one's.
        let variant = match self {
            OtpError::FileTooLarge { .. } | OtpError::EmptyFile | OtpError::UnknownFormat => "otp",
            OtpError::WrongPasswordOrDamaged { .. } => "or_damaged",
            _ => return args,
        };
        args.insert("variant".into(), variant.into());
        args
    }
}

/// "200.0 MiB", "1.0 KiB" for sizes in messages.
fn size_text<S: serde::Serializer>(bytes: &usize, s: S) -> Result<S::Ok, S::Error> {
    let bytes = *bytes as f64;
    s.serialize_str(&if bytes < 1024.0 * 1024.0 {
        format!("{:.1} KiB", bytes / 1024.0)
    } else {
        format!("{:.1} MiB", bytes / (1024.0 * 1024.0))
    })
}

/// A JSON error without serde's echo of values: serde_json's messages quote the offending value
/// ("invalid type: string \"JBSW...\"") and that value may be a secret.
pub(crate) fn json_detail(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "eof",
        Category::Syntax => "syntax",
        Category::Data => "data",
        Category::Io => "io",
    };
    crate::t!(
        "otp-detail-json",
        what = what,
        line = e.line(),
        column = e.column()
    )
}

pub(crate) fn malformed(format: &'static str, detail: impl Into<String>) -> OtpError {
    OtpError::Malformed {
        format,
        detail: detail.into(),
    }
}
