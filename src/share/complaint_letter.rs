//! The complaint letters: the formal complaint to the firm, the chaser when its deadline has
//! passed, and the referral to the ombudsman or regulator. Drafted from the timeline through
//! the outbound gate like the escalation letter (`escalation.rs`): everything comes from the
//! [`RedactedCase`] and its [`RedactedComplaint`], in the case's sharing language. Each letter
//! shows the references and the deadline arithmetic ("received 5 January 2026; 8 weeks →
//! 2 March 2026") and names the body with its address from the rules; quotes and error texts
//! stay verbatim.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::brief;
use super::error::ShareError;
use super::escalation::{happened, missed_promises};
use super::gate::{build_export_in, RedactedCase, RedactedComplaint};
use super::redact::Redactor;
use crate::complaints::words::long_day;
use crate::complaints::{
    Body, ComplaintPhase, ComplaintStatus, LetterKind, StepKind, StepStatus, What, Who,
};
use crate::i18n::{self, Lang};
use crate::t;

/// A drafted complaint letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ComplaintLetter {
    pub kind: LetterKind,
    /// Who it is for: the firm, or the body's name.
    pub to: String,
    /// The body's web address, for a referral.
    pub to_url: Option<String>,
    pub subject: String,
    pub body: String,
    /// The language it is written in.
    pub lang: String,
}

impl ComplaintLetter {
    /// The letter as it is copied and saved ([`super::letter_text`]).
    pub fn text(&self) -> String {
        super::letter_text(&self.subject, &self.body)
    }
}

