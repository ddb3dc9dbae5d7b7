//! The app lock's gate over Tauri's mock runtime with the real handler and capabilities: while the
//! app is locked (at start, and after Lock now), EVERY command in commands.txt answers `locked`,
//! called from the page's origin as the UI calls it, except the short documented list the lock
//! screen needs. The list is read from commands.txt, so a command added later is checked too.
//! Mock runtime: no window system here; the real window is tests/e2e/lock.test.mjs.

mod support;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use steward::lock::{LockReason, LockStatus};
use steward_desktop::AppState;
use support::{Harness, Page, PASSPHRASE};
use tauri::Manager;

/// What the lock screen may call while locked, and why (the documented allowlist).
const DOCUMENTED_OPEN: [&str; 7] = [
    "profile_status",         // how the profile is protected: passphrase field or not
    "profile_unlock",         // unlocking
    "profile_unlock_listing", // unlocking at start, then the first case list (not before)
    "prefs_get",              // theme, language, window size only (others answer `locked`)
    "language_set",           // the lock screen in the user's language
    "bench_first_paint",      // a number for the benchmark, nothing of the profile
    "lock_status",            // why it locked, wrong tries
];

/// Every command of commands.txt, and the ones marked `# open while locked`.
fn listed() -> (Vec<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("commands.txt"))
        .expect("commands.txt");
    let mut all = Vec::new();
    let mut open = BTreeSet::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, mark) = line.split_once('#').unwrap_or((line, ""));
        let name = path.trim().rsplit("::").next().unwrap_or(path).to_string();
        if mark.trim() == "open while locked" {
            open.insert(name.clone());
        }
        all.push(name);
    }
    (all, open)
}

fn code(err: &Value) -> &str {
    err.get("code").and_then(Value::as_str).unwrap_or("")
}

/// Arguments that would get past argument parsing for most commands (ids, texts, a filter): a
/// `locked` answer then can only come from the lock, not from a missing argument.
fn plausible_args() -> Value {
    let id = "0190b3c4-0000-7000-8000-000000000000";
    json!({
        "id": id, "caseId": id, "alertId": id, "attachmentId": id, "promiseId": id,
        "filter": "active", "query": "router", "text": "router", "link": "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",
        "key": "last_case_id", "value": null, "lang": "en", "passphrase": null,
        "number": "+84912345678", "region": null, "refusal": null, "confirm": true,
        "reveal": false, "favourite": true, "tags": ["work"], "codes": [], "code": "123456",
        "issuer": null, "name": "x", "format": "aegis", "password": null, "server": null,
        "resolution": null, "status": "pending", "step": "changed_password", "done": true,
        "input": {}, "patch": {}, "ids": [id],
    })
}

/// Calls every command twice (no arguments, plausible ones) and returns those that did NOT
/// answer `locked`, with what they answered.
fn not_locked(page: &Page, commands: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for cmd in commands {
        for args in [json!({}), plausible_args()] {
            match page.raw(cmd, args) {
                Err(err) if code(&err) == "locked" => {}
                other => out.push(format!("{cmd}: {other:?}")),
            }
        }
        match page.raw_body(cmd, b"\x89PNG\r\n", &[]) {
            Err(err) if code(&err) == "locked" => {}
            other => out.push(format!("{cmd} (raw body): {other:?}")),
        }
    }
    out
}

fn status(page: &Page) -> LockStatus {
    page.call("lock_status", json!({}))
}

#[test]
fn the_allowlist_is_exactly_the_documented_one() {
    let (_, open) = listed();
    let documented: BTreeSet<String> = DOCUMENTED_OPEN.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        open, documented,
        "commands.txt's `# open while locked` marks"
    );
    let compiled: BTreeSet<String> = steward_desktop::lock::OPEN_WHILE_LOCKED
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(compiled, documented, "the list build.rs generated");
}

