//! Which services support which 2FA methods, and where passkeys can be used: the public
//! 2fa.directory data (API v3 `all.json`, MIT licensed) and the Passkeys Directory
//! (passkeys.2fa.directory, API v1 `all.json`, CC BY 4.0), saved under the data directory and
//! refreshed once a day.
//!
//! - [`Method`]: the methods, declared strongest first, with a label and one sentence of advice.
//! - [`Directory`]: the services, searchable by name or web address (`amazon.de` finds Amazon),
//!   each with its passkey support ([`Service::passkey`]) when the Passkeys Directory lists it.
//! - [`PasskeysDirectory`]: the Passkeys Directory's data, by domain.
//! - [`DirectoryCache`]: the saved copies; offline it falls back to the copies (marked stale)
//!   or to no data, so the enrolment wizard works without a network.

mod cache;
mod error;
mod lookup;
mod memo;
mod model;
mod passkeys;

pub use cache::{DirectoryCache, FETCH_TIMEOUT, MAX_AGE, PASSKEYS_URL_ENV, URL_ENV};
pub use error::{DataSet, DirectoryError};
pub use lookup::LookupError;
pub use memo::loaded;
pub use model::{
    Directory, DirectoryOrigin, Method, PasskeySupport, PasskeysOrigin, Service, ServiceContact,
};
pub use passkeys::PasskeysDirectory;
