//! FreeOTP+ JSON exports: `{"tokenOrder": [...], "tokens": [...]}`.
//!
//! Secrets are arrays of Java (signed) bytes. FreeOTP+ stores an HOTP counter one below the next
//! code's counter (it subtracts 1 when adding a link and adds 1 back in its own link export), so
//! the counter is read as `counter + 1`. FreeOTP+ has no Steam type; like FreeOTP, a TOTP
//! token whose issuer is "Steam" is a Steam account.

use serde_json::Value;

use super::fields::{parse_json, text, uint, Entry};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::error::{malformed, OtpError};
use crate::otp::model::OtpSecret;

const FORMAT: &str = "FreeOTP+";

pub(crate) struct FreeOtpPlus;

impl Importer for FreeOtpPlus {
    fn format(&self) -> Format {
        Format::FreeOtpPlus
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        contains_all(bytes, &["\"tokens\""])
            && (contains_all(bytes, &["\"tokenOrder\""]) || contains_all(bytes, &["\"issuerExt\""]))
    }

    fn import(&self, bytes: &[u8], _password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        let export = parse_json(FORMAT, bytes)?;
        let tokens = export
            .get("tokens")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-no-token-list")))?;
        let mut report = ImportReport::new(Format::FreeOtpPlus);
        for (i, t) in tokens.iter().enumerate() {
            let issuer = text(t, "issuerInt").or_else(|| text(t, "issuerExt"));
            let is_steam = issuer.as_deref() == Some("Steam")
                && text(t, "type").is_some_and(|ty| ty.eq_ignore_ascii_case("totp"));
            let counter = match uint(t, "counter") {
                Some(Ok(c)) => Some(c.checked_add(1).ok_or(())),
                other => other,
            };
            let entry = Entry {
                issuer,
                name: text(t, "label").unwrap_or_default(),
                otp_type: if is_steam {
                    Some("steam".into())
                } else {
                    text(t, "type")
                },
                algorithm: text(t, "algo"),
                digits: uint(t, "digits"),
                period: uint(t, "period"),
                counter,
            };
            let label = entry.label(|| crate::t!("otp-label-token", n = i + 1));
            match entry.into_account(secret(t)) {
                Ok(account) => report.add(account, vec![]),
                Err(reason) => report.skip(label, reason),
            }
        }
        Ok(report)
    }
}

/// `[-28, -110, 112, ...]` → bytes. Values 128–255 are accepted too (unsigned writers).
fn secret(token: &Value) -> Result<OtpSecret, OtpError> {
    let invalid = |reason| OtpError::InvalidSecret { reason };
    let array = token
        .get("secret")
        .and_then(Value::as_array)
        .ok_or(OtpError::MissingSecret)?;
    let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(array.len()));
    for v in array {
        let n = v.as_i64().ok_or(invalid("otp-reason-not-bytes"))?;
        let b = match n {
            -128..=-1 => (n + 256) as u8,
            0..=255 => n as u8,
            _ => return Err(invalid("otp-reason-byte-range")),
        };
        bytes.push(b);
    }
    OtpSecret::from_bytes(bytes.to_vec())
}
