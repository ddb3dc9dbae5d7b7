//! Optional proof of *when*: an RFC 3161 timestamp from a time-stamping authority (TSA) the
//! customer picks, so a record can be shown to have existed on a date. Off unless a TSA is
//! given (`--timestamp-url`). Only a SHA-256 hash of the file is sent, never the file. The
//! token goes into the PDF signature (PAdES B-T, by `pdf_signer`) and, for every file, into
//! `FILE.tsr` beside `FILE.sig`, which anyone checks with
//! `openssl ts -verify -data FILE -in FILE.tsr -CAfile <the TSA's CA>`.
//!
//! RFC 3161 over plain `http://` is the norm (the token is signed by the TSA); https works too.

use sha2::{Digest, Sha256};

use super::error::ShareError;

fn err(url: &str, detail: impl std::fmt::Display) -> ShareError {
    ShareError::Timestamp {
        url: url.to_string(),
        detail: detail.to_string(),
    }
}

/// A DER `TimeStampReq` for the SHA-256 of `data`, asking for the TSA's certificate:
/// `SEQUENCE { version 1, messageImprint { sha256, hash }, certReq TRUE }`.
pub fn request_der(data: &[u8]) -> Vec<u8> {
    let hash = Sha256::digest(data);
    let mut out = vec![0x30, 0x39, 0x02, 0x01, 0x01, 0x30, 0x31, 0x30, 0x0d];
    // AlgorithmIdentifier: id-sha256 (2.16.840.1.101.3.4.2.1), NULL parameters.
    out.extend_from_slice(&[
        0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00,
    ]);
    out.extend_from_slice(&[0x04, 0x20]);
    out.extend_from_slice(&hash);
    out.extend_from_slice(&[0x01, 0x01, 0xff]);
    out
}

/// Reads a DER length at `at`; returns (length, where the content starts).
fn der_len(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let first = *b.get(at)?;
    if first < 0x80 {
        return Some((usize::from(first), at + 1));
    }
    let n = usize::from(first & 0x7f);
    if n == 0 || n > 4 {
        return None;
    }
    let mut len = 0usize;
    for i in 0..n {
        len = (len << 8) | usize::from(*b.get(at + 1 + i)?);
    }
    Some((len, at + 1 + n))
}

/// Whether a `TimeStampResp` says granted (PKIStatus 0 or 1) and carries a token.
fn granted(resp: &[u8]) -> bool {
    // SEQUENCE { status SEQUENCE { status INTEGER, … }, timeStampToken … }
    let Some((outer, body)) = der_len(resp, 1).filter(|_| resp.first() == Some(&0x30)) else {
        return false;
    };
    let Some((status_len, status_body)) =
        der_len(resp, body + 1).filter(|_| resp.get(body) == Some(&0x30))
    else {
        return false;
    };
    let int_ok = resp.get(status_body) == Some(&0x02)
        && resp.get(status_body + 1) == Some(&0x01)
        && matches!(resp.get(status_body + 2), Some(0 | 1));
    int_ok && status_body + status_len < body + outer
}

/// Asks the TSA at `url` to timestamp `data`; returns the DER `TimeStampResp` (`FILE.tsr`).
pub fn stamp(url: &str, data: &[u8]) -> Result<Vec<u8>, ShareError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let parsed = reqwest::Url::parse(url.trim())
        .map_err(|_| err(url, crate::net::Refused::NotAnAddress.says()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(err(url, crate::net::Refused::NotAnAddress.says()));
    }
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .map_err(|e| err(url, e))?;
    let resp = client
        .post(parsed)
        .header("Content-Type", "application/timestamp-query")
        .body(request_der(data))
        .send()
        .map_err(|e| {
            err(
                url,
                crate::t!(
                    "share-tsa-unreachable",
                    error = crate::net::describe_failure(&e)
                ),
            )
        })?;
    if !resp.status().is_success() {
        return Err(err(
            url,
            crate::t!("share-tsa-answered", status = resp.status().to_string()),
        ));
    }
    // A timestamp reply is a few kilobytes: anything past 1 MiB is not one.
    let body = crate::net::read_capped_bytes(resp, 1024 * 1024)
        .map_err(|e| err(url, e))?
        .ok_or_else(|| err(url, crate::t!("share-tsa-too-large")))?;
    if !granted(&body) {
        return Err(err(url, crate::t!("share-tsa-not-granted")));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_is_well_formed_der() {
        let req = request_der(b"hello");
        assert_eq!(req.len(), 2 + 0x39);
        assert_eq!(der_len(&req, 1), Some((0x39, 2)));
        assert!(!granted(&req), "a request is not a granted response");
        // A minimal granted response: status 0 and a (dummy) token.
        let resp = [0x30, 0x07, 0x30, 0x03, 0x02, 0x01, 0x00, 0x30, 0x00];
        assert!(granted(&resp));
        let refused = [0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x02];
        assert!(!granted(&refused));
    }
}
