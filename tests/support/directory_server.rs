//! The directory's two sources served for real on 127.0.0.1: 2fa.directory (v3 all.json) and the
//! Passkeys Directory (v1 all.json), from the snapshots in tests/fixtures/corpus, each by a
//! small HTTP server whose answer a test can turn bad ([`Mode`]). Used by the core's tests
//! (tests/directory.rs, tests/passkeys.rs) and, through cli/tests/support, the CLI's; the file
//! that includes it has `mod common;` (tests/common) at its root. Each uses only some of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

/// The 2fa.directory snapshot (from the repository's root).
pub const TWO_FACTOR: &str = "tests/fixtures/corpus/2fa-directory/all.v3.json";
/// The Passkeys Directory snapshot (from the repository's root).
pub const PASSKEYS: &str = "tests/fixtures/corpus/passkeys-directory/all.v1.json";
/// The parsers' and downloads' size limit (64 MiB), from src/directory/model.rs.
pub const MAX_JSON_BYTES: usize = 64 * 1024 * 1024;
/// The ETag of every snapshot served.
pub const ETAG: &str = "\"snapshot-1\"";

/// One of the snapshots, [`TWO_FACTOR`] or [`PASSKEYS`].
pub fn read(path: &str) -> Vec<u8> {
    std::fs::read(crate::common::repo_path(path)).expect("the snapshots in tests/fixtures/corpus")
}

/// How a [`Server`] answers.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    /// 200 with the snapshot (and an ETag; 304 when asked with it).
    Serve,
    /// 200 with a captive portal's HTML.
    Garbage,
    /// 200 with JSON of the wrong shape (a list).
    WrongShape,
    /// 200 with an object in which no entry is readable.
    AllBad,
    /// 200 with an empty object: parses, but lists no passkeys.
    Nothing,
    /// 200 with a body larger than any directory may be (streamed, never held in memory).
    Oversized,
    /// HTTP 500.
    Error,
    /// Closes the connection without answering.
    Hangup,
}

pub struct Server {
    pub url: String,
    requests: Arc<AtomicUsize>,
    /// Requests answered 304 Not Modified.
    not_modified: Arc<AtomicUsize>,
    mode: Arc<Mutex<Mode>>,
}

impl Server {
    /// Serves `body` at `path` ([`Mode::Serve`] until [`Server::set`]), for as long as the test
    /// runs.
    pub fn start(path: &str, body: Vec<u8>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}{path}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let not_modified = Arc::new(AtomicUsize::new(0));
        let mode = Arc::new(Mutex::new(Mode::Serve));
        let body = Arc::new(body);
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

    /// The 2fa.directory snapshot, as api.2fa.directory serves it.
    pub fn two_factor() -> Server {
        Server::start("/v3/all.json", read(TWO_FACTOR))
    }

    /// The Passkeys Directory snapshot (from the repository's root).
    pub fn passkeys() -> Server {
        Server::start("/v1/all.json", read(PASSKEYS))
    }

    pub fn set(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    /// Requests received.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Requests answered 304 Not Modified.
    pub fn not_modified(&self) -> usize {
        self.not_modified.load(Ordering::SeqCst)
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
        Mode::WrongShape => ("200 OK", b"[1, 2, 3]"),
        Mode::AllBad => (
            "200 OK",
            br#"{"not a domain": {"passwordless": "allowed"}, "x.example": 7}"#,
        ),
        Mode::Nothing => ("200 OK", b"{}"),
        Mode::Oversized => {
            let len = MAX_JSON_BYTES + 1024 * 1024;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
            );
            let _ = stream.write_all(br#"{"amazon.com": {"passwordless": "allowed", "notes": ""#);
            let chunk = vec![b'x'; 64 * 1024];
            let mut sent = 0;
            // The client stops reading past the limit: the writes then fail, and that's it.
            while sent < len && stream.write_all(&chunk).is_ok() {
                sent += chunk.len();
            }
            return;
        }
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

/// An address where nothing listens, ending in `path`.
pub fn dead_url(path: &str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}{path}")
}

/// The time the tests load and refresh at.
pub fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The file `name` the directory cache keeps under the data directory `data`.
pub fn saved(data: &Path, name: &str) -> PathBuf {
    data.join("directory").join(name)
}
