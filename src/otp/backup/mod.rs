//! Automatic encrypted backups of the authenticator, "a newer backup was found", and the
//! reminder when changes are not in any backup.
//!
//! **What is written.** An Aegis vault encrypted with the customer's backup password
//! ([`crate::otp::export::export_aegis_encrypted`]: scrypt N = 2^15, AES-256-GCM, Aegis's own
//! format), so Aegis itself, Steward on another computer, or anything following Aegis's
//! `docs/vault.md` reads it. Written atomically ([`crate::fs::write_atomic`], 0600) into the folder
//! the customer chose, named `steward-backup-YYYYMMDD-HHMMSS.json`.
//!
//! **Retention.** After each backup, Steward's own older backups in that folder beyond the
//! number to keep are removed. "Steward's own" means: named like a Steward backup AND with a
//! content fingerprint (SHA-256) this profile recorded when it wrote the file. Nothing else is
//! ever deleted — not Aegis's backups, not another computer's Steward backups, not a file
//! someone renamed to look like ours.
//!
//! **One owner for "after a change, back up".** Migration 010's triggers count every change to
//! the authenticator's tables (accounts, counters, names, stars, tags) whoever makes it. The
//! store's changing functions end with [`OtpStore::after_change`], which writes a backup when
//! backups are on and the count moved since the last one — so the CLI, the window and an
//! enrolment all back up the same way. A failed automatic backup never fails the change: it is
//! recorded and shown by [`OtpBackups::status`] (and makes the reminder due).
//!
//! **The password** is kept in the OS keyring (entry `otp-backup/<profile>/password`) for keyring
//! profiles, and sealed with the profile's seal key inside the encrypted database for profiles
//! without a keyring (as their OTP secrets are). It is never returned to a front end.
//!
//! **A newer backup was found.** [`OtpBackups::check`] looks in the folder for Aegis vaults newer
//! (modification time) than the newest this device wrote or imported, whose fingerprint is not
//! one it wrote, imported or set aside — a backup synced from a phone running Aegis, or from
//! Steward on another computer. Damaged or cut-short vaults are listed with the reason, never
//! offered. [`OtpBackups::import_found`] imports one through the ordinary import path
//! ([`OtpStore::import_bytes`]: duplicates are reported, not added) and returns the same
//! [`OtpAddReport`] as any import, with its per-entry report and sample codes.

mod error;
pub mod folder;
mod settings;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

pub use error::BackupError;

use self::folder::{FolderFile, VaultShape};
use self::settings::Origin;
use crate::error::{ErrorInfo, UserFacing};
use crate::otp::export::{export_aegis_encrypted, export_aegis_with_key, AegisKey};
use crate::otp::import::Format;
use crate::otp::store::{OtpAddReport, OtpStore, SecretStore};
use crate::otp::{OtpAccount, OtpError};

/// The automatic backups' vault key ([`AegisKey`]: a master key and its password slot), derived
/// from the backup password once and reused for every backup while the profile is open, as
/// Aegis does for its own vault: scrypt (N = 2^15) ran on every change to the accounts before.
/// A new password derives a new key. Held by the open [`crate::profile::Profile`], so it is
/// dropped — master key and password wiped — when the profile is closed or the window locks.
#[derive(Default)]
pub struct BackupKeyCache(Mutex<Option<(Zeroizing<String>, AegisKey)>>);

/// How many backups may be kept, at least and at most.
pub const MIN_KEEP: u32 = 1;
pub const MAX_KEEP: u32 = 1000;
/// The reminder waits at most this many days.
pub const MAX_REMIND_DAYS: u32 = 365;

