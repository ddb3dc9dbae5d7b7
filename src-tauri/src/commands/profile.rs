//! Opening the profile: whether it exists and how it is locked, and unlocking it.

use serde::Serialize;
use steward::cases::{CaseFilter, CaseSummary};
use steward::error::{ErrorInfo, UserFacing};
use steward::profile::{
    Profile, ProfileState, ProfileStatus, Unlock, UnlockChange, UnlockChanged, UnlockMethod,
};
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
/// OS keyring. Fails with `passphrase_required` when the UI has to ask for one. After the app
/// locked (see `crate::lock`), a keyring profile first asks polkit to confirm the user where it
/// can; a wrong passphrase or a refused check is counted (`lock_status`) and changes nothing else.
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
    if !state.lock.is_locked() {
        if let Some(profile) = guard.as_ref() {
            return Ok(profile.status());
        }
    }
    // Locked: whatever handle a lock had not dropped yet goes now; the profile is opened afresh.
    let mut reader = state
        .reader
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    drop(reader.take());
    drop(guard.take());
    let failed = |e: ErrorInfo| {
        if matches!(e.code.as_str(), "wrong_passphrase" | "unlock_refused") {
            state.lock.note_failure();
        }
        e
    };
    // Whatever the page sends: a passphrase given for a keyring profile would be ignored by
    // Profile::open, so it must not skip the check.
    if state.lock.relocked() {
        let inspected = Profile::inspect(&state.data_dir).map_err(|e| e.info())?;
        if inspected.state == ProfileState::Keyring {
            crate::lock::confirm_user().map_err(failed)?;
        }
    }
    let unlock = Unlock {
        passphrase,
        no_keyring: false,
    };
    let profile = Profile::open(&state.data_dir, &unlock).map_err(|e| failed(e.info()))?;
    let status = profile.status();
    *reader = Some(profile.second_handle().map_err(|e| e.info())?);
    *guard = Some(profile);
    state.lock.mark_unlocked();
    Ok(status)
}

/// What the window's first screen needs: the profile's status and the case list it opens with.
#[derive(Debug, Serialize)]
pub struct Opening {
    pub status: ProfileStatus,
    /// `None` when the list could not be read: the main view asks again and shows why.
    pub cases: Option<Vec<CaseSummary>>,
}

/// `profile_unlock`, then `case_list` with `filter`, in one round trip: the window asks for both
/// before its first paint (ui/src/startup.ts), and each answer costs it a trip through this
/// process's main thread (BENCHMARKS.md, "A lighter window"). Open while locked as
/// `profile_unlock` is; the list is read only once the unlock succeeded.
#[tauri::command(async)]
pub fn profile_unlock_listing(
    state: State<'_, AppState>,
    passphrase: Option<String>,
    filter: CaseFilter,
) -> Result<Opening, ErrorInfo> {
    let status = profile_unlock(state.clone(), passphrase)?;
    let cases = super::cases::case_list(state, filter).ok();
    Ok(Opening { status, cases })
}

/// Changes how the profile is unlocked (Settings: "How this profile is unlocked"): to a
/// passphrase, to a new passphrase, or to the system keyring; `current` is the passphrase that
/// opens it now (passphrase profiles). The quick-read handle is closed for the change (the
/// rekey needs the database alone) and opened again after, under the new key.
#[tauri::command(async)]
pub fn profile_change_unlock(
    state: State<'_, AppState>,
    method: UnlockMethod,
    current: Option<String>,
    passphrase: Option<String>,
) -> Result<UnlockChanged, ErrorInfo> {
    let change = UnlockChange::new(
        method,
        current.map(Zeroizing::new),
        passphrase.map(Zeroizing::new),
    );
    let mut guard = state
        .profile
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut reader = state
        .reader
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let profile = guard.as_mut().ok_or_else(super::locked)?;
    drop(reader.take());
    let changed = super::blocking(|| profile.change_unlock(change)).map_err(|e| e.info());
    // Whatever happened, the profile's handle is on the key that opens it now.
    *reader = Some(profile.second_handle().map_err(|e| e.info())?);
    changed
}
