//! "Scan a QR code on the screen" on a real Wayland desktop, through the Screenshot portal:
//! `scripts/wayland/session.sh` runs headless sway with xdg-desktop-portal and its wlroots back
//! end (grim's screencopy); here `swayimg`, another Wayland window, shows the Google
//! Authenticator transfer screenshot from the corpus, and `steward otp add --screen` imports its
//! three accounts. There is no X display in that session (no XWayland), so only the portal can
//! have taken the picture; the portal's file (`/tmp/out.png` for xdg-desktop-portal-wlr) is gone
//! after each scan. Then the same command without a session bus: `screen_portal_missing`.
//!
//! Runs only inside that session (WAYLAND_DISPLAY set); elsewhere it says so and skips, unless
//! STEWARD_TEST_WAYLAND=required (scripts/test.sh's Wayland step), where that fails it.
//!
//!   scripts/wayland/session.sh env STEWARD_TEST_WAYLAND=required \
//!     cargo test -p steward-cli --test otp_screen_wayland

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/otp_support/mod.rs"]
mod otp_support;
mod support;

use std::path::Path;
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::CliEnv;

/// Where xdg-desktop-portal-wlr 0.7 always writes its screenshot.
const WLR_PORTAL_FILE: &str = "/tmp/out.png";

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs `--json` and `args`; the exit code and the JSON printed (stdout on success, the error
/// on stderr otherwise).
fn run(env: &CliEnv, args: &[&str]) -> (Option<i32>, Value) {
    let out = env.run_json(args);
    let body = if out.status.success() {
        &out.stdout
    } else {
        &out.stderr
    };
    let value = serde_json::from_slice(body).unwrap_or_else(|_| {
        panic!(
            "{args:?}: not JSON: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), value)
}

fn labels(report: &Value, key: &str) -> Vec<String> {
    report[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_qr_in_another_wayland_window_is_read_through_the_portal() {
    let required = std::env::var("STEWARD_TEST_WAYLAND").as_deref() == Ok("required");
    if std::env::var_os("WAYLAND_DISPLAY").is_none() {
        assert!(
            !required,
            "not in a Wayland session: run it under scripts/wayland/session.sh"
        );
        eprintln!("SKIPPED: no Wayland session (run it under scripts/wayland/session.sh)");
        return;
    }
    assert!(
        std::env::var_os("DISPLAY").is_none(),
        "the Wayland session must have no X display, so that only the portal can see the screen"
    );
    let env = CliEnv::new();

    // The desktop shows only its one-colour background: the portal's picture is all one colour
    // (an input error, not "no portal").
    let started = Instant::now();
    let (code, err) = run(&env, &["otp", "add", "--screen"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err["code"], "screen_blank", "{err}");
    eprintln!(
        "empty screen through the portal: {} ms",
        started.elapsed().as_millis()
    );
    assert!(
        !Path::new(WLR_PORTAL_FILE).exists(),
        "the portal's file is left behind"
    );

    // Another app's window shows Google Authenticator's transfer screen.
    let png = otp_support::corpus("google-migration").join("test_googleauth_export.png");
    let _viewer = Kill(
        StdCommand::new("swayimg")
            .arg(&png)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("swayimg starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let report = loop {
        let started = Instant::now();
        let (code, value) = run(&env, &["otp", "add", "--screen"]);
        if code == Some(0) {
            eprintln!(
                "scan through the portal: {} ms",
                started.elapsed().as_millis()
            );
            break value;
        }
        assert!(
            ["screen_blank", "no_qr_found"].contains(&value["code"].as_str().unwrap()),
            "{value}"
        );
        assert!(Instant::now() < deadline, "the QR never showed up: {value}");
        std::thread::sleep(Duration::from_millis(300));
    };
    assert!(
        !Path::new(WLR_PORTAL_FILE).exists(),
        "the portal's file is left behind"
    );
    assert_eq!(report["format"], "google_migration");
    assert_eq!(
        labels(&report, "added"),
        [
            "Test1 (test1@example1.com)",
            "Test2 (test2@example2.com)",
            "Test3 (test3@example3.com)"
        ]
    );
    let (code, list) = run(&env, &["otp", "list"]);
    assert_eq!(code, Some(0), "{list}");
    assert_eq!(list.as_array().map(Vec::len), Some(3), "{list}");

    // Scanning again: the same three, duplicates.
    let (code, again) = run(&env, &["otp", "add", "--screen"]);
    assert_eq!(code, Some(0), "{again}");
    assert!(again["added"].as_array().unwrap().is_empty());
    assert_eq!(again["duplicates"].as_array().unwrap().len(), 3);

    // No session bus, so no portal, on Wayland: a system error naming the portal, not a blank
    // picture from somewhere else.
    let out = env
        .cmd()
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/steward-test-bus",
        )
        .args(["--json", "otp", "add", "--screen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "screen_portal_missing", "{err}");
    assert!(err["hint"].as_str().unwrap().contains("xdg-desktop-portal"));
    assert!(err["hint"].as_str().unwrap().contains("Print Screen"));
}
