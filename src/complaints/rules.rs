//! The complaint rules (`rules/rules.toml`, schema in `rules/README.md`): read strictly — an
//! unknown field or value is an error, as `enrol/rules/curated.rs` does for its file — and
//! checked by [`problems`] (ids unique, every source and body named exists, an unconfirmed
//! step has no number and says what is missing, rules of one jurisdiction and sector don't
//! overlap in time). The tests load the shipped file and run its `examples` rows.
//!
//! The file's English `title`/`note`/`definition` texts are for reviewers; what a customer reads
//! comes from the catalogue (`locales/<lang>/complaints.ftl`), except quotes and body names,
//! which are evidence and proper names and stay as written.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const FILE: &str = include_str!("rules/rules.toml");

/// How sure the data is of a number (README "Confidence").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ComplaintConfidence")]
pub enum Confidence {
    /// Not read, or sources disagree: no date is shown.
    Unconfirmed,
    /// Read only in secondary sources, or the counting is Steward's reading: "check this".
    Secondary,
    /// Read in the primary text.
    Confirmed,
}

/// Who has to act in a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ComplaintWho")]
pub enum Who {
    Firm,
    Customer,
    Body,
}

/// What a step is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ComplaintWhat")]
pub enum What {
    Acknowledge,
    SummaryResolutionCommunication,
    FinalResponse,
    Response,
    ExtensionNotice,
    Negotiate,
    FollowUp,
    ComplainToFirm,
    ReferToBody,
    FeedbackToBody,
    ProgressUpdate,
    AdrOutcome,
    SupportNegotiation,
}

impl What {
    pub fn as_str(self) -> &'static str {
        match self {
            What::Acknowledge => "acknowledge",
            What::SummaryResolutionCommunication => "summary-resolution-communication",
            What::FinalResponse => "final-response",
            What::Response => "response",
            What::ExtensionNotice => "extension-notice",
            What::Negotiate => "negotiate",
            What::FollowUp => "follow-up",
            What::ComplainToFirm => "complain-to-firm",
            What::ReferToBody => "refer-to-body",
            What::FeedbackToBody => "feedback-to-body",
            What::ProgressUpdate => "progress-update",
            What::AdrOutcome => "adr-outcome",
            What::SupportNegotiation => "support-negotiation",
        }
    }

    /// The firm's answer that ends its clock (a final response, a response, negotiation).
    pub fn is_answer(self) -> bool {
        matches!(self, What::FinalResponse | What::Response | What::Negotiate)
    }
}

/// Deadline, earliest, window or alternative (README `[[rules.steps]]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ComplaintStepKind")]
pub enum StepKind {
    /// Must be done by the date.
    Deadline,
    /// Can be done from the date (the ombudsman opens).
    Earliest,
    /// Must be done within the period.
    Window,
    /// A shorter route that replaces the main deadline if taken.
    Alternative,
}

/// A period's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ComplaintUnit")]
pub enum Unit {
    CalendarDays,
    Weeks,
    Months,
    Years,
    /// UK business days (FCA Glossary).
    BusinessDays,
    /// Vietnamese working days (ngày làm việc).
    WorkingDays,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::CalendarDays => "calendar_days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Years => "years",
            Unit::BusinessDays => "business_days",
            Unit::WorkingDays => "working_days",
        }
    }
}

