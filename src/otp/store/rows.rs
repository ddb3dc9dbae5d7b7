//! The store's SQL: `otp_accounts` and `otp_backup_codes` in the profile's database, and the
//! fingerprints those rows carry. No keyring and no sealing here: a secret arrives already
//! sealed (or as `None` when the keyring holds it) and leaves the same way.
//!
//! `fingerprint` = SHA-256 over (secret, issuer, name), labels compared without case: the same
//! account added again is a duplicate. `key_fingerprint` = SHA-256 over the secret alone: the
//! same key under another label gets a note. Both are one-way hashes of high-entropy keys and
//! sit inside the encrypted database.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::dto::{OtpEntry, SecretStore};
use super::error::StoreError;
use super::secrets::SealedCode;
use crate::db::timestamp::{from_db, from_db_opt, to_db};
use crate::otp::icons;
use crate::otp::model::WEAK_SECRET_BITS;
use crate::otp::model::{Algorithm, OtpAccount, OtpKind, OtpSecret, Warning, DEFAULT_PERIOD};

/// A backup code's position and when it was used.
pub(super) type CodeRow = (u32, Option<DateTime<Utc>>);

const ENTRY_SELECT: &str = "SELECT a.id, a.number, a.issuer, a.name, a.kind, a.algorithm,
        a.digits, a.period, a.counter, a.secret_bits, a.icon, a.colour, a.sort_order,
        a.secret_store, a.created_at, a.updated_at,
        (SELECT count(*) FROM otp_backup_codes b WHERE b.account_id = a.id),
        (SELECT count(*) FROM otp_backup_codes b WHERE b.account_id = a.id AND b.used_at IS NULL),
        a.favourite,
        (SELECT json_group_array(tag) FROM
            (SELECT t.tag FROM otp_tags t WHERE t.account_id = a.id ORDER BY t.tag_key))
    FROM otp_accounts a";

/// The default order: favourites first, then the customer's order.
const ENTRY_ORDER: &str = "ORDER BY a.favourite DESC, a.sort_order, a.number";

fn conversion(what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unexpected {what}").into(),
    )
}

fn parse_uuid(s: &str) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(s).map_err(|_| conversion("id"))
}

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
        badge: icons::badge(issuer.as_deref(), &name, None),
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
        favourite: r.get(18)?,
        tags: serde_json::from_str(&r.get::<_, String>(19)?).map_err(|_| conversion("tags"))?,
        created_at: from_db(&r.get::<_, String>(14)?)?,
        updated_at: from_db(&r.get::<_, String>(15)?)?,
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

/// The fingerprint of a secret alone ("same key as account N").
pub(super) fn key_fingerprint(secret: &OtpSecret) -> String {
    hash_parts("steward/otp-key-fingerprint/v1", &[secret.as_bytes()])
}

// ----- accounts -------------------------------------------------------------------------------

/// Every account, favourites first, then in the customer's order.
pub(super) fn list(conn: &Connection) -> Result<Vec<OtpEntry>, StoreError> {
    list_where(conn, None, false)
}

/// The accounts with the tag whose key is `tag_key` (when given) and, with `favourites`, only
/// the favourites; in the default order.
pub(super) fn list_where(
    conn: &Connection,
    tag_key: Option<&str>,
    favourites: bool,
) -> Result<Vec<OtpEntry>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "{ENTRY_SELECT}
         WHERE (?1 IS NULL OR EXISTS
                 (SELECT 1 FROM otp_tags t WHERE t.account_id = a.id AND t.tag_key = ?1))
           AND (?2 = 0 OR a.favourite = 1)
         {ENTRY_ORDER}"
    ))?;
    let rows = stmt
        .query_map(params![tag_key, favourites], entry_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

// ----- favourites and tags --------------------------------------------------------------------

pub(super) fn set_favourite(
    conn: &Connection,
    id: Uuid,
    favourite: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE otp_accounts SET favourite = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), favourite, to_db(now)],
    )?;
    Ok(())
}

/// How another account already spells the tag with this key ("Work" for "work"), if any.
pub(super) fn tag_spelling(conn: &Connection, tag_key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT tag FROM otp_tags WHERE tag_key = ?1 ORDER BY added_at, tag LIMIT 1",
            [tag_key],
            |r| r.get(0),
        )
        .optional()?)
}

pub(super) fn insert_tag(
    conn: &Connection,
    id: Uuid,
    tag: &str,
    tag_key: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO otp_tags (account_id, tag, tag_key, added_at) VALUES (?1, ?2, ?3, ?4)",
        params![id.to_string(), tag, tag_key, to_db(now)],
    )?;
    Ok(())
}

/// Removes one tag from an account; false when it did not have it.
pub(super) fn delete_tag(conn: &Connection, id: Uuid, tag_key: &str) -> Result<bool, StoreError> {
    Ok(conn.execute(
        "DELETE FROM otp_tags WHERE account_id = ?1 AND tag_key = ?2",
        params![id.to_string(), tag_key],
    )? > 0)
}

pub(super) fn touch(conn: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE otp_accounts SET updated_at = ?2 WHERE id = ?1",
        params![id.to_string(), to_db(now)],
    )?;
    Ok(())
}

/// Every tag in use with how many accounts have it, by name without case.
pub(super) fn tag_counts(conn: &Connection) -> Result<Vec<(String, u32)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT (SELECT t2.tag FROM otp_tags t2 WHERE t2.tag_key = t.tag_key
                 ORDER BY t2.added_at, t2.tag LIMIT 1),
                count(*)
         FROM otp_tags t GROUP BY t.tag_key ORDER BY t.tag_key",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Option<OtpEntry>, StoreError> {
    Ok(conn
        .query_row(
            &format!("{ENTRY_SELECT} WHERE a.id = ?1"),
            [id.to_string()],
            entry_from_row,
        )
        .optional()?)
}

