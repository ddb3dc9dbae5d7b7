//! The authenticator's automatic backups (`steward::otp::backup`): the settings panel, "back up
//! now", the reminder and "a newer backup was found". One core call each; the folder comes from
//! a native folder dialog opened here, never from the page.

use chrono::Utc;
use steward::error::{ErrorInfo, UserFacing};
use steward::otp::backup::{OtpBackupCheck, OtpBackupOptions, OtpBackupStatus, OtpBackupWritten};
use steward::otp::store::OtpAddReport;
use tauri::{AppHandle, Runtime, State};
use zeroize::Zeroizing;

use super::with_profile;
use crate::dialogs::{self, FileRequest};
use crate::AppState;

/// The backups' settings and where they stand (never the password).
#[tauri::command(async)]
pub fn otp_backup_status(state: State<'_, AppState>) -> Result<OtpBackupStatus, ErrorInfo> {
    with_profile(&state, |p| {
        p.otp().backups().status(Utc::now()).map_err(|e| e.info())
    })
}

/// Chooses the backup folder in the system's folder dialog. `None`: the person cancelled.
#[tauri::command(async)]
pub fn otp_backup_choose_folder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<OtpBackupStatus>, ErrorInfo> {
    let current = with_profile(&state, |p| {
        p.otp().backups().status(Utc::now()).map_err(|e| e.info())
    })?
    .folder
    .map(std::path::PathBuf::from)
    .or_else(|| Some(steward::otp::store::default_export_dir()));
    let title = steward::t!("desktop-dialog-backup-folder");
    let Some(folder) = dialogs::choose(&app, &state.dialogs, FileRequest::folder(title, current))
    else {
        return Ok(None);
    };
    with_profile(&state, |p| {
        p.otp()
            .backups()
            .set_folder(&folder)
            .map(Some)
            .map_err(|e| e.info())
    })
}

/// On/off, how many to keep, the reminder, and a new password (`None` keeps the one set).
#[tauri::command(async)]
pub fn otp_backup_configure(
    state: State<'_, AppState>,
    options: OtpBackupOptions,
) -> Result<OtpBackupStatus, ErrorInfo> {
    with_profile(&state, |p| {
        p.otp().backups().configure(&options).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn otp_backup_now(state: State<'_, AppState>) -> Result<OtpBackupWritten, ErrorInfo> {
    with_profile(&state, |p| {
        p.otp()
            .backups()
            .write_now(Utc::now())
            .map_err(|e| e.info())
    })
}

/// A newer backup in the folder (Aegis's, or Steward's from another device), if any.
#[tauri::command(async)]
pub fn otp_backup_check(state: State<'_, AppState>) -> Result<OtpBackupCheck, ErrorInfo> {
    with_profile(&state, |p| p.otp().backups().check().map_err(|e| e.info()))
}

/// Imports the found backup named by its fingerprint; `password`: the vault's, else the backup
/// password set here is tried.
#[tauri::command(async)]
pub fn otp_backup_import_found(
    state: State<'_, AppState>,
    fingerprint: String,
    password: Option<String>,
) -> Result<OtpAddReport, ErrorInfo> {
    let password = password.map(Zeroizing::new);
    with_profile(&state, |p| {
        p.otp()
            .backups()
            .import_found(&fingerprint, password.as_deref().map(|s| s.as_str()))
            .map_err(|e| e.info())
    })
}

/// "Not this one": the found backup is not offered again.
#[tauri::command(async)]
pub fn otp_backup_dismiss_found(
    state: State<'_, AppState>,
    fingerprint: String,
) -> Result<(), ErrorInfo> {
    with_profile(&state, |p| {
        p.otp()
            .backups()
            .dismiss_found(&fingerprint)
            .map_err(|e| e.info())
    })
}
