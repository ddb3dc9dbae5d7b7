//! The guided enrolment wizard on a real encrypted profile, with the 2fa.directory snapshot from
//! `tests/fixtures/corpus`. The seed story: an Amazon customer with a Vietnamese number is refused
//! ("unusual activity"), Steward stops blind retries, records the refusal verbatim in a case and
//! ends with an authenticator enrolled.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::*;
use steward::directory::{Directory, Method};
use steward::enrol::rules::{Known, Origin, PlanStep};
use steward::enrol::{
    AttemptOutcome, EnrolAction, EnrolError, Enrolments, StartProvider, Status, Step,
};
use steward::error::UserFacing;
use steward::phone::RefusalKind;

const AMAZON_LINK: &str =
    "otpauth://totp/Amazon:customer%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon";

fn directory() -> Directory {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/2fa-directory/all.v3.json"
    );
    let bytes = std::fs::read(path).expect("the 2fa.directory snapshot in tests/fixtures/corpus");
    Directory::parse(&bytes).expect("the snapshot parses")
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap()
}

fn totp_now(secret_b32: &str, at: DateTime<Utc>) -> String {
    // An independent RFC 6238 computation, so the test does not only trust Steward's own code.
    use hmac::{Hmac, Mac};
    let key = data_encoding_base32(secret_b32);
    let counter = (at.timestamp() as u64 / 30).to_be_bytes();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).unwrap();
    mac.update(&counter);
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[o] & 0x7f, h[o + 1], h[o + 2], h[o + 3]]);
    format!("{:06}", bin % 1_000_000)
}

fn data_encoding_base32(s: &str) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bits = 0u64;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes() {
        let v = alphabet.iter().position(|a| *a == c).unwrap() as u64;
        bits = (bits << 5) | v;
        n += 5;
        if n >= 8 {
            out.push((bits >> (n - 8)) as u8);
            n -= 8;
        }
    }
    out
}

