//! The exposure commands (issue 22) over Tauri's mock runtime with the real handler and
//! capabilities, called from the page's origin as the UI calls them: the seed impostor story (a
//! pasted transcript at Example Shop and an alert on it; a bank checking the card's last four, an
//! e-mail provider checking the phone, a retailer checking the address), the suggestions read
//! from the alert's evidence and confirmed, the report (bank then retailer at risk, the e-mail
//! provider not), a lock-down step ticked, a detail forgotten leaving the chain, and bad input as
//! error codes. The real window is tests/e2e/exposure.test.mjs.

mod support;

use serde_json::{json, Value};
use steward::cases::{Alert, AttachmentAdded, Case};
use steward::exposure::{
    AccountKnowledge, Detail, Disclosure, ExposureReport, Protection, SuggestedDisclosure,
};
use support::Harness;

const TRANSCRIPT: &str = "[14:02] You are now chatting with Hoa.
[14:03] Customer: Hi, I need to check which address my last order went to, and which card was used?
[14:05] Hoa: Sure. The order was shipped to 12 Hang Bong Street, Hoan Kiem, Ha Noi.
[14:06] Hoa: It was paid with the Visa card ending in 4821.
[14:07] Customer: Thanks!
";

#[test]
fn exposure_commands_say_locked_before_unlock() {
    let h = Harness::new();
    for (cmd, args) in [
        ("exposure_report", json!({})),
        ("account_knowledge", json!({ "account": "Example Bank" })),
        ("suggest_alert_disclosures", json!({ "alert": "1" })),
        (
            "set_lockdown_step",
            json!({ "account": "Example Bank", "step": "support_pin", "done": true }),
        ),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
}

fn services(list: impl IntoIterator<Item = String>) -> Vec<String> {
    list.into_iter().collect()
}

#[test]
fn the_seed_story_through_the_commands() {
    let h = Harness::new();
    h.unlock();
    let shop: Case = h.call(
        "case_create",
        json!({ "input": { "title": "A chat I never had", "service": "Example Shop" } }),
    );
    let added: AttachmentAdded = h
        .bytes(
            "attachment_add",
            TRANSCRIPT.as_bytes(),
            &[
                ("x-case-id", &shop.id.to_string()),
                ("x-file-name", "chat.txt"),
                ("x-transcript", "1"),
            ],
        )
        .expect("transcript attached");
    let alert: Alert = h.call(
        "alert_raise",
        json!({ "caseId": shop.id, "input": {
            "kind": "contact_not_made", "summary": "Someone got my address and card",
            "interaction_id": null, "attachment_id": added.attachment.id } }),
    );
    for (title, service) in [
        ("Statement", "Example Bank"),
        ("Storage", "Example Mail"),
        ("Late parcel", "Example Store"),
    ] {
        let _: Case = h.call(
            "case_create",
            json!({ "input": { "title": title, "service": service } }),
        );
    }

    // Nothing confirmed yet: nothing leaked, nobody at risk.
    let report: ExposureReport = h.call("exposure_report", json!({}));
    assert!(report.leaks.is_empty() && report.at_risk.is_empty());

    // Bad input is a code the window branches on, and nothing is kept.
    let err = h.fail(
        "set_account_knowledge",
        json!({ "account": "Example Bank", "answers": { "details": [
            { "detail": "card_last_four", "holds": true, "checks": true, "value": "48" } ] } }),
    );
    assert_eq!(err.code, "exposure_card_not_four_digits");
    let err = h.fail("account_knowledge", json!({ "account": "Nowhere Ltd" }));
    assert_eq!(err.code, "account_not_found");

    let bank: AccountKnowledge = h.call(
        "set_account_knowledge",
        json!({ "account": "Example Bank", "answers": { "stake": "money", "details": [
            { "detail": "card_last_four", "holds": true, "checks": true, "value": "4821" } ] } }),
    );
    let card = bank
        .details
        .iter()
        .find(|d| d.detail == Detail::CardLastFour)
        .expect("card kept");
    assert_eq!(card.hint.as_deref(), Some("•••• 4821"));
    let _: AccountKnowledge = h.call(
        "set_account_knowledge",
        json!({ "account": "Example Mail", "answers": { "stake": "email", "details": [
            { "detail": "phone", "holds": true, "checks": true },
            { "detail": "address", "holds": true, "checks": false } ] } }),
    );
    let _: AccountKnowledge = h.call(
        "set_account_knowledge",
        json!({ "account": "Example Store", "answers": { "stake": "shopping", "details": [
            { "detail": "address", "holds": true, "checks": true } ] } }),
    );

    // The alert's evidence read; the customer confirms what it found.
    let suggested: Vec<SuggestedDisclosure> = h.call(
        "suggest_alert_disclosures",
        json!({ "alert": alert.number.to_string() }),
    );
    let given: Vec<Detail> = suggested
        .iter()
        .filter(|s| s.given)
        .map(|s| s.detail)
        .collect();
    assert!(given.contains(&Detail::Address) && given.contains(&Detail::CardLastFour));
    let answers: Vec<Value> = suggested
        .iter()
        .map(|s| {
            json!({ "detail": s.detail, "asked": s.asked, "given": s.given,
                         "value": s.value, "from_transcript": true })
        })
        .collect();
    let confirmed: Vec<Disclosure> = h.call(
        "set_alert_disclosures",
        json!({ "alert": alert.id.to_string(), "disclosures": answers }),
    );
    assert_eq!(confirmed.len(), suggested.len());
    let again: Vec<Disclosure> = h.call("alert_disclosures", json!({ "alert": "1" }));
    assert_eq!(again, confirmed);

    // The one screen.
    let report: ExposureReport = h.call("exposure_report", json!({}));
    assert_eq!(
        services(report.at_risk.iter().map(|r| r.account.service.clone())),
        ["Example Bank", "Example Store"]
    );
    assert_eq!(
        services(report.not_at_risk.iter().map(|c| c.account.service.clone())),
        ["Example Mail"]
    );
    assert!(report.at_risk.iter().all(|r| !r.reasons.is_empty()));
    let text = serde_json::to_string(&report).unwrap();
    assert!(
        !text.contains("Hang Bong"),
        "the address never leaves the store"
    );
    assert!(
        !text.replace("•••• 4821", "").contains("4821"),
        "the card only masked"
    );
    let first = report.first.expect("what to do first");
    assert_eq!(first.service, "Example Bank");

    // A step ticked, then unticked.
    let step = report.at_risk[0].plan[0].id;
    let ticked: ExposureReport = h.call(
        "set_lockdown_step",
        json!({ "account": "Example Bank", "step": step, "done": true }),
    );
    assert!(ticked.at_risk[0].plan[0].done_at.is_some());
    let unticked: ExposureReport = h.call(
        "set_lockdown_step",
        json!({ "account": "Example Bank", "step": step, "done": false }),
    );
    assert!(unticked.at_risk[0].plan[0].done_at.is_none());

    // Forgetting the retailer's address takes it out of the chain.
    let _: AccountKnowledge = h.call(
        "forget_account_detail",
        json!({ "account": "Example Store", "detail": "address" }),
    );
    let report: ExposureReport = h.call("exposure_report", json!({}));
    assert_eq!(
        services(report.at_risk.iter().map(|r| r.account.service.clone())),
        ["Example Bank"]
    );
}

#[test]
fn stewards_notes_carry_their_source_and_a_pin_given_away_elsewhere_opens_nothing() {
    let h = Harness::new();
    h.unlock();
    let shop: Case = h.call(
        "case_create",
        json!({ "input": { "title": "A chat I never had", "service": "Example Shop" } }),
    );
    let alert: Alert = h.call(
        "alert_raise",
        json!({ "caseId": shop.id, "input": {
            "kind": "contact_not_made", "summary": "They got my support PIN",
            "interaction_id": null, "attachment_id": null } }),
    );
    // No transcript: nothing to suggest; the customer ticks what they know.
    let suggested: Vec<SuggestedDisclosure> = h.call(
        "suggest_alert_disclosures",
        json!({ "alert": alert.id.to_string() }),
    );
    assert!(suggested.is_empty());
    let _: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Payment held", "service": "PayPal" } }),
    );
    let _: Vec<Disclosure> = h.call(
        "set_alert_disclosures",
        json!({ "alert": alert.id.to_string(), "disclosures": [
            { "detail": "support_pin", "asked": true, "given": true } ] }),
    );
    // PayPal's support takes its own PIN (Steward's notes say so, with the page): a PIN given
    // away at Example Shop is Example Shop's, so PayPal is not listed through it.
    let report: ExposureReport = h.call("exposure_report", json!({}));
    assert!(
        report.at_risk.iter().all(|r| r.account.service != "PayPal"),
        "{report:?}"
    );
    let paypal: AccountKnowledge = h.call("account_knowledge", json!({ "account": "PayPal" }));
    assert!(paypal.protections.contains(&Protection::SupportPin));
    let source = paypal.sources.first().expect("the rule's source");
    assert!(source.url.starts_with("https://"), "{source:?}");
}

