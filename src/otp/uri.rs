//! `otpauth://` links (Google's Key URI Format): a lenient reader for what services and apps
//! really produce, and a strict writer.
//!
//! Reader rules (each from links seen in the wild):
//! - scheme, type, parameter names and algorithm are case-insensitive; unknown parameters are
//!   ignored (`image=`, `codeDisplay=`, `icon=`…);
//! - the secret may be lowercase, padded, or grouped with spaces/dashes; 80-bit secrets are
//!   accepted (with [`Warning::WeakSecret`] on the account);
//! - the label is `Issuer:Name` (a literal colon; `%3A` when the label has no literal one);
//!   `%20` and `+` both mean a space, except inside an e-mail address (`alice+otp@example.com`),
//!   which cannot contain spaces;
//! - `issuer=` wins over the label prefix; a prefix repeating it is stripped, a different one too
//!   (with [`Warning::IssuerMismatch`]);
//! - type `steam`, or `encoder=steam` on a TOTP link (Aegis/andOTP), is a Steam account; Steam
//!   codes always have 5 characters whatever `digits=` says;
//! - missing `digits`/`period`/`algorithm` take the defaults 6/30/SHA1; an HOTP link without a
//!   counter starts at 0 with [`Warning::CounterMissing`] rather than being refused (Google
//!   Authenticator does the same, and refusing would leave the customer with nothing);
//! - `steam://SECRET` (Bitwarden's form) is read as a Steam account with no label.
//!
//! A name containing a colon with no issuer cannot survive a round trip through a link (the
//! colon reads as the issuer separator); Aegis exports keep such names intact.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use zeroize::Zeroizing;

use super::error::OtpError;
use super::link::Scheme;
use super::model::{
    Algorithm, OtpAccount, OtpKind, OtpSecret, Warning, DEFAULT_DIGITS, DEFAULT_PERIOD,
    STEAM_DIGITS,
};

/// RFC 3986 unreserved characters stay as they are; everything else is percent-encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An account read from a link, with what the reader had to assume.
#[derive(Debug, Clone)]
pub struct ParsedLink {
    pub account: OtpAccount,
    pub warnings: Vec<Warning>,
}

fn short(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    s
}

fn split_scheme(link: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = link.split_once("://")?;
    let valid = !scheme.is_empty()
        && scheme.len() <= 32
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some((scheme, rest))
}

/// Form-style decoding for parameter values: `+` is a space, `%XX` a byte. Broken escapes are
/// kept as typed; invalid UTF-8 is replaced rather than refused.
fn decode_value(raw: &str) -> String {
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

fn decode_label(raw: &str) -> String {
    // In an e-mail address a '+' is a '+' (sub-addressing); elsewhere it is a form-encoded space.
    let looks_like_email = raw.contains('@') && !raw.contains("%20") && !raw.contains(' ');
    let raw = if looks_like_email {
        std::borrow::Cow::Borrowed(raw)
    } else {
        std::borrow::Cow::Owned(raw.replace('+', " "))
    };
    percent_decode_str(&raw).decode_utf8_lossy().into_owned()
}

struct Query<'a>(Vec<(String, &'a str)>);

impl<'a> Query<'a> {
    fn parse(query: &'a str) -> Self {
        let mut pairs = Vec::new();
        for part in query.split('&') {
            if part.is_empty() {
                continue;
            }
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            pairs.push((decode_value(k).trim().to_ascii_lowercase(), v));
        }
        Query(pairs)
    }

    /// The first value of `key`, decoded. Empty values count as absent.
    fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| decode_value(v).trim().to_string())
            .filter(|v| !v.is_empty())
    }

    /// The secret, decoded into zeroizing memory.
    fn secret(&self) -> Option<Zeroizing<String>> {
        self.0
            .iter()
            .find(|(k, _)| k == "secret")
            .map(|(_, v)| {
                let spaced = Zeroizing::new(v.replace('+', " "));
                Zeroizing::new(percent_decode_str(&spaced).decode_utf8_lossy().into_owned())
            })
            .filter(|v| !v.trim().is_empty())
    }
}

