//! Where secrets live, and the only code that touches them at rest: the OS keyring (entry
//! `otp/<profile-id>/<account-id>` holding the Base32 secret, `…/backup-codes` the backup codes
//! one a line) or, for profiles without a keyring, sealed into the database with AES-256-GCM
//! (the profile's seal key, the account id and code position as associated data). No SQL here:
//! the store hands in the sealed bytes it read and writes the ones it gets back.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::dto::{OtpEntry, SecretStore};
use super::error::StoreError;
use crate::otp::crypto;
use crate::otp::error::OtpError;
use crate::otp::model::OtpSecret;
use crate::vault::{KeyringStore, VaultError};

const SEAL_VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

/// How the store reaches secrets; built by [`crate::profile::Profile::otp`].
pub enum SecretHome<'a> {
    Keyring {
        keyring: &'a KeyringStore,
        profile_id: Uuid,
    },
    Database {
        seal_key: &'a crate::db::DbKey,
    },
}

/// A backup code's position and its sealed text (`None` when the keyring holds the codes).
pub(super) type SealedCode = (u32, Option<Vec<u8>>);

impl SecretHome<'_> {
    /// Where new secrets go for this profile.
    pub(super) fn store(&self) -> SecretStore {
        match self {
            SecretHome::Keyring { .. } => SecretStore::Keyring,
            SecretHome::Database { .. } => SecretStore::Database,
        }
    }

    /// Puts a new account's secret away: into the keyring (`None`), or sealed for its row.
    pub(super) fn put(&self, id: Uuid, secret: &OtpSecret) -> Result<Option<Vec<u8>>, StoreError> {
        match self {
            SecretHome::Keyring {
                keyring,
                profile_id,
            } => {
                let b32 = secret.to_base32();
                keyring
                    .set(&keyring_entry(*profile_id, id), b32.as_bytes())
                    .map_err(write_error)?;
                Ok(None)
            }
            SecretHome::Database { seal_key } => Ok(Some(seal(
                seal_key.as_slice(),
                &secret_aad(id),
                secret.as_bytes(),
            )?)),
        }
    }

    /// Takes back a secret [`SecretHome::put`] wrote to the keyring when its row did not make
    /// it into the database.
    pub(super) fn take_back(&self, id: Uuid) {
        if let SecretHome::Keyring {
            keyring,
            profile_id,
        } = self
        {
            let _ = keyring.delete(&keyring_entry(*profile_id, id));
        }
    }

    /// An account's secret. `sealed` reads the row's sealed secret; it is called only when the
    /// account's secret is in the database.
    pub(super) fn get(
        &self,
        entry: &OtpEntry,
        sealed: impl FnOnce() -> Result<Option<Vec<u8>>, StoreError>,
    ) -> Result<OtpSecret, StoreError> {
        let damaged = || StoreError::SecretDamaged {
            label: entry.label.clone(),
        };
        match (entry.secret_home, self) {
            (
                SecretStore::Keyring,
                SecretHome::Keyring {
                    keyring,
                    profile_id,
                },
            ) => {
                let raw = keyring
                    .get(&keyring_entry(*profile_id, entry.id))
                    .map_err(|e| vault_read_error(&entry.label, e))?;
                let text = std::str::from_utf8(&raw).map_err(|_| damaged())?;
                OtpSecret::from_base32(text).map_err(|_| damaged())
            }
            (SecretStore::Database, SecretHome::Database { seal_key }) => {
                let plain = sealed()?
                    .as_deref()
                    .and_then(|s| unseal(seal_key.as_slice(), &secret_aad(entry.id), s))
                    .ok_or_else(damaged)?;
                OtpSecret::from_bytes(plain.to_vec()).map_err(|_| damaged())
            }
            // A keyring account in a profile opened without its keyring, or the reverse: the
            // profile's protection decides where secrets are, so this only happens to a profile
            // whose profile.json was changed by hand.
            (SecretStore::Keyring, _) => Err(StoreError::SecretUnavailable {
                label: entry.label.clone(),
                detail: crate::t!("otp-secret-no-keyring"),
            }),
            (SecretStore::Database, _) => Err(damaged()),
        }
    }

    /// Deletes a removed account's keyring entries (nothing to do for sealed secrets: they go
    /// with the row). Two entries cannot be deleted atomically: the backup codes are kept in
    /// memory and put back if the secret's entry will not go, so a failure leaves both in place.
    pub(super) fn delete(&self, entry: &OtpEntry) -> Result<(), StoreError> {
        let (
            SecretStore::Keyring,
            SecretHome::Keyring {
                keyring,
                profile_id,
            },
        ) = (entry.secret_home, self)
        else {
            return Ok(());
        };
        let fail = |e: VaultError| StoreError::KeyringDelete {
            label: entry.label.clone(),
            detail: e.to_string(),
        };
        let backup_name = backup_entry(*profile_id, entry.id);
        let backup = match keyring.get(&backup_name) {
            Ok(codes) => Some(codes),
            Err(VaultError::NoEntry { .. }) => None,
            Err(e) => return Err(fail(e)),
        };
        keyring.delete(&backup_name).map_err(fail)?;
        if let Err(e) = keyring.delete(&keyring_entry(*profile_id, entry.id)) {
            if let Some(codes) = &backup {
                let _ = keyring.set(&backup_name, codes);
            }
            return Err(fail(e));
        }
        Ok(())
    }

    /// An account's backup codes, in order. `sealed` reads the rows' sealed codes; it is called
    /// only when they are in the database.
    pub(super) fn backup_codes(
        &self,
        entry: &OtpEntry,
        sealed: impl FnOnce() -> Result<Vec<SealedCode>, StoreError>,
    ) -> Result<Vec<Zeroizing<String>>, StoreError> {
        let damaged = || StoreError::SecretDamaged {
            label: crate::t!("otp-secret-backup-codes-of", label = &entry.label),
        };
        match (self, entry.secret_home) {
            (
                SecretHome::Keyring {
                    keyring,
                    profile_id,
                },
                SecretStore::Keyring,
            ) => match keyring.get(&backup_entry(*profile_id, entry.id)) {
                Ok(raw) => {
                    let text = std::str::from_utf8(&raw).map_err(|_| damaged())?;
                    Ok(text
                        .split('\n')
                        .filter(|l| !l.is_empty())
                        .map(|l| Zeroizing::new(l.to_string()))
                        .collect())
                }
                Err(VaultError::NoEntry { .. }) => Ok(vec![]),
                Err(e) => Err(vault_read_error(&entry.label, e)),
            },
            (SecretHome::Database { seal_key }, SecretStore::Database) => sealed()?
                .into_iter()
                .map(|(pos, sealed)| {
                    let plain = sealed
                        .as_deref()
                        .and_then(|s| unseal(seal_key.as_slice(), &backup_aad(entry.id, pos), s))
                        .ok_or_else(damaged)?;
                    String::from_utf8(plain.to_vec())
                        .map(Zeroizing::new)
                        .map_err(|_| damaged())
                })
                .collect(),
            _ => Err(StoreError::SecretUnavailable {
                label: entry.label.clone(),
                detail: crate::t!("otp-secret-no-keyring"),
            }),
        }
    }

    /// A new backup code sealed for its row, or `None` when the keyring holds the codes.
    pub(super) fn seal_backup_code(
        &self,
        id: Uuid,
        position: u32,
        code: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        match self {
            SecretHome::Database { seal_key } => Ok(Some(seal(
                seal_key.as_slice(),
                &backup_aad(id, position),
                code.as_bytes(),
            )?)),
            SecretHome::Keyring { .. } => Ok(None),
        }
    }

    /// Saves all of an account's backup codes to the keyring (nothing to do when they are
    /// sealed into their rows).
    pub(super) fn put_backup_codes(
        &self,
        id: Uuid,
        codes: &[Zeroizing<String>],
    ) -> Result<(), StoreError> {
        if let SecretHome::Keyring {
            keyring,
            profile_id,
        } = self
        {
            let joined = Zeroizing::new(
                codes
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            keyring
                .set(&backup_entry(*profile_id, id), joined.as_bytes())
                .map_err(write_error)?;
        }
        Ok(())
    }
}

