//! Reading an impostor's support chat (issue 22): from a transcript the customer received by
//! e-mail for a chat they never had, what the "customer" — the impostor — asked for and what the
//! agent gave away: the postal address, the last four digits of a card, the phone number, the
//! e-mail address, the date of birth, security answers, a support PIN. By rules, on this
//! machine, pure; the customer confirms every suggestion before anything is recorded.
//!
//! Who speaks is read from the transcript where it says so ("Customer:", "Agent:", a name that
//! "joined the chat" or that the customer is "chatting with", "My name is …", an agent's
//! greeting). Where it can't be told, a line counts as asking when it is a question and as giving
//! when it states the value; the customer confirms either way.
//!
//! Values are kept only as far as needed to match at other accounts (a card's last four, a
//! phone's last four, an e-mail in masked form) and every quote is masked: the recognisers of
//! the outbound gate ([`Redactor`]) mask full card numbers, phones, e-mails and codes, this file
//! masks what only the context gives away (an address read out, "ending in 4821", a date of
//! birth, an answer, a PIN), and any run of four or more digits left is masked last.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::detail::Detail;
use crate::share::redact::{RedactKind, Redactor};

/// What a transcript suggests the impostor asked for or got; the customer confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SuggestedDisclosure {
    pub detail: Detail,
    /// The impostor asked for it (or asked the agent to confirm it).
    pub asked: bool,
    /// The agent's words gave it away (read it out or confirmed it).
    pub given: bool,
    /// The minimal value to match at other accounts: a card's last four digits, a phone's last
    /// four digits, an e-mail in masked form (`m•••@example.org`); nothing for other details.
    pub value: Option<String>,
    /// The line it came from, every value masked.
    pub quote: String,
}

/// Transcripts longer than this (characters) are read only up to here, as quick capture does.
const MAX_INPUT: usize = 200_000;
/// Quotes longer than this (bytes) are cut around what was found.
const QUOTE_MAX: usize = 320;
/// Lines longer than this are read as they are, but no speaker label is looked for in them.
const LABEL_MAX: usize = 2_000;

fn re(pattern: &str) -> Regex {
    // The patterns are constants of this file, covered by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"))
}

// ---- speakers ----------------------------------------------------------------------------

/// A timestamp at the start of a line: `[14:03]`, `(10:02 AM)`, `2026-03-02 14:03:11 -`,
/// `3/2/2026, 2:03 PM`.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[\[(]?\s*(?:\d{4}-\d{2}-\d{2}[ T,]*|\d{1,2}/\d{1,2}/\d{2,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:[+-]\d{2}:?\d{2}|UTC|GMT|[ECMP][SD]T|AK[SD]T|HST|IST|ICT|BST|CES?T|AE[SD]T|JST)?\s*[\])]?\s*[-–|]?\s*",
    )
});
/// `Name:`, `Name (Agent):`, `Name 10:02 AM:` at the start of a line.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<name>[\p{L}][\p{L}\p{M}'’.\- ]{0,38}?)\s*(?:\((?P<paren>[^)\n]{0,30})\)|\[[^\]\n]{0,30}\])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*[:：]\s*(?P<rest>.*)$",
    )
});
static JOINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:^|\b)((?:[A-Z]\.|[A-Z][\p{L}\p{M}'’-]+)(?: [A-Z][\p{L}\p{M}'’-]+){0,2})\s+(?i:has\s+)?(?i:joined|entered)\s+(?i:the\s+)?(?i:chat|conversation)",
    )
});
static CHATTING_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:(?:now\s+)?(?:chatting|speaking|talking)\s+(?:with|to)|connected\s+(?:to|with)|transferred\s+to)\s+((?:[A-Z]\.|[A-Z][\p{L}\p{M}'’-]+)(?: [A-Z][\p{L}\p{M}'’-]+){0,2})",
    )
});
/// An e-mail header line.
static MAIL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:from|to|cc|bcc|reply-to|sent|date|subject|return-path|message-id|delivered-to|received|dkim-signature|mime-version|content-[\w-]+|x-[\w-]+|arc-[\w-]+|authentication-results|in-reply-to|references|thread-\w+)\s*:",
    )
});
/// A name alone on its line: one to three capitalised words.
static HEADER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\p{Lu}][\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,2}$"));
static MY_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:my name is|this is|i'm|i am)\s+[A-Z]"));
/// What agents say and customers don't.
static AGENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:how (?:can|may) i (?:help|assist)|thank(?:s| you) for (?:contacting|reaching|chatting|your patience|waiting)|is there anything else|(?:i'?m|i am|i'd be) (?:happy|glad) to (?:help|assist)|for (?:security|verification) (?:purposes|reasons)?|(?:please )?(?:verify|confirm) (?:your|the account)|i (?:can )?see (?:that )?(?:your|the) (?:order|account|package)|i(?:'ve| have) (?:updated|changed|added|checked)|welcome to)\b",
    )
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Agent,
    Customer,
    Unknown,
}

/// The role a label says by its words ("Customer", "Me", "Amazon Agent", "Khách hàng").
fn role_word(name: &str) -> Option<Role> {
    let n = name.to_lowercase();
    let words: Vec<&str> = n
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    if n.contains("customer service")
        || n.contains("customer support")
        || n.contains("customer care")
        || n.contains("nhân viên")
        || n.contains("tư vấn")
        || n.contains("hỗ trợ")
        || [
            "agent",
            "support",
            "associate",
            "representative",
            "rep",
            "advisor",
            "adviser",
            "assistant",
            "specialist",
            "operator",
            "cskh",
            "staff",
            "team",
            "helpdesk",
            "service",
            "us",
            "we",
        ]
        .iter()
        .any(|w| has(w))
    {
        return Some(Role::Agent);
    }
    if n.contains("khách")
        || [
            "customer",
            "you",
            "me",
            "visitor",
            "guest",
            "user",
            "client",
            "caller",
            "tôi",
            "bạn",
            "attacker",
            "impostor",
            "imposter",
            "hacker",
            "scammer",
            "fraudster",
        ]
        .iter()
        .any(|w| has(w))
    {
        return Some(Role::Customer);
    }
    None
}

