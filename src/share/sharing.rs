//! Sharing as a profile does it (`profile.share()`): the same functions as the rest of this
//! module, on the profile's own database, so the front ends never reach for the connection.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::escalation::escalation_letter_in;
use super::send::send_case_in;
use super::{
    build_export_in, build_exports_in, promise_notices, settings, EscalationLetter, Helpdesk,
    Preview, PromiseNotice, RedactedCase, Redactor, Sent, ShareError, ShareKey, ShareSettings,
    TicketChoice,
};
use crate::i18n::{self, Lang};
use crate::profile::Profile;

/// A profile's sharing: see the module comment.
pub struct Sharing<'p> {
    profile: &'p Profile,
    /// The language of what leaves: exports, briefs, letters, tickets. `None`: the current one.
    lang: Option<Lang>,
}

impl<'p> Sharing<'p> {
    pub fn new(profile: &'p Profile) -> Self {
        Sharing {
            profile,
            lang: None,
        }
    }

    /// Writes exports, briefs, letters and tickets in `lang` (the reader's language; `None`:
    /// the current language, the default). What the customer recorded stays as recorded;
    /// previews and the contact a hand-off logs stay in the current language.
    pub fn in_lang(self, lang: Option<Lang>) -> Self {
        Sharing { lang, ..self }
    }

    /// The language of what leaves.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(i18n::current)
    }

    fn conn(&self) -> &'p rusqlite::Connection {
        self.profile.db().conn()
    }

    /// One case through the outbound gate ([`build_export_in`]), in [`Sharing::lang`]: every
    /// format and brief rendered from it is in that language.
    pub fn export(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<(RedactedCase, Preview), ShareError> {
        build_export_in(self.conn(), case_id, redactor, now, self.lang())
    }

    /// Several cases through the gate, for one file ([`build_exports_in`]).
    pub fn exports(
        &self,
        case_ids: &[Uuid],
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<(Vec<RedactedCase>, Preview), ShareError> {
        build_exports_in(self.conn(), case_ids, redactor, now, self.lang())
    }

    /// The escalation letter for a case, in [`Sharing::lang`] ([`escalation_letter_in`]).
    pub fn escalation_letter(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<EscalationLetter, ShareError> {
        escalation_letter_in(self.conn(), case_id, redactor, now, self.lang())
    }

    /// A complaint letter (formal complaint, chaser, referral) for a case, in
    /// [`Sharing::lang`] ([`super::complaint_letter_in`]).
    pub fn complaint_letter(
        &self,
        case_id: Uuid,
        kind: crate::complaints::LetterKind,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<super::ComplaintLetter, ShareError> {
        super::complaint_letter_in(self.conn(), case_id, kind, redactor, now, self.lang())
    }

    /// An exposure letter about an account (a note on an account at risk, or the second-time
    /// letter to the company where it happened), in [`Sharing::lang`], everything the customer
    /// typed masked ([`super::exposure_letter::exposure_letter_in`]).
    pub fn exposure_letter(
        &self,
        account: Uuid,
        kind: super::ExposureLetterKind,
    ) -> Result<super::ExposureLetter, ShareError> {
        self.exposure_letter_with(account, kind, &Redactor::default(), Utc::now())
    }

    /// [`Sharing::exposure_letter`] with a redactor and a time of drafting.
    pub fn exposure_letter_with(
        &self,
        account: Uuid,
        kind: super::ExposureLetterKind,
        redactor: &Redactor,
        now: DateTime<Utc>,
    ) -> Result<super::ExposureLetter, ShareError> {
        super::exposure_letter::exposure_letter_in(
            self.conn(),
            account,
            kind,
            redactor,
            now,
            self.lang(),
        )
    }

    /// Promises due within `within` or overdue, as notifications ([`promise_notices`]), in
    /// [`Sharing::lang`].
    pub fn promise_notices(
        &self,
        redactor: &Redactor,
        now: DateTime<Utc>,
        within: Duration,
    ) -> Result<Vec<PromiseNotice>, ShareError> {
        i18n::with_lang(self.lang(), || {
            promise_notices(self.conn(), redactor, now, within)
        })
    }

    /// Notifications for complaint deadlines ([`super::notify::complaint_notices`]), in
    /// [`Sharing::lang`].
    pub fn complaint_notices(
        &self,
        redactor: &Redactor,
        now: DateTime<Utc>,
        within: Duration,
    ) -> Result<Vec<PromiseNotice>, ShareError> {
        i18n::with_lang(self.lang(), || {
            super::notify::complaint_notices(self.conn(), redactor, now, within)
        })
    }

    /// A case to a helpdesk, the ticket in [`Sharing::lang`] ([`send_case_in`]).
    pub fn send(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        key: &ShareKey,
        to: &dyn Helpdesk,
        choice: &TicketChoice,
        now: DateTime<Utc>,
    ) -> Result<Sent, ShareError> {
        send_case_in(
            self.conn(),
            case_id,
            redactor,
            key,
            to,
            choice,
            now,
            self.lang(),
        )
    }

    /// The helpdesk saved in this profile, its token and where it lives
    /// ([`super::connection::HelpdeskSettings`]).
    pub fn helpdesk(&self) -> super::connection::HelpdeskSettings<'p> {
        super::connection::HelpdeskSettings::new(self.profile)
    }

    /// What a hand-off of the case to `to` would send, in [`Sharing::lang`]; nothing leaves
    /// ([`super::outgoing`]).
    pub fn outgoing(
        &self,
        case_id: Uuid,
        redactor: &Redactor,
        key: &ShareKey,
        to: &dyn Helpdesk,
        choice: &TicketChoice,
        now: DateTime<Utc>,
    ) -> Result<super::Outgoing, ShareError> {
        super::outgoing(
            self.conn(),
            case_id,
            redactor,
            key,
            to,
            choice,
            now,
            self.lang(),
        )
    }

    /// Logs a delivered hand-off on its case ([`super::Outgoing::record`]).
    pub fn record_sent(
        &self,
        out: &super::Outgoing,
        ticket: &super::helpdesk::Ticket,
        now: DateTime<Utc>,
    ) -> Result<Sent, ShareError> {
        out.record(self.conn(), ticket, now)
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