/// The automatic backups' password (see `otp::backup`): in the keyring for keyring profiles,
/// sealed for the backup settings row otherwise. Never shown back, never logged.
impl SecretHome<'_> {
    /// Puts the backup password away: into the keyring (`None`), or sealed for the settings row.
    pub(crate) fn put_backup_password(
        &self,
        password: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        match self {
            SecretHome::Keyring {
                keyring,
                profile_id,
            } => {
                keyring
                    .set(&backup_password_entry(*profile_id), password.as_bytes())
                    .map_err(write_error)?;
                Ok(None)
            }
            SecretHome::Database { seal_key } => Ok(Some(seal(
                seal_key.as_slice(),
                BACKUP_PASSWORD_AAD,
                password.as_bytes(),
            )?)),
        }
    }

    /// The backup password, `None` when none was set. `sealed` is the settings row's sealed
    /// password (read only for profiles without a keyring).
    pub(crate) fn backup_password(
        &self,
        sealed: Option<&[u8]>,
    ) -> Result<Option<Zeroizing<String>>, StoreError> {
        let damaged = || StoreError::SecretDamaged {
            label: crate::t!("otp-secret-backup-password"),
        };
        let bytes = match self {
            SecretHome::Keyring {
                keyring,
                profile_id,
            } => match keyring.get(&backup_password_entry(*profile_id)) {
                Ok(raw) => raw,
                Err(VaultError::NoEntry { .. }) => return Ok(None),
                Err(e) => {
                    return Err(vault_read_error(
                        &crate::t!("otp-secret-backup-password"),
                        e,
                    ))
                }
            },
            SecretHome::Database { seal_key } => match sealed {
                None => return Ok(None),
                Some(s) => {
                    unseal(seal_key.as_slice(), BACKUP_PASSWORD_AAD, s).ok_or_else(damaged)?
                }
            },
        };
        let text = std::str::from_utf8(&bytes).map_err(|_| damaged())?;
        Ok(Some(Zeroizing::new(text.to_string())))
    }
}

