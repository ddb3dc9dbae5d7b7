//! The authenticator model: one account = one secret plus how codes are made from it.
//!
//! The secret lives in [`OtpSecret`], which zeroes its memory on drop, prints as `<redacted>` and
//! is deliberately not `Serialize`: a secret can only reach JSON through an explicit
//! [`OtpSecret::to_base32`]. What the UI sees is [`OtpAccountInfo`], which has no secret.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::base32;
use super::error::OtpError;

/// The longest secret Steward accepts (bytes). Real ones are 10–64; anything near this is junk.
pub const MAX_SECRET_BYTES: usize = 1024;
/// Below this many bits a secret is accepted with a warning (RFC 4226 asks for 128).
pub const WEAK_SECRET_BITS: u32 = 128;
pub const DEFAULT_PERIOD: u32 = 30;
pub const DEFAULT_DIGITS: u8 = 6;
pub const STEAM_DIGITS: u8 = 5;
pub const MIN_DIGITS: u8 = 6;
pub const MAX_DIGITS: u8 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export, rename = "OtpAlgorithm")]
pub enum Algorithm {
    #[serde(rename = "SHA1")]
    Sha1,
    #[serde(rename = "SHA256")]
    Sha256,
    #[serde(rename = "SHA512")]
    Sha512,
}

impl Algorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
            Algorithm::Sha512 => "SHA512",
        }
    }

    /// Reads "SHA1", "sha1", "SHA-256", "HmacSHA512" and the like.
    pub fn parse(s: &str) -> Option<Self> {
        let norm: String = s
            .trim()
            .to_ascii_uppercase()
            .chars()
            .filter(|c| *c != '-' && *c != '_')
            .collect();
        match norm.strip_prefix("HMAC").unwrap_or(&norm) {
            "SHA1" => Some(Algorithm::Sha1),
            "SHA256" => Some(Algorithm::Sha256),
            "SHA512" => Some(Algorithm::Sha512),
            _ => None,
        }
    }
}

/// How codes are counted: by time (TOTP, Steam) or by a counter the customer advances (HOTP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum OtpKind {
    Totp {
        period: u32,
    },
    Hotp {
        #[ts(type = "number")]
        counter: u64,
    },
    /// Steam Guard: TOTP with a 5-character code from Steam's own alphabet.
    Steam {
        period: u32,
    },
}

impl OtpKind {
    pub fn type_str(self) -> &'static str {
        match self {
            OtpKind::Totp { .. } => "totp",
            OtpKind::Hotp { .. } => "hotp",
            OtpKind::Steam { .. } => "steam",
        }
    }

    pub fn period(self) -> Option<u32> {
        match self {
            OtpKind::Totp { period } | OtpKind::Steam { period } => Some(period),
            OtpKind::Hotp { .. } => None,
        }
    }

    pub fn counter(self) -> Option<u64> {
        match self {
            OtpKind::Hotp { counter } => Some(counter),
            _ => None,
        }
    }
}

/// An OTP secret (the raw key bytes, not Base32). Zeroed on drop, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct OtpSecret(Zeroizing<Vec<u8>>);

impl OtpSecret {
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> Result<Self, OtpError> {
        let bytes = Zeroizing::new(bytes.into());
        if bytes.is_empty() {
            return Err(OtpError::InvalidSecret {
                reason: "otp-reason-empty",
            });
        }
        if bytes.len() > MAX_SECRET_BYTES {
            return Err(OtpError::InvalidSecret {
                reason: "otp-reason-too-long",
            });
        }
        Ok(OtpSecret(bytes))
    }

    /// Reads a Base32 setup key leniently (case, spaces, dashes and padding are ignored).
    pub fn from_base32(text: &str) -> Result<Self, OtpError> {
        if text.trim().is_empty() {
            return Err(OtpError::MissingSecret);
        }
        let bytes = base32::decode(text).map_err(|reason| OtpError::InvalidSecret { reason })?;
        OtpSecret::from_bytes(bytes.to_vec())
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret as uppercase Base32 without padding. Only for the few places that must write
    /// it: otpauth links, exports, the keyring.
    pub fn to_base32(&self) -> Zeroizing<String> {
        base32::encode(&self.0)
    }

    pub fn bits(&self) -> u32 {
        u32::try_from(self.0.len() * 8).unwrap_or(u32::MAX)
    }
}

impl std::fmt::Debug for OtpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OtpSecret(<redacted>)")
    }
}

/// One authenticator account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtpAccount {
    /// The service ("GitHub"), if known.
    pub issuer: Option<String>,
    /// The account at that service ("alice@example.com"); may be empty.
    pub name: String,
    pub kind: OtpKind,
    pub algorithm: Algorithm,
    /// 6–10 for TOTP/HOTP, 5 for Steam.
    pub digits: u8,
    pub secret: OtpSecret,
    /// Tags (groups) the account came with, e.g. from an Aegis vault; the store checks them.
    pub tags: Vec<String>,
    /// Starred in the app it came from (Aegis `favorite`), or here.
    pub favourite: bool,
}

