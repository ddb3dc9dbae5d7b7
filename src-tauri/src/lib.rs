//! Steward's desktop shell. All logic lives in the `steward` core; this crate wires the core to
//! a Tauri window: managed state, plugins, and one thin command per IPC call (see `commands`).

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::webview::PageLoadEvent;
use tauri::{Builder, Manager, Runtime};

mod bench;
pub mod commands;
mod deep_link;
pub mod dialogs;
pub mod lock;
mod quick_capture;
mod reminders;

/// What the commands share: where the profile lives and, once unlocked, the open profile.
pub struct AppState {
    /// The same data directory the `steward` CLI uses (not Tauri's app data dir), so the window
    /// and the CLI see the same cases.
    pub data_dir: PathBuf,
    pub profile: Mutex<Option<steward::profile::Profile>>,
    /// A second handle on the same profile for quick reads (the code list, reminders): a long
    /// command holding `profile` (a privacyIDEA call, a PDF) doesn't freeze them.
    pub reader: Mutex<Option<steward::profile::Profile>>,
    /// Where authenticator exports are saved (the Downloads folder; tests use a temporary one).
    pub export_dir: PathBuf,
    /// How the share and recovery-kit commands ask for a file: native dialogs (tests script the
    /// answers).
    pub dialogs: dialogs::FileDialogs,
    /// The app lock (starts locked; see `lock`).
    pub lock: lock::LockState,
    /// The lock's timer (it reads prefs.json), tray icon and D-Bus session-lock listeners: the
    /// real app only (`run`), not the mock-runtime tests.
    pub desktop_integration: bool,
}

impl AppState {
    /// A locked state for the profile in `data_dir`.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            data_dir,
            profile: Mutex::new(None),
            reader: Mutex::new(None),
            export_dir: steward::otp::store::default_export_dir(),
            dialogs: dialogs::FileDialogs::Native,
            lock: lock::LockState::default(),
            desktop_integration: false,
        }
    }
}

/// Adds Steward's plugins, state and commands to a builder. `run` uses it with the real runtime;
/// the tests use it with `tauri::test::mock_builder()`.
pub fn setup<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        // Used from Rust only (prefs.json through prefs_get/prefs_set, file dialogs inside the
        // share and recovery-kit commands): the page gets no `store:` or `dialog:` permission.
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            bench::mark("setup-start");
            // Until the page says which language it shows (language_set), the saved choice or
            // the system's; hints are the window's (no CLI commands in them).
            steward::i18n::set_front(steward::i18n::Front::Window);
            steward::i18n::set_default(commands::prefs::language(app.handle()));
            bench::mark("setup-language");
            reminders::start(app.handle().clone());
            quick_capture::install(app.handle());
            bench::mark("setup-quick-capture");
            deep_link::start(app.handle());
            bench::mark("setup-deep-link");
            if app.state::<AppState>().desktop_integration {
                // The window shows once its page has loaded (`show_main_window`); this is the
                // fallback, should that never happen.
                let handle = app.handle().clone();
                std::thread::spawn(move || {
                    std::thread::sleep(std::time::Duration::from_secs(3));
                    show_main_window(&handle);
                });
                lock::start(app.handle());
                bench::mark("setup-lock");
                lock::tray(app.handle());
                bench::mark("setup-tray");
                lock::session::start(app.handle());
            }
            bench::mark("setup-end");
            Ok(())
        })
        .manage(state)
        .manage(deep_link::PendingLinks::default())
        // Every command in commands.txt (build.rs writes the handler from it).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
}

/// The app's configuration, capabilities and (with `custom-protocol`) the embedded UI.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// WebKitGTK composites the page with OpenGL by default ("accelerated compositing"): its web
/// process then loads the GL stack and keeps GPU buffers (without a GPU, llvmpipe's), which is
/// most of what it costs before any page content counts. Steward's window is forms and lists that
/// a CPU paints without effort, so compositing is off unless whoever starts it chose otherwise:
/// WebKit reads `WEBKIT_DISABLE_COMPOSITING_MODE` once, in this process, when the first web view
/// starts, and any value but "0" turns compositing off (WebKit's
/// UIProcess/gtk/HardwareAccelerationManager.cpp); `WEBKIT_DISABLE_COMPOSITING_MODE=0` keeps it.
/// Tauri exposes no setting for this (tauri-apps/tauri#14424 suggests this variable). Measured
/// in BENCHMARKS.md ("A lighter window"). The e2e tests run this way too: WebKitWebDriver's own
/// screenshot never answers without compositing, so tests/e2e/webdriver.mjs reads the window
/// from the X display instead.
///
/// With compositing off, WebKit's DMA-BUF renderer (which brings composited frames from the web
/// process to this one) has nothing to do, but it still sets up EGL in this process when the web
/// view is created — Mesa and, without a GPU, llvmpipe loaded on the main thread, ~50 ms before
/// the page can start loading (seen with `strace`, measured with bench-desktop.sh's steps:
/// BENCHMARKS.md).
/// So when Steward turns compositing off itself it turns that renderer off too
/// (`WEBKIT_DISABLE_DMABUF_RENDERER`, unless already set); whoever keeps compositing keeps it.
fn lighter_webkit() {
    const COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    const DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if cfg!(target_os = "linux") && std::env::var_os(COMPOSITING).is_none() {
        // First thing in `run`, before any thread starts, so changing the environment is sound.
        std::env::set_var(COMPOSITING, "1");
        if std::env::var_os(DMABUF).is_none() {
            std::env::set_var(DMABUF, "1");
        }
    }
}

/// The main window starts hidden (`"visible": false` in tauri.conf.json) and is shown once its
/// page has loaded (Tauri's page-load `Finished`: the document and its script and style files are
/// in). Shown at once, as Tauri does by default, GTK draws the window while WebKit's web process
/// is still starting; with compositing off (`lighter_webkit`) WebKit's UI side then waits on this
/// main thread for the web process's first painted contents, up to 500 ms (a futex wait that
/// times out after exactly 500 ms under `strace`), and the page load waits with it. That was the
/// slow half of the bimodal first paint in BENCHMARKS.md ("A lighter window"). Shown when the
/// load starts instead, the same wait moved to between the HTML and its script: the tauri://
/// files are served by this same thread, and WebKit paints nothing until the script is in. `setup`
/// shows the window after a few seconds in any case, so it never stays invisible.
fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        if !window.is_visible().unwrap_or(true) {
            let _ = window.show();
            bench::mark("window-shown");
        }
    }
}

/// Starts the desktop app.
pub fn run() {
    bench::mark("run");
    lighter_webkit();
    let mut state = AppState::new(steward::profile::default_data_dir());
    state.desktop_integration = true;
    // Single instance first: a second launch (a link opened in the browser) hands its arguments
    // to the running app and exits before anything else starts. Not in `setup`: the mock-runtime
    // tests must not take the D-Bus name (or exit when another test holds it).
    let builder = Builder::default()
        .plugin(deep_link::single_instance())
        .plugin(tauri_plugin_deep_link::init())
        .on_page_load(|webview, load| {
            bench::page_load(load);
            if load.event() == PageLoadEvent::Finished {
                show_main_window(webview.app_handle());
            }
        });
    if let Err(err) = setup(builder, state).run(context()) {
        eprintln!("steward-desktop: {err}");
        std::process::exit(1);
    }
}
