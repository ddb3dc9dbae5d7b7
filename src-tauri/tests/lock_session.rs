//! Locking with the desktop session (src-tauri/src/lock/session.rs) over a private D-Bus daemon
//! (a real dbus-daemon started for this test, standing in for both the system and the session
//! bus). logind itself cannot run here, so a stand-in `org.freedesktop.login1` on that bus answers
//! GetSessionByPID and sends Session.Lock and PrepareForSleep as logind does; the screen saver's
//! ActiveChanged is sent the same way. The app is the real one over Tauri's mock runtime.
//! One test: the bus addresses and XDG_DATA_HOME are the process's.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dbus::blocking::Connection;
use dbus::channel::{MatchingReceiver, Sender};
use dbus::message::MatchRule;
use dbus::Message;
use serde_json::{json, Value};
use steward::lock::{LockReason, LockStatus};
use support::{Harness, PASSPHRASE};

mod support;

const OUR_SESSION: &str = "/org/freedesktop/login1/session/_31";
const OTHER_SESSION: &str = "/org/freedesktop/login1/session/_7";

struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private dbus-daemon; its address.
fn private_bus() -> (Bus, String) {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon (scripts/install-deps.sh installs dbus)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the daemon's address");
    (Bus(child), line.trim().to_string())
}

/// The stand-in logind: answers GetSessionByPID with [`OUR_SESSION`] and sends the signals it is
/// asked to send.
fn fake_logind(address: String) -> mpsc::Sender<Message> {
    let (tx, rx) = mpsc::channel::<Message>();
    let (ready_tx, ready_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut channel = dbus::channel::Channel::open_private(&address).expect("bus");
        channel.register().expect("hello");
        let conn = Connection::from(channel);
        conn.request_name("org.freedesktop.login1", false, true, false)
            .expect("the logind name");
        conn.start_receive(
            MatchRule::new_method_call(),
            Box::new(|msg: Message, conn: &Connection| {
                if msg.member().as_deref() == Some("GetSessionByPID") {
                    let _ = conn.send(msg.method_return().append1(dbus::Path::from(OUR_SESSION)));
                }
                true
            }),
        );
        ready_tx.send(()).expect("ready");
        loop {
            conn.process(Duration::from_millis(20)).expect("process");
            while let Ok(signal) = rx.try_recv() {
                conn.send(signal).expect("send a signal");
            }
        }
    });
    ready_rx.recv().expect("the stand-in logind started");
    tx
}

fn status(h: &Harness) -> LockStatus {
    h.call("lock_status", json!({}))
}

fn wait_locked(h: &Harness, reason: LockReason) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !status(h).locked {
        assert!(
            Instant::now() < deadline,
            "not locked ({reason:?} expected)"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(status(h).reason, reason);
}

fn stays_unlocked(h: &Harness, why: &str) {
    std::thread::sleep(Duration::from_millis(700));
    assert!(!status(h).locked, "{why}");
}

fn unlock(h: &Harness) {
    h.call::<Value>("profile_unlock", json!({ "passphrase": PASSPHRASE }));
    assert!(!status(h).locked);
}

fn lock_signal(path: &str) -> Message {
    Message::new_signal(path, "org.freedesktop.login1.Session", "Lock").expect("signal")
}

#[test]
fn the_app_locks_with_the_session_and_before_sleep() {
    let home = tempfile::tempdir().expect("temp dir");
    let (_bus, address) = private_bus();
    // Edition 2021: set_var is safe; this is the only test in this binary.
    std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", &address);
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
    std::env::set_var("STEWARD_KEYRING", "off");
    let logind = fake_logind(address.clone());

    let h = Harness::at(home.path(), |_| {});
    steward_desktop::lock::session::start(h.app.handle());
    h.unlock();
    // Give the listeners time to subscribe.
    std::thread::sleep(Duration::from_millis(500));

    // Another user's session locking is not ours.
    logind.send(lock_signal(OTHER_SESSION)).unwrap();
    stays_unlocked(&h, "another session's Lock locked the app");

    logind.send(lock_signal(OUR_SESSION)).unwrap();
    wait_locked(&h, LockReason::Session);
    unlock(&h);

    let sleep = |sleeping: bool| {
        Message::new_signal(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
        )
        .unwrap()
        .append1(sleeping)
    };
    logind.send(sleep(false)).unwrap();
    stays_unlocked(&h, "waking up locked the app");
    logind.send(sleep(true)).unwrap();
    wait_locked(&h, LockReason::Session);
    unlock(&h);

    let screensaver = |active: bool| {
        Message::new_signal(
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver",
            "ActiveChanged",
        )
        .unwrap()
        .append1(active)
    };
    logind.send(screensaver(false)).unwrap();
    stays_unlocked(&h, "the screen saver ending locked the app");
    logind.send(screensaver(true)).unwrap();
    wait_locked(&h, LockReason::Session);
    unlock(&h);

    // Turned off in Settings: the session locks, the app stays open.
    h.call::<Value>(
        "prefs_set",
        json!({ "key": "lock_on_session_lock", "value": false }),
    );
    logind.send(lock_signal(OUR_SESSION)).unwrap();
    stays_unlocked(&h, "locked although the setting is off");
}
