//! The real commands, with the real capabilities, over Tauri's mock runtime (no display needed):
//! each test gets its own data directory and unlocks it with a passphrase (no keyring needed).

mod support;

use serde_json::{json, Value};
use steward::cases::{Case, CaseDetail, CaseSummary, Interaction, SearchHit};
use steward::profile::{ProfileState, ProfileStatus};
use support::Harness;

const REFUSAL: &str =
    "We detected unusual activity and are unable to verify your mobile number at this time";

#[test]
fn every_case_command_says_locked_before_unlock() {
    let h = Harness::new();
    let some_id = "0190d3c8-0000-7000-8000-000000000000";
    let calls = [
        ("case_list", json!({ "filter": "active" })),
        ("case_create", json!({ "input": { "title": "x" } })),
        ("case_get", json!({ "id": some_id })),
        ("case_update", json!({ "id": some_id, "patch": {} })),
        ("case_close", json!({ "id": some_id, "resolution": null })),
        ("case_search", json!({ "query": "x" })),
        (
            "interaction_log",
            json!({ "caseId": some_id, "input": { "channel": "chat", "direction": "outbound", "summary": "x" } }),
        ),
        ("interaction_defaults", json!({ "caseId": null })),
    ];
    for (cmd, args) in calls {
        let err = h.fail(cmd, args);
        assert_eq!(err.code, "locked", "{cmd}");
        assert!(err.hint.is_some(), "{cmd} tells what to do next");
    }
}

#[test]
fn a_new_profile_reports_new_and_unlocks_with_a_passphrase() {
    let h = Harness::new();
    let status: ProfileStatus = h.call("profile_status", json!({}));
    assert_eq!(status.state, ProfileState::New);

    let status = h.unlock();
    assert_eq!(status.state, ProfileState::Passphrase);
    // Unlocking again is harmless and reports the open profile.
    let again: ProfileStatus = h.call("profile_unlock", json!({ "passphrase": null }));
    assert_eq!(again, status);
    let status_now: ProfileStatus = h.call("profile_status", json!({}));
    assert_eq!(status_now, status);
}

#[test]
fn unlock_create_log_list_and_search() {
    let h = Harness::new();
    h.unlock();

    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Vietnamese number refused", "service": "Example Bank" } }),
    );
    assert_eq!(case.title, "Vietnamese number refused");

    let logged: Interaction = h.call(
        "interaction_log",
        json!({
            "caseId": case.id.to_string(),
            "input": {
                "channel": "portal",
                "direction": "outbound",
                "team": "Security",
                "summary": "Tried to add +84 91 234 5678 for SMS codes",
                "error_texts": [REFUSAL],
            }
        }),
    );
    assert_eq!(logged.case_id, case.id);
    assert_eq!(logged.error_texts, vec![REFUSAL.to_string()]);

    let _second: Interaction = h.call(
        "interaction_log",
        json!({
            "caseId": case.id.to_string(),
            "input": { "channel": "chat", "direction": "outbound", "summary": "Asked chat support why" }
        }),
    );

    let list: Vec<CaseSummary> = h.call("case_list", json!({ "filter": "active" }));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].case.id, case.id);
    assert_eq!(list[0].interaction_count, 2);

    let detail: CaseDetail = h.call("case_get", json!({ "id": case.id.to_string() }));
    assert_eq!(detail.interactions.len(), 2);
    assert_eq!(detail.interactions[0].id, logged.id);

    let hits: Vec<SearchHit> = h.call("case_search", json!({ "query": "unusual" }));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].case_id, case.id);
    assert_eq!(hits[0].interaction_id, logged.id);
    assert!(
        hits[0].snippet.to_lowercase().contains("unusual"),
        "{}",
        hits[0].snippet
    );

    let closed: Case = h.call(
        "case_close",
        json!({ "id": case.id.to_string(), "resolution": "Added the number by phone" }),
    );
    assert!(closed.closed_at.is_some());
    let active: Vec<CaseSummary> = h.call("case_list", json!({ "filter": "active" }));
    assert!(active.is_empty());
}

#[test]
fn errors_cross_ipc_as_error_info() {
    let h = Harness::new();
    h.unlock();
    let err = h.fail(
        "case_get",
        json!({ "id": "0190d3c8-0000-7000-8000-000000000000" }),
    );
    assert_eq!(err.code, "case_not_found");
}

