//! The app lock. Locked means: both profile handles dropped (the database connections closed, so
//! SQLCipher wipes its key; the `Profile`'s own keys are `Zeroizing`), the page told to show only
//! the lock screen (event [`EVENT`]), and every command answering `locked` except the few marked
//! `# open while locked` in commands.txt ([`OPEN_WHILE_LOCKED`], checked by [`gate`] in front of
//! the generated invoke handler, so a new command is locked by default).
//!
//! The app starts locked and locks again on: no input for the chosen time (the page reports input,
//! throttled; the timer here decides, so a page that stops reporting still locks), the desktop
//! session locking or the machine going to sleep (D-Bus, [`session`]), the window being minimised
//! (when chosen), and "Lock now" (tray menu, the Settings button, Ctrl+Shift+L in the window).
//!
//! What unlocking asks, and what it protects:
//! - A passphrase profile asks its passphrase again: the key is gone from memory while locked, so
//!   that is real protection, as in Aegis or KeePassXC.
//! - A keyring profile's key is in the OS keyring, which the desktop session unlocked at login.
//!   Unlocking asks polkit to confirm the user (action [`POLKIT_ACTION`], `auth_self`, shipped in
//!   src-tauri/polkit/) when polkit and an authentication agent are there; else it reopens the
//!   profile through the Secret Service, which prompts only if its collection is locked. On an
//!   unlocked desktop without the polkit action anyone at the keyboard can unlock, and anyone who
//!   can run programs as the user can read the key from the keyring whatever this window does:
//!   there the lock is a privacy screen (codes and case text leave the window), not a barrier. The
//!   real protection for a keyring profile is the desktop's own screen lock (which locks this app
//!   too) or choosing a passphrase profile.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use steward::error::{ErrorInfo, ErrorKind};
use steward::lock::{IdleTimer, Instant2, LockReason, LockStatus};
use tauri::ipc::Invoke;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use zeroize::Zeroizing;

use crate::AppState;

pub mod session;

/// Told to the page when the app locks; the payload is the [`LockStatus`].
pub const EVENT: &str = "app-locked";

/// Test hook: an idle timeout in seconds that replaces the chosen one (the e2e test waits seconds,
/// not minutes). Settings only offers [`steward::lock::IDLE_CHOICES_MINUTES`].
pub const IDLE_SECONDS_ENV: &str = "STEWARD_LOCK_IDLE_SECONDS";

/// The polkit action a keyring profile's unlock asks for (see src-tauri/polkit/).
pub const POLKIT_ACTION: &str = "app.steward.desktop.unlock";

/// The preferences of the lock (prefs.json, through `prefs_get`/`prefs_set`).
pub const PREF_IDLE_MINUTES: &str = "lock_idle_minutes";
pub const PREF_ON_SESSION_LOCK: &str = "lock_on_session_lock";
pub const PREF_ON_MINIMISE: &str = "lock_on_minimise";

/// The commands the page may call while locked: the lines of commands.txt marked
/// `# open while locked` (build.rs writes the list).
pub const OPEN_WHILE_LOCKED: &[&str] = include!(concat!(env!("OUT_DIR"), "/open_while_locked.rs"));

/// How often the timer looks at idleness and the window.
const TICK: Duration = Duration::from_millis(500);

/// The lock's state, in [`AppState`].
pub struct LockState {
    locked: AtomicBool,
    reason: Mutex<LockReason>,
    failed: AtomicU32,
    idle: Mutex<IdleTimer>,
    started: Instant,
    /// The last code copied to the clipboard (`otp_copy_code`): the lock clears the clipboard if
    /// it still holds it, as KeePassXC does, instead of leaving it there for up to 30 s.
    copied: Mutex<Option<Zeroizing<String>>>,
}

impl Default for LockState {
    fn default() -> Self {
        let started = Instant::now();
        LockState {
            locked: AtomicBool::new(true),
            reason: Mutex::new(LockReason::Start),
            failed: AtomicU32::new(0),
            idle: Mutex::new(IdleTimer::new(now_since(started))),
            started,
            copied: Mutex::new(None),
        }
    }
}

fn now_since(started: Instant) -> Instant2 {
    let wall_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    Instant2 {
        mono: started.elapsed(),
        wall_ms,
    }
}

impl LockState {
    pub fn is_locked(&self) -> bool {
        self.locked.load(Ordering::SeqCst)
    }