#[test]
fn the_seed_story_plans_around_the_refused_number_and_ends_with_a_tested_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let directory = directory();
    let id;
    let refused_at = t0() + Duration::minutes(3);
    {
        let profile = open(dir.path());
        let w = Enrolments::new(&profile);
        let v = w
            .start("amazon", StartProvider::Guided, &directory, t0())
            .unwrap();
        id = v.enrolment.id;
        assert_eq!(v.enrolment.service, "Amazon");
        assert!(v.enrolment.in_directory);
        assert_eq!(
            v.enrolment.methods,
            vec![Method::Totp, Method::Call, Method::Sms]
        );
        // Amazon's rules (curated): a phone first, the authenticator after it. So the
        // authenticator is listed, strongest, but not available yet, and says why; the plan
        // recommends a phone method with the authenticator as its next step.
        let totp = v.options.iter().find(|o| o.method == Method::Totp).unwrap();
        assert!(!totp.available && !totp.recommended);
        assert!(
            totp.blocked_reason
                .as_deref()
                .unwrap()
                .contains("after a phone number"),
            "{totp:?}"
        );
        let rec = v.plan.options.iter().find(|o| o.recommended).unwrap();
        assert!(
            matches!(rec.step, PlanStep::Method { method } if matches!(method, Method::Call | Method::Sms)),
            "{rec:?}"
        );
        assert!(
            rec.then.iter().any(|t| t.contains("authenticator")),
            "{rec:?}"
        );
        assert!(matches!(&v.plan.rules, Known::Rules { rules } if rules.origin == Origin::Curated));
        assert!(v.guide.do_now.iter().any(|l| l.contains("NIST")));
        assert!(v
            .guide
            .do_now
            .iter()
            .any(|l| l.contains("Kindle Direct Publishing")));
        assert_eq!(v.progress.0, 1);

        // Choosing the authenticator now is refused by Steward, with Amazon's rule.
        let err = w
            .act(
                id,
                EnrolAction::ChooseMethod {
                    method: Method::Totp,
                },
                None,
                t0(),
            )
            .unwrap_err();
        assert_eq!(err.code(), "enrol_needs_another_method_first");
        assert!(err.to_string().contains("after a phone number"), "{err}");

        // The customer tries SMS with the number as they know it.
        let v = w
            .act(
                id,
                EnrolAction::ChooseMethod {
                    method: Method::Sms,
                },
                None,
                t0() + Duration::minutes(1),
            )
            .unwrap();
        assert_eq!(v.enrolment.step, Step::EnterPhone);
        let v = w
            .act(
                id,
                EnrolAction::SubmitPhone {
                    number: "0912 345 678".into(),
                    region: Some("VN".into()),
                },
                None,
                t0() + Duration::minutes(2),
            )
            .unwrap();
        let phone = v.enrolment.phone.clone().unwrap();
        assert_eq!(phone.e164, "+84912345678");
        // libphonenumber (metadata v9.0.42) groups Vietnamese mobiles as 3-3-3.
        assert_eq!(phone.international, "+84 912 345 678");
        assert_eq!(v.enrolment.step, Step::EnterPhoneCode);
        assert!(v.message.unwrap().contains("+84912345678"));
    }
    // The app is closed and reopened: the wizard resumes where it was.
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    assert_eq!(w.resolve("latest").unwrap(), id);
    assert_eq!(
        w.show(id, refused_at).unwrap().enrolment.step,
        Step::EnterPhoneCode
    );

    let v = w
        .act(
            id,
            EnrolAction::ReportRefusal {
                message: UNUSUAL.into(),
            },
            None,
            refused_at,
        )
        .unwrap();
    let e = &v.enrolment;
    assert_eq!(e.step, Step::ChooseMethod, "the refused method is left");
    let attempt = e.attempts.last().unwrap();
    assert_eq!(attempt.outcome, AttemptOutcome::Refused);
    assert_eq!(attempt.text.as_deref(), Some(UNUSUAL));
    assert_eq!(attempt.at, refused_at);
    assert_eq!(
        attempt.refusal.as_ref().unwrap().kind,
        RefusalKind::RiskBlock
    );
    // The dead end of the issue: never "Next best: Authenticator app" at Amazon.
    let msg = v.message.unwrap();
    assert!(!msg.contains("Next best: Authenticator"), "{msg}");
    assert!(msg.contains("does not change the answer"), "{msg}");
    assert!(msg.contains("after a phone number"), "{msg}");
    let why = v.plan.explanation.as_deref().unwrap();
    assert!(
        why.contains("+84 912 345 678") && why.contains("after a phone number"),
        "{why}"
    );
    // What can still work: another number (recommended), support with Amazon's route.
    let rec = v.plan.options.iter().find(|o| o.recommended).unwrap();
    assert!(
        matches!(&rec.step, PlanStep::AnotherNumber { refused, .. } if refused == &vec!["+84912345678".to_string()]),
        "{rec:?}"
    );
    assert!(rec.detail.contains("VoIP"), "{rec:?}");
    let support = v
        .plan
        .options
        .iter()
        .find(|o| o.step == PlanStep::AskSupport)
        .expect("a support path");
    assert!(
        support
            .detail
            .contains("amazon.com/gp/help/customer/contact-us"),
        "{support:?}"
    );
    for o in &v.options {
        if o.recommended {
            assert!(o.available, "a recommended method is available: {o:?}");
        }
    }
    assert!(
        !v.options
            .iter()
            .any(|o| o.method == Method::Totp && (o.available || o.recommended)),
        "the authenticator stays ruled out until a phone is verified"
    );

    // The case records it: verbatim, with its time, as a portal contact.
    let case_id = e.case_id.expect("a case was opened at the first failure");
    let detail = profile.cases().case_detail(case_id).unwrap();
    assert!(detail.case.title.contains("Amazon"));
    let first = &detail.interactions[0];
    assert_eq!(first.error_texts, vec![UNUSUAL.to_string()]);
    assert_eq!(first.started_at, refused_at);
    assert!(
        first.summary.contains("+84 912 345 678"),
        "{}",
        first.summary
    );
    assert_eq!(first.channel, steward::cases::Channel::Portal);

    // The support path: "I'm stuck" logs it on the case, and the wizard carries on after.
    let (v, stuck_case) = w.stuck(id, refused_at + Duration::minutes(1)).unwrap();
    assert_eq!(stuck_case, case_id);
    assert_eq!(v.enrolment.step, Step::ChooseMethod);

    // The same number again is refused by Steward itself; another number is not.
    let at = refused_at + Duration::hours(20);
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Sms,
        },
        None,
        at,
    )
    .unwrap();
    let err = w
        .act(
            id,
            EnrolAction::SubmitPhone {
                number: "+84 912 345 678".into(),
                region: None,
            },
            None,
            at,
        )
        .unwrap_err();
    assert_eq!(err.code(), "enrol_number_refused");
    let v = w
        .act(
            id,
            EnrolAction::SubmitPhone {
                number: "0987 654 321".into(),
                region: Some("VN".into()),
            },
            None,
            at,
        )
        .unwrap();
    assert_eq!(v.enrolment.step, Step::EnterPhoneCode);
    // The code arrived and the website accepted it: the phone is on, and the wizard goes
    // back to the choice with the authenticator now unlocked and recommended.
    let v = w.act(id, EnrolAction::Confirm, None, at).unwrap();
    assert_eq!(v.enrolment.step, Step::ChooseMethod);
    assert!(
        v.message.as_deref().unwrap().contains("Authenticator"),
        "{:?}",
        v.message
    );
    let totp = v.options.iter().find(|o| o.method == Method::Totp).unwrap();
    assert!(totp.available && totp.recommended, "{totp:?}");
    // The refusal of the first number is history now: no "blocked" explanation, no support or
    // other-number path.
    assert_eq!(v.plan.explanation, None, "{:?}", v.plan);
    assert!(
        v.plan
            .options
            .iter()
            .all(|o| matches!(o.step, PlanStep::Method { .. })),
        "{:?}",
        v.plan.options
    );

    // The authenticator path: the service's QR link, Steward's code, the website accepts it.
    let v = w
        .act(
            id,
            EnrolAction::ChooseMethod {
                method: Method::Totp,
            },
            None,
            at,
        )
        .unwrap();
    assert_eq!(v.enrolment.step, Step::AddAuthenticator);
    let v = w
        .act(
            id,
            EnrolAction::AddAuthenticator {
                link: AMAZON_LINK.into(),
            },
            None,
            at,
        )
        .unwrap();
    assert_eq!(v.enrolment.step, Step::ConfirmAuthenticator);
    assert_eq!(
        v.current_code.as_deref(),
        Some(totp_now("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", at).as_str()),
        "the code shown is the service's TOTP for now"
    );
    let v = w.act(id, EnrolAction::Confirm, None, at).unwrap();
    assert_eq!(v.enrolment.step, Step::BackupCodes);
    let codes: Vec<String> = (1..=10).map(|i| format!("{i:04}-{:04}", i * 7)).collect();
    let v = w
        .act(
            id,
            EnrolAction::SaveBackupCodes {
                codes: vec![codes.join("\n")],
            },
            None,
            at,
        )
        .unwrap();
    let e = &v.enrolment;
    assert_eq!(e.status, Status::Done);
    assert_eq!(e.step, Step::Summary);
    assert_eq!(e.backup_codes_saved, Some(10));
    let on: Vec<Method> = e.enrolled.iter().map(|x| x.method).collect();
    assert_eq!(on, vec![Method::Sms, Method::Totp]);
    let otp = e.otp_account_id.unwrap();
    assert_eq!(profile.otp().backup_codes(otp, false).unwrap().unused, 10);
    // The receipt: what is on, the number masked, the codes counted, tested.
    let receipt = e.receipt.as_ref().expect("a receipt when done");
    assert_eq!(receipt.methods, vec![Method::Totp, Method::Sms]);
    assert_eq!(receipt.phone_masked.as_deref(), Some("•••• 4321"));
    assert_eq!(receipt.backup_codes_stored, 10);
    assert!(receipt.tested);
    assert_eq!(receipt.at, at);

    // The case ends resolved, the refusal still first in its timeline.
    let detail = profile.cases().case_detail(case_id).unwrap();
    assert_eq!(detail.case.status, steward::cases::CaseStatus::Resolved);
    assert_eq!(
        detail.interactions[0].error_texts,
        vec![UNUSUAL.to_string()]
    );
    assert!(detail
        .interactions
        .last()
        .unwrap()
        .summary
        .contains("Two-step verification is on"));
    // The accounts view shows the service with what is on, what was tried, and the receipt.
    let accounts = profile.cases().accounts().unwrap();
    let amazon = accounts.iter().find(|a| a.service == "Amazon").unwrap();
    assert_eq!(amazon.two_factor_on, vec![Method::Totp, Method::Sms]);
    assert_eq!(amazon.enrolment_attempts as usize, e.attempts.len());
    assert!(amazon.enrolment_attempts >= 2);
    assert_eq!(amazon.domain.as_deref(), Some("amazon.com"));
    assert_eq!(amazon.enrolment_receipt.as_ref(), Some(receipt));
    // Every change went into the hash-chained event log, and the chain holds.
    assert!(steward::cases::verify_chain(profile.db().conn())
        .unwrap()
        .is_empty());
    // Nothing secret in the stored wizard state; the second number only masked in the receipt.
    let state: String = profile
        .db()
        .conn()
        .query_row("SELECT state FROM enrolments", [], |r| r.get(0))
        .unwrap();
    assert!(!state.contains("JBSWY3DP"));
    assert!(!state.contains("0001-0007"));
}

