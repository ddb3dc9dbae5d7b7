//! Quick capture: Ctrl+Alt+L anywhere on the desktop brings Steward to the front and tells the
//! page to open the log form (event `quick-capture`), so a contact is logged while it is fresh.
//! Where no global shortcut can be had (no X display, Wayland, taken by another app) the app
//! works as before and Ctrl+L still opens the form inside the window.

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_global_shortcut::{
    Code, GlobalShortcutExt, Modifiers, Shortcut, ShortcutEvent, ShortcutState,
};

pub const EVENT: &str = "quick-capture";

fn shortcut() -> Shortcut {
    Shortcut::new(Some(Modifiers::CONTROL | Modifiers::ALT), Code::KeyL)
}

fn on_shortcut<R: Runtime>(app: &AppHandle<R>, pressed: &Shortcut, event: ShortcutEvent) {
    if event.state() != ShortcutState::Pressed || *pressed != shortcut() {
        return;
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let _ = app.emit(EVENT, ());
}

/// Installs the plugin and registers the shortcut; failures only mean no global shortcut.
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    if std::env::var_os("DISPLAY").is_none() {
        return;
    }
    let plugin = tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, shortcut, event| on_shortcut(app, shortcut, event))
        .build();
    if app.plugin(plugin).is_ok() {
        let _ = app.global_shortcut().register(shortcut());
    }
}
