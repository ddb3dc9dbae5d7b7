//! Identity numbers and card security codes: what an impostor uses to pass as the customer.
//! Found after their names in English and Vietnamese (SSN, passport, national ID, CCCD/CMND,
//! căn cước, hộ chiếu, mã số thuế…; CVV/CVC), plus the US social-security format `123-45-6789`
//! wherever it stands.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::vi_fold;
use super::found::{re, Found};
use super::kind::RedactKind;

static ID_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:ssn|social security(?: number| no\.?)?|passport(?: number| no\.?| #)?|national id(?: number)?|id (?:number|no\.?)|identity (?:card|number)|driver'?s licen[cs]e(?: number| no\.?)?|tax id|ni number|aadhaar|cccd|cmnd|cmt)\b|{}",
        vi_fold("(can cuoc( cong dan)?|chung minh( nhan dan| thu)?|ho chieu|so dinh danh( ca nhan)?|ma so thue|giay phep lai xe)")
    ))
});

/// The number after an ID cue: letters and digits, groups joined by spaces or dashes, 5+ digits.
static ID_VALUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[^\n\r\d]{0,24}?\b([A-Z]{0,2}\d[\dA-Z]*(?:[ -]\d[\dA-Z]*){0,4})\b"));

static SSN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:00[1-9]|0[1-9]\d|[1-5]\d\d|6[0-57-9]\d|66[0-57-9]|7[0-6]\d|77[0-2])-(?:0[1-9]|[1-9]\d)-(?:000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})\b",
    )
});

static CVC: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b(?:cvv2?|cvc2?|cid|csc|card (?:security|verification) (?:code|value))\b|{})[^\d\n\r]{{0,12}}\b(\d{{3,4}})\b",
        vi_fold("ma (cvv|cvc|bao mat the)")
    ))
});

pub(super) fn find(text: &str, found: &mut Found) {
    for cue in ID_CUE.find_iter(text) {
        let Some(c) = ID_VALUE.captures(&text[cue.end()..]) else {
            continue;
        };
        let Some(v) = c.get(1) else { continue };
        if v.as_str().chars().filter(char::is_ascii_digit).count() >= 5 {
            found.mask(
                cue.end() + v.start(),
                cue.end() + v.end(),
                RedactKind::IdNumber,
                crate::t!("share-mask-id"),
            );
        }
    }
    for m in SSN.find_iter(text) {
        // Not a piece of a longer dashed number (`123-45-6789-001`).
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if !matches!(before, Some('-' | '.')) && !matches!(after, Some('-' | '.'))
            || after == Some('.') && !text[m.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            found.mask(
                m.start(),
                m.end(),
                RedactKind::IdNumber,
                crate::t!("share-mask-id"),
            );
        }
    }
    for c in CVC.captures_iter(text) {
        if let Some(v) = c.get(1) {
            found.mask(
                v.start(),
                v.end(),
                RedactKind::Card,
                crate::t!("share-mask-card-security"),
            );
        }
    }
}