#[test]
fn bad_input_is_refused_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let directory = directory();
    assert!(matches!(
        w.start("  ", StartProvider::Guided, &directory, t0()),
        Err(EnrolError::NoService)
    ));
    let id = w
        .start("Amazon", StartProvider::Guided, &directory, t0())
        .unwrap()
        .enrolment
        .id;
    let before = w.get(id).unwrap();
    // Not offered by Amazon.
    assert!(matches!(
        w.act(
            id,
            EnrolAction::ChooseMethod {
                method: Method::SecurityKey
            },
            None,
            t0()
        ),
        Err(EnrolError::MethodNotOffered { .. })
    ));
    // Out of order.
    assert!(matches!(
        w.act(
            id,
            EnrolAction::SubmitCode {
                code: "123456".into()
            },
            None,
            t0()
        ),
        Err(EnrolError::WrongStep { .. })
    ));
    assert!(matches!(
        w.act(id, EnrolAction::Back, None, t0()),
        Err(EnrolError::WrongStep { .. })
    ));
    assert_eq!(w.get(id).unwrap(), before, "refused actions change nothing");

    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Sms,
        },
        None,
        t0(),
    )
    .unwrap();
    let before = w.get(id).unwrap();
    for bad in ["12", "not a number", "", "+84 0000"] {
        let err = w
            .act(
                id,
                EnrolAction::SubmitPhone {
                    number: bad.into(),
                    region: Some("VN".into()),
                },
                None,
                t0(),
            )
            .unwrap_err();
        assert!(
            matches!(err, EnrolError::PhoneInvalid { .. }),
            "{bad}: {err:?}"
        );
        let info = steward::error::UserFacing::info(&err);
        assert_eq!(info.code, "enrol_phone_invalid");
        assert!(info.hint.is_some());
    }
    assert!(matches!(
        w.act(
            id,
            EnrolAction::ReportRefusal {
                message: "   ".into()
            },
            None,
            t0()
        ),
        Err(EnrolError::Input(_))
    ));
    assert!(matches!(
        w.act(
            id,
            EnrolAction::SubmitPhone {
                number: "0912345678".into(),
                region: Some("ZZ".into())
            },
            None,
            t0()
        ),
        Err(EnrolError::Phone(_))
    ));
    assert_eq!(w.get(id).unwrap(), before);
    assert!(matches!(
        w.act(
            id,
            EnrolAction::AddAuthenticator {
                link: "otpauth://nonsense".into()
            },
            None,
            t0()
        ),
        Err(EnrolError::WrongStep { .. })
    ));

    // Guided codes are typed on the website, not in Steward.
    w.act(
        id,
        EnrolAction::SubmitPhone {
            number: "+84 912 345 678".into(),
            region: None,
        },
        None,
        t0(),
    )
    .unwrap();
    let err = w
        .act(
            id,
            EnrolAction::SubmitCode {
                code: "123456".into(),
            },
            None,
            t0(),
        )
        .unwrap_err();
    assert!(matches!(err, EnrolError::WrongStep { .. }));

    // Back goes one step back; the method can be changed.
    let v = w.act(id, EnrolAction::Back, None, t0()).unwrap();
    assert_eq!(v.enrolment.step, Step::EnterPhone);
    let v = w.act(id, EnrolAction::Back, None, t0()).unwrap();
    assert_eq!(v.enrolment.step, Step::ChooseMethod);
    assert_eq!(v.enrolment.method, None);

    // A bad link for the authenticator: a clear error, the step stays. (At GitHub: Amazon
    // wants a phone before an authenticator.)
    let id = w
        .start("GitHub", StartProvider::Guided, &directory, t0())
        .unwrap()
        .enrolment
        .id;
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Totp,
        },
        None,
        t0(),
    )
    .unwrap();
    for bad in [
        "otpauth://totp/X?secret=not*base32",
        "JBSWY3DP",
        "https://example.com",
    ] {
        let err = w
            .act(
                id,
                EnrolAction::AddAuthenticator { link: bad.into() },
                None,
                t0(),
            )
            .unwrap_err();
        assert_eq!(
            w.get(id).unwrap().step,
            Step::AddAuthenticator,
            "{bad}: {err}"
        );
    }
}

