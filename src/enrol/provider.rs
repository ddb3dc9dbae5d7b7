//! Who carries out an enrolment's steps, behind one trait: `Guided` (the customer acts on the
//! service's website and tells Steward how it went) and `PrivacyIdeaProvider` (Steward enrols
//! through privacyIDEA's self-service REST API). Adding a provider is adding a file.

use zeroize::Zeroizing;

use super::model::{Enrolment, ProviderInfo};
use super::privacyidea::{PiError, PiSession, PiTokenType, PrivacyIdea};
use crate::directory::Method;
use crate::error::{ErrorInfo, UserFacing};
use crate::phone::RefusalKind;

/// Why a provider step did not work.
#[derive(Debug)]
pub enum ProviderFailure {
    /// The service refused: its exact words, and what is already known about them.
    Refused {
        text: String,
        kind: Option<RefusalKind>,
        /// `Retry-After`, or the window a rate-limit message names.
        retry_after_secs: Option<u64>,
    },
    /// Steward could not talk to the service at all (not the customer's attempt): nothing is
    /// recorded, the step can be retried.
    Unavailable(ErrorInfo),
}

impl From<PiError> for ProviderFailure {
    fn from(e: PiError) -> Self {
        let refused = |text: String, kind| ProviderFailure::Refused {
            text,
            kind: Some(kind),
            retry_after_secs: None,
        };
        match e {
            PiError::WrongCode { message } => refused(message, RefusalKind::WrongCode),
            PiError::RateLimited {
                message,
                retry_after_secs,
            } => ProviderFailure::Refused {
                text: message,
                kind: Some(RefusalKind::RateLimited),
                retry_after_secs,
            },
            PiError::Locked { message } => refused(message, RefusalKind::RateLimited),
            PiError::SmsNotSent { message, .. } => refused(message, RefusalKind::DeliveryFailed),
            PiError::NotAllowed { message } => ProviderFailure::Refused {
                text: message,
                kind: None,
                retry_after_secs: None,
            },
            other => ProviderFailure::Unavailable(other.info()),
        }
    }
}

/// What starting a phone method did.
pub enum PhoneStart {
    /// The provider sent the code; `reference` identifies the half-done enrolment.
    Sent { reference: String },
    /// The customer asks the website for the code.
    OnWebsite,
}

pub trait Provider {
    fn info(&self) -> ProviderInfo;
    /// Whether Steward carries out the steps (and checks codes) itself.
    fn acts_for_customer(&self) -> bool;
    /// The methods this provider can set up, of those the service offers.
    fn supported(&self, service_methods: &[Method]) -> Vec<Method>;
    fn start_phone(&mut self, e: &Enrolment, e164: &str) -> Result<PhoneStart, ProviderFailure>;
    fn verify_phone(&mut self, e: &Enrolment, code: &str) -> Result<(), ProviderFailure>;
    /// Abandons a half-done phone enrolment (before a new code is requested).
    fn cancel_pending(&mut self, e: &Enrolment) -> Result<(), ProviderFailure>;
    /// Starts an authenticator enrolment: the provider's `otpauth://` link and a reference,
    /// or `None` when the customer scans the website's QR.
    fn start_authenticator(
        &mut self,
        e: &Enrolment,
    ) -> Result<Option<(String, Zeroizing<String>)>, ProviderFailure>;
    fn verify_authenticator(&mut self, e: &Enrolment, code: &str) -> Result<(), ProviderFailure>;
    /// Signs in once with a code from the new method.
    fn test_sign_in(&mut self, e: &Enrolment, code: &str) -> Result<(), ProviderFailure>;
    /// Backup codes: those the customer pasted (Guided), or new ones from the server.
    fn backup_codes(
        &mut self,
        e: &Enrolment,
        pasted: &[String],
    ) -> Result<Vec<Zeroizing<String>>, ProviderFailure>;
}

/// The customer acts on the website; Steward guides and records what happened.
pub struct Guided;

impl Provider for Guided {
    fn info(&self) -> ProviderInfo {
        ProviderInfo::Guided
    }
    fn acts_for_customer(&self) -> bool {
        false
    }
    fn supported(&self, service_methods: &[Method]) -> Vec<Method> {
        service_methods.to_vec()
    }
    fn start_phone(&mut self, _: &Enrolment, _: &str) -> Result<PhoneStart, ProviderFailure> {
        Ok(PhoneStart::OnWebsite)
    }
    fn verify_phone(&mut self, _: &Enrolment, _: &str) -> Result<(), ProviderFailure> {
        Ok(())
    }
    fn cancel_pending(&mut self, _: &Enrolment) -> Result<(), ProviderFailure> {
        Ok(())
    }
    fn start_authenticator(
        &mut self,
        _: &Enrolment,
    ) -> Result<Option<(String, Zeroizing<String>)>, ProviderFailure> {
        Ok(None)
    }
    fn verify_authenticator(&mut self, _: &Enrolment, _: &str) -> Result<(), ProviderFailure> {
        Ok(())
    }
    fn test_sign_in(&mut self, _: &Enrolment, _: &str) -> Result<(), ProviderFailure> {
        Ok(())
    }
    fn backup_codes(
        &mut self,
        _: &Enrolment,
        pasted: &[String],
    ) -> Result<Vec<Zeroizing<String>>, ProviderFailure> {
        Ok(pasted.iter().map(|c| Zeroizing::new(c.clone())).collect())
    }
}

