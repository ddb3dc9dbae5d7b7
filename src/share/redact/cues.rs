//! Secrets that only their wording gives away: one-time codes ("G-123456", "Your Amazon OTP is
//! 123456", "Mã xác nhận của bạn là 123456", "ma OTP: 123456"), passwords ("password is …",
//! "pw=…", "it's …", "mật khẩu là …") and backup/recovery codes (one per line after "Backup
//! codes:"). Cue words are English and Vietnamese, matched with or without diacritics and in
//! either Unicode normal form, on the same line or the next.

use std::sync::LazyLock;

use regex::Regex;

use super::found::{re, Found};
use super::kind::{FlagReason, RedactKind};

/// Turns a plain pattern into one that matches Vietnamese with or without diacritics (`mat khau`
/// matches `mật khẩu`, `MẬT KHẨU`, and the decomposed form); a space matches any white space.
pub(super) fn vi_fold(plain: &str) -> String {
    let mut out = String::new();
    for c in plain.chars() {
        let class = match c {
            'a' => "[aàáảãạăằắẳẵặâầấẩẫậ]",
            'd' => "[dđ]",
            'e' => "[eèéẻẽẹêềếểễệ]",
            'i' => "[iìíỉĩị]",
            'o' => "[oòóỏõọôồốổỗộơờớởỡợ]",
            'u' => "[uùúủũụưừứửữự]",
            'y' => "[yỳýỷỹỵ]",
            ' ' => {
                out.push_str(r"\s+");
                continue;
            }
            // Groups never capture: callers number their own groups.
            '(' => {
                out.push_str("(?:");
                continue;
            }
            '|' | ')' | '?' => {
                out.push(c);
                continue;
            }
            c => {
                out.push_str(&regex::escape(&c.to_string()));
                continue;
            }
        };
        out.push_str(class);
        out.push_str(r"\p{M}*");
    }
    out
}

/// Words that announce a one-time code.
fn otp_cue() -> String {
    let vi = vi_fold(
        "ma (xac nhan|xac thuc|xac minh|otp|kich hoat|bao mat|dang nhap|truy cap|dang ky|giao dich otp)",
    );
    format!(
        r"(?:\b(?:codes?|otp|pin|passcode|verification|verify|one[- ]?time|2fa|mfa|2-step|two-step|token|smart ?otp)\b|{vi}|\bmã\b)"
    )
}

/// A cue preceded by one of these names something else ("error code", "zip code").
static NOT_OTP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:error|status|zip|post|postal|area|country|promo|promotion|discount|coupon|referral|product|tracking|reason|source|qr|bar|dial|region|response|exit|http|order|invoice|reference|ref|case|ticket|voucher|gift|tax|customer|account|sort|swift|bic|branch|bank)\s*$",
    )
});

/// "mã" followed by one of these is an identifier, not a code (order, tracking, error …).
static NOT_OTP_AFTER_MA: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?i)^\\s*{}",
        vi_fold("(loi|don|van don|giao dich|khach hang|buu|so thue|so|san pham|hoa don|tham chieu|ho so|yeu cau|ticket|giam gia|khuyen mai|vach|qr|nhan vien|chi nhanh|vung)")
    ))
});

/// A code: digits (`123456`, `123-456`, `12 34 56`, `1 2 3 4 5 6`) or letters and digits with
/// at least one digit (`Xk29pQ`, `K7P-2XM`); its length is checked by [`code_ok`].
const CODE: &str = r"(?:\d{3}[- ]\d{3}|\d{2} \d{2} \d{2}|(?:\d ){3,7}\d|[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)";

static OTP_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i){}|{}\s+\d\s+{}",
        otp_cue(),
        vi_fold("ma"),
        vi_fold("so")
    ))
});
static CODE_RE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{CODE}\b")));
/// After a cue: the rest of its line and, in a chat, the start of the next ("read me the
/// code" / "Me: 482 913").
static AFTER_CUE: LazyLock<Regex> = LazyLock::new(|| re(r"^[^\n\r]{0,48}(?:\r?\n[^\n\r]{0,32})?"));
/// Before a cue: the same line, no digits between the code and the cue.
static BEFORE_CUE: LazyLock<Regex> = LazyLock::new(|| re(r"[^\n\r]{0,60}$"));
/// "123456 is your … code", "Use 1234567 as … security code", "… as your password".
static BEFORE_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bpassword\b"));
/// Letters-only codes right after the cue and a colon or "is" (`verification code: QGFDAE`).
static OTP_LETTERS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)({})\s*(?::|\bis\b|\bl[aà]\b)\s*((?-i:[A-Z]{{5,8}}))\b",
        otp_cue()
    ))
});
/// The origin-bound form of SMS codes (WebOTP): `@github.com #630918`.
static WEB_OTP: LazyLock<Regex> =
    LazyLock::new(|| re(r"@[\w.-]+\.[a-z]{2,}\s+#([A-Za-z0-9-]{4,10})\b"));
