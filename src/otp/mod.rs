//! The authenticator: OTP accounts, their codes, `otpauth://` links, Google Authenticator
//! transfer links, and other apps' exports in and out.
//!
//! Pure logic — bytes and time in, values out; no keyring, no files, no network, no UI:
//! - [`model`]: [`OtpAccount`] with its [`OtpSecret`] (zeroized, redacted, not `Serialize`) and
//!   the secret-free [`OtpAccountInfo`] for the UI.
//! - [`codes`]: HOTP/TOTP/Steam codes at an explicit time.
//! - [`link`]: one link as opened, pasted or scanned — the only place that tells an
//!   `otpauth://`, `steam://` or `otpauth-migration://` link from anything else, and
//!   [`link::read`], which deep links, the preview, adding and the line importer all use.
//! - [`uri`]: lenient reader and strict writer of `otpauth://` links.
//! - [`google`]: `otpauth-migration://` transfer links.
//! - [`import`]: one importer per app format, with [`import::import_auto`] sniffing the format.
//! - [`export`]: otpauth link lists and Aegis-compatible encrypted vaults.
//! - [`backup`]: automatic encrypted backups into a folder, "a newer backup was found".
//!
//! At the edges, where the outside world comes in:
//! - [`qr`]: QR codes from PNG/JPEG bytes or files, the clipboard and the screen; SVG out.
//! - [`screen`]: a picture of the screen, through the Screenshot portal or the X11 root window.
//! - [`clock`]: the clock check, one HTTPS request to a time server.
//! - [`store`]: the customer's accounts (`profile.otp()`): metadata in the database, secrets in
//!   the OS keyring or sealed in the encrypted database, backup codes, and export files written
//!   through [`crate::fs::write_atomic`].

pub mod backup;
mod base32;
pub mod clock;
pub mod codes;
mod crypto;
mod error;
pub mod export;
pub mod google;
pub mod icons;
pub mod import;
pub mod link;
pub mod model;
pub mod qr;
pub mod screen;
pub mod store;
pub mod uri;

pub use codes::{code_at, code_view, seconds_remaining, OtpCode};
pub use error::OtpError;
pub use export::ExportFormat;
pub use google::{parse_migration_uri, BatchInfo, MigrationBatch};
pub use import::{import_auto, Format, ImportReport, ImportSummary, Importer, Skipped};
pub use model::{Algorithm, OtpAccount, OtpAccountInfo, OtpKind, OtpSecret, Warning};
pub use uri::ParsedLink;
