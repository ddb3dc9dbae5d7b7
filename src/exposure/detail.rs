//! The vocabulary of the exposure chain: the personal details an account can hold and its
//! support can accept as proof of identity, what is at stake at an account, and the lock-down
//! steps. The ids are stable: they are stored, typed on the command line and used as keys in
//! the curated rules (`src/enrol/rules/service-rules.json`, `identity_checks`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A personal detail an account can hold and its support can ask for to check who is calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PersonalDetail")]
pub enum Detail {
    /// A postal address (home, billing or shipping).
    Address,
    Phone,
    Email,
    /// The last four digits of a payment card.
    CardLastFour,
    DateOfBirth,
    /// Answers to security questions ("mother's maiden name").
    SecurityAnswers,
    /// A support PIN, passcode or verbal password.
    SupportPin,
}

impl Detail {
    pub const ALL: [Detail; 7] = [
        Detail::Address,
        Detail::Phone,
        Detail::Email,
        Detail::CardLastFour,
        Detail::DateOfBirth,
        Detail::SecurityAnswers,
        Detail::SupportPin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Detail::Address => "address",
            Detail::Phone => "phone",
            Detail::Email => "email",
            Detail::CardLastFour => "card_last_four",
            Detail::DateOfBirth => "date_of_birth",
            Detail::SecurityAnswers => "security_answers",
            Detail::SupportPin => "support_pin",
        }
    }

    /// Accepts the id (with `-`, `_` or spaces) and a few short names people type.
    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = match norm.as_str() {
            "billing_address" | "shipping_address" | "postal_address" | "home_address" => "address",
            "phone_number" | "mobile" | "tel" => "phone",
            "e_mail" | "mail" | "email_address" => "email",
            "card" | "last_four" | "last4" | "card_last4" | "last_4" => "card_last_four",
            "dob" | "birthday" | "birth_date" => "date_of_birth",
            "security_questions" | "security_question" | "questions" => "security_answers",
            "pin" | "passcode" | "verbal_password" | "support_passphrase" => "support_pin",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|d| d.as_str() == norm)
    }

    /// Its name in the current language ("the last four digits of a card").
    pub fn title(self) -> String {
        match self {
            Detail::Address => crate::t!("exposure-detail-address"),
            Detail::Phone => crate::t!("exposure-detail-phone"),
            Detail::Email => crate::t!("exposure-detail-email"),
            Detail::CardLastFour => crate::t!("exposure-detail-card-last-four"),
            Detail::DateOfBirth => crate::t!("exposure-detail-date-of-birth"),
            Detail::SecurityAnswers => crate::t!("exposure-detail-security-answers"),
            Detail::SupportPin => crate::t!("exposure-detail-support-pin"),
        }
    }
}

/// What a stranger who gets into an account could do there; the chain ranks by it, first first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Stake {
    /// Move money: a bank, a card, a payment app.
    Money,
    /// The e-mail account: the key to every other account's password reset.
    Email,
    /// The phone number: codes by text and call (a SIM swap takes them all).
    Phone,
    /// A shop with a saved card and the customer's address.
    Shopping,
    Other,
}

impl Stake {
    pub const ALL: [Stake; 5] = [
        Stake::Money,
        Stake::Email,
        Stake::Phone,
        Stake::Shopping,
        Stake::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stake::Money => "money",
            Stake::Email => "email",
            Stake::Phone => "phone",
            Stake::Shopping => "shopping",
            Stake::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = match norm.as_str() {
            "bank" | "payments" | "payment" | "finance" => "money",
            "mail" | "e_mail" => "email",
            "carrier" | "mobile" | "phone_number" => "phone",
            "shop" | "retail" | "store" => "shopping",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }

    /// Its name in the current language, with why it matters ("e-mail — the key to every reset").
    pub fn title(self) -> String {
        match self {
            Stake::Money => crate::t!("exposure-stake-money"),
            Stake::Email => crate::t!("exposure-stake-email"),
            Stake::Phone => crate::t!("exposure-stake-phone"),
            Stake::Shopping => crate::t!("exposure-stake-shopping"),
            Stake::Other => crate::t!("exposure-stake-other"),
        }
    }
}

/// Protections a service can offer against callers who know the customer's details (what the
/// curated rules say a service has; the lock-down plan asks for them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Protection {
    /// A support PIN, passcode or verbal password asked before support talks about the account.
    SupportPin,
    /// A note on the account telling support to take extra care.
    VerificationNote,
    /// Support chat or calls only after signing in to the account.
    SignInBeforeChat,
    /// A lock against moving the phone number to another SIM or carrier.
    NumberLock,
}

impl Protection {
    pub const ALL: [Protection; 4] = [
        Protection::SupportPin,
        Protection::VerificationNote,
        Protection::SignInBeforeChat,
        Protection::NumberLock,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Protection::SupportPin => "support_pin",
            Protection::VerificationNote => "verification_note",
            Protection::SignInBeforeChat => "sign_in_before_chat",
            Protection::NumberLock => "number_lock",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }

    /// Its name in the current language ("a support PIN or passcode").
    pub fn title(self) -> String {
        match self {
            Protection::SupportPin => crate::t!("exposure-protection-support-pin"),
            Protection::VerificationNote => crate::t!("exposure-protection-verification-note"),
            Protection::SignInBeforeChat => crate::t!("exposure-protection-sign-in-before-chat"),
            Protection::NumberLock => crate::t!("exposure-protection-number-lock"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_and_short_names_are_understood() {
        for d in Detail::ALL {
            assert_eq!(Detail::parse(d.as_str()), Some(d));
            assert_eq!(
                Detail::parse(&d.as_str().replace('_', "-").to_uppercase()),
                Some(d)
            );
        }
        for s in Stake::ALL {
            assert_eq!(Stake::parse(s.as_str()), Some(s));
        }
        for p in Protection::ALL {
            assert_eq!(Protection::parse(p.as_str()), Some(p));
        }
        assert_eq!(Detail::parse("last4"), Some(Detail::CardLastFour));
        assert_eq!(Detail::parse("DOB"), Some(Detail::DateOfBirth));
        assert_eq!(Detail::parse("shoe size"), None);
        assert_eq!(Stake::parse("bank"), Some(Stake::Money));
    }

    #[test]
    fn the_chain_ranks_money_then_email_then_phone() {
        let mut s = Stake::ALL.to_vec();
        s.reverse();
        s.sort();
        assert_eq!(&s[..3], &[Stake::Money, Stake::Email, Stake::Phone]);
    }
}
