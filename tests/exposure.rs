//! The exposure chain on a real (encrypted, temporary) profile: the seed impostor story end to
//! end (a chat at Example Shop gave away the address and a card's last four; a bank that checks
//! the last four and a retailer that checks the address are listed, the mail provider that
//! checks the phone is not), lock-down steps ticked and read back, another card's last four
//! clearing the bank, bad input refused with nothing changed, and generated accounts, answers
//! and disclosures: nothing listed without a stored reason, nothing missing, forgetting a detail
//! takes it out of the chain, the leak's own account never listed through its own alert, the
//! ranking by stake.

mod common;

use std::collections::HashMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use steward::cases::{AlertKind, CaseStore, NewAlert, Uuid};
use steward::error::UserFacing;
use steward::exposure::{
    AccountKnowledge, Basis, ClearedWhy, Detail, DetailAnswer, DisclosureAnswer, ExposureError,
    KnowledgeAnswers, LockdownStepId, Questionnaire, Stake,
};

/// A case at `service` with a "contact not made" alert; returns the alert's id.
fn impostor_alert(store: &CaseStore<'_>, service: &str) -> Uuid {
    let case = store
        .create_case(&common::new_case("A chat I never had", service))
        .unwrap();
    store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "An e-mailed transcript of a support chat I never had".into(),
                interaction_id: None,
                attachment_id: None,
            },
        )
        .unwrap()
        .id
}

fn answer(detail: Detail, holds: bool, checks: bool, value: Option<&str>) -> DetailAnswer {
    DetailAnswer {
        detail,
        holds,
        checks,
        value: value.map(str::to_string),
    }
}

fn given(detail: Detail, value: Option<&str>) -> DisclosureAnswer {
    DisclosureAnswer {
        detail,
        asked: true,
        given: true,
        value: value.map(str::to_string),
        from_transcript: true,
    }
}

fn knows(store: &CaseStore<'_>, service: &str, stake: Stake, details: Vec<DetailAnswer>) -> Uuid {
    let id = store.ensure_account(service, None).unwrap();
    store
        .set_account_knowledge(
            id,
            &KnowledgeAnswers {
                stake: Some(stake),
                details,
                skipped: false,
            },
        )
        .unwrap();
    id
}

struct Story {
    alert: Uuid,
    bank: Uuid,
    mail: Uuid,
    retail: Uuid,
}

fn seed_story(store: &CaseStore<'_>) -> Story {
    let alert = impostor_alert(store, "Example Shop");
    store
        .set_alert_disclosures(
            alert,
            &[
                given(Detail::Address, None),
                given(Detail::CardLastFour, Some("4821")),
                DisclosureAnswer {
                    detail: Detail::DateOfBirth,
                    asked: true,
                    given: false,
                    value: None,
                    from_transcript: true,
                },
            ],
        )
        .unwrap();
    let bank = knows(
        store,
        "Example Bank",
        Stake::Money,
        vec![
            answer(Detail::CardLastFour, true, true, Some("4821")),
            answer(Detail::Address, true, false, None),
        ],
    );
    let mail = knows(
        store,
        "Example Mail",
        Stake::Email,
        vec![answer(Detail::Phone, true, true, Some("+84 91 234 5678"))],
    );
    let retail = knows(
        store,
        "Example Retail",
        Stake::Shopping,
        vec![answer(Detail::Address, true, true, None)],
    );
    Story {
        alert,
        bank,
        mail,
        retail,
    }
}

