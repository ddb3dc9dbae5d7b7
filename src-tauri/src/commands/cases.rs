//! Case history: cases, the interactions logged on them, and search.

use steward::cases::{
    Case, CaseDetail, CaseFilter, CasePatch, CaseSummary, Interaction, InteractionDefaults,
    NewCase, NewInteraction, SearchHit,
};
use steward::error::{ErrorInfo, UserFacing};
use tauri::State;

use super::with_profile;
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
