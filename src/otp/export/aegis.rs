//! Aegis-compatible encrypted vault (docs/vault.md in beemdevelopment/Aegis):
//!
//! - a random 256-bit master key encrypts the contents with AES-256-GCM (`db` = Base64 of the
//!   ciphertext; nonce and tag in `header.params`, hex);
//! - one password slot (type 1) holds the master key wrapped with AES-256-GCM under
//!   scrypt(password, random 256-bit salt, N = 2^15, r = 8, p = 1), Aegis's own parameters;
//! - contents `{"version": 1, "entries": [...]}`, version 1 being the one every Aegis release
//!   reads; secrets Base32 without padding.
//!
//! The plaintext contents are built in zeroizing memory sized up front (no reallocation copies).

use base64::Engine as _;
use serde::Serialize;
use zeroize::Zeroizing;

use super::{ExportFormat, Exporter};
use crate::otp::crypto::{self, KEY_LEN, NONCE_LEN, TAG_LEN};
use crate::otp::error::OtpError;
use crate::otp::model::{OtpAccount, OtpKind};

pub const AEGIS_SCRYPT_LOG_N: u8 = 15;
pub const AEGIS_SCRYPT_R: u32 = 8;
pub const AEGIS_SCRYPT_P: u32 = 1;
const FORMAT: &str = "Aegis";

pub(crate) struct AegisEncrypted;

impl Exporter for AegisEncrypted {
    fn format(&self) -> ExportFormat {
        ExportFormat::AegisEncrypted
    }

    fn name(&self) -> &'static str {
        "Aegis vault (encrypted)"
    }

    fn extension(&self) -> &'static str {
        "json"
    }

    fn is_plaintext(&self) -> bool {
        false
    }

    fn export(
        &self,
        accounts: &[OtpAccount],
        password: Option<&str>,
    ) -> Result<Zeroizing<Vec<u8>>, OtpError> {
        let password = password.ok_or(OtpError::EmptyPassword)?;
        export_aegis_encrypted(accounts, password).map(|s| Zeroizing::new(s.into_bytes()))
    }
}

#[derive(Serialize)]
struct Info<'a> {
    secret: &'a str,
    algo: &'static str,
    digits: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter: Option<u64>,
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(rename = "type")]
    otp_type: &'static str,
    uuid: String,
    name: &'a str,
    issuer: &'a str,
    note: &'static str,
    favorite: bool,
    /// The account's first tag: Aegis 1–2 give an entry one group (Aegis 3 reads it too).
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    icon: Option<()>,
    info: Info<'a>,
}

#[derive(Serialize)]
struct Content<'a> {
    version: u32,
    entries: Vec<Entry<'a>>,
}

#[derive(Serialize, Clone)]
struct KeyParams {
    nonce: String,
    tag: String,
}

#[derive(Serialize, Clone)]
struct Slot {
    #[serde(rename = "type")]
    slot_type: u8,
    uuid: String,
    key: String,
    key_params: KeyParams,
    n: u64,
    r: u32,
    p: u32,
    salt: String,
    repaired: bool,
    is_backup: bool,
}

#[derive(Serialize)]
struct Header {
    slots: Vec<Slot>,
    params: KeyParams,
}

#[derive(Serialize)]
struct Vault {
    version: u32,
    header: Header,
    db: String,
}

fn uuid_v4() -> Result<String, OtpError> {
    let bytes = crypto::random_bytes::<16>()?;
    Ok(uuid::Builder::from_random_bytes(*bytes)
        .into_uuid()
        .to_string())
}

/// Splits AES-GCM output into (ciphertext, tag).
fn split_tag(mut sealed: Vec<u8>) -> Result<(Vec<u8>, Vec<u8>), OtpError> {
    if sealed.len() < TAG_LEN {
        return Err(OtpError::Crypto("AES-GCM output too short"));
    }
    let tag = sealed.split_off(sealed.len() - TAG_LEN);
    Ok((sealed, tag))
}

/// A vault's key: a random master key and its password slot (the master key wrapped under
/// scrypt(password)). Deriving it is the slow part (scrypt, N = 2^15); Aegis derives it once
/// per password and reuses it for every save, and Steward's automatic backups do the same
/// (`otp::backup`). The master key is wiped when this is dropped.
pub struct AegisKey {
    master: Zeroizing<[u8; KEY_LEN]>,
    slot: Slot,
}