#[test]
fn the_seed_story_lists_the_bank_first_then_the_retailer_and_not_the_mail_provider() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);

    let disclosed = store.alert_disclosures(s.alert).unwrap();
    assert_eq!(disclosed.len(), 3);
    let card = disclosed
        .iter()
        .find(|d| d.detail == Detail::CardLastFour)
        .unwrap();
    assert_eq!(card.hint.as_deref(), Some("•••• 4821"));

    let r = store.exposure().unwrap();
    let leaked: Vec<Detail> = r.leaks.iter().map(|l| l.detail).collect();
    assert_eq!(
        leaked,
        [Detail::Address, Detail::CardLastFour],
        "asked for but not given is not a leak"
    );
    assert!(r
        .leaks
        .iter()
        .all(|l| l.service.as_deref() == Some("Example Shop") && l.alert_number == 1));

    let listed: Vec<Uuid> = r.at_risk.iter().map(|a| a.account.id).collect();
    assert_eq!(
        listed,
        [s.bank, s.retail],
        "exactly the bank (money) then the retailer"
    );
    let bank = &r.at_risk[0];
    assert_eq!(bank.stake, Some(Stake::Money));
    assert_eq!(
        bank.reasons.len(),
        1,
        "the bank holds the address but doesn't check it"
    );
    let why = &bank.reasons[0];
    assert_eq!(why.detail, Detail::CardLastFour);
    assert_eq!(why.basis, Basis::Customer);
    assert_eq!(why.alert_numbers, [1]);
    for needle in [
        "Example Bank",
        "last four digits of a card",
        "Example Shop",
        "alert 1",
    ] {
        assert!(why.text.contains(needle), "{needle:?} in {:?}", why.text);
    }
    let retail = &r.at_risk[1];
    assert_eq!(retail.reasons[0].detail, Detail::Address);
    assert!(retail.reasons[0].text.contains("postal address"));

    assert_eq!(r.not_at_risk.len(), 1);
    assert_eq!(r.not_at_risk[0].account.id, s.mail);
    assert_eq!(r.not_at_risk[0].why, ClearedWhy::DoesNotCheck);
    assert!(r.not_at_risk[0].text.contains("Example Mail"));
    let unknown: Vec<&str> = r.unknown.iter().map(|a| a.service.as_str()).collect();
    assert_eq!(unknown, ["Example Shop"], "nothing told about the shop yet");

    // The plan: a support PIN is not known to be offered (no rule): ask. Two-step goes to the wizard.
    let ids: Vec<LockdownStepId> = bank.plan.iter().map(|s| s.id).collect();
    assert_eq!(ids[0], LockdownStepId::SupportPin);
    assert_eq!(bank.plan[0].offered, None);
    assert!(bank.plan[0].text.starts_with("Ask Example Bank"));
    assert_eq!(bank.note, None, "no notes on Example Bank: nothing said");
    assert!(ids.contains(&LockdownStepId::ChangeDetail), "a new card");
    assert!(bank
        .plan
        .iter()
        .any(|s| s.id == LockdownStepId::TwoStep && s.wizard));
    assert!(
        !ids.contains(&LockdownStepId::NumberLock),
        "not a phone account"
    );
    let first = r.first.as_ref().unwrap();
    assert_eq!(
        (first.account_id, first.step),
        (s.bank, LockdownStepId::SupportPin)
    );

    // No value typed by the customer is in the report: only the masks.
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("\"4821\"") && !json.contains("5678"));
}

#[test]
fn steps_are_ticked_read_back_and_unticked() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);
    let r = store
        .set_lockdown_step(s.bank, LockdownStepId::SupportPin, true)
        .unwrap();
    let done_at = r.at_risk[0].plan[0].done_at.expect("ticked");
    assert_eq!(
        r.first.as_ref().unwrap().step,
        LockdownStepId::VerificationNote,
        "the next open step comes first now"
    );
    // Ticking again keeps the first time; read back from a fresh report.
    store
        .set_lockdown_step(s.bank, LockdownStepId::SupportPin, true)
        .unwrap();
    let again = store.exposure().unwrap();
    assert_eq!(again.at_risk[0].plan[0].done_at, Some(done_at));
    // Every step of the retailer's plan ticked: the first step moves on past it.
    let r = store.exposure().unwrap();
    for step in r.at_risk[1].plan.iter().map(|s| s.id).collect::<Vec<_>>() {
        store.set_lockdown_step(s.retail, step, true).unwrap();
    }
    let r = store.exposure().unwrap();
    assert!(r.at_risk[1].plan.iter().all(|s| s.done_at.is_some()));
    assert_eq!(r.first.as_ref().unwrap().account_id, s.bank);
    let r = store
        .set_lockdown_step(s.bank, LockdownStepId::SupportPin, false)
        .unwrap();
    assert_eq!(r.at_risk[0].plan[0].done_at, None);
    // A step that is not in the plan is refused.
    let e = store
        .set_lockdown_step(s.bank, LockdownStepId::NumberLock, true)
        .unwrap_err();
    assert_eq!(e.code(), "exposure_step_not_in_plan");
    let e = store
        .set_lockdown_step(s.mail, LockdownStepId::SupportPin, true)
        .unwrap_err();
    assert_eq!(
        e.code(),
        "exposure_step_not_in_plan",
        "not at risk: no plan"
    );
    assert!(e.info().message.contains("Example Mail"));
}