/// Words a label never is: the start of an ordinary sentence or a field ("Address: …").
const NOT_LABELS: &[&str] = &[
    // E-mail headers, when a whole message is pasted.
    "return-path",
    "message-id",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
    "dkim-signature",
    "received",
    "reply-to",
    "delivered-to",
    "sender",
    "authentication-results",
    "in-reply-to",
    "references",
    "address",
    "card",
    "phone",
    "mobile",
    "email",
    "e-mail",
    "subject",
    "from",
    "to",
    "date",
    "time",
    "note",
    "ps",
    "re",
    "dob",
    "pin",
    "warning",
    "error",
    "order",
    "ticket",
    "reference",
    "ref",
    "case",
    "total",
    "http",
    "https",
    "tel",
    "fax",
    "zip",
    "postcode",
    "city",
    "state",
    "country",
    "name",
    "status",
    "answer",
    "question",
    "q",
    "a",
    "cc",
    "bcc",
    "sent",
    "last",
];

/// The speaker named at the start of `line`, with the rest of the line.
fn label(line: &str) -> Option<(String, Option<String>, &str)> {
    if line.len() > LABEL_MAX {
        return None;
    }
    let c = LABEL.captures(line)?;
    let name = c.name("name")?.as_str().trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let lower = name.to_lowercase();
    if NOT_LABELS.contains(&lower.as_str())
        || ["x-", "arc-", "list-", "dkim-"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return None;
    }
    // A name is capitalised words, or role words ("you", "khách hàng").
    let named = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !named && role_word(name).is_none() {
        return None;
    }
    let paren = c.name("paren").map(|p| p.as_str().to_string());
    let rest = c.name("rest").map_or("", |r| r.as_str());
    Some((name.to_string(), paren, rest))
}

/// One line of the transcript: who says it and what.
struct Line<'a> {
    /// The line without its timestamp (the quote is made from it).
    shown: &'a str,
    /// What is said, without the speaker's label.
    said: &'a str,
    role: Role,
}

fn strip_timestamp(line: &str) -> &str {
    match TIMESTAMP.find(line) {
        // A bare time is not stripped to nothing: "10:02" alone stays.
        Some(m) if m.end() < line.len() => &line[m.end()..],
        _ => line,
    }
}

/// The lines of `text` with their speakers' roles.
fn lines(text: &str) -> Vec<Line<'_>> {
    // E-mail headers (a whole message pasted, a forwarded one quoted) and their continuation
    // lines say nothing of the chat.
    let mut in_header = false;
    let raw: Vec<&str> = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .map(|l| {
            let continued = in_header && l.starts_with([' ', '\t']) && !l.trim().is_empty();
            in_header = continued || MAIL_HEADER.is_match(l);
            if in_header {
                ""
            } else {
                strip_timestamp(l).trim()
            }
        })
        .collect();
    // Names the transcript gives roles to.
    let mut roles: HashMap<String, Role> = HashMap::new();
    let mut agent_score: HashMap<String, usize> = HashMap::new();
    let mut speakers: Vec<String> = Vec::new();
    let bare_time = |l: &str| TIMESTAMP.find(l).is_some_and(|m| m.end() == l.len());
    // A name alone on its line, before a bare time, heads that speaker's message
    // ("Alex\n10:02 AM\nhi, …").
    let headers: Vec<bool> = (0..raw.len())
        .map(|i| {
            HEADER.is_match(raw[i])
                && raw[i + 1..]
                    .iter()
                    .find(|n| !n.is_empty())
                    .is_some_and(|n| bare_time(n))
        })
        .collect();
    let mut heading: Option<String> = None;
    for (i, l) in raw.iter().enumerate() {
        for c in JOINED
            .captures_iter(l)
            .chain(CHATTING_WITH.captures_iter(l))
        {
            let name = c[1].trim().to_lowercase();
            if role_word(&name) != Some(Role::Customer) {
                roles.insert(name, Role::Agent);
            }
        }
        let (speaker, rest) = if headers[i] {
            let key = l.to_lowercase();
            if !speakers.contains(&key) {
                speakers.push(key.clone());
            }
            if let Some(r) = role_word(l) {
                roles.entry(key.clone()).or_insert(r);
            }
            heading = Some(key);
            continue;
        } else if let Some((name, paren, rest)) = label(l) {
            let key = name.to_lowercase();
            if !speakers.contains(&key) {
                speakers.push(key.clone());
            }
            if let Some(r) = role_word(&name).or_else(|| paren.as_deref().and_then(role_word)) {
                roles.entry(key.clone()).or_insert(r);
            }
            heading = None;
            (key, rest)
        } else if let Some(h) = &heading {
            (h.clone(), *l)
        } else {
            continue;
        };
        let s = AGENT_WORDS.find_iter(rest).count() + usize::from(MY_NAME.is_match(rest));
        *agent_score.entry(speaker).or_default() += s;
    }
    // Speakers not named by role: the other side of those that are, else the one who talks
    // like an agent.
    let known_agent = speakers.iter().any(|s| roles.get(s) == Some(&Role::Agent));
    let known_customer = speakers
        .iter()
        .any(|s| roles.get(s) == Some(&Role::Customer));
    let best = speakers
        .iter()
        .filter(|s| !roles.contains_key(*s))
        .max_by_key(|s| agent_score.get(*s).copied().unwrap_or(0))
        .cloned();
    for s in &speakers {
        if roles.contains_key(s) {
            continue;
        }
        let score = agent_score.get(s).copied().unwrap_or(0);
        let r = if known_agent && !known_customer {
            Role::Customer
        } else if (known_customer && !known_agent) || (score > 0 && best.as_ref() == Some(s)) {
            Role::Agent
        } else if speakers.len() == 2 && !known_agent && !known_customer && best.is_some() {
            // Two speakers, one talks like an agent: the other is the customer.
            let other_scored = speakers
                .iter()
                .any(|o| o != s && agent_score.get(o).copied().unwrap_or(0) > 0);
            if other_scored {
                Role::Customer
            } else {
                Role::Unknown
            }
        } else {
            Role::Unknown
        };
        roles.insert(s.clone(), r);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut current = Role::Unknown;
    for (i, l) in raw.into_iter().enumerate() {
        if l.is_empty() {
            continue;
        }
        // A name alone on its line starts that speaker's message; a bare time says nothing.
        if headers[i] {
            current = roles
                .get(&l.to_lowercase())
                .copied()
                .unwrap_or(Role::Unknown);
            continue;
        }
        if TIMESTAMP.find(l).is_some_and(|m| m.end() == l.len()) {
            continue;
        }
        let (said, role) = match label(l) {
            Some((name, _, rest)) => {
                let r = roles
                    .get(&name.to_lowercase())
                    .copied()
                    .unwrap_or(Role::Unknown);
                current = r;
                (rest, r)
            }
            None if JOINED.is_match(l) || CHATTING_WITH.is_match(l) => (l, Role::Unknown),
            None => (l, current),
        };
        out.push(Line {
            shown: l,
            said,
            role,
        });
    }
    out
}

