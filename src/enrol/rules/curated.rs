//! The curated rules: `service-rules.json`, reviewed by hand, each entry citing the pages it was
//! read from. Read strictly (an unknown field is an error, not ignored) and checked by
//! [`problems`], which the tests run over the shipped file.
//!
//! The file holds the facts (methods, domains, refusal fragments, sources); its text fields
//! (`why`, `covers`, `meaning`, `team`, `ask`) name catalogue messages (`enrol-rule-…` in
//! `locales/<lang>/enrol.ftl`), rendered in the current language when the file is read. So the
//! catalogue is the one owner of every word in every language: a translator works in `locales/`
//! only, its checks cover these texts too, and adding a language is still adding a folder.
//!
//! An entry's `identity_checks` (what support accepts to check who is calling, the protections
//! offered, what is at stake, with its own sources) names details, protections and stakes by
//! their stable ids (`crate::exposure::detail`); an id the code doesn't know refuses the file,
//! naming the entry and the ids it takes. Its `note` is a catalogue id like the other texts.

use std::sync::LazyLock;

use serde::Deserialize;

use super::{
    BackupRule, Confidence, IdentityChecks, Known, KnownRefusal, Origin, PhoneRules, Prerequisite,
    ServiceRules, Source, SupportRoute,
};
use crate::directory::Method;
use crate::exposure::{Detail, Protection, Stake};

const FILE: &str = include_str!("service-rules.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    services: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    service: String,
    domains: Vec<String>,
    #[serde(default)]
    first_methods: Vec<Method>,
    #[serde(default)]
    prerequisites: Vec<Prerequisite>,
    #[serde(default)]
    backup_required: Option<BackupRule>,
    #[serde(default)]
    covers: Option<String>,
    #[serde(default)]
    refusals: Vec<KnownRefusal>,
    #[serde(default)]
    support: Option<SupportRoute>,
    #[serde(default)]
    phone: PhoneRules,
    /// Where the enrolment facts were read; none for an entry that holds only
    /// `identity_checks`.
    #[serde(default)]
    sources: Vec<Source>,
    /// Other names people give the account ("Apple", "iCloud").
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    identity_checks: Option<IdentityEntry>,
    /// Why this entry lists a method 2fa.directory does not (or the other way round), when it
    /// does: the check against the directory needs a reason to accept a difference.
    #[serde(default)]
    #[allow(dead_code)]
    differs_from_directory: Option<String>,
}

/// `identity_checks` as the file holds it: ids as text, checked against the code's lists so
/// a wrong one is refused with the entry's name and the ids that exist.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentityEntry {
    #[serde(default)]
    accepts: Vec<String>,
    #[serde(default)]
    protections: Vec<String>,
    #[serde(default)]
    stake: Option<String>,
    confidence: String,
    #[serde(default)]
    note: Option<String>,
    sources: Vec<Source>,
}

/// The shipped file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("service-rules.json: {0}")]
pub struct CuratedError(pub String);

/// Parses a rules file (the shipped one is [`curated`]).
pub fn parse(json: &str) -> Result<Vec<(ServiceRules, Option<String>)>, CuratedError> {
    Ok(read(json)?
        .into_iter()
        .map(|(r, why)| (render(r), why))
        .collect())
}

/// The shipped entries as read, their texts still catalogue ids. Read once: the identity
/// checks are looked up for every account, and rendered in the language current then.
pub(super) fn shipped_ids() -> &'static [ServiceRules] {
    static SHIPPED: LazyLock<Vec<ServiceRules>> = LazyLock::new(|| {
        read(FILE)
            .expect("service-rules.json is checked by its tests")
            .into_iter()
            .map(|(r, _)| r)
            .collect()
    });
    &SHIPPED
}

