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
    if let Some(c) = file.country.iter().find(|c| !crate::i18n::has(&c.note)) {
        return Err(format!(
            "{}: note \"{}\" is not in the catalogue",
            c.region, c.note
        ));
    }
    Ok(file
        .country
        .into_iter()
        .map(|c| (c.region, c.note))
        .collect())
});

/// The countries with sender-ID registration rules and their notes' catalogue ids (from
/// `sender_id.toml`).
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

/// "Vietnam", "the United Kingdom": a region's name (in the current language) as it reads after
/// "in"; the region code when it has no name; "its country" when unknown.
fn place(region: Option<&str>) -> String {
    match region {
        Some(code) => the(&region_name(code).unwrap_or_else(|| code.to_string())),
        None => crate::t!("phone-place-unknown"),
    }
}

/// In English, adds "the" to the names that take it ("the Netherlands", "the Cayman Islands");
/// other languages' names are used as they are.
fn the(name: &str) -> String {
    // CLDR's English names.
    const WITH_THE: &[&str] = &[
        "Bahamas",
        "Caribbean Netherlands",
        "Comoros",
        "Gambia",
        "Isle of Man",
        "Maldives",
        "Netherlands",
        "Palestinian Territories",
        "Philippines",
        "Seychelles",
        "Vatican City",
    ];
    if crate::i18n::current() != crate::i18n::Lang::english() {
        return name.to_string();
    }
    let takes_the = name.starts_with("United ")
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
                crate::t!(
                    "phone-finding-digits-normalised",
                    digits = PHONE_NUMBER_UTIL.normalize_digits_only(&reading.text)
                ),
            )
            .action(crate::t!("phone-finding-digits-normalised-action")),
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
                format!(
                    " {}",
                    crate::t!("phone-finding-not-valid-in-chosen", place = the(chosen))
                )
            }
            _ => String::new(),
        };
        let cc = number.country_code;
        let intl = &number.international;
        out.push(match rescue.how {
            RescueKind::DigitsOnly => finding(
                C::IgnoredCharacters,
                S::Info,
                crate::t!(
                    "phone-finding-ignored-characters",
                    national = &number.national
                ),
            )
            .action(crate::t!("phone-finding-ignored-characters-action")),
            RescueKind::DroppedIdd => finding(
                C::InternationalPrefix,
                S::Info,
                format!(
                    "{}{not_there}",
                    crate::t!("phone-finding-dropped-idd", cc = cc, number = intl)
                ),
            )
            .action(crate::t!("phone-finding-plus-form-action", number = intl))
            .corrected(intl),
            RescueKind::AddedPlus => finding(
                C::CountryCodeWithoutPlus,
                S::Warning,
                format!(
                    "{}{not_there}",
                    crate::t!(
                        "phone-finding-added-plus",
                        cc = cc,
                        place = the(&where_),
                        number = intl
                    )
                ),
            )
            .action(crate::t!("phone-finding-added-plus-action", number = intl))
            .corrected(intl),
        });
    } else {
        match reading.country_code_typed {
            Some(CountryCodeTyped::AfterIdd) => out.push(
                finding(
                    C::InternationalPrefix,
                    S::Info,
                    crate::t!(
                        "phone-finding-after-idd",
                        cc = number.country_code,
                        number = &number.international
                    ),
                )
                .action(crate::t!(
                    "phone-finding-plus-form-action",
                    number = &number.international
                ))
                .corrected(&number.international),
            ),
            // In North America a leading 1 is how long-distance numbers are dialled.
            Some(CountryCodeTyped::WithoutPlus) if number.country_code != 1 => out.push(
                finding(
                    C::CountryCodeWithoutPlus,
                    S::Info,
                    crate::t!(
                        "phone-finding-without-plus",
                        cc = number.country_code,
                        number = &number.international
                    ),
                )
                .action(crate::t!(
                    "phone-finding-plus-form-action",
                    number = &number.international
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
                crate::t!(
                    "phone-finding-trunk-zero",
                    dropped = dropped,
                    cc = number.country_code,
                    place = &where_,
                    number = &number.international,
                ),
            )
            .action(crate::t!(
                "phone-finding-trunk-zero-action",
                number = &number.international,
                place = &where_,
                national = &number.national,
                dropped = dropped,
            ))
            .corrected(&number.international),
        );
    }
    if let (Some(region), Some(chosen)) = (number.region.as_deref(), &chosen_code) {
        if number.valid && reading.rescued.is_none() && region != chosen {
            out.push(finding(
                C::OtherRegion,
                S::Info,
                crate::t!(
                    "phone-finding-other-region",
                    place = place(Some(region)),
                    chosen = chosen_name.as_deref().unwrap_or(chosen)
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
                crate::t!("phone-finding-extension", ext = ext, e164 = &number.e164),
            )
            .action(crate::t!("phone-finding-extension-action")),
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
                    crate::t!(
                        "phone-finding-sender-id",
                        country = number
                            .region
                            .as_deref()
                            .and_then(region_name)
                            .unwrap_or_else(|| where_.clone()),
                        note = crate::i18n::tr(note, &crate::i18n::Args::new())
                    ),
                )
                .action(crate::t!("phone-finding-sender-id-action")),
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
        return finding(C::Empty, S::Problem, crate::t!("phone-finding-empty"))
            .action(crate::t!("phone-finding-empty-action", example = &example));
    }
    let check_digits = crate::t!("phone-check-digits-action");
    match reading.failure {
        _ if reading.digit_count == 0 => finding(
            C::NotANumber,
            S::Problem,
            if reading.text.chars().all(|c| c == '+' || c.is_whitespace()) {
                crate::t!("phone-finding-no-digits-after-plus")
            } else {
                crate::t!("phone-finding-no-digits", text = &reading.text)
            },
        )
        .action(crate::t!(
            "phone-finding-no-digits-action",
            example = &example
        )),
        Some(ParseFailure::TooLong) => finding(
            C::TooLong,
            S::Problem,
            crate::t!("phone-finding-too-long", n = reading.digit_count),
        )
        .action(check_digits),
        Some(ParseFailure::TooShortNsn) | Some(ParseFailure::TooShortAfterIdd) => finding(
            C::TooShort,
            S::Problem,
            crate::t!("phone-finding-too-short", n = reading.digit_count),
        )
        .action(crate::t!("phone-finding-too-short-action")),
        Some(ParseFailure::InvalidCountryCode) if reading.text.starts_with(['+', '\u{FF0B}']) => {
            finding(
                C::UnknownCountryCode,
                S::Problem,
                crate::t!("phone-finding-unknown-country-code"),
            )
            .action(crate::t!("phone-finding-unknown-country-code-action"))
        }
        Some(ParseFailure::InvalidCountryCode) => match chosen_name {
            Some(chosen) => finding(
                C::InvalidForRegion,
                S::Problem,
                crate::t!("phone-finding-not-in-chosen", place = chosen),
            )
            .action(check_digits),
            None => finding(
                C::RegionNeeded,
                S::Problem,
                crate::t!("phone-finding-region-needed"),
            )
            .action(crate::t!("phone-finding-region-needed-action")),
        },
        _ => finding(
            C::NotANumber,
            S::Problem,
            if reading.has_letters {
                crate::t!("phone-finding-letters", text = &reading.text)
            } else {
                crate::t!("phone-finding-not-a-number", text = &reading.text)
            },
        )
        .action(crate::t!("phone-finding-not-a-number-action")),
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
    let check = crate::t!("phone-check-number-action");
    if !number.possible {
        return match parsed.map(|n| n.is_possible_with_reason()) {
            Some(Err(rlibphonenumber::ValidationError::TooShort)) => finding(
                C::TooShort,
                S::Problem,
                crate::t!(
                    "phone-finding-too-short-for",
                    place = &where_,
                    n = digits,
                    cc = number.country_code
                ),
            )
            .action(check),
            Some(Err(rlibphonenumber::ValidationError::TooLong)) => finding(
                C::TooLong,
                S::Problem,
                crate::t!(
                    "phone-finding-too-long-for",
                    place = &where_,
                    n = digits,
                    cc = number.country_code
                ),
            )
            .action(check),
            _ => finding(
                C::InvalidForRegion,
                S::Problem,
                crate::t!(
                    "phone-finding-no-such-length",
                    place = &where_,
                    n = digits,
                    cc = number.country_code
                ),
            )
            .action(check),
        };
    }
    finding(
        C::InvalidForRegion,
        S::Problem,
        crate::t!("phone-finding-invalid", place = &where_),
    )
    .action(check)
}

fn type_finding(number: &NumberInfo, where_: &str) -> (SmsOutlook, Finding) {
    use FindingCode as C;
    use NumberType as T;
    use Severity as S;
    use SmsOutlook as O;
    let n = number.international.as_str();
    let other_channel = || crate::t!("phone-other-channel-action");
    match number.number_type {
        T::Mobile => (
            O::Likely,
            finding(
                C::Mobile,
                S::Ok,
                crate::t!("phone-finding-mobile", number = n, place = where_),
            ),
        ),
        T::FixedLineOrMobile => (
            O::Uncertain,
            finding(
                C::FixedLineOrMobile,
                S::Info,
                crate::t!(
                    "phone-finding-fixed-line-or-mobile",
                    number = n,
                    place = where_
                ),
            )
            .action(crate::t!("phone-finding-fixed-line-or-mobile-action")),
        ),
        T::FixedLine => (
            O::Unlikely,
            finding(
                C::FixedLine,
                S::Warning,
                crate::t!("phone-finding-fixed-line", number = n, place = where_),
            )
            .action(other_channel()),
        ),
        T::Voip => (
            O::Uncertain,
            finding(
                C::Voip,
                S::Warning,
                crate::t!("phone-finding-voip", number = n, place = where_),
            )
            .action(crate::t!("phone-finding-voip-action")),
        ),
        T::PersonalNumber => (
            O::Uncertain,
            finding(
                C::PersonalNumber,
                S::Warning,
                crate::t!("phone-finding-personal", number = n, place = where_),
            )
            .action(crate::t!("phone-finding-personal-action")),
        ),
        t => {
            let (code, message) = match t {
                T::TollFree => (
                    C::TollFree,
                    crate::t!("phone-finding-toll-free", number = n, place = where_),
                ),
                T::PremiumRate => (
                    C::PremiumRate,
                    crate::t!("phone-finding-premium-rate", number = n, place = where_),
                ),
                T::SharedCost => (
                    C::SharedCost,
                    crate::t!("phone-finding-shared-cost", number = n, place = where_),
                ),
                T::Uan => (
                    C::Uan,
                    crate::t!("phone-finding-uan", number = n, place = where_),
                ),
                T::Pager => (
                    C::Pager,
                    crate::t!("phone-finding-pager", number = n, place = where_),
                ),
                T::Voicemail => (
                    C::Voicemail,
                    crate::t!("phone-finding-voicemail", number = n, place = where_),
                ),
                _ => (
                    C::UnknownType,
                    crate::t!("phone-finding-unknown-type", number = n, place = where_),
                ),
            };
            let severity = if code == C::UnknownType {
                S::Info
            } else {
                S::Problem
            };
            (
                if code == C::UnknownType {
                    O::Uncertain
                } else {
                    O::Unlikely
                },
                finding(code, severity, message).action(other_channel()),
            )
        }
    }
}

/// The service refused the number or failed to send a code.
fn refused(r: &Refusal, number: &NumberInfo, sms_capable: bool) -> Finding {
    use RefusalKind as K;
    let first_advice = r.advice.first().map(|a| a.text.clone());
    let message = if !number.valid {
        crate::t!("phone-finding-refused-invalid", title = &r.title)
    } else if sms_capable
        && matches!(
            r.kind,
            K::RiskBlock | K::InvalidNumber | K::DeliveryFailed | K::Unrecognised
        )
    {
        let place = place(number.region.as_deref());
        let kind = number.number_type.label();
        let number = &number.international;
        if r.kind == K::InvalidNumber {
            crate::t!(
                "phone-finding-refused-said-invalid",
                number = number,
                kind = kind,
                place = place
            )
        } else {
            crate::t!(
                "phone-finding-refused-number-right",
                number = number,
                kind = kind,
                place = place
            )
        }
    } else {
        format!("{} {}", r.title, r.explanation)
    };
    let mut f = finding(FindingCode::ServiceRefused, Severity::Warning, message);
    f.action = first_advice;
    f
}
