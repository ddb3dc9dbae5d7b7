//! The Screenshot portal's answers that the real one cannot be made to give here. The real portal
//! (xdg-desktop-portal + -wlr under headless sway, `cli/tests/otp_screen_wayland.rs`) only ever
//! says "here is the picture": it never cancels (it has no dialog) and refuses only when broken.
//! So this test runs a STAND-IN portal on a private `dbus-daemon` (nothing else on that bus): it
//! owns `org.freedesktop.portal.Desktop`, answers `Screenshot` with the Request path the token
//! predicts, and sends the `Response` signal the spec describes — cancelled (1), refused (2), a
//! picture (0) as a fresh file, and a picture URI pointing at an old file. And with no portal on
//! the bus at all. Needs `dbus-daemon` (Debian's `dbus`); without it the test says so and skips.

#![cfg(target_os = "linux")]

mod otp_support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;
use dbus::channel::{MatchingReceiver as _, Sender as _};
use dbus::message::{MatchRule, Message};
use steward::error::UserFacing;
use steward::otp::qr::QrError;
use steward::otp::screen::{self, Source};

struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn private_bus(dir: &std::path::Path) -> Option<(Bus, String)> {
    let conf = dir.join("bus.conf");
    std::fs::write(
        &conf,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:dir={}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>"#,
            dir.display()
        ),
    )
    .unwrap();
    let mut child = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", conf.display()))
        .args(["--nofork", "--print-address"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut line = String::new();
    BufReader::new(child.stdout.take()?)
        .read_line(&mut line)
        .ok()?;
    Some((Bus(child), line.trim().to_string()))
}

/// What the stand-in answers next: a response code and, for 0, the file to name.
type Answer = Arc<Mutex<(u32, Option<PathBuf>)>>;

fn stand_in_portal(address: String, answer: Answer, stop: Arc<AtomicBool>) {
    let conn = Connection::new_address(&address).unwrap();
    conn.request_name("org.freedesktop.portal.Desktop", false, true, false)
        .unwrap();
    conn.start_receive(
        MatchRule::new_method_call(),
        Box::new(move |msg: Message, conn: &Connection| {
            if msg.member().as_deref() != Some("Screenshot") {
                let _ = conn.send(msg.error(
                    &"org.freedesktop.DBus.Error.UnknownMethod".into(),
                    c"no such method",
                ));
                return true;
            }
            let (_parent, options): (String, PropMap) = msg.read2().unwrap();
            let token = options["handle_token"].0.as_str().unwrap().to_string();
            let sender = msg.sender().unwrap().to_string();
            let path = format!(
                "/org/freedesktop/portal/desktop/request/{}/{token}",
                sender.trim_start_matches(':').replace('.', "_")
            );
            let handle = dbus::Path::new(path.clone()).unwrap();
            let _ = conn.send(msg.method_return().append1(handle.clone()));
            let (code, file) = answer.lock().unwrap().clone();
            let mut results: PropMap = HashMap::new();
            if let Some(file) = file {
                results.insert(
                    "uri".into(),
                    Variant(Box::new(format!("file://{}", file.display())) as Box<dyn RefArg>),
                );
            }
            let signal = Message::signal(
                &handle,
                &"org.freedesktop.portal.Request".into(),
                &"Response".into(),
            )
            .append2(code, results);
            let _ = conn.send(signal);
            true
        }),
    );
    while !stop.load(Ordering::Relaxed) {
        let _ = conn.process(Duration::from_millis(100));
    }
}

fn code_of(r: Result<(steward::otp::qr::Luma, Source), QrError>) -> String {
    match r {
        Ok((_, source)) => format!("ok:{source:?}"),
        Err(e) => e.code().to_string(),
    }
}

#[test]
fn the_portals_answers_each_get_their_own_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let Some((_bus, address)) = private_bus(dir.path()) else {
        assert!(
            std::env::var("STEWARD_TEST_KEYRING").as_deref() != Ok("required"),
            "dbus-daemon is needed for this test"
        );
        eprintln!("SKIPPED: no dbus-daemon");
        return;
    };
    // SAFETY of set_var: this file has a single test, so no other thread reads the environment.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    std::env::remove_var("DISPLAY");
    std::env::set_var("WAYLAND_DISPLAY", "wayland-steward-test");

    // No portal on the bus yet: on Wayland that is said as it is.
    assert_eq!(code_of(screen::capture()), "screen_portal_missing");
    // On X11 (no WAYLAND_DISPLAY) the root window is tried instead; there is no X display here.
    std::env::remove_var("WAYLAND_DISPLAY");
    assert_eq!(code_of(screen::capture()), "screen_unavailable");
    std::env::set_var("WAYLAND_DISPLAY", "wayland-steward-test");

    let answer: Answer = Arc::new(Mutex::new((1, None)));
    let stop = Arc::new(AtomicBool::new(false));
    let portal = {
        let (answer, stop, address) = (Arc::clone(&answer), Arc::clone(&stop), address.clone());
        std::thread::spawn(move || stand_in_portal(address, answer, stop))
    };
    // Wait until the stand-in owns its name.
    let probe = Connection::new_address(&address).unwrap();
    for _ in 0..100 {
        let owned: Result<(bool,), _> = probe
            .with_proxy("org.freedesktop.DBus", "/", Duration::from_secs(1))
            .method_call(
                "org.freedesktop.DBus",
                "NameHasOwner",
                ("org.freedesktop.portal.Desktop",),
            );
        if owned.is_ok_and(|(o,)| o) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }

    // The person cancelled.
    let cancelled = screen::capture().err().unwrap();
    assert_eq!(cancelled.code(), "screen_cancelled");
    assert!(!cancelled.hint().unwrap().is_empty());

    // The desktop refused: a system error, on Wayland...
    *answer.lock().unwrap() = (2, None);
    let refused = screen::capture().err().unwrap();
    assert_eq!(refused.code(), "screen_portal_refused");
    assert_eq!(refused.kind(), steward::error::ErrorKind::System);
    // ...and on X11 the root window is tried instead (none here: screen_unavailable).
    std::env::remove_var("WAYLAND_DISPLAY");
    assert_eq!(code_of(screen::capture()), "screen_unavailable");
    std::env::set_var("WAYLAND_DISPLAY", "wayland-steward-test");

    // A picture: the portal's file is read, decoded and deleted.
    let shot = dir.path().join("Screenshot from the portal.png");
    std::fs::write(
        &shot,
        otp_support::read("google-migration", "test_googleauth_export.png"),
    )
    .unwrap();
    *answer.lock().unwrap() = (0, Some(shot.clone()));
    let (img, source) = screen::capture().unwrap();
    assert_eq!(source, Source::Portal);
    assert_eq!((img.width, img.height), (523, 942));
    assert!(!shot.exists(), "the portal's file must be deleted");
    let payloads = steward::otp::qr::decode(&img).unwrap();
    assert_eq!(
        steward::otp::qr::report_from_payloads(&payloads)
            .unwrap()
            .accounts
            .len(),
        3
    );

    // A "picture" that is an older file of the person's: refused, and never deleted.
    let old = dir.path().join("holiday.png");
    std::fs::write(&old, b"not from the portal").unwrap();
    let past = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(past)
        .unwrap();
    *answer.lock().unwrap() = (0, Some(old.clone()));
    assert_eq!(code_of(screen::capture()), "file_unreadable");
    assert!(old.exists());

    stop.store(true, Ordering::Relaxed);
    portal.join().unwrap();
}
