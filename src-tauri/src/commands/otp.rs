//! The authenticator: accounts, codes, adding from links/pictures/screen/clipboard/typed keys,
//! imports, exports, backup codes, the clock check. Each command is a call into
//! `steward::otp`; files come in as raw IPC bodies (bytes), never as paths the page chose.
//!
//! Copying a code is done here, not by the page: the code goes to the clipboard through
//! tauri-plugin-clipboard-manager and is cleared after 30 s if the clipboard still holds it, so
//! the page needs no clipboard permission at all (it could otherwise read the clipboard).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::otp::clock::{self, ClockCheck};
use steward::otp::import::{Format, ImportSummary};
use steward::otp::store::{
    self, BackupCodes, OtpAddReport, OtpCodeEntry, OtpEntry, OtpExportSaved, OtpFileInfo,
    OtpFilter, OtpManualEntry, OtpNextCode, OtpTagCount,
};
use steward::otp::{qr, ExportFormat};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use zeroize::Zeroizing;

use super::{bad_request, with_profile, with_reader};
use crate::AppState;

/// Runs `f` on the account `id` names (its number, name or id) in the unlocked profile's store.
fn with_account<T>(
    state: &State<'_, AppState>,
    id: &str,
    f: impl FnOnce(&store::OtpStore<'_>, steward::cases::Uuid) -> Result<T, store::StoreError>,
) -> Result<T, ErrorInfo> {
    with_profile(state, |p| {
        let store = p.otp();
        let id = store.resolve(id).map_err(|e| e.info())?;
        f(&store, id).map_err(|e| e.info())
    })
}

/// How long a copied code stays on the clipboard.
pub const CLIPBOARD_CLEAR_AFTER: Duration = Duration::from_secs(30);

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[tauri::command(async)]
pub fn otp_list(state: State<'_, AppState>) -> Result<Vec<OtpEntry>, ErrorInfo> {
    with_reader(&state, |p| p.otp().list().map_err(|e| e.info()))
}

/// Codes for every account now (an account whose secret cannot be read carries its error).
#[tauri::command(async)]
pub fn otp_codes(state: State<'_, AppState>) -> Result<Vec<OtpCodeEntry>, ErrorInfo> {
    with_reader(&state, |p| p.otp().codes(now()).map_err(|e| e.info()))
}

#[tauri::command(async)]
pub fn otp_add_uri(state: State<'_, AppState>, link: String) -> Result<OtpAddReport, ErrorInfo> {
    let link = Zeroizing::new(link);
    with_profile(&state, |p| p.otp().add_link(&link).map_err(|e| e.info()))
}

#[tauri::command(async)]
pub fn otp_add_manual(
    state: State<'_, AppState>,
    input: OtpManualEntry,
) -> Result<OtpAddReport, ErrorInfo> {
    with_profile(&state, |p| p.otp().add_manual(&input).map_err(|e| e.info()))
}

/// A picture (PNG/JPEG bytes as the raw body) with QR codes in it.
#[tauri::command(async)]
pub fn otp_add_qr_image(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<OtpAddReport, ErrorInfo> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("picture_not_raw", ErrorKind::Input));
    };
    let report = qr::read_image_bytes(bytes).map_err(|e| e.info())?;
    with_profile(&state, |p| p.otp().add_report(report).map_err(|e| e.info()))
}

/// A QR code shown anywhere on the screen. The window steps aside while the screen is read.
#[tauri::command(async)]
pub fn otp_add_screen<R: Runtime>(
    window: tauri::Window<R>,
    state: State<'_, AppState>,
) -> Result<OtpAddReport, ErrorInfo> {
    let _ = window.minimize();
    std::thread::sleep(Duration::from_millis(400));
    let read = qr::read_screen();
    let _ = window.unminimize();
    let _ = window.set_focus();
    let report = read.map_err(|e| e.info())?;
    with_profile(&state, |p| p.otp().add_report(report).map_err(|e| e.info()))
}

#[tauri::command(async)]
pub fn otp_add_clipboard(state: State<'_, AppState>) -> Result<OtpAddReport, ErrorInfo> {
    let report = qr::read_clipboard().map_err(|e| e.info())?;
    with_profile(&state, |p| p.otp().add_report(report).map_err(|e| e.info()))
}

/// What one link holds (issuer, name, type; never the secret), before the customer says whether
/// to add it: `otpauth://`/`steam://` links, or a Google `otpauth-migration://` transfer link.
/// The same reader as `otp_add_uri` (`steward::otp::link::read`); a link it cannot read is
/// refused with the reason.
#[tauri::command(async)]
pub fn otp_preview_link(link: String) -> Result<ImportSummary, ErrorInfo> {
    let link = Zeroizing::new(link);
    if link.trim().contains(['\n', '\r']) {
        return Err(bad_request("one_link", ErrorKind::Input));
    }
    steward::otp::link::preview(&link).map_err(|e| e.info())
}

/// What a chosen file is (raw body), before importing it.
#[tauri::command(async)]
pub fn otp_inspect_file(request: Request<'_>) -> Result<OtpFileInfo, ErrorInfo> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("file_not_raw", ErrorKind::Input));
    };
    Ok(store::inspect_file(bytes))
}

/// Another app's export (raw body). Headers: `x-format` (optional), `x-password` (optional,
/// percent-encoded).
#[tauri::command(async)]
pub fn otp_import(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<OtpAddReport, ErrorInfo> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("file_not_raw", ErrorKind::Input));
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty())
    };
    let format = match header("x-format") {
        Some(f) => {
            Some(Format::parse(f).ok_or_else(|| bad_request("unknown_format", ErrorKind::Input))?)
        }
        None => None,
    };
    let password = header("x-password").map(|p| {
        Zeroizing::new(
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned(),
        )
    });
    with_profile(&state, |p| {
        p.otp()
            .import_bytes(bytes, format, password.as_deref().map(|s| s.as_str()))
            .map_err(|e| e.info())
    })
}