#[test]
fn while_locked_every_command_but_the_allowlist_answers_locked() {
    let home = tempfile::tempdir().expect("temp dir");
    // prefs.json lives under XDG_DATA_HOME: a temporary one (the only test here that reads it).
    std::env::set_var("XDG_DATA_HOME", home.path().join("data"));
    let h = Harness::at(home.path(), |_| {});
    let (all, open) = listed();
    let gated: Vec<String> = all.iter().filter(|c| !open.contains(*c)).cloned().collect();
    assert!(
        gated.len() > 60,
        "commands.txt was read ({} gated)",
        gated.len()
    );

    // At start: locked until the first unlock.
    assert_eq!(status(&h).reason, LockReason::Start);
    assert!(status(&h).locked);
    let leaks = not_locked(&h, &gated);
    assert!(
        leaks.is_empty(),
        "answered while locked at start:\n{}",
        leaks.join("\n")
    );
    // The open ones answer for themselves (not `locked`).
    h.call::<Value>("profile_status", json!({}));
    h.call::<Value>("prefs_get", json!({ "key": "theme" }));
    h.call::<Value>("language_set", json!({ "lang": "en" }));
    let err = h.fail("prefs_get", json!({ "key": "last_case_id" }));
    assert_eq!(
        err.code, "locked",
        "only the lock screen's preferences while locked"
    );

    // Unlocked: the records answer.
    h.unlock();
    assert!(!status(&h).locked);
    h.call::<Value>("case_list", json!({ "filter": "active" }));
    h.call::<Value>("prefs_get", json!({ "key": "last_case_id" }));
    h.call::<Value>("lock_activity", json!({}));

    // Lock now: the gate closes at once, both handles go.
    h.call::<Value>("lock_now", json!({}));
    let now = status(&h);
    assert!(now.locked);
    assert_eq!(now.reason, LockReason::Manual);
    let leaks = not_locked(&h, &gated);
    assert!(
        leaks.is_empty(),
        "answered after Lock now:\n{}",
        leaks.join("\n")
    );
    let state = h.app.state::<AppState>();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let profile_gone = state.profile.lock().unwrap().is_none();
        let reader_gone = state.reader.lock().unwrap().is_none();
        if profile_gone && reader_gone {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the profile handles were not dropped"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    // Wrong passphrases are counted, nothing else happens; the right one opens the same records.
    for n in 1..=2u32 {
        let err = h.fail(
            "profile_unlock",
            json!({ "passphrase": "not the passphrase" }),
        );
        assert_eq!(err.code, "wrong_passphrase");
        assert_eq!(status(&h).failed_attempts, n);
        assert!(status(&h).locked);
    }
    let err = h.fail("profile_unlock", json!({ "passphrase": null }));
    assert_eq!(
        err.code, "passphrase_required",
        "a passphrase profile asks it again"
    );
    // The window's start (unlock, then the first case list, in one call) is refused the same
    // way, and lists nothing without the unlock.
    let err = h.fail(
        "profile_unlock_listing",
        json!({ "passphrase": "not the passphrase", "filter": "active" }),
    );
    assert_eq!(err.code, "wrong_passphrase");
    assert_eq!(status(&h).failed_attempts, 3);
    h.call::<Value>("profile_unlock", json!({ "passphrase": PASSPHRASE }));
    let after = status(&h);
    assert!(!after.locked);
    assert_eq!(after.failed_attempts, 0);
    h.call::<Value>("case_list", json!({ "filter": "active" }));

    // Locked again, the start's call opens it and brings the active cases along.
    h.call::<Value>(
        "case_create",
        json!({ "input": { "title": "Router refund" } }),
    );
    h.call::<Value>("lock_now", json!({}));
    let opened: Value = h.call(
        "profile_unlock_listing",
        json!({ "passphrase": PASSPHRASE, "filter": "active" }),
    );
    assert!(!status(&h).locked);
    assert_eq!(opened["status"]["state"], "passphrase");
    let titles: Vec<&str> = opened["cases"]
        .as_array()
        .expect("the case list came along")
        .iter()
        .filter_map(|c| c["title"].as_str())
        .collect();
    assert_eq!(titles, ["Router refund"]);
}

/// A code copied to the clipboard is cleared when the app locks, not 30 s later. The clipboard is
/// the real one (X11 under xvfb-run); without a display, copying fails and there is nothing to
/// check.
#[test]
fn locking_clears_a_copied_code_from_the_clipboard() {
    use tauri_plugin_clipboard_manager::ClipboardExt;
    let h = Harness::new();
    h.unlock();
    let added: Value = h.call(
        "otp_add_uri",
        json!({ "link": "otpauth://totp/Bank:me?secret=JBSWY3DPEHPK3PXP&issuer=Bank" }),
    );
    let id = added["added"][0]["id"].as_str().expect("the account's id");
    if let Err(err) = h.raw("otp_copy_code", json!({ "id": id })) {
        assert_eq!(code(&err), "clipboard_unavailable", "{err}");
        eprintln!("no clipboard here (no display): nothing to check");
        return;
    }
    let clipboard = h.app.clipboard();
    let copied = clipboard.read_text().expect("the clipboard holds the code");
    assert_eq!(copied.len(), 6, "a 6-digit code was copied");
    h.call::<Value>("lock_now", json!({}));
    let deadline = Instant::now() + Duration::from_secs(10);
    while clipboard.read_text().ok().as_deref() == Some(copied.as_str()) {
        assert!(
            Instant::now() < deadline,
            "the code is still on the clipboard after locking"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
