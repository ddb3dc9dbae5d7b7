//! What can go wrong while sharing, with the stable code, kind and hint every front end shows.

use thiserror::Error;

use super::redact::{RedactKind, RefusedChoice};
use crate::cases::CaseError;
use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, Error)]
pub enum ShareError {
    #[error(transparent)]
    Case(#[from] CaseError),
    #[error("Could not write {path}: {detail}")]
    Write { path: String, detail: String },
    #[error("Could not read {path}: {detail}")]
    Read { path: String, detail: String },
    #[error("The signing key is not available: {0}")]
    Key(String),
    #[error("The PDF could not be made: {0}")]
    Pdf(String),
    #[error("Unknown format \"{0}\".")]
    UnknownFormat(String),
    #[error("Unknown redaction field \"{0}\".")]
    UnknownField(String),
    /// A kind that is always masked was asked to be sent in the clear.
    #[error("{}", never_unmasked(*.0))]
    NeverUnmasked(RedactKind),
    #[error("Internal error while exporting: {0}")]
    Internal(String),
    #[error("The hand-off to the helpdesk failed: {0}.")]
    Helpdesk(String),
    #[error("Could not add to {reference}: {detail}. Nothing was sent and the case is unchanged.")]
    TicketUnavailable { reference: String, detail: String },
    #[error("\"{0}\" is not a ticket number.")]
    BadTicket(String),
    #[error("A {0} export holds one case; several cases go into one md, html or json file.")]
    SeveralCases(&'static str),
    #[error("\"{0}\" is not a key to check against.")]
    BadSigner(String),
    #[error("No timestamp from {url}: {detail}. Nothing was written.")]
    Timestamp { url: String, detail: String },
    #[error("\"{url}\" can't be used for timestamps: {detail}.")]
    BadTimestampUrl { url: String, detail: String },
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
            | ShareError::BadTimestampUrl { .. } => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            ShareError::UnknownFormat(_) => {
                Some("Formats: brief, brief-chat, md, html, pdf, json, eml, ics.".into())
            }
            ShareError::UnknownField(_) | ShareError::NeverUnmasked(_) => Some(format!(
                "Fields: {} (backup codes and one-time codes are never sent).",
                RedactKind::unmask_choices()
                    .map(RedactKind::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            ShareError::TicketUnavailable { .. } => Some(
                "Check the ticket number (--ticket ID), or open a new ticket with --new.".into(),
            ),
            ShareError::BadTicket(_) => Some("Give the number, e.g. 12, RT#12 or \"Zendesk #12\".".into()),
            ShareError::Timestamp { .. } => Some(
                "Check the time-stamping address and your connection, or turn timestamps off and export again."
                    .into(),
            ),
            ShareError::BadTimestampUrl { .. } => Some(
                "Give the address your time-stamping authority publishes, e.g. http://timestamp.example/tsr."
                    .into(),
            ),
            ShareError::BadSigner(_) => Some(
                "Give the customer's key as an allowed_signers file, an `ssh-ed25519 AAAA…` line or its `SHA256:…` fingerprint."
                    .into(),
            ),
            ShareError::SeveralCases(_) => Some(
                "Formats for several cases: md, html, json. Export pdf, eml, ics or the brief one case at a time."
                    .into(),
            ),
            _ => None,
        }
    }
}

/// What refusing to unmask an always-masked kind says.
fn never_unmasked(kind: RedactKind) -> &'static str {
    match kind {
        RedactKind::Private => "Text marked private is always masked: unmark it to send it.",
        _ => "Backup codes and one-time codes are never exported: each unlocks your account on its own.",
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
