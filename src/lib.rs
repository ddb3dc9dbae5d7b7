//! Steward's core: every capability of the app, with no desktop dependency. The `steward` CLI and
//! the Tauri shell are thin layers over this crate.

pub mod cases;
pub mod complaints;
pub mod db;
pub mod directory;
pub mod enrol;
pub mod error;
pub mod exposure;
pub mod fs;
pub mod i18n;
pub mod lock;
pub mod net;
pub mod otp;
pub mod phone;
pub mod profile;
pub mod share;
pub mod time;
pub mod vault;
