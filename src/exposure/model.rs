//! The exposure chain's types: what the customer told Steward about an account, what leaked in
//! an alert, and the one report (what leaked, which accounts that opens and why, the lock-down
//! plan, what to do first). Values typed by the customer never appear here: only their masked
//! hints ("•••• 4821").

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::detail::{Detail, Protection, Stake};
use crate::enrol::rules::Source;

/// Where a fact about an account comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ExposureBasis")]
pub enum Basis {
    /// The customer said so (wins over the rule).
    Customer,
    /// Steward's curated service rules say so.
    Rule,
}

/// One detail at one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountDetail {
    pub detail: Detail,
    /// The account has it.
    pub holds: bool,
    /// Its support accepts it to check who is calling.
    pub checks: bool,
    /// The kept value, masked for display ("•••• 4821"); the value itself never leaves the store.
    pub hint: Option<String>,
    pub basis: Basis,
}

/// Where the per-account questionnaire is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Questionnaire {
    NotStarted,
    Answered,
    Skipped,
}

impl Questionnaire {
    pub fn as_str(self) -> &'static str {
        match self {
            Questionnaire::NotStarted => "not_started",
            Questionnaire::Answered => "answered",
            Questionnaire::Skipped => "skipped",
        }
    }
}

/// What Steward knows about one account: the customer's answers merged over the rule's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountKnowledge {
    pub account_id: Uuid,
    pub service: String,
    pub identifier_masked: Option<String>,
    pub stake: Option<Stake>,
    pub stake_basis: Option<Basis>,
    pub questionnaire: Questionnaire,
    /// In [`Detail::ALL`] order; the customer's answer where there is one, else the rule's.
    pub details: Vec<AccountDetail>,
    /// Offered by the service (from the rules); empty when not known.
    pub protections: Vec<Protection>,
    /// The rule's sources, when a rule was used.
    pub sources: Vec<Source>,
    /// What the sources say about this service's support (the curated rule's note, in the
    /// current language), when a rule was used — as its sources are.
    pub note: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
}

/// The customer's answer about one detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DetailAnswer {
    pub detail: Detail,
    pub holds: bool,
    /// Accepting a detail to check callers means holding it: `checks` implies `holds`.
    pub checks: bool,
    /// The minimal value to match on: a card's last four digits (exactly 4 digits), a phone
    /// number (its last 4 digits are kept), an e-mail address (kept masked); other details keep
    /// no value. `None` keeps the value stored before; an empty text removes it.
    #[serde(default)]
    pub value: Option<String>,
}

/// The questionnaire's answers for one account. Details not listed stay as they were.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KnowledgeAnswers {
    #[serde(default)]
    pub stake: Option<Stake>,
    #[serde(default)]
    pub details: Vec<DetailAnswer>,
    /// The customer chose not to answer now.
    #[serde(default)]
    pub skipped: bool,
}

/// What an impostor asked for or got in an alert (confirmed by the customer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Disclosure {
    pub detail: Detail,
    pub asked: bool,
    pub given: bool,
    /// The value given away, masked ("•••• 4821").
    pub hint: Option<String>,
    /// Read from the transcript (the customer confirmed it).
    pub from_transcript: bool,
}

/// The customer's confirmation of one disclosure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DisclosureAnswer {
    pub detail: Detail,
    pub asked: bool,
    pub given: bool,
    /// The minimal value given away (same forms as [`DetailAnswer::value`]); kept only when given.
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub from_transcript: bool,
}

/// An account as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ExposureAccountRef")]
pub struct AccountRef {
    pub id: Uuid,
    pub service: String,
    pub identifier_masked: Option<String>,
    pub badge: crate::otp::icons::ServiceBadge,
}

/// A detail given away in an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Leak {
    pub detail: Detail,
    /// The value given away, masked.
    pub hint: Option<String>,
    pub alert_id: Uuid,
    #[ts(type = "number")]
    pub alert_number: i64,
    /// Where it happened (the alert's account).
    pub service: Option<String>,
    /// When it happened: the alert's contact's time, else its e-mail's date, else when the alert
    /// was raised (as the alert and the letters date it).
    pub at: DateTime<Utc>,
}

