//! What an enrolment is: the service, the step it is at, what was tried and what is in place.
//! Stored as JSON in the `enrolments` table, so a wizard resumes after a restart exactly where
//! it was left. Nothing secret is kept here: the service's key goes to the authenticator (OS
//! keyring), a privacyIDEA password to the keyring, and an SMS token's seed nowhere.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::rules::{Known, Plan};
use crate::directory::Method;
use crate::phone::Refusal;

/// Who carries out the steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, rename = "EnrolProvider")]
pub enum ProviderInfo {
    /// The customer acts on the service's website; Steward guides and records.
    Guided,
    /// Steward enrols directly through a privacyIDEA server's self-service API.
    PrivacyIdea { url: String, username: String },
}

/// Where the wizard is. Each step has a guide (`StepGuide`) saying what to do and what to do
/// if it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "EnrolStep")]
pub enum Step {
    /// Pick a method; the strongest the service offers comes first.
    ChooseMethod,
    /// Type the phone number for text or call codes.
    EnterPhone,
    /// A code was sent to the phone: type it (on the website, or here for privacyIDEA).
    EnterPhoneCode,
    /// Add the service's key to the authenticator (scan or paste its QR or link).
    AddAuthenticator,
    /// Prove the authenticator works: the service accepts a code from it.
    ConfirmAuthenticator,
    /// A method Steward cannot carry out itself (security key, e-mail, the service's own app):
    /// do it on the website and say how it went.
    OnWebsite,
    /// Sign in once with the new method, so it is known to work before it is relied on:
    /// Steward does it (privacyIDEA) or the customer does on the website and says how it went.
    TestSignIn,
    /// Keep the backup codes the service gives.
    BackupCodes,
    /// Done: what is in place and what to keep safe.
    Summary,
}

impl Step {
    /// The step's name in the current language, as the case record says it ("phone number").
    pub fn name(self) -> String {
        self.name_message().render()
    }

    /// The step's name as a catalogue message (for notes kept in the case).
    pub fn name_message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            Step::ChooseMethod => "enrol-step-choose-method",
            Step::EnterPhone => "enrol-step-enter-phone",
            Step::EnterPhoneCode => "enrol-step-enter-phone-code",
            Step::AddAuthenticator => "enrol-step-add-authenticator",
            Step::ConfirmAuthenticator => "enrol-step-confirm-authenticator",
            Step::OnWebsite => "enrol-step-on-website",
            Step::TestSignIn => "enrol-step-test-sign-in",
            Step::BackupCodes => "enrol-step-backup-codes",
            Step::Summary => "enrol-step-summary",
        })
    }
}

/// Whether the enrolment is still going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "EnrolStatus")]
pub enum Status {
    InProgress,
    Done,
    Abandoned,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Abandoned => "abandoned",
        }
    }
}

/// A method as the wizard offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolMethodOption")]
pub struct MethodOption {
    pub method: Method,
    pub label: String,
    /// How strong it is, in a sentence (SMS: the weakest, per NIST SP 800-63B).
    pub advice: String,
    /// False when an earlier failure rules it out for now.
    pub available: bool,
    /// Why it is not available, or until when.
    pub blocked_reason: Option<String>,
    /// Not before this time (a rate limit or back-off).
    pub not_before: Option<DateTime<Utc>>,
    /// The one the wizard recommends now.
    pub recommended: bool,
}

/// How an attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "EnrolAttemptOutcome")]
pub enum AttemptOutcome {
    Succeeded,
    Refused,
}

/// One try at a step, with the service's exact words when it refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolAttempt")]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub method: Method,
    pub step: Step,
    pub outcome: AttemptOutcome,
    /// The service's message, verbatim.
    pub text: Option<String>,
    /// What that message means (rules shared with the phone checker).
    pub refusal: Option<Refusal>,
    /// The case interaction this attempt was recorded as.
    pub interaction_id: Option<Uuid>,
}

/// A method now in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolledMethod")]
pub struct Enrolled {
    pub method: Method,
    pub at: DateTime<Utc>,
    /// "Authenticator account 'Amazon'", "+84 91 234 5678".
    pub detail: String,
}

/// The phone number being enrolled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolPhone")]
pub struct PhoneChoice {
    pub e164: String,
    pub international: String,
    pub region: Option<String>,
}

