//! Case history: the customer's own record of every support interaction.

mod accounts;
mod alerts;
mod attachments;
mod capture;
mod digest;
mod error;
pub(crate) mod events;
mod facts;
mod insights;
mod model;
mod promise;
mod search;
mod store;

pub use accounts::{mask_identifier, AccountPatch, AccountSummary, EnrolmentReceipt};
pub use alerts::{
    impostor_incidents, Alert, AlertKind, AlertStep, AlertStepId, ImpostorIncident, NewAlert,
};
pub use attachments::{
    clean_file_name, parse_email, sha256_hex, AttachOptions, Attachment, AttachmentAdded,
    AttachmentKind, EmailMeta, Existing, SavedAttachment, UnloggedContact, MAX_ATTACHMENT_BYTES,
};
pub use capture::{suggest_from_transcript, CaptureSuggestions, SuggestedPromise};
pub use digest::{chat_digest, describe as describe_attachment};
pub use error::CaseError;
pub use events::{verify_chain, ChainBreak};
pub use facts::{Access, BriefFacts, BriefFactsPatch, MissingFact};
pub use insights::{compute as compute_insights, Bounce, CaseInsights, RepeatedAdvice};
pub use model::*;
pub use promise::{promise_overdue, PromiseState};
pub use store::CaseStore;
/// Ids in the case types; re-exported so the shell needs no `uuid` dependency of its own.
pub use uuid::Uuid;