/// A file's entries with their texts as catalogue ids (checked to exist).
fn read(json: &str) -> Result<Vec<(ServiceRules, Option<String>)>, CuratedError> {
    let file: File = serde_json::from_str(json).map_err(|e| CuratedError(e.to_string()))?;
    if file.version != 1 {
        return Err(CuratedError(format!("version {} is not 1", file.version)));
    }
    let mut missing = Vec::new();
    for e in &file.services {
        for id in text_ids(e) {
            if !crate::i18n::has(id) {
                missing.push(format!("{}: \"{id}\"", e.service));
            }
        }
    }
    if !missing.is_empty() {
        return Err(CuratedError(format!(
            "text ids not in locales/en/enrol.ftl: {}",
            missing.join(", ")
        )));
    }
    let mut wrong = Vec::new();
    for e in &file.services {
        if let Some(c) = &e.identity_checks {
            wrong.extend(identity_checks(&e.service, c).err());
        }
    }
    if !wrong.is_empty() {
        return Err(CuratedError(wrong.join("; ")));
    }
    Ok(file
        .services
        .into_iter()
        .map(|e| {
            let identity_checks = e
                .identity_checks
                .as_ref()
                .map(|c| identity_checks(&e.service, c).expect("checked above"));
            (
                ServiceRules {
                    service: e.service,
                    domains: e.domains,
                    first_methods: e.first_methods,
                    prerequisites: e.prerequisites,
                    backup_required: e.backup_required,
                    covers: e.covers,
                    refusals: e.refusals,
                    support: e.support,
                    phone: e.phone,
                    sources: e.sources,
                    origin: Origin::Curated,
                    names: e.names,
                    identity_checks,
                },
                e.differs_from_directory,
            )
        })
        .collect())
}

/// An entry's identity checks with its ids read, or what is wrong with them (in a sentence
/// naming the entry and the ids that exist).
fn identity_checks(service: &str, c: &IdentityEntry) -> Result<IdentityChecks, String> {
    fn read<T: Copy>(
        what: &str,
        ids: &[String],
        all: &[T],
        id: fn(T) -> &'static str,
        wrong: &mut Vec<String>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for s in ids {
            match all.iter().copied().find(|x| id(*x) == s.as_str()) {
                Some(x) => out.push(x),
                None => wrong.push(format!(
                    "\"{s}\" is not a {what} (one of: {})",
                    all.iter().map(|x| id(*x)).collect::<Vec<_>>().join(", ")
                )),
            }
        }
        out
    }
    let mut wrong = Vec::new();
    let accepts = read(
        "detail",
        &c.accepts,
        &Detail::ALL,
        Detail::as_str,
        &mut wrong,
    );
    let protections = read(
        "protection",
        &c.protections,
        &Protection::ALL,
        Protection::as_str,
        &mut wrong,
    );
    let stake = read(
        "stake",
        c.stake.as_slice(),
        &Stake::ALL,
        Stake::as_str,
        &mut wrong,
    )
    .pop();
    let confidence = read(
        "confidence",
        std::slice::from_ref(&c.confidence),
        &Confidence::ALL,
        Confidence::as_str,
        &mut wrong,
    )
    .pop();
    match confidence {
        Some(confidence) if wrong.is_empty() => Ok(IdentityChecks {
            service: service.to_string(),
            accepts,
            protections,
            stake,
            confidence,
            note: c.note.clone(),
            sources: c.sources.clone(),
        }),
        _ => Err(format!("{service}: identity_checks: {}", wrong.join(", "))),
    }
}

/// Every catalogue id an entry's text fields name.
fn text_ids(e: &Entry) -> Vec<&str> {
    let mut ids: Vec<&str> = e.prerequisites.iter().map(|p| p.why.as_str()).collect();
    ids.extend(e.backup_required.iter().map(|b| b.why.as_str()));
    ids.extend(e.covers.as_deref());
    ids.extend(e.refusals.iter().map(|r| r.meaning.as_str()));
    if let Some(s) = &e.support {
        ids.push(&s.team);
        ids.push(&s.ask);
    }
    ids.extend(e.identity_checks.as_ref().and_then(|c| c.note.as_deref()));
    ids
}