#[test]
fn new_codes_are_backed_off_and_a_rate_limit_is_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let id = w
        .start("Amazon", StartProvider::Guided, &directory(), t0())
        .unwrap()
        .enrolment
        .id;
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Sms,
        },
        None,
        t0(),
    )
    .unwrap();
    w.act(
        id,
        EnrolAction::SubmitPhone {
            number: "+44 7400 123456".into(),
            region: None,
        },
        None,
        t0(),
    )
    .unwrap();
    // Asking again at once is discouraged: wait a minute, then two.
    let err = w
        .act(
            id,
            EnrolAction::RequestNewCode,
            None,
            t0() + Duration::seconds(20),
        )
        .unwrap_err();
    match &err {
        EnrolError::BackOff { until, .. } => assert_eq!(*until, t0() + Duration::seconds(60)),
        other => panic!("{other:?}"),
    }
    let t1 = t0() + Duration::seconds(61);
    w.act(id, EnrolAction::RequestNewCode, None, t1).unwrap();
    assert!(matches!(
        w.act(
            id,
            EnrolAction::RequestNewCode,
            None,
            t1 + Duration::seconds(90)
        ),
        Err(EnrolError::BackOff { .. })
    ));
    w.act(
        id,
        EnrolAction::RequestNewCode,
        None,
        t1 + Duration::seconds(121),
    )
    .unwrap();

    // The service says to wait two hours: nothing is sent before then, and the case says why.
    let t2 = t1 + Duration::seconds(200);
    let v = w
        .act(
            id,
            EnrolAction::ReportRefusal {
                message: "You've tried too many times. Try again in 2 hours.".into(),
            },
            None,
            t2,
        )
        .unwrap();
    assert_eq!(v.enrolment.retry_not_before, Some(t2 + Duration::hours(2)));
    assert_eq!(
        v.enrolment.step,
        Step::EnterPhoneCode,
        "a rate limit is waited out, not a dead end"
    );
    let err = w
        .act(
            id,
            EnrolAction::RequestNewCode,
            None,
            t2 + Duration::minutes(30),
        )
        .unwrap_err();
    assert!(matches!(err, EnrolError::BackOff { .. }));
    assert_eq!(steward::error::UserFacing::code(&err), "enrol_back_off");
    w.act(
        id,
        EnrolAction::RequestNewCode,
        None,
        t2 + Duration::minutes(121),
    )
    .unwrap();
    let case = v.enrolment.case_id.unwrap();
    let detail = profile.cases().case_detail(case).unwrap();
    assert_eq!(
        detail.interactions[0].error_texts,
        vec!["You've tried too many times. Try again in 2 hours.".to_string()]
    );
}

