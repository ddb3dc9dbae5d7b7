//! How a step ends: a method on (and where to go next: a stronger method it unlocked, the test,
//! the backup codes), the enrolment finished with its receipt, or a refusal recorded verbatim on
//! the case and turned into what can still work.

use chrono::{DateTime, Duration, Utc};

use super::machine::*;
use super::Enrolments;
use crate::cases::{CaseStatus, NewInteraction};
use crate::directory::Method;
use crate::enrol::error::EnrolError;
use crate::enrol::model::*;
use crate::enrol::provider::ProviderFailure;
use crate::enrol::rules::{plan, Known};
use crate::i18n::Message;
use crate::phone::{classify_refusal, RefusalKind};
use crate::t;

impl Enrolments<'_> {
    /// The method is on: record it and move to the next step of the path.
    pub(super) fn method_on(
        &self,
        e: &mut Enrolment,
        method: Method,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        let detail = match method {
            Method::Sms | Method::Call => e
                .phone
                .as_ref()
                .map(|p| p.international.clone())
                .unwrap_or_default(),
            Method::Totp => t!("enrol-wizard-authenticator-detail", service = &e.service),
            other => other.label(),
        };
        e.enrolled.push(Enrolled {
            method,
            at: now,
            detail,
        });
        let step = e.step;
        e.record_success(method, step, now);
        let step_was = e.step;
        e.pending_ref = None;
        e.wrong_codes = 0;
        let pi = matches!(e.provider, ProviderInfo::PrivacyIdea { .. });
        // Methods set up on the website are tested by signing in once; a code the service
        // accepted (phone, authenticator) already was.
        let next = if (method == Method::Totp && pi) || step_was == Step::OnWebsite {
            Step::TestSignIn
        } else {
            self.after_method(e, now)
        };
        advance(e, next);
        out.message = Some(match next {
            Step::ChooseMethod => {
                let p = plan(e, &e.rules, now);
                match p.options.iter().find(|o| o.recommended) {
                    Some(o) => t!(
                        "enrol-wizard-method-on-next",
                        method = method.label(),
                        next = &o.title
                    ),
                    None => t!("enrol-wizard-method-on", method = method.label()),
                }
            }
            _ => t!("enrol-wizard-method-on", method = method.label()),
        });
        if next == Step::ChooseMethod {
            e.method = None;
            e.trail.clear();
        }
        Ok(())
    }

    /// Moves on once a method is on and tested (see [`Self::after_method`]).
    pub(super) fn go_after_method(&self, e: &mut Enrolment, now: DateTime<Utc>) {
        let next = self.after_method(e, now);
        advance(e, next);
        if next == Step::ChooseMethod {
            e.method = None;
            e.trail.clear();
        }
    }

    /// Where to go once a method is on (and tested): back to the choice when the plan still
    /// has a step that matters — a stronger method this one unlocked (Amazon: the authenticator
    /// after the phone), or two-step verification itself when only a passkey is on — else on
    /// to the backup codes.
    pub(super) fn after_method(&self, e: &Enrolment, now: DateTime<Utc>) -> Step {
        let p = plan(e, &e.rules, now);
        if p.recommended_method().is_none() {
            return Step::BackupCodes;
        }
        let on: Vec<Method> = e.enrolled.iter().map(|x| x.method).collect();
        let only_passkey = on.iter().all(|m| *m == Method::Passkey);
        // A stronger method the service only allows now, and that can be set up now.
        let unlocked_stronger = match (&e.rules, on.last()) {
            (Known::Rules { rules }, Some(just_on)) => rules.prerequisites.iter().any(|pr| {
                pr.method < *just_on
                    && pr.needs_one_of.contains(just_on)
                    && e.methods.contains(&pr.method)
                    && !on.contains(&pr.method)
                    && p.ruled_out(pr.method).is_none()
                    && active_block(e, pr.method, now).is_none()
            }),
            _ => false,
        };
        if only_passkey || unlocked_stronger {
            Step::ChooseMethod
        } else {
            Step::BackupCodes
        }
    }

    pub(super) fn finish(
        &self,
        e: &mut Enrolment,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        advance(e, Step::Summary);
        e.status = Status::Done;
        self.forget_password(e.id);
        e.receipt = Some(receipt(e, now));
        if let Some(case_id) = e.case_id {
            let summary = Message::new("enrol-wizard-done-summary").list(
                "methods",
                e.enrolled
                    .iter()
                    .map(|m| m.method.label_message())
                    .collect(),
            );
            self.profile.cases().log_interaction(
                case_id,
                &NewInteraction::own_portal_step(now, summary.clone())
                    .by_steward(Some(team_message(e)), Some(summary)),
            )?;
            self.profile.cases().update_case(
                case_id,
                &crate::cases::CasePatch {
                    status: Some(CaseStatus::Resolved),
                    ..Default::default()
                },
            )?;
        }
        if out.message.is_none() {
            out.message = Some(t!("enrol-wizard-done"));
        }
        Ok(())
    }

    /// A provider step failed: record a refusal, or pass on "could not reach it".
    pub(super) fn failed(
        &self,
        e: &mut Enrolment,
        method: Method,
        step: Step,
        failure: ProviderFailure,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        match failure {
            ProviderFailure::Unavailable(info) => Err(EnrolError::Provider(info)),
            ProviderFailure::Refused {
                text,
                kind,
                retry_after_secs,
            } => self.record_refusal(e, method, step, &text, kind, retry_after_secs, now, out),
        }
    }

    /// Records a refusal verbatim, on the case too, and decides what the wizard offers next.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_refusal(
        &self,
        e: &mut Enrolment,
        method: Method,
        step: Step,
        text: &str,
        kind_hint: Option<RefusalKind>,
        retry_after_secs: Option<u64>,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        let refusal = classify_refusal(text)?;
        let known = match &e.rules {
            Known::Rules { rules } => rules.refusal(text).cloned(),
            Known::Unknown => None,
        };
        let kind = match (refusal.kind, kind_hint) {
            (RefusalKind::Unrecognised, Some(hint)) => hint,
            (k, _) => k,
        };
        let case_id = self.ensure_case(e)?;
        let tried = match &e.phone {
            Some(p) if matches!(method, Method::Sms | Method::Call) => {
                Message::new("enrol-wizard-tried-refused-to").arg("number", &p.international)
            }
            _ => Message::new("enrol-wizard-tried-refused"),
        }
        .part("method", method.label_message())
        .part("step", step.name_message());
        let interaction = self.profile.cases().log_interaction(
            case_id,
            &NewInteraction {
                references: e.pending_ref.iter().cloned().collect(),
                error_texts: vec![text.to_string()],
                ..NewInteraction::own_portal_step(now, tried)
                    .by_steward(Some(team_message(e)), Some(Message::new(&refusal.title_id)))
            },
        )?;
        e.attempts.push(Attempt {
            at: now,
            method,
            step,
            outcome: AttemptOutcome::Refused,
            text: Some(text.to_string()),
            refusal: Some(refusal.clone()),
            interaction_id: Some(interaction.id),
        });

        let phone_method = matches!(method, Method::Sms | Method::Call);
        let mut leave_method = false;
        match kind {
            RefusalKind::WrongCode => {
                e.wrong_codes += 1;
                if e.wrong_codes >= WRONG_CODES_BEFORE_PAUSE {
                    e.retry_not_before = Some(now + Duration::seconds(FIRST_RESEND_WAIT_SECS));
                    out.message = Some(t!("enrol-wizard-wrong-codes", n = e.wrong_codes));
                } else {
                    out.message = Some(t!("enrol-wizard-check-code", title = &refusal.title));
                }
            }
            RefusalKind::RateLimited => {
                let secs = retry_after_secs
                    .or(refusal.wait_minutes.map(|m| u64::from(m) * 60))
                    .unwrap_or(DEFAULT_RATE_LIMIT_SECS);
                let until = now + Duration::seconds(secs.min(i64::MAX as u64) as i64);
                e.retry_not_before = Some(until);
                out.message = Some(t!(
                    "enrol-wizard-rate-limited",
                    title = &refusal.title,
                    time = until
                        .with_timezone(&chrono::Local)
                        .format("%H:%M:%S")
                        .to_string()
                ));
            }
            RefusalKind::DeliveryFailed if phone_method => {
                let until = now + Duration::minutes(i64::from(refusal.wait_minutes.unwrap_or(10)));
                block(e, method, &refusal.title, Some(until));
                leave_method = true;
            }
            RefusalKind::RiskBlock
            | RefusalKind::InvalidNumber
            | RefusalKind::UnsupportedCountry
            | RefusalKind::NumberTypeNotSupported
            | RefusalKind::NumberInUse
            | RefusalKind::OptedOut
                if phone_method =>
            {
                // The number was refused, not phone codes as such: another number may work.
                let number = e.phone.as_ref().map(|p| p.e164.clone());
                let reason = known
                    .as_ref()
                    .map_or_else(|| refusal.title.clone(), |k| k.meaning.clone());
                block_number(e, Method::Sms, &reason, number.clone());
                let call_still_worth_it = refusal
                    .advice
                    .iter()
                    .any(|a| a.action == crate::phone::AdviceAction::VoiceCall)
                    && kind != RefusalKind::RiskBlock;
                if !call_still_worth_it {
                    block_number(e, Method::Call, &reason, number);
                }
                leave_method = true;
            }
            _ if phone_method && known.as_ref().is_some_and(|k| k.number_refused) => {
                let number = e.phone.as_ref().map(|p| p.e164.clone());
                let reason = known
                    .as_ref()
                    .map(|k| k.meaning.clone())
                    .unwrap_or_default();
                block_number(e, Method::Sms, &reason, number.clone());
                block_number(e, Method::Call, &reason, number);
                leave_method = true;
            }
            _ => {
                // A refusal Steward cannot read: this method, not again in this enrolment.
                block(e, method, &refusal.title, None);
                leave_method = true;
            }
        }
        if leave_method {
            if e.pending_ref.is_some() {
                e.pending_ref = None;
            }
            e.method = None;
            e.trail.clear();
            e.step = Step::ChooseMethod;
            let p = plan(e, &e.rules, now);
            let title = known
                .as_ref()
                .map_or(refusal.title.as_str(), |k| k.meaning.as_str());
            let mut message = vec![title.to_string()];
            if refusal.stop_retrying && known.is_none() {
                message.push(t!("enrol-wizard-dont-retry"));
            }
            let next = p.options.iter().find(|o| o.recommended);
            message.push(match (next, &p.explanation) {
                (Some(o), Some(why)) => t!("enrol-wizard-next-because", why = why, next = &o.title),
                (Some(o), None) => t!("enrol-wizard-next-best", next = &o.title),
                (None, _) => t!("enrol-wizard-no-other-method"),
            });
            out.message = Some(message.join(" "));
        }
        Ok(())
    }
}
