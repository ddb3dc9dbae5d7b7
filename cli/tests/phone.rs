//! `steward phone check|refusal|regions` as a person runs them: no profile needed, text and
//! `--json`, exit codes. (What the core reads from a number is tests/phone.rs.)

use assert_cmd::Command;
use serde_json::Value;

fn steward() -> Command {
    let mut cmd = Command::cargo_bin("steward").unwrap();
    // A data directory that does not exist: phone commands must not open or create a profile.
    cmd.env("STEWARD_DATA_DIR", "/nonexistent/steward-phone-test")
        .env_remove("STEWARD_PASSPHRASE_FILE");
    cmd
}

#[test]
fn cli_phone_check_needs_no_profile() {
    let out = steward()
        .args(["phone", "check", "0912 345 678", "--region", "VN"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in ["+84912345678", "mobile", "Vietnam (VN)", "Valid:    yes"] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert!(!std::path::Path::new("/nonexistent/steward-phone-test").exists());

    let out = steward()
        .args(["phone", "check", "+84 0912 345 678"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("extra 0 after the country code +84"),
        "{text}"
    );
    assert!(text.contains("Type it as +84 912 345 678"), "{text}");
}

#[test]
fn cli_phone_json_and_exit_codes() {
    let out = steward()
        .args([
            "--json",
            "phone",
            "check",
            "+84 0912 345 678",
            "--refused",
            "Too many attempts",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["number"]["e164"], "+84912345678");
    assert_eq!(v["refusal"]["kind"], "rate_limited");
    assert!(v["findings"].as_array().unwrap().iter().any(|f| f["code"]
        == "trunk_zero_after_country_code"
        && f["corrected"] == "+84 912 345 678"));

    // A malformed number is a diagnosis, not a failure.
    for input in ["", "+", "abc", "📱", &"1".repeat(40)] {
        let out = steward()
            .args(["--json", "phone", "check", input])
            .output()
            .unwrap();
        assert!(out.status.success(), "{input:?}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["valid"], false);
        assert_eq!(v["findings"][0]["severity"], "problem");
    }

    // An unknown country is the user's input error: exit 1, JSON error on stderr.
    let out = steward()
        .args(["--json", "phone", "check", "0912", "--region", "ZZ"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "unknown_region");

    let out = steward()
        .args(["--json", "phone", "refusal", "We detected unusual activity"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "risk_block");
    assert_eq!(v["customer_fault"], false);

    let out = steward()
        .args(["--json", "phone", "regions"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "VN" && r["calling_code"] == 84));
}
