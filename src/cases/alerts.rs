//! Security alerts: an unsolicited contact, a record of a contact the customer never made (a
//! possible impostor), or support showing someone else's account data. Each alert is linked to
//! the case's account and carries a fixed checklist the customer works through; it is resolved
//! only when the customer says so. Every change appends an event.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events;
use super::model::Interaction;
use super::store::{
    clean_opt, clean_required, parse_opt_ts, parse_ts, parse_uuid, ts, CaseStore, MAX_SHORT,
    MAX_TEXT,
};
use super::CaseError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AlertKind {
    /// Someone contacted the customer out of the blue, claiming to be the company.
    UnsolicitedContact,
    /// A transcript, confirmation or record of a contact the customer never had.
    ContactNotMade,
    /// Support showed the customer someone else's account data.
    DataExposed,
}

impl AlertKind {
    pub const ALL: [AlertKind; 3] = [
        AlertKind::UnsolicitedContact,
        AlertKind::ContactNotMade,
        AlertKind::DataExposed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::UnsolicitedContact => "unsolicited_contact",
            AlertKind::ContactNotMade => "contact_not_made",
            AlertKind::DataExposed => "data_exposed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }

    /// A headline a person understands at a glance, in the current language.
    pub fn title(self) -> String {
        match self {
            AlertKind::UnsolicitedContact => crate::t!("cases-alert-unsolicited-contact"),
            AlertKind::ContactNotMade => crate::t!("cases-alert-contact-not-made"),
            AlertKind::DataExposed => crate::t!("cases-alert-data-exposed"),
        }
    }

    /// Why it matters and what not to do, in plain words (in the current language).
    pub fn explanation(self) -> String {
        match self {
            AlertKind::UnsolicitedContact => crate::t!("cases-alert-unsolicited-contact-why"),
            AlertKind::ContactNotMade => crate::t!("cases-alert-contact-not-made-why"),
            AlertKind::DataExposed => crate::t!("cases-alert-data-exposed-why"),
        }
    }
}

/// The checklist's steps. The ids are stable: they are stored and typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AlertStepId {
    ChangePassword,
    ReviewActivity,
    TwoStep,
    TellSupport,
    VerificationNote,
}

impl AlertStepId {
    pub const ALL: [AlertStepId; 5] = [
        AlertStepId::ChangePassword,
        AlertStepId::ReviewActivity,
        AlertStepId::TwoStep,
        AlertStepId::TellSupport,
        AlertStepId::VerificationNote,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertStepId::ChangePassword => "change_password",
            AlertStepId::ReviewActivity => "review_activity",
            AlertStepId::TwoStep => "two_step",
            AlertStepId::TellSupport => "tell_support",
            AlertStepId::VerificationNote => "verification_note",
        }
    }

    /// Accepts the id (with `-` or `_`), its position in the list (1–5) and a few short names.
    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        if let Ok(n) = norm.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| Self::ALL.get(i)).copied();
        }
        let norm = match norm.as_str() {
            "password" => "change_password",
            "activity" | "devices" | "sign_ins" => "review_activity",
            "2fa" | "two_step_verification" | "mfa" => "two_step",
            "support" | "evidence" => "tell_support",
            "note" => "verification_note",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }
}

/// One step of an alert's checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AlertStep {
    pub id: AlertStepId,
    /// What to do.
    pub text: String,
    /// Why it helps.
    pub why: String,
    pub done_at: Option<DateTime<Utc>>,
}

/// The checklist in the current language: each step's id, what to do and why it helps.
fn checklist(kind: AlertKind, service: Option<&str>) -> Vec<(AlertStepId, String, String)> {
    let tell_why = match kind {
        AlertKind::DataExposed => crate::t!("cases-alert-step-tell-support-exposed-why"),
        _ => crate::t!("cases-alert-step-tell-support-why"),
    };
    vec![
        (
            AlertStepId::ChangePassword,
            match service {
                Some(s) => crate::t!("cases-alert-step-change-password-at", service = s),
                None => crate::t!("cases-alert-step-change-password"),
            },
            crate::t!("cases-alert-step-change-password-why"),
        ),
        (
            AlertStepId::ReviewActivity,
            crate::t!("cases-alert-step-review-activity"),
            crate::t!("cases-alert-step-review-activity-why"),
        ),
        (
            AlertStepId::TwoStep,
            crate::t!("cases-alert-step-two-step"),
            crate::t!("cases-alert-step-two-step-why"),
        ),
        (
            AlertStepId::TellSupport,
            crate::t!("cases-alert-step-tell-support"),
            tell_why,
        ),
        (
            AlertStepId::VerificationNote,
            crate::t!("cases-alert-step-verification-note"),
            crate::t!("cases-alert-step-verification-note-why"),
        ),
    ]
}

