//! Secrets: the OS keyring (Secret Service on Linux) and the passphrase fallback.
//!
//! Rules: a secret is never written to disk in the clear, and a failed keyring call never
//! deletes anything.

mod keyring_store;
mod passphrase;

pub use keyring_store::{KeyringStore, KEYRING_SERVICE};
pub use passphrase::{derive_key, KdfParams};

use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error)]
pub enum VaultError {
    #[error("The system keyring is not available: {detail}")]
    KeyringUnavailable { detail: String },
    #[error("The system keyring has no entry \"{entry}\".")]
    NoEntry { entry: String },
    #[error("The keyring entry \"{entry}\" does not hold a valid key.")]
    BadEntry { entry: String },
    #[error("Could not derive a key from the passphrase: {0}")]
    Kdf(String),
    #[error("Could not get random bytes from the operating system: {0}")]
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

    fn hint(&self) -> Option<String> {
        match self {
            VaultError::KeyringUnavailable { .. } => Some(
                "Unlock your keyring (log in to a desktop session, or start gnome-keyring), then try again. Nothing was changed."
                    .into(),
            ),
            _ => None,
        }
    }
}

/// Fills a fresh 256-bit key from the operating system's random source.
pub fn random_key() -> Result<crate::db::DbKey, VaultError> {
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::fill(key.as_mut_slice()).map_err(|e| VaultError::Random(e.to_string()))?;
    Ok(key)
}
