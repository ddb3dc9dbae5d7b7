//! Writing an export: the file, its OpenSSH signature `FILE.sig` and, with a time-stamping
//! authority, `FILE.tsr` beside it — in an order that never leaves a file next to a signature
//! that does not match it — and where the desktop app saves when given no path.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::ShareError;
use super::format::Format;
use super::gate::RedactedCase;
use super::key::ShareKey;
use super::render::{render_several, several_ids};
use super::sign::{beside, sig_path};
use super::timestamp;

/// Writes `bytes` to a temporary file next to `path`, then renames it over `path`: a reader
/// never sees half an export.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShareError> {
    crate::fs::write_atomic(path, bytes).map_err(|e| write_err(path, e))
}

fn write_err(path: &Path, e: std::io::Error) -> ShareError {
    ShareError::Write {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// Writes `bytes` beside `path` (private, synced); see [`crate::fs`].
fn write_temp(path: &Path, bytes: &[u8]) -> Result<std::path::PathBuf, ShareError> {
    crate::fs::write_temp_beside(path, bytes).map_err(|e| write_err(path, e))
}

fn rename_into_place(tmp: &Path, path: &Path) -> Result<(), ShareError> {
    crate::fs::rename_into_place(tmp, path).map_err(|e| write_err(path, e))
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ShareExported")]
pub struct Exported {
    pub path: String,
    pub signature_path: Option<String>,
    pub format: Format,
    #[ts(type = "number")]
    pub bytes: u64,
    pub key_id: String,
    /// The signing key as `ssh-keygen -l` prints it (`SHA256:…`): what support pins.
    pub fingerprint: String,
    /// The one command line that checks the file with OpenSSH.
    pub check_command: String,
    pub chain_head: String,
    pub masks_applied: u32,
    pub warnings: Vec<String>,
    /// About the file itself (e.g. a plain PDF instead of PDF/A-3u).
    pub notes: Vec<String>,
}

/// Renders, signs and writes an export, with its OpenSSH signature `FILE.sig` (and, with a
/// time-stamping authority, `FILE.tsr`) beside it.
pub fn export_to_file(
    export: &RedactedCase,
    format: Format,
    key: &ShareKey,
    path: &Path,
) -> Result<Exported, ShareError> {
    export_cases_to_file(std::slice::from_ref(export), format, key, path)
}

/// Renders, signs and writes one file holding every case of `exports` (see
/// [`render_several`]); for one case the same as [`export_to_file`].
pub fn export_cases_to_file(
    exports: &[RedactedCase],
    format: Format,
    key: &ShareKey,
    path: &Path,
) -> Result<Exported, ShareError> {
    let r = render_several(exports, format, key)?;
    let sig = sig_path(path);
    // Two files cannot be replaced at once. So that an interrupted export never leaves a file
    // next to a signature that does not match it (verify would say "tampered"): the new file is
    // written aside first; then the old file goes, the new signature goes in, and the new file
    // is renamed in last. At every moment FILE is absent or matches FILE.sig.
    // Every file gets an OpenSSH signature next to it (`FILE.sig`), which support checks with
    // `ssh-keygen -Y verify`; Markdown, HTML and JSON also keep their signature inside.
    let ssh = key.ssh_sign(&r.bytes)?;
    // With a time-stamping authority chosen: proof of when, beside the signature.
    let stamp = match key.tsa_url() {
        Some(url) => Some(timestamp::stamp(url, &r.bytes)?),
        None => None,
    };
    let tmp = write_temp(path, &r.bytes)?;
    let placed = (|| {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(write_err(path, e)),
        }
        write_atomic(&sig, ssh.as_bytes())
    })();
    if let Err(e) = placed {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    rename_into_place(&tmp, path)?;
    let tsr = beside(path, ".tsr");
    match &stamp {
        Some(token) => write_atomic(&tsr, token)?,
        // A stale timestamp from an earlier export would not match the new file.
        None if tsr.exists() => std::fs::remove_file(&tsr).map_err(|e| write_err(&tsr, e))?,
        None => {}
    }
    let signature_path = Some(sig.display().to_string());
    Ok(Exported {
        path: path.display().to_string(),
        signature_path,
        format,
        bytes: r.bytes.len() as u64,
        key_id: key.key_id(),
        fingerprint: key.fingerprint(),
        check_command: key.check_command(
            &path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        chain_head: several_ids(exports).1,
        masks_applied: exports.iter().map(|x| x.redaction.masks_applied).sum(),
        // The customer's language: the file's own are the reader's.
        warnings: match exports {
            [one] => one.warnings_here(),
            _ => exports
                .iter()
                .flat_map(|x| {
                    x.warnings_here().into_iter().map(move |w| {
                        crate::t!("share-case-warning", n = x.case.number, warning = w)
                    })
                })
                .collect(),
        },
        notes: r.notes,
    })
}

/// Where the desktop app saves exports when the customer gives no path: Downloads, else home.
pub fn default_export_dir() -> Option<std::path::PathBuf> {
    dirs::download_dir().or_else(dirs::home_dir)
}
