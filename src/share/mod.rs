//! Sharing a case: the brief support reads first, exports in the formats people attach
//! (Markdown, JSON with a published schema, HTML, PDF/A-3u, `.eml` draft, `.ics` to-dos),
//! redacted by default and signed with the profile's Ed25519 key, and hand-offs to a helpdesk.
//!
//! Every format is rendered from one [`RedactedCase`], which only the outbound gate
//! ([`gate`]) can make; nothing reads the case store after redaction, so no format can leak
//! what the JSON does not show.
//!
//! The way through: [`redact`] masks text, [`gate`] builds the redacted case from the store,
//! [`brief`] and `markup`, `pdf` and `mail` render it, `render` signs each format ([`sign`],
//! [`sshsig`], [`pdf_sign`] with the profile's key, `key`), `file` writes it beside its
//! signature (and [`timestamp`]), `send` hands it to a [`helpdesk`]. `error` and `format` are
//! shared by all of them. This file only declares the modules and names what the rest of
//! Steward uses.

pub mod brief;
mod check;
pub mod complaint_letter;
pub mod connection;
pub(crate) mod dates;
mod error;
pub mod escalation;
pub mod exposure_letter;
mod file;
mod format;
mod gate;
pub mod helpdesk;
mod key;
mod mail;
mod markup;
pub mod model;
mod notify;
mod pdf;
pub mod pdf_sign;
pub mod redact;
mod render;
mod send;
pub mod settings;
mod sharing;
pub mod sign;
pub mod sshsig;
pub mod timestamp;

/// A letter as it is copied and saved: its subject, a blank line, its text, a final newline
/// (the complaint letters, the exposure chain's letters; the window and the CLI alike).
pub fn letter_text(subject: &str, body: &str) -> String {
    format!("{subject}\n\n{}\n", body.trim_end())
}

pub use brief::{Brief, CHAT_MAX_CHARS};
pub use check::{check_heading, check_pointer, check_section, CHECK_HEADING};
pub use complaint_letter::{complaint_letter_in, draft_complaint_letter, ComplaintLetter};
pub use connection::{
    HelpdeskCheck, HelpdeskConnection, HelpdeskInput, HelpdeskKind, HelpdeskView, TokenHome,
};
pub use error::{HelpdeskProblem, ShareError, TicketRefusal};
pub use escalation::{
    escalation_letter, escalation_letter_in, EscalationLetter, ANSWER_WITHIN_DAYS,
};
pub use exposure_letter::{
    draft_exposure_letter, exposure_letter_in, ExposureLetter, ExposureLetterKind, LeakFact,
    LetterFacts,
};
pub use file::{default_export_dir, export_cases_to_file, export_to_file, write_atomic, Exported};
pub use format::Format;
pub use gate::{
    build_export, build_export_in, build_exports, build_exports_in, Preview, PreviewFlag,
    PreviewItem, RedactedBounce, RedactedCase, RedactedComplaint,
};
pub use helpdesk::Helpdesk;
pub use key::ShareKey;
// Moving the signing seed when the profile changes how it is unlocked.
pub(crate) use key::{forget_keyring_seed, seed_to_move, settle_seed};
pub use model::{
    json_schema, CaseCollection, CaseExport, SignatureBlock, SignedCaseCollection, SignedExport,
};
pub use notify::{complaint_notices, promise_notices, PromiseNotice};
pub use pdf::document as pdf_document;
pub use redact::{Flag, FlagReason, RedactChoices, RedactKind, Redactor, RefusedChoice, Segment};
pub use render::{render, render_several, signed_json, Rendered};
pub use send::{
    outgoing, send_case, send_case_in, send_case_to, send_to_rt, Outgoing, Sent, TicketChoice,
};
pub use settings::ShareSettings;
pub use sharing::Sharing;
pub use sign::{verify_bytes, verify_file, Verdict, Verification, VerifyFailure};
pub use sshsig::PublicKeyCard;
