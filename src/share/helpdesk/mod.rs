//! Hand-off to a helpdesk: one [`Helpdesk`] trait, one file per helpdesk behind it.
//!
//! A helpdesk opens a ticket with a text and files attached ([`Helpdesk::create`]), adds to one
//! ([`Helpdesk::append`]), reads one back ([`Helpdesk::ticket`]) and says whether its settings
//! work ([`Helpdesk::check`]); the case keeps the ticket as a reference ("RT#12", see
//! [`Spec::reference`]). Its failures are the share module's error codes
//! ([`ShareError::HelpdeskTokenRefused`], [`ShareError::HelpdeskUnreachable`],
//! [`ShareError::TicketUnavailable`], …), made with the helpers here so every helpdesk says them
//! the same way.
//!
//! Adding a helpdesk: a file beside this one with its HTTP and a `pub(super) const SPEC: Spec`
//! (its id, name, reference, settings and constructor), a variant in [`HelpdeskKind`] and its
//! line in [`HelpdeskKind::spec`]. The saved settings (`connection.rs`), the hand-off
//! (`send.rs`), the CLI and the window reach it through the trait. See `docs/helpdesks.md`.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::error::{HelpdeskProblem, ShareError, TicketRefusal};
use crate::i18n;

pub mod django_helpdesk;
pub mod redmine;
pub mod rt;
pub mod zendesk;

pub use redmine::RedmineConfig;
pub use rt::{
    rt_append, rt_attachment_names, rt_create, rt_history, rt_ticket, RtConfig, RtTransaction,
};
pub use zendesk::{zendesk_append, zendesk_create, ZendeskAuth, ZendeskConfig};

/// Which helpdesk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HelpdeskKind")]
pub enum HelpdeskKind {
    /// Request Tracker 5 (REST2).
    Rt,
    /// A Zendesk help center (end-user Requests API).
    Zendesk,
    /// Redmine (its REST API, as a project member with an API key).
    Redmine,
    /// django-helpdesk (its Django REST framework API, with an API account).
    DjangoHelpdesk,
}

impl HelpdeskKind {
    /// Every helpdesk Steward speaks to.
    pub const ALL: &'static [HelpdeskKind] = &[
        HelpdeskKind::Rt,
        HelpdeskKind::Zendesk,
        HelpdeskKind::Redmine,
        HelpdeskKind::DjangoHelpdesk,
    ];

    /// The registry: what each kind is and how it is built.
    pub fn spec(self) -> &'static Spec {
        match self {
            HelpdeskKind::Rt => &rt::SPEC,
            HelpdeskKind::Zendesk => &zendesk::SPEC,
            HelpdeskKind::Redmine => &redmine::SPEC,
            HelpdeskKind::DjangoHelpdesk => &django_helpdesk::SPEC,
        }
    }

    /// Its id as saved in the profile and in [`Ticket::system`] (`rt`).
    pub fn as_str(self) -> &'static str {
        self.spec().id
    }

    /// The kind saved as `s`.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.spec().id == s)
    }

    /// Its name as the customer knows it.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The reference written into the case for ticket `id` ("RT#12", "Zendesk #12").
    pub fn reference(self, id: &str) -> String {
        format!("{}{id}", self.spec().reference)
    }

    /// The word a reference to this helpdesk's tickets starts with, lower case ("rt").
    fn reference_word(self) -> String {
        self.spec()
            .reference
            .trim_end_matches('#')
            .trim()
            .to_ascii_lowercase()
    }
}

/// A setting a helpdesk needs beyond its address and token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Where tickets go: RT's queue, Redmine's project, … (saved as `queue`).
    Queue,
    /// The customer's e-mail address there (RT's requestor).
    Requestor,
    /// A project's identifier (Redmine; saved as `queue`).
    Project,
}

impl Field {
    /// Its name in [`ShareError::HelpdeskSettingMissing`].
    pub fn name(self) -> &'static str {
        match self {
            Field::Queue => "queue",
            Field::Requestor => "requestor",
            Field::Project => "project",
        }
    }
}

