//! The status of a complaint on one day: each step of its rule with its date (or what is
//! missing), the phase, and what the customer can do now and by when. Pure: the store gathers
//! the complaint and the contacts, this computes; tests call it with a fixed `today`.

use chrono::NaiveDate;
use uuid::Uuid;

use super::arithmetic::{self, calendar_for};
use super::local;
use super::model::*;
use super::rules::{
    self, Body, Confidence, ConventionId, Event, Rule, RuleBook, Step, StepKind, What, Who,
};
use super::words;
use crate::cases::{Direction, Interaction};
use crate::t;

/// What the case records, as local dates of the complaint's zone.
struct Facts {
    received_on: NaiveDate,
    final_on: Option<NaiveDate>,
    last_contact: Option<NaiveDate>,
}

impl Facts {
    fn of(complaint: &Complaint, contacts: &[Interaction]) -> Facts {
        let zone = complaint.time_zone.as_str();
        let final_on = contacts
            .iter()
            .filter(|i| i.kind == ContactKind::FinalResponse)
            .map(|i| local::local_date(i.started_at, zone))
            .min();
        let last_contact = contacts
            .iter()
            .filter(|i| i.direction != Direction::Unsolicited)
            .map(|i| local::local_date(i.started_at, zone))
            .max();
        Facts {
            received_on: complaint.received_on,
            final_on,
            last_contact,
        }
    }

    /// The date of an event, when the case records it. The firm's deadline is handled by the
    /// caller (it depends on the rule).
    fn date(&self, event: Event) -> Option<NaiveDate> {
        match event {
            Event::ComplaintReceived
            | Event::RequestReceived
            | Event::SentToCompany
            | Event::ComplaintToFirmSent
            | Event::AnyTime => Some(self.received_on),
            Event::FinalResponseSent
            | Event::FinalResponseReceived
            | Event::DeadlockLetterSent
            | Event::DeadlockLetterReceived
            | Event::CompanyResponseReceived => self.final_on,
            Event::LastContactWithFirm => self.last_contact,
            _ => None,
        }
    }
}

/// The firm's main answer deadline: its first unconditional `deadline` step that is an answer.
fn main_firm_step(rule: &Rule) -> Option<&Step> {
    rule.steps.iter().find(|s| {
        s.who == Who::Firm
            && s.kind == StepKind::Deadline
            && s.what.is_answer()
            && s.condition.is_none()
    })
}

fn source_ref(book: &RuleBook, step: &Step) -> SourceRef {
    let s = book.source(&step.source);
    SourceRef {
        id: step.source.clone(),
        title: s.map(|s| s.title.clone()).unwrap_or_default(),
        url: s.map(|s| s.url.clone()).unwrap_or_default(),
        section: s.and_then(|s| s.section.clone()),
        quote: step.quote.clone(),
    }
}

fn body_of(book: &RuleBook, rule: &Rule, step: &Step) -> Option<Body> {
    step.body
        .as_deref()
        .or(match step.what {
            // Several candidates (telecoms: two ADR schemes): which one depends on the firm.
            What::ReferToBody | What::FeedbackToBody if rule.bodies.len() > 1 => None,
            What::ReferToBody | What::FeedbackToBody => rule.body.as_deref(),
            _ => None,
        })
        .and_then(|b| book.body(b))
        .map(words::body)
}

/// The summary of a rule (also used by `steward complaint rules`).
pub fn summary(book: &RuleBook, rule: &Rule) -> RuleSummary {
    RuleSummary {
        id: rule.id.clone(),
        jurisdiction: rule.jurisdiction.clone(),
        sector: rule.sector.clone(),
        title: words::rule_title(&rule.id),
        law: rule.law.clone(),
        status: rule.status,
        confidence: rule.confidence,
        in_writing: rule.complaint.in_writing,
        body: rule
            .body
            .as_deref()
            .and_then(|b| book.body(b))
            .map(words::body),
        bodies: rule
            .bodies
            .iter()
            .filter_map(|b| book.body(b))
            .map(words::body)
            .collect(),
        applies_from: rule.applies_from,
        applies_until: rule.applies_until,
        checked: book.checked,
    }
}

/// Every rule, for the rule picker and `steward complaint rules`.
pub fn listing(book: &RuleBook, jurisdiction: Option<&str>) -> Vec<RuleListing> {
    book.rules
        .iter()
        .filter(|r| jurisdiction.is_none_or(|j| r.jurisdiction.eq_ignore_ascii_case(j)))
        .map(|r| RuleListing {
            rule: summary(book, r),
            steps: r
                .steps
                .iter()
                .map(|s| RuleStepListing {
                    id: s.id.clone(),
                    who: s.who,
                    what: s.what,
                    kind: s.kind,
                    label: words::step_label_of(
                        s.what,
                        s.who,
                        s.kind,
                        body_of(book, r, s).as_ref(),
                    ),
                    amount: s.amount,
                    unit: s.unit,
                    from: s.from,
                    confidence: r.step_confidence(s),
                    missing: s.missing.clone(),
                    source: source_ref(book, s),
                })
                .collect(),
        })
        .collect()
}

