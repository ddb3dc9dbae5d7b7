//! The one rule for every server Steward talks to on the customer's behalf (privacyIDEA,
//! Request Tracker, Zendesk): https only, except on this computer itself (local test servers),
//! no user name or password in the address, and answers read up to a size limit.

use std::io::Read;

/// Answers larger than this are refused rather than read into memory.
pub const MAX_ANSWER_BYTES: u64 = 16 * 1024 * 1024;

/// Whether `host` is this computer (`localhost`, 127.0.0.0/8, ::1).
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Why an address was refused, in words for the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    NotAnAddress,
    HasLogin,
    NotHttps,
}

impl Refused {
    /// Why, in the current language (a detail inside a larger message).
    pub fn says(self) -> String {
        match self {
            Refused::NotAnAddress => crate::t!("net-not-an-address"),
            Refused::HasLogin => crate::t!("net-has-login"),
            Refused::NotHttps => crate::t!("net-not-https"),
        }
    }
}

/// Parses a server address and applies the rule above.
pub fn secure_url(address: &str) -> Result<reqwest::Url, Refused> {
    let url = reqwest::Url::parse(address.trim()).map_err(|_| Refused::NotAnAddress)?;
    let host = url.host_str().ok_or(Refused::NotAnAddress)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Refused::HasLogin);
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(host) => Ok(url),
        "http" => Err(Refused::NotHttps),
        _ => Err(Refused::NotAnAddress),
    }
}

/// The HTTP client every one of those servers is spoken to with: TLS through ring, no
/// redirects (a redirect could take the session elsewhere), Steward's user agent, and a fresh
/// connection per request — a kept-alive connection can be closed by the server (gunicorn:
/// after 2 s idle) just as a request goes out, and a request that may have counted (a code
/// check, a new ticket) can't safely be sent again.
pub fn client_builder(timeout: std::time::Duration) -> reqwest::blocking::ClientBuilder {
    // reqwest is built without a default TLS provider (no aws-lc-rs): ring is installed once.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .user_agent(concat!("Steward/", env!("CARGO_PKG_VERSION")))
}

/// Why a request failed, in words for the customer: a timeout and a refused connection in
/// plain words, anything else by its root cause (DNS, TLS), whose message is the useful one.
pub fn describe_failure(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        crate::t!("net-timeout")
    } else if e.is_connect() {
        crate::t!("net-no-connection")
    } else {
        let mut source: &dyn std::error::Error = e;
        while let Some(next) = source.source() {
            source = next;
        }
        source.to_string()
    }
}

/// Reads an answer's body, at most `max` bytes; `None` when it is larger.
pub fn read_capped_bytes(
    resp: reqwest::blocking::Response,
    max: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut body = Vec::new();
    resp.take(max + 1).read_to_end(&mut body)?;
    Ok((body.len() as u64 <= max).then_some(body))
}

/// Reads an answer's body as text, at most [`MAX_ANSWER_BYTES`]; `None` when it is larger.
pub fn read_capped(resp: reqwest::blocking::Response) -> std::io::Result<Option<String>> {
    Ok(read_capped_bytes(resp, MAX_ANSWER_BYTES)?
        .map(|body| String::from_utf8_lossy(&body).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_or_this_computer_only() {
        assert!(secure_url("https://rt.example.com/REST/2.0").is_ok());
        assert!(secure_url("http://127.0.0.1:8080/REST/2.0").is_ok());
        assert!(secure_url("http://[::1]:8080/").is_ok());
        assert_eq!(
            secure_url("http://rt.example.com/").unwrap_err(),
            Refused::NotHttps
        );
        assert_eq!(
            secure_url("https://me:pw@rt.example.com/").unwrap_err(),
            Refused::HasLogin
        );
        assert_eq!(secure_url("ftp://x/").unwrap_err(), Refused::NotAnAddress);
    }
}
