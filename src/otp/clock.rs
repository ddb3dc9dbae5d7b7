//! Clock drift: time-based codes are only right when the computer's clock is. Steward asks an
//! HTTPS server for its `Date` header and compares it with the system clock, allowing for the
//! round trip and the header's one-second resolution. More than [`DRIFT_WARN_SECONDS`] off and
//! codes may be refused (services accept about one 30-second step either way).
//!
//! The server is configurable (`STEWARD_TIME_SERVER`, `--server`); it must be `https://`, except
//! on the loopback interface (tests use a local stand-in). Whatever goes wrong on the network,
//! the result is a [`ClockCheck`] saying "couldn't check", never an error: only a malformed
//! server address is one.
//!
//! One blocking request with reqwest (rustls + ring, system certificates), run on its own
//! thread so it works from inside an async runtime (the desktop shell) as well as the CLI.

use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::error::{ErrorKind, UserFacing};

pub const DEFAULT_SERVER: &str = "https://www.cloudflare.com/";
pub const SERVER_ENV: &str = "STEWARD_TIME_SERVER";
pub const DRIFT_WARN_SECONDS: i64 = 15;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(8);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClockStatus {
    /// Within the tolerance: codes are fine.
    Ok,
    /// Off by more than the tolerance: codes may be refused.
    Drift,
    /// The server could not be asked (offline, blocked, no Date header).
    Unchecked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ClockCheck {
    pub status: ClockStatus,
    /// The host that was asked.
    pub server: String,
    /// Server time minus this computer's time, rounded to the second: positive means this
    /// computer is behind. `None` when unchecked.
    #[ts(type = "number | null")]
    pub offset_seconds: Option<i64>,
    pub tolerance_seconds: u32,
    pub checked_at: DateTime<Utc>,
    pub message: String,
    pub hint: Option<String>,
}

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum ClockError {
    BadServer(String),
    NotHttps,
}

impl UserFacing for ClockError {
    fn code(&self) -> &'static str {
        match self {
            ClockError::BadServer(_) => "bad_time_server",
            ClockError::NotHttps => "time_server_not_https",
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::Input
    }

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        args.insert("default_server".into(), DEFAULT_SERVER.into());
        args
    }
}

/// The server to ask: `STEWARD_TIME_SERVER`, else [`DEFAULT_SERVER`].
pub fn default_server() -> String {
    std::env::var(SERVER_ENV)
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_SERVER.to_string())
}