    fn reason(&self) -> LockReason {
        *self.reason.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether the app was unlocked before and locked since (not the first unlock after start).
    pub fn relocked(&self) -> bool {
        self.is_locked() && self.reason() != LockReason::Start
    }

    pub fn status(&self) -> LockStatus {
        LockStatus {
            locked: self.is_locked(),
            reason: self.reason(),
            failed_attempts: self.failed.load(Ordering::SeqCst),
            idle_choices_minutes: steward::lock::IDLE_CHOICES_MINUTES.to_vec(),
            default_idle_minutes: steward::lock::DEFAULT_IDLE_MINUTES,
        }
    }

    /// Marks the app locked; false when it already was.
    fn mark_locked(&self, reason: LockReason) -> bool {
        let mut r = self.reason.lock().unwrap_or_else(|p| p.into_inner());
        if self.locked.swap(true, Ordering::SeqCst) {
            return false;
        }
        *r = reason;
        self.failed.store(0, Ordering::SeqCst);
        true
    }

    /// Called by `profile_unlock` once both handles are back (it holds the profile's lock).
    pub fn mark_unlocked(&self) {
        *self.idle.lock().unwrap_or_else(|p| p.into_inner()) =
            IdleTimer::new(now_since(self.started));
        self.failed.store(0, Ordering::SeqCst);
        self.locked.store(false, Ordering::SeqCst);
    }

    /// A wrong passphrase or a refused OS check: counted and shown, nothing else.
    pub fn note_failure(&self) -> u32 {
        self.failed.fetch_add(1, Ordering::SeqCst).saturating_add(1)
    }

    /// A code was put on the clipboard (see [`LockState::copied`]).
    pub fn note_copied(&self, code: &str) {
        *self.copied.lock().unwrap_or_else(|p| p.into_inner()) = Some(Zeroizing::new(code.into()));
    }

    /// The user did something in the window just now.
    pub fn note_input(&self) {
        let now = now_since(self.started);
        self.idle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .input(now);
    }

    fn idle_due(&self, timeout: Option<Duration>) -> bool {
        let now = now_since(self.started);
        self.idle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .due(now, timeout)
    }
}

/// The error every gated command answers while locked (catalogue code `locked`).
pub fn locked_error() -> ErrorInfo {
    ErrorInfo::from_catalogue("locked", ErrorKind::Input, Default::default())
}

/// Wraps the generated invoke handler: while locked, a command not in [`OPEN_WHILE_LOCKED`] is
/// answered `locked` and never reaches its function.
pub fn gate<R: Runtime, F>(handler: F) -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static
where
    F: Fn(Invoke<R>) -> bool + Send + Sync + 'static,
{
    move |invoke: Invoke<R>| {
        let open = OPEN_WHILE_LOCKED.contains(&invoke.message.command());
        let locked = invoke
            .message
            .webview_ref()
            .try_state::<AppState>()
            .is_none_or(|s| s.lock.is_locked());
        if locked && !open {
            invoke.resolver.reject(locked_error());
            return true;
        }
        handler(invoke)
    }
}

/// Locks the app (nothing happens when it already is): the gate closes at once and the page is
/// told; the profile handles are dropped on another thread, as soon as a running command lets go.
pub fn lock<R: Runtime>(app: &AppHandle<R>, reason: LockReason) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    if !state.lock.mark_locked(reason) {
        return;
    }
    let _ = app.emit(EVENT, state.lock.status());
    let copied = state
        .lock
        .copied
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take();
    let app = app.clone();
    std::thread::spawn(move || {
        if let Some(code) = copied {
            use tauri_plugin_clipboard_manager::ClipboardExt;
            if app.clipboard().read_text().ok().as_deref() == Some(code.as_str()) {
                let _ = app.clipboard().clear();
            }
        }
        drop_handles(&app);
    });
}

/// Drops both handles unless the app was unlocked again meanwhile (same lock order as
/// `profile_unlock`: profile, then reader).
fn drop_handles<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let mut profile = state
        .profile
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !state.lock.is_locked() {
        return;
    }
    let mut reader = state
        .reader
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    drop(reader.take());
    drop(profile.take());
}

/// The lock's settings as saved (defaults for anything missing or odd).
pub struct Settings {
    pub idle: Option<Duration>,
    pub on_session_lock: bool,
    pub on_minimise: bool,
}

impl Settings {
    pub fn read<R: Runtime>(app: &AppHandle<R>) -> Settings {
        let pref = |key| crate::commands::prefs::saved(app, key);
        let idle = match std::env::var(IDLE_SECONDS_ENV)
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            Some(secs) if secs > 0 => Some(Duration::from_secs(secs)),
            _ => steward::lock::idle_timeout(pref(PREF_IDLE_MINUTES).and_then(|v| v.as_u64())),
        };
        Settings {
            idle,
            on_session_lock: pref(PREF_ON_SESSION_LOCK)
                .and_then(|v: Value| v.as_bool())
                .unwrap_or(true),
            on_minimise: pref(PREF_ON_MINIMISE)
                .and_then(|v: Value| v.as_bool())
                .unwrap_or(false),
        }
    }
}

/// Starts the timer that locks on idleness and (when chosen) on minimising.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        let state = app.state::<AppState>();
        if state.lock.is_locked() {
            continue;
        }
        let settings = Settings::read(&app);
        if state.lock.idle_due(settings.idle) {
            lock(&app, LockReason::Idle);
        } else if settings.on_minimise
            && app
                .get_webview_window("main")
                .and_then(|w| w.is_minimized().ok())
                .unwrap_or(false)
        {
            lock(&app, LockReason::Minimised);
        }
    });
}

