//! The curated identity checks (`identity_checks` in `service-rules.json`): the shipped file
//! passes its checks, a wrong id or a missing source is refused with a sentence naming the
//! entry, services are found by name, other name and domain (however the domain is written),
//! an unknown service gets nothing invented, and entries holding only identity checks don't
//! change what the enrolment wizard knows.

use serde_json::Value;

use super::curated::{parse, problems};
use super::{identity_checks, Known, Origin, RuleBook, ServiceRules};
use crate::directory::Directory;
use crate::exposure::{Detail, Protection, Stake};
use crate::i18n::{with_lang, Lang};

const SHIPPED: &str = include_str!("service-rules.json");

/// The shipped file with `edit` applied to the entry named `service`.
fn edited(service: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut file: Value = serde_json::from_str(SHIPPED).unwrap();
    let entry = file["services"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["service"] == service)
        .unwrap_or_else(|| panic!("{service} is in the shipped file"));
    edit(entry);
    serde_json::to_string(&file).unwrap()
}

fn all_problems(json: &str) -> Vec<String> {
    parse(json)
        .expect("parses")
        .iter()
        .flat_map(|(r, _)| problems(r))
        .collect()
}

#[test]
fn the_shipped_identity_checks_pass_their_checks() {
    let rules: Vec<ServiceRules> = parse(SHIPPED).unwrap().into_iter().map(|r| r.0).collect();
    let with: Vec<&ServiceRules> = rules
        .iter()
        .filter(|r| r.identity_checks.is_some())
        .collect();
    assert!(
        with.len() >= 8,
        "only {} entries say what support checks",
        with.len()
    );
    for r in &rules {
        assert!(problems(r).is_empty(), "{}: {:?}", r.service, problems(r));
    }
    for r in with {
        let c = r.identity_checks.as_ref().unwrap();
        assert_eq!(c.service, r.service);
        assert!(!c.sources.is_empty(), "{}", r.service);
        assert!(
            c.sources.iter().all(|s| s.checked.is_some()),
            "{}",
            r.service
        );
    }
    // The carriers guard the phone number; every stake is one of the ids.
    let verizon = identity_checks("Verizon", None).unwrap();
    assert_eq!(verizon.stake, Some(Stake::Phone));
    assert!(verizon.protections.contains(&Protection::NumberLock));
    assert!(verizon.accepts.contains(&Detail::SupportPin));
}

#[test]
fn the_notes_are_words_in_every_language_not_ids() {
    for lang in Lang::all() {
        with_lang(lang, || {
            for r in parse(SHIPPED).unwrap().into_iter().map(|r| r.0) {
                if let Some(note) = r.identity_checks.and_then(|c| c.note) {
                    assert!(!note.starts_with("enrol-identity-"), "{lang}: {note}");
                    assert!(note.split_whitespace().count() > 8, "{lang}: {note}");
                }
            }
        });
    }
    // The lookup (file read once, note rendered per call) says what the rule book says, in
    // the language current at the call.
    for lang in Lang::all() {
        with_lang(lang, || {
            let book = RuleBook::bundled();
            for r in parse(SHIPPED).unwrap().into_iter().map(|r| r.0) {
                assert_eq!(
                    identity_checks(&r.service, None),
                    book.identity_checks(&r.service, None),
                    "{lang}: {}",
                    r.service
                );
            }
        });
    }
    let en = with_lang(Lang::english(), || identity_checks("Apple", None))
        .and_then(|c| c.note)
        .unwrap();
    let vi = with_lang(Lang::parse("vi").unwrap(), || {
        identity_checks("Apple", None)
    })
    .and_then(|c| c.note)
    .unwrap();
    assert_ne!(en, vi);
}