#[test]
fn another_cards_last_four_at_the_bank_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);
    store
        .set_account_knowledge(
            s.bank,
            &KnowledgeAnswers {
                details: vec![answer(Detail::CardLastFour, true, true, Some("•••• 1111"))],
                ..Default::default()
            },
        )
        .unwrap();
    let r = store.exposure().unwrap();
    assert!(r.at_risk.iter().all(|a| a.account.id != s.bank));
    let bank = r
        .not_at_risk
        .iter()
        .find(|c| c.account.id == s.bank)
        .unwrap();
    assert_eq!(bank.why, ClearedWhy::DifferentValue);
    assert!(bank.text.contains("•••• 1111") && bank.text.contains("•••• 4821"));
    // The stake and the address answer stayed: only the listed detail changed.
    let k = store.account_knowledge(s.bank).unwrap();
    assert_eq!(k.stake, Some(Stake::Money));
    assert!(k.details.iter().any(|d| d.detail == Detail::Address));
}

#[test]
fn forgetting_a_detail_takes_the_account_out_of_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);
    let k = store
        .forget_account_detail(s.retail, Detail::Address)
        .unwrap();
    assert!(k.details.is_empty());
    let r = store.exposure().unwrap();
    assert_eq!(
        r.at_risk.iter().map(|a| a.account.id).collect::<Vec<_>>(),
        [s.bank]
    );
    assert!(r.unknown.iter().any(|a| a.id == s.retail));
    // Forgetting the value and all: answering again without a value leaves none.
    store
        .forget_account_detail(s.bank, Detail::CardLastFour)
        .unwrap();
    let k = store
        .set_account_knowledge(
            s.bank,
            &KnowledgeAnswers {
                details: vec![answer(Detail::CardLastFour, true, true, None)],
                ..Default::default()
            },
        )
        .unwrap();
    let card = k
        .details
        .iter()
        .find(|d| d.detail == Detail::CardLastFour)
        .unwrap();
    assert_eq!(card.hint, None);
}

#[test]
fn the_leaks_own_account_is_not_listed_through_its_own_alert() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);
    let shop = store.resolve_account("Example Shop").unwrap();
    knows(
        &store,
        "Example Shop",
        Stake::Shopping,
        vec![answer(Detail::Address, true, true, None)],
    );
    let r = store.exposure().unwrap();
    assert!(r.at_risk.iter().all(|a| a.account.id != shop));
    assert!(r.not_at_risk.iter().all(|c| c.account.id != shop));
    // A second impostor alert, at the retailer, that gave away the address: now the shop is
    // listed through it, and the retailer isn't through its own.
    let alert = impostor_alert(&store, "Example Retail");
    store
        .set_alert_disclosures(alert, &[given(Detail::Address, None)])
        .unwrap();
    let r = store.exposure().unwrap();
    let shop_risk = r.at_risk.iter().find(|a| a.account.id == shop).unwrap();
    assert_eq!(shop_risk.reasons[0].alert_numbers, [2]);
    let retail = r.at_risk.iter().find(|a| a.account.id == s.retail).unwrap();
    assert_eq!(retail.reasons[0].alert_numbers, [1]);
    assert!(!retail.repeat, "one impostor alert at the retailer");
    impostor_alert(&store, "Example Retail");
    let r = store.exposure().unwrap();
    let retail = r.at_risk.iter().find(|a| a.account.id == s.retail).unwrap();
    assert!(retail.repeat, "the second impostor alert at the retailer");
    assert!(r
        .at_risk
        .iter()
        .all(|a| a.account.id == s.retail || !a.repeat));
}

