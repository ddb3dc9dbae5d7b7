//! The wizard's pure rules over an [`Enrolment`]: moving between steps, backing off, blocking a
//! method or one number, what the choice of method offers, where the step is on its path, the
//! receipt. No database, no keyring, no cases: those are `repo.rs` and `effects.rs`.

use chrono::{DateTime, Utc};

use crate::directory::Method;
use crate::enrol::error::{step_name, EnrolError};
use crate::enrol::model::*;
use crate::enrol::rules::Plan;
use crate::t;

/// Wrong codes in a row before a pause.
pub(super) const WRONG_CODES_BEFORE_PAUSE: u32 = 3;
/// The first wait before another code may be requested; it doubles with each request.
pub(super) const FIRST_RESEND_WAIT_SECS: i64 = 60;
pub(super) const MAX_RESEND_WAIT_SECS: i64 = 15 * 60;
/// A rate limit that names no time.
pub(super) const DEFAULT_RATE_LIMIT_SECS: u64 = 15 * 60;

/// What an action did, for the view: a sentence, and backup codes to show once.
#[derive(Default)]
pub(super) struct Outcome {
    pub(super) message: Option<String>,
    pub(super) codes_to_keep: Vec<String>,
}

pub(super) fn advance(e: &mut Enrolment, next: Step) {
    if e.step != next {
        e.trail.push(e.step);
        e.step = next;
    }
}

pub(super) fn not_backed_off(e: &Enrolment, now: DateTime<Utc>) -> Result<(), EnrolError> {
    match e.retry_not_before {
        Some(until) if now < until => Err(EnrolError::BackOff {
            until,
            why: t!("enrol-wizard-service-asked-pause"),
        }),
        _ => Ok(()),
    }
}

pub(super) fn action_event(action: &EnrolAction) -> &'static str {
    match action {
        EnrolAction::ChooseMethod { .. } => "enrolment_method_chosen",
        EnrolAction::SubmitPhone { .. } => "enrolment_phone_given",
        EnrolAction::SubmitCode { .. } => "enrolment_code_given",
        EnrolAction::RequestNewCode => "enrolment_new_code_requested",
        EnrolAction::AddAuthenticator { .. } | EnrolAction::UseAuthenticatorAccount { .. } => {
            "enrolment_authenticator_added"
        }
        EnrolAction::Confirm => "enrolment_confirmed",
        EnrolAction::ReportRefusal { .. } => "enrolment_refusal_reported",
        EnrolAction::SaveBackupCodes { .. } => "enrolment_backup_codes_saved",
        EnrolAction::SkipBackupCodes => "enrolment_backup_codes_skipped",
        EnrolAction::Finish => "enrolment_finish",
        EnrolAction::SkipTest => "enrolment_test_skipped",
        EnrolAction::Back => "enrolment_back",
        EnrolAction::Abandon => "enrolment_abandoned",
    }
}

/// Checks the enrolment is at one of `steps`; `hint` (rendered only when it is not) says what
/// to do first.
pub(super) fn expect_step(
    e: &Enrolment,
    steps: &[Step],
    hint: impl FnOnce() -> String,
) -> Result<(), EnrolError> {
    if steps.contains(&e.step) {
        Ok(())
    } else {
        Err(EnrolError::WrongStep {
            step: step_name(e.step),
            hint: hint(),
        })
    }
}

/// The receipt for a finished enrolment: tested when the service accepted a code or a
/// sign-in with a method now on.
pub(super) fn receipt(e: &Enrolment, now: DateTime<Utc>) -> Receipt {
    let mut methods: Vec<Method> = e.enrolled.iter().map(|x| x.method).collect();
    methods.sort();
    methods.dedup();
    let tested = e.attempts.iter().any(|a| {
        a.outcome == AttemptOutcome::Succeeded
            && methods.contains(&a.method)
            && matches!(
                a.step,
                Step::EnterPhoneCode | Step::ConfirmAuthenticator | Step::TestSignIn
            )
    });
    Receipt {
        service: e.service.clone(),
        phone_masked: e
            .enrolled
            .iter()
            .any(|x| matches!(x.method, Method::Sms | Method::Call))
            .then(|| {
                e.phone
                    .as_ref()
                    .map(|p| crate::cases::mask_identifier(&p.international))
            })
            .flatten(),
        methods,
        backup_codes_stored: e.backup_codes_saved.unwrap_or(0),
        at: now,
        tested,
    }
}