/// Codes whose prefix says what they are: Google's `G-123456`, Meta's `FB-12345`.
static PREFIXED: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:G|FB)-(\d{4,8})\b"));

fn code_ok(code: &str) -> bool {
    let digits = code.chars().filter(char::is_ascii_digit).count();
    let letters = code.chars().filter(char::is_ascii_alphabetic).count();
    // 4–10 characters; letters-and-digits codes need both (a word is not a code).
    // Two digits at least: "2-step" and "5G" are words, "K7P-2XM" is a code.
    (4..=10).contains(&(digits + letters)) && (digits >= 4 || (digits >= 2 && letters >= 1))
}

/// Whether the code stands alone: not a piece of a longer number (an order `112-7654321-…`).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>, other: Option<char>| {
        matches!(c, Some('-' | '/' | '.' | ',')) && other.is_some_and(|o| o.is_ascii_digit())
    };
    let before2 = text[..start].chars().rev().nth(1);
    let after2 = text[end..].chars().nth(1);
    !glued(before, before2) && !glued(after, after2)
}

fn cue_ok(text: &str, cue_start: usize, cue: &str) -> bool {
    let lower = cue.to_lowercase();
    // "error code", "zip code": only the bare words "code", "pin", "token" take a modifier.
    if matches!(lower.as_str(), "code" | "codes" | "pin" | "token")
        && NOT_OTP_BEFORE.is_match(&text[..cue_start])
    {
        return false;
    }
    if lower == "mã" {
        let after = &text[cue_start + cue.len()..];
        return !NOT_OTP_AFTER_MA.is_match(after);
    }
    true
}

fn otp_codes(text: &str, found: &mut Found) {
    // Numbers inside links are the links' business (`/answer/185839` is a help page).
    let links: Vec<(usize, usize)> = super::links::ranges(text);
    let in_link = |i: usize| links.iter().any(|&(s, e)| s <= i && i < e);
    let usable = |start: usize, end: usize| {
        code_ok(&text[start..end]) && !in_link(start) && stands_alone(text, start, end)
    };
    let cues = OTP_CUE
        .find_iter(text)
        .filter(|c| cue_ok(text, c.start(), c.as_str()))
        .map(|c| (c.start(), c.end()))
        .chain(BEFORE_WORD.find_iter(text).map(|c| (c.start(), c.end())));
    for (cue_start, cue_end) in cues.collect::<Vec<_>>() {
        // The first code after the cue…
        let after = AFTER_CUE.find(&text[cue_end..]).map_or("", |m| m.as_str());
        if let Some(code) = CODE_RE
            .find_iter(after)
            .map(|m| (cue_end + m.start(), cue_end + m.end()))
            .find(|&(s, e)| usable(s, e))
        {
            found.mask(
                code.0,
                code.1,
                RedactKind::Otp,
                crate::t!("share-mask-code"),
            );
        }
        // …and the nearest one before it with no other digits between.
        let before_at = BEFORE_CUE
            .find(&text[..cue_start])
            .map_or(cue_start, |m| m.start());
        let before = &text[before_at..cue_start];
        if let Some(code) = CODE_RE
            .find_iter(before)
            .map(|m| (before_at + m.start(), before_at + m.end()))
            .filter(|&(_, e)| !text[e..cue_start].chars().any(|c| c.is_ascii_digit()))
            .last()
            .filter(|&(s, e)| usable(s, e))
        {
            found.mask(
                code.0,
                code.1,
                RedactKind::Otp,
                crate::t!("share-mask-code"),
            );
        }
    }
    for re in [&*OTP_LETTERS, &*WEB_OTP] {
        for c in re.captures_iter(text) {
            let code = c.get(c.len() - 1);
            if let Some(code) = code {
                found.mask(
                    code.start(),
                    code.end(),
                    RedactKind::Otp,
                    crate::t!("share-mask-code"),
                );
            }
        }
    }
    for c in PREFIXED.captures_iter(text) {
        if let Some(m) = c.get(0) {
            found.mask(
                m.start(),
                m.end(),
                RedactKind::Otp,
                crate::t!("share-mask-code"),
            );
        }
    }
}

