//! The complaint's words in the current language, from the catalogue
//! (`locales/<lang>/complaints.ftl`). Body names are proper names (as rules.toml spells them);
//! everything else is a message.

use chrono::NaiveDate;

use super::model::{Complaint, ComplaintPhase, ComplaintStatus, StepStatus};
use super::rules::{Body, Event, StepKind, Unit, What, Who};
use crate::i18n::{self, Args};
use crate::t;

/// "2 March 2026" / "2 tháng 3, 2026": the share catalogue's long date.
pub fn long_day(d: NaiveDate) -> String {
    crate::share::dates::long(d)
}

/// A body as the customer reads it: its name from the catalogue (`complaint-body-<id>`) in
/// the current language — the rules file's `name` is the reviewer's, with notes in brackets —
/// falling back to that name for a body the catalogue doesn't know.
pub fn body(b: &Body) -> Body {
    let mut out = b.clone();
    if let Some(name) = i18n::lookup(&format!("complaint-body-{}", b.id), &Args::new()) {
        out.name = name;
    }
    out
}

/// A rule's name: `complaint-rule-<id>-title`.
pub fn rule_title(rule_id: &str) -> String {
    i18n::tr(&format!("complaint-rule-{rule_id}-title"), &Args::new())
}

/// "8 weeks", "15 business days".
pub fn period(amount: u32, unit: Unit) -> String {
    match unit {
        Unit::CalendarDays => t!("complaint-unit-calendar_days", n = amount),
        Unit::Weeks => t!("complaint-unit-weeks", n = amount),
        Unit::Months => t!("complaint-unit-months", n = amount),
        Unit::Years => t!("complaint-unit-years", n = amount),
        Unit::BusinessDays => t!("complaint-unit-business_days", n = amount),
        Unit::WorkingDays => t!("complaint-unit-working_days", n = amount),
    }
}

/// What the period runs from ("received", "final response").
pub fn event(e: Event) -> String {
    let id = match e {
        Event::ComplaintReceived | Event::RequestReceived | Event::ComplaintToFirmSent => {
            "complaint-event-received"
        }
        Event::SentToCompany => "complaint-event-sent-to-company",
        Event::FinalResponseSent
        | Event::FinalResponseReceived
        | Event::DeadlockLetterSent
        | Event::DeadlockLetterReceived
        | Event::CompanyResponseReceived => "complaint-event-final-response",
        Event::LastContactWithFirm => "complaint-event-last-contact",
        Event::FirmDeadlinePassed => "complaint-event-firm-deadline",
        Event::EventComplainedOf | Event::BecameAware => "complaint-event-complained-of",
        Event::TransactionDate => "complaint-event-transaction",
        Event::ComplaintToBodyLodged => "complaint-event-body-lodged",
        Event::CompleteComplaintFileReceived => "complaint-event-complete-file",
        _ => "complaint-event-other",
    };
    i18n::tr(id, &Args::new())
}

/// "received 5 January 2026; 8 weeks → 2 March 2026".
pub fn arithmetic(
    from: Event,
    start: NaiveDate,
    amount: u32,
    unit: Unit,
    end: NaiveDate,
) -> String {
    t!(
        "complaint-arithmetic",
        event = event(from),
        start = long_day(start),
        period = period(amount, unit),
        end = long_day(end)
    )
}

/// What a step is, naming the body where there is one; a window's last day says so.
pub fn step_label_of(what: What, who: Who, kind: StepKind, body: Option<&Body>) -> String {
    if kind == StepKind::Window && what == What::ReferToBody {
        return match body {
            Some(b) => t!("complaint-step-refer-by", body = b.name.as_str()),
            None => t!("complaint-step-refer-adr-by"),
        };
    }
    step_label(what, who, body)
}

