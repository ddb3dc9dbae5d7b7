//! The enrolment wizard against a real privacyIDEA 3.14 (scripts/privacyidea/pi-up.sh: SQLite on
//! 127.0.0.1 with an HTTP SMS sink this test reads). Each path ends in the right wizard state and
//! case-history entry: SMS enrolment of a Vietnamese number, TOTP with the verify step and a
//! sign-in test, backup codes, a wrong code, a gateway failure and a rate limit.
//! Skipped without a server unless STEWARD_TEST_PI=required (CI).

mod common;
#[path = "support/privacyidea.rs"]
mod pi_support;

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration as StdDuration, Instant};

use chrono::Utc;
use common::*;
use pi_support::*;
use steward::directory::{Directory, Method};
use steward::enrol::privacyidea::{PiError, PiSession, PrivacyIdea};
use steward::enrol::{
    AttemptOutcome, EnrolAction, EnrolError, EnrolmentView, Enrolments, StartProvider, Status, Step,
};
use steward::error::UserFacing;
use steward::phone::RefusalKind;
use steward::profile::Profile;
use zeroize::Zeroizing;

static USERS: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    USERS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Signs `user` in and deletes their tokens, so every run starts clean.
fn clean(env: &PiEnv, user: &str) -> PiSession {
    let pi = PrivacyIdea::new(&env.url).unwrap();
    // carol's policy (3 failed authentications a minute) also refuses her logins for a while
    // after another test's failures, and a refused login counts as one more failure: wait the
    // window out in one go rather than retrying into it.
    let deadline = Instant::now() + StdDuration::from_secs(200);
    let s = loop {
        match pi.login(user, env.password(user)) {
            Err(PiError::RateLimited { .. }) if Instant::now() < deadline => {
                std::thread::sleep(StdDuration::from_secs(62))
            }
            other => break other.expect("login"),
        }
    };
    for t in s.tokens().unwrap() {
        s.delete_token(&t.serial).unwrap();
    }
    s
}

struct Run<'p> {
    w: Enrolments<'p>,
    id: steward::cases::Uuid,
    password: String,
}

impl Run<'_> {
    fn act(&self, action: EnrolAction) -> Result<EnrolmentView, EnrolError> {
        self.w.act(
            self.id,
            action,
            Some(Zeroizing::new(self.password.clone())),
            Utc::now(),
        )
    }
}

fn start<'p>(profile: &'p Profile, env: &PiEnv, user: &str) -> Run<'p> {
    let w = Enrolments::new(profile);
    let v = w
        .start(
            "MyBank",
            StartProvider::PrivacyIdea {
                url: env.url.clone(),
                username: user.into(),
                password: Zeroizing::new(env.password(user).into()),
            },
            &Directory::empty(),
            Utc::now(),
        )
        .unwrap();
    assert_eq!(v.enrolment.methods, vec![Method::Totp, Method::Sms]);
    Run {
        id: v.enrolment.id,
        w,
        password: env.password(user).into(),
    }
}

