use chrono::{DateTime, Local, Utc};
use thiserror::Error;

use crate::cases::CaseError;
use crate::error::{ErrorInfo, ErrorKind, UserFacing};
use crate::otp::store::StoreError;
use crate::phone::PhoneError;
use crate::vault::VaultError;

use super::model::Step;

#[derive(Debug, Error)]
pub enum EnrolError {
    #[error("No enrolment matches \"{reference}\".")]
    NotFound { reference: String },
    #[error("That does not fit this step ({step}).")]
    WrongStep { step: &'static str, hint: String },
    #[error("This enrolment is finished.")]
    Finished,
    #[error("{service} does not offer that method.")]
    MethodNotOffered { service: String },
    #[error("{reason}")]
    MethodBlocked { reason: String },
    #[error("{why}")]
    NeedsAnotherMethodFirst { why: String },
    #[error("{service} already refused {number}: {reason}")]
    NumberRefused {
        service: String,
        number: String,
        reason: String,
    },
    #[error("Wait until {} before trying again.", local_time(*.until))]
    BackOff { until: DateTime<Utc>, why: String },
    #[error("\"{input}\" is not a complete phone number: {problem}")]
    PhoneInvalid { input: String, problem: String },
    #[error("The privacyIDEA password is needed to continue.")]
    PasswordNeeded,
    #[error("{0}")]
    Provider(ErrorInfo),
    #[error("The service name is empty.")]
    NoService,
    #[error("{0}")]
    Input(String),
    #[error("The saved enrolment is damaged: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Case(#[from] CaseError),
    #[error(transparent)]
    Otp(#[from] StoreError),
    #[error(transparent)]
    Phone(#[from] PhoneError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("The database could not be used: {0}")]
    Db(#[from] rusqlite::Error),
}

fn local_time(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%H:%M:%S").to_string()
}

pub(crate) fn step_name(step: Step) -> &'static str {
    match step {
        Step::ChooseMethod => "choose a method",
        Step::EnterPhone => "phone number",
        Step::EnterPhoneCode => "code from the phone",
        Step::AddAuthenticator => "add to the authenticator",
        Step::ConfirmAuthenticator => "confirm the authenticator",
        Step::OnWebsite => "on the website",
        Step::TestSignIn => "test sign-in",
        Step::BackupCodes => "backup codes",
        Step::Summary => "summary",
    }
}

impl UserFacing for EnrolError {
    fn code(&self) -> &'static str {
        match self {
            EnrolError::NotFound { .. } => "enrolment_not_found",
            EnrolError::WrongStep { .. } => "enrol_wrong_step",
            EnrolError::Finished => "enrolment_finished",
            EnrolError::MethodNotOffered { .. } => "enrol_method_not_offered",
            EnrolError::MethodBlocked { .. } => "enrol_method_blocked",
            EnrolError::NeedsAnotherMethodFirst { .. } => "enrol_needs_another_method_first",
            EnrolError::NumberRefused { .. } => "enrol_number_refused",
            EnrolError::BackOff { .. } => "enrol_back_off",
            EnrolError::PhoneInvalid { .. } => "enrol_phone_invalid",
            EnrolError::PasswordNeeded => "enrol_password_needed",
            EnrolError::Provider(_) => "enrol_provider_unavailable",
            EnrolError::NoService => "enrol_no_service",
            EnrolError::Input(_) => "enrol_invalid_input",
            EnrolError::Corrupt(_) => "enrolment_corrupt",
            EnrolError::Case(e) => e.code(),
            EnrolError::Otp(e) => e.code(),
            EnrolError::Phone(e) => e.code(),
            EnrolError::Vault(e) => e.code(),
            EnrolError::Db(_) => "database_error",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            EnrolError::Provider(info) => info.kind,
            EnrolError::Case(e) => e.kind(),
            EnrolError::Otp(e) => e.kind(),
            EnrolError::Phone(e) => e.kind(),
            EnrolError::Vault(e) => e.kind(),
            EnrolError::Corrupt(_) | EnrolError::Db(_) => ErrorKind::System,
            _ => ErrorKind::Input,
        }
    }

    /// A provider's error crosses as it is (`pi_login_failed`, `pi_unreachable`…), so the
    /// window can ask for the password again or say the server is down.
    fn info(&self) -> ErrorInfo {
        match self {
            EnrolError::Provider(info) => info.clone(),
            other => ErrorInfo {
                args: Default::default(),
                code: other.code().to_string(),
                message: other.to_string(),
                hint: other.hint(),
                kind: other.kind(),
            },
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            EnrolError::NotFound { .. } => {
                Some("`steward enrol status` lists your enrolments.".into())
            }
            EnrolError::WrongStep { hint, .. } => Some(hint.clone()),
            EnrolError::Finished => Some("Start a new enrolment to add another method.".into()),
            EnrolError::MethodNotOffered { .. } => {
                Some("Pick one of the methods the wizard lists.".into())
            }
            EnrolError::MethodBlocked { .. } => {
                Some("Pick the recommended method instead.".into())
            }
            EnrolError::NeedsAnotherMethodFirst { .. } => {
                Some("Follow the recommended path: it starts with the method that has to come first.".into())
            }
            EnrolError::NumberRefused { .. } => Some(
                "Use another mobile number (ideally from another carrier), or ask support with the brief (\"I'm stuck\")."
                    .into(),
            ),
            EnrolError::BackOff { why, .. } => Some(why.clone()),
            EnrolError::PhoneInvalid { .. } => Some(
                "Type the number with its country code (+84 912 345 678), or pick the country first."
                    .into(),
            ),
            EnrolError::PasswordNeeded => Some(
                "Give your privacyIDEA password again (it could not be kept in the system keyring)."
                    .into(),
            ),
            EnrolError::Provider(info) => info.hint.clone(),
            EnrolError::NoService => Some("Type the name of the service, e.g. Amazon.".into()),
            EnrolError::Case(e) => e.hint(),
            EnrolError::Otp(e) => e.hint(),
            EnrolError::Phone(e) => e.hint(),
            EnrolError::Vault(e) => e.hint(),
            EnrolError::Input(_) | EnrolError::Corrupt(_) | EnrolError::Db(_) => None,
        }
    }
}
