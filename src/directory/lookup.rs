//! A service someone asked for by name, or why it cannot be shown: the directory has no data
//! (never downloaded, and offline), or nothing in it goes by that name or address — with the
//! closest names, so a front end can say "Did you mean…".

use serde::Serialize;
use thiserror::Error;

use super::{Directory, Service};
use crate::error::{ErrorKind, UserFacing};

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum LookupError {
    /// No data at all: why (the last refresh error, or never downloaded).
    Unavailable { why: String },
    /// Not listed under that name or address; `close` holds up to five similar names (the
    /// argument `close` lists them, `n_close` counts them).
    NotListed { name: String, close: Vec<String> },
}

impl UserFacing for LookupError {
    fn code(&self) -> &'static str {
        match self {
            LookupError::Unavailable { .. } => "directory_unavailable",
            LookupError::NotListed { .. } => "directory_service_not_found",
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::Input
    }

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        if let LookupError::NotListed { close, .. } = self {
            args.insert("n_close".into(), close.len().into());
        }
        args
    }
}

impl Directory {
    /// The service with this name or domain (or a web address on it), as [`Directory::find`],
    /// or a [`LookupError`] that says why not.
    pub fn lookup(&self, name: &str) -> Result<&Service, LookupError> {
        if let Some(service) = self.find(name) {
            return Ok(service);
        }
        if self.is_empty() {
            let why = self
                .origin()
                .refresh_error
                .clone()
                .unwrap_or_else(|| crate::t!("directory-not-downloaded"));
            return Err(LookupError::Unavailable { why });
        }
        let close = self
            .search(name, 5)
            .into_iter()
            .map(|s| s.name.clone())
            .collect();
        Err(LookupError::NotListed {
            name: name.to_string(),
            close,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &[u8] = br#"[["Amazon",{"domain":"amazon.com","tfa":["sms","totp"]}],
        ["Amazon Web Services",{"domain":"aws.amazon.com","tfa":["totp","u2f"]}]]"#;

    #[test]
    fn a_listed_service_by_name_or_domain() {
        let d = Directory::parse(TWO).unwrap();
        assert_eq!(d.lookup("amazon.com").unwrap().name, "Amazon");
        assert_eq!(
            d.lookup("Amazon Web Services").unwrap().domain,
            "aws.amazon.com"
        );
    }

    #[test]
    fn not_listed_names_the_close_ones() {
        let d = Directory::parse(TWO).unwrap();
        let e = d.lookup("amazn").unwrap_err();
        assert_eq!(e.code(), "directory_service_not_found");
        assert_eq!(
            e.to_string(),
            "\"amazn\" is not in the 2FA directory under that name or address."
        );
        let e = d.lookup("zebra crossing").unwrap_err();
        assert!(e
            .hint()
            .unwrap()
            .starts_with("Try `steward directory search`"));
    }

    #[test]
    fn no_data_says_so() {
        let e = Directory::empty().lookup("Amazon").unwrap_err();
        assert_eq!(e.code(), "directory_unavailable");
        assert_eq!(
            e.to_string(),
            "The 2FA directory is not available: it has not been downloaded yet"
        );
    }
}