/// A security alert on a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Alert {
    pub id: Uuid,
    /// A short number, unique within the profile ("alert 2").
    #[ts(type = "number")]
    pub number: i64,
    pub case_id: Uuid,
    #[ts(type = "number")]
    pub case_number: i64,
    pub case_title: String,
    /// The contact it is about, if any.
    pub interaction_id: Option<Uuid>,
    /// The evidence (an attachment of the case), if any.
    pub attachment_id: Option<Uuid>,
    /// The account it concerns: the case's account when the alert was raised.
    pub account_id: Option<Uuid>,
    pub service: Option<String>,
    pub kind: AlertKind,
    pub title: String,
    pub explanation: String,
    /// What happened, in the customer's words.
    pub summary: String,
    pub steps: Vec<AlertStep>,
    pub created_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolution: Option<String>,
    /// For an impostor alert (unsolicited contact, a contact never made): the numbers of the
    /// earlier impostor alerts on the same account, oldest first, one per incident (see
    /// [`impostor_incidents`]) — so this is the `earlier.len() + 1`th time. Computed when
    /// read, never stored; empty for other kinds.
    #[ts(type = "Array<number>")]
    pub earlier: Vec<i64>,
}

impl AlertKind {
    /// Someone posing as the customer or as the company: the kinds that count as a repeat.
    pub fn is_impostor(self) -> bool {
        matches!(
            self,
            AlertKind::UnsolicitedContact | AlertKind::ContactNotMade
        )
    }
}

impl Alert {
    pub fn steps_done(&self) -> usize {
        self.steps.iter().filter(|s| s.done_at.is_some()).count()
    }
}

/// An alert the customer raises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewAlert {
    pub kind: AlertKind,
    pub summary: String,
    /// The contact it is about (a contact of the same case).
    #[serde(default)]
    pub interaction_id: Option<Uuid>,
    /// The evidence (an attachment of the same case).
    #[serde(default)]
    pub attachment_id: Option<Uuid>,
}

const ALERT_SELECT: &str = "SELECT al.id, al.number, al.case_id, c.number, c.title,
        al.interaction_id, al.attachment_id, al.account_id, a.service, al.kind, al.summary,
        al.steps_done, al.created_at, al.resolved_at, al.resolution
    FROM alerts al JOIN cases c ON c.id = al.case_id LEFT JOIN accounts a ON a.id = al.account_id";

fn opt_uuid(s: Option<String>) -> rusqlite::Result<Option<Uuid>> {
    s.as_deref().map(parse_uuid).transpose()
}

