//! The enrolment wizard: start, show, act, "I'm stuck". Each command is one core call.

use chrono::Utc;
use steward::cases::Uuid;
use steward::enrol::{
    EnrolAction, EnrolmentSummary, EnrolmentView, Enrolments, PrivacyIdeaLogin, StartProvider,
};
use steward::error::{ErrorInfo, UserFacing};
use tauri::State;
use zeroize::Zeroizing;

use super::with_profile;
use crate::AppState;

#[tauri::command(async)]
pub fn enrol_start(
    state: State<'_, AppState>,
    service: String,
    privacyidea: Option<PrivacyIdeaLogin>,
) -> Result<EnrolmentView, ErrorInfo> {
    let directory = super::directory::loaded(&state);
    with_profile(&state, |p| {
        let provider = match privacyidea {
            Some(l) => StartProvider::PrivacyIdea {
                url: l.url,
                username: l.username,
                password: Zeroizing::new(l.password),
            },
            None => StartProvider::Guided,
        };
        Enrolments::new(p)
            .start(&service, provider, &directory, Utc::now())
            .map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn enrol_list(state: State<'_, AppState>) -> Result<Vec<EnrolmentSummary>, ErrorInfo> {
    with_profile(&state, |p| Enrolments::new(p).list().map_err(|e| e.info()))
}

#[tauri::command(async)]
pub fn enrol_show(state: State<'_, AppState>, id: Uuid) -> Result<EnrolmentView, ErrorInfo> {
    with_profile(&state, |p| {
        Enrolments::new(p)
            .show(id, Utc::now())
            .map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn enrol_act(
    state: State<'_, AppState>,
    id: Uuid,
    action: EnrolAction,
    password: Option<String>,
) -> Result<EnrolmentView, ErrorInfo> {
    with_profile(&state, |p| {
        Enrolments::new(p)
            .act(id, action, password.map(Zeroizing::new), Utc::now())
            .map_err(|e| e.info())
    })
}

/// "I'm stuck": the enrolment's case, with everything tried, for the brief.
#[tauri::command(async)]
pub fn enrol_stuck(state: State<'_, AppState>, id: Uuid) -> Result<EnrolmentView, ErrorInfo> {
    with_profile(&state, |p| {
        Enrolments::new(p)
            .stuck(id, Utc::now())
            .map(|(view, _)| view)
            .map_err(|e| e.info())
    })
}
