//! Handing a case to a helpdesk (any [`Helpdesk`]: Request Tracker, Zendesk, …): a new ticket
//! whose first message is the brief, or a reply on the case's ticket saying what changed, with
//! the signed PDF and JSON and their OpenSSH signatures attached; then the hand-off is logged on
//! the case. The HTTP side is `helpdesk/`, one file per helpdesk.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::check::check_section;
use super::error::ShareError;
use super::gate::build_export_in;
use super::helpdesk::{self, Helpdesk};
use super::key::ShareKey;
use super::redact::Redactor;
use super::render::{file_brief, pdf_and_json};
use super::{brief, sshsig};
use crate::cases::{CaseStore, NewInteraction};
use crate::i18n::{self, Lang};
use crate::t;

/// Opens a Request Tracker ticket (see [`send_case`]).
pub fn send_to_rt(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    cfg: &helpdesk::RtConfig,
    now: DateTime<Utc>,
) -> Result<helpdesk::Ticket, ShareError> {
    send_case(conn, case_id, redactor, key, cfg, now)
}

/// Which ticket a hand-off goes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TicketChoice {
    /// Append to the newest ticket of that helpdesk already recorded on the case (a reference
    /// such as `RT#12` or `Zendesk #12`); open a new one when there is none.
    #[default]
    Auto,
    /// Always open a new ticket.
    New,
    /// Append to this ticket ("12", "RT#12", …).
    Existing(String),
}

/// What a hand-off did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskSent")]
pub struct Sent {
    #[serde(flatten)]
    pub ticket: helpdesk::Ticket,
    /// `opened` (a new ticket) or `appended` (a reply on an existing one).
    pub action: String,
    /// Contacts logged since the last hand-off to this ticket (appends only).
    pub new_contacts: u32,
}

/// Opens a helpdesk ticket with the brief as its text and the signed PDF and JSON attached,
/// or appends to the case's ticket there (see [`send_case_to`]); returns the ticket.
pub fn send_case(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: &dyn Helpdesk,
    now: DateTime<Utc>,
) -> Result<helpdesk::Ticket, ShareError> {
    send_case_to(conn, case_id, redactor, key, to, &TicketChoice::Auto, now).map(|s| s.ticket)
}

/// Hands the case to a helpdesk, with the signed PDF and JSON attached:
/// - a new ticket (`TicketChoice::New`, or `Auto` when the case has no ticket there yet) whose
///   first message is the brief;
/// - or a reply on an existing ticket (`Existing`, or `Auto` with the newest `RT#…` /
///   `Zendesk #…` reference of the case) that says what changed since the last hand-off to
///   that ticket, then gives the current brief.
///
/// Then records it in the case as a new contact (channel: portal) whose reference is the
/// ticket's, so the next brief lists it and the next send finds it. Nothing is recorded when
/// the helpdesk refuses: the case is unchanged.
pub fn send_case_to(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: &dyn Helpdesk,
    choice: &TicketChoice,
    now: DateTime<Utc>,
) -> Result<Sent, ShareError> {
    send_case_in(
        conn,
        case_id,
        redactor,
        key,
        to,
        choice,
        now,
        i18n::current(),
    )
}

