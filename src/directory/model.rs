//! The directory itself: 2fa.directory's v3 `all.json` (`[[name, {domain, tfa, …}], …]`) read
//! into [`Service`]s, passkey support merged in from the Passkeys Directory
//! ([`Directory::with_passkeys`]), and the search over them by name or web address.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use super::{DataSet, DirectoryError, PasskeysDirectory};

/// The largest `all.json` either parser reads (and the largest download or saved copy): the
/// real 2fa.directory file is about 1 MB, the Passkeys Directory's under 100 KB. JSON nested
/// deeper than 128 levels is refused by serde_json itself.
pub(super) const MAX_JSON_BYTES: usize = 64 * 1024 * 1024;

/// 2FA methods, declared strongest first (the derive(Ord) order is the strength order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Method {
    /// A passkey made by the customer's phone, computer or password manager (from the Passkeys
    /// Directory, not 2fa.directory). Steward doesn't hold passkeys; it guides and records.
    Passkey,
    /// A FIDO U2F / WebAuthn key (2fa.directory: `u2f`).
    SecurityKey,
    /// Codes from an authenticator app (`totp`).
    Totp,
    /// A code-generating token of the service's choice (`custom-hardware`).
    CustomHardware,
    /// The service's own app (`custom-software`).
    CustomSoftware,
    /// Codes read out in a phone call (`call`).
    Call,
    /// Codes by text message (`sms`).
    Sms,
    /// Codes or links by e-mail (`email`).
    Email,
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::Passkey,
        Method::SecurityKey,
        Method::Totp,
        Method::CustomHardware,
        Method::CustomSoftware,
        Method::Call,
        Method::Sms,
        Method::Email,
    ];

    /// The method for a 2fa.directory `tfa` value; an unknown value is `None` (ignored).
    pub fn from_tfa(s: &str) -> Option<Method> {
        match s.trim().to_ascii_lowercase().as_str() {
            "u2f" => Some(Method::SecurityKey),
            "totp" => Some(Method::Totp),
            "custom-hardware" => Some(Method::CustomHardware),
            "custom-software" => Some(Method::CustomSoftware),
            "call" => Some(Method::Call),
            "sms" => Some(Method::Sms),
            "email" => Some(Method::Email),
            _ => None,
        }
    }

    /// 2fa.directory's name for it.
    pub fn tfa(self) -> &'static str {
        match self {
            Method::Passkey => "passkey",
            Method::SecurityKey => "u2f",
            Method::Totp => "totp",
            Method::CustomHardware => "custom-hardware",
            Method::CustomSoftware => "custom-software",
            Method::Call => "call",
            Method::Sms => "sms",
            Method::Email => "email",
        }
    }

    /// The method's name in the current language.
    pub fn label(self) -> String {
        self.label_message().render()
    }

    /// The method's name as a catalogue message (for notes kept in a case).
    pub fn label_message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            Method::Passkey => "enrol-method-passkey",
            Method::SecurityKey => "enrol-method-security-key",
            Method::Totp => "enrol-method-totp",
            Method::CustomHardware => "enrol-method-custom-hardware",
            Method::CustomSoftware => "enrol-method-custom-software",
            Method::Call => "enrol-method-call",
            Method::Sms => "enrol-method-sms",
            Method::Email => "enrol-method-email",
        })
    }

    /// One plain sentence on its strength, in the current language (SMS and calls: the weakest,
    /// per NIST SP 800-63B).
    pub fn advice(self) -> String {
        match self {
            Method::Passkey => crate::t!("enrol-method-passkey-advice"),
            Method::SecurityKey => crate::t!("enrol-method-security-key-advice"),
            Method::Totp => crate::t!("enrol-method-totp-advice"),
            Method::CustomHardware => crate::t!("enrol-method-custom-hardware-advice"),
            Method::CustomSoftware => crate::t!("enrol-method-custom-software-advice"),
            Method::Call => crate::t!("enrol-method-call-advice"),
            Method::Sms => crate::t!("enrol-method-sms-advice"),
            Method::Email => crate::t!("enrol-method-email-advice"),
        }
    }
}

/// How to reach a service (from 2fa.directory's `contact`), e.g. to ask it to add 2FA.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "DirectoryServiceContact")]
pub struct ServiceContact {
    pub email: Option<String>,
    /// A Twitter/X handle, without the @.
    pub twitter: Option<String>,
    /// A Facebook page name.
    pub facebook: Option<String>,
    /// A contact form's address.
    pub form: Option<String>,
    /// The language to write in (ISO 639-1), when not English.
    pub language: Option<String>,
}

