//! Redaction of free text before anything leaves the machine. On by default: every export,
//! brief, letter, ticket and notification is built from redacted text (see [`super::gate`]), and
//! the customer can unmask a kind deliberately (`--no-redact phone`). Backup codes and one-time
//! codes can never be unmasked: each unlocks an account on its own.
//!
//! Detection scans, it does not guess: every detector finds candidates anywhere in the text and
//! checks each candidate window (a card number is any 13–19 digit window that passes Luhn, not
//! the leftmost greedy run; an IBAN is whatever prefix passes the registry's length and mod-97).
//! One file per detector: [`numbers`] (cards, IBANs), [`phone`], [`email`], [`cues`] (codes,
//! passwords, backup codes from cue words in English and Vietnamese), [`ids`] (identity numbers
//! and card security codes), [`links`] (URLs). What only *looks* sensitive and was left is reported as a [`Flag`], so the preview can warn.
//!
//! Detectors err on the side of masking: a false positive costs a digit string in a brief, a
//! false negative leaks a card number.

mod cues;
mod email;
mod ids;
mod links;
mod numbers;
mod phone;

use std::collections::BTreeSet;

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
    /// Any other text the customer marked private (e.g. from a preview warning).
    Private,
    /// National ID, passport, social-security and tax numbers (SSN, CCCD/CMND, hộ chiếu…).
    IdNumber,
}

impl RedactKind {
    pub const ALL: [RedactKind; 11] = [
        RedactKind::Card,
        RedactKind::Iban,
        RedactKind::Phone,
        RedactKind::Email,
        RedactKind::Otp,
        RedactKind::BackupCode,
        RedactKind::Password,
        RedactKind::ResetLink,
        RedactKind::Address,
        RedactKind::Private,
        RedactKind::IdNumber,
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
            RedactKind::Private => "private",
            RedactKind::IdNumber => "id_number",
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
            RedactKind::Private => "text marked private",
            RedactKind::IdNumber => "ID number",
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
            "otp" | "code" | "one_time_code" | "pin" | "otp_code" => RedactKind::Otp,
            "backup_code" | "recovery_code" => RedactKind::BackupCode,
            "password" => RedactKind::Password,
            "reset_link" | "link" | "url" => RedactKind::ResetLink,
            "addres" | "postal_addres" => RedactKind::Address,
            "private" | "marked" => RedactKind::Private,
            "id" | "id_number" | "ssn" | "passport" | "national_id" => RedactKind::IdNumber,
            _ => return None,
        })
    }

    /// Kinds that stay masked whatever the customer asks: backup and one-time codes are each
    /// enough to get into an account; text marked private was marked to be masked.
    pub fn always_masked(self) -> bool {
        matches!(
            self,
            RedactKind::BackupCode | RedactKind::Otp | RedactKind::Private
        )
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
    /// Any other text the customer marked private; matched case-insensitively, always masked.
    #[serde(default)]
    pub private: Vec<String>,
    /// Where national-format phone numbers are read first (ISO 3166 code, e.g. `VN`); numbers
    /// of other regions are still found (libphonenumber tries the others after it).
    #[serde(default)]
    #[ts(optional)]
    pub region: Option<String>,
    /// Secrets found elsewhere in the same case, masked here too (filled by the gate; see
    /// [`Redactor::with_known`]). Only ever widens what is masked.
    #[serde(skip)]
    #[ts(skip)]
    pub known: Vec<KnownSecret>,
}

/// What one pass of the detectors found in a text (see [`Redactor::analyse`]).
pub(crate) struct Analysis {
    pub(crate) redacted: Redacted,
    pub(crate) flags: Vec<Flag>,
    /// Kinds present, masked or not.
    pub(crate) kinds: BTreeSet<RedactKind>,
    pub(crate) secrets: Vec<KnownSecret>,
}

/// A secret found by its wording somewhere in a case: masked wherever else it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSecret {
    pub(crate) text: String,
    kind: RedactKind,
    replacement: String,
}

/// A span of the text a detector claims.
#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    kind: RedactKind,
    replacement: String,
}

/// Where detectors put what they find.
#[derive(Default)]
struct Found {
    spans: Vec<Span>,
    flags: Vec<Flag>,
}

impl Found {
    fn mask(&mut self, start: usize, end: usize, kind: RedactKind, replacement: impl Into<String>) {
        if start < end {
            self.spans.push(Span {
                start,
                end,
                kind,
                replacement: replacement.into(),
            });
        }
    }

    fn flag(&mut self, start: usize, end: usize, why: FlagReason) {
        if start < end {
            self.flags.push(Flag {
                start: start as u32,
                end: end as u32,
                text: String::new(),
                why,
            });
        }
    }
}

