//! `OtpStore` (reached as `profile.otp()`): the customer's authenticator accounts.
//!
//! **Where things live.** Account metadata (issuer, name, kind, digits, counter, order, duplicate
//! fingerprints) is in the profile's SQLCipher database (`otp_accounts`). The secret is never
//! there in the clear: keyring-protected profiles keep it (and the backup codes) in the OS
//! keyring; passphrase-protected profiles, which have no usable keyring, seal it into the
//! database with AES-256-GCM under a key derived from the database key — a second layer inside
//! the encrypted file, so a secret is never in the clear on disk, in the WAL or in an SQL dump.
//! Where the secret lives is recorded per account and follows the profile's protection, so
//! opening the profile never depends on a keyring it does not use.
//!
//! **Failure rules.** Adding writes the secret first and the row second (a failed row removes the
//! just-written secret). Removing deletes the row inside a transaction, deletes the keyring
//! entries, and commits only if they went: a keyring failure never deletes anything. Reading a
//! secret that the keyring will not give is an error naming the account and what to do; the
//! metadata stays. The same account added again is reported as a duplicate, not added (Google
//! transfer exports repeat accounts); the same secret under another label is added with a note.
//!
//! By layer:
//! - `dto`: the types that cross IPC and `--json` (no secrets);
//! - `accounts`: [`OtpStore`] — reading, adding, changing, removing (the CRUD, in one place);
//! - `backup`: backup codes per account;
//! - `tags`: favourites and tags (groups), and the filtered list;
//! - `secrets`: the keyring and the sealing, the only code touching secrets at rest;
//! - `rows`: the SQL and the fingerprints the rows carry;
//! - `files`: what a file is, importing one, naming and writing exports;
//! - `error`: [`StoreError`].

mod accounts;
mod backup;
mod dto;
mod error;
mod files;
pub(crate) mod relocate;
mod rows;
mod secrets;
mod tags;

pub use accounts::{OtpStore, MAX_LABEL_CHARS};
pub use backup::{LOW_BACKUP_CODES, MAX_BACKUP_CODES, MAX_BACKUP_CODE_CHARS};
pub use dto::{
    BackupCode, BackupCodes, Duplicate, OtpAddReport, OtpCodeEntry, OtpEntry, OtpExportSaved,
    OtpFileInfo, OtpFilter, OtpImportEntry, OtpImportOutcome, OtpManualEntry, OtpNextCode,
    OtpTagCount, SecretStore,
};
pub use error::StoreError;
pub use files::{
    default_export_dir, export_file_name, export_path_in, inspect_file, looks_like_image,
    write_export,
};
pub use secrets::SecretHome;
pub use tags::{normalise_tag, MAX_TAGS_PER_ACCOUNT, MAX_TAG_CHARS};
