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
    /// A hand-off that went wrong in a way the codes below do not name (code `helpdesk_failed`).
    Helpdesk(HelpdeskProblem),
    /// The ticket `reference` of `system` cannot be added to; why in words of the catalogue
    /// (`helpdesk-ticket-refusal`), as the `detail` argument.
    TicketUnavailable {
        reference: String,
        system: &'static str,
        why: TicketRefusal,
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
    /// What Steward knows about accounts and leaks could not be read.
    #[error(transparent)]
    Exposure(#[from] crate::exposure::ExposureError),
    /// An account-note letter asked for an account nothing that leaked puts at risk.
    NotAtRisk {
        service: String,
    },
    /// A second-time letter asked for an account with fewer than two impostor alerts.
    NotARepeat {
        service: String,
    },
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
            ShareError::Exposure(e) => e.code(),
            ShareError::NotAtRisk { .. } => "exposure_letter_not_at_risk",
            ShareError::NotARepeat { .. } => "exposure_letter_not_repeat",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ShareError::Case(e) => e.kind(),
            ShareError::Exposure(e) => e.kind(),
            ShareError::NotAtRisk { .. } | ShareError::NotARepeat { .. } => ErrorKind::Input,
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
        if let ShareError::Exposure(e) = self {
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
            ShareError::TicketUnavailable { .. } => {
                let detail = crate::i18n::tr("helpdesk-ticket-refusal", &args);
                args.insert("detail".into(), detail.into());
            }
            // The problem's fields, and its words as `value` (what `helpdesk_failed` shows).
            ShareError::Helpdesk(problem) => {
                args = problem.args();
                args.insert("value".into(), problem.words().into());
            }
            _ => {}
        }
        args
    }
}

/// Why a ticket cannot be added to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketRefusal {
    /// No such ticket that the customer can see (it does not exist, or it is not theirs).
    NotVisible,
    /// The customer may see it but not add to it.
    MayNotAdd,
}

/// What went wrong in a hand-off, with the helpdesk's product name (`system`, as
/// [`super::helpdesk::HelpdeskKind::name`] spells it) and its own words (`said`) verbatim.
/// Rendered as `helpdesk_failed`'s `$value` from `helpdesk-problem` in the catalogue; the JSON
/// args carry `problem` (the variant, snake case) and its fields too.
#[derive(Debug, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum HelpdeskProblem {
    /// An error status; `said`: the helpdesk's own words (may be empty).
    Answered {
        system: &'static str,
        status: u16,
        said: String,
    },
    /// Redmine's 403: the key may not do this, or its REST API is turned off.
    ApiForbidden { system: &'static str, said: String },
    /// django-helpdesk's 403: it signs the account in but keeps its API for staff.
    NotStaff { system: &'static str, said: String },
    /// The answer is not JSON (or not the JSON the API gives).
    NotJson { system: &'static str },
    /// The answer could not be read to its end.
    Unreadable,
    /// The answer is larger than any helpdesk's answer ([`crate::net::MAX_ANSWER_BYTES`]).
    TooLarge,
    /// The ticket (issue, request) was created but its number did not come back.
    NoTicketId { system: &'static str },
    /// An upload was taken but no token came back to attach it with.
    NoUploadToken { system: &'static str },
    /// The text to add to a ticket is empty.
    EmptyText { system: &'static str },
    /// The saved address cannot be used (`detail`: why, in words of the catalogue).
    BadAddress { address: String, detail: String },
    /// No HTTP client could be made (TLS set-up failed).
    NoClient,
    /// An attachment's request answered an error status.
    FileAnswered {
        system: &'static str,
        file: String,
        status: u16,
    },
    /// An attachment could not be read back to compare.
    FileUnreadable { system: &'static str, file: String },
    /// An attachment read back is too large.
    FileTooLarge { system: &'static str, file: String },
    /// The helpdesk refused an attachment (`said`: its words).
    FileRefused {
        system: &'static str,
        file: String,
        said: String,
    },
    /// The helpdesk answered but did not add the text to `reference` (`said`: its words, may be
    /// empty).
    NotAdded {
        system: &'static str,
        reference: String,
        said: String,
    },
    /// The helpdesk added to `reference` but did not keep `files` (its allowed file types).
    NotKept {
        system: &'static str,
        reference: String,
        files: String,
    },
    /// The ticket `reference` was opened, then adding its files failed with `cause`.
    FilesNotAdded {
        system: &'static str,
        reference: String,
        #[serde(skip)]
        cause: Box<ShareError>,
    },
}

impl HelpdeskProblem {
    /// The ticket this problem already names, if any.
    pub fn reference(&self) -> Option<&str> {
        match self {
            HelpdeskProblem::NotAdded { reference, .. }
            | HelpdeskProblem::NotKept { reference, .. }
            | HelpdeskProblem::FilesNotAdded { reference, .. } => Some(reference),
            _ => None,
        }
    }

    /// The HTTP status the helpdesk answered with, if that is the problem.
    pub fn status(&self) -> Option<u16> {
        match self {
            HelpdeskProblem::Answered { status, .. }
            | HelpdeskProblem::FileAnswered { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The helpdesk's own words, if it gave any.
    pub fn said(&self) -> &str {
        match self {
            HelpdeskProblem::Answered { said, .. }
            | HelpdeskProblem::ApiForbidden { said, .. }
            | HelpdeskProblem::NotStaff { said, .. }
            | HelpdeskProblem::FileRefused { said, .. }
            | HelpdeskProblem::NotAdded { said, .. } => said,
            _ => "",
        }
    }

    /// Its words in the current language (`helpdesk-problem` in errors.ftl).
    pub fn words(&self) -> String {
        crate::i18n::tr("helpdesk-problem", &self.args())
    }

    /// `problem` and the fields, `said_given` (`yes`/`no`), and a cause's words as `detail`.
    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        // A variant with no fields serializes as `{"problem": …}` alone, which reads as a value.
        if !args.contains_key("problem") {
            if let Some(p) = args.remove("value") {
                args.insert("problem".into(), p);
            }
        }
        let given = if self.said().trim().is_empty() {
            "no"
        } else {
            "yes"
        };
        args.insert("said_given".into(), given.into());
        if let HelpdeskProblem::FilesNotAdded { cause, .. } = self {
            args.insert("detail".into(), crate::error::words(cause.as_ref()).into());
        }
        args
    }
}

impl From<HelpdeskProblem> for ShareError {
    fn from(p: HelpdeskProblem) -> Self {
        ShareError::Helpdesk(p)
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
