//! Opening the profile: whether it exists and how it is locked, and unlocking it.

use steward::error::{ErrorInfo, UserFacing};
use steward::profile::{Profile, ProfileStatus, Unlock};
use tauri::State;
use zeroize::Zeroizing;

use crate::AppState;

/// How the profile in the data directory is locked (or that there is none yet).
#[tauri::command(async)]
pub fn profile_status(state: State<'_, AppState>) -> Result<ProfileStatus, ErrorInfo> {
    let guard = state
        .profile
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    match guard.as_ref() {
        Some(profile) => Ok(profile.status()),
        None => Profile::inspect(&state.data_dir).map_err(|e| e.info()),
    }
}

/// Opens the profile, or creates it: with `passphrase` when one is given, else with a key in the
/// OS keyring. Fails with `passphrase_required` when the UI has to ask for one.
#[tauri::command(async)]
pub fn profile_unlock(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<ProfileStatus, ErrorInfo> {
    let passphrase = passphrase.map(Zeroizing::new);
    let mut guard = state
        .profile
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(profile) = guard.as_ref() {
        return Ok(profile.status());
    }
    let unlock = Unlock {
        passphrase,
        no_keyring: false,
    };
    let profile = Profile::open(&state.data_dir, &unlock).map_err(|e| e.info())?;
    let status = profile.status();
    let reader = profile.second_handle().map_err(|e| e.info())?;
    *state
        .reader
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(reader);
    *guard = Some(profile);
    Ok(status)
}