/// "password" and its short forms, then what joins it to the password itself: a colon or equals
/// sign (also JSON's `"password": "…"`), or "is" / "là" after up to four words ("the password
/// for my account is …", "mật khẩu đăng nhập của em là …"), or "it's" on the next line of a chat.
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    let long = format!(
        r"\b(?:passwords?|passwd|passphrase|pass ?word)\b|{}",
        vi_fold("mat khau")
    );
    let short = r"\b(?:pw|pwd|pass|mk)\b";
    let is = vi_fold("(is|was|it's|it is|its|now|now is|set to|changed to|la)");
    let words = r"(?:[ \t]+[^\s:=,.;]+){0,4}?";
    re(&format!(
        r#"(?i)(?:(?:{long}){words}["']?[ \t]*(?:(?:[:=\-–→]|->|,)[ \t]*|\b(?:{is})\b[ \t]*)+|(?:{short}){words}["']?[ \t]*(?:[:=]|->)[ \t]*|(?:{long})[^\n]{{0,80}}\r?\n[^\n:]{{0,24}}:[ \t]*(?:it's|it is|{la})[ \t]+)(?:\r?\n[ \t]*)?("[^"\n]+"|'[^'\n]+'|“[^”\n]+”|\S+)"#,
        la = vi_fold("la")
    ))
});

/// `Password: correct horse battery staple` — a label at the start of a line: the whole rest
/// of the line is the value.
static PASSWORD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?im)^[ \t]*(?:passwords?|passphrase|pwd|pw|{})[ \t]*[:=][ \t]*([^\n\r]+?)[ \t]*$",
        vi_fold("mat khau")
    ))
});

/// Words that follow "password is …" without being one.
const NOT_A_PASSWORD: &[&str] = &[
    "a",
    "an",
    "the",
    "not",
    "never",
    "wrong",
    "incorrect",
    "correct",
    "changed",
    "reset",
    "expired",
    "too",
    "being",
    "still",
    "my",
    "your",
    "same",
    "required",
    "invalid",
    "weak",
    "strong",
    "blank",
    "empty",
    "sent",
    "also",
    "and",
    "or",
    "but",
    "that",
    "this",
    "in",
    "on",
    "at",
    "for",
    "to",
    "no",
    "yes",
    "ok",
    "sai",
    "đúng",
    "dung",
    "không",
    "khong",
    "bị",
    "bi",
    "đã",
    "da",
    "của",
    "cua",
    "mới",
    "moi",
    "là",
    "la",
    "cũ",
    "cu",
    "broken",
    "working",
    "accepted",
    "rejected",
    "wrong.",
    "again",
    "please",
    "when",
    "if",
    "because",
    "is",
    "was",
    "it",
];

/// `old pwd Autumn2025`, `mật khẩu aAa0.txt`: a cue and a word with a digit or symbol in it,
/// no colon (file names lose their colons).
static PASSWORD_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b(?:pw|pwd|mk|passwords?|passwd)\b|{})[ \t]+([^\s,;]{{4,}})",
        vi_fold("mat khau")
    ))
});

fn passwords(text: &str, found: &mut Found) {
    for c in PASSWORD_SHORT.captures_iter(text) {
        if let Some(v) = c.get(1) {
            let t = v.as_str().trim_end_matches(['.', ')']);
            if t.chars()
                .any(|c| c.is_ascii_digit() || "#@$%&*!?^~".contains(c))
                && !t.ends_with(':')
            {
                found.mask(
                    v.start(),
                    v.start() + t.len(),
                    RedactKind::Password,
                    crate::t!("share-mask-password"),
                );
            }
        }
    }
    for c in PASSWORD_LABEL.captures_iter(text) {
        if let Some(v) = c.get(1) {
            found.mask(
                v.start(),
                v.end(),
                RedactKind::Password,
                crate::t!("share-mask-password"),
            );
        }
    }
    for c in PASSWORD.captures_iter(text) {
        let Some(word) = c.get(1) else {
            continue;
        };
        // Trailing sentence punctuation is not part of the password; quotes are kept out.
        let raw = word.as_str();
        let (start, end) = if raw.starts_with(['"', '\'', '“']) {
            let open = raw.chars().next().map_or(1, char::len_utf8);
            let close = raw.chars().next_back().map_or(1, char::len_utf8);
            (word.start() + open, word.end() - close)
        } else {
            let trimmed = raw.trim_end_matches(['.', ',', ';', ')']);
            let trimmed = if trimmed.is_empty() { raw } else { trimmed };
            (word.start(), word.start() + trimmed.len())
        };
        let token = &text[start..end];
        if NOT_A_PASSWORD.contains(&token.to_lowercase().as_str()) {
            found.flag(start, end, FlagReason::AfterPasswordWord);
            continue;
        }
        found.mask(
            start,
            end,
            RedactKind::Password,
            crate::t!("share-mask-password"),
        );
    }
    // Any word right after "password" that nothing masked is shown to the customer.
    for m in PASSWORD_WORD_NEXT.captures_iter(text) {
        if let Some(w) = m.get(1) {
            if !NOT_A_PASSWORD.contains(&w.as_str().to_lowercase().as_str()) {
                found.flag(w.start(), w.end(), FlagReason::AfterPasswordWord);
            }
        }
    }
}

