//! Backup (recovery) codes per account: kept with the account's secret (keyring entry
//! `otp/<profile>/<account>/backup-codes`, or sealed in the database), shown only on request,
//! each marked used once, with a warning when few are left.

use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::dto::{BackupCode, BackupCodes};
use super::{
    parse_ts, ts, OtpEntry, OtpStore, SecretHome, SecretStore, StoreError, LOW_BACKUP_CODES,
    MAX_BACKUP_CODES, MAX_BACKUP_CODE_CHARS,
};
use crate::vault::VaultError;

/// A backup code's position and when it was used.
type CodeRow = (u32, Option<DateTime<Utc>>);

/// A backup code compared without spaces, dashes and case.
fn norm_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

impl OtpStore<'_> {
    fn load_codes(&self, entry: &OtpEntry) -> Result<Vec<Zeroizing<String>>, StoreError> {
        let damaged = || StoreError::SecretDamaged {
            label: format!("{} (backup codes)", entry.label),
        };
        match (&self.secrets, entry.secret_home) {
            (
                SecretHome::Keyring {
                    keyring,
                    profile_id,
                },
                SecretStore::Keyring,
            ) => match keyring.get(&Self::backup_entry(*profile_id, entry.id)) {
                Ok(raw) => {
                    let text = std::str::from_utf8(&raw).map_err(|_| damaged())?;
                    Ok(text
                        .split('\n')
                        .filter(|l| !l.is_empty())
                        .map(|l| Zeroizing::new(l.to_string()))
                        .collect())
                }
                Err(VaultError::NoEntry { .. }) => Ok(vec![]),
                Err(e) => Err(Self::vault_read_error(&entry.label, e)),
            },
            (SecretHome::Database { seal_key }, SecretStore::Database) => {
                let mut stmt = self.conn.prepare(
                    "SELECT position, sealed_code FROM otp_backup_codes
                     WHERE account_id = ?1 ORDER BY position",
                )?;
                let rows = stmt
                    .query_map([entry.id.to_string()], |r| {
                        Ok((r.get::<_, u32>(0)?, r.get::<_, Option<Vec<u8>>>(1)?))
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                rows.into_iter()
                    .map(|(pos, sealed)| {
                        let plain = sealed
                            .as_deref()
                            .and_then(|s| {
                                Self::unseal(
                                    seal_key.as_slice(),
                                    &Self::backup_aad(entry.id, pos),
                                    s,
                                )
                            })
                            .ok_or_else(damaged)?;
                        String::from_utf8(plain.to_vec())
                            .map(Zeroizing::new)
                            .map_err(|_| damaged())
                    })
                    .collect()
            }
            _ => Err(StoreError::SecretUnavailable {
                label: entry.label.clone(),
                detail: "this profile is not using the system keyring".into(),
            }),
        }
    }

    fn code_rows(&self, id: Uuid) -> Result<Vec<CodeRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT position, used_at FROM otp_backup_codes WHERE account_id = ?1 ORDER BY position",
        )?;
        let rows = stmt
            .query_map([id.to_string()], |r| {
                let used: Option<String> = r.get(1)?;
                Ok((
                    r.get::<_, u32>(0)?,
                    used.as_deref().map(parse_ts).transpose()?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    fn codes_view(&self, entry: &OtpEntry, reveal: bool) -> Result<BackupCodes, StoreError> {
        let rows = self.code_rows(entry.id)?;
        let codes = if reveal && !rows.is_empty() {
            Some(self.load_codes(entry)?)
        } else {
            None
        };
        let total = rows.len() as u32;
        let unused = rows.iter().filter(|(_, used)| used.is_none()).count() as u32;
        let warning = (total > 0 && unused as usize <= LOW_BACKUP_CODES).then(|| {
            let left = match unused {
                0 => "No backup codes are left".to_string(),
                1 => "Only 1 backup code is left".to_string(),
                n => format!("Only {n} backup codes are left"),
            };
            format!(
                "{left} for {}. Ask the service for new ones (usually under security settings, \"backup codes\" or \"recovery codes\") and add them here.",
                entry.label
            )
        });
        Ok(BackupCodes {
            account_id: entry.id,
            label: entry.label.clone(),
            total,
            unused,
            warning,
            codes: rows
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
                        field: "A backup code",
                        reason: format!(
                            "codes are at most {MAX_BACKUP_CODE_CHARS} characters on one line"
                        ),
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
                field: "The backup codes",
                reason: "there are no new codes in what was given".into(),
            });
        }
        if existing.len() + new.len() > MAX_BACKUP_CODES {
            return Err(StoreError::Invalid {
                field: "The backup codes",
                reason: format!("an account keeps at most {MAX_BACKUP_CODES}"),
            });
        }
        let first = existing.len() as u32 + 1;
        let now = ts(Utc::now());
        let tx = self.conn.unchecked_transaction()?;
        for (i, code) in new.iter().enumerate() {
            let position = first + i as u32;
            let sealed = match &self.secrets {
                SecretHome::Database { seal_key } => Some(self.seal(
                    seal_key.as_slice(),
                    &Self::backup_aad(id, position),
                    code.as_bytes(),
                )?),
                SecretHome::Keyring { .. } => None,
            };
            tx.execute(
                "INSERT INTO otp_backup_codes (account_id, position, sealed_code, added_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id.to_string(), position, sealed, now],
            )?;
        }
        if let SecretHome::Keyring {
            keyring,
            profile_id,
        } = &self.secrets
        {
            existing.extend(new);
            let joined = Zeroizing::new(
                existing
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            keyring
                .set(&Self::backup_entry(*profile_id, id), joined.as_bytes())
                .map_err(|e| StoreError::KeyringWrite {
                    detail: e.to_string(),
                })?;
        }
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
        let rows = self.code_rows(id)?;
        if rows.is_empty() {
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
        if let Some((_, Some(used))) = rows.iter().find(|(p, _)| *p == position) {
            return Err(StoreError::BackupCodeUsed {
                label: entry.label.clone(),
                used_at: used.format("%Y-%m-%d %H:%M UTC").to_string(),
            });
        }
        self.conn.execute(
            "UPDATE otp_backup_codes SET used_at = ?3 WHERE account_id = ?1 AND position = ?2",
            params![id.to_string(), position, ts(Utc::now())],
        )?;
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
