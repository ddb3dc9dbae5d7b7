-- Automatic encrypted backups of the authenticator (one row of settings and state), the backup
-- files this profile wrote, imported or set aside (by content fingerprint), and the change
-- counter the backups follow.
--
-- The counter is kept by triggers on the authenticator's tables, so every change counts whoever
-- makes it (the window, the CLI, an enrolment): "is there anything not yet in a backup?" is one
-- comparison, `changes > backed_up_changes`. The backup password is never here in the clear: it
-- is in the OS keyring (keyring profiles) or sealed with the profile's seal key (`sealed_password`,
-- passphrase profiles, inside the SQLCipher file).

CREATE TABLE otp_backup_settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    enabled            INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    folder             TEXT,                 -- the folder the customer chose
    keep               INTEGER NOT NULL DEFAULT 10 CHECK (keep >= 1),
    remind_days        INTEGER NOT NULL DEFAULT 7 CHECK (remind_days >= 0),
    password_home      TEXT CHECK (password_home IN ('keyring', 'database')),
    sealed_password    BLOB,                 -- only when password_home = 'database'
    changes            INTEGER NOT NULL DEFAULT 0,  -- bumped by the triggers below
    backed_up_changes  INTEGER NOT NULL DEFAULT 0,  -- `changes` when the last backup was written
    changed_since      TEXT,                 -- the first change not in a backup (RFC 3339)
    last_backup_at     TEXT,
    last_backup_file   TEXT,
    last_error_code    TEXT,                 -- why the last automatic backup failed
    last_error_args    TEXT,                 -- its arguments (JSON)
    last_error_at      TEXT,
    updated_at         TEXT NOT NULL
);

-- A profile that already has accounts starts with them "not in a backup".
INSERT INTO otp_backup_settings (id, changes, changed_since, updated_at)
VALUES (
    1,
    (SELECT count(*) FROM otp_accounts),
    CASE WHEN EXISTS (SELECT 1 FROM otp_accounts)
         THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
);

CREATE TABLE otp_backup_files (
    fingerprint  TEXT PRIMARY KEY,           -- SHA-256 of the file's bytes, hex
    file_name    TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('written', 'imported', 'dismissed')),
    mtime_ms     INTEGER,                    -- the file's modification time when recorded
    recorded_at  TEXT NOT NULL
);

CREATE TRIGGER otp_backup_count_account_insert AFTER INSERT ON otp_accounts BEGIN
    UPDATE otp_backup_settings SET changes = changes + 1,
        changed_since = COALESCE(changed_since, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = 1;
END;
CREATE TRIGGER otp_backup_count_account_update AFTER UPDATE ON otp_accounts BEGIN
    UPDATE otp_backup_settings SET changes = changes + 1,
        changed_since = COALESCE(changed_since, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = 1;
END;
CREATE TRIGGER otp_backup_count_account_delete AFTER DELETE ON otp_accounts BEGIN
    UPDATE otp_backup_settings SET changes = changes + 1,
        changed_since = COALESCE(changed_since, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = 1;
END;
CREATE TRIGGER otp_backup_count_tag_insert AFTER INSERT ON otp_tags BEGIN
    UPDATE otp_backup_settings SET changes = changes + 1,
        changed_since = COALESCE(changed_since, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = 1;
END;
CREATE TRIGGER otp_backup_count_tag_delete AFTER DELETE ON otp_tags BEGIN
    UPDATE otp_backup_settings SET changes = changes + 1,
        changed_since = COALESCE(changed_since, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = 1;
END;
