//! [`OtpStore`]: the accounts' reading, adding, changing and removing in one place. Each
//! operation checks the customer's input, then puts the secret away (`secrets`) and the
//! metadata into its row (`rows`) in the order the failure rules ask for (see the
//! store's documentation).

use chrono::Utc;
use rusqlite::Connection;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::dto::{
    Duplicate, OtpAddReport, OtpCodeEntry, OtpEntry, OtpImportEntry, OtpImportOutcome,
    OtpManualEntry, SecretStore,
};
use super::error::StoreError;
use super::rows;
use super::secrets::SecretHome;
use crate::error::UserFacing;
use crate::otp::codes::{code_view, OtpCode};
use crate::otp::export::{self, ExportFormat};
use crate::otp::import::{Format, ImportReport, ImportWarning};
use crate::otp::link;
use crate::otp::model::{
    Algorithm, OtpAccount, OtpKind, OtpSecret, DEFAULT_DIGITS, DEFAULT_PERIOD, STEAM_DIGITS,
};
use crate::otp::{qr, uri, OtpError};

pub const MAX_LABEL_CHARS: usize = 200;

/// Seconds since 1970 now (the sample codes of an import report).
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Accounts committed together by [`OtpStore::add_report`] when secrets are in the database.
const IMPORT_GROUP: usize = 64;

fn check_label(field: &'static str, value: &str) -> Result<(), StoreError> {
    if value.chars().count() > MAX_LABEL_CHARS {
        return Err(StoreError::Invalid {
            field,
            reason: crate::t!("otp-invalid-too-long", max = MAX_LABEL_CHARS),
        });
    }
    if value.chars().any(char::is_control) {
        return Err(StoreError::Invalid {
            field,
            reason: crate::t!("otp-invalid-control"),
        });
    }
    Ok(())
}

/// An account needs a service (issuer) or a name to be told from the others.
fn nameless() -> StoreError {
    StoreError::Invalid {
        field: "otp-field-account",
        reason: crate::t!("otp-invalid-nameless"),
    }
}

pub struct OtpStore<'c> {
    pub(crate) conn: &'c Connection,
    pub(crate) secrets: SecretHome<'c>,
    /// The automatic backups' derived key, kept by the open profile (none: derived per backup).
    pub(crate) backup_key: Option<&'c crate::otp::backup::BackupKeyCache>,
}

impl<'c> OtpStore<'c> {
    pub fn new(conn: &'c Connection, secrets: SecretHome<'c>) -> Self {
        OtpStore {
            conn,
            secrets,
            backup_key: None,
        }
    }

    /// Keeps the backups' derived key in `cache` between backups (the profile's, for as long as
    /// it is open), so a change to the accounts costs no key derivation after the first.
    pub fn with_backup_key_cache(mut self, cache: &'c crate::otp::backup::BackupKeyCache) -> Self {
        self.backup_key = Some(cache);
        self
    }

    /// Where new secrets go for this profile.
    pub fn secret_home(&self) -> SecretStore {
        self.secrets.store()
    }

    /// The account with its secret.
    pub fn account(&self, id: Uuid) -> Result<OtpAccount, StoreError> {
        let entry = self.get(id)?;
        self.account_for(&entry)
    }

    fn account_for(&self, entry: &OtpEntry) -> Result<OtpAccount, StoreError> {
        let secret = self
            .secrets
            .get(entry, || rows::sealed_secret(self.conn, entry.id))?;
        Ok(OtpAccount {
            issuer: entry.issuer.clone(),
            name: entry.name.clone(),
            kind: entry.kind,
            algorithm: entry.algorithm,
            digits: entry.digits,
            secret,
            tags: entry.tags.clone(),
            favourite: entry.favourite,
        })
    }

    // ----- reading ----------------------------------------------------------------------------

    /// Every account, in the customer's order.
    pub fn list(&self) -> Result<Vec<OtpEntry>, StoreError> {
        rows::list(self.conn)
    }

