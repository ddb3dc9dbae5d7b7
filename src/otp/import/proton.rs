//! Proton Authenticator exports: `{"version": 1, "entries": [{"content": {"uri": "otpauth://…",
//! "entry_type": "Totp", "name": "…"}, …}]}`. Each entry is an otpauth (or steam://) link; the
//! entry's `name` stands in when the link has no label.

use serde_json::Value;

use super::fields::{parse_json, short, text};
use super::{contains_all, Format, ImportReport, Importer};
use crate::otp::error::{malformed, OtpError};
use crate::otp::uri;

const FORMAT: &str = "Proton Authenticator";

pub(crate) struct Proton;

impl Importer for Proton {
    fn format(&self) -> Format {
        Format::ProtonAuthenticator
    }

    fn detect(&self, bytes: &[u8]) -> bool {
        contains_all(bytes, &["\"entries\"", "\"entry_type\""])
            || contains_all(bytes, &["\"entries\"", "\"content\"", "\"uri\""])
    }

    fn import(&self, bytes: &[u8], _password: Option<&str>) -> Result<ImportReport, OtpError> {
        super::check_size(bytes)?;
        let export = parse_json(FORMAT, bytes)?;
        let entries = export
            .get("entries")
            .and_then(Value::as_array)
            .ok_or_else(|| {
                if export.get("salt").is_some() || export.get("encrypted").is_some() {
                    OtpError::Unsupported {
                        format: FORMAT,
                        detail: crate::t!("otp-detail-password-protected-again"),
                    }
                } else {
                    malformed(FORMAT, crate::t!("otp-detail-no-entry-list"))
                }
            })?;
        let mut report = ImportReport::new(Format::ProtonAuthenticator);
        for (i, e) in entries.iter().enumerate() {
            let content = e.get("content").unwrap_or(&Value::Null);
            let entry_name = text(content, "name");
            let label = entry_name
                .clone()
                .unwrap_or_else(|| crate::t!("otp-label-entry", n = i + 1));
            let Some(link) = text(content, "uri") else {
                report.skip(short(&label), crate::t!("otp-skip-no-link"));
                continue;
            };
            let link = zeroize::Zeroizing::new(link);
            match uri::parse(&link) {
                Ok(parsed) => {
                    let mut account = parsed.account;
                    if account.name.is_empty() {
                        account.name = entry_name.unwrap_or_default();
                    }
                    report.add(account, parsed.warnings);
                }
                Err(e) => report.skip(short(&label), e.to_string()),
            }
        }
        Ok(report)
    }
}