#[test]
fn a_detail_protection_or_stake_the_code_does_not_know_is_refused_naming_the_entry() {
    let e = parse(&edited("Amazon", |e| {
        e["identity_checks"]["accepts"] = serde_json::json!(["address", "shoe_size"]);
    }))
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("Amazon") && e.contains("\"shoe_size\" is not a detail"),
        "{e}"
    );
    assert!(
        e.contains("card_last_four"),
        "names the ids that exist: {e}"
    );

    let e = parse(&edited("PayPal", |e| {
        e["identity_checks"]["protections"] = serde_json::json!(["voice_print"]);
        e["identity_checks"]["stake"] = serde_json::json!("crypto");
    }))
    .unwrap_err()
    .to_string();
    assert!(e.contains("PayPal"), "{e}");
    assert!(e.contains("\"voice_print\" is not a protection"), "{e}");
    assert!(e.contains("\"crypto\" is not a stake"), "{e}");

    let e = parse(&edited("Verizon", |e| {
        e["identity_checks"]["confidence"] = serde_json::json!("rumoured");
    }))
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("Verizon") && e.contains("\"rumoured\" is not a confidence"),
        "{e}"
    );

    // Short names people type are for people, not for the file.
    let e = parse(&edited("Amazon", |e| {
        e["identity_checks"]["accepts"] = serde_json::json!(["last4"]);
    }))
    .unwrap_err()
    .to_string();
    assert!(e.contains("\"last4\""), "{e}");

    // A field the code doesn't read is an error, not ignored.
    let e = parse(&edited("Amazon", |e| {
        e["identity_checks"]["accept"] = serde_json::json!(["address"]);
    }))
    .unwrap_err()
    .to_string();
    assert!(e.contains("unknown field") && e.contains("accept"), "{e}");

    // A note must be a catalogue id.
    let e = parse(&edited("Amazon", |e| {
        e["identity_checks"]["note"] = serde_json::json!("Amazon checks your address.");
    }))
    .unwrap_err()
    .to_string();
    assert!(e.contains("not in locales/en/enrol.ftl"), "{e}");
}

#[test]
fn identity_checks_without_a_dated_source_are_a_problem() {
    let p = all_problems(&edited("Verizon", |e| {
        e["identity_checks"]["sources"] = serde_json::json!([]);
    }));
    assert!(
        p.iter()
            .any(|p| p == "Verizon: identity_checks cite no source"),
        "{p:?}"
    );
    let p = all_problems(&edited("Verizon", |e| {
        e["identity_checks"]["sources"][0]
            .as_object_mut()
            .unwrap()
            .remove("checked");
    }));
    assert!(
        p.iter()
            .any(|p| p.starts_with("Verizon: source") && p.contains("date it was checked")),
        "{p:?}"
    );
    let p = all_problems(&edited("Verizon", |e| {
        e["identity_checks"]["sources"][0]["url"] = serde_json::json!("http://example.com");
    }));
    assert!(p.iter().any(|p| p.contains("https")), "{p:?}");
    // An entry with no source at all, and nothing about support either.
    let p = all_problems(&edited("Verizon", |e| {
        e.as_object_mut().unwrap().remove("identity_checks");
    }));
    assert!(p.iter().any(|p| p == "Verizon: cites no source"), "{p:?}");
    // Saying nothing, twice the same id, a number lock at a shop.
    let p = all_problems(&edited("Amazon", |e| {
        e["identity_checks"]["accepts"] = serde_json::json!([]);
        e["identity_checks"]["protections"] = serde_json::json!(["number_lock", "number_lock"]);
    }));
    assert!(
        p.iter().any(|p| p.contains("\"number_lock\" twice")),
        "{p:?}"
    );
    assert!(
        p.iter().any(|p| p.contains("stake is not \"phone\"")),
        "{p:?}"
    );
    let p = all_problems(&edited("Amazon", |e| {
        let c = e["identity_checks"].as_object_mut().unwrap();
        c.remove("note");
        c.insert("protections".into(), serde_json::json!([]));
    }));
    assert!(p.iter().any(|p| p.contains("say nothing")), "{p:?}");
    // "Documented" needs a page on the company's own site.
    let p = all_problems(&edited("Amazon", |e| {
        e["identity_checks"]["confidence"] = serde_json::json!("documented");
    }));
    assert!(p.iter().any(|p| p.contains("company's own site")), "{p:?}");
    assert!(all_problems(&edited("Verizon", |e| {
        e["identity_checks"]["confidence"] = serde_json::json!("reported");
    }))
    .is_empty());
}

