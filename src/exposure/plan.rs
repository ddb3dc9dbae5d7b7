//! The lock-down plan of an account at risk: what to ask for or change there so that the
//! details that leaked stop being enough to pass as the customer. Pure: the ticks come in from
//! the database (`lockdown_steps`), what the service offers from the curated rules.
//!
//! Steps, in order (a phone account's number lock first — a SIM swap takes every code):
//! a support PIN where offered (else: ask whether they offer one), a verification note, two-step
//! verification (handed to the enrolment wizard; left out when the enrolment receipt shows it on),
//! changing the leaked detail where that is possible (a new card, another address), sign-in
//! before chat, and the letter asking for a note on the account.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::detail::{Detail, Protection, Stake};
use super::model::*;

/// What the plan of one account is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInput<'a> {
    pub service: &'a str,
    pub stake: Option<Stake>,
    /// The leaked details this account accepts (its reasons).
    pub details: &'a [Detail],
    /// What the service offers, from the rules (empty: not known).
    pub protections: &'a [Protection],
    /// Two-step verification is on (the enrolment receipt or the wizard says so).
    pub two_step_on: bool,
    /// Steps ticked, and when.
    pub done: &'a BTreeMap<LockdownStepId, DateTime<Utc>>,
}

fn offered(p: &[Protection], which: Protection) -> Option<bool> {
    p.contains(&which).then_some(true)
}

/// The steps of one account's plan, in the order to do them.
pub fn plan(input: &PlanInput<'_>) -> Vec<LockdownStep> {
    let service = input.service;
    let mut steps: Vec<(LockdownStepId, String, String, Option<bool>, bool)> = Vec::new();
    let number_lock = || {
        let o = offered(input.protections, Protection::NumberLock);
        (
            LockdownStepId::NumberLock,
            match o {
                Some(true) => crate::t!("exposure-step-number-lock", service = service),
                _ => crate::t!("exposure-step-number-lock-ask", service = service),
            },
            crate::t!("exposure-step-number-lock-why"),
            o,
            false,
        )
    };
    if input.stake == Some(Stake::Phone) {
        steps.push(number_lock());
    }
    let pin = offered(input.protections, Protection::SupportPin);
    steps.push((
        LockdownStepId::SupportPin,
        match pin {
            Some(true) => crate::t!("exposure-step-support-pin", service = service),
            _ => crate::t!("exposure-step-support-pin-ask", service = service),
        },
        crate::t!("exposure-step-support-pin-why"),
        pin,
        false,
    ));
    steps.push((
        LockdownStepId::VerificationNote,
        crate::t!("exposure-step-verification-note", service = service),
        crate::t!("exposure-step-verification-note-why"),
        offered(input.protections, Protection::VerificationNote),
        false,
    ));
    if !input.two_step_on {
        steps.push((
            LockdownStepId::TwoStep,
            crate::t!("exposure-step-two-step", service = service),
            crate::t!("exposure-step-two-step-why"),
            None,
            true,
        ));
    }
    let changes: Vec<String> = input
        .details
        .iter()
        .filter_map(|d| change_text(*d, service))
        .collect();
    if !changes.is_empty() {
        steps.push((
            LockdownStepId::ChangeDetail,
            changes.join(" "),
            crate::t!("exposure-step-change-detail-why"),
            None,
            false,
        ));
    }
    let sign_in = offered(input.protections, Protection::SignInBeforeChat);
    steps.push((
        LockdownStepId::SignInBeforeChat,
        match sign_in {
            Some(true) => crate::t!("exposure-step-sign-in-before-chat", service = service),
            _ => crate::t!("exposure-step-sign-in-before-chat-ask", service = service),
        },
        crate::t!("exposure-step-sign-in-before-chat-why"),
        sign_in,
        false,
    ));
    steps.push((
        LockdownStepId::Letter,
        crate::t!("exposure-step-letter", service = service),
        crate::t!("exposure-step-letter-why"),
        None,
        false,
    ));
    steps
        .into_iter()
        .map(|(id, text, why, offered, wizard)| LockdownStep {
            id,
            text,
            why,
            done_at: input.done.get(&id).copied(),
            offered,
            wizard,
        })
        .collect()
}

/// How to change a leaked detail at a service, when that is possible at all (a date of birth or
/// a phone number is not something to change for this).
fn change_text(detail: Detail, service: &str) -> Option<String> {
    Some(match detail {
        Detail::CardLastFour => crate::t!("exposure-change-card", service = service),
        Detail::Address => crate::t!("exposure-change-address", service = service),
        Detail::Email => crate::t!("exposure-change-email", service = service),
        Detail::SecurityAnswers => crate::t!("exposure-change-security-answers", service = service),
        Detail::SupportPin => crate::t!("exposure-change-support-pin", service = service),
        Detail::Phone | Detail::DateOfBirth => return None,
    })
}

/// The report's first step: the first open step of the highest-ranked account that has one.
pub fn first_step(at_risk: &[AtRisk]) -> Option<NextStep> {
    at_risk.iter().find_map(|a| {
        a.plan
            .iter()
            .find(|s| s.done_at.is_none())
            .map(|s| NextStep {
                account_id: a.account.id,
                service: a.account.service.clone(),
                step: s.id,
                text: s.text.clone(),
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(
        stake: Option<Stake>,
        details: &'a [Detail],
        protections: &'a [Protection],
        two_step_on: bool,
        done: &'a BTreeMap<LockdownStepId, DateTime<Utc>>,
    ) -> PlanInput<'a> {
        PlanInput {
            service: "Example Bank",
            stake,
            details,
            protections,
            two_step_on,
            done,
        }
    }

    #[test]
    fn a_bank_gets_a_pin_a_note_two_step_a_new_card_and_the_letter() {
        let done = BTreeMap::new();
        let steps = plan(&input(
            Some(Stake::Money),
            &[Detail::CardLastFour],
            &[Protection::SupportPin],
            false,
            &done,
        ));
        let ids: Vec<_> = steps.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                LockdownStepId::SupportPin,
                LockdownStepId::VerificationNote,
                LockdownStepId::TwoStep,
                LockdownStepId::ChangeDetail,
                LockdownStepId::SignInBeforeChat,
                LockdownStepId::Letter
            ]
        );
        assert_eq!(steps[0].offered, Some(true));
        assert_eq!(steps[1].offered, None, "not known: ask");
        assert!(steps[2].wizard);
        assert!(steps.iter().all(|s| s.text.contains("Example Bank")));
        assert!(steps
            .iter()
            .all(|s| !s.why.is_empty() && s.done_at.is_none()));
    }

    #[test]
    fn a_phone_account_locks_the_number_first_and_two_step_on_is_left_out() {
        let mut done = BTreeMap::new();
        let at: DateTime<Utc> = "2026-12-01T10:00:00Z".parse().unwrap();
        done.insert(LockdownStepId::NumberLock, at);
        let steps = plan(&input(
            Some(Stake::Phone),
            &[Detail::DateOfBirth],
            &[],
            true,
            &done,
        ));
        assert_eq!(steps[0].id, LockdownStepId::NumberLock);
        assert_eq!(steps[0].done_at, Some(at));
        assert!(!steps.iter().any(|s| s.id == LockdownStepId::TwoStep));
        assert!(
            !steps.iter().any(|s| s.id == LockdownStepId::ChangeDetail),
            "a date of birth can't be changed"
        );
    }
}
