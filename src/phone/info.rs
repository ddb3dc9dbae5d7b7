//! The strict layer: libphonenumber's own reading of one input, and what Steward shows about a
//! number (formats, type, region and the region's name).

use rlibphonenumber::{
    ParseError, PhoneNumber, PhoneNumberFormat, PhoneNumberType, Region, PHONE_NUMBER_UTIL,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PhoneError;

/// The region code libphonenumber gives numbers of non-geographic entities (+800, +882…).
pub const NON_GEOGRAPHIC: &str = "001";

/// A number as libphonenumber reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PhoneNumberInfo")]
pub struct NumberInfo {
    /// `+84912345678`: what services store; no spaces, no extension.
    pub e164: String,
    /// `+84 91 234 56 78`: for showing and for typing into a service's form.
    pub international: String,
    /// `091 234 56 78`: how it is dialled inside its country.
    pub national: String,
    pub country_code: u16,
    /// The national significant number: the digits after the country code.
    pub national_number: String,
    pub extension: Option<String>,
    /// ISO 3166 region (`VN`), `001` for non-geographic numbers, absent when the number is
    /// not valid in any region of its country code.
    pub region: Option<String>,
    /// The region's name in the current language ("Vietnam", "Việt Nam").
    pub region_name: Option<String>,
    pub number_type: NumberType,
    /// A complete number that exists in its country's numbering plan.
    pub valid: bool,
    /// Of a length that some number of that country can have (a weaker test than `valid`).
    pub possible: bool,
}

/// libphonenumber's number types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PhoneNumberType")]
pub enum NumberType {
    Mobile,
    FixedLine,
    /// Mobile and fixed-line numbers share ranges in this country (e.g. the US).
    FixedLineOrMobile,
    Voip,
    TollFree,
    PremiumRate,
    SharedCost,
    /// A "follow-me" number that forwards to another.
    PersonalNumber,
    Pager,
    /// Universal access number: one number for a company's several offices.
    Uan,
    Voicemail,
    Unknown,
}

impl NumberType {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberType::Mobile => "mobile",
            NumberType::FixedLine => "fixed_line",
            NumberType::FixedLineOrMobile => "fixed_line_or_mobile",
            NumberType::Voip => "voip",
            NumberType::TollFree => "toll_free",
            NumberType::PremiumRate => "premium_rate",
            NumberType::SharedCost => "shared_cost",
            NumberType::PersonalNumber => "personal_number",
            NumberType::Pager => "pager",
            NumberType::Uan => "uan",
            NumberType::Voicemail => "voicemail",
            NumberType::Unknown => "unknown",
        }
    }

    /// How a person would say it, in the current language: "mobile", "landline", "VoIP"…
    pub fn label(self) -> String {
        match self {
            NumberType::Mobile => crate::t!("phone-label-mobile"),
            NumberType::FixedLine => crate::t!("phone-label-fixed-line"),
            NumberType::FixedLineOrMobile => crate::t!("phone-label-fixed-line-or-mobile"),
            NumberType::Voip => crate::t!("phone-label-voip"),
            NumberType::TollFree => crate::t!("phone-label-toll-free"),
            NumberType::PremiumRate => crate::t!("phone-label-premium-rate"),
            NumberType::SharedCost => crate::t!("phone-label-shared-cost"),
            NumberType::PersonalNumber => crate::t!("phone-label-personal-number"),
            NumberType::Pager => crate::t!("phone-label-pager"),
            NumberType::Uan => crate::t!("phone-label-uan"),
            NumberType::Voicemail => crate::t!("phone-label-voicemail"),
            NumberType::Unknown => crate::t!("phone-label-unknown"),
        }
    }
}

impl From<PhoneNumberType> for NumberType {
    fn from(t: PhoneNumberType) -> Self {
        match t {
            PhoneNumberType::Mobile => NumberType::Mobile,
            PhoneNumberType::FixedLine => NumberType::FixedLine,
            PhoneNumberType::FixedLineOrMobile => NumberType::FixedLineOrMobile,
            PhoneNumberType::VoIP => NumberType::Voip,
            PhoneNumberType::TollFree => NumberType::TollFree,
            PhoneNumberType::PremiumRate => NumberType::PremiumRate,
            PhoneNumberType::SharedCost => NumberType::SharedCost,
            PhoneNumberType::PersonalNumber => NumberType::PersonalNumber,
            PhoneNumberType::Pager => NumberType::Pager,
            PhoneNumberType::UAN => NumberType::Uan,
            PhoneNumberType::VoiceMail => NumberType::Voicemail,
            PhoneNumberType::Unknown => NumberType::Unknown,
        }
    }
}

/// Why libphonenumber could not read an input as a number at all (its `NumberParseException`
/// error types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PhoneParseFailure")]
pub enum ParseFailure {
    /// `+` and digits that are no calling code, or a national number with no region to go by.
    InvalidCountryCode,
    NotANumber,
    TooShortAfterIdd,
    TooShortNsn,
    TooLong,
}

impl ParseFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            ParseFailure::InvalidCountryCode => "invalid_country_code",
            ParseFailure::NotANumber => "not_a_number",
            ParseFailure::TooShortAfterIdd => "too_short_after_idd",
            ParseFailure::TooShortNsn => "too_short_nsn",
            ParseFailure::TooLong => "too_long",
        }
    }
}

