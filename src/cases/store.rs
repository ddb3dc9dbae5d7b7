//! `CaseStore`: reads and writes cases and interactions. Every write is one transaction that also
//! appends to the event log, so the record and its history never disagree.
//!
//! Size: ~800 lines, on purpose — each write and its event-log entry are one transaction written
//! side by side; splitting by table would separate a change from its history.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::events;
use super::model::*;
use super::promise::promise_overdue;
use super::CaseError;

pub(super) const MAX_TITLE: usize = 200;
pub(super) const MAX_SHORT: usize = 500;
pub(super) const MAX_TEXT: usize = 50_000;

/// Case columns joined with their account, in the order [`case_from_row`] reads them.
pub(super) const CASE_SELECT: &str =
    "SELECT c.id, c.number, c.title, c.status, c.desired_outcome, c.opened_at,
        c.closed_at, c.updated_at, c.resolution,
        a.id, a.service, a.domain, a.identifier, a.created_at, c.steward_words
    FROM cases c LEFT JOIN accounts a ON a.id = c.account_id";

/// Steward's words in a case (JSON of [`CaseWords`]), rendered in the current language; a
/// damaged entry leaves the case as it was written.
fn with_case_words(mut case: Case, json: Option<String>) -> Case {
    if let Some(words) = json.and_then(|j| serde_json::from_str::<CaseWords>(&j).ok()) {
        words.apply(&mut case);
    }
    case
}

const INTERACTION_SELECT: &str = "SELECT id, case_id, started_at, ended_at, wait_minutes, channel,
        direction, team, agent, refs, summary, error_texts, quotes, outcome, identity_verified,
        identity_method, created_at, steward_words, kind
    FROM interactions";

pub struct CaseStore<'c> {
    pub(super) conn: &'c Connection,
}

pub(crate) use crate::db::timestamp::{
    from_db as parse_ts, from_db_opt as parse_opt_ts, to_db as ts,
};

pub(super) fn parse_uuid(s: &str) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) fn bad_value(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} \"{value}\"").into(),
    )
}

fn parse_list(s: &str) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) fn case_from_row(r: &Row<'_>) -> rusqlite::Result<Case> {
    let status: String = r.get(3)?;
    let account = match r.get::<_, Option<String>>(9)? {
        Some(id) => Some(Account {
            id: parse_uuid(&id)?,
            service: r.get(10)?,
            domain: r.get(11)?,
            identifier: r.get(12)?,
            created_at: parse_ts(&r.get::<_, String>(13)?)?,
        }),
        None => None,
    };
    Ok(Case {
        id: parse_uuid(&r.get::<_, String>(0)?)?,
        number: r.get(1)?,
        title: r.get(2)?,
        status: CaseStatus::parse(&status).ok_or_else(|| bad_value("status", &status))?,
        desired_outcome: r.get(4)?,
        opened_at: parse_ts(&r.get::<_, String>(5)?)?,
        closed_at: parse_opt_ts(r.get(6)?)?,
        updated_at: parse_ts(&r.get::<_, String>(7)?)?,
        resolution: r.get(8)?,
        account,
    })
}

fn interaction_from_row(r: &Row<'_>) -> rusqlite::Result<Interaction> {
    let channel: String = r.get(5)?;
    let direction: String = r.get(6)?;
    Ok(Interaction {
        id: parse_uuid(&r.get::<_, String>(0)?)?,
        case_id: parse_uuid(&r.get::<_, String>(1)?)?,
        started_at: parse_ts(&r.get::<_, String>(2)?)?,
        ended_at: parse_opt_ts(r.get(3)?)?,
        wait_minutes: r.get(4)?,
        channel: Channel::parse(&channel).ok_or_else(|| bad_value("channel", &channel))?,
        direction: Direction::parse(&direction)
            .ok_or_else(|| bad_value("direction", &direction))?,
        team: r.get(7)?,
        agent: r.get(8)?,
        references: parse_list(&r.get::<_, String>(9)?)?,
        summary: r.get(10)?,
        error_texts: parse_list(&r.get::<_, String>(11)?)?,
        quotes: parse_list(&r.get::<_, String>(12)?)?,
        outcome: r.get(13)?,
        identity_verified: r.get::<_, Option<i64>>(14)?.map(|v| v != 0),
        identity_method: r.get(15)?,
        created_at: parse_ts(&r.get::<_, String>(16)?)?,
        promises: Vec::new(),
        kind: {
            let kind: String = r.get(18)?;
            crate::complaints::ContactKind::parse(&kind)
                .ok_or_else(|| bad_value("contact kind", &kind))?
        },
    }
    .with_steward_words(r.get::<_, Option<String>>(17)?.as_deref()))
}