/// Why a piece of text that was left in the clear looks sensitive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "RedactFlagReason")]
pub enum FlagReason {
    /// A run of 12 or more digits that matched no known kind (an account, card or ID number?).
    LongNumber,
    /// 13–19 digits that pass the card check but are grouped unlike a card.
    CardLike,
    /// The word after "password" / "mật khẩu" was not masked.
    AfterPasswordWord,
    /// A random-looking part of a link was left (a token?).
    LinkToken,
    /// A random-looking word of letters and digits (a key or code?).
    TokenLike,
    /// A bare number given as a chat reply (a code read out?).
    CodeLike,
}

impl FlagReason {
    pub fn label(self) -> &'static str {
        match self {
            FlagReason::LongNumber => "a long number",
            FlagReason::CardLike => "a number that passes the card-number check",
            FlagReason::AfterPasswordWord => "the word after \"password\"",
            FlagReason::LinkToken => "a random-looking part of a link",
            FlagReason::TokenLike => "a random-looking code",
            FlagReason::CodeLike => "a number that may be a one-time code",
        }
    }
}

/// Something left in the clear that looks sensitive: the preview shows it so the customer can
/// mask it (by marking it, like an address) before sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactFlag")]
pub struct Flag {
    /// Byte offsets into the field's original text.
    pub start: u32,
    pub end: u32,
    /// The text that was left.
    pub text: String,
    pub why: FlagReason,
}

fn re(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).unwrap_or_else(|e| panic!("built-in pattern: {e}"))
}

/// The ASCII digit a Unicode decimal digit stands for (full-width, Arabic-Indic, Devanagari,
/// Thai, Khmer, …).
fn decimal_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 19] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .and_then(|&z| char::from_digit(u - z, 10))
}

/// `text` with full-width forms (`４`, `＠`, `＋`, ideographic space) and Unicode digits made
/// ASCII, and for each byte of the result the byte of `text` it came from (one past the end
/// included); `None` when there is nothing to fold.
fn fold_width(text: &str) -> Option<(String, Vec<usize>)> {
    let fold = |c: char| -> Option<char> {
        match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0),
            0x3000 => Some(' '),
            _ => decimal_digit(c),
        }
    };
    if !text.chars().any(|c| fold(c).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let f = fold(c).unwrap_or(c);
        for _ in 0..f.len_utf8() {
            map.push(i);
        }
        out.push(f);
    }
    map.push(text.len());
    Some((out, map))
}

/// Characters people put between digit groups (incl. no-break and thin spaces).
fn is_digit_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'
    )
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn last(s: &str, n: usize) -> &str {
    let mut cut = s.len().saturating_sub(n);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[cut..]
}

