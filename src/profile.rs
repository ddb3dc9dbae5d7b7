//! A profile is one data directory: `profile.json` (how it is locked; nothing secret) and
//! `steward.db` (the encrypted database). The CLI and the desktop app share it.
//!
//! The database key is a random 256-bit key in the OS keyring, or, where no keyring can be used,
//! derived from a passphrase with Argon2id. Opening never creates a new database over an old one:
//! a missing key or a wrong passphrase is an error and the files stay as they are.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::cases::CaseStore;
use crate::db::{Db, DbError, DbKey};
use crate::error::{ErrorKind, UserFacing};
use crate::otp::store::{OtpStore, SecretHome};
use crate::vault::{derive_key, random_key, KdfParams, KeyringStore, VaultError};

mod unlock;
pub use unlock::{UnlockChange, UnlockChanged, UnlockMethod, UnlockWith};

pub const PROFILE_FILE: &str = "profile.json";
pub const DB_FILE: &str = "steward.db";
/// Set to use another data directory than the platform default (tests, several profiles).
pub const DATA_DIR_ENV: &str = "STEWARD_DATA_DIR";
/// The shortest passphrase a new profile accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The default data directory, shared by the CLI and the desktop app:
/// `$STEWARD_DATA_DIR`, else the platform data dir (`$XDG_DATA_HOME/steward` on Linux).
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("steward")
}

/// How a profile's key is kept. Written to `profile.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum KeyProtection {
    Keyring { entry: String },
    Passphrase { kdf: KdfParams },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ProfileFile {
    format: u32,
    profile_id: Uuid,
    created_at: DateTime<Utc>,
    key: KeyProtection,
    /// Set only while the way the profile is unlocked is being changed (`unlock.rs`): the
    /// database may already be under this key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    next: Option<KeyProtection>,
}

/// How the profile in a data directory is locked, before it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ProfileState {
    /// Nothing there yet: opening creates a profile.
    New,
    /// The key is in the OS keyring.
    Keyring,
    /// The key comes from a passphrase.
    Passphrase,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ProfileStatus {
    pub data_dir: String,
    pub state: ProfileState,
    pub keyring_available: bool,
}

