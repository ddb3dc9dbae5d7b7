//! Complaints beyond the company (issue 19): the rules (`rules/rules.toml`, read strictly by
//! [`rules`]), deadline arithmetic ([`arithmetic`], one function per convention, over
//! [`holidays`] and local dates from [`local`]), the complaint on a case ([`store`], on
//! `CaseStore`) and its status on a day ([`status`]): every step with its date or what is
//! missing, and what the customer can do now and by when. Letters are drafted in
//! `share::complaint_letter` from the redacted case, like every outbound text.
//!
//! Steward says "no rule known" rather than guess: an unconfirmed step has no date, a date
//! counted by Steward's reading or over unknown holidays is marked "check this".

pub mod arithmetic;
mod error;
pub mod holidays;
pub mod local;
mod model;
pub mod rules;
pub mod status;
mod store;
pub mod words;

pub use error::ComplaintError;
pub use holidays::UkRegion;
pub use model::*;
pub use rules::{Body, Confidence, Event, StepKind, Unit, What, Who};
pub use store::deadlines_of;

/// Every rule (optionally of one jurisdiction), with its steps, in the current language.
pub fn rule_listing(jurisdiction: Option<&str>) -> Result<Vec<RuleListing>, ComplaintError> {
    let book = rules::book().ok_or_else(|| ComplaintError::UnknownRule("*".into()))?;
    Ok(status::listing(book, jurisdiction))
}
