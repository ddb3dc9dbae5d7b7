//! Links: the login in `user:password@host` is removed, and secrets in paths, query strings and
//! fragments are masked while the rest of the link stays readable (`https://example.com/reset/
//! [token]?lang=vi`). A link is a reset or sign-in link when a path segment says so; then every
//! segment after that word and every query value is masked.

use std::sync::LazyLock;

use regex::Regex;

use super::found::{re, Found};
use super::kind::{FlagReason, RedactKind};

/// Links with any scheme (`https`, `rtsp`, …), `www.` links, and bare `host.tld/path` links.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b[a-z][a-z0-9+.-]{1,15}://[^\s<>"'`“”]+|\bwww\.[^\s<>"'`“”]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>"'`“”]*"#,
    )
});

fn trimmed(m: regex::Match<'_>) -> (usize, &str) {
    (
        m.start(),
        m.as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'']),
    )
}

/// Where the links of `text` are (byte ranges).
pub(super) fn ranges(text: &str) -> Vec<(usize, usize)> {
    URL.find_iter(text)
        .map(|m| {
            let (at, url) = trimmed(m);
            (at, at + url.len())
        })
        .collect()
}

/// A path segment after which everything is the secret (`/reset/<token>`).
static SECRET_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:reset|password|passwordreset|reset-password|reset_password|resetpassword|forgot|verify|verification|confirm|confirmation|activate|activation|magic|magic-link|token|tokens|auth|login|signin|sign-in|invite|invitation|unsubscribe|recover|recovery|otp|key|session|sso|callback|access|share|s|t|r|v|l)$",
    )
});

/// Query keys whose value is a secret whatever it looks like.
static SECRET_KEY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:.*token.*|.*secret.*|.*passw.*|.*signature.*|code|otp|pin|key|apikey|api_key|sig|auth|session|sessionid|sid|nonce|hash|h|t|k|c|p|s|u|e|tk|reset|verify|ticket|uid|oobcode|email|mail|phone|user|username|login|id_token|access|credential|jwt)$",
    )
});

/// Random-looking: letters and digits mixed (`a8Fk2x`, a UUID, a JWT piece, hex), or long.
pub(super) fn token_like(s: &str) -> bool {
    let n = s.chars().count();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let letters = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let charset = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.=~%+".contains(c));
    // A slug of words and numbers (`how-to-reset-2fa-2024`) is not a token.
    let parts: Vec<&str> = s.split(['-', '_']).collect();
    let slug = parts.len() >= 3
        && parts.iter().all(|p| {
            p.chars().all(|c| c.is_ascii_alphabetic()) || p.chars().all(|c| c.is_ascii_digit())
        });
    charset && !slug && n >= 6 && digits >= 2 && letters >= 2
}

fn mask_token(found: &mut Found, start: usize, end: usize) {
    found.mask(
        start,
        end,
        RedactKind::ResetLink,
        crate::t!("share-mask-token"),
    );
}

pub(super) fn find(text: &str, found: &mut Found) {
    for m in URL.find_iter(text) {
        let (at, url) = trimmed(m);
        link(text, at, url, found);
    }
    // Random-looking words outside links are shown to the customer (a key, a code?).
    for w in WORD.find_iter(text) {
        if w.as_str().chars().count() >= 16 && token_like(w.as_str()) {
            found.flag(w.start(), w.end(), FlagReason::TokenLike);
        }
    }
}

static WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[A-Za-z0-9_\-.=~%+]+"));

fn link(text: &str, at: usize, url: &str, found: &mut Found) {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[after_scheme..];
    let auth_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..auth_len];
    if let Some(userinfo_end) = authority.rfind('@') {
        found.mask(
            at + after_scheme,
            at + after_scheme + userinfo_end,
            RedactKind::Password,
            crate::t!("share-mask-login"),
        );
    }
    let tail_at = after_scheme + auth_len;
    let tail = &url[tail_at..];
    let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
    let path = &tail[..path_end];
    let mut secret_from: Option<usize> = None;
    let mut offset = 0;
    for seg in path.split('/') {
        let seg_at = at + tail_at + offset;
        offset += seg.len() + 1;
        if seg.is_empty() {
            continue;
        }
        if let Some(_from) = secret_from {
            mask_token(found, seg_at, seg_at + seg.len());
            continue;
        }
        if SECRET_SEGMENT.is_match(seg) {
            secret_from = Some(seg_at);
        } else if token_like(seg) || seg.split(['.', '-', '_']).any(token_like) {
            mask_token(found, seg_at, seg_at + seg.len());
        }
    }
    let reset_link = secret_from.is_some();
    // A reset link the mail app wrapped: `…/reset-password/` then the token on the next line.
    if (reset_link
        || SECRET_SEGMENT.is_match(path.trim_end_matches('/').rsplit('/').next().unwrap_or("")))
        && url.ends_with('/')
    {
        let after = at + url.len();
        let rest = &text[after..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
        if let Some(w) = WORD.find(&rest[skip..]) {
            if w.start() == 0 && token_like(w.as_str()) {
                mask_token(found, after + skip, after + skip + w.end());
            }
        }
    }
    let query_and_fragment = &tail[path_end..];
    let q_at = at + tail_at + path_end;
    let (query, fragment) = match query_and_fragment.find('#') {
        Some(h) => (&query_and_fragment[..h], &query_and_fragment[h..]),
        None => (query_and_fragment, ""),
    };
    let mut offset = 0;
    for pair in query.trim_start_matches('?').split(['&', ';']) {
        let pair_at = q_at + usize::from(query.starts_with('?')) + offset;
        offset += pair.len() + 1;
        let (key, value, value_at) = match pair.split_once('=') {
            Some((k, v)) => (k, v, pair_at + k.len() + 1),
            None => ("", pair, pair_at),
        };
        if value.is_empty() {
            continue;
        }
        if reset_link
            || SECRET_KEY.is_match(key)
            || token_like(value)
            || (key.len() <= 2 && value.len() >= 4)
        {
            mask_token(found, value_at, value_at + value.len());
        } else if value.chars().count() >= 8 && !value.chars().all(|c| c.is_ascii_digit()) {
            found.flag(value_at, value_at + value.len(), FlagReason::LinkToken);
        }
    }
    if fragment.len() > 1 {
        let frag = &fragment[1..];
        let frag_at = q_at + query.len() + 1;
        if frag.contains('=') || token_like(frag) || reset_link {
            mask_token(found, frag_at, frag_at + frag.len());
        }
    }
}
