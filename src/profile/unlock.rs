//! Changing how a profile is unlocked: keyring → passphrase, passphrase → keyring, or one
//! passphrase → another ([`Profile::change_unlock`]).
//!
//! The database is re-encrypted in place with SQLCipher's rekey ([`crate::db::Db::rekey`]);
//! `profile.json` says which key opens it. The two cannot change together, so the change goes
//! in steps, each leaving a profile that opens:
//!
//! 1. the new key is made (a new passphrase is held to the same rules as a new profile's; a
//!    keyring key is written to the keyring, which the old way never reads);
//! 2. every secret kept according to the old way (authenticator secrets, backup codes, the
//!    automatic backups' password, the signing key, the helpdesk token) is read into memory and
//!    written into the database sealed under the new key (table `profile_unlock_change`);
//! 3. `profile.json` names the new way as `next`, beside the old one;
//! 4. the database is rekeyed (one transaction) and checked by opening it afresh with the new key;
//! 5. `profile.json` names the new way as the way, without `next`: from here the change is made;
//! 6. the secrets are settled where the new way keeps them, in one transaction that also
//!    removes the sealed set; then the old keyring entries (the old database key last) are
//!    deleted — never before the rekey committed.
//!
//! A failure in 2–5 undoes what was done (the database is rekeyed back when it had been), so the
//! profile opens the old way with nothing changed. A crash in 4–5 leaves a database that only
//! the new key opens while `profile.json` still names the old way: opening then tries `next`
//! and finishes the change. A crash in 6 is finished by the next opening, from the sealed set.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use rusqlite::OptionalExtension;

use super::*;
use crate::otp::store::relocate::{forget_keyring_secrets, OtpSecrets};
use crate::share::connection::{forget_keyring_token, HelpdeskSettings};

/// How the profile is to be unlocked from now on.
pub enum UnlockWith {
    /// A random key kept in the OS keyring.
    Keyring,
    /// A key derived from this passphrase (Argon2id).
    Passphrase(Zeroizing<String>),
}

/// A change of how the profile is unlocked, as the person asked for it.
pub struct UnlockChange {
    /// The passphrase that opens the profile now: asked again for passphrase profiles even
    /// though the profile is open, so an unattended unlocked window cannot change it.
    pub current: Option<Zeroizing<String>>,
    pub to: UnlockWith,
}

/// How the window asks for the profile to be unlocked from now on (the passphrase travels
/// beside it, zeroed on drop).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum UnlockMethod {
    Passphrase,
    Keyring,
}

impl UnlockChange {
    /// The change a front end asks for: `method`, with `new_passphrase` when it is
    /// [`UnlockMethod::Passphrase`] (empty or missing: too short, as for a new profile).
    pub fn new(
        method: UnlockMethod,
        current: Option<Zeroizing<String>>,
        new_passphrase: Option<Zeroizing<String>>,
    ) -> UnlockChange {
        let to = match method {
            UnlockMethod::Keyring => UnlockWith::Keyring,
            UnlockMethod::Passphrase => UnlockWith::Passphrase(
                new_passphrase.unwrap_or_else(|| Zeroizing::new(String::new())),
            ),
        };
        let current = current.filter(|c| !c.is_empty());
        UnlockChange { current, to }
    }
}

/// What the change did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnlockChanged {
    pub status: ProfileStatus,
    /// Authenticator accounts whose secrets moved with the change.
    pub otp_accounts: u32,
}

/// The secrets on their way to the new protection, sealed under the new key in the database
/// until they are settled. Never logged (no `Debug`).
#[derive(Serialize, Deserialize)]
struct Moving {
    /// The protection the change started from (its keyring entries go once it is done).
    from: KeyProtection,
    otp: OtpSecrets,
    share_seed: Option<Zeroizing<Vec<u8>>>,
    helpdesk_token: Option<Zeroizing<String>>,
}

const CHANGE_TABLE: &str = "CREATE TABLE IF NOT EXISTS profile_unlock_change (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL
)";
const SEAL_LABEL: &[u8] = b"steward/unlock-change/v1";
const NONCE_LEN: usize = 12;

/// The steps a test can make fail (see `tests`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// After the rekey, before `profile.json` names the new way.
    AfterRekey,
    /// After `profile.json` names the new way, before the secrets are settled.
    BeforeSettle,
}

