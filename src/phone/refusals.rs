//! Reading a service's refusal ("We detected unusual activity and are unable to verify your
//! mobile number at this time") into a kind with advice. The rules live in `refusals.toml`; the
//! words the customer reads (titles, explanations, advice) in the catalogue, `phone-refusal-…`
//! and `phone-advice-…`, rendered in the current language.

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PhoneError;
use crate::i18n::{tr, Args};

/// What a refusal means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RefusalKind {
    /// A fraud or risk check on the service's side ("unusual activity").
    RiskBlock,
    /// Too many tries; a limit that lifts after a while.
    RateLimited,
    /// The service says the number is not valid.
    InvalidNumber,
    /// The service doesn't send codes to this country.
    UnsupportedCountry,
    /// Landline, VoIP, virtual or prepaid numbers refused.
    NumberTypeNotSupported,
    /// The number is already on another account, or used too often.
    NumberInUse,
    /// The SMS could not be sent or delivered.
    DeliveryFailed,
    /// The number opted out of the service's texts (replied STOP).
    OptedOut,
    /// The code typed was wrong or expired.
    WrongCode,
    /// No rule matched.
    Unrecognised,
}

impl RefusalKind {
    pub const ALL: [RefusalKind; 10] = [
        RefusalKind::RiskBlock,
        RefusalKind::RateLimited,
        RefusalKind::InvalidNumber,
        RefusalKind::UnsupportedCountry,
        RefusalKind::NumberTypeNotSupported,
        RefusalKind::NumberInUse,
        RefusalKind::DeliveryFailed,
        RefusalKind::OptedOut,
        RefusalKind::WrongCode,
        RefusalKind::Unrecognised,
    ];
}

/// One piece of advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "RefusalAdviceAction")]
pub enum AdviceAction {
    StopRetrying,
    Wait,
    VoiceCall,
    AuthenticatorApp,
    ContactSupport,
    CheckNumber,
    UseAnotherNumber,
    RequestNewCode,
    CheckPhone,
    ReplyStart,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RefusalAdvice")]
pub struct Advice {
    pub action: AdviceAction,
    pub text: String,
}

/// What a service's error text means and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Refusal {
    /// The text as given.
    pub text: String,
    pub kind: RefusalKind,
    /// The id of the rule that matched (`unusual_activity`); absent when none did.
    pub rule: Option<String>,
    /// One sentence: what happened.
    pub title: String,
    /// `title`'s catalogue id, to keep it in a record and render it in the reader's language.
    #[serde(skip)]
    #[ts(skip)]
    pub title_id: String,
    /// Why, in plain language.
    pub explanation: String,
    /// Whether the customer caused it. False means: say so, it is not their fault.
    pub customer_fault: bool,
    /// Whether to stop asking for new codes.
    pub stop_retrying: bool,
    /// How long to wait before one more try: named in the text, or the kind's default.
    pub wait_minutes: Option<u32>,
    /// What to do, most useful first.
    pub advice: Vec<Advice>,
}

/// A rule as written in the data file, for tests and for `steward phone refusal --rules`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RefusalRule {
    pub id: String,
    pub kind: RefusalKind,
    pub patterns: Vec<String>,
    pub examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    action: Vec<ActionSpec>,
    kind: Vec<KindSpec>,
    rule: Vec<RefusalRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionSpec {
    id: AdviceAction,
    /// Catalogue id.
    message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindSpec {
    id: RefusalKind,
    /// Catalogue ids.
    title: String,
    explanation: String,
    customer_fault: bool,
    stop_retrying: bool,
    wait_hours: Option<u32>,
    actions: Vec<AdviceAction>,
}

struct Rules {
    actions: Vec<ActionSpec>,
    kinds: Vec<KindSpec>,
    rules: Vec<(RefusalRule, Regex)>,
    wait: Regex,
}

static RULES: LazyLock<Result<Rules, String>> = LazyLock::new(load);

fn load() -> Result<Rules, String> {
    let file: RulesFile =
        toml::from_str(include_str!("refusals.toml")).map_err(|e| e.to_string())?;
    for kind in RefusalKind::ALL {
        let spec = file
            .kind
            .iter()
            .find(|k| k.id == kind)
            .ok_or_else(|| format!("no [[kind]] for {kind:?}"))?;
        for action in &spec.actions {
            if !file.action.iter().any(|a| a.id == *action) {
                return Err(format!("no [[action]] for {action:?}"));
            }
            if *action == AdviceAction::Wait && spec.wait_hours.is_none() {
                return Err(format!(
                    "kind {kind:?} advises waiting but has no wait_hours"
                ));
            }
        }
    }
    let ids = file
        .action
        .iter()
        .map(|a| &a.message)
        .chain(file.kind.iter().flat_map(|k| [&k.title, &k.explanation]));
    for id in ids {
        if !crate::i18n::has(id) {
            return Err(format!("\"{id}\" is not in the message catalogue"));
        }
    }
    let mut rules = Vec::with_capacity(file.rule.len());
    for rule in file.rule {
        if rule.patterns.is_empty() {
            return Err(format!("rule {} has no patterns", rule.id));
        }
        let joined = rule
            .patterns
            .iter()
            .map(|p| format!("(?:{p})"))
            .collect::<Vec<_>>()
            .join("|");
        let regex = RegexBuilder::new(&joined)
            .case_insensitive(true)
            .build()
            .map_err(|e| format!("rule {}: {e}", rule.id))?;
        rules.push((rule, regex));
    }
    let wait = RegexBuilder::new(r"\b(\d{1,4})\s*-?\s*(minutes?|mins?|hours?|hrs?|h|days?)\b")
        .case_insensitive(true)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(Rules {
        actions: file.action,
        kinds: file.kind,
        rules,
        wait,
    })
}

fn rules() -> Result<&'static Rules, PhoneError> {
    RULES.as_ref().map_err(|message| PhoneError::Data {
        file: "refusals.toml",
        message: message.clone(),
    })
}

