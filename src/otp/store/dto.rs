//! The store's types that cross IPC and `--json`: accounts without their secret, what adding,
//! exporting and inspecting a file did, backup codes. No logic beyond naming; no secret ever
//! reaches one of these except [`OtpManualEntry`] (inbound, zeroed, redacted in `Debug`) and a
//! backup code the customer asked to see.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::ErrorInfo;
use crate::otp::codes::OtpCode;
use crate::otp::export::ExportFormat;
use crate::otp::google::BatchInfo;
use crate::otp::icons::ServiceBadge;
use crate::otp::import::{Format, ImportWarning, Skipped};
use crate::otp::model::{Algorithm, OtpKind, Warning};

/// Where an account's secret is kept (see the store's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "OtpSecretHome")]
pub enum SecretStore {
    /// The OS keyring (Secret Service on Linux).
    Keyring,
    /// Sealed inside the encrypted database (profiles without a keyring).
    Database,
}

impl SecretStore {
    /// The name in the database's `secret_store` column.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SecretStore::Keyring => "keyring",
            SecretStore::Database => "database",
        }
    }

    /// The home named by [`SecretStore::as_str`].
    pub(crate) fn parse(s: &str) -> Option<SecretStore> {
        [SecretStore::Keyring, SecretStore::Database]
            .into_iter()
            .find(|h| h.as_str() == s)
    }
}

/// An account as the UI and `--json` see it: no secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpEntry {
    pub id: Uuid,
    /// A short number the customer can type (`steward otp code 3`).
    #[ts(type = "number")]
    pub number: i64,
    pub issuer: Option<String>,
    pub name: String,
    /// "GitHub (alice)", "GitHub" or "alice".
    pub label: String,
    pub kind: OtpKind,
    pub algorithm: Algorithm,
    pub digits: u8,
    pub secret_bits: u32,
    pub icon: Option<String>,
    pub colour: Option<String>,
    #[ts(type = "number")]
    pub sort_order: i64,
    pub secret_home: SecretStore,
    pub warnings: Vec<Warning>,
    pub backup_codes_total: u32,
    pub backup_codes_unused: u32,
    /// Starred: shown first, and under the "Favourites" filter.
    pub favourite: bool,
    /// The account's tags (groups), sorted without case.
    pub tags: Vec<String>,
    /// The service's icon (matched from the issuer, see [`crate::otp::icons`]) and monogram.
    pub badge: ServiceBadge,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl OtpEntry {
    /// How a stored account is named: "GitHub (alice)", "GitHub", "alice", or
    /// "(unnamed account)".
    pub(crate) fn label_for(issuer: Option<&str>, name: &str) -> String {
        match (issuer, name.is_empty()) {
            (Some(i), false) => format!("{i} ({name})"),
            (Some(i), true) => i.to_string(),
            (None, _) if name.is_empty() => "(unnamed account)".into(),
            (None, _) => name.to_string(),
        }
    }
}

/// An account that was not added because it is already there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpDuplicate")]
pub struct Duplicate {
    pub label: String,
    pub existing_id: Uuid,
    #[ts(type = "number")]
    pub existing_number: i64,
}

/// What adding (a link, a QR, a file, a manual entry) did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpAddReport {
    /// The file format, when the accounts came from a file or a QR code.
    pub format: Option<Format>,
    pub added: Vec<OtpEntry>,
    pub duplicates: Vec<Duplicate>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<ImportWarning>,
    pub notes: Vec<String>,
    pub batches: Vec<BatchInfo>,
    /// Every entry of what was read, in order: added, already here, or skipped with the reason;
    /// for added and existing accounts a sample code to compare with the old app before
    /// deleting anything there. Holds codes: shown to the customer, never logged.
    pub entries: Vec<OtpImportEntry>,
}

/// What happened to one entry of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OtpImportOutcome {
    Added,
    AlreadyHere,
    Skipped,
}

/// One entry of an import report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpImportEntry {
    /// "GitHub (alice)"; for a skipped entry, how the file names it ("line 4").
    pub label: String,
    pub outcome: OtpImportOutcome,
    /// Why it was skipped.
    pub reason: Option<String>,
    /// The account here (added, or the one already here).
    pub account_id: Option<Uuid>,
    #[ts(type = "number | null")]
    pub number: Option<i64>,
    pub kind: Option<OtpKind>,
    /// The code now (HOTP: at the counter Steward keeps, not advanced), to compare with the
    /// code the old app shows.
    pub sample: Option<OtpCode>,
}

/// A code for one account in a list: the code, or why it could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpCodeEntry {
    pub id: Uuid,
    pub code: Option<OtpCode>,
    pub error: Option<ErrorInfo>,
}

/// A manually typed account (the setup key a service shows under "can't scan the code?").
#[derive(Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct OtpManualEntry {
    pub issuer: Option<String>,
    pub name: String,
    /// The Base32 setup key; spaces, dashes and lowercase are fine. Zeroed when dropped.
    #[ts(type = "string")]
    pub secret: Zeroizing<String>,
    /// "totp" (default), "hotp" or "steam".
    pub kind: Option<String>,
    pub algorithm: Option<Algorithm>,
    pub digits: Option<u8>,
    pub period: Option<u32>,
    #[ts(type = "number | null")]
    pub counter: Option<u64>,
}

impl std::fmt::Debug for OtpManualEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OtpManualEntry")
            .field("issuer", &self.issuer)
            .field("name", &self.name)
            .field("secret", &"<redacted>")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// The result of "next code" on a counter-based account: the account with its new counter,
/// and the code for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpNextCode {
    pub account: OtpEntry,
    pub code: OtpCode,
}

/// An export written to disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpExportSaved {
    pub path: String,
    pub format: ExportFormat,
    pub accounts: u32,
    /// False for plaintext formats: the UI says to delete the file after use.
    pub encrypted: bool,
}

/// What a file looks like before it is imported (for the import wizard).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpFileInfo {
    /// The export format, when recognised.
    pub format: Option<Format>,
    /// How people call it ("Aegis", "a picture (QR code)").
    pub label: Option<String>,
    /// A PNG/JPEG: its QR codes will be read.
    pub is_image: bool,
}

/// One backup code. `code` is present only when the customer asked to see the codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpBackupCode")]
pub struct BackupCode {
    /// 1-based, in the order the service listed them.
    pub position: u32,
    pub code: Option<String>,
    pub used_at: Option<DateTime<Utc>>,
}

/// An account's backup codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpBackupCodes")]
pub struct BackupCodes {
    pub account_id: Uuid,
    pub label: String,
    pub total: u32,
    pub unused: u32,
    /// Set when few are left (≤ 2): what to do about it.
    pub warning: Option<String>,
    pub codes: Vec<BackupCode>,
}

/// A tag in use and how many accounts have it (for the filter chips and `steward otp tags`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpTagCount {
    pub tag: String,
    pub accounts: u32,
}

/// Which accounts to list: with a tag (without case) and/or only the favourites.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpFilter {
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub favourites: bool,
}