/// One step's date: (date, confidence, missing, arithmetic).
fn step_date(
    book: &RuleBook,
    rule: &Rule,
    step: &Step,
    facts: &Facts,
    firm_deadline: Option<NaiveDate>,
    complaint: &Complaint,
) -> (
    Option<NaiveDate>,
    Confidence,
    Option<StepMissing>,
    Option<Arithmetic>,
) {
    let mut confidence = rule.step_confidence(step);
    if confidence == Confidence::Unconfirmed {
        let detail = step.missing.clone().unwrap_or_default();
        return (
            None,
            confidence,
            Some(StepMissing::Unconfirmed { detail }),
            None,
        );
    }
    // Opened early by an event the case records (a final response opens the ombudsman).
    let early = step.or_when.iter().filter_map(|e| facts.date(*e)).min();
    let start = match step.from {
        Some(Event::FirmDeadlinePassed) => firm_deadline.and_then(|d| d.succ_opt()),
        Some(e) => facts.date(e),
        None => None,
    };
    let (Some(amount), Some(unit)) = (step.amount, step.unit) else {
        // No number: a step that opens on an event has that event's date.
        return match (start.or(early), step.kind) {
            (Some(d), StepKind::Earliest) => {
                (Some(early.map_or(d, |e| e.min(d))), confidence, None, None)
            }
            _ => (None, confidence, Some(StepMissing::NoNumber), None),
        };
    };
    let (Some(start), Some(from)) = (start, step.from) else {
        return match (early, step.from) {
            (Some(e), _) if step.kind == StepKind::Earliest => (Some(e), confidence, None, None),
            (_, Some(event)) => (
                None,
                confidence,
                Some(StepMissing::EventNotRecorded { event }),
                None,
            ),
            (_, None) => (None, confidence, Some(StepMissing::NoNumber), None),
        };
    };
    let convention = step.arithmetic.unwrap_or(ConventionId::default_for(unit));
    if step.arithmetic.is_none() {
        confidence = confidence.min(Confidence::Secondary);
    }
    if let Some(c) = book.convention(convention) {
        confidence = confidence.min(c.confidence);
    }
    let calendar = calendar_for(convention, complaint.region.unwrap_or_default());
    let Some(counted) = arithmetic::count(convention, start, amount, unit, calendar) else {
        return (
            None,
            confidence,
            Some(StepMissing::EventNotRecorded { event: from }),
            None,
        );
    };
    let mut missing = None;
    if !counted.holidays_known {
        confidence = confidence.min(Confidence::Secondary);
        missing = Some(StepMissing::HolidaysUnknown);
    }
    let arith = Arithmetic {
        start,
        amount,
        unit,
        convention,
        end: counted.date,
        text: words::arithmetic(from, start, amount, unit, counted.date),
    };
    let date = match step.kind {
        // "N weeks have elapsed": open from the day after the period.
        StepKind::Earliest => {
            let opens = counted.next_day().unwrap_or(counted.date);
            Some(early.map_or(opens, |e| e.min(opens)))
        }
        _ => Some(counted.date),
    };
    (date, confidence, missing, Some(arith))
}

/// The step's longest extension (`extendable_to`), counted like the step itself.
fn extension(step: &Step, facts: &Facts, complaint: &Complaint) -> Option<Arithmetic> {
    let ext = step.extendable_to.as_ref()?;
    let start = facts.date(ext.from)?;
    let convention = step
        .arithmetic
        .filter(|c| c.counts(ext.unit))
        .unwrap_or(ConventionId::default_for(ext.unit));
    let calendar = calendar_for(convention, complaint.region.unwrap_or_default());
    let counted = arithmetic::count(convention, start, ext.amount, ext.unit, calendar)?;
    Some(Arithmetic {
        start,
        amount: ext.amount,
        unit: ext.unit,
        convention,
        end: counted.date,
        text: words::arithmetic(ext.from, start, ext.amount, ext.unit, counted.date),
    })
}

fn state(step: &Step, date: Option<NaiveDate>, today: NaiveDate, answered: bool) -> StepState {
    if answered && step.who == Who::Firm {
        return StepState::Done;
    }
    let Some(date) = date else {
        return StepState::Unknown;
    };
    match step.kind {
        StepKind::Earliest if today >= date => StepState::Open,
        StepKind::Earliest => StepState::NotYetOpen,
        StepKind::Window if today <= date => StepState::Open,
        StepKind::Window => StepState::Closed,
        StepKind::Deadline | StepKind::Alternative => match today.cmp(&date) {
            std::cmp::Ordering::Less => StepState::Upcoming,
            std::cmp::Ordering::Equal => StepState::DueToday,
            std::cmp::Ordering::Greater => StepState::Passed,
        },
    }
}

