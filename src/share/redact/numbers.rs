//! Card numbers and IBANs. Every candidate window is checked, not the leftmost greedy run: a
//! card followed by its expiry (`4111 1111 1111 1111 12/27`) or an IBAN followed by a word is
//! still found, because each window of digit groups (each prefix, for IBANs) is tried.

use std::sync::LazyLock;

use regex::Regex;

use super::digits::{digits, is_digit_separator, last, luhn_ok};
use super::found::{re, Found};
use super::kind::{FlagReason, RedactKind};

/// Digits in a row, unmasked, from which a number is flagged as possibly sensitive.
const LONG_NUMBER: usize = 12;

/// A maximal run of ASCII digits; `joined` when one separator (space, dash, dot) links it to
/// the previous run.
pub(super) struct Group {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) joined: bool,
}

impl Group {
    pub(super) fn len(&self) -> usize {
        self.end - self.start
    }
}

pub(super) fn groups(text: &str) -> Vec<Group> {
    let b = text.as_bytes();
    let mut out: Vec<Group> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let joined = out.last().is_some_and(|prev| {
            let mut gap = text[prev.end..start].chars();
            matches!((gap.next(), gap.next()), (Some(c), None) if is_digit_separator(c))
        });
        out.push(Group {
            start,
            end: i,
            joined,
        });
    }
    out
}

/// How cards are written: one block, 4-4-4-4(-3), or Amex/Diners 4-6-5 / 4-6-4.
fn card_grouping(lens: &[usize]) -> bool {
    match lens {
        [] => false,
        [_] | [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&l| l == 4) && (1..=4).contains(last),
    }
}

/// Which length wins when several windows from one start pass Luhn (the common ones first).
fn preference(len: usize) -> u8 {
    match len {
        16 => 7,
        15 => 6,
        19 => 5,
        14 => 4,
        13 => 3,
        18 => 2,
        17 => 1,
        _ => 0,
    }
}

pub(super) fn find_cards(text: &str, found: &mut Found) {
    let gs = groups(text);
    let mut i = 0;
    while i < gs.len() {
        let mut best: Option<(usize, usize)> = None;
        let mut lens = Vec::new();
        let mut total = 0;
        let mut j = i;
        while j < gs.len() && (j == i || gs[j].joined) {
            total += gs[j].len();
            lens.push(gs[j].len());
            if total > 19 {
                break;
            }
            if total >= 13 {
                let d = digits(&text[gs[i].start..gs[j].end]);
                if luhn_ok(&d) {
                    if card_grouping(&lens) {
                        if best.is_none_or(|(_, t)| preference(t) < preference(total)) {
                            best = Some((j, total));
                        }
                    } else {
                        found.flag(gs[i].start, gs[j].end, FlagReason::CardLike);
                    }
                }
            }
            j += 1;
        }
        match best {
            Some((j, _)) => {
                let d = digits(&text[gs[i].start..gs[j].end]);
                found.mask(
                    gs[i].start,
                    gs[j].end,
                    RedactKind::Card,
                    crate::t!("share-mask-card", last = last(&d, 4)),
                );
                i = j + 1;
            }
            None => i += 1,
        }
    }
    // Long runs of digits nothing claimed are flagged (an account or ID number?).
    let mut i = 0;
    while i < gs.len() {
        let mut j = i;
        let mut total = gs[i].len();
        while j + 1 < gs.len() && gs[j + 1].joined {
            j += 1;
            total += gs[j].len();
        }
        if total >= LONG_NUMBER {
            found.flag(gs[i].start, gs[j].end, FlagReason::LongNumber);
        }
        i = j + 1;
    }
}

static IBAN_START: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b[A-Z]{2}[0-9]{2}"));

pub(super) fn find_ibans(text: &str, found: &mut Found) {
    let mut after = 0;
    for m in IBAN_START.find_iter(text) {
        if m.start() < after {
            continue;
        }
        // The letters and digits from here, with single spaces or dashes between them, up to the
        // longest IBAN (34); `ends[n]` is where the first n+1 of them end.
        let mut compact = String::new();
        let mut ends = Vec::new();
        let mut gap = false;
        for (off, c) in text[m.start()..].char_indices() {
            if c.is_ascii_alphanumeric() {
                compact.push(c.to_ascii_uppercase());
                ends.push(m.start() + off + 1);
                gap = false;
                if compact.len() == 34 {
                    break;
                }
            } else if !gap && (c == ' ' || c == '-' || c == '\u{a0}') {
                gap = true;
            } else {
                break;
            }
        }
        // The registry fixes one length per country, so at most one prefix can pass.
        for n in (15..=compact.len()).rev() {
            if compact[..n].parse::<iban::Iban>().is_ok() {
                found.mask(
                    m.start(),
                    ends[n - 1],
                    RedactKind::Iban,
                    crate::t!(
                        "share-mask-iban",
                        country = &compact[..2],
                        last = &compact[n - 4..n]
                    ),
                );
                after = ends[n - 1];
                break;
            }
        }
    }
}