impl OtpAccount {
    /// Builds a checked account: digits in range for the kind, a period above zero. The issuer
    /// is trimmed and an empty one becomes `None`.
    pub fn new(
        issuer: Option<String>,
        name: String,
        kind: OtpKind,
        algorithm: Algorithm,
        digits: u8,
        secret: OtpSecret,
    ) -> Result<Self, OtpError> {
        let account = OtpAccount {
            issuer: issuer
                .map(|i| i.trim().to_string())
                .filter(|i| !i.is_empty()),
            name: name.trim().to_string(),
            kind,
            algorithm,
            digits,
            secret,
            tags: vec![],
            favourite: false,
        };
        account.validate()?;
        Ok(account)
    }

    pub fn validate(&self) -> Result<(), OtpError> {
        let digits_ok = match self.kind {
            OtpKind::Steam { .. } => self.digits == STEAM_DIGITS,
            _ => (MIN_DIGITS..=MAX_DIGITS).contains(&self.digits),
        };
        if !digits_ok {
            return Err(OtpError::InvalidDigits {
                digits: self.digits.to_string(),
            });
        }
        if self.kind.period() == Some(0) {
            return Err(OtpError::InvalidParameter {
                name: "period",
                reason: "otp-reason-period-min",
            });
        }
        if self.secret.as_bytes().is_empty() {
            return Err(OtpError::InvalidSecret {
                reason: "otp-reason-empty",
            });
        }
        Ok(())
    }

    /// Warnings that follow from the account itself (today: a short secret).
    pub fn warnings(&self) -> Vec<Warning> {
        let bits = self.secret.bits();
        if bits < WEAK_SECRET_BITS {
            vec![Warning::WeakSecret { bits }]
        } else {
            vec![]
        }
    }

    /// How a person recognises the account: "GitHub (alice)", "GitHub", or "alice".
    pub fn label(&self) -> String {
        match (&self.issuer, self.name.is_empty()) {
            (Some(i), false) => format!("{i} ({})", self.name),
            (Some(i), true) => i.clone(),
            (None, _) => self.name.clone(),
        }
    }

    /// The account without its secret, for the UI and `--json`.
    pub fn info(&self) -> OtpAccountInfo {
        OtpAccountInfo {
            issuer: self.issuer.clone(),
            name: self.name.clone(),
            kind: self.kind,
            algorithm: self.algorithm,
            digits: self.digits,
            secret_bits: self.secret.bits(),
            warnings: self.warnings(),
        }
    }
}

/// What the UI may know about an account: everything but the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpAccountInfo {
    pub issuer: Option<String>,
    pub name: String,
    pub kind: OtpKind,
    pub algorithm: Algorithm,
    pub digits: u8,
    pub secret_bits: u32,
    pub warnings: Vec<Warning>,
}

/// Something accepted that the customer should know about. Never refused for these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export, rename = "OtpWarning")]
pub enum Warning {
    /// The secret is shorter than 128 bits (many services still use 80).
    WeakSecret { bits: u32 },
    /// An HOTP link without `counter=`: Steward starts at 0.
    CounterMissing,
    /// The label said one issuer and `issuer=` another; the parameter was used.
    IssuerMismatch {
        label_issuer: String,
        issuer: String,
    },
    /// The counter came from a place that does not keep it up to date (e.g. Bitwarden).
    StaleCounter,
}

impl Warning {
    /// The warning in the current language.
    pub fn message(&self) -> String {
        match self {
            Warning::WeakSecret { bits } => crate::t!("otp-warning-weak-secret", bits = *bits),
            Warning::CounterMissing => crate::t!("otp-warning-counter-missing"),
            Warning::IssuerMismatch {
                label_issuer,
                issuer,
            } => crate::t!(
                "otp-warning-issuer-mismatch",
                label_issuer = label_issuer,
                issuer = issuer
            ),
            Warning::StaleCounter => crate::t!("otp-warning-stale-counter"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_prints() {
        let s = OtpSecret::from_base32("JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(format!("{s:?}"), "OtpSecret(<redacted>)");
        let a = OtpAccount::new(
            Some("X".into()),
            "me".into(),
            OtpKind::Totp { period: 30 },
            Algorithm::Sha1,
            6,
            s,
        )
        .unwrap();
        let dbg = format!("{a:?}");
        assert!(!dbg.contains("JBSWY3DPEHPK3PXP"));
        assert!(!dbg.contains("72, 101")); // the raw bytes "He" neither
        assert_eq!(a.warnings(), vec![Warning::WeakSecret { bits: 80 }]);
    }

    #[test]
    fn algorithm_names() {
        assert_eq!(Algorithm::parse("sha-256"), Some(Algorithm::Sha256));
        assert_eq!(Algorithm::parse("HmacSHA512"), Some(Algorithm::Sha512));
        assert_eq!(Algorithm::parse("SHA1"), Some(Algorithm::Sha1));
        assert_eq!(Algorithm::parse("MD5"), None);
    }

    #[test]
    fn digits_checked_per_kind() {
        let s = || OtpSecret::from_bytes(vec![1u8; 20]).unwrap();
        let mk =
            |kind, digits| OtpAccount::new(None, "a".into(), kind, Algorithm::Sha1, digits, s());
        assert!(mk(OtpKind::Totp { period: 30 }, 10).is_ok());
        assert!(mk(OtpKind::Totp { period: 30 }, 11).is_err());
        assert!(mk(OtpKind::Totp { period: 30 }, 5).is_err());
        assert!(mk(OtpKind::Steam { period: 30 }, 5).is_ok());
        assert!(mk(OtpKind::Steam { period: 30 }, 6).is_err());
        assert!(mk(OtpKind::Totp { period: 0 }, 6).is_err());
    }
}
