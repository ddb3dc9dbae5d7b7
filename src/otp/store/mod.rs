//! `OtpStore` (reached as `profile.otp()`): the customer's authenticator accounts.
//!
//! **Where things live.** Account metadata (issuer, name, kind, digits, counter, order, a
//! duplicate fingerprint) is in the profile's SQLCipher database (`otp_accounts`). The secret is
//! never there in the clear:
//! - keyring-protected profiles keep each secret in the OS keyring, entry
//!   `otp/<profile-id>/<account-id>` (Base32 text, so the customer's keyring manager shows
//!   something usable), and backup codes in `otp/<profile-id>/<account-id>/backup-codes`;
//! - passphrase-protected profiles exist because there is no usable keyring (or the customer
//!   turned it off), so their secrets go into the database, sealed with AES-256-GCM under a key
//!   derived from the database key (HMAC-SHA256(db key, label)), with the account id as
//!   associated data. The database file is itself encrypted with the passphrase-derived key, so
//!   this is a second layer: a secret is never in the clear on disk, in the WAL, or in an SQL
//!   dump. Where the secret lives is recorded per account (`secret_store`) and follows the
//!   profile's protection, so opening the profile never depends on a keyring it does not use.
//!
//! **Failure rules.** Adding writes the secret first and the row second (a failed row removes the
//! just-written secret). Removing deletes the row inside a transaction, deletes the keyring
//! entries, and commits only if they went: a keyring failure never deletes anything. Reading a
//! secret that the keyring will not give is an error naming the account and what to do; the
//! metadata stays.
//!
//! **Duplicates.** `fingerprint` = SHA-256 over (secret, issuer, name) (labels compared without
//! case); the same account added again is reported as a duplicate and not added (Google
//! transfer exports repeat accounts). The same secret under another label is added with a note.
//! The fingerprints are one-way hashes of high-entropy keys and sit inside the encrypted database.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::codes::{code_view, OtpCode};
use super::error::OtpError;
use super::export::{self, ExportFormat};
use super::import::{Format, ImportReport, ImportWarning};
use super::model::{
    Algorithm, OtpAccount, OtpKind, OtpSecret, Warning, DEFAULT_DIGITS, DEFAULT_PERIOD,
    STEAM_DIGITS, WEAK_SECRET_BITS,
};
use super::qr;
use super::{link, uri};
use crate::error::UserFacing;
use crate::vault::{KeyringStore, VaultError};

mod backup;
mod dto;
mod error;
mod files;

pub use dto::{
    BackupCode, BackupCodes, Duplicate, OtpAddReport, OtpCodeEntry, OtpEntry, OtpExportSaved,
    OtpFileInfo, OtpManualEntry, OtpNextCode, SecretStore,
};
pub use error::StoreError;
pub use files::{
    default_export_dir, export_file_name, export_path_in, inspect_file, looks_like_image,
    write_export,
};

/// At most this many backup codes per account, each at most `MAX_BACKUP_CODE_CHARS` long.
pub const MAX_BACKUP_CODES: usize = 100;
pub const MAX_BACKUP_CODE_CHARS: usize = 64;
/// Warn when this many unused backup codes or fewer are left.
pub const LOW_BACKUP_CODES: usize = 2;
pub const MAX_LABEL_CHARS: usize = 200;

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

pub struct OtpStore<'c> {
    conn: &'c Connection,
    secrets: SecretHome<'c>,
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn conversion(what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unexpected {what}").into(),
    )
}

fn parse_ts(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| conversion("time"))
}

fn parse_uuid(s: &str) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(s).map_err(|_| conversion("id"))
}

const ENTRY_SELECT: &str = "SELECT a.id, a.number, a.issuer, a.name, a.kind, a.algorithm,
        a.digits, a.period, a.counter, a.secret_bits, a.icon, a.colour, a.sort_order,
        a.secret_store, a.created_at, a.updated_at,
        (SELECT count(*) FROM otp_backup_codes b WHERE b.account_id = a.id),
        (SELECT count(*) FROM otp_backup_codes b WHERE b.account_id = a.id AND b.used_at IS NULL)
    FROM otp_accounts a";

