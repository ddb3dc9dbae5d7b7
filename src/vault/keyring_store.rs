//! The OS keyring through the `keyring` crate (Secret Service on Linux).

use zeroize::Zeroizing;

use super::VaultError;

/// The service name every Steward secret is filed under in the keyring.
pub const KEYRING_SERVICE: &str = "steward";

/// Set `STEWARD_KEYRING=off` to never touch the keyring (headless machines, or a personal choice);
/// Steward then asks for a passphrase.
const DISABLE_ENV: &str = "STEWARD_KEYRING";

#[derive(Debug, Clone)]
pub struct KeyringStore {
    service: String,
    enabled: bool,
}

impl KeyringStore {
    /// The system keyring, unless disabled by `STEWARD_KEYRING=off`.
    pub fn system() -> Self {
        let enabled = !matches!(
            std::env::var(DISABLE_ENV).as_deref(),
            Ok("off" | "0" | "false" | "no")
        );
        KeyringStore {
            service: KEYRING_SERVICE.to_string(),
            enabled,
        }
    }

    /// A store that is never available, as when the user turned the keyring off.
    pub fn disabled() -> Self {
        KeyringStore {
            service: KEYRING_SERVICE.to_string(),
            enabled: false,
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    fn entry(&self, name: &str) -> Result<keyring::Entry, VaultError> {
        if !self.enabled {
            return Err(VaultError::KeyringUnavailable {
                detail: format!("turned off by {DISABLE_ENV}=off"),
            });
        }
        keyring::Entry::new(&self.service, name).map_err(|e| map_err(e, name))
    }

    /// Whether the keyring answers at all. Reads a name that never exists: "no entry" means it works.
    pub fn is_available(&self) -> bool {
        match self.entry("availability-probe").and_then(|e| {
            e.get_secret()
                .map_err(|err| map_err(err, "availability-probe"))
        }) {
            Ok(_) | Err(VaultError::NoEntry { .. }) => true,
            Err(_) => false,
        }
    }

    pub fn get(&self, name: &str) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        let entry = self.entry(name)?;
        entry
            .get_secret()
            .map(Zeroizing::new)
            .map_err(|e| map_err(e, name))
    }

    /// Stores `secret` and reads it back, so a keyring that silently drops writes is caught here.
    pub fn set(&self, name: &str, secret: &[u8]) -> Result<(), VaultError> {
        let entry = self.entry(name)?;
        entry.set_secret(secret).map_err(|e| map_err(e, name))?;
        let back = self.get(name)?;
        if back.as_slice() != secret {
            return Err(VaultError::KeyringUnavailable {
                detail: crate::t!("otp-keyring-not-kept"),
            });
        }
        Ok(())
    }

    pub fn delete(&self, name: &str) -> Result<(), VaultError> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_err(e, name)),
        }
    }
}

fn map_err(e: keyring::Error, name: &str) -> VaultError {
    match e {
        keyring::Error::NoEntry => VaultError::NoEntry {
            entry: name.to_string(),
        },
        keyring::Error::BadEncoding(_) => VaultError::BadEntry {
            entry: name.to_string(),
        },
        // Never include secret material: these variants carry only platform messages.
        other => VaultError::KeyringUnavailable {
            detail: other.to_string(),
        },
    }
}