/// What the Passkeys Directory (passkeys.2fa.directory, CC BY 4.0) says about a service.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PasskeySupport {
    /// Signing in with a passkey instead of a password: "allowed" or "required".
    pub passwordless: Option<String>,
    /// A passkey as the second step: "allowed" or "required".
    pub mfa: Option<String>,
    pub documentation: Option<String>,
    pub recovery: Option<String>,
    /// "Passkeys must be activated individually on different regional Amazon sites".
    pub notes: Option<String>,
}

/// One service and the 2FA methods it offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "DirectoryService")]
pub struct Service {
    pub name: String,
    pub domain: String,
    pub additional_domains: Vec<String>,
    /// Deduplicated, strongest first.
    pub methods: Vec<Method>,
    /// Names of the service's own apps (for [`Method::CustomSoftware`]).
    pub custom_software: Vec<String>,
    /// Names of the service's own tokens (for [`Method::CustomHardware`]).
    pub custom_hardware: Vec<String>,
    /// How to set up 2FA there.
    pub documentation: Option<String>,
    /// How to recover the account when the second factor is lost.
    pub recovery: Option<String>,
    pub notes: Option<String>,
    /// Countries (ISO 3166-1 alpha-2, lower case; "-xx" means "not in xx"). Empty: everywhere.
    pub regions: Vec<String>,
    pub categories: Vec<String>,
    pub contact: Option<ServiceContact>,
    /// Passkey support, when the Passkeys Directory lists the service.
    #[serde(default)]
    pub passkey: Option<PasskeySupport>,
    /// The service's icon and monogram, filled in by [`Service::with_badge`] for what is shown
    /// (search results), not kept for every service in memory.
    #[serde(default)]
    pub badge: Option<crate::otp::icons::ServiceBadge>,
}

impl Service {
    /// A copy with its icon and monogram ([`crate::otp::icons::badge`] by name and domain).
    pub fn with_badge(&self) -> Service {
        Service {
            badge: Some(crate::otp::icons::badge(
                Some(&self.name),
                "",
                Some(&self.domain),
            )),
            ..self.clone()
        }
    }

    pub fn supports(&self, m: Method) -> bool {
        self.methods.contains(&m)
    }

    pub fn has_2fa(&self) -> bool {
        !self.methods.is_empty()
    }

    /// The strongest method offered.
    pub fn strongest(&self) -> Option<Method> {
        self.methods.first().copied()
    }

    /// Reads one `[name, {…}]` entry. Only the name and the domain are required; a field of the
    /// wrong type is left out rather than losing the whole service.
    fn from_entry(entry: &Value) -> Result<Service, String> {
        let pair = entry
            .as_array()
            .filter(|a| a.len() >= 2)
            .ok_or_else(|| crate::t!("directory-entry-not-pair"))?;
        let name = pair[0]
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| crate::t!("directory-entry-no-name"))?;
        let obj = pair[1]
            .as_object()
            .ok_or_else(|| crate::t!("directory-entry-details"))?;
        let domain = obj
            .get("domain")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| crate::t!("directory-entry-no-domain"))?;
        let mut methods: Vec<Method> = strings(obj, "tfa")
            .iter()
            .filter_map(|s| Method::from_tfa(s))
            .collect();
        methods.sort();
        methods.dedup();
        let contact = obj.get("contact").and_then(Value::as_object).map(|c| {
            let field = |k: &str| text(c, k);
            ServiceContact {
                email: field("email"),
                twitter: field("twitter"),
                facebook: field("facebook"),
                form: field("form"),
                language: field("language"),
            }
        });
        Ok(Service {
            name: name.to_string(),
            domain: domain.to_string(),
            additional_domains: strings(obj, "additional-domains"),
            methods,
            custom_software: strings(obj, "custom-software"),
            custom_hardware: strings(obj, "custom-hardware"),
            documentation: text(obj, "documentation"),
            recovery: text(obj, "recovery"),
            notes: text(obj, "notes"),
            regions: strings(obj, "regions"),
            categories: strings(obj, "categories"),
            contact: contact.filter(|c| c != &ServiceContact::default()),
            passkey: None,
            badge: None,
        })
    }
}

/// A string field, trimmed; `None` when missing, empty or not a string.
pub(super) fn text(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn strings(obj: &Map<String, Value>, key: &str) -> Vec<String> {
    match obj.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    }
}

