//! Quick capture: read a pasted chat transcript or e-mail and suggest what to log — reference
//! numbers, the agent's name, error texts, promises with due times, the identity check — by
//! rules, on this machine. The customer confirms every suggestion; nothing is logged by itself.

use std::sync::LazyLock;

use chrono::Duration;
use regex::Regex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::exposure::read::{suggest_disclosures, SuggestedDisclosure};

/// A promise found in the text; `due_in_minutes` is counted from the contact's start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SuggestedPromise {
    pub text: String,
    pub due_in_minutes: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaptureSuggestions {
    pub references: Vec<String>,
    pub agents: Vec<String>,
    pub error_texts: Vec<String>,
    pub promises: Vec<SuggestedPromise>,
    /// How the agent checked who the customer is, when the text says so.
    pub identity_method: Option<String>,
    /// What an impostor asked for and what the agent gave away, when the transcript is of a
    /// chat the customer never had (values masked in the quotes; the customer confirms).
    #[serde(default)]
    pub disclosures: Vec<SuggestedDisclosure>,
}

/// Transcripts longer than this are read only up to here; a pasted novel is not a transcript.
const MAX_INPUT: usize = 200_000;

fn re(pattern: &str) -> Regex {
    // The patterns are constants of this file, covered by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"))
}

static REFERENCE_LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ticket|case|reference|ref|incident|request|claim|order|confirmation|complaint|sr)\b\.?\s*(?:number|no\.?|num|id|#)?\s*(?:is\s+)?[:#]?\s*([A-Z0-9][A-Z0-9-]{3,24})\b",
    )
});
static REFERENCE_SHAPED: LazyLock<Regex> = LazyLock::new(|| re(r"\b([A-Z]{2,6}-\d{3,12})\b"));
static AGENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:my name is|this is|you(?:'re| are) (?:now )?(?:chatting|speaking|talking) with|you have been connected to|you(?:'re| are) (?:now )?connected to|agent:?)\s+((?:[A-Z]\.|[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?)",
    )
});
static AGENT_JOINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?m)^\s*(?:\[[^\]]*\]\s*)?((?:[A-Z]\.|[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?)\s+(?:has )?joined the (?:chat|conversation)",
    )
});
static ERROR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?:error(?: message)?(?: (?:says|said|reads|is))?|it says|the message (?:says|said)|i (?:get|got|see|saw))\s*:?\s*["“']([^"”']{8,300})["”']"#,
    )
});
static ERROR_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b((?:we|we've|we have)\s+detected\s+unusual activity[^."”\n]*|unable to (?:verify|send|process)[^."”\n]*|(?:sms|code|message) could not be sent[^."”\n]*|too many (?:attempts|requests)[^."”\n]*|invalid (?:phone )?number[^."”\n]*)"#,
    )
});
static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b((?:we|i|they|someone|(?:our |the )?(?:\w+ ){0,2}(?:team|department|manager|supervisor))(?:'ll| will| are going to| is going to)\s+[^.!?\n]{3,200}|you(?:'ll| will|should)\s+(?:receive|get|hear)[^.!?\n]{3,200})",
    )
});
static WITHIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:within|in|in the next)\s+(\d{1,3}|one|two|three|four|five|seven|ten|24|48|72)\s*(?:-\s*\d+\s*)?(business |working )?(hours?|hrs?|days?|weeks?)",
    )
});
static IDENTITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(security questions?|(?:one-time |verification |security )?code (?:we |that we )?(?:just )?sent|date of birth|last four digits|verify your identity|confirm your identity)",
    )
});

fn push_unique(list: &mut Vec<String>, value: &str) {
    let v = value.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    if !v.is_empty() && !list.iter().any(|x| x.eq_ignore_ascii_case(v)) {
        list.push(v.to_string());
    }
}

fn number_word(s: &str) -> Option<i64> {
    Some(match s.to_ascii_lowercase().as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "seven" => 7,
        "ten" => 10,
        digits => digits.parse().ok()?,
    })
}

/// Minutes until a promise is due, from "within 48 hours", "in 5 business days", "in two weeks".
fn due_in(text: &str) -> Option<u32> {
    let c = WITHIN.captures(text)?;
    let n = number_word(c.get(1)?.as_str())?;
    let business = c.get(2).is_some();
    let unit = c.get(3)?.as_str().to_ascii_lowercase();
    let d = if unit.starts_with('h') {
        Duration::hours(n)
    } else if unit.starts_with('w') {
        Duration::weeks(n)
    } else if business {
        // Five working days span a weekend: a week per five, plus the rest.
        Duration::days(n / 5 * 7 + n % 5)
    } else {
        Duration::days(n)
    };
    u32::try_from(d.num_minutes()).ok()
}

/// Words that follow "this is" but are not names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "Not",
    "Your",
    "Our",
    "It",
    "Because",
    "Regarding",
    "About",
    "Just",
    "Very",
];

