//! Case history: cases, the interactions logged on them, search, insights, promises, security
//! alerts, attachments, quick-capture suggestions and the accounts view.

use steward::cases::{
    suggest_from_transcript, AccountPatch, AccountSummary, Alert, AlertStepId, AttachOptions,
    Attachment, AttachmentAdded, CaptureSuggestions, Case, CaseDetail, CaseFilter, CaseInsights,
    CasePatch, CaseSummary, Existing, Interaction, InteractionDefaults, NewAlert, NewCase,
    NewInteraction, Promise, PromiseStatus, SavedAttachment, SearchHit, Uuid,
};
use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Runtime, State};

use super::{bad_request, with_profile};
use crate::dialogs::{self, FileRequest};
use crate::AppState;

/// How many hits a search returns at most.
const SEARCH_LIMIT: usize = 50;

#[tauri::command(async)]
pub fn case_list(
    state: State<'_, AppState>,
    filter: CaseFilter,
) -> Result<Vec<CaseSummary>, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases().list_cases(filter).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_create(state: State<'_, AppState>, input: NewCase) -> Result<Case, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases().create_case(&input).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_get(state: State<'_, AppState>, id: String) -> Result<CaseDetail, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store.case_detail(id).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_update(
    state: State<'_, AppState>,
    id: String,
    patch: CasePatch,
) -> Result<Case, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store.update_case(id, &patch).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_close(
    state: State<'_, AppState>,
    id: String,
    resolution: Option<String>,
) -> Result<Case, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store.close_case(id, resolution).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn interaction_log(
    state: State<'_, AppState>,
    case_id: String,
    input: NewInteraction,
) -> Result<Interaction, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case_id).map_err(|e| e.info())?;
        store.log_interaction(id, &input).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn interaction_defaults(
    state: State<'_, AppState>,
    case_id: Option<String>,
) -> Result<InteractionDefaults, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = match case_id {
            Some(reference) => Some(store.resolve_case(&reference).map_err(|e| e.info())?),
            None => None,
        };
        store.interaction_defaults(id).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_search(state: State<'_, AppState>, query: String) -> Result<Vec<SearchHit>, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases().search(&query, SEARCH_LIMIT).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_insights(state: State<'_, AppState>, id: String) -> Result<CaseInsights, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store.insights(id, chrono::Utc::now()).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_escalation(
    state: State<'_, AppState>,
    id: String,
) -> Result<steward::share::EscalationLetter, ErrorInfo> {
    with_profile(&state, |p| {
        let id = p.cases().resolve_case(&id).map_err(|e| e.info())?;
        let redactor = steward::share::Redactor::default();
        p.share()
            .escalation_letter(id, &redactor, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// What only the customer knows and every brief needs (the request, still happening?, …).
#[tauri::command(async)]
pub fn case_brief_facts(
    state: State<'_, AppState>,
    id: String,
) -> Result<steward::cases::BriefFacts, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store.brief_facts(id).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn case_set_brief_facts(
    state: State<'_, AppState>,
    id: String,
    patch: steward::cases::BriefFactsPatch,
) -> Result<steward::cases::BriefFacts, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store
            .set_brief_facts(id, &patch, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// What the share dialog asks before it makes a brief.
#[tauri::command(async)]
pub fn case_brief_missing(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<steward::cases::MissingFact>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&id).map_err(|e| e.info())?;
        store
            .brief_missing(id, chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn promise_set(
    state: State<'_, AppState>,
    promise_id: Uuid,
    status: PromiseStatus,
) -> Result<Promise, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases()
            .set_promise_status_by_id(promise_id, status)
            .map_err(|e| e.info())
    })
}

/// A case's alerts (open and resolved), or, without a case, every open alert.
#[tauri::command(async)]
pub fn alert_list(
    state: State<'_, AppState>,
    case_id: Option<String>,
) -> Result<Vec<Alert>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        match case_id {
            Some(reference) => {
                let id = store.resolve_case(&reference).map_err(|e| e.info())?;
                store.alerts(id).map_err(|e| e.info())
            }
            None => store.open_alerts().map_err(|e| e.info()),
        }
    })
}

#[tauri::command(async)]
pub fn alert_raise(
    state: State<'_, AppState>,
    case_id: String,
    input: NewAlert,
) -> Result<Alert, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case_id).map_err(|e| e.info())?;
        store.raise_alert(id, &input).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn alert_step(
    state: State<'_, AppState>,
    alert_id: String,
    step: AlertStepId,
    done: bool,
) -> Result<Alert, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_alert_ref(&alert_id).map_err(|e| e.info())?;
        store.set_alert_step(id, step, done).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn alert_resolve(
    state: State<'_, AppState>,
    alert_id: String,
    resolution: Option<String>,
) -> Result<Alert, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_alert_ref(&alert_id).map_err(|e| e.info())?;
        store.resolve_alert(id, resolution).map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn attachment_list(
    state: State<'_, AppState>,
    case_id: String,
) -> Result<Vec<Attachment>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case_id).map_err(|e| e.info())?;
        store.attachments(id).map_err(|e| e.info())
    })
}