    pub fn get(&self, id: Uuid) -> Result<OtpEntry, StoreError> {
        rows::get(self.conn, id)?.ok_or_else(|| StoreError::NotFound(id.to_string()))
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
            field: "otp-field-counter",
            reason: crate::t!("otp-invalid-counter-max"),
        })?;
        let stored = i64::try_from(next).map_err(|_| StoreError::Invalid {
            field: "otp-field-counter",
            reason: crate::t!("otp-invalid-counter-max"),
        })?;
        rows::set_counter(self.conn, id, stored, Utc::now())?;
        self.after_change();
        account.kind = OtpKind::Hotp { counter: next };
        let code = code_view(&account, 0);
        Ok((self.get(id)?, code))
    }

    // ----- adding -----------------------------------------------------------------------------

    /// Adds one account. `Ok(Err(duplicate))` when it is already there. The secret goes first
    /// and the row second; a row that fails takes the secret back out of the keyring.
    fn insert(&self, account: &OtpAccount) -> Result<Result<OtpEntry, Duplicate>, StoreError> {
        account.validate()?;
        if let Some(issuer) = &account.issuer {
            check_label("otp-field-issuer", issuer)?;
        }
        check_label("otp-field-account-name", &account.name)?;
        if let Some((existing_id, existing_number)) = rows::find_duplicate(self.conn, account)? {
            return Ok(Err(Duplicate {
                label: account.label(),
                existing_id,
                existing_number,
            }));
        }
        let id = Uuid::now_v7();
        let now = Utc::now();
        let sealed = self.secrets.put(id, &account.secret)?;
        if let Err(e) = rows::insert(self.conn, id, account, self.secret_home(), sealed, now) {
            self.secrets.take_back(id);
            return Err(e);
        }
        self.keep_imported_marks(id, account, now)?;
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
            entries: vec![],
        };
        let now = unix_now();
        // "Same key as account N": key_fingerprint has no index, so look them all up once
        // rather than scanning the table per account (quadratic over a list of thousands).
        let mut by_key = rows::key_fingerprints(self.conn)?;
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
            let kfp = rows::key_fingerprint(&account.secret);
            let same_key = by_key.get(&kfp).cloned();
            match self.insert(account)? {
                Ok(entry) => {
                    by_key
                        .entry(kfp)
                        .or_insert_with(|| (entry.number, entry.label.clone()));
                    if let Some((number, other)) = same_key {
                        out.notes.push(crate::t!(
                            "otp-note-same-key",
                            label = &entry.label,
                            number = number,
                            other = other
                        ));
                    }
                    out.entries.push(OtpImportEntry {
                        label: entry.label.clone(),
                        outcome: OtpImportOutcome::Added,
                        reason: None,
                        account_id: Some(entry.id),
                        number: Some(entry.number),
                        kind: Some(entry.kind),
                        sample: Some(code_view(account, now)),
                    });
                    out.added.push(entry);
                }
                Err(duplicate) => {
                    // The same secret, issuer and name: the code is the one shown for the
                    // account already here (its own HOTP counter).
                    let existing = rows::get(self.conn, duplicate.existing_id)?;
                    let kind = existing.as_ref().map_or(account.kind, |e| e.kind);
                    let sample = OtpAccount {
                        kind,
                        ..account.clone()
                    };
                    out.entries.push(OtpImportEntry {
                        label: existing
                            .as_ref()
                            .map_or_else(|| duplicate.label.clone(), |e| e.label.clone()),
                        outcome: OtpImportOutcome::AlreadyHere,
                        reason: None,
                        account_id: Some(duplicate.existing_id),
                        number: Some(duplicate.existing_number),
                        kind: Some(kind),
                        sample: Some(code_view(&sample, now)),
                    });
                    out.duplicates.push(duplicate)
                }
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
        out.entries
            .extend(report.skipped.iter().map(|s| OtpImportEntry {
                label: s.label.clone(),
                outcome: OtpImportOutcome::Skipped,
                reason: Some(s.reason.clone()),
                account_id: None,
                number: None,
                kind: None,
                sample: None,
            }));
        self.after_change();
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
            return Err(nameless());
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
            check_label("otp-field-issuer", i)?;
        }
        check_label("otp-field-account-name", &name)?;
        if issuer.is_none() && name.is_empty() {
            return Err(nameless());
        }
        let mut account = self.account_for(&entry)?;
        account.issuer = issuer;
        account.name = name;
        rows::rename(self.conn, id, &account, Utc::now())?;
        self.after_change();
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
        rows::delete(&tx, id)?;
        self.secrets.delete(&entry)?;
        tx.commit()?;
        self.after_change();
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
