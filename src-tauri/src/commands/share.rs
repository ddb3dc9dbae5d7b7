//! Sharing a case: redaction preview, the brief (for the clipboard), exports and verification.
//! Each command is a thin call into `steward::share`.

use std::path::{Path, PathBuf};

use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::share::{self, Exported, Format, Preview, Redactor, ShareKey, Verification};

use super::with_profile;
use crate::AppState;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_clipboard_manager::ClipboardExt;

fn export_of(
    p: &steward::profile::Profile,
    case: &str,
    r: &Redactor,
) -> Result<(share::RedactedCase, Preview), ErrorInfo> {
    let id = p.cases().resolve_case(case).map_err(|e| e.info())?;
    share::build_export(p.db().conn(), id, r, chrono::Utc::now()).map_err(|e| e.info())
}

#[tauri::command(async)]
pub fn share_preview(
    state: State<'_, AppState>,
    case: String,
    options: Redactor,
) -> Result<Preview, ErrorInfo> {
    with_profile(&state, |p| {
        export_of(p, &case, &options).map(|(_, preview)| preview)
    })
}

/// The brief as text: `chat` gives the ≤ 1,000-character version for a support chat box.
#[tauri::command(async)]
pub fn share_brief(
    state: State<'_, AppState>,
    case: String,
    chat: bool,
    options: Redactor,
) -> Result<String, ErrorInfo> {
    with_profile(&state, |p| {
        let (x, _) = export_of(p, &case, &options)?;
        Ok(if chat {
            share::brief::chat(&x)
        } else {
            share::brief::build(&x).to_text()
        })
    })
}

/// A free file name in `dir`: `case-3.pdf`, then `case-3 (2).pdf`, …
fn free_name(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..1000)
        .map(|n| dir.join(format!("{stem} ({n}).{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Writes an export to `path`, or to the Downloads folder when no path is given.
#[tauri::command(async)]
pub fn share_export(
    state: State<'_, AppState>,
    case: String,
    format: Format,
    options: Redactor,
    path: Option<String>,
) -> Result<Exported, ErrorInfo> {
    with_profile(&state, |p| {
        let (x, _) = export_of(p, &case, &options)?;
        let key = ShareKey::for_profile(p).map_err(|e| e.info())?;
        let target = match path.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(path) => PathBuf::from(path),
            None => {
                let dir = share::default_export_dir().ok_or_else(|| ErrorInfo {
                    code: "no_downloads_folder".into(),
                    message: "There is no Downloads folder to save the export in.".into(),
                    hint: Some("Type a full path for the file instead.".into()),
                    kind: ErrorKind::Input,
                })?;
                free_name(
                    &dir,
                    &format!("steward-case-{}", x.case.number),
                    format.extension(),
                )
            }
        };
        share::export_to_file(&x, format, &key, &target).map_err(|e| e.info())
    })
}

/// Checks a file; says whether the key is this profile's own.
#[tauri::command(async)]
pub fn share_verify(state: State<'_, AppState>, path: String) -> Result<Verification, ErrorInfo> {
    with_profile(&state, |p| {
        let own = ShareKey::for_profile(p).map_err(|e| e.info())?.public_hex();
        share::verify_file(Path::new(path.trim()), Some(&own)).map_err(|e| e.info())
    })
}

/// Copies the brief to the clipboard from Rust: the webview's own clipboard API is refused in
/// WebKitGTK. Returns the text so the page can show it. Not cleared after 30 s like OTP codes:
/// the brief is redacted and meant to be pasted into a support chat.
#[tauri::command(async)]
pub fn share_copy_brief<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: String,
    chat: bool,
    options: Redactor,
) -> Result<String, ErrorInfo> {
    let text = share_brief(state, case, chat, options)?;
    app.clipboard()
        .write_text(text.as_str())
        .map_err(|e| ErrorInfo {
            code: "clipboard_unavailable".into(),
            message: format!("The brief could not be copied: {e}"),
            hint: Some("Select the text and copy it by hand (Ctrl+C).".into()),
            kind: ErrorKind::System,
        })?;
    Ok(text)
}

/// How this profile shares (proof of when: the time-stamping authority, or none).
#[tauri::command(async)]
pub fn share_settings(state: State<'_, AppState>) -> Result<share::ShareSettings, ErrorInfo> {
    with_profile(&state, |p| {
        share::settings::load(p.db().conn()).map_err(|e| e.info())
    })
}

/// Turns timestamps on with the authority at `url`, or off with none.
#[tauri::command(async)]
pub fn share_set_timestamp_url(
    state: State<'_, AppState>,
    url: Option<String>,
) -> Result<share::ShareSettings, ErrorInfo> {
    with_profile(&state, |p| {
        share::settings::set_timestamp_url(p.db().conn(), url.as_deref(), chrono::Utc::now())
            .map_err(|e| e.info())
    })
}
