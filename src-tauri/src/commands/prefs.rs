//! The window's preferences (theme, language, window size and position, last opened case,
//! authenticator open at start) in Steward's own `prefs.json` (tauri-plugin-store, in the app
//! data folder). The page names a preference, never a file: only the keys below are read or
//! written, and a value may be at most [`MAX_VALUE_BYTES`] of JSON.

use serde_json::Value;
use steward::error::{ErrorInfo, ErrorKind};
use steward::i18n::Lang;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_store::StoreExt;

/// The store's file, in the app data folder (`~/.local/share/app.steward.desktop/`).
const FILE: &str = "prefs.json";

/// Every preference the page keeps (see ui/src/prefs.ts).
pub const KEYS: [&str; 8] = [
    "theme",
    "language",
    "window",
    "last_case_id",
    "authenticator_open",
    // The app lock's settings (src/lock.rs).
    crate::lock::PREF_IDLE_MINUTES,
    crate::lock::PREF_ON_SESSION_LOCK,
    crate::lock::PREF_ON_MINIMISE,
];

/// What the lock screen may read while the app is locked (the rest answers `locked`).
pub const OPEN_WHILE_LOCKED: [&str; 3] = ["theme", "language", "window"];

/// The largest value, as JSON: the window state, the largest, is under 100 bytes.
pub const MAX_VALUE_BYTES: usize = 4096;

#[tauri::command(async)]
pub fn prefs_get<R: Runtime>(app: AppHandle<R>, key: String) -> Result<Option<Value>, ErrorInfo> {
    known(&key)?;
    let locked = app
        .try_state::<crate::AppState>()
        .is_none_or(|s| s.lock.is_locked());
    if locked && !OPEN_WHILE_LOCKED.contains(&key.as_str()) {
        return Err(crate::lock::locked_error());
    }
    Ok(store(&app)?.get(&key))
}

/// A saved preference, read from Rust (the app lock's settings); `None` when unset or unreadable.
pub(crate) fn saved<R: Runtime>(app: &AppHandle<R>, key: &str) -> Option<Value> {
    store(app).ok().and_then(|s| s.get(key))
}

/// Saves one preference at once (not on a timer: the window may be closed any moment).
#[tauri::command(async)]
pub fn prefs_set<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    value: Value,
) -> Result<(), ErrorInfo> {
    known(&key)?;
    let size = serde_json::to_string(&value).map_or(usize::MAX, |s| s.len());
    if size > MAX_VALUE_BYTES {
        let args = [
            ("key".to_string(), steward::i18n::Arg::from(key)),
            ("size".to_string(), steward::i18n::Arg::from(size)),
            ("max".to_string(), steward::i18n::Arg::from(MAX_VALUE_BYTES)),
        ]
        .into();
        return Err(ErrorInfo::from_catalogue(
            "preference_too_large",
            ErrorKind::Input,
            args,
        ));
    }
    let store = store(&app)?;
    store.set(key, value);
    store.save().map_err(unavailable)
}

/// The language the window shows: the saved choice when the catalogue has it, else the
/// system's (`Lang::from_env`, as the CLI reads it), else English. Any folder of `locales/`
/// counts — no list of languages here.
pub(crate) fn language<R: Runtime>(app: &AppHandle<R>) -> Lang {
    store(app)
        .ok()
        .and_then(|s| s.get("language"))
        .and_then(|v| v.as_str().and_then(Lang::parse))
        .or_else(Lang::from_env)
        .unwrap_or_else(Lang::english)
}

fn known(key: &str) -> Result<(), ErrorInfo> {
    if KEYS.contains(&key) {
        return Ok(());
    }
    let args = [
        (
            "key".to_string(),
            steward::i18n::Arg::from(format!("{key:?}")),
        ),
        (
            "keys".to_string(),
            steward::i18n::Arg::from(KEYS.join(", ")),
        ),
    ]
    .into();
    Err(ErrorInfo::from_catalogue(
        "unknown_preference",
        ErrorKind::Input,
        args,
    ))
}

fn store<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<std::sync::Arc<tauri_plugin_store::Store<R>>, ErrorInfo> {
    app.store(FILE).map_err(unavailable)
}

fn unavailable(err: tauri_plugin_store::Error) -> ErrorInfo {
    let args = [(
        "detail".to_string(),
        steward::i18n::Arg::from(err.to_string()),
    )]
    .into();
    ErrorInfo::from_catalogue("preferences_unavailable", ErrorKind::System, args)
}

/// Whether Ctrl+Alt+L (quick capture) works from anywhere on this desktop: `on`, `wayland`,
/// `no_display` or `taken` (`crate::quick_capture`).
#[tauri::command]
pub fn quick_capture_status() -> &'static str {
    crate::quick_capture::availability().as_str()
}