// A test makes a step fail with an error, or "crash" (panic: nothing after it runs, as when
// the process dies there).
#[cfg(test)]
thread_local! {
    static FAIL_AT: std::cell::Cell<Option<(Step, bool)>> = const { std::cell::Cell::new(None) };
}

fn step(_at: Step) -> Result<(), ProfileError> {
    #[cfg(test)]
    match FAIL_AT.with(|f| f.get()) {
        Some((at, true)) if at == _at => panic!("crash made at {_at:?}"),
        Some((at, false)) if at == _at => {
            return Err(ProfileError::Io {
                dir: "test".into(),
                detail: format!("failure made at {_at:?}"),
            })
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests;

/// The same rule as for a new profile's passphrase.
pub(super) fn check_new_passphrase(pass: &str) -> Result<(), ProfileError> {
    if pass.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ProfileError::PassphraseTooShort);
    }
    Ok(())
}

pub(super) fn state_of(protection: &KeyProtection) -> ProfileState {
    match protection {
        KeyProtection::Keyring { .. } => ProfileState::Keyring,
        KeyProtection::Passphrase { .. } => ProfileState::Passphrase,
    }
}

/// Compares two keys without stopping at the first difference.
fn same_key(a: &DbKey, b: &DbKey) -> bool {
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

impl Profile {
    /// Changes how this profile is unlocked (see the module documentation for the steps and
    /// what a failure or a crash leaves). Every other handle on the database must be closed
    /// first ([`Profile::second_handle`], another window or command): the rekey needs the
    /// database alone and fails with `database_in_use` otherwise, changing nothing.
    pub fn change_unlock(&mut self, change: UnlockChange) -> Result<UnlockChanged, ProfileError> {
        let file =
            read_profile_file(&self.dir)?.ok_or_else(|| ProfileError::ProfileFileMissing {
                dir: self.dir.display().to_string(),
            })?;
        // Who asks: the passphrase that opens it now, for passphrase profiles.
        if let KeyProtection::Passphrase { kdf } = &file.key {
            let pass = change
                .current
                .as_ref()
                .ok_or(ProfileError::PassphraseRequired { new_profile: false })?;
            if !same_key(&derive_key(pass, kdf)?, &self.db_key) {
                return Err(ProfileError::WrongPassphrase);
            }
        }
        // 1. The new key.
        let (new_key, protection) = match &change.to {
            UnlockWith::Keyring => {
                if let KeyProtection::Keyring { .. } = file.key {
                    return Err(ProfileError::UnlockUnchanged);
                }
                let key = random_key()?;
                let entry = format!("db-key/{}", self.id);
                self.keyring.set(&entry, key.as_slice())?;
                (key, KeyProtection::Keyring { entry })
            }
            UnlockWith::Passphrase(pass) => {
                check_new_passphrase(pass)?;
                let kdf = KdfParams::generate()?;
                (derive_key(pass, &kdf)?, KeyProtection::Passphrase { kdf })
            }
        };
        let forget_new_entry = |profile: &Profile| {
            if let KeyProtection::Keyring { entry } = &protection {
                let _ = profile.keyring.delete(entry);
            }
        };
        match self.prepare_and_rekey(&file, &protection, &new_key) {
            Ok(fresh) => {
                // Step 5 done: the change is made. The handle opened to check the rekey
                // becomes the profile's.
                self.db = fresh;
                self.state = state_of(&protection);
                self.otp_seal_key = otp_seal_key(&new_key);
                self.db_key = new_key;
            }
            Err((e, undone)) => {
                if undone {
                    forget_new_entry(self);
                }
                return Err(e);
            }
        }
        // 6. Settle the secrets; a failure here is finished by the next opening.
        let otp_accounts = self.settle_pending()?;
        Ok(UnlockChanged {
            status: self.status(),
            otp_accounts,
        })
    }

    /// Steps 2–5. On failure, says whether everything was undone (the profile opens the old
    /// way); when not, the database is under the new key and `profile.json` names it as `next`.
    fn prepare_and_rekey(
        &mut self,
        file: &ProfileFile,
        protection: &KeyProtection,
        new_key: &DbKey,
    ) -> Result<Db, (ProfileError, bool)> {
        let undone = |e: ProfileError| (e, true);
        // 2. The secrets, sealed under the new key, into the database (under the old key).
        let moving = Moving {
            from: file.key.clone(),
            otp: self.otp().secrets_to_move().map_err(|e| undone(e.into()))?,
            share_seed: crate::share::seed_to_move(self).map_err(|e| undone(e.into()))?,
            helpdesk_token: HelpdeskSettings::new(self)
                .token_to_move()
                .map_err(|e| undone(e.into()))?,
        };
        let sealed = seal_moving(new_key, &moving).map_err(undone)?;
        drop(moving);
        let conn = self.db.conn();
        conn.execute(CHANGE_TABLE, [])
            .and_then(|_| {
                conn.execute(
                    "INSERT OR REPLACE INTO profile_unlock_change (id, sealed) VALUES (1, ?1)",
                    [&sealed],
                )
            })
            .map_err(|e| undone(DbError::from(e).into()))?;
        // 3. `next` beside the old way.
        let pending = ProfileFile {
            next: Some(protection.clone()),
            ..file.clone()
        };
        if let Err(e) = write_profile_file(&self.dir, &pending) {
            self.drop_sealed_set();
            return Err(undone(e));
        }
        // 4. Rekey, checked by a fresh open with the new key; 5. the new way in profile.json.
        let db_path = self.dir.join(DB_FILE);
        let committed = self
            .db
            .rekey(new_key)
            .map_err(ProfileError::from)
            .and_then(|()| Db::open(&db_path, new_key, false).map_err(ProfileError::from))
            .and_then(|fresh| {
                step(Step::AfterRekey)?;
                let done = ProfileFile {
                    key: protection.clone(),
                    next: None,
                    ..file.clone()
                };
                write_profile_file(&self.dir, &done)?;
                Ok(fresh)
            });
        match committed {
            Ok(fresh) => Ok(fresh),
            Err(e) => Err((e, self.roll_back(file, new_key))),
        }
    }

    /// Puts the database back under this profile's (old) key, removes the sealed set and
    /// `next`. `true` when the profile opens the old way again with nothing changed.
    fn roll_back(&mut self, file: &ProfileFile, new_key: &DbKey) -> bool {
        let db_path = self.dir.join(DB_FILE);
        // The connection that ran the rekey may hold a write key that differs from its read
        // key (see `Db::rekey`): never written through again.
        match Db::open(&db_path, &self.db_key, false) {
            Ok(old) => self.db = old,
            Err(_) => {
                let Ok(under_new) = Db::open(&db_path, new_key, false) else {
                    return false;
                };
                self.db = under_new;
                if self.db.rekey(&self.db_key).is_err() {
                    return false;
                }
                match Db::open(&db_path, &self.db_key, false) {
                    Ok(old) => self.db = old,
                    Err(_) => return false,
                }
            }
        }
        self.drop_sealed_set();
        // If this write fails, `next` stays: the next opening finds the old way works and
        // removes it then.
        let _ = write_profile_file(
            &self.dir,
            &ProfileFile {
                next: None,
                ..file.clone()
            },
        );
        true
    }

    fn drop_sealed_set(&self) {
        let _ = self
            .db
            .conn()
            .execute("DROP TABLE IF EXISTS profile_unlock_change", []);
    }

    /// Step 6, also run by every opening: settles a sealed set of secrets left by a change to
    /// this profile's present key, or removes one left by an abandoned change (sealed under a
    /// key that no longer opens the profile). Gives how many authenticator accounts moved.
    pub(super) fn settle_pending(&self) -> Result<u32, ProfileError> {
        let conn = self.db.conn();
        let sealed: Option<Vec<u8>> = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'profile_unlock_change')",
                [],
                |r| r.get::<_, bool>(0),
            )
            .and_then(|exists| match exists {
                false => Ok(None),
                true => conn
                    .query_row(
                        "SELECT sealed FROM profile_unlock_change WHERE id = 1",
                        [],
                        |r| r.get(0),
                    )
                    .optional(),
            })
            .map_err(DbError::from)?;
        let Some(sealed) = sealed else {
            return Ok(0);
        };
        let Some(moving) = unseal_moving(&self.db_key, &sealed) else {
            self.drop_sealed_set();
            return Ok(0);
        };
        step(Step::BeforeSettle)?;
        let tx = conn.unchecked_transaction().map_err(DbError::from)?;
        self.otp().settle_secrets(&moving.otp)?;
        if let Some(seed) = &moving.share_seed {
            crate::share::settle_seed(self, seed)?;
        }
        if let Some(token) = &moving.helpdesk_token {
            HelpdeskSettings::new(self).settle_token(token)?;
        }
        tx.execute("DROP TABLE profile_unlock_change", [])
            .map_err(DbError::from)?;
        tx.commit().map_err(DbError::from)?;
        if let KeyProtection::Keyring { entry } = &moving.from {
            if self.state != ProfileState::Keyring {
                forget_keyring_secrets(&self.keyring, self.id, &moving.otp);
                crate::share::forget_keyring_seed(&self.keyring, self.id);
                forget_keyring_token(&self.keyring, self.id);
                // The old database key last: it no longer opens anything.
                let _ = self.keyring.delete(entry);
            }
        }
        Ok(moving.otp.accounts() as u32)
    }
}

