//! One module per core folder; each command parses its arguments, calls one core function and
//! maps the error to [`ErrorInfo`] (`{code, message, hint, kind}`), so the UI branches on `code`.

use steward::error::{ErrorInfo, ErrorKind};
use steward::profile::Profile;
use tauri::State;

use crate::AppState;

pub mod cases;
pub mod complaints;
pub mod directory;
pub mod enrol;
pub mod exposure;
pub mod helpdesk;
pub mod language;
pub mod otp;
pub mod otp_backup;
pub mod phone;
pub mod prefs;
pub mod profile;
pub mod share;

/// Runs `f` with the unlocked profile, or fails with code `locked` when there is none yet.
pub(crate) fn with_profile<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&Profile) -> Result<T, ErrorInfo>,
) -> Result<T, ErrorInfo> {
    with_handle(&state.profile, f)
}

/// Runs blocking work from a command: Tauri runs `async` commands on its tokio workers, where
/// reqwest's blocking client (privacyIDEA, helpdesks, timestamps) panics; `block_in_place`
/// tells tokio this worker blocks, so other tasks move elsewhere. Outside a runtime (the CLI,
/// plain threads) it just runs `f`.
pub(crate) fn blocking<T>(f: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(f)
        }
        _ => f(),
    }
}

/// Like [`with_profile`], on the second handle kept for quick reads (see `AppState::reader`):
/// for commands that only read and must stay responsive while a long one runs.
pub(crate) fn with_reader<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&Profile) -> Result<T, ErrorInfo>,
) -> Result<T, ErrorInfo> {
    with_handle(&state.reader, f)
}

/// Holds `handle`'s lock for the whole of `f` (a poisoned lock is still usable: the profile
/// itself is consistent, every write being one transaction).
fn with_handle<T>(
    handle: &std::sync::Mutex<Option<Profile>>,
    f: impl FnOnce(&Profile) -> Result<T, ErrorInfo>,
) -> Result<T, ErrorInfo> {
    let guard = handle
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    match guard.as_ref() {
        Some(profile) => blocking(|| f(profile)),
        None => Err(locked()),
    }
}

fn locked() -> ErrorInfo {
    ErrorInfo::from_catalogue("locked", ErrorKind::Input, Default::default())
}

/// A request the window should not have sent (a bug in the window), by what was wrong with it:
/// `variant` picks the words of `bad_request` in the catalogue (`no_case`, `one_link`, …).
pub(crate) fn bad_request(variant: &str, kind: ErrorKind) -> ErrorInfo {
    let args = [
        ("variant".to_string(), steward::i18n::Arg::from(variant)),
        ("detail".to_string(), steward::i18n::Arg::from(variant)),
    ]
    .into();
    ErrorInfo::from_catalogue("bad_request", kind, args)
}

/// Asks where to save a drafted letter in a native Save dialog (in Downloads, suggesting
/// `<stem>.txt`), then writes `text` there: `{path}`, or `None` when the person cancelled. The
/// complaint letters and the exposure chain's letters.
pub(crate) fn save_letter<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &crate::AppState,
    stem: &str,
    title: String,
    text: &str,
) -> Result<Option<serde_json::Value>, ErrorInfo> {
    let dir = steward::share::default_export_dir();
    let name = crate::dialogs::suggested_name(dir.as_deref(), stem, "txt");
    let Some(target) = crate::dialogs::choose(
        app,
        &state.dialogs,
        crate::dialogs::FileRequest::save(title, dir, name, "txt"),
    ) else {
        return Ok(None);
    };
    steward::share::write_atomic(&target, text.as_bytes())
        .map_err(|e| steward::error::UserFacing::info(&e))?;
    Ok(Some(
        serde_json::json!({ "path": target.display().to_string() }),
    ))
}

/// Puts `text` on the system clipboard; `clipboard_unavailable` in the words of `variant`
/// (`copy_code`, `copy_brief`) when the desktop has none to give.
pub(crate) fn copy_text<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    text: &str,
    variant: &str,
) -> Result<(), ErrorInfo> {
    use tauri_plugin_clipboard_manager::ClipboardExt;
    app.clipboard().write_text(text).map_err(|e| {
        let args = [
            ("variant".to_string(), steward::i18n::Arg::from(variant)),
            (
                "detail".to_string(),
                steward::i18n::Arg::from(e.to_string()),
            ),
        ]
        .into();
        ErrorInfo::from_catalogue("clipboard_unavailable", ErrorKind::System, args)
    })
}