/// The tray icon with "Show Steward" and "Lock now". Where the desktop has no tray the icon is
/// not shown (libayatana-appindicator falls back or does nothing); the app works without it.
/// tests/e2e/tray.test.mjs drives the menu through real trays, in both languages: Xfce's panel
/// (StatusNotifierItem and dbusmenu) and trayer (the XEmbed fallback).
pub fn tray<R: Runtime>(app: &AppHandle<R>) {
    use tauri::menu::{Menu, MenuItem};
    use tauri::tray::TrayIconBuilder;
    fn words(id: &str) -> String {
        steward::i18n::tr(id, &Default::default())
    }
    let built = (|| -> tauri::Result<()> {
        let show = MenuItem::with_id(app, "show", words("desktop-tray-show"), true, None::<&str>)?;
        let lock_now = MenuItem::with_id(
            app,
            "lock-now",
            words("desktop-tray-lock"),
            true,
            None::<&str>,
        )?;
        let menu = Menu::with_items(app, &[&show, &lock_now])?;
        let mut builder = TrayIconBuilder::with_id("steward")
            .menu(&menu)
            .tooltip("Steward")
            .on_menu_event(|app, event| match event.id().as_ref() {
                "lock-now" => lock(app, LockReason::Manual),
                "show" => {
                    if let Some(window) = app.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.show();
                        let _ = window.set_focus();
                    }
                }
                _ => {}
            });
        if let Some(icon) = app.default_window_icon() {
            builder = builder.icon(icon.clone());
        }
        builder.build(app)?;
        // The menu follows the window's language (language_set changes the core's).
        std::thread::spawn(move || {
            let mut shown = steward::i18n::current();
            loop {
                std::thread::sleep(Duration::from_secs(1));
                let now = steward::i18n::current();
                if now != shown {
                    shown = now;
                    let _ = show.set_text(words("desktop-tray-show"));
                    let _ = lock_now.set_text(words("desktop-tray-lock"));
                }
            }
        });
        Ok(())
    })();
    if let Err(err) = built {
        eprintln!(
            "steward-desktop: no tray icon ({err}); Lock now is in Settings and Ctrl+Shift+L"
        );
    }
}

/// What confirmed the user before a keyring profile is reopened after a lock.
#[derive(Debug, PartialEq, Eq)]
pub enum OsCheck {
    /// polkit said yes (the user authenticated in the agent's dialog, or polkit's own policy).
    Polkit,
    /// No polkit answer to be had (no pkcheck, no polkit daemon, no agent, action not installed):
    /// the profile is reopened through the Secret Service, which prompts only if locked.
    SecretServiceOnly,
}

/// Asks polkit to confirm the user for [`POLKIT_ACTION`]; refused (code `unlock_refused`) when
/// the user cancels or fails the agent's dialog. See the module comment for what this is worth.
pub fn confirm_user() -> Result<OsCheck, ErrorInfo> {
    // polkit refuses an action it doesn't know: ask only when the action is installed.
    let installed = std::process::Command::new("pkaction")
        .args(["--action-id", POLKIT_ACTION])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        return Ok(OsCheck::SecretServiceOnly);
    }
    let out = std::process::Command::new("pkcheck")
        .args(["--action-id", POLKIT_ACTION, "--process"])
        .arg(std::process::id().to_string())
        .arg("--allow-user-interaction")
        .stdin(std::process::Stdio::null())
        .output();
    // pkcheck(1): 0 authorized, 1 not authorized, 2 no agent / no interaction, 3 dismissed,
    // 127 any other error (no polkitd on the system bus, action not installed).
    match out.map(|o| o.status.code()) {
        Ok(Some(0)) => Ok(OsCheck::Polkit),
        Ok(Some(1 | 3)) => Err(ErrorInfo::from_catalogue(
            "unlock_refused",
            ErrorKind::Input,
            Default::default(),
        )),
        _ => Ok(OsCheck::SecretServiceOnly),
    }
}

/// Whether the app is locked, why, and how many unlock attempts failed since (the lock screen).
#[tauri::command]
pub fn lock_status(state: tauri::State<'_, AppState>) -> LockStatus {
    state.lock.status()
}

/// Locks the app now (the Settings button, Ctrl+Shift+L in the window).
#[tauri::command]
pub fn lock_now<R: Runtime>(app: AppHandle<R>) {
    lock(&app, LockReason::Manual);
}

/// The page saw input (a key, a click, the pointer, a scroll); it reports at most every few
/// seconds. Only restarts the idle wait: the timer here decides when to lock.
#[tauri::command]
pub fn lock_activity(state: tauri::State<'_, AppState>) {
    state.lock.note_input();
}