/// The backups' settings and state, as the UI and `--json` see them (never the password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpBackupStatus {
    /// Back up automatically after every change.
    pub enabled: bool,
    pub folder: Option<String>,
    /// How many of Steward's backups to keep in the folder.
    pub keep: u32,
    /// Remind after this many days with changes in no backup.
    pub remind_days: u32,
    pub password_set: bool,
    /// Where the password is kept: the OS keyring, or sealed in the encrypted database.
    pub password_home: Option<SecretStore>,
    pub last_backup_at: Option<DateTime<Utc>>,
    pub last_backup_file: Option<String>,
    /// Changes since the last backup (0: everything is in it).
    #[ts(type = "number")]
    pub pending_changes: i64,
    /// The first change that is in no backup.
    pub changed_since: Option<DateTime<Utc>>,
    /// Changes have waited `remind_days` without a backup, or the automatic backup is failing.
    pub reminder_due: bool,
    /// Why the last automatic backup failed.
    pub last_error: Option<ErrorInfo>,
}

/// What the customer sets (the folder is set on its own: it comes from a native dialog).
#[derive(Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct OtpBackupOptions {
    pub enabled: bool,
    pub keep: u32,
    pub remind_days: Option<u32>,
    /// A new backup password; `None` keeps the one set before. Zeroed when dropped.
    #[ts(type = "string | null")]
    pub password: Option<Zeroizing<String>>,
}

impl std::fmt::Debug for OtpBackupOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OtpBackupOptions")
            .field("enabled", &self.enabled)
            .field("keep", &self.keep)
            .field("remind_days", &self.remind_days)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// A backup just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpBackupWritten {
    pub file_name: String,
    pub path: String,
    pub accounts: u32,
    /// Steward's older backups removed by retention.
    pub pruned: Vec<String>,
}

/// A vault in the backup folder newer than anything this device wrote or imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpFoundBackup {
    pub file_name: String,
    /// Names it for [`OtpBackups::import_found`] (SHA-256 of its bytes).
    pub fingerprint: String,
    pub modified_at: DateTime<Utc>,
    pub encrypted: bool,
    /// Named like Steward's backups (another computer's Steward), else another app's (Aegis).
    pub from_steward: bool,
}

/// A file in the backup folder that looked like a vault but cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpBackupSkipped {
    pub file_name: String,
    pub reason: String,
}

/// What [`OtpBackups::check`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpBackupCheck {
    pub found: Option<OtpFoundBackup>,
    pub skipped: Vec<OtpBackupSkipped>,
}

/// The backups of one profile's authenticator (`profile.otp().backups()`).
pub struct OtpBackups<'s, 'c> {
    store: &'s OtpStore<'c>,
}

impl<'c> OtpStore<'c> {
    pub fn backups(&self) -> OtpBackups<'_, 'c> {
        OtpBackups { store: self }
    }

    /// After a change to the accounts: writes a backup when backups are on and something changed
    /// since the last one. Never fails the change; a failure is recorded for the status. Inside
    /// a caller's transaction nothing is written (the change may still be undone): the next
    /// change or "back up now" catches up, and until then the status counts it as pending.
    pub(crate) fn after_change(&self) {
        if !self.conn.is_autocommit() {
            return;
        }
        let Ok(row) = settings::read(self.conn) else {
            return;
        };
        if !row.enabled || row.changes <= row.backed_up_changes {
            return;
        }
        let now = Utc::now();
        if let Err(e) = self.backups().write_now(now) {
            let args = serde_json::to_string(&e.args()).unwrap_or_default();
            let _ = settings::record_error(self.conn, e.code(), &args, now);
        }
    }

    /// An Aegis vault imported by hand (Import, or `otp import`) is remembered by its
    /// fingerprint, so the same file found in the backup folder later is not offered as "a newer
    /// backup". Where the file came from is not known here, so no name and no modification time
    /// (it does not move the "newer than" baseline). Failing to remember it fails nothing: the
    /// worst case is the offer the customer can set aside.
    pub(crate) fn remember_imported(&self, vault: &[u8]) {
        let _ = settings::record_file(
            self.conn,
            &folder::fingerprint(vault),
            "",
            Origin::Imported,
            None,
            Utc::now(),
        );
    }
}

fn unusable(folder: &Path, detail: impl std::fmt::Display) -> BackupError {
    BackupError::FolderUnusable {
        folder: folder.display().to_string(),
        detail: detail.to_string(),
    }
}

