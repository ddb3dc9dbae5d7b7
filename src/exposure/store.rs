//! The exposure chain in the profile's database (migration 012), on `CaseStore`: what the
//! customer said each account holds and checks, what leaked in each alert, the lock-down steps
//! done, and the report built from them with the curated rules. Every change is one transaction
//! with its event-log entry; the entries name details, never values.
//!
//! Values are kept only as far as needed to match ([`minimal_value`]): a card's last four digits,
//! a phone number's last four, an e-mail address in its masked form. They leave the store only
//! masked ([`hint`]).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use super::chain::{self, ChainAccount, ChainLeak};
use super::detail::{Detail, Stake};
use super::error::ExposureError;
use super::model::*;
use super::plan::{self, PlanInput};
use crate::cases::{events, mask_identifier, AccountSummary, CaseError, CaseStore};
use crate::db::timestamp::{from_db, to_db};
use crate::enrol::rules::IdentityChecks;

/// What the curated rules say about a service's identity checks (`enrol::rules`).
fn rule_checks(service: &str, domain: Option<&str>) -> Option<IdentityChecks> {
    crate::enrol::rules::identity_checks(service, domain)
}

/// The value kept for a detail: `Ok(None)` for details that keep none (or an empty text).
/// A card: exactly its last 4 digits ("4821"; a mask in front is allowed: "•••• 4821"). A phone
/// number: its last 4 digits. An e-mail address: its masked form ("m•••@example.com").
pub fn minimal_value(detail: Detail, raw: &str) -> Result<Option<String>, ExposureError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let unmasked: String = text
        .trim_start_matches(['•', '*', 'x', 'X', '.', ' '])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    match detail {
        Detail::CardLastFour => {
            if unmasked.len() == 4 && unmasked.chars().all(|c| c.is_ascii_digit()) {
                Ok(Some(unmasked))
            } else {
                Err(ExposureError::CardNotFourDigits)
            }
        }
        Detail::Phone => {
            let digits: Vec<char> = unmasked.chars().filter(|c| c.is_ascii_digit()).collect();
            let phoneish = unmasked
                .chars()
                .all(|c| c.is_ascii_digit() || "+-().".contains(c));
            if phoneish && digits.len() >= 4 {
                Ok(Some(digits[digits.len() - 4..].iter().collect()))
            } else {
                Err(ExposureError::BadPhone)
            }
        }
        Detail::Email => {
            let ok = match text.rsplit_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !text.chars().any(char::is_whitespace)
                        && !local.contains('@')
                }
                None => false,
            };
            if ok {
                Ok(Some(mask_identifier(&text.to_lowercase())))
            } else {
                Err(ExposureError::BadEmail)
            }
        }
        _ => Ok(None),
    }
}

/// A kept value as it may be shown: "•••• 4821" (a card, a phone number), "m•••@example.com".
pub fn hint(detail: Detail, value: &str) -> String {
    match detail {
        Detail::CardLastFour | Detail::Phone => format!("•••• {value}"),
        _ => value.to_string(),
    }
}

fn bool_of(v: i64) -> bool {
    v != 0
}

fn detail_of(s: &str) -> rusqlite::Result<Detail> {
    Detail::parse(s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown detail \"{s}\"").into(),
        )
    })
}

/// An answer checked and reduced to what is stored.
struct CleanAnswer {
    detail: Detail,
    holds: bool,
    checks: bool,
    /// `None`: keep what is stored; `Some(None)`: no value; `Some(Some(v))`: this value.
    value: Option<Option<String>>,
}

/// The answers checked and reduced to what is kept (see [`minimal_value`]); an error for the
/// first bad one.
fn clean_answers(answers: &KnowledgeAnswers) -> Result<Vec<CleanAnswer>, ExposureError> {
    no_duplicates(answers.details.iter().map(|a| a.detail))?;
    answers
        .details
        .iter()
        .map(|a| {
            let holds = a.holds || a.checks;
            let value = match (&a.value, holds) {
                // Nothing kept for a detail the account doesn't have.
                (_, false) => Some(None),
                (None, true) => None,
                (Some(v), true) => Some(minimal_value(a.detail, v)?),
            };
            Ok(CleanAnswer {
                detail: a.detail,
                holds,
                checks: a.checks,
                value,
            })
        })
        .collect()
}

fn no_duplicates(details: impl Iterator<Item = Detail>) -> Result<(), ExposureError> {
    let mut seen = Vec::new();
    for d in details {
        if seen.contains(&d) {
            return Err(ExposureError::DuplicateDetail {
                detail: d.as_str().to_string(),
            });
        }
        seen.push(d);
    }
    Ok(())
}