#[test]
fn services_are_found_by_name_other_name_and_domain() {
    let amazon =
        |service: &str, domain: Option<&str>| identity_checks(service, domain).map(|c| c.service);
    let is = |got: Option<String>, want: &str| assert_eq!(got.as_deref(), Some(want));
    is(amazon("Amazon", None), "Amazon");
    is(amazon("  amazon ", None), "Amazon");
    is(amazon("My UK shop", Some("amazon.co.uk")), "Amazon");
    is(amazon("My UK shop", Some("www.amazon.co.uk")), "Amazon");
    is(
        amazon("", Some("https://Smile.Amazon.com/gp/help")),
        "Amazon",
    );
    is(amazon("amazon.de", None), "Amazon");
    is(amazon("Apple", None), "Apple Account (iCloud)");
    is(amazon("iCloud", None), "Apple Account (iCloud)");
    is(amazon("Gmail", None), "Google");
    is(amazon("Mail", Some("someone@gmail.com")), "Google");
    is(amazon("Hotmail", None), "Microsoft account");
    is(amazon("T-Mobile", None), "T-Mobile (US)");
    // The domain wins over the name, as with the enrolment rules.
    is(amazon("Amazon", Some("paypal.com")), "PayPal");
    // Nothing invented: an unknown service, a look-alike domain, a known service whose entry
    // says nothing about support.
    assert_eq!(identity_checks("Corner Bakery Loyalty", None), None);
    assert_eq!(identity_checks("Shop", Some("notamazon.com")), None);
    assert_eq!(
        identity_checks("Shop", Some("amazon.com.evil.example")),
        None
    );
    assert_eq!(identity_checks("Facebook", Some("facebook.com")), None);
    assert_eq!(identity_checks("", None), None);

    // Every entry is found by its name, each other name and each domain.
    for r in parse(SHIPPED).unwrap().into_iter().map(|r| r.0) {
        let Some(c) = r.identity_checks.clone() else {
            continue;
        };
        assert_eq!(identity_checks(&r.service, None).as_ref(), Some(&c));
        for n in &r.names {
            assert_eq!(identity_checks(n, None).as_ref(), Some(&c), "{n}");
        }
        for d in &r.domains {
            assert_eq!(identity_checks("x", Some(d)).as_ref(), Some(&c), "{d}");
        }
    }
}

#[test]
fn entries_with_only_identity_checks_leave_the_wizard_as_it_was() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/2fa-directory/all.v3.json"
    );
    let directory = Directory::parse(&std::fs::read(path).unwrap()).unwrap();
    let book = RuleBook::bundled();
    let only: Vec<ServiceRules> = parse(SHIPPED)
        .unwrap()
        .into_iter()
        .map(|r| r.0)
        .filter(|r| r.identity_only())
        .collect();
    assert!(!only.is_empty());
    for r in only {
        assert_eq!(
            book.rules_for(&r.service, None),
            Known::Unknown,
            "{}",
            r.service
        );
        for d in &r.domains {
            if let Some(entry) = directory.find(d) {
                // What the directory's note says, as before the entry existed.
                match book.rules_for(&entry.name, Some(entry)) {
                    Known::Rules { rules } => {
                        assert_ne!(rules.origin, Origin::Curated, "{}", entry.name)
                    }
                    Known::Unknown => {}
                }
            }
        }
    }
}

#[test]
fn rules_kept_before_identity_checks_existed_still_read() {
    // An enrolment stores its rules; those written before `names`/`identity_checks` read back.
    let old = r#"{"service":"Amazon","domains":["amazon.com"],"first_methods":[],
        "prerequisites":[],"backup_required":null,"covers":null,"refusals":[],"support":null,
        "phone":{"refuses_voip":false,"regions_only":[]},"sources":[],"origin":{"kind":"curated"}}"#;
    let r: ServiceRules = serde_json::from_str(old).unwrap();
    assert!(r.names.is_empty() && r.identity_checks.is_none());
    // And rules without them are written as before.
    let back = serde_json::to_value(&r).unwrap();
    assert!(back.get("names").is_none() && back.get("identity_checks").is_none());
    let c = identity_checks("Verizon", None).unwrap();
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["accepts"], serde_json::json!(["support_pin"]));
    assert_eq!(v["confidence"], "documented");
    assert_eq!(v["stake"], "phone");
}

