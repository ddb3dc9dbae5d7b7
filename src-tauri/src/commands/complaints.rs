//! Complaints beyond the company (issue 19): the rules Steward knows, the formal complaint on a
//! case and its status for today, and contacts by kind (ordinary, the complaint, the final
//! response). Each command is one call into `steward::complaints` on the case store.

use serde_json::Value;
use steward::cases::{Interaction, NewInteraction, Uuid};
use steward::complaints::{
    self, ComplaintInput, ComplaintStatus, ContactKind, LetterKind, RuleListing,
};
use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::Lang;
use steward::share::{ComplaintLetter, Redactor};
use tauri::{AppHandle, Runtime, State};

use super::with_profile;
use crate::AppState;

/// Every rule Steward knows (country, sector, steps), in the window's language: the Mark
/// dialog's choices. A country and sector with none is "no rule known".
#[tauri::command(async)]
pub fn complaint_rules(state: State<'_, AppState>) -> Result<Vec<RuleListing>, ErrorInfo> {
    // The profile is not needed, but the app must be unlocked like every case command.
    with_profile(&state, |_| {
        complaints::rule_listing(None).map_err(|e| e.info())
    })
}

/// The case's complaint today: phase, every step with its date or what is missing, what the
/// customer can do now and by when (a case with none says so: phase `not_marked`).
#[tauri::command(async)]
pub fn complaint_status(
    state: State<'_, AppState>,
    case: String,
) -> Result<ComplaintStatus, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case).map_err(|e| e.info())?;
        store
            .complaint_status(id, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// Marks a contact as the formal complaint (again: changes it); answers the new status.
#[tauri::command(async)]
pub fn complaint_mark(
    state: State<'_, AppState>,
    case: String,
    input: ComplaintInput,
) -> Result<ComplaintStatus, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case).map_err(|e| e.info())?;
        store.mark_complaint(id, &input).map_err(|e| e.info())?;
        store
            .complaint_status(id, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// Removes the complaint mark (the contacts stay); answers the status (`not_marked`).
#[tauri::command(async)]
pub fn complaint_clear(
    state: State<'_, AppState>,
    case: String,
) -> Result<ComplaintStatus, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case).map_err(|e| e.info())?;
        store.clear_complaint(id).map_err(|e| e.info())?;
        store
            .complaint_status(id, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// Logs a contact of a kind: `final_response` is the firm's final response (or deadlock letter).
/// The formal complaint itself is marked with `complaint_mark` (it needs where and what).
#[tauri::command(async)]
pub fn contact_log(
    state: State<'_, AppState>,
    case_id: String,
    input: NewInteraction,
    kind: ContactKind,
) -> Result<Interaction, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case_id).map_err(|e| e.info())?;
        store.log_contact(id, &input, kind).map_err(|e| e.info())
    })
}

/// Says what a logged contact was (ordinary, or the final response; the complaint: see
/// `complaint_mark`).
#[tauri::command(async)]
pub fn contact_kind_set(
    state: State<'_, AppState>,
    interaction_id: Uuid,
    kind: ContactKind,
) -> Result<Interaction, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases()
            .set_contact_kind(interaction_id, kind)
            .map_err(|e| e.info())
    })
}

/// The letter of `kind` for a case, drafted from the redacted case (the outbound gate, default
/// masking) in `lang` (`None`: the window's language).
#[tauri::command(async)]
pub fn complaint_letter(
    state: State<'_, AppState>,
    case: String,
    kind: LetterKind,
    lang: Option<Lang>,
) -> Result<ComplaintLetter, ErrorInfo> {
    with_profile(&state, |p| {
        let id = p.cases().resolve_case(&case).map_err(|e| e.info())?;
        p.share()
            .in_lang(lang)
            .complaint_letter(id, kind, &Redactor::default(), chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// Copies the letter to the clipboard from Rust (the webview's clipboard is refused in
/// WebKitGTK); returns the text. Like the brief, redacted and meant to be pasted: not cleared.
#[tauri::command(async)]
pub fn complaint_letter_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: String,
    kind: LetterKind,
    lang: Option<Lang>,
) -> Result<String, ErrorInfo> {
    let text = complaint_letter(state, case, kind, lang)?.text();
    super::copy_text(&app, &text, "copy_brief")?;
    Ok(text)
}

/// Asks where to save the letter in a native Save dialog (in Downloads, suggesting
/// `steward-case-<n>-<kind>.txt`), then writes it there as text: `{path}`, or `None` when the
/// person cancelled.
#[tauri::command(async)]
pub fn complaint_letter_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: String,
    kind: LetterKind,
    lang: Option<Lang>,
) -> Result<Option<Value>, ErrorInfo> {
    // Drafted before the dialog opens (a locked profile or an unknown case says so at once),
    // without holding the profile while the person chooses.
    let (letter, number) = with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case).map_err(|e| e.info())?;
        let number = store.case(id).map_err(|e| e.info())?.number;
        let letter = p
            .share()
            .in_lang(lang)
            .complaint_letter(id, kind, &Redactor::default(), chrono::Utc::now())
            .map_err(|e| e.info())?;
        Ok((letter, number))
    })?;
    let stem = format!("steward-case-{number}-{}", kind.as_str());
    let title = steward::t!("desktop-dialog-save-letter", case = number.to_string());
    super::save_letter(&app, &state, &stem, title, &letter.text())
}
