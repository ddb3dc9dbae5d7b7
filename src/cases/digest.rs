//! What an attachment says, for a reader who does not have the file: for an e-mail its sender,
//! date and subject; for a chat (a pasted transcript, or one e-mailed by the company) what the
//! agent asked for, what the agent disclosed and what the person in the chat gave — as kinds of
//! detail ("date of birth", "address"), never the values — and the references it names.

use std::sync::LazyLock;

use regex::Regex;

use super::attachments::{parse_email, Attachment, AttachmentKind};
use super::capture::suggest_from_transcript;

fn re(pattern: &str) -> Regex {
    // The patterns are constants of this file, covered by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"))
}

/// Kinds of personal detail (their names' catalogue ids), with the words that name them in a
/// chat (English and Vietnamese).
const DETAILS: [(&str, &str); 9] = [
    (
        "cases-detail-date-of-birth",
        r"date of birth|\bdob\b|birthday|ngày sinh|ngay sinh",
    ),
    ("cases-detail-address", r"address|địa chỉ|dia chi"),
    (
        "cases-detail-card-last-four",
        r"last (?:four|4)|4 số cuối|4 so cuoi",
    ),
    ("cases-detail-card-number", r"card number|số thẻ|so the"),
    (
        "cases-detail-phone-number",
        r"phone|mobile|số điện thoại|so dien thoai|sđt",
    ),
    ("cases-detail-email", r"e-?mail"),
    (
        "cases-detail-password",
        r"password|\bpin\b|mật khẩu|mat khau",
    ),
    (
        "cases-detail-one-time-code",
        r"\bcode\b|\botp\b|mã xác|ma xac",
    ),
    (
        "cases-detail-security-answer",
        r"security question|maiden name|câu hỏi bảo mật",
    ),
];

static DETAIL_RES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    DETAILS
        .iter()
        .map(|(name, words)| (*name, re(&format!("(?i){words}"))))
        .collect()
});

static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\?|\b(?:confirm|verify|provide|tell me|what is your|what's your|give me|send me|read me)\b|xác nhận|xac nhan|cung cấp|cung cap|cho biết|cho biet",
    )
});
static DISCLOSES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\byour (?:current |registered |new )?[\w -]{0,30}\b(?:is|are)\b|của (?:bạn|anh|chị|quý khách) là",
    )
});
/// Who speaks: `[14:05] Hoa: …`, `Agent: …`, `Customer: …`.
static SPEAKER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:\[[^\]]{1,20}\]\s*)?([^:\n]{1,40}):\s*(.*)$"));
static CUSTOMER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:customer|you|me|khách|khach|kh|user|visitor|guest)\b"));

fn kinds_in(line: &str) -> Vec<&'static str> {
    DETAIL_RES
        .iter()
        .filter(|(_, r)| r.is_match(line))
        .map(|(n, _)| *n)
        .collect()
}

