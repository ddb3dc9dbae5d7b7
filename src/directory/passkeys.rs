//! The Passkeys Directory (passkeys.2fa.directory, CC BY 4.0): its API v1 `all.json`, an object
//! keyed by domain (`{"amazon.com": {"passwordless": "allowed", "notes": …}, …}`), read into
//! [`PasskeySupport`] by domain. [`Directory::with_passkeys`](super::Directory::with_passkeys)
//! merges it into the 2fa.directory services.
//!
//! How it is read, defensively (the file comes from the network):
//! - The whole file: at most [`MAX_JSON_BYTES`](super::model::MAX_JSON_BYTES) and JSON nested
//!   at most 128 deep, the 2fa.directory parser's limits; anything that is not a JSON object is
//!   [`DirectoryError::Malformed`].
//! - An entry whose key is not a host name (`amazon.com`) or whose value is not an object is
//!   skipped and counted ([`PasskeysDirectory::skipped`]), like 2fa.directory's bad entries;
//!   so is a second key for the same domain (`Amazon.com` after `amazon.com`). If every entry
//!   is bad, the file is malformed.
//! - `passwordless` and `mfa` keep only the two values the API schema allows, `"allowed"` and
//!   `"required"` (trimmed, lower case); any other value is dropped as if absent, the way an
//!   unknown 2fa.directory method is. So `Some(_)` is always one of those two words.
//! - An entry with neither (the API lists services "without passkey support" with only a
//!   `contact`) says the service has no passkeys: it is counted
//!   ([`PasskeysDirectory::without_passkeys`]) but gives no [`PasskeySupport`], so a
//!   `Some` passkey always means passkeys can be used there.
//! - `documentation` and `recovery` are kept only as http(s) addresses (they become links);
//!   `notes` is any non-empty text. Other fields (`url`, `regions`, `contact`, …) are ignored.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use serde_json::{Map, Value};

use super::model::{kind_of, normalise_host, parse_json, text};
use super::{DataSet, DirectoryError, PasskeySupport};

/// Passkey support by domain, from the Passkeys Directory's v1 `all.json`.
#[derive(Debug, Clone, Default)]
pub struct PasskeysDirectory {
    /// Normalised domain (lower case, no `www.`) → what the directory says.
    by_domain: HashMap<String, PasskeySupport>,
    skipped: usize,
    without_passkeys: usize,
}

impl PasskeysDirectory {
    /// Reads the v1 `all.json` (see the module documentation for what is kept and skipped).
    pub fn parse(json: &[u8]) -> Result<PasskeysDirectory, DirectoryError> {
        let malformed = |detail: String| DirectoryError::Malformed {
            data: DataSet::Passkeys,
            detail,
        };
        let entries = match parse_json(json, DataSet::Passkeys)? {
            Value::Object(entries) => entries,
            other => {
                return Err(malformed(crate::t!(
                    "directory-expected-object",
                    found = kind_of(&other)
                )))
            }
        };
        // Domain → its support (`None`: listed without), so a second key for it is seen.
        let mut seen: HashMap<String, Option<PasskeySupport>> = HashMap::new();
        let (mut skipped, mut without_passkeys) = (0, 0);
        let mut first_problem = None;
        for (key, details) in &entries {
            match read_entry(key, details) {
                Ok((domain, support)) => match seen.entry(domain) {
                    Entry::Occupied(e) => {
                        first_problem
                            .get_or_insert(crate::t!("directory-listed-twice", domain = e.key()));
                        skipped += 1;
                    }
                    Entry::Vacant(e) => {
                        without_passkeys += usize::from(support.is_none());
                        e.insert(support);
                    }
                },
                Err(why) => {
                    first_problem.get_or_insert(why);
                    skipped += 1;
                }
            }
        }
        if skipped == entries.len() && !entries.is_empty() {
            return Err(malformed(crate::t!(
                "directory-no-usable-domain",
                n = entries.len(),
                why = first_problem.unwrap_or_default()
            )));
        }
        Ok(PasskeysDirectory {
            by_domain: seen
                .into_iter()
                .filter_map(|(d, s)| s.map(|s| (d, s)))
                .collect(),
            skipped,
            without_passkeys,
        })
    }

    /// What the directory says about `domain` (any case, `www.` or not); `None` when it is not
    /// listed or listed without passkey support.
    pub fn get(&self, domain: &str) -> Option<&PasskeySupport> {
        self.by_domain.get(&normalise_host(domain))
    }

    /// How many domains support passkeys.
    pub fn len(&self) -> usize {
        self.by_domain.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_domain.is_empty()
    }

    /// The domains that support passkeys, normalised, in no particular order.
    pub fn domains(&self) -> impl Iterator<Item = (&str, &PasskeySupport)> {
        self.by_domain.iter().map(|(d, s)| (d.as_str(), s))
    }

    /// How many entries were skipped as unreadable (a bad key or value, a duplicate).
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    /// How many domains are listed without passkey support.
    pub fn without_passkeys(&self) -> usize {
        self.without_passkeys
    }
}

