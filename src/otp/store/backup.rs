//! Backup (recovery) codes per account: kept with the account's secret (keyring entry
//! `otp/<profile>/<account>/backup-codes`, or sealed in the database), shown only on request,
//! each marked used once, with a warning when few are left.

use chrono::Utc;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::accounts::OtpStore;
use super::dto::{BackupCode, BackupCodes, OtpEntry};
use super::error::StoreError;
use super::rows;

/// At most this many backup codes per account, each at most `MAX_BACKUP_CODE_CHARS` long.
pub const MAX_BACKUP_CODES: usize = 100;
pub const MAX_BACKUP_CODE_CHARS: usize = 64;
/// Warn when this many unused backup codes or fewer are left.
pub const LOW_BACKUP_CODES: usize = 2;

/// A backup code compared without spaces, dashes and case.
fn norm_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

impl OtpStore<'_> {
    fn load_codes(&self, entry: &OtpEntry) -> Result<Vec<Zeroizing<String>>, StoreError> {
        self.secrets
            .backup_codes(entry, || rows::sealed_codes(self.conn, entry.id))
    }

    fn codes_view(&self, entry: &OtpEntry, reveal: bool) -> Result<BackupCodes, StoreError> {
        let marks = rows::code_rows(self.conn, entry.id)?;
        let codes = if reveal && !marks.is_empty() {
            Some(self.load_codes(entry)?)
        } else {
            None
        };
        let total = marks.len() as u32;
        let unused = marks.iter().filter(|(_, used)| used.is_none()).count() as u32;
        let warning = (total > 0 && unused as usize <= LOW_BACKUP_CODES)
            .then(|| crate::t!("otp-backup-codes-low", n = unused, label = &entry.label));
        Ok(BackupCodes {
            account_id: entry.id,
            label: entry.label.clone(),
            total,
            unused,
            warning,
            codes: marks
                .iter()
                .map(|(pos, used_at)| BackupCode {
                    position: *pos,
                    code: codes.as_ref().and_then(|c| {
                        c.get((*pos as usize).saturating_sub(1))
                            .map(|s| s.as_str().to_string())
                    }),
                    used_at: *used_at,
                })
                .collect(),
        })
    }

    /// Adds backup codes to an account (after any it has). Blank lines and duplicates are
    /// ignored; codes are kept as the service wrote them.
    pub fn add_backup_codes(&self, id: Uuid, codes: &[String]) -> Result<BackupCodes, StoreError> {
        let entry = self.get(id)?;
        let mut existing = self.load_codes(&entry)?;
        let mut seen: Vec<String> = existing.iter().map(|c| norm_code(c)).collect();
        let mut new: Vec<Zeroizing<String>> = Vec::new();
        for raw in codes {
            for piece in raw.split(['\n', ',', ';']) {
                let code = piece.trim();
                if code.is_empty() {
                    continue;
                }
                if code.chars().count() > MAX_BACKUP_CODE_CHARS
                    || code.chars().any(char::is_control)
                {
                    return Err(StoreError::Invalid {
                        field: "otp-field-backup-code",
                        reason: crate::t!("otp-invalid-code-length", max = MAX_BACKUP_CODE_CHARS),
                    });
                }
                let n = norm_code(code);
                if n.is_empty() || seen.contains(&n) {
                    continue;
                }
                seen.push(n);
                new.push(Zeroizing::new(code.to_string()));
            }
        }
        if new.is_empty() {
            return Err(StoreError::Invalid {
                field: "otp-field-backup-list",
                reason: crate::t!("otp-invalid-no-new-codes"),
            });
        }
        if existing.len() + new.len() > MAX_BACKUP_CODES {
            return Err(StoreError::Invalid {
                field: "otp-field-backup-list",
                reason: crate::t!("otp-invalid-too-many-codes", max = MAX_BACKUP_CODES),
            });
        }
        let first = existing.len() as u32 + 1;
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        for (i, code) in new.iter().enumerate() {
            let position = first + i as u32;
            let sealed = self.secrets.seal_backup_code(id, position, code)?;
            rows::insert_code(&tx, id, position, sealed, now)?;
        }
        existing.extend(new);
        self.secrets.put_backup_codes(id, &existing)?;
        tx.commit()?;
        let entry = self.get(id)?;
        self.codes_view(&entry, false)
    }

    /// The account's backup codes; the codes themselves only with `reveal`.
    pub fn backup_codes(&self, id: Uuid, reveal: bool) -> Result<BackupCodes, StoreError> {
        let entry = self.get(id)?;
        self.codes_view(&entry, reveal)
    }

    /// Marks a backup code used (the customer typed it somewhere). Returns the codes without
    /// revealing them, with the low-codes warning when it applies.
    pub fn use_backup_code(&self, id: Uuid, code: &str) -> Result<BackupCodes, StoreError> {
        let entry = self.get(id)?;
        let marks = rows::code_rows(self.conn, id)?;
        if marks.is_empty() {
            return Err(StoreError::NoBackupCodes { label: entry.label });
        }
        let wanted = Zeroizing::new(norm_code(code));
        let codes = self.load_codes(&entry)?;
        let position = codes
            .iter()
            .position(|c| *norm_code(c) == **wanted)
            .map(|i| i as u32 + 1)
            .ok_or_else(|| StoreError::BackupCodeNotFound {
                label: entry.label.clone(),
            })?;
        if let Some((_, Some(used))) = marks.iter().find(|(p, _)| *p == position) {
            return Err(StoreError::BackupCodeUsed {
                label: entry.label.clone(),
                used_at: used.format("%Y-%m-%d %H:%M UTC").to_string(),
            });
        }
        rows::mark_code_used(self.conn, id, position, Utc::now())?;
        self.codes_view(&entry, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_compare_without_spaces_dashes_case() {
        assert_eq!(norm_code(" abcd-EF12 "), "abcdef12");
        assert_eq!(norm_code("1234 5678"), "12345678");
    }
}
