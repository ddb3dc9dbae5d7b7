//! andOTP backups: a plain JSON array, or an encrypted `.json.aes` file.
//!
//! Encrypted (current format): iterations (4 bytes, big-endian) ‖ salt (12) ‖ nonce (12) ‖
//! AES-256-GCM ciphertext ‖ tag (16), key = PBKDF2-HMAC-SHA1(password, salt, iterations, 256
//! bits). The old format (nonce ‖ ciphertext ‖ tag under SHA-256(password)) is tried when the
//! current one does not open, as the file does not say which it is.
//!
//! An encrypted file has no magic bytes. It is recognised only when it is not text, is long
//! enough, and starts with a plausible iteration count; otherwise name the format explicitly.

use serde_json::Value;
use sha2::Digest;

use super::fields::{parse_json, str_field, text, uint, Entry};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::crypto::{self, NONCE_LEN, PBKDF2_MAX_ITERATIONS, TAG_LEN};
use crate::otp::error::{malformed, OtpError};
use crate::otp::model::OtpSecret;

const FORMAT: &str = "andOTP";
const SALT_LEN: usize = 12;
const HEADER_LEN: usize = 4 + SALT_LEN + NONCE_LEN;

pub(crate) struct AndOtp;

fn looks_like_text_json(bytes: &[u8]) -> bool {
    let b = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .trim_ascii_start();
    b.first().is_some_and(|c| *c == b'[' || *c == b'{')
}

fn iterations(bytes: &[u8]) -> Option<u32> {
    let head: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(u32::from_be_bytes(head))
}

impl Importer for AndOtp {
    fn format(&self) -> Format {
        Format::AndOtp
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        if looks_like_text_json(bytes) {
            let b = bytes.trim_ascii_start();
            return b.starts_with(b"[") && contains_all(bytes, &["\"secret\"", "\"type\""]);
        }
        std::str::from_utf8(bytes).is_err()
            && bytes.len() >= HEADER_LEN + TAG_LEN
            && iterations(bytes).is_some_and(|n| (1..=PBKDF2_MAX_ITERATIONS).contains(&n))
    }

    fn import(&self, bytes: &[u8], password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        let entries = if looks_like_text_json(bytes) {
            parse_json(FORMAT, bytes)?
        } else {
            let password = password.ok_or(OtpError::PasswordRequired { format: FORMAT })?;
            decrypt(bytes, password)?
        };
        read_entries(&entries)
    }
}

/// How many decrypted bytes are looked at to tell a damaged file from a wrong password.
const PEEK: usize = 32;

fn decrypt(bytes: &[u8], password: &str) -> Result<Value, OtpError> {
    // The shortest file either format can hold: a nonce, "[]" and the tag.
    if bytes.len() < NONCE_LEN + 2 + TAG_LEN {
        return Err(malformed(FORMAT, crate::t!("otp-detail-andotp-short")));
    }
    let iterations = iterations(bytes).unwrap_or(0);
    let plausible = (1..=PBKDF2_MAX_ITERATIONS).contains(&iterations);
    let mut plain = None;
    // Where the ciphertext starts and its key, per format tried, to tell a damaged file from a
    // wrong password when neither opens.
    let mut tried: Vec<(crypto::Key, &[u8], &[u8])> = vec![];
    if plausible && bytes.len() >= HEADER_LEN + TAG_LEN {
        let salt = &bytes[4..4 + SALT_LEN];
        let nonce = &bytes[4 + SALT_LEN..HEADER_LEN];
        let key = crypto::pbkdf2_sha1(FORMAT, password.as_bytes(), salt, iterations)?;
        plain = crypto::aes_gcm_decrypt(key.as_slice(), nonce, &bytes[HEADER_LEN..]);
        tried.push((key, nonce, &bytes[HEADER_LEN..]));
    }
    if plain.is_none() {
        // Old format: no header, key = SHA-256(password). Cheap, so always worth a try.
        let key: crypto::Key =
            zeroize::Zeroizing::new(sha2::Sha256::digest(password.as_bytes()).into());
        plain = crypto::aes_gcm_decrypt(key.as_slice(), &bytes[..NONCE_LEN], &bytes[NONCE_LEN..]);
        tried.push((key, &bytes[..NONCE_LEN], &bytes[NONCE_LEN..]));
    }
    if let Some(plain) = plain {
        return parse_json(FORMAT, &plain);
    }
    if iterations > PBKDF2_MAX_ITERATIONS {
        return Err(OtpError::UnsafeKdf {
            format: FORMAT,
            detail: crate::t!(
                "otp-detail-pbkdf2",
                iterations = iterations,
                max = PBKDF2_MAX_ITERATIONS
            ),
        });
    }
    // The format has nothing but the GCM tag to check. But GCM is counter mode: with the right
    // key the start of a cut or changed file still decrypts to the JSON list of accounts, with a
    // wrong one to random bytes.
    let readable_start = tried.iter().any(|(key, nonce, sealed)| {
        crypto::aes_gcm_peek(key.as_slice(), nonce, sealed, PEEK)
            .is_some_and(|start| crypto::looks_like_json_start(&start))
    });
    if readable_start {
        return Err(malformed(FORMAT, crate::t!("otp-detail-andotp-checksum")));
    }
    Err(OtpError::WrongPasswordOrDamaged { format: FORMAT })
}

fn read_entries(entries: &Value) -> Result<ImportReport, OtpError> {
    let entries = entries
        .as_array()
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-andotp-not-list")))?;
    let mut report = ImportReport::new(Format::AndOtp);
    for (i, e) in entries.iter().enumerate() {
        let label = text(e, "label").unwrap_or_default();
        // Old andOTP versions had no issuer field and wrote "Issuer - Name" in the label.
        let (issuer, name) = match text(e, "issuer") {
            Some(issuer) => (Some(issuer), label),
            None => match label.split_once(" - ") {
                Some((issuer, name)) => (Some(issuer.to_string()), name.to_string()),
                None => (None, label),
            },
        };
        let entry = Entry {
            issuer,
            name,
            otp_type: text(e, "type"),
            algorithm: text(e, "algorithm"),
            digits: uint(e, "digits"),
            period: uint(e, "period"),
            counter: uint(e, "counter"),
        };
        let label = entry.label(|| crate::t!("otp-label-entry", n = i + 1));
        let secret = OtpSecret::from_base32(str_field(e, "secret").unwrap_or(""));
        match entry.into_account(secret) {
            Ok(account) => report.add(account, vec![]),
            Err(reason) => report.skip(label, reason),
        }
    }
    Ok(report)
}