#[test]
fn two_alerts_about_one_contact_are_one_time_not_a_repeat() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let leak_at = impostor_alert(&store, "Example Shop");
    store
        .set_alert_disclosures(leak_at, &[given(Detail::Address, None)])
        .unwrap();
    knows(
        &store,
        "Example Retail",
        Stake::Shopping,
        vec![answer(Detail::Address, true, true, None)],
    );
    // At the retailer: one chat, raised as an unsolicited contact and again as "never made".
    let case = store
        .create_case(&common::new_case("Someone called as me", "Example Retail"))
        .unwrap();
    let chat = store
        .log_interaction(case.id, &common::contact("A call I never made"))
        .unwrap();
    for kind in [AlertKind::UnsolicitedContact, AlertKind::ContactNotMade] {
        store
            .raise_alert(
                case.id,
                &NewAlert {
                    kind,
                    summary: "Not me".into(),
                    interaction_id: Some(chat.id),
                    attachment_id: None,
                },
            )
            .unwrap();
    }
    let r = store.exposure().unwrap();
    let retail = &r.at_risk[0];
    assert_eq!(retail.account.service, "Example Retail");
    assert!(!retail.repeat, "one contact is one time, as its alerts say");
    // Another contact at the retailer: the second time.
    let again = store
        .log_interaction(case.id, &common::contact("Another call I never made"))
        .unwrap();
    store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "Not me either".into(),
                interaction_id: Some(again.id),
                attachment_id: None,
            },
        )
        .unwrap();
    assert!(store.exposure().unwrap().at_risk[0].repeat);
}

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let s = seed_story(&store);
    let before = store.exposure().unwrap();
    let bank_before = store.account_knowledge(s.bank).unwrap();
    let disclosed_before = store.alert_disclosures(s.alert).unwrap();

    let code = |e: ExposureError| {
        let info = e.info();
        assert!(!info.message.is_empty() && info.hint.is_some(), "{info:?}");
        info.code
    };
    let nobody = Uuid::now_v7();
    assert_eq!(
        code(store.account_knowledge(nobody).unwrap_err()),
        "account_not_found"
    );
    assert_eq!(
        code(
            store
                .set_account_knowledge(nobody, &KnowledgeAnswers::default())
                .unwrap_err()
        ),
        "account_not_found"
    );
    assert_eq!(
        code(
            store
                .set_lockdown_step(nobody, LockdownStepId::Letter, true)
                .unwrap_err()
        ),
        "account_not_found"
    );
    assert_eq!(
        code(store.alert_disclosures(nobody).unwrap_err()),
        "alert_not_found"
    );
    assert_eq!(
        code(
            store
                .set_alert_disclosures(nobody, &[given(Detail::Address, None)])
                .unwrap_err()
        ),
        "alert_not_found"
    );
    // A whole card number is refused, and its digits are not in the message.
    for bad in ["4111 1111 1111 4821", "482", "48a1"] {
        let e = store
            .set_account_knowledge(
                s.bank,
                &KnowledgeAnswers {
                    stake: Some(Stake::Other),
                    details: vec![
                        answer(Detail::Address, false, false, None),
                        answer(Detail::CardLastFour, true, true, Some(bad)),
                    ],
                    skipped: false,
                },
            )
            .unwrap_err();
        let info = e.info();
        assert_eq!(info.code, "exposure_card_not_four_digits");
        assert!(!info.message.contains("1111") && !info.hint.unwrap().contains("1111"));
        let e = store
            .set_alert_disclosures(
                s.alert,
                &[
                    given(Detail::Phone, None),
                    given(Detail::CardLastFour, Some(bad)),
                ],
            )
            .unwrap_err();
        assert_eq!(code(e), "exposure_card_not_four_digits");
    }
    let e = store
        .set_account_knowledge(
            s.mail,
            &KnowledgeAnswers {
                details: vec![answer(Detail::Email, true, true, Some("not an address"))],
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(code(e), "exposure_bad_email");
    let e = store
        .set_account_knowledge(
            s.mail,
            &KnowledgeAnswers {
                details: vec![answer(Detail::Phone, true, true, Some("12"))],
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(code(e), "exposure_bad_phone");
    let e = store
        .set_alert_disclosures(
            s.alert,
            &[given(Detail::Address, None), given(Detail::Address, None)],
        )
        .unwrap_err();
    assert_eq!(code(e), "exposure_duplicate_detail");

    assert_eq!(store.account_knowledge(s.bank).unwrap(), bank_before);
    assert_eq!(store.alert_disclosures(s.alert).unwrap(), disclosed_before);
    assert_eq!(store.exposure().unwrap(), before);
}

#[test]
fn an_account_nobody_answered_for_is_unknown_and_a_skip_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let id = store.ensure_account("Some Forum", None).unwrap();
    let k = store.account_knowledge(id).unwrap();
    assert_eq!(k.questionnaire, Questionnaire::NotStarted);
    assert!(k.details.is_empty() && k.stake.is_none());
    let k = store
        .set_account_knowledge(
            id,
            &KnowledgeAnswers {
                skipped: true,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(k.questionnaire, Questionnaire::Skipped);
    let r = store.exposure().unwrap();
    assert!(r.leaks.is_empty() && r.at_risk.is_empty() && r.first.is_none());
    assert_eq!(r.unknown.len(), 1);
}

#[test]
fn a_curated_rule_gives_the_stake_and_protections_but_never_clears_an_account_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let alert = impostor_alert(&store, "Example Shop");
    store
        .set_alert_disclosures(
            alert,
            &[
                given(Detail::Address, None),
                given(Detail::SupportPin, None),
            ],
        )
        .unwrap();
    let carrier = store
        .ensure_account("T-Mobile", Some("t-mobile.com"))
        .unwrap();
    let k = store.account_knowledge(carrier).unwrap();
    assert_eq!(k.questionnaire, Questionnaire::NotStarted);
    assert_eq!(
        (k.stake, k.stake_basis),
        (Some(Stake::Phone), Some(Basis::Rule))
    );
    assert!(!k.sources.is_empty());
    // What the sources say about its support comes with them, as the catalogue words it.
    let note = k.note.clone().expect("the rule's note");
    assert_eq!(
        Some(&note),
        steward::enrol::rules::identity_checks("T-Mobile", Some("t-mobile.com"))
            .and_then(|c| c.note)
            .as_ref()
    );
    assert!(note.contains("PIN"), "{note}");
    // The rule says T-Mobile takes its support PIN; a PIN given away at Example Shop is Example
    // Shop's own, and the rule says nothing about addresses (its list is what a source says,
    // not all of it): the carrier is asked about, neither listed nor cleared.
    let r = store.exposure().unwrap();
    assert!(r.at_risk.is_empty(), "{:?}", r.at_risk);
    assert!(r.not_at_risk.is_empty(), "{:?}", r.not_at_risk);
    assert!(r.unknown.iter().any(|u| u.id == carrier));
    // The customer says support there checks the address: listed, with the rule's protections
    // in its plan (a phone account's number lock first).
    store
        .set_account_knowledge(
            carrier,
            &KnowledgeAnswers {
                details: vec![answer(Detail::Address, true, true, None)],
                ..Default::default()
            },
        )
        .unwrap();
    let r = store.exposure().unwrap();
    let listed = &r.at_risk[0];
    assert_eq!(listed.account.id, carrier);
    assert_eq!(listed.reasons[0].basis, Basis::Customer);
    assert_eq!(
        listed.note.as_ref(),
        Some(&note),
        "At risk says what the notes say"
    );
    assert_eq!(
        listed.plan[0].id,
        LockdownStepId::NumberLock,
        "a phone account"
    );
    assert_eq!(listed.plan[0].offered, Some(true));
    assert!(listed
        .plan
        .iter()
        .any(|s| s.id == LockdownStepId::SupportPin && s.offered == Some(true)));
    // The customer says support there doesn't take the address as proof: cleared on their word.
    store
        .set_account_knowledge(
            carrier,
            &KnowledgeAnswers {
                details: vec![answer(Detail::Address, true, false, None)],
                ..Default::default()
            },
        )
        .unwrap();
    let r = store.exposure().unwrap();
    assert!(r.at_risk.is_empty());
    assert_eq!(r.not_at_risk[0].why, ClearedWhy::DoesNotCheck);
    let k = store.account_knowledge(carrier).unwrap();
    assert_eq!(
        k.stake_basis,
        Some(Basis::Rule),
        "the stake still from the rule"
    );
}

// ---- Generated accounts, answers and disclosures --------------------------------------------

const DETAILS: [Detail; 4] = [
    Detail::Address,
    Detail::Phone,
    Detail::CardLastFour,
    Detail::Email,
];

/// A value for a detail from a small pool, so that matches and mismatches both happen.
fn value_for(detail: Detail, pick: u8) -> Option<String> {
    let pool: &[&str] = match detail {
        Detail::Phone => &["+84 91 234 5678", "0912 000 1234"],
        Detail::CardLastFour => &["4821", "1111"],
        Detail::Email => &["minh@example.com", "lan@example.org"],
        _ => &[],
    };
    match pick {
        0 => None,
        n => pool
            .get((n as usize - 1) % pool.len().max(1))
            .map(|s| s.to_string()),
    }
}

type GenAnswer = (usize, bool, bool, u8);
type GenAccount = (Option<Stake>, Vec<GenAnswer>);
type GenAlert = (usize, Vec<(usize, bool, u8)>);

fn strategy() -> impl Strategy<Value = (Vec<GenAccount>, Vec<GenAlert>)> {
    let stake = prop::option::of(prop::sample::select(Stake::ALL.to_vec()));
    let answer = (0..DETAILS.len(), any::<bool>(), any::<bool>(), 0u8..3);
    let account = (stake, prop::collection::vec(answer, 0..4));
    let disclosure = (0..DETAILS.len(), any::<bool>(), 0u8..3);
    (
        prop::collection::vec(account, 1..6),
        prop::collection::vec((0usize..6, prop::collection::vec(disclosure, 0..4)), 0..4),
    )
}

fn hint_matches(account: Option<&str>, leaked: Option<&str>) -> bool {
    match (account, leaked) {
        (Some(a), Some(l)) => a == l,
        _ => true,
    }
}

#[test]
fn generated_chains_list_every_account_with_a_stored_reason_and_only_those() {
    let mut runner = TestRunner::new(Config {
        cases: 32,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy(), |(accounts, alerts)| {
            let dir = tempfile::tempdir().unwrap();
            let p = common::open(dir.path());
            let store = p.cases();
            let mut ids = Vec::new();
            for (i, (stake, answers)) in accounts.iter().enumerate() {
                let id = store.ensure_account(&format!("Company {i}"), None).unwrap();
                let mut seen = Vec::new();
                let details: Vec<DetailAnswer> = answers
                    .iter()
                    .filter(|(d, ..)| {
                        let new = !seen.contains(d);
                        seen.push(*d);
                        new
                    })
                    .map(|(d, holds, checks, v)| DetailAnswer {
                        detail: DETAILS[*d],
                        holds: *holds,
                        checks: *checks,
                        value: value_for(DETAILS[*d], *v),
                    })
                    .collect();
                if stake.is_some() || !details.is_empty() {
                    store
                        .set_account_knowledge(
                            id,
                            &KnowledgeAnswers {
                                stake: *stake,
                                details,
                                skipped: false,
                            },
                        )
                        .unwrap();
                }
                ids.push(id);
            }
            // Alerts on generated accounts (or, past the end, at a company with no answers).
            let mut alert_account: HashMap<i64, Uuid> = HashMap::new();
            for (at, disclosures) in &alerts {
                let service = format!("Company {at}");
                let alert = impostor_alert(&store, &service);
                let number = store.alert(alert).unwrap().number;
                alert_account.insert(number, store.resolve_account(&service).unwrap());
                let mut seen = Vec::new();
                let answers: Vec<DisclosureAnswer> = disclosures
                    .iter()
                    .filter(|(d, ..)| {
                        let new = !seen.contains(d);
                        seen.push(*d);
                        new
                    })
                    .map(|(d, given, v)| DisclosureAnswer {
                        detail: DETAILS[*d],
                        asked: true,
                        given: *given,
                        value: value_for(DETAILS[*d], *v),
                        from_transcript: false,
                    })
                    .collect();
                store.set_alert_disclosures(alert, &answers).unwrap();
            }
            let r = store.exposure().unwrap();
            let knowledge: HashMap<Uuid, AccountKnowledge> = ids
                .iter()
                .map(|id| (*id, store.account_knowledge(*id).unwrap()))
                .collect();

            // Every listed account has reasons, each backed by a stored holds+checks answer
            // and a leak at another company with a matching value.
            for a in &r.at_risk {
                prop_assert!(!a.reasons.is_empty());
                prop_assert!(!a.plan.is_empty());
                let k = &knowledge[&a.account.id];
                for reason in &a.reasons {
                    let stored = k.details.iter().find(|d| d.detail == reason.detail);
                    prop_assert!(stored.is_some_and(|d| d.holds && d.checks));
                    prop_assert!(!reason.alert_numbers.is_empty());
                    for n in &reason.alert_numbers {
                        prop_assert_ne!(alert_account[n], a.account.id, "its own alert");
                        let leak = r
                            .leaks
                            .iter()
                            .find(|l| l.alert_number == *n && l.detail == reason.detail);
                        prop_assert!(leak.is_some_and(|l| hint_matches(
                            stored.unwrap().hint.as_deref(),
                            l.hint.as_deref()
                        )));
                    }
                }
            }
            // Nothing missing: every account that holds and checks a detail leaked elsewhere
            // with a matching value is listed with that detail.
            for (id, k) in &knowledge {
                for d in k.details.iter().filter(|d| d.holds && d.checks) {
                    let opens = r.leaks.iter().any(|l| {
                        l.detail == d.detail
                            && alert_account[&l.alert_number] != *id
                            && hint_matches(d.hint.as_deref(), l.hint.as_deref())
                    });
                    let listed = r.at_risk.iter().any(|a| {
                        a.account.id == *id && a.reasons.iter().any(|x| x.detail == d.detail)
                    });
                    prop_assert_eq!(opens, listed, "{} {:?}", k.service, d.detail);
                }
            }
            // Each account is in at most one list.
            let mut all: Vec<Uuid> = r.at_risk.iter().map(|a| a.account.id).collect();
            all.extend(r.not_at_risk.iter().map(|c| c.account.id));
            all.extend(r.unknown.iter().map(|a| a.id));
            let n = all.len();
            all.sort();
            all.dedup();
            prop_assert_eq!(all.len(), n);
            // Ranked by stake, the ones with none last.
            let stakes: Vec<(bool, Option<Stake>)> = r
                .at_risk
                .iter()
                .map(|a| (a.stake.is_none(), a.stake))
                .collect();
            let mut sorted = stakes.clone();
            sorted.sort();
            prop_assert_eq!(stakes, sorted);
            // Forgetting a reason's detail takes it out of the chain.
            if let Some(a) = r.at_risk.first() {
                let d = a.reasons[0].detail;
                store.forget_account_detail(a.account.id, d).unwrap();
                let after = store.exposure().unwrap();
                prop_assert!(!after
                    .at_risk
                    .iter()
                    .any(|x| x.account.id == a.account.id
                        && x.reasons.iter().any(|why| why.detail == d)));
            }
            Ok(())
        })
        .unwrap();
}

/// The chain alone (no database), many more generated cases: every listing backed by an answer
/// that holds and checks a detail leaked at another company with a matching value, nothing
/// missing, each account in one list at most, and the full ranking — stake, then more reasons,
/// then the name.
#[test]
fn the_pure_chain_over_many_generated_cases() {
    use steward::exposure::chain::{chain, ChainAccount, ChainLeak};
    use steward::exposure::{AccountDetail, AccountRef, Leak};
    let hints = [None, Some("•••• 4821"), Some("•••• 1111")];
    let account = (
        prop::option::of(prop::sample::select(Stake::ALL.to_vec())),
        prop::collection::vec(
            (0..DETAILS.len(), any::<bool>(), any::<bool>(), 0usize..3),
            0..5,
        ),
    );
    let leak = (0usize..6, 0..DETAILS.len(), 0usize..3, 1i64..4);
    let strategy = (
        prop::collection::vec(account, 1..7),
        prop::collection::vec(leak, 0..8),
    );
    let mut runner = TestRunner::new(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |(accounts, leaks)| {
            let ids: Vec<Uuid> = (0..6).map(|_| Uuid::now_v7()).collect();
            let accounts: Vec<ChainAccount> = accounts
                .iter()
                .enumerate()
                .map(|(i, (stake, answers))| {
                    let service = format!("Company {i}");
                    let mut details: Vec<AccountDetail> = Vec::new();
                    for (d, holds, checks, h) in answers {
                        if details.iter().all(|x| x.detail != DETAILS[*d]) {
                            details.push(AccountDetail {
                                detail: DETAILS[*d],
                                holds: *holds,
                                checks: *checks,
                                hint: hints[*h].map(str::to_string),
                                basis: Basis::Customer,
                            });
                        }
                    }
                    ChainAccount {
                        account: AccountRef {
                            id: ids[i],
                            service: service.clone(),
                            identifier_masked: None,
                            badge: steward::otp::icons::badge(Some(&service), "", None),
                        },
                        knowledge: AccountKnowledge {
                            account_id: ids[i],
                            service,
                            identifier_masked: None,
                            stake: *stake,
                            stake_basis: stake.map(|_| Basis::Customer),
                            questionnaire: Questionnaire::Answered,
                            details,
                            protections: vec![],
                            sources: vec![],
                            note: None,
                            updated_at: None,
                        },
                        repeat: false,
                    }
                })
                .collect();
            let leaks: Vec<ChainLeak> = leaks
                .iter()
                .map(|(at, d, h, number)| ChainLeak {
                    leak: Leak {
                        detail: DETAILS[*d],
                        hint: hints[*h].map(str::to_string),
                        alert_id: Uuid::now_v7(),
                        alert_number: *number + 10 * *at as i64,
                        service: Some(format!("Company {at}")),
                        at: "2026-12-01T10:00:00Z".parse().unwrap(),
                    },
                    account_id: Some(ids[*at]),
                })
                .collect();
            let r = chain(&accounts, &leaks);
            let from = |n: i64| leaks.iter().find(|l| l.leak.alert_number == n).unwrap();
            for a in &r.at_risk {
                prop_assert!(!a.reasons.is_empty());
                let k = &accounts
                    .iter()
                    .find(|c| c.account.id == a.account.id)
                    .unwrap()
                    .knowledge;
                for why in &a.reasons {
                    let d = k.details.iter().find(|d| d.detail == why.detail).unwrap();
                    prop_assert!(d.holds && d.checks);
                    for n in &why.alert_numbers {
                        let l = from(*n);
                        prop_assert_ne!(l.account_id, Some(a.account.id));
                        prop_assert!(leaks.iter().any(|l| l.leak.alert_number == *n
                            && l.leak.detail == why.detail
                            && hint_matches(d.hint.as_deref(), l.leak.hint.as_deref())));
                    }
                }
            }
            for c in &accounts {
                for d in c.knowledge.details.iter().filter(|d| d.holds && d.checks) {
                    let opens = leaks.iter().any(|l| {
                        l.leak.detail == d.detail
                            && l.account_id != Some(c.account.id)
                            && hint_matches(d.hint.as_deref(), l.leak.hint.as_deref())
                    });
                    let listed = r.at_risk.iter().any(|a| {
                        a.account.id == c.account.id
                            && a.reasons.iter().any(|x| x.detail == d.detail)
                    });
                    prop_assert_eq!(opens, listed);
                }
            }
            let mut all: Vec<Uuid> = r.at_risk.iter().map(|a| a.account.id).collect();
            all.extend(r.not_at_risk.iter().map(|c| c.account.id));
            all.extend(r.unknown.iter().map(|a| a.id));
            let n = all.len();
            all.sort();
            all.dedup();
            prop_assert_eq!(all.len(), n);
            let keys: Vec<_> = r
                .at_risk
                .iter()
                .map(|a| {
                    (
                        a.stake.is_none(),
                        a.stake,
                        std::cmp::Reverse(a.reasons.len()),
                        a.account.service.to_lowercase(),
                    )
                })
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            prop_assert_eq!(keys, sorted);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_leak_is_dated_when_it_happened_not_when_the_alert_was_raised() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let case = store
        .create_case(&common::new_case("A chat I never had", "Example Shop"))
        .unwrap();
    let mut chat = common::contact("The chat in the e-mailed transcript");
    chat.started_at = Some("2026-03-02T09:15:00Z".parse().unwrap());
    let chat = store.log_interaction(case.id, &chat).unwrap();
    let alert = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "Not me".into(),
                interaction_id: Some(chat.id),
                attachment_id: None,
            },
        )
        .unwrap();
    store
        .set_alert_disclosures(alert.id, &[given(Detail::Address, None)])
        .unwrap();
    let r = store.exposure().unwrap();
    assert_eq!(r.leaks[0].at, chat.started_at);
    assert_ne!(r.leaks[0].at, alert.created_at);
}

#[test]
fn answering_about_a_new_service_adds_it_unless_the_answer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let store = p.cases();
    let bad = KnowledgeAnswers {
        details: vec![answer(
            Detail::CardLastFour,
            true,
            true,
            Some("4111 1111 1111 4821"),
        )],
        ..Default::default()
    };
    assert!(store.answer_about("Example Bank", &bad).is_err());
    assert!(store.accounts().unwrap().is_empty(), "nothing added");
    let good = KnowledgeAnswers {
        stake: Some(Stake::Money),
        details: vec![answer(Detail::CardLastFour, true, true, Some("4821"))],
        ..Default::default()
    };
    let k = store.answer_about("Example Bank", &good).unwrap();
    assert_eq!(k.service, "Example Bank");
    // The same service in another case is the same account.
    let again = store.answer_about("example bank", &good).unwrap();
    assert_eq!(again.account_id, k.account_id);
    assert_eq!(store.accounts().unwrap().len(), 1);
    assert!(store.answer_about("   ", &good).is_err(), "a blank name");
}
