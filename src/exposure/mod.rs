//! The exposure chain (issue 22): when an impostor learns personal details at one company,
//! which of the customer's other accounts accept those details as proof of identity, ranked by
//! what is at stake there, and the lock-down plan for each. What each account holds and checks
//! comes from the customer (a short questionnaire per account) and from the curated service
//! rules (`enrol::rules`, `identity_checks`); what leaked comes from an alert's disclosures,
//! read from the transcript and confirmed by the customer. Values are kept only as far as
//! needed to match (a card's last four, never the card) and are masked wherever they are shown.
//!
//! [`store`] keeps the answers, disclosures and ticks on `CaseStore` (migration 012); [`chain`]
//! is the pure function from them to the report; [`plan`] the lock-down steps of an account.

pub mod chain;
pub mod detail;
mod error;
pub mod evidence;
mod model;
pub mod plan;
pub mod read;
pub mod store;

pub use detail::{Detail, Protection, Stake};
pub use error::ExposureError;
pub use model::*;
pub use read::{suggest_disclosures, SuggestedDisclosure};
pub use store::{hint, minimal_value};
