//! Redaction of free text before anything leaves the machine. On by default: every export and
//! brief is built from redacted text, and the customer can unmask a kind deliberately
//! (`--no-redact phone`). Backup codes can never be unmasked: they unlock an account on their own.
//!
//! Detectors err on the side of masking: a false positive costs a digit string in a brief, a
//! false negative leaks a card number.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
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
}

impl RedactKind {
    pub const ALL: [RedactKind; 9] = [
        RedactKind::Card,
        RedactKind::Iban,
        RedactKind::Phone,
        RedactKind::Email,
        RedactKind::Otp,
        RedactKind::BackupCode,
        RedactKind::Password,
        RedactKind::ResetLink,
        RedactKind::Address,
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
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RedactKind::Card => "card number",
            RedactKind::Iban => "IBAN",
            RedactKind::Phone => "phone number",
            RedactKind::Email => "e-mail address",
            RedactKind::Otp => "one-time code",
            RedactKind::BackupCode => "backup code",
            RedactKind::Password => "password",
            RedactKind::ResetLink => "reset or sign-in link",
            RedactKind::Address => "postal address",
        }
    }

    /// Accepts the CLI spellings (`card`, `cards`, `e-mail`, `otp`, `link`, …).
    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = norm.trim_end_matches('s');
        Some(match norm {
            "card" | "card_number" | "pan" => RedactKind::Card,
            "iban" => RedactKind::Iban,
            "phone" | "phone_number" | "tel" => RedactKind::Phone,
            "email" | "e_mail" | "mail" | "addres_email" => RedactKind::Email,
            "otp" | "code" | "one_time_code" | "pin" => RedactKind::Otp,
            "backup_code" | "recovery_code" => RedactKind::BackupCode,
            "password" => RedactKind::Password,
            "reset_link" | "link" | "url" => RedactKind::ResetLink,
            "addres" | "postal_addres" => RedactKind::Address,
            _ => return None,
        })
    }

    /// Kinds that stay masked whatever the customer asks.
    pub fn always_masked(self) -> bool {
        self == RedactKind::BackupCode
    }
}

/// A piece of redacted text: plain, or a mask with what it replaced (the kind only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactSegment")]
pub struct Segment {
    pub text: String,
    /// Set when `text` is a mask.
    pub kind: Option<RedactKind>,
}

/// Text after redaction, as segments so a preview can highlight every mask.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Redacted {
    pub segments: Vec<Segment>,
}

impl Redacted {
    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }

    pub fn kinds(&self) -> impl Iterator<Item = RedactKind> + '_ {
        self.segments.iter().filter_map(|s| s.kind)
    }
}

/// What to mask.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactOptions")]
pub struct Redactor {
    /// Kinds the customer chose to send in the clear (backup codes are masked regardless).
    #[serde(default)]
    pub unmask: BTreeSet<RedactKind>,
    /// Postal addresses the customer marked as theirs; matched case-insensitively.
    #[serde(default)]
    pub addresses: Vec<String>,
}

struct Span {
    start: usize,
    end: usize,
    kind: RedactKind,
    replacement: String,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("built-in pattern: {e}"))
}

static CARD: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:\d[ -]?){12,18}\d\b"));
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"));
// A leading + or trunk 0 keeps dates, amounts and reference numbers out.
static PHONE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:\+|\b0)\d[\d \-().]{5,18}\d"));
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b"));
static OTP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:code|otp|pin|passcode|verification|one[- ]time|2fa|mã)\b[^\d\n]{0,30}?\b(\d{4,8})\b",
    )
});
static OTP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(\d{4,8})\b[^\d\n]{0,25}?\b(?:is (?:your|the) (?:code|otp|pin)|code|otp)\b")
});
static BACKUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:backup|recovery|scratch)[ -]codes?\b[^A-Za-z0-9\n]{0,12}((?:[A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{3,12})?[ ,;]*){1,16})",
    )
});
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:password|passwd|pwd|passphrase|mật khẩu)\b\s*(?:is|was|:|=|-)\s*(\S+)")
});
static URL: LazyLock<Regex> = LazyLock::new(|| re(r#"(?i)\bhttps?://[^\s<>"']+"#));
static LINK_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(token|reset|verify|verification|magic|confirm|signin|sign-in|login|auth|code|otp|key|session)",
    )
});

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn last(s: &str, n: usize) -> &str {
    &s[s.len().saturating_sub(n)..]
}

