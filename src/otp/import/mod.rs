//! Importers for other authenticator apps' exports. One file per format behind [`Importer`]
//! (GNOME Authenticator's layout): adding a format is adding a file and a line in `IMPORTERS`.
//!
//! Every importer reports what it imported, what it skipped and why, and anything the customer
//! should know about the format (e.g. Bitwarden cannot hold HOTP accounts). A wrong password is
//! [`OtpError::WrongPassword`]; a damaged file is [`OtpError::Malformed`] naming the format.
//! No importer panics on any input; files over [`MAX_FILE_BYTES`] are refused unread, and
//! key-derivation settings read from a file are bounded (see `otp::crypto`).

mod aegis;
mod andotp;
mod bitwarden;
mod fields;
mod freeotp_plus;
mod lines;
mod proton;
mod twofas;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::OtpError;
use super::google::BatchInfo;
use super::model::{OtpAccount, OtpAccountInfo, Warning};

/// The largest file Steward will read as an import (real exports are a few kilobytes).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "OtpImportFormat")]
pub enum Format {
    /// One `otpauth://` link per line; also Ente Auth's plain export.
    OtpauthList,
    /// Google Authenticator transfer links (`otpauth-migration://`), one per line.
    GoogleMigration,
    Aegis,
    #[serde(rename = "2fas")]
    TwoFas,
    #[serde(rename = "andotp")]
    AndOtp,
    /// Bitwarden JSON or CSV.
    Bitwarden,
    #[serde(rename = "freeotp_plus")]
    FreeOtpPlus,
    ProtonAuthenticator,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::OtpauthList,
        Format::GoogleMigration,
        Format::Aegis,
        Format::TwoFas,
        Format::AndOtp,
        Format::Bitwarden,
        Format::FreeOtpPlus,
        Format::ProtonAuthenticator,
    ];

    /// The stable name used by `--format` and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::OtpauthList => "otpauth_list",
            Format::GoogleMigration => "google_migration",
            Format::Aegis => "aegis",
            Format::TwoFas => "2fas",
            Format::AndOtp => "andotp",
            Format::Bitwarden => "bitwarden",
            Format::FreeOtpPlus => "freeotp_plus",
            Format::ProtonAuthenticator => "proton_authenticator",
        }
    }

    /// How people call it.
    pub fn label(self) -> &'static str {
        match self {
            Format::OtpauthList => "otpauth link list",
            Format::GoogleMigration => super::google::FORMAT,
            Format::Aegis => "Aegis",
            Format::TwoFas => "2FAS",
            Format::AndOtp => "andOTP",
            Format::Bitwarden => "Bitwarden",
            Format::FreeOtpPlus => "FreeOTP+",
            Format::ProtonAuthenticator => "Proton Authenticator",
        }
    }

    /// How people call it, in the current language: the product's name, or for the two
    /// formats named in words ("otpauth link list") those words translated.
    pub fn words(self) -> String {
        match self {
            Format::OtpauthList => crate::t!("otp-format-otpauth-list"),
            Format::GoogleMigration => crate::t!("otp-format-google"),
            other => other.label().to_string(),
        }
    }

    /// Reads a `--format` value; accepts common aliases ("ente", "plain", "google", "proton").
    pub fn parse(s: &str) -> Option<Format> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' ', '+'], "_");
        let f = match norm.as_str() {
            "otpauth_list" | "otpauth" | "plain" | "uri" | "uris" | "txt" | "ente"
            | "ente_auth" => Format::OtpauthList,
            "google_migration" | "google" | "google_authenticator" | "otpauth_migration" => {
                Format::GoogleMigration
            }
            "aegis" => Format::Aegis,
            "2fas" | "twofas" => Format::TwoFas,
            "andotp" => Format::AndOtp,
            "bitwarden" => Format::Bitwarden,
            "freeotp_plus" | "freeotp_" | "freeotpplus" | "freeotp" => Format::FreeOtpPlus,
            "proton_authenticator" | "proton" => Format::ProtonAuthenticator,
            _ => return None,
        };
        Some(f)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// An entry the importer did not take, and why ("uses MD5", "type yandex is not supported"),
/// in the language of the one who asked for the import (the core renders both with `t!`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpSkipped")]
pub struct Skipped {
    /// How the customer recognises it ("Deno (Mason)", "line 4"); never the secret.
    pub label: String,
    pub reason: String,
}

/// A warning about one imported account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpImportWarning")]
pub struct ImportWarning {
    pub label: String,
    pub warning: Warning,
    /// [`Warning::message`] in the current language.
    pub message: String,
}

/// The result of reading one file. Holds secrets: not `Serialize`; use [`ImportReport::summary`].
#[derive(Debug, Clone)]
pub struct ImportReport {
    pub format: Format,
    pub accounts: Vec<OtpAccount>,
    pub skipped: Vec<Skipped>,
    /// Warnings found while reading (e.g. a link without counter); weak secrets are on each
    /// account's [`OtpAccount::warnings`].
    pub warnings: Vec<ImportWarning>,
    /// Things to tell the customer about the file as a whole, in the current language.
    pub notes: Vec<String>,
    /// Google transfer batches seen, in file order.
    pub batches: Vec<BatchInfo>,
}

