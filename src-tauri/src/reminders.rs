//! Desktop reminders for promises: once a minute, ask the core which pending promises are due
//! within the next 15 minutes or already overdue, and show one notification for each, once per
//! run of the app. Which promises count is decided by the core (`CaseStore::due_promises`).

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
                let guard = match state.profile.lock() {
                    Ok(g) => g,
                    Err(poisoned) => poisoned.into_inner(),
                };
                guard.as_ref().and_then(|p| {
                    p.cases()
                        .due_promises(chrono::Utc::now(), chrono::Duration::minutes(15))
                        .ok()
                })
            };
            for promise in due.unwrap_or_default() {
                if !shown.insert(promise.promise_id) {
                    continue;
                }
                let title = if promise.overdue {
                    format!("Overdue: case {}", promise.case_number)
                } else {
                    format!("Due soon: case {}", promise.case_number)
                };
                // No notification service (e.g. a bare X session) is not worth an error dialog.
                let _ = app
                    .notification()
                    .builder()
                    .title(title)
                    .body(format!("{} — \"{}\"", promise.case_title, promise.text))
                    .show();
            }
            std::thread::sleep(EVERY);
        }
    });
}
