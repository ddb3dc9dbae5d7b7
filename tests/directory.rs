//! The 2FA directory with real files and real HTTP: a small server on 127.0.0.1 serves the
//! 2fa.directory snapshot in tests/fixtures/corpus (v3 all.json); the cache under a temporary data
//! directory is loaded, refreshed, kept when the network or the server fails, and searched.

mod common;
#[path = "support/directory_server.rs"]
mod directory_server;

use std::path::Path;

use chrono::TimeDelta;
use directory_server::{dead_url, read, saved, t0, Mode, Server, ETAG, TWO_FACTOR};
use serde_json::Value;
use steward::directory::{Directory, DirectoryCache, DirectoryError, Method};
use steward::error::UserFacing;

fn cached_file(data: &Path) -> std::path::PathBuf {
    saved(data, "all.v3.json")
}

#[test]
fn load_through_the_server_fills_the_cache_and_finds_amazon() {
    let server = Server::two_factor();
    let tmp = tempfile::tempdir().unwrap();
    let cache = DirectoryCache::with_url(tmp.path(), &server.url);

    let dir = cache.load(t0()).unwrap();
    assert_eq!(server.requests(), 1);
    assert_eq!(dir.len(), 2566);
    assert_eq!(dir.skipped(), 0);
    let origin = dir.origin();
    assert!(!origin.from_cache && !origin.stale && origin.refresh_error.is_none());
    assert_eq!(origin.url.as_deref(), Some(server.url.as_str()));
    assert_eq!(origin.fetched_at, Some(t0()));
    assert_eq!(
        std::fs::read(cached_file(tmp.path())).unwrap(),
        read(TWO_FACTOR)
    );
    let meta: Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("directory/meta.json")).unwrap())
            .unwrap();
    assert_eq!(meta["url"], server.url.as_str());
    assert_eq!(meta["etag"], ETAG);

    for q in [
        "amazon",
        "Amazon",
        "amazon.de",
        "https://www.amazon.co.uk/ap/signin",
    ] {
        let hits = dir.search(q, 5);
        assert_eq!(hits[0].name, "Amazon", "search {q:?}");
        assert_eq!(
            dir.find(q).map(|s| s.name.as_str()),
            Some("Amazon"),
            "find {q:?}"
        );
    }
    let amazon = dir.find("amazon").unwrap();
    assert_eq!(
        amazon.methods,
        vec![Method::Totp, Method::Call, Method::Sms]
    );
    assert!(amazon.supports(Method::Sms) && !amazon.supports(Method::SecurityKey));
    assert!(amazon.has_2fa());
    assert!(amazon
        .notes
        .as_deref()
        .unwrap()
        .contains("SMS or phone call"));
    // Prefix hits after the exact one; a sub-domain finds the most specific service.
    let names: Vec<&str> = dir
        .search("amazon", 3)
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Amazon", "Amazon Pay", "Amazon Web Services"]);
    assert_eq!(
        dir.find("https://signin.aws.amazon.com/console")
            .unwrap()
            .name,
        "Amazon Web Services"
    );
    assert!(dir.search("", 10).is_empty());
    assert!(dir.find("amaz").is_none());
    // Services without 2FA are listed too (about 700 of them).
    let without = dir.services().iter().filter(|s| !s.has_2fa()).count();
    assert!((600..800).contains(&without), "{without}");
}

#[test]
fn within_a_day_no_request_after_a_day_a_refetch() {
    let server = Server::two_factor();
    let tmp = tempfile::tempdir().unwrap();
    let cache = DirectoryCache::with_url(tmp.path(), &server.url);
    cache.load(t0()).unwrap();
    assert_eq!(server.requests(), 1);

    let again = cache.load(t0() + TimeDelta::hours(23)).unwrap();
    assert_eq!(server.requests(), 1, "a fresh cache makes no request");
    assert!(again.origin().from_cache && !again.origin().stale);
    assert_eq!(again.origin().fetched_at, Some(t0()));
    assert_eq!(again.len(), 2566);
    // refresh without force behaves the same.
    cache.refresh(t0() + TimeDelta::hours(1), false).unwrap();
    assert_eq!(server.requests(), 1);

    // After a day it asks again, conditionally (the server says "not modified").
    let later = t0() + TimeDelta::hours(25);
    let dir = cache.load(later).unwrap();
    assert_eq!(server.requests(), 2);
    assert_eq!(server.not_modified(), 1);
    assert_eq!(dir.origin().fetched_at, Some(later));
    assert!(dir.origin().refresh_error.is_none() && !dir.origin().stale);
    assert_eq!(dir.len(), 2566);
    // ... and the confirmation counts as a fresh fetch.
    cache.load(later + TimeDelta::hours(1)).unwrap();
    assert_eq!(server.requests(), 2);

    // force always asks.
    cache.refresh(later + TimeDelta::hours(2), true).unwrap();
    assert_eq!(server.requests(), 3);
}