/// The names of kinds of detail in the current language, joined: "date of birth, address".
fn names(kinds: &[&'static str]) -> String {
    kinds
        .iter()
        .map(|id| crate::i18n::tr(id, &crate::i18n::Args::new()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn push_all(into: &mut Vec<&'static str>, from: Vec<&'static str>) {
    for k in from {
        if !into.contains(&k) {
            into.push(k);
        }
    }
}

/// What a chat shows: asked for, disclosed by the agent, given by the person in the chat (in the
/// current language).
pub fn chat_digest(text: &str) -> String {
    let (mut asked, mut disclosed, mut given) = (Vec::new(), Vec::new(), Vec::new());
    let mut last_asked: Vec<&'static str> = Vec::new();
    for line in text.lines().take(2_000) {
        let Some(c) = SPEAKER.captures(line) else {
            continue;
        };
        let (who, said) = (
            c.get(1).map_or("", |m| m.as_str()),
            c.get(2).map_or("", |m| m.as_str()),
        );
        if CUSTOMER.is_match(who.trim()) {
            // An answer right after a question gives what was asked.
            if !last_asked.is_empty() && said.chars().any(|c| c.is_alphanumeric()) {
                push_all(&mut given, std::mem::take(&mut last_asked));
            }
            continue;
        }
        let kinds = kinds_in(said);
        if kinds.is_empty() {
            continue;
        }
        if DISCLOSES.is_match(said) {
            push_all(&mut disclosed, kinds.clone());
        } else if ASKS.is_match(said) {
            push_all(&mut asked, kinds.clone());
            last_asked = kinds;
        }
    }
    let mut parts = Vec::new();
    if !asked.is_empty() {
        parts.push(crate::t!("cases-chat-asked", details = names(&asked)));
    }
    if !given.is_empty() {
        parts.push(crate::t!("cases-chat-given", details = names(&given)));
    }
    if !disclosed.is_empty() {
        parts.push(crate::t!(
            "cases-chat-disclosed",
            details = names(&disclosed)
        ));
    }
    let refs = suggest_from_transcript(text).references;
    if !refs.is_empty() {
        parts.push(crate::t!("cases-chat-references", refs = refs.join(", ")));
    }
    parts.join("; ")
}

/// How a date is written in the current language (see [`crate::i18n::date_pattern`]).
fn date_format() -> String {
    crate::i18n::date_pattern("cases-attachment-date-format")
}

/// One line about an attachment, in the current language (before redaction: the gate redacts it
/// like any text).
pub fn describe(a: &Attachment, bytes: &[u8]) -> String {
    match a.kind {
        AttachmentKind::Email => {
            let (meta, body) = match parse_email(bytes) {
                Ok(m) => m,
                Err(_) => return crate::t!("cases-attachment-email"),
            };
            let from = match (&meta.from_name, &meta.from) {
                (Some(n), Some(a)) => format!("{n} <{a}>"),
                (Some(n), None) => n.clone(),
                (None, Some(a)) => a.clone(),
                (None, None) => crate::t!("cases-attachment-unknown-sender"),
            };
            let mut out = crate::t!("cases-attachment-email-from", from = from);
            if let Some(d) = meta.date {
                out.push_str(&format!(", {}", d.format(&date_format())));
            }
            if let Some(s) = &meta.subject {
                out.push_str(&format!(
                    ", {}",
                    crate::t!("cases-attachment-subject", subject = s)
                ));
            }
            if meta.dkim_signature {
                out.push_str(&format!(", {}", crate::t!("cases-attachment-dkim")));
            }
            let chat = body.as_deref().map(chat_digest).unwrap_or_default();
            if !chat.is_empty() {
                out.push_str(&format!(": {chat}"));
            }
            out
        }
        AttachmentKind::Transcript => {
            let chat = chat_digest(&String::from_utf8_lossy(bytes));
            if chat.is_empty() {
                crate::t!("cases-attachment-transcript")
            } else {
                crate::t!("cases-attachment-transcript-digest", digest = chat)
            }
        }
        AttachmentKind::Image => crate::t!("cases-attachment-image"),
        AttachmentKind::Pdf => crate::t!("cases-attachment-pdf"),
        AttachmentKind::File => crate::t!("cases-attachment-file"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_detail_is_in_the_catalogue() {
        for (id, _) in DETAILS {
            assert!(crate::i18n::has(id), "{id}");
        }
    }

    #[test]
    fn a_chat_says_what_was_asked_given_and_disclosed() {
        let chat = "[14:03] Customer: I moved house, please update my delivery address.\n\
                    [14:05] Hoa: To verify your identity, please confirm your date of birth.\n\
                    [14:06] Customer: 12/05/1988\n\
                    [14:08] Hoa: Your current address is 12 Ly Thuong Kiet, Ha Noi. It is updated now.\n\
                    [14:09] Hoa: Your reference number is CS-440219.";
        let d = chat_digest(chat);
        assert!(d.contains("asked for the date of birth"), "{d}");
        assert!(d.contains("gave the date of birth"), "{d}");
        assert!(d.contains("disclosed the address"), "{d}");
        assert!(d.contains("CS-440219"), "{d}");
        assert!(
            !d.contains("1988") && !d.contains("Ly Thuong"),
            "values never: {d}"
        );
    }
}