/// Where a [`Directory`] came from and how current it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DirectoryOrigin {
    /// Where it was downloaded from (`None` for data parsed directly).
    pub url: Option<String>,
    /// When it was downloaded (or last confirmed unchanged).
    pub fetched_at: Option<DateTime<Utc>>,
    /// Read from the saved copy rather than downloaded just now.
    pub from_cache: bool,
    /// A refresh was due but failed, so the saved copy is older than a day.
    pub stale: bool,
    /// Why the refresh failed (also set when there is no data at all).
    pub refresh_error: Option<String>,
    /// Where the passkey data merged into the services came from (the Passkeys Directory).
    #[serde(default)]
    pub passkeys: PasskeysOrigin,
}

/// Where the passkey data in a [`Directory`] came from, described like [`DirectoryOrigin`].
/// The two data sets are kept and refreshed apart: a Passkeys Directory outage never makes the
/// 2FA directory fail, it only shows here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PasskeysOrigin {
    /// Passkey data is merged into the services (downloaded now, or a saved copy, perhaps
    /// stale). Without it a service's `passkey: None` means "not known", not "no passkeys".
    pub present: bool,
    /// How many domains the data lists with passkey support.
    pub domains: usize,
    /// Where it was downloaded from; `None` when no Passkeys Directory address is configured
    /// (see `STEWARD_PASSKEYS_URL`).
    pub url: Option<String>,
    /// When it was downloaded (or last confirmed unchanged).
    pub fetched_at: Option<DateTime<Utc>>,
    /// Read from the saved copy rather than downloaded just now.
    pub from_cache: bool,
    /// A refresh was due but failed, so the saved copy is older than a day.
    pub stale: bool,
    /// Why the refresh failed (also set when there is no passkey data at all).
    pub refresh_error: Option<String>,
}

/// Lower-cased search keys, one per service.
#[derive(Debug, Clone)]
struct Keys {
    name: String,
    /// The domain and the additional domains, normalised (lower case, no `www.`).
    domains: Vec<String>,
}

/// All services, searchable by name or web address.
#[derive(Debug, Clone)]
pub struct Directory {
    services: Vec<Service>,
    keys: Vec<Keys>,
    origin: DirectoryOrigin,
    skipped: usize,
}

impl Directory {
    /// Reads 2fa.directory's v3 `all.json`. Data that is not a JSON array of entries is
    /// [`DirectoryError::Malformed`]; a single bad entry is skipped and counted
    /// ([`Directory::skipped`]).
    pub fn parse(json: &[u8]) -> Result<Directory, DirectoryError> {
        let malformed = |detail: String| DirectoryError::Malformed {
            data: DataSet::TwoFactor,
            detail,
        };
        let entries = match parse_json(json, DataSet::TwoFactor)? {
            Value::Array(entries) => entries,
            other => {
                return Err(malformed(crate::t!(
                    "directory-expected-list",
                    found = kind_of(&other)
                )))
            }
        };
        let mut services = Vec::with_capacity(entries.len());
        let mut skipped = 0;
        for entry in &entries {
            match Service::from_entry(entry) {
                Ok(s) => services.push(s),
                Err(_) => skipped += 1,
            }
        }
        if services.is_empty() && !entries.is_empty() {
            let why = Service::from_entry(&entries[0]).err().unwrap_or_default();
            return Err(malformed(crate::t!(
                "directory-no-usable-entry",
                n = entries.len(),
                why = why
            )));
        }
        Ok(Directory::from_services(services, skipped))
    }

    fn from_services(services: Vec<Service>, skipped: usize) -> Directory {
        let keys = services
            .iter()
            .map(|s| Keys {
                name: s.name.to_lowercase(),
                domains: std::iter::once(&s.domain)
                    .chain(&s.additional_domains)
                    .map(|d| normalise_host(d))
                    .collect(),
            })
            .collect();
        Directory {
            services,
            keys,
            origin: DirectoryOrigin::default(),
            skipped,
        }
    }

    pub fn empty() -> Directory {
        Directory::from_services(Vec::new(), 0)
    }

    pub fn len(&self) -> usize {
        self.services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// How many entries were skipped as unreadable when parsing.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    pub fn origin(&self) -> &DirectoryOrigin {
        &self.origin
    }

    pub(super) fn with_origin(mut self, origin: DirectoryOrigin) -> Directory {
        self.origin = origin;
        self
    }

