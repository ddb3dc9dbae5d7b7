//! Where the detectors put what they find: spans to mask and flags to show.

use super::kind::{Flag, FlagReason, RedactKind};

/// A span of the text a detector claims.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: RedactKind,
    pub(super) replacement: String,
}

/// Where detectors put what they find.
#[derive(Default)]
pub(super) struct Found {
    pub(super) spans: Vec<Span>,
    pub(super) flags: Vec<Flag>,
}

impl Found {
    pub(super) fn mask(
        &mut self,
        start: usize,
        end: usize,
        kind: RedactKind,
        replacement: impl Into<String>,
    ) {
        if start < end {
            self.spans.push(Span {
                start,
                end,
                kind,
                replacement: replacement.into(),
            });
        }
    }

    pub(super) fn flag(&mut self, start: usize, end: usize, why: FlagReason) {
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

/// A built-in pattern (a bad one is a bug, found by the tests).
pub(super) fn re(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).unwrap_or_else(|e| panic!("built-in pattern: {e}"))
}
