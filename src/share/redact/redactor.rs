//! The [`Redactor`]: runs every detector over a text, masks what the customer did not choose to
//! send (never the always-masked kinds), and says what it left that looks sensitive.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::digits::fold_width;
use super::found::{Found, Span};
use super::kind::{Flag, RedactKind};
use super::{cues, email, ids, links, numbers, phone};

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

/// A secret found once is masked wherever else it stands in the text, cue or not (`#630918`
/// after "630918 is your GitHub code", a password quoted again later). Codes are also looked
/// for with their separators dropped (`514-023` in `…/514023`).
fn repeats(text: &str, found: &mut Found) {
    let mut extra = Vec::new();
    for s in found
        .spans
        .iter()
        .filter(|s| SECRET_KINDS.contains(&s.kind))
    {
        // A span off a character boundary (found by fuzzing) is skipped here, never sliced.
        let Some(raw) = text.get(s.start..s.end) else {
            continue;
        };
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
    /// Masks every kind (nothing unmasked, nothing marked).
    pub fn new() -> Self {
        Self::default()
    }

    /// This redactor with nothing unmasked: for text about someone else (another customer's
    /// details support showed), masked whatever the customer chose for their own.
    pub(crate) fn unmasking_nothing(&self) -> Redactor {
        Redactor {
            unmask: BTreeSet::new(),
            ..self.clone()
        }
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
            .map(|a| (a, RedactKind::Address, crate::t!("share-mask-address")));
        let private = self
            .private
            .iter()
            .map(|a| (a, RedactKind::Private, crate::t!("share-mask-private")));
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
                found.mask(m.start(), m.end(), kind, replacement.as_str());
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
    use crate::share::redact::kind::FlagReason;

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
