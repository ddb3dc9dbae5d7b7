//! Moving every authenticator secret when the profile changes how it is unlocked
//! ([`crate::profile::Profile::change_unlock`]): keyring → sealed in the database, sealed → the
//! keyring, or sealed under one passphrase's key → sealed under the next one (the seal key
//! follows the database key).
//!
//! [`OtpStore::secrets_to_move`] reads them all from where they are now, into memory (zeroed on
//! drop); the profile keeps that set, sealed, in the database until the change is done;
//! [`OtpStore::settle_secrets`] puts it where the profile's new protection keeps secrets and
//! records that on the rows; [`forget_keyring_secrets`] deletes the old keyring entries once the
//! secrets are settled elsewhere. Moving secrets is not a change to the authenticator: the
//! backup counter is left as it was.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::accounts::OtpStore;
use super::error::StoreError;
use super::rows;
use super::secrets::{backup_entry, backup_password_entry, keyring_entry};
use crate::otp::model::OtpSecret;
use crate::vault::KeyringStore;

/// Every secret of the authenticator, in memory. Never logged (no `Debug`), never in a file.
#[derive(Default, Serialize, Deserialize)]
pub(crate) struct OtpSecrets {
    accounts: Vec<AccountSecrets>,
    backup_password: Option<Zeroizing<String>>,
}

#[derive(Serialize, Deserialize)]
struct AccountSecrets {
    id: Uuid,
    /// Base32, as the keyring keeps it.
    secret: Zeroizing<String>,
    /// Backup codes by position.
    codes: Vec<(u32, Zeroizing<String>)>,
}

impl OtpSecrets {
    /// How many accounts' secrets are in the set.
    pub(crate) fn accounts(&self) -> usize {
        self.accounts.len()
    }
}

impl OtpStore<'_> {
    /// Every secret from where this profile keeps it now. One that cannot be read is an error
    /// naming its account, and nothing is moved.
    pub(crate) fn secrets_to_move(&self) -> Result<OtpSecrets, StoreError> {
        let mut out = OtpSecrets::default();
        for entry in rows::list(self.conn)? {
            let secret = self
                .secrets
                .get(&entry, || rows::sealed_secret(self.conn, entry.id))?;
            let positions = rows::code_rows(self.conn, entry.id)?;
            let codes = if positions.is_empty() {
                Vec::new()
            } else {
                let codes = self
                    .secrets
                    .backup_codes(&entry, || rows::sealed_codes(self.conn, entry.id))?;
                positions.into_iter().map(|(p, _)| p).zip(codes).collect()
            };
            out.accounts.push(AccountSecrets {
                id: entry.id,
                secret: secret.to_base32(),
                codes,
            });
        }
        let (home, sealed): (Option<String>, Option<Vec<u8>>) = self.conn.query_row(
            "SELECT password_home, sealed_password FROM otp_backup_settings WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if home.is_some() {
            out.backup_password = self.secrets.backup_password(sealed.as_deref())?;
        }
        Ok(out)
    }

    /// Puts `moved` where this store keeps secrets (its [`SecretHome`]) and says so on the rows.
    /// Keyring entries are written first (writing one again is harmless); the rows change in the
    /// caller's transaction, so run this inside one and commit after.
    pub(crate) fn settle_secrets(&self, moved: &OtpSecrets) -> Result<(), StoreError> {
        let (changes, since): (i64, Option<String>) = self.conn.query_row(
            "SELECT changes, changed_since FROM otp_backup_settings WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let home = self.secrets.store();
        for account in &moved.accounts {
            let secret = OtpSecret::from_base32(&account.secret)?;
            let sealed = self.secrets.put(account.id, &secret)?;
            self.conn.execute(
                "UPDATE otp_accounts SET secret_store = ?2, sealed_secret = ?3 WHERE id = ?1",
                params![account.id.to_string(), home.as_str(), sealed],
            )?;
            let codes: Vec<Zeroizing<String>> =
                account.codes.iter().map(|(_, c)| c.clone()).collect();
            if !codes.is_empty() {
                self.secrets.put_backup_codes(account.id, &codes)?;
            }
            for (position, code) in &account.codes {
                let sealed = self.secrets.seal_backup_code(account.id, *position, code)?;
                self.conn.execute(
                    "UPDATE otp_backup_codes SET sealed_code = ?3
                     WHERE account_id = ?1 AND position = ?2",
                    params![account.id.to_string(), position, sealed],
                )?;
            }
        }
        if let Some(password) = &moved.backup_password {
            let sealed = self.secrets.put_backup_password(password)?;
            self.conn.execute(
                "UPDATE otp_backup_settings SET password_home = ?1, sealed_password = ?2
                 WHERE id = 1",
                params![home.as_str(), sealed],
            )?;
        }
        // The triggers counted the row updates as changes; they were not.
        self.conn.execute(
            "UPDATE otp_backup_settings SET changes = ?1, changed_since = ?2 WHERE id = 1",
            params![changes, since],
        )?;
        Ok(())
    }
}

/// Deletes the keyring entries of the secrets in `moved` (after they were settled elsewhere).
/// Best effort: an entry left behind holds a secret the database also holds, nothing is lost.
pub(crate) fn forget_keyring_secrets(keyring: &KeyringStore, profile_id: Uuid, moved: &OtpSecrets) {
    for account in &moved.accounts {
        let _ = keyring.delete(&keyring_entry(profile_id, account.id));
        let _ = keyring.delete(&backup_entry(profile_id, account.id));
    }
    let _ = keyring.delete(&backup_password_entry(profile_id));
}

/// The keyring entries a keyring profile keeps these accounts' secrets in (tests check that
/// none is left behind).
#[cfg(test)]
pub(crate) fn keyring_entries(profile_id: Uuid, accounts: &[Uuid]) -> Vec<String> {
    let mut out: Vec<String> = accounts
        .iter()
        .flat_map(|id| {
            [
                keyring_entry(profile_id, *id),
                backup_entry(profile_id, *id),
            ]
        })
        .collect();
    out.push(backup_password_entry(profile_id));
    out
}
