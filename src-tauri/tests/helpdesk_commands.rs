//! The helpdesk commands over Tauri's mock runtime with the real capabilities: settings saved
//! and shown masked, the form keeps nothing on a refusal, a connection test and a send against
//! an address where nothing listens (a real closed port on this computer: no helpdesk is
//! mocked; the real RT is driven by tests/e2e/helpdesk.test.mjs and cli/tests/cli_helpdesk.rs).

mod support;

use std::sync::mpsc;

use serde_json::{json, Value};
use steward::cases::Case;
use support::Harness;

const TOKEN: &str = "1-99-00000000000000000000000000000000";

fn rt(address: &str, token: Option<&str>) -> Value {
    json!({ "input": {
        "kind": "rt", "address": address, "queue": "General",
        "requestor": "me@example.com", "token": token
    }})
}

#[test]
fn helpdesk_commands_say_locked_before_unlock() {
    let h = Harness::new();
    let options = json!({ "unmask": [], "addresses": [] });
    for (cmd, args) in [
        ("helpdesk_settings", json!({})),
        ("helpdesk_save", rt("http://127.0.0.1:9", Some(TOKEN))),
        ("helpdesk_test", json!({ "input": null })),
        ("helpdesk_forget", json!({})),
        (
            "helpdesk_preview",
            json!({ "case": "1", "ticket": null, "options": options }),
        ),
        (
            "helpdesk_send",
            json!({ "case": "1", "ticket": null, "options": options }),
        ),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
}

#[test]
fn save_show_test_preview_send_and_forget() {
    let h = Harness::new();
    h.unlock();
    let none: Value = h.call("helpdesk_settings", json!({}));
    assert_eq!(none, Value::Null);

    // Refusals name the field and save nothing.
    let err = h.fail("helpdesk_save", rt("http://rt.example.com", Some(TOKEN)));
    assert_eq!(err.code, "helpdesk_address_invalid");
    assert!(
        err.message.contains("http://rt.example.com"),
        "{}",
        err.message
    );
    let err = h.fail("helpdesk_save", rt("http://127.0.0.1:9", None));
    assert_eq!(err.code, "helpdesk_setting_missing");
    let none: Value = h.call("helpdesk_settings", json!({}));
    assert_eq!(none, Value::Null);

    // Testing the form before saving: nothing listens on port 9.
    let err = h.fail("helpdesk_test", rt("http://127.0.0.1:9", Some(TOKEN)));
    assert_eq!(err.code, "helpdesk_unreachable");
    assert!(!err.message.contains(TOKEN));

    let saved: Value = h.call(
        "helpdesk_save",
        rt("http://127.0.0.1:9/REST/2.0", Some(TOKEN)),
    );
    assert_eq!(saved["address"], "http://127.0.0.1:9");
    assert_eq!(saved["token"], "••••0000");
    assert_eq!(saved["token_home"], "database");
    let shown: Value = h.call("helpdesk_settings", json!({}));
    assert_eq!(shown, saved);
    assert!(!shown.to_string().contains(TOKEN));
    // Saved again without a token: the saved one is kept.
    let kept: Value = h.call("helpdesk_save", rt("http://127.0.0.1:9", Some("")));
    assert_eq!(kept["token"], "••••0000");
    assert_eq!(
        h.fail("helpdesk_test", json!({ "input": null })).code,
        "helpdesk_unreachable"
    );

    // What would go out: the redacted brief, a new ticket, the four signed files.
    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Refund", "service": "Bank" } }),
    );
    let _: Value = h.call(
        "interaction_log",
        json!({ "caseId": case.id.to_string(), "input": {
            "channel": "phone", "direction": "outbound",
            "summary": "Gave card 4111 1111 1111 1111 to the agent",
            "references": []
        }}),
    );
    let options = json!({ "unmask": [], "addresses": [] });
    let out: Value = h.call(
        "helpdesk_preview",
        json!({ "case": case.id.to_string(), "ticket": null, "options": options, "lang": "vi" }),
    );
    assert_eq!(out["action"], "opened");
    assert_eq!(out["reference"], Value::Null);
    let text = out["text"].as_str().unwrap();
    assert!(!text.contains("4111 1111 1111 1111"), "{text}");
    assert!(out["subject"].as_str().unwrap().contains("Refund"));
    assert_eq!(out["files"].as_array().unwrap().len(), 4);
    // An update on a ticket: said as such.
    let upd: Value = h.call(
        "helpdesk_preview",
        json!({ "case": case.id.to_string(), "ticket": "RT#12", "options": options }),
    );
    assert_eq!(upd["action"], "appended");
    assert_eq!(upd["reference"], "RT#12");
    assert_eq!(
        h.fail(
            "helpdesk_preview",
            json!({ "case": case.id.to_string(), "ticket": "twelve", "options": options })
        )
        .code,
        "bad_ticket_number"
    );

    // Sending fails clearly, and the case is unchanged.
    let before: Value = h.call("case_get", json!({ "id": case.id.to_string() }));
    let err = h.fail(
        "helpdesk_send",
        json!({ "case": case.id.to_string(), "ticket": "new", "options": options }),
    );
    assert_eq!(err.code, "helpdesk_unreachable");
    let after: Value = h.call("case_get", json!({ "id": case.id.to_string() }));
    assert_eq!(before, after);

    // Zendesk: no queue or e-mail asked; its address must be https (not this computer's).
    let err = h.fail(
        "helpdesk_save",
        json!({ "input": { "kind": "zendesk", "address": "http://example.zendesk.com", "token": TOKEN } }),
    );
    assert_eq!(err.code, "helpdesk_address_invalid");
    let z: Value = h.call(
        "helpdesk_save",
        json!({ "input": { "kind": "zendesk", "address": "https://example.zendesk.com/", "token": "zd-token-0123456789abcdef" } }),
    );
    assert_eq!(z["kind"], "zendesk");
    assert_eq!(z["address"], "https://example.zendesk.com");
    assert_eq!(z["queue"], "");
    assert_eq!(z["token"], "••••cdef");

    let removed: bool = h.call("helpdesk_forget", json!({}));
    assert!(removed);
    let none: Value = h.call("helpdesk_settings", json!({}));
    assert_eq!(none, Value::Null);
    assert_eq!(
        h.fail(
            "helpdesk_send",
            json!({ "case": case.id.to_string(), "ticket": null, "options": options })
        )
        .code,
        "helpdesk_not_set"
    );
}

