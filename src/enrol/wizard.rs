//! The enrolment wizard: an explicit state machine over [`Enrolment`], driven by
//! [`EnrolAction`]s, stored after every action so it resumes after a restart.
//!
//! Every refusal is recorded with its time and the service's exact words, classified with the
//! phone checker's refusal rules, and logged on the enrolment's case (opened at the first
//! failure). A refusal that rules a method out moves the wizard back to the choice of method with
//! the next best one recommended; rate limits and repeated code requests are backed off.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::error::{step_name, EnrolError};
use super::guide::guide;
use super::model::*;
use super::provider::{Guided, PhoneStart, PrivacyIdeaProvider, Provider, ProviderFailure};
use super::rules::{plan, Known, Plan, RuleBook};
use crate::cases::{CaseStatus, Channel, Direction, NewCase, NewInteraction};
use crate::directory::{Directory, Method};
use crate::phone::{self, classify_refusal, Refusal, RefusalKind, Severity};
use crate::profile::Profile;

/// Wrong codes in a row before a pause.
const WRONG_CODES_BEFORE_PAUSE: u32 = 3;
/// The first wait before another code may be requested; it doubles with each request.
const FIRST_RESEND_WAIT_SECS: i64 = 60;
const MAX_RESEND_WAIT_SECS: i64 = 15 * 60;
/// A rate limit that names no time.
const DEFAULT_RATE_LIMIT_SECS: u64 = 15 * 60;

/// How to carry out a new enrolment.
pub enum StartProvider {
    Guided,
    PrivacyIdea {
        url: String,
        username: String,
        password: Zeroizing<String>,
    },
}

/// A short line per enrolment, for lists.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct EnrolmentSummary {
    pub id: Uuid,
    pub service: String,
    pub status: Status,
    pub step: Step,
    pub method: Option<Method>,
    pub case_number: Option<i64>,
    pub updated_at: DateTime<Utc>,
}

/// The enrolments of one profile.
pub struct Enrolments<'p> {
    profile: &'p Profile,
}

impl<'p> Enrolments<'p> {
    pub fn new(profile: &'p Profile) -> Self {
        Enrolments { profile }
    }

