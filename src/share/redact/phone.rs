//! Phone numbers, found by libphonenumber's own number finder (the `PhoneNumberMatcher` of
//! rlibphonenumber, the library `phone/` is built on): national formats of the customer's
//! region first, then of any region, and every international number. Numbers it rejects but
//! that are still written like phone numbers (`+` and 7–15 digits; a trunk `0` and a possible
//! number of the region) are masked too: over-masking is the safe side.

use rlibphonenumber::phonenumber_matcher::{Leniency, PHONE_MATCHER_FACTORY};
use rlibphonenumber::{Region, PHONE_NUMBER_UTIL};

use std::sync::LazyLock;

use regex::Regex;

use super::digits::{digits, is_digit_separator, last};
use super::found::{re, Found};
use super::kind::RedactKind;

/// Candidates libphonenumber may try per text (its own guard against pathological input).
const MAX_TRIES: u64 = 2_000;

fn mask(found: &mut Found, start: usize, end: usize, country_code: Option<i32>, raw: &str) {
    let cc = country_code.map(|c| format!("+{c} ")).unwrap_or_default();
    found.mask(
        start,
        end,
        RedactKind::Phone,
        crate::t!(
            "share-mask-phone",
            prefix = cc,
            last = last(&digits(raw), 3)
        ),
    );
}

/// Regions whose national formats are always looked for, besides the customer's own: the most
/// populous ones with national numbers of 8+ digits (so an order or ticket number is not read
/// as a short local number of some small region). International numbers (`+…`) of every
/// region are found whatever this list holds.
const NATIONAL_FORMATS: [Region; 12] = [
    Region::US,
    Region::GB,
    Region::VN,
    Region::IN,
    Region::DE,
    Region::FR,
    Region::AU,
    Region::BR,
    Region::PH,
    Region::ID,
    Region::JP,
    Region::CN,
];

pub(super) fn find(text: &str, region: Option<&str>, found: &mut Found) {
    let region = region.and_then(|r| Region::from_code(r.trim()).ok());
    let regions = NATIONAL_FORMATS.into_iter().chain(region);
    for m in PHONE_MATCHER_FACTORY.create_matcher_with_regions(
        text,
        Leniency::Valid,
        MAX_TRIES,
        regions,
        region,
    ) {
        if looks_like_date(m.raw_string) || is_business_number(&m.number) {
            continue;
        }
        mask(
            found,
            m.start,
            m.end(),
            Some(m.number.country_code),
            m.raw_string,
        );
    }
    written_like_phones(text, region, found);
    if let Some(region) = region {
        national_windows(text, region, found);
    }
}

/// National numbers of the customer's region wherever they stand, even where libphonenumber's
/// finder gave up on a longer candidate (`KDP-77120 612 34 50 00`): every window of whole digit
/// groups with 7–15 digits that is a valid number of the region.
fn national_windows(text: &str, region: Region, found: &mut Found) {
    let gs = super::numbers::groups(text);
    let mut i = 0;
    while i < gs.len() {
        let mut best = None;
        let mut total = 0;
        let mut j = i;
        while j < gs.len() && (j == i || gs[j].joined) {
            total += gs[j].len();
            if total > 15 {
                break;
            }
            if total >= 7 {
                let raw = &text[gs[i].start..gs[j].end];
                if !looks_like_date(raw)
                    && PHONE_NUMBER_UTIL.parse(raw, Some(region)).is_ok_and(|n| {
                        PHONE_NUMBER_UTIL.is_valid_number(&n) && !is_business_number(&n)
                    })
                {
                    best = Some(j);
                }
            }
            j += 1;
        }
        match best {
            Some(j) => {
                let raw = &text[gs[i].start..gs[j].end];
                mask(found, gs[i].start, gs[j].end, None, raw);
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// `+` followed by digit groups, or `0` followed by digit groups: the longest run of whole
/// groups that libphonenumber calls a possible number (else, after `+`, any 7–15 digits).
fn written_like_phones(text: &str, region: Option<Region>, found: &mut Found) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // "00" dials out like "+" (00 84 912 …).
        let dial_out = b[i] == b'0'
            && b.get(i + 1) == Some(&b'0')
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        let plus = b[i] == b'+' || dial_out;
        let trunk = !dial_out && b[i] == b'0' && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        let paren = b[i] == b'(' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(plus || trunk || paren) || (plus && !b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            continue;
        }
        // Group ends: after each run of digits, the text so far is a candidate.
        let mut ends = Vec::new();
        let mut j = if dial_out {
            i + 2
        } else if plus || paren {
            i + 1
        } else {
            i
        };
        let mut count = 0;
        while j < b.len() {
            let c = b[j];
            if c.is_ascii_digit() {
                count += 1;
                j += 1;
                if j == b.len() || !b[j].is_ascii_digit() {
                    ends.push((j, count));
                }
            } else if (c == b'(' || c == b')')
                || text[j..].chars().next().is_some_and(is_digit_separator)
            {
                // One separator between groups (")" and "(" may stand next to one).
                let sep_len = text[j..].chars().next().map_or(1, char::len_utf8);
                let next = j + sep_len;
                let next_ok = b
                    .get(next)
                    .is_some_and(|n| n.is_ascii_digit() || *n == b'(')
                    || (c == b')' && b.get(next) == Some(&b' '));
                if !next_ok {
                    break;
                }
                j = next;
            } else {
                break;
            }
            if count > 15 {
                break;
            }
        }
        let pick = ends
            .iter()
            .rev()
            .filter(|(_, n)| (7..=15).contains(n))
            .find(|(end, _)| {
                let raw = &text[i..*end];
                let international = format!("+{}", raw.trim_start_matches(['+', '0']));
                let raw = if dial_out {
                    international.as_str()
                } else {
                    raw
                };
                let possible = |r: Option<Region>| {
                    PHONE_NUMBER_UTIL.parse(raw, r).is_ok_and(|n| {
                        PHONE_NUMBER_UTIL.is_possible_number(&n) && !is_business_number(&n)
                    })
                };
                !looks_like_date(raw)
                    && if plus {
                        possible(None)
                    } else {
                        region
                            .into_iter()
                            .chain(NATIONAL_FORMATS)
                            .any(|r| possible(Some(r)))
                    }
            })
            .or_else(|| {
                // After "+", anything of phone length is a phone number however it parses.
                ends.iter()
                    .rev()
                    .find(|(_, n)| b[i] == b'+' && (7..=15).contains(n))
            });
        match pick {
            Some(&(end, _)) => {
                let raw = &text[i..end];
                let cc = plus
                    .then(|| PHONE_NUMBER_UTIL.parse(raw, None).ok())
                    .flatten()
                    .map(|n| n.country_code);
                mask(found, i, end, cc, raw);
                i = end;
            }
            None => i = j.max(i + 1),
        }
    }
}

/// `02.11.2026`, `2026-11-02`, `02-11-26`: dates, however phone-like their digits.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$")
});

fn looks_like_date(raw: &str) -> bool {
    DATE.is_match(raw.trim())
}

/// Toll-free, premium-rate, shared-cost and universal numbers belong to businesses (a bank's
/// hotline `1900 54 54 13`), not to the customer: they stay readable.
fn is_business_number(n: &rlibphonenumber::PhoneNumber) -> bool {
    use rlibphonenumber::PhoneNumberType as T;
    matches!(
        PHONE_NUMBER_UTIL.get_number_type(n),
        T::TollFree | T::PremiumRate | T::SharedCost | T::UAN
    )
}