fn alert_from_row(r: &Row<'_>) -> rusqlite::Result<Alert> {
    let kind_text: String = r.get(9)?;
    let kind = AlertKind::parse(&kind_text)
        .ok_or_else(|| super::store::bad_value("alert kind", &kind_text))?;
    let service: Option<String> = r.get(8)?;
    let done: BTreeMap<String, String> =
        serde_json::from_str(&r.get::<_, String>(11)?).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(11, rusqlite::types::Type::Text, Box::new(e))
        })?;
    let steps = checklist(kind, service.as_deref())
        .into_iter()
        .map(|(id, text, why)| {
            Ok(AlertStep {
                id,
                text,
                why,
                done_at: done.get(id.as_str()).map(|t| parse_ts(t)).transpose()?,
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Alert {
        id: parse_uuid(&r.get::<_, String>(0)?)?,
        number: r.get(1)?,
        case_id: parse_uuid(&r.get::<_, String>(2)?)?,
        case_number: r.get(3)?,
        case_title: r.get(4)?,
        interaction_id: opt_uuid(r.get(5)?)?,
        attachment_id: opt_uuid(r.get(6)?)?,
        account_id: opt_uuid(r.get(7)?)?,
        service,
        kind,
        title: kind.title(),
        explanation: kind.explanation(),
        summary: r.get(10)?,
        steps,
        created_at: parse_ts(&r.get::<_, String>(12)?)?,
        resolved_at: parse_opt_ts(r.get(13)?)?,
        resolution: r.get(14)?,
        earlier: Vec::new(),
    })
}

/// One time someone posed as the customer or as the company at an account. Impostor alerts
/// about the same contact or the same evidence are one incident: logging a contact as
/// unsolicited raises an alert by itself, and the customer may then say it was "a contact I
/// never made" too.
#[derive(Debug, Clone, PartialEq)]
pub struct ImpostorIncident {
    /// Its alerts' numbers, oldest first; the first names the incident.
    pub alerts: Vec<i64>,
    /// `ContactNotMade` when any of its alerts says so (someone posed as the customer), else
    /// `UnsolicitedContact` (someone posed as the company).
    pub kind: AlertKind,
}

/// What ties an impostor alert to others: its number, kind, contact and evidence.
struct Link {
    number: i64,
    kind: AlertKind,
    contact: Option<Uuid>,
    evidence: Option<Uuid>,
}

fn incidents_of(mut links: Vec<Link>) -> Vec<ImpostorIncident> {
    links.retain(|l| l.kind.is_impostor());
    links.sort_by_key(|l| l.number);
    let mut out: Vec<(ImpostorIncident, Vec<Uuid>, Vec<Uuid>)> = Vec::new();
    for l in links {
        let same = out.iter_mut().find(|(_, contacts, evidence)| {
            l.contact.is_some_and(|c| contacts.contains(&c))
                || l.evidence.is_some_and(|e| evidence.contains(&e))
        });
        match same {
            Some((incident, contacts, evidence)) => {
                incident.alerts.push(l.number);
                if l.kind == AlertKind::ContactNotMade {
                    incident.kind = AlertKind::ContactNotMade;
                }
                contacts.extend(l.contact);
                evidence.extend(l.evidence);
            }
            None => out.push((
                ImpostorIncident {
                    alerts: vec![l.number],
                    kind: l.kind,
                },
                l.contact.into_iter().collect(),
                l.evidence.into_iter().collect(),
            )),
        }
    }
    out.into_iter().map(|(i, _, _)| i).collect()
}

/// The impostor incidents among one account's `alerts`, oldest first (other kinds are left
/// out).
pub fn impostor_incidents(alerts: &[Alert]) -> Vec<ImpostorIncident> {
    incidents_of(
        alerts
            .iter()
            .map(|a| Link {
                number: a.number,
                kind: a.kind,
                contact: a.interaction_id,
                evidence: a.attachment_id,
            })
            .collect(),
    )
}

/// "This is the second time at Example Shop (earlier: alert 1). …" before the kind's
/// explanation, for an alert with earlier incidents.
fn repeat_explanation(kind: AlertKind, earlier: &[i64], service: Option<&str>) -> String {
    match service {
        Some(service) if !earlier.is_empty() => format!(
            "{} {}",
            crate::t!(
                "cases-alert-repeat",
                nth = earlier.len() + 1,
                service = service,
                earlier = earlier
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            kind.explanation()
        ),
        _ => kind.explanation(),
    }
}

/// Inserts an alert inside the caller's transaction, linked to the case's account, and appends
/// its event. Returns the new alert's id.
pub(super) fn insert_alert(
    tx: &Connection,
    now: DateTime<Utc>,
    case_id: Uuid,
    kind: AlertKind,
    summary: &str,
    interaction_id: Option<Uuid>,
    attachment_id: Option<Uuid>,
) -> Result<Uuid, CaseError> {
    let account_id: Option<String> = tx.query_row(
        "SELECT account_id FROM cases WHERE id = ?1",
        [case_id.to_string()],
        |r| r.get(0),
    )?;
    let number: i64 = tx.query_row("SELECT COALESCE(MAX(number), 0) + 1 FROM alerts", [], |r| {
        r.get(0)
    })?;
    let id = Uuid::now_v7();
    tx.execute(
        "INSERT INTO alerts (id, number, case_id, interaction_id, attachment_id, account_id, kind,
            summary, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id.to_string(),
            number,
            case_id.to_string(),
            interaction_id.map(|i| i.to_string()),
            attachment_id.map(|a| a.to_string()),
            account_id,
            kind.as_str(),
            summary,
            ts(now)
        ],
    )?;
    events::append(
        tx,
        now,
        Some(case_id),
        "alert_raised",
        id,
        &serde_json::json!({
            "number": number,
            "kind": kind.as_str(),
            "summary": summary,
            "interaction_id": interaction_id,
            "attachment_id": attachment_id,
            "account_id": account_id,
        }),
    )?;
    Ok(id)
}

/// The summary of the alert an unsolicited contact raises by itself (stored with the alert, in
/// the language current when it was raised; the contact's summary in it is the customer's).
pub(super) fn unsolicited_summary(i: &Interaction) -> String {
    let mut what: String = i.summary.chars().take(300).collect();
    if what.len() < i.summary.len() {
        what.push('…');
    }
    let channel = i.channel.label().to_lowercase();
    match i.team.as_deref() {
        Some(team) => crate::t!(
            "cases-alert-unsolicited-summary-team",
            channel = channel,
            team = team,
            what = what
        ),
        None => crate::t!(
            "cases-alert-unsolicited-summary",
            channel = channel,
            what = what
        ),
    }
}

impl CaseStore<'_> {
    /// Raises an alert on a case. The contact and the evidence, when given, must belong to it.
    pub fn raise_alert(&self, case_id: Uuid, input: &NewAlert) -> Result<Alert, CaseError> {
        let case = self.case(case_id)?;
        let summary = clean_required(&input.summary, "Summary", MAX_TEXT)?;
        if let Some(i) = input.interaction_id {
            let belongs: Option<String> = self
                .conn
                .query_row(
                    "SELECT id FROM interactions WHERE id = ?1 AND case_id = ?2",
                    params![i.to_string(), case_id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if belongs.is_none() {
                return Err(CaseError::ContactNotFound {
                    case: case.number,
                    contact: i.to_string(),
                });
            }
        }
        if let Some(a) = input.attachment_id {
            let belongs: Option<String> = self
                .conn
                .query_row(
                    "SELECT id FROM attachments WHERE id = ?1 AND case_id = ?2",
                    params![a.to_string(), case_id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if belongs.is_none() {
                return Err(CaseError::AttachmentNotFound {
                    case: case.number,
                    attachment: a.to_string(),
                });
            }
        }
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        let id = insert_alert(
            &tx,
            now,
            case_id,
            input.kind,
            &summary,
            input.interaction_id,
            input.attachment_id,
        )?;
        tx.execute(
            "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
            params![case_id.to_string(), ts(now)],
        )?;
        tx.commit()?;
        self.alert(id)
    }

    pub fn alert(&self, id: Uuid) -> Result<Alert, CaseError> {
        let alert = self
            .conn
            .query_row(
                &format!("{ALERT_SELECT} WHERE al.id = ?1"),
                [id.to_string()],
                alert_from_row,
            )
            .optional()?
            .ok_or_else(|| CaseError::AlertNotFound(id.to_string()))?;
        let mut one = [alert];
        self.fill_repeats(&mut one)?;
        let [alert] = one;
        Ok(alert)
    }

    /// Fills each impostor alert's `earlier` (and says so in its explanation) from the other
    /// impostor alerts on its account.
    fn fill_repeats(&self, alerts: &mut [Alert]) -> Result<(), CaseError> {
        let mut accounts: Vec<Uuid> = alerts
            .iter()
            .filter(|a| a.kind.is_impostor())
            .filter_map(|a| a.account_id)
            .collect();
        accounts.sort_unstable();
        accounts.dedup();
        let mut stmt = self.conn.prepare(
            "SELECT number, kind, interaction_id, attachment_id FROM alerts
             WHERE account_id = ?1 AND kind IN ('unsolicited_contact', 'contact_not_made')",
        )?;
        for account in accounts {
            let links = stmt
                .query_map([account.to_string()], |r| {
                    let kind: String = r.get(1)?;
                    Ok(Link {
                        number: r.get(0)?,
                        kind: AlertKind::parse(&kind)
                            .ok_or_else(|| super::store::bad_value("alert kind", &kind))?,
                        contact: opt_uuid(r.get(2)?)?,
                        evidence: opt_uuid(r.get(3)?)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let incidents = incidents_of(links);
            for a in alerts
                .iter_mut()
                .filter(|a| a.kind.is_impostor() && a.account_id == Some(account))
            {
                let Some(at) = incidents.iter().position(|i| i.alerts.contains(&a.number)) else {
                    continue;
                };
                a.earlier = incidents[..at].iter().map(|i| i.alerts[0]).collect();
                a.explanation = repeat_explanation(a.kind, &a.earlier, a.service.as_deref());
                if !a.earlier.is_empty() {
                    let nth = a.earlier.len() + 1;
                    for step in a.steps.iter_mut() {
                        if step.id == AlertStepId::TellSupport {
                            step.text =
                                crate::t!("cases-alert-step-tell-support-repeat", nth = nth);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// A case's alerts, open and resolved, oldest first.
    pub fn alerts(&self, case_id: Uuid) -> Result<Vec<Alert>, CaseError> {
        self.case(case_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "{ALERT_SELECT} WHERE al.case_id = ?1 ORDER BY al.number"
        ))?;
        let rows = stmt.query_map([case_id.to_string()], alert_from_row)?;
        let mut alerts = rows.collect::<Result<Vec<_>, _>>()?;
        self.fill_repeats(&mut alerts)?;
        Ok(alerts)
    }

    /// Every alert on an account, in any of its cases, open and resolved, oldest first.
    pub fn account_alerts(&self, account_id: Uuid) -> Result<Vec<Alert>, CaseError> {
        let mut stmt = self.conn.prepare(&format!(
            "{ALERT_SELECT} WHERE al.account_id = ?1 ORDER BY al.number"
        ))?;
        let rows = stmt.query_map([account_id.to_string()], alert_from_row)?;
        let mut alerts = rows.collect::<Result<Vec<_>, _>>()?;
        self.fill_repeats(&mut alerts)?;
        Ok(alerts)
    }

    /// When what an alert is about happened: the contact's start, else the date of the e-mail
    /// given as evidence (a transcript sent after a chat), else when the alert was raised.
    pub fn alert_happened_at(&self, a: &Alert) -> Result<DateTime<Utc>, CaseError> {
        if let Some(i) = a.interaction_id {
            let at: Option<String> = self
                .conn
                .query_row(
                    "SELECT started_at FROM interactions WHERE id = ?1",
                    [i.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(at) = at {
                return Ok(parse_ts(&at)?);
            }
        }
        if let Some(id) = a.attachment_id {
            if let Some(date) = self.attachment(id)?.email.and_then(|e| e.date) {
                return Ok(date);
            }
        }
        Ok(a.created_at)
    }

    /// Every alert not yet resolved, in the whole profile, oldest first.
    pub fn open_alerts(&self) -> Result<Vec<Alert>, CaseError> {
        let mut stmt = self.conn.prepare(&format!(
            "{ALERT_SELECT} WHERE al.resolved_at IS NULL ORDER BY al.number"
        ))?;
        let rows = stmt.query_map([], alert_from_row)?;
        let mut alerts = rows.collect::<Result<Vec<_>, _>>()?;
        self.fill_repeats(&mut alerts)?;
        Ok(alerts)
    }

    /// Turns what a person typed ("2", "#2", "alert 2", a full id or a unique id prefix) into
    /// an alert id.
    pub fn resolve_alert_ref(&self, reference: &str) -> Result<Uuid, CaseError> {
        let r = reference.trim();
        let lower = r.to_ascii_lowercase();
        let r = lower.strip_prefix("alert").unwrap_or(&lower).trim();
        let r = r.trim_start_matches('#');
        if r.is_empty() {
            return Err(CaseError::Required { field: "Alert" });
        }
        let found: Vec<String> = if r.chars().all(|c| c.is_ascii_digit()) {
            let number: i64 = r
                .parse()
                .map_err(|_| CaseError::AlertNotFound(reference.to_string()))?;
            self.conn
                .query_row("SELECT id FROM alerts WHERE number = ?1", [number], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
                .into_iter()
                .collect()
        } else if r.len() >= 4 && r.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM alerts WHERE id LIKE ?1 || '%' LIMIT 2")?;
            let rows = stmt.query_map([r], |r| r.get::<_, String>(0))?;
            rows.collect::<Result<Vec<_>, _>>()?
        } else {
            Vec::new()
        };
        match found.as_slice() {
            [one] => Ok(parse_uuid(one)?),
            [] => Err(CaseError::AlertNotFound(reference.to_string())),
            _ => Err(CaseError::Ambiguous {
                reference: reference.to_string(),
                count: found.len(),
            }),
        }
    }

    /// Ticks a checklist step (or unticks it, with `done` false).
    pub fn set_alert_step(
        &self,
        alert_id: Uuid,
        step: AlertStepId,
        done: bool,
    ) -> Result<Alert, CaseError> {
        let alert = self.alert(alert_id)?;
        let raw: String = self.conn.query_row(
            "SELECT steps_done FROM alerts WHERE id = ?1",
            [alert_id.to_string()],
            |r| r.get(0),
        )?;
        let mut map: BTreeMap<String, String> =
            serde_json::from_str(&raw).map_err(|e| CaseError::Corrupt(e.to_string()))?;
        let now = Utc::now();
        if done {
            map.entry(step.as_str().to_string()).or_insert(ts(now));
        } else {
            map.remove(step.as_str());
        }
        let json = serde_json::to_string(&map).map_err(|e| CaseError::Corrupt(e.to_string()))?;
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "UPDATE alerts SET steps_done = ?2 WHERE id = ?1",
            params![alert_id.to_string(), json],
        )?;
        events::append(
            &tx,
            now,
            Some(alert.case_id),
            "alert_step_updated",
            alert_id,
            &serde_json::json!({ "step": step.as_str(), "done": done }),
        )?;
        tx.commit()?;
        self.alert(alert_id)
    }

    /// Marks an alert resolved: the customer says it is dealt with.
    pub fn resolve_alert(
        &self,
        alert_id: Uuid,
        resolution: Option<String>,
    ) -> Result<Alert, CaseError> {
        let alert = self.alert(alert_id)?;
        if alert.resolved_at.is_some() {
            return Err(CaseError::AlertAlreadyResolved(alert.number));
        }
        let resolution = clean_opt(&resolution, "Resolution", MAX_SHORT)?;
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "UPDATE alerts SET resolved_at = ?2, resolution = ?3 WHERE id = ?1",
            params![alert_id.to_string(), ts(now), resolution],
        )?;
        events::append(
            &tx,
            now,
            Some(alert.case_id),
            "alert_resolved",
            alert_id,
            &serde_json::json!({ "resolution": resolution, "steps_done": alert.steps_done() }),
        )?;
        tx.commit()?;
        self.alert(alert_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_ids_parse_in_every_form_people_type() {
        assert_eq!(
            AlertStepId::parse("change-password"),
            Some(AlertStepId::ChangePassword)
        );
        assert_eq!(AlertStepId::parse("2fa"), Some(AlertStepId::TwoStep));
        assert_eq!(AlertStepId::parse("5"), Some(AlertStepId::VerificationNote));
        assert_eq!(AlertStepId::parse("0"), None);
        assert_eq!(AlertStepId::parse("6"), None);
        assert_eq!(AlertStepId::parse("reboot"), None);
        assert_eq!(
            AlertKind::parse("contact-not-made"),
            Some(AlertKind::ContactNotMade)
        );
        assert_eq!(
            AlertKind::parse("Data exposed"),
            Some(AlertKind::DataExposed)
        );
    }

    #[test]
    fn alerts_about_the_same_contact_or_evidence_are_one_incident() {
        let (c1, c2, e1) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let link = |number, kind, contact, evidence| Link {
            number,
            kind,
            contact,
            evidence,
        };
        let incidents = incidents_of(vec![
            // Raised by itself when the contact was logged as unsolicited…
            link(1, AlertKind::UnsolicitedContact, Some(c1), None),
            // …then the customer says it was a contact they never made, with the transcript.
            link(3, AlertKind::ContactNotMade, Some(c1), Some(e1)),
            // Another customer's data shown: not an impostor.
            link(2, AlertKind::DataExposed, Some(c2), None),
            // The transcript alone, raised again: the same incident.
            link(5, AlertKind::ContactNotMade, None, Some(e1)),
            // A second chat: a second incident.
            link(4, AlertKind::UnsolicitedContact, Some(c2), None),
            // No contact, no evidence: an incident of its own.
            link(6, AlertKind::ContactNotMade, None, None),
        ]);
        assert_eq!(
            incidents,
            vec![
                ImpostorIncident {
                    alerts: vec![1, 3, 5],
                    kind: AlertKind::ContactNotMade
                },
                ImpostorIncident {
                    alerts: vec![4],
                    kind: AlertKind::UnsolicitedContact
                },
                ImpostorIncident {
                    alerts: vec![6],
                    kind: AlertKind::ContactNotMade
                },
            ]
        );
    }

    #[test]
    fn every_kind_has_the_five_steps_with_reasons() {
        for kind in AlertKind::ALL {
            let steps = checklist(kind, Some("Example Shop"));
            assert_eq!(
                steps.iter().map(|s| s.0).collect::<Vec<_>>(),
                AlertStepId::ALL.to_vec()
            );
            assert!(steps[0].1.contains("Example Shop"));
            assert!(steps
                .iter()
                .all(|(_, text, why)| !text.is_empty() && why.len() > 40));
        }
    }
}
