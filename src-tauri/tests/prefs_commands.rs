//! Preferences over Tauri's mock runtime with the real capabilities: the page reads and writes
//! Steward's own keys in its own prefs.json through prefs_get/prefs_set, and nothing else — the
//! store and dialog plugins' own commands are refused.
//!
//! One test: the app data folder comes from XDG_DATA_HOME, which is the process's, so it is set
//! once, to a temporary folder, before any app is built.

use serde_json::{json, Value};
use steward::error::ErrorInfo;
use steward_desktop::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    fn new(data: &std::path::Path) -> Self {
        let state = AppState::new(data.join("steward"));
        let app = steward_desktop::setup(mock_builder(), state)
            .build(steward_desktop::context())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness { _app: app, window }
    }

    fn raw(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("origin url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }

    fn get(&self, key: &str) -> Value {
        self.raw("prefs_get", json!({ "key": key }))
            .unwrap_or_else(|e| panic!("prefs_get {key}: {e}"))
    }

    fn set(&self, key: &str, value: Value) {
        self.raw("prefs_set", json!({ "key": key, "value": value }))
            .unwrap_or_else(|e| panic!("prefs_set {key}: {e}"));
    }

    fn fail(&self, cmd: &str, args: Value) -> ErrorInfo {
        match self.raw(cmd, args) {
            Ok(value) => panic!("{cmd} should have failed, returned {value}"),
            Err(err) => serde_json::from_value(err).expect("error is an ErrorInfo"),
        }
    }
}

#[test]
fn preferences_are_known_keys_in_stewards_own_file() {
    let home = tempfile::tempdir().expect("temp dir");
    // Edition 2021: set_var is safe; this is the only test in this binary.
    std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
    let file = home.path().join("data/app.steward.desktop/prefs.json");

    let h = Harness::new(home.path());
    assert_eq!(h.get("theme"), Value::Null, "nothing saved yet");
    let window = json!({ "width": 1000, "height": 680, "x": 10, "y": 20, "maximized": false });
    h.set("theme", json!("dark"));
    h.set("language", json!("vi"));
    h.set("window", window.clone());
    h.set(
        "last_case_id",
        json!("6f1c0e7e-0000-4000-8000-000000000001"),
    );
    h.set("authenticator_open", json!(true));
    assert_eq!(h.get("theme"), json!("dark"));
    // Saved at once, not on a timer: the window may be closed any moment.
    let saved: Value = serde_json::from_slice(&std::fs::read(&file).expect("prefs.json")).unwrap();
    assert_eq!(saved["window"], window);
    assert_eq!(saved["language"], "vi");
    h.set("last_case_id", Value::Null);
    assert_eq!(h.get("last_case_id"), Value::Null);

    // Only Steward's keys, only small values.
    for key in ["../../.bashrc", "path", "", "THEME"] {
        let err = h.fail("prefs_get", json!({ "key": key }));
        assert_eq!(err.code, "unknown_preference", "{key:?}");
        let err = h.fail("prefs_set", json!({ "key": key, "value": 1 }));
        assert_eq!(err.code, "unknown_preference", "{key:?}");
    }
    let big = "x".repeat(5000);
    let err = h.fail("prefs_set", json!({ "key": "theme", "value": big }));
    assert_eq!(err.code, "preference_too_large");
    assert_eq!(
        h.get("theme"),
        json!("dark"),
        "a refused value changes nothing"
    );

    // The plugins' own commands are not the page's: it cannot load another file or open a dialog.
    let other = home.path().join("other.json");
    assert!(h
        .raw(
            "plugin:store|load",
            json!({ "path": other.display().to_string() })
        )
        .is_err());
    assert!(h
        .raw("plugin:store|get", json!({ "rid": 0, "key": "theme" }))
        .is_err());
    assert!(h
        .raw("plugin:dialog|open", json!({ "options": {} }))
        .is_err());
    assert!(!other.exists());
    drop(h);

    // A new window reads them back.
    let again = Harness::new(home.path());
    assert_eq!(again.get("theme"), json!("dark"));
    assert_eq!(again.get("window"), window);
    assert_eq!(again.get("authenticator_open"), json!(true));
}
