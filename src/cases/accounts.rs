//! The accounts view: each service the customer deals with, its identifier shown masked, and
//! how much is going on there (open cases, open security alerts, enrolment attempts).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::events;
use super::store::{
    clean_opt, clean_required, parse_opt_ts, parse_ts, parse_uuid, CaseStore, MAX_TITLE,
};
use super::CaseError;

/// A row of the accounts view. The identifier is only ever shown masked here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountSummary {
    pub id: Uuid,
    pub service: String,
    pub domain: Option<String>,
    /// The customer's identifier there, masked: `m•••@gmail.com`, `•••• 5678`.
    pub identifier_masked: Option<String>,
    pub created_at: DateTime<Utc>,
    pub open_cases: u32,
    pub total_cases: u32,
    /// Security alerts on this account not yet resolved.
    pub open_alerts: u32,
    /// Steps tried in the enrolment wizard for this service (refused and succeeded).
    pub enrolment_attempts: u32,
    /// Two-step methods turned on through the wizard, strongest first.
    pub two_factor_on: Vec<crate::directory::Method>,
    /// The latest contact on any of its cases.
    pub last_contact_at: Option<DateTime<Utc>>,
    /// The receipt of the latest finished enrolment.
    pub enrolment_receipt: Option<EnrolmentReceipt>,
    /// The service's icon (by its name and domain, see [`crate::otp::icons`]) and monogram.
    pub badge: crate::otp::icons::ServiceBadge,
}

/// The enrolment receipt kept on the account (written by the enrolment wizard): what is on, and whether it was shown to work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolReceipt")]
pub struct EnrolmentReceipt {
    pub service: String,
    /// Strongest first.
    pub methods: Vec<crate::directory::Method>,
    /// The phone number for codes, masked ("+84 •••• 5678").
    pub phone_masked: Option<String>,
    /// Backup codes kept in Steward (0: written down or none offered).
    pub backup_codes_stored: u32,
    pub at: DateTime<Utc>,
    /// A code or a sign-in with the new method was accepted by the service.
    pub tested: bool,
}

/// A change to an account. `None` leaves a field as it is; an empty string clears it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountPatch {
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub identifier: Option<String>,
}

const MASK: &str = "•••";

/// Masks an identifier so it can be shown on screen or in a screenshot without giving it away:
/// an e-mail keeps its first letter and domain, a phone number or account number its last four
/// digits, anything else its first and last characters.
pub fn mask_identifier(identifier: &str) -> String {
    let id = identifier.trim();
    if let Some((local, domain)) = id.rsplit_once('@') {
        if !local.is_empty() && !domain.is_empty() {
            let first: String = local.chars().take(1).collect();
            return format!("{first}{MASK}@{domain}");
        }
    }
    let digits: Vec<char> = id.chars().filter(|c| c.is_ascii_digit()).collect();
    let numberish = id
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if numberish && digits.len() >= 6 {
        let last: String = digits[digits.len() - 4..].iter().collect();
        return format!("•••• {last}");
    }
    let chars: Vec<char> = id.chars().collect();
    match chars.len() {
        0 => String::new(),
        1..=3 => MASK.to_string(),
        n => format!("{}{MASK}{}", chars[0], chars[n - 1]),
    }
}

