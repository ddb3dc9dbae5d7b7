//! The `steward` CLI as a person or a script uses it: human output, `--json` that parses, and
//! exit codes (1 for the user's input, 2 for anything else). Profiles are passphrase-protected
//! (through STEWARD_PASSPHRASE_FILE) so these run with or without a keyring.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use serde_json::Value;
use support::CliEnv;

#[test]
fn a_whole_case_through_the_cli_in_json() {
    let env = CliEnv::new();
    let case = env.json(&[
        "case",
        "new",
        "Vietnamese number refused",
        "--service",
        "Amazon",
        "--want",
        "2FA on",
    ]);
    assert_eq!(case["number"], 1);
    assert_eq!(case["status"], "open");
    assert_eq!(case["account"]["service"], "Amazon");

    let logged = env.json(&[
        "case",
        "log",
        "1",
        "--summary",
        "Tried to add my number",
        "--channel",
        "portal",
        "--at",
        "2026-11-20T09:15:00+07:00",
        "--duration",
        "25m",
        "--wait",
        "1h5m",
        "--error",
        common::UNUSUAL,
        "--ref",
        "TKT-4471",
        "--promise",
        "Call back|+48h",
        "--verified",
        "yes",
        "--verified-how",
        "SMS code",
    ]);
    assert_eq!(logged["started_at"], "2026-11-20T02:15:00Z");
    assert_eq!(logged["ended_at"], "2026-11-20T02:40:00Z");
    assert_eq!(logged["wait_minutes"], 65);
    assert_eq!(logged["promises"][0]["due_at"], "2026-11-22T02:15:00Z");
    assert_eq!(logged["identity_verified"], true);

    // Channel and team default to the last contact on the case.
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Called retail",
        "--team",
        "Retail support",
    ]);
    let third = env.json(&["case", "log", "1", "-s", "Called again"]);
    assert_eq!(third["channel"], "portal");
    assert_eq!(third["team"], "Retail support");

    let shown = env.json(&["case", "show", "1"]);
    assert_eq!(shown["interactions"].as_array().unwrap().len(), 3);
    assert_eq!(shown["interactions"][0]["error_texts"][0], common::UNUSUAL);

    let hits = env.json(&["case", "search", "unusual", "activity"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["case_number"], 1);

    let edited = env.json(&["case", "edit", "1", "--status", "waiting-on-them"]);
    assert_eq!(edited["status"], "waiting_on_them");
    let closed = env.json(&[
        "case",
        "close",
        "1",
        "--resolution",
        "Authenticator app enrolled",
    ]);
    assert_eq!(closed["status"], "resolved");
    assert!(env.json(&["case", "list"]).as_array().unwrap().is_empty());
    assert_eq!(
        env.json(&["case", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let status = env.json(&["status"]);
    assert_eq!(status["state"], "passphrase");
}

#[test]
fn human_output_says_what_to_do_next() {
    let env = CliEnv::new();
    let out = env.cmd().args(["case", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("steward case new"));
    env.cmd()
        .args(["case", "new", "Parcel lost"])
        .assert()
        .success();
    let out = env.cmd().args(["case", "show", "1"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("No contacts logged yet"));
}

#[test]
fn user_mistakes_exit_1_with_a_clear_json_error() {
    let env = CliEnv::new();
    env.json(&["case", "new", "Real case"]);
    let e = env.fails(&["case", "show", "42"], 1);
    assert_eq!(e["code"], "case_not_found");
    assert!(e["hint"].as_str().unwrap().contains("case list"));
    assert_eq!(
        env.fails(&["case", "log", "1", "-s", "  "], 1)["code"],
        "field_required"
    );
    assert_eq!(
        env.fails(&["case", "log", "1", "-s", "x", "--at", "yesterdayish"], 1)["code"],
        "invalid_time"
    );
    assert_eq!(
        env.fails(
            &["case", "log", "1", "-s", "x", "--at", "now", "--ended", "-1h"],
            1
        )["code"],
        "ends_before_start"
    );
    assert_eq!(
        env.fails(&["case", "search", "?!"], 1)["code"],
        "empty_search"
    );
    assert_eq!(
        env.fails(&["case", "edit", "1"], 1)["code"],
        "nothing_to_change"
    );

    // clap's own errors (unknown channel, missing argument) are also exit 1.
    let out = env
        .cmd()
        .args(["case", "log", "1", "-s", "x", "--channel", "pigeon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("phone, chat"));
    assert_eq!(
        env.cmd()
            .args(["case", "new"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(1)
    );
    // Nothing was logged by any of that.
    assert!(env.json(&["case", "show", "1"])["interactions"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_wrong_or_missing_passphrase_exits_1_and_keeps_the_data() {
    let env = CliEnv::new();
    env.json(&["case", "new", "Keep me"]);
    std::fs::write(env.dir.path().join("wrong"), "nope\n").unwrap();
    let out = env
        .cmd()
        .env("STEWARD_PASSPHRASE_FILE", env.dir.path().join("wrong"))
        .args(["--json", "case", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["code"], "wrong_passphrase");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("sqlcipher"),
        "no library noise"
    );

    // No passphrase and no terminal to ask on: told what to do.
    let out = env
        .cmd()
        .env_remove("STEWARD_PASSPHRASE_FILE")
        .args(["--json", "case", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["code"], "passphrase_required");
    assert!(e["hint"]
        .as_str()
        .unwrap()
        .contains("STEWARD_PASSPHRASE_FILE"));

    assert_eq!(env.json(&["case", "list"])[0]["title"], "Keep me");
}

#[test]
fn an_unreadable_passphrase_file_is_explained() {
    let env = CliEnv::new();
    let out = env
        .cmd()
        .env(
            "STEWARD_PASSPHRASE_FILE",
            env.dir.path().join("does-not-exist"),
        )
        .args(["--json", "case", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["code"], "passphrase_file_unreadable");
}
