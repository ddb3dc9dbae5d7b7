//! Quick capture: Ctrl+Alt+L anywhere on the desktop brings Steward to the front and tells the
//! page to open the log form (event `quick-capture`), so a contact is logged while it is fresh.
//! Where no global shortcut can be had (no X display, Wayland, taken by another app) the app
//! works as before and Ctrl+L still opens the form inside the window; [`availability`] says
//! which, and the window says so beside its settings (command `quick_capture_status`).

use std::sync::OnceLock;

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

/// Whether Ctrl+Alt+L reaches Steward from anywhere on this desktop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// Registered on the X display: it works from any window.
    On,
    /// A Wayland session: no app may listen to keys pressed in other apps' windows (the shortcut
    /// may still be registered for XWayland windows, which is not "anywhere").
    Wayland,
    /// No X display at all (a console, or Wayland without XWayland).
    NoDisplay,
    /// The X server refused it: another app holds Ctrl+Alt+L.
    Taken,
}

impl Availability {
    /// As the window reads it.
    pub fn as_str(self) -> &'static str {
        match self {
            Availability::On => "on",
            Availability::Wayland => "wayland",
            Availability::NoDisplay => "no_display",
            Availability::Taken => "taken",
        }
    }
}

/// What a session with these traits gets: `registered` is the X server's answer, when asked.
pub fn availability_for(wayland: bool, x_display: bool, registered: Option<bool>) -> Availability {
    match (wayland, x_display, registered) {
        (true, _, _) => Availability::Wayland,
        (false, false, _) => Availability::NoDisplay,
        (false, true, Some(false)) => Availability::Taken,
        (false, true, _) => Availability::On,
    }
}

static AVAILABILITY: OnceLock<Availability> = OnceLock::new();

/// This session's, once [`install`] has run (before: no display).
pub fn availability() -> Availability {
    AVAILABILITY
        .get()
        .copied()
        .unwrap_or(Availability::NoDisplay)
}

/// Installs the plugin and registers the shortcut; failures only mean no global shortcut (and
/// [`availability`] says why).
pub fn install<R: Runtime>(app: &AppHandle<R>) {
    let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some();
    let x_display = std::env::var_os("DISPLAY").is_some();
    let registered = x_display.then(|| {
        let plugin = tauri_plugin_global_shortcut::Builder::new()
            .with_handler(|app, shortcut, event| on_shortcut(app, shortcut, event))
            .build();
        app.plugin(plugin).is_ok() && app.global_shortcut().register(shortcut()).is_ok()
    });
    let _ = AVAILABILITY.set(availability_for(wayland, x_display, registered));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_each_desktop_gets() {
        use Availability::*;
        assert_eq!(availability_for(false, true, Some(true)), On);
        assert_eq!(availability_for(false, true, Some(false)), Taken);
        assert_eq!(availability_for(false, false, None), NoDisplay);
        // Wayland: not "anywhere", with or without XWayland.
        assert_eq!(availability_for(true, false, None), Wayland);
        assert_eq!(availability_for(true, true, Some(true)), Wayland);
    }
}
