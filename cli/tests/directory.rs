//! The 2FA directory with real files and real HTTP: a small server on 127.0.0.1 serves the
//! 2fa.directory snapshot in tests/fixtures/corpus (v3 all.json); the cache under a temporary data
//! directory is loaded, refreshed, kept when the network or the server fails, and searched.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use steward::directory::{Directory, DirectoryCache, DirectoryError, Method};
use steward::error::UserFacing;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/corpus/2fa-directory/all.v3.json"
);

fn corpus() -> Vec<u8> {
    std::fs::read(CORPUS).expect("the 2fa.directory snapshot in tests/fixtures/corpus")
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// 200 with the snapshot (and an ETag; 304 when asked with it).
    Serve,
    /// 200 with something that is not the directory.
    Garbage,
    /// HTTP 500.
    Error,
    /// Closes the connection without answering.
    Hangup,
}

struct Server {
    url: String,
    requests: Arc<AtomicUsize>,
    /// Requests answered 304 Not Modified.
    not_modified: Arc<AtomicUsize>,
    mode: Arc<Mutex<Mode>>,
}

const ETAG: &str = "\"snapshot-1\"";

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/v3/all.json", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let not_modified = Arc::new(AtomicUsize::new(0));
        let mode = Arc::new(Mutex::new(Mode::Serve));
        let body = Arc::new(corpus());
        {
            let (requests, not_modified, mode) =
                (requests.clone(), not_modified.clone(), mode.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    let mode = *mode.lock().unwrap();
                    answer(stream, mode, &body, &requests, &not_modified);
                }
            });
        }
        Server {
            url,
            requests,
            not_modified,
            mode,
        }
    }

    fn set(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn answer(
    mut stream: TcpStream,
    mode: Mode,
    body: &[u8],
    requests: &AtomicUsize,
    not_modified: &AtomicUsize,
) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    requests.fetch_add(1, Ordering::SeqCst);
    let head = String::from_utf8_lossy(&head).to_lowercase();
    let (status, content): (&str, &[u8]) = match mode {
        Mode::Hangup => return,
        Mode::Error => ("500 Internal Server Error", b"oops"),
        Mode::Garbage => (
            "200 OK",
            b"<html><body>Captive portal: please log in</body></html>",
        ),
        Mode::Serve if head.contains(&format!("if-none-match: {}", ETAG.to_lowercase())) => {
            not_modified.fetch_add(1, Ordering::SeqCst);
            ("304 Not Modified", b"")
        }
        Mode::Serve => ("200 OK", body),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nETag: {ETAG}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        content.len()
    );
    let _ = stream.write_all(content);
    let _ = stream.flush();
}

/// An address where nothing listens.
fn dead_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/v3/all.json")
}

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn cached_file(data: &Path) -> std::path::PathBuf {
    data.join("directory").join("all.v3.json")
}

#[test]
fn load_through_the_server_fills_the_cache_and_finds_amazon() {
    let server = Server::start();
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
    assert_eq!(std::fs::read(cached_file(tmp.path())).unwrap(), corpus());
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
    let server = Server::start();
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
    assert_eq!(server.not_modified.load(Ordering::SeqCst), 1);
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
    let server = Server::start();
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

    let offline = DirectoryCache::with_url(tmp.path(), &dead_url());
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
    let dir = DirectoryCache::with_url(tmp.path(), &dead_url())
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
    let server = Server::start();
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
    let dir = Directory::parse(&corpus()).unwrap();
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

// The CLI: no profile needed, the cache in the data directory, JSON out.

fn steward(data: &Path, url: &str) -> Command {
    let mut cmd = Command::cargo_bin("steward").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env("STEWARD_DIRECTORY_URL", url)
        .env_remove("STEWARD_PASSKEYS_URL")
        .env("STEWARD_KEYRING", "off")
        .env_remove("STEWARD_PASSPHRASE_FILE")
        .env_remove("STEWARD_DATA_DIR");
    cmd
}

fn json_ok(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn cli_search_show_refresh_without_a_profile() {
    let server = Server::start();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");

    let v = json_ok(steward(&data, &server.url).args(["directory", "search", "amazon", "--json"]));
    assert_eq!(v["services"][0]["name"], "Amazon");
    assert_eq!(
        v["services"][0]["methods"],
        serde_json::json!(["totp", "call", "sms"])
    );
    assert_eq!(v["origin"]["from_cache"], false);
    assert!(cached_file(&data).exists());
    // No profile was created: the data is public.
    assert!(!data.join("steward.db").exists());
    let listed: Vec<String> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed, ["directory"]);
    assert_eq!(server.requests(), 1);

    let v = json_ok(steward(&data, &server.url).args([
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

    let v = json_ok(steward(&data, &server.url).args(["--json", "directory", "show", "amazon.de"]));
    assert_eq!(v["service"]["name"], "Amazon");
    assert_eq!(v["methods"][0]["method"], "totp");
    assert_eq!(v["methods"][0]["label"], "Authenticator app (codes)");
    assert!(v["methods"][2]["advice"]
        .as_str()
        .unwrap()
        .contains("NIST SP 800-63B"));

    // Human output: strongest first, with advice and the links.
    let out = steward(&data, &server.url)
        .args(["directory", "show", "Amazon"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let app = text.find("Authenticator app").unwrap();
    let sms = text.find("Text message (SMS)").unwrap();
    assert!(app < sms, "{text}");
    assert!(text.contains("amazon.com/gp/help"), "{text}");

    let out = steward(&data, &server.url)
        .args(["--json", "directory", "show", "Amazn Prime Nowhere"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_service_not_found");

    let v = json_ok(steward(&data, &server.url).args(["--json", "directory", "refresh"]));
    assert_eq!(v["services"], 2566);
    assert_eq!(v["origin"]["from_cache"], true);
    assert_eq!(server.requests(), 1);
    json_ok(steward(&data, &server.url).args(["--json", "directory", "refresh", "--force"]));
    assert_eq!(server.requests(), 2);
}

#[test]
fn cli_offline_search_is_empty_and_refresh_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let url = dead_url();
    let v = json_ok(steward(&data, &url).args(["--json", "directory", "search", "amazon"]));
    assert_eq!(v["services"], serde_json::json!([]));
    assert!(v["origin"]["refresh_error"].is_string());

    let out = steward(&data, &url)
        .args(["--json", "directory", "show", "amazon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_unavailable");

    let out = steward(&data, &url)
        .args(["--json", "directory", "refresh", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "directory_unreachable");
    assert!(err["hint"].is_string());
}