    pub(super) fn profile(&self) -> &'p Profile {
        self.profile
    }

    /// Starts an enrolment for `service` (a name or domain), with what the directory knows.
    pub fn start(
        &self,
        service: &str,
        provider: StartProvider,
        directory: &Directory,
        now: DateTime<Utc>,
    ) -> Result<EnrolmentView, EnrolError> {
        let service = service.trim();
        if service.is_empty() {
            return Err(EnrolError::NoService);
        }
        let found = directory
            .find(service)
            .or_else(|| directory.search(service, 1).into_iter().next());
        let (info, password) = match provider {
            StartProvider::Guided => (ProviderInfo::Guided, None),
            StartProvider::PrivacyIdea {
                url,
                username,
                password,
            } => (ProviderInfo::PrivacyIdea { url, username }, Some(password)),
        };
        let mut offered: Vec<Method> = match (&info, found) {
            (ProviderInfo::PrivacyIdea { .. }, _) => vec![Method::Totp, Method::Sms],
            (_, Some(s)) if s.has_2fa() => s.methods.clone(),
            // Unknown to the directory: the usual methods, the customer picks what the site shows.
            _ => vec![
                Method::SecurityKey,
                Method::Totp,
                Method::Call,
                Method::Sms,
                Method::Email,
            ],
        };
        // A passkey where the Passkeys Directory lists the service: strongest, first.
        if info == ProviderInfo::Guided && found.is_some_and(|s| s.passkey.is_some()) {
            offered.insert(0, Method::Passkey);
        }
        let rules = match &info {
            // A privacyIDEA server's own policies decide; they answer each step.
            ProviderInfo::PrivacyIdea { .. } => Known::Unknown,
            ProviderInfo::Guided => RuleBook::bundled().rules_for(service, found),
        };
        let e = Enrolment {
            id: Uuid::now_v7(),
            service: found.map_or_else(|| service.to_string(), |s| s.name.clone()),
            domain: found.map(|s| s.domain.clone()),
            in_directory: found.is_some(),
            documentation: found.and_then(|s| s.documentation.clone()),
            recovery: found.and_then(|s| s.recovery.clone()),
            notes: found.and_then(|s| s.notes.clone()),
            passkey_notes: found
                .and_then(|s| s.passkey.as_ref())
                .and_then(|p| p.notes.clone()),
            provider: info,
            methods: offered,
            rules,
            status: Status::InProgress,
            step: Step::ChooseMethod,
            method: None,
            phone: None,
            otp_account_id: None,
            pending_ref: None,
            blocked: Vec::new(),
            attempts: Vec::new(),
            enrolled: Vec::new(),
            backup_codes_saved: None,
            receipt: None,
            case_id: None,
            case_number: None,
            retry_not_before: None,
            code_requested_at: None,
            code_requests: 0,
            wrong_codes: 0,
            code_verified_at: None,
            trail: Vec::new(),
            created_at: now,
            updated_at: now,
        };
        if let Some(password) = password {
            // Kept for the next steps (the CLI runs one step per process); deleted when done.
            if self.profile.keyring().is_enabled() {
                self.profile
                    .keyring()
                    .set(&self.password_entry(e.id), password.as_bytes())?;
            }
        }
        // The accounts view lists the service with its 2FA state from now on.
        self.profile
            .cases()
            .ensure_account(&e.service, e.domain.as_deref())?;
        self.save(&e, "enrolment_started")?;
        Ok(self.view(e, now, None))
    }

    /// The enrolments, most recently changed first.
    pub fn list(&self) -> Result<Vec<EnrolmentSummary>, EnrolError> {
        let conn = self.profile.db().conn();
        let mut stmt = conn.prepare("SELECT state FROM enrolments ORDER BY updated_at DESC")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            let e = parse_state(&row?)?;
            out.push(EnrolmentSummary {
                id: e.id,
                service: e.service,
                status: e.status,
                step: e.step,
                method: e.method,
                case_number: e.case_number,
                updated_at: e.updated_at,
            });
        }
        Ok(out)
    }

    /// An enrolment by id, id prefix, or "latest" (the most recent one in progress).
    pub fn resolve(&self, reference: &str) -> Result<Uuid, EnrolError> {
        let reference = reference.trim();
        let not_found = || EnrolError::NotFound {
            reference: reference.to_string(),
        };
        let list = self.list()?;
        if reference.is_empty() || reference == "latest" {
            return list
                .iter()
                .find(|e| e.status == Status::InProgress)
                .map(|e| e.id)
                .ok_or_else(not_found);
        }
        let lower = reference.to_lowercase();
        let matches: Vec<_> = list
            .iter()
            .filter(|e| e.id.to_string().starts_with(&lower))
            .collect();
        match matches.as_slice() {
            [one] => Ok(one.id),
            _ => {
                // A service name: its most recent enrolment.
                list.iter()
                    .find(|e| e.service.eq_ignore_ascii_case(reference))
                    .map(|e| e.id)
                    .ok_or_else(not_found)
            }
        }
    }

    pub fn get(&self, id: Uuid) -> Result<Enrolment, EnrolError> {
        let state: Option<String> = self
            .profile
            .db()
            .conn()
            .query_row(
                "SELECT state FROM enrolments WHERE id = ?1",
                params![id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        parse_state(&state.ok_or(EnrolError::NotFound {
            reference: id.to_string(),
        })?)
    }

    /// What the wizard shows now.
    pub fn show(&self, id: Uuid, now: DateTime<Utc>) -> Result<EnrolmentView, EnrolError> {
        let e = self.get(id)?;
        Ok(self.view(e, now, None))
    }

    /// The provider that carries out this enrolment's steps. `password` is needed for
    /// privacyIDEA when the keyring could not keep it.
    pub fn provider_for(
        &self,
        e: &Enrolment,
        password: Option<Zeroizing<String>>,
    ) -> Result<Box<dyn Provider>, EnrolError> {
        match &e.provider {
            ProviderInfo::Guided => Ok(Box::new(Guided)),
            ProviderInfo::PrivacyIdea { url, username } => {
                let password = match password {
                    Some(p) => p,
                    None => {
                        if !self.profile.keyring().is_enabled() {
                            return Err(EnrolError::PasswordNeeded);
                        }
                        let bytes = self
                            .profile
                            .keyring()
                            .get(&self.password_entry(e.id))
                            .map_err(|_| EnrolError::PasswordNeeded)?;
                        Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned())
                    }
                };
                Ok(Box::new(
                    PrivacyIdeaProvider::new(url, username, password).map_err(|f| match f {
                        ProviderFailure::Unavailable(info) => EnrolError::Provider(info),
                        ProviderFailure::Refused { text, .. } => EnrolError::Input(text),
                    })?,
                ))
            }
        }
    }

    /// Applies one action with the enrolment's own provider.
    pub fn act(
        &self,
        id: Uuid,
        action: EnrolAction,
        password: Option<Zeroizing<String>>,
        now: DateTime<Utc>,
    ) -> Result<EnrolmentView, EnrolError> {
        let e = self.get(id)?;
        let mut provider = self.provider_for(&e, password)?;
        self.act_with(id, action, provider.as_mut(), now)
    }

    /// Applies one action: the state moves only if the action worked or was a refusal worth
    /// recording; input errors leave everything as it was.
    pub fn act_with(
        &self,
        id: Uuid,
        action: EnrolAction,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
    ) -> Result<EnrolmentView, EnrolError> {
        let mut e = self.get(id)?;
        if e.status != Status::InProgress && !matches!(action, EnrolAction::Back) {
            return Err(EnrolError::Finished);
        }
        let mut out = Outcome::default();
        let event = action_event(&action);
        match action {
            EnrolAction::ChooseMethod { method } => {
                self.choose(&mut e, method, provider, now, &mut out)?
            }
            EnrolAction::SubmitPhone { number, region } => {
                self.submit_phone(&mut e, &number, region.as_deref(), provider, now, &mut out)?
            }
            EnrolAction::SubmitCode { code } => {
                self.submit_code(&mut e, &code, provider, now, &mut out)?
            }
            EnrolAction::RequestNewCode => {
                self.request_new_code(&mut e, provider, now, &mut out)?
            }
            EnrolAction::AddAuthenticator { link } => {
                expect_step(
                    &e,
                    &[Step::AddAuthenticator],
                    "Choose the authenticator app first.",
                )?;
                let id = self.add_to_authenticator(&link)?;
                e.otp_account_id = Some(id);
                self.advance(&mut e, Step::ConfirmAuthenticator);
                out.message = Some(
                    "Added to Steward's authenticator. Type the code below into the website."
                        .into(),
                );
            }
            EnrolAction::UseAuthenticatorAccount { account_id } => {
                expect_step(
                    &e,
                    &[Step::AddAuthenticator],
                    "Choose the authenticator app first.",
                )?;
                let entry = self.profile.otp().get(account_id)?;
                e.otp_account_id = Some(entry.id);
                self.advance(&mut e, Step::ConfirmAuthenticator);
                out.message = Some(format!(
                    "Using the authenticator account \"{}\". Type the code below into the website.",
                    entry.label
                ));
            }
            EnrolAction::Confirm => self.confirm(&mut e, provider, now, &mut out)?,
            EnrolAction::ReportRefusal { message } => {
                let message = message.trim();
                if message.is_empty() {
                    return Err(EnrolError::Input(
                        "Paste the service's message exactly as it appeared.".into(),
                    ));
                }
                let method = e.method.ok_or_else(|| EnrolError::WrongStep {
                    step: step_name(e.step),
                    hint: "Choose a method first.".into(),
                })?;
                let step = e.step;
                self.record_refusal(&mut e, method, step, message, None, None, now, &mut out)?;
            }
            EnrolAction::SaveBackupCodes { codes } => {
                self.save_backup_codes(&mut e, &codes, provider, now, &mut out)?
            }
            EnrolAction::Finish => {
                expect_step(
                    &e,
                    &[Step::ChooseMethod],
                    "Finish from the choice of method.",
                )?;
                if e.enrolled.is_empty() {
                    return Err(EnrolError::Input(
                        "Nothing is on yet: set up one method first (the recommended one).".into(),
                    ));
                }
                self.advance(&mut e, Step::BackupCodes);
            }
            EnrolAction::SkipTest => {
                expect_step(&e, &[Step::TestSignIn], "There is no test to skip here.")?;
                self.go_after_method(&mut e, now);
                out.message = Some(
                    "Not tested. Sign in with it once soon, while you can still change things."
                        .into(),
                );
            }
            EnrolAction::SkipBackupCodes => {
                expect_step(
                    &e,
                    &[Step::BackupCodes],
                    "Backup codes come after the method is on.",
                )?;
                self.finish(&mut e, now, &mut out)?;
            }
            EnrolAction::Back => {
                if e.step == Step::EnterPhoneCode && e.pending_ref.is_some() {
                    // A half-done token counts against the server's limits (privacyIDEA).
                    let _ = provider.cancel_pending(&e);
                    e.pending_ref = None;
                }
                match e.trail.pop() {
                    Some(prev) => e.step = prev,
                    None => {
                        return Err(EnrolError::WrongStep {
                            step: step_name(e.step),
                            hint: "This is the first step.".into(),
                        })
                    }
                }
                if e.step == Step::ChooseMethod {
                    e.method = None;
                }
            }
            EnrolAction::Abandon => {
                let _ = provider.cancel_pending(&e);
                e.pending_ref = None;
                e.status = Status::Abandoned;
                self.forget_password(e.id);
                out.message =
                    Some("Stopped. Nothing on the service was changed by Steward.".into());
            }
        }
        e.updated_at = now;
        self.save(&e, event)?;
        Ok(self.view(e, now, out.message).with_codes(out.codes_to_keep))
    }

    /// "I'm stuck": makes sure the enrolment has a case with everything tried so far, and
    /// returns it for the brief.
    pub fn stuck(&self, id: Uuid, now: DateTime<Utc>) -> Result<(EnrolmentView, Uuid), EnrolError> {
        let mut e = self.get(id)?;
        let case_id = self.ensure_case(&mut e)?;
        let tried: Vec<String> = e.attempts.iter().filter_map(|a| a.text.clone()).collect();
        self.profile.cases().log_interaction(
            case_id,
            &NewInteraction {
                started_at: Some(now),
                ended_at: None,
                wait_minutes: None,
                channel: Channel::Portal,
                direction: Direction::Outbound,
                team: Some(team(&e)),
                agent: None,
                references: Vec::new(),
                summary: format!(
                    "Stuck turning on two-step verification at the step \"{}\"{}.",
                    step_name(e.step),
                    e.method
                        .map(|m| format!(" ({})", m.label()))
                        .unwrap_or_default()
                ),
                error_texts: tried,
                quotes: Vec::new(),
                promises: Vec::new(),
                outcome: Some("Asking support for help".into()),
                identity_verified: None,
                identity_method: None,
            },
        )?;
        e.updated_at = now;
        self.save(&e, "enrolment_stuck")?;
        Ok((self.view(e, now, None), case_id))
    }

    // --- steps -------------------------------------------------------------------------------

    fn choose(
        &self,
        e: &mut Enrolment,
        method: Method,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(
            e,
            &[Step::ChooseMethod],
            "Go back to the choice of method first.",
        )?;
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
            Method::Sms | Method::Call => self.advance(e, Step::EnterPhone),
            Method::Totp if provider.acts_for_customer() => match provider.start_authenticator(e) {
                Ok(Some((reference, link))) => {
                    let id = self.add_to_authenticator(&link)?;
                    e.otp_account_id = Some(id);
                    e.pending_ref = Some(reference);
                    self.advance(e, Step::ConfirmAuthenticator);
                    out.message = Some(
                        "The server gave Steward a new key; it is in your authenticator now."
                            .into(),
                    );
                }
                Ok(None) => self.advance(e, Step::AddAuthenticator),
                Err(f) => self.failed(e, method, Step::ChooseMethod, f, now, out)?,
            },
            Method::Totp => self.advance(e, Step::AddAuthenticator),
            _ => self.advance(e, Step::OnWebsite),
        }
        Ok(())
    }

    fn submit_phone(
        &self,
        e: &mut Enrolment,
        number: &str,
        region: Option<&str>,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(
            e,
            &[Step::EnterPhone],
            "Choose text message or phone call first.",
        )?;
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
                    .unwrap_or_else(|| "Steward could not read it as a phone number.".into());
                return Err(EnrolError::PhoneInvalid {
                    input: number.to_string(),
                    problem,
                });
            }
        };
        self.not_backed_off(e, now)?;
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
                self.advance(e, Step::EnterPhoneCode);
                out.message = Some(format!("A code was sent to {}.", info.international));
            }
            Ok(PhoneStart::OnWebsite) => {
                e.code_requested_at = Some(now);
                e.code_requests = 1;
                self.advance(e, Step::EnterPhoneCode);
                out.message = Some(format!(
                    "On the website, type the number as {} and ask for the code.",
                    info.e164
                ));
            }
            Err(f) => self.failed(e, method, Step::EnterPhone, f, now, out)?,
        }
        if !warnings.is_empty() {
            let m = out.message.take().unwrap_or_default();
            out.message = Some(
                format!("{m} Note: {}", warnings.join(" "))
                    .trim()
                    .to_string(),
            );
        }
        Ok(())
    }

    fn submit_code(
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
            "There is no code to type at this step.",
        )?;
        if !provider.acts_for_customer() {
            return Err(EnrolError::WrongStep {
                step: step_name(e.step),
                hint: "Type the code on the website. Then choose \"It worked\", or paste the website's message if it refused.".into(),
            });
        }
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(EnrolError::Input(
                "A code is the digits from the message, e.g. 123456.".into(),
            ));
        }
        self.not_backed_off(e, now)?;
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

    fn request_new_code(
        &self,
        e: &mut Enrolment,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(
            e,
            &[Step::EnterPhoneCode],
            "A new code can be asked for once one was sent.",
        )?;
        if let Some(at) = e.code_requested_at {
            let wait = (FIRST_RESEND_WAIT_SECS << e.code_requests.saturating_sub(1).min(8))
                .min(MAX_RESEND_WAIT_SECS);
            let until = at + Duration::seconds(wait);
            if now < until {
                return Err(EnrolError::BackOff {
                    until,
                    why: "Codes can take a minute or two to arrive, and asking again and again can get the number blocked.".into(),
                });
            }
        }
        self.not_backed_off(e, now)?;
        let method = e.method.unwrap_or(Method::Sms);
        let e164 = e.phone.as_ref().map(|p| p.e164.clone()).unwrap_or_default();
        if let Err(f) = provider.cancel_pending(e) {
            return self.failed(e, method, Step::EnterPhoneCode, f, now, out);
        }
        e.pending_ref = None;
        match provider.start_phone(e, &e164) {
            Ok(PhoneStart::Sent { reference }) => {
                e.pending_ref = Some(reference);
                out.message = Some("A new code was sent.".into());
            }
            Ok(PhoneStart::OnWebsite) => {
                out.message = Some("Ask the website for a new code now.".into());
            }
            Err(f) => return self.failed(e, method, Step::EnterPhoneCode, f, now, out),
        }
        e.code_requested_at = Some(now);
        e.code_requests += 1;
        e.wrong_codes = 0;
        Ok(())
    }

    fn confirm(
        &self,
        e: &mut Enrolment,
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        let method = e.method.ok_or_else(|| EnrolError::WrongStep {
            step: step_name(e.step),
            hint: "Choose a method first.".into(),
        })?;
        match e.step {
            Step::EnterPhoneCode | Step::OnWebsite if !provider.acts_for_customer() => {
                self.method_on(e, method, now, out)
            }
            Step::ConfirmAuthenticator if !provider.acts_for_customer() => {
                self.method_on(e, method, now, out)
            }
            Step::TestSignIn if !provider.acts_for_customer() => {
                e.attempts.push(Attempt {
                    at: now,
                    method,
                    step: Step::TestSignIn,
                    outcome: AttemptOutcome::Succeeded,
                    text: None,
                    refusal: None,
                    interaction_id: None,
                });
                self.go_after_method(e, now);
                out.message = Some(format!("Signed in with {}: it works.", method.label()));
                Ok(())
            }
            Step::ConfirmAuthenticator => {
                self.not_backed_off(e, now)?;
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
                self.not_backed_off(e, now)?;
                let same_step = e
                    .code_verified_at
                    .is_some_and(|at| at.timestamp() / 30 == now.timestamp() / 30);
                let code = self.authenticator_code(e, now, same_step)?;
                match provider.test_sign_in(e, &code) {
                    Ok(()) => {
                        e.attempts.push(Attempt {
                            at: now,
                            method,
                            step: Step::TestSignIn,
                            outcome: AttemptOutcome::Succeeded,
                            text: None,
                            refusal: None,
                            interaction_id: None,
                        });
                        self.go_after_method(e, now);
                        out.message = Some("Signed in with the new code: it works.".into());
                        Ok(())
                    }
                    Err(f) => self.failed(e, method, Step::TestSignIn, f, now, out),
                }
            }
            _ => Err(EnrolError::WrongStep {
                step: step_name(e.step),
                hint: "Follow the step's instructions; there is nothing to confirm yet.".into(),
            }),
        }
    }

    fn save_backup_codes(
        &self,
        e: &mut Enrolment,
        pasted: &[String],
        provider: &mut dyn Provider,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        expect_step(
            e,
            &[Step::BackupCodes],
            "Backup codes come after the method is on.",
        )?;
        let pasted: Vec<String> = pasted
            .iter()
            .flat_map(|c| c.split(['\n', ',', ';']))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        if pasted.is_empty() && !provider.acts_for_customer() {
            return Err(EnrolError::Input(
                "Paste the backup codes the website shows (one per line), or skip this step."
                    .into(),
            ));
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
                out.message = Some(format!(
                    "{} backup codes kept with the authenticator account, encrypted.",
                    saved.total
                ));
            }
            None => {
                e.backup_codes_saved = Some(0);
                out.codes_to_keep = plain;
                out.message = Some(
                    "Write these codes down or print them, and keep them somewhere safe: they are shown only now."
                        .into(),
                );
            }
        }
        self.finish(e, now, out)
    }

    // --- outcomes ------------------------------------------------------------------------------

    /// The method is on: record it and move to the next step of the path.
    fn method_on(
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
            Method::Totp => format!("Authenticator account \"{}\" in Steward", e.service),
            other => other.label().to_string(),
        };
        e.enrolled.push(Enrolled {
            method,
            at: now,
            detail,
        });
        e.attempts.push(Attempt {
            at: now,
            method,
            step: e.step,
            outcome: AttemptOutcome::Succeeded,
            text: None,
            refusal: None,
            interaction_id: None,
        });
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
        self.advance(e, next);
        out.message = Some(match next {
            Step::ChooseMethod => {
                let p = plan(e, &e.rules, now);
                let then = p
                    .options
                    .iter()
                    .find(|o| o.recommended)
                    .map(|o| format!(" Next: {}.", o.title))
                    .unwrap_or_default();
                format!("{} is on.{then}", method.label())
            }
            _ => format!("{} is on.", method.label()),
        });
        if next == Step::ChooseMethod {
            e.method = None;
            e.trail.clear();
        }
        Ok(())
    }

    /// Moves on once a method is on and tested (see [`Self::after_method`]).
    fn go_after_method(&self, e: &mut Enrolment, now: DateTime<Utc>) {
        let next = self.after_method(e, now);
        self.advance(e, next);
        if next == Step::ChooseMethod {
            e.method = None;
            e.trail.clear();
        }
    }

    /// Where to go once a method is on (and tested): back to the choice when the plan still
    /// has a step that matters — a stronger method this one unlocked (Amazon: the authenticator
    /// after the phone), or two-step verification itself when only a passkey is on — else on
    /// to the backup codes.
    fn after_method(&self, e: &Enrolment, now: DateTime<Utc>) -> Step {
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

    fn finish(
        &self,
        e: &mut Enrolment,
        now: DateTime<Utc>,
        out: &mut Outcome,
    ) -> Result<(), EnrolError> {
        self.advance(e, Step::Summary);
        e.status = Status::Done;
        self.forget_password(e.id);
        e.receipt = Some(receipt(e, now));
        if let Some(case_id) = e.case_id {
            let on: Vec<String> = e
                .enrolled
                .iter()
                .map(|m| m.method.label().to_string())
                .collect();
            let summary = format!("Two-step verification is on: {}.", on.join(", "));
            self.profile.cases().log_interaction(
                case_id,
                &NewInteraction {
                    started_at: Some(now),
                    ended_at: None,
                    wait_minutes: None,
                    channel: Channel::Portal,
                    direction: Direction::Outbound,
                    team: Some(team(e)),
                    agent: None,
                    references: Vec::new(),
                    summary: summary.clone(),
                    error_texts: Vec::new(),
                    quotes: Vec::new(),
                    promises: Vec::new(),
                    outcome: Some(summary),
                    identity_verified: None,
                    identity_method: None,
                },
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
            out.message = Some("Done.".into());
        }
        Ok(())
    }

    /// A provider step failed: record a refusal, or pass on "could not reach it".
    fn failed(
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
    fn record_refusal(
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
        let where_ = match &e.phone {
            Some(p) if matches!(method, Method::Sms | Method::Call) => {
                format!(" to {}", p.international)
            }
            _ => String::new(),
        };
        let interaction = self.profile.cases().log_interaction(
            case_id,
            &NewInteraction {
                started_at: Some(now),
                ended_at: None,
                wait_minutes: None,
                channel: Channel::Portal,
                direction: Direction::Outbound,
                team: Some(team(e)),
                agent: None,
                references: e.pending_ref.iter().cloned().collect(),
                summary: format!(
                    "Tried to turn on two-step verification ({}{where_}) at the step \"{}\"; the service refused.",
                    method.label(),
                    step_name(step)
                ),
                error_texts: vec![text.to_string()],
                quotes: Vec::new(),
                promises: Vec::new(),
                outcome: Some(refusal.title.clone()),
                identity_verified: None,
                identity_method: None,
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
                    out.message = Some(format!(
                        "{} wrong codes in a row. Wait a minute, check you are reading the newest code, then try again.",
                        e.wrong_codes
                    ));
                } else {
                    out.message = Some(format!("{} Check the code and try again.", refusal.title));
                }
            }
            RefusalKind::RateLimited => {
                let secs = retry_after_secs
                    .or(refusal.wait_minutes.map(|m| u64::from(m) * 60))
                    .unwrap_or(DEFAULT_RATE_LIMIT_SECS);
                let until = now + Duration::seconds(secs.min(i64::MAX as u64) as i64);
                e.retry_not_before = Some(until);
                out.message = Some(format!(
                    "{} Steward will not try again before {}.",
                    refusal.title,
                    until.with_timezone(&chrono::Local).format("%H:%M:%S")
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
            let retry = if refusal.stop_retrying && known.is_none() {
                " Don't keep retrying: it will not change the answer."
            } else {
                ""
            };
            let next = p.options.iter().find(|o| o.recommended);
            out.message = Some(match (next, &p.explanation) {
                (Some(o), Some(why)) => format!("{title}{retry} {why} Next: {}.", o.title),
                (Some(o), None) => format!("{title}{retry} Next best: {}.", o.title),
                (None, _) => format!(
                    "{title}{retry} There is no other method to try here; use \"I'm stuck\" to ask support with everything recorded."
                ),
            });
        }
        Ok(())
    }

    // --- plumbing ------------------------------------------------------------------------------

    fn ensure_case(&self, e: &mut Enrolment) -> Result<Uuid, EnrolError> {
        if let Some(id) = e.case_id {
            if self.profile.cases().case(id).is_ok() {
                return Ok(id);
            }
        }
        let case = self.profile.cases().create_case(&NewCase {
            title: format!("Turning on two-step verification at {}", e.service),
            service: Some(e.service.clone()),
            desired_outcome: Some(format!(
                "Two-step verification on for my {} account",
                e.service
            )),
        })?;
        e.case_id = Some(case.id);
        e.case_number = Some(case.number);
        Ok(case.id)
    }

    fn add_to_authenticator(&self, link: &str) -> Result<Uuid, EnrolError> {
        let link = link.trim();
        let report = if link.contains("://") {
            self.profile.otp().add_link(link)?
        } else {
            // A setup key typed from "can't scan the code?".
            return Err(EnrolError::Input(
                "Paste the link from the QR code (otpauth://…), or scan the QR in the Authenticator and come back.".into(),
            ));
        };
        if let Some(a) = report.added.first() {
            return Ok(a.id);
        }
        if let Some(d) = report.duplicates.first() {
            return Ok(d.existing_id);
        }
        Err(EnrolError::Input(
            report
                .skipped
                .first()
                .map(|s| s.reason.clone())
                .unwrap_or_else(|| "No authenticator account was found in that link.".into()),
        ))
    }

    fn authenticator_code(
        &self,
        e: &Enrolment,
        now: DateTime<Utc>,
        next: bool,
    ) -> Result<String, EnrolError> {
        let id = e.otp_account_id.ok_or_else(|| EnrolError::WrongStep {
            step: step_name(e.step),
            hint: "Add the service's key to the authenticator first.".into(),
        })?;
        let code = self.profile.otp().code(id, now.timestamp().max(0) as u64)?;
        Ok(if next { code.next_code } else { code.code })
    }

    fn not_backed_off(&self, e: &Enrolment, now: DateTime<Utc>) -> Result<(), EnrolError> {
        match e.retry_not_before {
            Some(until) if now < until => Err(EnrolError::BackOff {
                until,
                why: "The service asked for a pause; trying earlier only makes the wait longer."
                    .into(),
            }),
            _ => Ok(()),
        }
    }

    fn advance(&self, e: &mut Enrolment, next: Step) {
        if e.step != next {
            e.trail.push(e.step);
            e.step = next;
        }
    }

    fn password_entry(&self, id: Uuid) -> String {
        format!("enrol/{}/{}/password", self.profile.id(), id)
    }

    fn forget_password(&self, id: Uuid) {
        if self.profile.keyring().is_enabled() {
            let _ = self.profile.keyring().delete(&self.password_entry(id));
        }
    }

    fn save(&self, e: &Enrolment, event: &str) -> Result<(), EnrolError> {
        let conn = self.profile.db().conn();
        let state = serde_json::to_string(e).map_err(|err| EnrolError::Corrupt(err.to_string()))?;
        let tx = conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO enrolments (id, service, status, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET status = ?3, state = ?4, updated_at = ?6",
            params![
                e.id.to_string(),
                e.service,
                e.status.as_str(),
                state,
                e.created_at.to_rfc3339(),
                e.updated_at.to_rfc3339()
            ],
        )?;
        let payload = serde_json::json!({
            "service": e.service,
            "step": e.step,
            "status": e.status,
            "method": e.method,
            "attempts": e.attempts.len(),
        });
        crate::cases::events::append(&tx, e.updated_at, e.case_id, event, e.id, &payload)?;
        tx.commit()?;
        Ok(())
    }

    fn view(&self, e: Enrolment, now: DateTime<Utc>, message: Option<String>) -> EnrolmentView {
        let plan = plan(&e, &e.rules, now);
        let options = options(&e, &plan, now);
        let current_code = match (e.step, e.otp_account_id) {
            (Step::ConfirmAuthenticator, Some(id)) => self
                .profile
                .otp()
                .code(id, now.timestamp().max(0) as u64)
                .ok()
                .map(|c| c.code),
            _ => None,
        };
        EnrolmentView {
            guide: guide(&e),
            progress: progress(&e),
            can_go_back: !e.trail.is_empty() && e.status == Status::InProgress,
            options,
            plan,
            message,
            current_code,
            backup_codes_to_keep: Vec::new(),
            enrolment: e,
        }
    }
}

impl EnrolmentView {
    fn with_codes(mut self, codes: Vec<String>) -> Self {
        self.backup_codes_to_keep = codes;
        self
    }
}

#[derive(Default)]
struct Outcome {
    message: Option<String>,
    codes_to_keep: Vec<String>,
}

fn parse_state(json: &str) -> Result<Enrolment, EnrolError> {
    serde_json::from_str(json).map_err(|e| EnrolError::Corrupt(e.to_string()))
}

fn action_event(action: &EnrolAction) -> &'static str {
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

fn expect_step(e: &Enrolment, steps: &[Step], hint: &str) -> Result<(), EnrolError> {
    if steps.contains(&e.step) {
        Ok(())
    } else {
        Err(EnrolError::WrongStep {
            step: step_name(e.step),
            hint: hint.to_string(),
        })
    }
}

/// The receipt for a finished enrolment: tested when the service accepted a code or a
/// sign-in with a method now on.
fn receipt(e: &Enrolment, now: DateTime<Utc>) -> Receipt {
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

fn team(e: &Enrolment) -> String {
    match &e.provider {
        ProviderInfo::Guided => format!("{} website", e.service),
        ProviderInfo::PrivacyIdea { url, .. } => format!("{} (privacyIDEA at {url})", e.service),
    }
}

fn block(e: &mut Enrolment, method: Method, reason: &str, until: Option<DateTime<Utc>>) {
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
fn block_number(e: &mut Enrolment, method: Method, reason: &str, number: Option<String>) {
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
fn active_block(e: &Enrolment, method: Method, now: DateTime<Utc>) -> Option<&BlockedMethod> {
    e.blocked
        .iter()
        .find(|b| b.method == method && b.number.is_none() && b.until.is_none_or(|u| now < u))
}

/// The methods offered, each with what rules it out now; the recommendation is the plan's.
fn options(e: &Enrolment, p: &Plan, now: DateTime<Utc>) -> Vec<MethodOption> {
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
                label: m.label().to_string(),
                advice: m.advice().to_string(),
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
fn progress(e: &Enrolment) -> (u32, u32) {
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

/// Used by tests and the UI to explain a refusal the same way the wizard does.
pub fn explain(text: &str) -> Result<Refusal, EnrolError> {
    Ok(classify_refusal(text)?)
}