impl Interaction {
    /// Steward's own words in this contact, rendered in the current language (a damaged entry
    /// leaves the words as they were written).
    fn with_steward_words(mut self, json: Option<&str>) -> Interaction {
        if let Some(words) = json.and_then(|j| serde_json::from_str::<StewardWords>(j).ok()) {
            words.apply(&mut self);
        }
        self
    }
}

/// Trims a text field; empty becomes `None`; over `max` characters is an error.
pub(super) fn clean_opt(
    value: &Option<String>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, CaseError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            let len = v.chars().count();
            if len > max {
                return Err(CaseError::TooLong { field, len, max });
            }
            Ok(Some(v.to_string()))
        }
    }
}

pub(super) fn clean_required(
    value: &str,
    field: &'static str,
    max: usize,
) -> Result<String, CaseError> {
    clean_opt(&Some(value.to_string()), field, max)?.ok_or(CaseError::Required { field })
}

/// Drops blank entries. Verbatim texts keep their inner spacing; only the ends are trimmed.
fn clean_list(
    values: &[String],
    field: &'static str,
    max: usize,
) -> Result<Vec<String>, CaseError> {
    values
        .iter()
        .filter_map(|v| clean_opt(&Some(v.clone()), field, max).transpose())
        .collect()
}

fn to_json(list: &[String]) -> String {
    serde_json::Value::from(list.to_vec()).to_string()
}

