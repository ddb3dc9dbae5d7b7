//! The SMS diagnosis: turns a [`Reading`] into findings a person can act on.

use std::collections::HashMap;
use std::sync::LazyLock;

use rlibphonenumber::{Region, PHONE_NUMBER_UTIL};
use serde::Deserialize;

use super::info::region_name;
use super::read::{CountryCodeTyped, Reading, RescueKind};
use super::{
    Finding, FindingCode, NumberInfo, NumberType, ParseFailure, PhoneError, Refusal, RefusalKind,
    Severity, SmsOutlook,
};

#[derive(Deserialize)]
struct SenderIdFile {
    country: Vec<SenderIdCountry>,
}

#[derive(Deserialize)]
struct SenderIdCountry {
    region: String,
    note: String,
}

static SENDER_ID: LazyLock<Result<HashMap<String, String>, String>> = LazyLock::new(|| {
    let file: SenderIdFile =
        toml::from_str(include_str!("sender_id.toml")).map_err(|e| e.to_string())?;
    Ok(file
        .country
        .into_iter()
        .map(|c| (c.region, c.note))
        .collect())
});

/// The countries with sender-ID registration rules and their notes (from `sender_id.toml`).
pub(super) fn sender_id_rules() -> Result<&'static HashMap<String, String>, PhoneError> {
    SENDER_ID.as_ref().map_err(|message| PhoneError::Data {
        file: "sender_id.toml",
        message: message.clone(),
    })
}

fn finding(code: FindingCode, severity: Severity, message: String) -> Finding {
    Finding {
        code,
        severity,
        message,
        action: None,
        corrected: None,
    }
}

trait WithAction {
    fn action(self, action: impl Into<String>) -> Self;
    fn corrected(self, number: &str) -> Self;
}

impl WithAction for Finding {
    fn action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }
    fn corrected(mut self, number: &str) -> Self {
        self.corrected = Some(number.to_string());
        self
    }
}

/// "Vietnam", "the United Kingdom": a region's name as it reads after "in"; the region code
/// when it has no name; "its country" when unknown.
fn place(region: Option<&str>) -> String {
    match region {
        Some(code) => the(region_name(code).unwrap_or(code)),
        None => "its country".to_string(),
    }
}

