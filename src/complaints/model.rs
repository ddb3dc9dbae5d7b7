//! The complaint on a case and its computed status: the types that cross IPC (ts-rs writes their
//! TypeScript twins into `ui/src/bindings/`) and that `--json` prints. Dates are the
//! jurisdiction's local dates (`YYYY-MM-DD`); words (`label`, `text`, `headline`) are in the
//! current language, and every word has a machine field beside it to branch on.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::holidays::UkRegion;
use super::rules::{
    Body, Confidence, ConventionId, Event, InWriting, RuleStatus, StepKind, Unit, What, Who,
};

/// The complaint recorded on a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Complaint {
    pub case_id: Uuid,
    /// The contact that was the formal complaint (its kind is `complaint_made`).
    pub contact_id: Uuid,
    /// ISO 3166-1 code ("GB", "VN", "US") or "EU"; `None` until the customer says.
    pub jurisdiction: Option<String>,
    /// A sector of rules.toml ("financial-services", "energy", …) or the customer's own word.
    pub sector: Option<String>,
    /// The rule used; `None` is "no rule known".
    pub rule_id: Option<String>,
    /// The customer chose the rule (else Steward picked it from jurisdiction, sector and date).
    pub rule_chosen: bool,
    /// When the firm received it, as a local date there (default: the contact's date).
    pub received_on: NaiveDate,
    /// The firm's complaint reference.
    pub firm_reference: Option<String>,
    /// The IANA zone its dates are read in (default: the jurisdiction's).
    pub time_zone: String,
    /// The part of the UK whose bank holidays count (default England and Wales).
    pub region: Option<UkRegion>,
    pub marked_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Marking a contact as the formal complaint (or marking again to change it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ComplaintInput {
    /// The contact that was the complaint; `None` = the case's latest contact.
    #[serde(default)]
    pub contact_id: Option<Uuid>,
    #[serde(default)]
    pub jurisdiction: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    /// A rule id from `complaint_rules`; `None` = Steward picks one.
    #[serde(default)]
    pub rule_id: Option<String>,
    /// `None` = the contact's date in the jurisdiction's local time.
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    #[serde(default)]
    pub firm_reference: Option<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub region: Option<UkRegion>,
}

/// What a contact was, as far as a complaint goes ("final response received is a contact type").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContactKind {
    #[default]
    Ordinary,
    /// The customer made a formal complaint in this contact.
    ComplaintMade,
    /// The firm's final response (or deadlock letter) arrived in this contact.
    FinalResponse,
}

impl ContactKind {
    pub const ALL: [ContactKind; 3] = [
        ContactKind::Ordinary,
        ContactKind::ComplaintMade,
        ContactKind::FinalResponse,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Ordinary => "ordinary",
            ContactKind::ComplaintMade => "complaint_made",
            ContactKind::FinalResponse => "final_response",
        }
    }

    pub fn parse(s: &str) -> Option<ContactKind> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = match norm.as_str() {
            "complaint" | "formal_complaint" => "complaint_made",
            "final" | "final_response_received" | "deadlock" => "final_response",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }

    /// Its name in the current language (the window shows the same words).
    pub fn label(self) -> String {
        match self {
            ContactKind::Ordinary => crate::t!("complaint-contact-kind-ordinary"),
            ContactKind::ComplaintMade => crate::t!("complaint-contact-kind-complaint_made"),
            ContactKind::FinalResponse => crate::t!("complaint-contact-kind-final_response"),
        }
    }
}

/// Where a complaint stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ComplaintPhase {
    /// No contact on the case is marked as a formal complaint.
    NotMarked,
    /// Marked, but no rule is known for its jurisdiction and sector: no dates.
    NoRuleKnown,
    /// The firm's time is still running.
    FirmHasTime,
    /// The firm's time has passed without a final response: the next step is open.
    FirmLate,
    /// The final response (or deadlock letter) arrived.
    FinalResponse,
}

/// Why a step has no date, or why its date needs checking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "reason", rename_all = "snake_case")]
#[ts(export)]
pub enum StepMissing {
    /// The research did not confirm the number; `detail` is the researcher's note (English).
    Unconfirmed { detail: String },
    /// The rule gives no number ("promptly", "without undue delay").
    NoNumber,
    /// The case doesn't record the event the period runs from.
    EventNotRecorded { event: Event },
    /// A day it counts over has no holiday table: the date may be later.
    HolidaysUnknown,
}

/// A step on the day asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StepState {
    /// A deadline still ahead.
    Upcoming,
    /// A deadline that is today.
    DueToday,
    /// A deadline that has passed.
    Passed,
    /// The firm answered (final response received).
    Done,
    /// Something the customer can do from a later date.
    NotYetOpen,
    /// Something the customer can do now.
    Open,
    /// A window that has closed.
    Closed,
    /// No date.
    Unknown,
}

/// Where a number was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ComplaintSource")]
pub struct SourceRef {
    pub id: String,
    pub title: String,
    pub url: String,
    pub section: Option<String>,
    /// The words that carry the number, as read (in the source's language).
    pub quote: String,
}

