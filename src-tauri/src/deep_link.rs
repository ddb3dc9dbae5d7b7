//! `otpauth://` and `otpauth-migration://` links from the browser (or any app that opens links).
//!
//! The app is the handler for both schemes (tauri-plugin-deep-link; the .deb's .desktop file
//! declares them, and dev builds and AppImages register themselves at start). The desktop starts
//! `steward-desktop <link>` for each link; tauri-plugin-single-instance makes that second launch
//! hand its arguments to the running instance over D-Bus and exit.
//!
//! Links are never added here: they wait in [`PendingLinks`] until the page takes them
//! ([`pending_links`]) and asks the customer, showing what the link holds but never its secret
//! (`otp_preview_link`, then `otp_add_uri`). The `link-opened` event tells a page that is already
//! listening; a page that mounts later finds the links waiting, so none is lost, and since taking
//! them empties the queue none is shown twice.

use std::sync::Mutex;

use steward::otp::link::{self, Scheme};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use zeroize::Zeroizing;

/// The event the page listens to; its payload is the new links.
pub const EVENT: &str = "link-opened";

/// At most this many links are kept waiting, and a link longer than this is ignored (a Google
/// transfer link with many accounts is a few kilobytes).
const MAX_PENDING: usize = 20;
const MAX_LINK_BYTES: usize = 64 * 1024;

/// Links received and not yet taken by the page. They hold secrets: zeroed when dropped.
#[derive(Default)]
pub struct PendingLinks(Mutex<Vec<Zeroizing<String>>>);

/// The links in a command line (`args` without the program name): every argument that is an
/// `otpauth://` or `otpauth-migration://` link. Whether a link is valid is for the page's
/// preview to say, so a broken link still reaches the customer with a clear message.
pub fn links_in<S: AsRef<str>>(args: impl IntoIterator<Item = S>) -> Vec<String> {
    args.into_iter()
        .map(|a| a.as_ref().trim().to_string())
        .filter(|a| a.len() <= MAX_LINK_BYTES && link::is_deep_link(a))
        .collect()
}

/// Queues `links` and tells the page; brings the window to the front.
pub fn receive<R: Runtime>(app: &AppHandle<R>, links: Vec<String>) {
    if links.is_empty() {
        return;
    }
    if let Some(pending) = app.try_state::<PendingLinks>() {
        let mut queue = pending.0.lock().unwrap_or_else(|e| e.into_inner());
        let room = MAX_PENDING.saturating_sub(queue.len());
        queue.extend(links.iter().take(room).cloned().map(Zeroizing::new));
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    // While the app is locked the links wait in the queue (a link can hold a secret): the page
    // takes them with pending_links once unlocked.
    let locked = app
        .try_state::<crate::AppState>()
        .is_none_or(|s| s.lock.is_locked());
    if !locked {
        let _ = app.emit(EVENT, links);
    }
}

/// The single-instance plugin, which must be the first plugin registered. A second launch calls
/// this in the running instance with its argv (program name first), then exits.
pub fn single_instance<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::init(|app, argv, _cwd| {
        receive(app, links_in(argv.into_iter().skip(1)));
    })
}

/// At start: queues the links this launch was given and, for a dev build or an AppImage on Linux,
/// registers the app as the schemes' handler (a .deb's .desktop file already does; failing only
/// means links do not open Steward, so it is silent).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    receive(app, links_in(std::env::args().skip(1)));
    #[cfg(target_os = "linux")]
    if cfg!(debug_assertions) || app.env().appimage.is_some() {
        use tauri_plugin_deep_link::DeepLinkExt;
        if app
            .try_state::<tauri_plugin_deep_link::DeepLink<R>>()
            .is_some()
        {
            let app = app.clone();
            // It runs xdg-mime and update-desktop-database: not on the start-up path. Scheme by
            // scheme, not `register_all`: that stops at the first error (no xdg-mime, say), and
            // the .desktop file would then lack the schemes after it. The schemes are the core's
            // (also in tauri.conf.json, `plugins.deep-link.desktop.schemes`).
            std::thread::spawn(move || {
                for scheme in Scheme::DEEP_LINKS {
                    let _ = app.deep_link().register(scheme.name());
                }
            });
        }
    }
    // macOS delivers links as events, not arguments.
    #[cfg(target_os = "macos")]
    if app
        .try_state::<tauri_plugin_deep_link::DeepLink<R>>()
        .is_some()
    {
        use tauri_plugin_deep_link::DeepLinkExt;
        let handle = app.clone();
        app.deep_link().on_open_url(move |event| {
            let links: Vec<String> = event.urls().iter().map(|u| u.to_string()).collect();
            receive(&handle, links_in(links));
        });
    }
}

/// The links waiting for the page, oldest first; taking them empties the queue.
#[tauri::command]
pub fn pending_links(pending: State<'_, PendingLinks>) -> Vec<String> {
    let mut queue = pending.0.lock().unwrap_or_else(|e| e.into_inner());
    queue.drain(..).map(|l| l.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_links_among_arguments() {
        let args = [
            "--verbose",
            "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP",
            "OTPAUTH-MIGRATION://offline?data=abc",
            "https://example.com",
            "otpauthx://nope",
        ];
        assert_eq!(
            links_in(args),
            vec![
                "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP".to_string(),
                "OTPAUTH-MIGRATION://offline?data=abc".to_string(),
            ]
        );
        assert!(links_in(["x".repeat(MAX_LINK_BYTES + 1)]).is_empty());
    }
}