/// The rules with their text fields' ids rendered in the current language.
fn render(mut r: ServiceRules) -> ServiceRules {
    let tr = |id: &mut String| *id = crate::i18n::tr(id, &crate::i18n::Args::new());
    r.prerequisites.iter_mut().for_each(|p| tr(&mut p.why));
    r.backup_required.iter_mut().for_each(|b| tr(&mut b.why));
    r.covers.iter_mut().for_each(tr);
    r.refusals.iter_mut().for_each(|k| tr(&mut k.meaning));
    if let Some(s) = &mut r.support {
        tr(&mut s.team);
        tr(&mut s.ask);
    }
    r.identity_checks = r.identity_checks.take().map(render_checks);
    r
}

/// Identity checks with their note in the current language.
pub(super) fn render_checks(mut c: IdentityChecks) -> IdentityChecks {
    if let Some(note) = &mut c.note {
        *note = crate::i18n::tr(note, &crate::i18n::Args::new());
    }
    c
}

/// Curated rules kept with an enrolment (read when it started), their words again in the
/// current language: the texts of the shipped entry for the same service, matched item by item
/// (a prerequisite by its method, a refusal by its fragments). Anything that no longer matches
/// keeps its words.
pub fn relocalize(known: &mut Known) {
    let Known::Rules { rules } = known else {
        return;
    };
    if rules.origin != Origin::Curated {
        return;
    }
    let Ok(all) = curated() else {
        return;
    };
    let Some(now) = all.into_iter().find(|r| r.service == rules.service) else {
        return;
    };
    for p in rules.prerequisites.iter_mut() {
        if let Some(n) = now.prerequisites.iter().find(|n| n.method == p.method) {
            p.why = n.why.clone();
        }
    }
    if let (Some(b), Some(n)) = (rules.backup_required.as_mut(), &now.backup_required) {
        b.why = n.why.clone();
    }
    if let (Some(c), Some(n)) = (rules.covers.as_mut(), &now.covers) {
        *c = n.clone();
    }
    for k in rules.refusals.iter_mut() {
        if let Some(n) = now.refusals.iter().find(|n| n.contains == k.contains) {
            k.meaning = n.meaning.clone();
        }
    }
    if let (Some(s), Some(n)) = (rules.support.as_mut(), &now.support) {
        s.team = n.team.clone();
        s.ask = n.ask.clone();
    }
    if let (Some(c), Some(n)) = (rules.identity_checks.as_mut(), &now.identity_checks) {
        c.note = n.note.clone();
    }
}

/// The curated rules shipped with Steward.
pub fn curated() -> Result<Vec<ServiceRules>, CuratedError> {
    Ok(parse(FILE)?.into_iter().map(|(r, _)| r).collect())
}

/// The shipped file with each entry's reason to differ from 2fa.directory (for the tests).
pub fn curated_with_reasons() -> Result<Vec<(ServiceRules, Option<String>)>, CuratedError> {
    parse(FILE)
}

