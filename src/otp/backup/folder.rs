//! The backup folder: naming Steward's backups, reading what is in the folder (name, time,
//! content fingerprint, whether it looks like an Aegis vault), and choosing which of Steward's
//! own backups retention removes. Pure over the listing where it can be, so the rules are tested
//! on any set of files (tests/otp_backup.rs has a proptest over them).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use chrono::{DateTime, Local, Utc};
use sha2::{Digest, Sha256};

use crate::otp::import::MAX_FILE_BYTES;

/// Every backup Steward writes is named `steward-backup-YYYYMMDD-HHMMSS[-n].json` (local time).
pub const BACKUP_PREFIX: &str = "steward-backup-";
pub const BACKUP_EXTENSION: &str = "json";

/// The name of a backup written at `now` (local time, as Aegis names its own backups).
pub fn backup_file_name(now: DateTime<Utc>) -> String {
    let stamp = now.with_timezone(&Local).format("%Y%m%d-%H%M%S");
    format!("{BACKUP_PREFIX}{stamp}.{BACKUP_EXTENSION}")
}

/// A free path for a backup written at `now` in `dir`: the dated name, or `…-2.json`, `…-3.json`
/// when several are written within one second.
pub fn free_backup_path(dir: &Path, now: DateTime<Utc>) -> PathBuf {
    let first = dir.join(backup_file_name(now));
    if !first.exists() {
        return first;
    }
    let stem = backup_file_name(now)
        .trim_end_matches(&format!(".{BACKUP_EXTENSION}"))
        .to_string();
    (2..10_000)
        .map(|n| dir.join(format!("{stem}-{n}.{BACKUP_EXTENSION}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Whether `name` is shaped like a backup Steward writes. The name alone never makes a file
/// Steward's to delete: its content fingerprint must also be one this profile wrote.
pub fn is_backup_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(BACKUP_PREFIX) else {
        return false;
    };
    let Some(stem) = rest.strip_suffix(&format!(".{BACKUP_EXTENSION}")) else {
        return false;
    };
    // 20261206-214500 or 20261206-214500-2
    let mut parts = stem.split('-');
    let date = parts.next().unwrap_or("");
    let time = parts.next().unwrap_or("");
    let extra = parts.next();
    date.len() == 8
        && time.len() == 6
        && date.chars().chain(time.chars()).all(|c| c.is_ascii_digit())
        && extra.is_none_or(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        && parts.next().is_none()
}

/// SHA-256 of a file's bytes, hex: how a backup is recognised whatever it is called.
pub fn fingerprint(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// One file in the backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderFile {
    pub name: String,
    pub path: PathBuf,
    /// Modification time, milliseconds since 1970.
    pub mtime_ms: i64,
    pub size: u64,
}

/// The visible `.json` files directly in `dir` (no sub-folders, no hidden or temporary files).
pub fn list_json(dir: &Path) -> std::io::Result<Vec<FolderFile>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let is_json = Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(BACKUP_EXTENSION));
        if !is_json {
            continue;
        }
        let path = entry.path();
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        out.push(FolderFile {
            name,
            path,
            mtime_ms: mtime_ms(&meta),
            size: meta.len(),
        });
    }
    Ok(out)
}

pub fn mtime_ms(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Reads a file of the folder, refusing anything larger than an import may be.
pub fn read_small(file: &FolderFile) -> Result<Vec<u8>, String> {
    if file.size > MAX_FILE_BYTES as u64 {
        return Err(crate::t!(
            "otp-backup-file-too-large",
            mib = MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    std::fs::read(&file.path).map_err(|e| e.to_string())
}

/// What a JSON file in the folder is, read without any password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VaultShape {
    /// An Aegis vault; `encrypted` when its contents need the password.
    Aegis { encrypted: bool },
    /// Complete JSON, but not an Aegis vault (another app's file): ignored.
    Other,
    /// Not complete JSON, or an Aegis vault missing its parts: why, for the customer (a
    /// catalogue id, `otp-backup-damaged-…`).
    Damaged(&'static str),
}

pub fn vault_shape(bytes: &[u8]) -> VaultShape {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        // A vault cut short or damaged still starts like one; any other broken file is not ours
        // to speak about.
        Err(e) if crate::otp::import::contains_all(bytes, &["\"header\""]) => {
            return VaultShape::Damaged(if e.is_eof() {
                "otp-backup-damaged-cut"
            } else {
                "otp-backup-damaged-json"
            })
        }
        Err(_) => return VaultShape::Other,
    };
    let (Some(header), Some(db)) = (value.get("header"), value.get("db")) else {
        return VaultShape::Other;
    };
    match db {
        serde_json::Value::String(_) => {
            if header.get("slots").and_then(|s| s.as_array()).is_none() {
                return VaultShape::Damaged("otp-backup-damaged-no-slots");
            }
            VaultShape::Aegis { encrypted: true }
        }
        serde_json::Value::Object(_) => VaultShape::Aegis { encrypted: false },
        _ => VaultShape::Damaged("otp-backup-damaged-no-contents"),
    }
}

/// Which of Steward's own backups retention removes: among the files named like Steward's
/// backups whose fingerprint this profile wrote (`written`), all but the `keep` newest (by
/// modification time, then name). Any other file is never in the result, whatever its name.
pub fn to_prune<'a>(
    files: &'a [(FolderFile, String)],
    written: &HashSet<String>,
    keep: usize,
) -> Vec<&'a FolderFile> {
    let mut ours: Vec<&(FolderFile, String)> = files
        .iter()
        .filter(|(f, fp)| is_backup_name(&f.name) && written.contains(fp))
        .collect();
    ours.sort_by(|(a, _), (b, _)| b.mtime_ms.cmp(&a.mtime_ms).then(b.name.cmp(&a.name)));
    ours.into_iter().skip(keep.max(1)).map(|(f, _)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_round_trip_and_others_are_not_ours() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 21, 45, 0).unwrap();
        assert!(is_backup_name(&backup_file_name(now)));
        assert!(is_backup_name("steward-backup-20261206-214500-2.json"));
        for other in [
            "aegis-backup-20261206-214500.json",
            "steward-backup-20261206-214500.json.bak",
            "steward-backup-2026126-214500.json",
            "steward-backup-20261206-214500-.json",
            "steward-backup-20261206-214500-x.json",
            "steward-backup-20261206-214500-2-3.json",
            "steward-backup-.json",
            "notes.json",
        ] {
            assert!(!is_backup_name(other), "{other}");
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(
            vault_shape(br#"{"version":1,"header":{"slots":[],"params":{}},"db":"abc"}"#),
            VaultShape::Aegis { encrypted: true }
        );
        assert_eq!(
            vault_shape(br#"{"version":1,"header":{"slots":null},"db":{"entries":[]}}"#),
            VaultShape::Aegis { encrypted: false }
        );
        assert!(matches!(
            vault_shape(br#"{"version":1,"header":{"slots":[],"par"#),
            VaultShape::Damaged(_)
        ));
        assert_eq!(vault_shape(br#"{"some":"settings"}"#), VaultShape::Other);
        assert_eq!(vault_shape(b"not json at all"), VaultShape::Other);
    }
}
