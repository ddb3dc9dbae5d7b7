//! The enrolment wizard: an explicit state machine over [`Enrolment`], driven by
//! [`EnrolAction`]s, stored after every action so it resumes after a restart.
//!
//! Every refusal is recorded with its time and the service's exact words, classified with the
//! phone checker's refusal rules, and logged on the enrolment's case (opened at the first
//! failure). A refusal that rules a method out moves the wizard back to the choice of method with
//! the next best one recommended; rate limits and repeated code requests are backed off.
//!
//! Here: the public API ([`Enrolments`]: start, show, act, "I'm stuck") and the view. The steps
//! are in `steps.rs`, how they end in `outcomes.rs`, the pure rules over the state in
//! `machine.rs`, the database in `repo.rs`, and cases/authenticator/keyring in `effects.rs`.

use crate::i18n::Message;
use chrono::{DateTime, Utc};
use uuid::Uuid;
use zeroize::Zeroizing;

mod effects;
mod machine;
mod outcomes;
mod repo;
mod steps;

use machine::*;

use super::error::{step_name, EnrolError};
use super::guide::guide;
use super::model::*;
use super::provider::{Guided, PrivacyIdeaProvider, Provider, ProviderFailure};
use super::rules::{plan, Known, RuleBook};
use crate::cases::NewInteraction;
use crate::directory::{Directory, Method};
use crate::phone::{classify_refusal, Refusal};
use crate::profile::Profile;
use crate::t;

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
        repo::save(self.profile.db().conn(), &e, "enrolment_started")?;
        Ok(self.view(e, now, None))
    }

    /// The enrolments, most recently changed first.
    pub fn list(&self) -> Result<Vec<EnrolmentSummary>, EnrolError> {
        let mut out = Vec::new();
        for e in repo::all(self.profile.db().conn())? {
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

    /// An enrolment, with the curated rules it keeps in the current language.
    pub fn get(&self, id: Uuid) -> Result<Enrolment, EnrolError> {
        let mut e = repo::load(self.profile.db().conn(), id)?.ok_or(EnrolError::NotFound {
            reference: id.to_string(),
        })?;
        super::rules::curated::relocalize(&mut e.rules);
        Ok(e)
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
                expect_step(&e, &[Step::AddAuthenticator], || {
                    t!("enrol-wizard-choose-authenticator-first")
                })?;
                let id = self.add_to_authenticator(&link)?;
                e.otp_account_id = Some(id);
                advance(&mut e, Step::ConfirmAuthenticator);
                out.message = Some(t!("enrol-wizard-added-to-authenticator"));
            }
            EnrolAction::UseAuthenticatorAccount { account_id } => {
                expect_step(&e, &[Step::AddAuthenticator], || {
                    t!("enrol-wizard-choose-authenticator-first")
                })?;
                let entry = self.profile.otp().get(account_id)?;
                e.otp_account_id = Some(entry.id);
                advance(&mut e, Step::ConfirmAuthenticator);
                out.message = Some(t!("enrol-wizard-using-account", label = &entry.label));
            }
            EnrolAction::Confirm => self.confirm(&mut e, provider, now, &mut out)?,
            EnrolAction::ReportRefusal { message } => {
                let message = message.trim();
                if message.is_empty() {
                    return Err(EnrolError::Input(t!("enrol-wizard-paste-refusal")));
                }
                let method = e.method.ok_or_else(|| EnrolError::WrongStep {
                    step: step_name(e.step),
                    hint: t!("enrol-wizard-choose-method-first"),
                })?;
                let step = e.step;
                self.record_refusal(&mut e, method, step, message, None, None, now, &mut out)?;
            }
            EnrolAction::SaveBackupCodes { codes } => {
                self.save_backup_codes(&mut e, &codes, provider, now, &mut out)?
            }
            EnrolAction::Finish => {
                expect_step(&e, &[Step::ChooseMethod], || {
                    t!("enrol-wizard-finish-from-choice")
                })?;
                if e.enrolled.is_empty() {
                    return Err(EnrolError::Input(t!("enrol-wizard-nothing-on-yet")));
                }
                advance(&mut e, Step::BackupCodes);
            }
            EnrolAction::SkipTest => {
                expect_step(&e, &[Step::TestSignIn], || {
                    t!("enrol-wizard-no-test-to-skip")
                })?;
                self.go_after_method(&mut e, now);
                out.message = Some(t!("enrol-wizard-not-tested"));
            }
            EnrolAction::SkipBackupCodes => {
                expect_step(&e, &[Step::BackupCodes], || {
                    t!("enrol-wizard-backup-after-method")
                })?;
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
                            hint: t!("enrol-wizard-first-step"),
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
                out.message = Some(t!("enrol-wizard-stopped"));
            }
        }
        e.updated_at = now;
        repo::save(self.profile.db().conn(), &e, event)?;
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
                error_texts: tried,
                ..NewInteraction::own_portal_step(
                    now,
                    match e.method {
                        Some(m) => Message::new("enrol-wizard-stuck-at-method")
                            .part("method", m.label_message()),
                        None => Message::new("enrol-wizard-stuck-at"),
                    }
                    .part("step", e.step.name_message()),
                )
                .by_steward(
                    Some(team_message(&e)),
                    Some(Message::new("enrol-wizard-asking-support")),
                )
            },
        )?;
        e.updated_at = now;
        repo::save(self.profile.db().conn(), &e, "enrolment_stuck")?;
        Ok((self.view(e, now, None), case_id))
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

/// Used by tests and the UI to explain a refusal the same way the wizard does.
pub fn explain(text: &str) -> Result<Refusal, EnrolError> {
    Ok(classify_refusal(text)?)
}
