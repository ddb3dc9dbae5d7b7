//! The real commands, with the real capabilities, over Tauri's mock runtime (no display needed):
//! each test gets its own data directory and unlocks it with a passphrase (no keyring needed).

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use steward::cases::{Case, CaseDetail, CaseSummary, Interaction, SearchHit};
use steward::error::ErrorInfo;
use steward::profile::{ProfileState, ProfileStatus};
use steward_desktop::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

const PASSPHRASE: &str = "correct horse battery staple";
const REFUSAL: &str =
    "We detected unusual activity and are unable to verify your mobile number at this time";

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
        .raw("https://example.com", "profile_status", json!({}))
        .expect_err("a remote page must not reach Steward's commands");
    assert!(err.to_string().contains("not allowed"), "{err}");
}
