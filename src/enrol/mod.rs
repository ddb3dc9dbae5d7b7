//! Guided 2FA enrolment: the wizard (an explicit, persisted state machine) and the providers that
//! carry out its steps — `Guided` (the customer acts on the service's website and Steward records)
//! and `PrivacyIdea` (Steward enrols directly through privacyIDEA's self-service REST API).

mod error;
mod guide;
pub mod kit;
pub mod model;
pub mod privacyidea;
pub mod provider;
pub mod rules;
mod stuck;
mod wizard;

pub use error::EnrolError;
pub use model::*;
pub use provider::{Guided, PhoneStart, PrivacyIdeaProvider, Provider, ProviderFailure};
pub use stuck::{StuckBrief, StuckError};
pub use wizard::{explain, EnrolmentSummary, Enrolments, StartProvider};
