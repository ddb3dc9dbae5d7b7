//! Desktop notifications for promises due soon or overdue. A notification shows on the lock
//! screen and in notification history, so it leaves the profile like an export: the case title
//! and the promise text go through the same [`Redactor`], and a [`PromiseNotice`] can only be
//! made here.

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
