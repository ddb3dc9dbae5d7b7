//! Desktop reminders for promises: once a minute, ask the core which pending promises are due
//! within the next 15 minutes or already overdue, and show one notification for each, once per
//! run of the app. Which promises count, and the redacted text shown, come from the core
//! (`share::promise_notices`; complaint deadlines from `share::complaint_notices`): a
//! notification leaves the profile like an export.

use std::collections::HashSet;
use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::AppState;

const EVERY: Duration = Duration::from_secs(60);

pub fn start<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let mut shown: HashSet<steward::cases::Uuid> = HashSet::new();
        loop {
            let due = {
                let state = app.state::<AppState>();
                // The quick-read handle: a long command on the main one doesn't delay reminders.
                let guard = match state.reader.lock() {
                    Ok(g) => g,
                    Err(poisoned) => poisoned.into_inner(),
                };
                guard.as_ref().and_then(|p| {
                    let share = p.share();
                    let redactor = steward::share::Redactor::default();
                    let now = chrono::Utc::now();
                    let mut due = share
                        .promise_notices(&redactor, now, chrono::Duration::minutes(15))
                        .ok()?;
                    // Complaint deadlines: the day before a deadline ends, or a next step opens.
                    due.extend(
                        share
                            .complaint_notices(&redactor, now, chrono::Duration::days(1))
                            .unwrap_or_default(),
                    );
                    Some(due)
                })
            };
            for notice in due.unwrap_or_default() {
                if !shown.insert(notice.promise_id()) {
                    continue;
                }
                // No notification service (e.g. a bare X session) is not worth an error dialog.
                let _ = app
                    .notification()
                    .builder()
                    .title(notice.title())
                    .body(notice.body())
                    .show();
            }
            std::thread::sleep(EVERY);
        }
    });
}
