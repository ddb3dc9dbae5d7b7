//! 2FAS backups (`.2fas`, JSON, schema 1–4), plain and encrypted.
//!
//! Encrypted: `servicesEncrypted` is "ciphertext:salt:iv", each Base64; the key is
//! PBKDF2-HMAC-SHA256(password, salt, 10 000 iterations, 256 bits) and the ciphertext is
//! AES-256-GCM with the tag appended. It decrypts to the `services` array. (`reference` is a
//! known text encrypted the same way, for the app's own password check; not needed here.)
//! The service's `name` is the issuer; `otp.account` is the account name.

use base64::Engine as _;
use serde_json::Value;

use super::fields::{parse_json, str_field, text, uint, Entry};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::crypto;
use crate::otp::error::{malformed, OtpError};
use crate::otp::model::OtpSecret;

const FORMAT: &str = "2FAS";
const ITERATIONS: u32 = 10_000;
const NEWEST_SCHEMA: u64 = 4;

pub(crate) struct TwoFas;

impl Importer for TwoFas {
    fn format(&self) -> Format {
        Format::TwoFas
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        // "schemaVersion" comes last in the file; a cut-short backup still starts with services.
        contains_all(bytes, &["\"services"])
            && (contains_all(bytes, &["\"schemaVersion\""]) || contains_all(bytes, &["\"otp\""]))
    }

    fn import(&self, bytes: &[u8], password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        let backup = parse_json(FORMAT, bytes)?;
        if !backup.is_object() {
            return Err(malformed(FORMAT, crate::t!("otp-detail-twofas-not-object")));
        }
        let schema = match uint(&backup, "schemaVersion") {
            Some(Ok(v)) => v,
            _ => return Err(malformed(FORMAT, crate::t!("otp-detail-twofas-no-schema"))),
        };
        let services =
            match str_field(&backup, "servicesEncrypted").filter(|s| !s.trim().is_empty()) {
                Some(sealed) => {
                    let password = password.ok_or(OtpError::PasswordRequired { format: FORMAT })?;
                    let reference = str_field(&backup, "reference").filter(|r| !r.is_empty());
                    decrypt(sealed, reference, password)?
                }
                None => backup
                    .get("services")
                    .cloned()
                    .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-twofas-no-services")))?,
            };
        let services = services
            .as_array()
            .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-twofas-not-list")))?;

        let mut report = ImportReport::new(Format::TwoFas);
        if schema > NEWEST_SCHEMA {
            report.note(crate::t!(
                "otp-note-twofas-schema",
                schema = schema,
                known = NEWEST_SCHEMA
            ));
        }
        for (i, s) in services.iter().enumerate() {
            let otp = s.get("otp").unwrap_or(&Value::Null);
            let entry = Entry {
                issuer: text(s, "name").or_else(|| text(otp, "issuer")),
                name: text(otp, "account")
                    .or_else(|| text(otp, "label"))
                    .unwrap_or_default(),
                otp_type: text(otp, "tokenType"),
                algorithm: text(otp, "algorithm"),
                digits: uint(otp, "digits"),
                period: uint(otp, "period"),
                counter: uint(otp, "counter"),
            };
            let label = entry.label(|| crate::t!("otp-label-service", n = i + 1));
            let secret = OtpSecret::from_base32(str_field(s, "secret").unwrap_or(""));
            match entry.into_account(secret) {
                Ok(account) => report.add(account, vec![]),
                Err(reason) => report.skip(label, reason),
            }
        }
        Ok(report)
    }
}

/// "ciphertext:salt:iv", each Base64, checked for lengths that can be right.
struct Sealed {
    ciphertext: Vec<u8>,
    salt: Vec<u8>,
    iv: Vec<u8>,
}

fn split_sealed(sealed: &str, what: &str) -> Result<Sealed, OtpError> {
    let parts: Vec<&str> = sealed.trim().split(':').collect();
    let [ciphertext, salt, iv, ..] = parts.as_slice() else {
        return Err(malformed(
            FORMAT,
            crate::t!("otp-detail-twofas-form", what = what),
        ));
    };
    let b64 = |s: &str, part: &str| {
        base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT
            .decode(s.trim())
            .map_err(|_| {
                malformed(
                    FORMAT,
                    crate::t!("otp-detail-twofas-base64", part = part, what = what),
                )
            })
    };
    let sealed = Sealed {
        ciphertext: b64(ciphertext, "data")?,
        salt: b64(salt, "salt")?,
        iv: b64(iv, "iv")?,
    };
    if sealed.iv.len() != crypto::NONCE_LEN {
        return Err(malformed(FORMAT, crate::t!("otp-detail-twofas-iv")));
    }
    if sealed.salt.is_empty() {
        return Err(malformed(
            FORMAT,
            crate::t!("otp-detail-twofas-no-salt", what = what),
        ));
    }
    // At least "[]" and the GCM tag.
    if sealed.ciphertext.len() < 2 + crypto::TAG_LEN {
        return Err(malformed(
            FORMAT,
            crate::t!("otp-detail-twofas-short", what = what),
        ));
    }
    Ok(sealed)
}

/// Decrypts `servicesEncrypted`. When that fails, `reference` (a known text the app encrypts
/// with the same password, for its own password check) tells a wrong password from damaged
/// services: if it opens, the password is right.
fn decrypt(sealed: &str, reference: Option<&str>, password: &str) -> Result<Value, OtpError> {
    let services = split_sealed(sealed, "services")?;
    let key = crypto::pbkdf2_sha256(FORMAT, password.as_bytes(), &services.salt, ITERATIONS)?;
    if let Some(plain) = crypto::aes_gcm_decrypt(key.as_slice(), &services.iv, &services.ciphertext)
    {
        return parse_json(FORMAT, &plain);
    }
    let damaged = || malformed(FORMAT, crate::t!("otp-detail-twofas-checksum"));
    // Counter mode: with the right key the start of damaged services still reads as JSON.
    if crypto::aes_gcm_peek(key.as_slice(), &services.iv, &services.ciphertext, 32)
        .is_some_and(|start| crypto::looks_like_json_start(&start))
    {
        return Err(damaged());
    }
    match reference.map(|r| split_sealed(r, "reference")) {
        Some(Ok(r)) => {
            let ref_key = if r.salt == services.salt {
                key
            } else {
                crypto::pbkdf2_sha256(FORMAT, password.as_bytes(), &r.salt, ITERATIONS)?
            };
            if crypto::aes_gcm_decrypt(ref_key.as_slice(), &r.iv, &r.ciphertext).is_some() {
                Err(damaged())
            } else {
                Err(OtpError::WrongPassword { format: FORMAT })
            }
        }
        _ => Err(OtpError::WrongPasswordOrDamaged { format: FORMAT }),
    }
}
