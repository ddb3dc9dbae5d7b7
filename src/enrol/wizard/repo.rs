//! Where enrolments are kept: one JSON state per enrolment in the `enrolments` table, each save
//! also appended to the hash-chained event log.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::enrol::error::EnrolError;
use crate::enrol::model::Enrolment;

/// Every enrolment, most recently changed first.
pub(super) fn all(conn: &Connection) -> Result<Vec<Enrolment>, EnrolError> {
    let mut stmt = conn.prepare("SELECT state FROM enrolments ORDER BY updated_at DESC")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(parse_state(&row?)?);
    }
    Ok(out)
}

/// One enrolment, if it exists.
pub(super) fn load(conn: &Connection, id: Uuid) -> Result<Option<Enrolment>, EnrolError> {
    let state: Option<String> = conn
        .query_row(
            "SELECT state FROM enrolments WHERE id = ?1",
            params![id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    state.as_deref().map(parse_state).transpose()
}

pub(super) fn save(conn: &Connection, e: &Enrolment, event: &str) -> Result<(), EnrolError> {
    let state = serde_json::to_string(e).map_err(|err| EnrolError::Corrupt(err.to_string()))?;
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO enrolments (id, service, status, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET status = ?3, state = ?4, updated_at = ?6",
        params![
            e.id.to_string(),
            e.service,
            e.status.as_str(),
            state,
            crate::db::timestamp::to_db(e.created_at),
            crate::db::timestamp::to_db(e.updated_at)
        ],
    )?;
    let payload = serde_json::json!({
        "service": e.service,
        "step": e.step,
        "status": e.status,
        "method": e.method,
        "attempts": e.attempts.len(),
    });
    crate::cases::events::append(&tx, e.updated_at, e.case_id, event, e.id, &payload)?;
    tx.commit()?;
    Ok(())
}

fn parse_state(json: &str) -> Result<Enrolment, EnrolError> {
    serde_json::from_str(json).map_err(|e| EnrolError::Corrupt(e.to_string()))
}
