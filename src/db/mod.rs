//! The one database of a profile: SQLite encrypted with SQLCipher, WAL, `synchronous=FULL`, and
//! versioned migrations that run at open.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use thiserror::Error;
use zeroize::Zeroizing;

use crate::error::{ErrorKind, UserFacing};

pub mod timestamp;

/// Migrations in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_cases.sql"),
    include_str!("migrations/002_alerts_attachments.sql"),
    include_str!("migrations/003_otp.sql"),
    include_str!("migrations/004_enrol.sql"),
    include_str!("migrations/005_brief_facts.sql"),
    include_str!("migrations/006_share_settings.sql"),
    include_str!("migrations/007_steward_words.sql"),
    include_str!("migrations/008_case_steward_words.sql"),
    include_str!("migrations/009_otp_tags.sql"),
    include_str!("migrations/010_otp_backups.sql"),
    include_str!("migrations/011_complaints.sql"),
    include_str!("migrations/012_exposure.sql"),
];

/// A raw 256-bit SQLCipher key.
pub type DbKey = Zeroizing<[u8; 32]>;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum DbError {
    WrongKey,
    /// Another connection (another Steward window or command) has the database open.
    InUse,
    TooNew {
        #[serde(serialize_with = "path_text")]
        path: PathBuf,
        found: i64,
        known: usize,
    },
    Sqlite(
        #[from]
        #[serde(serialize_with = "crate::i18n::as_text")]
        rusqlite::Error,
    ),
}

fn path_text<S: serde::Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.display().to_string())
}

impl UserFacing for DbError {
    fn code(&self) -> &'static str {
        match self {
            DbError::WrongKey => "wrong_key",
            DbError::InUse => "database_in_use",
            DbError::TooNew { .. } => "database_too_new",
            DbError::Sqlite(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            DbError::WrongKey => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        crate::i18n::args_of(self)
    }
}

/// Gives SQLCipher the key as a raw key (`x'…'`, which skips SQLCipher's own PBKDF2: ours is
/// already random or Argon2id-derived) through `sqlite3_key`, not `PRAGMA key`: rusqlite builds a
/// pragma's SQL in a growing `String` it frees without wiping, and `hex::encode` makes another, so
/// the key would stay readable in freed memory after the profile is locked. Here the only copy is
/// this wiped buffer, sized once; SQLCipher keeps its own copy and wipes it when the connection
/// closes.
fn set_key(conn: &Connection, key: &DbKey) -> Result<(), DbError> {
    let text = raw_key_text(key);
    let len = std::os::raw::c_int::try_from(text.len()).unwrap_or(0);
    // SAFETY: the handle belongs to `conn`, open and used from this thread only for the call;
    // sqlite3_key reads `len` bytes of `text` (alive for the call) and copies what it keeps.
    let rc = unsafe { rusqlite::ffi::sqlite3_key(conn.handle(), text.as_ptr().cast(), len) };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rc), None).into());
    }
    Ok(())
}

/// `x'…'`: SQLCipher's form of a raw key, in one wiped buffer sized once.
fn raw_key_text(key: &DbKey) -> Zeroizing<Vec<u8>> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = Zeroizing::new(Vec::with_capacity(3 + 2 * key.len()));
    text.extend_from_slice(b"x'");
    for byte in key.iter() {
        text.push(HEX[usize::from(byte >> 4)]);
        text.push(HEX[usize::from(byte & 0x0f)]);
    }
    text.push(b'\'');
    text
}

/// An open, unlocked, migrated database.
pub struct Db {
    conn: Connection,
}

impl Db {
    /// Opens (or, with `create`, creates) the encrypted database at `path` with `key`.
    /// A wrong key is [`DbError::WrongKey`]; the file is left untouched.
    pub fn open(path: &Path, key: &DbKey, create: bool) -> Result<Db, DbError> {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)?;
        set_key(&conn, key)?;
        // After the key (which activates SQLCipher and its default stderr logging): a wrong key
        // would otherwise print SQLCipher's own lines; we report it ourselves.
        conn.pragma_update(None, "cipher_log_level", "NONE")?;
        // The first read decrypts page 1: with a wrong key SQLCipher says "file is not a database".
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::NotADatabase =>
            {
                return Err(DbError::WrongKey)
            }
            Err(e) => return Err(e.into()),
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: what the UI calls saved survives a crash or a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Every page read from disk is decrypted and authenticated by SQLCipher; a 32 MiB cache
        // (instead of SQLite's 2 MiB) keeps the full-text index of a large profile decrypted.
        conn.pragma_update(None, "cache_size", -32768)?;
        let mut db = Db { conn };
        db.migrate(path)?;
        Ok(db)
    }

    fn migrate(&mut self, path: &Path) -> Result<(), DbError> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize > MIGRATIONS.len() {
            return Err(DbError::TooNew {
                path: path.to_path_buf(),
                found: version,
                known: MIGRATIONS.len(),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Re-encrypts the whole database under `key` with SQLCipher's rekey, in one transaction:
    /// a crash leaves it under the old key or the new one, never half of each.
    ///
    /// SQLCipher 4's `sqlite3_rekey` says `SQLITE_OK` even when its rewrite failed (the write
    /// key then differs from the read key on this connection), so the caller must check the
    /// result by opening the file afresh with `key` ([`Db::open`]) and, on any failure, drop
    /// this connection rather than write through it. The write-ahead log is emptied and the
    /// journal switched to DELETE for the rewrite (a rekey in WAL mode is only safe without
    /// other connections, and leaving WAL mode fails while another connection is open: that
    /// is [`DbError::InUse`]), then back to WAL.
    pub fn rekey(&self, key: &DbKey) -> Result<(), DbError> {
        let blocked: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if blocked != 0 {
            return Err(DbError::InUse);
        }
        let busy = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                DbError::InUse
            }
            _ => e.into(),
        };
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
            .map_err(busy)?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(DbError::InUse);
        }
        let text = raw_key_text(key);
        let len = std::os::raw::c_int::try_from(text.len()).unwrap_or(0);
        // SAFETY: as in `set_key`: the handle is `conn`'s, used from this thread only for the
        // call; sqlite3_rekey reads `len` bytes of `text` and copies what it keeps.
        let rc =
            unsafe { rusqlite::ffi::sqlite3_rekey(self.conn.handle(), text.as_ptr().cast(), len) };
        if rc != rusqlite::ffi::SQLITE_OK {
            return Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rc), None).into());
        }
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(DbError::InUse);
        }
        Ok(())
    }

    /// `PRAGMA integrity_check`: `Ok(())` when SQLite finds nothing wrong.
    pub fn integrity_check(&self) -> Result<Vec<String>, DbError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }
}