/// The rules in the data file, in the order they are tried.
pub fn refusal_rules() -> Result<Vec<RefusalRule>, PhoneError> {
    Ok(rules()?.rules.iter().map(|(r, _)| r.clone()).collect())
}

/// Straight quotes and single spaces, so rules need not spell out every variant.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect::<String>()
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads one error text a service showed. A text no rule knows gives kind `unrecognised`.
pub fn classify_refusal(text: &str) -> Result<Refusal, PhoneError> {
    let rules = rules()?;
    let normalised = normalise(text);
    let matched = rules
        .rules
        .iter()
        .find(|(_, regex)| regex.is_match(&normalised))
        .map(|(rule, _)| rule);
    let kind = matched.map_or(RefusalKind::Unrecognised, |r| r.kind);
    let spec = rules
        .kinds
        .iter()
        .find(|k| k.id == kind)
        .ok_or_else(|| PhoneError::Data {
            file: "refusals.toml",
            message: format!("no [[kind]] for {kind:?}"),
        })?;
    let wait_minutes = wait_in_text(&rules.wait, &normalised)
        .or(spec.wait_hours.map(|h| h.saturating_mul(60)))
        .filter(|_| spec.actions.contains(&AdviceAction::Wait));
    let advice = spec
        .actions
        .iter()
        .filter_map(|action| {
            let id = &rules.actions.iter().find(|a| a.id == *action)?.message;
            let wait = match wait_minutes {
                Some(m) => describe_wait(m),
                None => crate::t!("phone-wait-a-few-hours"),
            };
            let mut args = Args::new();
            args.insert("wait".into(), wait.into());
            let text = tr(id, &args);
            Some(Advice {
                action: *action,
                text,
            })
        })
        .collect();
    Ok(Refusal {
        text: text.to_string(),
        kind,
        rule: matched.map(|r| r.id.clone()),
        title: tr(&spec.title, &Args::new()),
        title_id: spec.title.clone(),
        explanation: tr(&spec.explanation, &Args::new()),
        customer_fault: spec.customer_fault,
        stop_retrying: spec.stop_retrying,
        wait_minutes,
        advice,
    })
}

/// "try again in 24 hours" → 1440; "wait 10 minutes" → 10. The longest wait named wins.
fn wait_in_text(pattern: &Regex, text: &str) -> Option<u32> {
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            let n: u32 = c.get(1)?.as_str().parse().ok()?;
            let unit = c.get(2)?.as_str().to_ascii_lowercase();
            let per = if unit.starts_with('m') {
                1
            } else if unit.starts_with('d') {
                24 * 60
            } else {
                60
            };
            Some(n.saturating_mul(per))
        })
        .filter(|&m| m > 0)
        .max()
}

/// "24 hours", "10 minutes", "2 days", in the current language.
fn describe_wait(minutes: u32) -> String {
    if minutes.is_multiple_of(24 * 60) && minutes >= 48 * 60 {
        crate::t!("phone-wait-days", n = minutes / (24 * 60))
    } else if minutes.is_multiple_of(60) {
        crate::t!("phone-wait-hours", n = minutes / 60)
    } else if minutes < 120 {
        crate::t!("phone-wait-minutes", n = minutes)
    } else {
        crate::t!("phone-wait-hours", n = minutes.div_ceil(60))
    }
}
