//! The share commands over Tauri's mock runtime with the real capabilities: preview, the chat
//! brief, exports and verification. The mock runtime has no window to open a native dialog
//! over, so the files the person would choose are scripted (`FileDialogs::scripted`).

mod support;

use std::path::PathBuf;

use serde_json::{json, Value};
use steward::cases::Case;
use steward_desktop::dialogs::DialogKind;
use support::Harness;

#[test]
fn share_commands_say_locked_before_unlock() {
    let h = Harness::scripted([Some(PathBuf::from("/nonexistent"))]);
    for (cmd, args) in [
        (
            "share_preview",
            json!({ "case": "1", "options": { "unmask": [], "addresses": [] } }),
        ),
        (
            "share_brief",
            json!({ "case": "1", "chat": true, "options": { "unmask": [], "addresses": [] } }),
        ),
        (
            "share_export",
            json!({ "case": "1", "format": "pdf", "options": { "unmask": [], "addresses": [] } }),
        ),
        ("share_verify", json!({})),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
    assert_eq!(h.asked(), [], "no dialog opens while Steward is locked");
}

#[test]
fn preview_brief_export_and_verify() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("case.pdf");
    let h = Harness::scripted([
        Some(path.clone()), // export: saved as case.pdf
        Some(path.clone()), // verify: case.pdf picked
        None,               // export: cancelled
        None,               // verify: cancelled
        Some(PathBuf::from("/nonexistent/file.md")),
    ]);
    h.unlock();
    let case: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Refund", "service": "Bank" } }),
    );
    let _: Value = h.call(
        "interaction_log",
        json!({ "caseId": case.id.to_string(), "input": {
            "channel": "phone", "direction": "outbound",
            "summary": "Gave card 4111 1111 1111 1111; your code is 493817",
            "references": ["CRD-9"]
        }}),
    );
    let id = case.id.to_string();
    let preview: Value = h.call(
        "share_preview",
        json!({ "case": id, "options": { "unmask": [], "addresses": [] } }),
    );
    let masks: Vec<String> = preview["items"][0]["segments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !s["kind"].is_null())
        .map(|s| s["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(masks, vec!["card", "otp"]);

    let chat: String = h.call(
        "share_brief",
        json!({ "case": id, "chat": true, "options": { "unmask": [], "addresses": [] } }),
    );
    assert!(chat.chars().count() <= 1000);
    assert!(!chat.contains("4111 1111") && !chat.contains("493817"));

    // The page cannot unmask backup or one-time codes: asking is refused, clearly, and an
    // unknown kind too; what it may unmask works.
    for never in ["backup_code", "otp"] {
        let err = h.fail(
            "share_brief",
            json!({ "case": id, "chat": true, "options": { "unmask": [never, "card"], "addresses": [] } }),
        );
        assert_eq!(err.code, "never_unmasked", "{never}: {err:?}");
    }
    let err = h.fail(
        "share_brief",
        json!({ "case": id, "chat": true, "options": { "unmask": ["shoe_size"], "addresses": [] } }),
    );
    assert_eq!(err.code, "unknown_redaction_field");
    let chat: String = h.call(
        "share_brief",
        json!({ "case": id, "chat": true, "options": { "unmask": ["card"], "addresses": [] } }),
    );
    assert!(chat.contains("4111 1111 1111 1111"));
    assert!(!chat.contains("493817"), "one-time codes stay masked");

    // The page names no file: a `path` it adds anyway is not an argument of the command.
    let smuggled = out.path().join("smuggled.pdf");
    let done: Value = h.call(
        "share_export",
        json!({ "case": id, "format": "pdf", "options": { "unmask": [], "addresses": [] },
                "path": smuggled.display().to_string() }),
    );
    assert!(!smuggled.exists());
    assert_eq!(done["format"], "pdf");
    assert_eq!(done["path"], path.display().to_string());
    assert!(done["signature_path"]
        .as_str()
        .unwrap()
        .ends_with("case.pdf.sig"));
    let v: Value = h.call("share_verify", json!({}));
    assert_eq!(v["verdict"], "intact");
    assert_eq!(v["own_key"], true);

    // What the dialogs showed: Save in Downloads suggesting steward-case-<n>.pdf, PDFs only;
    // Open starting in Downloads.
    let asked = h.asked();
    assert_eq!(asked.len(), 2);
    let save = &asked[0];
    assert_eq!(save.kind, DialogKind::Save);
    assert_eq!(
        save.title,
        format!("Save the export of case {}", case.number)
    );
    assert_eq!(save.directory, steward::share::default_export_dir());
    let name = save.file_name.as_deref().unwrap();
    assert!(
        name == format!("steward-case-{}.pdf", case.number)
            || (name.starts_with(&format!("steward-case-{} (", case.number))
                && name.ends_with(").pdf")),
        "{name}"
    );
    assert_eq!(save.extension.as_deref(), Some("pdf"));
    assert_eq!(asked[1].kind, DialogKind::Open);
    assert_eq!(asked[1].title, "Choose a file to check");
    assert_eq!(asked[1].directory, steward::share::default_export_dir());

    // Cancelled: nothing is written, nothing is checked, and it is not an error.
    let before = std::fs::read(&path).unwrap();
    let cancelled: Value = h.call(
        "share_export",
        json!({ "case": id, "format": "pdf", "options": { "unmask": [], "addresses": [] } }),
    );
    assert_eq!(cancelled, Value::Null);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let cancelled: Value = h.call("share_verify", json!({}));
    assert_eq!(cancelled, Value::Null);

    // An unknown format never reaches the core (nor opens a dialog): Tauri rejects the argument.
    assert!(h
        .raw(
            "share_export",
            json!({ "case": id, "format": "docx", "options": { "unmask": [], "addresses": [] } }),
        )
        .is_err());
    assert_eq!(h.asked().len(), 4);
    let err = h.fail("share_verify", json!({}));
    assert_eq!(err.code, "file_unreadable");
}

#[test]
fn proof_of_when_is_off_by_default_and_only_takes_a_web_address() {
    let h = Harness::scripted([]);
    assert_eq!(h.fail("share_settings", json!({})).code, "locked");
    h.unlock();
    let s: Value = h.call("share_settings", json!({}));
    assert_eq!(s["timestamp_url"], Value::Null, "off by default");
    for bad in [
        "timestamp.example",
        "file:///etc/passwd",
        "https://me:pw@tsa.example/",
    ] {
        let err = h.fail("share_set_timestamp_url", json!({ "url": bad }));
        assert_eq!(err.code, "timestamp_url_invalid", "{bad}");
        assert!(!err.message.is_empty());
    }
    let s: Value = h.call("share_settings", json!({}));
    assert_eq!(
        s["timestamp_url"],
        Value::Null,
        "a refused address changes nothing"
    );
    let s: Value = h.call(
        "share_set_timestamp_url",
        json!({ "url": " http://timestamp.example/tsa " }),
    );
    assert_eq!(s["timestamp_url"], "http://timestamp.example/tsa");
    let s: Value = h.call("share_settings", json!({}));
    assert_eq!(s["timestamp_url"], "http://timestamp.example/tsa");
    let s: Value = h.call("share_set_timestamp_url", json!({ "url": null }));
    assert_eq!(s["timestamp_url"], Value::Null);
}

#[test]
fn several_cases_go_into_one_signed_file() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("cases.md");
    let h = Harness::scripted([Some(path.clone()), None]);
    let opts = json!({ "unmask": [], "addresses": [] });
    assert_eq!(
        h.fail(
            "share_export_several",
            json!({ "cases": ["1", "2"], "format": "md", "options": opts }),
        )
        .code,
        "locked"
    );
    h.unlock();
    let a: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Refund", "service": "Bank" } }),
    );
    let b: Case = h.call(
        "case_create",
        json!({ "input": { "title": "Locked out", "service": "Mail" } }),
    );
    let _: Value = h.call(
        "interaction_log",
        json!({ "caseId": b.id.to_string(), "input": {
            "channel": "phone", "direction": "outbound",
            "summary": "Gave card 4111 1111 1111 1111", "references": []
        }}),
    );
    let cases = json!([a.id.to_string(), b.id.to_string()]);

    // PDF holds one case: refused before any dialog opens.
    let err = h.fail(
        "share_export_several",
        json!({ "cases": cases, "format": "pdf", "options": opts }),
    );
    assert_eq!(err.code, "format_takes_one_case");
    assert_eq!(h.asked(), []);

    let done: Value = h.call(
        "share_export_several",
        json!({ "cases": cases, "format": "md", "options": opts, "lang": "vi",
                "path": out.path().join("smuggled.md").display().to_string() }),
    );
    assert!(!out.path().join("smuggled.md").exists());
    assert_eq!(done["path"], path.display().to_string());
    assert_eq!(done["format"], "md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("Refund") && text.contains("Locked out"),
        "{text}"
    );
    assert!(!text.contains("4111 1111 1111 1111"), "redacted by default");
    assert!(out.path().join("cases.md.sig").exists());
    let asked = h.asked();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].kind, DialogKind::Save);
    assert_eq!(
        asked[0].title,
        format!("Save the export of cases {}, {}", a.number, b.number)
    );
    let name = asked[0].file_name.as_deref().unwrap();
    assert!(
        name.starts_with(&format!("steward-cases-{}-{}", a.number, b.number))
            && name.ends_with(".md"),
        "{name}"
    );

    // Cancelled: nothing is written and it is not an error.
    let before = std::fs::read(&path).unwrap();
    let cancelled: Value = h.call(
        "share_export_several",
        json!({ "cases": cases, "format": "html", "options": opts }),
    );
    assert_eq!(cancelled, Value::Null);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
