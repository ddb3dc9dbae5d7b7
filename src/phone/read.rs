//! Reading what a person typed: libphonenumber first, then the forms people use that it does not
//! read on its own (a country code without `+`, `00` with no country chosen), and the facts the
//! diagnosis explains (digits in other scripts, a trunk `0` after the country code…).

use rlibphonenumber::{CountryCodeSource, PhoneNumber, Region, PHONE_NUMBER_UTIL};

use super::ParseFailure;

/// What Steward made of an input.
#[derive(Debug)]
pub(super) struct Reading {
    /// The input, trimmed.
    pub text: String,
    /// The number read, valid or not; `None` when libphonenumber could not read one.
    pub number: Option<PhoneNumber>,
    /// Why libphonenumber could not read the input as typed, if it could not.
    pub failure: Option<ParseFailure>,
    /// Set when the number was read from a corrected form of the input.
    pub rescued: Option<Rescue>,
    /// The input has digits written in another script (full-width, Arabic-Indic…).
    pub other_script_digits: bool,
    /// Count of digits typed (any script).
    pub digit_count: usize,
    /// The input has letters in it.
    pub has_letters: bool,
    /// The country code's digits were typed (with `+`, an international prefix or none).
    pub country_code_typed: Option<CountryCodeTyped>,
    /// Digits typed between the country code and the national significant number that
    /// libphonenumber dropped (a trunk prefix, usually "0"), e.g. "0" in `+84 0912 345 678`.
    pub dropped_after_country_code: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CountryCodeTyped {
    WithPlus,
    /// After an international call prefix such as `00`.
    AfterIdd,
    WithoutPlus,
}

/// The input was not a valid number as typed, but another reading of its digits is.
#[derive(Debug)]
pub(super) struct Rescue {
    /// The text actually read: `+84912345678`, or the digits alone.
    pub candidate: String,
    pub how: RescueKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RescueKind {
    /// The digits alone, with the chosen region: symbols such as emoji were left out.
    DigitsOnly,
    /// A leading `00` was read as `+`.
    DroppedIdd,
    /// The digits were read with a `+` in front: a country code typed without it.
    AddedPlus,
}

pub(super) fn read(input: &str, region: Option<Region>) -> Reading {
    let text = input.trim().to_string();
    let digits = PHONE_NUMBER_UTIL.normalize_digits_only(&text);
    let mut reading = Reading {
        other_script_digits: text.chars().any(|c| {
            !c.is_ascii_digit() && PHONE_NUMBER_UTIL.normalize_digits_only(c.to_string()).len() == 1
        }),
        digit_count: digits.len(),
        has_letters: text.chars().any(char::is_alphabetic),
        text,
        number: None,
        failure: None,
        rescued: None,
        country_code_typed: None,
        dropped_after_country_code: None,
    };
    if reading.text.is_empty() {
        reading.failure = Some(ParseFailure::NotANumber);
        return reading;
    }
    let strict = PHONE_NUMBER_UTIL
        .parse_and_keep_raw_input(&reading.text, region)
        .map_err(ParseFailure::from);
    let strict_valid = strict.as_ref().is_ok_and(|n| n.is_valid());
    if !strict_valid {
        if let Some(rescue) = rescue(&reading, &digits, region) {
            reading.rescued = Some(rescue.0);
            reading.number = Some(rescue.1);
        }
    }
    if reading.number.is_none() {
        match strict {
            Ok(n) => reading.number = Some(n),
            Err(f) => reading.failure = Some(f),
        }
    }
    if let Some(number) = &reading.number {
        reading.country_code_typed = match number.country_code_source() {
            CountryCodeSource::FromNumberWithPlusSign => Some(CountryCodeTyped::WithPlus),
            CountryCodeSource::FromNumberWithIdd => Some(CountryCodeTyped::AfterIdd),
            CountryCodeSource::FromNumberWithoutPlusSign => Some(CountryCodeTyped::WithoutPlus),
            _ => None,
        };
        if reading.country_code_typed.is_some() {
            let parsed_text = reading
                .rescued
                .as_ref()
                .map_or(reading.text.as_str(), |r| r.candidate.as_str());
            reading.dropped_after_country_code = dropped_after_country_code(parsed_text, number);
        }
    }
    reading
}

/// Other readings of a person's input, tried in order when it is not a valid number as typed
/// (so a valid national number is never misread): its digits alone with the chosen region
/// (`131📱23456789`), then its digits with a `+` in front, a leading `00` dropped (`0084…`,
/// `447400123456`). Never for input with a `+` or with letters, which may be a vanity number
/// or an extension marker. `scripts/phone-reference/generate.py` mirrors this exactly.
fn rescue(
    reading: &Reading,
    digits: &str,
    region: Option<Region>,
) -> Option<(Rescue, PhoneNumber)> {
    if reading.text.starts_with(['+', '\u{FF0B}']) || reading.has_letters || digits.is_empty() {
        return None;
    }
    let mut candidates = Vec::with_capacity(2);
    if region.is_some() {
        candidates.push((digits.to_string(), region, RescueKind::DigitsOnly));
    }
    match digits.strip_prefix("00") {
        Some("") => {}
        Some(rest) => candidates.push((format!("+{rest}"), None, RescueKind::DroppedIdd)),
        None => candidates.push((format!("+{digits}"), None, RescueKind::AddedPlus)),
    }
    candidates.into_iter().find_map(|(candidate, region, how)| {
        let number = PHONE_NUMBER_UTIL
            .parse_and_keep_raw_input(&candidate, region)
            .ok()
            .filter(|n| n.is_valid())?;
        Some((Rescue { candidate, how }, number))
    })
}

/// The digits typed between the country code and the national significant number, when
/// libphonenumber dropped some (the trunk prefix in `+84 0912 345 678`, `+44 (0)20…`).
fn dropped_after_country_code(text: &str, number: &PhoneNumber) -> Option<String> {
    let digits = PHONE_NUMBER_UTIL.normalize_digits_only(strip_extension(text, number));
    let cc = number.country_code.to_string();
    let nsn = number.get_national_significant_number();
    // The country code comes first, after at most an international prefix (00, 011, 0011…).
    let start = (0..=4.min(digits.len())).find(|&i| digits[i..].starts_with(&cc))?;
    let after_cc = &digits[start + cc.len()..];
    let dropped = after_cc.strip_suffix(nsn.as_str())?;
    (!dropped.is_empty()).then(|| dropped.to_string())
}

/// The text without a trailing extension ("ext. 12", "x 99"), so its digits are not counted.
fn strip_extension<'a>(text: &'a str, number: &PhoneNumber) -> &'a str {
    let Some(ext) = number.extension.as_deref().filter(|e| !e.is_empty()) else {
        return text;
    };
    // The extension's digits are the last ones typed; cut just before the first of them.
    let mut remaining = ext.chars().count();
    for (i, c) in text.char_indices().rev() {
        if PHONE_NUMBER_UTIL.normalize_digits_only(c.to_string()).len() == 1 {
            remaining -= 1;
            if remaining == 0 {
                return &text[..i];
            }
        }
    }
    text
}