#[test]
fn server_down_uses_the_stale_cache_without_an_error() {
    let server = Server::two_factor();
    let tmp = tempfile::tempdir().unwrap();
    DirectoryCache::with_url(tmp.path(), &server.url)
        .load(t0())
        .unwrap();
    let before = std::fs::read(cached_file(tmp.path())).unwrap();

    // Same data directory, nothing listening any more; a day later a refresh is due.
    let cache = DirectoryCache::with_url(tmp.path(), &server.url);
    server.set(Mode::Hangup);
    let dir = cache.load(t0() + TimeDelta::days(2)).unwrap();
    assert_eq!(dir.len(), 2566);
    assert!(dir.origin().from_cache && dir.origin().stale);
    assert_eq!(dir.origin().fetched_at, Some(t0()));
    let why = dir.origin().refresh_error.as_deref().unwrap();
    assert!(why.contains("127.0.0.1"), "{why}");
    assert_eq!(dir.find("Amazon").unwrap().methods.len(), 3);

    let offline = DirectoryCache::with_url(tmp.path(), &dead_url("/v3/all.json"));
    let dir = offline.load(t0() + TimeDelta::days(2)).unwrap();
    assert!(dir.origin().stale && dir.origin().refresh_error.is_some());
    assert_eq!(dir.len(), 2566);
    // An explicit refresh does report the failure, and the copy is untouched.
    let err = offline
        .refresh(t0() + TimeDelta::days(2), true)
        .unwrap_err();
    assert_eq!(err.code(), "directory_unreachable");
    assert!(err.hint().is_some());
    assert_eq!(std::fs::read(cached_file(tmp.path())).unwrap(), before);
}

#[test]
fn no_cache_and_no_network_is_an_empty_directory_not_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DirectoryCache::with_url(tmp.path(), &dead_url("/v3/all.json"))
        .load(t0())
        .unwrap();
    assert!(dir.is_empty());
    assert_eq!(dir.len(), 0);
    assert!(dir.search("amazon", 10).is_empty());
    assert!(dir.find("amazon").is_none());
    assert!(!dir.origin().from_cache);
    assert!(dir.origin().refresh_error.is_some());
    assert!(!cached_file(tmp.path()).exists());
}

#[test]
fn a_bad_download_never_replaces_a_good_cache() {
    let server = Server::two_factor();
    let tmp = tempfile::tempdir().unwrap();
    let cache = DirectoryCache::with_url(tmp.path(), &server.url);
    cache.load(t0()).unwrap();
    let good = std::fs::read(cached_file(tmp.path())).unwrap();
    let good_meta = std::fs::read(tmp.path().join("directory/meta.json")).unwrap();

    for (mode, code) in [
        (Mode::Garbage, "directory_malformed"),
        (Mode::Error, "directory_http_status"),
    ] {
        server.set(mode);
        let err = cache.refresh(t0() + TimeDelta::days(3), true).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
        assert_eq!(std::fs::read(cached_file(tmp.path())).unwrap(), good);
        assert_eq!(
            std::fs::read(tmp.path().join("directory/meta.json")).unwrap(),
            good_meta
        );
        // load falls back to the saved copy and says why.
        let dir = cache.load(t0() + TimeDelta::days(3)).unwrap();
        assert_eq!(dir.len(), 2566);
        assert!(dir.origin().stale);
        assert!(dir.origin().refresh_error.is_some());
        assert_eq!(std::fs::read(cached_file(tmp.path())).unwrap(), good);
    }
    // No temporary files left behind.
    let names: Vec<String> = std::fs::read_dir(tmp.path().join("directory"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn only_https_or_this_computer() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = DirectoryCache::with_url(tmp.path(), "http://example.com/all.json");
    let err = cache.refresh(t0(), true).unwrap_err();
    assert_eq!(err.code(), "directory_bad_url");
    // load still does not fail.
    let dir = cache.load(t0()).unwrap();
    assert!(dir.is_empty() && dir.origin().refresh_error.is_some());
}

#[test]
fn malformed_json_is_a_clear_error() {
    for (input, says) in [
        (&b"{not json"[..], "not valid JSON"),
        (b"<html>", "not valid JSON"),
        (b"{\"a\": 1}", "found an object"),
        (b"[1, 2, 3]", "none of its 3 entries"),
    ] {
        let err = Directory::parse(input).unwrap_err();
        assert!(matches!(err, DirectoryError::Malformed { .. }), "{err:?}");
        assert_eq!(err.code(), "directory_malformed");
        let msg = err.to_string();
        assert!(msg.contains(says), "{msg}");
        assert!(msg.contains("2FA directory"), "{msg}");
    }
    assert!(Directory::parse(b"[]").unwrap().is_empty());
}

#[test]
fn unknown_methods_and_bad_entries_are_skipped_not_fatal() {
    let json = br#"[
        ["Future Bank", {"domain": "future.example", "tfa": ["passkey-v9", "sms", "totp", "telepathy", "sms"],
                         "documentation": "https://future.example/2fa", "regions": ["de", "-us"]}],
        ["Broken", "not an object"],
        ["No domain", {"tfa": ["totp"]}],
        ["Plain", {"domain": "plain.example", "tfa": "totp", "contact": {"email": "help@plain.example", "language": "de"}}]
    ]"#;
    let dir = Directory::parse(json).unwrap();
    assert_eq!(dir.len(), 2);
    assert_eq!(dir.skipped(), 2);
    let s = dir.find("future.example").unwrap();
    assert_eq!(s.methods, vec![Method::Totp, Method::Sms]);
    assert_eq!(s.regions, ["de", "-us"]);
    assert_eq!(
        s.documentation.as_deref(),
        Some("https://future.example/2fa")
    );
    let plain = dir.find("PLAIN").unwrap();
    assert_eq!(plain.methods, vec![Method::Totp]);
    assert_eq!(
        plain.contact.as_ref().unwrap().email.as_deref(),
        Some("help@plain.example")
    );
}

#[test]
fn the_whole_snapshot_parses() {
    let dir = Directory::parse(&read(TWO_FACTOR)).unwrap();
    assert_eq!(dir.len(), 2566);
    assert_eq!(dir.skipped(), 0);
    for s in dir.services() {
        let mut sorted = s.methods.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(s.methods, sorted, "{}", s.name);
    }
    let aws = dir.find("aws.amazon.com").unwrap();
    assert_eq!(aws.methods[0], Method::SecurityKey);
    assert!(!aws.custom_hardware.is_empty());
}
