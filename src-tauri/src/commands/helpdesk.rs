//! Sending a case to a helpdesk from the Share dialog: the helpdesk saved in the profile (the
//! same settings as `steward share helpdesk`), its connection test, what a hand-off will send,
//! and the hand-off. Each command is a thin call into `steward::share`. The network calls (test,
//! send) run through [`blocking`] after the profile's lock is let go: only building what goes
//! out and logging the hand-off on the case hold it.

use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::Lang;
use steward::share::{
    helpdesk::{CaseTicket, Ticket},
    HelpdeskCheck, HelpdeskInput, HelpdeskView, Outgoing, RedactChoices, Redactor, Sent,
    ShareError, ShareKey, TicketChoice,
};
use tauri::State;

use super::{blocking, with_profile, with_reader};
use crate::AppState;

fn info(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

/// The ticket the page chose: `None` or "auto" (the case's ticket there, else a new one),
/// "new", or a ticket ("12", "RT#12").
fn choice(ticket: Option<String>) -> TicketChoice {
    match ticket.as_deref().map(str::trim) {
        None | Some("" | "auto") => TicketChoice::Auto,
        Some("new") => TicketChoice::New,
        Some(t) => TicketChoice::Existing(t.to_string()),
    }
}

/// The saved helpdesk, its token masked; `None` when none is saved.
#[tauri::command(async)]
pub fn helpdesk_settings(state: State<'_, AppState>) -> Result<Option<HelpdeskView>, ErrorInfo> {
    with_reader(&state, |p| p.share().helpdesk().view().map_err(info))
}

/// Saves the helpdesk (a token left empty keeps the saved one); gives it back masked.
#[tauri::command(async)]
pub fn helpdesk_save(
    state: State<'_, AppState>,
    input: HelpdeskInput,
) -> Result<HelpdeskView, ErrorInfo> {
    with_profile(&state, |p| {
        p.share()
            .helpdesk()
            .save(&input, chrono::Utc::now())
            .map_err(info)
    })
}

/// One harmless signed-in request to the helpdesk in `input` (the form as typed; an empty
/// token: the saved one), or to the saved helpdesk when `input` is `None`.
#[tauri::command(async)]
pub fn helpdesk_test(
    state: State<'_, AppState>,
    input: Option<HelpdeskInput>,
) -> Result<HelpdeskCheck, ErrorInfo> {
    let connection = with_reader(&state, |p| {
        let settings = p.share().helpdesk();
        match &input {
            Some(input) => settings.draft(input),
            None => settings.connection(),
        }
        .map_err(info)
    })?;
    blocking(|| connection.check()).map_err(info)
}

/// Removes the saved helpdesk and its token; `false` when none was saved.
#[tauri::command(async)]
pub fn helpdesk_forget(state: State<'_, AppState>) -> Result<bool, ErrorInfo> {
    with_profile(&state, |p| p.share().helpdesk().forget().map_err(info))
}

/// The helpdesk ticket among a case's contacts' references (oldest first; the page has the case
/// already), for the case header; `None` when none names one.
#[tauri::command]
pub fn helpdesk_case_ticket(references: Vec<String>) -> Option<CaseTicket> {
    steward::share::helpdesk::newest_ticket(&references)
}

/// What sending the case would send (the ticket, the subject, the redacted text, the files),
/// written in `lang`; nothing leaves.
#[tauri::command(async)]
pub fn helpdesk_preview(
    state: State<'_, AppState>,
    case: String,
    ticket: Option<String>,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<Outgoing, ErrorInfo> {
    with_reader(&state, |p| {
        prepare(p, &case, ticket, options, lang).map(|(_, out, _)| out)
    })
}

/// Sends the case to the saved helpdesk: a new ticket or an update on the chosen one, the
/// ticket in `lang`; the hand-off is logged on the case with the ticket's reference. Nothing is
/// logged when the helpdesk refuses.
#[tauri::command(async)]
pub fn helpdesk_send(
    state: State<'_, AppState>,
    case: String,
    ticket: Option<String>,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<Sent, ErrorInfo> {
    let (connection, out, key) =
        with_profile(&state, |p| prepare(p, &case, ticket, options, lang))?;
    // The network call without the profile's lock: the window stays usable meanwhile.
    let ticket: Ticket = blocking(|| out.deliver(&key, connection.helpdesk())).map_err(info)?;
    with_profile(&state, |p| {
        p.share()
            .record_sent(&out, &ticket, chrono::Utc::now())
            .map_err(info)
    })
}

/// The saved helpdesk, what goes out to it and the key that signs the files.
fn prepare(
    p: &steward::profile::Profile,
    case: &str,
    ticket: Option<String>,
    options: RedactChoices,
    lang: Option<Lang>,
) -> Result<(steward::share::HelpdeskConnection, Outgoing, ShareKey), ErrorInfo> {
    let r = Redactor::from_choices(options).map_err(|e| ShareError::from(e).info())?;
    let id = p.cases().resolve_case(case).map_err(info)?;
    let sharing = p.share().in_lang(lang);
    let connection = sharing.helpdesk().connection().map_err(info)?;
    let key = ShareKey::for_profile(p).map_err(info)?;
    let out = sharing
        .outgoing(
            id,
            &r,
            &key,
            connection.helpdesk(),
            &choice(ticket),
            chrono::Utc::now(),
        )
        .map_err(info)?;
    Ok((connection, out, key))
}
