//! Which services support which 2FA methods: the public 2fa.directory data (API v3 `all.json`,
//! MIT licensed), saved under the data directory and refreshed once a day.
//!
//! - [`Method`]: the methods, declared strongest first, with a label and one sentence of advice.
//! - [`Directory`]: the services, searchable by name or web address (`amazon.de` finds Amazon).
//! - [`DirectoryCache`]: the saved copy; offline it falls back to the copy (marked stale) or to
//!   an empty directory, so the enrolment wizard works without a network.

mod cache;
mod error;
mod model;

pub use cache::{DirectoryCache, FETCH_TIMEOUT, MAX_AGE, URL_ENV};
pub use error::DirectoryError;
pub use model::{Directory, DirectoryOrigin, Method, Service, ServiceContact};