// ---- values ------------------------------------------------------------------------------

const CARD_WORDS: &str = r"(?:card|visa|master\s?card|amex|american express|discover|debit|credit|jcb|maestro|payment method|thẻ)";
const PHONE_WORDS: &str =
    r"(?:phone|mobile|cell|telephone|tel|contact number|number on file|sđt|số điện thoại)";

/// "the card ending in 4821", "Visa ending with 4821", "card that ends in 4821".
static CARD_ENDING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{CARD_WORDS}\b[^\n\d]{{0,40}}?\b(?:ending|ends|ended|kết thúc)\s*(?:in|with|on|bằng)?\s*[:#]?\s*(\d{{4}})\b"
    ))
});
/// "last 4: 4821", "last four digits are 4821", "the last four of the card is 4821".
static LAST_FOUR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:4|bốn) (?:chữ )?số cuối(?: của thẻ| thẻ)?(?: là|:)?\s*(\d{4})\b|\blast\s+(?:4|four)(?:\s+digits)?(?:\s+(?:of|on)\s+(?:the|your|that)\s+[\w ]{1,20}?)?\s*(?:are|is|were|was|:|=|-|–)?\s*(\d{4})\b)",
    )
});
/// A masked number with its last digits shown: "•••• 4821", "**** **** **** 4821",
/// "XXXX-XXXX-XXXX-4821", "x4821".
static MASKED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\p{L}\p{N}])((?:[•*●∙·xX]{1,4}[\s-]?){1,4}(\d{4}))\b"));
/// "phone number ending in 1234", "mobile ends with 34".
static PHONE_ENDING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:{PHONE_WORDS}|number)\b[^\n]{{0,30}}?\b(?:ending|ends|ended)\s*(?:in|with)?\s*[:#]?\s*(\d{{2,4}})\b"
    ))
});

/// A street address: a number, up to five words, a street word; then an apartment, a city, a
/// state and a postcode when they follow.
const STREET: &str = r"(?:\b\d{1,6}[A-Za-z]?(?:/\d{1,4})*,?\s+(?:[\p{L}\p{M}0-9'’.-]+\s+){0,5}?(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|crescent|cres|close|trail|trl|loop|row|alley|mews|gardens|grove|strasse|straße|đường|phố)\b\.?|\b(?i:p\.?\s?o\.?\s+box)\s+\d{1,8}|\b(?i:số|ngõ|hẻm|ngách)\s+\d{1,5}[\p{L}0-9/ ,]{0,40})";
/// What may follow a street: ", Apt 4B", ", Springfield", ", IL 62704", "Hà Nội".
const STREET_TAIL: &str = r"(?:,?\s*(?i:apt|apartment|unit|suite|ste|flat|#|floor|fl)\.?\s*[\w-]{1,6})?(?:,\s*[\p{L}\p{M}][\p{L}\p{M}'’. -]{1,30}){0,3}(?:,?\s+[A-Z]{2})?(?:,?\s+\d{5}(?:-\d{4})?|,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?";
static STREET_RE: LazyLock<Regex> = LazyLock::new(|| re(&format!("{STREET}{STREET_TAIL}")));
/// "your address is …", "the shipping address on file: …", "address we have is …".
static ADDRESS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:shipping|billing|delivery|home|mailing|postal|current|registered|street|default)\s+)?(?:address|địa chỉ)(?:\s+(?:on file|on (?:the|your) account|we have(?: on file)?(?: for you)?|listed|saved|in the system))?\s*(?:is|was|:|reads|shows(?: as)?|is set to|là)\s+|(?i)\bđịa chỉ(?:\s+[\p{L}\p{M}]+){0,5}?\s+là\s+",
    )
});
/// "(being) shipped to …", "delivered to …", "going to …" followed by a street.
static SHIPPED_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ship(?:ped|ping)?|deliver(?:ed|ing|y)?|sent|send|going|headed|mailed|registered|giao)\s+(?:to|at|đến)\s+",
    )
});
/// Words before "address is" that make it another kind of address.
static OTHER_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:e-?mail|ip|web|mac|wallet|mail)\s*$"));
/// Where an address read out after its cue ends: a sentence end (not after an abbreviation),
/// a new clause, or the line's end.
static ADDRESS_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[.!?;](?:\s+|$)|\s+(?:and|but|which|so|is that|can you|could you|please|and the|is it)\b|\s+-\s+|\(|$)",
    )
});
static PHRASE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?i)(?:["”’]?[.!?;:,()"”—–](?:\s|$)|\s+(?:and|but|so|or|then|which|please)\b|\s+-\s+|$)"#)
});
static ABBREVIATION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:st|ave|rd|dr|apt|blvd|ln|ct|pl|no|mt|ft|n|s|e|w|p\.o|ste|fl)$"));

const MONTHS: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
static DATE_OF_BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:date of birth|birth\s?date|dob|d\.o\.b\.?|born(?: on)?|birthday|ngày sinh)\b[^\n\d]{{0,25}}?((?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}}))"
    ))
});
static SECURITY_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:answer (?:to|for) (?:your|the) (?:security |secret )?question|security answer|secret answer|(?:mother'?s? )?maiden name|(?:first )?pet'?s? name|name of your (?:first )?pet|first (?:school|car)|(?:city|town) (?:you were|where you were) born|favou?rite (?:teacher|food|movie|color|colour)|câu trả lời bảo mật)\b[^\n]{0,30}?\b(?:is|was|:|reads|là)\s+["“'‘]?([\p{L}\p{M}\p{N}])"#,
    )
});
static SUPPORT_PIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:(?:support|account|security|phone|telephone|customer|verbal|spoken)\s+)?(?:pin|passcode|pass code|passphrase|pass phrase|verbal password|security word|mã pin)\b(?:\s+(?:on (?:the|your) account|on file|we have(?: on file)?|set))?\s*(?:is|was|:|reads|là)\s+["“'‘]?([\p{L}\p{N}][\p{L}\p{N}-]{2,24})"#,
    )
});

