//! What can go wrong with the 2FA directory. Being offline is not one of them for
//! [`DirectoryCache::load`](super::DirectoryCache::load): it falls back to the saved copy (or an
//! empty directory) and says so in the origin. These errors come from an explicit refresh and
//! from parsing.

use thiserror::Error;

use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error)]
pub enum DirectoryError {
    /// The data is not 2fa.directory's `all.json` shape.
    #[error("The 2FA directory data is not in the expected format: {0}.")]
    Malformed(String),
    /// The configured address cannot be used (not https, not a URL).
    #[error("\"{0}\" is not an address Steward can download the 2FA directory from.")]
    BadUrl(String),
    /// No answer: offline, DNS, TLS, timeout.
    #[error("Steward couldn't reach the 2FA directory at {host}: {detail}.")]
    Unreachable { host: String, detail: String },
    /// The server answered, but not with the data.
    #[error("The 2FA directory at {host} answered with HTTP status {status} instead of the data.")]
    HttpStatus { host: String, status: u16 },
    /// Reading or writing the saved copy failed.
    #[error("Steward couldn't {action} the saved copy of the 2FA directory ({path}): {detail}.")]
    Io {
        action: &'static str,
        path: String,
        detail: String,
    },
}

impl UserFacing for DirectoryError {
    fn code(&self) -> &'static str {
        match self {
            DirectoryError::Malformed(_) => "directory_malformed",
            DirectoryError::BadUrl(_) => "directory_bad_url",
            DirectoryError::Unreachable { .. } => "directory_unreachable",
            DirectoryError::HttpStatus { .. } => "directory_http_status",
            DirectoryError::Io { .. } => "directory_io",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            DirectoryError::BadUrl(_) => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            DirectoryError::Malformed(_) => "The download was not used; the saved copy (if any) is unchanged. Try again later, or check that STEWARD_DIRECTORY_URL points to a 2fa.directory v3 all.json.".into(),
            DirectoryError::BadUrl(_) => format!(
                "Use an https:// address such as {}, or unset STEWARD_DIRECTORY_URL to use it.",
                super::DirectoryCache::DEFAULT_URL
            ),
            DirectoryError::Unreachable { .. } => "Check your internet connection and try again. Setting up 2FA still works without it: type the service's name yourself.".into(),
            DirectoryError::HttpStatus { .. } => "The service may be down for a while; try again later. The saved copy (if any) is still used.".into(),
            DirectoryError::Io { .. } => "Check that the data directory exists, is writable and the disk is not full.".into(),
        })
    }
}
