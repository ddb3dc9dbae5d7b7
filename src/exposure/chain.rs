//! The chain itself, a pure function over plain inputs (no database): given what each account
//! holds and accepts to check callers, and the details given away in alerts, which accounts are
//! now at risk and why, which are not and why, and which Steward knows nothing about.
//!
//! An account is at risk when it holds AND accepts a leaked detail — with the same value when
//! both sides have one (another card's last four doesn't open it) — and the leak happened at
//! another company: the account where it happened is never listed through its own alert (its
//! alert checklist covers it). Every listed account carries at least one reason; every reason
//! names a detail the account's knowledge says it accepts and the alerts it leaked in.
//!
//! Not at risk is said only on someone's word: the customer's answers are their whole list,
//! a curated rule is not, so a leaked detail only a rule is silent about leaves the account
//! among those to ask about. A support PIN is one company's own and opens no other account.

use std::collections::BTreeMap;

use uuid::Uuid;

use super::detail::Detail;
use super::model::*;

/// One account as the chain sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainAccount {
    pub account: AccountRef,
    pub knowledge: AccountKnowledge,
    /// Two or more impostor alerts at this company (see [`AtRisk::repeat`]).
    pub repeat: bool,
}

/// A leak with the account of the alert it happened in.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainLeak {
    pub leak: Leak,
    pub account_id: Option<Uuid>,
}

/// The report without plans and without the first step (the plan needs the database's ticks;
/// see `plan.rs`).
pub fn chain(accounts: &[ChainAccount], leaks: &[ChainLeak]) -> ExposureReport {
    let mut at_risk = Vec::new();
    let mut not_at_risk = Vec::new();
    let mut unknown = Vec::new();
    for a in accounts {
        if a.knowledge.details.is_empty() {
            unknown.push(a.account.clone());
            continue;
        }
        // Leaks at other companies, by detail. A support PIN is the company's own: one given
        // away elsewhere opens nothing here (the alert's checklist changes it there).
        let mut by_detail: BTreeMap<Detail, Vec<&ChainLeak>> = BTreeMap::new();
        for l in leaks {
            if l.account_id != Some(a.account.id) && l.leak.detail != Detail::SupportPin {
                by_detail.entry(l.leak.detail).or_default().push(l);
            }
        }
        if by_detail.is_empty() {
            continue;
        }
        let mut reasons = Vec::new();
        let mut different: Option<(&AccountDetail, &Leak)> = None;
        let mut unchecked: Vec<Detail> = Vec::new();
        // Leaked details nobody has said anything about for this account. The customer's
        // answers are their whole list (what they did not tick is not checked); the curated
        // rules are not (a rule lists what a source says is accepted, never all of it), so with
        // only a rule such a detail is not known and the account is asked about, not cleared.
        let mut not_known = false;
        let answered = a.knowledge.questionnaire == Questionnaire::Answered;
        for (detail, ls) in &by_detail {
            let known = a.knowledge.details.iter().find(|d| d.detail == *detail);
            match known {
                Some(ad) if ad.holds && ad.checks => {
                    let matching: Vec<&&ChainLeak> = ls
                        .iter()
                        .filter(|l| same_value(ad.hint.as_deref(), l.leak.hint.as_deref()))
                        .collect();
                    if matching.is_empty() {
                        different.get_or_insert((ad, &ls[0].leak));
                    } else {
                        reasons.push(reason(a, ad, &matching));
                    }
                }
                Some(ad) if ad.holds => unchecked.push(ad.detail),
                Some(_) => {}
                None if answered => unchecked.push(*detail),
                None => not_known = true,
            }
        }
        if !reasons.is_empty() {
            at_risk.push(AtRisk {
                account: a.account.clone(),
                stake: a.knowledge.stake,
                reasons,
                plan: Vec::new(),
                repeat: a.repeat,
                note: a.knowledge.note.clone(),
            });
            continue;
        }
        if not_known {
            unknown.push(a.account.clone());
            continue;
        }
        let service = &a.account.service;
        let cleared = if let Some((ad, leak)) = different {
            Cleared {
                account: a.account.clone(),
                why: ClearedWhy::DifferentValue,
                text: crate::t!(
                    "exposure-cleared-different-value",
                    service = service.as_str(),
                    detail = ad.detail.title(),
                    hint = ad.hint.clone().unwrap_or_default(),
                    leaked = leak.hint.clone().unwrap_or_default()
                ),
            }
        } else if !unchecked.is_empty() {
            Cleared {
                account: a.account.clone(),
                why: ClearedWhy::DoesNotCheck,
                text: crate::t!(
                    "exposure-cleared-does-not-check",
                    service = service.as_str(),
                    details = titles(&unchecked)
                ),
            }
        } else {
            Cleared {
                account: a.account.clone(),
                why: ClearedWhy::DoesNotHold,
                text: crate::t!(
                    "exposure-cleared-does-not-hold",
                    service = service.as_str(),
                    details = titles(&by_detail.keys().copied().collect::<Vec<_>>())
                ),
            }
        };
        not_at_risk.push(cleared);
    }
    rank(&mut at_risk);
    not_at_risk.sort_by_key(|c| c.account.service.to_lowercase());
    unknown.sort_by_key(|a| a.service.to_lowercase());
    ExposureReport {
        leaks: leaks.iter().map(|l| l.leak.clone()).collect(),
        at_risk,
        not_at_risk,
        unknown,
        first: None,
    }
}