/// [`send_case_to`] with the ticket written in `lang` (the helpdesk's language): the brief,
/// the update, the subject and the attached PDF. The contact it logs on the case is in the
/// current language, the customer's. The three steps ([`outgoing`], [`Outgoing::deliver`],
/// [`Outgoing::record`]) are public so a front end can run the network call without holding
/// the profile.
#[allow(clippy::too_many_arguments)]
pub fn send_case_in(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: &dyn Helpdesk,
    choice: &TicketChoice,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Sent, ShareError> {
    let out = outgoing(conn, case_id, redactor, key, to, choice, now, lang)?;
    let ticket = out.deliver(key, to)?;
    out.record(conn, &ticket, now)
}

/// What a hand-off will send, before anything leaves: the ticket it goes to, its subject and
/// text (redacted, in the helpdesk's language) and the names of the signed files attached. The
/// window shows it as the preview; [`Outgoing::deliver`] sends exactly this.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "HelpdeskOutgoing")]
pub struct Outgoing {
    /// `opened` (a new ticket) or `appended` (a reply on an existing one).
    pub action: String,
    /// The ticket it is added to ("RT#12"), for `appended`.
    pub reference: Option<String>,
    pub subject: String,
    /// The message as the helpdesk receives it.
    pub text: String,
    /// The files attached: the signed PDF and JSON and their OpenSSH signatures.
    pub files: Vec<String>,
    /// Contacts logged since the last hand-off to this ticket (appends only).
    pub new_contacts: u32,
    #[serde(skip)]
    #[ts(skip)]
    case_id: Uuid,
    #[serde(skip)]
    #[ts(skip)]
    target: Option<String>,
    #[serde(skip)]
    #[ts(skip)]
    system: i18n::Message,
    #[serde(skip)]
    #[ts(skip)]
    export: Box<super::RedactedCase>,
}

/// Builds what a hand-off sends (see [`Outgoing`]): the case through the outbound gate, in
/// `lang`; reads the case's earlier hand-offs to choose the ticket (`choice`). Nothing leaves.
#[allow(clippy::too_many_arguments)]
pub fn outgoing(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: &dyn Helpdesk,
    choice: &TicketChoice,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Outgoing, ShareError> {
    let store = CaseStore::new(conn);
    let detail = store.case_detail(case_id)?;
    let target = match choice {
        TicketChoice::New => None,
        TicketChoice::Existing(t) => Some(to.number(t)?),
        TicketChoice::Auto => detail
            .interactions
            .iter()
            .rev()
            .find_map(|i| i.references.iter().find_map(|r| to.ticket_in(r))),
    };
    let (export, _) = build_export_in(conn, case_id, redactor, now, lang)?;
    let mut b = brief::build(&export);
    let [pdf_name, ..] = file_names(export.case.number);
    // Every file carries its proof: the OpenSSH signatures travel with it, and the text says
    // how to check them (and which key to pin on first contact).
    b.sections.push(i18n::with_lang(lang, || {
        check_section(key, Some(&pdf_name))
    })?);
    let subject = i18n::with_lang(lang, || {
        t!(
            "share-situation-case",
            number = export.case.number,
            title = export.case.title.as_str()
        )
    });
    // Named in the contact logged on the case: the customer's language.
    let system = to.label();
    let (text, new_contacts) = match &target {
        None => (b.to_text(), 0),
        Some(id) => {
            let reference = to.reference(id);
            // The last contact that carries this ticket's reference is the last hand-off (or
            // the customer's own note of it); what came after it is new for the agent.
            let last = detail.interactions.iter().rposition(|i| {
                i.references
                    .iter()
                    .any(|r| to.ticket_in(r).as_deref() == Some(id))
            });
            let since = last.map_or(0, |p| p + 1);
            let fresh = export.contacts.get(since..).unwrap_or_default();
            let mut text = i18n::with_lang(lang, || {
                let mut text = match last.and_then(|p| export.contacts.get(p)) {
                    Some(prev) => {
                        let day = prev.started_at.get(..10).unwrap_or(&prev.started_at);
                        if fresh.is_empty() {
                            t!(
                                "share-update-nothing-new",
                                number = export.case.number,
                                reference = reference.as_str(),
                                date = day
                            )
                        } else {
                            t!(
                                "share-update-new",
                                number = export.case.number,
                                reference = reference.as_str(),
                                n = fresh.len(),
                                date = day
                            )
                        }
                    }
                    None => t!(
                        "share-update",
                        number = export.case.number,
                        reference = reference.as_str()
                    ),
                };
                text.push('\n');
                for c in fresh {
                    text.push_str(&format!("- {}\n", brief::contact_line(c, false)));
                }
                text
            });
            text.push('\n');
            text.push_str(&b.to_text());
            (text, u32::try_from(fresh.len()).unwrap_or(u32::MAX))
        }
    };
    Ok(Outgoing {
        action: if target.is_some() {
            "appended"
        } else {
            "opened"
        }
        .into(),
        reference: target.as_deref().map(|id| to.reference(id)),
        subject,
        text,
        files: file_names(export.case.number).to_vec(),
        new_contacts,
        case_id,
        target,
        system,
        export: Box::new(export),
    })
}

/// The four files of a hand-off: `case-N.pdf`, its `.sig`, `case-N.json`, its `.sig`.
fn file_names(number: impl std::fmt::Display) -> [String; 4] {
    let file = format!("case-{number}");
    [
        format!("{file}.pdf"),
        format!("{file}.pdf.sig"),
        format!("{file}.json"),
        format!("{file}.json.sig"),
    ]
}

impl Outgoing {
    /// Renders and signs the files (with the key's time-stamping authority, if any) and sends
    /// the message to the helpdesk: a new ticket, or a reply on the chosen one. Touches no
    /// database, so a front end may run it without holding the profile.
    pub fn deliver(
        &self,
        key: &ShareKey,
        to: &dyn Helpdesk,
    ) -> Result<helpdesk::Ticket, ShareError> {
        let export = &*self.export;
        // In the export's language (`file_brief` reads it from the export).
        let (pdf, json) = pdf_and_json(export, &file_brief(export, key)?, key, &mut Vec::new())?;
        let (pdf_sig, json_sig) = (key.ssh_sign(&pdf)?, key.ssh_sign(&json)?);
        let [pdf_name, pdf_sig_name, json_name, json_sig_name] = file_names(export.case.number);
        let files = [
            helpdesk::Upload {
                name: &pdf_name,
                media_type: "application/pdf",
                bytes: &pdf,
            },
            helpdesk::Upload {
                name: &pdf_sig_name,
                media_type: sshsig::SIG_MEDIA_TYPE,
                bytes: pdf_sig.as_bytes(),
            },
            helpdesk::Upload {
                name: &json_name,
                media_type: "application/json",
                bytes: &json,
            },
            helpdesk::Upload {
                name: &json_sig_name,
                media_type: sshsig::SIG_MEDIA_TYPE,
                bytes: json_sig.as_bytes(),
            },
        ];
        match &self.target {
            None => to.create(&self.subject, &self.text, &files),
            Some(id) => to.append(id, &self.text, &files),
        }
    }

    /// Logs the hand-off on the case as a contact (channel: portal) whose reference is the
    /// ticket's, so the next brief lists it and the next send finds it.
    pub fn record(
        &self,
        conn: &rusqlite::Connection,
        ticket: &helpdesk::Ticket,
        now: DateTime<Utc>,
    ) -> Result<Sent, ShareError> {
        let appended = self.target.is_some();
        let summary = i18n::Message::new(if appended {
            "share-sent-update"
        } else {
            "share-sent-opened"
        })
        .part("system", self.system.clone())
        .arg("reference", ticket.reference.as_str());
        CaseStore::new(conn).log_interaction(
            self.case_id,
            &NewInteraction {
                references: vec![ticket.reference.clone()],
                ..NewInteraction::own_portal_step(now, summary)
            },
        )?;
        Ok(Sent {
            action: if appended { "appended" } else { "opened" }.into(),
            ticket: ticket.clone(),
            new_contacts: self.new_contacts,
        })
    }
}