/// What one kind of helpdesk is: one `SPEC` per file.
pub struct Spec {
    /// Saved in the profile and in [`Ticket::system`] (`rt`).
    pub id: &'static str,
    /// The product's name, the same in every language.
    pub name: &'static str,
    /// How a ticket is written in the case, before its number: `RT#` gives "RT#12".
    pub reference: &'static str,
    /// The settings it needs beyond the address and the token, in the order they are checked.
    pub fields: &'static [Field],
    /// The API's path people paste with the address, removed when saved (`/REST/2.0`).
    pub api_suffix: Option<&'static str>,
    /// Builds it from settings already checked ([`Settings`]).
    pub open: fn(&Settings) -> Box<dyn Helpdesk>,
}

/// A helpdesk's checked settings: the address normalised (no trailing `/`, no API suffix), the
/// token trimmed and not empty, the fields it needs not empty and those it does not, empty.
#[derive(Clone)]
pub struct Settings {
    pub address: String,
    pub queue: String,
    pub requestor: String,
    pub token: Zeroizing<String>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("address", &self.address)
            .field("queue", &self.queue)
            .field("requestor", &self.requestor)
            .finish_non_exhaustive()
    }
}

/// A helpdesk the customer hands cases to. Implementations never log or show the token.
pub trait Helpdesk: Send + Sync {
    fn kind(&self) -> HelpdeskKind;

    /// How the contact logged on the case names it, in the customer's language
    /// ("Request Tracker (queue General)").
    fn label(&self) -> i18n::Message;

