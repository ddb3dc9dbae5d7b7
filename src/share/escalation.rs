//! The escalation letter: drafted from the timeline when insights say it is time. It states what
//! happened, what was promised and not done, what the customer asks for, and by when — so a
//! supervisor or complaints team can act without reading the whole history. It leaves the
//! profile, so it is written from the [`RedactedCase`] like every other outbound text.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::brief;
use super::dates;
use super::error::ShareError;
use super::gate::{build_export_in, RedactedCase};
use super::redact::Redactor;
use crate::cases::{Channel, PromiseState};
use crate::i18n::{self, Lang};
use crate::t;

/// Days given to answer, counted from the day the letter is drafted.
pub const ANSWER_WITHIN_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EscalationLetter {
    pub subject: String,
    pub body: String,
    /// The date the letter asks for an answer by.
    pub answer_by: DateTime<Utc>,
}

fn day(t: DateTime<Utc>) -> String {
    dates::long(t)
}

fn day_of(ts: &str) -> String {
    dates::long_of(ts)
}

/// Drafts the escalation letter for a case in the current language, redacted with `redactor`
/// like every export (see [`escalation_letter_in`]).
pub fn escalation_letter(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
) -> Result<EscalationLetter, ShareError> {
    escalation_letter_in(conn, case_id, redactor, now, i18n::current())
}

/// Drafts the escalation letter for a case in `lang` (the language of whoever it is sent to).
pub fn escalation_letter_in(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<EscalationLetter, ShareError> {
    let (x, _) = build_export_in(conn, case_id, redactor, now, lang)?;
    Ok(draft_escalation(&x, now))
}

/// The letter for an already redacted case, in its language.
pub fn draft_escalation(x: &RedactedCase, now: DateTime<Utc>) -> EscalationLetter {
    i18n::with_lang(x.lang(), || draft(x, now))
}

fn draft(x: &RedactedCase, now: DateTime<Utc>) -> EscalationLetter {
    let case = &x.case;
    let service = case.service.as_deref();
    let answer_by = now + Duration::days(ANSWER_WITHIN_DAYS);
    let mut refs: Vec<&str> = x
        .contacts
        .iter()
        .flat_map(|i| i.references.iter().map(String::as_str))
        .collect();
    refs.dedup();

    let subject = if refs.is_empty() {
        t!("share-letter-subject", title = case.title.as_str())
    } else {
        t!(
            "share-letter-subject-refs",
            title = case.title.as_str(),
            refs = refs.join(", ")
        )
    };

    let mut b = t!("share-letter-greeting");
    b.push_str("\n\n");
    let since = day_of(
        x.contacts
            .first()
            .map_or(&case.opened_at, |i| &i.started_at),
    );
    let contacted = match service {
        Some(service) => t!(
            "share-letter-opening-service",
            since = since,
            service = service,
            n = x.summary.contacts
        ),
        None => t!(
            "share-letter-opening",
            since = since,
            n = x.summary.contacts
        ),
    };
    b.push_str(&if x.summary.teams.is_empty() {
        t!("share-letter-not-resolved", contacted = contacted)
    } else {
        t!(
            "share-letter-not-resolved-teams",
            contacted = contacted,
            teams_count = x.summary.teams.len(),
            teams = x.summary.teams.join(", ")
        )
    });
    b.push_str("\n\n");

    b.push_str(&t!("share-letter-heading-happened"));
    b.push('\n');
    b.push_str(&happened(x));

    let missed = missed_promises(x);
    if !missed.is_empty() {
        b.push('\n');
        b.push_str(&t!("share-letter-heading-missed"));
        b.push('\n');
        b.push_str(&missed.join("\n"));
        b.push('\n');
    }
    if x.summary.hold_minutes > 0 {
        b.push('\n');
        b.push_str(&t!(
            "share-letter-hold",
            minutes = dates::number(u64::from(x.summary.hold_minutes))
        ));
        b.push('\n');
    }

    b.push('\n');
    b.push_str(&t!("share-letter-heading-asking"));
    b.push('\n');
    b.push_str(&format!(
        "{}\n",
        // The customer's concrete request when they gave one, else the outcome they want.
        case.request
            .as_deref()
            .or(case.desired_outcome.as_deref())
            .map(|o| format!("{}.", o.trim_end_matches('.')))
            .unwrap_or_else(|| t!("share-letter-default-ask"))
    ));
    b.push_str(&t!("share-letter-reply-by", date = day(answer_by)));
    b.push('\n');
    b.push('\n');
    b.push_str(&t!(
        "share-letter-record",
        identity = brief::identity(x).join(" ")
    ));
    b.push_str("\n\n");
    b.push_str(&t!("share-letter-closing"));
    b.push('\n');
    EscalationLetter {
        subject,
        body: b,
        answer_by,
    }
}

/// The timeline as letter lines: one per contact (date, channel, team, agent, references,
/// summary, the error texts verbatim) and one per hand-off loop. Shared with the complaint
/// letters (`complaint_letter.rs`).
pub(super) fn happened(x: &RedactedCase) -> String {
    let mut b = String::new();
    for i in &x.contacts {
        let channel =
            Channel::parse(&i.channel).map_or(i.channel.clone(), |c| c.label().to_lowercase());
        let mut line = format!("- {}, {channel}", day_of(&i.started_at));
        if let Some(team) = &i.team {
            line.push_str(&format!(", {team}"));
        }
        if let Some(agent) = &i.agent {
            line.push_str(&format!(" ({agent})"));
        }
        if !i.references.is_empty() {
            line.push_str(&format!(
                " [{}]",
                t!("share-letter-ref", refs = i.references.join(", "))
            ));
        }
        line.push_str(&format!(": {}", i.summary));
        for e in &i.error_texts {
            line.push(' ');
            line.push_str(&t!("share-letter-error-shown", error = e.as_str()));
        }
        b.push_str(&line);
        b.push('\n');
    }
    for bounce in x.bounces() {
        b.push_str("- ");
        b.push_str(&t!(
            "share-letter-bounce",
            date = day(bounce.at),
            team = bounce.team.as_str(),
            via = bounce.via.join(&t!("share-letter-and"))
        ));
        b.push('\n');
    }

    b
}

/// Promises made and missed, as letter lines ("- …").
pub(super) fn missed_promises(x: &RedactedCase) -> Vec<String> {
    x.contacts
        .iter()
        .flat_map(|i| i.promises.iter().map(move |p| (i, p)))
        .filter(|(_, p)| brief::promise_state(p) == PromiseState::Missed)
        .map(|(i, p)| {
            let due = p
                .due_at
                .as_deref()
                .map(|d| format!(", {}", t!("share-letter-due", date = day_of(d))))
                .unwrap_or_default();
            format!(
                "- {}",
                t!(
                    "share-letter-missed",
                    date = day_of(&i.started_at),
                    promise = p.text.as_str(),
                    due = due
                )
            )
        })
        .collect()
}
