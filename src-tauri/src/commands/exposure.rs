//! The exposure chain (issue 22): the At risk report, what each account holds and checks (the
//! questionnaire), what an impostor got in an alert (confirmed from the transcript's
//! suggestions), the lock-down steps and the letters. Each command is one call into
//! `steward::exposure` (or `Sharing::exposure_letter`) on the unlocked profile.

use serde_json::Value;
use steward::error::{ErrorInfo, UserFacing};
use steward::exposure::{
    self, AccountKnowledge, Detail, Disclosure, DisclosureAnswer, ExposureReport, KnowledgeAnswers,
    LockdownStepId, SuggestedDisclosure,
};
use steward::i18n::Lang;
use steward::share::{ExposureLetter, ExposureLetterKind};
use tauri::{AppHandle, Runtime, State};

use super::with_profile;
use crate::AppState;

/// The one screen: what leaked, the accounts that opens (ranked, with reasons and the plan), those
/// checked and not at risk, those Steward knows nothing about, and what to do first.
#[tauri::command(async)]
pub fn exposure_report(state: State<'_, AppState>) -> Result<ExposureReport, ErrorInfo> {
    with_profile(&state, |p| p.cases().exposure().map_err(|e| e.info()))
}

/// What Steward knows about an account (`account`: its id or service name): the customer's
/// answers over the curated rules, values masked.
#[tauri::command(async)]
pub fn account_knowledge(
    state: State<'_, AppState>,
    account: String,
) -> Result<AccountKnowledge, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_account(&account).map_err(|e| e.info())?;
        store.account_knowledge(id).map_err(|e| e.info())
    })
}

/// Saves the questionnaire's answers for an account (or that it was skipped).
#[tauri::command(async)]
pub fn set_account_knowledge(
    state: State<'_, AppState>,
    account: String,
    answers: KnowledgeAnswers,
) -> Result<AccountKnowledge, ErrorInfo> {
    with_profile(&state, |p| {
        p.cases()
            .answer_about(&account, &answers)
            .map_err(|e| e.info())
    })
}

/// Forgets the customer's answer about one detail at an account (it leaves the chain).
#[tauri::command(async)]
pub fn forget_account_detail(
    state: State<'_, AppState>,
    account: String,
    detail: Detail,
) -> Result<AccountKnowledge, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_account(&account).map_err(|e| e.info())?;
        store
            .forget_account_detail(id, detail)
            .map_err(|e| e.info())
    })
}

/// What the customer confirmed an impostor asked for and got, in an alert (`alert`: id or number).
#[tauri::command(async)]
pub fn alert_disclosures(
    state: State<'_, AppState>,
    alert: String,
) -> Result<Vec<Disclosure>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_alert_ref(&alert).map_err(|e| e.info())?;
        store.alert_disclosures(id).map_err(|e| e.info())
    })
}

/// Replaces an alert's disclosures with the list the customer confirmed.
#[tauri::command(async)]
pub fn set_alert_disclosures(
    state: State<'_, AppState>,
    alert: String,
    disclosures: Vec<DisclosureAnswer>,
) -> Result<Vec<Disclosure>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_alert_ref(&alert).map_err(|e| e.info())?;
        store
            .set_alert_disclosures(id, &disclosures)
            .map_err(|e| e.info())
    })
}

/// What the alert's evidence (its transcript or e-mail) suggests was asked for and given; the
/// quotes have their values masked. Nothing is stored: the customer confirms.
#[tauri::command(async)]
pub fn suggest_alert_disclosures(
    state: State<'_, AppState>,
    alert: String,
) -> Result<Vec<SuggestedDisclosure>, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_alert_ref(&alert).map_err(|e| e.info())?;
        exposure::evidence::suggest_for_alert(&store, id).map_err(|e| e.info())
    })
}

/// Ticks (or, `done: false`, unticks) a step of an account's lock-down plan; the report again.
#[tauri::command(async)]
pub fn set_lockdown_step(
    state: State<'_, AppState>,
    account: String,
    step: LockdownStepId,
    done: bool,
) -> Result<ExposureReport, ErrorInfo> {
    with_profile(&state, |p| {
        let store = p.cases();
        let id = store.resolve_account(&account).map_err(|e| e.info())?;
        store
            .set_lockdown_step(id, step, done)
            .map_err(|e| e.info())
    })
}

/// The letter to an account's company, drafted through the outbound gate (names of what
/// leaked, never values) in `lang` (`None`: the window's language).
#[tauri::command(async)]
pub fn exposure_letter(
    state: State<'_, AppState>,
    account: String,
    kind: ExposureLetterKind,
    lang: Option<Lang>,
) -> Result<ExposureLetter, ErrorInfo> {
    with_profile(&state, |p| draft(p, &account, kind, lang))
}

fn draft(
    p: &steward::profile::Profile,
    account: &str,
    kind: ExposureLetterKind,
    lang: Option<Lang>,
) -> Result<ExposureLetter, ErrorInfo> {
    let id = p.cases().resolve_account(account).map_err(|e| e.info())?;
    p.share()
        .in_lang(lang)
        .exposure_letter(id, kind)
        .map_err(|e| e.info())
}

/// Copies the letter to the clipboard from Rust (WebKitGTK refuses the page's clipboard);
/// returns the text. Redacted and meant to be pasted: not cleared.
#[tauri::command(async)]
pub fn exposure_letter_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    account: String,
    kind: ExposureLetterKind,
    lang: Option<Lang>,
) -> Result<String, ErrorInfo> {
    let text = exposure_letter(state, account, kind, lang)?.text();
    super::copy_text(&app, &text, "copy_brief")?;
    Ok(text)
}

/// Asks where to save the letter in a native Save dialog (in Downloads, suggesting
/// `steward-letter-<service>.txt`), then writes it there: `{path}`, or `None` when cancelled.
#[tauri::command(async)]
pub fn exposure_letter_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    account: String,
    kind: ExposureLetterKind,
    lang: Option<Lang>,
) -> Result<Option<Value>, ErrorInfo> {
    // Drafted before the dialog opens, without holding the profile while the person chooses.
    let letter = with_profile(&state, |p| draft(p, &account, kind, lang))?;
    let stem = format!("steward-letter-{}", file_stem(&letter.to));
    let title = steward::t!(
        "desktop-dialog-save-exposure-letter",
        service = letter.to.as_str()
    );
    super::save_letter(&app, &state, &stem, title, &letter.text())
}

/// A company's name as part of a file name: letters and digits, the rest as `-`.
fn file_stem(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "company".to_string()
    } else {
        out
    }
}