impl OtpBackups<'_, '_> {
    fn conn(&self) -> &rusqlite::Connection {
        self.store.conn
    }

    fn password(&self, row: &settings::Row) -> Result<Option<Zeroizing<String>>, BackupError> {
        if row.password_home.is_none() {
            return Ok(None);
        }
        Ok(self
            .store
            .secrets
            .backup_password(row.sealed_password.as_deref())?)
    }

    /// The settings and where backups stand at `now`.
    pub fn status(&self, now: DateTime<Utc>) -> Result<OtpBackupStatus, BackupError> {
        let row = settings::read(self.conn())?;
        let pending = (row.changes - row.backed_up_changes).max(0);
        let last_error = row.last_error_code.as_deref().map(|code| {
            let args = row
                .last_error_args
                .as_deref()
                .and_then(|a| serde_json::from_str(a).ok())
                .unwrap_or_default();
            ErrorInfo::from_catalogue(code, crate::error::ErrorKind::System, args)
        });
        let waited = row
            .changed_since
            .is_some_and(|t| now - t >= chrono::Duration::days(i64::from(row.remind_days)));
        let failing = row.enabled && last_error.is_some();
        Ok(OtpBackupStatus {
            enabled: row.enabled,
            folder: row.folder.clone(),
            keep: row.keep,
            remind_days: row.remind_days,
            password_set: row.password_home.is_some(),
            password_home: row.password_home.as_deref().and_then(SecretStore::parse),
            last_backup_at: row.last_backup_at,
            last_backup_file: row.last_backup_file.clone(),
            pending_changes: pending,
            changed_since: row.changed_since,
            reminder_due: pending > 0 && (waited || failing),
            last_error,
        })
    }

    /// Sets the folder backups go to: an existing folder Steward can write in.
    pub fn set_folder(&self, folder: &Path) -> Result<OtpBackupStatus, BackupError> {
        let folder = std::fs::canonicalize(folder).map_err(|e| unusable(folder, e))?;
        if !folder.is_dir() {
            return Err(unusable(&folder, crate::t!("otp-backup-folder-not-folder")));
        }
        // Can we write there? A hidden probe, written and removed as a backup would be.
        let probe = crate::fs::write_temp_beside(&folder.join("steward-write-check"), b"")
            .map_err(|e| unusable(&folder, e))?;
        let _ = std::fs::remove_file(probe);
        let text = folder
            .to_str()
            .ok_or_else(|| unusable(&folder, crate::t!("otp-backup-folder-name")))?;
        let now = Utc::now();
        settings::set_folder(self.conn(), text, now)?;
        self.status(now)
    }

    /// Turns backups on or off, sets how many to keep, the reminder and (optionally) a new
    /// password. Turning on needs a folder and a password; it backs up right away when there
    /// are changes in no backup (a failure is in the returned status).
    pub fn configure(&self, options: &OtpBackupOptions) -> Result<OtpBackupStatus, BackupError> {
        if !(MIN_KEEP..=MAX_KEEP).contains(&options.keep) {
            return Err(BackupError::KeepOutOfRange {
                min: MIN_KEEP,
                max: MAX_KEEP,
            });
        }
        let row = settings::read(self.conn())?;
        let remind_days = options
            .remind_days
            .unwrap_or(row.remind_days)
            .min(MAX_REMIND_DAYS);
        let now = Utc::now();
        if let Some(password) = &options.password {
            if password.is_empty() {
                return Err(BackupError::PasswordEmpty);
            }
            let sealed = self.store.secrets.put_backup_password(password)?;
            let home = self.store.secret_home();
            let home_name = match home {
                SecretStore::Keyring => "keyring",
                SecretStore::Database => "database",
            };
            settings::set_password(self.conn(), home_name, sealed.as_deref(), now)?;
        }
        let row = settings::read(self.conn())?;
        if options.enabled && (row.folder.is_none() || row.password_home.is_none()) {
            return Err(BackupError::NotConfigured);
        }
        settings::set_options(self.conn(), options.enabled, options.keep, remind_days, now)?;
        self.store.after_change();
        self.status(Utc::now())
    }

