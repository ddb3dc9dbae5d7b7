//! `steward otp clock` without a profile, against a local stand-in time server. (The check
//! itself: tests/otp_clock.rs.)

#[path = "../../tests/support/time_server.rs"]
mod time_server;

use assert_cmd::Command;
use serde_json::Value;
use time_server::stand_in;

#[test]
fn the_cli_reports_drift_without_a_profile() {
    let (url, server) = stand_in(-120, true, 1);
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("steward")
        .unwrap()
        .env("STEWARD_DATA_DIR", dir.path().join("none"))
        .env("STEWARD_KEYRING", "off")
        .args(["--json", "otp", "clock", "--server", &url])
        .output()
        .unwrap();
    server.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "drift");
    assert!(!dir.path().join("none").exists(), "no profile is created");

    // The server from the environment, human output.
    let (url, server) = stand_in(0, true, 1);
    let out = Command::cargo_bin("steward")
        .unwrap()
        .env("STEWARD_DATA_DIR", dir.path().join("none"))
        .env("STEWARD_TIME_SERVER", &url)
        .args(["otp", "clock"])
        .output()
        .unwrap();
    server.join().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("The clock is right"));
}