impl CaseStore<'_> {
    /// Every account, by service name.
    pub fn accounts(&self) -> Result<Vec<AccountSummary>, CaseError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.service, a.domain, a.identifier, a.created_at,
                (SELECT count(*) FROM cases c WHERE c.account_id = a.id AND c.status != 'resolved'),
                (SELECT count(*) FROM cases c WHERE c.account_id = a.id),
                (SELECT count(*) FROM alerts al WHERE al.account_id = a.id AND al.resolved_at IS NULL),
                (SELECT max(i.started_at) FROM interactions i JOIN cases c ON c.id = i.case_id
                    WHERE c.account_id = a.id),
                (SELECT coalesce(sum(json_array_length(e.state, '$.attempts')), 0)
                    FROM enrolments e WHERE e.service = a.service COLLATE NOCASE),
                (SELECT json_group_array(DISTINCT json_extract(j.value, '$.method'))
                    FROM enrolments e, json_each(e.state, '$.enrolled') j
                    WHERE e.service = a.service COLLATE NOCASE),
                (SELECT json_extract(e.state, '$.receipt') FROM enrolments e
                    WHERE e.service = a.service COLLATE NOCASE
                      AND json_extract(e.state, '$.receipt') IS NOT NULL
                    ORDER BY e.updated_at DESC LIMIT 1)
             FROM accounts a ORDER BY a.service COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AccountSummary {
                id: parse_uuid(&r.get::<_, String>(0)?)?,
                service: r.get(1)?,
                domain: r.get(2)?,
                identifier_masked: r.get::<_, Option<String>>(3)?.map(|i| mask_identifier(&i)),
                created_at: parse_ts(&r.get::<_, String>(4)?)?,
                open_cases: r.get(5)?,
                total_cases: r.get(6)?,
                open_alerts: r.get(7)?,
                last_contact_at: parse_opt_ts(r.get(8)?)?,
                enrolment_attempts: r.get(9)?,
                two_factor_on: {
                    let json: String = r.get(10)?;
                    let mut methods: Vec<crate::directory::Method> =
                        serde_json::from_str(&json).unwrap_or_default();
                    methods.sort();
                    methods
                },
                enrolment_receipt: r
                    .get::<_, Option<String>>(11)?
                    .and_then(|json| serde_json::from_str(&json).ok()),
                badge: crate::otp::icons::badge(
                    Some(&r.get::<_, String>(1)?),
                    "",
                    r.get::<_, Option<String>>(2)?.as_deref(),
                ),
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The account for a service, created if new; its domain is filled in if it had none. The
    /// name is checked as a case's service is (not blank, not too long).
    pub fn ensure_account(&self, service: &str, domain: Option<&str>) -> Result<Uuid, CaseError> {
        let service = clean_required(service, "Service", MAX_TITLE)?;
        let id = self.account_for(&service, Utc::now())?;
        if let Some(domain) = domain.filter(|d| !d.trim().is_empty()) {
            self.conn.execute(
                "UPDATE accounts SET domain = ?2 WHERE id = ?1 AND domain IS NULL",
                params![id.to_string(), domain.trim()],
            )?;
        }
        Ok(id)
    }

    /// Finds an account by service name (any case) or id.
    pub fn resolve_account(&self, reference: &str) -> Result<Uuid, CaseError> {
        let r = reference.trim();
        self.conn
            .query_row(
                "SELECT id FROM accounts WHERE service = ?1 COLLATE NOCASE OR id = ?1",
                [r],
                |row| row.get::<_, String>(0),
            )
            .optional()?
            .map(|id| parse_uuid(&id))
            .transpose()?
            .ok_or_else(|| CaseError::AccountNotFound(reference.to_string()))
    }

    /// Sets an account's domain or the customer's identifier there.
    pub fn update_account(
        &self,
        id: Uuid,
        patch: &AccountPatch,
    ) -> Result<AccountSummary, CaseError> {
        let domain = patch
            .domain
            .as_ref()
            .map(|d| clean_opt(&Some(d.clone()), "Domain", MAX_TITLE))
            .transpose()?;
        let identifier = patch
            .identifier
            .as_ref()
            .map(|d| clean_opt(&Some(d.clone()), "Identifier", MAX_TITLE))
            .transpose()?;
        let exists: Option<i64> = self
            .conn
            .query_row(
                "SELECT 1 FROM accounts WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            return Err(CaseError::AccountNotFound(id.to_string()));
        }
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        if let Some(domain) = &domain {
            tx.execute(
                "UPDATE accounts SET domain = ?2 WHERE id = ?1",
                params![id.to_string(), domain],
            )?;
        }
        if let Some(identifier) = &identifier {
            tx.execute(
                "UPDATE accounts SET identifier = ?2 WHERE id = ?1",
                params![id.to_string(), identifier],
            )?;
        }
        // The identifier itself stays out of the event log (which exports carry); its mask is enough.
        events::append(
            &tx,
            now,
            None,
            "account_updated",
            id,
            &serde_json::json!({
                "domain": domain,
                "identifier_masked": identifier.as_ref().map(|i| i.as_deref().map(mask_identifier)),
            }),
        )?;
        tx.commit()?;
        self.accounts()?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| CaseError::AccountNotFound(id.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::mask_identifier;

    #[test]
    fn identifiers_are_masked_by_shape() {
        assert_eq!(mask_identifier("minh.tran@gmail.com"), "m•••@gmail.com");
        assert_eq!(mask_identifier("+84 91 234 5678"), "•••• 5678");
        assert_eq!(mask_identifier("0912-345-678"), "•••• 5678");
        assert_eq!(mask_identifier("minhtran88"), "m•••8");
        assert_eq!(mask_identifier("ab"), "•••");
        assert_eq!(mask_identifier("@handle"), "@•••e");
        assert_eq!(mask_identifier(""), "");
    }
}
