//! The complaint commands over Tauri's mock runtime with the real handler and capabilities, called
//! from the page's origin as the UI calls them: the rules list, a bank complaint marked on a case
//! whose 8 weeks have passed (the ombudsman is open now), a final response logged as its contact
//! kind (the six months start), "no rule known" for a country Steward has no rules for, the
//! letters through the outbound gate (no card number) copied and saved where the person says, and
//! clearing. The mock runtime has no window to open the Save dialog over, so the file the person
//! would choose is scripted (`FileDialogs::scripted`); the real dialog is in
//! tests/e2e/complaints.test.mjs.

mod support;

use std::path::PathBuf;

use chrono::{Duration, Months, NaiveDate, Utc};
use serde_json::{json, Value};
use steward::cases::{Case, Interaction};
use steward::complaints::{ComplaintPhase, ComplaintStatus, ContactKind, RuleListing};
use steward_desktop::dialogs::DialogKind;
use support::Harness;

const CARD: &str = "4111 1111 1111 1111";

fn day(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().expect("a date"), "%Y-%m-%d").expect("YYYY-MM-DD")
}

#[test]
fn complaint_commands_say_locked_before_unlock() {
    let h = Harness::new();
    for (cmd, args) in [
        ("complaint_rules", json!({})),
        ("complaint_status", json!({ "case": "1" })),
        ("complaint_mark", json!({ "case": "1", "input": {} })),
        (
            "complaint_letter",
            json!({ "case": "1", "kind": "complaint" }),
        ),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
}

#[test]
fn a_bank_complaint_past_eight_weeks_then_a_final_response_and_the_letters() {
    let out = tempfile::tempdir().unwrap();
    let saved_to = out.path().join("referral.txt");
    let h = Harness::scripted([Some(saved_to.clone()), None]);
    h.unlock();

    // The rules the Mark dialog offers: UK financial services among them, with its ombudsman.
    let rules: Vec<RuleListing> = h.call("complaint_rules", json!({}));
    let bank = rules
        .iter()
        .find(|r| r.rule.jurisdiction == "GB" && r.rule.sector == "financial-services")
        .expect("a UK financial services rule");
    assert_eq!(
        bank.rule.body.as_ref().map(|b| b.name.as_str()),
        Some("Financial Ombudsman Service")
    );

    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Account frozen", "service": "Example Bank" } }),
    );
    let id = case.id.to_string();
    let sent = Utc::now() - Duration::days(70);
    let letter: Interaction = h.call(
        "interaction_log",
        json!({ "caseId": id, "input": {
            "started_at": sent.to_rfc3339(), "channel": "letter", "direction": "outbound",
            "summary": format!("Formal complaint: account frozen, card {CARD} refused"),
            "references": ["CMP-20417"]
        }}),
    );

    // Before: nothing marked, and the formal complaint letter is what fits.
    let none: ComplaintStatus = h.call("complaint_status", json!({ "case": id }));
    assert_eq!(none.phase, ComplaintPhase::NotMarked);

    // Marked, received the day after it was sent: the 8 weeks are over.
    let received = (sent + Duration::days(1)).date_naive();
    let status: Value = h.call(
        "complaint_mark",
        json!({ "case": id, "input": {
            "contact_id": letter.id, "jurisdiction": "GB", "sector": "financial-services",
            "received_on": received.to_string(), "firm_reference": "CMP-20417"
        }}),
    );
    assert_eq!(status["phase"], "firm_late", "{status:#}");
    assert_eq!(status["rule"]["id"], "gb-financial-services");
    let today = day(&status["today"]);
    let main = status["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "final-response")
        .expect("the final response step");
    let deadline = day(&main["date"]);
    assert_eq!(deadline, received + Duration::days(56), "8 weeks = 56 days");
    assert_eq!(main["days_left"], (deadline - today).num_days());
    assert_eq!(main["state"], "passed");
    let ombudsman = status["next"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["what"] == "refer-to-body")
        .expect("the ombudsman as a next step");
    assert_eq!(ombudsman["open_now"], true);
    assert_eq!(day(&ombudsman["from"]), deadline + Duration::days(1));
    assert_eq!(ombudsman["body"]["name"], "Financial Ombudsman Service");
    assert!(ombudsman["body"]["url"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://")));
    assert_eq!(ombudsman["letter"], "referral");
    // The contact now says what it was.
    let detail: Value = h.call("case_get", json!({ "id": id }));
    assert_eq!(detail["interactions"][0]["kind"], "complaint_made");

    // The referral letter: the reference and the dates, never the card number; in Vietnamese
    // when asked.
    let referral: Value = h.call(
        "complaint_letter",
        json!({ "case": id, "kind": "referral", "lang": "en" }),
    );
    let body = referral["body"].as_str().unwrap();
    assert!(body.contains("CMP-20417"), "{body}");
    assert!(!body.contains(CARD), "the card is masked: {body}");
    assert_eq!(referral["to"], "Financial Ombudsman Service");
    let vi: Value = h.call(
        "complaint_letter",
        json!({ "case": id, "kind": "referral", "lang": "vi" }),
    );
    assert_eq!(vi["lang"], "vi");
    assert_ne!(vi["body"], referral["body"]);

    // Saved where the person says (the page names no file), as text; then a cancelled dialog.
    let smuggled = out.path().join("smuggled.txt");
    let done: Value = h.call(
        "complaint_letter_save",
        json!({ "case": id, "kind": "referral", "lang": "en",
                "path": smuggled.display().to_string() }),
    );
    assert!(!smuggled.exists());
    assert_eq!(done["path"], saved_to.display().to_string());
    let text = std::fs::read_to_string(&saved_to).unwrap();
    assert!(text.starts_with(referral["subject"].as_str().unwrap()));
    assert!(text.contains("CMP-20417") && !text.contains(CARD));
    let asked = h.asked();
    assert_eq!(asked[0].kind, DialogKind::Save);
    assert_eq!(asked[0].extension.as_deref(), Some("txt"));
    assert!(asked[0]
        .file_name
        .as_deref()
        .is_some_and(|n| n.starts_with("steward-case-1-referral")));
    let cancelled: Value = h.call(
        "complaint_letter_save",
        json!({ "case": id, "kind": "chaser" }),
    );
    assert!(cancelled.is_null());

    // The final response, logged as its kind: six months to go to the ombudsman from its date.
    let answer: Interaction = h.call(
        "contact_log",
        json!({ "caseId": id, "kind": "final_response", "input": {
            "channel": "letter", "direction": "inbound", "summary": "Final response: refused"
        }}),
    );
    assert_eq!(answer.kind, ContactKind::FinalResponse);
    let after: Value = h.call("complaint_status", json!({ "case": id }));
    assert_eq!(after["phase"], "final_response");
    let answered_on = day(&after["final_response_on"]);
    let window = after["next"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["what"] == "refer-to-body")
        .expect("the ombudsman");
    assert_eq!(
        day(&window["by"]),
        answered_on.checked_add_months(Months::new(6)).unwrap(),
        "{window:#}"
    );

    // A contact's kind changed back: the final response is an ordinary contact again.
    let back: Interaction = h.call(
        "contact_kind_set",
        json!({ "interactionId": answer.id, "kind": "ordinary" }),
    );
    assert_eq!(back.kind, ContactKind::Ordinary);
    let again: ComplaintStatus = h.call("complaint_status", json!({ "case": id }));
    assert_eq!(again.phase, ComplaintPhase::FirmLate);

    // Cleared: not marked, the contacts stay.
    let cleared: ComplaintStatus = h.call("complaint_clear", json!({ "case": id }));
    assert_eq!(cleared.phase, ComplaintPhase::NotMarked);
    let detail: Value = h.call("case_get", json!({ "id": id }));
    assert_eq!(detail["interactions"].as_array().unwrap().len(), 2);
    assert_eq!(detail["interactions"][0]["kind"], "ordinary");
}

#[test]
fn no_rule_known_and_bad_input() {
    let h = Harness::scripted([None::<PathBuf>]);
    h.unlock();
    let case: Case = h.call("case_create", json!({ "input": { "title": "Broadband" } }));
    let id = case.id.to_string();
    // No contact yet: marking says so.
    let err = h.fail("complaint_mark", json!({ "case": id, "input": {} }));
    assert_eq!(err.code, "contact_not_found", "{err:?}");
    let _: Interaction = h.call(
        "interaction_log",
        json!({ "caseId": id, "input": {
            "channel": "email", "direction": "outbound", "summary": "Complained by e-mail"
        }}),
    );
    // A country Steward has no rules for: marked, no dates, said plainly.
    let s: Value = h.call(
        "complaint_mark",
        json!({ "case": id, "input": { "jurisdiction": "FR", "sector": "other" } }),
    );
    assert_eq!(s["phase"], "no_rule_known");
    assert!(s["rule"].is_null());
    assert_eq!(s["steps"].as_array().unwrap().len(), 0);
    let headline = s["headline"].as_str().unwrap();
    assert!(headline.contains("No rule known"), "{headline}");
    // What the page should never send is refused with a code, and nothing changes.
    let err = h.fail(
        "complaint_mark",
        json!({ "case": id, "input": { "jurisdiction": "France!", "sector": "energy" } }),
    );
    assert_eq!(err.code, "complaint_bad_jurisdiction");
    // An unknown contact kind never reaches the core (Tauri refuses the arguments).
    let refused = h
        .raw(
            "contact_log",
            json!({ "caseId": id, "kind": "shrug", "input": {
                "channel": "email", "direction": "outbound", "summary": "x"
            }}),
        )
        .expect_err("an unknown kind is refused");
    assert!(refused.to_string().contains("unknown variant"), "{refused}");
    let detail: Value = h.call("case_get", json!({ "id": id }));
    assert_eq!(detail["interactions"].as_array().unwrap().len(), 1);
    let still: Value = h.call("complaint_status", json!({ "case": id }));
    assert_eq!(still["phase"], "no_rule_known");
    // Another case's contact cannot be marked here.
    let other: Case = h.call("case_create", json!({ "input": { "title": "Other" } }));
    let theirs: Interaction = h.call(
        "interaction_log",
        json!({ "caseId": other.id.to_string(), "input": {
            "channel": "phone", "direction": "outbound", "summary": "Other"
        }}),
    );
    let err = h.fail(
        "complaint_mark",
        json!({ "case": id, "input": { "contact_id": theirs.id, "jurisdiction": "GB", "sector": "energy" } }),
    );
    assert_eq!(err.code, "complaint_contact_not_on_case");
}