/// Stake (money, e-mail, phone, shopping, other, not said), then more reasons first, then the
/// service's name.
pub fn rank(at_risk: &mut [AtRisk]) {
    at_risk.sort_by(|a, b| {
        (a.stake.is_none(), a.stake)
            .cmp(&(b.stake.is_none(), b.stake))
            .then(b.reasons.len().cmp(&a.reasons.len()))
            .then(
                a.account
                    .service
                    .to_lowercase()
                    .cmp(&b.account.service.to_lowercase()),
            )
    });
}

/// Values match unless both sides have one and they differ (the hints are the masked minimal
/// values, the same mask for the same value).
fn same_value(account: Option<&str>, leaked: Option<&str>) -> bool {
    match (account, leaked) {
        (Some(a), Some(l)) => a == l,
        _ => true,
    }
}

fn reason(a: &ChainAccount, ad: &AccountDetail, leaks: &[&&ChainLeak]) -> RiskReason {
    let mut numbers: Vec<i64> = leaks.iter().map(|l| l.leak.alert_number).collect();
    numbers.sort();
    numbers.dedup();
    let mut places: Vec<String> = Vec::new();
    for l in leaks {
        let place = l
            .leak
            .service
            .clone()
            .unwrap_or_else(|| crate::t!("exposure-where-unknown"));
        if !places.contains(&place) {
            places.push(place);
        }
    }
    let alerts = crate::t!(
        "exposure-alert-numbers",
        count = numbers.len() as i64,
        numbers = numbers
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let service = a.account.service.as_str();
    let detail = ad.detail.title();
    let place = places.join(", ");
    let text = match ad.basis {
        Basis::Customer => crate::t!(
            "exposure-reason",
            service = service,
            detail = detail,
            place = place,
            alerts = alerts
        ),
        Basis::Rule => crate::t!(
            "exposure-reason-rule",
            service = service,
            detail = detail,
            place = place,
            alerts = alerts
        ),
    };
    RiskReason {
        detail: ad.detail,
        basis: ad.basis,
        alert_numbers: numbers,
        text,
        source: match ad.basis {
            Basis::Rule => a.knowledge.sources.first().cloned(),
            Basis::Customer => None,
        },
    }
}

/// Detail names in the current language, joined ("the postal address, the phone number").
pub fn titles(details: &[Detail]) -> String {
    details
        .iter()
        .map(|d| d.title())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exposure::Stake;

    fn account(
        service: &str,
        stake: Option<Stake>,
        details: &[(Detail, bool, bool, Option<&str>)],
    ) -> ChainAccount {
        let id = Uuid::now_v7();
        ChainAccount {
            account: AccountRef {
                id,
                service: service.into(),
                identifier_masked: None,
                badge: crate::otp::icons::badge(Some(service), "", None),
            },
            knowledge: AccountKnowledge {
                account_id: id,
                service: service.into(),
                identifier_masked: None,
                stake,
                stake_basis: stake.map(|_| Basis::Customer),
                questionnaire: Questionnaire::Answered,
                details: details
                    .iter()
                    .map(|(d, holds, checks, hint)| AccountDetail {
                        detail: *d,
                        holds: *holds,
                        checks: *checks,
                        hint: hint.map(str::to_string),
                        basis: Basis::Customer,
                    })
                    .collect(),
                protections: vec![],
                sources: vec![],
                note: None,
                updated_at: None,
            },
            repeat: false,
        }
    }

    fn leak(at: &ChainAccount, number: i64, detail: Detail, hint: Option<&str>) -> ChainLeak {
        ChainLeak {
            leak: Leak {
                detail,
                hint: hint.map(str::to_string),
                alert_id: Uuid::now_v7(),
                alert_number: number,
                service: Some(at.account.service.clone()),
                at: "2026-12-01T10:00:00Z".parse().unwrap(),
            },
            account_id: Some(at.account.id),
        }
    }

    #[test]
    fn the_seed_story_lists_the_bank_then_the_shop_and_clears_the_mail_provider() {
        let shop = account("Example Shop", Some(Stake::Shopping), &[]);
        let bank = account(
            "Example Bank",
            Some(Stake::Money),
            &[(Detail::CardLastFour, true, true, Some("•••• 4821"))],
        );
        let mail = account(
            "Example Mail",
            Some(Stake::Email),
            &[(Detail::Phone, true, true, None)],
        );
        let retail = account(
            "Example Retail",
            Some(Stake::Shopping),
            &[(Detail::Address, true, true, None)],
        );
        let other_card = account(
            "Other Bank",
            Some(Stake::Money),
            &[(Detail::CardLastFour, true, true, Some("•••• 1111"))],
        );
        let leaks = [
            leak(&shop, 1, Detail::Address, None),
            leak(&shop, 1, Detail::CardLastFour, Some("•••• 4821")),
        ];
        let r = chain(&[shop.clone(), bank, mail, retail, other_card], &leaks);
        let listed: Vec<&str> = r
            .at_risk
            .iter()
            .map(|a| a.account.service.as_str())
            .collect();
        assert_eq!(listed, ["Example Bank", "Example Retail"]);
        assert!(r.at_risk[0].reasons[0].text.contains("Example Shop"));
        assert_eq!(r.at_risk[0].reasons[0].alert_numbers, [1]);
        let cleared: Vec<(&str, ClearedWhy)> = r
            .not_at_risk
            .iter()
            .map(|c| (c.account.service.as_str(), c.why))
            .collect();
        assert_eq!(
            cleared,
            [
                ("Example Mail", ClearedWhy::DoesNotCheck),
                ("Other Bank", ClearedWhy::DifferentValue)
            ]
        );
        assert_eq!(r.unknown.len(), 1, "the shop: nothing known about it");
        assert_eq!(r.unknown[0].id, shop.account.id);
    }

    /// An account known only from a curated rule, answered by nobody.
    fn from_rule(service: &str, accepts: &[Detail]) -> ChainAccount {
        let mut a = account(service, Some(Stake::Phone), &[]);
        a.knowledge.questionnaire = Questionnaire::NotStarted;
        a.knowledge.details = accepts
            .iter()
            .map(|d| AccountDetail {
                detail: *d,
                holds: true,
                checks: true,
                hint: None,
                basis: Basis::Rule,
            })
            .collect();
        a
    }

    #[test]
    fn a_rule_is_not_the_whole_list_but_the_customer_s_answers_are() {
        let shop = account("Example Shop", None, &[]);
        // The rule says the carrier accepts a support PIN; it says nothing about addresses.
        let carrier = from_rule("Example Mobile", &[Detail::SupportPin]);
        // The customer answered: their bank checks the phone number, nothing else.
        let bank = account(
            "Example Bank",
            Some(Stake::Money),
            &[(Detail::Phone, true, true, None)],
        );
        let r = chain(
            &[shop.clone(), carrier.clone(), bank],
            &[leak(&shop, 1, Detail::Address, None)],
        );
        assert!(r.at_risk.is_empty());
        assert!(
            r.unknown.iter().any(|u| u.id == carrier.account.id),
            "only a rule speaks for the carrier: asked about, not cleared"
        );
        assert_eq!(r.not_at_risk.len(), 1);
        assert_eq!(r.not_at_risk[0].account.service, "Example Bank");
        assert_eq!(r.not_at_risk[0].why, ClearedWhy::DoesNotCheck);
    }

    #[test]
    fn a_support_pin_given_away_at_one_company_opens_no_other() {
        let shop = account("Example Shop", None, &[]);
        let carrier = account(
            "Example Mobile",
            Some(Stake::Phone),
            &[(Detail::SupportPin, true, true, None)],
        );
        let r = chain(
            &[shop.clone(), carrier],
            &[leak(&shop, 1, Detail::SupportPin, None)],
        );
        assert!(r.at_risk.is_empty(), "{:?}", r.at_risk);
        assert_eq!(r.leaks.len(), 1, "the leak itself is still shown");
    }
}