/// Reads one `otpauth://` (or `steam://`) link.
pub fn parse(link: &str) -> Result<ParsedLink, OtpError> {
    let link = link.trim();
    let Some((scheme, rest)) = split_scheme(link) else {
        return Err(OtpError::NotOtpauth {
            found: crate::t!("otp-found-no-scheme"),
        });
    };
    match Scheme::from_name(scheme) {
        Some(Scheme::Otpauth) => {}
        Some(Scheme::Migration) => return Err(OtpError::IsMigrationLink),
        Some(Scheme::Steam) => return parse_steam(rest),
        None => {
            return Err(OtpError::NotOtpauth {
                found: crate::t!(
                    "otp-found-scheme",
                    scheme = short(&scheme.to_ascii_lowercase())
                ),
            })
        }
    }

    let rest = rest.split('#').next().unwrap_or("");
    let (type_and_label, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (raw_type, raw_label) = type_and_label
        .split_once('/')
        .unwrap_or((type_and_label, ""));
    let query = Query::parse(query);
    let mut warnings = Vec::new();

    let otp_type = raw_type.trim().to_ascii_lowercase();
    if !matches!(otp_type.as_str(), "totp" | "hotp" | "steam") {
        return Err(OtpError::UnknownType(short(&otp_type)));
    }
    let steam_encoder = query
        .get("encoder")
        .is_some_and(|e| e.eq_ignore_ascii_case("steam"));

    // Label: "Issuer:Name" or "Name". A literal colon is the separator (so an issuer or name
    // holding an encoded %3A survives); without one, an encoded colon separates.
    let raw_label = raw_label.trim_start_matches('/');
    let (label_issuer, name) = match raw_label.split_once(':') {
        Some((prefix, name)) => (Some(decode_label(prefix)), decode_label(name)),
        None => {
            let label = decode_label(raw_label);
            match label.split_once(':') {
                Some((prefix, name)) => (Some(prefix.to_string()), name.to_string()),
                None => (None, label),
            }
        }
    };
    let name = name.trim().to_string();
    let label_issuer = label_issuer
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty());
    let issuer = match (query.get("issuer"), label_issuer) {
        (Some(param), Some(prefix)) => {
            if !prefix.eq_ignore_ascii_case(&param) {
                warnings.push(Warning::IssuerMismatch {
                    label_issuer: prefix,
                    issuer: param.clone(),
                });
            }
            Some(param)
        }
        (Some(param), None) => Some(param),
        (None, prefix) => prefix,
    };

    let secret = match query.secret() {
        Some(s) => OtpSecret::from_base32(&s)?,
        None => return Err(OtpError::MissingSecret),
    };

    let algorithm = match query.get("algorithm") {
        Some(a) => Algorithm::parse(&a).ok_or_else(|| OtpError::UnknownAlgorithm(short(&a)))?,
        None => Algorithm::Sha1,
    };

    let digits = match query.get("digits") {
        Some(d) => d
            .parse::<u8>()
            .map_err(|_| OtpError::InvalidDigits { digits: short(&d) })?,
        None => DEFAULT_DIGITS,
    };

    let period = match query.get("period") {
        Some(p) => match p.parse::<u32>() {
            Ok(p) if p > 0 => p,
            _ => {
                return Err(OtpError::InvalidParameter {
                    name: "period",
                    reason: "otp-reason-period",
                })
            }
        },
        None => DEFAULT_PERIOD,
    };

    let (kind, digits) = match otp_type.as_str() {
        "totp" if steam_encoder => (OtpKind::Steam { period }, STEAM_DIGITS),
        "totp" => (OtpKind::Totp { period }, digits),
        "steam" => (OtpKind::Steam { period }, STEAM_DIGITS),
        "hotp" => {
            let counter = match query.get("counter") {
                Some(c) => c.parse::<u64>().map_err(|_| OtpError::InvalidParameter {
                    name: "counter",
                    reason: "otp-reason-counter",
                })?,
                None => {
                    warnings.push(Warning::CounterMissing);
                    0
                }
            };
            (OtpKind::Hotp { counter }, digits)
        }
        other => return Err(OtpError::UnknownType(short(other))),
    };

    let account = OtpAccount::new(issuer, name, kind, algorithm, digits, secret)?;
    Ok(ParsedLink { account, warnings })
}

fn parse_steam(rest: &str) -> Result<ParsedLink, OtpError> {
    let raw = rest.split(['?', '#']).next().unwrap_or("");
    let raw = Zeroizing::new(decode_value(raw.trim_end_matches('/')));
    let secret = OtpSecret::from_base32(&raw)?;
    let account = OtpAccount::new(
        Some("Steam".into()),
        String::new(),
        OtpKind::Steam {
            period: DEFAULT_PERIOD,
        },
        Algorithm::Sha1,
        STEAM_DIGITS,
        secret,
    )?;
    Ok(ParsedLink {
        account,
        warnings: vec![],
    })
}

/// A label for reports about a link that could not be read, without its secret: the decoded
/// label part ("Deno:Mason"), or `None` when there is none.
pub fn label_hint(link: &str) -> Option<String> {
    let (scheme, rest) = split_scheme(link.trim())?;
    if Scheme::from_name(scheme) != Some(Scheme::Otpauth) {
        return None;
    }
    let before_query = rest.split(['?', '#']).next().unwrap_or("");
    let (_, raw_label) = before_query.split_once('/')?;
    let label = decode_label(raw_label.trim_start_matches('/'));
    let label = label.trim();
    (!label.is_empty()).then(|| label.chars().take(80).collect())
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// The canonical link for an account:
/// `otpauth://totp/Issuer:Name?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`
/// (`counter=` instead of `period=` for HOTP; type `steam` for Steam, as Aegis writes it).
/// It holds the secret, hence the zeroizing string.
pub fn to_uri(account: &OtpAccount) -> Zeroizing<String> {
    // Sized up front so the buffer holding the secret is never reallocated (and copied).
    let issuer_len = account.issuer.as_ref().map_or(0, |i| i.len());
    let capacity =
        120 + 6 * issuer_len + 3 * account.name.len() + 2 * account.secret.as_bytes().len();
    let mut out = Zeroizing::new(String::with_capacity(capacity));
    out.push_str("otpauth://");
    out.push_str(account.kind.type_str());
    out.push('/');
    if let Some(issuer) = &account.issuer {
        out.push_str(&enc(issuer));
        out.push(':');
    }
    out.push_str(&enc(&account.name));
    out.push_str("?secret=");
    out.push_str(&account.secret.to_base32());
    if let Some(issuer) = &account.issuer {
        out.push_str("&issuer=");
        out.push_str(&enc(issuer));
    }
    out.push_str("&algorithm=");
    out.push_str(account.algorithm.as_str());
    out.push_str("&digits=");
    out.push_str(&account.digits.to_string());
    match account.kind {
        OtpKind::Totp { period } | OtpKind::Steam { period } => {
            out.push_str("&period=");
            out.push_str(&period.to_string());
        }
        OtpKind::Hotp { counter } => {
            out.push_str("&counter=");
            out.push_str(&counter.to_string());
        }
    }
    out
}
