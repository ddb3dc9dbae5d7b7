//! What only the customer knows and every brief needs: the concrete request for the agent (and
//! by when), whether the problem is still happening, app or web, and which team should own it.
//! The share flow asks for what is missing and keeps the answers here, so no placeholder ever
//! reaches a brief. Every change appends an event.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events;
use super::store::{clean_opt, parse_opt_ts, ts, CaseStore, MAX_SHORT, MAX_TITLE};
use super::CaseError;

/// Where the customer meets the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Access {
    App,
    Web,
    Both,
}

impl Access {
    pub fn as_str(self) -> &'static str {
        match self {
            Access::App => "app",
            Access::Web => "web",
            Access::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "app" | "mobile" | "phone app" => Some(Access::App),
            "web" | "website" | "browser" => Some(Access::Web),
            "both" | "app and web" => Some(Access::Both),
            _ => None,
        }
    }
}

/// The brief's facts of a case; `None` where the customer has not said.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BriefFacts {
    /// The concrete action asked of the agent ("Remove the risk block on +84 912 345 678 so I
    /// can add it for 2-step verification").
    pub request: Option<String>,
    pub request_by: Option<DateTime<Utc>>,
    pub still_happening: Option<bool>,
    /// When the customer last said whether it is still happening.
    pub still_happening_at: Option<DateTime<Utc>>,
    pub access: Option<Access>,
    /// The team the customer asks to own the case.
    pub owner_team: Option<String>,
}

/// A change to the facts: fields left `None` stay; an empty request or team clears it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BriefFactsPatch {
    #[serde(default)]
    pub request: Option<String>,
    #[serde(default)]
    pub request_by: Option<DateTime<Utc>>,
    /// Removes the "by when" date (`request_by` left empty keeps it).
    #[serde(default)]
    pub clear_request_by: bool,
    #[serde(default)]
    pub still_happening: Option<bool>,
    #[serde(default)]
    pub access: Option<Access>,
    #[serde(default)]
    pub owner_team: Option<String>,
}

/// What a brief still needs from the customer before it can be shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MissingFact {
    /// What the agent should do.
    Request,
    /// Whether the problem still happens (asked again when the answer is over a day old).
    StillHappening,
}

impl BriefFacts {
    /// What to ask before a brief is made. Only the request is required; "still happening?" is
    /// asked while the case is open and not answered in the last 24 hours.
    pub fn missing(&self, open: bool, now: DateTime<Utc>) -> Vec<MissingFact> {
        let mut out = Vec::new();
        if self.request.is_none() {
            out.push(MissingFact::Request);
        }
        let fresh = self
            .still_happening_at
            .is_some_and(|t| now - t < chrono::Duration::hours(24));
        if open && !fresh {
            out.push(MissingFact::StillHappening);
        }
        out
    }
}

impl CaseStore<'_> {
    /// What the share flow must ask before a brief of this case is made.
    pub fn brief_missing(
        &self,
        case_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Vec<MissingFact>, CaseError> {
        let open = !self.case(case_id)?.status.is_closed();
        Ok(self.brief_facts(case_id)?.missing(open, now))
    }

    pub fn brief_facts(&self, case_id: Uuid) -> Result<BriefFacts, CaseError> {
        let row = self
            .conn
            .query_row(
                "SELECT request, request_by, still_happening, still_happening_at, access, owner_team
                 FROM case_briefs WHERE case_id = ?1",
                [case_id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        parse_opt_ts(r.get(1)?)?,
                        r.get::<_, Option<bool>>(2)?,
                        parse_opt_ts(r.get(3)?)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                    ))
                },
            )
            .optional()?;
        Ok(match row {
            None => BriefFacts::default(),
            Some((request, request_by, still, still_at, access, owner_team)) => BriefFacts {
                request,
                request_by,
                still_happening: still,
                still_happening_at: still_at,
                access: access.as_deref().and_then(Access::parse),
                owner_team,
            },
        })
    }

    /// Updates the facts the customer gave (at `now`, the time "still happening" is confirmed);
    /// returns them all.
    pub fn set_brief_facts(
        &self,
        case_id: Uuid,
        patch: &BriefFactsPatch,
        now: DateTime<Utc>,
    ) -> Result<BriefFacts, CaseError> {
        self.case(case_id)?;
        let mut facts = self.brief_facts(case_id)?;
        if let Some(r) = &patch.request {
            facts.request = clean_opt(&Some(r.clone()), "Request", MAX_SHORT)?;
        }
        if patch.request_by.is_some() {
            facts.request_by = patch.request_by;
        } else if patch.clear_request_by {
            facts.request_by = None;
        }
        if let Some(still) = patch.still_happening {
            facts.still_happening = Some(still);
            facts.still_happening_at = Some(now);
        }
        if patch.access.is_some() {
            facts.access = patch.access;
        }
        if let Some(t) = &patch.owner_team {
            facts.owner_team = clean_opt(&Some(t.clone()), "Team", MAX_TITLE)?;
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO case_briefs (case_id, request, request_by, still_happening,
                 still_happening_at, access, owner_team, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (case_id) DO UPDATE SET request = ?2, request_by = ?3,
                 still_happening = ?4, still_happening_at = ?5, access = ?6, owner_team = ?7,
                 updated_at = ?8",
            params![
                case_id.to_string(),
                facts.request,
                facts.request_by.map(ts),
                facts.still_happening,
                facts.still_happening_at.map(ts),
                facts.access.map(Access::as_str),
                facts.owner_team,
                ts(now),
            ],
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), ts(now)],
        )?;
        events::append(&tx, now, Some(case_id), "brief_facts_set", case_id, patch)?;
        tx.commit()?;
        Ok(facts)
    }
}