/// The status of `complaint` (with the case's `contacts`) on local day `today`.
pub fn compute(
    case_id: Uuid,
    complaint: Option<&Complaint>,
    contacts: &[Interaction],
    today: NaiveDate,
) -> ComplaintStatus {
    let mut status = ComplaintStatus {
        case_id,
        complaint: complaint.cloned(),
        today,
        phase: ComplaintPhase::NotMarked,
        rule: None,
        final_response_on: None,
        steps: Vec::new(),
        main_step: None,
        next: Vec::new(),
        headline: t!("complaint-headline-not-marked"),
        letters: vec![LetterKind::Complaint],
    };
    let Some(complaint) = complaint else {
        return status;
    };
    let facts = Facts::of(complaint, contacts);
    status.final_response_on = facts.final_on;
    let found = rules::book().and_then(|b| {
        complaint
            .rule_id
            .as_deref()
            .and_then(|id| b.rule(id))
            .map(|r| (b, r))
    });
    let Some((book, rule)) = found else {
        status.phase = ComplaintPhase::NoRuleKnown;
        status.headline = words::no_rule(complaint);
        return status;
    };
    status.rule = Some(summary(book, rule));
    let answered = facts.final_on.is_some();

    // The firm's main deadline first: VN's "ask for support" runs from the day after it.
    let firm_deadline =
        main_firm_step(rule).and_then(|s| step_date(book, rule, s, &facts, None, complaint).0);
    for step in &rule.steps {
        let (date, confidence, missing, arith) =
            step_date(book, rule, step, &facts, firm_deadline, complaint);
        let body = body_of(book, rule, step);
        status.steps.push(StepStatus {
            id: step.id.clone(),
            who: step.who,
            what: step.what,
            kind: step.kind,
            label: words::step_label_of(step.what, step.who, step.kind, body.as_ref()),
            date,
            ends_at: date.map(|d| local::end_of_day(d, &complaint.time_zone)),
            confidence,
            check: date.is_some() && confidence != Confidence::Confirmed,
            missing,
            days_left: date.map(|d| arithmetic::days_between(today, d)),
            state: state(step, date, today, answered),
            body,
            arithmetic: arith,
            extended_to: extension(step, &facts, complaint),
            source: source_ref(book, step),
        });
    }

    // What the customer can do: each `earliest` step, with the window that closes it.
    let customer_windows: Vec<&StepStatus> = status
        .steps
        .iter()
        .filter(|s| s.who == Who::Customer && s.kind == StepKind::Window)
        .collect();
    let mut paired = Vec::new();
    for s in status
        .steps
        .iter()
        .filter(|s| s.who == Who::Customer && s.kind == StepKind::Earliest)
    {
        let window = customer_windows
            .iter()
            .filter(|w| {
                w.what == s.what && w.body.as_ref().map(|b| &b.id) == s.body.as_ref().map(|b| &b.id)
            })
            .filter(|w| w.state == StepState::Open)
            .min_by_key(|w| w.date);
        if let Some(w) = window {
            paired.push(w.id.clone());
        }
        let by = window.and_then(|w| w.date);
        let open_now = s.state == StepState::Open;
        status.next.push(NextAction {
            step_id: s.id.clone(),
            what: s.what,
            body: s.body.clone(),
            from: s.date,
            by,
            days_left: by.map(|d| arithmetic::days_between(today, d)),
            open_now,
            check: s.check || window.is_some_and(|w| w.check),
            text: words::next_action(&s.label, s.date, by, open_now, today),
            letter: (open_now && s.what == What::ReferToBody).then_some(LetterKind::Referral),
        });
    }
    for w in customer_windows {
        if paired.contains(&w.id) || w.state != StepState::Open {
            continue;
        }
        status.next.push(NextAction {
            step_id: w.id.clone(),
            what: w.what,
            body: w.body.clone(),
            from: None,
            by: w.date,
            days_left: w.days_left,
            open_now: true,
            check: w.check,
            text: words::next_action(&w.label, None, w.date, true, today),
            letter: (w.what == What::ReferToBody).then_some(LetterKind::Referral),
        });
    }

    let main = main_firm_step(rule)
        .and_then(|m| status.steps.iter().find(|s| s.id == m.id))
        .cloned();
    status.main_step = main.as_ref().map(|m| m.id.clone());
    let any_open = status.next.iter().any(|n| n.open_now && n.from.is_some());
    status.phase = if answered {
        ComplaintPhase::FinalResponse
    } else if let Some(date) = main.as_ref().and_then(|m| m.date) {
        if today > date {
            ComplaintPhase::FirmLate
        } else {
            ComplaintPhase::FirmHasTime
        }
    } else if any_open {
        ComplaintPhase::FirmLate
    } else {
        ComplaintPhase::FirmHasTime
    };
    status.letters = match status.phase {
        ComplaintPhase::FirmHasTime => vec![LetterKind::Complaint],
        ComplaintPhase::FirmLate => vec![LetterKind::Chaser, LetterKind::Referral],
        ComplaintPhase::FinalResponse => vec![LetterKind::Referral],
        _ => vec![LetterKind::Complaint],
    };
    status.headline = words::headline(&status, main.as_ref());
    status
}
