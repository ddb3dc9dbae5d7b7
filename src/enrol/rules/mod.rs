//! What each service allows when turning on two-step verification, so the wizard never
//! recommends a method the service's own rules rule out: which methods can come first, which
//! need another one first (Amazon: a verified phone before an authenticator app), whether a
//! backup method is mandatory, which other sites one enrolment covers, known refusal texts and
//! what they mean there, waiting periods, and the support route when enrolment is blocked.
//!
//! Sources, in order ([`RuleBook::rules_for`]):
//! 1. `service-rules.json` — curated, reviewed entries, each citing the pages it was read from
//!    (`curated.rs`);
//! 2. what 2fa.directory's fields and notes say ("SMS or phone call required to enable 2FA"),
//!    marked as inferred, with the note quoted (`inferred.rs`);
//! 3. nothing: the wizard says it does not know the service's rules and never invents one.
//!
//! The same file says, where someone has read it somewhere, what a service's support accepts
//! to check who is calling or chatting and what it offers against impostors
//! ([`IdentityChecks`], [`identity_checks`]): the exposure chain (`crate::exposure`) uses it for
//! accounts the customer hasn't described. An entry may hold only that (no enrolment facts);
//! the wizard then treats the service as having no curated rules.

pub mod curated;
#[cfg(test)]
mod identity_tests;
mod inferred;
pub mod plan;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::directory::{Method, Service};
use crate::exposure::{Detail, Protection, Stake};

pub use curated::{curated, CuratedError};
pub use plan::{plan, Plan, PlanOption, PlanStep};

/// A method that can only be turned on once another one is in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolPrerequisite")]
pub struct Prerequisite {
    pub method: Method,
    /// Any one of these must be on first.
    pub needs_one_of: Vec<Method>,
    /// The rule in the customer's words ("Amazon only lets you add an authenticator app after a
    /// phone number is verified").
    pub why: String,
}

/// A backup method the service insists on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolBackupRule")]
pub struct BackupRule {
    pub any_of: Vec<Method>,
    pub why: String,
}

/// A refusal the service is known to give, and what it means there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolKnownRefusal")]
pub struct KnownRefusal {
    /// Lower-case fragments; the refusal matches when its text contains any of them.
    pub contains: Vec<String>,
    /// What it means at this service.
    pub meaning: String,
    /// The number itself is refused (another number may work), not phone codes in general.
    #[serde(default)]
    pub number_refused: bool,
    /// How long the service asks people to wait before trying again, when it says.
    #[serde(default)]
    pub wait_hours: Option<u32>,
}

/// Where to turn when enrolment is blocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolSupportRoute")]
pub struct SupportRoute {
    /// The team or channel that can help ("Amazon Customer Service, Account security").
    pub team: String,
    /// The page to start from.
    pub page: Option<String>,
    /// What to ask for, in a sentence.
    pub ask: String,
}

/// What the service accepts as a phone number for codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolPhoneRules")]
pub struct PhoneRules {
    /// Internet (VoIP) and virtual numbers are refused.
    #[serde(default)]
    pub refuses_voip: bool,
    /// Only numbers of these regions (ISO 3166-1 alpha-2, upper case); empty: any.
    #[serde(default)]
    pub regions_only: Vec<String>,
}

/// A page a rule was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "EnrolRuleSource")]
pub struct Source {
    pub url: String,
    pub title: String,
    /// When someone last read the page for this entry (curated entries always say).
    #[serde(default)]
    #[ts(type = "string | null")]
    pub checked: Option<NaiveDate>,
}

/// Where a service's rules come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, rename = "EnrolRulesOrigin")]
pub enum Origin {
    /// Steward's reviewed data file.
    Curated,
    /// Read from the 2fa.directory entry's note, quoted here.
    InferredFromNote { note: String },
}

/// One service's enrolment rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolServiceRules")]
pub struct ServiceRules {
    pub service: String,
    pub domains: Vec<String>,
    /// Methods that can be turned on first; empty: any method offered.
    pub first_methods: Vec<Method>,
    pub prerequisites: Vec<Prerequisite>,
    pub backup_required: Option<BackupRule>,
    /// Other sites the same enrolment covers, in a sentence.
    pub covers: Option<String>,
    pub refusals: Vec<KnownRefusal>,
    pub support: Option<SupportRoute>,
    pub phone: PhoneRules,
    /// Where this was read, newest check first.
    pub sources: Vec<Source>,
    pub origin: Origin,
    /// Other names people give the service's account ("Apple", "iCloud"), matched like
    /// `service` when looking up its identity checks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<String>>")]
    pub names: Vec<String>,
    /// What its support accepts to check who is calling, when someone has read it somewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub identity_checks: Option<IdentityChecks>,
}

/// How a service's identity checks are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "IdentityCheckConfidence")]
pub enum Confidence {
    /// The company's own pages say so.
    Documented,
    /// The press or security researchers reported it.
    Reported,
}

impl Confidence {
    pub const ALL: [Confidence; 2] = [Confidence::Documented, Confidence::Reported];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Documented => "documented",
            Confidence::Reported => "reported",
        }
    }
}

/// What a service's support accepts as proof of identity from someone calling or chatting,
/// and the protections it offers against impostors, as read from the cited pages. Neither list
/// is complete: they hold what a source says, so a detail or protection not listed is not known
/// either way (never "not accepted" or "not offered"), and an empty `accepts` means the pages
/// don't say what support asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IdentityChecks {
    /// The curated entry's service name ("Barclays (UK)").
    pub service: String,
    /// Details its support accepts to check who is calling.
    pub accepts: Vec<Detail>,
    /// Protections it offers (a support PIN, a lock on moving the number, …).
    pub protections: Vec<Protection>,
    /// What a stranger who gets in could do there.
    pub stake: Option<Stake>,
    pub confidence: Confidence,
    /// What the sources say, in the current language.
    pub note: Option<String>,
    /// Where this was read.
    pub sources: Vec<Source>,
}

