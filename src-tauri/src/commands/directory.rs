//! The 2FA directory: which services support which 2FA methods. Public data, so no profile is
//! needed. The directory is loaded from `<data dir>/directory/` (downloading it when the saved
//! copy is more than a day old) on first use and kept in memory by the core; offline it is empty
//! or stale, never an error.

use std::sync::Arc;

use steward::directory::{Directory, Service};
use tauri::State;

use crate::AppState;

const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 200;

/// Services by name or web address, best match first.
#[tauri::command(async)]
pub fn directory_search(
    state: State<'_, AppState>,
    query: String,
    limit: Option<usize>,
) -> Vec<Service> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    let dir = loaded(&state);
    dir.search_shown(&query, limit)
}

/// The service with exactly this name or domain (or a web address on it), if listed.
#[tauri::command(async)]
pub fn directory_service(state: State<'_, AppState>, name: String) -> Option<Service> {
    loaded(&state).find(&name).cloned()
}

/// The directory kept in memory by the core (`steward::directory::loaded`), for the commands
/// here and the enrolment wizard.
pub(crate) fn loaded(state: &AppState) -> Arc<Directory> {
    steward::directory::loaded(&state.data_dir)
}