#[test]
fn commands_are_refused_from_a_remote_origin() {
    let h = Harness::new();
    let err = h
        .raw_from("https://example.com", "profile_status", json!({}))
        .expect_err("a remote page must not reach Steward's commands");
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn evidence_commands_say_locked_before_unlock() {
    let h = Harness::new();
    let some_id = "0190d3c8-0000-7000-8000-000000000000";
    let calls = [
        ("case_insights", json!({ "id": some_id })),
        (
            "promise_set",
            json!({ "promiseId": some_id, "status": "kept" }),
        ),
        ("alert_list", json!({ "caseId": null })),
        (
            "alert_raise",
            json!({ "caseId": some_id, "input": { "kind": "data_exposed", "summary": "x" } }),
        ),
        (
            "alert_step",
            json!({ "alertId": "1", "step": "two_step", "done": true }),
        ),
        (
            "alert_resolve",
            json!({ "alertId": "1", "resolution": null }),
        ),
        ("attachment_list", json!({ "caseId": some_id })),
        ("attachment_remove", json!({ "attachmentId": some_id })),
        ("capture_suggest", json!({ "text": "ticket 12345" })),
        ("account_list", json!({})),
    ];
    for (cmd, args) in calls {
        let err = h.fail(cmd, args);
        assert_eq!(err.code, "locked", "{cmd}");
    }
    let err = h
        .raw_body(
            "attachment_add",
            b"x",
            &[("x-case-id", "1"), ("x-file-name", "a.txt")],
        )
        .expect_err("locked");
    assert_eq!(err["code"], "locked");
}

const EML: &str = "DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1; bh=x; b=y\r\n\
From: Example Shop <no-reply@shop.example>\r\n\
Subject: Transcript of your chat\r\n\
Date: Mon, 02 Mar 2026 14:22:05 +0000\r\n\
\r\n\
You are now chatting with Hoa. Your reference number is CS-440219.\r\n";

#[test]
fn insights_promises_alerts_attachments_and_accounts_over_ipc() {
    let h = Harness::new();
    h.unlock();
    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Impostor chat", "service": "Example Shop" } }),
    );
    let id = case.id.to_string();
    let logged: Interaction = h.call(
        "interaction_log",
        json!({ "caseId": id, "input": {
            "channel": "chat", "direction": "outbound", "team": "Retail", "summary": "Asked",
            "started_at": "2019-12-30T09:00:00Z",
            "promises": [{ "text": "We will call you back", "due_at": "2020-01-01T00:00:00Z" }]
        } }),
    );
    let insights: Value = h.call("case_insights", json!({ "id": id }));
    assert_eq!(insights["promises_overdue"], 1);
    assert!(!insights["escalation_reasons"]
        .as_array()
        .unwrap()
        .is_empty());
    let kept: Value = h.call(
        "promise_set",
        json!({ "promiseId": logged.promises[0].id.to_string(), "status": "kept" }),
    );
    assert_eq!(kept["status"], "kept");
    let insights: Value = h.call("case_insights", json!({ "id": id }));
    assert_eq!(insights["promises_kept"], 1);

    // A file from the window: raw bytes, a non-ASCII name percent-encoded, a path stripped.
    let added = h
        .raw_body(
            "attachment_add",
            EML.as_bytes(),
            &[
                ("x-case-id", &id),
                ("x-file-name", "..%2F..%2FTh%C6%B0%20chat.eml"),
            ],
        )
        .expect("attachment added");
    assert_eq!(added["attachment"]["file_name"], "Thư chat.eml");
    assert_eq!(added["attachment"]["email"]["dkim_signature"], true);
    assert_eq!(added["unlogged_contact"]["channel"], "chat");
    let attachment_id = added["attachment"]["id"].as_str().unwrap().to_string();
    let too_big = h
        .raw_body(
            "attachment_add",
            b"",
            &[("x-case-id", &id), ("x-file-name", "empty.png")],
        )
        .expect_err("empty file refused");
    assert_eq!(too_big["code"], "empty_file");
    let pasted = h
        .raw_body(
            "attachment_add",
            "Ticket number is 88123".as_bytes(),
            &[
                ("x-case-id", &id),
                ("x-transcript", "1"),
                ("x-interaction-id", &logged.id.to_string()),
            ],
        )
        .expect("transcript added");
    assert_eq!(pasted["attachment"]["kind"], "transcript");
    let list: Vec<Value> = h.call("attachment_list", json!({ "caseId": id }));
    assert_eq!(list.len(), 2);

    let alert: Value = h.call(
        "alert_raise",
        json!({ "caseId": id, "input": {
            "kind": "contact_not_made", "summary": "A chat I never had", "attachment_id": attachment_id
        } }),
    );
    assert_eq!(alert["steps"].as_array().unwrap().len(), 5);
    let alert_id = alert["id"].as_str().unwrap().to_string();
    let ticked: Value = h.call(
        "alert_step",
        json!({ "alertId": alert_id, "step": "change_password", "done": true }),
    );
    assert!(ticked["steps"][0]["done_at"].is_string());
    let open: Vec<Value> = h.call("alert_list", json!({ "caseId": null }));
    assert_eq!(open.len(), 1);
    let err = h.fail(
        "attachment_remove",
        json!({ "attachmentId": attachment_id }),
    );
    assert_eq!(err.code, "attachment_is_evidence");
    let resolved: Value = h.call(
        "alert_resolve",
        json!({ "alertId": alert_id, "resolution": "done" }),
    );
    assert!(resolved["resolved_at"].is_string());
    let removed: Value = h.call(
        "attachment_remove",
        json!({ "attachmentId": attachment_id }),
    );
    assert_eq!(removed["file_name"], "Thư chat.eml");

    let s: Value = h.call(
        "capture_suggest",
        json!({ "text": "My name is Minh Tran. Ticket #48213-A." }),
    );
    assert_eq!(s["agents"][0], "Minh Tran");
    assert_eq!(s["references"][0], "48213-A");
    let accounts: Vec<Value> = h.call("account_list", json!({}));
    assert_eq!(accounts[0]["service"], "Example Shop");
    assert_eq!(accounts[0]["open_alerts"], 0);
    assert_eq!(accounts[0]["enrolment_attempts"], 0);
}
