//! The `.eml` draft (RFC 5322, `X-Unsent: 1` so Outlook and Thunderbird open it as a draft to
//! edit and send) and the `.ics` to-dos for promised call-backs.

use icalendar::{Calendar, Component, Todo, TodoStatus};
use mail_builder::headers::raw::Raw;
use mail_builder::MessageBuilder;

use super::brief::Brief;
use super::error::ShareError;
use super::model::CaseExport;
use super::sshsig::SIG_MEDIA_TYPE;
use crate::t;

fn unix(ts: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(ts)
        .map(|t| t.timestamp())
        .unwrap_or(0)
}

pub fn subject(x: &CaseExport) -> String {
    let refs: Vec<&str> = x
        .contacts
        .iter()
        .flat_map(|c| c.references.iter().map(String::as_str))
        .collect();
    let refs = if refs.is_empty() {
        String::new()
    } else {
        let mut uniq: Vec<&str> = Vec::new();
        for r in refs {
            if !uniq.contains(&r) {
                uniq.push(r);
            }
        }
        format!(" [{}]", uniq.join(", "))
    };
    format!("{}{refs}", x.case.title)
}

/// The draft: the brief as the body, the PDF and JSON attached with their OpenSSH signatures
/// (`sigs`: the PDF's, then the JSON's), so the recipient can check both with `ssh-keygen`.
/// The signatures go as `application/octet-stream`, base64: as text, a mail client may save
/// them with CRLF line endings, which `ssh-keygen` cannot parse.
pub fn eml(
    x: &CaseExport,
    b: &Brief,
    pdf: &[u8],
    json: &[u8],
    sigs: [&str; 2],
) -> Result<Vec<u8>, ShareError> {
    let file = format!("case-{}", x.case.number);
    let mut body = b.to_text();
    body.push('\n');
    body.push_str(&t!("share-eml-attached", file = file.as_str()));
    body.push('\n');
    // The Message-ID is fixed and names no host: mail-builder's default would put this
    // machine's hostname into every draft.
    let message_id = format!(
        "case-{}-{}@steward.invalid",
        x.case.id,
        unix(&x.generated_at)
    );
    let sender = t!("share-eml-from");
    MessageBuilder::new()
        // Placeholder sender: the mail client replaces it with the account that sends the draft.
        .from((sender.as_str(), "me@steward.invalid"))
        .subject(subject(x))
        .date(unix(&x.generated_at))
        .message_id(message_id)
        .header("X-Unsent", Raw::new("1"))
        .text_body(body)
        .attachment("application/pdf", format!("{file}.pdf"), pdf)
        .attachment(
            SIG_MEDIA_TYPE,
            format!("{file}.pdf.sig"),
            sigs[0].as_bytes().to_vec(),
        )
        .attachment("application/json", format!("{file}.json"), json)
        .attachment(
            SIG_MEDIA_TYPE,
            format!("{file}.json.sig"),
            sigs[1].as_bytes().to_vec(),
        )
        .write_to_vec()
        .map_err(|e| ShareError::Internal(e.to_string()))
}

fn utc(ts: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(ts)
        .ok()
        .map(|t| t.with_timezone(&chrono::Utc))
}

/// One VTODO per pending promise that has a due time (the promised call-back or reply), and
/// the complaint's deadlines (see [`complaint_items`]).
pub fn ics(x: &super::gate::RedactedCase) -> Result<String, ShareError> {
    let mut cal = Calendar::new();
    cal.name(&t!("share-ics-calendar", number = x.case.number));
    let stamp = utc(&x.generated_at).unwrap_or_default();
    for c in &x.contacts {
        for (i, p) in c.promises.iter().enumerate() {
            if p.status != "pending" {
                continue;
            }
            let Some(due) = p.due_at.as_deref().and_then(utc) else {
                continue;
            };
            let who = c.team.clone().unwrap_or_else(|| t!("share-ics-support"));
            let mut todo = Todo::new();
            todo.uid(&format!(
                "case-{}-contact-{}-promise-{}@steward.invalid",
                x.case.id,
                c.number,
                i + 1
            ))
            .timestamp(stamp)
            .summary(&t!(
                "share-ics-summary",
                who = who,
                promise = p.text.as_str(),
                number = x.case.number
            ))
            .description(&format!(
                "{}\n{}\n{}",
                t!(
                    "share-situation-case",
                    number = x.case.number,
                    title = x.case.title.as_str()
                ),
                t!("share-ics-promised-in", contact = format!("#{}", c.number)),
                t!("share-ics-if-not")
            ))
            .due(due)
            .priority(if p.overdue { 1 } else { 5 })
            .status(TodoStatus::NeedsAction)
            .add_property("CATEGORIES", t!("share-ics-category"));
            cal.push(todo.done());
        }
    }
    if let Some(c) = x.complaint() {
        complaint_items(&mut cal, x, &c.status, stamp);
    }
    Ok(cal.done().to_string())
}

/// The complaint's dated steps as all-day items on the jurisdiction's local date (the date the
/// rules count, not the reader's): a VTODO for each deadline or window still to meet (the
/// firm's until a final response, the customer's while open), a VEVENT for the day a next
/// step opens. A date to check says so in its description.
fn complaint_items(
    cal: &mut Calendar,
    x: &CaseExport,
    status: &crate::complaints::ComplaintStatus,
    stamp: chrono::DateTime<chrono::Utc>,
) {
    use crate::complaints::rules::Who;
    use crate::complaints::StepState;
    use icalendar::{Event, EventLike};
    let reference = status
        .complaint
        .as_ref()
        .and_then(|k| k.firm_reference.clone());
    for step in &status.steps {
        let Some(date) = step.date else {
            continue;
        };
        let uid = format!("case-{}-complaint-{}@steward.invalid", x.case.id, step.id);
        let mut description = vec![t!(
            "share-situation-case",
            number = x.case.number,
            title = x.case.title.as_str()
        )];
        if let Some(r) = &reference {
            description.push(t!("complaint-ics-reference", reference = r.as_str()));
        }
        if let Some(a) = &step.arithmetic {
            description.push(a.text.clone());
        }
        if step.check {
            description.push(t!("complaint-ics-check"));
        }
        if !step.source.url.is_empty() {
            description.push(step.source.url.clone());
        }
        let description = description.join("\n");
        match step.state {
            StepState::Upcoming | StepState::DueToday | StepState::Passed | StepState::Open
                if step.kind != crate::complaints::rules::StepKind::Earliest =>
            {
                let summary = if step.who == Who::Customer {
                    t!(
                        "complaint-ics-by",
                        what = step.label.as_str(),
                        number = x.case.number
                    )
                } else {
                    t!(
                        "complaint-ics-deadline",
                        what = step.label.as_str(),
                        number = x.case.number
                    )
                };
                let mut todo = Todo::new();
                todo.uid(&uid)
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description)
                    .due(date)
                    .priority(if step.state == StepState::Passed {
                        1
                    } else {
                        3
                    })
                    .status(TodoStatus::NeedsAction)
                    .add_property("CATEGORIES", t!("complaint-ics-category"));
                cal.push(todo.done());
            }
            StepState::NotYetOpen => {
                let mut event = Event::new();
                event
                    .uid(&uid)
                    .timestamp(stamp)
                    .summary(&t!(
                        "complaint-ics-opens",
                        what = step.label.as_str(),
                        number = x.case.number
                    ))
                    .description(&description)
                    .all_day(date)
                    .add_property("CATEGORIES", t!("complaint-ics-category"));
                cal.push(event.done());
            }
            _ => {}
        }
    }
}