pub fn suggest_from_transcript(input: &str) -> CaptureSuggestions {
    let text = match input.char_indices().nth(MAX_INPUT) {
        Some((cut, _)) => &input[..cut],
        None => input,
    };
    let mut s = CaptureSuggestions::default();
    for c in REFERENCE_LABELLED.captures_iter(text) {
        let value = &c[1];
        // A reference number has a digit; "case closed" or "order status" are not references.
        if value.chars().any(|ch| ch.is_ascii_digit()) {
            push_unique(&mut s.references, value);
        }
    }
    for c in REFERENCE_SHAPED.captures_iter(text) {
        push_unique(&mut s.references, &c[1]);
    }
    for c in AGENT
        .captures_iter(text)
        .chain(AGENT_JOINED.captures_iter(text))
    {
        let name = c[1].trim();
        let first = name.split_whitespace().next().unwrap_or("");
        if !NOT_NAMES.contains(&first) {
            push_unique(&mut s.agents, name);
        }
    }
    for c in ERROR_LINE.captures_iter(text) {
        push_unique(&mut s.error_texts, &c[1]);
    }
    for c in ERROR_SENTENCE.captures_iter(text) {
        let sentence = c[1].trim();
        if !s
            .error_texts
            .iter()
            .any(|e| e.contains(sentence) || sentence.contains(e.as_str()))
        {
            push_unique(&mut s.error_texts, sentence);
        }
    }
    for c in PROMISE.captures_iter(text) {
        let promise = c[1].trim();
        // "We will" alone is common politeness; a promise says what or when.
        let concrete = WITHIN.is_match(promise)
            || [
                "call", "email", "e-mail", "refund", "escalate", "send", "contact", "reply",
                "update", "receive", "hear",
            ]
            .iter()
            .any(|w| promise.to_ascii_lowercase().contains(w));
        if concrete
            && !s
                .promises
                .iter()
                .any(|p| p.text.eq_ignore_ascii_case(promise))
        {
            s.promises.push(SuggestedPromise {
                text: promise.to_string(),
                due_in_minutes: due_in(promise),
            });
        }
    }
    s.identity_method = IDENTITY.captures(text).map(|c| c[1].to_lowercase());
    s.disclosures = suggest_disclosures(text);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAT: &str = "\
[10:02] You are now chatting with Minh Tran.
[10:03] Minh Tran: Hello! My name is Minh. For security, please answer your security questions.
[10:05] Me: When I add my number the error message says \"We detected unusual activity and are unable to verify your mobile number at this time\".
[10:07] Minh Tran: I have opened ticket #48213-A for you. Your case number is 0012345678.
[10:08] Minh Tran: Our security team will call you back within 48 hours.
[10:09] Minh Tran: We will be happy to help.
[10:10] Minh Tran: Also see KDP-77310. This is the reference for publishing.";

    #[test]
    fn a_chat_transcript_gives_references_agent_errors_promises_and_identity() {
        let s = suggest_from_transcript(CHAT);
        assert_eq!(s.references, vec!["48213-A", "0012345678", "KDP-77310"]);
        assert_eq!(s.agents, vec!["Minh Tran", "Minh"]);
        assert_eq!(
            s.error_texts,
            vec!["We detected unusual activity and are unable to verify your mobile number at this time"]
        );
        assert_eq!(s.promises.len(), 1, "{:?}", s.promises);
        assert_eq!(s.promises[0].due_in_minutes, Some(48 * 60));
        assert!(s.promises[0].text.contains("call you back"));
        assert_eq!(s.identity_method.as_deref(), Some("security questions"));
    }

    #[test]
    fn the_agent_is_named_however_the_chat_says_it_connected_you() {
        for opening in [
            "You are now connected to Priya from Example Shop.",
            "You're connected to Priya.",
            "You have been connected to Priya.",
            "You are now chatting with Priya.",
        ] {
            let s = suggest_from_transcript(opening);
            assert_eq!(s.agents, vec!["Priya"], "{opening}");
        }
    }

    #[test]
    fn an_impostors_chat_suggests_what_was_disclosed() {
        let s = suggest_from_transcript(
            "[14:02] You are now chatting with Hoa.\n\
             [14:03] Customer: Which card and address are on my account?\n\
             [14:05] Hoa: The card ending in 4821, shipping to 12 Hang Bong Street, Ha Noi.",
        );
        let kinds: Vec<_> = s.disclosures.iter().map(|d| d.detail).collect();
        assert_eq!(
            kinds,
            vec![
                crate::exposure::Detail::Address,
                crate::exposure::Detail::CardLastFour
            ]
        );
        assert!(s.disclosures.iter().all(|d| d.asked && d.given));
        assert_eq!(s.disclosures[1].value.as_deref(), Some("4821"));
        assert!(s
            .disclosures
            .iter()
            .all(|d| !d.quote.contains("4821") && !d.quote.contains("Hang Bong")));
    }

    #[test]
    fn working_days_skip_weekends_and_words_count() {
        assert_eq!(due_in("a refund within 5 business days"), Some(7 * 24 * 60));
        assert_eq!(due_in("in two weeks"), Some(14 * 24 * 60));
        assert_eq!(due_in("within 3-5 days"), Some(3 * 24 * 60));
        assert_eq!(due_in("soon"), None);
    }

    #[test]
    fn plain_text_and_hostile_input_give_no_false_suggestions() {
        let s = suggest_from_transcript(
            "Thanks for your patience. The case is closed. This is the end.",
        );
        assert_eq!(s, CaptureSuggestions::default());
        let s = suggest_from_transcript("");
        assert_eq!(s, CaptureSuggestions::default());
        // Huge, binary-ish or odd input: bounded, no panic.
        let big = "ticket #1234 ".repeat(100_000) + "\u{0}\u{202e}ＡＢＣ";
        let s = suggest_from_transcript(&big);
        assert_eq!(s.references, vec!["1234"]);
    }
}