/// Writes an export of every account to the Downloads folder and says where.
#[tauri::command(async)]
pub fn otp_export(
    state: State<'_, AppState>,
    format: ExportFormat,
    password: Option<String>,
) -> Result<OtpExportSaved, ErrorInfo> {
    let password = password.map(Zeroizing::new);
    let path = store::export_path_in(&state.export_dir, format);
    with_profile(&state, |p| {
        p.otp()
            .export_to_file(format, password.as_deref().map(|s| s.as_str()), &path)
            .map_err(|e| e.info())
    })
}

/// One account as a QR code (SVG) to scan with a phone app.
#[tauri::command(async)]
pub fn otp_qr_svg(state: State<'_, AppState>, id: String) -> Result<String, ErrorInfo> {
    with_account(&state, &id, |store, id| {
        store.qr_svg(id).map(|s| s.to_string())
    })
}

#[tauri::command(async)]
pub fn otp_rename(
    state: State<'_, AppState>,
    id: String,
    issuer: Option<String>,
    name: String,
) -> Result<OtpEntry, ErrorInfo> {
    with_account(&state, &id, |store, id| store.rename(id, issuer, name))
}

/// Stars (or un-stars) an account: favourites are listed first.
#[tauri::command(async)]
pub fn otp_set_favourite(
    state: State<'_, AppState>,
    id: String,
    favourite: bool,
) -> Result<OtpEntry, ErrorInfo> {
    with_account(&state, &id, |store, id| store.set_favourite(id, favourite))
}

#[tauri::command(async)]
pub fn otp_add_tags(
    state: State<'_, AppState>,
    id: String,
    tags: Vec<String>,
) -> Result<OtpEntry, ErrorInfo> {
    with_account(&state, &id, |store, id| store.add_tags(id, &tags))
}

#[tauri::command(async)]
pub fn otp_remove_tags(
    state: State<'_, AppState>,
    id: String,
    tags: Vec<String>,
) -> Result<OtpEntry, ErrorInfo> {
    with_account(&state, &id, |store, id| store.remove_tags(id, &tags))
}

/// The tags in use with how many accounts have each (the filter chips).
#[tauri::command(async)]
pub fn otp_tags(state: State<'_, AppState>) -> Result<Vec<OtpTagCount>, ErrorInfo> {
    with_reader(&state, |p| p.otp().tags().map_err(|e| e.info()))
}

/// The accounts with a tag and/or only the favourites (as `steward otp list --tag --fav`).
#[tauri::command(async)]
pub fn otp_list_filtered(
    state: State<'_, AppState>,
    filter: OtpFilter,
) -> Result<Vec<OtpEntry>, ErrorInfo> {
    with_reader(&state, |p| {
        p.otp().list_filtered(&filter).map_err(|e| e.info())
    })
}

/// Removes an account; `confirm` must be true (the UI's confirmation dialog).
#[tauri::command(async)]
pub fn otp_remove(
    state: State<'_, AppState>,
    id: String,
    confirm: bool,
) -> Result<OtpEntry, ErrorInfo> {
    with_account(&state, &id, |store, id| store.remove(id, confirm))
}

/// HOTP: advance the counter and show the new code (only when the customer asks).
#[tauri::command(async)]
pub fn otp_next_hotp(state: State<'_, AppState>, id: String) -> Result<OtpNextCode, ErrorInfo> {
    with_account(&state, &id, |store, id| store.next_hotp(id))
        .map(|(account, code)| OtpNextCode { account, code })
}

/// Copies an account's current code and clears the clipboard after 30 s if it still holds it.
#[tauri::command(async)]
pub fn otp_copy_code<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<(), ErrorInfo> {
    let code = with_account(&state, &id, |store, id| {
        store.code(id, now()).map(|c| c.code)
    })?;
    super::copy_text(&app, code.as_str(), "copy_code")?;
    // Cleared at once if the app locks first (crate::lock).
    state.lock.note_copied(code.as_str());
    std::thread::spawn(move || {
        std::thread::sleep(CLIPBOARD_CLEAR_AFTER);
        if app.clipboard().read_text().ok().as_deref() == Some(code.as_str()) {
            let _ = app.clipboard().clear();
        }
    });
    Ok(())
}

#[tauri::command(async)]
pub fn otp_backup_codes(
    state: State<'_, AppState>,
    id: String,
    reveal: bool,
) -> Result<BackupCodes, ErrorInfo> {
    with_account(&state, &id, |store, id| store.backup_codes(id, reveal))
}

#[tauri::command(async)]
pub fn otp_backup_codes_add(
    state: State<'_, AppState>,
    id: String,
    codes: Vec<String>,
) -> Result<BackupCodes, ErrorInfo> {
    with_account(&state, &id, |store, id| store.add_backup_codes(id, &codes))
}

#[tauri::command(async)]
pub fn otp_backup_code_use(
    state: State<'_, AppState>,
    id: String,
    code: String,
) -> Result<BackupCodes, ErrorInfo> {
    with_account(&state, &id, |store, id| store.use_backup_code(id, &code))
}

/// Compares the clock with a time server (`server`, else $STEWARD_TIME_SERVER, else the
/// default). Needs no profile; network trouble is a result, not an error.
#[tauri::command(async)]
pub fn clock_check(server: Option<String>) -> Result<ClockCheck, ErrorInfo> {
    let server = server
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(clock::default_server);
    clock::check(&server, clock::DEFAULT_TIMEOUT).map_err(|e| e.info())
}