/// The case events a period runs from (`from`, `also_from`, `or_when`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ComplaintEvent")]
pub enum Event {
    ComplaintReceived,
    RequestReceived,
    SentToCompany,
    FinalResponseSent,
    FinalResponseReceived,
    SummaryResolutionSent,
    SummaryResolutionReceived,
    DeadlockLetterSent,
    DeadlockLetterReceived,
    LastContactWithFirm,
    ComplaintToFirmSent,
    CompanyResponseReceived,
    ComplaintToBodyLodged,
    CompleteComplaintFileReceived,
    TransactionDate,
    EventComplainedOf,
    BecameAware,
    FirmDeadlinePassed,
    FirmRefusedWithoutValidReason,
    FeeReceived,
    IdentityOrClarificationReceived,
    AnyTime,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::ComplaintReceived => "complaint_received",
            Event::RequestReceived => "request_received",
            Event::SentToCompany => "sent_to_company",
            Event::FinalResponseSent => "final_response_sent",
            Event::FinalResponseReceived => "final_response_received",
            Event::SummaryResolutionSent => "summary_resolution_sent",
            Event::SummaryResolutionReceived => "summary_resolution_received",
            Event::DeadlockLetterSent => "deadlock_letter_sent",
            Event::DeadlockLetterReceived => "deadlock_letter_received",
            Event::LastContactWithFirm => "last_contact_with_firm",
            Event::ComplaintToFirmSent => "complaint_to_firm_sent",
            Event::CompanyResponseReceived => "company_response_received",
            Event::ComplaintToBodyLodged => "complaint_to_body_lodged",
            Event::CompleteComplaintFileReceived => "complete_complaint_file_received",
            Event::TransactionDate => "transaction_date",
            Event::EventComplainedOf => "event_complained_of",
            Event::BecameAware => "became_aware",
            Event::FirmDeadlinePassed => "firm_deadline_passed",
            Event::FirmRefusedWithoutValidReason => "firm_refused_without_valid_reason",
            Event::FeeReceived => "fee_received",
            Event::IdentityOrClarificationReceived => "identity_or_clarification_received",
            Event::AnyTime => "any_time",
        }
    }
}

/// The deadline arithmetic conventions (README `[[conventions]]`), each implemented once in
/// [`super::arithmetic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ComplaintConvention")]
pub enum ConventionId {
    WeeksAfterReceipt,
    MonthsCorrespondingDate,
    IcoOneMonth,
    #[serde(rename = "eu-1182-71")]
    #[ts(rename = "eu-1182-71")]
    Eu118271,
    UkBusinessDays,
    CalendarDaysAfter,
    DaysBeginningWhenReceived,
    VnCivilCode,
}

impl ConventionId {
    pub fn as_str(self) -> &'static str {
        match self {
            ConventionId::WeeksAfterReceipt => "weeks-after-receipt",
            ConventionId::MonthsCorrespondingDate => "months-corresponding-date",
            ConventionId::IcoOneMonth => "ico-one-month",
            ConventionId::Eu118271 => "eu-1182-71",
            ConventionId::UkBusinessDays => "uk-business-days",
            ConventionId::CalendarDaysAfter => "calendar-days-after",
            ConventionId::DaysBeginningWhenReceived => "days-beginning-when-received",
            ConventionId::VnCivilCode => "vn-civil-code",
        }
    }

    /// The units the convention counts in.
    pub fn counts(self, unit: Unit) -> bool {
        match self {
            ConventionId::WeeksAfterReceipt => unit == Unit::Weeks,
            ConventionId::MonthsCorrespondingDate => matches!(unit, Unit::Months | Unit::Years),
            ConventionId::IcoOneMonth | ConventionId::Eu118271 => unit == Unit::Months,
            ConventionId::UkBusinessDays => unit == Unit::BusinessDays,
            ConventionId::CalendarDaysAfter | ConventionId::DaysBeginningWhenReceived => {
                unit == Unit::CalendarDays
            }
            ConventionId::VnCivilCode => unit == Unit::WorkingDays,
        }
    }

    /// How a step without `arithmetic` is counted: the plain convention for its unit (that
    /// choice is Steward's reading, so such dates are at best "secondary").
    pub fn default_for(unit: Unit) -> ConventionId {
        match unit {
            Unit::CalendarDays => ConventionId::CalendarDaysAfter,
            Unit::Weeks => ConventionId::WeeksAfterReceipt,
            Unit::Months | Unit::Years => ConventionId::MonthsCorrespondingDate,
            Unit::BusinessDays => ConventionId::UkBusinessDays,
            Unit::WorkingDays => ConventionId::VnCivilCode,
        }
    }
}

