use chrono::{DateTime, Local, Utc};
use serde::Serialize;
use thiserror::Error;

use crate::cases::CaseError;
use crate::error::{ErrorInfo, ErrorKind, UserFacing};
use crate::otp::store::StoreError;
use crate::phone::PhoneError;
use crate::vault::VaultError;

use super::model::Step;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum EnrolError {
    NotFound {
        reference: String,
    },
    /// `step` is [`step_name`]; `hint` says what fits.
    WrongStep {
        step: &'static str,
        hint: String,
    },
    Finished,
    MethodNotOffered {
        service: String,
    },
    MethodBlocked {
        reason: String,
    },
    NeedsAnotherMethodFirst {
        why: String,
    },
    NumberRefused {
        service: String,
        number: String,
        reason: String,
    },
    /// `why` is the hint.
    BackOff {
        #[serde(serialize_with = "local_time")]
        until: DateTime<Utc>,
        why: String,
    },
    PhoneInvalid {
        input: String,
        problem: String,
    },
    PasswordNeeded,
    /// A provider's error, as it was rendered (see [`UserFacing::info`] below).
    Provider(#[serde(serialize_with = "provider_message")] ErrorInfo),
    NoService,
    Input(String),
    Corrupt(String),
    #[error(transparent)]
    Case(#[from] CaseError),
    #[error(transparent)]
    Otp(#[from] StoreError),
    #[error(transparent)]
    Phone(#[from] PhoneError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    Db(
        #[from]
        #[serde(serialize_with = "crate::i18n::as_text")]
        rusqlite::Error,
    ),
}

/// A time in messages, on this computer's clock: "14:05:09".
fn local_time<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.with_timezone(&Local).format("%H:%M:%S").to_string())
}

fn provider_message<S: serde::Serializer>(info: &ErrorInfo, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&info.message)
}

/// The key of a step named by [`step_name`], for the catalogue to name it in each language.
fn step_key(name: &str) -> &'static str {
    match name {
        "choose a method" => "choose_method",
        "phone number" => "enter_phone",
        "code from the phone" => "enter_phone_code",
        "add to the authenticator" => "add_authenticator",
        "confirm the authenticator" => "confirm_authenticator",
        "on the website" => "on_website",
        "test sign-in" => "test_sign_in",
        "backup codes" => "backup_codes",
        "summary" => "summary",
        _ => "other",
    }
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

    fn args(&self) -> crate::i18n::Args {
        match self {
            EnrolError::Case(e) => e.args(),
            EnrolError::Otp(e) => e.args(),
            EnrolError::Phone(e) => e.args(),
            EnrolError::Vault(e) => e.args(),
            EnrolError::WrongStep { step, .. } => {
                let mut args = crate::i18n::args_of(self);
                args.insert("step_key".into(), step_key(step).into());
                args
            }
            // `database_error` in the words this error always had.
            EnrolError::Db(_) => {
                let mut args = crate::i18n::args_of(self);
                args.insert("variant".into(), "enrol".into());
                args
            }
            _ => crate::i18n::args_of(self),
        }
    }

    /// A provider's error crosses as it is (`pi_login_failed`, `pi_unreachable`…), so the
    /// window can ask for the password again or say the server is down.
    fn info(&self) -> ErrorInfo {
        match self {
            EnrolError::Provider(info) => info.clone(),
            other => ErrorInfo::from_catalogue(other.code(), other.kind(), other.args()),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            EnrolError::Provider(info) => info.hint.clone(),
            other => crate::i18n::hint(other.code(), &other.args()),
        }
    }
}