/// The Luhn check every payment card number passes.
pub fn luhn_ok(number: &str) -> bool {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
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

/// Whether `iban` (spaces allowed, any case) is an IBAN: the registry's length and structure for
/// its country and the ISO 13616 mod-97 check (the `iban_validate` crate).
pub fn iban_ok(iban: &str) -> bool {
    let compact: String = iban
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    compact.parse::<iban::Iban>().is_ok()
}

/// A secret found once is masked wherever else it stands in the text, cue or not (`#630918`
/// after "630918 is your GitHub code", a password quoted again later). Codes are also looked
/// for with their separators dropped (`514-023` in `…/514023`).
/// Kinds whose value is a secret on its own, wherever it stands again.
const SECRET_KINDS: [RedactKind; 4] = [
    RedactKind::Otp,
    RedactKind::Password,
    RedactKind::BackupCode,
    RedactKind::ResetLink,
];

/// Whether `text[start..end]` is glued to letters or digits on either side (part of a word).
fn glued(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    alnum(text[..start].chars().next_back()) || alnum(text[end..].chars().next())
}

fn repeats(text: &str, found: &mut Found) {
    let mut extra = Vec::new();
    for s in found
        .spans
        .iter()
        .filter(|s| SECRET_KINDS.contains(&s.kind))
    {
        let raw = &text[s.start..s.end];
        let compact: String = raw.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut needles = vec![raw.to_string()];
        if s.kind != RedactKind::BackupCode && compact.len() != raw.len() {
            needles.push(compact);
        }
        for needle in needles.iter().filter(|n| n.chars().count() >= 4) {
            for (i, _) in text.match_indices(needle.as_str()) {
                let end = i + needle.len();
                let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                if i != s.start
                    && !glued(text[..i].chars().next_back())
                    && !glued(text[end..].chars().next())
                {
                    extra.push(Span {
                        start: i,
                        end,
                        kind: s.kind,
                        replacement: s.replacement.clone(),
                    });
                }
            }
        }
    }
    found.spans.extend(extra);
}

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether spans of `kind` are masked.
    pub fn masks(&self, kind: RedactKind) -> bool {
        kind.always_masked() || !self.unmask.contains(&kind)
    }

    /// Runs every detector. Text with full-width or non-Latin digits (`４１１１…`, `٤١١١…`)
    /// is read as ASCII, and what is found is mapped back onto the original text.
    fn find(&self, text: &str) -> Found {
        match fold_width(text) {
            None => self.find_ascii(text),
            Some((folded, map)) => {
                let mut found = self.find_ascii(&folded);
                for s in &mut found.spans {
                    s.start = map[s.start];
                    s.end = map[s.end];
                }
                for f in &mut found.flags {
                    f.start = map[f.start as usize] as u32;
                    f.end = map[f.end as usize] as u32;
                }
                found
            }
        }
    }

    fn find_ascii(&self, text: &str) -> Found {
        let mut found = Found::default();
        links::find(text, &mut found);
        cues::find(text, &mut found);
        numbers::find_ibans(text, &mut found);
        numbers::find_cards(text, &mut found);
        ids::find(text, &mut found);
        email::find(text, &mut found);
        phone::find(text, self.region.as_deref(), &mut found);
        self.find_addresses(text, &mut found);
        repeats(text, &mut found);
        for k in &self.known {
            for (i, _) in text.match_indices(k.text.as_str()) {
                let end = i + k.text.len();
                if !glued(text, i, end) {
                    found.mask(i, end, k.kind, k.replacement.clone());
                }
            }
        }
        found
    }

    /// The secrets (codes, passwords, backup codes, link tokens) `text` gives away by its
    /// wording, long enough (5+ characters) to look for elsewhere without their cue.
    fn secrets_of(&self, text: &str, found: &Found) -> Vec<KnownSecret> {
        found
            .spans
            .iter()
            .filter(|s| SECRET_KINDS.contains(&s.kind) && self.masks(s.kind))
            .filter_map(|s| {
                let raw = text.get(s.start..s.end)?.trim();
                (raw.chars().count() >= 5).then(|| KnownSecret {
                    text: raw.to_string(),
                    kind: s.kind,
                    replacement: s.replacement.clone(),
                })
            })
            .collect()
    }

    /// This redactor, also masking `known` secrets wherever they stand.
    pub(crate) fn with_known(&self, known: Vec<KnownSecret>) -> Redactor {
        Redactor {
            known,
            ..self.clone()
        }
    }

    fn find_addresses(&self, text: &str, found: &mut Found) {
        let marked = self
            .addresses
            .iter()
            .map(|a| (a, RedactKind::Address, "[address]"));
        let private = self
            .private
            .iter()
            .map(|a| (a, RedactKind::Private, "[private]"));
        for (addr, kind, replacement) in marked.chain(private) {
            let words: Vec<&str> = addr.split_whitespace().collect();
            if words.concat().chars().count() < 3 {
                continue;
            }
            // Case-insensitive, any run of white space between words (Unicode-safe offsets).
            let pattern = format!(
                "(?i){}",
                words
                    .iter()
                    .map(|w| regex::escape(w))
                    .collect::<Vec<_>>()
                    .join(r"\s+")
            );
            let Ok(re) = regex::Regex::new(&pattern) else {
                continue;
            };
            for m in re.find_iter(text) {
                found.mask(m.start(), m.end(), kind, replacement);
            }
        }
    }

    /// Redacts one piece of text. Overlapping finds: the one that starts first wins, then the
    /// longer (an IBAN's digits are not re-read as a card).
    pub fn redact(&self, text: &str) -> Redacted {
        self.redact_flagged(text).0
    }

    /// Redacts one piece of text and says what was left that looks sensitive.
    pub fn redact_flagged(&self, text: &str) -> (Redacted, Vec<Flag>) {
        let a = self.analyse(text);
        (a.redacted, a.flags)
    }

    /// Everything the gate needs from one text, from one pass of the detectors: the redacted
    /// text, the flags, which kinds it holds (masked or not) and the secrets to look for
    /// elsewhere in the case.
    pub(crate) fn analyse(&self, text: &str) -> Analysis {
        let found = self.find(text);
        let kinds = found.spans.iter().map(|s| s.kind).collect();
        let secrets = self.secrets_of(text, &found);
        let (redacted, flags) = self.apply(text, found);
        Analysis {
            redacted,
            flags,
            kinds,
            secrets,
        }
    }

    fn apply(&self, text: &str, found: Found) -> (Redacted, Vec<Flag>) {
        let Found { mut spans, flags } = found;
        spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut segments = Vec::new();
        let mut claimed: Vec<(usize, usize)> = Vec::new();
        let mut pos = 0;
        for s in spans {
            if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                continue;
            }
            if s.start < pos {
                // Overlaps an earlier claim: a masked neighbour swallows the rest of this one
                // (fail closed) when it runs further.
                if s.end > pos && self.masks(s.kind) {
                    if !matches!(segments.last(), Some(Segment { kind: Some(_), .. })) {
                        segments.push(Segment {
                            text: s.replacement,
                            kind: Some(s.kind),
                        });
                    }
                    pos = s.end;
                    if let Some(c) = claimed.last_mut() {
                        c.1 = pos;
                    }
                }
                continue;
            }
            if s.start > pos {
                segments.push(Segment {
                    text: text[pos..s.start].to_string(),
                    kind: None,
                });
            }
            if self.masks(s.kind) {
                segments.push(Segment {
                    text: s.replacement,
                    kind: Some(s.kind),
                });
            } else {
                // Deliberately unmasked: still claims its range so nothing inside is re-masked.
                segments.push(Segment {
                    text: text[s.start..s.end].to_string(),
                    kind: None,
                });
            }
            claimed.push((s.start, s.end));
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
        // A flag inside anything claimed is moot (masked, or unmasked on purpose).
        let mut left: Vec<Flag> = Vec::new();
        for mut f in flags {
            let (a, b) = (f.start as usize, f.end as usize);
            if claimed.iter().any(|&(s, e)| a < e && s < b)
                || !text.is_char_boundary(a)
                || !text.is_char_boundary(b)
                || left.iter().any(|g| g.start == f.start && g.end == f.end)
            {
                continue;
            }
            f.text = text[a..b].to_string();
            left.push(f);
        }
        left.sort_by_key(|f| (f.start, f.end));
        (Redacted { segments: merged }, left)
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
            "see https://x.example/reset?token=[token] ok"
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
        assert!(
            r.masks(RedactKind::Otp),
            "one-time codes are never unmasked"
        );
        assert!(t.contains("+84 912 345 678"));
        assert!(!t.contains("1234abcd"));
    }

    #[test]
    fn neighbours_do_not_hide_a_number() {
        for (text, gone) in [
            ("card 4111 1111 1111 1111 12/27 cvc 123", "1111 1111 1111"),
            ("4111111111111111 exp 12/27", "4111111111111111"),
            ("IBAN DE89 3704 0044 0532 0130 00 please", "0532 0130"),
            ("IBAN GB82WEST12345698765432thanks", "12345698765432"),
            ("call +84 912 345 678 12/11/2026", "912 345 678"),
            ("call (415) 555-2671 tomorrow", "555-2671"),
            ("gọi 0912 345 678 ngày 2/11", "345 678"),
        ] {
            let out = red(text);
            assert!(!out.contains(gone), "{text:?} -> {out:?}");
        }
    }

    #[test]
    fn cue_words_in_english_and_vietnamese() {
        for (text, gone) in [
            ("G-482913 is your Google verification code.", "482913"),
            ("Your Amazon OTP is 739201. Do not share it.", "739201"),
            ("Mã xác nhận của bạn là 551203", "551203"),
            ("Ma OTP cua Quy khach la 551203", "551203"),
            ("my password is hunter22", "hunter22"),
            ("pw=Tr0ub4dor&3", "Tr0ub4dor&3"),
            ("the password, it's Sup3rS3cret!", "Sup3rS3cret"),
            ("mật khẩu là matkhau123", "matkhau123"),
            ("Backup codes:\n1234 5678\n8765 4321\n", "8765 4321"),
            ("https://alice:s3cret@example.com/x", "s3cret"),
            ("https://example.com/reset/3f9a8c7d2e1b", "3f9a8c7d2e1b"),
            ("https://example.com/r?c=482913", "482913"),
            ("mail Lan.Nguyen+kdp@bücher.de", "Lan.Nguyen+kdp"),
        ] {
            let out = red(text);
            assert!(!out.contains(gone), "{text:?} -> {out:?}");
        }
    }

    #[test]
    fn look_alikes_stay() {
        for text in [
            "order 112-7654321-1234567",
            "ticket KDP-77120 opened 2026-11-02",
            "error code 0x80070005, error code 1004",
            "paid $1,234.56 on 02.11.2026",
            "https://www.amazon.com/gp/help/customer/display.html?nodeId=201962420",
        ] {
            assert_eq!(red(text), text);
        }
    }

    #[test]
    fn flags_what_looks_sensitive() {
        let (_, flags) =
            Redactor::new().redact_flagged("account 123456789012345 and password reset");
        assert!(flags
            .iter()
            .any(|f| f.why == FlagReason::LongNumber && f.text == "123456789012345"));
    }

    #[test]
    fn full_width_and_other_digits_are_read() {
        let out = red("thẻ ４１１１ １１１１ １１１１ １１１１ và mã OTP là ٤٨٢٩١٣");
        assert!(
            out.contains("[card ending 1111]") && out.contains("[code]"),
            "{out}"
        );
        assert!(!out.contains('４') && !out.contains('٤'), "{out}");
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
