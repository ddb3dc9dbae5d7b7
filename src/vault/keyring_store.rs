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
        match entry.get_secret() {
            Ok(stored) => Ok(from_stored(Zeroizing::new(stored))),
            // KeePassXC hides every item of a locked database, so "not there" may only mean
            // "locked": say so rather than "the key is missing".
            Err(keyring::Error::NoEntry) if default_collection_locked() => {
                Err(VaultError::KeyringUnavailable {
                    detail: crate::t!("otp-keyring-locked"),
                })
            }
            Err(e) => Err(map_err(e, name)),
        }
    }

    /// Stores `secret` and reads it back, so a keyring that silently drops writes is caught here.
    pub fn set(&self, name: &str, secret: &[u8]) -> Result<(), VaultError> {
        let entry = self.entry(name)?;
        entry
            .set_secret(to_stored(secret).as_bytes())
            .map_err(|e| map_err(e, name))?;
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

/// Whether the Secret Service's default collection says it is locked (false when that cannot be
/// asked). Only asked after a "no such entry", so a working keyring pays nothing.
#[cfg(target_os = "linux")]
fn default_collection_locked() -> bool {
    use dbus::blocking::stdintf::org_freedesktop_dbus::Properties as _;
    use std::time::Duration;
    const NAME: &str = "org.freedesktop.secrets";
    let Ok(conn) = dbus::blocking::Connection::new_session() else {
        return false;
    };
    let service = conn.with_proxy(NAME, "/org/freedesktop/secrets", Duration::from_secs(5));
    let alias: Result<(dbus::Path<'static>,), _> =
        service.method_call("org.freedesktop.Secret.Service", "ReadAlias", ("default",));
    match alias {
        Ok((path,)) if &*path != "/" => conn
            .with_proxy(NAME, path, Duration::from_secs(5))
            .get::<bool>("org.freedesktop.Secret.Collection", "Locked")
            .unwrap_or(false),
        _ => false,
    }
}

#[cfg(not(target_os = "linux"))]
fn default_collection_locked() -> bool {
    false
}

/// Secrets go into the keyring as text: [`TEXT_PREFIX`] and their base64. The Secret Service
/// labels every secret with a content type and the `keyring` crate always says `text/plain`;
/// KeePassXC believes it and keeps the secret as a string, so raw key bytes that were not UTF-8
/// came back changed (found by `scripts/keyring/keepassxc-session.sh`; gnome-keyring and KWallet
/// keep bytes as they are). Entries written as raw bytes before this still read as they were.
const TEXT_PREFIX: &str = "steward-b64:";

fn to_stored(secret: &[u8]) -> Zeroizing<String> {
    use base64::Engine as _;
    let mut text = Zeroizing::new(String::with_capacity(
        TEXT_PREFIX.len() + secret.len().div_ceil(3) * 4,
    ));
    text.push_str(TEXT_PREFIX);
    base64::engine::general_purpose::STANDARD.encode_string(secret, &mut text);
    text
}

fn from_stored(stored: Zeroizing<Vec<u8>>) -> Zeroizing<Vec<u8>> {
    use base64::Engine as _;
    match stored.strip_prefix(TEXT_PREFIX.as_bytes()) {
        Some(encoded) => match base64::engine::general_purpose::STANDARD.decode(encoded) {
            Ok(bytes) => Zeroizing::new(bytes),
            Err(_) => stored,
        },
        None => stored,
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

#[cfg(test)]
mod stored_form_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn older_raw_entries_still_read() {
        let raw = Zeroizing::new(vec![0xff, 0x00, 0x80, b's']);
        assert_eq!(&from_stored(raw.clone())[..], &raw[..]);
        let text = Zeroizing::new(b"JBSWY3DPEHPK3PXP".to_vec());
        assert_eq!(&from_stored(text)[..], b"JBSWY3DPEHPK3PXP");
    }

    proptest! {
        #[test]
        fn any_bytes_go_in_as_text_and_come_back(secret in proptest::collection::vec(any::<u8>(), 0..96)) {
            let stored = to_stored(&secret);
            prop_assert!(stored.is_ascii());
            let back = from_stored(Zeroizing::new(stored.as_bytes().to_vec()));
            prop_assert_eq!(&back[..], &secret[..]);
        }
    }
}
