//! Aegis vaults (docs/vault.md in beemdevelopment/Aegis), plain and encrypted.
//!
//! Encrypted: each password slot (type 1) holds the master key wrapped with AES-256-GCM under
//! scrypt(password, salt, N, r, p); `db` is the Base64 AES-256-GCM ciphertext of the content
//! under the master key, with nonce and tag in `header.params`. Biometric slots (type 2) need the
//! phone's keystore and are ignored.

use base64::Engine as _;
use serde_json::Value;

use super::fields::{parse_json, str_field, text, uint, Entry};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::crypto;
use crate::otp::error::{malformed, OtpError};
use crate::otp::model::OtpSecret;

pub(crate) const FORMAT: &str = "Aegis";

pub(crate) struct Aegis;

impl Importer for Aegis {
    fn format(&self) -> Format {
        Format::Aegis
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        contains_all(bytes, &["\"header\"", "\"db\""])
    }

    fn import(&self, bytes: &[u8], password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        let vault = parse_json(FORMAT, bytes)?;
        if let Some(Ok(v)) = uint(&vault, "version") {
            if v > 1 {
                return Err(OtpError::Unsupported {
                    format: FORMAT,
                    detail: crate::t!("otp-detail-aegis-version", version = v),
                });
            }
        }
        let header = vault
            .get("header")
            .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-no-header")))?;
        let content = match vault.get("db") {
            Some(db @ Value::Object(_)) => db.clone(),
            Some(Value::String(db)) => {
                let password = password.ok_or(OtpError::PasswordRequired { format: FORMAT })?;
                decrypt(header, db, password)?
            }
            _ => return Err(malformed(FORMAT, crate::t!("otp-detail-aegis-no-contents"))),
        };
        read_content(&content)
    }
}

fn hex_field(v: &Value, key: &str, what: &str) -> Result<Vec<u8>, OtpError> {
    str_field(v, key)
        .and_then(|s| hex::decode(s.trim()).ok())
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-hex", what = what)))
}

/// A nonce or tag of the wrong length is damage, not a wrong password.
fn check_lengths(nonce: &[u8], tag: &[u8]) -> Result<(), OtpError> {
    if nonce.len() != crypto::NONCE_LEN || tag.len() != crypto::TAG_LEN {
        return Err(malformed(FORMAT, crate::t!("otp-detail-aegis-lengths")));
    }
    Ok(())
}

/// More password slots than this are refused (see [`decrypt`]).
const MAX_PASSWORD_SLOTS: usize = 8;