#[test]
fn a_service_missing_from_the_directory_still_gets_a_wizard_and_stuck_opens_a_case() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let v = w
        .start(
            "Hanoi Corner Bakery",
            StartProvider::Guided,
            &Directory::empty(),
            t0(),
        )
        .unwrap();
    assert!(!v.enrolment.in_directory);
    assert_eq!(v.enrolment.service, "Hanoi Corner Bakery");
    assert!(v.options.len() >= 4);
    let id = v.enrolment.id;
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Email,
        },
        None,
        t0(),
    )
    .unwrap();
    let (v, case_id) = w.stuck(id, t0()).unwrap();
    assert_eq!(v.enrolment.case_id, Some(case_id));
    let detail = profile.cases().case_detail(case_id).unwrap();
    assert!(detail.interactions[0].summary.contains("Stuck"));
    // Stopping keeps the record.
    let v = w.act(id, EnrolAction::Abandon, None, t0()).unwrap();
    assert_eq!(v.enrolment.status, Status::Abandoned);
    assert!(matches!(
        w.act(id, EnrolAction::Confirm, None, t0()),
        Err(EnrolError::Finished)
    ));
    assert_eq!(w.list().unwrap().len(), 1);
}

/// With the Passkeys Directory: a passkey is offered first at Amazon (with its per-region note),
/// set up on the website, tested by signing in, and the wizard then carries on to two-step
/// verification rather than stopping at the passkey.
#[test]
fn a_passkey_is_offered_strongest_and_the_plan_carries_on_to_two_step_verification() {
    let passkeys = steward::directory::PasskeysDirectory::parse(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/corpus/passkeys-directory/all.v1.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let directory = directory().with_passkeys(&passkeys);
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let v = w
        .start("Amazon", StartProvider::Guided, &directory, t0())
        .unwrap();
    let id = v.enrolment.id;
    assert_eq!(v.enrolment.methods[0], Method::Passkey);
    let rec = v.plan.options.iter().find(|o| o.recommended).unwrap();
    assert_eq!(
        rec.step,
        PlanStep::Method {
            method: Method::Passkey
        }
    );
    assert!(
        rec.then.iter().any(|t| t.contains("two-step verification")),
        "{rec:?}"
    );

    let v = w
        .act(
            id,
            EnrolAction::ChooseMethod {
                method: Method::Passkey,
            },
            None,
            t0(),
        )
        .unwrap();
    assert_eq!(v.enrolment.step, Step::OnWebsite);
    assert!(v.guide.title.contains("passkey"), "{:?}", v.guide);
    assert!(
        v.guide
            .do_now
            .iter()
            .any(|l| l.contains("regional Amazon sites")),
        "the Passkeys Directory's note: {:?}",
        v.guide.do_now
    );
    let v = w.act(id, EnrolAction::Confirm, None, t0()).unwrap();
    assert_eq!(
        v.enrolment.step,
        Step::TestSignIn,
        "a method set up on the website is tested"
    );
    let v = w.act(id, EnrolAction::Confirm, None, t0()).unwrap();
    assert_eq!(
        v.enrolment.step,
        Step::ChooseMethod,
        "only a passkey: carry on"
    );
    let rec = v.options.iter().find(|o| o.recommended).unwrap();
    assert!(matches!(rec.method, Method::Sms | Method::Call), "{rec:?}");
    // Enough for today: finish with the passkey, skip the backup codes; the receipt says so.
    let v = w.act(id, EnrolAction::Finish, None, t0()).unwrap();
    assert_eq!(v.enrolment.step, Step::BackupCodes);
    let v = w.act(id, EnrolAction::SkipBackupCodes, None, t0()).unwrap();
    let r = v.enrolment.receipt.unwrap();
    assert_eq!(r.methods, vec![Method::Passkey]);
    assert!(r.tested);
    assert_eq!(r.phone_masked, None);
    assert_eq!(r.backup_codes_stored, 0);
}

/// A method set up on the website whose sign-in test is skipped: the receipt says "not tested".
#[test]
fn a_skipped_sign_in_test_is_written_on_the_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let id = w
        .start("GitHub", StartProvider::Guided, &directory(), t0())
        .unwrap()
        .enrolment
        .id;
    let err = w.act(id, EnrolAction::Finish, None, t0()).unwrap_err();
    assert_eq!(err.code(), "enrol_invalid_input", "nothing on yet: {err}");
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::SecurityKey,
        },
        None,
        t0(),
    )
    .unwrap();
    let v = w.act(id, EnrolAction::Confirm, None, t0()).unwrap();
    assert_eq!(v.enrolment.step, Step::TestSignIn);
    let v = w.act(id, EnrolAction::SkipTest, None, t0()).unwrap();
    assert_eq!(v.enrolment.step, Step::BackupCodes);
    let v = w.act(id, EnrolAction::SkipBackupCodes, None, t0()).unwrap();
    let r = v.enrolment.receipt.unwrap();
    assert_eq!(r.methods, vec![Method::SecurityKey]);
    assert!(!r.tested);
}