/// The curated identity checks of the service named `service` (or at `domain`), matched like
/// the enrolment rules: by domain first (`www.amazon.co.uk` and `smile.amazon.com` are
/// Amazon's), then by name. `None` when no curated entry says anything.
pub fn identity_checks(service: &str, domain: Option<&str>) -> Option<IdentityChecks> {
    let entry = identity_entry(curated::shipped_ids(), service, domain)?;
    entry.identity_checks.clone().map(curated::render_checks)
}

/// The entry `service` (at `domain`) is, for its identity checks: by domain (the same or one
/// under it), then by name or other name, then by the name read as a domain.
fn identity_entry<'a>(
    rules: &'a [ServiceRules],
    service: &str,
    domain: Option<&str>,
) -> Option<&'a ServiceRules> {
    let domain = domain.map(host).filter(|d| !d.is_empty());
    let name = service.trim().to_lowercase();
    let by_domain = |d: &str| {
        rules
            .iter()
            .find(|r| r.domains.iter().any(|x| x == d))
            .or_else(|| {
                rules.iter().find(|r| {
                    r.domains
                        .iter()
                        .any(|x| d.strip_suffix(x.as_str()).is_some_and(|p| p.ends_with('.')))
                })
            })
    };
    domain
        .as_deref()
        .and_then(by_domain)
        .or_else(|| {
            rules.iter().find(|r| {
                r.service.to_lowercase() == name || r.names.iter().any(|n| n.to_lowercase() == name)
            })
        })
        .or_else(|| by_domain(&host(&name)))
}

impl ServiceRules {
    /// Whether `method` can be turned on now, with `on` already in place. A passkey is a way to
    /// sign in, not a two-step method: which method comes first doesn't apply to it.
    pub fn allows_now(&self, method: Method, on: &[Method]) -> bool {
        self.missing_prerequisite(method, on).is_none()
            && (method == Method::Passkey
                || on.iter().any(|m| *m != method && *m != Method::Passkey)
                || self.first_methods.is_empty()
                || self.first_methods.contains(&method))
    }

    /// The prerequisite `method` still lacks, if any.
    pub fn missing_prerequisite(&self, method: Method, on: &[Method]) -> Option<&Prerequisite> {
        self.prerequisites
            .iter()
            .find(|p| p.method == method && !p.needs_one_of.iter().any(|m| on.contains(m)))
    }

    /// The known refusal `text` is, if any.
    pub fn refusal(&self, text: &str) -> Option<&KnownRefusal> {
        let lower = text.to_lowercase();
        self.refusals
            .iter()
            .find(|r| r.contains.iter().any(|c| lower.contains(c.as_str())))
    }
}

/// What Steward knows about a service's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "known", rename_all = "snake_case")]
#[ts(export, rename = "EnrolRulesKnown")]
pub enum Known {
    Rules {
        rules: Box<ServiceRules>,
    },
    /// No rules known: the wizard offers what the directory lists, and says so.
    Unknown,
}

/// The curated rules plus what can be inferred from the directory.
pub struct RuleBook {
    curated: Vec<ServiceRules>,
}

impl RuleBook {
    /// The rules shipped with Steward.
    pub fn bundled() -> RuleBook {
        RuleBook {
            curated: curated().expect("service-rules.json is checked by its tests"),
        }
    }

    /// The rules for a service: curated first (by domain, then name), then inferred from its
    /// directory entry, then unknown.
    pub fn rules_for(&self, name: &str, entry: Option<&Service>) -> Known {
        let domains: Vec<&str> = entry
            .map(|s| {
                std::iter::once(s.domain.as_str())
                    .chain(s.additional_domains.iter().map(String::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let name = name.trim().to_lowercase();
        // An entry with only identity checks says nothing about enrolment.
        let enrolment = || self.curated.iter().filter(|r| !r.identity_only());
        let curated = enrolment()
            .find(|r| r.domains.iter().any(|d| domains.contains(&d.as_str())))
            .or_else(|| {
                enrolment().find(|r| r.service.to_lowercase() == name || r.domains.contains(&name))
            });
        if let Some(r) = curated {
            return Known::Rules {
                rules: Box::new(r.clone()),
            };
        }
        match entry.and_then(inferred::from_entry) {
            Some(rules) => Known::Rules {
                rules: Box::new(rules),
            },
            None => Known::Unknown,
        }
    }

    /// The identity checks of a service (see [`identity_checks`]).
    pub fn identity_checks(&self, service: &str, domain: Option<&str>) -> Option<IdentityChecks> {
        identity_entry(&self.curated, service, domain)?
            .identity_checks
            .clone()
    }
}

impl ServiceRules {
    /// The entry says only what support checks: nothing about enrolment (it cites no source
    /// of its own).
    pub fn identity_only(&self) -> bool {
        self.sources.is_empty() && self.identity_checks.is_some()
    }
}

/// A domain or address as a bare lower-case host: `https://www.Amazon.co.uk/x` → `amazon.co.uk`.
pub(crate) fn host(d: &str) -> String {
    let d = d.trim().to_lowercase();
    let d = d.split_once("://").map_or(d.as_str(), |(_, rest)| rest);
    let d = d.split(['/', '?', '#']).next().unwrap_or("");
    let d = d.rsplit_once('@').map_or(d, |(_, h)| h);
    let d = d.split(':').next().unwrap_or("").trim_end_matches('.');
    d.strip_prefix("www.").unwrap_or(d).to_string()
}