/// A whole enrolment: stored, resumable, shown by the wizard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Enrolment {
    pub id: Uuid,
    pub service: String,
    pub domain: Option<String>,
    /// Whether the service was found in the 2FA directory.
    pub in_directory: bool,
    pub documentation: Option<String>,
    pub recovery: Option<String>,
    /// The directory's notes ("SMS or phone call required to enable 2FA").
    pub notes: Option<String>,
    /// The Passkeys Directory's note ("Passkeys must be activated on each regional site").
    #[serde(default)]
    pub passkey_notes: Option<String>,
    pub provider: ProviderInfo,
    /// The methods the service offers, strongest first.
    pub methods: Vec<Method>,
    /// What Steward knows of the service's enrolment rules, read when the enrolment started.
    #[serde(default = "unknown_rules")]
    pub rules: Known,
    pub status: Status,
    pub step: Step,
    /// The method being set up.
    pub method: Option<Method>,
    pub phone: Option<PhoneChoice>,
    /// The authenticator account holding the service's key.
    pub otp_account_id: Option<Uuid>,
    /// The provider's reference to a half-done enrolment (a privacyIDEA token serial).
    pub pending_ref: Option<String>,
    /// Methods blocked by a failure, with why ("risk block on this number").
    pub blocked: Vec<BlockedMethod>,
    pub attempts: Vec<Attempt>,
    pub enrolled: Vec<Enrolled>,
    pub backup_codes_saved: Option<u32>,
    /// What was put in place, recorded when the wizard finished.
    #[serde(default)]
    pub receipt: Option<Receipt>,
    /// The case every failure is recorded in (opened at the first failure, or "I'm stuck").
    pub case_id: Option<Uuid>,
    pub case_number: Option<i64>,
    /// No new try before this time: a rate limit (`Retry-After`) or a back-off after failures.
    pub retry_not_before: Option<DateTime<Utc>>,
    /// When a code was last requested, and how many times, for the back-off on new codes.
    pub code_requested_at: Option<DateTime<Utc>>,
    pub code_requests: u32,
    /// Wrong codes typed in a row.
    pub wrong_codes: u32,
    /// When the authenticator's code was accepted: a sign-in test in the same 30-second step
    /// uses the next code (a server refuses a code used twice).
    pub code_verified_at: Option<DateTime<Utc>>,
    /// The steps behind this one, for Back.
    pub trail: Vec<Step>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub use crate::cases::EnrolmentReceipt as Receipt;

impl Enrolment {
    /// The block on `method` as a whole (not on one number) in force at `now`, if any.
    pub fn method_block(&self, method: Method, now: DateTime<Utc>) -> Option<&BlockedMethod> {
        self.blocked
            .iter()
            .find(|b| b.method == method && b.number.is_none() && b.until.is_none_or(|u| now < u))
    }

    /// Records that a step with `method` succeeded.
    pub fn record_success(&mut self, method: Method, step: Step, now: DateTime<Utc>) {
        self.attempts.push(Attempt {
            at: now,
            method,
            step,
            outcome: AttemptOutcome::Succeeded,
            text: None,
            refusal: None,
            interaction_id: None,
        });
    }
}

fn unknown_rules() -> Known {
    Known::Unknown
}

/// A method ruled out (for now, or for this enrolment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolBlockedMethod")]
pub struct BlockedMethod {
    pub method: Method,
    pub reason: String,
    /// It may be tried again after this time; absent means not in this enrolment.
    pub until: Option<DateTime<Utc>>,
    /// Only this number (E.164) was refused: the method may work with another one.
    #[serde(default)]
    pub number: Option<String>,
}

/// What to do at the current step, in words for the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolGuide")]
pub struct StepGuide {
    pub title: String,
    /// What to do now, in order.
    pub do_now: Vec<String>,
    /// What to do if it does not work.
    pub if_it_fails: String,
}

/// Everything a wizard screen or `steward enrol status` shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EnrolmentView {
    pub enrolment: Enrolment,
    pub guide: StepGuide,
    /// Methods offered, strongest first, with what rules some out.
    pub options: Vec<MethodOption>,
    /// The paths that can still work from here, best first.
    pub plan: Plan,
    /// 1-based position of the step and how many steps the chosen path has.
    pub progress: (u32, u32),
    pub can_go_back: bool,
    /// What the last action did, in a sentence ("The code was accepted.").
    pub message: Option<String>,
    /// The authenticator's current code for the service (shown at the confirm step).
    pub current_code: Option<String>,
    /// Backup codes Steward could not keep with an authenticator account: shown this once, to
    /// write down or print.
    pub backup_codes_to_keep: Vec<String>,
}

/// A wizard action: what the customer did or asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
#[ts(export)]
pub enum EnrolAction {
    ChooseMethod {
        method: Method,
    },
    /// The phone number, as typed; `region` for numbers without a country code.
    SubmitPhone {
        number: String,
        #[serde(default)]
        region: Option<String>,
    },
    /// A code the customer received (privacyIDEA text message).
    SubmitCode {
        code: String,
    },
    /// Ask for a new code (privacyIDEA: the half-done token is replaced). Backed off.
    RequestNewCode,
    /// The service's QR link (`otpauth://…`), for the authenticator.
    AddAuthenticator {
        link: String,
    },
    /// An account already in Steward's authenticator (scanned from the screen, an image or
    /// the clipboard with the Authenticator's own tools).
    UseAuthenticatorAccount {
        account_id: Uuid,
    },
    /// The step worked on the website (Guided), or: check it now (privacyIDEA).
    Confirm,
    /// The service refused: its exact message.
    ReportRefusal {
        message: String,
    },
    /// Backup codes the service showed (Guided); privacyIDEA makes them itself.
    SaveBackupCodes {
        #[serde(default)]
        codes: Vec<String>,
    },
    SkipBackupCodes,
    /// Enough methods: go on to the backup codes with what is on (at the choice of method).
    Finish,
    /// Don't test signing in now (the receipt then says "not tested").
    SkipTest,
    Back,
    Abandon,
}

/// Signing in to a privacyIDEA server, as the window sends it. No Debug: it holds a password.
#[derive(Clone, Deserialize, TS)]
#[ts(export)]
pub struct PrivacyIdeaLogin {
    pub url: String,
    pub username: String,
    pub password: String,
}
