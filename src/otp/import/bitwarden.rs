//! Bitwarden exports, JSON or CSV. The authenticator key is in `login.totp` (CSV: `login_totp`):
//! an `otpauth://` link, a `steam://SECRET`, or a bare Base32 secret (TOTP, SHA1, 6 digits,
//! 30 s, named after the item).
//!
//! Bitwarden only generates time-based codes, so its exports never hold HOTP accounts; the
//! report says so. An HOTP link found in the field anyway is imported with
//! [`Warning::StaleCounter`]. Password-protected ("encrypted") JSON exports are not readable
//! without Bitwarden's key derivation and are refused with a way forward.

use serde_json::Value;

use super::fields::{parse_json, short, text};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::error::{malformed, OtpError};
use crate::otp::link::{self, Scheme};
use crate::otp::model::{
    Algorithm, OtpAccount, OtpKind, OtpSecret, Warning, DEFAULT_DIGITS, DEFAULT_PERIOD,
};
use crate::otp::uri;

const FORMAT: &str = "Bitwarden";

pub(crate) struct Bitwarden;

fn is_json(bytes: &[u8]) -> bool {
    let b = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .trim_ascii_start();
    b.starts_with(b"{")
}

impl Importer for Bitwarden {
    fn format(&self) -> Format {
        Format::Bitwarden
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        if is_json(bytes) {
            contains_all(bytes, &["\"encrypted\""])
                && (contains_all(bytes, &["\"items\""])
                    || contains_all(bytes, &["\"passwordProtected\""]))
        } else {
            let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
            contains_all(first_line, &["login_totp"])
        }
    }

    fn import(&self, bytes: &[u8], _password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        if is_json(bytes) {
            import_json(bytes)
        } else {
            import_csv(bytes)
        }
    }
}

fn import_json(bytes: &[u8]) -> Result<ImportReport, OtpError> {
    let export = parse_json(FORMAT, bytes)?;
    if export.get("encrypted").and_then(Value::as_bool) == Some(true) {
        return Err(OtpError::Unsupported {
            format: FORMAT,
            detail: crate::t!("otp-detail-password-protected"),
        });
    }
    let items = export
        .get("items")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-no-item-list")))?;
    let mut report = ImportReport::new(Format::Bitwarden);
    let mut without_key = 0usize;
    for (i, item) in items.iter().enumerate() {
        let login = item.get("login").unwrap_or(&Value::Null);
        let item_name =
            text(item, "name").unwrap_or_else(|| crate::t!("otp-label-item", n = i + 1));
        match text(login, "totp") {
            Some(totp) => add_totp(&mut report, &totp, &item_name, text(login, "username")),
            None => without_key += 1,
        }
    }
    finish(report, without_key)
}

fn import_csv(bytes: &[u8]) -> Result<ImportReport, OtpError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let headers = reader
        .byte_headers()
        .map_err(|_| malformed(FORMAT, crate::t!("otp-detail-csv-header")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_ascii() == name.as_bytes())
    };
    let totp_col = column("login_totp")
        .ok_or_else(|| malformed(FORMAT, crate::t!("otp-detail-csv-column")))?;
    let name_col = column("name");
    let user_col = column("login_username");

    let mut report = ImportReport::new(Format::Bitwarden);
    let mut without_key = 0usize;
    let mut record = csv::ByteRecord::new();
    let mut row = 1usize;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(row + 1, |p| p.line() as usize);
                return Err(malformed(
                    FORMAT,
                    crate::t!("otp-detail-csv-line", line = line),
                ));
            }
        }
        row += 1;
        let field = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .map(|b| String::from_utf8_lossy(b).trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let item_name = field(name_col).unwrap_or_else(|| crate::t!("otp-label-row", n = row));
        match field(Some(totp_col)) {
            Some(totp) => {
                let totp = zeroize::Zeroizing::new(totp);
                add_totp(&mut report, &totp, &item_name, field(user_col));
            }
            None => without_key += 1,
        }
    }
    finish(report, without_key)
}

fn finish(mut report: ImportReport, without_key: usize) -> Result<ImportReport, OtpError> {
    if without_key > 0 {
        report.note(crate::t!("otp-note-bitwarden-without-key", n = without_key));
    }
    report.note(crate::t!("otp-note-bitwarden-hotp"));
    Ok(report)
}

fn add_totp(report: &mut ImportReport, value: &str, item_name: &str, username: Option<String>) {
    let result = if matches!(link::scheme(value), Some(Scheme::Otpauth | Scheme::Steam)) {
        uri::parse(value).map(|parsed| {
            let mut account = parsed.account;
            let mut warnings = parsed.warnings;
            if matches!(account.kind, OtpKind::Hotp { .. }) {
                warnings.push(Warning::StaleCounter);
            }
            if matches!(account.kind, OtpKind::Steam { .. }) && account.name.is_empty() {
                // steam:// carries no label; the item's name is the customer's own.
                account.name = username.clone().unwrap_or_else(|| item_name.to_string());
            }
            if account.issuer.is_none() {
                account.issuer = Some(item_name.to_string());
            }
            if account.name.is_empty() {
                account.name = username.clone().unwrap_or_default();
            }
            (account, warnings)
        })
    } else {
        OtpSecret::from_base32(value).and_then(|secret| {
            OtpAccount::new(
                Some(item_name.to_string()),
                username.clone().unwrap_or_default(),
                OtpKind::Totp {
                    period: DEFAULT_PERIOD,
                },
                Algorithm::Sha1,
                DEFAULT_DIGITS,
                secret,
            )
            .map(|a| (a, vec![]))
        })
    };
    match result {
        Ok((account, warnings)) => report.add(account, warnings),
        Err(e) => report.skip(short(item_name), e.to_string()),
    }
}
