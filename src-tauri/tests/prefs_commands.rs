//! Preferences over Tauri's mock runtime with the real capabilities: the page reads and writes
//! Steward's own keys in its own prefs.json through prefs_get/prefs_set, and nothing else — the
//! store and dialog plugins' own commands are refused.
//!
//! One test: the app data folder comes from XDG_DATA_HOME, which is the process's, so it is set
//! once, to a temporary folder, before any app is built.

mod support;

use serde_json::{json, Value};
use support::Harness;

/// A preference as `prefs_get` reads it.
fn get(h: &Harness, key: &str) -> Value {
    h.raw("prefs_get", json!({ "key": key }))
        .unwrap_or_else(|e| panic!("prefs_get {key}: {e}"))
}

/// Saves a preference with `prefs_set`.
fn set(h: &Harness, key: &str, value: Value) {
    h.raw("prefs_set", json!({ "key": key, "value": value }))
        .unwrap_or_else(|e| panic!("prefs_set {key}: {e}"));
}

#[test]
fn preferences_are_known_keys_in_stewards_own_file() {
    let home = tempfile::tempdir().expect("temp dir");
    // Edition 2021: set_var is safe; this is the only test in this binary.
    std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
    let file = home.path().join("data/app.steward.desktop/prefs.json");

    let h = Harness::at(home.path(), |_| {});
    h.unlock(); // the app starts locked: only theme, language and window are read before
    assert_eq!(get(&h, "theme"), Value::Null, "nothing saved yet");
    let window = json!({ "width": 1000, "height": 680, "x": 10, "y": 20, "maximized": false });
    set(&h, "theme", json!("dark"));
    set(&h, "language", json!("vi"));
    set(&h, "window", window.clone());
    set(
        &h,
        "last_case_id",
        json!("6f1c0e7e-0000-4000-8000-000000000001"),
    );
    set(&h, "authenticator_open", json!(true));
    assert_eq!(get(&h, "theme"), json!("dark"));
    // Saved at once, not on a timer: the window may be closed any moment.
    let saved: Value = serde_json::from_slice(&std::fs::read(&file).expect("prefs.json")).unwrap();
    assert_eq!(saved["window"], window);
    assert_eq!(saved["language"], "vi");
    set(&h, "last_case_id", Value::Null);
    assert_eq!(get(&h, "last_case_id"), Value::Null);

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
        get(&h, "theme"),
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
    let again = Harness::at(home.path(), |_| {});
    again.unlock();
    assert_eq!(get(&again, "theme"), json!("dark"));
    assert_eq!(get(&again, "window"), window);
    assert_eq!(get(&again, "authenticator_open"), json!(true));
}