static EMAIL_CUE_OURS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:e-?mail us|write to us|contact us|reach us|our (?:e-?mail|address)|send (?:it|them|a message) to|was sent to|sent to you|unsubscribe|this (?:e-?mail|message) (?:was|is)|do not reply)\b",
    )
});
/// A company's mailbox, not a customer's: `no-reply@…`, `support@…`.
static COMPANY_MAILBOX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:no-?reply|do-?not-?reply|support|help|service|customer-?service|care|info|contact|hello|team|mailer-daemon|postmaster|cs-reply)[+.\w-]*@",
    )
});
static PHONE_CUE_OURS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:call us|our (?:number|phone|hotline|line)|contact us|reach us|hotline|toll[- ]free|customer service (?:number|line))\b",
    )
});
static ADDRESS_CUE_OURS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:our (?:store|office|shop|warehouse|returns?|return address|headquarters|address|branch)|return (?:it|them|the item|the parcel|the package) to|send (?:it|them) back to|returns? centre|returns? center)\b",
    )
});
static PHONE_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:{PHONE_WORDS}|number)\b")));
static PHONE_WORD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{PHONE_WORDS}\b")));
static CARD_CUE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{CARD_WORDS}\b")));

// ---- asking ------------------------------------------------------------------------------

/// Words that ask to be told, shown or confirmed something.
static ASKING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\?|\b(?:what(?:'s| is| are| was)?|which|tell me|read (?:me|out|back|it)|confirm|remind me|on file|do you have|is it|is that|is my|are they|verify|give me|send me|where|need (?:the|my|to know)|can i (?:get|have|know)|could i (?:get|have|know)|look up|check (?:the|my|which|what)|i (?:forgot|don't remember|do not remember|can't remember|cannot remember)|là gì|cho (?:tôi|mình|em) biết|đọc (?:giúp|lại)|xác nhận|kiểm tra|nào)\b)",
    )
});
/// Asking for a change, not to be told: "please update my delivery address".
static CHANGE_ONLY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:update|change|add|remove|delete|edit|replace|cancel|new)\b"));
static STRONG_ASK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:what|which|tell me|read|confirm|remind|on file|do you have|is it|is that|is my|verify|where|look up|forgot|là gì|cho (?:tôi|mình|em) biết|nào)\b",
    )
});

fn asks_for(detail: Detail) -> &'static Regex {
    static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:address|địa chỉ|where (?:is|was|will|are) (?:it|they|my|the)\b[^\n]{0,40}\b(?:ship|sent|deliver|go|head|arriv)|ship(?:ped|ping)? to|deliver(?:ed|y|ing)? to|sent to|going to|postcode|zip code)",
        )
    });
    static CARD: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)\b(?:last (?:4|four)|{CARD_WORDS}\s+(?:number|on file|ending|details|info|used|we have|do you have|is on|that)|(?:which|what) {CARD_WORDS}|{CARD_WORDS} (?:was|is) (?:it|used|charged)|ending (?:digits|numbers)|ends? (?:in|with))"
        ))
    });
    static PHONE: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"(?i)\b{PHONE_WORDS}(?:\s+number)?\b")));
    static EMAIL: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:e-?mail|email address|login)\b"));
    static DOB: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:date of birth|dob|birthday|birth\s?date|born|ngày sinh)\b"));
    static ANSWERS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:security (?:question|answer)s?|secret (?:question|answer)|maiden name|first pet|câu hỏi bảo mật)\b",
        )
    });
    static PIN: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)\b(?:pin|passcode|pass code|passphrase|verbal password|security word|mã pin)\b")
    });
    match detail {
        Detail::Address => &ADDRESS,
        Detail::CardLastFour => &CARD,
        Detail::Phone => &PHONE,
        Detail::Email => &EMAIL,
        Detail::DateOfBirth => &DOB,
        Detail::SecurityAnswers => &ANSWERS,
        Detail::SupportPin => &PIN,
    }
}

/// The details `said` asks to be told (or asked to be confirmed).
fn asked_in(said: &str) -> Vec<Detail> {
    if !ASKING.is_match(said) {
        return Vec::new();
    }
    if CHANGE_ONLY.is_match(said) && !STRONG_ASK.is_match(said) {
        return Vec::new();
    }
    Detail::ALL
        .into_iter()
        .filter(|d| {
            asks_for(*d)
                .find_iter(said)
                .any(|m| *d != Detail::Address || !OTHER_ADDRESS.is_match(&said[..m.start()]))
        })
        .collect()
}

/// "Yes, that's correct", "Correct.", "I can confirm that": the agent confirms what was asked.
static AFFIRMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:yes|yeah|yep|yup|correct|right|exactly|affirmative|confirmed|indeed|that(?:'s| is) (?:correct|right|the one|it)|i can confirm|it is|it's that one|that matches|đúng)\b",
    )
});
static REFUSES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:can(?:no|')?t|cannot|unable to|not able to|not allowed to|won't be able to|don't have|do not have|no,)\b",
    )
});

// ---- finding values in a line ------------------------------------------------------------

/// One value found in a line: where (byte range of `said`), what detail, the minimal value.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    detail: Detail,
    value: Option<String>,
}

/// Where a cued address read out ends.
fn address_end(s: &str) -> usize {
    let mut from = 0;
    while let Some(m) = ADDRESS_END.find_at(s, from) {
        let before = &s[..m.start()];
        if m.as_str().starts_with('.') && ABBREVIATION.is_match(before) && m.end() < s.len() {
            from = m.end().max(from + 1);
            if from >= s.len() {
                return s.len();
            }
            continue;
        }
        return m.start();
    }
    s.len()
}

/// Where a secret said in words ends: at a sentence's or clause's end, or the line's.
fn phrase_end(s: &str) -> usize {
    PHRASE_END.find(s).map_or(s.len(), |m| m.start())
}

/// Whether the text after an address cue is an address, not "correct" or "updated".
fn looks_like_address(v: &str) -> bool {
    let v = v.trim();
    v.chars().count() >= 4
        && (v.chars().any(|c| c.is_numeric()) || v.contains(',') || STREET_RE.is_match(v))
}

fn last_four_digits(raw: &str) -> Option<String> {
    let d: String = raw.chars().filter(char::is_ascii_digit).collect();
    (d.len() >= 4).then(|| d[d.len() - 4..].to_string())
}

