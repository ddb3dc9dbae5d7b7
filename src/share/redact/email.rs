//! E-mail addresses, including `+tags`, internationalised (IDN) local parts and domains, and
//! Punycode domains. The replacement keeps the domain so the agent knows which provider it is.

use std::sync::LazyLock;

use regex::Regex;

use super::found::{re, Found};
use super::kind::RedactKind;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\p{L}\p{N}\p{M}._%+'=~!#$&*/?^`{|}-]+@[\p{L}\p{N}\p{M}-]+(?:\.[\p{L}\p{N}\p{M}-]+)*\.(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)",
    )
});

pub(super) fn find(text: &str, found: &mut Found) {
    for m in EMAIL.find_iter(text) {
        // Sentence punctuation before the address is not part of it.
        let lead = m
            .as_str()
            .find(|c: char| c.is_alphanumeric() || c == '+' || c == '_')
            .unwrap_or(0);
        let start = m.start() + lead;
        let domain = m
            .as_str()
            .rsplit_once('@')
            .map_or("", |(_, d)| d)
            .to_lowercase();
        found.mask(
            start,
            m.end(),
            RedactKind::Email,
            crate::t!("share-mask-email", domain = domain),
        );
    }
}