/// The holiday tables a convention needs (README: not researched in rules.toml; see
/// [`super::holidays`] for what Steward carries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HolidayTableId {
    UkBankHolidays,
    MemberStatePublicHolidays,
    VnPublicHolidays,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum SourceKind {
    Primary,
    PrimaryCopy,
    Secondary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ComplaintBodyKind")]
pub enum BodyKind {
    Ombudsman,
    Adr,
    Regulator,
    SupervisoryAuthority,
    StateAgency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ComplaintInWriting")]
pub enum InWriting {
    NotRequired,
    Required,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ComplaintRuleStatus")]
pub enum RuleStatus {
    InForce,
    Superseded,
}

/// One table-test row of a convention, written by the researcher.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub start: NaiveDate,
    #[serde(default)]
    pub weeks: Option<u32>,
    #[serde(default)]
    pub months: Option<u32>,
    #[serde(default)]
    pub business_days: Option<u32>,
    #[serde(default)]
    pub working_days: Option<u32>,
    #[serde(default)]
    pub calendar_days: Option<u32>,
    pub deadline: NaiveDate,
    #[serde(default)]
    pub next_step_from: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Example {
    /// The period the row counts (exactly one amount field; [`problems`] checks it).
    pub fn period(&self) -> Option<(u32, Unit)> {
        let all = [
            (self.weeks, Unit::Weeks),
            (self.months, Unit::Months),
            (self.business_days, Unit::BusinessDays),
            (self.working_days, Unit::WorkingDays),
            (self.calendar_days, Unit::CalendarDays),
        ];
        let mut set = all.iter().filter_map(|(a, u)| a.map(|a| (a, *u)));
        let first = set.next();
        if set.next().is_some() {
            return None;
        }
        first
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Convention {
    pub id: ConventionId,
    pub applies_to: String,
    pub rule: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub basis: Option<String>,
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub quote_2: Option<String>,
    #[serde(default)]
    pub quote_3: Option<String>,
    #[serde(default)]
    pub quote_4: Option<String>,
    #[serde(default)]
    pub holidays: Option<HolidayTableId>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// An ombudsman, ADR scheme, regulator or agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "ComplaintBody")]
pub struct Body {
    pub id: String,
    /// Its name as it calls itself (a proper name: not translated).
    pub name: String,
    pub jurisdiction: String,
    pub kind: BodyKind,
    #[serde(default)]
    pub url: Option<String>,
    pub source: String,
    /// Reviewer text (English): not sent to the window.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub note: Option<String>,
    #[serde(default)]
    pub confidence: Option<Confidence>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintDefinition {
    pub definition: String,
    pub in_writing: InWriting,
    #[serde(default)]
    pub channels: Vec<String>,
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub source_2: Option<String>,
    #[serde(default)]
    pub quote_2: Option<String>,
    #[serde(default)]
    pub confidence: Option<Confidence>,
    #[serde(default)]
    pub missing: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    pub amount: u32,
    pub unit: Unit,
    pub from: Event,
    #[serde(default)]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternativePeriod {
    pub amount: u32,
    pub unit: Unit,
    pub from: Event,
    pub rule: String,
}

/// A deadline or window of a rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub who: Who,
    pub what: What,
    pub kind: StepKind,
    #[serde(default)]
    pub amount: Option<u32>,
    #[serde(default)]
    pub unit: Option<Unit>,
    /// Absent on steps with no number whose start was not read.
    #[serde(default)]
    pub from: Option<Event>,
    #[serde(default)]
    pub also_from: Vec<Event>,
    #[serde(default)]
    pub or_when: Vec<Event>,
    #[serde(default)]
    pub condition: Option<String>,
    #[serde(default)]
    pub extendable_to: Option<Extension>,
    #[serde(default)]
    pub alternative: Option<AlternativePeriod>,
    #[serde(default)]
    pub minimum: bool,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub arithmetic: Option<ConventionId>,
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub source_2: Option<String>,
    #[serde(default)]
    pub quote_2: Option<String>,
    #[serde(default)]
    pub confidence: Option<Confidence>,
    #[serde(default)]
    pub missing: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One rule: a jurisdiction and sector (and the period it applies to).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub jurisdiction: String,
    pub sector: String,
    pub title: String,
    pub law: String,
    pub status: RuleStatus,
    pub confidence: Confidence,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub bodies: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub applies_from: Option<NaiveDate>,
    #[serde(default)]
    pub applies_until: Option<NaiveDate>,
    #[serde(default)]
    pub applies_from_confidence: Option<Confidence>,
    #[serde(default)]
    pub applies_from_source: Option<String>,
    #[serde(default)]
    pub supersedes: Option<String>,
    #[serde(default)]
    pub superseded_by: Option<String>,
    #[serde(default)]
    pub see_also: Vec<String>,
    pub complaint: ComplaintDefinition,
    pub steps: Vec<Step>,
}

impl Rule {
    /// Applies to a complaint received on `day` (its `applies_from`/`applies_until`).
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        self.applies_from.is_none_or(|f| day >= f) && self.applies_until.is_none_or(|u| day <= u)
    }

    /// A step's confidence: its own, else the rule's.
    pub fn step_confidence(&self, step: &Step) -> Confidence {
        step.confidence.unwrap_or(self.confidence)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
    #[allow(dead_code)]
    kind: SourceKind,
    pub checked: NaiveDate,
}

/// The whole file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleBook {
    pub schema_version: u32,
    pub checked: NaiveDate,
    pub conventions: Vec<Convention>,
    pub bodies: Vec<Body>,
    pub rules: Vec<Rule>,
    pub sources: Vec<Source>,
}

/// The shipped file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("complaints/rules/rules.toml: {0}")]
pub struct RulesError(pub String);

/// Parses and checks a rules file (the shipped one is [`book`]).
pub fn parse(text: &str) -> Result<RuleBook, RulesError> {
    let book: RuleBook = toml::from_str(text).map_err(|e| RulesError(e.to_string()))?;
    let problems = problems(&book);
    if problems.is_empty() {
        Ok(book)
    } else {
        Err(RulesError(problems.join("; ")))
    }
}

/// The shipped rules, read once. `None` only if the file is broken, which its tests catch:
/// callers then say "no rule known" rather than guess.
pub fn book() -> Option<&'static RuleBook> {
    static BOOK: OnceLock<Option<RuleBook>> = OnceLock::new();
    BOOK.get_or_init(|| parse(FILE).ok()).as_ref()
}

/// The shipped rules or why they can't be read (for tests and `steward complaint rules`).
pub fn load() -> Result<RuleBook, RulesError> {
    parse(FILE)
}

impl RuleBook {
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn convention(&self, id: ConventionId) -> Option<&Convention> {
        self.conventions.iter().find(|c| c.id == id)
    }

    /// The rule for a jurisdiction and sector for a complaint received on `day`; `None` is
    /// "no rule known".
    pub fn find(&self, jurisdiction: &str, sector: &str, day: NaiveDate) -> Option<&Rule> {
        self.rules.iter().find(|r| {
            r.jurisdiction.eq_ignore_ascii_case(jurisdiction)
                && r.sector.eq_ignore_ascii_case(sector)
                && r.applies_on(day)
        })
    }
}

fn kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Everything wrong with a rules file, one line each (empty when it is fine).
pub fn problems(book: &RuleBook) -> Vec<String> {
    let mut p = Vec::new();
    if book.schema_version != 1 {
        p.push(format!("schema_version {} is not 1", book.schema_version));
    }
    let mut unique = |what: &str, ids: Vec<&str>| {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                p.push(format!("{what} id \"{id}\" is used twice"));
            }
        }
    };
    unique(
        "source",
        book.sources.iter().map(|s| s.id.as_str()).collect(),
    );
    unique("body", book.bodies.iter().map(|s| s.id.as_str()).collect());
    unique("rule", book.rules.iter().map(|s| s.id.as_str()).collect());
    unique(
        "convention",
        book.conventions.iter().map(|c| c.id.as_str()).collect(),
    );
    let sources: BTreeSet<&str> = book.sources.iter().map(|s| s.id.as_str()).collect();
    let bodies: BTreeSet<&str> = book.bodies.iter().map(|s| s.id.as_str()).collect();
    let rules: BTreeSet<&str> = book.rules.iter().map(|s| s.id.as_str()).collect();
    let source = |at: &str, id: &str, p: &mut Vec<String>| {
        if !sources.contains(id) {
            p.push(format!("{at}: source \"{id}\" is not in [[sources]]"));
        }
    };
    let body = |at: &str, id: &str, p: &mut Vec<String>| {
        if !bodies.contains(id) {
            p.push(format!("{at}: body \"{id}\" is not in [[bodies]]"));
        }
    };
    for c in &book.conventions {
        let at = format!("convention {}", c.id.as_str());
        source(&at, &c.source, &mut p);
        for (i, e) in c.examples.iter().enumerate() {
            match e.period() {
                None => p.push(format!("{at} example {}: needs exactly one amount", i + 1)),
                Some((_, unit)) if !c.id.counts(unit) => p.push(format!(
                    "{at} example {}: counts {}, which this convention does not",
                    i + 1,
                    unit.as_str()
                )),
                Some(_) => {}
            }
            if e.deadline < e.start {
                p.push(format!("{at} example {}: deadline before start", i + 1));
            }
        }
    }
    for b in &book.bodies {
        source(&format!("body {}", b.id), &b.source, &mut p);
        if let Some(url) = &b.url {
            if !url.starts_with("https://") {
                p.push(format!("body {}: url is not https", b.id));
            }
        }
    }
    let mut by_scope: BTreeMap<(String, String), Vec<&Rule>> = BTreeMap::new();
    for r in &book.rules {
        let at = format!("rule {}", r.id);
        if !kebab(&r.id) {
            p.push(format!("{at}: id is not kebab-case"));
        }
        by_scope
            .entry((r.jurisdiction.clone(), r.sector.clone()))
            .or_default()
            .push(r);
        for b in r.body.iter().chain(&r.bodies) {
            body(&at, b, &mut p);
        }
        for other in r.supersedes.iter().chain(&r.superseded_by) {
            if !rules.contains(other.as_str()) {
                p.push(format!("{at}: rule \"{other}\" does not exist"));
            }
        }
        for s in r.see_also.iter().chain(&r.applies_from_source) {
            source(&at, s, &mut p);
        }
        if let (Some(f), Some(u)) = (r.applies_from, r.applies_until) {
            if u < f {
                p.push(format!("{at}: applies_until before applies_from"));
            }
        }
        source(&format!("{at} complaint"), &r.complaint.source, &mut p);
        if let Some(s) = &r.complaint.source_2 {
            source(&format!("{at} complaint"), s, &mut p);
        }
        if r.complaint.confidence == Some(Confidence::Unconfirmed) && r.complaint.missing.is_none()
        {
            p.push(format!("{at} complaint: unconfirmed without `missing`"));
        }
        let mut steps = BTreeSet::new();
        for s in &r.steps {
            let at = format!("{at} step {}", s.id);
            if !steps.insert(s.id.as_str()) {
                p.push(format!("{at}: id is used twice in the rule"));
            }
            source(&at, &s.source, &mut p);
            if let Some(s2) = &s.source_2 {
                source(&at, s2, &mut p);
            }
            if let Some(b) = &s.body {
                body(&at, b, &mut p);
            }
            let confidence = r.step_confidence(s);
            if confidence == Confidence::Unconfirmed {
                if s.amount.is_some() {
                    p.push(format!("{at}: unconfirmed but has an amount"));
                }
                if s.missing.is_none() {
                    p.push(format!("{at}: unconfirmed without `missing`"));
                }
            }
            match (s.amount, s.unit) {
                (Some(_), None) => p.push(format!("{at}: amount without unit")),
                (None, Some(_)) => p.push(format!("{at}: unit without amount")),
                (Some(0), _) => p.push(format!("{at}: amount 0")),
                _ => {}
            }
            if let (Some(conv), Some(unit)) = (s.arithmetic, s.unit) {
                if !conv.counts(unit) {
                    p.push(format!(
                        "{at}: {} does not count {}",
                        conv.as_str(),
                        unit.as_str()
                    ));
                }
            }
            if let Some(conv) = s.arithmetic {
                if book.convention(conv).is_none() {
                    p.push(format!("{at}: convention {} is not defined", conv.as_str()));
                }
            }
            if s.amount.is_some() && s.from.is_none() {
                p.push(format!("{at}: a period without `from`"));
            }
            if s.kind == StepKind::Earliest && s.who != Who::Customer && s.who != Who::Body {
                p.push(format!("{at}: an `earliest` step is the customer's"));
            }
        }
    }
    for ((j, s), rules) in by_scope {
        for (i, a) in rules.iter().enumerate() {
            for b in &rules[i + 1..] {
                let a_from = a.applies_from.unwrap_or(NaiveDate::MIN);
                let a_until = a.applies_until.unwrap_or(NaiveDate::MAX);
                let b_from = b.applies_from.unwrap_or(NaiveDate::MIN);
                let b_until = b.applies_until.unwrap_or(NaiveDate::MAX);
                if a_from <= b_until && b_from <= a_until {
                    p.push(format!(
                        "rules {} and {} overlap in time for {j} {s}",
                        a.id, b.id
                    ));
                }
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_loads_and_is_clean() {
        let book = load().expect("rules.toml");
        assert!(book.rules.len() >= 13, "{}", book.rules.len());
        assert!(book
            .find("GB", "financial-services", d("2026-01-05"))
            .is_some());
        assert!(book.find("FR", "energy", d("2026-01-05")).is_none());
        assert_eq!(
            book.find("GB", "telecoms", d("2026-04-07"))
                .map(|r| r.id.as_str()),
            Some("gb-telecoms-8-weeks")
        );
        assert_eq!(
            book.find("GB", "telecoms", d("2026-04-08"))
                .map(|r| r.id.as_str()),
            Some("gb-telecoms-6-weeks")
        );
        assert!(book
            .find("GB", "data-protection-complaint", d("2026-06-18"))
            .is_none());
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Each check fails on a file that breaks it (mutations of the real file).
    #[test]
    fn strict_reading_and_checks_catch_broken_files() {
        let cases = [
            ("id = \"gb-energy\"", "id = \"gb-energy\"\ncolour = \"red\""),
            ("body = \"energy-ombudsman\"", "body = \"nobody\""),
            (
                "source = \"cisas-about\"\nnote",
                "source = \"no-such-source\"\nnote",
            ),
            (
                "id = \"gb-telecoms-8-weeks\"",
                "id = \"gb-telecoms-6-weeks\"",
            ),
            (
                "applies_until = \"2026-04-07\"",
                "applies_until = \"2026-04-09\"",
            ),
            (
                "missing = \"Current figure under",
                "amount = 30\nunit = \"business_days\"\nmissing = \"Current figure under",
            ),
            ("unit = \"weeks\"", "unit = \"fortnights\""),
            ("schema_version = 1", "schema_version = 2"),
        ];
        for (from, to) in cases {
            assert!(FILE.contains(from), "{from}");
            let broken = FILE.replacen(from, to, 1);
            assert!(parse(&broken).is_err(), "accepted: {from} -> {to}");
        }
    }
}
