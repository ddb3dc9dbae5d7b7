//! The 2FA directory: which services support which 2FA methods. Public data, so no profile is
//! needed. The directory is loaded from `<data dir>/directory/` (downloading it when the saved
//! copy is more than a day old) on first use and kept in memory; offline it is empty or stale,
//! never an error. It is loaded again after a day (an hour while stale, 5 minutes while empty).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use steward::directory::{Directory, DirectoryCache, Service};
use tauri::State;

use crate::AppState;

/// The directory in memory: for which data directory, and when it was loaded.
static LOADED: Mutex<Option<(PathBuf, Arc<Directory>, Instant)>> = Mutex::new(None);

const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 200;

fn directory(state: &AppState) -> Arc<Directory> {
    let mut loaded = LOADED.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((path, dir, at)) = loaded.as_ref() {
        let keep = if dir.is_empty() {
            5 * 60
        } else if dir.origin().stale {
            3600
        } else {
            24 * 3600
        };
        if *path == state.data_dir && at.elapsed() < Duration::from_secs(keep) {
            return dir.clone();
        }
    }
    let dir = Arc::new(
        DirectoryCache::new(&state.data_dir)
            .load(Utc::now())
            .unwrap_or_else(|_| Directory::empty()),
    );
    *loaded = Some((state.data_dir.clone(), dir.clone(), Instant::now()));
    dir
}

/// Services by name or web address, best match first.
#[tauri::command(async)]
pub fn directory_search(
    state: State<'_, AppState>,
    query: String,
    limit: Option<usize>,
) -> Vec<Service> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    let dir = directory(&state);
    dir.search(&query, limit).into_iter().cloned().collect()
}

/// The service with exactly this name or domain (or a web address on it), if listed.
#[tauri::command(async)]
pub fn directory_service(state: State<'_, AppState>, name: String) -> Option<Service> {
    directory(&state).find(&name).cloned()
}

/// The loaded directory, for the enrolment wizard.
pub(crate) fn loaded(state: &AppState) -> Arc<Directory> {
    directory(state)
}
