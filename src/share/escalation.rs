//! The escalation letter: drafted from the timeline when insights say it is time. It states what
//! happened, what was promised and not done, what the customer asks for, and by when — so a
//! supervisor or complaints team can act without reading the whole history. It leaves the
//! profile, so it is written from the [`RedactedCase`] like every other outbound text.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::brief;
use super::error::ShareError;
use super::gate::{build_export, RedactedCase};
use super::redact::Redactor;
use crate::cases::{Channel, PromiseState};

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
    t.format("%-d %B %Y").to_string()
}

fn at(ts: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(ts)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn day_of(ts: &str) -> String {
    at(ts).map_or_else(|| ts.to_string(), day)
}

/// Drafts the escalation letter for a case, redacted with `redactor` like every export.
pub fn escalation_letter(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
) -> Result<EscalationLetter, ShareError> {
    let (x, _) = build_export(conn, case_id, redactor, now)?;
    Ok(draft_escalation(&x, now))
}

/// The letter for an already redacted case.
pub fn draft_escalation(x: &RedactedCase, now: DateTime<Utc>) -> EscalationLetter {
    let case = &x.case;
    let service = case.service.as_deref();
    let answer_by = now + Duration::days(ANSWER_WITHIN_DAYS);
    let mut refs: Vec<&str> = x
        .contacts
        .iter()
        .flat_map(|i| i.references.iter().map(String::as_str))
        .collect();
    refs.dedup();

    let subject = format!(
        "Complaint and request for escalation: {}{}",
        case.title,
        if refs.is_empty() {
            String::new()
        } else {
            format!(" (ref. {})", refs.join(", "))
        }
    );

    let mut b = String::from("Dear Customer Relations / Complaints team,\n\n");
    b.push_str(&format!(
        "I am asking for this problem to be escalated to someone who can resolve it. Since {} I have contacted {} {} time{}",
        day_of(x.contacts.first().map_or(&case.opened_at, |i| &i.started_at)),
        service.unwrap_or("you"),
        x.summary.contacts,
        if x.summary.contacts == 1 { "" } else { "s" },
    ));
    if !x.summary.teams.is_empty() {
        b.push_str(&format!(
            ", across {} ({})",
            plural(x.summary.teams.len(), "team"),
            x.summary.teams.join(", ")
        ));
    }
    b.push_str(", and it is still not resolved.\n\n");

    b.push_str("What happened\n");
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
            line.push_str(&format!(" [ref. {}]", i.references.join(", ")));
        }
        line.push_str(&format!(": {}", i.summary));
        for e in &i.error_texts {
            line.push_str(&format!(" The error shown was: \"{e}\"."));
        }
        b.push_str(&line);
        b.push('\n');
    }
    for bounce in x.bounces() {
        b.push_str(&format!(
            "- On {} I was sent back to {} after {} had passed me on.\n",
            day(bounce.at),
            bounce.team,
            bounce.via.join(" and ")
        ));
    }

    let missed: Vec<String> = x
        .contacts
        .iter()
        .flat_map(|i| i.promises.iter().map(move |p| (i, p)))
        .filter(|(_, p)| brief::promise_state(p) == PromiseState::Missed)
        .map(|(i, p)| {
            let due = p
                .due_at
                .as_deref()
                .map(|d| format!(", due {}", day_of(d)))
                .unwrap_or_default();
            format!(
                "- On {} I was told: \"{}\"{due}. This did not happen.",
                day_of(&i.started_at),
                p.text
            )
        })
        .collect();
    if !missed.is_empty() {
        b.push_str("\nPromises that were not kept\n");
        b.push_str(&missed.join("\n"));
        b.push('\n');
    }
    if x.summary.hold_minutes > 0 {
        b.push_str(&format!(
            "\nIn total I have spent {} minutes on hold.\n",
            x.summary.hold_minutes
        ));
    }

    b.push_str("\nWhat I am asking for\n");
    b.push_str(&format!(
        "{}\n",
        // The customer's concrete request when they gave one, else the outcome they want.
        case.request
            .as_deref()
            .or(case.desired_outcome.as_deref())
            .map(|o| format!("{}.", o.trim_end_matches('.')))
            .unwrap_or_else(|| "A resolution of this problem, and one person or team who owns it until it is resolved.".into())
    ));
    b.push_str(&format!(
        "Please reply with a named contact and a plan by {}. If I do not hear back by then, I will take this further.\n",
        day(answer_by)
    ));
    b.push_str(&format!(
        "\n{} I have kept a record of every contact, with dates and reference numbers, and can send it on request.\n\nYours faithfully,\n",
        brief::identity(x).join(" ")
    ));
    EscalationLetter {
        subject,
        body: b,
        answer_by,
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
