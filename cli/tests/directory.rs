//! `steward directory search|show|refresh` as a person runs them, without a profile, against the
//! 2fa.directory snapshot served on 127.0.0.1. (The directory cache itself: tests/directory.rs.)

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use serde_json::Value;
use support::directory_server::{dead_url, saved, Server};
use support::{json_ok, without_profile};

// The CLI: no profile needed, the cache in the data directory, JSON out.

#[test]
fn cli_search_show_refresh_without_a_profile() {
    let server = Server::two_factor();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");

    let v = json_ok(without_profile(&data, &server.url).args([
        "directory",
        "search",
        "amazon",
        "--json",
    ]));
    assert_eq!(v["services"][0]["name"], "Amazon");
    assert_eq!(
        v["services"][0]["methods"],
        serde_json::json!(["totp", "call", "sms"])
    );
    assert_eq!(v["origin"]["from_cache"], false);
    // What a search shows carries its badge, as in the window's service search: simple-icons
    // has no Amazon icon, so its monogram.
    assert_eq!(v["services"][0]["badge"]["icon"], Value::Null);
    assert_eq!(v["services"][0]["badge"]["monogram"]["letters"], "A");
    assert!(saved(&data, "all.v3.json").exists());
    // No profile was created: the data is public.
    assert!(!data.join("steward.db").exists());
    let listed: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed, ["directory"]);
    assert_eq!(server.requests(), 1);

    let v = json_ok(without_profile(&data, &server.url).args([
        "--json",
        "directory",
        "search",
        "https://www.amazon.co.uk/ap/signin",
        "--limit",
        "1",
    ]));
    assert_eq!(v["services"].as_array().unwrap().len(), 1);
    assert_eq!(v["services"][0]["name"], "Amazon");
    assert_eq!(v["origin"]["from_cache"], true);
    assert_eq!(server.requests(), 1);

    let v = json_ok(without_profile(&data, &server.url).args([
        "--json",
        "directory",
        "show",
        "amazon.de",
    ]));
    assert_eq!(v["service"]["name"], "Amazon");
    assert_eq!(v["methods"][0]["method"], "totp");
    assert_eq!(v["methods"][0]["label"], "Authenticator app (codes)");
    assert!(v["methods"][2]["advice"]
        .as_str()
        .unwrap()
        .contains("NIST SP 800-63B"));

    // Human output: strongest first, with advice and the links.
    let out = without_profile(&data, &server.url)
        .args(["directory", "show", "Amazon"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let app = text.find("Authenticator app").unwrap();
    let sms = text.find("Text message (SMS)").unwrap();
    assert!(app < sms, "{text}");
    assert!(text.contains("amazon.com/gp/help"), "{text}");

    let out = without_profile(&data, &server.url)
        .args(["--json", "directory", "show", "Amazn Prime Nowhere"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_service_not_found");

    let v = json_ok(without_profile(&data, &server.url).args(["--json", "directory", "refresh"]));
    assert_eq!(v["services"], 2566);
    assert_eq!(v["origin"]["from_cache"], true);
    assert_eq!(server.requests(), 1);
    json_ok(without_profile(&data, &server.url).args([
        "--json",
        "directory",
        "refresh",
        "--force",
    ]));
    assert_eq!(server.requests(), 2);
}

#[test]
fn cli_offline_search_is_empty_and_refresh_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let url = dead_url("/v3/all.json");
    let v = json_ok(without_profile(&data, &url).args(["--json", "directory", "search", "amazon"]));
    assert_eq!(v["services"], serde_json::json!([]));
    assert!(v["origin"]["refresh_error"].is_string());

    let out = without_profile(&data, &url)
        .args(["--json", "directory", "show", "amazon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_unavailable");

    let out = without_profile(&data, &url)
        .args(["--json", "directory", "refresh", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_unreachable");
    assert!(err["hint"].is_string());
}
