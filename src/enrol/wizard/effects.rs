//! What the wizard does outside its own state: the enrolment's case (opened at the first
//! failure), the authenticator account holding the service's key, and the privacyIDEA password
//! kept in the keyring between steps.

use crate::i18n::Message;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Enrolments;
use crate::enrol::error::{step_name, EnrolError};
use crate::enrol::model::Enrolment;
use crate::t;

impl Enrolments<'_> {
    pub(super) fn ensure_case(&self, e: &mut Enrolment) -> Result<Uuid, EnrolError> {
        if let Some(id) = e.case_id {
            if self.profile.cases().case(id).is_ok() {
                return Ok(id);
            }
        }
        let case = self.profile.cases().create_case_by_steward(
            Message::new("enrol-wizard-case-title").arg("service", &e.service),
            Some(e.service.clone()),
            Some(Message::new("enrol-wizard-case-outcome").arg("service", &e.service)),
        )?;
        e.case_id = Some(case.id);
        e.case_number = Some(case.number);
        Ok(case.id)
    }

    pub(super) fn add_to_authenticator(&self, link: &str) -> Result<Uuid, EnrolError> {
        let link = link.trim();
        let report = if link.contains("://") {
            self.profile.otp().add_link(link)?
        } else {
            // A setup key typed from "can't scan the code?".
            return Err(EnrolError::Input(t!("enrol-wizard-paste-link")));
        };
        if let Some(a) = report.added.first() {
            return Ok(a.id);
        }
        if let Some(d) = report.duplicates.first() {
            return Ok(d.existing_id);
        }
        Err(EnrolError::Input(
            report
                .skipped
                .first()
                .map(|s| s.reason.clone())
                .unwrap_or_else(|| t!("enrol-wizard-no-account-in-link")),
        ))
    }

    pub(super) fn authenticator_code(
        &self,
        e: &Enrolment,
        now: DateTime<Utc>,
        next: bool,
    ) -> Result<String, EnrolError> {
        let id = e.otp_account_id.ok_or_else(|| EnrolError::WrongStep {
            step: step_name(e.step),
            hint: t!("enrol-wizard-add-key-first"),
        })?;
        let code = self.profile.otp().code(id, now.timestamp().max(0) as u64)?;
        Ok(if next { code.next_code } else { code.code })
    }

    pub(super) fn password_entry(&self, id: Uuid) -> String {
        format!("enrol/{}/{}/password", self.profile.id(), id)
    }

    pub(super) fn forget_password(&self, id: Uuid) {
        if self.profile.keyring().is_enabled() {
            let _ = self.profile.keyring().delete(&self.password_entry(id));
        }
    }
}