/// What the caller can offer to unlock or create a profile.
#[derive(Default)]
pub struct Unlock {
    pub passphrase: Option<Zeroizing<String>>,
    /// Never use the keyring, even if it works (a new profile then needs a passphrase).
    pub no_keyring: bool,
}

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum ProfileError {
    PassphraseRequired {
        new_profile: bool,
    },
    WrongPassphrase,
    PassphraseTooShort,
    KeyMissing {
        entry: String,
    },
    KeyringKeyWrong,
    /// Asked to keep the key in the keyring when it is there already.
    UnlockUnchanged,
    /// Names [`PROFILE_FILE`].
    ProfileFileMissing {
        dir: String,
    },
    ProfileFileDamaged {
        file: String,
        detail: String,
    },
    /// Names [`DB_FILE`] and [`PROFILE_FILE`].
    DatabaseMissing {
        dir: String,
    },
    Io {
        dir: String,
        detail: String,
    },
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Db(#[from] DbError),
    /// A secret that had to move when the way the profile is unlocked changed.
    #[error(transparent)]
    Otp(#[from] crate::otp::store::StoreError),
    #[error(transparent)]
    Share(#[from] crate::share::ShareError),
}

impl UserFacing for ProfileError {
    fn code(&self) -> &'static str {
        match self {
            ProfileError::PassphraseRequired { .. } => "passphrase_required",
            ProfileError::WrongPassphrase => "wrong_passphrase",
            ProfileError::PassphraseTooShort => "passphrase_too_short",
            ProfileError::KeyMissing { .. } => "key_missing",
            ProfileError::KeyringKeyWrong => "keyring_key_wrong",
            ProfileError::UnlockUnchanged => "unlock_unchanged",
            ProfileError::ProfileFileMissing { .. } => "profile_file_missing",
            ProfileError::ProfileFileDamaged { .. } => "profile_file_damaged",
            ProfileError::DatabaseMissing { .. } => "database_missing",
            ProfileError::Io { .. } => "data_dir_unusable",
            ProfileError::Vault(e) => e.code(),
            ProfileError::Db(e) => e.code(),
            ProfileError::Otp(e) => e.code(),
            ProfileError::Share(e) => e.code(),
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ProfileError::PassphraseRequired { .. }
            | ProfileError::WrongPassphrase
            | ProfileError::PassphraseTooShort
            | ProfileError::UnlockUnchanged => ErrorKind::Input,
            ProfileError::Vault(e) => e.kind(),
            ProfileError::Db(e) => e.kind(),
            ProfileError::Otp(e) => e.kind(),
            ProfileError::Share(e) => e.kind(),
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            ProfileError::Vault(e) => e.args(),
            ProfileError::Db(e) => e.args(),
            ProfileError::Otp(e) => e.args(),
            ProfileError::Share(e) => e.args(),
            ProfileError::PassphraseTooShort => {
                let mut args = crate::i18n::args_of(self);
                args.insert("min".into(), MIN_PASSPHRASE_CHARS.into());
                args
            }
            _ => crate::i18n::args_of(self),
        }
    }
}

impl ProfileError {
    /// An opening that failed this way may work with the key of an interrupted change.
    fn may_be_next(&self) -> bool {
        matches!(
            self,
            ProfileError::PassphraseRequired { .. }
                | ProfileError::WrongPassphrase
                | ProfileError::KeyringKeyWrong
                | ProfileError::KeyMissing { .. }
        )
    }

    fn io(dir: &Path, e: impl std::fmt::Display) -> ProfileError {
        ProfileError::Io {
            dir: dir.display().to_string(),
            detail: e.to_string(),
        }
    }
}

/// An unlocked profile: its directory and its open database.
pub struct Profile {
    dir: PathBuf,
    id: Uuid,
    state: ProfileState,
    keyring: KeyringStore,
    db: Db,
    /// Seals authenticator secrets kept in the database (profiles without a keyring); derived
    /// from the database key, never stored.
    otp_seal_key: DbKey,
    /// Kept to open a second connection ([`Profile::second_handle`]); SQLCipher holds it in
    /// memory anyway while the database is open.
    db_key: DbKey,
    /// The authenticator backups' derived key, while the profile is open.
    otp_backup_key: crate::otp::backup::BackupKeyCache,
}

impl Profile {
    /// Says how the profile in `dir` is locked, without unlocking it.
    pub fn inspect(dir: &Path) -> Result<ProfileStatus, ProfileError> {
        Self::inspect_with(dir, &KeyringStore::system())
    }

    pub fn inspect_with(dir: &Path, keyring: &KeyringStore) -> Result<ProfileStatus, ProfileError> {
        let state = match read_profile_file(dir)? {
            None => ProfileState::New,
            Some(f) => match f.key {
                KeyProtection::Keyring { .. } => ProfileState::Keyring,
                KeyProtection::Passphrase { .. } => ProfileState::Passphrase,
            },
        };
        Ok(ProfileStatus {
            data_dir: dir.display().to_string(),
            state,
            keyring_available: keyring.is_available(),
        })
    }

    /// Opens the profile in `dir`, creating it if the directory holds none.
    pub fn open(dir: &Path, unlock: &Unlock) -> Result<Profile, ProfileError> {
        let keyring = if unlock.no_keyring {
            KeyringStore::disabled()
        } else {
            KeyringStore::system()
        };
        Self::open_with(dir, unlock, keyring)
    }

    pub fn open_with(
        dir: &Path,
        unlock: &Unlock,
        keyring: KeyringStore,
    ) -> Result<Profile, ProfileError> {
        let db_path = dir.join(DB_FILE);
        match read_profile_file(dir)? {
            Some(file) => {
                if !db_path.exists() {
                    return Err(ProfileError::DatabaseMissing {
                        dir: dir.display().to_string(),
                    });
                }
                let tried = open_db(&db_path, &file.key, unlock, &keyring);
                let ((db, key, state), promoted) = match (tried, &file.next) {
                    (Ok(opened), _) => (opened, false),
                    // A change of unlock method was interrupted after its rekey: the database
                    // opens with the new way (`unlock.rs`).
                    (Err(first), Some(next)) if first.may_be_next() => {
                        match open_db(&db_path, next, unlock, &keyring) {
                            Ok(opened) => (opened, true),
                            Err(
                                e @ (ProfileError::PassphraseRequired { .. }
                                | ProfileError::WrongPassphrase),
                            ) => return Err(e),
                            Err(_) => return Err(first),
                        }
                    }
                    (Err(e), _) => return Err(e),
                };
                let profile = Profile::assemble(dir, file.profile_id, state, keyring, db, key);
                unlock::tidy_after_open(&profile, &file, promoted)?;
                Ok(profile)
            }
            None => {
                if db_path.exists() {
                    return Err(ProfileError::ProfileFileMissing {
                        dir: dir.display().to_string(),
                    });
                }
                Self::create(dir, unlock, keyring)
            }
        }
    }

    fn create(dir: &Path, unlock: &Unlock, keyring: KeyringStore) -> Result<Profile, ProfileError> {
        fs::create_dir_all(dir).map_err(|e| ProfileError::io(dir, e))?;
        restrict_dir(dir);
        let profile_id = Uuid::now_v7();
        let (key, protection, state) = match &unlock.passphrase {
            Some(pass) => {
                unlock::check_new_passphrase(pass)?;
                let kdf = KdfParams::generate()?;
                let key = derive_key(pass, &kdf)?;
                (
                    key,
                    KeyProtection::Passphrase { kdf },
                    ProfileState::Passphrase,
                )
            }
            None => {
                if !keyring.is_enabled() || !keyring.is_available() {
                    return Err(ProfileError::PassphraseRequired { new_profile: true });
                }
                let key = random_key()?;
                let entry = format!("db-key/{profile_id}");
                keyring.set(&entry, key.as_slice())?;
                (key, KeyProtection::Keyring { entry }, ProfileState::Keyring)
            }
        };
        let db = Db::open(&dir.join(DB_FILE), &key, true)?;
        let file = ProfileFile {
            format: 1,
            profile_id,
            created_at: Utc::now(),
            key: protection,
            next: None,
        };
        write_profile_file(dir, &file)?;
        Ok(Profile::assemble(dir, profile_id, state, keyring, db, key))
    }

    /// The one place a `Profile` is put together: the OTP seal key is always derived from the
    /// database key here, never passed separately.
    fn assemble(
        dir: &Path,
        id: Uuid,
        state: ProfileState,
        keyring: KeyringStore,
        db: Db,
        key: DbKey,
    ) -> Profile {
        Profile {
            dir: dir.to_path_buf(),
            id,
            state,
            keyring,
            db,
            otp_seal_key: otp_seal_key(&key),
            db_key: key,
            otp_backup_key: Default::default(),
        }
    }

    /// Another handle on this unlocked profile with its own database connection, so a long
    /// operation on one (a network call, a PDF) doesn't hold up quick reads on the other: in WAL
    /// mode readers don't wait for a writer. Same keyring, same keys; nothing asked again.
    pub fn second_handle(&self) -> Result<Profile, ProfileError> {
        let db = Db::open(&self.dir.join(DB_FILE), &self.db_key, false)?;
        Ok(Profile::assemble(
            &self.dir,
            self.id,
            self.state,
            self.keyring.clone(),
            db,
            self.db_key.clone(),
        ))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How this open profile is locked. A keyring profile's key came from the keyring when it
    /// opened, so the keyring is not asked again (a D-Bus round trip of 7-14 ms on the window's
    /// path to its first paint: BENCHMARKS.md, "A lighter window"); a passphrase profile asks it,
    /// since the answer decides whether moving to the keyring is offered.
    pub fn status(&self) -> ProfileStatus {
        ProfileStatus {
            data_dir: self.dir.display().to_string(),
            state: self.state,
            keyring_available: self.state == ProfileState::Keyring || self.keyring.is_available(),
        }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn cases(&self) -> CaseStore<'_> {
        CaseStore::new(self.db.conn())
    }

    /// The profile's id (in `profile.json`); names its keyring entries.
    pub fn id(&self) -> Uuid {
        self.id
    }

    pub fn keyring(&self) -> &KeyringStore {
        &self.keyring
    }

    /// Sharing this profile's cases: exports through the gate, letters, notices, helpdesks,
    /// settings ([`crate::share::Sharing`]).
    pub fn share(&self) -> crate::share::Sharing<'_> {
        crate::share::Sharing::new(self)
    }

    /// The enrolment wizard's enrolments.
    pub fn enrolments(&self) -> crate::enrol::Enrolments<'_> {
        crate::enrol::Enrolments::new(self)
    }

    /// The 2FA and Passkeys directories for this profile's data folder, kept in memory
    /// ([`crate::directory::loaded`]): public data, never an error (offline: saved or empty).
    pub fn directory(&self) -> std::sync::Arc<crate::directory::Directory> {
        crate::directory::loaded(&self.dir)
    }

    /// The authenticator: accounts in the database, secrets in the keyring (keyring-protected
    /// profiles) or sealed in the encrypted database (passphrase-protected ones).
    pub fn otp(&self) -> OtpStore<'_> {
        let secrets = match self.state {
            ProfileState::Keyring => SecretHome::Keyring {
                keyring: &self.keyring,
                profile_id: self.id,
            },
            _ => SecretHome::Database {
                seal_key: &self.otp_seal_key,
            },
        };
        OtpStore::new(self.db.conn(), secrets).with_backup_key_cache(&self.otp_backup_key)
    }
}

