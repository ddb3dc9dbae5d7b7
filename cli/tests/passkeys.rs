//! `steward directory` with the Passkeys Directory as its second source, as a person runs it:
//! STEWARD_PASSKEYS_URL, passkey support in `directory show`, JSON out. (The merge and the
//! cache: tests/passkeys.rs.)

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::Path;

use serde_json::{json, Value};
use support::directory_server::{saved, Mode, Server};
use support::{json_ok, text_ok, without_profile};

const WITH_PASSKEYS: usize = 240;

// The CLI: STEWARD_PASSKEYS_URL, passkey support in `directory show`, JSON out.

fn steward(data: &Path, directory_url: &str, passkeys_url: Option<&str>) -> assert_cmd::Command {
    let mut cmd = without_profile(data, directory_url);
    if let Some(url) = passkeys_url {
        cmd.env("STEWARD_PASSKEYS_URL", url);
    }
    cmd
}

#[test]
fn cli_honours_steward_passkeys_url_and_shows_passkey_support() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");

    let v = json_ok(steward(&data, &tfa.url, Some(&pk.url)).args([
        "--json",
        "directory",
        "show",
        "amazon",
    ]));
    assert_eq!(pk.requests(), 1);
    assert_eq!(v["service"]["name"], "Amazon");
    assert_eq!(v["service"]["passkey"]["passwordless"], "allowed");
    assert_eq!(v["service"]["passkey"]["mfa"], Value::Null);
    assert_eq!(v["passkey"]["passwordless"], "allowed");
    assert_eq!(
        v["passkey"]["ways"],
        json!(["Sign in with a passkey instead of a password (optional)"])
    );
    assert!(v["passkey"]["notes"]
        .as_str()
        .unwrap()
        .contains("regional Amazon sites"));
    assert_eq!(
        v["passkey"]["source"],
        "Passkeys Directory (passkeys.2fa.directory), CC BY 4.0"
    );
    assert_eq!(v["origin"]["passkeys"]["present"], true);
    assert_eq!(v["origin"]["passkeys"]["domains"], 364);
    assert_eq!(v["origin"]["passkeys"]["url"], pk.url.as_str());
    assert!(saved(&data, "passkeys.v1.json").exists());

    // Human output: the credit, each way, the note and the link.
    let text =
        text_ok(steward(&data, &tfa.url, Some(&pk.url)).args(["directory", "show", "Amazon"]));
    assert!(
        text.contains(
            "Passkeys (from the Passkeys Directory (passkeys.2fa.directory), CC BY 4.0):"
        ),
        "{text}"
    );
    assert!(
        text.contains("  - Sign in with a passkey instead of a password (optional)"),
        "{text}"
    );
    assert!(text.contains("regional Amazon sites"), "{text}");
    assert!(
        text.contains("How to set one up: https://www.amazon.com/gp/help/"),
        "{text}"
    );
    assert_eq!(pk.requests(), 1, "the saved copy is fresh");

    // A service without passkey data: no passkey section, `null` in JSON.
    let v = json_ok(steward(&data, &tfa.url, Some(&pk.url)).args([
        "--json",
        "directory",
        "show",
        "Amazon Pay",
    ]));
    assert_eq!(v["passkey"], Value::Null);
    assert_eq!(v["service"]["passkey"], Value::Null);
    let text =
        text_ok(steward(&data, &tfa.url, Some(&pk.url)).args(["directory", "show", "Amazon Pay"]));
    assert!(!text.contains("Passkeys ("), "{text}");

    // Search marks the services with passkeys.
    let text = text_ok(steward(&data, &tfa.url, Some(&pk.url)).args([
        "directory",
        "search",
        "amazon",
        "--limit",
        "3",
    ]));
    assert!(
        text.lines().next().unwrap().ends_with("; passkeys"),
        "{text}"
    );

    let v = json_ok(steward(&data, &tfa.url, Some(&pk.url)).args([
        "--json",
        "directory",
        "refresh",
        "--force",
    ]));
    assert_eq!(v["with_passkeys"], WITH_PASSKEYS);
    assert_eq!(pk.requests(), 2);
}

#[test]
fn cli_passkeys_only_from_a_configured_address() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());
    let tmp = tempfile::tempdir().unwrap();

    // STEWARD_DIRECTORY_URL set, STEWARD_PASSKEYS_URL not: no passkey download anywhere.
    for (i, passkeys_url) in [None, Some("off"), Some("OFF ")].into_iter().enumerate() {
        let data = tmp.path().join(format!("data-{i}"));
        let v = json_ok(steward(&data, &tfa.url, passkeys_url).args([
            "--json",
            "directory",
            "show",
            "amazon",
        ]));
        assert_eq!(v["service"]["passkey"], Value::Null, "{passkeys_url:?}");
        assert_eq!(v["passkey"], Value::Null);
        assert_eq!(v["origin"]["passkeys"]["present"], false);
        assert_eq!(v["origin"]["passkeys"]["url"], Value::Null);
        assert_eq!(v["origin"]["passkeys"]["refresh_error"], Value::Null);
        assert!(!saved(&data, "passkeys.v1.json").exists());
    }
    assert_eq!(pk.requests(), 0);

    // An address that can't be used: the 2FA directory still works, the reason is shown.
    let data = tmp.path().join("data-bad");
    let v = json_ok(
        steward(&data, &tfa.url, Some("http://example.com/v1/all.json")).args([
            "--json",
            "directory",
            "show",
            "amazon",
        ]),
    );
    assert_eq!(v["service"]["name"], "Amazon");
    assert_eq!(v["origin"]["passkeys"]["present"], false);
    let why = v["origin"]["passkeys"]["refresh_error"].as_str().unwrap();
    assert!(
        why.contains("is not an address Steward can download the Passkeys Directory from"),
        "{why}"
    );
    let text = text_ok(
        steward(&data, &tfa.url, Some("http://example.com/v1/all.json")).args([
            "directory",
            "show",
            "amazon",
        ]),
    );
    assert!(
        text.contains("Passkey support is not known right now"),
        "{text}"
    );

    // Offline after a download: the stale copy is used and the CLI says so.
    let data = tmp.path().join("data-stale");
    json_ok(steward(&data, &tfa.url, Some(&pk.url)).args(["--json", "directory", "refresh"]));
    let meta_path = saved(&data, "passkeys.meta.json");
    let mut meta: Value = serde_json::from_slice(&std::fs::read(&meta_path).unwrap()).unwrap();
    meta["fetched_at"] = json!("2020-01-01T00:00:00Z");
    std::fs::write(&meta_path, serde_json::to_vec(&meta).unwrap()).unwrap();
    pk.set(Mode::Hangup);
    let text =
        text_ok(steward(&data, &tfa.url, Some(&pk.url)).args(["directory", "show", "amazon"]));
    assert!(
        text.contains("Passkeys (from the Passkeys Directory"),
        "{text}"
    );
    assert!(
        text.contains("Passkey data: using the saved copy from"),
        "{text}"
    );
}