/// Steward enrols through privacyIDEA's user API, signed in as the customer.
pub struct PrivacyIdeaProvider {
    server: PrivacyIdea,
    url: String,
    username: String,
    password: Zeroizing<String>,
    session: Option<PiSession>,
}

impl PrivacyIdeaProvider {
    pub fn new(
        url: &str,
        username: &str,
        password: Zeroizing<String>,
    ) -> Result<Self, ProviderFailure> {
        let server = PrivacyIdea::new(url).map_err(ProviderFailure::from)?;
        Ok(PrivacyIdeaProvider {
            server,
            url: url.to_string(),
            username: username.to_string(),
            password,
            session: None,
        })
    }

    /// Signs in on first use; a JWT lasts an hour, far longer than one wizard action.
    fn session(&mut self) -> Result<&PiSession, ProviderFailure> {
        if self.session.is_none() {
            let s = self.server.login(&self.username, &self.password)?;
            self.session = Some(s);
        }
        Ok(self.session.as_ref().expect("signed in just above"))
    }

    fn pending(e: &Enrolment) -> Result<&str, ProviderFailure> {
        e.pending_ref.as_deref().ok_or_else(|| {
            ProviderFailure::Unavailable(ErrorInfo {
                args: Default::default(),
                code: "enrol_nothing_pending".into(),
                message: crate::t!("enrol-provider-nothing-pending"),
                hint: Some(crate::t!("enrol-provider-nothing-pending-hint")),
                kind: crate::error::ErrorKind::Input,
            })
        })
    }
}

impl Provider for PrivacyIdeaProvider {
    fn info(&self) -> ProviderInfo {
        ProviderInfo::PrivacyIdea {
            url: self.url.clone(),
            username: self.username.clone(),
        }
    }
    fn acts_for_customer(&self) -> bool {
        true
    }
    fn supported(&self, _: &[Method]) -> Vec<Method> {
        vec![Method::Totp, Method::Sms]
    }
    fn start_phone(&mut self, _: &Enrolment, e164: &str) -> Result<PhoneStart, ProviderFailure> {
        let s = self
            .session()?
            .enrol_sms(e164, &crate::t!("enrol-provider-token-phone"))?;
        Ok(PhoneStart::Sent {
            reference: s.serial,
        })
    }
    fn verify_phone(&mut self, e: &Enrolment, code: &str) -> Result<(), ProviderFailure> {
        let serial = Self::pending(e)?.to_string();
        self.session()?
            .verify_enrolment(&serial, PiTokenType::Sms, code)?;
        Ok(())
    }
    fn cancel_pending(&mut self, e: &Enrolment) -> Result<(), ProviderFailure> {
        if let Some(serial) = e.pending_ref.clone() {
            self.session()?.delete_token(&serial)?;
        }
        Ok(())
    }
    fn start_authenticator(
        &mut self,
        _: &Enrolment,
    ) -> Result<Option<(String, Zeroizing<String>)>, ProviderFailure> {
        let t = self
            .session()?
            .enrol_totp(&crate::t!("enrol-provider-token-authenticator"))?;
        Ok(Some((t.serial, t.otpauth_uri)))
    }
    fn verify_authenticator(&mut self, e: &Enrolment, code: &str) -> Result<(), ProviderFailure> {
        let serial = Self::pending(e)?.to_string();
        self.session()?
            .verify_enrolment(&serial, PiTokenType::Totp, code)?;
        Ok(())
    }
    fn test_sign_in(&mut self, _: &Enrolment, code: &str) -> Result<(), ProviderFailure> {
        use super::privacyidea::PiCheck;
        match self.server.check(&self.username, code, None)? {
            PiCheck::Accepted => Ok(()),
            PiCheck::Rejected { message } => Err(ProviderFailure::Refused {
                text: message,
                kind: Some(RefusalKind::WrongCode),
                retry_after_secs: None,
            }),
            PiCheck::Challenge { message, .. } => Err(ProviderFailure::Refused {
                text: message,
                kind: None,
                retry_after_secs: None,
            }),
        }
    }
    fn backup_codes(
        &mut self,
        _: &Enrolment,
        _: &[String],
    ) -> Result<Vec<Zeroizing<String>>, ProviderFailure> {
        Ok(self
            .session()?
            .enrol_backup_codes(&crate::t!("enrol-provider-token-backup-codes"))?
            .codes)
    }
}
