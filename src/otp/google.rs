//! Google Authenticator's "Transfer accounts" links:
//! `otpauth-migration://offline?data=<Base64 of a protobuf MigrationPayload>`.
//!
//! The data is percent-decoded only: a raw `+` is Base64, not a space (form-decoding breaks real
//! exports). Base64 may come with or without padding. The protobuf reader below is a minimal one
//! (varints and length-delimited fields, unknown fields skipped, every read bounds-checked),
//! which is all the payload needs and keeps `prost` out of the build.
//!
//! ```text
//! MigrationPayload { 1: repeated OtpParameters, 2: version, 3: batch_size, 4: batch_index,
//!                    5: batch_id }
//! OtpParameters    { 1: secret bytes, 2: name, 3: issuer, 4: algorithm (1 SHA1, 2 SHA256,
//!                    3 SHA512, 4 MD5), 5: digits (1 = 6, 2 = 8), 6: type (1 HOTP, 2 TOTP),
//!                    7: counter }
//! ```

use base64::Engine as _;
use percent_encoding::percent_decode_str;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::error::{malformed, OtpError};
use super::import::Skipped;
use super::link::Scheme;
use super::model::{Algorithm, OtpAccount, OtpKind, OtpSecret, DEFAULT_PERIOD};

pub(crate) const FORMAT: &str = "Google Authenticator transfer";

/// Where one transfer link sits in a multi-QR export. Google splits large exports into batches
/// (one QR each) sharing a `batch_id`; `batch_index` counts from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpBatchInfo")]
pub struct BatchInfo {
    pub version: i32,
    pub batch_size: i32,
    pub batch_index: i32,
    pub batch_id: i32,
}

impl BatchInfo {
    /// "batch 1 of 3".
    pub fn describe(&self) -> String {
        format!(
            "batch {} of {}",
            self.batch_index.saturating_add(1),
            self.batch_size.max(1)
        )
    }
}

/// The accounts in one transfer link.
#[derive(Debug, Clone)]
pub struct MigrationBatch {
    pub accounts: Vec<OtpAccount>,
    pub skipped: Vec<Skipped>,
    pub batch: BatchInfo,
}

/// Reads one `otpauth-migration://` link.
pub fn parse_migration_uri(link: &str) -> Result<MigrationBatch, OtpError> {
    let link = link.trim();
    let Some((scheme, rest)) = link.split_once("://") else {
        return Err(OtpError::NotMigrationLink {
            reason: "otp-reason-no-migration-scheme",
        });
    };
    if Scheme::from_name(scheme) != Some(Scheme::Migration) {
        return Err(OtpError::NotMigrationLink {
            reason: "otp-reason-no-migration-scheme",
        });
    }
    let query = rest.split_once('?').map(|(_, q)| q).unwrap_or("");
    let raw = query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.eq_ignore_ascii_case("data"))
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
        .ok_or(OtpError::NotMigrationLink {
            reason: "otp-reason-no-data",
        })?;
    // Percent-decoding only: '+' stays '+'. Whitespace can creep in when a link is wrapped.
    let decoded: Zeroizing<Vec<u8>> = Zeroizing::new(
        percent_decode_str(raw)
            .filter(|b| !b.is_ascii_whitespace())
            .collect(),
    );
    let url_safe = decoded.iter().any(|b| *b == b'-' || *b == b'_');
    let engine = if url_safe {
        &base64::engine::general_purpose::URL_SAFE_PAD_INDIFFERENT
    } else {
        &base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT
    };
    let payload = engine
        .decode(decoded.as_slice())
        .map(Zeroizing::new)
        .map_err(|_| malformed(FORMAT, crate::t!("otp-detail-google-base64")))?;
    decode_payload(&payload)
}

/// Decodes a MigrationPayload protobuf.
pub fn decode_payload(payload: &[u8]) -> Result<MigrationBatch, OtpError> {
    let bad =
        |what: &'static str| malformed(FORMAT, crate::t!("otp-detail-google-data", what = what));
    let mut batch = BatchInfo {
        version: 0,
        batch_size: 1,
        batch_index: 0,
        batch_id: 0,
    };
    let mut params = Vec::new();
    let mut reader = Reader::new(payload);
    while let Some((field, value)) = reader.next().map_err(bad)? {
        match (field, value) {
            (1, Value::Bytes(b)) => params.push(b),
            // int32 fields travel as 64-bit varints; the low 32 bits are the value.
            (2, Value::Varint(v)) => batch.version = v as i32,
            (3, Value::Varint(v)) => batch.batch_size = v as i32,
            (4, Value::Varint(v)) => batch.batch_index = v as i32,
            (5, Value::Varint(v)) => batch.batch_id = v as i32,
            _ => {}
        }
    }
    if params.is_empty() {
        return Err(bad("no-accounts"));
    }
    let mut accounts = Vec::new();
    let mut skipped = Vec::new();
    for (i, bytes) in params.into_iter().enumerate() {
        let p = OtpParams::decode(bytes).map_err(bad)?;
        match p.into_account() {
            Ok(account) => accounts.push(account),
            Err((label, reason)) => skipped.push(Skipped {
                label: label.unwrap_or_else(|| crate::t!("otp-label-account", n = i + 1)),
                reason,
            }),
        }
    }
    Ok(MigrationBatch {
        accounts,
        skipped,
        batch,
    })
}