/// Why `checks` may be the answer for (`service`, `domain`): the domain is one of the entry's
/// domains or under one, or the name is the entry's name, one of its other names or a domain
/// of it. Nothing is matched without one of these.
fn reason_to_match(r: &ServiceRules, service: &str, domain: Option<&str>) -> bool {
    let under = |h: &str| {
        r.domains
            .iter()
            .any(|d| h == d || h.ends_with(&format!(".{d}")))
    };
    let name = service.trim().to_lowercase();
    domain.map(super::host).is_some_and(|h| under(&h))
        || r.service.to_lowercase() == name
        || r.names.iter().any(|n| n.to_lowercase() == name)
        || under(&super::host(&name))
}

#[test]
fn over_the_whole_2fa_directory_nothing_is_matched_without_a_reason() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/2fa-directory/all.v3.json"
    );
    let directory = Directory::parse(&std::fs::read(path).unwrap()).unwrap();
    let book = RuleBook::bundled();
    let mut matched = Vec::new();
    for s in directory.services() {
        let domains = std::iter::once(&s.domain).chain(&s.additional_domains);
        for d in domains {
            let Some(c) = book.identity_checks(&s.name, Some(d)) else {
                continue;
            };
            let r = book
                .curated
                .iter()
                .find(|r| r.service == c.service)
                .unwrap();
            assert!(
                reason_to_match(r, &s.name, Some(d)),
                "{} ({d}) matched {}",
                s.name,
                c.service
            );
            matched.push(c.service);
        }
    }
    matched.sort();
    matched.dedup();
    // The big ones are in the directory under their own domains.
    for want in [
        "Amazon",
        "Google",
        "PayPal",
        "Verizon",
        "T-Mobile (US)",
        "AT&T",
    ] {
        assert!(
            matched.iter().any(|m| m == want),
            "{want} not matched: {matched:?}"
        );
    }
}

mod properties {
    use proptest::prelude::*;

    use super::super::RuleBook;
    use super::reason_to_match;

    fn with_checks() -> Vec<super::ServiceRules> {
        RuleBook::bundled()
            .curated
            .into_iter()
            .filter(|r| r.identity_checks.is_some())
            .collect()
    }

    proptest! {
        /// Whatever is typed as the name and the domain, the lookup doesn't fail and whatever
        /// it finds has a reason.
        #[test]
        fn any_name_and_domain_finds_nothing_without_a_reason(
            service in "\\PC{0,30}",
            domain in proptest::option::of("\\PC{0,40}"),
        ) {
            let book = RuleBook::bundled();
            if let Some(c) = book.identity_checks(&service, domain.as_deref()) {
                let r = book.curated.iter().find(|r| r.service == c.service).unwrap();
                prop_assert!(reason_to_match(r, &service, domain.as_deref()));
            }
        }

        /// A page anywhere on a service's site, written any way, finds that service; glued to
        /// another word (no dot) it doesn't.
        #[test]
        fn any_page_under_a_domain_finds_its_service(
            entry in proptest::sample::select(with_checks()),
            pick in any::<proptest::sample::Index>(),
            label in "[a-z0-9][a-z0-9-]{0,15}",
            path in "[a-zA-Z0-9/?=&#._-]{0,30}",
            upper in any::<bool>(),
        ) {
            let book = RuleBook::bundled();
            let d = pick.get(&entry.domains);
            let mut url = format!("https://{label}.{d}/{path}");
            if upper {
                url = url.to_uppercase();
            }
            let found = book.identity_checks("", Some(&url)).map(|c| c.service);
            prop_assert_eq!(found.as_deref(), Some(entry.service.as_str()));
            let glued = format!("{label}{d}");
            if let Some(c) = book.identity_checks("", Some(&glued)) {
                let r = book.curated.iter().find(|r| r.service == c.service).unwrap();
                prop_assert!(reason_to_match(r, "", Some(&glued)));
            }
        }
    }
}