/// What the UI shows after an import: the report without secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpImportSummary")]
pub struct ImportSummary {
    pub format: Format,
    pub imported: Vec<OtpAccountInfo>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<ImportWarning>,
    pub notes: Vec<String>,
    pub batches: Vec<BatchInfo>,
}

impl ImportReport {
    pub fn new(format: Format) -> Self {
        ImportReport {
            format,
            accounts: vec![],
            skipped: vec![],
            warnings: vec![],
            notes: vec![],
            batches: vec![],
        }
    }

    pub fn summary(&self) -> ImportSummary {
        ImportSummary {
            format: self.format,
            imported: self.accounts.iter().map(OtpAccount::info).collect(),
            skipped: self.skipped.clone(),
            warnings: self.warnings.clone(),
            notes: self.notes.clone(),
            batches: self.batches.clone(),
        }
    }

    pub(crate) fn add(&mut self, account: OtpAccount, warnings: Vec<Warning>) {
        for warning in warnings {
            self.warnings.push(ImportWarning {
                label: account.label(),
                message: warning.message(),
                warning,
            });
        }
        self.accounts.push(account);
    }

    pub(crate) fn skip(&mut self, label: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            label: label.into(),
            reason: reason.into(),
        });
    }

    pub(crate) fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    /// Adds a note when a multi-QR Google export is incomplete.
    pub(crate) fn note_missing_batches(&mut self) {
        let mut seen: BTreeMap<i32, (i32, BTreeSet<i32>)> = BTreeMap::new();
        for b in &self.batches {
            let entry = seen
                .entry(b.batch_id)
                .or_insert((b.batch_size, BTreeSet::new()));
            entry.0 = entry.0.max(b.batch_size);
            entry.1.insert(b.batch_index);
        }
        for (size, indices) in seen.values() {
            let size = usize::try_from(*size).unwrap_or(1);
            if size > 1 && indices.len() < size {
                let have: Vec<String> = indices.iter().map(|i| (i + 1).to_string()).collect();
                self.notes.push(crate::t!(
                    "otp-note-google-batches",
                    total = size,
                    n = indices.len(),
                    have = have.join(", ")
                ));
            }
        }
    }
}

/// One export format.
pub trait Importer: Sync {
    fn format(&self) -> Format;
    fn name(&self) -> &'static str {
        self.format().label()
    }
    /// Whether `bytes` look like this format. Cheap and tolerant of damaged files, so that a
    /// truncated export is still recognised and refused as damaged rather than unknown.
    fn detect(&self, bytes: &[u8]) -> bool;
    fn import(&self, bytes: &[u8], password: Option<&str>) -> Result<ImportReport, OtpError>;
}

/// In detection order: most specific first.
static IMPORTERS: [&dyn Importer; 8] = [
    &aegis::Aegis,
    &twofas::TwoFas,
    &proton::Proton,
    &freeotp_plus::FreeOtpPlus,
    &bitwarden::Bitwarden,
    &andotp::AndOtp,
    &lines::GoogleMigrationList,
    &lines::OtpauthList,
];

pub fn importers() -> &'static [&'static dyn Importer] {
    &IMPORTERS
}

pub fn importer(format: Format) -> &'static dyn Importer {
    match format {
        Format::OtpauthList => &lines::OtpauthList,
        Format::GoogleMigration => &lines::GoogleMigrationList,
        Format::Aegis => &aegis::Aegis,
        Format::TwoFas => &twofas::TwoFas,
        Format::AndOtp => &andotp::AndOtp,
        Format::Bitwarden => &bitwarden::Bitwarden,
        Format::FreeOtpPlus => &freeotp_plus::FreeOtpPlus,
        Format::ProtonAuthenticator => &proton::Proton,
    }
}

/// Which format `bytes` look like, if any.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    IMPORTERS
        .iter()
        .find(|i| i.detect(bytes))
        .map(|i| i.format())
}

/// Imports a file: the given format, or the one it looks like.
pub fn import_auto(
    bytes: &[u8],
    format: Option<Format>,
    password: Option<&str>,
) -> Result<ImportReport, OtpError> {
    check_size(bytes)?;
    let format = match format {
        Some(f) => f,
        None => detect(bytes).ok_or(OtpError::UnknownFormat)?,
    };
    importer(format).import(bytes, password)
}

pub(crate) fn check_size(bytes: &[u8]) -> Result<(), OtpError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(OtpError::FileTooLarge {
            size: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(OtpError::EmptyFile);
    }
    Ok(())
}

/// Whether `haystack` contains every needle (byte search; works on damaged files too).
pub(crate) fn contains_all(haystack: &[u8], needles: &[&str]) -> bool {
    needles.iter().all(|n| {
        let n = n.as_bytes();
        !n.is_empty() && haystack.windows(n.len()).any(|w| w == n)
    })
}

pub(crate) fn contains_ci(haystack: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    !n.is_empty() && haystack.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.as_str()), Some(f));
            assert_eq!(
                serde_json::to_string(&f).unwrap(),
                format!("\"{}\"", f.as_str())
            );
        }
        assert_eq!(Format::parse("Ente"), Some(Format::OtpauthList));
        assert_eq!(Format::parse("FreeOTP+"), Some(Format::FreeOtpPlus));
        assert_eq!(Format::parse("nope"), None);
    }
}
