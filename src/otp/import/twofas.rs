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
            return Err(malformed(FORMAT, "it is not a 2FAS backup object"));
        }
        let schema = match uint(&backup, "schemaVersion") {
            Some(Ok(v)) => v,
            _ => return Err(malformed(FORMAT, "it has no schema version")),
        };
        let services =
            match str_field(&backup, "servicesEncrypted").filter(|s| !s.trim().is_empty()) {
                Some(sealed) => {
                    let password = password.ok_or(OtpError::PasswordRequired { format: FORMAT })?;
                    decrypt(sealed, password)?
                }
                None => backup
                    .get("services")
                    .cloned()
                    .ok_or_else(|| malformed(FORMAT, "it has no services"))?,
            };
        let services = services
            .as_array()
            .ok_or_else(|| malformed(FORMAT, "the services are not a list"))?;

        let mut report = ImportReport::new(Format::TwoFas);
        if schema > NEWEST_SCHEMA {
            report.note(format!(
                "This backup uses 2FAS schema {schema}, newer than Steward knows ({NEWEST_SCHEMA}); check the imported accounts."
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
            let label = entry.label(|| format!("service {}", i + 1));
            let secret = OtpSecret::from_base32(str_field(s, "secret").unwrap_or(""));
            match entry.into_account(secret) {
                Ok(account) => report.add(account, vec![]),
                Err(reason) => report.skip(label, reason),
            }
        }
        Ok(report)
    }
}

fn decrypt(sealed: &str, password: &str) -> Result<Value, OtpError> {
    let parts: Vec<&str> = sealed.trim().split(':').collect();
    let [ciphertext, salt, iv, ..] = parts.as_slice() else {
        return Err(malformed(
            FORMAT,
            "the encrypted services are not in ciphertext:salt:iv form",
        ));
    };
    let b64 = |s: &str, what: &str| {
        base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT
            .decode(s.trim())
            .map_err(|_| malformed(FORMAT, format!("the encrypted {what} is not valid Base64")))
    };
    let ciphertext = b64(ciphertext, "data")?;
    let salt = b64(salt, "salt")?;
    let iv = b64(iv, "IV")?;
    if iv.len() != crypto::NONCE_LEN {
        return Err(malformed(FORMAT, "the IV has the wrong length"));
    }
    let key = crypto::pbkdf2_sha256(FORMAT, password.as_bytes(), &salt, ITERATIONS)?;
    let plain = crypto::aes_gcm_decrypt(key.as_slice(), &iv, &ciphertext)
        .ok_or(OtpError::WrongPassword { format: FORMAT })?;
    parse_json(FORMAT, &plain)
}
