//! The window's paths for what used to be CLI only (docs/parity.md): saving an attachment back
//! to a file, editing an account, showing the signing key. Over Tauri's mock runtime with the
//! real capabilities; the mock runtime has no window to open a native dialog over, so the file
//! the person would choose is scripted (`FileDialogs::scripted`).

mod support;

use std::path::PathBuf;

use serde_json::{json, Value};
use steward::cases::Case;
use steward_desktop::dialogs::DialogKind;
use support::Harness;

#[test]
fn an_attachment_is_saved_where_the_person_picks_with_its_own_name_suggested() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("copy.pdf");
    std::fs::write(&target, b"an older file the dialog asked to replace").unwrap();
    let h = Harness::scripted([
        Some(target.clone()),
        None,
        Some(PathBuf::from("/nonexistent/folder/x.pdf")),
    ]);
    h.unlock();
    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Refund", "service": "Bank" } }),
    );
    let pdf = b"%PDF-1.7\n% a statement\n".as_slice();
    let added = h
        .raw_body(
            "attachment_add",
            pdf,
            &[
                ("x-case-id", &case.id.to_string()),
                ("x-file-name", "Sao%20k%C3%AA.pdf"),
            ],
        )
        .expect("attachment added");
    let id = added["attachment"]["id"].as_str().unwrap().to_string();

    let saved: Value = h.call("attachment_save", json!({ "attachmentId": id }));
    assert_eq!(saved["file_name"], "Sao kê.pdf");
    assert_eq!(saved["path"], target.display().to_string());
    assert_eq!(std::fs::read(&target).unwrap(), pdf, "replaced whole");
    let asked = h.asked();
    assert_eq!(asked[0].kind, DialogKind::Save);
    assert_eq!(asked[0].extension.as_deref(), Some("pdf"));
    assert!(
        asked[0].file_name.as_deref().unwrap().starts_with("Sao kê"),
        "{:?}",
        asked[0]
    );
    assert!(asked[0].title.contains("Sao kê.pdf"), "{}", asked[0].title);

    // Cancelled: nothing written, no error.
    let cancelled: Value = h.call("attachment_save", json!({ "attachmentId": id }));
    assert_eq!(cancelled, Value::Null);
    // A folder that isn't there: a clear error naming the path.
    let err = h.fail("attachment_save", json!({ "attachmentId": id }));
    assert_eq!(err.code, "file_unwritable");
    assert!(
        err.message.contains("/nonexistent/folder/x.pdf"),
        "{}",
        err.message
    );
    // An attachment that isn't there: said before any dialog opens.
    let asked_before = h.asked().len();
    let err = h.fail(
        "attachment_save",
        json!({ "attachmentId": "00000000-0000-4000-8000-000000000000" }),
    );
    assert_eq!(err.code, "attachment_not_found");
    assert_eq!(h.asked().len(), asked_before);
}

#[test]
fn an_account_is_edited_and_its_identifier_stays_masked() {
    let h = Harness::new();
    h.unlock();
    let _: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Blocked", "service": "PayPal" } }),
    );
    let a: Value = h.call(
        "account_update",
        json!({ "service": "paypal", "patch": { "domain": "paypal.com", "identifier": "minh.tran@gmail.com" } }),
    );
    assert_eq!(a["domain"], "paypal.com");
    assert_eq!(a["identifier_masked"], "m•••@gmail.com");
    assert!(!a.to_string().contains("minh.tran"), "{a}");
    // Left out: kept; empty: cleared.
    let a: Value = h.call(
        "account_update",
        json!({ "service": "PayPal", "patch": { "domain": null, "identifier": "" } }),
    );
    assert_eq!(a["domain"], "paypal.com");
    assert_eq!(a["identifier_masked"], Value::Null);
    let err = h.fail(
        "account_update",
        json!({ "service": "Nobody", "patch": { "domain": "x.example", "identifier": null } }),
    );
    assert_eq!(err.code, "account_not_found");
}

#[test]
fn the_signing_key_is_stable_and_holds_only_public_fields() {
    let h = Harness::new();
    h.unlock();
    let card: Value = h.call("share_key", json!({}));
    let openssh = card["openssh"].as_str().unwrap();
    assert!(openssh.starts_with("ssh-ed25519 AAAA"), "{openssh}");
    assert!(card["fingerprint"].as_str().unwrap().starts_with("SHA256:"));
    let id = card["key_id"].as_str().unwrap();
    assert!(
        card["allowed_signers"]
            .as_str()
            .unwrap()
            .starts_with(&format!(
                "steward-{id} namespaces=\"steward-case@steward\" ssh-ed25519 "
            )),
        "{card}"
    );
    // The same key every time, and only public fields.
    assert_eq!(h.call::<Value>("share_key", json!({})), card);
    let fields: Vec<&String> = card.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "allowed_signers",
            "fingerprint",
            "key_id",
            "openssh",
            "public_key"
        ]
    );
}
