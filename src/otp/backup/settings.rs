//! The SQL of the backups: the one settings row (`otp_backup_settings`) and the files recorded by
//! fingerprint (`otp_backup_files`). Migration 010 made both, and the triggers counting changes.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::timestamp::{from_db_opt, to_db};

/// The settings row as stored.
pub(super) struct Row {
    pub enabled: bool,
    pub folder: Option<String>,
    pub keep: u32,
    pub remind_days: u32,
    pub password_home: Option<String>,
    pub sealed_password: Option<Vec<u8>>,
    pub changes: i64,
    pub backed_up_changes: i64,
    pub changed_since: Option<DateTime<Utc>>,
    pub last_backup_at: Option<DateTime<Utc>>,
    pub last_backup_file: Option<String>,
    pub last_error_code: Option<String>,
    pub last_error_args: Option<String>,
}

pub(super) fn read(conn: &Connection) -> rusqlite::Result<Row> {
    conn.query_row(
        "SELECT enabled, folder, keep, remind_days, password_home, sealed_password, changes,
                backed_up_changes, changed_since, last_backup_at, last_backup_file,
                last_error_code, last_error_args
         FROM otp_backup_settings WHERE id = 1",
        [],
        |r| {
            Ok(Row {
                enabled: r.get::<_, i64>(0)? == 1,
                folder: r.get(1)?,
                keep: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(1),
                remind_days: u32::try_from(r.get::<_, i64>(3)?).unwrap_or(0),
                password_home: r.get(4)?,
                sealed_password: r.get(5)?,
                changes: r.get(6)?,
                backed_up_changes: r.get(7)?,
                changed_since: from_db_opt(r.get(8)?)?,
                last_backup_at: from_db_opt(r.get(9)?)?,
                last_backup_file: r.get(10)?,
                last_error_code: r.get(11)?,
                last_error_args: r.get(12)?,
            })
        },
    )
}

/// A new folder: its changes are not in a backup there yet.
pub(super) fn set_folder(
    conn: &Connection,
    folder: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE otp_backup_settings SET
            backed_up_changes = CASE WHEN folder IS ?1 THEN backed_up_changes ELSE 0 END,
            changed_since = CASE WHEN folder IS ?1 OR changes = 0 THEN changed_since
                                 ELSE COALESCE(changed_since, ?2) END,
            folder = ?1, updated_at = ?2
         WHERE id = 1",
        params![folder, to_db(now)],
    )?;
    Ok(())
}

pub(super) fn set_options(
    conn: &Connection,
    enabled: bool,
    keep: u32,
    remind_days: u32,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE otp_backup_settings SET enabled = ?1, keep = ?2, remind_days = ?3, updated_at = ?4
         WHERE id = 1",
        params![enabled as i64, keep, remind_days, to_db(now)],
    )?;
    Ok(())
}

pub(super) fn set_password(
    conn: &Connection,
    home: &str,
    sealed: Option<&[u8]>,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE otp_backup_settings SET password_home = ?1, sealed_password = ?2, updated_at = ?3
         WHERE id = 1",
        params![home, sealed, to_db(now)],
    )?;
    Ok(())
}

/// A backup holding every change up to `changes` was written (or there was nothing to write).
pub(super) fn mark_backed_up(
    conn: &Connection,
    changes: i64,
    file: Option<&str>,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE otp_backup_settings SET
            backed_up_changes = ?1,
            changed_since = CASE WHEN changes <= ?1 THEN NULL ELSE changed_since END,
            last_backup_at = CASE WHEN ?2 IS NULL THEN last_backup_at ELSE ?3 END,
            last_backup_file = COALESCE(?2, last_backup_file),
            last_error_code = NULL, last_error_args = NULL, last_error_at = NULL
         WHERE id = 1",
        params![changes, file, to_db(now)],
    )?;
    Ok(())
}

pub(super) fn record_error(
    conn: &Connection,
    code: &str,
    args: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE otp_backup_settings SET last_error_code = ?1, last_error_args = ?2,
            last_error_at = ?3 WHERE id = 1",
        params![code, args, to_db(now)],
    )?;
    Ok(())
}

/// Where a recorded file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    Written,
    Imported,
    Dismissed,
}

impl Origin {
    fn as_str(self) -> &'static str {
        match self {
            Origin::Written => "written",
            Origin::Imported => "imported",
            Origin::Dismissed => "dismissed",
        }
    }

    fn parse(s: &str) -> Option<Origin> {
        [Origin::Written, Origin::Imported, Origin::Dismissed]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

pub(super) fn record_file(
    conn: &Connection,
    fingerprint: &str,
    file_name: &str,
    origin: Origin,
    mtime_ms: Option<i64>,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO otp_backup_files (fingerprint, file_name, origin, mtime_ms, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (fingerprint) DO UPDATE SET file_name = ?2, origin = ?3,
            mtime_ms = COALESCE(?4, mtime_ms), recorded_at = ?5",
        params![
            fingerprint,
            file_name,
            origin.as_str(),
            mtime_ms,
            to_db(now)
        ],
    )?;
    Ok(())
}

pub(super) fn forget_file(conn: &Connection, fingerprint: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM otp_backup_files WHERE fingerprint = ?1",
        [fingerprint],
    )?;
    Ok(())
}

/// Every recorded fingerprint and where it came from.
pub(super) fn files(conn: &Connection) -> rusqlite::Result<HashMap<String, Origin>> {
    let mut stmt = conn.prepare("SELECT fingerprint, origin FROM otp_backup_files")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = HashMap::new();
    for row in rows {
        let (fp, origin) = row?;
        if let Some(o) = Origin::parse(&origin) {
            out.insert(fp, o);
        }
    }
    Ok(out)
}

/// The newest modification time among the backups this device wrote or imported.
pub(super) fn baseline_mtime(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT max(mtime_ms) FROM otp_backup_files WHERE origin IN ('written', 'imported')",
        [],
        |r| r.get::<_, Option<i64>>(0),
    )
    .optional()
    .map(Option::flatten)
}