/// What is wrong with an entry, in sentences; empty when nothing is.
pub fn problems(r: &ServiceRules) -> Vec<String> {
    let mut out = Vec::new();
    let name = &r.service;
    if r.service.trim().is_empty() {
        out.push("an entry has no service name".into());
    }
    if r.domains.is_empty() {
        out.push(format!("{name}: no domains"));
    }
    for d in &r.domains {
        if d.is_empty() || *d != d.to_lowercase() || d.contains('/') || !d.contains('.') {
            out.push(format!("{name}: \"{d}\" is not a lower-case domain"));
        }
    }
    if r.sources.is_empty() && r.identity_checks.is_none() {
        out.push(format!("{name}: cites no source"));
    }
    let identity_sources = r.identity_checks.iter().flat_map(|c| &c.sources);
    for s in r.sources.iter().chain(identity_sources) {
        if !s.url.starts_with("https://") || s.title.trim().is_empty() || s.checked.is_none() {
            out.push(format!(
                "{name}: source \"{}\" needs an https address, a title and the date it was checked",
                s.url
            ));
        }
    }
    for n in &r.names {
        if n.trim().is_empty() || n.trim() != n {
            out.push(format!("{name}: \"{n}\" is not a usable other name"));
        }
    }
    if let Some(c) = &r.identity_checks {
        out.extend(identity_problems(name, &r.domains, c));
    }
    for p in &r.prerequisites {
        if p.needs_one_of.is_empty() || p.needs_one_of.contains(&p.method) {
            out.push(format!(
                "{name}: the prerequisite for {:?} is empty or itself",
                p.method
            ));
        }
        if p.why.trim().is_empty() {
            out.push(format!(
                "{name}: the prerequisite for {:?} says no why",
                p.method
            ));
        }
    }
    // A method that can come first must not need another one first.
    for m in &r.first_methods {
        if r.prerequisites.iter().any(|p| p.method == *m) {
            out.push(format!(
                "{name}: {m:?} is both a first method and needs another first"
            ));
        }
    }
    for k in &r.refusals {
        if k.contains.is_empty()
            || k.contains
                .iter()
                .any(|c| c.trim().len() < 4 || *c != c.to_lowercase())
        {
            out.push(format!(
                "{name}: a known refusal needs lower-case fragments of 4+ characters"
            ));
        }
    }
    for c in &r.phone.regions_only {
        if c.len() != 2 || *c != c.to_uppercase() {
            out.push(format!("{name}: \"{c}\" is not a region code like VN"));
        }
    }
    out
}

/// A host's site, the part a company registers: `support.apple.com` → `apple.com`,
/// `www.barclays.co.uk` → `barclays.co.uk`, `portal.vietcombank.com.vn` → `vietcombank.com.vn`.
fn site(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let second_level = n >= 3
        && labels[n - 1].len() == 2
        && ["co", "com", "org", "net", "gov", "edu", "ac"].contains(&labels[n - 2]);
    let keep = if second_level { 3 } else { 2 };
    labels[n.saturating_sub(keep)..].join(".")
}

/// What is wrong with an entry's identity checks.
fn identity_problems(name: &str, domains: &[String], c: &IdentityChecks) -> Vec<String> {
    let mut out = Vec::new();
    if c.sources.is_empty() {
        out.push(format!("{name}: identity_checks cite no source"));
    }
    if c.accepts.is_empty() && c.protections.is_empty() && c.note.is_none() {
        out.push(format!(
            "{name}: identity_checks say nothing (no accepts, protections or note)"
        ));
    }
    let twice = |ids: Vec<&'static str>| {
        let mut seen = std::collections::HashSet::new();
        ids.into_iter()
            .filter(|i| !seen.insert(*i))
            .collect::<Vec<_>>()
    };
    for id in twice(c.accepts.iter().map(|d| d.as_str()).collect()) {
        out.push(format!("{name}: identity_checks accept \"{id}\" twice"));
    }
    for id in twice(c.protections.iter().map(|p| p.as_str()).collect()) {
        out.push(format!("{name}: identity_checks offer \"{id}\" twice"));
    }
    // "Documented" means the company's own pages say so: one source must be on its site.
    let sites: Vec<String> = domains.iter().map(|d| site(d)).collect();
    if c.confidence == Confidence::Documented
        && !c
            .sources
            .iter()
            .any(|s| sites.contains(&site(super::host(&s.url).as_str())))
    {
        out.push(format!(
            "{name}: identity_checks are \"documented\" but no source is on the company's own site"
        ));
    }
    if c.protections.contains(&Protection::NumberLock) && c.stake != Some(Stake::Phone) {
        out.push(format!(
            "{name}: a number lock is a carrier's protection, but the stake is not \"phone\""
        ));
    }
    out
}

/// Every method an entry's rules name.
pub fn methods_named(r: &ServiceRules) -> Vec<Method> {
    let mut all: Vec<Method> = r.first_methods.clone();
    for p in &r.prerequisites {
        all.push(p.method);
        all.extend(p.needs_one_of.iter().copied());
    }
    if let Some(b) = &r.backup_required {
        all.extend(b.any_of.iter().copied());
    }
    all.sort();
    all.dedup();
    all
}