fn parse_server(server: &str) -> Result<reqwest::Url, ClockError> {
    let url = reqwest::Url::parse(server.trim())
        .map_err(|_| ClockError::BadServer(server.chars().take(80).collect()))?;
    let host = url
        .host_str()
        .ok_or_else(|| ClockError::BadServer(server.chars().take(80).collect()))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(host) => Ok(url),
        "http" => Err(ClockError::NotHttps),
        _ => Err(ClockError::BadServer(server.chars().take(80).collect())),
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// What the server said and when we asked.
struct Sample {
    sent: SystemTime,
    received: SystemTime,
    date: DateTime<Utc>,
}

fn fetch(url: reqwest::Url, timeout: Duration) -> Result<Sample, String> {
    // reqwest is built without a default TLS provider (no aws-lc-rs): ring is installed once.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let https_only = url.scheme() == "https";
    let client = reqwest::blocking::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .https_only(https_only)
        .user_agent(concat!(
            "Steward/",
            env!("CARGO_PKG_VERSION"),
            " (clock check)"
        ))
        .build()
        .map_err(|e| e.without_url().to_string())?;
    let sent = SystemTime::now();
    let response = client
        .head(url)
        .send()
        .map_err(|e| crate::net::describe_failure(&e))?;
    let received = SystemTime::now();
    let header = response
        .headers()
        .get(reqwest::header::DATE)
        .ok_or_else(|| crate::t!("otp-clock-no-date"))?;
    let text = header
        .to_str()
        .map_err(|_| crate::t!("otp-clock-date-unreadable"))?;
    let date = DateTime::parse_from_rfc2822(text.trim())
        .map_err(|_| crate::t!("otp-clock-date-invalid"))?
        .with_timezone(&Utc);
    Ok(Sample {
        sent,
        received,
        date,
    })
}

fn seconds_since_epoch(t: SystemTime) -> f64 {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

/// Server minus local, in seconds: the header names the whole second it was made in, so its
/// middle (+0.5 s) is compared with the middle of the round trip.
fn offset(sample: &Sample) -> f64 {
    let sent = seconds_since_epoch(sample.sent);
    let received = seconds_since_epoch(sample.received);
    let local_mid = sent + (received - sent).max(0.0) / 2.0;
    sample.date.timestamp() as f64 + 0.5 - local_mid
}

fn describe_offset(seconds: i64) -> String {
    let abs = seconds.unsigned_abs();
    let amount = if abs >= 120 {
        crate::t!("clock-minutes", n = abs / 60)
    } else {
        crate::t!("clock-seconds", n = abs)
    };
    if seconds > 0 {
        crate::t!("clock-behind", amount = amount)
    } else {
        crate::t!("clock-ahead", amount = amount)
    }
}

/// Compares this computer's clock with `server`'s. Network trouble gives
/// [`ClockStatus::Unchecked`]; only an unusable address is an error.
pub fn check(server: &str, timeout: Duration) -> Result<ClockCheck, ClockError> {
    let url = parse_server(server)?;
    let host = url
        .host_str()
        .map(str::to_string)
        .unwrap_or_else(|| crate::t!("otp-clock-the-server"));
    let fetched = {
        let url = url.clone();
        std::thread::spawn(move || fetch(url, timeout))
            .join()
            .unwrap_or_else(|_| Err(crate::t!("otp-clock-stopped")))
    };
    let checked_at = Utc::now();
    let tolerance = DRIFT_WARN_SECONDS as u32;
    Ok(match fetched {
        Err(detail) => ClockCheck {
            status: ClockStatus::Unchecked,
            server: host.clone(),
            offset_seconds: None,
            tolerance_seconds: tolerance,
            checked_at,
            message: crate::t!("otp-clock-unchecked", host = &host, detail = detail),
            hint: Some(crate::t!("otp-clock-unchecked-hint")),
        },
        Ok(sample) => {
            let off = offset(&sample).round() as i64;
            if off.abs() > DRIFT_WARN_SECONDS {
                ClockCheck {
                    status: ClockStatus::Drift,
                    server: host.clone(),
                    offset_seconds: Some(off),
                    tolerance_seconds: tolerance,
                    checked_at,
                    message: crate::t!(
                        "otp-clock-drift",
                        offset = describe_offset(off),
                        host = &host
                    ),
                    hint: Some(crate::t!("otp-clock-drift-hint")),
                }
            } else {
                ClockCheck {
                    status: ClockStatus::Ok,
                    server: host.clone(),
                    offset_seconds: Some(off),
                    tolerance_seconds: tolerance,
                    checked_at,
                    message: if off == 0 {
                        crate::t!("otp-clock-right", host = &host)
                    } else {
                        crate::t!(
                            "otp-clock-right-offset",
                            offset = describe_offset(off),
                            host = &host
                        )
                    },
                    hint: None,
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_must_be_https_except_loopback() {
        assert!(parse_server("https://example.com").is_ok());
        assert!(parse_server("http://127.0.0.1:8080/").is_ok());
        assert!(parse_server("http://localhost:1/").is_ok());
        assert!(parse_server("http://[::1]:1/").is_ok());
        assert!(matches!(
            parse_server("http://example.com"),
            Err(ClockError::NotHttps)
        ));
        assert!(matches!(
            parse_server("ftp://example.com"),
            Err(ClockError::BadServer(_))
        ));
        assert!(matches!(
            parse_server("not a url"),
            Err(ClockError::BadServer(_))
        ));
    }

    #[test]
    fn offsets_read_naturally() {
        assert_eq!(describe_offset(42), "42 seconds behind");
        assert_eq!(describe_offset(-1), "1 second ahead");
        assert_eq!(describe_offset(-600), "10 minutes ahead");
    }
}
