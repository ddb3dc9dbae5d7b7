//! International phone numbers: read what a person typed, validate, type and format it exactly as
//! Google's libphonenumber does (through `rlibphonenumber`, checked against Python
//! `phonenumbers` by `tests/phone_differential.rs`), and say plainly whether an SMS code can
//! reach it and why a service may have refused it.
//!
//! - [`parse`] is the strict layer: libphonenumber's own answer for one input and region.
//! - [`check`] is what people use: it also accepts `0084…`, `84…` without a plus and digits in
//!   other scripts, explains every correction, and diagnoses SMS delivery ([`Finding`]s).
//! - [`classify_refusal`] reads the error text a service showed ([`refusals.toml`](refusals.toml)).
//! - [`regions`] lists every country with its calling code and an example mobile number.

mod as_you_type;
mod diagnose;
mod error;
mod info;
mod read;
mod refusals;

pub use as_you_type::format_as_you_type;
pub use error::PhoneError;
pub use info::{parse, region_name, regions, NumberInfo, NumberType, ParseFailure, RegionInfo};
pub use refusals::{
    classify_refusal, refusal_rules, Advice, AdviceAction, Refusal, RefusalKind, RefusalRule,
};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The full answer to "is this phone number right, and will an SMS code reach it?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PhoneCheck {
    /// Exactly what was typed.
    pub input: String,
    /// The country chosen for numbers typed without a country code (upper case), if any.
    pub region: Option<String>,
    /// When Steward read the input differently from how it was typed (e.g. `84912345678` as
    /// `+84912345678`), the text it actually read.
    pub read_as: Option<String>,
    /// The number as read; absent when nothing could be read as a phone number.
    pub number: Option<NumberInfo>,
    /// Whether the number is a valid, complete number (the same as `number.valid`).
    pub valid: bool,
    /// Whether an SMS code can be expected to arrive, all findings considered.
    pub sms: SmsOutlook,
    /// The input with the separators the country uses, keeping every typed digit (for the
    /// entry field while someone types).
    pub formatted_as_typed: String,
    /// What Steward noticed, most serious first.
    pub findings: Vec<Finding>,
    /// What the service's error text means, when one was given.
    pub refusal: Option<Refusal>,
}

/// Whether an SMS code can be expected to reach the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SmsOutlook {
    /// A valid mobile number.
    Likely,
    /// Valid, but it may be a landline, a VoIP or a forwarding number.
    Uncertain,
    /// Valid, but of a kind that does not receive SMS (landline, toll-free, premium…).
    Unlikely,
    /// Not a valid number: no code can arrive.
    Impossible,
}

impl SmsOutlook {
    /// In a few words, in the current language: "codes can reach it".
    pub fn text(self) -> String {
        match self {
            SmsOutlook::Likely => crate::t!("phone-outlook-likely"),
            SmsOutlook::Uncertain => crate::t!("phone-outlook-uncertain"),
            SmsOutlook::Unlikely => crate::t!("phone-outlook-unlikely"),
            SmsOutlook::Impossible => crate::t!("phone-outlook-impossible"),
        }
    }
}

/// One thing Steward noticed about a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PhoneFinding")]
pub struct Finding {
    /// Stable machine code the UI and scripts branch on.
    pub code: FindingCode,
    pub severity: Severity,
    /// What it means, in plain language.
    pub message: String,
    /// What to do about it.
    pub action: Option<String>,
    /// The corrected number (international format), when Steward corrected something.
    pub corrected: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PhoneFindingSeverity")]
pub enum Severity {
    /// Wrong or unusable as it stands.
    Problem,
    /// Likely to cause trouble with SMS codes.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
    /// Good news.
    Ok,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PhoneFindingCode")]
pub enum FindingCode {
    /// Nothing was typed.
    Empty,
    /// No digits, or not readable as a phone number at all.
    NotANumber,
    TooShort,
    TooLong,
    /// A `+` followed by digits that are no country's calling code.
    UnknownCountryCode,
    /// A number without country code and no country chosen.
    RegionNeeded,
    /// The right length, perhaps, but not a number that exists in that country's plan.
    InvalidForRegion,
    /// Full-width, Arabic-Indic or other digits were read as 0–9.
    DigitsNormalised,
    /// Symbols that are not part of a phone number (emoji…) were left out.
    IgnoredCharacters,
    /// `00` (or another international call prefix) was read as `+`.
    InternationalPrefix,
    /// A country code typed without the `+` was recognised.
    CountryCodeWithoutPlus,
    /// A trunk `0` (national dialling prefix) typed after the country code was dropped.
    TrunkZeroAfterCountryCode,
    /// The number belongs to another country than the one chosen.
    OtherRegion,
    /// An extension was typed; SMS goes to the main number.
    Extension,
    Mobile,
    FixedLineOrMobile,
    FixedLine,
    Voip,
    TollFree,
    PremiumRate,
    SharedCost,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
    UnknownType,
    /// The country requires SMS senders to register; unregistered senders' codes get filtered.
    SenderIdRules,
    /// A service refused the number or failed to send a code (see [`PhoneCheck::refusal`]).
    ServiceRefused,
}

/// The countries whose networks require SMS senders to register, with the sentence Steward shows
/// (which sentence is in `sender_id.toml`; its words, in the current language, in the
/// catalogue), sorted by region code.
pub fn sender_id_countries() -> Result<Vec<(String, String)>, PhoneError> {
    let mut list: Vec<_> = diagnose::sender_id_rules()?
        .iter()
        .map(|(region, note)| {
            (
                region.clone(),
                crate::i18n::tr(note, &crate::i18n::Args::new()),
            )
        })
        .collect();
    list.sort();
    Ok(list)
}

/// Checks a number as a person typed it. `region` is the country for numbers typed without a
/// country code (two letters, any case; empty means none). `refusal` is the error text a service
/// showed for this number, if any. Malformed input is answered with findings, never an error:
/// the only errors are an unknown `region` and damaged built-in data.
pub fn check(
    input: &str,
    region: Option<&str>,
    refusal: Option<&str>,
) -> Result<PhoneCheck, PhoneError> {
    let region = info::resolve_region(region)?;
    let refusal = match refusal.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => Some(classify_refusal(text)?),
        None => None,
    };
    let reading = read::read(input, region);
    let number = reading.number.as_ref().map(info::number_info);
    let (sms, findings) = diagnose::diagnose(&reading, number.as_ref(), region, refusal.as_ref())?;
    Ok(PhoneCheck {
        input: input.to_string(),
        region: region.map(|r| r.to_string()),
        read_as: reading.rescued.as_ref().map(|r| r.candidate.clone()),
        valid: number.as_ref().is_some_and(|n| n.valid),
        number,
        sms,
        formatted_as_typed: as_you_type::format_for(input, region),
        findings,
        refusal,
    })
}