impl CaseStore<'_> {
    /// The account's service, domain and masked identifier; unknown ids are a clear error.
    fn account_basics(
        &self,
        account: Uuid,
    ) -> Result<(String, Option<String>, Option<String>), ExposureError> {
        self.conn()
            .query_row(
                "SELECT service, domain, identifier FROM accounts WHERE id = ?1",
                [account.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?.map(|i| mask_identifier(&i)),
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| CaseError::AccountNotFound(account.to_string()).into())
    }

    fn knowledge_of(
        &self,
        account: Uuid,
        service: &str,
        domain: Option<&str>,
        identifier_masked: Option<String>,
    ) -> Result<AccountKnowledge, ExposureError> {
        let conn = self.conn();
        let row: Option<(Option<String>, String, String)> = conn
            .query_row(
                "SELECT stake, questionnaire, updated_at FROM account_knowledge
                 WHERE account_id = ?1",
                [account.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let mut stmt = conn.prepare(
            "SELECT detail, holds, checks, value FROM account_details WHERE account_id = ?1",
        )?;
        let answers: HashMap<Detail, AccountDetail> = stmt
            .query_map([account.to_string()], |r| {
                let detail = detail_of(&r.get::<_, String>(0)?)?;
                Ok((
                    detail,
                    AccountDetail {
                        detail,
                        holds: bool_of(r.get(1)?),
                        checks: bool_of(r.get(2)?),
                        hint: r.get::<_, Option<String>>(3)?.map(|v| hint(detail, &v)),
                        basis: Basis::Customer,
                    },
                ))
            })?
            .collect::<Result<_, _>>()?;
        let rule = rule_checks(service, domain);
        let details = Detail::ALL
            .into_iter()
            .filter_map(|d| {
                answers.get(&d).cloned().or_else(|| {
                    rule.as_ref()
                        .filter(|r| r.accepts.contains(&d))
                        .map(|_| AccountDetail {
                            detail: d,
                            holds: true,
                            checks: true,
                            hint: None,
                            basis: Basis::Rule,
                        })
                })
            })
            .collect::<Vec<_>>();
        let customer_stake = row
            .as_ref()
            .and_then(|(s, _, _)| s.as_deref())
            .and_then(Stake::parse);
        let (stake, stake_basis) = match (customer_stake, rule.as_ref().and_then(|r| r.stake)) {
            (Some(s), _) => (Some(s), Some(Basis::Customer)),
            (None, Some(s)) => (Some(s), Some(Basis::Rule)),
            (None, None) => (None, None),
        };
        let uses_rule =
            details.iter().any(|d| d.basis == Basis::Rule) || stake_basis == Some(Basis::Rule);
        Ok(AccountKnowledge {
            account_id: account,
            service: service.to_string(),
            identifier_masked,
            stake,
            stake_basis,
            questionnaire: match row.as_ref().map(|(_, q, _)| q.as_str()) {
                Some("skipped") => Questionnaire::Skipped,
                Some(_) => Questionnaire::Answered,
                None => Questionnaire::NotStarted,
            },
            details,
            protections: rule
                .as_ref()
                .map(|r| r.protections.clone())
                .unwrap_or_default(),
            sources: match (&rule, uses_rule) {
                (Some(r), true) => r.sources.clone(),
                _ => Vec::new(),
            },
            note: rule
                .as_ref()
                .filter(|_| uses_rule)
                .and_then(|r| r.note.clone()),
            updated_at: row.map(|(_, _, at)| from_db(&at)).transpose()?,
        })
    }

    /// Records answers about a service named by the customer (or an account id): one Steward
    /// has no account for yet is added — their bank or e-mail provider needs no case to be in
    /// the chain. Nothing is added when an answer is refused.
    pub fn answer_about(
        &self,
        service: &str,
        answers: &KnowledgeAnswers,
    ) -> Result<AccountKnowledge, ExposureError> {
        clean_answers(answers)?;
        let id = match self.resolve_account(service) {
            Err(CaseError::AccountNotFound(_)) => self.ensure_account(service, None)?,
            found => found?,
        };
        self.set_account_knowledge(id, answers)
    }

    /// What Steward knows about an account: the customer's answers merged over the rules'.
    pub fn account_knowledge(&self, account: Uuid) -> Result<AccountKnowledge, ExposureError> {
        let (service, domain, identifier) = self.account_basics(account)?;
        self.knowledge_of(account, &service, domain.as_deref(), identifier)
    }

    /// Records the questionnaire's answers for an account: the stake when given, each listed
    /// detail (others stay as they were). Every value is checked before anything is written.
    pub fn set_account_knowledge(
        &self,
        account: Uuid,
        answers: &KnowledgeAnswers,
    ) -> Result<AccountKnowledge, ExposureError> {
        self.account_basics(account)?;
        let clean = clean_answers(answers)?;
        let now = Utc::now();
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "INSERT INTO account_knowledge (account_id, stake, questionnaire, updated_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (account_id) DO UPDATE SET
                stake = coalesce(excluded.stake, account_knowledge.stake),
                questionnaire = excluded.questionnaire,
                updated_at = excluded.updated_at",
            params![
                account.to_string(),
                answers.stake.map(Stake::as_str),
                if answers.skipped {
                    "skipped"
                } else {
                    "answered"
                },
                to_db(now)
            ],
        )?;
        for a in &clean {
            tx.execute(
                "INSERT INTO account_details (account_id, detail, holds, checks, value, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (account_id, detail) DO UPDATE SET
                    holds = excluded.holds, checks = excluded.checks,
                    value = CASE WHEN ?7 THEN excluded.value ELSE account_details.value END,
                    updated_at = excluded.updated_at",
                params![
                    account.to_string(),
                    a.detail.as_str(),
                    a.holds,
                    a.checks,
                    a.value.clone().flatten(),
                    to_db(now),
                    a.value.is_some()
                ],
            )?;
        }
        events::append(
            &tx,
            now,
            None,
            "account_knowledge_updated",
            account,
            &serde_json::json!({
                "stake": answers.stake.map(Stake::as_str),
                "skipped": answers.skipped,
                "details": clean.iter().map(|a| serde_json::json!({
                    "detail": a.detail.as_str(), "holds": a.holds, "checks": a.checks,
                })).collect::<Vec<_>>(),
            }),
        )?;
        tx.commit()?;
        self.account_knowledge(account)
    }

    /// Forgets the customer's answer about a detail at an account, value and all (the rules'
    /// view of it, if any, shows again).
    pub fn forget_account_detail(
        &self,
        account: Uuid,
        detail: Detail,
    ) -> Result<AccountKnowledge, ExposureError> {
        self.account_basics(account)?;
        let now = Utc::now();
        let tx = self.conn().unchecked_transaction()?;
        let removed = tx.execute(
            "DELETE FROM account_details WHERE account_id = ?1 AND detail = ?2",
            params![account.to_string(), detail.as_str()],
        )?;
        if removed > 0 {
            events::append(
                &tx,
                now,
                None,
                "account_detail_forgotten",
                account,
                &serde_json::json!({ "detail": detail.as_str() }),
            )?;
        }
        tx.commit()?;
        self.account_knowledge(account)
    }

    /// What the customer confirmed an impostor asked for and got in an alert.
    pub fn alert_disclosures(&self, alert: Uuid) -> Result<Vec<Disclosure>, ExposureError> {
        self.alert(alert)?;
        let mut stmt = self.conn().prepare(
            "SELECT detail, asked, given, value, from_transcript FROM alert_disclosures
             WHERE alert_id = ?1",
        )?;
        let mut out = stmt
            .query_map([alert.to_string()], |r| {
                let detail = detail_of(&r.get::<_, String>(0)?)?;
                Ok(Disclosure {
                    detail,
                    asked: bool_of(r.get(1)?),
                    given: bool_of(r.get(2)?),
                    hint: r.get::<_, Option<String>>(3)?.map(|v| hint(detail, &v)),
                    from_transcript: bool_of(r.get(4)?),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        out.sort_by_key(|d| d.detail);
        Ok(out)
    }

    /// Replaces the alert's disclosures with these (the customer confirmed the list). A detail
    /// neither asked for nor given is left out; a value is kept only for what was given.
    pub fn set_alert_disclosures(
        &self,
        alert: Uuid,
        disclosures: &[DisclosureAnswer],
    ) -> Result<Vec<Disclosure>, ExposureError> {
        let a = self.alert(alert)?;
        no_duplicates(disclosures.iter().map(|d| d.detail))?;
        let clean = disclosures
            .iter()
            .filter(|d| d.asked || d.given)
            .map(|d| {
                let value = match (&d.value, d.given) {
                    (Some(v), true) => minimal_value(d.detail, v)?,
                    _ => None,
                };
                Ok((d, value))
            })
            .collect::<Result<Vec<_>, ExposureError>>()?;
        let now = Utc::now();
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "DELETE FROM alert_disclosures WHERE alert_id = ?1",
            [alert.to_string()],
        )?;
        for (d, value) in &clean {
            tx.execute(
                "INSERT INTO alert_disclosures
                    (alert_id, detail, asked, given, value, from_transcript, confirmed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    alert.to_string(),
                    d.detail.as_str(),
                    d.asked,
                    d.given,
                    value,
                    d.from_transcript,
                    to_db(now)
                ],
            )?;
        }
        events::append(
            &tx,
            now,
            Some(a.case_id),
            "alert_disclosures_set",
            alert,
            &serde_json::json!({
                "asked": clean.iter().filter(|(d, _)| d.asked)
                    .map(|(d, _)| d.detail.as_str()).collect::<Vec<_>>(),
                "given": clean.iter().filter(|(d, _)| d.given)
                    .map(|(d, _)| d.detail.as_str()).collect::<Vec<_>>(),
            }),
        )?;
        tx.commit()?;
        self.alert_disclosures(alert)
    }

    /// Every detail given away, oldest alert first, with the alert's account.
    fn leaks(&self) -> Result<Vec<ChainLeak>, ExposureError> {
        let mut stmt = self.conn().prepare(
            "SELECT d.detail, d.value, al.id, al.number, al.account_id, a.service, al.created_at
             FROM alert_disclosures d JOIN alerts al ON al.id = d.alert_id
             LEFT JOIN accounts a ON a.id = al.account_id
             WHERE d.given = 1 ORDER BY al.number",
        )?;
        let mut leaks = stmt
            .query_map([], |r| {
                let detail = detail_of(&r.get::<_, String>(0)?)?;
                let uuid = |s: String| {
                    Uuid::parse_str(&s).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(
                            0,
                            rusqlite::types::Type::Text,
                            Box::new(e),
                        )
                    })
                };
                Ok(ChainLeak {
                    leak: Leak {
                        detail,
                        hint: r.get::<_, Option<String>>(1)?.map(|v| hint(detail, &v)),
                        alert_id: uuid(r.get(2)?)?,
                        alert_number: r.get(3)?,
                        service: r.get(5)?,
                        at: from_db(&r.get::<_, String>(6)?)?,
                    },
                    account_id: r.get::<_, Option<String>>(4)?.map(uuid).transpose()?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        // When it happened, as the alert and the letters say it (the contact's time, else the
        // e-mail's date), not when the alert was raised.
        let mut happened: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
        for l in &mut leaks {
            if let Some(at) = happened.get(&l.leak.alert_id) {
                l.leak.at = *at;
                continue;
            }
            let alert = self.alert(l.leak.alert_id)?;
            let at = self.alert_happened_at(&alert)?;
            happened.insert(l.leak.alert_id, at);
            l.leak.at = at;
        }
        leaks.sort_by_key(|l| (l.leak.alert_number, l.leak.detail));
        Ok(leaks)
    }

    fn lockdown_done(
        &self,
    ) -> Result<HashMap<Uuid, BTreeMap<LockdownStepId, DateTime<Utc>>>, ExposureError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT account_id, step, done_at FROM lockdown_steps")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out: HashMap<Uuid, BTreeMap<LockdownStepId, DateTime<Utc>>> = HashMap::new();
        for (account, step, at) in rows {
            // A step id from a newer Steward is left out rather than failing the report.
            let (Ok(account), Some(step)) =
                (Uuid::parse_str(&account), LockdownStepId::parse(&step))
            else {
                continue;
            };
            out.entry(account).or_default().insert(step, from_db(&at)?);
        }
        Ok(out)
    }

    /// Whether someone has posed as the customer at this account's company more than once:
    /// its impostor incidents, counted as the alert says "this is the second time" (alerts
    /// about the same contact or evidence are one incident; `cases::impostor_incidents`).
    fn repeated_impostor(&self, account: Uuid) -> Result<bool, ExposureError> {
        let alerts = self.account_alerts(account)?;
        Ok(crate::cases::impostor_incidents(&alerts).len() > 1)
    }

    /// The one screen: what leaked, which accounts that opens (ranked, with reasons and their
    /// plans), which not and why, which Steward knows nothing about, and what to do first.
    pub fn exposure(&self) -> Result<ExposureReport, ExposureError> {
        let summaries: Vec<AccountSummary> = self.accounts()?;
        let mut accounts = Vec::with_capacity(summaries.len());
        for s in &summaries {
            let knowledge = self.knowledge_of(
                s.id,
                &s.service,
                s.domain.as_deref(),
                s.identifier_masked.clone(),
            )?;
            accounts.push(ChainAccount {
                account: AccountRef {
                    id: s.id,
                    service: s.service.clone(),
                    identifier_masked: s.identifier_masked.clone(),
                    badge: s.badge.clone(),
                },
                knowledge,
                repeat: self.repeated_impostor(s.id)?,
            });
        }
        let leaks = self.leaks()?;
        let mut report = chain::chain(&accounts, &leaks);
        let done = self.lockdown_done()?;
        let empty = BTreeMap::new();
        for a in &mut report.at_risk {
            let Some(c) = accounts.iter().find(|c| c.account.id == a.account.id) else {
                continue;
            };
            let s = summaries.iter().find(|s| s.id == a.account.id);
            let two_step_on = s.is_some_and(|s| {
                !s.two_factor_on.is_empty()
                    || s.enrolment_receipt
                        .as_ref()
                        .is_some_and(|r| !r.methods.is_empty())
            });
            let details: Vec<Detail> = a.reasons.iter().map(|r| r.detail).collect();
            a.plan = plan::plan(&PlanInput {
                service: &a.account.service,
                stake: a.stake,
                details: &details,
                protections: &c.knowledge.protections,
                two_step_on,
                done: done.get(&a.account.id).unwrap_or(&empty),
            });
        }
        report.first = plan::first_step(&report.at_risk);
        Ok(report)
    }

    /// Ticks a step of an account's lock-down plan (or unticks it, with `done` false). Only a
    /// step of the account's current plan can be ticked.
    pub fn set_lockdown_step(
        &self,
        account: Uuid,
        step: LockdownStepId,
        done: bool,
    ) -> Result<ExposureReport, ExposureError> {
        let (service, _, _) = self.account_basics(account)?;
        let now = Utc::now();
        if done {
            let report = self.exposure()?;
            let in_plan = report
                .at_risk
                .iter()
                .any(|a| a.account.id == account && a.plan.iter().any(|s| s.id == step));
            if !in_plan {
                return Err(ExposureError::StepNotInPlan {
                    service,
                    step: step.as_str().to_string(),
                });
            }
        }
        let tx = self.conn().unchecked_transaction()?;
        let changed = if done {
            tx.execute(
                "INSERT OR IGNORE INTO lockdown_steps (account_id, step, done_at)
                 VALUES (?1, ?2, ?3)",
                params![account.to_string(), step.as_str(), to_db(now)],
            )?
        } else {
            tx.execute(
                "DELETE FROM lockdown_steps WHERE account_id = ?1 AND step = ?2",
                params![account.to_string(), step.as_str()],
            )?
        };
        if changed > 0 {
            events::append(
                &tx,
                now,
                None,
                "lockdown_step_updated",
                account,
                &serde_json::json!({ "step": step.as_str(), "done": done }),
            )?;
        }
        tx.commit()?;
        self.exposure()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_minimal_value_is_kept() {
        let card = |s| minimal_value(Detail::CardLastFour, s);
        assert_eq!(card("4821").unwrap().as_deref(), Some("4821"));
        assert_eq!(card(" •••• 4821 ").unwrap().as_deref(), Some("4821"));
        assert_eq!(card("**** 4821").unwrap().as_deref(), Some("4821"));
        assert!(matches!(
            card("4111 1111 1111 4821"),
            Err(ExposureError::CardNotFourDigits)
        ));
        assert!(matches!(card("482"), Err(ExposureError::CardNotFourDigits)));
        assert!(matches!(
            card("48a1"),
            Err(ExposureError::CardNotFourDigits)
        ));
        assert_eq!(card("  ").unwrap(), None);
        let phone = |s| minimal_value(Detail::Phone, s);
        assert_eq!(phone("+84 91 234 5678").unwrap().as_deref(), Some("5678"));
        assert!(matches!(phone("12"), Err(ExposureError::BadPhone)));
        assert!(matches!(phone("call me"), Err(ExposureError::BadPhone)));
        let mail = |s| minimal_value(Detail::Email, s);
        assert_eq!(
            mail("Minh.Tran@Example.com").unwrap().as_deref(),
            Some("m•••@example.com")
        );
        assert!(matches!(mail("minh"), Err(ExposureError::BadEmail)));
        assert!(matches!(mail("@example.com"), Err(ExposureError::BadEmail)));
        assert_eq!(
            minimal_value(Detail::Address, "1 Main St").unwrap(),
            None,
            "no value kept for an address"
        );
        assert_eq!(hint(Detail::CardLastFour, "4821"), "•••• 4821");
    }
}
