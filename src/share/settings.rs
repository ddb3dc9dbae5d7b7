//! How this profile shares, kept in the profile (so the CLI and the window agree): for now the
//! optional time-stamping authority for proof of *when* (`timestamp.rs`). Off by default: a
//! timestamp sends the file's SHA-256 to a server the customer picked, so they choose it.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::ShareError;

/// The profile's sharing settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ShareSettings {
    /// The RFC 3161 time-stamping authority every signed file is stamped by, or none.
    pub timestamp_url: Option<String>,
}

fn db(e: rusqlite::Error) -> ShareError {
    ShareError::Internal(e.to_string())
}

/// The settings saved in the profile (the defaults when none were saved).
pub fn load(conn: &Connection) -> Result<ShareSettings, ShareError> {
    let url: Option<Option<String>> = conn
        .query_row(
            "SELECT timestamp_url FROM share_settings WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    Ok(ShareSettings {
        timestamp_url: url.flatten(),
    })
}

/// Checks a time-stamping address: an `http(s)://` address without a login. Plain http is
/// the norm for RFC 3161 (the answer is signed by the authority, and only a hash is sent).
pub fn check_timestamp_url(address: &str) -> Result<String, ShareError> {
    let address = address.trim();
    let refuse = |detail: &str| ShareError::BadTimestampUrl {
        url: address.to_string(),
        detail: detail.to_string(),
    };
    let url = reqwest::Url::parse(address)
        .map_err(|_| refuse(&crate::net::Refused::NotAnAddress.says()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(refuse(&crate::t!("net-not-http")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse(&crate::net::Refused::HasLogin.says()));
    }
    Ok(url.to_string())
}

/// Turns timestamps on with the authority at `url`, or off with `None` (or an empty address).
pub fn set_timestamp_url(
    conn: &Connection,
    url: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ShareSettings, ShareError> {
    let url = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => Some(check_timestamp_url(u)?),
        None => None,
    };
    conn.execute(
        "INSERT INTO share_settings (id, timestamp_url, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET timestamp_url = ?1, updated_at = ?2",
        rusqlite::params![url, crate::db::timestamp::to_db(now)],
    )
    .map_err(db)?;
    load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_are_not_a_tsa_are_refused_with_the_reason() {
        for (bad, says) in [
            ("", "not a web address"),
            ("timestamp.example", "not a web address"),
            ("ftp://tsa.example/", "http:// or https://"),
            ("file:///etc/passwd", "http:// or https://"),
            ("https://me:pw@tsa.example/", "user name or password"),
        ] {
            let err = check_timestamp_url(bad).unwrap_err();
            assert_eq!(err.code(), "timestamp_url_invalid", "{bad}");
            assert!(err.to_string().contains(says), "{bad}: {err}");
        }
        assert_eq!(
            check_timestamp_url(" http://timestamp.example/tsa ").unwrap(),
            "http://timestamp.example/tsa"
        );
    }

    use crate::error::UserFacing;
}
