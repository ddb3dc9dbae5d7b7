//! The wizard's steps: choosing a method, the phone number and its code, the authenticator,
//! confirming, backup codes. Each checks it is at the right step, acts through the provider and
//! moves the state on (`machine.rs`); what it means when something fails is `outcomes.rs`.

use chrono::{DateTime, Duration, Utc};

use super::machine::*;
use super::Enrolments;
use crate::directory::Method;
use crate::enrol::error::{step_name, EnrolError};
use crate::enrol::model::*;
use crate::enrol::provider::{PhoneStart, Provider};
use crate::enrol::rules::plan;
use crate::phone::{self, Severity};
use crate::t;

impl Enrolments<'_> {
    pub(super) fn choose(
        &self,
        e: &mut Enrolment,
        method: Method,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(e, &[Step::ChooseMethod], || {
            t!("enrol-wizard-back-to-choice")
        })?;
        if !e.methods.contains(&method) {
            return Err(EnrolError::MethodNotOffered {
                service: e.service.clone(),
            });
        }
        if let Some(why) = plan(e, &e.rules, now).ruled_out(method) {
            return Err(EnrolError::NeedsAnotherMethodFirst {
                why: why.to_string(),
            });
        }
        if let Some(b) = active_block(e, method, now) {
            return Err(match b.until {
                Some(until) => EnrolError::BackOff {
                    until,
                    why: b.reason.clone(),
                },
                None => EnrolError::MethodBlocked {
                    reason: b.reason.clone(),
                },
            });
        }
        e.method = Some(method);
        e.wrong_codes = 0;
        match method {
            Method::Sms | Method::Call => advance(e, Step::EnterPhone),
            Method::Totp if provider.acts_for_customer() => match provider.start_authenticator(e) {
                Ok(Some((reference, link))) => {
                    let id = self.add_to_authenticator(&link)?;
                    e.otp_account_id = Some(id);
                    e.pending_ref = Some(reference);
                    advance(e, Step::ConfirmAuthenticator);
                    out.message = Some(t!("enrol-wizard-server-gave-key"));
                }
                Ok(None) => advance(e, Step::AddAuthenticator),
                Err(f) => self.failed(e, method, Step::ChooseMethod, f, now, out)?,
            },
            Method::Totp => advance(e, Step::AddAuthenticator),
            _ => advance(e, Step::OnWebsite),
        }
        Ok(())
    }

    pub(super) fn submit_phone(
        &self,
        e: &mut Enrolment,
        number: &str,
        region: Option<&str>,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(e, &[Step::EnterPhone], || {
            t!("enrol-wizard-choose-phone-first")
        })?;
        let check = phone::check(number, region, None)?;
        let info = match (&check.number, check.valid) {
            (Some(n), true) => n.clone(),
            _ => {
                let problem = check
                    .findings
                    .iter()
                    .find(|f| f.severity == Severity::Problem)
                    .or(check.findings.first())
                    .map(|f| f.message.clone())
                    .unwrap_or_else(|| t!("enrol-wizard-not-a-number"));
                return Err(EnrolError::PhoneInvalid {
                    input: number.to_string(),
                    problem,
                });
            }
        };
        not_backed_off(e, now)?;
        let method = e.method.unwrap_or(Method::Sms);
        if let Some(b) = e
            .blocked
            .iter()
            .find(|b| b.method == method && b.number.as_deref() == Some(info.e164.as_str()))
        {
            return Err(EnrolError::NumberRefused {
                service: e.service.clone(),
                number: info.international.clone(),
                reason: b.reason.clone(),
            });
        }
        e.phone = Some(PhoneChoice {
            e164: info.e164.clone(),
            international: info.international.clone(),
            region: info.region.clone(),
        });
        let warnings: Vec<String> = check
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| f.message.clone())
            .collect();
        match provider.start_phone(e, &info.e164) {
            Ok(PhoneStart::Sent { reference }) => {
                e.pending_ref = Some(reference);
                e.code_requested_at = Some(now);
                e.code_requests = 1;
                advance(e, Step::EnterPhoneCode);
                out.message = Some(t!(
                    "enrol-wizard-code-sent-to",
                    number = &info.international
                ));
            }
            Ok(PhoneStart::OnWebsite) => {
                e.code_requested_at = Some(now);
                e.code_requests = 1;
                advance(e, Step::EnterPhoneCode);
                out.message = Some(t!("enrol-wizard-type-number-on-site", number = &info.e164));
            }
            Err(f) => self.failed(e, method, Step::EnterPhone, f, now, out)?,
        }
        if !warnings.is_empty() {
            let m = out.message.take().unwrap_or_default();
            out.message = Some(
                t!(
                    "enrol-wizard-with-note",
                    message = m,
                    warnings = warnings.join(" ")
                )
                .trim()
                .to_string(),
            );
        }
        Ok(())
    }

    pub(super) fn submit_code(
        &self,
        e: &mut Enrolment,
        code: &str,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(
            e,
            &[Step::EnterPhoneCode, Step::ConfirmAuthenticator],
            || t!("enrol-wizard-no-code-here"),
        )?;
        if !provider.acts_for_customer() {
            return Err(EnrolError::WrongStep {
                step: step_name(e.step),
                hint: t!("enrol-wizard-type-code-on-site"),
            });
        }
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(EnrolError::Input(t!("enrol-wizard-code-digits")));
        }
        not_backed_off(e, now)?;
        let method = e.method.unwrap_or(Method::Sms);
        let result = if e.step == Step::EnterPhoneCode {
            provider.verify_phone(e, &code)
        } else {
            provider.verify_authenticator(e, &code)
        };
        match result {
            Ok(()) => self.method_on(e, method, now, out),
            Err(f) => {
                let step = e.step;
                self.failed(e, method, step, f, now, out)
            }
        }
    }

    pub(super) fn request_new_code(
        &self,
        e: &mut Enrolment,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(e, &[Step::EnterPhoneCode], || {
            t!("enrol-wizard-new-code-after-sent")
        })?;
        if let Some(at) = e.code_requested_at {
            let wait = (FIRST_RESEND_WAIT_SECS << e.code_requests.saturating_sub(1).min(8))
                .min(MAX_RESEND_WAIT_SECS);
            let until = at + Duration::seconds(wait);
            if now < until {
                return Err(EnrolError::BackOff {
                    until,
                    why: t!("enrol-wizard-codes-take-time"),
                });
            }
        }
        not_backed_off(e, now)?;
        let method = e.method.unwrap_or(Method::Sms);
        let e164 = e.phone.as_ref().map(|p| p.e164.clone()).unwrap_or_default();
        if let Err(f) = provider.cancel_pending(e) {
            return self.failed(e, method, Step::EnterPhoneCode, f, now, out);
        }
        e.pending_ref = None;
        match provider.start_phone(e, &e164) {
            Ok(PhoneStart::Sent { reference }) => {
                e.pending_ref = Some(reference);
                out.message = Some(t!("enrol-wizard-new-code-sent"));
            }
            Ok(PhoneStart::OnWebsite) => {
                out.message = Some(t!("enrol-wizard-ask-site-new-code"));
            }
            Err(f) => return self.failed(e, method, Step::EnterPhoneCode, f, now, out),
        }
        e.code_requested_at = Some(now);
        e.code_requests += 1;
        e.wrong_codes = 0;
        Ok(())
    }

    pub(super) fn confirm(
        &self,
        e: &mut Enrolment,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        let method = e.method.ok_or_else(|| EnrolError::WrongStep {
            step: step_name(e.step),
            hint: t!("enrol-wizard-choose-method-first"),
        })?;
        match e.step {
            Step::EnterPhoneCode | Step::OnWebsite if !provider.acts_for_customer() => {
                self.method_on(e, method, now, out)
            }
            Step::ConfirmAuthenticator if !provider.acts_for_customer() => {
                self.method_on(e, method, now, out)
            }
            Step::TestSignIn if !provider.acts_for_customer() => {
                e.record_success(method, Step::TestSignIn, now);
                self.go_after_method(e, now);
                out.message = Some(t!("enrol-wizard-signed-in-with", method = method.label()));
                Ok(())
            }
            Step::ConfirmAuthenticator => {
                not_backed_off(e, now)?;
                let code = self.authenticator_code(e, now, false)?;
                match provider.verify_authenticator(e, &code) {
                    Ok(()) => {
                        e.code_verified_at = Some(now);
                        self.method_on(e, method, now, out)
                    }
                    Err(f) => self.failed(e, method, Step::ConfirmAuthenticator, f, now, out),
                }
            }
            Step::TestSignIn => {
                not_backed_off(e, now)?;
                let same_step = e
                    .code_verified_at
                    .is_some_and(|at| at.timestamp() / 30 == now.timestamp() / 30);
                let code = self.authenticator_code(e, now, same_step)?;
                match provider.test_sign_in(e, &code) {
                    Ok(()) => {
                        e.record_success(method, Step::TestSignIn, now);
                        self.go_after_method(e, now);
                        out.message = Some(t!("enrol-wizard-signed-in-new-code"));
                        Ok(())
                    }
                    Err(f) => self.failed(e, method, Step::TestSignIn, f, now, out),
                }
            }
            _ => Err(EnrolError::WrongStep {
                step: step_name(e.step),
                hint: t!("enrol-wizard-nothing-to-confirm"),
            }),
        }
    }

    pub(super) fn save_backup_codes(
        &self,
        e: &mut Enrolment,
        pasted: &[String],
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(e, &[Step::BackupCodes], || {
            t!("enrol-wizard-backup-after-method")
        })?;
        let pasted: Vec<String> = pasted
            .iter()
            .flat_map(|c| c.split(['\n', ',', ';']))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        if pasted.is_empty() && !provider.acts_for_customer() {
            return Err(EnrolError::Input(t!("enrol-wizard-paste-backup-codes")));
        }
        let method = e.method.unwrap_or(Method::Totp);
        let codes = match provider.backup_codes(e, &pasted) {
            Ok(c) => c,
            Err(f) => return self.failed(e, method, Step::BackupCodes, f, now, out),
        };
        let plain: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
        match e.otp_account_id {
            Some(id) => {
                let saved = self.profile.otp().add_backup_codes(id, &plain)?;
                e.backup_codes_saved = Some(saved.total);
                out.message = Some(t!("enrol-wizard-backup-codes-kept", n = saved.total));
            }
            None => {
                e.backup_codes_saved = Some(0);
                out.codes_to_keep = plain;
                out.message = Some(t!("enrol-wizard-write-codes-down"));
            }
        }
        self.finish(e, now, out)
    }
}
