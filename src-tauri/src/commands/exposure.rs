//! The exposure chain (issue 22): the At risk report, what each account holds and checks (the
//! questionnaire), what an impostor got in an alert (confirmed from the transcript's
//! suggestions), the lock-down steps and the letters. Each command is one call into
//! `steward::exposure` (or `Sharing::exposure_letter`) on the unlocked profile.

use steward::error::{ErrorInfo, UserFacing};
use steward::exposure::{
    self, AccountKnowledge, Detail, Disclosure, DisclosureAnswer, ExposureReport, KnowledgeAnswers,
    LockdownStepId, SuggestedDisclosure,
};
use tauri::State;

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
        let store = p.cases();
        let id = store.resolve_account(&account).map_err(|e| e.info())?;
        store
            .set_account_knowledge(id, &answers)
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
