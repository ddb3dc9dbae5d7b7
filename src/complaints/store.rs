//! The complaint on a case, in the profile's database (`complaints` table, migration 011), and
//! the contact kinds on `interactions`. Every change is one transaction with its event-log entry,
//! like the rest of the case store.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use super::error::ComplaintError;
use super::holidays::UkRegion;
use super::local;
use super::model::*;
use super::rules;
use super::status;
use crate::cases::{events, CaseError, CaseStore, Interaction};

const MAX_REFERENCE: usize = 200;

fn clean(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn jurisdiction(v: &Option<String>) -> Result<Option<String>, ComplaintError> {
    let Some(j) = clean(v) else { return Ok(None) };
    let up = j.to_ascii_uppercase();
    let up = if up == "UK" { "GB".to_string() } else { up };
    if up.len() == 2 && up.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(Some(up))
    } else {
        Err(ComplaintError::BadJurisdiction(j))
    }
}

fn sector(v: &Option<String>) -> Result<Option<String>, ComplaintError> {
    let Some(s) = clean(v) else { return Ok(None) };
    let norm = s.to_ascii_lowercase().replace(['_', ' '], "-");
    let ok = norm.len() <= 60
        && !norm.starts_with('-')
        && norm
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(Some(norm))
    } else {
        Err(ComplaintError::BadSector(s))
    }
}