#[test]
fn the_letter_to_an_account_at_risk_names_what_leaked_never_the_digits() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("bank.txt");
    let h = Harness::scripted([Some(target.clone()), None]);
    h.unlock();
    let shop: Case = h.call(
        "case_create",
        json!({ "input": { "title": "A chat I never had", "service": "Example Shop" } }),
    );
    let added: AttachmentAdded = h
        .bytes(
            "attachment_add",
            TRANSCRIPT.as_bytes(),
            &[
                ("x-case-id", &shop.id.to_string()),
                ("x-file-name", "chat.txt"),
                ("x-transcript", "1"),
            ],
        )
        .expect("transcript attached");
    let alert: Alert = h.call(
        "alert_raise",
        json!({ "caseId": shop.id, "input": {
            "kind": "contact_not_made", "summary": "Card 4821 and my address read out",
            "interaction_id": null, "attachment_id": added.attachment.id } }),
    );
    let _: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Statement", "service": "Example Bank" } }),
    );
    let _: AccountKnowledge = h.call(
        "set_account_knowledge",
        json!({ "account": "Example Bank", "answers": { "stake": "money", "details": [
            { "detail": "card_last_four", "holds": true, "checks": true, "value": "4821" } ] } }),
    );
    let _: Vec<Disclosure> = h.call(
        "set_alert_disclosures",
        json!({ "alert": alert.id.to_string(), "disclosures": [
            { "detail": "card_last_four", "asked": true, "given": true, "value": "4821" },
            { "detail": "address", "asked": true, "given": true } ] }),
    );

    let letter: Value = h.call(
        "exposure_letter",
        json!({ "account": "Example Bank", "kind": "account_note", "lang": "en" }),
    );
    let body = letter["body"].as_str().expect("a body");
    assert!(body.contains("Example Shop"), "{body}");
    for secret in ["4821", "Hang Bong"] {
        assert!(!body.contains(secret), "{secret} in the letter: {body}");
    }
    let vi: Value = h.call(
        "exposure_letter",
        json!({ "account": "Example Bank", "kind": "account_note", "lang": "vi" }),
    );
    assert_eq!(vi["lang"], "vi");

    // Saved where the person picks (scripted dialog), made again through the gate; then cancelled.
    let saved: Value = h.call(
        "exposure_letter_save",
        json!({ "account": "Example Bank", "kind": "account_note", "lang": null }),
    );
    assert_eq!(saved["path"], target.display().to_string());
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with(letter["subject"].as_str().unwrap()));
    assert!(!text.contains("4821"));
    let asked = h.asked();
    assert!(
        asked[0].title.contains("Example Bank"),
        "the dialog names the company: {:?}",
        asked[0].title
    );
    let cancelled: Value = h.call(
        "exposure_letter_save",
        json!({ "account": "Example Bank", "kind": "account_note", "lang": null }),
    );
    assert!(cancelled.is_null());

    // Not at risk, or not a repeat: a code, not a letter.
    let err = h.fail(
        "exposure_letter",
        json!({ "account": "Example Shop", "kind": "second_time", "lang": null }),
    );
    assert!(err.code.starts_with("exposure_letter_not_"), "{}", err.code);
}
