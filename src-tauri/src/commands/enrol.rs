//! The enrolment wizard: start, show, act, "I'm stuck", and the recovery kit. Each command is
//! one core call; the kit's file is chosen in a native Save dialog opened here
//! (`crate::dialogs`): the page never sends a path.

use chrono::Utc;
use serde_json::{json, Value};
use steward::cases::Uuid;
use steward::enrol::{
    kit::RecoveryKit, EnrolAction, EnrolmentSummary, EnrolmentView, PrivacyIdeaLogin, StartProvider,
};
use steward::error::{ErrorInfo, UserFacing};
use steward::share;
use tauri::{AppHandle, Runtime, State};
use zeroize::Zeroizing;

use super::with_profile;
use crate::dialogs::{self, FileRequest};
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
        p.enrolments()
            .start(&service, provider, &directory, Utc::now())
            .map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn enrol_list(state: State<'_, AppState>) -> Result<Vec<EnrolmentSummary>, ErrorInfo> {
    with_profile(&state, |p| p.enrolments().list().map_err(|e| e.info()))
}

#[tauri::command(async)]
pub fn enrol_show(state: State<'_, AppState>, id: Uuid) -> Result<EnrolmentView, ErrorInfo> {
    with_profile(&state, |p| {
        p.enrolments().show(id, Utc::now()).map_err(|e| e.info())
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
        p.enrolments()
            .act(id, action, password.map(Zeroizing::new), Utc::now())
            .map_err(|e| e.info())
    })
}

/// "I'm stuck": the enrolment's case, with everything tried, for the brief.
#[tauri::command(async)]
pub fn enrol_stuck(state: State<'_, AppState>, id: Uuid) -> Result<EnrolmentView, ErrorInfo> {
    with_profile(&state, |p| {
        p.enrolments()
            .stuck(id, Utc::now())
            .map(|(view, _)| view)
            .map_err(|e| e.info())
    })
}

/// The recovery kit as a printable PDF: built from the finished enrolments (the unused backup
/// codes printed only `with_backup_codes`), then saved where the person says in a native Save
/// dialog (in Downloads, suggesting `steward-recovery-kit.pdf`), readable by them only (0600).
/// Returns `{path, accounts, with_backup_codes}`, or `None` when the dialog was cancelled.
#[tauri::command(async)]
pub fn enrol_kit_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    with_backup_codes: bool,
) -> Result<Option<Value>, ErrorInfo> {
    // Made before the dialog opens (a locked profile says so at once), and the profile is not
    // held while the person chooses.
    let kit = with_profile(&state, |p| {
        p.enrolments()
            .recovery_kit(with_backup_codes, Utc::now())
            .map_err(|e| e.info())
    })?;
    let pdf = Zeroizing::new(
        share::pdf_document(&RecoveryKit::title(), &kit.sections()).map_err(|e| e.info())?,
    );
    let accounts = kit.accounts.len();
    drop(kit);
    let dir = share::default_export_dir();
    let name = dialogs::suggested_name(dir.as_deref(), "steward-recovery-kit", "pdf");
    // The native dialog is not part of the page: its title comes from the core's catalogue, in
    // the language the window told the core (language_set).
    let title = steward::t!("desktop-dialog-save-kit");
    let Some(target) = dialogs::choose(
        &app,
        &state.dialogs,
        FileRequest::save(title, dir, name, "pdf"),
    ) else {
        return Ok(None);
    };
    share::write_atomic(&target, &pdf).map_err(|e| e.info())?;
    Ok(Some(json!({
        "path": target.display().to_string(),
        "accounts": accounts,
        "with_backup_codes": with_backup_codes,
    })))
}