/// "I'm stuck" for a front end in one call: the view, the case, and its chat brief — redacted,
/// short enough for a chat box, with what was tried.
#[test]
fn stuck_brief_gives_the_case_and_a_redacted_chat_brief() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let v = w
        .start(
            "Hanoi Corner Bakery",
            StartProvider::Guided,
            &Directory::empty(),
            t0(),
        )
        .unwrap();
    let id = v.enrolment.id;
    w.act(
        id,
        EnrolAction::ChooseMethod {
            method: Method::Sms,
        },
        None,
        t0(),
    )
    .unwrap();
    w.act(
        id,
        EnrolAction::SubmitPhone {
            number: "+84 912 345 678".into(),
            region: None,
        },
        None,
        t0(),
    )
    .unwrap();
    let out = w.stuck_brief(id, t0() + Duration::minutes(1)).unwrap();
    assert_eq!(out.case_number, out.enrolment.enrolment.case_number);
    assert!(out.case_number.is_some());
    assert!(out.brief.chars().count() <= steward::share::CHAT_MAX_CHARS);
    assert!(out.brief.contains("Stuck"), "{}", out.brief);
    assert!(!out.brief.contains("912 345 678"), "{}", out.brief);
    // The JSON the CLI prints: the view, the case number, the brief.
    let json = serde_json::to_value(&out).unwrap();
    assert_eq!(json["brief"], out.brief.as_str());
    assert!(json["enrolment"]["enrolment"]["id"].is_string());
    // An unknown enrolment is the wizard's error, as from `stuck`.
    let err = w
        .stuck_brief(steward::cases::Uuid::nil(), t0())
        .unwrap_err();
    assert_eq!(err.code(), "enrolment_not_found");
}