fn email_masked(raw: &str) -> String {
    let raw = raw.trim();
    match raw.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local
                .chars()
                .find(|c| c.is_alphanumeric())
                .map(String::from)
                .unwrap_or_default();
            format!("{first}•••@{}", domain.to_lowercase())
        }
        None => "•••".to_string(),
    }
}

/// The spans the outbound gate's recognisers mask in `text`, with their kinds: redacted
/// segments are the text's own words between masks, so each mask covers what lies between
/// them.
fn gate_spans(text: &str) -> Vec<(usize, usize, RedactKind)> {
    let red = Redactor::new().redact(text);
    let mut out = Vec::new();
    let mut pos = 0;
    let segs = &red.segments;
    for (i, s) in segs.iter().enumerate() {
        match s.kind {
            None => {
                if text[pos..].starts_with(&s.text) {
                    pos += s.text.len();
                } else if let Some(at) = text[pos..].find(&s.text) {
                    pos += at + s.text.len();
                }
            }
            Some(kind) => {
                let end = match segs.get(i + 1) {
                    None => text.len(),
                    Some(next) => {
                        // Where the next plain words start: the first place after which the
                        // masked text, redacted alone, gives this very mask.
                        let same = |end: usize| {
                            let alone = Redactor::new().redact(&text[pos..end]);
                            matches!(alone.segments.as_slice(),
                                [only] if only.kind == Some(kind) && only.text == s.text)
                        };
                        let candidates: Vec<usize> = text[pos..]
                            .match_indices(next.text.as_str())
                            .map(|(at, _)| pos + at)
                            .filter(|&e| e > pos)
                            .collect();
                        candidates
                            .iter()
                            .copied()
                            .find(|&e| same(e))
                            .or_else(|| candidates.first().copied())
                            .unwrap_or(text.len())
                    }
                };
                out.push((pos, end, kind));
                pos = end;
            }
        }
    }
    out
}

/// What `said` gives away by stating it (an agent's line, or a line of no known speaker that
/// is not a question).
fn given_in(said: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let near_phone = |start: usize| {
        let from = start.saturating_sub(40);
        let from = (0..=from)
            .rev()
            .find(|&p| said.is_char_boundary(p))
            .unwrap_or(0);
        let before = &said[from..start];
        PHONE_CUE.is_match(before) && !CARD_CUE.is_match(before)
    };
    // Cards: "ending in 4821", "last four 4821", masked numbers (whole numbers: below).
    for c in CARD_ENDING.captures_iter(said) {
        let m = c.get(1).expect("group 1");
        if PHONE_WORD.is_match(&said[c.get(0).map_or(0, |w| w.start())..m.start()]) {
            continue;
        }
        out.push(Found {
            start: m.start(),
            end: m.end(),
            detail: Detail::CardLastFour,
            value: Some(m.as_str().to_string()),
        });
    }
    for c in LAST_FOUR.captures_iter(said) {
        let Some(m) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        let detail = if near_phone(c.get(0).map_or(0, |w| w.start()) + 1) {
            Detail::Phone
        } else {
            Detail::CardLastFour
        };
        out.push(Found {
            start: m.start(),
            end: m.end(),
            detail,
            value: Some(m.as_str().to_string()),
        });
    }
    for c in MASKED_DIGITS.captures_iter(said) {
        let whole = c.get(1).expect("group 1");
        let digits = c.get(2).expect("group 2");
        // "xxx" must be a mask, not a word ending in x ("box 1234" is not matched: a letter
        // stands before it).
        let detail = if near_phone(whole.start()) {
            Detail::Phone
        } else if CARD_CUE.is_match(said) || !PHONE_CUE.is_match(said) {
            Detail::CardLastFour
        } else {
            Detail::Phone
        };
        out.push(Found {
            start: whole.start(),
            end: whole.end(),
            detail,
            value: Some(digits.as_str().to_string()),
        });
    }
    for c in PHONE_ENDING.captures_iter(said) {
        let m = c.get(1).expect("group 1");
        if CARD_CUE.is_match(&said[c.get(0).map_or(0, |w| w.start())..m.start()]) {
            continue;
        }
        out.push(Found {
            start: m.start(),
            end: m.end(),
            detail: Detail::Phone,
            value: (m.as_str().len() == 4).then(|| m.as_str().to_string()),
        });
    }
    // Cards, phones and e-mails: the gate's recognisers (phones and e-mails when the line
    // speaks of the customer's).
    let ours_phone = PHONE_CUE_OURS.is_match(said);
    let ours_email = EMAIL_CUE_OURS.is_match(said);
    // Cards and phones have digits, e-mails an @: other lines are not run through the gate.
    let gate = if said.contains(|c: char| c.is_numeric() || c == '@' || c == '＠') {
        gate_spans(said)
    } else {
        Vec::new()
    };
    for (start, end, kind) in gate {
        let raw = &said[start..end];
        match kind {
            RedactKind::Phone if !ours_phone && PHONE_CUE.is_match(said) => out.push(Found {
                start,
                end,
                detail: Detail::Phone,
                value: last_four_digits(raw),
            }),
            // A whole card number read out: its last four are what other companies check.
            RedactKind::Card => {
                if let Some(last) = last_four_digits(raw) {
                    out.push(Found {
                        start,
                        end,
                        detail: Detail::CardLastFour,
                        value: Some(last),
                    });
                }
            }
            RedactKind::Email if !ours_email && !COMPANY_MAILBOX.is_match(raw) => out.push(Found {
                start,
                end,
                detail: Detail::Email,
                value: Some(email_masked(raw)),
            }),
            _ => {}
        }
    }
    // Addresses: read out after a cue, or a street after "shipped to", or any street; not the
    // company's own ("return it to our warehouse at …").
    let ours_address = ADDRESS_CUE_OURS.is_match(said);
    for m in ADDRESS_CUE.find_iter(said).filter(|_| !ours_address) {
        if OTHER_ADDRESS.is_match(&said[..m.start()]) {
            continue;
        }
        let rest = &said[m.end()..];
        let end = address_end(rest);
        if looks_like_address(&rest[..end]) {
            out.push(Found {
                start: m.end(),
                end: m.end() + end,
                detail: Detail::Address,
                value: None,
            });
        }
    }
    for m in SHIPPED_TO.find_iter(said).filter(|_| !ours_address) {
        let rest = &said[m.end()..];
        let end = address_end(rest);
        if rest.starts_with(|c: char| c.is_ascii_digit()) && looks_like_address(&rest[..end]) {
            out.push(Found {
                start: m.end(),
                end: m.end() + end,
                detail: Detail::Address,
                value: None,
            });
        }
    }
    for m in STREET_RE.find_iter(said).filter(|_| !ours_address) {
        let before = &said[..m.start()];
        let cue = SHIPPED_TO
            .find_iter(before)
            .last()
            .is_some_and(|c| c.end() == m.start() || said[c.end()..m.start()].trim().len() <= 12);
        if cue || !out.iter().any(|f| f.detail == Detail::Address) {
            out.push(Found {
                start: m.start(),
                end: m.end(),
                detail: Detail::Address,
                value: None,
            });
        }
    }
    for (re, detail) in [
        (&*DATE_OF_BIRTH, Detail::DateOfBirth),
        (&*SECURITY_ANSWER, Detail::SecurityAnswers),
        (&*SUPPORT_PIN, Detail::SupportPin),
    ] {
        for c in re.captures_iter(said) {
            let m = c.get(1).expect("group 1");
            // An answer or a passphrase may be words: masked to the end of its sentence.
            let end = if detail == Detail::DateOfBirth {
                m.end()
            } else {
                m.start() + phrase_end(&said[m.start()..])
            };
            out.push(Found {
                start: m.start(),
                end,
                detail,
                value: None,
            });
        }
    }
    out.sort_by_key(|f| (f.start, f.end));
    out
}

