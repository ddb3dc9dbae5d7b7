//! Sharing as a profile does it (`profile.share()`): the same functions as the rest of this
//! module, on the profile's own database, so the front ends never reach for the connection.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{
    build_export, build_exports, escalation_letter, promise_notices, send_case_to, settings,
    EscalationLetter, Helpdesk, Preview, PromiseNotice, RedactedCase, Redactor, Sent, ShareError,
    ShareKey, ShareSettings, TicketChoice,
};
use crate::profile::Profile;

/// A profile's sharing: see the module comment.
pub struct Sharing<'p> {
    profile: &'p Profile,
}

impl<'p> Sharing<'p> {
    pub fn new(profile: &'p Profile) -> Self {
        Sharing { profile }
    }

    fn conn(&self) -> &'p rusqlite::Connection {
        self.profile.db().conn()
    }

    /// One case through the outbound gate ([`build_export`]).
    pub fn export(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<(RedactedCase, Preview), ShareError> {
        build_export(self.conn(), case_id, redactor, now)
    }

    /// Several cases through the gate, for one file ([`build_exports`]).
    pub fn exports(
        &self,
        case_ids: &[Uuid],
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<(Vec<RedactedCase>, Preview), ShareError> {
        build_exports(self.conn(), case_ids, redactor, now)
    }

    /// The escalation letter for a case ([`escalation_letter`]).
    pub fn escalation_letter(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<EscalationLetter, ShareError> {
        escalation_letter(self.conn(), case_id, redactor, now)
    }

    /// Promises due within `within` or overdue, as notifications ([`promise_notices`]).
    pub fn promise_notices(
        &self,
        redactor: &Redactor,
        now: DateTime<Utc>,
        within: Duration,
    ) -> Result<Vec<PromiseNotice>, ShareError> {
        promise_notices(self.conn(), redactor, now, within)
    }

    /// A case to a helpdesk ([`send_case_to`]).
    pub fn send(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        key: &ShareKey,
        to: Helpdesk<'_>,
        choice: &TicketChoice,
        now: DateTime<Utc>,
    ) -> Result<Sent, ShareError> {
        send_case_to(self.conn(), case_id, redactor, key, to, choice, now)
    }

    /// How this profile shares ([`settings::load`]).
    pub fn settings(&self) -> Result<ShareSettings, ShareError> {
        settings::load(self.conn())
    }

    /// Proof of when on with the authority at `url`, or off ([`settings::set_timestamp_url`]).
    pub fn set_timestamp_url(
        &self,
        url: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ShareSettings, ShareError> {
        settings::set_timestamp_url(self.conn(), url, now)
    }
}