/// The key `protection` gives, and the database opened with it.
fn open_db(
    db_path: &Path,
    protection: &KeyProtection,
    unlock: &Unlock,
    keyring: &KeyringStore,
) -> Result<(Db, DbKey, ProfileState), ProfileError> {
    let (key, state) = match protection {
        KeyProtection::Keyring { entry } => {
            let secret = keyring.get(entry).map_err(|e| match e {
                VaultError::NoEntry { entry } => ProfileError::KeyMissing { entry },
                other => other.into(),
            })?;
            let key: [u8; 32] = secret
                .as_slice()
                .try_into()
                .map_err(|_| VaultError::BadEntry {
                    entry: entry.clone(),
                })?;
            (Zeroizing::new(key), ProfileState::Keyring)
        }
        KeyProtection::Passphrase { kdf } => {
            let pass = unlock
                .passphrase
                .as_ref()
                .ok_or(ProfileError::PassphraseRequired { new_profile: false })?;
            (derive_key(pass, kdf)?, ProfileState::Passphrase)
        }
    };
    let db = Db::open(db_path, &key, false).map_err(|e| match (e, state) {
        (DbError::WrongKey, ProfileState::Passphrase) => ProfileError::WrongPassphrase,
        (DbError::WrongKey, _) => ProfileError::KeyringKeyWrong,
        (other, _) => other.into(),
    })?;
    Ok((db, key, state))
}

