//! Text files of links, one per line: plain `otpauth://` lists (Aegis "plain text", Ente Auth's
//! plain export, `steam://` lines) and Google Authenticator transfer links. Both take both
//! kinds of line; they differ only in how the file was recognised. Each line is read by
//! [`link::read_one`], as a link opened or pasted alone would be. Blank lines and `#` comments
//! are ignored.
//!
//! When nothing at all could be imported, the first line's error is returned (a one-link file
//! with a bad secret says "the secret is not valid", not "0 imported").

use super::{contains_ci, ImportReport, Importer};
use crate::otp::error::{malformed, OtpError};
use crate::otp::{link, uri};

use super::Format;

pub(crate) struct OtpauthList;
pub(crate) struct GoogleMigrationList;

impl Importer for OtpauthList {
    fn format(&self) -> Format {
        Format::OtpauthList
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        !looks_like_json(bytes)
            && (contains_ci(bytes, "otpauth://") || starts_with_ci(bytes, "steam://"))
    }

    fn import(&self, bytes: &[u8], _password: Option<&str>) -> Result<ImportReport, OtpError> {
        import_lines(Format::OtpauthList, bytes)
    }
}

impl Importer for GoogleMigrationList {
    fn format(&self) -> Format {
        Format::GoogleMigration
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        !looks_like_json(bytes) && contains_ci(bytes, "otpauth-migration://")
    }

    fn import(&self, bytes: &[u8], _password: Option<&str>) -> Result<ImportReport, OtpError> {
        import_lines(Format::GoogleMigration, bytes)
    }
}

/// JSON files hold links too (2FAS, Proton); an unrecognised one is not a link list.
fn looks_like_json(bytes: &[u8]) -> bool {
    let b = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .trim_ascii_start();
    b.starts_with(b"{") || b.starts_with(b"[")
}

fn starts_with_ci(bytes: &[u8], prefix: &str) -> bool {
    let trimmed = bytes.trim_ascii_start();
    trimmed
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn import_lines(format: Format, bytes: &[u8]) -> Result<ImportReport, OtpError> {
    super::check_size(bytes)?;
    let text = std::str::from_utf8(bytes)
        .map_err(|_| malformed(format.label(), crate::t!("otp-detail-not-utf8")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut report = ImportReport::new(format);
    let mut first_error: Option<OtpError> = None;
    let mut links = 0usize;
    let mut failed_lines = 0usize;

    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        links += 1;
        let line_label = || crate::t!("otp-label-line", n = i + 1);
        if link::reader(line).is_none() {
            let e = OtpError::NotOtpauth {
                found: crate::t!("otp-found-not-a-link"),
            };
            report.skip(line_label(), e.to_string());
            failed_lines += 1;
            first_error.get_or_insert(e);
            continue;
        }
        match link::read_one(line) {
            Ok(one) => {
                // A transfer link's skipped entries say which line they came from.
                for s in one.skipped {
                    report.skip(format!("{} ({})", s.label, line_label()), s.reason);
                }
                report.batches.extend(one.batches);
                report.warnings.extend(one.warnings);
                report.accounts.extend(one.accounts);
            }
            Err(e) => {
                let label = uri::label_hint(line)
                    .map(|l| format!("{l} ({})", line_label()))
                    .unwrap_or_else(line_label);
                report.skip(label, e.to_string());
                failed_lines += 1;
                first_error.get_or_insert(e);
            }
        }
    }

    // Nothing imported: if only whole lines failed, their first error says it best; if links
    // were read but every entry in them was skipped, the report's reasons do.
    if report.accounts.is_empty() && failed_lines == report.skipped.len() {
        return Err(match first_error {
            Some(e) => e,
            None if links == 0 => malformed(format.label(), crate::t!("otp-detail-no-links")),
            None => malformed(format.label(), crate::t!("otp-detail-no-accounts")),
        });
    }
    report.note_missing_batches();
    Ok(report)
}
