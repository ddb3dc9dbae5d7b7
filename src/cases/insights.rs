//! What a customer caught in a support loop cannot easily see: how many contacts, which teams,
//! hand-offs and bounces (A → B → A), time on hold, promises kept and missed, advice repeated,
//! and when it is time to escalate. Computed from a case's timeline; nothing is stored.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{CaseDetail, Direction, PromiseStatus};

/// Escalation is suggested when any of these is reached.
pub const ESCALATE_AFTER_CONTACTS: u32 = 5;
pub const ESCALATE_AFTER_DAYS: i64 = 14;
pub const ESCALATE_AFTER_HANDOFFS: u32 = 3;

/// A return to a team that had already passed the customer on: A → B → A.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Bounce {
    /// The team the customer was sent back to.
    pub team: String,
    /// The team(s) in between, in order.
    pub via: Vec<String>,
    /// When the customer landed back at `team`.
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseInsights {
    pub contacts: u32,
    /// Teams in the order they first appeared.
    pub teams: Vec<String>,
    /// Times the next contact was with a different team than the last.
    pub handoffs: u32,
    pub bounces: Vec<Bounce>,
    /// Whole days since the case was opened or its first contact, whichever came first (until
    /// it was closed, if it was).
    #[ts(type = "number")]
    pub days_open: i64,
    pub hold_minutes: u32,
    pub promises_made: u32,
    pub promises_kept: u32,
    pub promises_broken: u32,
    /// Pending promises whose due time has passed.
    pub promises_overdue: u32,
    /// Things support said more than once, with how many times (normalised for case and spacing).
    pub repeated_advice: Vec<RepeatedAdvice>,
    /// Contacts the customer did not start or expect: worth a security look.
    pub unsolicited_contacts: u32,
    /// Contacts where the agent checked the customer's identity ("only contacts I verified
    /// are me": the brief says which these are).
    pub verified_contacts: u32,
    /// Contacts where the agent did not check who they were talking to: anyone could have
    /// been given the same answers.
    pub unverified_contacts: u32,
    /// Why escalating now makes sense (in the current language); empty when it does not (yet).
    pub escalation_reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RepeatedAdvice {
    pub text: String,
    pub times: u32,
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!'])
        .to_lowercase()
}

pub fn compute(detail: &CaseDetail, now: DateTime<Utc>) -> CaseInsights {
    let interactions = &detail.interactions;
    let mut teams: Vec<String> = Vec::new();
    // The sequence of teams contacted, consecutive repeats collapsed, compared case-insensitively.
    let mut path: Vec<(String, DateTime<Utc>)> = Vec::new();
    let mut handoffs = 0;
    let mut bounces = Vec::new();
    for i in interactions {
        let Some(team) = i.team.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        if !teams.iter().any(|t| t.eq_ignore_ascii_case(team)) {
            teams.push(team.to_string());
        }
        match path.last() {
            Some((last, _)) if last.eq_ignore_ascii_case(team) => continue,
            Some(_) => handoffs += 1,
            None => {}
        }
        if let Some(pos) = path.iter().rposition(|(t, _)| t.eq_ignore_ascii_case(team)) {
            bounces.push(Bounce {
                team: path[pos].0.clone(),
                via: path[pos + 1..].iter().map(|(t, _)| t.clone()).collect(),
                at: i.started_at,
            });
        }
        path.push((team.to_string(), i.started_at));
    }

    // A case logged after the fact began with its first contact, not when it was typed in.
    let start = interactions
        .iter()
        .map(|i| i.started_at)
        .min()
        .map_or(detail.case.opened_at, |first| {
            first.min(detail.case.opened_at)
        });
    let end = detail.case.closed_at.unwrap_or(now);
    let days_open = (end - start).num_days().max(0);
    let hold_minutes = interactions.iter().filter_map(|i| i.wait_minutes).sum();

    let promises: Vec<_> = interactions.iter().flat_map(|i| &i.promises).collect();
    let count =
        |status: PromiseStatus| promises.iter().filter(|p| p.status == status).count() as u32;
    let promises_overdue = promises.iter().filter(|p| p.is_overdue(now)).count() as u32;

    let mut said: HashMap<String, (String, u32)> = HashMap::new();
    for quote in interactions.iter().flat_map(|i| &i.quotes) {
        let entry = said.entry(normalise(quote)).or_insert((quote.clone(), 0));
        entry.1 += 1;
    }
    let mut repeated_advice: Vec<RepeatedAdvice> = said
        .into_values()
        .filter(|(_, n)| *n > 1)
        .map(|(text, times)| RepeatedAdvice { text, times })
        .collect();
    repeated_advice.sort_by(|a, b| b.times.cmp(&a.times).then(a.text.cmp(&b.text)));

    let contacts = interactions.len() as u32;
    let unsolicited_contacts = interactions
        .iter()
        .filter(|i| i.direction == Direction::Unsolicited)
        .count() as u32;

    let verified = |v: bool| {
        interactions
            .iter()
            .filter(|i| i.identity_verified == Some(v))
            .count() as u32
    };

    let mut escalation_reasons = Vec::new();
    if !detail.case.status.is_closed() {
        if contacts >= ESCALATE_AFTER_CONTACTS {
            escalation_reasons.push(crate::t!("cases-escalate-contacts", n = contacts));
        }
        if !bounces.is_empty() {
            escalation_reasons.push(crate::t!("cases-escalate-bounced", team = &bounces[0].team));
        }
        if handoffs >= ESCALATE_AFTER_HANDOFFS {
            escalation_reasons.push(crate::t!("cases-escalate-handoffs", n = handoffs));
        }
        if promises_overdue > 0 || count(PromiseStatus::Broken) > 0 {
            let missed = promises_overdue + count(PromiseStatus::Broken);
            escalation_reasons.push(crate::t!("cases-escalate-promises", n = missed));
        }
        if days_open >= ESCALATE_AFTER_DAYS {
            escalation_reasons.push(crate::t!("cases-escalate-days", days = days_open));
        }
    }

    CaseInsights {
        contacts,
        teams,
        handoffs,
        bounces,
        days_open,
        hold_minutes,
        promises_made: promises.len() as u32,
        promises_kept: count(PromiseStatus::Kept),
        promises_broken: count(PromiseStatus::Broken),
        promises_overdue,
        repeated_advice,
        unsolicited_contacts,
        verified_contacts: verified(true),
        unverified_contacts: verified(false),
        escalation_reasons,
    }
}
