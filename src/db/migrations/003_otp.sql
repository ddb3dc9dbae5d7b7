-- The authenticator: account metadata only. Secrets (OTP keys and backup codes) live in the OS
-- keyring for keyring-protected profiles; for passphrase-protected profiles (no keyring) they
-- are sealed here with AES-256-GCM under a key derived from the database key, inside the
-- SQLCipher-encrypted file (see src/otp/store.rs). Never in the clear either way.

CREATE TABLE otp_accounts (
    id           TEXT PRIMARY KEY,                 -- UUIDv7
    number       INTEGER NOT NULL UNIQUE,          -- short profile-wide number ("otp code 3")
    issuer       TEXT,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('totp', 'hotp', 'steam')),
    algorithm    TEXT NOT NULL CHECK (algorithm IN ('SHA1', 'SHA256', 'SHA512')),
    digits       INTEGER NOT NULL,
    period       INTEGER,                          -- TOTP/Steam
    counter      INTEGER,                          -- HOTP: the counter of the code shown now
    secret_bits  INTEGER NOT NULL,
    icon         TEXT,
    colour       TEXT,
    sort_order   INTEGER NOT NULL,
    -- SHA-256 over (secret, issuer, name), to spot the same account added twice. Not the secret.
    fingerprint  TEXT NOT NULL,
    -- SHA-256 over the secret alone, to say "same key as account N" under another name.
    key_fingerprint TEXT NOT NULL,
    secret_store TEXT NOT NULL CHECK (secret_store IN ('keyring', 'database')),
    sealed_secret BLOB,                            -- only when secret_store = 'database'
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX otp_accounts_fingerprint ON otp_accounts (fingerprint);
CREATE INDEX otp_accounts_order ON otp_accounts (sort_order, number);

-- Backup/recovery codes: one row per code, in the order the service listed them. The codes
-- themselves are with the account's secret (keyring entry ".../backup-codes", or sealed here).
CREATE TABLE otp_backup_codes (
    account_id   TEXT NOT NULL REFERENCES otp_accounts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    sealed_code  BLOB,                             -- only when the account's secret_store = 'database'
    added_at     TEXT NOT NULL,
    used_at      TEXT,
    PRIMARY KEY (account_id, position)
);