/// Why an account is listed at risk: one leaked detail it accepts to check callers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskReason {
    pub detail: Detail,
    /// Who says the account accepts it: the customer or the rules.
    pub basis: Basis,
    /// The alerts it leaked in.
    #[ts(type = "Array<number>")]
    pub alert_numbers: Vec<i64>,
    /// The reason in the current language.
    pub text: String,
    /// The rule's source, when the rules say the account accepts it.
    pub source: Option<Source>,
}

/// An account a leaked detail opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AtRisk {
    pub account: AccountRef,
    pub stake: Option<Stake>,
    /// At least one.
    pub reasons: Vec<RiskReason>,
    pub plan: Vec<LockdownStep>,
    /// An impostor has contacted this company more than once: it has two or more impostor
    /// alerts of its own (like `Alert::earlier`).
    pub repeat: bool,
    /// What Steward's notes say about this company's support ([`AccountKnowledge::note`]).
    pub note: Option<String>,
}

/// Why an account checked against the leaks is not listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClearedWhy {
    /// It holds a leaked detail but does not accept it to check callers (or nothing says it does).
    DoesNotCheck,
    /// It accepts the detail, but its value is not the one that leaked (another card).
    DifferentValue,
    /// It does not hold any of the leaked details.
    DoesNotHold,
}

impl ClearedWhy {
    pub fn as_str(self) -> &'static str {
        match self {
            ClearedWhy::DoesNotCheck => "does_not_check",
            ClearedWhy::DifferentValue => "different_value",
            ClearedWhy::DoesNotHold => "does_not_hold",
        }
    }
}

/// An account checked against the leaks and not at risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Cleared {
    pub account: AccountRef,
    pub why: ClearedWhy,
    /// Why, in the current language.
    pub text: String,
}

/// The steps of a lock-down plan. The ids are stable: they are stored and typed on the command
/// line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LockdownStepId {
    SupportPin,
    VerificationNote,
    TwoStep,
    ChangeDetail,
    SignInBeforeChat,
    NumberLock,
    Letter,
}

impl LockdownStepId {
    pub const ALL: [LockdownStepId; 7] = [
        LockdownStepId::SupportPin,
        LockdownStepId::VerificationNote,
        LockdownStepId::TwoStep,
        LockdownStepId::ChangeDetail,
        LockdownStepId::SignInBeforeChat,
        LockdownStepId::NumberLock,
        LockdownStepId::Letter,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LockdownStepId::SupportPin => "support_pin",
            LockdownStepId::VerificationNote => "verification_note",
            LockdownStepId::TwoStep => "two_step",
            LockdownStepId::ChangeDetail => "change_detail",
            LockdownStepId::SignInBeforeChat => "sign_in_before_chat",
            LockdownStepId::NumberLock => "number_lock",
            LockdownStepId::Letter => "letter",
        }
    }

    /// Accepts the id (with `-`, `_` or spaces) and a few short names people type.
    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = match norm.as_str() {
            "pin" | "passcode" | "verbal_password" => "support_pin",
            "note" => "verification_note",
            "2fa" | "mfa" | "two_step_verification" => "two_step",
            "change" | "new_card" => "change_detail",
            "sign_in" | "signin" => "sign_in_before_chat",
            "port_out" | "sim_lock" | "port_lock" => "number_lock",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }
}

/// One step of an account's lock-down plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LockdownStep {
    pub id: LockdownStepId,
    /// What to do, in the current language.
    pub text: String,
    /// Why it helps.
    pub why: String,
    pub done_at: Option<DateTime<Utc>>,
    /// The service offers it (from the rules); `None`: not known — ask them.
    pub offered: Option<bool>,
    /// `two_step`: hand off to the enrolment wizard.
    pub wizard: bool,
}

/// The one thing to do first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextStep {
    pub account_id: Uuid,
    pub service: String,
    pub step: LockdownStepId,
    pub text: String,
}

/// The one screen: what leaked, which accounts that opens and why, what to do first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExposureReport {
    /// Every detail given away, oldest alert first.
    pub leaks: Vec<Leak>,
    /// Ranked: stake (money, e-mail, phone, shopping, other, not said), then more reasons, then
    /// the service's name.
    pub at_risk: Vec<AtRisk>,
    /// Accounts checked against the leaks and why they are not listed.
    pub not_at_risk: Vec<Cleared>,
    /// Accounts Steward knows nothing about (no answers, no rule): "tell Steward what X checks".
    pub unknown: Vec<AccountRef>,
    /// The top account's first open step.
    pub first: Option<NextStep>,
}
