//! Case insights on real stored cases: the retail/publishing loop is detected, promises go
//! overdue, repeated advice is noticed, and escalation is suggested with reasons.

mod common;

use chrono::{Duration, Utc};
use common::*;
use steward::cases::{CaseStatus, Direction, NewPromise, PromiseStatus};
use steward::error::UserFacing;

#[test]
fn the_retail_publishing_loop_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Royalties missing", "Kindle Direct Publishing"))
        .unwrap();
    let start = Utc::now() - Duration::days(20);
    let teams = [
        "Retail support",
        "Publishing support",
        "retail support",
        "Retail support",
        "Payments",
    ];
    for (n, team) in teams.iter().enumerate() {
        let mut c = contact(&format!("contact {n}"));
        c.team = Some(team.to_string());
        c.started_at = Some(start + Duration::days(n as i64));
        c.wait_minutes = Some(10 * (n as u32 + 1));
        c.quotes = vec!["You need to contact the other team.".into()];
        store.log_interaction(case.id, &c).unwrap();
    }
    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!(x.contacts, 5);
    assert_eq!(
        x.teams,
        vec!["Retail support", "Publishing support", "Payments"]
    );
    // Retail → Publishing → retail (same team, other spelling) → Retail (no hand-off) → Payments.
    assert_eq!(x.handoffs, 3);
    assert_eq!(x.bounces.len(), 1);
    assert_eq!(x.bounces[0].team, "Retail support");
    assert_eq!(x.bounces[0].via, vec!["Publishing support"]);
    assert_eq!(x.hold_minutes, 150);
    assert_eq!(x.repeated_advice.len(), 1);
    assert_eq!(x.repeated_advice[0].times, 5);
    assert!(x.days_open >= 0);
    let reasons = x.escalation_reasons.join(" | ");
    assert!(reasons.contains("5 contacts"), "{reasons}");
    assert!(reasons.contains("sent back to Retail support"), "{reasons}");
    assert!(
        reasons.contains("passed between teams 3 times"),
        "{reasons}"
    );
}

#[test]
fn a_missed_promise_is_overdue_and_can_be_marked() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Call-back never came", "Bank"))
        .unwrap();
    let mut c = contact("They promised a call back");
    c.started_at = Some(Utc::now() - Duration::hours(72));
    c.promises = vec![
        NewPromise {
            text: "We will call you back within 48 hours".into(),
            due_at: Some(Utc::now() - Duration::hours(24)),
        },
        NewPromise {
            text: "Refund within 5 days".into(),
            due_at: Some(Utc::now() + Duration::days(2)),
        },
    ];
    store.log_interaction(case.id, &c).unwrap();
    // A promise hands the ball to them.
    assert_eq!(
        store.case(case.id).unwrap().status,
        CaseStatus::WaitingOnThem
    );
    // The list shows the case overdue; reminders list the overdue promise and the one due soon.
    let listed = store
        .list_cases(steward::cases::CaseFilter::Active)
        .unwrap();
    assert_eq!(listed[0].overdue_promises, 1);
    let due = store.due_promises(Utc::now(), Duration::days(3)).unwrap();
    assert_eq!(due.len(), 2);
    assert!(due[0].overdue && !due[1].overdue);
    assert_eq!(due[0].text, "We will call you back within 48 hours");
    assert_eq!(
        store
            .due_promises(Utc::now(), Duration::hours(1))
            .unwrap()
            .len(),
        1
    );

    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!(
        (x.promises_made, x.promises_overdue, x.promises_kept),
        (2, 1, 0)
    );
    assert!(x
        .escalation_reasons
        .iter()
        .any(|r| r.contains("1 promise not kept")));

    let kept = store
        .set_promise_status(case.id, 2, PromiseStatus::Kept)
        .unwrap();
    assert_eq!(kept.text, "Refund within 5 days");
    store
        .set_promise_status(case.id, 1, PromiseStatus::Broken)
        .unwrap();
    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!(
        (x.promises_kept, x.promises_broken, x.promises_overdue),
        (1, 1, 0)
    );
    assert_eq!(
        store
            .set_promise_status(case.id, 3, PromiseStatus::Kept)
            .unwrap_err()
            .code(),
        "promise_not_found"
    );
    assert_eq!(
        store
            .set_promise_status(case.id, 0, PromiseStatus::Kept)
            .unwrap_err()
            .code(),
        "promise_not_found"
    );
    // Stored, not just returned.
    let detail = store.case_detail(case.id).unwrap();
    assert_eq!(
        detail.interactions[0].promises[1].status,
        PromiseStatus::Kept
    );
}

#[test]
fn a_calm_case_needs_no_escalation_and_closed_cases_never_do() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Simple question", "Shop"))
        .unwrap();
    let mut c = contact("Asked about delivery");
    c.direction = Direction::Unsolicited;
    store.log_interaction(case.id, &c).unwrap();
    let x = store.insights(case.id, Utc::now()).unwrap();
    assert!(x.escalation_reasons.is_empty());
    assert!(x.bounces.is_empty());
    assert_eq!(x.unsolicited_contacts, 1);

    let looped = store.create_case(&new_case("Loop", "Shop")).unwrap();
    for team in ["A", "B", "A"] {
        let mut c = contact("x");
        c.team = Some(team.into());
        store.log_interaction(looped.id, &c).unwrap();
    }
    assert!(!store
        .insights(looped.id, Utc::now())
        .unwrap()
        .escalation_reasons
        .is_empty());
    store.close_case(looped.id, None).unwrap();
    assert!(store
        .insights(looped.id, Utc::now())
        .unwrap()
        .escalation_reasons
        .is_empty());
}

#[test]
fn the_escalation_letter_states_history_missed_promises_and_the_ask() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Vietnamese number refused", "Amazon"))
        .unwrap();
    for mut i in seed_story() {
        i.started_at = Some(Utc::now() - Duration::days(10));
        if let Some(p) = i.promises.first_mut() {
            p.due_at = Some(Utc::now() - Duration::days(8));
        }
        store.log_interaction(case.id, &i).unwrap();
    }
    let letter = steward::share::escalation_letter(
        profile.db().conn(),
        case.id,
        &steward::share::Redactor::new(),
        Utc::now(),
    )
    .unwrap();
    assert!(letter.subject.contains("Vietnamese number refused"));
    assert!(letter.subject.contains("TKT-4471") && letter.subject.contains("KDP-99812"));
    let b = &letter.body;
    assert!(b.contains("contacted Amazon 3 times"), "{b}");
    assert!(b.contains(UNUSUAL), "the exact error text is quoted");
    assert!(b.contains("We will call you back within 48 hours") && b.contains("did not happen"));
    assert!(b.contains("40 minutes on hold"));
    assert!(
        b.contains("Two-step verification turned on."),
        "the desired outcome is the ask"
    );
    assert!(
        b.contains(&letter.answer_by.format("%-d %B %Y").to_string()),
        "a deadline"
    );
    assert!(letter.answer_by > Utc::now() + Duration::days(6));
}