/// The sealed secret of an account whose secret is in the database.
pub(super) fn sealed_secret(conn: &Connection, id: Uuid) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn.query_row(
        "SELECT sealed_secret FROM otp_accounts WHERE id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?)
}

/// The id and number of the account `account` would duplicate, if there is one.
pub(super) fn find_duplicate(
    conn: &Connection,
    account: &OtpAccount,
) -> Result<Option<(Uuid, i64)>, StoreError> {
    let row = conn
        .query_row(
            "SELECT id, number FROM otp_accounts WHERE fingerprint = ?1",
            [fingerprint(account)],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((id, number)) => Some((parse_uuid(&id)?, number)),
        None => None,
    })
}

/// Every key fingerprint, with the lowest-numbered account that has it (number, label).
pub(super) fn key_fingerprints(
    conn: &Connection,
) -> Result<HashMap<String, (i64, String)>, StoreError> {
    let mut stmt = conn.prepare(
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
    let mut out = HashMap::new();
    for row in rows {
        let (kfp, number, issuer, name) = row?;
        out.entry(kfp)
            .or_insert_with(|| (number, OtpEntry::label_for(issuer.as_deref(), &name)));
    }
    Ok(out)
}

/// Inserts a new account's row, numbered and ordered after the others, with its secret sealed
/// (`Some`) or in the keyring (`None`). A savepoint rather than a transaction: on its own it is
/// one (BEGIN … COMMIT), and inside a group of accounts being added it nests. On error nothing
/// is left behind.
pub(super) fn insert(
    conn: &Connection,
    id: Uuid,
    account: &OtpAccount,
    home: SecretStore,
    sealed: Option<Vec<u8>>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (kind, period, counter) = match account.kind {
        OtpKind::Totp { period } => ("totp", Some(period), None),
        OtpKind::Steam { period } => ("steam", Some(period), None),
        OtpKind::Hotp { counter } => (
            "hotp",
            None,
            Some(i64::try_from(counter).map_err(|_| StoreError::Invalid {
                field: "otp-field-counter",
                reason: crate::t!("otp-invalid-counter-large"),
            })?),
        ),
    };
    conn.execute_batch("SAVEPOINT otp_insert")?;
    let result = (|| -> Result<(), StoreError> {
        let (number, order): (i64, i64) = conn.query_row(
            // Two subqueries, so each MAX is one index lookup (together in one SELECT,
            // SQLite scans the table: quadratic over a large import).
            "SELECT (SELECT COALESCE(MAX(number), 0) + 1 FROM otp_accounts),
                    (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM otp_accounts)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        conn.execute(
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
                fingerprint(account),
                key_fingerprint(&account.secret),
                home.as_str(),
                sealed,
                to_db(now),
            ],
        )?;
        Ok(())
    })()
    .and_then(|()| Ok(conn.execute_batch("RELEASE otp_insert")?));
    if result.is_err() {
        let _ = conn.execute_batch("ROLLBACK TO otp_insert; RELEASE otp_insert");
    }
    result
}

/// Saves a new issuer and name (and the duplicate fingerprint that follows from them).
pub(super) fn rename(
    conn: &Connection,
    id: Uuid,
    account: &OtpAccount,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE otp_accounts SET issuer = ?2, name = ?3, fingerprint = ?4, updated_at = ?5
         WHERE id = ?1",
        params![
            id.to_string(),
            account.issuer,
            account.name,
            fingerprint(account),
            to_db(now)
        ],
    )?;
    Ok(())
}

pub(super) fn set_counter(
    conn: &Connection,
    id: Uuid,
    counter: i64,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE otp_accounts SET counter = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), counter, to_db(now)],
    )?;
    Ok(())
}

/// Deletes an account's row and its backup codes' rows (the caller holds the transaction).
pub(super) fn delete(conn: &Connection, id: Uuid) -> Result<(), StoreError> {
    conn.execute(
        "DELETE FROM otp_backup_codes WHERE account_id = ?1",
        [id.to_string()],
    )?;
    conn.execute(
        "DELETE FROM otp_tags WHERE account_id = ?1",
        [id.to_string()],
    )?;
    conn.execute("DELETE FROM otp_accounts WHERE id = ?1", [id.to_string()])?;
    Ok(())
}

// ----- backup codes ---------------------------------------------------------------------------

/// An account's backup codes: position and when each was used.
pub(super) fn code_rows(conn: &Connection, id: Uuid) -> Result<Vec<CodeRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT position, used_at FROM otp_backup_codes WHERE account_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id.to_string()], |r| {
            Ok((r.get::<_, u32>(0)?, from_db_opt(r.get(1)?)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// An account's backup codes as sealed into their rows, in order.
pub(super) fn sealed_codes(conn: &Connection, id: Uuid) -> Result<Vec<SealedCode>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT position, sealed_code FROM otp_backup_codes
         WHERE account_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id.to_string()], |r| {
            Ok((r.get::<_, u32>(0)?, r.get::<_, Option<Vec<u8>>>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub(super) fn insert_code(
    conn: &Connection,
    id: Uuid,
    position: u32,
    sealed: Option<Vec<u8>>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO otp_backup_codes (account_id, position, sealed_code, added_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![id.to_string(), position, sealed, to_db(now)],
    )?;
    Ok(())
}

pub(super) fn mark_code_used(
    conn: &Connection,
    id: Uuid,
    position: u32,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE otp_backup_codes SET used_at = ?3 WHERE account_id = ?1 AND position = ?2",
        params![id.to_string(), position, to_db(now)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
