//! The clock-drift check against a LOCAL STAND-IN for the time server: a plain HTTP server on
//! 127.0.0.1 in the test thread that answers with a `Date` header skewed by a chosen amount.
//! (The real check uses an https:// server; plain http is accepted only on loopback for this.)
//! Unreachable servers and answers without a Date give "couldn't check", never an error.

#[path = "support/time_server.rs"]
mod time_server;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use steward::error::UserFacing;
use steward::otp::clock::{check, ClockStatus, DRIFT_WARN_SECONDS};
use time_server::stand_in;

#[test]
fn a_right_clock_is_ok() {
    let (url, server) = stand_in(0, true, 1);
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Ok, "{c:?}");
    assert!(c.offset_seconds.unwrap().abs() <= 1);
    assert_eq!(c.server, "127.0.0.1");
    assert!(c.hint.is_none());
}

#[test]
fn small_drift_is_tolerated() {
    let (url, server) = stand_in(8, true, 1);
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Ok, "{c:?}");
    let off = c.offset_seconds.unwrap();
    assert!((7..=9).contains(&off), "{off}");
    assert!(c.message.contains("behind"), "{}", c.message);
}

#[test]
fn a_clock_behind_or_ahead_is_a_warning() {
    let (url, server) = stand_in(45, true, 1);
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Drift, "{c:?}");
    let off = c.offset_seconds.unwrap();
    assert!((44..=46).contains(&off), "{off}");
    assert!(off > DRIFT_WARN_SECONDS);
    assert!(c.message.contains("behind"), "{}", c.message);
    assert!(c.message.contains("may be refused"));
    assert!(c.hint.unwrap().contains("automatically"));

    let (url, server) = stand_in(-600, true, 1);
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Drift);
    assert!(c.message.contains("10 minutes ahead"), "{}", c.message);
}

#[test]
fn unreachable_or_dateless_servers_give_couldnt_check() {
    // Nothing listens on this port any more.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = check(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(3)).unwrap();
    assert_eq!(c.status, ClockStatus::Unchecked);
    assert!(c.offset_seconds.is_none());
    assert!(
        c.message.starts_with("Steward couldn't check the clock"),
        "{}",
        c.message
    );
    assert!(c.hint.is_some());

    let (url, server) = stand_in(0, false, 1);
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Unchecked);
    assert!(c.message.contains("no Date header"), "{}", c.message);

    // A server that accepts but never answers: the timeout applies.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let started = std::time::Instant::now();
    let c = check(&url, Duration::from_secs(2)).unwrap();
    assert_eq!(c.status, ClockStatus::Unchecked);
    assert!(started.elapsed() < Duration::from_secs(10));
    drop(listener);
}

/// The HTTPS path (rustls with ring, the platform verifier) is set up and fails cleanly when
/// the other side does not speak TLS. (No internet here: a real server is not asked.)
#[test]
fn a_broken_tls_server_gives_couldnt_check() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}/", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut buf = [0u8; 512];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 400 Not TLS\r\n\r\n");
        }
    });
    let c = check(&url, Duration::from_secs(5)).unwrap();
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Unchecked, "{c:?}");
    assert!(c.message.starts_with("Steward couldn't check the clock"));
}

#[test]
fn only_https_servers_except_loopback() {
    let err = check("http://example.com/", Duration::from_secs(1)).unwrap_err();
    assert_eq!(err.code(), "time_server_not_https");
    let err = check("nonsense", Duration::from_secs(1)).unwrap_err();
    assert_eq!(err.code(), "bad_time_server");
}