/// The Luhn check every payment card number passes.
pub fn luhn_ok(number: &str) -> bool {
    let mut sum = 0u32;
    for (i, c) in number.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

/// The ISO 13616 mod-97 check.
pub fn iban_ok(iban: &str) -> bool {
    let s: String = iban
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if s.len() < 15 || s.len() > 34 || !s.is_ascii() {
        return false;
    }
    let (head, tail) = s.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether spans of `kind` are masked.
    pub fn masks(&self, kind: RedactKind) -> bool {
        kind.always_masked() || !self.unmask.contains(&kind)
    }

    fn find(&self, text: &str) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut push = |start: usize, end: usize, kind: RedactKind, replacement: String| {
            spans.push(Span {
                start,
                end,
                kind,
                replacement,
            })
        };
        for m in PASSWORD.captures_iter(text) {
            if let Some(g) = m.get(1) {
                push(
                    g.start(),
                    g.end(),
                    RedactKind::Password,
                    "[password]".into(),
                );
            }
        }
        for m in BACKUP.captures_iter(text) {
            if let Some(g) = m.get(1) {
                let trimmed = g.as_str().trim_end_matches([' ', ',', ';']);
                push(
                    g.start(),
                    g.start() + trimmed.len(),
                    RedactKind::BackupCode,
                    "[backup codes removed]".into(),
                );
            }
        }
        for m in URL.find_iter(text) {
            let url = m.as_str();
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            if !path.is_empty() && LINK_SECRET.is_match(path) {
                push(
                    m.start(),
                    m.end(),
                    RedactKind::ResetLink,
                    format!("[link to {host}]"),
                );
            }
        }
        for m in IBAN.find_iter(text) {
            if iban_ok(m.as_str()) {
                let compact: String = m.as_str().split_whitespace().collect();
                let country = compact.get(..2).unwrap_or("").to_ascii_uppercase();
                push(
                    m.start(),
                    m.end(),
                    RedactKind::Iban,
                    format!("[IBAN {country}… ending {}]", last(&compact, 4)),
                );
            }
        }
        for m in CARD.find_iter(text) {
            let d = digits(m.as_str());
            if (13..=19).contains(&d.len()) && luhn_ok(&d) {
                push(
                    m.start(),
                    m.end(),
                    RedactKind::Card,
                    format!("[card ending {}]", last(&d, 4)),
                );
            }
        }
        for m in EMAIL.find_iter(text) {
            let domain = m.as_str().rsplit_once('@').map_or("", |(_, d)| d);
            push(
                m.start(),
                m.end(),
                RedactKind::Email,
                format!("[e-mail at {domain}]"),
            );
        }
        for m in PHONE.find_iter(text) {
            let raw = m.as_str().trim_end_matches([' ', '-', '.', '(']);
            let d = digits(raw);
            if !(7..=15).contains(&d.len()) {
                continue;
            }
            // A parsed number keeps its calling code; anything phone-shaped is masked anyway
            // (over-masking is the safe side).
            let cc = if raw.starts_with('+') {
                crate::phone::parse(raw, None)
                    .ok()
                    .filter(|n| n.possible)
                    .map(|n| format!("+{} ", n.country_code))
                    .unwrap_or_default()
            } else {
                String::new()
            };
            push(
                m.start(),
                m.start() + raw.len(),
                RedactKind::Phone,
                format!("[phone {cc}…{}]", last(&d, 3)),
            );
        }
        for re in [&*OTP_AFTER, &*OTP_BEFORE] {
            for m in re.captures_iter(text) {
                if let Some(g) = m.get(1) {
                    push(g.start(), g.end(), RedactKind::Otp, "[code]".into());
                }
            }
        }
        let lower = text.to_lowercase();
        // Lower-casing can change byte lengths outside ASCII; only search when it did not.
        if lower.len() == text.len() {
            for addr in &self.addresses {
                let needle = addr.trim().to_lowercase();
                if needle.len() < 4 {
                    continue;
                }
                let mut from = 0;
                while let Some(i) = lower[from..].find(&needle) {
                    let start = from + i;
                    push(
                        start,
                        start + needle.len(),
                        RedactKind::Address,
                        "[address]".into(),
                    );
                    from = start + needle.len();
                }
            }
        } else {
            for addr in &self.addresses {
                let needle = addr.trim();
                if needle.len() < 4 {
                    continue;
                }
                for (i, _) in text.match_indices(needle) {
                    push(i, i + needle.len(), RedactKind::Address, "[address]".into());
                }
            }
        }
        spans
    }

    /// Redacts one piece of text. Overlapping finds: the one that starts first wins, then the
    /// longer (an IBAN's digits are not re-read as a card).
    pub fn redact(&self, text: &str) -> Redacted {
        let mut spans = self.find(text);
        spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut segments = Vec::new();
        let mut pos = 0;
        for s in spans {
            if s.start < pos || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                continue;
            }
            if !self.masks(s.kind) {
                // Deliberately unmasked: still claims its range so nothing inside is re-masked.
                if s.start > pos {
                    segments.push(Segment {
                        text: text[pos..s.start].to_string(),
                        kind: None,
                    });
                }
                segments.push(Segment {
                    text: text[s.start..s.end].to_string(),
                    kind: None,
                });
                pos = s.end;
                continue;
            }
            if s.start > pos {
                segments.push(Segment {
                    text: text[pos..s.start].to_string(),
                    kind: None,
                });
            }
            segments.push(Segment {
                text: s.replacement,
                kind: Some(s.kind),
            });
            pos = s.end;
        }
        if pos < text.len() {
            segments.push(Segment {
                text: text[pos..].to_string(),
                kind: None,
            });
        }
        // Merge neighbouring plain segments so previews stay compact.
        let mut merged: Vec<Segment> = Vec::with_capacity(segments.len());
        for s in segments {
            match merged.last_mut() {
                Some(prev) if prev.kind.is_none() && s.kind.is_none() => {
                    prev.text.push_str(&s.text)
                }
                _ => merged.push(s),
            }
        }
        Redacted { segments: merged }
    }

    /// Whether `text` holds something of `kind` (masked or not): for the "last four digits and
    /// an address together" warning.
    pub fn contains(&self, text: &str, kind: RedactKind) -> bool {
        self.find(text).iter().any(|s| s.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn red(text: &str) -> String {
        Redactor::new().redact(text).text()
    }

    #[test]
    fn masks_each_kind() {
        assert_eq!(
            red("card 4111 1111 1111 1111 here"),
            "card [card ending 1111] here"
        );
        assert_eq!(
            red("IBAN GB82 WEST 1234 5698 7654 32."),
            "IBAN [IBAN GB… ending 5432]."
        );
        assert!(red("call +84 912 345 678 now").contains("[phone +84 …678]"));
        assert_eq!(red("mail lan@example.com"), "mail [e-mail at example.com]");
        assert_eq!(red("your code is 493817"), "your code is [code]");
        assert_eq!(red("493817 is your code"), "[code] is your code");
        assert_eq!(red("password: hunter22!"), "password: [password]");
        assert_eq!(
            red("see https://x.example/reset?token=abc123 ok"),
            "see [link to x.example] ok"
        );
        assert_eq!(
            red("backup codes 8f3k-29dj 77ab-1c2d"),
            "backup codes [backup codes removed]"
        );
        assert_eq!(
            red("https://example.com/help/topics"),
            "https://example.com/help/topics"
        );
    }

    #[test]
    fn leaves_ordinary_numbers() {
        assert_eq!(
            red("ticket TKT-4471 on 2026-11-02"),
            "ticket TKT-4471 on 2026-11-02"
        );
        assert_eq!(red("4111 1111 1111 1112"), "4111 1111 1111 1112");
    }

    #[test]
    fn unmask_and_backup_codes_stay() {
        let mut r = Redactor::new();
        r.unmask.insert(RedactKind::Phone);
        r.unmask.insert(RedactKind::BackupCode);
        let t = r.redact("+84 912 345 678, backup code 1234abcd").text();
        assert!(t.contains("+84 912 345 678"));
        assert!(!t.contains("1234abcd"));
    }

    #[test]
    fn addresses_marked() {
        let r = Redactor {
            addresses: vec!["12 Nguyen Hue, District 1".into()],
            ..Default::default()
        };
        assert_eq!(
            r.redact("ship to 12 nguyen hue, district 1 please").text(),
            "ship to [address] please"
        );
    }
}
