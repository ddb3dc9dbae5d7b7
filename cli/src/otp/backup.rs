//! `steward otp backup …`: automatic encrypted backups of the authenticator into a folder, and
//! "a newer backup was found". One core call per command (`profile.otp().backups()`); the
//! password comes from a file (`-` for standard input) or a hidden prompt, never an argument.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::Subcommand;
use steward::error::{ErrorInfo, UserFacing};
use steward::otp::backup::{OtpBackupCheck, OtpBackupOptions, OtpBackupStatus, OtpBackupWritten};
use steward::otp::store::{OtpStore, SecretStore};
use steward::t;
use zeroize::Zeroizing;

use super::render::render_add;
use crate::error::CliError;
use crate::input;
use crate::output::{local, print};

#[derive(Subcommand)]
pub enum BackupSetup {
    /// Choose the folder, how many backups to keep and the password; turns backups on (`--off`
    /// turns them off, keeping the settings).
    Set {
        /// The folder backups go to (a synced folder keeps a copy off this computer).
        #[arg(long)]
        folder: Option<PathBuf>,
        /// How many of Steward's backups to keep there (older ones are removed; nothing else is).
        #[arg(long)]
        keep: Option<u32>,
        /// Remind when changes have been in no backup for this many days (default 7).
        #[arg(long)]
        remind_days: Option<u32>,
        /// A file holding the backup password (`-` reads standard input). Else it is asked
        /// for, unless one is already set.
        #[arg(long)]
        password_file: Option<PathBuf>,
        /// Turn automatic backups off.
        #[arg(long)]
        off: bool,
    },
    /// Write a backup now.
    Now,
    /// Where backups go, the last one, and changes that are in no backup yet.
    Status,
    /// Look in the backup folder for a newer backup (from Aegis or Steward on another device).
    Check {
        /// Import the newer backup found (accounts already here are not added twice).
        #[arg(long, conflicts_with = "dismiss")]
        import: bool,
        /// Do not offer the newer backup found again.
        #[arg(long)]
        dismiss: bool,
        /// A file holding the found backup's password (`-` reads standard input); else the
        /// backup password set here is tried, then asked for.
        #[arg(long, requires = "import")]
        password_file: Option<PathBuf>,
    },
}