impl From<ParseError> for ParseFailure {
    fn from(e: ParseError) -> Self {
        match e {
            ParseError::InvalidCountryCode => ParseFailure::InvalidCountryCode,
            ParseError::NotANumber(_) => ParseFailure::NotANumber,
            ParseError::TooShortAfterIdd => ParseFailure::TooShortAfterIdd,
            ParseError::TooShortNsn => ParseFailure::TooShortNsn,
            ParseError::TooLongNsn => ParseFailure::TooLong,
        }
    }
}

/// libphonenumber's reading of `input` with `region` as the default region, nothing more: this
/// is what the differential test compares with Python `phonenumbers.parse`. A region code that
/// is not a supported region behaves like none (as in libphonenumber).
pub fn parse(input: &str, region: Option<&str>) -> Result<NumberInfo, ParseFailure> {
    let region = region.and_then(|r| Region::from_code(r.trim()).ok());
    let number = PHONE_NUMBER_UTIL.parse(input, region)?;
    Ok(number_info(&number))
}

pub(super) fn number_info(number: &PhoneNumber) -> NumberInfo {
    let region = number.get_region_code().map(|r| r.to_string());
    NumberInfo {
        e164: number.format_as(PhoneNumberFormat::E164).into_owned(),
        international: number
            .format_as(PhoneNumberFormat::International)
            .into_owned(),
        national: number.format_as(PhoneNumberFormat::National).into_owned(),
        country_code: u16::try_from(number.country_code).unwrap_or(0),
        national_number: number.get_national_significant_number(),
        extension: number.extension.clone().filter(|e| !e.is_empty()),
        region_name: region.as_deref().and_then(region_name),
        region,
        number_type: number.get_type().into(),
        valid: number.is_valid(),
        possible: PHONE_NUMBER_UTIL.is_possible_number(number),
    }
}

/// Parses the `--region` a person gave: two letters of a supported region, any case. Empty or
/// absent means none.
pub(super) fn resolve_region(region: Option<&str>) -> Result<Option<Region>, PhoneError> {
    let Some(code) = region.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let unknown = || PhoneError::UnknownRegion(code.to_string());
    if code.len() != 2 {
        return Err(unknown());
    }
    let parsed = Region::from_code(code).map_err(|_| unknown())?;
    if PHONE_NUMBER_UTIL
        .get_country_code_for_region(parsed)
        .is_none()
    {
        return Err(unknown());
    }
    Ok(Some(parsed))
}

/// The name of a region code in the current language, from CLDR ("VN" → "Vietnam", "Việt Nam");
/// `001` is "International (non-geographic)".
pub fn region_name(code: &str) -> Option<String> {
    if code == NON_GEOGRAPHIC {
        return Some(crate::t!("phone-region-non-geographic"));
    }
    crate::i18n::region_name(code)
}

/// A country for the picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "PhoneRegion")]
pub struct RegionInfo {
    /// `VN`
    pub code: String,
    /// `Vietnam`, in the current language
    pub name: String,
    /// `84`
    pub calling_code: u16,
    /// An example mobile number in national format (`091 234 56 78`), for a placeholder.
    pub example_mobile: Option<String>,
    /// The same in international format (`+84 91 234 56 78`).
    pub example_mobile_international: Option<String>,
}

/// Every region libphonenumber knows, by name (in the current language).
pub fn regions() -> Vec<RegionInfo> {
    let mut list: Vec<RegionInfo> = PHONE_NUMBER_UTIL
        .get_supported_regions()
        .filter_map(|region| {
            let calling_code = PHONE_NUMBER_UTIL.get_country_code_for_region(region)?;
            let code = region.to_string();
            let example = PHONE_NUMBER_UTIL
                .get_example_number_for_type_and_region(region, PhoneNumberType::Mobile)
                .or_else(|_| PHONE_NUMBER_UTIL.get_example_number(region))
                .ok();
            Some(RegionInfo {
                name: region_name(&code).unwrap_or_else(|| code.clone()),
                code,
                calling_code: u16::try_from(calling_code).unwrap_or(0),
                example_mobile: example
                    .as_ref()
                    .map(|n| n.format_as(PhoneNumberFormat::National).into_owned()),
                example_mobile_international: example
                    .as_ref()
                    .map(|n| n.format_as(PhoneNumberFormat::International).into_owned()),
            })
        })
        .collect();
    list.sort_by_cached_key(|r| (sort_key(&r.name), r.code.clone()));
    list
}

/// Names sort as people expect: "Åland Islands" with the A's, "Côte d'Ivoire" with the C's,
/// "Đan Mạch" with the D's.
fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect()
}

/// A lower-case letter without its accents (Latin-1, Latin Extended-A and Vietnamese).
fn fold(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáâãäåāăąằắẳẵặấầẩẫậảạ"),
        ('c', "çćĉċč"),
        ('d', "ďđ"),
        ('e', "èéêëēĕėęěềếểễệẻẽẹ"),
        ('g', "ĝğġģ"),
        ('h', "ĥħ"),
        ('i', "ìíîïĩīĭįıỉị"),
        ('j', "ĵ"),
        ('k', "ķ"),
        ('l', "ĺļľŀł"),
        ('n', "ñńņňŉ"),
        ('o', "òóôõöøōŏőơồốổỗộờớởỡợỏọ"),
        ('r', "ŕŗř"),
        ('s', "śŝşš"),
        ('t', "ţťŧ"),
        ('u', "ùúûüũūŭůűųưừứửữựủụ"),
        ('w', "ŵ"),
        ('y', "ýÿŷỳỷỹỵ"),
        ('z', "źżž"),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(_, accented)| accented.contains(c))
        .map_or(c, |(base, _)| *base)
}