    /// Opens a ticket with `text` as its first message and `files` attached, and reads it back.
    fn create(&self, subject: &str, text: &str, files: &[Upload<'_>])
        -> Result<Ticket, ShareError>;

    /// Adds `text` with `files` attached to ticket `id` (a number, or a reference such as
    /// "RT#12"), and reads it back. A ticket that does not exist or is not the customer's is
    /// [`ShareError::TicketUnavailable`] before anything is sent; an empty text is refused.
    fn append(&self, id: &str, text: &str, files: &[Upload<'_>]) -> Result<Ticket, ShareError>;

    /// Reads ticket `id` back as the customer sees it.
    fn ticket(&self, id: &str) -> Result<Ticket, ShareError>;

    /// One harmless signed-in request or two (nothing is created or changed): whether the
    /// address, the token and the settings work.
    fn check(&self) -> Result<HelpdeskCheck, ShareError>;

    /// The ticket number in what the customer typed for this helpdesk ("12", "RT#12", …): a
    /// helpdesk whose product writes its tickets another way (django-helpdesk's
    /// "[customers-12]") understands that way too.
    fn number(&self, typed: &str) -> Result<String, ShareError> {
        ticket_number(typed)
    }

    /// The reference written into the case for ticket `id`.
    fn reference(&self, id: &str) -> String {
        self.kind().reference(id)
    }

    /// The ticket number in one of the case's references, if it names a ticket of this
    /// helpdesk ("RT#12", "rt #12").
    fn ticket_in(&self, reference: &str) -> Option<String> {
        self.kind().ticket_in(reference)
    }
}

impl HelpdeskKind {
    /// The ticket number in `reference` when it names a ticket of this helpdesk ("RT#12",
    /// "rt #12", "Redmine #7").
    pub fn ticket_in(self, reference: &str) -> Option<String> {
        let lower = reference.trim().to_ascii_lowercase();
        let rest = lower.strip_prefix(&self.reference_word())?.trim_start();
        if !rest.starts_with('#') {
            return None;
        }
        ticket_number(rest).ok()
    }
}

/// A helpdesk ticket a case was handed to, as its contacts record it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseTicket {
    pub kind: HelpdeskKind,
    /// The number there ("98").
    pub id: String,
    /// As the case writes it ("RT#98").
    pub reference: String,
}

/// The case's helpdesk ticket: the newest of its contacts' `references` (oldest first, as a case
/// holds them) that names a ticket of any helpdesk Steward speaks to; `None` when none does.
/// The window's case header shows it (from the references of the case it already has); the
/// hand-off adds updates to it.
pub fn newest_ticket<S: AsRef<str>>(references: &[S]) -> Option<CaseTicket> {
    references.iter().rev().find_map(|r| {
        HelpdeskKind::ALL.iter().find_map(|&kind| {
            kind.ticket_in(r.as_ref()).map(|id| CaseTicket {
                kind,
                reference: kind.reference(&id),
                id,
            })
        })
    })
}

/// A file to attach.
pub struct Upload<'a> {
    pub name: &'a str,
    pub media_type: &'a str,
    pub bytes: &'a [u8],
}

/// The ticket as the helpdesk reports it after creation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskTicket")]
pub struct Ticket {
    /// The helpdesk's id (`rt`, `zendesk`, …: [`Spec::id`]).
    pub system: String,
    pub id: String,
    pub subject: String,
    pub status: String,
    /// Where it is: RT's queue, Redmine's project (empty for Zendesk).
    pub queue: String,
    /// The ticket's API URL.
    pub url: String,
    /// The reference as it is written into the case ("RT#12").
    pub reference: String,
}

/// What a successful connection test found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskCheck")]
pub struct HelpdeskCheck {
    pub kind: HelpdeskKind,
    pub address: String,
    /// The helpdesk's version, as it reports it (RT).
    pub version: Option<String>,
    /// Who the token signs in as (Zendesk: the user's e-mail or name).
    pub account: Option<String>,
    /// The queue (RT) or project that accepts the customer's tickets.
    pub queue: Option<String>,
}

/// The ticket number in "12", "#12", "RT#12", "RT #12", "Zendesk #12" (any helpdesk's word).
pub fn ticket_number(s: &str) -> Result<String, ShareError> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let rest = HelpdeskKind::ALL
        .iter()
        .find_map(|k| lower.strip_prefix(&k.reference_word()))
        .unwrap_or(&lower)
        .trim_start();
    let rest = rest.strip_prefix('#').unwrap_or(rest).trim();
    match rest.parse::<u64>() {
        Ok(n) if n > 0 && rest.bytes().all(|b| b.is_ascii_digit()) => Ok(n.to_string()),
        _ => Err(ShareError::BadTicket(s.to_string())),
    }
}

/// An HTTP client for a hand-off (a minute: the files may be large).
pub(crate) fn client() -> Result<reqwest::blocking::Client, ShareError> {
    client_for(Duration::from_secs(60))
}

/// An HTTP client for a connection test (20 seconds).
pub(crate) fn check_client() -> Result<reqwest::blocking::Client, ShareError> {
    client_for(Duration::from_secs(20))
}

fn client_for(timeout: Duration) -> Result<reqwest::blocking::Client, ShareError> {
    crate::net::client_builder(timeout)
        .build()
        .map_err(|_| HelpdeskProblem::NoClient.into())
}

/// No answer from a helpdesk: where (scheme, host and port only) and why, in plain words.
pub(crate) fn unreachable(system: &str, e: &reqwest::Error) -> ShareError {
    ShareError::HelpdeskUnreachable {
        system: system.into(),
        address: e
            .url()
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default(),
        detail: crate::net::describe_failure(e),
    }
}

/// The helpdesk refused the token (or key).
pub(crate) fn token_refused(kind: HelpdeskKind) -> ShareError {
    ShareError::HelpdeskTokenRefused {
        system: kind.name().into(),
    }
}

/// Something answers at `address`, but not this helpdesk's API.
pub(crate) fn not_this(kind: HelpdeskKind, address: &str) -> ShareError {
    ShareError::NotThisHelpdesk {
        system: kind.name().into(),
        address: address.to_string(),
    }
}

/// Ticket `id` cannot be added to: `detail` says why.
pub(crate) fn ticket_unavailable(kind: HelpdeskKind, id: &str, why: TicketRefusal) -> ShareError {
    ShareError::TicketUnavailable {
        reference: kind.reference(id),
        system: kind.name(),
        why,
    }
}

/// An answer's body, refused past [`crate::net::MAX_ANSWER_BYTES`].
pub(crate) fn capped(resp: reqwest::blocking::Response) -> Result<String, ShareError> {
    crate::net::read_capped(resp)
        .map_err(|_| ShareError::from(HelpdeskProblem::Unreadable))?
        .ok_or_else(|| HelpdeskProblem::TooLarge.into())
}

/// An answer's status and body.
pub(crate) fn answer(resp: reqwest::blocking::Response) -> Result<(u16, String), ShareError> {
    let status = resp.status().as_u16();
    Ok((status, capped(resp)?))
}

/// A successful answer's JSON object, if it is one.
pub(crate) fn json(status: u16, body: &str) -> Option<serde_json::Value> {
    if !(200..300).contains(&status) {
        return None;
    }
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .filter(|v| v.is_object())
}

/// A helpdesk's base address: https only (except on this computer), no login inside.
pub(crate) fn secure_base(address: &str) -> Result<String, ShareError> {
    crate::net::secure_url(address)
        .map(|u| u.as_str().trim_end_matches('/').to_string())
        .map_err(|r| {
            HelpdeskProblem::BadAddress {
                address: address.to_string(),
                detail: r.says(),
            }
            .into()
        })
}

/// A name (a queue, a project) as one path segment.
pub(crate) fn url_segment(s: &str) -> String {
    let mut u = reqwest::Url::parse("http://x/").expect("a valid base");
    u.path_segments_mut()
        .expect("a base with a path")
        .push(s.trim());
    u.path().trim_start_matches('/').to_string()
}

/// A JSON id (`12` or `"12"`) as text.
pub(crate) fn id_text(v: &serde_json::Value) -> String {
    v.as_str()
        .map(str::to_string)
        .unwrap_or_else(|| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_path_segment() {
        assert_eq!(url_segment("General"), "General");
        assert_eq!(url_segment("Help desk"), "Help%20desk");
        assert_eq!(url_segment("a/b"), "a%2Fb");
    }

    #[test]
    fn every_kind_is_registered_once_with_its_own_id_and_reference() {
        for k in HelpdeskKind::ALL {
            assert_eq!(HelpdeskKind::parse(k.as_str()), Some(*k));
            // The id is what serde writes (the UI and the saved settings agree).
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::String(k.as_str().into())
            );
            let r = k.reference("12");
            assert_eq!(ticket_number(&r).unwrap(), "12", "{r}");
            for other in HelpdeskKind::ALL.iter().filter(|o| *o != k) {
                assert_ne!(other.as_str(), k.as_str());
                assert_ne!(other.reference_word(), k.reference_word());
            }
        }
        assert_eq!(HelpdeskKind::Rt.reference("12"), "RT#12");
        assert_eq!(HelpdeskKind::Zendesk.reference("12"), "Zendesk #12");
        assert_eq!(HelpdeskKind::Redmine.reference("12"), "Redmine #12");
    }

    #[test]
    fn the_case_ticket_is_the_newest_reference_naming_a_helpdesk_ticket() {
        let found = |refs: &[&str]| newest_ticket(refs).map(|t| (t.kind, t.id, t.reference));
        let none: &[String] = &[];
        assert_eq!(newest_ticket(none), None);
        assert_eq!(found(&[]), None);
        // The agents' own references are not helpdesk tickets Steward opened.
        assert_eq!(
            found(&["TKT-4471", "KDP-99812", "RT-12", "#12", "12"]),
            None
        );
        assert_eq!(
            found(&["RT#12", "TKT-4480"]),
            Some((HelpdeskKind::Rt, "12".into(), "RT#12".into()))
        );
        assert_eq!(
            found(&["rt #12", "Redmine #7", "TKT-1"]),
            Some((HelpdeskKind::Redmine, "7".into(), "Redmine #7".into()))
        );
        for kind in HelpdeskKind::ALL {
            let written = kind.reference("98");
            let got = found(&["RT#1", written.as_str()]).expect("each helpdesk's own reference");
            assert_eq!((got.0, got.2), (*kind, written));
        }
    }

    #[test]
    fn ticket_numbers_are_read_from_what_people_type() {
        for (s, n) in [
            ("12", "12"),
            ("#12", "12"),
            ("RT#12", "12"),
            ("rt #12", "12"),
            ("Zendesk #7", "7"),
            (" 0012 ", "12"),
        ] {
            assert_eq!(ticket_number(s).unwrap(), n, "{s}");
        }
        for bad in ["", "#", "0", "-1", "12a", "RT#", "Jira #12", "1 2"] {
            assert!(ticket_number(bad).is_err(), "{bad}");
        }
    }
}
