//! Locks the app when the desktop session locks or the machine goes to sleep, when the user chose
//! so (Settings, on by default): logind's `Session.Lock` for this process's session and
//! `Manager.PrepareForSleep(true)` on the system bus, and the screensavers' `ActiveChanged(true)`
//! (`org.freedesktop.ScreenSaver`, `org.gnome.ScreenSaver`) on the session bus. A bus that isn't
//! there (a container, a bare X session) is one log line; the other triggers still work.

use std::time::Duration;

use dbus::blocking::Connection;
use dbus::message::MatchRule;
use steward::lock::LockReason;
use tauri::{AppHandle, Runtime};

const SCREENSAVERS: [&str; 2] = ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"];

/// Starts one listening thread per bus.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let session = app.clone();
    std::thread::spawn(move || {
        if let Err(err) = listen_session_bus(&session) {
            eprintln!(
                "steward-desktop: no session D-Bus ({err}); no lock when the screen saver starts"
            );
        }
    });
    let system = app.clone();
    std::thread::spawn(move || {
        if let Err(err) = listen_logind(&system) {
            eprintln!(
                "steward-desktop: logind not reachable on the system D-Bus ({err}); no lock when the session locks"
            );
        }
    });
}

fn session_locked<R: Runtime>(app: &AppHandle<R>) {
    if super::Settings::read(app).on_session_lock {
        super::lock(app, LockReason::Session);
    }
}

fn listen_session_bus<R: Runtime>(app: &AppHandle<R>) -> Result<(), dbus::Error> {
    let conn = Connection::new_session()?;
    for interface in SCREENSAVERS {
        let app = app.clone();
        conn.add_match(
            MatchRule::new_signal(interface, "ActiveChanged"),
            move |(active,): (bool,), _, _| {
                if active {
                    session_locked(&app);
                }
                true
            },
        )?;
    }
    loop {
        conn.process(Duration::from_secs(3600))?;
    }
}

fn listen_logind<R: Runtime>(app: &AppHandle<R>) -> Result<(), dbus::Error> {
    let conn = Connection::new_system()?;
    let manager = conn.with_proxy(
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        Duration::from_secs(5),
    );
    // This process's session; from a terminal outside any session, the one named by
    // XDG_SESSION_ID.
    let by_pid: Result<(dbus::Path<'static>,), _> = manager.method_call(
        "org.freedesktop.login1.Manager",
        "GetSessionByPID",
        (std::process::id(),),
    );
    let session = match by_pid {
        Ok((path,)) => path,
        Err(err) => match std::env::var("XDG_SESSION_ID") {
            Ok(id) => {
                let (path,): (dbus::Path<'static>,) =
                    manager.method_call("org.freedesktop.login1.Manager", "GetSession", (id,))?;
                path
            }
            Err(_) => return Err(err),
        },
    };
    let on_lock = app.clone();
    conn.add_match(
        MatchRule::new_signal("org.freedesktop.login1.Session", "Lock").with_path(session),
        move |(): (), _, _| {
            session_locked(&on_lock);
            true
        },
    )?;
    let on_sleep = app.clone();
    conn.add_match(
        MatchRule::new_signal("org.freedesktop.login1.Manager", "PrepareForSleep"),
        move |(sleeping,): (bool,), _, _| {
            if sleeping {
                session_locked(&on_sleep);
            }
            true
        },
    )?;
    loop {
        conn.process(Duration::from_secs(3600))?;
    }
}