    /// Writes a backup now (whether or not anything changed), then applies retention.
    pub fn write_now(&self, now: DateTime<Utc>) -> Result<OtpBackupWritten, BackupError> {
        let row = settings::read(self.conn())?;
        let (Some(folder), Some(password)) = (row.folder.clone(), self.password(&row)?) else {
            return Err(BackupError::NotConfigured);
        };
        let folder = PathBuf::from(folder);
        if !folder.is_dir() {
            return Err(unusable(&folder, crate::t!("otp-backup-folder-gone")));
        }
        let changes = row.changes;
        let accounts = self.store.accounts_with_secrets()?;
        if accounts.is_empty() {
            // Nothing to lose: the older backups stay as they are.
            settings::mark_backed_up(self.conn(), changes, None, now)?;
            return Err(OtpError::NothingToExport.into());
        }
        let vault = Zeroizing::new(self.vault(&accounts, &password)?);
        let path = folder::free_backup_path(&folder, now);
        crate::fs::write_atomic(&path, vault.as_bytes()).map_err(|e| unusable(&folder, e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mtime = std::fs::metadata(&path).ok().map(|m| folder::mtime_ms(&m));
        settings::record_file(
            self.conn(),
            &folder::fingerprint(vault.as_bytes()),
            &name,
            Origin::Written,
            mtime,
            now,
        )?;
        settings::mark_backed_up(self.conn(), changes, Some(&name), now)?;
        let pruned = self.prune(&folder, row.keep);
        Ok(OtpBackupWritten {
            file_name: name,
            path: path.display().to_string(),
            accounts: accounts.len() as u32,
            pruned,
        })
    }

    /// The vault of `accounts` under the backup password: with the profile's kept key when it
    /// was derived from this password, else a new key (kept for the next backup).
    fn vault(
        &self,
        accounts: &[OtpAccount],
        password: &Zeroizing<String>,
    ) -> Result<String, OtpError> {
        let Some(cache) = self.store.backup_key else {
            return export_aegis_encrypted(accounts, password);
        };
        let mut kept = cache.0.lock().unwrap_or_else(|e| e.into_inner());
        let key = match &*kept {
            Some((p, key)) if p.as_str() == password.as_str() => key,
            _ => {
                let key = AegisKey::derive(password)?;
                &kept.insert((password.clone(), key)).1
            }
        };
        export_aegis_with_key(accounts, key)
    }

    /// Removes Steward's own backups beyond `keep` (see the module's documentation); returns
    /// the names removed. A file that cannot be read or removed stays.
    fn prune(&self, folder: &Path, keep: u32) -> Vec<String> {
        let Ok(files) = folder::list_json(folder) else {
            return vec![];
        };
        let Ok(recorded) = settings::files(self.conn()) else {
            return vec![];
        };
        let written: HashSet<String> = recorded
            .into_iter()
            .filter(|(_, o)| *o == Origin::Written)
            .map(|(fp, _)| fp)
            .collect();
        let with_fp: Vec<(FolderFile, String)> = files
            .into_iter()
            .filter(|f| folder::is_backup_name(&f.name))
            .filter_map(|f| {
                let bytes = folder::read_small(&f).ok()?;
                let fp = folder::fingerprint(&bytes);
                Some((f, fp))
            })
            .collect();
        let mut removed = Vec::new();
        for file in folder::to_prune(&with_fp, &written, keep as usize) {
            if std::fs::remove_file(&file.path).is_ok() {
                if let Some((_, fp)) = with_fp.iter().find(|(f, _)| f.path == file.path) {
                    let _ = settings::forget_file(self.conn(), fp);
                }
                removed.push(file.name.clone());
            }
        }
        removed
    }

    /// Looks in the backup folder for a vault newer than what this device wrote or imported.
    pub fn check(&self) -> Result<OtpBackupCheck, BackupError> {
        let row = settings::read(self.conn())?;
        let mut out = OtpBackupCheck {
            found: None,
            skipped: vec![],
        };
        let Some(folder) = row.folder.as_deref().map(PathBuf::from) else {
            return Ok(out);
        };
        let mut files = folder::list_json(&folder).map_err(|e| unusable(&folder, e))?;
        let known = settings::files(self.conn())?;
        let baseline = settings::baseline_mtime(self.conn())?;
        files.sort_by(|a, b| b.mtime_ms.cmp(&a.mtime_ms).then(b.name.cmp(&a.name)));
        for file in files {
            if baseline.is_some_and(|b| file.mtime_ms <= b) {
                continue;
            }
            let bytes = match folder::read_small(&file) {
                Ok(b) => b,
                Err(reason) => {
                    out.skipped.push(OtpBackupSkipped {
                        file_name: file.name,
                        reason,
                    });
                    continue;
                }
            };
            let fp = folder::fingerprint(&bytes);
            if known.contains_key(&fp) {
                continue;
            }
            match folder::vault_shape(&bytes) {
                VaultShape::Other => {}
                VaultShape::Damaged(reason) => out.skipped.push(OtpBackupSkipped {
                    file_name: file.name,
                    reason: crate::i18n::tr(reason, &crate::i18n::Args::new()),
                }),
                VaultShape::Aegis { encrypted } => {
                    if out.found.is_none() {
                        out.found = Some(OtpFoundBackup {
                            from_steward: folder::is_backup_name(&file.name),
                            file_name: file.name,
                            fingerprint: fp,
                            modified_at: DateTime::from_timestamp_millis(file.mtime_ms)
                                .unwrap_or_default(),
                            encrypted,
                        });
                    }
                }
            }
        }
        Ok(out)
    }

    /// The folder's file with this fingerprint, and its bytes.
    fn find(&self, fingerprint: &str) -> Result<(FolderFile, Vec<u8>), BackupError> {
        let row = settings::read(self.conn())?;
        let gone = || BackupError::FoundGone {
            file: fingerprint.chars().take(12).collect(),
        };
        let folder = row.folder.map(PathBuf::from).ok_or_else(gone)?;
        let files = folder::list_json(&folder).map_err(|e| unusable(&folder, e))?;
        for file in files {
            let Ok(bytes) = folder::read_small(&file) else {
                continue;
            };
            if folder::fingerprint(&bytes) == fingerprint {
                return Ok((file, bytes));
            }
        }
        Err(gone())
    }

    /// Imports a backup [`OtpBackups::check`] found, through the ordinary import (accounts
    /// already here are reported, not added). `password`: the vault's, else the backup password
    /// set here is tried (a backup from this customer's other computer usually has it). A wrong
    /// one is [`OtpError::WrongPassword`] and nothing is imported.
    pub fn import_found(
        &self,
        fingerprint: &str,
        password: Option<&str>,
    ) -> Result<OtpAddReport, BackupError> {
        let (file, bytes) = self.find(fingerprint)?;
        let stored = match password {
            Some(_) => None,
            None => {
                let row = settings::read(self.conn())?;
                self.password(&row)?
            }
        };
        let password = password.or(stored.as_deref().map(|s| s.as_str()));
        let report = self
            .store
            .import_bytes(&bytes, Some(Format::Aegis), password)?;
        settings::record_file(
            self.conn(),
            fingerprint,
            &file.name,
            Origin::Imported,
            Some(file.mtime_ms),
            Utc::now(),
        )?;
        Ok(report)
    }

    /// "Not this one": the found backup is not offered again.
    pub fn dismiss_found(&self, fingerprint: &str) -> Result<(), BackupError> {
        let (file, _) = self.find(fingerprint)?;
        settings::record_file(
            self.conn(),
            fingerprint,
            &file.name,
            Origin::Dismissed,
            None,
            Utc::now(),
        )?;
        Ok(())
    }
}
