//! Case history: the customer's own record of every support interaction.

mod error;
mod events;
mod model;
mod search;
mod store;

pub use error::CaseError;
pub use events::{verify_chain, ChainBreak};
pub use model::*;
pub use store::CaseStore;