/// One `"domain": {…}` entry: the normalised domain and its support (`None`: listed without).
fn read_entry(key: &str, details: &Value) -> Result<(String, Option<PasskeySupport>), String> {
    let domain = normalise_host(key);
    if !is_host_name(&domain) {
        let shown: String = key.chars().take(40).collect();
        return Err(crate::t!(
            "directory-not-a-domain",
            key = format!("{shown:?}")
        ));
    }
    let obj = details
        .as_object()
        .ok_or_else(|| crate::t!("directory-details-not-object", domain = &domain))?;
    let support = PasskeySupport {
        passwordless: level(obj, "passwordless"),
        mfa: level(obj, "mfa"),
        documentation: link(obj, "documentation"),
        recovery: link(obj, "recovery"),
        notes: text(obj, "notes"),
    };
    let supported = support.passwordless.is_some() || support.mfa.is_some();
    Ok((domain, supported.then_some(support)))
}

/// `"allowed"` or `"required"`; any other value is dropped.
fn level(obj: &Map<String, Value>, key: &str) -> Option<String> {
    let value = text(obj, key)?.to_ascii_lowercase();
    matches!(value.as_str(), "allowed" | "required").then_some(value)
}

/// An http(s) address; anything else (`javascript:`, a relative path) is dropped.
fn link(obj: &Map<String, Value>, key: &str) -> Option<String> {
    let value = text(obj, key)?;
    let url = reqwest::Url::parse(&value).ok()?;
    (matches!(url.scheme(), "https" | "http") && url.host_str().is_some()).then_some(value)
}

/// A DNS host name with at least two labels: letters, digits and hyphens (IDNs in their
/// `xn--` form), labels of 1–63 characters not starting or ending with a hyphen, 253 at most.
fn is_host_name(d: &str) -> bool {
    d.len() <= 253
        && d.contains('.')
        && d.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

impl PasskeySupport {
    /// Whether a passkey can replace the password (`passwordless` is set).
    pub fn passwordless(&self) -> bool {
        self.passwordless.is_some()
    }

    /// Whether a passkey can be the second step (`mfa` is set).
    pub fn as_second_step(&self) -> bool {
        self.mfa.is_some()
    }

    /// One line per way passkeys can be used there, for people: "Sign in with a passkey
    /// instead of a password (optional)", "A passkey as the second step (required)".
    pub fn describe(&self) -> Vec<String> {
        let how = |level: &str| match level {
            "required" => "required",
            _ => "optional",
        };
        let mut lines = Vec::new();
        if let Some(l) = &self.passwordless {
            lines.push(crate::t!("enrol-passkey-passwordless", level = how(l)));
        }
        if let Some(l) = &self.mfa {
            lines.push(crate::t!("enrol-passkey-mfa", level = how(l)));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_known_levels_and_counts_the_rest() {
        let json = br#"{
            "amazon.com": {"passwordless": "allowed", "notes": "Regional sites need their own passkey."},
            "WWW.Example.org.": {"mfa": " Required ", "passwordless": "sometimes",
                                 "documentation": "javascript:alert(1)", "recovery": "https://example.org/r"},
            "odd.example": {"passwordless": 7, "mfa": "maybe"},
            "bank.example": {"contact": {"twitter": "bank"}},
            "not a domain": {"passwordless": "allowed"},
            "list.example": ["passwordless"],
            "example.org": {"passwordless": "allowed"}
        }"#;
        let p = PasskeysDirectory::parse(json).unwrap();
        assert_eq!(p.len(), 2);
        // The bad key, the list, and example.org a second time (after WWW.Example.org.).
        assert_eq!(p.skipped(), 3);
        assert_eq!(p.without_passkeys(), 2);
        let a = p.get("Amazon.com").unwrap();
        assert_eq!(a.passwordless.as_deref(), Some("allowed"));
        assert!(a.passwordless() && !a.as_second_step());
        let e = p.get("www.example.org").unwrap();
        assert_eq!(e.mfa.as_deref(), Some("required"));
        assert_eq!(e.passwordless, None);
        assert_eq!(e.documentation, None);
        assert_eq!(e.recovery.as_deref(), Some("https://example.org/r"));
        assert_eq!(e.describe(), ["A passkey as the second step (required)"]);
        assert!(p.get("odd.example").is_none() && p.get("bank.example").is_none());
    }

    #[test]
    fn host_names() {
        for ok in ["amazon.com", "xn--bcher-kva.example", "a-b.c0.de"] {
            assert!(is_host_name(ok), "{ok}");
        }
        for bad in [
            "",
            "localhost",
            "a..b",
            "-a.com",
            "a-.com",
            "a b.com",
            "a_b.com",
            "é.com",
        ] {
            assert!(!is_host_name(bad), "{bad}");
        }
        assert!(!is_host_name(&format!("{}.com", "a".repeat(64))));
    }
}