/// Adds a file's bytes to a case. The bytes are the raw IPC body (no JSON number arrays); the
/// rest travels in headers: `x-case-id`, `x-file-name` (percent-encoded UTF-8),
/// `x-interaction-id` (optional), `x-transcript: 1` for pasted text.
#[tauri::command(async)]
pub fn attachment_add(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<AttachmentAdded, ErrorInfo> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("file_bytes_not_raw", ErrorKind::System));
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let case_id = header("x-case-id").ok_or_else(|| bad_request("no_case", ErrorKind::System))?;
    let name = header("x-file-name").unwrap_or_default();
    let name = percent_encoding::percent_decode_str(&name).decode_utf8_lossy();
    let interaction_id = match header("x-interaction-id") {
        Some(id) => {
            Some(Uuid::parse_str(&id).map_err(|_| bad_request("bad_contact", ErrorKind::System))?)
        }
        None => None,
    };
    let options = AttachOptions {
        interaction_id,
        transcript: header("x-transcript").as_deref() == Some("1"),
    };
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_case(&case_id).map_err(|e| e.info())?;
        store
            .add_attachment(id, &name, bytes, &options)
            .map_err(|e| e.info())
    })
}

#[tauri::command(async)]
pub fn attachment_remove(
    state: State<'_, AppState>,
    attachment_id: Uuid,
) -> Result<Attachment, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases()
            .remove_attachment(attachment_id)
            .map_err(|e| e.info())
    })
}

/// Saves a copy of an attachment's bytes where the person picks in a native Save dialog
/// (in Downloads, suggesting the attachment's own name). `None`: they cancelled. The dialog
/// has asked before replacing a file, so a file there is replaced.
#[tauri::command(async)]
pub fn attachment_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    attachment_id: Uuid,
) -> Result<Option<SavedAttachment>, ErrorInfo> {
    // Looked up first (an unknown attachment or a locked profile says so before any dialog),
    // and the profile is not held while the person chooses.
    let attachment = with_profile(&state, |p| {
        p.cases().attachment(attachment_id).map_err(|e| e.info())
    })?;
    let dir = steward::share::default_export_dir();
    let (stem, ext) = match attachment.file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_string(), ext.to_string()),
        _ => (attachment.file_name.clone(), String::new()),
    };
    let name = if ext.is_empty() {
        attachment.file_name.clone()
    } else {
        dialogs::suggested_name(dir.as_deref(), &stem, &ext)
    };
    let title = steward::t!(
        "desktop-dialog-save-attachment",
        name = &attachment.file_name
    );
    let request = FileRequest {
        kind: dialogs::DialogKind::Save,
        title,
        directory: dir,
        file_name: Some(name),
        extension: (!ext.is_empty()).then_some(ext),
    };
    let Some(target) = dialogs::choose(&app, &state.dialogs, request) else {
        return Ok(None);
    };
    with_profile(&state, |p| {
        p.cases()
            .save_attachment(attachment_id, &target, Existing::Replace)
            .map(Some)
            .map_err(|e| e.info())
    })
}

/// Adds an account by its service's name (the customer's bank or e-mail provider, which need no
/// case to be asked about in the exposure chain); an existing one is returned as it is.
#[tauri::command(async)]
pub fn account_add(
    state: State<'_, AppState>,
    service: String,
) -> Result<AccountSummary, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.ensure_account(&service, None).map_err(|e| e.info())?;
        store
            .accounts()
            .map_err(|e| e.info())?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| steward::cases::CaseError::AccountNotFound(service).info())
    })
}

/// Sets an account's domain or identifier (`steward accounts edit`); an empty text clears it.
#[tauri::command(async)]
pub fn account_update(
    state: State<'_, AppState>,
    service: String,
    patch: AccountPatch,
) -> Result<AccountSummary, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_account(&service).map_err(|e| e.info())?;
        store.update_account(id, &patch).map_err(|e| e.info())
    })
}

/// Suggestions from a pasted transcript. Reads nothing stored, but like every command it waits
/// for the unlock: what is pasted is the customer's business.
#[tauri::command(async)]
pub fn capture_suggest(
    state: State<'_, AppState>,
    text: String,
) -> Result<CaptureSuggestions, ErrorInfo> {
    with_profile(&state, |_| Ok(suggest_from_transcript(&text)))
}

#[tauri::command(async)]
pub fn account_list(state: State<'_, AppState>) -> Result<Vec<AccountSummary>, ErrorInfo> {
    with_profile(&state, |p| p.cases().accounts().map_err(|e| e.info()))
}
