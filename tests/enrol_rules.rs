//! The service rules behind the enrolment plan: the curated data file is well-formed, cites its
//! sources and doesn't contradict 2fa.directory without saying why; rules read from directory
//! notes are consistent; services without rules get no invented rule; and over every service in
//! the 2fa.directory snapshot, with or without a refused number, the wizard never recommends a
//! method the service's rules rule out.

mod common;

use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use common::*;
use steward::directory::{Directory, Method};
use steward::enrol::rules::curated::{curated_with_reasons, methods_named, problems};
use steward::enrol::rules::{Known, Origin, RuleBook};
use steward::enrol::{EnrolAction, Enrolments, StartProvider, Step};

fn directory() -> Directory {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/2fa-directory/all.v3.json"
    );
    Directory::parse(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn the_curated_file_is_well_formed_and_cites_a_source_for_every_entry() {
    let entries = curated_with_reasons().expect("service-rules.json parses strictly");
    assert!(!entries.is_empty());
    let mut seen: HashMap<String, String> = HashMap::new();
    for (r, _) in &entries {
        let p = problems(r);
        assert!(p.is_empty(), "{}: {p:?}", r.service);
        for d in &r.domains {
            if let Some(other) = seen.insert(d.clone(), r.service.clone()) {
                panic!("{d} is in both {other} and {}", r.service);
            }
        }
    }
}

#[test]
fn no_curated_rule_contradicts_the_directory_without_saying_why() {
    let directory = directory();
    for (r, reason) in curated_with_reasons().unwrap() {
        let Some(entry) = r.domains.iter().find_map(|d| directory.find(d)) else {
            continue; // not in the directory: nothing to contradict
        };
        let unlisted: Vec<Method> = methods_named(&r)
            .into_iter()
            .filter(|m| !entry.methods.contains(m))
            .collect();
        // A method the directory doesn't list, or a note that says "phone first" while the
        // entry lets something else come first, needs a reason written in the entry.
        let inferred = steward::enrol::rules::RuleBook::bundled();
        let _ = inferred;
        let note_says_phone_first = entry.notes.as_deref().is_some_and(|n| {
            let n = n.to_lowercase();
            n.contains("required to enable") || n.contains("requires sms verification")
        });
        let first_not_phone = r
            .first_methods
            .iter()
            .any(|m| !matches!(m, Method::Sms | Method::Call));
        if !unlisted.is_empty() || (note_says_phone_first && first_not_phone) {
            assert!(
                reason.as_deref().is_some_and(|w| w.trim().len() > 10),
                "{} differs from 2fa.directory ({unlisted:?}) without differs_from_directory",
                r.service
            );
        }
    }
}

#[test]
fn rules_read_from_directory_notes_say_so_and_name_only_offered_methods() {
    let directory = directory();
    let book = RuleBook::bundled();
    let mut inferred = 0;
    for s in directory.services() {
        let Known::Rules { rules } = book.rules_for(&s.name, Some(s)) else {
            continue;
        };
        let Origin::InferredFromNote { note } = &rules.origin else {
            continue;
        };
        inferred += 1;
        assert_eq!(Some(note), s.notes.as_ref(), "{}", s.name);
        for m in methods_named(&rules) {
            assert!(s.methods.contains(&m), "{}: {m:?} is not offered", s.name);
        }
        for p in &rules.prerequisites {
            assert!(!p.needs_one_of.contains(&p.method), "{}", s.name);
            assert!(!rules.first_methods.contains(&p.method), "{}", s.name);
        }
    }
    // The phrasings read cover a real share of the notes, not one example.
    assert!(
        inferred >= 15,
        "only {inferred} services had rules read from notes"
    );

    // One read by name: "Setup requires SMS verification." means phone first.
    let with_note = directory
        .services()
        .iter()
        .find(|s| {
            s.notes.as_deref() == Some("Setup requires SMS verification.")
                && s.supports(Method::Totp)
        })
        .expect("the snapshot has such a service");
    let Known::Rules { rules } = book.rules_for(&with_note.name, Some(with_note)) else {
        panic!("rules for {}", with_note.name)
    };
    assert_eq!(rules.first_methods, vec![Method::Sms]);
    assert!(rules.missing_prerequisite(Method::Totp, &[]).is_some());
    assert!(rules.allows_now(Method::Totp, &[Method::Sms]));
}

#[test]
fn a_service_without_rules_gets_none_invented() {
    let directory = directory();
    let book = RuleBook::bundled();
    let metamask = directory
        .find("metamask.io")
        .expect("MetaMask in the snapshot");
    assert_eq!(
        book.rules_for(&metamask.name, Some(metamask)),
        Known::Unknown
    );
    assert_eq!(
        book.rules_for("Corner Bakery Loyalty", None),
        Known::Unknown
    );

    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let t = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    let v = w
        .start("metamask.io", StartProvider::Guided, &directory, t)
        .unwrap();
    assert_eq!(v.plan.rules, Known::Unknown);
    assert!(v.plan.ruled_out.is_empty());
    assert!(v.options.iter().all(|o| o.available));
    assert!(
        v.guide.do_now.iter().any(|l| l.contains("doesn't know")),
        "{:?}",
        v.guide.do_now
    );
}

/// Every service in the snapshot that has rules (curated or read from its note): at the start,
/// and again after the service refuses the customer's number, the recommended method (if any)
/// is one its rules allow now, and choosing it is accepted.
#[test]
fn the_wizard_never_recommends_what_the_rules_rule_out() {
    let directory = directory();
    let book = RuleBook::bundled();
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let t = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    let mut checked = 0;
    for s in directory.services() {
        if book.rules_for(&s.name, Some(s)) == Known::Unknown || !s.has_2fa() {
            continue;
        }
        checked += 1;
        let v = w
            .start(&s.domain, StartProvider::Guided, &directory, t)
            .unwrap();
        let id = v.enrolment.id;
        let check = |v: &steward::enrol::EnrolmentView, when: &str| {
            for o in v.options.iter().filter(|o| o.recommended) {
                assert!(o.available, "{} {when}: recommends {:?}", s.name, o.method);
                assert!(v.plan.ruled_out(o.method).is_none(), "{} {when}", s.name);
            }
        };
        check(&v, "at the start");
        let phone = v
            .options
            .iter()
            .find(|o| o.available && matches!(o.method, Method::Sms | Method::Call));
        if let Some(phone) = phone {
            w.act(
                id,
                EnrolAction::ChooseMethod {
                    method: phone.method,
                },
                None,
                t,
            )
            .unwrap();
            w.act(
                id,
                EnrolAction::SubmitPhone {
                    number: "+84 912 345 678".into(),
                    region: None,
                },
                None,
                t,
            )
            .unwrap();
            let v = w
                .act(
                    id,
                    EnrolAction::ReportRefusal {
                        message: UNUSUAL.into(),
                    },
                    None,
                    t,
                )
                .unwrap();
            assert_eq!(v.enrolment.step, Step::ChooseMethod, "{}", s.name);
            check(&v, "after a refused number");
            if let Some(rec) = v.options.iter().find(|o| o.recommended) {
                w.act(
                    id,
                    EnrolAction::ChooseMethod { method: rec.method },
                    None,
                    t,
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "{}: the recommended {:?} is refused: {e}",
                        s.name, rec.method
                    )
                });
            }
        }
    }
    assert!(checked >= 15, "only {checked} services with rules");
}
