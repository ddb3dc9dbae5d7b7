//! The authenticator: OTP accounts, their codes, `otpauth://` links, Google Authenticator
//! transfer links, and other apps' exports in and out. Pure logic: no keyring, no files, no UI;
//! callers pass bytes and time in.
//!
//! - [`model`]: [`OtpAccount`] with its [`OtpSecret`] (zeroized, redacted, not `Serialize`) and
//!   the secret-free [`OtpAccountInfo`] for the UI.
//! - [`codes`]: HOTP/TOTP/Steam codes at an explicit time.
//! - [`uri`]: lenient reader and strict writer of `otpauth://` links.
//! - [`google`]: `otpauth-migration://` transfer links.
//! - [`import`]: one importer per app format, with [`import::import_auto`] sniffing the format.
//! - [`export`]: otpauth link lists and Aegis-compatible encrypted vaults.
//! - [`store`]: the customer's accounts (`profile.otp()`): metadata in the database, secrets in
//!   the OS keyring or sealed in the encrypted database; backup codes.

mod base32;
pub mod clock;
pub mod codes;
mod crypto;
mod error;
pub mod export;
pub mod google;
pub mod import;
pub mod link;
pub mod model;
pub mod qr;
pub mod store;
pub mod uri;

pub use codes::{code_at, code_view, seconds_remaining, OtpCode};
pub use error::OtpError;
pub use export::ExportFormat;
pub use google::{parse_migration_uri, BatchInfo, MigrationBatch};
pub use import::{import_auto, Format, ImportReport, ImportSummary, Importer, Skipped};
pub use model::{Algorithm, OtpAccount, OtpAccountInfo, OtpKind, OtpSecret, Warning};
pub use uri::ParsedLink;
