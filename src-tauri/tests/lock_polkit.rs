//! How a keyring profile's unlock reads polkit's answer (`lock::confirm_user`). No polkit daemon
//! or agent can run here (no system bus), so `pkaction` and `pkcheck` are stand-in scripts on
//! PATH that answer with pkcheck(1)'s documented exit codes; the real tools are what the app runs.
//! Then the same through `profile_unlock` on a keyring profile (a real Secret Service: run under
//! dbus-run-session with gnome-keyring, see scripts/e2e.sh; without one that part is skipped).
//! One test: PATH is the process's.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::{json, Value};
use steward_desktop::lock::{confirm_user, OsCheck};

mod support;

fn script(dir: &Path, name: &str, exit: i32) {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nexit {exit}\n")).expect("write script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn polkit_answers_are_read_as_pkcheck_documents_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Edition 2021: set_var is safe; this is the only test in this binary.
    std::env::set_var("PATH", dir.path());

    // No pkaction/pkcheck at all: reopen through the Secret Service.
    assert_eq!(confirm_user().unwrap(), OsCheck::SecretServiceOnly);

    // The action isn't installed: polkit would refuse it, so it is not asked.
    script(dir.path(), "pkaction", 1);
    script(dir.path(), "pkcheck", 1);
    assert_eq!(confirm_user().unwrap(), OsCheck::SecretServiceOnly);

    script(dir.path(), "pkaction", 0);
    for (exit, expected) in [
        (0, Ok(OsCheck::Polkit)),
        (1, Err("unlock_refused")), // not authorized (wrong password in the agent)
        (3, Err("unlock_refused")), // the dialog was dismissed
        (2, Ok(OsCheck::SecretServiceOnly)), // no agent to ask
        (127, Ok(OsCheck::SecretServiceOnly)), // any other error
    ] {
        script(dir.path(), "pkcheck", exit);
        let got = confirm_user().map_err(|e| e.code);
        assert_eq!(got, expected.map_err(str::to_string), "pkcheck exit {exit}");
    }

    // Through the command, on a keyring profile after a lock: polkit refusing keeps it locked,
    // whatever the page sends (a passphrase is not a way around it); polkit saying yes opens it.
    let h = support::Harness::new();
    match h.raw("profile_unlock", json!({ "passphrase": null })) {
        Ok(created) if created["state"] == "keyring" => {}
        other => {
            eprintln!("no Secret Service here ({other:?}): the keyring part is skipped");
            return;
        }
    }
    h.call::<Value>("lock_now", json!({}));
    script(dir.path(), "pkaction", 0);
    script(dir.path(), "pkcheck", 3);
    for passphrase in [Value::Null, json!("anything at all")] {
        let err = h.fail("profile_unlock", json!({ "passphrase": passphrase }));
        assert_eq!(err.code, "unlock_refused", "{passphrase}");
        let err = h.fail("case_list", json!({ "filter": "active" }));
        assert_eq!(err.code, "locked");
    }
    let status: Value = h.call("lock_status", json!({}));
    assert_eq!(status["failed_attempts"], 2);
    script(dir.path(), "pkcheck", 0);
    h.call::<Value>("profile_unlock", json!({ "passphrase": null }));
    h.call::<Value>("case_list", json!({ "filter": "active" }));
}
