//! Files in and out of the store: telling what a chosen file is ([`inspect_file`]), importing one
//! held in memory ([`OtpStore::import_bytes`]), naming and writing exports
//! ([`OtpStore::export_to_file`], [`write_export`] through [`crate::fs::write_atomic`]).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::accounts::OtpStore;
use super::dto::{OtpAddReport, OtpExportSaved, OtpFileInfo};
use super::error::StoreError;
use crate::otp::export::ExportFormat;
use crate::otp::import::{self, Format};
use crate::otp::{qr, OtpError};

/// Whether `bytes` start like a PNG or a JPEG.
pub fn looks_like_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// Says what a file is, without importing it.
pub fn inspect_file(bytes: &[u8]) -> OtpFileInfo {
    if looks_like_image(bytes) {
        return OtpFileInfo {
            format: None,
            label: Some("a picture (its QR codes are read)".into()),
            is_image: true,
        };
    }
    let format = import::detect(bytes);
    OtpFileInfo {
        format,
        label: format.map(|f| f.label().to_string()),
        is_image: false,
    }
}

/// A file name for an export: `steward-authenticator-2026-11-22-1405.json` (or `.txt`).
pub fn export_file_name(format: ExportFormat, now: DateTime<Utc>) -> String {
    let stamp = now.with_timezone(&chrono::Local).format("%Y-%m-%d-%H%M%S");
    match format {
        ExportFormat::AegisEncrypted => format!("steward-authenticator-{stamp}.json"),
        ExportFormat::OtpauthList => format!("steward-authenticator-{stamp}-PLAINTEXT.txt"),
    }
}

/// Where the desktop app saves exports: the Downloads folder, else the home folder.
pub fn default_export_dir() -> PathBuf {
    dirs::download_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A fresh export path in `dir`, named by [`export_file_name`] for now.
pub fn export_path_in(dir: &Path, format: ExportFormat) -> PathBuf {
    dir.join(export_file_name(format, Utc::now()))
}

/// Writes an export: to a temporary file beside `path` (owner-only on Unix), synced, then
/// renamed over it, so a crash never leaves half a backup. The caller warns about plaintext.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    crate::fs::write_atomic(path, bytes).map_err(|e| StoreError::Write {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

impl OtpStore<'_> {
    /// Writes an export of every account to `path` (temporary file, then renamed).
    pub fn export_to_file(
        &self,
        format: ExportFormat,
        password: Option<&str>,
        path: &Path,
    ) -> Result<OtpExportSaved, StoreError> {
        if format == ExportFormat::AegisEncrypted && password.is_none_or(str::is_empty) {
            return Err(OtpError::EmptyPassword.into());
        }
        let count = self.list()?.len() as u32;
        let bytes = self.export(format, password)?;
        write_export(path, &bytes)?;
        Ok(OtpExportSaved {
            path: path.display().to_string(),
            format,
            accounts: count,
            encrypted: format == ExportFormat::AegisEncrypted,
        })
    }

    /// Imports a file held in memory: another app's export (format given or recognised), or a
    /// PNG/JPEG whose QR codes are read.
    pub fn import_bytes(
        &self,
        bytes: &[u8],
        format: Option<Format>,
        password: Option<&str>,
    ) -> Result<OtpAddReport, StoreError> {
        let report = if format.is_none() && looks_like_image(bytes) {
            qr::read_image_bytes(bytes)?
        } else {
            import::import_auto(bytes, format, password)?
        };
        let vault = report.format == Format::Aegis;
        let added = self.add_report(report)?;
        if vault {
            self.remember_imported(bytes);
        }
        Ok(added)
    }
}
