//! The phone and cases domains speak the reader's language: a phone check's findings, a
//! service's refusal explained, an alert's checklist and a case's insights come out in
//! Vietnamese under `with_lang(vi)` — different from English, with Vietnamese letters, and never
//! a raw message id — and country names are CLDR's Vietnamese ones.

mod common;

use chrono::{Duration, Utc};
use common::*;
use steward::cases::{AlertKind, NewAlert, NewPromise};
use steward::i18n::{with_lang, Lang};
use steward::phone::{self, FindingCode};

fn vi() -> Lang {
    Lang::parse("vi").unwrap()
}

/// Letters only Vietnamese (of the catalogue's languages) writes.
fn has_vietnamese_letters(s: &str) -> bool {
    s.chars().any(|c| {
        "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            .contains(c.to_lowercase().next().unwrap_or(c))
    })
}

/// Every text a few phone checks and a refusal produce, labelled.
fn phone_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |label: String, text: &str| out.push((label, text.to_string()));
    // A Vietnamese mobile typed with its leading 0 and no country; the same digits with the
    // country code but no +; a landline given for SMS codes.
    let cases: &[(&str, Option<&str>, FindingCode)] = &[
        ("0912 345 678", None, FindingCode::RegionNeeded),
        ("84912345678", None, FindingCode::CountryCodeWithoutPlus),
        ("+84 210 1234 567", None, FindingCode::FixedLine),
        (
            "+84 0912 345 678",
            None,
            FindingCode::TrunkZeroAfterCountryCode,
        ),
    ];
    for (input, region, expected) in cases {
        let c = phone::check(input, *region, None).unwrap();
        assert!(
            c.findings.iter().any(|f| f.code == *expected),
            "{input}: no {expected:?} in {:?}",
            c.findings
        );
        for f in &c.findings {
            push(format!("{input} {:?}", f.code), &f.message);
            if let Some(a) = &f.action {
                push(format!("{input} {:?} action", f.code), a);
            }
        }
        push(format!("{input} sms"), &c.sms.text());
    }
    let r = phone::classify_refusal(UNUSUAL).unwrap();
    push("refusal title".into(), &r.title);
    push("refusal explanation".into(), &r.explanation);
    for a in &r.advice {
        push(format!("refusal advice {:?}", a.action), &a.text);
    }
    out
}

/// An alert's checklist and the insights of a case with a missed promise.
fn cases_texts() -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Call-back never came", "Example Shop"))
        .unwrap();
    let mut c = contact("They promised a call back");
    c.started_at = Some(Utc::now() - Duration::days(20));
    c.promises = vec![NewPromise {
        text: "We will call you back within 48 hours".into(),
        due_at: Some(Utc::now() - Duration::days(18)),
    }];
    store.log_interaction(case.id, &c).unwrap();
    let alert = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::DataExposed,
                summary: "They showed me another customer's address".into(),
                interaction_id: None,
                attachment_id: None,
            },
        )
        .unwrap();
    let mut out = vec![
        ("alert title".to_string(), alert.title.clone()),
        ("alert explanation".to_string(), alert.explanation.clone()),
    ];
    for s in &alert.steps {
        out.push((format!("step {:?}", s.id), s.text.clone()));
        out.push((format!("step {:?} why", s.id), s.why.clone()));
    }
    let x = store.insights(case.id, Utc::now()).unwrap();
    assert!(
        x.escalation_reasons.len() >= 2,
        "a missed promise and 20 days open: {:?}",
        x.escalation_reasons
    );
    for (i, r) in x.escalation_reasons.iter().enumerate() {
        out.push((format!("escalation reason {i}"), r.clone()));
    }
    out
}

fn assert_vietnamese(english: &[(String, String)], vietnamese: &[(String, String)]) {
    assert_eq!(english.len(), vietnamese.len());
    for ((label, en), (label_vi, vi)) in english.iter().zip(vietnamese) {
        assert_eq!(label, label_vi, "the same texts in the same order");
        assert_ne!(en, vi, "{label}: still English in Vietnamese: {vi}");
        assert!(has_vietnamese_letters(vi), "{label}: no Vietnamese: {vi}");
        assert!(
            !vi.contains("phone-") && !vi.contains("cases-"),
            "{label}: a raw message id: {vi}"
        );
        assert!(!vi.contains("{ $"), "{label}: a placeholder left: {vi}");
    }
}

#[test]
fn phone_findings_sms_outlook_and_refusals_in_vietnamese() {
    let english = with_lang(Lang::english(), phone_texts);
    let vietnamese = with_lang(vi(), phone_texts);
    assert!(english.len() > 10, "{english:?}");
    assert_vietnamese(&english, &vietnamese);
    // English stays English, word for word.
    assert!(english
        .iter()
        .any(|(_, t)| t == "Steward can't tell which country this number is from."));
    // The wait named in the advice is in Vietnamese too.
    assert!(
        vietnamese.iter().any(|(_, t)| t.contains("24 giờ")),
        "{vietnamese:?}"
    );
}

#[test]
fn alert_checklists_and_insights_in_vietnamese() {
    let english = with_lang(Lang::english(), cases_texts);
    let vietnamese = with_lang(vi(), cases_texts);
    assert_vietnamese(&english, &vietnamese);
    assert!(english
        .iter()
        .any(|(_, t)| t == "Change your password at Example Shop"));
    assert!(
        vietnamese.iter().any(|(_, t)| t.contains("Example Shop")),
        "the service's name is kept"
    );
    assert!(english.iter().any(|(_, t)| t == "1 promise not kept"));
}

#[test]
fn country_names_come_in_the_reader_s_language() {
    let (en, vi_name, finding) = (
        with_lang(Lang::english(), || {
            phone::check("0912 345 678", Some("VN"), None)
                .unwrap()
                .number
                .unwrap()
                .region_name
        }),
        with_lang(vi(), || {
            phone::regions()
                .into_iter()
                .find(|r| r.code == "VN")
                .unwrap()
                .name
        }),
        with_lang(vi(), || {
            let c = phone::check("0912 345 678", Some("VN"), None).unwrap();
            assert_eq!(
                c.number.as_ref().unwrap().region_name.as_deref(),
                Some("Việt Nam")
            );
            c.findings
                .into_iter()
                .find(|f| f.code == FindingCode::Mobile)
                .unwrap()
                .message
        }),
    );
    assert_eq!(en.as_deref(), Some("Vietnam"));
    assert_eq!(vi_name, "Việt Nam");
    assert!(finding.contains("ở Việt Nam"), "{finding}");
    // Every country the picker lists has a name in every language, sorted as people read it.
    for lang in Lang::all() {
        let regions = with_lang(lang, phone::regions);
        assert!(regions.iter().all(|r| r.name != r.code), "{lang}");
    }
    let vi_regions = with_lang(vi(), phone::regions);
    let pos = |code: &str| vi_regions.iter().position(|r| r.code == code).unwrap();
    // "Đan Mạch" (DK) among the D's, before "Đức" (DE) and after "Croatia" (HR).
    assert!(pos("HR") < pos("DK"), "Croatia before Đan Mạch");
}