/// Who the customer dealt with at this step (the service's website, or its privacyIDEA), as a
/// catalogue message for the notes kept in the case.
pub(super) fn team_message(e: &Enrolment) -> crate::i18n::Message {
    match &e.provider {
        ProviderInfo::Guided => {
            crate::i18n::Message::new("enrol-wizard-team-website").arg("service", &e.service)
        }
        ProviderInfo::PrivacyIdea { url, .. } => {
            crate::i18n::Message::new("enrol-wizard-team-privacyidea")
                .arg("service", &e.service)
                .arg("url", url)
        }
    }
}

pub(super) fn block(e: &mut Enrolment, method: Method, reason: &str, until: Option<DateTime<Utc>>) {
    e.blocked
        .retain(|b| b.method != method || b.number.is_some());
    e.blocked.push(BlockedMethod {
        method,
        reason: reason.to_string(),
        until,
        number: None,
    });
}

/// Rules out `method` with one number only (or outright when the number is not known).
pub(super) fn block_number(
    e: &mut Enrolment,
    method: Method,
    reason: &str,
    number: Option<String>,
) {
    let Some(number) = number else {
        return block(e, method, reason, None);
    };
    e.blocked
        .retain(|b| b.method != method || b.number.as_deref() != Some(number.as_str()));
    e.blocked.push(BlockedMethod {
        method,
        reason: reason.to_string(),
        until: None,
        number: Some(number),
    });
}

/// A block on the method as a whole (not on one number) in force at `now`.
pub(super) fn active_block(
    e: &Enrolment,
    method: Method,
    now: DateTime<Utc>,
) -> Option<&BlockedMethod> {
    e.method_block(method, now)
}

/// The methods offered, each with what rules it out now; the recommendation is the plan's.
pub(super) fn options(e: &Enrolment, p: &Plan, now: DateTime<Utc>) -> Vec<MethodOption> {
    let rec = p.recommended_method();
    let mut methods = e.methods.clone();
    methods.sort();
    methods
        .into_iter()
        .map(|m| {
            let b = active_block(e, m, now);
            let ruled_out = p.ruled_out(m);
            MethodOption {
                method: m,
                label: m.label(),
                advice: m.advice(),
                available: b.is_none() && ruled_out.is_none(),
                blocked_reason: b
                    .map(|b| b.reason.clone())
                    .or_else(|| ruled_out.map(str::to_string)),
                not_before: b.and_then(|b| b.until),
                recommended: Some(m) == rec,
            }
        })
        .collect()
}

/// Where the step is on the chosen path, 1-based, and the path's length.
pub(super) fn progress(e: &Enrolment) -> (u32, u32) {
    let pi = matches!(e.provider, ProviderInfo::PrivacyIdea { .. });
    let path: Vec<Step> = match e.method {
        Some(Method::Sms | Method::Call) => vec![
            Step::ChooseMethod,
            Step::EnterPhone,
            Step::EnterPhoneCode,
            Step::BackupCodes,
            Step::Summary,
        ],
        Some(Method::Totp) if pi => vec![
            Step::ChooseMethod,
            Step::ConfirmAuthenticator,
            Step::TestSignIn,
            Step::BackupCodes,
            Step::Summary,
        ],
        Some(Method::Totp) => vec![
            Step::ChooseMethod,
            Step::AddAuthenticator,
            Step::ConfirmAuthenticator,
            Step::BackupCodes,
            Step::Summary,
        ],
        Some(_) => vec![
            Step::ChooseMethod,
            Step::OnWebsite,
            Step::TestSignIn,
            Step::BackupCodes,
            Step::Summary,
        ],
        None if e.status == Status::Done => vec![Step::Summary],
        None => vec![
            Step::ChooseMethod,
            Step::AddAuthenticator,
            Step::ConfirmAuthenticator,
            Step::BackupCodes,
            Step::Summary,
        ],
    };
    let at = path.iter().position(|s| *s == e.step).unwrap_or(0) as u32 + 1;
    (at, path.len() as u32)
}
