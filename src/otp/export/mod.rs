//! Exports: the same shape as the importers — one file per format behind [`Exporter`].
//!
//! - [`ExportFormat::OtpauthList`]: one canonical `otpauth://` link per line. Secrets are in
//!   the clear: callers must say so before writing it anywhere.
//! - [`ExportFormat::AegisEncrypted`]: an Aegis vault (docs/vault.md) encrypted with a password;
//!   Aegis, Steward and anything following that document can read it.
//!
//! Output is returned in zeroizing memory; the caller decides where it goes.

mod aegis;
mod otpauth_list;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::error::OtpError;
use super::model::OtpAccount;

pub use aegis::{
    export_aegis_encrypted, export_aegis_with_key, AegisKey, AEGIS_SCRYPT_LOG_N, AEGIS_SCRYPT_P,
    AEGIS_SCRYPT_R,
};
pub use otpauth_list::export_otpauth_list;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "OtpExportFormat")]
pub enum ExportFormat {
    OtpauthList,
    AegisEncrypted,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 2] = [ExportFormat::OtpauthList, ExportFormat::AegisEncrypted];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::OtpauthList => "otpauth_list",
            ExportFormat::AegisEncrypted => "aegis_encrypted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_")
            .as_str()
        {
            "otpauth_list" | "otpauth" | "uri" | "uris" | "txt" => Some(ExportFormat::OtpauthList),
            "aegis_encrypted" | "aegis" => Some(ExportFormat::AegisEncrypted),
            _ => None,
        }
    }
}

pub trait Exporter: Sync {
    fn format(&self) -> ExportFormat;
    fn name(&self) -> &'static str;
    /// The usual file name extension, without the dot.
    fn extension(&self) -> &'static str;
    /// Whether the output shows secrets in the clear (the UI must warn before saving it).
    fn is_plaintext(&self) -> bool;
    /// `password` is required by encrypted formats and ignored by the others.
    fn export(
        &self,
        accounts: &[OtpAccount],
        password: Option<&str>,
    ) -> Result<Zeroizing<Vec<u8>>, OtpError>;
}

pub fn exporter(format: ExportFormat) -> &'static dyn Exporter {
    match format {
        ExportFormat::OtpauthList => &otpauth_list::OtpauthList,
        ExportFormat::AegisEncrypted => &aegis::AegisEncrypted,
    }
}

pub fn export(
    format: ExportFormat,
    accounts: &[OtpAccount],
    password: Option<&str>,
) -> Result<Zeroizing<Vec<u8>>, OtpError> {
    exporter(format).export(accounts, password)
}