#[test]
fn sms_enrolment_of_a_vietnamese_number_with_a_wrong_code_first() {
    let Some(env) = pi_env() else { return };
    let _g = serial();
    let session = clean(&env, "alice");
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let r = start(&profile, &env, "alice");

    r.act(EnrolAction::ChooseMethod {
        method: Method::Sms,
    })
    .unwrap();
    let sent_before = sink_count(&env.sink_log);
    let v = r
        .act(EnrolAction::SubmitPhone {
            number: "0912 345 678".into(),
            region: Some("VN".into()),
        })
        .unwrap();
    assert_eq!(v.enrolment.step, Step::EnterPhoneCode);
    assert!(v.message.as_deref().unwrap().contains("+84 912 345 678"));
    assert_eq!(sink_count(&env.sink_log), sent_before + 1, "one SMS sent");
    // Sent in E.164: the `+` survived (JSON body, not a form).
    let code = last_sms_code(&env.sink_log, "+84912345678").expect("the SMS reached the gateway");

    // A wrong code: recorded verbatim on a case, the wizard stays at the code.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let v = r
        .act(EnrolAction::SubmitCode { code: wrong.into() })
        .unwrap();
    assert_eq!(v.enrolment.step, Step::EnterPhoneCode);
    let a = v.enrolment.attempts.last().unwrap();
    assert_eq!(a.outcome, AttemptOutcome::Refused);
    assert_eq!(a.refusal.as_ref().unwrap().kind, RefusalKind::WrongCode);
    let text = a.text.clone().unwrap();
    assert!(
        text.contains("Verification of the new token failed"),
        "{text}"
    );
    let case = v.enrolment.case_id.expect("a case for the failure");
    let detail = profile.cases().case_detail(case).unwrap();
    assert_eq!(detail.interactions[0].error_texts, vec![text]);
    assert!(detail.interactions[0].summary.contains("+84 912 345 678"));

    // The right code: SMS is on; the server agrees.
    let v = r.act(EnrolAction::SubmitCode { code }).unwrap();
    assert_eq!(v.enrolment.step, Step::BackupCodes);
    assert_eq!(v.enrolment.enrolled[0].method, Method::Sms);
    let tokens = session.tokens().unwrap();
    let sms = tokens.iter().find(|t| t.token_type == "sms").unwrap();
    assert_eq!(sms.rollout_state, "enrolled");
    assert_eq!(sms.phone.as_deref(), Some("+84912345678"));

    // Backup codes from the server: with no authenticator account they are shown once.
    let v = r
        .act(EnrolAction::SaveBackupCodes { codes: vec![] })
        .unwrap();
    assert_eq!(v.enrolment.status, Status::Done);
    assert_eq!(v.backup_codes_to_keep.len(), 10);
    assert!(session
        .tokens()
        .unwrap()
        .iter()
        .any(|t| t.token_type == "tan" && t.backup_codes_left == Some(10)));
    // The case is resolved; nothing secret was stored in the wizard's state.
    let detail = profile.cases().case_detail(case).unwrap();
    assert_eq!(detail.case.status, steward::cases::CaseStatus::Resolved);
    let state: String = profile
        .db()
        .conn()
        .query_row("SELECT state FROM enrolments", [], |row| row.get(0))
        .unwrap();
    for code in &v.backup_codes_to_keep {
        assert!(!state.contains(code.as_str()));
    }
    assert!(!state.contains(&r.password));
}

#[test]
fn totp_with_the_verify_step_a_sign_in_test_and_backup_codes_kept() {
    let Some(env) = pi_env() else { return };
    let _g = serial();
    let session = clean(&env, "bob");
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let r = start(&profile, &env, "bob");

    let v = r
        .act(EnrolAction::ChooseMethod {
            method: Method::Totp,
        })
        .unwrap();
    // The server's key went straight into Steward's authenticator; the token waits for a code.
    assert_eq!(v.enrolment.step, Step::ConfirmAuthenticator);
    let account = v
        .enrolment
        .otp_account_id
        .expect("an authenticator account");
    assert_eq!(v.current_code.as_ref().map(String::len), Some(6));
    let pending = session.tokens().unwrap();
    assert_eq!(pending[0].rollout_state, "verify");

    let v = r.act(EnrolAction::Confirm).unwrap();
    assert_eq!(v.enrolment.step, Step::TestSignIn);
    assert_eq!(session.tokens().unwrap()[0].rollout_state, "enrolled");
    let v = r.act(EnrolAction::Confirm).unwrap();
    assert_eq!(v.enrolment.step, Step::BackupCodes, "{:?}", v.message);
    assert_eq!(
        v.enrolment.attempts.last().unwrap().outcome,
        AttemptOutcome::Succeeded
    );

    let v = r
        .act(EnrolAction::SaveBackupCodes { codes: vec![] })
        .unwrap();
    assert_eq!(v.enrolment.status, Status::Done);
    assert_eq!(v.enrolment.backup_codes_saved, Some(10));
    assert!(v.backup_codes_to_keep.is_empty(), "kept in Steward instead");
    assert_eq!(
        profile.otp().backup_codes(account, false).unwrap().unused,
        10
    );
    // A kept backup code signs in on the server.
    let kept = profile.otp().backup_codes(account, true).unwrap();
    let first = kept.codes[0].code.clone().unwrap();
    let pi = PrivacyIdea::new(&env.url).unwrap();
    assert_eq!(
        pi.check("bob", &first, None).unwrap(),
        steward::enrol::privacyidea::PiCheck::Accepted
    );
    assert!(v.enrolment.case_id.is_none(), "no failure, no case");
}