fn day_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn complaint_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Complaint> {
    let uuid = |i: usize| -> rusqlite::Result<Uuid> {
        let s: String = r.get(i)?;
        Uuid::parse_str(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    let day: String = r.get(6)?;
    let received_on = NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Complaint {
        case_id: uuid(0)?,
        contact_id: uuid(1)?,
        jurisdiction: r.get(2)?,
        sector: r.get(3)?,
        rule_id: r.get(4)?,
        rule_chosen: r.get::<_, i64>(5)? != 0,
        received_on,
        firm_reference: r.get(7)?,
        time_zone: r.get(8)?,
        region: r
            .get::<_, Option<String>>(9)?
            .as_deref()
            .and_then(UkRegion::parse),
        marked_at: crate::db::timestamp::from_db(&r.get::<_, String>(10)?)?,
        updated_at: crate::db::timestamp::from_db(&r.get::<_, String>(11)?)?,
    })
}

const SELECT: &str = "SELECT case_id, interaction_id, jurisdiction, sector, rule_id, rule_chosen,
    received_on, firm_reference, time_zone, region, marked_at, updated_at FROM complaints";

impl CaseStore<'_> {
    /// The complaint marked on a case, if any.
    pub fn complaint(&self, case_id: Uuid) -> Result<Option<Complaint>, ComplaintError> {
        self.case(case_id)?;
        Ok(self
            .conn()
            .query_row(
                &format!("{SELECT} WHERE case_id = ?1"),
                [case_id.to_string()],
                complaint_from_row,
            )
            .optional()?)
    }

    /// Marks a contact as the formal complaint (marking again replaces the complaint). Picks
    /// the rule for the jurisdiction, sector and received date unless one is chosen; none found
    /// is "no rule known", not an error.
    pub fn mark_complaint(
        &self,
        case_id: Uuid,
        input: &ComplaintInput,
    ) -> Result<Complaint, ComplaintError> {
        let case = self.case(case_id)?;
        let detail = self.case_detail(case_id)?;
        let contact: &Interaction = match input.contact_id {
            Some(id) => match detail.interactions.iter().find(|i| i.id == id) {
                Some(i) => i,
                None => {
                    // Another case's contact, or none at all.
                    return Err(ComplaintError::ContactNotOnCase { case: case.number });
                }
            },
            None => detail
                .interactions
                .last()
                .ok_or(CaseError::ContactNotFound {
                    case: case.number,
                    contact: "1".into(),
                })?,
        };
        let jurisdiction = jurisdiction(&input.jurisdiction)?;
        let sector = sector(&input.sector)?;
        let time_zone = match clean(&input.time_zone) {
            Some(z) if local::is_zone(&z) => z,
            Some(z) => return Err(ComplaintError::BadTimeZone(z)),
            None => local::default_zone(jurisdiction.as_deref().unwrap_or("")).to_string(),
        };
        let received_on = input
            .received_on
            .unwrap_or_else(|| local::local_date(contact.started_at, &time_zone));
        // A typo'd year would count deadlines nobody can meet (or beyond what dates hold).
        if !(1970..=2200).contains(&chrono::Datelike::year(&received_on)) {
            return Err(ComplaintError::DateOutOfRange(day_text(received_on)));
        }
        let firm_reference = clean(&input.firm_reference);
        if let Some(r) = &firm_reference {
            let len = r.chars().count();
            if len > MAX_REFERENCE {
                return Err(CaseError::TooLong {
                    field: "Complaint reference",
                    len,
                    max: MAX_REFERENCE,
                }
                .into());
            }
        }
        let chosen = clean(&input.rule_id);
        let rule_id = match (&chosen, rules::book()) {
            (Some(id), Some(book)) => {
                let rule = book
                    .rule(id)
                    .ok_or_else(|| ComplaintError::UnknownRule(id.clone()))?;
                let fits = jurisdiction
                    .as_deref()
                    .is_none_or(|j| j.eq_ignore_ascii_case(&rule.jurisdiction))
                    && sector
                        .as_deref()
                        .is_none_or(|s| s.eq_ignore_ascii_case(&rule.sector));
                if !fits {
                    return Err(ComplaintError::RuleDoesNotFit {
                        rule: id.clone(),
                        jurisdiction: jurisdiction.clone().unwrap_or_default(),
                        sector: sector.clone().unwrap_or_default(),
                    });
                }
                Some(rule.id.clone())
            }
            (Some(id), None) => return Err(ComplaintError::UnknownRule(id.clone())),
            (None, book) => match (book, &jurisdiction, &sector) {
                (Some(b), Some(j), Some(s)) => b.find(j, s, received_on).map(|r| r.id.clone()),
                _ => None,
            },
        };
        // A chosen rule fills in where and what when those were left out.
        let (jurisdiction, sector) = match (
            rule_id.as_deref().and_then(|id| rules::book()?.rule(id)),
            chosen.is_some(),
        ) {
            (Some(r), true) => (
                jurisdiction.or(Some(r.jurisdiction.clone())),
                sector.or(Some(r.sector.clone())),
            ),
            _ => (jurisdiction, sector),
        };
        let now = Utc::now();
        let existing = self.complaint(case_id)?;
        let marked_at = existing.as_ref().map_or(now, |c| c.marked_at);
        let complaint = Complaint {
            case_id,
            contact_id: contact.id,
            jurisdiction,
            sector,
            rule_id,
            rule_chosen: chosen.is_some(),
            received_on,
            firm_reference,
            time_zone,
            region: input.region,
            marked_at,
            updated_at: now,
        };
        let c = &complaint;
        let tx = self.conn().unchecked_transaction()?;
        // One formal-complaint contact per case.
        tx.execute(
            "UPDATE interactions SET kind = 'ordinary' WHERE case_id = ?1 AND kind = 'complaint_made'",
            [case_id.to_string()],
        )?;
        tx.execute(
            "UPDATE interactions SET kind = 'complaint_made' WHERE id = ?1",
            [c.contact_id.to_string()],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO complaints (case_id, interaction_id, jurisdiction, sector,
                rule_id, rule_chosen, received_on, firm_reference, time_zone, region,
                marked_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                case_id.to_string(),
                c.contact_id.to_string(),
                c.jurisdiction,
                c.sector,
                c.rule_id,
                i64::from(c.rule_chosen),
                day_text(c.received_on),
                c.firm_reference,
                c.time_zone,
                c.region.map(UkRegion::as_str),
                crate::db::timestamp::to_db(c.marked_at),
                crate::db::timestamp::to_db(c.updated_at),
            ],
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), crate::db::timestamp::to_db(now)],
        )?;
        events::append(
            &tx,
            now,
            Some(case_id),
            if existing.is_some() {
                "complaint_updated"
            } else {
                "complaint_marked"
            },
            case_id,
            c,
        )?;
        tx.commit()?;
        Ok(complaint)
    }

    /// Removes the complaint from a case; its contact becomes ordinary again (the contact and
    /// any final response stay as logged).
    pub fn clear_complaint(&self, case_id: Uuid) -> Result<(), ComplaintError> {
        let case = self.case(case_id)?;
        if self.complaint(case_id)?.is_none() {
            return Err(ComplaintError::NotMarked(case.number));
        }
        let now = Utc::now();
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "UPDATE interactions SET kind = 'ordinary' WHERE case_id = ?1 AND kind = 'complaint_made'",
            [case_id.to_string()],
        )?;
        tx.execute(
            "DELETE FROM complaints WHERE case_id = ?1",
            [case_id.to_string()],
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), crate::db::timestamp::to_db(now)],
        )?;
        events::append(
            &tx,
            now,
            Some(case_id),
            "complaint_cleared",
            case_id,
            &serde_json::json!({}),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Sets what a logged contact was. Making one the formal complaint goes through
    /// [`CaseStore::mark_complaint`] (it needs where and what); here a contact becomes ordinary
    /// or the final response.
    pub fn set_contact_kind(
        &self,
        interaction_id: Uuid,
        kind: ContactKind,
    ) -> Result<Interaction, ComplaintError> {
        let case_id: Option<String> = self
            .conn()
            .query_row(
                "SELECT case_id FROM interactions WHERE id = ?1",
                [interaction_id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        let case_id = case_id
            .and_then(|c| Uuid::parse_str(&c).ok())
            .ok_or_else(|| CaseError::ContactNotFound {
                case: 0,
                contact: interaction_id.to_string(),
            })?;
        if kind == ContactKind::ComplaintMade {
            let existing = self.complaint(case_id)?;
            let mut input = existing
                .map(|c| ComplaintInput {
                    contact_id: None,
                    jurisdiction: c.jurisdiction,
                    sector: c.sector,
                    rule_id: c.rule_chosen.then_some(c.rule_id).flatten(),
                    received_on: None,
                    firm_reference: c.firm_reference,
                    time_zone: Some(c.time_zone),
                    region: c.region,
                })
                .unwrap_or_default();
            input.contact_id = Some(interaction_id);
            self.mark_complaint(case_id, &input)?;
        } else {
            let now = Utc::now();
            let tx = self.conn().unchecked_transaction()?;
            tx.execute(
                "UPDATE interactions SET kind = ?2 WHERE id = ?1",
                params![interaction_id.to_string(), kind.as_str()],
            )?;
            // The complaint's own contact made ordinary: the complaint goes with it.
            let was_complaint = tx
                .query_row(
                    "SELECT 1 FROM complaints WHERE interaction_id = ?1",
                    [interaction_id.to_string()],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if was_complaint {
                tx.execute(
                    "DELETE FROM complaints WHERE interaction_id = ?1",
                    [interaction_id.to_string()],
                )?;
            }
            events::append(
                &tx,
                now,
                Some(case_id),
                "contact_kind_set",
                interaction_id,
                &serde_json::json!({ "kind": kind.as_str() }),
            )?;
            tx.commit()?;
        }
        let detail = self.case_detail(case_id)?;
        detail
            .interactions
            .into_iter()
            .find(|i| i.id == interaction_id)
            .ok_or_else(|| {
                CaseError::ContactNotFound {
                    case: detail.case.number,
                    contact: interaction_id.to_string(),
                }
                .into()
            })
    }

    /// The complaint's status at `now` (its "today" is the local date where the firm is).
    pub fn complaint_status(
        &self,
        case_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<ComplaintStatus, ComplaintError> {
        let complaint = self.complaint(case_id)?;
        let today = complaint
            .as_ref()
            .map_or(now.date_naive(), |c| local::local_date(now, &c.time_zone));
        self.complaint_status_on(case_id, today)
    }

    /// The complaint's status on a given local day (tests, "what will it say on …").
    pub fn complaint_status_on(
        &self,
        case_id: Uuid,
        today: NaiveDate,
    ) -> Result<ComplaintStatus, ComplaintError> {
        let complaint = self.complaint(case_id)?;
        let detail = self.case_detail(case_id)?;
        Ok(status::compute(
            case_id,
            complaint.as_ref(),
            &detail.interactions,
            today,
        ))
    }

    /// Deadlines of complaints on open cases that end within `ahead` of `now`, or have passed
    /// (up to 30 days ago), soonest first: what reminders and calendars show. Only dated steps
    /// still to come or just missed: the firm's deadlines until a final response, and the
    /// customer's open windows.
    pub fn complaint_deadlines(
        &self,
        now: DateTime<Utc>,
        ahead: Duration,
    ) -> Result<Vec<ComplaintDeadline>, ComplaintError> {
        let ids: Vec<String> = {
            let mut stmt = self.conn().prepare(
                "SELECT k.case_id FROM complaints k JOIN cases c ON c.id = k.case_id
                 WHERE c.status != 'resolved' ORDER BY c.number",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut out = Vec::new();
        for id in ids {
            let Ok(case_id) = Uuid::parse_str(&id) else {
                continue;
            };
            let case = self.case(case_id)?;
            let s = self.complaint_status(case_id, now)?;
            out.extend(deadlines_of(&case, &s).into_iter().filter(|d| {
                let recent = if d.kind == super::rules::StepKind::Earliest {
                    // The day it opens, not every day after.
                    d.ends_at >= now
                } else {
                    d.ends_at >= now - Duration::days(30)
                };
                d.ends_at <= now + ahead && recent
            }));
        }
        out.sort_by_key(|d| d.ends_at);
        Ok(out)
    }
}

/// The dated deadlines of a status that still matter: the firm's unanswered deadlines and the
/// customer's windows still open (or just closed).
pub fn deadlines_of(case: &crate::cases::Case, s: &ComplaintStatus) -> Vec<ComplaintDeadline> {
    s.steps
        .iter()
        .filter(|st| match st.kind {
            super::rules::StepKind::Deadline | super::rules::StepKind::Window => matches!(
                st.state,
                StepState::Upcoming | StepState::DueToday | StepState::Passed | StepState::Open
            ),
            super::rules::StepKind::Earliest => {
                st.who == super::rules::Who::Customer
                    && matches!(st.state, StepState::NotYetOpen | StepState::Open)
            }
            super::rules::StepKind::Alternative => false,
        })
        .filter_map(|st| {
            Some(ComplaintDeadline {
                case_id: case.id,
                case_number: case.number,
                case_title: case.title.clone(),
                step_id: st.id.clone(),
                what: st.what,
                who: st.who,
                kind: st.kind,
                date: st.date?,
                ends_at: st.ends_at?,
                check: st.check,
                passed: st.state == StepState::Passed,
                label: st.label.clone(),
            })
        })
        .collect()
}