/// What a step is, naming the body where there is one.
pub fn step_label(what: What, who: Who, body: Option<&Body>) -> String {
    let body = body.map(|b| b.name.clone()).unwrap_or_default();
    let firm = who == Who::Firm;
    match what {
        What::Acknowledge => t!("complaint-step-acknowledge"),
        What::SummaryResolutionCommunication => t!("complaint-step-summary-resolution"),
        What::FinalResponse => t!("complaint-step-final-response"),
        What::Response => t!("complaint-step-response"),
        What::ExtensionNotice => t!("complaint-step-extension-notice"),
        What::Negotiate => t!("complaint-step-negotiate"),
        What::FollowUp => t!("complaint-step-follow-up"),
        What::ComplainToFirm => t!("complaint-step-complain-to-firm"),
        What::ReferToBody if body.is_empty() => t!("complaint-step-refer-adr"),
        What::ReferToBody => t!("complaint-step-refer", body = body),
        What::FeedbackToBody => t!("complaint-step-feedback", body = body),
        What::ProgressUpdate => t!("complaint-step-progress-update", body = body),
        What::AdrOutcome => t!("complaint-step-adr-outcome", body = body),
        What::SupportNegotiation if firm => t!("complaint-step-negotiate"),
        What::SupportNegotiation => t!("complaint-step-support-negotiation", body = body),
    }
}

/// "Take it to the Financial Ombudsman Service: you can do this now, by 2 September 2026 (…)".
pub fn next_action(
    action: &str,
    from: Option<NaiveDate>,
    by: Option<NaiveDate>,
    open_now: bool,
    today: NaiveDate,
) -> String {
    match (open_now, from, by) {
        (true, _, Some(by)) => t!(
            "complaint-next-now-by",
            action = action,
            by = long_day(by),
            days = (by - today).num_days()
        ),
        (true, _, None) => t!("complaint-next-now", action = action),
        (false, Some(from), _) => t!(
            "complaint-next-from",
            action = action,
            from = long_day(from)
        ),
        (false, None, _) => t!("complaint-next-unknown", action = action),
    }
}

/// "No rule known for FR energy".
pub fn no_rule(c: &Complaint) -> String {
    match (c.jurisdiction.as_deref(), c.sector.as_deref()) {
        (Some(j), Some(s)) => t!("complaint-headline-no-rule", jurisdiction = j, sector = s),
        _ => t!("complaint-headline-no-place"),
    }
}

/// One line for the case page and the CLI.
pub fn headline(s: &ComplaintStatus, main: Option<&StepStatus>) -> String {
    // Without a next step the line ends after its first sentence.
    headline_words(s, main).trim_end().to_string()
}

fn headline_words(s: &ComplaintStatus, main: Option<&StepStatus>) -> String {
    let next = s
        .next
        .iter()
        .find(|n| n.open_now)
        .or(s.next.first())
        .map(|n| n.text.clone())
        .unwrap_or_default();
    match s.phase {
        ComplaintPhase::NotMarked => t!("complaint-headline-not-marked"),
        ComplaintPhase::NoRuleKnown => s
            .complaint
            .as_ref()
            .map_or_else(|| t!("complaint-headline-no-place"), no_rule),
        ComplaintPhase::FirmHasTime => match main.and_then(|m| m.date.map(|d| (m, d))) {
            Some((m, d)) => t!(
                "complaint-headline-firm-has-time",
                date = long_day(d),
                days = m.days_left.unwrap_or(0),
                next = next
            ),
            None => t!("complaint-headline-waiting", next = next),
        },
        ComplaintPhase::FirmLate => match main.and_then(|m| m.date) {
            Some(d) => t!(
                "complaint-headline-firm-late",
                date = long_day(d),
                days = (s.today - d).num_days(),
                next = next
            ),
            None => t!("complaint-headline-open", next = next),
        },
        ComplaintPhase::FinalResponse => t!(
            "complaint-headline-final-response",
            date = s.final_response_on.map(long_day).unwrap_or_default(),
            next = next
        ),
    }
}