fn err(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

fn password_from(path: &Path) -> Result<Zeroizing<String>, CliError> {
    let path = if path == Path::new("-") {
        Path::new("/dev/stdin")
    } else {
        path
    };
    super::read_password_file(path)
}

pub fn run(json: bool, store: &OtpStore<'_>, command: BackupSetup) -> Result<(), ErrorInfo> {
    let backups = store.backups();
    match command {
        BackupSetup::Set {
            folder,
            keep,
            remind_days,
            password_file,
            off,
        } => {
            if let Some(folder) = &folder {
                backups.set_folder(folder).map_err(err)?;
            }
            let before = backups.status(Utc::now()).map_err(err)?;
            let password = match password_file {
                Some(p) => Some(password_from(&p)?),
                None if before.password_set || off => None,
                None if std::io::stdin().is_terminal() => Some(input::ask_hidden_twice(
                    &format!("{} ", t!("cli-otp-backup-ask-password")),
                    &format!("{} ", t!("cli-otp-repeat-password")),
                    |e| CliError::Prompt {
                        detail: e.to_string(),
                    },
                    CliError::PasswordsDiffer,
                )?),
                None => None,
            };
            let status = backups
                .configure(&OtpBackupOptions {
                    enabled: !off,
                    keep: keep.unwrap_or(before.keep),
                    remind_days,
                    password,
                })
                .map_err(err)?;
            print(json, &status, || render_status(&status))
        }
        BackupSetup::Now => {
            let written = backups.write_now(Utc::now()).map_err(err)?;
            print(json, &written, || render_written(&written))
        }
        BackupSetup::Status => {
            let status = backups.status(Utc::now()).map_err(err)?;
            print(json, &status, || render_status(&status))
        }
        BackupSetup::Check {
            import,
            dismiss,
            password_file,
        } => {
            let check = backups.check().map_err(err)?;
            let Some(found) = check.found.as_ref().filter(|_| import || dismiss) else {
                return print(json, &check, || render_check(&check));
            };
            if dismiss {
                backups.dismiss_found(&found.fingerprint).map_err(err)?;
                return print(json, &check, || {
                    t!("cli-otp-backup-dismissed", file = &found.file_name)
                });
            }
            let password = match password_file {
                Some(p) => Some(password_from(&p)?),
                None => None,
            };
            let tried =
                backups.import_found(&found.fingerprint, password.as_deref().map(|p| p.as_str()));
            let report = match tried {
                Err(e)
                    if password.is_none()
                        && std::io::stdin().is_terminal()
                        && matches!(e.code(), "wrong_password" | "password_required") =>
                {
                    let pass = input::ask_hidden(&format!(
                        "{} ",
                        t!("cli-otp-backup-ask-found-password", file = &found.file_name)
                    ))
                    .map_err(|e| CliError::Prompt {
                        detail: e.to_string(),
                    })?;
                    backups
                        .import_found(&found.fingerprint, Some(&pass))
                        .map_err(err)?
                }
                other => other.map_err(err)?,
            };
            print(json, &report, || render_add(&report))
        }
    }
}

pub fn render_status(s: &OtpBackupStatus) -> String {
    let mut out = vec![if s.enabled {
        t!("cli-otp-backup-on")
    } else {
        t!("cli-otp-backup-off")
    }];
    out.push(match &s.folder {
        Some(f) => t!("cli-otp-backup-folder", folder = f, keep = s.keep),
        None => t!("cli-otp-backup-no-folder"),
    });
    out.push(match s.password_home {
        Some(SecretStore::Keyring) => t!("cli-otp-backup-password-keyring"),
        Some(SecretStore::Database) => t!("cli-otp-backup-password-database"),
        None => t!("cli-otp-backup-password-none"),
    });
    out.push(match (&s.last_backup_at, &s.last_backup_file) {
        (Some(at), Some(file)) => t!("cli-otp-backup-last", date = local(*at), file = file),
        _ => t!("cli-otp-backup-last-never"),
    });
    out.push(match s.changed_since {
        Some(since) if s.pending_changes > 0 => t!(
            "cli-otp-backup-pending",
            n = s.pending_changes,
            date = local(since)
        ),
        _ => t!("cli-otp-backup-all-saved"),
    });
    if let Some(e) = &s.last_error {
        out.push(format!(
            "! {}",
            t!("cli-otp-backup-failed", detail = &e.message)
        ));
    }
    if s.reminder_due {
        out.push(format!(
            "! {}",
            t!("cli-otp-backup-reminder", days = s.remind_days)
        ));
    }
    out.join("\n")
}

pub fn render_written(w: &OtpBackupWritten) -> String {
    let mut out = t!("cli-otp-backup-written", n = w.accounts, path = &w.path);
    if !w.pruned.is_empty() {
        out.push_str(&format!(
            "\n{}",
            t!("cli-otp-backup-pruned", files = w.pruned.join(", "))
        ));
    }
    out
}

pub fn render_check(c: &OtpBackupCheck) -> String {
    let mut out = vec![match &c.found {
        Some(f) => t!(
            "cli-otp-backup-found",
            file = &f.file_name,
            date = local(f.modified_at),
            app = if f.from_steward { "steward" } else { "other" }
        ),
        None => t!("cli-otp-backup-none-found"),
    }];
    for s in &c.skipped {
        out.push(format!(
            "! {}",
            t!(
                "cli-otp-backup-skipped",
                file = &s.file_name,
                reason = &s.reason
            )
        ));
    }
    out.join("\n")
}