impl<'c> CaseStore<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        CaseStore { conn }
    }

    /// The connection, for the complaints module's own table (`complaints::store`).
    pub(crate) fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// Finds the account for a service by name (any case), creating it when new.
    pub(crate) fn account_for(&self, service: &str, now: DateTime<Utc>) -> Result<Uuid, CaseError> {
        if let Some(id) = self
            .conn
            .query_row(
                "SELECT id FROM accounts WHERE service = ?1 COLLATE NOCASE",
                [service],
                |r| r.get::<_, String>(0),
            )
            .optional()?
        {
            return Ok(parse_uuid(&id)?);
        }
        let id = Uuid::now_v7();
        self.conn.execute(
            "INSERT INTO accounts (id, service, created_at) VALUES (?1, ?2, ?3)",
            params![id.to_string(), service, ts(now)],
        )?;
        events::append(
            self.conn,
            now,
            None,
            "account_created",
            id,
            &serde_json::json!({ "service": service }),
        )?;
        Ok(id)
    }

    pub fn create_case(&self, input: &NewCase) -> Result<Case, CaseError> {
        let title = clean_required(&input.title, "Title", MAX_TITLE)?;
        let service = clean_opt(&input.service, "Service", MAX_TITLE)?;
        let outcome = clean_opt(&input.desired_outcome, "Desired outcome", MAX_SHORT)?;
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        let account_id = service
            .as_deref()
            .map(|s| self.account_for(s, now))
            .transpose()?;
        let number: i64 =
            tx.query_row("SELECT COALESCE(MAX(number), 0) + 1 FROM cases", [], |r| {
                r.get(0)
            })?;
        let id = Uuid::now_v7();
        tx.execute(
            "INSERT INTO cases (id, number, title, account_id, status, desired_outcome, opened_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?6)",
            params![
                id.to_string(),
                number,
                title,
                account_id.map(|a| a.to_string()),
                outcome,
                ts(now)
            ],
        )?;
        events::append(
            &tx,
            now,
            Some(id),
            "case_created",
            id,
            &serde_json::json!({ "title": title, "service": service, "desired_outcome": outcome }),
        )?;
        tx.commit()?;
        self.case(id)
    }

    /// A case Steward opens for the customer (the enrolment wizard's): its title and desired
    /// outcome kept as messages, read in the reader's language (see [`CaseWords`]).
    pub fn create_case_by_steward(
        &self,
        title: crate::i18n::Message,
        service: Option<String>,
        desired_outcome: Option<crate::i18n::Message>,
    ) -> Result<Case, CaseError> {
        let case = self.create_case(&NewCase {
            title: title.render(),
            service,
            desired_outcome: desired_outcome.as_ref().map(|m| m.render()),
        })?;
        let words = CaseWords {
            title: Some(title),
            desired_outcome,
        };
        self.conn.execute(
            "UPDATE cases SET steward_words = ?2 WHERE id = ?1",
            params![case.id.to_string(), serde_json::to_string(&words).ok()],
        )?;
        self.case(case.id)
    }

    pub fn case(&self, id: Uuid) -> Result<Case, CaseError> {
        self.conn
            .query_row(
                &format!("{CASE_SELECT} WHERE c.id = ?1"),
                [id.to_string()],
                |r| Ok(with_case_words(case_from_row(r)?, r.get(14)?)),
            )
            .optional()?
            .ok_or_else(|| CaseError::NotFound(id.to_string()))
    }

    /// Turns what a person typed ("3", "#3", "case 3", a full id or a unique id prefix) into a case id.
    pub fn resolve_case(&self, reference: &str) -> Result<Uuid, CaseError> {
        let r = reference.trim();
        let r = r
            .strip_prefix("case")
            .or_else(|| r.strip_prefix("Case"))
            .unwrap_or(r)
            .trim()
            .trim_start_matches('#');
        if r.is_empty() {
            return Err(CaseError::Required { field: "Case" });
        }
        if r.chars().all(|c| c.is_ascii_digit()) {
            let number: i64 = r
                .parse()
                .map_err(|_| CaseError::NotFound(reference.to_string()))?;
            return self
                .conn
                .query_row("SELECT id FROM cases WHERE number = ?1", [number], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
                .map(|id| parse_uuid(&id))
                .transpose()?
                .ok_or_else(|| CaseError::NotFound(reference.to_string()));
        }
        let prefix = r.to_ascii_lowercase();
        if prefix.len() < 4 || !prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(CaseError::NotFound(reference.to_string()));
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM cases WHERE id LIKE ?1 || '%' LIMIT 2")?;
        let ids = stmt
            .query_map([&prefix], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        match ids.as_slice() {
            [one] => Ok(parse_uuid(one)?),
            [] => Err(CaseError::NotFound(reference.to_string())),
            _ => Err(CaseError::Ambiguous {
                reference: reference.to_string(),
                count: ids.len(),
            }),
        }
    }

    pub fn list_cases(&self, filter: CaseFilter) -> Result<Vec<CaseSummary>, CaseError> {
        let condition = match filter {
            CaseFilter::Active => "WHERE c.status != 'resolved'",
            CaseFilter::Resolved => "WHERE c.status = 'resolved'",
            CaseFilter::All => "",
        };
        let sql = format!(
            "SELECT c.id, c.number, c.title, c.status, c.desired_outcome, c.opened_at,
                    c.closed_at, c.updated_at, c.resolution,
                    a.id, a.service, a.domain, a.identifier, a.created_at,
                    (SELECT count(*) FROM interactions i WHERE i.case_id = c.id),
                    (SELECT max(started_at) FROM interactions i WHERE i.case_id = c.id),
                    (SELECT count(*) FROM promises p WHERE p.case_id = c.id
                       AND p.status = 'pending' AND p.due_at < ?1),
                    c.steward_words
             FROM cases c LEFT JOIN accounts a ON a.id = c.account_id
             {condition}
             ORDER BY (c.status = 'resolved'), c.updated_at DESC, c.number DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([ts(Utc::now())], |r| {
            Ok(CaseSummary {
                case: with_case_words(case_from_row(r)?, r.get(17)?),
                interaction_count: r.get(14)?,
                last_contact_at: parse_opt_ts(r.get(15)?)?,
                overdue_promises: r.get(16)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Pending promises on open cases that are due before `now + ahead` (overdue ones included),
    /// soonest first: what the desktop app reminds the customer of.
    pub fn due_promises(
        &self,
        now: DateTime<Utc>,
        ahead: chrono::Duration,
    ) -> Result<Vec<DuePromise>, CaseError> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.number, c.title, p.id, p.text, p.due_at
             FROM promises p JOIN cases c ON c.id = p.case_id
             WHERE p.status = 'pending' AND c.status != 'resolved'
               AND p.due_at IS NOT NULL AND p.due_at < ?1
             ORDER BY p.due_at",
        )?;
        let rows = stmt.query_map([ts(now + ahead)], |r| {
            let due_at = parse_ts(&r.get::<_, String>(5)?)?;
            Ok(DuePromise {
                case_id: parse_uuid(&r.get::<_, String>(0)?)?,
                case_number: r.get(1)?,
                case_title: r.get(2)?,
                promise_id: parse_uuid(&r.get::<_, String>(3)?)?,
                text: r.get(4)?,
                due_at,
                // Pending: the query keeps only those.
                overdue: promise_overdue(PromiseStatus::Pending, Some(due_at), now),
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    pub fn case_detail(&self, id: Uuid) -> Result<CaseDetail, CaseError> {
        let case = self.case(id)?;
        let mut stmt = self.conn.prepare(&format!(
            "{INTERACTION_SELECT} WHERE case_id = ?1 ORDER BY started_at, rowid"
        ))?;
        let mut interactions = stmt
            .query_map([id.to_string()], interaction_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut promises = self.conn.prepare(
            "SELECT id, interaction_id, text, due_at, status FROM promises WHERE case_id = ?1 ORDER BY rowid",
        )?;
        let rows = promises.query_map([id.to_string()], |r| {
            let status: String = r.get(4)?;
            Ok((
                parse_uuid(&r.get::<_, String>(1)?)?,
                Promise {
                    id: parse_uuid(&r.get::<_, String>(0)?)?,
                    text: r.get(2)?,
                    due_at: parse_opt_ts(r.get(3)?)?,
                    status: PromiseStatus::parse(&status)
                        .ok_or_else(|| bad_value("promise status", &status))?,
                    overdue: false,
                }
                .as_read_now(),
            ))
        })?;
        for row in rows {
            let (interaction_id, promise) = row?;
            if let Some(i) = interactions.iter_mut().find(|i| i.id == interaction_id) {
                i.promises.push(promise);
            }
        }
        Ok(CaseDetail { case, interactions })
    }

    pub fn update_case(&self, id: Uuid, patch: &CasePatch) -> Result<Case, CaseError> {
        let before = self.case(id)?;
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        if let Some(title) = &patch.title {
            let title = clean_required(title, "Title", MAX_TITLE)?;
            tx.execute(
                "UPDATE cases SET title = ?2,
                    steward_words = json_remove(steward_words, '$.title') WHERE id = ?1",
                params![id.to_string(), title],
            )?;
        }
        if let Some(outcome) = &patch.desired_outcome {
            let outcome = clean_opt(&Some(outcome.clone()), "Desired outcome", MAX_SHORT)?;
            tx.execute(
                "UPDATE cases SET desired_outcome = ?2,
                    steward_words = json_remove(steward_words, '$.desired_outcome') WHERE id = ?1",
                params![id.to_string(), outcome],
            )?;
        }
        if let Some(service) = &patch.service {
            let account = match clean_opt(&Some(service.clone()), "Service", MAX_TITLE)? {
                Some(s) => Some(self.account_for(&s, now)?.to_string()),
                None => None,
            };
            tx.execute(
                "UPDATE cases SET account_id = ?2 WHERE id = ?1",
                params![id.to_string(), account],
            )?;
        }
        if let Some(status) = patch.status {
            // Leaving "resolved" reopens the case; entering it closes it now.
            let closed_at = match (before.status.is_closed(), status.is_closed()) {
                (_, false) => None,
                (true, true) => before.closed_at.map(ts),
                (false, true) => Some(ts(now)),
            };
            tx.execute(
                "UPDATE cases SET status = ?2, closed_at = ?3 WHERE id = ?1",
                params![id.to_string(), status.as_str(), closed_at],
            )?;
        }
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), ts(now)],
        )?;
        events::append(&tx, now, Some(id), "case_updated", id, patch)?;
        tx.commit()?;
        self.case(id)
    }

    pub fn close_case(&self, id: Uuid, resolution: Option<String>) -> Result<Case, CaseError> {
        let before = self.case(id)?;
        if before.status.is_closed() {
            return Err(CaseError::AlreadyResolved(before.number));
        }
        let resolution = clean_opt(&resolution, "Resolution", MAX_SHORT)?;
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "UPDATE cases SET status = 'resolved', closed_at = ?2, updated_at = ?2, resolution = ?3 WHERE id = ?1",
            params![id.to_string(), ts(now), resolution],
        )?;
        events::append(
            &tx,
            now,
            Some(id),
            "case_closed",
            id,
            &serde_json::json!({ "resolution": resolution }),
        )?;
        tx.commit()?;
        self.case(id)
    }

    pub fn log_interaction(
        &self,
        case_id: Uuid,
        input: &NewInteraction,
    ) -> Result<Interaction, CaseError> {
        self.log_contact(case_id, input, crate::complaints::ContactKind::Ordinary)
    }

    /// Logs a contact of a kind: ordinary, the formal complaint, or the final response (see
    /// `complaints`). A formal complaint becomes the case's complaint (`set_contact_kind`: as
    /// marked before, or with no country and sector yet — `mark_complaint` adds them).
    pub fn log_contact(
        &self,
        case_id: Uuid,
        input: &NewInteraction,
        kind: crate::complaints::ContactKind,
    ) -> Result<Interaction, CaseError> {
        use crate::complaints::{ComplaintError, ContactKind};
        if kind == ContactKind::ComplaintMade {
            let i = self.log_contact(case_id, input, ContactKind::Ordinary)?;
            return self.set_contact_kind(i.id, kind).map_err(|e| match e {
                ComplaintError::Case(e) => e,
                // The complaint's own settings were valid when marked.
                e => CaseError::Corrupt(e.to_string()),
            });
        }
        self.case(case_id)?;
        let now = Utc::now();
        let started_at = input.started_at.unwrap_or(now);
        if let Some(end) = input.ended_at {
            if end < started_at {
                return Err(CaseError::EndsBeforeStart);
            }
        }
        // A contact is logged after it happens: a start in the future is a typo (a few minutes
        // of clock difference between devices are allowed).
        if started_at > now + chrono::Duration::minutes(10) {
            return Err(CaseError::ContactInFuture(started_at));
        }
        for p in &input.promises {
            if let Some(due) = p.due_at {
                if due < started_at {
                    return Err(CaseError::PromiseDueBeforeMade {
                        due,
                        made: started_at,
                    });
                }
            }
        }
        let summary = clean_required(&input.summary, "Summary", MAX_TEXT)?;
        let team = clean_opt(&input.team, "Team", MAX_TITLE)?;
        let agent = clean_opt(&input.agent, "Agent", MAX_TITLE)?;
        let outcome = clean_opt(&input.outcome, "Outcome", MAX_TEXT)?;
        let identity_method = clean_opt(&input.identity_method, "Identity check", MAX_SHORT)?;
        let references = clean_list(&input.references, "Reference number", MAX_TITLE)?;
        let error_texts = clean_list(&input.error_texts, "Error text", MAX_TEXT)?;
        let quotes = clean_list(&input.quotes, "Quote", MAX_TEXT)?;
        let mut promises = Vec::new();
        for p in &input.promises {
            if let Some(text) = clean_opt(&Some(p.text.clone()), "Promise", MAX_SHORT)? {
                promises.push(
                    Promise {
                        id: Uuid::now_v7(),
                        text,
                        due_at: p.due_at,
                        status: PromiseStatus::Pending,
                        overdue: false,
                    }
                    .as_read_now(),
                );
            }
        }
        let interaction = Interaction {
            id: Uuid::now_v7(),
            case_id,
            started_at,
            ended_at: input.ended_at,
            wait_minutes: input.wait_minutes,
            channel: input.channel,
            direction: input.direction,
            team,
            agent,
            references,
            summary,
            error_texts,
            quotes,
            promises,
            outcome,
            identity_verified: input.identity_verified,
            identity_method,
            created_at: now,
            kind,
        };
        let i = &interaction;
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO interactions (id, case_id, started_at, ended_at, wait_minutes, channel,
                direction, team, agent, refs, summary, error_texts, quotes, outcome,
                identity_verified, identity_method, created_at, steward_words, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            params![
                i.id.to_string(),
                case_id.to_string(),
                ts(i.started_at),
                i.ended_at.map(ts),
                i.wait_minutes,
                i.channel.as_str(),
                i.direction.as_str(),
                i.team,
                i.agent,
                to_json(&i.references),
                i.summary,
                to_json(&i.error_texts),
                to_json(&i.quotes),
                i.outcome,
                i.identity_verified.map(i64::from),
                i.identity_method,
                ts(i.created_at),
                input
                    .steward_words
                    .as_ref()
                    .and_then(|w| serde_json::to_string(w).ok()),
                i.kind.as_str(),
            ],
        )?;
        let rowid = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO interactions_fts (rowid, summary, error_texts, quotes, team, agent, refs, outcome)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                rowid,
                i.summary,
                i.error_texts.join("\n"),
                i.quotes.join("\n"),
                i.team,
                i.agent,
                i.references.join(" "),
                i.outcome
            ],
        )?;
        for p in &i.promises {
            tx.execute(
                "INSERT INTO promises (id, interaction_id, case_id, text, due_at, status)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    p.id.to_string(),
                    i.id.to_string(),
                    case_id.to_string(),
                    p.text,
                    p.due_at.map(ts),
                    p.status.as_str()
                ],
            )?;
        }
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), ts(now)],
        )?;
        // A promise on an open case means the ball is in their court now.
        if !i.promises.is_empty() {
            tx.execute(
                "UPDATE cases SET status = 'waiting_on_them' WHERE id = ?1 AND status = 'open'",
                params![case_id.to_string()],
            )?;
        }
        events::append(&tx, now, Some(case_id), "interaction_logged", i.id, i)?;
        // Someone contacting the customer out of the blue may not be who they say: raise an
        // alert with the checklist, in the same transaction as the contact itself.
        if i.direction == Direction::Unsolicited {
            super::alerts::insert_alert(
                &tx,
                now,
                case_id,
                super::AlertKind::UnsolicitedContact,
                &super::alerts::unsolicited_summary(i),
                Some(i.id),
                None,
            )?;
        }
        tx.commit()?;
        Ok(interaction)
    }

    /// Marks a promise kept or broken (or pending again). `number` counts the case's promises
    /// from 1, oldest first, as `steward case show` lists them.
    pub fn set_promise_status(
        &self,
        case_id: Uuid,
        number: usize,
        status: PromiseStatus,
    ) -> Result<Promise, CaseError> {
        let detail = self.case_detail(case_id)?;
        let promise = detail
            .interactions
            .iter()
            .flat_map(|i| &i.promises)
            .nth(number.wrapping_sub(1))
            .cloned()
            .ok_or(CaseError::PromiseNotFound {
                case: detail.case.number,
                number,
            })?;
        self.write_promise_status(case_id, promise, status)
    }

    /// Marks a promise kept, broken or pending by its id (as the desktop app knows it).
    pub fn set_promise_status_by_id(
        &self,
        promise_id: Uuid,
        status: PromiseStatus,
    ) -> Result<Promise, CaseError> {
        let found = self
            .conn
            .query_row(
                "SELECT case_id, text, due_at, status FROM promises WHERE id = ?1",
                [promise_id.to_string()],
                |r| {
                    let status: String = r.get(3)?;
                    Ok((
                        parse_uuid(&r.get::<_, String>(0)?)?,
                        Promise {
                            id: promise_id,
                            text: r.get(1)?,
                            due_at: parse_opt_ts(r.get(2)?)?,
                            status: PromiseStatus::parse(&status)
                                .ok_or_else(|| bad_value("promise status", &status))?,
                            overdue: false,
                        }
                        .as_read_now(),
                    ))
                },
            )
            .optional()?;
        let (case_id, promise) =
            found.ok_or_else(|| CaseError::PromiseIdNotFound(promise_id.to_string()))?;
        self.write_promise_status(case_id, promise, status)
    }

    fn write_promise_status(
        &self,
        case_id: Uuid,
        promise: Promise,
        status: PromiseStatus,
    ) -> Result<Promise, CaseError> {
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "UPDATE promises SET status = ?2 WHERE id = ?1",
            params![promise.id.to_string(), status.as_str()],
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), ts(now)],
        )?;
        events::append(
            &tx,
            now,
            Some(case_id),
            "promise_updated",
            promise.id,
            &serde_json::json!({ "status": status.as_str() }),
        )?;
        tx.commit()?;
        Ok(Promise { status, ..promise }.as_read_now())
    }

    /// Contact `number` of a case (from 1, oldest first, as `steward case show` numbers them).
    pub fn interaction_by_number(
        &self,
        case_id: Uuid,
        number: usize,
    ) -> Result<Interaction, CaseError> {
        let detail = self.case_detail(case_id)?;
        detail
            .interactions
            .into_iter()
            .nth(number.wrapping_sub(1))
            .ok_or(CaseError::ContactNotFound {
                case: detail.case.number,
                contact: number.to_string(),
            })
    }

    /// Hand-offs, bounces, promises, hold time and escalation advice for a case, as of `now`.
    pub fn insights(
        &self,
        case_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<super::CaseInsights, CaseError> {
        Ok(super::compute_insights(&self.case_detail(case_id)?, now))
    }

    /// Defaults for the next contact: what the last one on this case (or any case) used.
    pub fn interaction_defaults(
        &self,
        case_id: Option<Uuid>,
    ) -> Result<InteractionDefaults, CaseError> {
        let last_on_case = match case_id {
            Some(id) => self
                .conn
                .query_row(
                    "SELECT channel, direction, team FROM interactions WHERE case_id = ?1
                     ORDER BY started_at DESC, rowid DESC LIMIT 1",
                    [id.to_string()],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
                )
                .optional()?,
            None => None,
        };
        let last = match last_on_case {
            Some(l) => Some(l),
            None => self
                .conn
                .query_row(
                    "SELECT channel, direction, team FROM interactions
                     ORDER BY rowid DESC LIMIT 1",
                    [],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
                )
                .optional()?,
        };
        let mut stmt = self.conn.prepare(
            "SELECT team FROM interactions WHERE team IS NOT NULL
             GROUP BY team COLLATE NOCASE ORDER BY max(rowid) DESC LIMIT 50",
        )?;
        let known_teams = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        let (channel, direction, team) = match last {
            Some((c, d, t)) => (
                Channel::parse(&c).unwrap_or(Channel::Phone),
                // An unsolicited contact is the exception; the next one is most likely the customer's.
                match Direction::parse(&d) {
                    Some(Direction::Unsolicited) | None => Direction::Outbound,
                    Some(other) => other,
                },
                t,
            ),
            None => (Channel::Phone, Direction::Outbound, None),
        };
        Ok(InteractionDefaults {
            channel,
            direction,
            team,
            known_teams,
        })
    }

    /// Full-text search over what was said and seen: summaries, verbatim error texts, quotes,
    /// teams, agents, reference numbers, outcomes. Every word must match (as a prefix).
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, CaseError> {
        let fts_query = super::search::to_fts_query(query).ok_or(CaseError::EmptySearch)?;
        let mut stmt = self.conn.prepare(
            "SELECT i.case_id, c.number, c.title, i.id, i.started_at, i.channel, i.team, f.snip
             FROM (
                 -- Every word must match, so the newest matches are what people look for. FTS5
                 -- walks its index newest-first (ORDER BY rowid DESC is done by FTS5 itself) and
                 -- stops at the limit; snippets are built for those rows only. Ranking by bm25
                 -- instead scores every match (250 ms p50 at 100k contacts, see BENCHMARKS.md).
                 -- This must stay one FTS5 scan: an outer MATCH filtered by `rowid IN (…)` made
                 -- FTS5 evaluate the whole (prefix) query again for each of the 50 rowids.
                 SELECT rowid AS rid, snippet(interactions_fts, -1, '[', ']', '…', 16) AS snip
                 FROM interactions_fts
                 WHERE interactions_fts MATCH ?1
                 ORDER BY rowid DESC
                 LIMIT ?2
             ) f
             JOIN interactions i ON i.rowid = f.rid
             JOIN cases c ON c.id = i.case_id
             ORDER BY i.started_at DESC, i.rowid DESC",
        )?;
        let rows = stmt.query_map(params![fts_query, limit as i64], |r| {
            let channel: String = r.get(5)?;
            Ok(SearchHit {
                case_id: parse_uuid(&r.get::<_, String>(0)?)?,
                case_number: r.get(1)?,
                case_title: r.get(2)?,
                interaction_id: parse_uuid(&r.get::<_, String>(3)?)?,
                started_at: parse_ts(&r.get::<_, String>(4)?)?,
                channel: Channel::parse(&channel).ok_or_else(|| bad_value("channel", &channel))?,
                team: r.get(6)?,
                snippet: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