fn entry_from_row(r: &Row<'_>) -> rusqlite::Result<OtpEntry> {
    let kind: String = r.get(4)?;
    let algorithm: String = r.get(5)?;
    let period: Option<u32> = r.get(7)?;
    let counter: Option<i64> = r.get(8)?;
    let kind = match kind.as_str() {
        "totp" => OtpKind::Totp {
            period: period.unwrap_or(DEFAULT_PERIOD),
        },
        "steam" => OtpKind::Steam {
            period: period.unwrap_or(DEFAULT_PERIOD),
        },
        "hotp" => OtpKind::Hotp {
            counter: u64::try_from(counter.unwrap_or(0)).unwrap_or(0),
        },
        _ => return Err(conversion("kind")),
    };
    let secret_home =
        SecretStore::parse(&r.get::<_, String>(13)?).ok_or_else(|| conversion("secret store"))?;
    let issuer: Option<String> = r.get(2)?;
    let name: String = r.get(3)?;
    let secret_bits: u32 = r.get(9)?;
    let warnings = if secret_bits < WEAK_SECRET_BITS {
        vec![Warning::WeakSecret { bits: secret_bits }]
    } else {
        vec![]
    };
    Ok(OtpEntry {
        id: parse_uuid(&r.get::<_, String>(0)?)?,
        number: r.get(1)?,
        label: OtpEntry::label_for(issuer.as_deref(), &name),
        issuer,
        name,
        kind,
        algorithm: Algorithm::parse(&algorithm).ok_or_else(|| conversion("algorithm"))?,
        digits: r.get(6)?,
        secret_bits,
        icon: r.get(10)?,
        colour: r.get(11)?,
        sort_order: r.get(12)?,
        secret_home,
        warnings,
        backup_codes_total: r.get(16)?,
        backup_codes_unused: r.get(17)?,
        created_at: parse_ts(&r.get::<_, String>(14)?)?,
        updated_at: parse_ts(&r.get::<_, String>(15)?)?,
    })
}

fn norm_label(s: &str) -> String {
    s.trim().to_lowercase()
}

fn hash_parts(domain: &str, parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    h.update(domain.as_bytes());
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p);
    }
    hex::encode(h.finalize())
}

/// The duplicate fingerprint: (secret, issuer, name), labels without case.
fn fingerprint(account: &OtpAccount) -> String {
    let issuer = norm_label(account.issuer.as_deref().unwrap_or(""));
    let name = norm_label(&account.name);
    hash_parts(
        "steward/otp-fingerprint/v1",
        &[
            account.secret.as_bytes(),
            issuer.as_bytes(),
            name.as_bytes(),
        ],
    )
}

/// Accounts committed together by [`OtpStore::add_report`] when secrets are in the database.
const IMPORT_GROUP: usize = 64;

fn key_fingerprint(secret: &OtpSecret) -> String {
    hash_parts("steward/otp-key-fingerprint/v1", &[secret.as_bytes()])
}

fn check_label(field: &'static str, value: &str) -> Result<(), StoreError> {
    if value.chars().count() > MAX_LABEL_CHARS {
        return Err(StoreError::Invalid {
            field,
            reason: format!("it is longer than {MAX_LABEL_CHARS} characters"),
        });
    }
    if value.chars().any(char::is_control) {
        return Err(StoreError::Invalid {
            field,
            reason: "it contains control characters".into(),
        });
    }
    Ok(())
}

impl<'c> OtpStore<'c> {
    pub fn new(conn: &'c Connection, secrets: SecretHome<'c>) -> Self {
        OtpStore { conn, secrets }
    }

    /// Where new secrets go for this profile.
    pub fn secret_home(&self) -> SecretStore {
        match self.secrets {
            SecretHome::Keyring { .. } => SecretStore::Keyring,
            SecretHome::Database { .. } => SecretStore::Database,
        }
    }

    // ----- secrets --------------------------------------------------------------------------

    fn keyring_entry(profile_id: Uuid, account_id: Uuid) -> String {
        format!("otp/{profile_id}/{account_id}")
    }

    fn backup_entry(profile_id: Uuid, account_id: Uuid) -> String {
        format!("otp/{profile_id}/{account_id}/backup-codes")
    }