// ---- quotes ------------------------------------------------------------------------------

/// Masks every value of `spans` in `text`, then what the gate's recognisers find, then any run
/// of four or more digits left.
fn mask(text: &str, spans: &[(usize, usize, Detail)]) -> String {
    let mut spans: Vec<(usize, usize, Detail)> = spans
        .iter()
        .copied()
        .filter(|(s, e, _)| s < e && text.is_char_boundary(*s) && text.is_char_boundary(*e))
        .collect();
    // Streets are masked wherever they stand in a quote.
    for m in STREET_RE.find_iter(text) {
        spans.push((m.start(), m.end(), Detail::Address));
    }
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (s, e, d) in spans {
        if e <= pos {
            continue;
        }
        let s = s.max(pos);
        out.push_str(&text[pos..s]);
        out.push_str(&placeholder(d, &text[s..e]));
        pos = e;
    }
    out.push_str(&text[pos..]);
    let red = Redactor::new().redact(&out).text();
    mask_digit_runs(&red)
}

fn placeholder(d: Detail, raw: &str) -> String {
    match d {
        Detail::Address => crate::t!("share-mask-address"),
        Detail::CardLastFour | Detail::Phone => raw
            .chars()
            .map(|c| if c.is_numeric() { '•' } else { c })
            .collect(),
        Detail::Email => crate::t!("share-mask-email", domain = "…"),
        Detail::SupportPin => crate::t!("share-mask-code"),
        Detail::DateOfBirth | Detail::SecurityAnswers => crate::t!("share-mask-private"),
    }
}