impl AegisKey {
    /// A new master key, wrapped under `password` with a new salt.
    pub fn derive(password: &str) -> Result<Self, OtpError> {
        if password.is_empty() {
            return Err(OtpError::EmptyPassword);
        }
        let master = crypto::random_bytes::<KEY_LEN>()?;
        let salt = crypto::random_bytes::<32>()?;
        let n = 1u64 << AEGIS_SCRYPT_LOG_N;
        let slot_key = crypto::scrypt_key(
            FORMAT,
            password.as_bytes(),
            salt.as_slice(),
            n,
            AEGIS_SCRYPT_R,
            AEGIS_SCRYPT_P,
        )?;
        let slot_nonce = crypto::random_bytes::<NONCE_LEN>()?;
        let (wrapped, slot_tag) = split_tag(crypto::aes_gcm_encrypt(
            slot_key.as_slice(),
            slot_nonce.as_slice(),
            master.as_slice(),
        )?)?;
        Ok(AegisKey {
            master,
            slot: Slot {
                slot_type: 1,
                uuid: uuid_v4()?,
                key: hex::encode(wrapped),
                key_params: KeyParams {
                    nonce: hex::encode(slot_nonce.as_slice()),
                    tag: hex::encode(slot_tag),
                },
                n,
                r: AEGIS_SCRYPT_R,
                p: AEGIS_SCRYPT_P,
                salt: hex::encode(salt.as_slice()),
                repaired: true,
                is_backup: false,
            },
        })
    }
}

/// Writes an encrypted Aegis vault holding `accounts`, unlocked by `password`.
pub fn export_aegis_encrypted(accounts: &[OtpAccount], password: &str) -> Result<String, OtpError> {
    if password.is_empty() {
        return Err(OtpError::EmptyPassword);
    }
    if accounts.is_empty() {
        return Err(OtpError::NothingToExport);
    }
    export_aegis_with_key(accounts, &AegisKey::derive(password)?)
}

/// Writes an encrypted Aegis vault holding `accounts` under an already derived `key` (a fresh
/// nonce for the contents each time; the slot is the key's).
pub fn export_aegis_with_key(accounts: &[OtpAccount], key: &AegisKey) -> Result<String, OtpError> {
    if accounts.is_empty() {
        return Err(OtpError::NothingToExport);
    }

    // Contents, in the clear only in zeroizing memory.
    let secrets: Vec<Zeroizing<String>> = accounts.iter().map(|a| a.secret.to_base32()).collect();
    let mut entries = Vec::with_capacity(accounts.len());
    for (account, secret) in accounts.iter().zip(&secrets) {
        entries.push(Entry {
            otp_type: account.kind.type_str(),
            uuid: uuid_v4()?,
            name: &account.name,
            issuer: account.issuer.as_deref().unwrap_or(""),
            note: "",
            favorite: account.favourite,
            group: account.tags.first().map(String::as_str),
            icon: None,
            info: Info {
                secret,
                algo: account.algorithm.as_str(),
                digits: account.digits,
                period: account.kind.period(),
                counter: match account.kind {
                    OtpKind::Hotp { counter } => Some(counter),
                    _ => None,
                },
            },
        });
    }
    let capacity: usize = 64
        + accounts
            .iter()
            .zip(&secrets)
            .map(|(a, s)| {
                320 + 6 * (a.name.len() + a.issuer.as_ref().map_or(0, |i| i.len())) + s.len()
            })
            .sum::<usize>();
    let mut plain = Zeroizing::new(Vec::with_capacity(capacity));
    serde_json::to_writer(
        &mut *plain,
        &Content {
            version: 1,
            entries,
        },
    )
    .map_err(|_| OtpError::Crypto("could not write the vault contents"))?;

    let db_nonce = crypto::random_bytes::<NONCE_LEN>()?;
    let (db_ciphertext, db_tag) = split_tag(crypto::aes_gcm_encrypt(
        key.master.as_slice(),
        db_nonce.as_slice(),
        &plain,
    )?)?;

    let vault = Vault {
        version: 1,
        header: Header {
            slots: vec![key.slot.clone()],
            params: KeyParams {
                nonce: hex::encode(db_nonce.as_slice()),
                tag: hex::encode(db_tag),
            },
        },
        db: base64::engine::general_purpose::STANDARD.encode(db_ciphertext),
    };
    serde_json::to_string_pretty(&vault).map_err(|_| OtpError::Crypto("could not write the vault"))
}
