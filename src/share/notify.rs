//! Desktop notifications for promises due soon or overdue. A notification shows on the lock
//! screen and in notification history, so it leaves the profile like an export: the case title
//! and the promise text go through the same [`Redactor`], and a [`PromiseNotice`] can only be
//! made here. Complaint deadlines ([`complaint_notices`]) come the same way.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::error::ShareError;
use super::redact::Redactor;
use crate::cases::CaseStore;
use crate::t;

/// One notification, redacted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromiseNotice {
    promise_id: Uuid,
    title: String,
    body: String,
}

impl PromiseNotice {
    /// Shown once per promise per run of the app.
    pub fn promise_id(&self) -> Uuid {
        self.promise_id
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn body(&self) -> &str {
        &self.body
    }
}

/// Notifications for pending promises due within `within` or already overdue.
pub fn promise_notices(
    conn: &rusqlite::Connection,
    redactor: &Redactor,
    now: DateTime<Utc>,
    within: Duration,
) -> Result<Vec<PromiseNotice>, ShareError> {
    let due = CaseStore::new(conn).due_promises(now, within)?;
    Ok(due
        .into_iter()
        .map(|p| PromiseNotice {
            promise_id: p.promise_id,
            title: if p.overdue {
                t!("share-notice-overdue", number = p.case_number)
            } else {
                t!("share-notice-due-soon", number = p.case_number)
            },
            body: format!(
                "{} — \"{}\"",
                redactor.redact(&p.case_title).text(),
                redactor.redact(&p.text).text()
            ),
        })
        .collect())
}

/// Notifications for complaint deadlines: a firm's deadline or the customer's last day within
/// `within` (or passed in the last days), and the day a next step opens (the ombudsman). The
/// notice's id is derived from the case, the step and its date, so each shows once per run
/// and again if the date moves.
pub fn complaint_notices(
    conn: &rusqlite::Connection,
    redactor: &Redactor,
    now: DateTime<Utc>,
    within: Duration,
) -> Result<Vec<PromiseNotice>, ShareError> {
    use sha2::{Digest, Sha256};
    let store = CaseStore::new(conn);
    let deadlines = store
        .complaint_deadlines(now, within)
        .map_err(|e| match e {
            crate::complaints::ComplaintError::Case(e) => ShareError::Case(e),
            e => ShareError::Internal(e.to_string()),
        })?;
    Ok(deadlines
        .into_iter()
        .map(|d| {
            let digest = Sha256::digest(format!("{}/{}/{}", d.case_id, d.step_id, d.date));
            let mut id = [0u8; 16];
            id.copy_from_slice(&digest[..16]);
            let title = if d.kind == crate::complaints::StepKind::Earliest {
                t!("complaint-notice-opens", number = d.case_number)
            } else if d.passed {
                t!("complaint-notice-passed", number = d.case_number)
            } else {
                t!("complaint-notice-due", number = d.case_number)
            };
            PromiseNotice {
                promise_id: Uuid::from_bytes(id),
                title,
                body: format!(
                    "{} — {} ({})",
                    redactor.redact(&d.case_title).text(),
                    d.label,
                    crate::complaints::words::long_day(d.date)
                ),
            }
        })
        .collect())
}
