//! One link as the customer opened, pasted or scanned it: the owner of "which link is this".
//!
//! [`scheme`] is the only place that tells an `otpauth://`, `steam://` or Google
//! `otpauth-migration://` link from anything else (the name before the first `:`, without case).
//! [`read`] turns one link into the accounts it holds, by the reader its scheme calls for
//! ([`uri`] or [`google`]); the deep-link handler ([`is_deep_link`]), the preview before adding
//! ([`preview`]), adding ([`crate::otp::store::OtpStore::add_link`]) and the line importer (text
//! files and QR codes) all go through here, so they agree on every link.

use super::error::OtpError;
use super::import::{contains_ci, Format, ImportReport, ImportSummary};
use super::{google, uri};

/// The link schemes Steward reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// `otpauth://totp/…`, `otpauth://hotp/…`: one account (Google's Key URI Format).
    Otpauth,
    /// `otpauth-migration://offline?data=…`: Google Authenticator's transfer of many accounts.
    Migration,
    /// `steam://SECRET`: one Steam Guard account (Bitwarden's form).
    Steam,
}

impl Scheme {
    pub const ALL: [Scheme; 3] = [Scheme::Otpauth, Scheme::Migration, Scheme::Steam];

    /// The schemes the desktop app is the handler of (deep links). Not `steam://`: that one
    /// belongs to Steam's own app.
    pub const DEEP_LINKS: [Scheme; 2] = [Scheme::Otpauth, Scheme::Migration];

    /// The scheme's name, as registered with the desktop: "otpauth", "otpauth-migration", "steam".
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Otpauth => "otpauth",
            Scheme::Migration => "otpauth-migration",
            Scheme::Steam => "steam",
        }
    }

    /// The scheme with this name (without case), if Steward reads it.
    pub fn from_name(name: &str) -> Option<Scheme> {
        Scheme::ALL
            .into_iter()
            .find(|s| name.eq_ignore_ascii_case(s.name()))
    }
}

/// The scheme of `text` (leading white space ignored), when it is one Steward reads. Only the
/// name is checked: whether the rest is a valid link is for [`read`] to say, with the reason.
pub fn scheme(text: &str) -> Option<Scheme> {
    let (name, _) = text.trim_start().split_once(':')?;
    Scheme::from_name(name)
}

/// The scheme whose reader `text` goes to: its own, or [`Scheme::Migration`] for text that holds
/// a transfer link after something else (`zbarimg` prints `QR-Code:otpauth-migration://…`), so
/// that the transfer reader says where the link must start. `None`: not a link at all.
pub(crate) fn reader(text: &str) -> Option<Scheme> {
    scheme(text).or_else(|| {
        let transfer = format!("{}://", Scheme::Migration.name());
        contains_ci(text.as_bytes(), &transfer).then_some(Scheme::Migration)
    })
}

/// Whether the desktop app takes `text` as a deep link ([`Scheme::DEEP_LINKS`]).
pub fn is_deep_link(text: &str) -> bool {
    scheme(text).is_some_and(|s| Scheme::DEEP_LINKS.contains(&s))
}

/// The accounts in one link: an `otpauth://` or `steam://` link (format
/// [`Format::OtpauthList`], one account, the reader's warnings) or a Google
/// `otpauth-migration://` link (format [`Format::GoogleMigration`], its batch, the entries it
/// skipped, and a note when other batches of the same export are missing). Anything else is
/// refused with [`OtpError::NotOtpauth`] saying what it is.
pub fn read(link: &str) -> Result<ImportReport, OtpError> {
    let mut report = read_one(link)?;
    report.note_missing_batches();
    Ok(report)
}

/// What [`read`] finds, as the preview shows it: never the secret.
pub fn preview(link: &str) -> Result<ImportSummary, OtpError> {
    read(link).map(|report| report.summary())
}

/// [`read`] without the note about missing batches, for readers of many links that judge the
/// batches of all of them together.
pub(crate) fn read_one(link: &str) -> Result<ImportReport, OtpError> {
    let link = link.trim();
    if reader(link) == Some(Scheme::Migration) {
        let batch = google::parse_migration_uri(link)?;
        let mut report = ImportReport::new(Format::GoogleMigration);
        report.batches.push(batch.batch);
        report.accounts = batch.accounts;
        report.skipped = batch.skipped;
        return Ok(report);
    }
    // `otpauth://`, `steam://`, or not a link: the link reader says which is wrong and how.
    let parsed = uri::parse(link)?;
    let mut report = ImportReport::new(Format::OtpauthList);
    report.add(parsed.account, parsed.warnings);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn scheme_is_the_name_before_the_colon_without_case() {
        assert_eq!(scheme("otpauth://totp/x"), Some(Scheme::Otpauth));
        assert_eq!(scheme("  OTPAUTH://totp/x"), Some(Scheme::Otpauth));
        assert_eq!(
            scheme("otpauth-migration://offline"),
            Some(Scheme::Migration)
        );
        assert_eq!(scheme("Steam://ABC"), Some(Scheme::Steam));
        assert_eq!(scheme("otpauth:totp"), Some(Scheme::Otpauth));
        for other in ["otpauthx://nope", "https://example.com", "otpauth", "", "x"] {
            assert_eq!(scheme(other), None, "{other}");
        }
        for s in Scheme::ALL {
            assert_eq!(Scheme::from_name(s.name()), Some(s));
        }
    }

    #[test]
    fn deep_links_are_otpauth_and_transfer_links_only() {
        assert!(is_deep_link("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"));
        assert!(is_deep_link("OTPAUTH-MIGRATION://offline?data=abc"));
        assert!(!is_deep_link("steam://JBSWY3DPEHPK3PXP"));
        assert!(!is_deep_link("https://example.com"));
        assert!(!is_deep_link("--verbose"));
    }

    #[test]
    fn reads_each_kind_of_link() {
        let one = read(" otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP ").unwrap();
        assert_eq!(one.format, Format::OtpauthList);
        assert_eq!(one.accounts.len(), 1);
        let steam = read("steam://JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(steam.format, Format::OtpauthList);
        assert_eq!(steam.accounts[0].issuer.as_deref(), Some("Steam"));
        // One entry without a secret: read, and skipped with its reason.
        let transfer = read("otpauth-migration://offline?data=CgA%3D").unwrap();
        assert_eq!(transfer.format, Format::GoogleMigration);
        assert_eq!((transfer.accounts.len(), transfer.skipped.len()), (0, 1));
        assert_eq!(transfer.batches.len(), 1);

        for (text, code) in [
            (
                "QR-Code:otpauth-migration://offline?data=CgA%3D",
                "not_migration_link",
            ),
            ("https://example.com", "not_otpauth"),
            ("JBSWY3DPEHPK3PXP", "not_otpauth"),
            ("otpauth://totp/x", "missing_secret"),
            ("otpauth-migration://offline", "not_migration_link"),
        ] {
            assert_eq!(read(text).unwrap_err().code(), code, "{text}");
        }
    }

    #[test]
    fn preview_shows_what_read_found_without_the_secret() {
        let link = "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP";
        let summary = preview(link).unwrap();
        assert_eq!(summary, read(link).unwrap().summary());
        assert!(!format!("{summary:?}").contains("JBSWY3DP"));
    }
}