static PASSWORD_WORD_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\bpasswords?\b|\bpw\b|\bpwd\b|{})[\s:=,\-]+([^\s.,;]+)",
        vi_fold("mat khau")
    ))
});

static BACKUP_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b|_)(?:backup|recovery|scratch|emergency|single-use|2fa|one-time)[ _-]?(?:codes?|keys?)\b|{}",
        vi_fold("ma (du phong|khoi phuc|sao luu)")
    ))
});

/// Words that may stand between "Backup codes" and the first code on the same line.
const BACKUP_JOINERS: &[&str] = &[
    "are", "is", "were", "was", "my", "the", "new", "here", ":", "-", "–", "là", "la", "của",
    "cua", "tôi", "toi", "mới", "moi",
];

fn is_backup_code(s: &str) -> bool {
    let n = s.chars().count();
    (4..=40).contains(&n)
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && s.chars().any(|c| c.is_ascii_alphanumeric())
        && (s.chars().any(|c| c.is_ascii_digit())
            || (s.matches('-').count() >= 2
                && s.chars().all(|c| c == '-' || c.is_ascii_uppercase())))
}

fn is_list_marker(s: &str) -> bool {
    matches!(s, "-" | "*" | "•" | "–")
        || (s.len() <= 4
            && s.ends_with(['.', ')'])
            && s[..s.len() - 1].chars().all(|c| c.is_ascii_digit()))
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| re(r"\S+"));

fn backup_codes(text: &str, found: &mut Found) {
    for cue in BACKUP_CUE.find_iter(text) {
        let mut first: Option<usize> = None;
        let mut last_end = 0;
        let mut prev_end = cue.end();
        let mut cue_line_clean = true;
        let mut on_cue_line = true;
        for t in TOKEN.find_iter(&text[cue.end()..]) {
            let (start, end) = (cue.end() + t.start(), cue.end() + t.end());
            let newlines = text[prev_end..start].matches('\n').count();
            prev_end = end;
            if newlines > 0 {
                on_cue_line = false;
            }
            if newlines >= 2 && first.is_some() {
                break;
            }
            let word = t.as_str();
            let core = word.trim_matches(|c: char| ",;:.()[]\"'“”".contains(c));
            let core_start = start + word.find(core).unwrap_or(0);
            if is_list_marker(word) || core.is_empty() {
                continue;
            }
            if is_backup_code(core) && (first.is_some() || !on_cue_line || cue_line_clean) {
                first.get_or_insert(core_start);
                last_end = core_start + core.len();
                continue;
            }
            if first.is_some() {
                break;
            }
            if on_cue_line {
                // "… backup codes if you need them: 2841 7730" — a colon announces the codes.
                cue_line_clean = word.ends_with(':')
                    || (cue_line_clean && BACKUP_JOINERS.contains(&core.to_lowercase().as_str()));
                continue;
            }
            break;
        }
        if let Some(start) = first {
            found.mask(
                start,
                last_end,
                RedactKind::BackupCode,
                crate::t!("share-mask-backup-codes"),
            );
        }
    }
}

/// "You: 560218" — a bare number as a chat reply may be a code read out to an agent.
static REPLY_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?m)^[^\n]{1,40}?:[ \t]*(\d{4,8})\b[ \t]*[^\d\n]{0,20}$"));

pub(super) fn find(text: &str, found: &mut Found) {
    for c in REPLY_NUMBER.captures_iter(text) {
        if let Some(n) = c.get(1) {
            found.flag(n.start(), n.end(), FlagReason::CodeLike);
        }
    }
    passwords(text, found);
    backup_codes(text, found);
    otp_codes(text, found);
}