/// After opening: `promoted` when the profile opened with `file.next` (a change interrupted
/// between its rekey and `profile.json`): that is now the way. Otherwise a `next` left there
/// belongs to a change that never happened and goes (with the keyring key it had made).
pub(super) fn tidy_after_open(
    profile: &Profile,
    file: &ProfileFile,
    promoted: bool,
) -> Result<(), ProfileError> {
    if let Some(next) = &file.next {
        let tidy = if promoted {
            ProfileFile {
                key: next.clone(),
                next: None,
                ..file.clone()
            }
        } else {
            if let (KeyProtection::Keyring { entry }, KeyProtection::Passphrase { .. }) =
                (next, &file.key)
            {
                let _ = profile.keyring.delete(entry);
            }
            ProfileFile {
                next: None,
                ..file.clone()
            }
        };
        // Best effort: if it cannot be written, the next opening does this again.
        let _ = write_profile_file(&profile.dir, &tidy);
    }
    profile.settle_pending().map(|_| ())
}

fn change_seal_key(db_key: &DbKey) -> DbKey {
    use hmac::{Hmac, Mac};
    let mut out = Zeroizing::new([0u8; 32]);
    if let Ok(mut mac) = <Hmac<sha2::Sha256> as Mac>::new_from_slice(db_key.as_slice()) {
        mac.update(SEAL_LABEL);
        out.copy_from_slice(&mac.finalize().into_bytes());
    }
    out
}