/// Any run of four or more digits (a postcode, a cut card number, digits no rule named) left
/// in a quote is masked.
fn mask_digit_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_numeric() {
            let mut j = i;
            while j < chars.len() && chars[j].is_numeric() {
                j += 1;
            }
            if j - i >= 4 {
                out.extend(std::iter::repeat_n('•', j - i));
            } else {
                out.extend(&chars[i..j]);
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The quote of a line: the line (with its speaker) masked, cut around `at` when long.
fn quote(shown: &str, said_offset: usize, spans: &[(usize, usize, Detail)], at: usize) -> String {
    let shifted: Vec<(usize, usize, Detail)> = spans
        .iter()
        .map(|(s, e, d)| (s + said_offset, e + said_offset, *d))
        .collect();
    if shown.len() <= QUOTE_MAX {
        return mask(shown, &shifted).trim().to_string();
    }
    let at = at + said_offset;
    let half = QUOTE_MAX / 2;
    let mut start = at.saturating_sub(half);
    while !shown.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + half).min(shown.len());
    while !shown.is_char_boundary(end) {
        end += 1;
    }
    // Cut at spaces so no word is halved.
    if start > 0 {
        start = shown[start..end].find(' ').map_or(start, |p| start + p + 1);
    }
    if end < shown.len() {
        end = shown[start..end].rfind(' ').map_or(end, |p| start + p);
    }
    let window: Vec<(usize, usize, Detail)> = shifted
        .iter()
        .filter(|(s, e, _)| *s < end && *e > start)
        .map(|(s, e, d)| ((*s).max(start) - start, (*e).min(end) - start, *d))
        .collect();
    let body = mask(&shown[start..end], &window);
    format!(
        "{}{}{}",
        if start > 0 { "… " } else { "" },
        body.trim(),
        if end < shown.len() { " …" } else { "" }
    )
}

// ---- the reader --------------------------------------------------------------------------

struct Draft {
    asked: bool,
    given: bool,
    value: Option<String>,
    quote: Option<(bool, String)>,
}

/// What the impostor asked for and what the agent gave away, from a support-chat transcript;
/// one suggestion per detail, in the order of [`Detail::ALL`].
pub fn suggest_disclosures(input: &str) -> Vec<SuggestedDisclosure> {
    let text = match input.char_indices().nth(MAX_INPUT) {
        Some((cut, _)) => &input[..cut],
        None => input,
    };
    let lines = lines(text);
    let mut drafts: HashMap<Detail, Draft> = HashMap::new();
    let mut note = |detail: Detail,
                    asked: bool,
                    given: bool,
                    value: Option<String>,
                    make_quote: &dyn Fn() -> String| {
        let d = drafts.entry(detail).or_insert(Draft {
            asked: false,
            given: false,
            value: None,
            quote: None,
        });
        d.asked |= asked;
        d.given |= given;
        if given && d.value.is_none() {
            d.value = value;
        }
        // The quote: the first line that gave it, else the first that asked.
        let better = match &d.quote {
            None => true,
            Some((was_given, _)) => given && !was_given,
        };
        if better {
            d.quote = Some((given, make_quote()));
        }
    };
    for (i, l) in lines.iter().enumerate() {
        let offset = l.said.as_ptr() as usize - l.shown.as_ptr() as usize;
        let question = l.said.trim_end().ends_with('?') || STRONG_ASK.is_match(l.said);
        let found = given_in(l.said);
        let spans: Vec<(usize, usize, Detail)> =
            found.iter().map(|f| (f.start, f.end, f.detail)).collect();
        let may_give = match l.role {
            Role::Agent => true,
            Role::Unknown => !question,
            Role::Customer => false,
        };
        let may_ask = match l.role {
            Role::Customer => true,
            Role::Unknown => question,
            Role::Agent => false,
        };
        if may_give {
            for f in &found {
                let at = f.start;
                note(f.detail, false, true, f.value.clone(), &|| {
                    quote(l.shown, offset, &spans, at)
                });
            }
        }
        if may_ask {
            let asked = asked_in(l.said);
            for d in &asked {
                note(*d, true, false, None, &|| quote(l.shown, offset, &spans, 0));
            }
            // The agent confirms what the impostor put to it: "is it the card ending 4821?" —
            // "Yes, that's correct."
            if !asked.is_empty() {
                let reply = lines[i + 1..]
                    .iter()
                    .take(3)
                    .find(|n| n.role != l.role || l.role == Role::Unknown);
                if let Some(reply) = reply.filter(|r| {
                    r.role != Role::Customer
                        && AFFIRMS.is_match(r.said)
                        && !REFUSES.is_match(r.said)
                }) {
                    let roffset = reply.said.as_ptr() as usize - reply.shown.as_ptr() as usize;
                    for d in &asked {
                        let value = found
                            .iter()
                            .find(|f| f.detail == *d)
                            .and_then(|f| f.value.clone());
                        note(*d, true, true, value, &|| {
                            format!(
                                "{} → {}",
                                quote(l.shown, offset, &spans, 0),
                                quote(reply.shown, roffset, &[], 0)
                            )
                        });
                    }
                }
            }
        }
    }
    Detail::ALL
        .into_iter()
        .filter_map(|detail| {
            let d = drafts.remove(&detail)?;
            Some(SuggestedDisclosure {
                detail,
                asked: d.asked,
                given: d.given,
                value: d.value,
                quote: d.quote.map(|(_, q)| q).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(s: &[SuggestedDisclosure], d: Detail) -> Option<&SuggestedDisclosure> {
        s.iter().find(|x| x.detail == d)
    }

    const SEED: &str = "\
[14:02] You are now chatting with Hoa.
[14:03] Customer: Hi, I need to check which address my last order went to, and which card was used?
[14:05] Hoa: Sure. The order was shipped to 12 Hang Bong Street, Hoan Kiem, Ha Noi.
[14:06] Hoa: It was paid with the Visa card ending in 4821.
[14:07] Customer: Thanks!";

    #[test]
    fn the_seed_story_gives_address_and_card() {
        let s = suggest_disclosures(SEED);
        let a = get(&s, Detail::Address).expect("address");
        assert!(a.asked && a.given, "{a:?}");
        assert!(
            !a.quote.contains("Hang Bong") && !a.quote.contains("12 "),
            "{a:?}"
        );
        let c = get(&s, Detail::CardLastFour).expect("card");
        assert!(c.asked && c.given, "{c:?}");
        assert_eq!(c.value.as_deref(), Some("4821"));
        assert!(!c.quote.contains("4821"), "{c:?}");
        assert!(c.quote.starts_with("Hoa:"), "{c:?}");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn speakers_are_told_apart() {
        let l = lines(SEED);
        assert_eq!(l[0].role, Role::Unknown);
        assert_eq!(l[1].role, Role::Customer);
        assert_eq!(l[2].role, Role::Agent);
        assert_eq!(
            l[2].said,
            "Sure. The order was shipped to 12 Hang Bong Street, Hoan Kiem, Ha Noi."
        );
        // Names only: the one who talks like an agent is the agent.
        let l = lines("Eric: where is my package going?\nSam: Thank you for contacting us! How can I help?\nEric: ok");
        assert_eq!(l[0].role, Role::Customer);
        assert_eq!(l[1].role, Role::Agent);
    }

    #[test]
    fn refusals_give_nothing() {
        let s = suggest_disclosures(
            "Customer: What card do you have on file? The last four digits please.\n\
             Agent: I'm sorry, I can't give out that information.\n\
             Customer: What's the address then?\n\
             Agent: For security reasons I am unable to share the address on the account.",
        );
        assert!(s.iter().all(|d| d.asked && !d.given), "{s:?}");
        assert!(get(&s, Detail::CardLastFour).is_some());
        assert!(get(&s, Detail::Address).is_some());
    }

    #[test]
    fn a_confirmation_is_a_disclosure() {
        let s = suggest_disclosures(
            "Customer: Can you confirm the card ending in 4821 is the one on file?\n\
             Agent: Yes, that's correct.",
        );
        let c = get(&s, Detail::CardLastFour).expect("card");
        assert!(c.asked && c.given);
        assert_eq!(c.value.as_deref(), Some("4821"));
        assert!(c.quote.contains("→ Agent: Yes"), "{c:?}");
        assert!(!c.quote.contains("4821"));
    }

    #[test]
    fn card_phone_email_pin_dob_answers() {
        let s = suggest_disclosures(
            "Agent: I see Visa •••• 4821 and a phone number ending in 0199 on the account.\n\
             Agent: The e-mail on file is minh.tran@example.org.\n\
             Agent: Your date of birth is 12/05/1988 and the answer to your security question is Fluffy.\n\
             Agent: The support PIN on the account is 7731.",
        );
        assert_eq!(
            get(&s, Detail::CardLastFour).unwrap().value.as_deref(),
            Some("4821")
        );
        assert_eq!(
            get(&s, Detail::Phone).unwrap().value.as_deref(),
            Some("0199")
        );
        let e = get(&s, Detail::Email).unwrap();
        assert_eq!(e.value.as_deref(), Some("m•••@example.org"));
        assert!(!e.quote.contains("minh.tran"), "{e:?}");
        let dob = get(&s, Detail::DateOfBirth).unwrap();
        assert!(dob.given && !dob.quote.contains("1988"), "{dob:?}");
        let a = get(&s, Detail::SecurityAnswers).unwrap();
        assert!(a.given && !a.quote.contains("Fluffy"), "{a:?}");
        let p = get(&s, Detail::SupportPin).unwrap();
        assert!(p.given && !p.quote.contains("7731"), "{p:?}");
        assert!(s.iter().all(|d| !d.asked));
    }

    #[test]
    fn the_real_customers_own_chat_gives_nothing() {
        let s = suggest_disclosures(
            "[10:02] You are now chatting with Minh Tran.\n\
             [10:03] Minh Tran: Hello! For security, please confirm your date of birth.\n\
             [10:04] Me: 12/05/1988. My parcel is late.\n\
             [10:05] Minh Tran: Thanks, I have opened ticket #48213-A. We will call you back within 48 hours.",
        );
        assert!(s.iter().all(|d| !d.given), "{s:?}");
    }

    #[test]
    fn support_numbers_and_addresses_are_not_the_customers() {
        let s = suggest_disclosures(
            "Agent: You can call us at 020 7946 0018 or e-mail us at help@shop.example.\n\
             Agent: Your address is updated.",
        );
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn quotes_are_cut_and_masked_on_long_lines() {
        let line = format!(
            "Agent: {} the card ending in 4821 {}",
            "word ".repeat(200),
            "more ".repeat(200)
        );
        let s = suggest_disclosures(&line);
        let c = get(&s, Detail::CardLastFour).unwrap();
        assert!(
            c.quote.len() < QUOTE_MAX + 20 && c.quote.contains("••••"),
            "{c:?}"
        );
    }

    #[test]
    fn other_wordings_in_english_and_vietnamese() {
        for (text, detail, value) in [
            (
                "Agent: I can see the billing address is 742 Evergreen Terrace, Springfield.",
                Detail::Address,
                None,
            ),
            (
                "Agent: The last four digits of the card on file are 4821.",
                Detail::CardLastFour,
                Some("4821"),
            ),
            (
                "Agent: Yes, the card ends with 4821.",
                Detail::CardLastFour,
                Some("4821"),
            ),
            (
                "Agent: your phone is +1 (206) 555-0100",
                Detail::Phone,
                Some("0100"),
            ),
            (
                "Nhân viên: Địa chỉ giao hàng của bạn là 12 Lý Thường Kiệt, Hà Nội.",
                Detail::Address,
                None,
            ),
            (
                "Nhân viên: Thẻ của bạn kết thúc bằng 4821.",
                Detail::CardLastFour,
                Some("4821"),
            ),
            (
                "Nhân viên: 4 số cuối của thẻ là 4821.",
                Detail::CardLastFour,
                Some("4821"),
            ),
            (
                "Nhân viên: Ngày sinh của bạn là 12/05/1988.",
                Detail::DateOfBirth,
                None,
            ),
        ] {
            let s = suggest_disclosures(text);
            let d = get(&s, detail).unwrap_or_else(|| panic!("{text:?} -> {s:?}"));
            assert!(d.given && !d.asked, "{text:?} -> {d:?}");
            assert_eq!(d.value.as_deref(), value, "{text:?}");
            for secret in ["742", "Evergreen", "4821", "555-0100", "Lý Thường", "1988"] {
                assert!(!d.quote.contains(secret), "{text:?} -> {d:?}");
            }
        }
        let s = suggest_disclosures("Khách hàng: Cho tôi biết địa chỉ giao hàng và số điện thoại");
        assert_eq!(
            s.iter()
                .map(|d| (d.detail, d.asked, d.given))
                .collect::<Vec<_>>(),
            vec![(Detail::Address, true, false), (Detail::Phone, true, false)]
        );
    }

    #[test]
    fn a_phone_number_that_passes_luhn_is_a_phone() {
        // Found by the generated chats: 13 digits after "+49" pass the card check.
        let s = suggest_disclosures("Agent: the phone number on the account is +49 1512 3456274");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].detail, Detail::Phone);
        assert_eq!(s[0].value.as_deref(), Some("6274"));
        assert!(!s[0].quote.contains("3456274"), "{s:?}");
    }

    #[test]
    fn answers_and_passphrases_are_masked_to_the_end_of_their_sentence() {
        // Found by the generated chats: an answer running into other words was left.
        let s = suggest_disclosures(
            "Agent: your mother's maiden name is Nguyen Thi Lan ok thanks\n\
             Agent: the verbal password on file is blue river stone and that's all",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        for d in &s {
            for word in ["Nguyen", "Lan", "blue", "river", "stone"] {
                assert!(!d.quote.contains(word), "{d:?}");
            }
        }
    }

    #[test]
    fn a_whole_pasted_email_reads_its_body_not_its_headers() {
        let eml = "Return-Path: <no-reply@shop.example>\r\n\
            From: Example Shop Customer Service <no-reply@shop.example>\r\n\
            To: minh.tran@example.org\r\n\
            Message-ID: <chat-77120@shop.example>\r\n\
            Content-Type: text/plain; charset=utf-8\r\n\r\n\
            [14:02] You are now chatting with Hoa.\r\n\
            [14:03] Customer: I moved house, please update my delivery address.\r\n\
            [14:08] Hoa: Your current address is 12 Lý Thường Kiệt, Hà Nội. It is updated now.\r\n\
            This e-mail was sent to minh.tran@example.org. Questions? Write to support@shop.example.\r\n";
        let s = suggest_disclosures(eml);
        assert_eq!(
            s.iter()
                .map(|d| (d.detail, d.asked, d.given))
                .collect::<Vec<_>>(),
            vec![(Detail::Address, false, true)],
            "{s:?}"
        );
    }

    #[test]
    fn name_and_role_labels_with_time_zones() {
        let s = suggest_disclosures(
            "Initial Question: Where is my package?\n\
             04:32 PM PDT Customer Service Chat Bot(Customer Service): Hi, I'm the Customer Service Bot.\n\
             04:33 PM PDT Eric(Customer): what address is it going to? I forgot which one I used\n\
             04:35 PM PDT Anjali(Customer Service): Hello, my name is Anjali. It is going to 4417 Harbor View Drive, Bellevue, WA 98004.",
        );
        assert_eq!(
            s.iter()
                .map(|d| (d.detail, d.asked, d.given))
                .collect::<Vec<_>>(),
            vec![(Detail::Address, true, true)],
            "{s:?}"
        );
        assert!(
            s[0].quote.starts_with("Anjali(Customer Service): Hello"),
            "{s:?}"
        );
        assert!(!s[0].quote.contains("4417") && !s[0].quote.contains("Harbor"));
    }

    #[test]
    fn digits_left_are_masked() {
        assert_eq!(mask_digit_runs("zip 62704, apt 12"), "zip •••••, apt 12");
    }
}
