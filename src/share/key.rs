//! The profile's signing key: an Ed25519 key whose seed is in the system keyring for keyring
//! profiles (`share-sign/<profile id>`) and in the encrypted database for passphrase profiles,
//! created on first use, with the time-stamping authority its signatures use (`settings.rs`).
//! Its three signature forms live beside it: Steward's block (`sign.rs`), OpenSSH
//! (`sshsig.rs`) and the PDF signature (`pdf_sign.rs`).

use ed25519_dalek::SigningKey;
use rusqlite::OptionalExtension;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::error::ShareError;
use crate::profile::{Profile, ProfileState};

/// The short id of a public key: the first 16 hex digits of its SHA-256.
pub fn key_id(public: &[u8; 32]) -> String {
    hex::encode(&Sha256::digest(public)[..8])
}

/// A profile's signing key, and the time-stamping authority its signatures use, if any.
pub struct ShareKey {
    key: SigningKey,
    tsa_url: Option<String>,
}

impl ShareKey {
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        ShareKey {
            key: SigningKey::from_bytes(seed),
            tsa_url: None,
        }
    }

    /// Signatures made with this key also get an RFC 3161 timestamp from the TSA at `url`
    /// (see `timestamp.rs`).
    pub fn with_timestamps(mut self, url: Option<String>) -> Self {
        self.tsa_url = url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        self
    }

    pub fn tsa_url(&self) -> Option<&str> {
        self.tsa_url.as_deref()
    }

    /// The Ed25519 key itself, for Steward's signature block (`sign.rs`).
    pub(super) fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// The 32-byte seed, for the OpenSSH form of the same key (`sshsig.rs`).
    pub(super) fn seed_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.key.to_bytes())
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }

    pub fn key_id(&self) -> String {
        key_id(&self.key.verifying_key().to_bytes())
    }

    /// The profile's key, created on first use, stamping with the profile's time-stamping
    /// authority when one is set (`settings.rs`).
    pub fn for_profile(profile: &Profile) -> Result<Self, ShareError> {
        let seed = if profile.status().state == ProfileState::Keyring {
            keyring_seed(profile)?
        } else {
            database_seed(profile.db().conn())?
        };
        let settings = super::settings::load(profile.db().conn())?;
        Ok(ShareKey::from_seed(&seed).with_timestamps(settings.timestamp_url))
    }
}

fn fresh_seed() -> Result<Zeroizing<[u8; 32]>, ShareError> {
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::fill(seed.as_mut_slice()).map_err(|e| ShareError::Internal(e.to_string()))?;
    Ok(seed)
}

fn keyring_seed(profile: &Profile) -> Result<Zeroizing<[u8; 32]>, ShareError> {
    let entry = keyring_entry(profile);
    match profile.keyring().get(&entry) {
        Ok(bytes) => {
            let mut seed = Zeroizing::new([0u8; 32]);
            if bytes.len() != 32 {
                return Err(ShareError::Key(crate::t!(
                    "share-key-not-a-key",
                    entry = &entry
                )));
            }
            seed.copy_from_slice(&bytes);
            Ok(seed)
        }
        Err(crate::vault::VaultError::NoEntry { .. }) => {
            let seed = fresh_seed()?;
            profile
                .keyring()
                .set(&entry, seed.as_slice())
                .map_err(|e| ShareError::Key(e.to_string()))?;
            Ok(seed)
        }
        Err(e) => Err(ShareError::Key(e.to_string())),
    }
}

/// Passphrase profiles keep the seed in the (SQLCipher-encrypted) database. The table is created
/// here rather than by a numbered migration so this module owns its storage alone.
fn database_seed(conn: &rusqlite::Connection) -> Result<Zeroizing<[u8; 32]>, ShareError> {
    let db = |e: rusqlite::Error| ShareError::Key(e.to_string());
    conn.execute(
        "CREATE TABLE IF NOT EXISTS share_signing_key (
             id INTEGER PRIMARY KEY CHECK (id = 1),
             seed BLOB NOT NULL
         )",
        [],
    )
    .map_err(db)?;
    let existing: Option<Vec<u8>> = conn
        .query_row("SELECT seed FROM share_signing_key WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(db)?;
    if let Some(bytes) = existing {
        let bytes = Zeroizing::new(bytes);
        let mut seed = Zeroizing::new([0u8; 32]);
        if bytes.len() != 32 {
            return Err(ShareError::Key(crate::t!("share-key-damaged")));
        }
        seed.copy_from_slice(&bytes);
        return Ok(seed);
    }
    let seed = fresh_seed()?;
    conn.execute(
        "INSERT INTO share_signing_key (id, seed) VALUES (1, ?1)",
        [seed.as_slice()],
    )
    .map_err(db)?;
    Ok(seed)
}

// ----- moving the seed when the profile changes how it is unlocked ----------------------------

/// The signing seed from where the profile keeps it now; `None` when none was made yet.
/// Read by [`crate::profile::Profile::change_unlock`] before the change.
pub(crate) fn seed_to_move(profile: &Profile) -> Result<Option<Zeroizing<Vec<u8>>>, ShareError> {
    if profile.status().state == ProfileState::Keyring {
        match profile.keyring().get(&keyring_entry(profile)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(crate::vault::VaultError::NoEntry { .. }) => Ok(None),
            Err(e) => Err(ShareError::Key(e.to_string())),
        }
    } else {
        let db = |e: rusqlite::Error| ShareError::Key(e.to_string());
        let conn = profile.db().conn();
        let exists: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'share_signing_key')",
                [],
                |r| r.get(0),
            )
            .map_err(db)?;
        if !exists {
            return Ok(None);
        }
        conn.query_row("SELECT seed FROM share_signing_key WHERE id = 1", [], |r| {
            r.get::<_, Vec<u8>>(0)
        })
        .optional()
        .map(|s| s.map(Zeroizing::new))
        .map_err(db)
    }
}

/// Puts `seed` where `profile` (already under its new protection) keeps it: the keyring, or
/// the database; the other copy in the database goes. Runs inside the caller's transaction.
pub(crate) fn settle_seed(profile: &Profile, seed: &[u8]) -> Result<(), ShareError> {
    let db = |e: rusqlite::Error| ShareError::Key(e.to_string());
    let conn = profile.db().conn();
    if profile.status().state == ProfileState::Keyring {
        profile
            .keyring()
            .set(&keyring_entry(profile), seed)
            .map_err(|e| ShareError::Key(e.to_string()))?;
        conn.execute("DROP TABLE IF EXISTS share_signing_key", [])
            .map_err(db)?;
    } else {
        database_seed(conn)?;
        conn.execute(
            "UPDATE share_signing_key SET seed = ?1 WHERE id = 1",
            [seed],
        )
        .map_err(db)?;
    }
    Ok(())
}

/// Deletes the seed's keyring entry (after it was settled in the database). Best effort.
pub(crate) fn forget_keyring_seed(keyring: &crate::vault::KeyringStore, profile_id: uuid::Uuid) {
    let _ = keyring.delete(&format!("share-sign/{profile_id}"));
}

fn keyring_entry(profile: &Profile) -> String {
    format!("share-sign/{}", profile.id())
}
