//! What can go wrong with the directory's two data sets. Being offline is not one of them for
//! [`DirectoryCache::load`](super::DirectoryCache::load): it falls back to the saved copies (or
//! to no data) and says so in the origin. These errors come from an explicit refresh and from
//! parsing; each names the data set it is about ([`DataSet`]).

use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

/// One of the two public data sets the directory is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// The file it is, for hints.
    fn format(self) -> &'static str {
        match self {
            DataSet::TwoFactor => "a 2fa.directory v3 all.json",
            DataSet::Passkeys => "a Passkeys Directory v1 all.json",
        }
    }
}

#[derive(Debug, Error)]
pub enum DirectoryError {
    /// The data is not the expected `all.json` shape (or far too large).
    #[error("The {} data is not in the expected format: {detail}.", .data.name())]
    Malformed { data: DataSet, detail: String },
    /// The configured address cannot be used (not https, not a URL).
    #[error("\"{url}\" is not an address Steward can download the {} from.", .data.name())]
    BadUrl { data: DataSet, url: String },
    /// No answer: offline, DNS, TLS, timeout.
    #[error("Steward couldn't reach the {} at {host}: {detail}.", .data.name())]
    Unreachable {
        data: DataSet,
        host: String,
        detail: String,
    },
    /// The server answered, but not with the data.
    #[error("The {} at {host} answered with HTTP status {status} instead of the data.", .data.name())]
    HttpStatus {
        data: DataSet,
        host: String,
        status: u16,
    },
    /// Reading or writing the saved copy failed.
    #[error("Steward couldn't {action} the saved copy of the {} ({path}): {detail}.", .data.name())]
    Io {
        data: DataSet,
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

    fn hint(&self) -> Option<String> {
        let data = self.data();
        Some(match self {
            DirectoryError::Malformed { .. } => format!(
                "The download was not used; the saved copy (if any) is unchanged. Try again later, or check that {} points to {}.",
                data.url_env(),
                data.format()
            ),
            DirectoryError::BadUrl { .. } => format!(
                "Use an https:// address such as {}, or unset {} to use it.",
                data.default_url(),
                data.url_env()
            ),
            DirectoryError::Unreachable { .. } => "Check your internet connection and try again. Setting up 2FA still works without it: type the service's name yourself.".into(),
            DirectoryError::HttpStatus { .. } => "The service may be down for a while; try again later. The saved copy (if any) is still used.".into(),
            DirectoryError::Io { .. } => "Check that the data directory exists, is writable and the disk is not full.".into(),
        })
    }
}