/// `nonce ‖ AES-256-GCM(JSON of the set)` under a key derived from the new database key.
fn seal_moving(new_key: &DbKey, moving: &Moving) -> Result<Vec<u8>, ProfileError> {
    let internal = |what: &str| ProfileError::Io {
        dir: String::new(),
        detail: what.to_string(),
    };
    // Sized first, so the buffer holding the secrets is never grown (a grown Vec leaves its
    // old allocation behind unwiped).
    let mut counter = ByteCount(0);
    serde_json::to_writer(&mut counter, moving).map_err(|_| internal("could not pack secrets"))?;
    let mut json = Zeroizing::new(Vec::with_capacity(counter.0));
    serde_json::to_writer(&mut *json, moving).map_err(|_| internal("could not pack secrets"))?;
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|e| VaultError::Random(e.to_string()))?;
    let key = change_seal_key(new_key);
    let cipher = Aes256Gcm::new_from_slice(key.as_slice()).map_err(|_| internal("bad key"))?;
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: &json,
                aad: SEAL_LABEL,
            },
        )
        .map_err(|_| internal("could not seal secrets"))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Counts what is written to it, keeping nothing.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The set sealed by [`seal_moving`] under this key, or `None` (another key, or damaged).
fn unseal_moving(db_key: &DbKey, sealed: &[u8]) -> Option<Moving> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    let key = change_seal_key(db_key);
    let cipher = Aes256Gcm::new_from_slice(key.as_slice()).ok()?;
    let json = Zeroizing::new(
        cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: SEAL_LABEL,
                },
            )
            .ok()?,
    );
    serde_json::from_slice(&json).ok()
}
