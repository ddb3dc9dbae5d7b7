//! Formatting while someone types. `rlibphonenumber` has no port of libphonenumber's
//! `AsYouTypeFormatter`, so Steward uses libphonenumber's own formatter on a completed number:
//! the digits typed so far are completed with the rest of the country's example mobile number
//! (or with zeros), the completed number is formatted, and the result is cut after the last
//! typed digit. Only separators are ever added: the digits stay exactly those typed, and input
//! that cannot be formatted this way (letters, a trunk 0 after the country code…) is returned
//! unchanged.

use rlibphonenumber::{PhoneNumber, PhoneNumberFormat, PhoneNumberType, Region, PHONE_NUMBER_UTIL};

/// No phone number has more digits than this (E.164 allows 15; a trunk prefix adds some).
const MAX_DIGITS: usize = 17;

/// `input` with the separators its country uses (`0912345` → `091 234 5`). `region` is the
/// country for numbers typed without `+` (two letters). The digits are never changed.
pub fn format_as_you_type(input: &str, region: Option<&str>) -> String {
    let region = region.and_then(|r| Region::from_code(r.trim()).ok());
    format_for(input, region)
}

pub(super) fn format_for(input: &str, region: Option<Region>) -> String {
    let trimmed = input.trim_start();
    if trimmed.chars().any(char::is_alphabetic) {
        return input.to_string();
    }
    let international = trimmed.starts_with(['+', '\u{FF0B}']);
    let digits = PHONE_NUMBER_UTIL.normalize_digits_only(trimmed);
    if digits.is_empty() || digits.len() > MAX_DIGITS {
        return input.to_string();
    }
    let formatted = if international {
        complete(&digits, &international_fillers(&digits), |candidate| {
            let number = PHONE_NUMBER_UTIL
                .parse(format!("+{candidate}"), None)
                .ok()?;
            Some((
                number
                    .format_as(PhoneNumberFormat::International)
                    .into_owned(),
                number,
            ))
        })
    } else {
        let Some(region) = region else {
            return input.to_string();
        };
        complete(&digits, &national_fillers(region), |candidate| {
            let number = PHONE_NUMBER_UTIL.parse(candidate, Some(region)).ok()?;
            // A national number as dialled in its country (with the trunk prefix if it was
            // typed); without one, the international grouping minus the country code.
            let national = number.format_as(PhoneNumberFormat::National).into_owned();
            if PHONE_NUMBER_UTIL
                .normalize_digits_only(&national)
                .starts_with(candidate)
            {
                return Some((national, number));
            }
            let intl = number.format_as(PhoneNumberFormat::International);
            let prefix = format!("+{} ", number.country_code);
            Some((intl.strip_prefix(&prefix)?.to_string(), number))
        })
    };
    formatted.unwrap_or_else(|| input.to_string())
}

/// Completes `digits` with each filler, formats the completed number, and keeps the formatted
/// text up to the last typed digit. A completion that is a valid number wins over one that is
/// only of a possible length.
fn complete(
    digits: &str,
    fillers: &[String],
    format: impl Fn(&str) -> Option<(String, PhoneNumber)>,
) -> Option<String> {
    let mut candidates = Vec::new();
    for filler in fillers {
        for len in digits.len()..=MAX_DIGITS {
            let Some(extra) = filler.get(digits.len()..len) else {
                break;
            };
            candidates.push(format!("{digits}{extra}"));
        }
    }
    let mut possible = None;
    for candidate in &candidates {
        let Some((formatted, number)) = format(candidate) else {
            continue;
        };
        let Some(cut) = cut_after_digits(&formatted, digits) else {
            continue;
        };
        if number.is_valid() {
            return Some(cut);
        }
        if possible.is_none() && PHONE_NUMBER_UTIL.is_possible_number(&number) {
            possible = Some(cut);
        }
    }
    possible
}

/// `formatted` up to and including the digit that completes `typed`, provided its digits start
/// with `typed`; otherwise `None`.
fn cut_after_digits(formatted: &str, typed: &str) -> Option<String> {
    let mut out = String::new();
    let mut expected = typed.chars();
    let mut next = expected.next();
    for c in formatted.chars() {
        let Some(want) = next else { break };
        if c.is_ascii_digit() {
            if c != want {
                return None;
            }
            next = expected.next();
        }
        out.push(c);
    }
    next.is_none().then_some(out)
}

fn zeros() -> String {
    "0".repeat(MAX_DIGITS)
}

/// The region's example mobile number as dialled nationally and without the trunk prefix, then
/// zeros: the first two complete a mobile number the way the country writes it.
fn national_fillers(region: Region) -> Vec<String> {
    let mut fillers = Vec::new();
    if let Ok(example) =
        PHONE_NUMBER_UTIL.get_example_number_for_type_and_region(region, PhoneNumberType::Mobile)
    {
        fillers.push(
            PHONE_NUMBER_UTIL
                .normalize_digits_only(example.format_as(PhoneNumberFormat::National).as_ref()),
        );
        fillers.push(example.get_national_significant_number());
    }
    fillers.push(zeros());
    fillers
}

/// For `+…`: the example mobile number of the country whose calling code starts the digits.
fn international_fillers(digits: &str) -> Vec<String> {
    let mut fillers = Vec::new();
    for len in 1..=3.min(digits.len()) {
        let Ok(cc) = digits[..len].parse::<i32>() else {
            continue;
        };
        let Some(region) = PHONE_NUMBER_UTIL.get_region_for_country_code(cc) else {
            continue;
        };
        if let Ok(example) = PHONE_NUMBER_UTIL
            .get_example_number_for_type_and_region(region, PhoneNumberType::Mobile)
        {
            fillers.push(format!("{cc}{}", example.get_national_significant_number()));
        }
    }
    fillers.push(zeros());
    fillers
}