/// Sending does not hold the profile while the helpdesk answers: the case page (a command that
/// takes the profile itself, not the reader) still answers while a slow helpdesk holds the send.
/// No speed threshold; the 30 s is only a guard so a regression fails instead of hanging.
#[test]
fn the_window_stays_usable_while_a_slow_helpdesk_holds_a_send() {
    let h = Harness::new();
    h.unlock();
    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Refund", "service": "Bank" } }),
    );
    let (url, arrived, release) = support::slow_server();
    let _: Value = h.call("helpdesk_save", rt(&url, Some(TOKEN)));
    let id = case.id.to_string();
    let before: Value = h.call("case_get", json!({ "id": id }));
    let page = &h.page;
    let (id, id2) = (id.as_str(), id.clone());
    std::thread::scope(|scope| {
        let slow = scope.spawn(move || {
            page.raw(
                "helpdesk_send",
                json!({ "case": id, "ticket": "new", "options": { "unmask": [], "addresses": [] } }),
            )
        });
        arrived.recv().expect("the send reached the helpdesk");
        let (tx, rx) = mpsc::channel();
        scope.spawn(move || {
            let _ = tx.send(page.raw("case_get", json!({ "id": id2 })));
        });
        let got = match rx.recv_timeout(std::time::Duration::from_secs(30)) {
            Ok(got) => got.expect("the case while the send waits"),
            Err(_) => {
                let _ = release.send(());
                panic!("the case page waited for the helpdesk's slow answer");
            }
        };
        assert_eq!(got, before);
        assert!(!slow.is_finished(), "the send was still waiting");
        release.send(()).unwrap();
        assert!(slow.join().unwrap().is_err(), "a 503 is not a ticket");
    });
    let after: Value = h.call("case_get", json!({ "id": case.id.to_string() }));
    assert_eq!(after, before, "nothing logged when the helpdesk refused");
}