const BACKUP_PASSWORD_AAD: &[u8] = b"otp-backup-password";

pub(super) fn backup_password_entry(profile_id: Uuid) -> String {
    format!("otp-backup/{profile_id}/password")
}

pub(super) fn keyring_entry(profile_id: Uuid, account_id: Uuid) -> String {
    format!("otp/{profile_id}/{account_id}")
}

pub(super) fn backup_entry(profile_id: Uuid, account_id: Uuid) -> String {
    format!("otp/{profile_id}/{account_id}/backup-codes")
}

fn secret_aad(account_id: Uuid) -> Vec<u8> {
    format!("otp-secret:{account_id}").into_bytes()
}

fn backup_aad(account_id: Uuid, position: u32) -> Vec<u8> {
    format!("otp-backup:{account_id}:{position}").into_bytes()
}

fn write_error(e: VaultError) -> StoreError {
    StoreError::KeyringWrite {
        detail: e.to_string(),
    }
}

fn vault_read_error(label: &str, e: VaultError) -> StoreError {
    match e {
        VaultError::NoEntry { .. } => StoreError::SecretMissing {
            label: label.to_string(),
        },
        VaultError::BadEntry { .. } => StoreError::SecretDamaged {
            label: label.to_string(),
        },
        other => StoreError::SecretUnavailable {
            label: label.to_string(),
            detail: other.to_string(),
        },
    }
}

/// `version ‖ nonce ‖ AES-256-GCM(plaintext)` under `key`, bound to `aad`.
fn seal(key: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
    let nonce = crypto::random_bytes::<NONCE_LEN>()?;
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| OtpError::Crypto("bad key length"))?;
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(nonce.as_slice()),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| OtpError::Crypto("AES-GCM encryption failed"))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(SEAL_VERSION);
    out.extend_from_slice(nonce.as_slice());
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// What [`seal`] sealed, or `None` for another key, another `aad`, or damaged bytes.
fn unseal(key: &[u8], aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let (&version, rest) = sealed.split_first()?;
    if version != SEAL_VERSION || rest.len() < NONCE_LEN {
        return None;
    }
    let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_round_trip_and_wrong_aad_fails() {
        let key = [7u8; 32];
        let sealed = seal(&key, b"a", b"secret bytes").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            unseal(&key, b"a", &sealed).unwrap().as_slice(),
            b"secret bytes"
        );
        assert!(unseal(&key, b"b", &sealed).is_none());
        assert!(unseal(&[8u8; 32], b"a", &sealed).is_none());
        assert!(unseal(&key, b"a", &sealed[..5]).is_none());
    }
}
