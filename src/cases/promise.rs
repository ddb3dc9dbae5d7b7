//! When a promise is overdue, and where it stands in the words every outbound text uses (kept,
//! missed, pending): the one owner of that rule. Insights, exports and briefs, reminders, the CLI
//! and the window all ask here instead of comparing dates themselves.

use chrono::{DateTime, Utc};

use super::model::{Promise, PromiseStatus};

/// Whether a promise with `status` and `due_at` is overdue at `now`: still pending and past its
/// due time. For rows that are not a whole [`Promise`]; otherwise [`Promise::is_overdue`].
pub fn promise_overdue(
    status: PromiseStatus,
    due_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    status == PromiseStatus::Pending && due_at.is_some_and(|d| d < now)
}

impl Promise {
    /// Still pending and past its due time at `now`.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        promise_overdue(self.status, self.due_at, now)
    }

    /// The promise with its `overdue` flag set for the current time, as every read sets it.
    pub fn as_read_now(self) -> Self {
        let overdue = self.is_overdue(Utc::now());
        Promise { overdue, ..self }
    }

    /// Where the promise stands at `now`: kept, missed or pending.
    pub fn state(&self, now: DateTime<Utc>) -> PromiseState {
        PromiseState::of(self.status, self.is_overdue(now))
    }
}

/// Where a promise stands, in the one vocabulary briefs and letters use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseState {
    Kept,
    /// Broken, or pending past its due time.
    Missed,
    Pending,
}

impl PromiseState {
    /// From a status and whether the promise is overdue (as an export records it).
    pub fn of(status: PromiseStatus, overdue: bool) -> Self {
        match status {
            PromiseStatus::Kept => PromiseState::Kept,
            PromiseStatus::Broken => PromiseState::Missed,
            PromiseStatus::Pending if overdue => PromiseState::Missed,
            PromiseStatus::Pending => PromiseState::Pending,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PromiseState::Kept => "kept",
            PromiseState::Missed => "missed",
            PromiseState::Pending => "pending",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn promise(status: PromiseStatus, due_in_hours: Option<i64>, now: DateTime<Utc>) -> Promise {
        Promise {
            id: uuid::Uuid::nil(),
            text: "call back".into(),
            due_at: due_in_hours.map(|h| now + Duration::hours(h)),
            status,
            overdue: false,
        }
    }

    #[test]
    fn a_read_promise_carries_the_flag_for_now() {
        let now = Utc::now();
        assert!(
            promise(PromiseStatus::Pending, Some(-1), now)
                .as_read_now()
                .overdue
        );
        assert!(
            !promise(PromiseStatus::Pending, Some(1), now)
                .as_read_now()
                .overdue
        );
        assert!(
            !promise(PromiseStatus::Kept, Some(-1), now)
                .as_read_now()
                .overdue
        );
    }

    #[test]
    fn overdue_is_pending_and_past_due() {
        let now = Utc::now();
        assert!(promise(PromiseStatus::Pending, Some(-1), now).is_overdue(now));
        assert!(!promise(PromiseStatus::Pending, Some(1), now).is_overdue(now));
        assert!(!promise(PromiseStatus::Pending, None, now).is_overdue(now));
        assert!(!promise(PromiseStatus::Kept, Some(-1), now).is_overdue(now));
        assert!(!promise(PromiseStatus::Broken, Some(-1), now).is_overdue(now));
        assert!(!promise(PromiseStatus::Pending, Some(0), now).is_overdue(now));
    }

    #[test]
    fn states() {
        let now = Utc::now();
        let state = |s, h| promise(s, h, now).state(now).as_str();
        assert_eq!(state(PromiseStatus::Kept, Some(-1)), "kept");
        assert_eq!(state(PromiseStatus::Broken, Some(1)), "missed");
        assert_eq!(state(PromiseStatus::Pending, Some(-1)), "missed");
        assert_eq!(state(PromiseStatus::Pending, Some(1)), "pending");
        assert_eq!(state(PromiseStatus::Pending, None), "pending");
    }
}