/// A separate key for sealing OTP secrets: HMAC-SHA256(database key, label).
fn otp_seal_key(db_key: &DbKey) -> DbKey {
    use hmac::{Hmac, Mac};
    let mut out = Zeroizing::new([0u8; 32]);
    if let Ok(mut mac) = <Hmac<sha2::Sha256> as Mac>::new_from_slice(db_key.as_slice()) {
        mac.update(b"steward/otp-secret-seal/v1");
        out.copy_from_slice(&mac.finalize().into_bytes());
    }
    out
}

fn read_profile_file(dir: &Path) -> Result<Option<ProfileFile>, ProfileError> {
    let path = dir.join(PROFILE_FILE);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(ProfileError::io(dir, e)),
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| ProfileError::ProfileFileDamaged {
            file: path.display().to_string(),
            detail: e.to_string(),
        })
}

/// Written to a temporary file and renamed, so a crash never leaves half a profile file.
fn write_profile_file(dir: &Path, file: &ProfileFile) -> Result<(), ProfileError> {
    let json = serde_json::to_string_pretty(file).map_err(|e| ProfileError::io(dir, e))?;
    crate::fs::write_atomic(&dir.join(PROFILE_FILE), json.as_bytes())
        .map_err(|e| ProfileError::io(dir, e))
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: the data is encrypted anyway; this keeps other local users from listing it.
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) {}

#[cfg(test)]
mod status_tests {
    use super::*;

    /// The same database under each way of being locked, with a keyring that cannot answer.
    fn with_state(dir: &Path, opened: &Profile, state: ProfileState) -> Profile {
        let db = Db::open(&dir.join(DB_FILE), &opened.db_key, false).unwrap();
        Profile::assemble(
            dir,
            opened.id,
            state,
            KeyringStore::disabled(),
            db,
            opened.db_key.clone(),
        )
    }

    #[test]
    fn an_open_keyring_profile_does_not_ask_the_keyring_again() {
        let dir = tempfile::tempdir().unwrap();
        let unlock = Unlock {
            passphrase: Some(Zeroizing::new("correct horse battery".to_string())),
            no_keyring: true,
        };
        let opened = Profile::open(dir.path(), &unlock).unwrap();
        // Its key came from the keyring when it opened: available, whatever a probe now says.
        let keyring = with_state(dir.path(), &opened, ProfileState::Keyring).status();
        assert!(keyring.keyring_available);
        // A passphrase profile asks (moving to the keyring is offered on the answer).
        let passphrase = with_state(dir.path(), &opened, ProfileState::Passphrase).status();
        assert!(!passphrase.keyring_available);
        assert!(!opened.status().keyring_available, "a disabled keyring");
    }
}
