//! What can go wrong with the directory's two data sets. Being offline is not one of them for
//! [`DirectoryCache::load`](super::DirectoryCache::load): it falls back to the saved copies (or
//! to no data) and says so in the origin. These errors come from an explicit refresh and from
//! parsing; each names the data set it is about ([`DataSet`]).

use serde::Serialize;
use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// One of the two public data sets the directory is made of. In error arguments it is
/// `two_factor` or `passkeys`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DataSet {
    /// 2fa.directory's API v3 `all.json` (MIT): the services and their 2FA methods.
    TwoFactor,
    /// The Passkeys Directory's API v1 `all.json` (CC BY 4.0): passkey support by domain.
    Passkeys,
}

impl DataSet {
    /// Its name in messages ("the {name} at …").
    pub fn name(self) -> &'static str {
        match self {
            DataSet::TwoFactor => "2FA directory",
            DataSet::Passkeys => "Passkeys Directory",
        }
    }

    /// The environment variable that sets where it is downloaded from.
    pub fn url_env(self) -> &'static str {
        match self {
            DataSet::TwoFactor => super::URL_ENV,
            DataSet::Passkeys => super::PASSKEYS_URL_ENV,
        }
    }

    /// Where it is downloaded from by default.
    pub fn default_url(self) -> &'static str {
        match self {
            DataSet::TwoFactor => super::DirectoryCache::DEFAULT_URL,
            DataSet::Passkeys => super::DirectoryCache::DEFAULT_PASSKEYS_URL,
        }
    }
}

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum DirectoryError {
    /// The data is not the expected `all.json` shape (or far too large).
    Malformed { data: DataSet, detail: String },
    /// The configured address cannot be used (not https, not a URL).
    BadUrl { data: DataSet, url: String },
    /// No answer: offline, DNS, TLS, timeout.
    Unreachable {
        data: DataSet,
        host: String,
        detail: String,
    },
    /// The server answered, but not with the data.
    HttpStatus {
        data: DataSet,
        host: String,
        status: u16,
    },
    /// Reading or writing the saved copy failed.
    Io {
        data: DataSet,
        /// `create` or `write`.
        action: &'static str,
        path: String,
        detail: String,
    },
}

impl DirectoryError {
    /// The data set the error is about.
    pub fn data(&self) -> DataSet {
        match self {
            DirectoryError::Malformed { data, .. }
            | DirectoryError::BadUrl { data, .. }
            | DirectoryError::Unreachable { data, .. }
            | DirectoryError::HttpStatus { data, .. }
            | DirectoryError::Io { data, .. } => *data,
        }
    }
}

impl UserFacing for DirectoryError {
    fn code(&self) -> &'static str {
        match self {
            DirectoryError::Malformed { .. } => "directory_malformed",
            DirectoryError::BadUrl { .. } => "directory_bad_url",
            DirectoryError::Unreachable { .. } => "directory_unreachable",
            DirectoryError::HttpStatus { .. } => "directory_http_status",
            DirectoryError::Io { .. } => "directory_io",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            DirectoryError::BadUrl { .. } => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        let data = self.data();
        let mut args = crate::i18n::args_of(self);
        args.insert("url_env".into(), data.url_env().into());
        args.insert("default_url".into(), data.default_url().into());
        args
    }
}