#[derive(Default)]
struct OtpParams {
    secret: Zeroizing<Vec<u8>>,
    name: String,
    issuer: String,
    algorithm: u64,
    digits: u64,
    otp_type: u64,
    counter: u64,
}

impl OtpParams {
    fn decode(bytes: &[u8]) -> Result<Self, &'static str> {
        let mut p = OtpParams::default();
        let mut reader = Reader::new(bytes);
        while let Some((field, value)) = reader.next()? {
            match (field, value) {
                (1, Value::Bytes(b)) => p.secret = Zeroizing::new(b.to_vec()),
                (2, Value::Bytes(b)) => p.name = String::from_utf8_lossy(b).into_owned(),
                (3, Value::Bytes(b)) => p.issuer = String::from_utf8_lossy(b).into_owned(),
                (4, Value::Varint(v)) => p.algorithm = v,
                (5, Value::Varint(v)) => p.digits = v,
                (6, Value::Varint(v)) => p.otp_type = v,
                (7, Value::Varint(v)) => p.counter = v,
                _ => {}
            }
        }
        Ok(p)
    }

    fn into_account(self) -> Result<OtpAccount, (Option<String>, String)> {
        let issuer = self.issuer.trim().to_string();
        let mut name = self.name.trim().to_string();
        // Google keeps "Issuer:account" in the name when the original link had it; drop the
        // repeated issuer. A name with a colon but no matching issuer is kept whole.
        if !issuer.is_empty() {
            if let Some((prefix, rest)) = name.split_once(':') {
                if prefix.trim().eq_ignore_ascii_case(&issuer) {
                    name = rest.trim().to_string();
                }
            }
        }
        let label = match (issuer.is_empty(), name.is_empty()) {
            (false, false) => Some(format!("{issuer} ({name})")),
            (false, true) => Some(issuer.clone()),
            (true, false) => Some(name.clone()),
            (true, true) => None,
        };
        let fail = |reason: &str| (label.clone(), reason.to_string());

        let algorithm = match self.algorithm {
            0 | 1 => Algorithm::Sha1,
            2 => Algorithm::Sha256,
            3 => Algorithm::Sha512,
            4 => return Err(fail(&crate::t!("otp-skip-md5"))),
            _ => return Err(fail(&crate::t!("otp-skip-unknown-algorithm"))),
        };
        let digits = match self.digits {
            0 | 1 => 6,
            2 => 8,
            3 => 7,
            _ => return Err(fail(&crate::t!("otp-skip-unknown-digits"))),
        };
        let kind = match self.otp_type {
            0 | 2 => OtpKind::Totp {
                period: DEFAULT_PERIOD,
            },
            1 => {
                // int64 on the wire: above i64::MAX means a negative counter.
                if self.counter > i64::MAX as u64 {
                    return Err(fail(&crate::t!("otp-skip-negative-counter")));
                }
                OtpKind::Hotp {
                    counter: self.counter,
                }
            }
            _ => return Err(fail(&crate::t!("otp-skip-unknown-type"))),
        };
        let secret =
            OtpSecret::from_bytes(self.secret.to_vec()).map_err(|e| fail(&e.to_string()))?;
        OtpAccount::new(Some(issuer), name, kind, algorithm, digits, secret)
            .map_err(|e| fail(&e.to_string()))
    }
}

enum Value<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
    Fixed,
}

/// Just enough protobuf: (field number, value) pairs, each read checked against the buffer.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn varint(&mut self) -> Result<u64, &'static str> {
        let mut value = 0u64;
        for i in 0..10 {
            let byte = *self.buf.get(self.pos).ok_or("eof")?;
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("too-long")
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], &'static str> {
        let end = self.pos.checked_add(len).ok_or("eof")?;
        let slice = self.buf.get(self.pos..end).ok_or("eof")?;
        self.pos = end;
        Ok(slice)
    }

    fn next(&mut self) -> Result<Option<(u64, Value<'a>)>, &'static str> {
        if self.pos >= self.buf.len() {
            return Ok(None);
        }
        let key = self.varint()?;
        let field = key >> 3;
        if field == 0 {
            return Err("not-payload");
        }
        let value = match key & 7 {
            0 => Value::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Value::Fixed
            }
            2 => {
                let len = usize::try_from(self.varint()?).map_err(|_| "eof")?;
                Value::Bytes(self.take(len)?)
            }
            5 => {
                self.take(4)?;
                Value::Fixed
            }
            _ => return Err("not-payload"),
        };
        Ok(Some((field, value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_refused_without_panic() {
        for bytes in [
            &[][..],
            &[0x0a][..],
            &[0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f][..],
            &[0xff; 12][..],
            &[0x0b, 0x00][..],
            &[
                0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01,
            ][..],
        ] {
            assert!(decode_payload(bytes).is_err(), "{bytes:?}");
        }
    }

    #[test]
    fn batch_description() {
        let b = BatchInfo {
            version: 1,
            batch_size: 3,
            batch_index: 0,
            batch_id: -5,
        };
        assert_eq!(b.describe(), "batch 1 of 3");
    }
}
