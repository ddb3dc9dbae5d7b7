//! Secrets: the OS keyring (Secret Service on Linux) and the passphrase fallback.
//!
//! Rules: a secret is never written to disk in the clear, and a failed keyring call never
//! deletes anything.

mod keyring_store;
mod passphrase;

pub use keyring_store::{KeyringStore, KEYRING_SERVICE};
pub use passphrase::{derive_key, KdfParams};

use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum VaultError {
    KeyringUnavailable { detail: String },
    NoEntry { entry: String },
    BadEntry { entry: String },
    Kdf(String),
    Random(String),
}

impl UserFacing for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::KeyringUnavailable { .. } => "keyring_unavailable",
            VaultError::NoEntry { .. } => "key_missing",
            VaultError::BadEntry { .. } => "key_invalid",
            VaultError::Kdf(_) => "kdf_failed",
            VaultError::Random(_) => "random_failed",
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::System
    }

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        // `key_missing` is also the profile's "key not in the keyring"; this one names the entry.
        if let VaultError::NoEntry { .. } = self {
            args.insert("variant".into(), "entry".into());
        }
        args
    }
}

/// Fills a fresh 256-bit key from the operating system's random source.
pub fn random_key() -> Result<crate::db::DbKey, VaultError> {
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::fill(key.as_mut_slice()).map_err(|e| VaultError::Random(e.to_string()))?;
    Ok(key)
}
