//! What redaction speaks of: the kinds of masks ([`RedactKind`]) with the one rule of which
//! kinds can never be unmasked ([`RedactKind::always_masked`]), and the flags on text that only
//! looks sensitive ([`Flag`], [`FlagReason`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a masked span was.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "RedactKind")]
pub enum RedactKind {
    Card,
    Iban,
    Phone,
    Email,
    /// One-time codes (SMS codes, PINs, verification codes).
    Otp,
    /// Backup / recovery codes: never unmasked.
    BackupCode,
    Password,
    /// Password-reset, verification and magic sign-in links.
    ResetLink,
    /// A postal address the customer marked as theirs.
    Address,
    /// Any other text the customer marked private (e.g. from a preview warning).
    Private,
    /// National ID, passport, social-security and tax numbers (SSN, CCCD/CMND, hộ chiếu…).
    IdNumber,
}

impl RedactKind {
    pub const ALL: [RedactKind; 11] = [
        RedactKind::Card,
        RedactKind::Iban,
        RedactKind::Phone,
        RedactKind::Email,
        RedactKind::Otp,
        RedactKind::BackupCode,
        RedactKind::Password,
        RedactKind::ResetLink,
        RedactKind::Address,
        RedactKind::Private,
        RedactKind::IdNumber,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RedactKind::Card => "card",
            RedactKind::Iban => "iban",
            RedactKind::Phone => "phone",
            RedactKind::Email => "email",
            RedactKind::Otp => "otp",
            RedactKind::BackupCode => "backup_code",
            RedactKind::Password => "password",
            RedactKind::ResetLink => "reset_link",
            RedactKind::Address => "address",
            RedactKind::Private => "private",
            RedactKind::IdNumber => "id_number",
        }
    }

    /// What it is, in words of the current language ("card number").
    pub fn label(self) -> String {
        crate::t!("share-redact-kind", kind = self.as_str())
    }

    /// Accepts the CLI spellings (`card`, `cards`, `e-mail`, `otp`, `link`, `addresses`, …).
    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        // The name as given, else its singular (`backup_codes`, `addresses`).
        let names = [
            Some(norm.as_str()),
            norm.strip_suffix("es"),
            norm.strip_suffix('s'),
        ];
        names.iter().flatten().find_map(|n| Self::named(n))
    }

    fn named(name: &str) -> Option<Self> {
        Some(match name {
            "card" | "card_number" | "pan" => RedactKind::Card,
            "iban" => RedactKind::Iban,
            "phone" | "phone_number" | "tel" => RedactKind::Phone,
            "email" | "e_mail" | "mail" | "email_address" | "addres_email" => RedactKind::Email,
            "otp" | "code" | "one_time_code" | "pin" | "otp_code" => RedactKind::Otp,
            "backup_code" | "recovery_code" => RedactKind::BackupCode,
            "password" => RedactKind::Password,
            "reset_link" | "link" | "url" => RedactKind::ResetLink,
            "address" | "postal_address" | "addres" | "postal_addres" => RedactKind::Address,
            "private" | "marked" => RedactKind::Private,
            "id" | "id_number" | "ssn" | "passport" | "national_id" => RedactKind::IdNumber,
            _ => return None,
        })
    }

    /// Kinds that stay masked whatever the customer asks: backup and one-time codes are each
    /// enough to get into an account; text marked private was marked to be masked. The one
    /// place this rule is written: [`Redactor::masks`](super::Redactor::masks) applies it to
    /// every redactor, [`Redactor::from_choices`](super::Redactor::from_choices) refuses to
    /// unmask these, and front ends offer [`RedactKind::unmask_choices`].
    pub fn always_masked(self) -> bool {
        matches!(
            self,
            RedactKind::BackupCode | RedactKind::Otp | RedactKind::Private
        )
    }

    /// The kinds a customer may choose to send in the clear (`--no-redact KIND`, the share
    /// window's choices): every kind but the [always masked](RedactKind::always_masked) ones,
    /// in the order of [`RedactKind::ALL`].
    pub fn unmask_choices() -> impl Iterator<Item = RedactKind> {
        Self::ALL.into_iter().filter(|k| !k.always_masked())
    }
}

/// Why a piece of text that was left in the clear looks sensitive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "RedactFlagReason")]
pub enum FlagReason {
    /// A run of 12 or more digits that matched no known kind (an account, card or ID number?).
    LongNumber,
    /// 13–19 digits that pass the card check but are grouped unlike a card.
    CardLike,
    /// The word after "password" / "mật khẩu" was not masked.
    AfterPasswordWord,
    /// A random-looking part of a link was left (a token?).
    LinkToken,
    /// A random-looking word of letters and digits (a key or code?).
    TokenLike,
    /// A bare number given as a chat reply (a code read out?).
    CodeLike,
}

impl FlagReason {
    /// Why it was flagged, in words of the current language ("a long number").
    pub fn label(self) -> String {
        crate::t!(
            "share-flag-reason",
            reason = match self {
                FlagReason::LongNumber => "long_number",
                FlagReason::CardLike => "card_like",
                FlagReason::AfterPasswordWord => "after_password_word",
                FlagReason::LinkToken => "link_token",
                FlagReason::TokenLike => "token_like",
                FlagReason::CodeLike => "code_like",
            }
        )
    }
}

/// Something left in the clear that looks sensitive: the preview shows it so the customer can
/// mask it (by marking it, like an address) before sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactFlag")]
pub struct Flag {
    /// Byte offsets into the field's original text.
    pub start: u32,
    pub end: u32,
    /// The text that was left.
    pub text: String,
    pub why: FlagReason,
}
