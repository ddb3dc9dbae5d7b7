//! The share commands over Tauri's mock runtime with the real capabilities: preview, the chat
//! brief, exports (to a path and to the Downloads folder) and verification.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use steward::cases::Case;
use steward::error::ErrorInfo;
use steward::profile::ProfileStatus;
use steward_desktop::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

const PASSPHRASE: &str = "correct horse battery staple";

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::new(dir.path().join("steward"));
        let app = steward_desktop::setup(mock_builder(), state)
            .build(steward_desktop::context())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness {
            _app: app,
            window,
            _dir: dir,
        }
    }

    /// Invokes `cmd` from the app's own origin, as the UI does.
    fn raw(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("origin url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }

    fn call<T: DeserializeOwned>(&self, cmd: &str, args: Value) -> T {
        match self.raw("tauri://localhost", cmd, args) {
            Ok(value) => serde_json::from_value(value).expect("response has the contract's shape"),
            Err(err) => panic!("{cmd} failed: {err}"),
        }
    }

    fn fail(&self, cmd: &str, args: Value) -> ErrorInfo {
        match self.raw("tauri://localhost", cmd, args) {
            Ok(value) => panic!("{cmd} should have failed, returned {value}"),
            Err(err) => serde_json::from_value(err).expect("error is an ErrorInfo"),
        }
    }

    fn unlock(&self) -> ProfileStatus {
        self.call("profile_unlock", json!({ "passphrase": PASSPHRASE }))
    }
}

#[test]
fn share_commands_say_locked_before_unlock() {
    let h = Harness::new();
    for (cmd, args) in [
        (
            "share_preview",
            json!({ "case": "1", "options": { "unmask": [], "addresses": [] } }),
        ),
        (
            "share_brief",
            json!({ "case": "1", "chat": true, "options": { "unmask": [], "addresses": [] } }),
        ),
        ("share_verify", json!({ "path": "/nonexistent" })),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
}

#[test]
fn preview_brief_export_and_verify() {
    let h = Harness::new();
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

    // The page cannot unmask backup or one-time codes even if it asks.
    let chat: String = h.call(
        "share_brief",
        json!({ "case": id, "chat": true, "options": { "unmask": ["backup_code", "otp", "card"], "addresses": [] } }),
    );
    assert!(chat.contains("4111 1111 1111 1111"));
    assert!(!chat.contains("493817"), "one-time codes stay masked");

    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("case.pdf");
    let done: Value = h.call(
        "share_export",
        json!({ "case": id, "format": "pdf", "options": { "unmask": [], "addresses": [] },
                "path": path.display().to_string() }),
    );
    assert_eq!(done["format"], "pdf");
    assert!(done["signature_path"]
        .as_str()
        .unwrap()
        .ends_with("case.pdf.sig"));
    let v: Value = h.call(
        "share_verify",
        json!({ "path": path.display().to_string() }),
    );
    assert_eq!(v["verdict"], "intact");
    assert_eq!(v["own_key"], true);

    // An unknown format never reaches the core: Tauri rejects the argument.
    assert!(h
        .raw(
            "tauri://localhost",
            "share_export",
            json!({ "case": id, "format": "docx", "options": { "unmask": [], "addresses": [] }, "path": null }),
        )
        .is_err());
    let err = h.fail("share_verify", json!({ "path": "/nonexistent/file.md" }));
    assert_eq!(err.code, "file_unreadable");
}
