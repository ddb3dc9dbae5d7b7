//! "Scan a QR code on the screen" and "from the clipboard", for real, on a virtual X display:
//! Xvfb runs the display, ImageMagick's `display` shows the Google Authenticator screenshot
//! from the corpus, and `steward otp add --screen` (which reads the root window with X11
//! GetImage) imports its accounts. Then a QR picture is put on the clipboard with arboard (this
//! process owns the selection) and `steward otp add --clipboard` reads it.
//!
//! Needs Xvfb and ImageMagick (scripts/install-deps.sh). Without them the test says so and
//! skips, unless STEWARD_TEST_KEYRING=required (the full test run), where missing tools fail it.

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/otp_support/mod.rs"]
mod otp_support;
mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::CliEnv;

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    StdCommand::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
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

fn start_xvfb() -> (Kill, String) {
    let mut child = StdCommand::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("Xvfb stdout");
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb prints its display number");
    let display = format!(":{}", line.trim());
    (Kill(child), display)
}

fn labels(report: &Value) -> Vec<String> {
    report["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn qr_codes_from_the_screen_and_the_clipboard() {
    let required = std::env::var("STEWARD_TEST_KEYRING").as_deref() == Ok("required");
    if !(have("Xvfb") && have("display")) {
        assert!(
            !required,
            "Xvfb and ImageMagick's display are needed for this test"
        );
        eprintln!("SKIPPED: Xvfb or ImageMagick is missing (scripts/install-deps.sh)");
        return;
    }
    let (_xvfb, display) = start_xvfb();
    let env = CliEnv::new()
        .env("DISPLAY", &display)
        .env_remove("WAYLAND_DISPLAY");

    // Nothing on the screen yet: a clear refusal, nothing added.
    let (code, err) = run(&env, &["otp", "add", "--screen"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        ["no_qr_found", "screen_blank", "qr_unreadable"].contains(&err["code"].as_str().unwrap()),
        "{err}"
    );

    // Show the screenshot of Google Authenticator's transfer screen at the top left.
    let png = otp_support::corpus("google-migration").join("test_googleauth_export.png");
    let _viewer = Kill(
        StdCommand::new("display")
            .args(["-display", &display, "-geometry", "+0+0"])
            .arg(&png)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("display starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let report = loop {
        let (code, value) = run(&env, &["otp", "add", "--screen"]);
        if code == Some(0) {
            break value;
        }
        assert!(Instant::now() < deadline, "the QR never showed up: {value}");
        std::thread::sleep(Duration::from_millis(300));
    };
    assert_eq!(report["format"], "google_migration");
    assert_eq!(
        labels(&report),
        [
            "Test1 (test1@example1.com)",
            "Test2 (test2@example2.com)",
            "Test3 (test3@example3.com)"
        ]
    );
    // Scanning again finds the same accounts: duplicates, nothing added.
    let (code, again) = run(&env, &["otp", "add", "--screen"]);
    assert_eq!(code, Some(0));
    assert!(again["added"].as_array().unwrap().is_empty());
    assert_eq!(again["duplicates"].as_array().unwrap().len(), 3);

    // The clipboard: this process owns it (arboard) and holds a QR picture; the CLI reads it.
    // SAFETY of set_var: this file has a single test, so no other thread reads the environment.
    std::env::set_var("DISPLAY", &display);
    let mut clipboard = arboard::Clipboard::new().expect("clipboard on Xvfb");
    let (code, err) = run(&env, &["otp", "add", "--clipboard"]);
    assert_eq!(code, Some(1), "empty clipboard: {err}");
    assert_eq!(err["code"], "clipboard_no_image");

    let img = image::load_from_memory(&otp_support::read("google-migration", "example_export.png"))
        .unwrap()
        .to_rgba8();
    let (w, h) = img.dimensions();
    clipboard
        .set_image(arboard::ImageData {
            width: w as usize,
            height: h as usize,
            bytes: std::borrow::Cow::Owned(img.into_raw()),
        })
        .expect("image on the clipboard");
    let (code, from_clipboard) = run(&env, &["otp", "add", "--clipboard"]);
    assert_eq!(code, Some(0), "{from_clipboard}");
    assert_eq!(from_clipboard["duplicates"].as_array().unwrap().len(), 3);

    // A clipboard image without a QR code in it.
    clipboard
        .set_image(arboard::ImageData {
            width: 64,
            height: 64,
            bytes: std::borrow::Cow::Owned(vec![200u8; 64 * 64 * 4]),
        })
        .unwrap();
    let (code, err) = run(&env, &["otp", "add", "--clipboard"]);
    assert_eq!(code, Some(1));
    assert_eq!(err["code"], "no_qr_found");
    drop(clipboard);

    // No display at all: a system error (exit 2) that says what to do instead.
    let out = env
        .cmd()
        .env_remove("DISPLAY")
        .args(["--json", "otp", "add", "--screen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "screen_unavailable");
    assert!(err["hint"].as_str().unwrap().contains("Print Screen"));
}