/// "received 5 January 2026; 8 weeks → 2 March 2026".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Arithmetic {
    pub start: NaiveDate,
    pub amount: u32,
    pub unit: Unit,
    pub convention: ConventionId,
    pub end: NaiveDate,
    /// The sum in words, in the current language.
    pub text: String,
}

/// One step of the rule on the day asked about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StepStatus {
    pub id: String,
    pub who: Who,
    pub what: What,
    pub kind: StepKind,
    /// What the step is, in the current language.
    pub label: String,
    /// The deadline or the window's last day; for an `earliest` step, the day it opens.
    pub date: Option<NaiveDate>,
    /// The end of that local day, in UTC (when a deadline passes).
    pub ends_at: Option<DateTime<Utc>>,
    pub confidence: Confidence,
    /// Show the date marked "check this" (not confirmed, or counted over unknown holidays).
    pub check: bool,
    pub missing: Option<StepMissing>,
    /// Days from today to `date`; negative once passed.
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub state: StepState,
    pub body: Option<Body>,
    pub arithmetic: Option<Arithmetic>,
    /// The longest the firm may extend to, when the rule lets it (UK/EU data requests: three
    /// months in all), counted the same way.
    pub extended_to: Option<Arithmetic>,
    pub source: SourceRef,
}

/// Which letter fits a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LetterKind {
    /// The formal complaint to the firm.
    Complaint,
    /// To the firm when its deadline has passed.
    Chaser,
    /// To the ombudsman or regulator.
    Referral,
}

impl LetterKind {
    pub const ALL: [LetterKind; 3] = [
        LetterKind::Complaint,
        LetterKind::Chaser,
        LetterKind::Referral,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Complaint => "complaint",
            LetterKind::Chaser => "chaser",
            LetterKind::Referral => "referral",
        }
    }

    pub fn parse(s: &str) -> Option<LetterKind> {
        let norm = s.trim().to_ascii_lowercase();
        let norm = match norm.as_str() {
            "formal" | "formal-complaint" => "complaint",
            "deadline-passed" | "reminder" => "chaser",
            "ombudsman" | "regulator" => "referral",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }
}

/// What the customer can do, from when and by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextAction {
    pub step_id: String,
    pub what: What,
    pub body: Option<Body>,
    /// Can do it from this day (`None`: now, or not known).
    pub from: Option<NaiveDate>,
    /// Must do it by this day (`None`: no limit known).
    pub by: Option<NaiveDate>,
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub open_now: bool,
    pub check: bool,
    /// The action in the current language ("Take it to the Financial Ombudsman Service by …").
    pub text: String,
    /// The letter that goes with it.
    pub letter: Option<LetterKind>,
}

/// The rule behind the status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleSummary {
    pub id: String,
    pub jurisdiction: String,
    pub sector: String,
    /// Its name in the current language.
    pub title: String,
    /// The law or scheme (a citation, as written).
    pub law: String,
    pub status: RuleStatus,
    pub confidence: Confidence,
    pub in_writing: InWriting,
    pub body: Option<Body>,
    /// Candidates when it depends on the firm (telecoms: two ADR schemes).
    pub bodies: Vec<Body>,
    pub applies_from: Option<NaiveDate>,
    pub applies_until: Option<NaiveDate>,
    /// When the sources were read.
    pub checked: NaiveDate,
}

/// A case's complaint on one day: every step with its date (or what is missing), the phase,
/// and what the customer can do now and by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ComplaintStatus {
    pub case_id: Uuid,
    pub complaint: Option<Complaint>,
    /// The day it was computed for (local to the jurisdiction).
    pub today: NaiveDate,
    pub phase: ComplaintPhase,
    pub rule: Option<RuleSummary>,
    /// The date of the final response, when one was logged.
    pub final_response_on: Option<NaiveDate>,
    pub steps: Vec<StepStatus>,
    /// The id of the step the phase and the headline count from: the firm's main answer
    /// deadline (the countdown the case page shows), when the rule has one.
    pub main_step: Option<String>,
    pub next: Vec<NextAction>,
    /// One line for the case page and the CLI, in the current language.
    pub headline: String,
    /// The letters that fit now, most useful first.
    pub letters: Vec<LetterKind>,
}

/// A complaint deadline coming up or passed, for reminders and calendars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ComplaintDeadline {
    pub case_id: Uuid,
    #[ts(type = "number")]
    pub case_number: i64,
    pub case_title: String,
    pub step_id: String,
    pub what: What,
    pub who: Who,
    /// `deadline`/`window`: the last day; `earliest`: the day a next step opens.
    pub kind: StepKind,
    pub date: NaiveDate,
    pub ends_at: DateTime<Utc>,
    pub check: bool,
    pub passed: bool,
    /// In the current language.
    pub label: String,
}

/// A rule as `steward complaint rules` and the window's rule picker list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleListing {
    pub rule: RuleSummary,
    pub steps: Vec<RuleStepListing>,
}

/// A step of a rule, without a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RuleStepListing {
    pub id: String,
    pub who: Who,
    pub what: What,
    pub kind: StepKind,
    pub label: String,
    pub amount: Option<u32>,
    pub unit: Option<Unit>,
    pub from: Option<Event>,
    pub confidence: Confidence,
    pub missing: Option<String>,
    pub source: SourceRef,
}
