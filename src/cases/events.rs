//! The append-only event log. Each case's events form a SHA-256 hash chain: every event's hash
//! covers its content and the previous event's hash, so editing or deleting any past event breaks
//! every later link. Events without a case (accounts) chain among themselves.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::CaseError;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn event_hash(
    prev: &str,
    at: &str,
    case_id: Option<&str>,
    kind: &str,
    entity_id: &str,
    payload: &str,
) -> String {
    let mut h = Sha256::new();
    // Length-prefixed fields: no two different events can hash the same input.
    for field in [prev, at, case_id.unwrap_or(""), kind, entity_id, payload] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends an event inside the caller's transaction.
pub(crate) fn append(
    conn: &Connection,
    at: DateTime<Utc>,
    case_id: Option<Uuid>,
    kind: &str,
    entity_id: Uuid,
    payload: &impl Serialize,
) -> Result<(), CaseError> {
    let case = case_id.map(|c| c.to_string());
    let prev: String = conn
        .query_row(
            "SELECT hash FROM events WHERE case_id IS ?1 ORDER BY seq DESC LIMIT 1",
            params![case],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| GENESIS.to_string());
    let at = at.to_rfc3339();
    let payload = serde_json::to_string(payload).map_err(|e| CaseError::Corrupt(e.to_string()))?;
    let entity = entity_id.to_string();
    let hash = event_hash(&prev, &at, case.as_deref(), kind, &entity, &payload);
    conn.execute(
        "INSERT INTO events (id, at, case_id, kind, entity_id, payload, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            Uuid::now_v7().to_string(),
            at,
            case,
            kind,
            entity,
            payload,
            prev,
            hash
        ],
    )?;
    Ok(())
}

/// Where a chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainBreak {
    pub seq: i64,
    pub case_id: Option<String>,
    pub reason: String,
}

/// Recomputes every chain in the log. An empty list means the log is intact.
pub fn verify_chain(conn: &Connection) -> Result<Vec<ChainBreak>, CaseError> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, case_id, kind, entity_id, payload, prev_hash, hash FROM events ORDER BY seq",
    )?;
    let mut heads: std::collections::HashMap<Option<String>, String> = Default::default();
    let mut breaks = Vec::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
        ))
    })?;
    for row in rows {
        let (seq, at, case_id, kind, entity, payload, prev, hash) = row?;
        let expected_prev = heads
            .get(&case_id)
            .cloned()
            .unwrap_or_else(|| GENESIS.to_string());
        if prev != expected_prev {
            breaks.push(ChainBreak {
                seq,
                case_id: case_id.clone(),
                reason: crate::t!("cases-chain-wrong-link"),
            });
        }
        if event_hash(&prev, &at, case_id.as_deref(), &kind, &entity, &payload) != hash {
            breaks.push(ChainBreak {
                seq,
                case_id: case_id.clone(),
                reason: crate::t!("cases-chain-wrong-hash"),
            });
        }
        heads.insert(case_id, hash);
    }
    Ok(breaks)
}
