//! `steward profile unlock-with passphrase|keyring` (issue 18): the new passphrase from a file
//! (or asked twice at a terminal), the current one as for any command; codes checked against
//! `oathtool` before and after; a refused change changes nothing.
//!
//! The keyring test needs the real Secret Service (CI: scripts/test.sh runs every test inside
//! `dbus-run-session` with an unlocked gnome-keyring and STEWARD_TEST_KEYRING=required);
//! elsewhere it skips. The passphrase test always runs.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use serde_json::Value;
use support::CliEnv;

const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const AT: &str = "1765000000";

fn oathtool() -> String {
    let out = std::process::Command::new("oathtool")
        .args(["--totp", "-b", SECRET, "-N", &format!("@{AT}")])
        .output()
        .expect("oathtool (apt-get install oathtool)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn code(env: &CliEnv, global: &[&str]) -> String {
    let mut args: Vec<&str> = global.to_vec();
    args.extend(["otp", "code", "1", "--at", AT]);
    env.json(&args)["code"]["code"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Runs `--json args`, which must fail; the error's code.
fn error_code(env: &CliEnv, args: &[&str]) -> String {
    let out = env.run_json(args);
    assert!(!out.status.success(), "{args:?} should fail");
    let err: Value = serde_json::from_slice(&out.stderr).expect("a JSON error");
    err["code"].as_str().unwrap().to_string()
}

#[test]
fn a_new_passphrase_from_a_file_and_refusals_that_change_nothing() {
    let env = CliEnv::new();
    env.json(&[
        "otp",
        "add",
        &format!("otpauth://totp/Example:me?secret={SECRET}"),
    ]);
    assert_eq!(code(&env, &[]), oathtool());
    let new = env.file("new-pass", b"a new passphrase here\n");

    // No new passphrase and no terminal: says how to give one.
    assert_eq!(
        error_code(&env, &["profile", "unlock-with", "passphrase"]),
        "new_passphrase_needed"
    );
    // Too short: the rule of a new profile.
    let short = env.file("short", b"short\n");
    assert_eq!(
        error_code(
            &env,
            &[
                "profile",
                "unlock-with",
                "passphrase",
                "--new-passphrase-file",
                &short
            ]
        ),
        "passphrase_too_short"
    );
    // The keyring turned off (STEWARD_KEYRING=off here): refused, nothing changed.
    assert_eq!(
        error_code(&env, &["profile", "unlock-with", "keyring"]),
        "keyring_unavailable"
    );
    assert_eq!(code(&env, &[]), oathtool());

    let changed = env.json(&[
        "profile",
        "unlock-with",
        "passphrase",
        "--new-passphrase-file",
        &new,
    ]);
    assert_eq!(changed["status"]["state"], "passphrase");
    assert_eq!(changed["otp_accounts"], 1);
    // The old passphrase (in `pass`) no longer opens it; the new one does, codes unchanged.
    assert_eq!(
        error_code(&env, &["otp", "code", "1", "--at", AT]),
        "wrong_passphrase"
    );
    assert_eq!(code(&env, &["--passphrase-file", &new]), oathtool());
}

#[test]
fn keyring_to_passphrase_and_back() {
    if !steward::vault::KeyringStore::system().is_available() {
        assert_ne!(
            std::env::var("STEWARD_TEST_KEYRING").as_deref(),
            Ok("required"),
            "STEWARD_TEST_KEYRING=required but no Secret Service answers"
        );
        eprintln!("SKIPPED: no Secret Service here; run through scripts/test.sh");
        return;
    }
    let env = CliEnv::new().keyring();
    env.json(&[
        "otp",
        "add",
        &format!("otpauth://totp/Example:me?secret={SECRET}"),
    ]);
    assert_eq!(code(&env, &[]), oathtool());
    assert_eq!(env.json(&["status"])["state"], "keyring");
    let pass = env.file("new-pass", b"a passphrase of my own\n");

    let text = env.text(&[
        "profile",
        "unlock-with",
        "passphrase",
        "--new-passphrase-file",
        &pass,
    ]);
    assert!(text.contains("now unlocked with your passphrase"), "{text}");
    assert_eq!(env.json(&["status"])["state"], "passphrase");
    assert_eq!(
        error_code(&env, &["otp", "code", "1", "--at", AT]),
        "passphrase_required"
    );
    assert_eq!(code(&env, &["--passphrase-file", &pass]), oathtool());

    // Back to the keyring: the current passphrase opens it for the change.
    let changed = env.json(&[
        "--passphrase-file",
        &pass,
        "profile",
        "unlock-with",
        "keyring",
    ]);
    assert_eq!(changed["status"]["state"], "keyring");
    assert_eq!(code(&env, &[]), oathtool());
}