/// Unwraps the master key with the password, then decrypts the contents.
fn decrypt(header: &Value, db: &str, password: &str) -> Result<Value, OtpError> {
    let slots = header
        .get("slots")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-no-slots")))?;
    let password_slots: Vec<&Value> = slots
        .iter()
        .filter(|s| uint(s, "type") == Some(Ok(1)))
        .collect();
    // Each password slot costs a full scrypt run: a file with hundreds of them would keep the
    // import busy for minutes. Aegis writes one (a few after password changes).
    if password_slots.len() > MAX_PASSWORD_SLOTS {
        return Err(malformed(
            FORMAT,
            crate::t!("otp-detail-aegis-many-slots", n = password_slots.len()),
        ));
    }
    if password_slots.is_empty() {
        return Err(OtpError::Unsupported {
            format: FORMAT,
            detail: crate::t!("otp-detail-aegis-biometric"),
        });
    }
    let mut master = None;
    for slot in password_slots {
        let salt = hex_field(slot, "salt", "slot-salt")?;
        let wrapped = hex_field(slot, "key", "wrapped-key")?;
        let params = slot
            .get("key_params")
            .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-slot-params")))?;
        let nonce = hex_field(params, "nonce", "slot-nonce")?;
        let tag = hex_field(params, "tag", "slot-tag")?;
        check_lengths(&nonce, &tag)?;
        if wrapped.len() != crypto::KEY_LEN {
            return Err(malformed(
                FORMAT,
                crate::t!("otp-detail-aegis-wrapped-length"),
            ));
        }
        let num = |key: &str| match uint(slot, key) {
            Some(Ok(v)) => Ok(v),
            _ => Err(malformed(
                FORMAT,
                crate::t!("otp-detail-aegis-scrypt-missing", key = key),
            )),
        };
        let (n, r, p) = (num("n")?, num("r")?, num("p")?);
        let (Ok(r), Ok(p)) = (u32::try_from(r), u32::try_from(p)) else {
            return Err(OtpError::UnsafeKdf {
                format: FORMAT,
                detail: format!("scrypt r = {r}, p = {p}"),
            });
        };
        let key = crypto::scrypt_key(FORMAT, password.as_bytes(), &salt, n, r, p)?;
        let mut sealed = wrapped;
        sealed.extend_from_slice(&tag);
        if let Some(k) = crypto::aes_gcm_decrypt(key.as_slice(), &nonce, &sealed) {
            master = Some(k);
            break;
        }
    }
    let master = master.ok_or(OtpError::WrongPassword { format: FORMAT })?;

    let params = header
        .get("params")
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-no-params")))?;
    let nonce = hex_field(params, "nonce", "vault-nonce")?;
    let tag = hex_field(params, "tag", "vault-tag")?;
    check_lengths(&nonce, &tag)?;
    let cleaned: String = db.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let mut sealed = base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT
        .decode(cleaned.as_bytes())
        .map_err(|_| malformed(FORMAT, crate::t!("otp-detail-aegis-base64")))?;
    sealed.extend_from_slice(&tag);
    let plain = crypto::aes_gcm_decrypt(master.as_slice(), &nonce, &sealed)
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-mismatch")))?;
    parse_json(FORMAT, &plain)
}

/// An entry's group names: its `group` (Aegis 1–2) and the names of its `groups` uuids (Aegis 3).
fn groups_of(entry: &Value, names: &[(&str, &str)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(g) = str_field(entry, "group")
        .map(str::trim)
        .filter(|g| !g.is_empty())
    {
        out.push(g.to_string());
    }
    for uuid in entry
        .get("groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if let Some((_, name)) = names.iter().find(|(u, _)| *u == uuid) {
            if !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

fn read_content(content: &Value) -> Result<ImportReport, OtpError> {
    let entries = content
        .get("entries")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-aegis-no-entries")))?;
    // Aegis 3 names its groups once (`groups: [{uuid, name}]`) and lists their uuids per entry;
    // older vaults give an entry one `group` name. Either becomes Steward's tags.
    let group_names: Vec<(&str, &str)> = content
        .get("groups")
        .and_then(Value::as_array)
        .map(|groups| {
            groups
                .iter()
                .filter_map(|g| Some((str_field(g, "uuid")?, str_field(g, "name")?)))
                .collect()
        })
        .unwrap_or_default();
    let mut report = ImportReport::new(Format::Aegis);
    for (i, e) in entries.iter().enumerate() {
        let info = e.get("info").unwrap_or(&Value::Null);
        let entry = Entry {
            issuer: text(e, "issuer"),
            name: text(e, "name").unwrap_or_default(),
            otp_type: text(e, "type"),
            algorithm: text(info, "algo"),
            digits: uint(info, "digits"),
            period: uint(info, "period"),
            counter: uint(info, "counter"),
        };
        let label = entry.label(|| crate::t!("otp-label-entry", n = i + 1));
        let secret = OtpSecret::from_base32(str_field(info, "secret").unwrap_or(""));
        match entry.into_account(secret) {
            Ok(mut account) => {
                account.favourite = e.get("favorite").and_then(Value::as_bool) == Some(true);
                account.tags = groups_of(e, &group_names);
                report.add(account, vec![])
            }
            Err(reason) => report.skip(label, reason),
        }
    }
    Ok(report)
}