#[test]
fn a_gateway_failure_offers_the_authenticator_and_leaves_nothing_pending() {
    let Some(env) = pi_env() else { return };
    let _g = serial();
    let session = clean(&env, "alice");
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let r = start(&profile, &env, "alice");
    r.act(EnrolAction::ChooseMethod {
        method: Method::Sms,
    })
    .unwrap();
    // The sink refuses numbers containing 000000 (HTTP 400), as a failing gateway would.
    let v = r
        .act(EnrolAction::SubmitPhone {
            number: "+84 912 000 000".into(),
            region: None,
        })
        .unwrap();
    let e = &v.enrolment;
    assert_eq!(e.step, Step::ChooseMethod);
    let a = e.attempts.last().unwrap();
    assert_eq!(
        a.refusal.as_ref().unwrap().kind,
        RefusalKind::DeliveryFailed
    );
    assert!(a.text.as_deref().unwrap().contains("SMS could not be sent"));
    let sms = v.options.iter().find(|o| o.method == Method::Sms).unwrap();
    assert!(
        !sms.available && sms.not_before.is_some(),
        "SMS paused, not banned"
    );
    assert!(
        v.options
            .iter()
            .find(|o| o.method == Method::Totp)
            .unwrap()
            .recommended
    );
    assert!(v.message.as_deref().unwrap().contains("Next best"));
    let detail = profile.cases().case_detail(e.case_id.unwrap()).unwrap();
    assert!(detail.interactions[0].error_texts[0].contains("SMS could not be sent"));
    assert!(
        session.tokens().unwrap().is_empty(),
        "no half-enrolled token left"
    );
}

#[test]
fn a_rate_limit_is_recorded_and_waited_out() {
    let Some(env) = pi_env() else { return };
    let _g = serial();
    clean(&env, "carol");
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let r = start(&profile, &env, "carol");
    r.act(EnrolAction::ChooseMethod {
        method: Method::Totp,
    })
    .unwrap();
    let v = r.act(EnrolAction::Confirm).unwrap();
    assert_eq!(v.enrolment.step, Step::TestSignIn);
    // Someone (or something) failed three sign-ins: carol's policy allows 3 per minute.
    let pi = PrivacyIdea::new(&env.url).unwrap();
    for _ in 0..3 {
        let _ = pi.check("carol", "000000", None);
    }
    let v = r.act(EnrolAction::Confirm).unwrap();
    let e = &v.enrolment;
    assert_eq!(e.step, Step::TestSignIn, "waited out, not a dead end");
    let a = e.attempts.last().unwrap();
    assert_eq!(a.refusal.as_ref().unwrap().kind, RefusalKind::RateLimited);
    assert!(a
        .text
        .as_deref()
        .unwrap()
        .contains("failed authentications per"));
    let until = e.retry_not_before.expect("a time to wait for");
    let wait = (until - a.at).num_seconds();
    assert!(
        (55..=65).contains(&wait),
        "the server's window (60 s), got {wait}"
    );
    // Trying again at once is stopped by Steward, without asking the server.
    let err = r.act(EnrolAction::Confirm).unwrap_err();
    assert_eq!(err.code(), "enrol_back_off");
    let detail = profile.cases().case_detail(e.case_id.unwrap()).unwrap();
    assert!(detail.interactions[0].error_texts[0].contains("failed authentications per"));
}

#[test]
fn a_wrong_password_or_a_server_down_is_a_clear_error_that_changes_nothing() {
    let Some(env) = pi_env() else { return };
    let _g = serial();
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let r = start(&profile, &env, "alice");
    let w = Enrolments::new(&profile);
    let before = w.get(r.id).unwrap();
    let err = w
        .act(
            r.id,
            EnrolAction::ChooseMethod {
                method: Method::Totp,
            },
            Some(Zeroizing::new("not-her-password".into())),
            Utc::now(),
        )
        .unwrap_err();
    assert_eq!(err.info().code, "pi_login_failed");
    assert_eq!(w.get(r.id).unwrap(), before);

    let down = w
        .start(
            "MyBank",
            StartProvider::PrivacyIdea {
                url: "http://127.0.0.1:9".into(),
                username: "alice".into(),
                password: Zeroizing::new("x".into()),
            },
            &Directory::empty(),
            Utc::now(),
        )
        .unwrap();
    let err = w
        .act(
            down.enrolment.id,
            EnrolAction::ChooseMethod {
                method: Method::Sms,
            },
            Some(Zeroizing::new("x".into())),
            Utc::now(),
        )
        .unwrap();
    // Choosing SMS needs no server yet; giving the number does.
    assert_eq!(err.enrolment.step, Step::EnterPhone);
    let err = w
        .act(
            down.enrolment.id,
            EnrolAction::SubmitPhone {
                number: "+84 912 345 678".into(),
                region: None,
            },
            Some(Zeroizing::new("x".into())),
            Utc::now(),
        )
        .unwrap_err();
    assert_eq!(err.info().code, "pi_unreachable");
    assert!(err.info().hint.is_some());
    assert_eq!(w.get(down.enrolment.id).unwrap().step, Step::EnterPhone);
}