/// Adds "the" to the names that take it ("the Netherlands", "the Cayman Islands").
fn the(name: &str) -> String {
    const WITH_THE: &[&str] = &[
        "Bahamas",
        "Caribbean Netherlands",
        "Comoros",
        "Democratic Republic of the Congo",
        "Gambia",
        "Isle of Man",
        "Maldives",
        "Netherlands",
        "Palestinian Territories",
        "Philippines",
        "Seychelles",
        "Vatican",
    ];
    let takes_the = name.starts_with("United ")
        || name == "Congo"
        || name.ends_with(" Islands")
        || name.ends_with(" Republic")
        || WITH_THE.contains(&name);
    if takes_the && !name.starts_with("the ") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

pub(super) fn diagnose(
    reading: &Reading,
    number: Option<&NumberInfo>,
    chosen: Option<Region>,
    refusal: Option<&Refusal>,
) -> Result<(SmsOutlook, Vec<Finding>), PhoneError> {
    use FindingCode as C;
    use Severity as S;
    let chosen_code = chosen.map(|r| r.to_string());
    let chosen_name = chosen_code.as_deref().map(|c| place(Some(c)));
    let mut out = Vec::new();

    if reading.other_script_digits {
        out.push(
            finding(
                C::DigitsNormalised,
                S::Info,
                format!(
                    "Steward read the digits as {}.",
                    PHONE_NUMBER_UTIL.normalize_digits_only(&reading.text)
                ),
            )
            .action("Some services only accept the digits 0–9: type the number with those."),
        );
    }

    let Some(number) = number else {
        out.push(unreadable(reading, chosen_name.as_deref(), chosen));
        return Ok((SmsOutlook::Impossible, sorted(out)));
    };

    // How the input was read: corrections and reinterpretations.
    if let Some(rescue) = &reading.rescued {
        let where_ = place(number.region.as_deref());
        let not_there = match &chosen_name {
            Some(chosen) if number.region.as_deref() != chosen_code.as_deref() => {
                format!(" It is not a valid number in {} as typed.", the(chosen))
            }
            _ => String::new(),
        };
        let cc = number.country_code;
        let intl = &number.international;
        out.push(match rescue.how {
            RescueKind::DigitsOnly => finding(
                C::IgnoredCharacters,
                S::Info,
                format!("Steward left out the characters that are not part of a phone number and read {}.", number.national),
            )
            .action("Type only the digits; spaces are fine."),
            RescueKind::DroppedIdd => finding(
                C::InternationalPrefix,
                S::Info,
                format!("00 is the international call prefix, so Steward read 00{cc} as +{cc}: {intl}.{not_there}"),
            )
            .action(format!("Services expect the + form: type {intl}."))
            .corrected(intl),
            RescueKind::AddedPlus => finding(
                C::CountryCodeWithoutPlus,
                S::Warning,
                format!(
                    "Steward read the first digits, {cc}, as the country code of {} (+{cc}): {intl}.{not_there}",
                    the(&where_)
                ),
            )
            .action(format!("If that is right, type it as {intl}; if not, check the country and the digits."))
            .corrected(intl),
        });
    } else {
        match reading.country_code_typed {
            Some(CountryCodeTyped::AfterIdd) => out.push(
                finding(
                    C::InternationalPrefix,
                    S::Info,
                    format!(
                        "The digits before {} are an international call prefix: Steward read the number as {}.",
                        number.country_code, number.international
                    ),
                )
                .action(format!(
                    "Services expect the + form: type {}.",
                    number.international
                ))
                .corrected(&number.international),
            ),
            // In North America a leading 1 is how long-distance numbers are dialled.
            Some(CountryCodeTyped::WithoutPlus) if number.country_code != 1 => out.push(
                finding(
                    C::CountryCodeWithoutPlus,
                    S::Info,
                    format!(
                        "Steward read the first digits, {}, as the country code: {}.",
                        number.country_code, number.international
                    ),
                )
                .action(format!(
                    "Services expect the + form: type {}.",
                    number.international
                ))
                .corrected(&number.international),
            ),
            _ => {}
        }
    }
    if let Some(dropped) = &reading.dropped_after_country_code {
        let where_ = place(number.region.as_deref());
        out.push(
            finding(
                C::TrunkZeroAfterCountryCode,
                S::Warning,
                format!(
                    "There is an extra {dropped} after the country code +{cc}. In {where_} you dial {dropped} before the number, \
                     but after +{cc} it must be left out: the number is {intl}.",
                    cc = number.country_code,
                    intl = number.international,
                ),
            )
            .action(format!(
                "Type it as {} (or choose {where_} and type {}). Many services reject the number with the extra {dropped}, or send the code nowhere.",
                number.international, number.national
            ))
            .corrected(&number.international),
        );
    }
    if let (Some(region), Some(chosen)) = (number.region.as_deref(), &chosen_code) {
        if number.valid && reading.rescued.is_none() && region != chosen {
            out.push(finding(
                C::OtherRegion,
                S::Info,
                format!(
                    "This is a number in {}, not {}.",
                    place(Some(region)),
                    chosen_name.as_deref().unwrap_or(chosen)
                ),
            ));
        }
    }

    if !number.valid {
        out.push(invalid(number, reading.number.as_ref(), chosen));
        if let Some(r) = refusal {
            out.push(refused(r, number, false));
        }
        return Ok((SmsOutlook::Impossible, sorted(out)));
    }

    if let Some(ext) = &number.extension {
        out.push(
            finding(
                C::Extension,
                S::Info,
                format!(
                    "The extension {ext} is not part of the number: SMS goes to {}.",
                    number.e164
                ),
            )
            .action("Leave the extension out when a service asks for a number for codes."),
        );
    }

    let where_ = place(number.region.as_deref());
    let (outlook, type_finding) = type_finding(number, &where_);
    out.push(type_finding);

    let sms_capable = matches!(
        number.number_type,
        NumberType::Mobile | NumberType::FixedLineOrMobile
    );
    if sms_capable {
        if let Some(note) = number
            .region
            .as_deref()
            .and_then(|r| sender_id_rules().map(|rules| rules.get(r)).transpose())
            .transpose()?
        {
            out.push(
                finding(
                    C::SenderIdRules,
                    S::Info,
                    format!(
                        "{}: {note}",
                        number.region.as_deref().and_then(region_name).unwrap_or(&where_)
                    ),
                )
                .action(
                    "If no code arrives within a few minutes, don't keep asking for new ones: choose a voice call \
                     or an authenticator app if the service offers one, or ask the service whether its codes are \
                     registered for this country.",
                ),
            );
        }
    }

    if let Some(r) = refusal {
        out.push(refused(r, number, sms_capable));
    }
    Ok((outlook, sorted(out)))
}

fn sorted(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by_key(|f| f.severity);
    findings
}

/// Nothing could be read as a number.
fn unreadable(reading: &Reading, chosen_name: Option<&str>, chosen: Option<Region>) -> Finding {
    use FindingCode as C;
    use Severity as S;
    let example = chosen
        .and_then(|r| {
            PHONE_NUMBER_UTIL
                .get_example_number_for_type_and_region(r, rlibphonenumber::PhoneNumberType::Mobile)
                .ok()
        })
        .map_or_else(
            || "+84 912 345 678".to_string(),
            |n| {
                n.format_as(rlibphonenumber::PhoneNumberFormat::International)
                    .into_owned()
            },
        );
    if reading.text.is_empty() {
        return finding(C::Empty, S::Problem, "No number was typed.".into())
            .action(format!("Type the phone number, with the country code (e.g. {example}) or after choosing the country."));
    }
    let check_digits = "Check for a missing or extra digit, or a number typed twice.";
    match reading.failure {
        _ if reading.digit_count == 0 => finding(
            C::NotANumber,
            S::Problem,
            if reading.text.chars().all(|c| c == '+' || c.is_whitespace()) {
                "There are no digits after the +.".into()
            } else {
                format!("\"{}\" has no digits: it is not a phone number.", reading.text)
            },
        )
        .action(format!("Type the phone number's digits, e.g. {example}.")),
        Some(ParseFailure::TooLong) => finding(
            C::TooLong,
            S::Problem,
            format!(
                "Too long for a phone number ({} digits): no phone number has more than 15 digits with its country code.",
                reading.digit_count
            ),
        )
        .action(check_digits),
        Some(ParseFailure::TooShortNsn) | Some(ParseFailure::TooShortAfterIdd) => finding(
            C::TooShort,
            S::Problem,
            format!("Too short for a phone number ({} digits).", reading.digit_count),
        )
        .action("Type the whole number, with the area or mobile prefix."),
        Some(ParseFailure::InvalidCountryCode) if reading.text.starts_with(['+', '\u{FF0B}']) => finding(
            C::UnknownCountryCode,
            S::Problem,
            "The digits after the + are not a country code in use.".into(),
        )
        .action("Check the country code (e.g. +84 for Vietnam, +44 for the United Kingdom), or choose the country and type the number as dialled there."),
        Some(ParseFailure::InvalidCountryCode) => match chosen_name {
            Some(chosen) => finding(
                C::InvalidForRegion,
                S::Problem,
                format!("This is not a phone number in {chosen}."),
            )
            .action(check_digits),
            None => finding(
                C::RegionNeeded,
                S::Problem,
                "Steward can't tell which country this number is from.".into(),
            )
            .action("Choose the country, or type the number with + and the country code (e.g. +84 for Vietnam)."),
        },
        _ => finding(
            C::NotANumber,
            S::Problem,
            if reading.has_letters {
                format!("\"{}\" is not a phone number: it has letters in it.", reading.text)
            } else {
                format!("\"{}\" is not a phone number.", reading.text)
            },
        )
        .action("Type only the number's digits, spaces and, for the country code, a + in front."),
    }
}

/// A number was read but is not valid.
fn invalid(
    number: &NumberInfo,
    parsed: Option<&rlibphonenumber::PhoneNumber>,
    chosen: Option<Region>,
) -> Finding {
    use FindingCode as C;
    use Severity as S;
    // An invalid number has no region: name the chosen country when it has this calling code,
    // else the main country of the calling code.
    let cc = i32::from(number.country_code);
    let region = number.region.clone().or_else(|| {
        chosen
            .filter(|&c| PHONE_NUMBER_UTIL.get_country_code_for_region(c) == Some(cc))
            .or_else(|| PHONE_NUMBER_UTIL.get_region_for_country_code(cc))
            .map(|r| r.to_string())
    });
    let where_ = place(region.as_deref());
    let digits = number.national_number.len();
    let check = "Check for a missing, extra or mistyped digit, and that the country is right.";
    if !number.possible {
        return match parsed.map(|n| n.is_possible_with_reason()) {
            Some(Err(rlibphonenumber::ValidationError::TooShort)) => finding(
                C::TooShort,
                S::Problem,
                format!(
                    "Too short for a number in {where_} ({digits} digits after +{}).",
                    number.country_code
                ),
            )
            .action(check),
            Some(Err(rlibphonenumber::ValidationError::TooLong)) => finding(
                C::TooLong,
                S::Problem,
                format!(
                    "Too long for a number in {where_} ({digits} digits after +{}).",
                    number.country_code
                ),
            )
            .action(check),
            _ => finding(
                C::InvalidForRegion,
                S::Problem,
                format!(
                    "No number in {where_} has {digits} digits after +{}.",
                    number.country_code
                ),
            )
            .action(check),
        };
    }
    finding(
        C::InvalidForRegion,
        S::Problem,
        format!(
            "This is not a valid number in {where_}: its digits don't match any number range in use there."
        ),
    )
    .action(check)
}

fn type_finding(number: &NumberInfo, where_: &str) -> (SmsOutlook, Finding) {
    use FindingCode as C;
    use NumberType as T;
    use Severity as S;
    use SmsOutlook as O;
    let n = &number.international;
    let other_channel =
        "Use a mobile number, or choose a voice call or an authenticator app if the service offers one.";
    match number.number_type {
        T::Mobile => (
            O::Likely,
            finding(C::Mobile, S::Ok, format!("{n} is a valid mobile number in {where_}: it can receive SMS codes.")),
        ),
        T::FixedLineOrMobile => (
            O::Uncertain,
            finding(
                C::FixedLineOrMobile,
                S::Info,
                format!("{n} is a valid number in {where_}, where mobile and landline numbers look alike: if it is a landline, SMS codes won't arrive."),
            )
            .action("If it is a landline, choose a voice call or an authenticator app instead of SMS."),
        ),
        T::FixedLine => (
            O::Unlikely,
            finding(
                C::FixedLine,
                S::Warning,
                format!("{n} is a landline number in {where_}. Most services can't send SMS codes to landlines, and many refuse them."),
            )
            .action(other_channel),
        ),
        T::Voip => (
            O::Uncertain,
            finding(
                C::Voip,
                S::Warning,
                format!("{n} is a VoIP (internet phone) number in {where_}. Many services refuse VoIP numbers for verification, and their codes often don't arrive."),
            )
            .action("Use a mobile number from a regular SIM, or an authenticator app if the service offers one."),
        ),
        T::PersonalNumber => (
            O::Uncertain,
            finding(
                C::PersonalNumber,
                S::Warning,
                format!("{n} is a personal (forwarding) number in {where_}: it passes calls on to another phone, and SMS to it often fails."),
            )
            .action("Give the service the mobile number it forwards to."),
        ),
        t => {
            let (code, what) = match t {
                T::TollFree => (C::TollFree, "a toll-free number"),
                T::PremiumRate => (C::PremiumRate, "a premium-rate number"),
                T::SharedCost => (C::SharedCost, "a shared-cost number"),
                T::Uan => (C::Uan, "a company number (one number for several offices)"),
                T::Pager => (C::Pager, "a pager number"),
                T::Voicemail => (C::Voicemail, "a voicemail access number"),
                _ => (C::UnknownType, "a valid number of a kind Steward can't tell"),
            };
            let severity = if code == C::UnknownType { S::Info } else { S::Problem };
            (
                if code == C::UnknownType { O::Uncertain } else { O::Unlikely },
                finding(code, severity, format!("{n} is {what} in {where_}: it can't receive SMS codes."))
                    .action(other_channel),
            )
        }
    }
}

/// The service refused the number or failed to send a code.
fn refused(r: &Refusal, number: &NumberInfo, sms_capable: bool) -> Finding {
    use RefusalKind as K;
    let first_advice = r.advice.first().map(|a| a.text.clone());
    let message = if !number.valid {
        format!(
            "{} And the number is indeed not valid: correct it first (see above).",
            r.title
        )
    } else if sms_capable
        && matches!(
            r.kind,
            K::RiskBlock | K::InvalidNumber | K::DeliveryFailed | K::Unrecognised
        )
    {
        let said = if r.kind == K::InvalidNumber {
            "The service says the number is invalid, but"
        } else {
            "The number is right:"
        };
        format!(
            "{said} {} is a valid {} number in {}. When the service still refuses it, the block is on its side — a risk or fraud check, or a rule about this country or number range — not something you typed wrong.",
            number.international,
            number.number_type.label(),
            place(number.region.as_deref())
        )
    } else {
        format!("{} {}", r.title, r.explanation)
    };
    let mut f = finding(FindingCode::ServiceRefused, Severity::Warning, message);
    f.action = first_advice;
    f
}
