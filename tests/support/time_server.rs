//! A LOCAL STAND-IN for the time server the clock-drift check asks: plain HTTP on 127.0.0.1,
//! answering with a `Date` header skewed by a chosen amount (the real check uses https; plain
//! http is accepted only on loopback). For tests/otp_clock.rs and cli/tests/otp_clock.rs.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use chrono::Utc;

/// Serves `answers` HTTP responses, each with Date = now + skew (or no Date), then stops.
pub fn stand_in(
    skew_seconds: i64,
    with_date: bool,
    answers: usize,
) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        for _ in 0..answers {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut buf = [0u8; 2048];
            let _ = stream.read(&mut buf);
            let date = (Utc::now() + chrono::Duration::seconds(skew_seconds))
                .format("%a, %d %b %Y %H:%M:%S GMT")
                .to_string();
            let head = if with_date {
                format!("HTTP/1.1 200 OK\r\nDate: {date}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            } else {
                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string()
            };
            let _ = stream.write_all(head.as_bytes());
        }
    });
    (url, handle)
}