    /// Fills every service's [`Service::passkey`] from the Passkeys Directory: the entry for its
    /// domain, else for the first of its additional domains that has one (Amazon → `amazon.com`).
    /// Only exact domains count (`aws.amazon.com` does not inherit `amazon.com`'s entry); a
    /// service without one gets `None`, and domains 2fa.directory does not list are not added.
    /// The methods stay 2fa.directory's: the passkey is offered from `passkey`, not `methods`.
    pub fn with_passkeys(mut self, passkeys: &PasskeysDirectory) -> Directory {
        for (service, keys) in self.services.iter_mut().zip(&self.keys) {
            service.passkey = keys.domains.iter().find_map(|d| passkeys.get(d)).cloned();
        }
        self
    }

    /// What a search shows (the window's service search, `steward directory search`): the best
    /// matches of [`Directory::search`], each with its icon and monogram.
    pub fn search_shown(&self, query: &str, limit: usize) -> Vec<Service> {
        self.search(query, limit)
            .into_iter()
            .map(Service::with_badge)
            .collect()
    }

    /// Case-insensitive: exact name or domain first, then a parent domain
    /// (`signin.aws.amazon.com` → AWS), then name prefix, then word prefix, then substring of
    /// the name or a domain. A web address (`amazon.de`, `https://www.amazon.de/x`) finds the
    /// service through its additional domains. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Service> {
        let q = query.trim().to_lowercase();
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let host = as_host(&q);
        let mut hits: Vec<(Rank, usize)> = self
            .keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| rank(k, &q, host.as_deref()).map(|r| (r, i)))
            .collect();
        hits.sort_by(|a, b| {
            let (ka, kb) = (&self.keys[a.1], &self.keys[b.1]);
            a.0.cmp(&b.0)
                .then(ka.name.len().cmp(&kb.name.len()))
                .then(ka.name.cmp(&kb.name))
        });
        hits.into_iter()
            .take(limit)
            .map(|(_, i)| &self.services[i])
            .collect()
    }

    /// The best single match for a name or a domain/web address, only when confident: an exact
    /// name, an exact domain (additional domains included), or a parent domain of the address.
    pub fn find(&self, name_or_domain: &str) -> Option<&Service> {
        let q = name_or_domain.trim().to_lowercase();
        if q.is_empty() {
            return None;
        }
        let host = as_host(&q);
        let best = self
            .keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| rank(k, &q, host.as_deref()).map(|r| (r, i)))
            .filter(|(r, _)| r.0 <= RANK_PARENT_DOMAIN)
            .min_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(self.keys[a.1].name.len().cmp(&self.keys[b.1].name.len()))
            })?;
        Some(&self.services[best.1])
    }
}

const RANK_EXACT_NAME: u8 = 0;
const RANK_EXACT_DOMAIN: u8 = 1;
const RANK_PARENT_DOMAIN: u8 = 2;
const RANK_NAME_PREFIX: u8 = 3;
const RANK_WORD_PREFIX: u8 = 4;
const RANK_SUBSTRING: u8 = 5;

/// The tier, then (for parent domains) the most specific match first: for
/// `signin.aws.amazon.com`, `aws.amazon.com` before `amazon.com`.
type Rank = (u8, std::cmp::Reverse<usize>);

fn rank(k: &Keys, q: &str, host: Option<&str>) -> Option<Rank> {
    let tier = |t: u8| Some((t, std::cmp::Reverse(0)));
    if k.name == q {
        return tier(RANK_EXACT_NAME);
    }
    if let Some(host) = host {
        if k.domains.iter().any(|d| d == host) {
            return tier(RANK_EXACT_DOMAIN);
        }
        let parent = k
            .domains
            .iter()
            .filter(|d| d.contains('.') && host.ends_with(&format!(".{d}")))
            .map(String::len)
            .max();
        if let Some(len) = parent {
            return Some((RANK_PARENT_DOMAIN, std::cmp::Reverse(len)));
        }
    }
    if k.name.starts_with(q) {
        return tier(RANK_NAME_PREFIX);
    }
    let word_start = k.name.char_indices().any(|(i, _)| {
        i > 0
            && !k.name[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && k.name[i..].starts_with(q)
    });
    if word_start {
        return tier(RANK_WORD_PREFIX);
    }
    if k.name.contains(q) || k.domains.iter().any(|d| d.contains(q)) {
        return tier(RANK_SUBSTRING);
    }
    None
}

/// The host of a query that looks like a domain or web address (`Amazon.de`,
/// `https://www.amazon.co.uk/ap/signin`), normalised; `None` for a plain name.
fn as_host(q: &str) -> Option<String> {
    if q.chars().any(char::is_whitespace) {
        return None;
    }
    if q.contains("://") {
        let url = reqwest::Url::parse(q).ok()?;
        return url.host_str().map(normalise_host);
    }
    if !q.contains('.') {
        return None;
    }
    // "amazon.de/gp/help" or "user@amazon.de": keep only the host part.
    let rest = q.rsplit('@').next().unwrap_or(q);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.split(':').next().unwrap_or(host);
    let host = normalise_host(host);
    (host.contains('.') && !host.starts_with('.')).then_some(host)
}

/// A domain as the lookups compare it: trimmed, lower case, no trailing dot, no `www.`.
pub(super) fn normalise_host(d: &str) -> String {
    let d = d.trim().trim_end_matches('.').to_lowercase();
    match d.strip_prefix("www.") {
        Some(rest) if rest.contains('.') => rest.to_string(),
        _ => d,
    }
}

/// Reads one `all.json` as JSON, refusing anything larger than [`MAX_JSON_BYTES`] before
/// looking at it (serde_json itself refuses nesting deeper than 128 levels).
pub(super) fn parse_json(json: &[u8], data: DataSet) -> Result<Value, DirectoryError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(DirectoryError::Malformed {
            data,
            detail: crate::t!(
                "directory-too-large",
                size = json.len(),
                data = data.name(),
                max = MAX_JSON_BYTES
            ),
        });
    }
    serde_json::from_slice(json).map_err(|e| DirectoryError::Malformed {
        data,
        detail: crate::t!(
            "directory-not-json",
            error = e.to_string(),
            size = json.len()
        ),
    })
}

