//! Shared reading helpers: JSON without serde's value echo, tolerant field access (apps write
//! numbers as strings and vice versa), and one place that turns loose fields into an account.

use serde_json::Value;

use crate::otp::error::{json_detail, malformed, OtpError};
use crate::otp::model::{
    Algorithm, OtpAccount, OtpKind, OtpSecret, DEFAULT_DIGITS, DEFAULT_PERIOD, STEAM_DIGITS,
};

/// Parses JSON, skipping a UTF-8 byte-order mark. Errors name the format and the position only.
pub(crate) fn parse_json(format: &'static str, bytes: &[u8]) -> Result<Value, OtpError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|e| malformed(format, json_detail(&e)))
}

pub(crate) fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// A trimmed, non-empty string field.
pub(crate) fn text(v: &Value, key: &str) -> Option<String> {
    str_field(v, key)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A whole number given as a JSON number or a numeric string. `Some(Err)` when present but
/// not a non-negative whole number.
pub(crate) fn uint(v: &Value, key: &str) -> Option<Result<u64, ()>> {
    match v.get(key)? {
        Value::Null => None,
        Value::Number(n) => Some(n.as_u64().ok_or(())),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.trim().parse::<u64>().map_err(|_| ())),
        _ => Some(Err(())),
    }
}

/// Loose account fields as an app stores them, before checking.
#[derive(Default)]
pub(crate) struct Entry {
    pub issuer: Option<String>,
    pub name: String,
    /// "totp", "hotp", "steam" in any case; `None` means TOTP.
    pub otp_type: Option<String>,
    pub algorithm: Option<String>,
    pub digits: Option<Result<u64, ()>>,
    pub period: Option<Result<u64, ()>>,
    pub counter: Option<Result<u64, ()>>,
}

impl Entry {
    /// "Issuer (name)", or `fallback` ("entry 3") when the entry has no label.
    pub fn label(&self, fallback: impl FnOnce() -> String) -> String {
        match (&self.issuer, self.name.is_empty()) {
            (Some(i), false) => format!("{i} ({})", self.name),
            (Some(i), true) => i.clone(),
            (None, false) => self.name.clone(),
            (None, true) => fallback(),
        }
    }

    /// Checks the fields and builds the account. The error is a reason for a skip report.
    pub fn into_account(self, secret: Result<OtpSecret, OtpError>) -> Result<OtpAccount, String> {
        let secret = secret.map_err(|e| e.to_string())?;
        let algorithm = match self.algorithm.as_deref().map(str::trim) {
            None | Some("") => Algorithm::Sha1,
            Some(a) => Algorithm::parse(a)
                .ok_or_else(|| crate::t!("otp-skip-algorithm", algorithm = short(a)))?,
        };
        let digits = match self.digits {
            None => None,
            Some(Ok(d)) => {
                Some(u8::try_from(d).map_err(|_| crate::t!("otp-skip-digits", digits = d))?)
            }
            Some(Err(())) => return Err(crate::t!("otp-skip-digits-not-number")),
        };
        let period = match self.period {
            None => DEFAULT_PERIOD,
            Some(Ok(p)) if p > 0 && p <= u64::from(u32::MAX) => p as u32,
            Some(_) => return Err(crate::t!("otp-skip-period")),
        };
        let otp_type = self
            .otp_type
            .as_deref()
            .map(|t| t.trim().to_ascii_lowercase())
            .unwrap_or_else(|| "totp".into());
        let (kind, digits) = match otp_type.as_str() {
            "totp" | "" => (OtpKind::Totp { period }, digits.unwrap_or(DEFAULT_DIGITS)),
            "steam" => (OtpKind::Steam { period }, STEAM_DIGITS),
            "hotp" => {
                let counter = match self.counter {
                    None => 0,
                    Some(Ok(c)) => c,
                    Some(Err(())) => return Err(crate::t!("otp-skip-counter")),
                };
                (OtpKind::Hotp { counter }, digits.unwrap_or(DEFAULT_DIGITS))
            }
            "yandex" => return Err(crate::t!("otp-skip-yandex")),
            "motp" => return Err(crate::t!("otp-skip-motp")),
            other => return Err(crate::t!("otp-skip-type", kind = short(other))),
        };
        OtpAccount::new(self.issuer, self.name, kind, algorithm, digits, secret)
            .map_err(|e| e.to_string())
    }
}

pub(crate) fn short(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(24).collect()
}