/// Drafts a letter of `kind` for a case in `lang`, redacted with `redactor` like every export.
pub fn complaint_letter_in(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    kind: LetterKind,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<ComplaintLetter, ShareError> {
    let (x, _) = build_export_in(conn, case_id, redactor, now, lang)?;
    Ok(draft_complaint_letter(&x, kind))
}

/// The letter for an already redacted case, in its language.
pub fn draft_complaint_letter(x: &RedactedCase, kind: LetterKind) -> ComplaintLetter {
    i18n::with_lang(x.lang(), || match kind {
        LetterKind::Complaint => complaint(x),
        LetterKind::Chaser => chaser(x),
        LetterKind::Referral => referral(x),
    })
}

/// The firm's main deadline (its answer) and the first step the customer can take next.
fn main_step(s: &ComplaintStatus) -> Option<&StepStatus> {
    s.steps
        .iter()
        .find(|st| st.who == Who::Firm && st.kind == StepKind::Deadline && st.what.is_answer())
}

/// What the firm owes: "final response" where the rule says so, else "answer" (Viet Nam's
/// negotiation, the CFPB's response).
fn answer_word(c: Option<&RedactedComplaint>) -> String {
    match c.and_then(|c| main_step(&c.status)).map(|m| m.what) {
        Some(What::FinalResponse) | None => t!("complaint-letter-answer-final"),
        Some(_) => t!("complaint-letter-answer-other"),
    }
}

fn next_step(s: &ComplaintStatus) -> Option<&StepStatus> {
    s.steps
        .iter()
        .find(|st| st.who == Who::Customer && st.kind == StepKind::Earliest)
}

/// The body the customer goes to: the next step's, else the rule's (or its candidates).
fn bodies(c: Option<&RedactedComplaint>) -> Vec<Body> {
    let Some(c) = c else { return Vec::new() };
    if let Some(b) = next_step(&c.status).and_then(|s| s.body.clone()) {
        return vec![b];
    }
    let Some(rule) = &c.status.rule else {
        return Vec::new();
    };
    if rule.bodies.len() > 1 {
        rule.bodies.clone()
    } else {
        rule.body.clone().into_iter().collect()
    }
}

fn refs(x: &RedactedCase) -> Vec<String> {
    let mut refs: Vec<String> = Vec::new();
    if let Some(r) = x
        .complaint()
        .and_then(|c| c.status.complaint.as_ref())
        .and_then(|k| k.firm_reference.clone())
    {
        refs.push(r);
    }
    for r in x.contacts.iter().flat_map(|i| i.references.iter()) {
        if !refs.contains(r) {
            refs.push(r.clone());
        }
    }
    refs
}

fn who_firm(x: &RedactedCase) -> String {
    x.case
        .service
        .clone()
        .unwrap_or_else(|| t!("complaint-letter-the-firm"))
}

/// The "what I ask for" paragraph: the customer's request, else their desired outcome.
fn ask(x: &RedactedCase) -> String {
    x.case
        .request
        .as_deref()
        .or(x.case.desired_outcome.as_deref())
        .map(|o| format!("{}.", o.trim_end_matches('.')))
        .unwrap_or_else(|| t!("share-letter-default-ask"))
}

/// The rule's lines: which rules, the firm's deadline with its arithmetic, what comes next.
fn rule_lines(c: Option<&RedactedComplaint>, b: &mut String) {
    let Some(c) = c else { return };
    let s = &c.status;
    let Some(rule) = &s.rule else {
        return;
    };
    b.push_str(&t!("complaint-letter-rule", law = rule.law.as_str()));
    b.push('\n');
    if let Some((Some(d), Some(a))) = main_step(s).map(|m| (m.date, m.arithmetic.as_ref())) {
        b.push_str(&t!(
            "complaint-letter-deadline",
            answer = answer_word(Some(c)),
            date = long_day(d),
            arithmetic = a.text.as_str()
        ));
        b.push('\n');
    }
    for st in &s.steps {
        if st.date.is_some() && st.check {
            b.push_str(&t!("complaint-letter-check"));
            b.push('\n');
            break;
        }
    }
}

fn references_line(x: &RedactedCase, b: &mut String) {
    let refs = refs(x);
    if !refs.is_empty() {
        b.push_str(&t!("complaint-letter-references", refs = refs.join(", ")));
        b.push('\n');
    }
}

fn timeline(x: &RedactedCase, b: &mut String) {
    b.push('\n');
    b.push_str(&t!("share-letter-heading-happened"));
    b.push('\n');
    b.push_str(&happened(x));
    let missed = missed_promises(x);
    if !missed.is_empty() {
        b.push('\n');
        b.push_str(&t!("share-letter-heading-missed"));
        b.push('\n');
        b.push_str(&missed.join("\n"));
        b.push('\n');
    }
}

/// The subject: `plain(title)`, or `with(title, refs)` when there are references.
fn subject_with_refs(
    x: &RedactedCase,
    plain: impl Fn(&str) -> String,
    with: impl Fn(&str, &str) -> String,
) -> String {
    let refs = refs(x);
    if refs.is_empty() {
        plain(&x.case.title)
    } else {
        with(&x.case.title, &refs.join(", "))
    }
}

fn complaint(x: &RedactedCase) -> ComplaintLetter {
    let c = x.complaint();
    let firm = who_firm(x);
    let mut b = t!("complaint-letter-greeting-firm");
    b.push_str("\n\n");
    b.push_str(&t!(
        "complaint-letter-complaint-opening",
        firm = firm.as_str(),
        title = x.case.title.as_str()
    ));
    b.push('\n');
    references_line(x, &mut b);
    timeline(x, &mut b);
    b.push('\n');
    b.push_str(&t!("share-letter-heading-asking"));
    b.push('\n');
    b.push_str(&ask(x));
    b.push_str("\n\n");
    rule_lines(c, &mut b);
    let bodies = bodies(c);
    if let Some(next) = c.and_then(|c| next_step(&c.status)) {
        let names: Vec<&str> = bodies.iter().map(|b| b.name.as_str()).collect();
        if !names.is_empty() {
            b.push_str(&t!(
                "complaint-letter-complaint-then",
                answer = answer_word(c),
                body = names.join(&t!("share-letter-and")),
                date = next.date.map(long_day).unwrap_or_default()
            ));
            b.push('\n');
        }
    }
    b.push_str(&t!("complaint-letter-acknowledge"));
    b.push_str("\n\n");
    b.push_str(&t!(
        "share-letter-record",
        identity = brief::identity(x).join(" ")
    ));
    b.push_str("\n\n");
    b.push_str(&t!("share-letter-closing"));
    b.push('\n');
    ComplaintLetter {
        kind: LetterKind::Complaint,
        to: firm,
        to_url: None,
        subject: subject_with_refs(
            x,
            |title| t!("complaint-letter-complaint-subject", title = title),
            |title, refs| {
                t!(
                    "complaint-letter-complaint-subject-refs",
                    title = title,
                    refs = refs
                )
            },
        ),
        body: b,
        lang: x.lang().code().to_string(),
    }
}

fn received_line(c: Option<&RedactedComplaint>) -> Option<String> {
    let c = c?;
    let k = c.status.complaint.as_ref()?;
    Some(match c.contact {
        Some(n) => t!(
            "complaint-letter-received-contact",
            date = long_day(k.received_on),
            contact = format!("#{n}")
        ),
        None => t!("complaint-letter-received", date = long_day(k.received_on)),
    })
}

fn chaser(x: &RedactedCase) -> ComplaintLetter {
    let c = x.complaint();
    let firm = who_firm(x);
    let mut b = t!("complaint-letter-greeting-firm");
    b.push_str("\n\n");
    if let Some(line) = received_line(c) {
        b.push_str(&line);
        b.push('\n');
    }
    references_line(x, &mut b);
    b.push('\n');
    let main = c.and_then(|c| main_step(&c.status));
    match main.and_then(|m| m.date.map(|d| (m, d))) {
        Some((m, d)) => {
            b.push_str(&t!(
                "complaint-letter-chaser-passed",
                answer = answer_word(c),
                date = long_day(d),
                arithmetic = m
                    .arithmetic
                    .as_ref()
                    .map(|a| a.text.clone())
                    .unwrap_or_default()
            ));
        }
        None => b.push_str(&t!(
            "complaint-letter-chaser-no-date",
            answer = answer_word(c)
        )),
    }
    b.push('\n');
    if let Some(c) = c {
        if let Some(rule) = &c.status.rule {
            b.push_str(&t!("complaint-letter-rule", law = rule.law.as_str()));
            b.push('\n');
        }
    }
    b.push('\n');
    b.push_str(&t!("complaint-letter-chaser-ask", answer = answer_word(c)));
    b.push('\n');
    let bodies = bodies(c);
    if !bodies.is_empty() {
        let names: Vec<&str> = bodies.iter().map(|b| b.name.as_str()).collect();
        let from = c
            .and_then(|c| next_step(&c.status))
            .and_then(|s| s.date)
            .map(long_day)
            .unwrap_or_default();
        b.push_str(&t!(
            "complaint-letter-chaser-next",
            body = names.join(&t!("share-letter-and")),
            date = from
        ));
        b.push('\n');
    }
    timeline(x, &mut b);
    b.push('\n');
    b.push_str(&t!("share-letter-closing"));
    b.push('\n');
    ComplaintLetter {
        kind: LetterKind::Chaser,
        to: firm,
        to_url: None,
        subject: subject_with_refs(
            x,
            |title| t!("complaint-letter-chaser-subject", title = title),
            |title, refs| {
                t!(
                    "complaint-letter-chaser-subject-refs",
                    title = title,
                    refs = refs
                )
            },
        ),
        body: b,
        lang: x.lang().code().to_string(),
    }
}

fn referral(x: &RedactedCase) -> ComplaintLetter {
    let c = x.complaint();
    let firm = who_firm(x);
    let bodies = bodies(c);
    let to = if bodies.is_empty() {
        t!("complaint-letter-to-body")
    } else {
        bodies
            .iter()
            .map(|b| b.name.as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let to_url = if bodies.len() == 1 {
        bodies[0].url.clone()
    } else {
        None
    };
    // The addressee first: the body's name and where to send it.
    let mut b = match &to_url {
        Some(url) => t!(
            "complaint-letter-to-url",
            to = to.as_str(),
            url = url.as_str()
        ),
        None => t!("complaint-letter-to", to = to.as_str()),
    };
    b.push_str("\n\n");
    b.push_str(&t!("complaint-letter-greeting-body"));
    b.push_str("\n\n");
    b.push_str(&t!(
        "complaint-letter-referral-opening",
        firm = firm.as_str(),
        title = x.case.title.as_str()
    ));
    b.push('\n');
    if let Some(line) = received_line(c) {
        b.push_str(&line);
        b.push('\n');
    }
    references_line(x, &mut b);
    if let Some(c) = c {
        let s = &c.status;
        match s.phase {
            ComplaintPhase::FinalResponse => {
                let contact = c
                    .final_response_contact
                    .map(|n| format!(" (#{n})"))
                    .unwrap_or_default();
                b.push_str(&t!(
                    "complaint-letter-referral-final",
                    date = s.final_response_on.map(long_day).unwrap_or_default(),
                    contact = contact
                ));
                b.push('\n');
            }
            _ => {
                if let Some((m, d)) = main_step(s).and_then(|m| m.date.map(|d| (m, d))) {
                    b.push_str(&t!(
                        "complaint-letter-referral-no-answer",
                        answer = answer_word(Some(c)),
                        date = long_day(d),
                        arithmetic = m
                            .arithmetic
                            .as_ref()
                            .map(|a| a.text.clone())
                            .unwrap_or_default()
                    ));
                    b.push('\n');
                }
            }
        }
        if let Some(rule) = &s.rule {
            b.push_str(&t!("complaint-letter-rule", law = rule.law.as_str()));
            b.push('\n');
        }
        if let Some(n) = s.next.iter().find(|n| n.what == What::ReferToBody) {
            if let Some(a) = s
                .steps
                .iter()
                .find(|st| st.id == n.step_id)
                .and_then(|st| st.arithmetic.as_ref())
            {
                b.push_str(&t!(
                    "complaint-letter-referral-open",
                    arithmetic = a.text.as_str()
                ));
                b.push('\n');
            }
            if let Some(by) = n.by {
                b.push_str(&t!("complaint-letter-referral-by", date = long_day(by)));
                b.push('\n');
            }
        }
    }
    timeline(x, &mut b);
    b.push('\n');
    b.push_str(&t!("share-letter-heading-asking"));
    b.push('\n');
    b.push_str(&ask(x));
    b.push_str("\n\n");
    if !x.attachments.is_empty() {
        b.push_str(&t!("complaint-letter-evidence", n = x.attachments.len()));
        b.push('\n');
    }
    b.push_str(&t!(
        "share-letter-record",
        identity = brief::identity(x).join(" ")
    ));
    b.push_str("\n\n");
    b.push_str(&t!("share-letter-closing"));
    b.push('\n');
    ComplaintLetter {
        kind: LetterKind::Referral,
        to,
        to_url,
        subject: subject_with_refs(
            x,
            |title| t!("complaint-letter-referral-subject", title = title),
            |title, refs| {
                t!(
                    "complaint-letter-referral-subject-refs",
                    title = title,
                    refs = refs
                )
            },
        ),
        body: b,
        lang: x.lang().code().to_string(),
    }
}