    fn seal(&self, key: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
        let nonce = super::crypto::random_bytes::<NONCE_LEN>()?;
        let cipher =
            Aes256Gcm::new_from_slice(key).map_err(|_| OtpError::Crypto("bad key length"))?;
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

    fn secret_aad(account_id: Uuid) -> Vec<u8> {
        format!("otp-secret:{account_id}").into_bytes()
    }

    fn backup_aad(account_id: Uuid, position: u32) -> Vec<u8> {
        format!("otp-backup:{account_id}:{position}").into_bytes()
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

    /// The account with its secret.
    pub fn account(&self, id: Uuid) -> Result<OtpAccount, StoreError> {
        let entry = self.get(id)?;
        self.account_for(&entry)
    }

    fn account_for(&self, entry: &OtpEntry) -> Result<OtpAccount, StoreError> {
        let damaged = || StoreError::SecretDamaged {
            label: entry.label.clone(),
        };
        let secret = match (entry.secret_home, &self.secrets) {
            (
                SecretStore::Keyring,
                SecretHome::Keyring {
                    keyring,
                    profile_id,
                },
            ) => {
                let raw = keyring
                    .get(&Self::keyring_entry(*profile_id, entry.id))
                    .map_err(|e| Self::vault_read_error(&entry.label, e))?;
                let text = std::str::from_utf8(&raw).map_err(|_| damaged())?;
                OtpSecret::from_base32(text).map_err(|_| damaged())?
            }
            (SecretStore::Database, SecretHome::Database { seal_key }) => {
                let sealed: Option<Vec<u8>> = self.conn.query_row(
                    "SELECT sealed_secret FROM otp_accounts WHERE id = ?1",
                    [entry.id.to_string()],
                    |r| r.get(0),
                )?;
                let plain = sealed
                    .as_deref()
                    .and_then(|s| Self::unseal(seal_key.as_slice(), &Self::secret_aad(entry.id), s))
                    .ok_or_else(damaged)?;
                OtpSecret::from_bytes(plain.to_vec()).map_err(|_| damaged())?
            }
            // A keyring account in a profile opened without its keyring, or the reverse: the
            // profile's protection decides where secrets are, so this only happens to a profile
            // whose profile.json was changed by hand.
            (SecretStore::Keyring, _) => {
                return Err(StoreError::SecretUnavailable {
                    label: entry.label.clone(),
                    detail: "this profile is not using the system keyring".into(),
                })
            }
            (SecretStore::Database, _) => return Err(damaged()),
        };
        Ok(OtpAccount {
            issuer: entry.issuer.clone(),
            name: entry.name.clone(),
            kind: entry.kind,
            algorithm: entry.algorithm,
            digits: entry.digits,
            secret,
        })
    }

    // ----- reading ----------------------------------------------------------------------------

    /// Every account, in the customer's order.
    pub fn list(&self) -> Result<Vec<OtpEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("{ENTRY_SELECT} ORDER BY a.sort_order, a.number"))?;
        let rows = stmt
            .query_map([], entry_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    pub fn get(&self, id: Uuid) -> Result<OtpEntry, StoreError> {
        self.conn
            .query_row(
                &format!("{ENTRY_SELECT} WHERE a.id = ?1"),
                [id.to_string()],
                entry_from_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(id.to_string()))
    }

    /// An account from what a person types: its number ("3", "#3"), the start of its id, or
    /// part of its issuer/name ("github", "GitHub (alice)", "github/alice").
    pub fn resolve(&self, reference: &str) -> Result<Uuid, StoreError> {
        let r = reference.trim().trim_start_matches('#').trim();
        let not_found = || StoreError::NotFound(reference.trim().to_string());
        if r.is_empty() {
            return Err(not_found());
        }
        let all = self.list()?;
        if r.chars().all(|c| c.is_ascii_digit()) {
            let number: i64 = r.parse().map_err(|_| not_found())?;
            return all
                .iter()
                .find(|e| e.number == number)
                .map(|e| e.id)
                .ok_or_else(not_found);
        }
        let lower = r.to_lowercase();
        if lower.len() >= 8 && lower.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            let hits: Vec<_> = all
                .iter()
                .filter(|e| e.id.to_string().starts_with(&lower))
                .collect();
            if let [one] = hits.as_slice() {
                return Ok(one.id);
            }
        }
        let exact: Vec<&OtpEntry> = all
            .iter()
            .filter(|e| {
                e.label.to_lowercase() == lower
                    || e.issuer.as_deref().map(str::to_lowercase).as_deref() == Some(&lower)
                    || e.name.to_lowercase() == lower
            })
            .collect();
        let matches = |e: &&OtpEntry| {
            let issuer = e.issuer.as_deref().unwrap_or("").to_lowercase();
            let name = e.name.to_lowercase();
            match lower.split_once(['/', ':']) {
                Some((i, n)) => issuer.contains(i.trim()) && name.contains(n.trim()),
                None => e.label.to_lowercase().contains(&lower),
            }
        };
        let candidates: Vec<&OtpEntry> = if exact.len() == 1 {
            exact
        } else {
            all.iter().filter(matches).collect()
        };
        match candidates.as_slice() {
            [one] => Ok(one.id),
            [] => Err(not_found()),
            many => Err(StoreError::Ambiguous {
                reference: reference.trim().to_string(),
                candidates: many
                    .iter()
                    .take(6)
                    .map(|e| format!("{} {}", e.number, e.label))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    // ----- codes ------------------------------------------------------------------------------

    /// The code of one account at `unix_time` (HOTP: at its stored counter, not advanced).
    pub fn code(&self, id: Uuid, unix_time: u64) -> Result<OtpCode, StoreError> {
        let account = self.account(id)?;
        Ok(code_view(&account, unix_time))
    }

    /// Codes for every account at once; an account whose secret cannot be read carries its error
    /// instead of failing the whole list.
    pub fn codes(&self, unix_time: u64) -> Result<Vec<OtpCodeEntry>, StoreError> {
        let entries = self.list()?;
        Ok(entries
            .iter()
            .map(|e| match self.account_for(e) {
                Ok(account) => OtpCodeEntry {
                    id: e.id,
                    code: Some(code_view(&account, unix_time)),
                    error: None,
                },
                Err(err) => OtpCodeEntry {
                    id: e.id,
                    code: None,
                    error: Some(err.info()),
                },
            })
            .collect())
    }

    /// HOTP: advances the counter by one, saves it, and returns the new code. Only called when
    /// the customer asks for the next code. The secret is read first: if the keyring fails,
    /// the counter stays where it was.
    pub fn next_hotp(&self, id: Uuid) -> Result<(OtpEntry, OtpCode), StoreError> {
        let entry = self.get(id)?;
        let OtpKind::Hotp { counter } = entry.kind else {
            return Err(StoreError::NotHotp { label: entry.label });
        };
        let mut account = self.account_for(&entry)?;
        let next = counter.checked_add(1).ok_or_else(|| StoreError::Invalid {
            field: "counter",
            reason: "it cannot go any higher".into(),
        })?;
        let stored = i64::try_from(next).map_err(|_| StoreError::Invalid {
            field: "counter",
            reason: "it cannot go any higher".into(),
        })?;
        self.conn.execute(
            "UPDATE otp_accounts SET counter = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), stored, ts(Utc::now())],
        )?;
        account.kind = OtpKind::Hotp { counter: next };
        let code = code_view(&account, 0);
        Ok((self.get(id)?, code))
    }

    // ----- adding -----------------------------------------------------------------------------

    fn find_by_fingerprint(&self, fp: &str) -> Result<Option<(Uuid, i64)>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, number FROM otp_accounts WHERE fingerprint = ?1",
                [fp],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
            )
            .optional()?;
        Ok(match row {
            Some((id, number)) => Some((parse_uuid(&id)?, number)),
            None => None,
        })
    }

    /// Every key fingerprint, with the lowest-numbered account that has it.
    fn key_fingerprints(
        &self,
    ) -> Result<std::collections::HashMap<String, (i64, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT key_fingerprint, number, issuer, name FROM otp_accounts ORDER BY number",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (kfp, number, issuer, name) = row?;
            out.entry(kfp)
                .or_insert_with(|| (number, OtpEntry::label_for(issuer.as_deref(), &name)));
        }
        Ok(out)
    }

    /// Adds one account. `Ok(Err(duplicate))` when it is already there.
    fn insert(&self, account: &OtpAccount) -> Result<Result<OtpEntry, Duplicate>, StoreError> {
        account.validate()?;
        if let Some(issuer) = &account.issuer {
            check_label("The issuer", issuer)?;
        }
        check_label("The account name", &account.name)?;
        let fp = fingerprint(account);
        if let Some((existing_id, existing_number)) = self.find_by_fingerprint(&fp)? {
            return Ok(Err(Duplicate {
                label: account.label(),
                existing_id,
                existing_number,
            }));
        }
        let id = Uuid::now_v7();
        let now = ts(Utc::now());
        let home = self.secret_home();
        let sealed = match &self.secrets {
            SecretHome::Keyring {
                keyring,
                profile_id,
            } => {
                let b32 = account.secret.to_base32();
                keyring
                    .set(&Self::keyring_entry(*profile_id, id), b32.as_bytes())
                    .map_err(|e| StoreError::KeyringWrite {
                        detail: e.to_string(),
                    })?;
                None
            }
            SecretHome::Database { seal_key } => Some(self.seal(
                seal_key.as_slice(),
                &Self::secret_aad(id),
                account.secret.as_bytes(),
            )?),
        };
        let (kind, period, counter) = match account.kind {
            OtpKind::Totp { period } => ("totp", Some(period), None),
            OtpKind::Steam { period } => ("steam", Some(period), None),
            OtpKind::Hotp { counter } => (
                "hotp",
                None,
                Some(i64::try_from(counter).map_err(|_| StoreError::Invalid {
                    field: "The counter",
                    reason: "it is too large".into(),
                })?),
            ),
        };
        // A savepoint rather than a transaction: on its own it is one (BEGIN … COMMIT), and
        // inside `add_report`'s group of accounts it nests.
        self.conn.execute_batch("SAVEPOINT otp_insert")?;
        let result = (|| -> Result<(), StoreError> {
            let tx = self.conn;
            let (number, order): (i64, i64) = tx.query_row(
                // Two subqueries, so each MAX is one index lookup (together in one SELECT,
                // SQLite scans the table: quadratic over a large import).
                "SELECT (SELECT COALESCE(MAX(number), 0) + 1 FROM otp_accounts),
                        (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM otp_accounts)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            tx.execute(
                "INSERT INTO otp_accounts (id, number, issuer, name, kind, algorithm, digits,
                    period, counter, secret_bits, sort_order, fingerprint, key_fingerprint,
                    secret_store, sealed_secret, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                params![
                    id.to_string(),
                    number,
                    account.issuer,
                    account.name,
                    kind,
                    account.algorithm.as_str(),
                    account.digits,
                    period,
                    counter,
                    account.secret.bits(),
                    order,
                    fp,
                    key_fingerprint(&account.secret),
                    home.as_str(),
                    sealed,
                    now,
                ],
            )?;
            Ok(())
        })()
        .and_then(|()| Ok(self.conn.execute_batch("RELEASE otp_insert")?));
        if let Err(e) = result {
            let _ = self
                .conn
                .execute_batch("ROLLBACK TO otp_insert; RELEASE otp_insert");
            // The row is not there: take the secret back out of the keyring too.
            if let SecretHome::Keyring {
                keyring,
                profile_id,
            } = &self.secrets
            {
                let _ = keyring.delete(&Self::keyring_entry(*profile_id, id));
            }
            return Err(e);
        }
        Ok(Ok(self.get(id)?))
    }

    /// Adds accounts read from a link, a QR code or a file; reports what was added, what was
    /// already there, and everything the reader skipped or noticed.
    pub fn add_report(&self, report: ImportReport) -> Result<OtpAddReport, StoreError> {
        let mut out = OtpAddReport {
            format: Some(report.format),
            added: vec![],
            duplicates: vec![],
            skipped: report.skipped.clone(),
            warnings: report.warnings.clone(),
            notes: report.notes.clone(),
            batches: report.batches.clone(),
        };
        // "Same key as account N": key_fingerprint has no index, so look them all up once
        // rather than scanning the table per account (quadratic over a list of thousands).
        let mut by_key = self.key_fingerprints()?;
        // With the secrets sealed in the database, row and secret commit together whatever the
        // grouping, so accounts are committed [`IMPORT_GROUP`] at a time: one fsync each
        // (`synchronous=FULL`) was most of the time of a long list. With the keyring, each
        // account stays its own transaction, so a failure never strands many keyring entries.
        let grouped = matches!(self.secrets, SecretHome::Database { .. })
            && report.accounts.len() > 1
            && self.conn.is_autocommit();
        let mut group = if grouped {
            Some(self.conn.unchecked_transaction()?)
        } else {
            None
        };
        let mut in_group = 0usize;
        for account in &report.accounts {
            for warning in account.warnings() {
                out.warnings.push(ImportWarning {
                    label: account.label(),
                    message: warning.message(),
                    warning,
                });
            }
            let kfp = key_fingerprint(&account.secret);
            let same_key = by_key.get(&kfp).cloned();
            match self.insert(account)? {
                Ok(entry) => {
                    by_key
                        .entry(kfp)
                        .or_insert_with(|| (entry.number, entry.label.clone()));
                    if let Some((number, other)) = same_key {
                        out.notes.push(format!(
                            "{} uses the same secret key as account {number}, {other}. If they are the same account, remove one of them.",
                            entry.label
                        ));
                    }
                    out.added.push(entry);
                }
                Err(duplicate) => out.duplicates.push(duplicate),
            }
            in_group += 1;
            if in_group == IMPORT_GROUP {
                if let Some(tx) = group.take() {
                    tx.commit()?;
                    group = Some(self.conn.unchecked_transaction()?);
                }
                in_group = 0;
            }
        }
        if let Some(tx) = group {
            tx.commit()?;
        }
        Ok(out)
    }

    /// Adds from a text link: `otpauth://`, `steam://` or a Google `otpauth-migration://` link,
    /// read by [`link::read`] (as the preview before adding reads it).
    pub fn add_link(&self, text: &str) -> Result<OtpAddReport, StoreError> {
        let mut out = self.add_report(link::read(text)?)?;
        // One otpauth link is not a file: no format to name. (A transfer link names Google's
        // export; a steam:// link has always kept the link-list format.)
        if link::scheme(text) == Some(link::Scheme::Otpauth) {
            out.format = None;
        }
        Ok(out)
    }

    /// Adds a typed-in account.
    pub fn add_manual(&self, input: &OtpManualEntry) -> Result<OtpAddReport, StoreError> {
        let secret = OtpSecret::from_base32(&input.secret)?;
        let kind_name = input
            .kind
            .as_deref()
            .map(|k| k.trim().to_ascii_lowercase())
            .unwrap_or_else(|| "totp".into());
        let period = input.period.unwrap_or(DEFAULT_PERIOD);
        let (kind, default_digits) = match kind_name.as_str() {
            "totp" | "" => (OtpKind::Totp { period }, DEFAULT_DIGITS),
            "steam" => (OtpKind::Steam { period }, STEAM_DIGITS),
            "hotp" => (
                OtpKind::Hotp {
                    counter: input.counter.unwrap_or(0),
                },
                DEFAULT_DIGITS,
            ),
            other => return Err(OtpError::UnknownType(other.chars().take(16).collect()).into()),
        };
        let digits = match kind {
            OtpKind::Steam { .. } => STEAM_DIGITS,
            _ => input.digits.unwrap_or(default_digits),
        };
        let name = input.name.trim().to_string();
        let issuer = input
            .issuer
            .as_deref()
            .map(str::trim)
            .filter(|i| !i.is_empty());
        if name.is_empty() && issuer.is_none() {
            return Err(StoreError::Invalid {
                field: "The account",
                reason: "give at least the service (issuer) or the account name".into(),
            });
        }
        let account = OtpAccount::new(
            issuer.map(str::to_string),
            name,
            kind,
            input.algorithm.unwrap_or(Algorithm::Sha1),
            digits,
            secret,
        )?;
        let mut report = ImportReport::new(Format::OtpauthList);
        report.accounts.push(account);
        let mut out = self.add_report(report)?;
        out.format = None;
        Ok(out)
    }

    // ----- changing ---------------------------------------------------------------------------

    /// Renames an account (the secret is untouched; the duplicate fingerprint follows).
    pub fn rename(
        &self,
        id: Uuid,
        issuer: Option<String>,
        name: String,
    ) -> Result<OtpEntry, StoreError> {
        let entry = self.get(id)?;
        let issuer = issuer
            .map(|i| i.trim().to_string())
            .filter(|i| !i.is_empty());
        let name = name.trim().to_string();
        if let Some(i) = &issuer {
            check_label("The issuer", i)?;
        }
        check_label("The account name", &name)?;
        if issuer.is_none() && name.is_empty() {
            return Err(StoreError::Invalid {
                field: "The account",
                reason: "give at least the service (issuer) or the account name".into(),
            });
        }
        let mut account = self.account_for(&entry)?;
        account.issuer = issuer;
        account.name = name;
        self.conn.execute(
            "UPDATE otp_accounts SET issuer = ?2, name = ?3, fingerprint = ?4, updated_at = ?5
             WHERE id = ?1",
            params![
                id.to_string(),
                account.issuer,
                account.name,
                fingerprint(&account),
                ts(Utc::now())
            ],
        )?;
        self.get(id)
    }

    /// Removes an account and its backup codes. `confirmed` must be true (the CLI's `--yes`, the
    /// UI's confirmation dialog). The keyring entries go first inside the row's transaction: if
    /// the keyring refuses, nothing is deleted.
    pub fn remove(&self, id: Uuid, confirmed: bool) -> Result<OtpEntry, StoreError> {
        let entry = self.get(id)?;
        if !confirmed {
            return Err(StoreError::ConfirmationRequired { label: entry.label });
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "DELETE FROM otp_backup_codes WHERE account_id = ?1",
            [id.to_string()],
        )?;
        tx.execute("DELETE FROM otp_accounts WHERE id = ?1", [id.to_string()])?;
        if let (
            SecretStore::Keyring,
            SecretHome::Keyring {
                keyring,
                profile_id,
            },
        ) = (entry.secret_home, &self.secrets)
        {
            let fail = |e: VaultError| StoreError::KeyringDelete {
                label: entry.label.clone(),
                detail: e.to_string(),
            };
            // Two entries cannot be deleted atomically: keep the backup codes in memory and put
            // them back if the secret's entry will not go, so a failure leaves both in place.
            let backup_name = Self::backup_entry(*profile_id, id);
            let backup = match keyring.get(&backup_name) {
                Ok(codes) => Some(codes),
                Err(VaultError::NoEntry { .. }) => None,
                Err(e) => return Err(fail(e)),
            };
            keyring.delete(&backup_name).map_err(fail)?;
            if let Err(e) = keyring.delete(&Self::keyring_entry(*profile_id, id)) {
                if let Some(codes) = &backup {
                    let _ = keyring.set(&backup_name, codes);
                }
                return Err(fail(e));
            }
        }
        tx.commit()?;
        Ok(entry)
    }

    // ----- export -----------------------------------------------------------------------------

    /// Every account with its secret, in list order. Fails if any secret cannot be read: an
    /// export that silently leaves accounts out would be a backup that is not one.
    pub fn accounts_with_secrets(&self) -> Result<Vec<OtpAccount>, StoreError> {
        self.list()?.iter().map(|e| self.account_for(e)).collect()
    }

    /// An export of every account, in memory. Plaintext formats hold the secrets in the clear:
    /// callers warn before writing them.
    pub fn export(
        &self,
        format: ExportFormat,
        password: Option<&str>,
    ) -> Result<Zeroizing<Vec<u8>>, StoreError> {
        let accounts = self.accounts_with_secrets()?;
        Ok(export::export(format, &accounts, password)?)
    }

    /// An SVG QR code of one account's `otpauth://` link, to scan with a phone app. It holds
    /// the secret: show it, never save it unasked.
    pub fn qr_svg(&self, id: Uuid) -> Result<Zeroizing<String>, StoreError> {
        let account = self.account(id)?;
        Ok(qr::render_svg(&uri::to_uri(&account))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_round_trip_and_wrong_aad_fails() {
        let key = [7u8; 32];
        let conn = Connection::open_in_memory().unwrap();
        let seal_key = Zeroizing::new(key);
        let store = OtpStore::new(
            &conn,
            SecretHome::Database {
                seal_key: &seal_key,
            },
        );
        let sealed = store.seal(&key, b"a", b"secret bytes").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            OtpStore::unseal(&key, b"a", &sealed).unwrap().as_slice(),
            b"secret bytes"
        );
        assert!(OtpStore::unseal(&key, b"b", &sealed).is_none());
        assert!(OtpStore::unseal(&[8u8; 32], b"a", &sealed).is_none());
        assert!(OtpStore::unseal(&key, b"a", &sealed[..5]).is_none());
    }

    #[test]
    fn fingerprint_ignores_label_case_but_not_secret() {
        let mk = |issuer: &str, name: &str, secret: &str| {
            OtpAccount::new(
                Some(issuer.into()),
                name.into(),
                OtpKind::Totp { period: 30 },
                Algorithm::Sha1,
                6,
                OtpSecret::from_base32(secret).unwrap(),
            )
            .unwrap()
        };
        let a = mk("GitHub", "Alice", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        let b = mk("github", "alice ", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        let c = mk("GitHub", "Alice", "KBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert_ne!(fingerprint(&a), fingerprint(&c));
        assert!(!fingerprint(&a).contains("JBSWY3DP"));
    }
}
