//! Sharing a case: redaction preview, the brief (for the clipboard), exports and verification.
//! Each command is a thin call into `steward::share`. Files to write or check are chosen in
//! native dialogs opened here (`crate::dialogs`): the page never sends a path.

use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::Lang;
use steward::share::{
    self, Exported, Format, Preview, RedactChoices, Redactor, ShareError, ShareKey, Verification,
};

use super::with_profile;
use crate::dialogs::{self, FileRequest};
use crate::AppState;
use tauri::{AppHandle, Runtime, State};

/// The page's redaction choices, checked by the core's one constructor: an unknown kind, or a
/// kind that is never sent (backup and one-time codes), is refused with a clear error.
fn redactor(options: RedactChoices) -> Result<Redactor, ErrorInfo> {
    Redactor::from_choices(options).map_err(|e| ShareError::from(e).info())
}

/// The case through the gate, written for a reader of `lang` (`None`: the app's language).
fn export_of(
    p: &steward::profile::Profile,
    case: &str,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<(share::RedactedCase, Preview), ErrorInfo> {
    let r = &redactor(options)?;
    let id = p.cases().resolve_case(case).map_err(|e| e.info())?;
    p.share()
        .in_lang(lang)
        .export(id, r, chrono::Utc::now())
        .map_err(|e| e.info())
}

#[tauri::command(async)]
pub fn share_preview(
    state: State<'_, AppState>,
    case: String,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<Preview, ErrorInfo> {
    with_profile(&state, |p| {
        export_of(p, &case, options, lang).map(|(_, preview)| preview)
    })
}

/// The brief as text: `chat` gives the ≤ 1,000-character version for a support chat box;
/// `lang` the reader's language (`None`: the app's).
#[tauri::command(async)]
pub fn share_brief(
    state: State<'_, AppState>,
    case: String,
    chat: bool,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<String, ErrorInfo> {
    with_profile(&state, |p| {
        let (x, _) = export_of(p, &case, options, lang)?;
        Ok(if chat {
            share::brief::chat(&x)
        } else {
            share::brief::build(&x).to_text()
        })
    })
}

/// Asks where to save the export in a native Save dialog (in Downloads, suggesting
/// `steward-case-<n>.<ext>`), then writes it there, signed. `None`: the person cancelled.
#[tauri::command(async)]
pub fn share_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: String,
    format: Format,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<Option<Exported>, ErrorInfo> {
    // Made before the dialog opens (a locked profile or an unknown case says so at once) and
    // without holding the profile while the person chooses.
    let (x, key) = with_profile(&state, |p| {
        let (x, _) = export_of(p, &case, options, lang)?;
        Ok((x, ShareKey::for_profile(p).map_err(|e| e.info())?))
    })?;
    let request = save_request(x.case.number, format);
    let Some(target) = dialogs::choose(&app, &state.dialogs, request) else {
        return Ok(None);
    };
    share::export_to_file(&x, format, &key, &target)
        .map(Some)
        .map_err(|e| e.info())
}

/// Several cases in one file (Markdown, HTML or JSON), in the order given: asks where to save it
/// in a native Save dialog (suggesting `steward-cases-<a>-<b>.<ext>`), then writes it, signed.
/// `None`: the person cancelled.
#[tauri::command(async)]
pub fn share_export_several<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cases: Vec<String>,
    format: Format,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<Option<Exported>, ErrorInfo> {
    if !format.takes_several() {
        return Err(ShareError::SeveralCases(format.as_str()).info());
    }
    let (exports, key) = with_profile(&state, |p| {
        let r = &redactor(options)?;
        let ids = cases
            .iter()
            .map(|c| p.cases().resolve_case(c).map_err(|e| e.info()))
            .collect::<Result<Vec<_>, _>>()?;
        let (exports, _) = p
            .share()
            .in_lang(lang)
            .exports(&ids, r, chrono::Utc::now())
            .map_err(|e| e.info())?;
        Ok((exports, ShareKey::for_profile(p).map_err(|e| e.info())?))
    })?;
    let numbers: Vec<String> = exports.iter().map(|x| x.case.number.to_string()).collect();
    let request = match numbers.as_slice() {
        [] => return Err(ShareError::SeveralCases(format.as_str()).info()),
        [one] => save_request(one, format),
        _ => {
            let (dir, ext) = (share::default_export_dir(), format.extension());
            let stem = format!("steward-cases-{}", numbers.join("-"));
            let name = dialogs::suggested_name(dir.as_deref(), &stem, ext);
            let title = steward::t!("desktop-dialog-save-several", cases = numbers.join(", "));
            FileRequest::save(title, dir, name, ext)
        }
    };
    let Some(target) = dialogs::choose(&app, &state.dialogs, request) else {
        return Ok(None);
    };
    share::export_cases_to_file(&exports, format, &key, &target)
        .map(Some)
        .map_err(|e| e.info())
}

/// The Save dialog of an export: in Downloads (else home), suggesting a free
/// `steward-case-<n>.<ext>`, showing only files of the format.
fn save_request(case_number: impl std::fmt::Display, format: Format) -> FileRequest {
    let (dir, ext) = (share::default_export_dir(), format.extension());
    let name = dialogs::suggested_name(dir.as_deref(), &format!("steward-case-{case_number}"), ext);
    let title = steward::t!("desktop-dialog-save-export", case = case_number.to_string());
    FileRequest::save(title, dir, name, ext)
}

/// Checks a file the person picks in a native Open dialog (its `FILE.sig`/`FILE.tsr` beside
/// it); says whether the key is this profile's own. `None`: the person cancelled.
#[tauri::command(async)]
pub fn share_verify<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<Verification>, ErrorInfo> {
    let own = with_profile(&state, |p| {
        Ok(ShareKey::for_profile(p).map_err(|e| e.info())?.public_hex())
    })?;
    let title = steward::t!("desktop-dialog-check-file");
    let request = FileRequest::open(title, share::default_export_dir());
    let Some(path) = dialogs::choose(&app, &state.dialogs, request) else {
        return Ok(None);
    };
    share::verify_file(&path, Some(&own))
        .map(Some)
        .map_err(|e| e.info())
}

/// Copies the brief to the clipboard from Rust: the webview's own clipboard API is refused in
/// WebKitGTK. Returns the text so the page can show it. Not cleared after 30 s like OTP codes:
/// the brief is redacted and meant to be pasted into a support chat.
#[tauri::command(async)]
pub fn share_copy_brief<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: String,
    chat: bool,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<String, ErrorInfo> {
    let text = share_brief(state, case, chat, options, lang)?;
    super::copy_text(&app, &text, "copy_brief")?;
    Ok(text)
}

/// How this profile shares (proof of when: the time-stamping authority, or none).
#[tauri::command(async)]
pub fn share_settings(state: State<'_, AppState>) -> Result<share::ShareSettings, ErrorInfo> {
    with_profile(&state, |p| p.share().settings().map_err(|e| e.info()))
}

/// Turns timestamps on with the authority at `url`, or off with none.
#[tauri::command(async)]
pub fn share_set_timestamp_url(
    state: State<'_, AppState>,
    url: Option<String>,
) -> Result<share::ShareSettings, ErrorInfo> {
    with_profile(&state, |p| {
        p.share()
            .set_timestamp_url(url.as_deref(), chrono::Utc::now())
            .map_err(|e| e.info())
    })
}

/// The public half of the signing key, for a reader to pin (`steward share key`).
#[tauri::command(async)]
pub fn share_key(state: State<'_, AppState>) -> Result<share::PublicKeyCard, ErrorInfo> {
    with_profile(&state, |p| {
        ShareKey::for_profile(p)
            .and_then(|key| key.public_card())
            .map_err(|e| e.info())
    })
}