/// What a JSON value is, in the current language ("a list").
pub(super) fn kind_of(v: &Value) -> String {
    let kind = match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    };
    crate::t!("directory-json-kind", kind = kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"[
        ["Amazon", {"domain": "amazon.com", "additional-domains": ["amazon.de", "amazon.co.uk"],
                    "tfa": ["sms", "call", "totp", "sms"], "categories": ["retail"]}],
        ["Amazon Web Services", {"domain": "aws.amazon.com", "tfa": ["totp", "u2f", "custom-hardware"]}],
        ["Example", {"domain": "example.com", "tfa": ["carrier-pigeon", "email"],
                     "contact": {"twitter": "example"}}],
        ["Nothing", {"domain": "nothing.example"}],
        ["No domain", {"tfa": ["totp"]}],
        42
    ]"#;

    #[test]
    fn parses_and_orders_methods_strongest_first() {
        let d = Directory::parse(SAMPLE.as_bytes()).unwrap();
        assert_eq!(d.len(), 4);
        assert_eq!(d.skipped(), 2);
        let amazon = d.find("amazon").unwrap();
        assert_eq!(
            amazon.methods,
            vec![Method::Totp, Method::Call, Method::Sms]
        );
        let aws = d.find("AWS.amazon.com").unwrap();
        assert_eq!(
            aws.methods,
            vec![Method::SecurityKey, Method::Totp, Method::CustomHardware]
        );
        let ex = d.find("example.com").unwrap();
        assert_eq!(ex.methods, vec![Method::Email]);
        assert_eq!(
            ex.contact.as_ref().unwrap().twitter.as_deref(),
            Some("example")
        );
        assert!(!d.find("Nothing").unwrap().has_2fa());
    }

    #[test]
    fn search_ranks_and_reads_addresses() {
        let d = Directory::parse(SAMPLE.as_bytes()).unwrap();
        let names = |q: &str| {
            d.search(q, 10)
                .into_iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("amazon"), vec!["Amazon", "Amazon Web Services"]);
        assert_eq!(names("web"), vec!["Amazon Web Services"]);
        assert_eq!(names("https://www.amazon.de/x")[0], "Amazon");
        assert_eq!(names("signin.aws.amazon.com")[0], "Amazon Web Services");
        // Substrings of a name or a domain ("nothing.example").
        assert_eq!(names("xampl"), vec!["Example", "Nothing"]);
        assert!(names("   ").is_empty());
        assert!(d.find("amaz").is_none());
    }

    #[test]
    fn every_method_round_trips_its_tfa_name() {
        for m in Method::ALL {
            match Method::from_tfa(m.tfa()) {
                Some(back) => assert_eq!(back, m),
                // The passkey comes from the Passkeys Directory: 2fa.directory has no such value.
                None => assert_eq!(m.tfa(), "passkey"),
            }
            assert!(!m.label().is_empty() && m.advice().ends_with('.'));
        }
        assert!(Method::SecurityKey < Method::Totp && Method::Sms < Method::Email);
        assert!(Method::Sms.advice().contains("NIST SP 800-63B"));
        assert!(Method::Call.advice().contains("SIM swap"));
    }
}
