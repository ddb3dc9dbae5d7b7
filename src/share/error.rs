//! What can go wrong while sharing, with the stable code, kind and hint every front end shows.

use serde::Serialize;
use thiserror::Error;

use super::redact::{RedactKind, RefusedChoice};
use crate::cases::CaseError;
use crate::error::{ErrorKind, UserFacing};

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum ShareError {
    #[error(transparent)]
    Case(#[from] CaseError),
    Write {
        path: String,
        detail: String,
    },
    Read {
        path: String,
        detail: String,
    },
    Key(String),
    Pdf(String),
    UnknownFormat(String),
    UnknownField(String),
    /// A kind that is always masked was asked to be sent in the clear.
    NeverUnmasked(RedactKind),
    Internal(String),
    Helpdesk(String),
    TicketUnavailable {
        reference: String,
        detail: String,
    },
    BadTicket(String),
    SeveralCases(&'static str),
    BadSigner(String),
    Timestamp {
        url: String,
        detail: String,
    },
    BadTimestampUrl {
        url: String,
        detail: String,
    },
    /// The helpdesk refused the token (HTTP 401, or RT's redirect to its login page).
    HelpdeskTokenRefused {
        system: String,
    },
    /// No answer from the helpdesk's address (`detail`: [`crate::net::describe_failure`]).
    HelpdeskUnreachable {
        system: String,
        address: String,
        detail: String,
    },
    /// Something answers at the address, but not `system`'s API (a web page, another server).
    NotThisHelpdesk {
        system: String,
        address: String,
    },
    /// No queue by that name (RT) or number (django-helpdesk) the customer may create tickets in.
    HelpdeskQueue {
        system: String,
        queue: String,
    },
    /// No project by that identifier the customer may open issues in (Redmine).
    HelpdeskProject {
        system: String,
        project: String,
    },
    /// No helpdesk saved in this profile (`share helpdesk set`, or the Share dialog).
    HelpdeskNotSet,
    /// A helpdesk setting left empty: `address`, `queue`, `requestor` or `token`.
    HelpdeskSettingMissing(&'static str),
    HelpdeskAddress {
        address: String,
        detail: String,
    },
    /// The token could not be kept or read (keyring or database).
    HelpdeskTokenStore(String),
}

impl UserFacing for ShareError {
    fn code(&self) -> &'static str {
        match self {
            ShareError::Case(e) => e.code(),
            ShareError::Write { .. } => "export_write_failed",
            ShareError::Read { .. } => "file_unreadable",
            ShareError::Key(_) => "signing_key_unavailable",
            ShareError::Pdf(_) => "pdf_failed",
            ShareError::UnknownFormat(_) => "unknown_format",
            ShareError::UnknownField(_) => "unknown_redaction_field",
            ShareError::NeverUnmasked(_) => "never_unmasked",
            ShareError::Internal(_) => "export_internal",
            ShareError::Helpdesk(_) => "helpdesk_failed",
            ShareError::TicketUnavailable { .. } => "helpdesk_ticket_unavailable",
            ShareError::BadTicket(_) => "bad_ticket_number",
            ShareError::SeveralCases(_) => "format_takes_one_case",
            ShareError::BadSigner(_) => "bad_signer",
            ShareError::Timestamp { .. } => "timestamp_failed",
            ShareError::BadTimestampUrl { .. } => "timestamp_url_invalid",
            ShareError::HelpdeskTokenRefused { .. } => "helpdesk_token_refused",
            ShareError::HelpdeskUnreachable { .. } => "helpdesk_unreachable",
            ShareError::NotThisHelpdesk { .. } => "helpdesk_not_this_kind",
            ShareError::HelpdeskQueue { .. } => "helpdesk_queue_unavailable",
            ShareError::HelpdeskProject { .. } => "helpdesk_project_unavailable",
            ShareError::HelpdeskNotSet => "helpdesk_not_set",
            ShareError::HelpdeskSettingMissing(_) => "helpdesk_setting_missing",
            ShareError::HelpdeskAddress { .. } => "helpdesk_address_invalid",
            ShareError::HelpdeskTokenStore(_) => "helpdesk_token_unavailable",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ShareError::Case(e) => e.kind(),
            ShareError::Read { .. }
            | ShareError::UnknownFormat(_)
            | ShareError::UnknownField(_)
            | ShareError::NeverUnmasked(_)
            | ShareError::TicketUnavailable { .. }
            | ShareError::BadTicket(_)
            | ShareError::SeveralCases(_)
            | ShareError::BadSigner(_)
            | ShareError::BadTimestampUrl { .. }
            | ShareError::HelpdeskTokenRefused { .. }
            | ShareError::HelpdeskUnreachable { .. }
            | ShareError::NotThisHelpdesk { .. }
            | ShareError::HelpdeskQueue { .. }
            | ShareError::HelpdeskProject { .. }
            | ShareError::HelpdeskNotSet
            | ShareError::HelpdeskSettingMissing(_)
            | ShareError::HelpdeskAddress { .. } => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        if let ShareError::Case(e) = self {
            return e.args();
        }
        let mut args = crate::i18n::args_of(self);
        match self {
            // `unknown_format` is also the authenticator import's; this one is an export format.
            ShareError::UnknownFormat(_) => {
                args.insert("variant".into(), "export".into());
            }
            ShareError::UnknownField(_) | ShareError::NeverUnmasked(_) => {
                let fields = RedactKind::unmask_choices()
                    .map(RedactKind::as_str)
                    .collect::<Vec<_>>()
                    .join(", ");
                args.insert("fields".into(), fields.into());
            }
            _ => {}
        }
        args
    }
}

impl From<RefusedChoice> for ShareError {
    fn from(refused: RefusedChoice) -> Self {
        match refused {
            RefusedChoice::UnknownKind(name) => ShareError::UnknownField(name),
            RefusedChoice::AlwaysMasked(kind) => ShareError::NeverUnmasked(kind),
        }
    }
}
