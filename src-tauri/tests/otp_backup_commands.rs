//! The window's automatic backups over Tauri's mock runtime with the real capabilities: the
//! folder from the (scripted: the mock runtime has no window to open a native dialog over)
//! folder chooser, on/off, keep and password (never sent back), a backup after adding an
//! account, "a newer backup was found" with Aegis's own vault, the password asked for, and the
//! import report with sample codes.

mod support;

use serde_json::{json, Value};
use steward_desktop::dialogs::DialogKind;
use support::{corpus, Harness};

#[test]
fn folder_settings_backup_found_and_report() {
    let out = tempfile::tempdir().unwrap();
    let folder = out.path().join("synced");
    std::fs::create_dir_all(&folder).unwrap();
    let h = Harness::scripted([None, Some(folder.clone())]);
    h.unlock();

    // Cancelled: nothing set.
    let cancelled: Value = h.call("otp_backup_choose_folder", json!({}));
    assert_eq!(cancelled, Value::Null);
    let status: Value = h.call("otp_backup_choose_folder", json!({}));
    assert_eq!(
        status["folder"],
        folder.canonicalize().unwrap().display().to_string()
    );
    let asked = h.asked();
    assert_eq!(asked[1].kind, DialogKind::Folder);
    assert!(asked[1].title.contains("backups"), "{}", asked[1].title);

    // Turning on needs a password; with one it is kept (where is said), never sent back.
    let err = h.fail(
        "otp_backup_configure",
        json!({ "options": { "enabled": true, "keep": 5, "remind_days": null, "password": null } }),
    );
    assert_eq!(err.code, "otp_backup_not_configured");
    let status: Value = h.call(
        "otp_backup_configure",
        json!({ "options": { "enabled": true, "keep": 5, "remind_days": null, "password": "window pw 1" } }),
    );
    assert_eq!(status["enabled"], true);
    assert_eq!(status["password_set"], true);
    assert!(!status.to_string().contains("window pw 1"));

    // Adding an account writes a backup.
    let _: Value = h.call(
        "otp_add_uri",
        json!({ "link": "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno" }),
    );
    let status: Value = h.call("otp_backup_status", json!({}));
    let file = status["last_backup_file"].as_str().unwrap().to_string();
    assert!(folder.join(&file).is_file());
    assert_eq!(status["pending_changes"], 0);
    let check: Value = h.call("otp_backup_check", json!({}));
    assert_eq!(check["found"], Value::Null);

    // Aegis's vault synced in: found; our password is not its password.
    let target = folder.join("aegis-backup-20261206-230000.json");
    std::fs::write(
        &target,
        corpus("authenticator-exports", "aegis_encrypted.json"),
    )
    .unwrap();
    std::fs::File::options()
        .write(true)
        .open(&target)
        .unwrap()
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    let check: Value = h.call("otp_backup_check", json!({}));
    let fp = check["found"]["fingerprint"].as_str().unwrap().to_string();
    let err = h.fail(
        "otp_backup_import_found",
        json!({ "fingerprint": fp, "password": null }),
    );
    assert_eq!(err.code, "wrong_password");
    let report: Value = h.call(
        "otp_backup_import_found",
        json!({ "fingerprint": fp, "password": "test" }),
    );
    let entries = report["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 7);
    assert!(entries.iter().all(|e| e["sample"]["code"].is_string()));
    assert_eq!(
        entries
            .iter()
            .filter(|e| e["outcome"] == "already_here")
            .count(),
        1
    );
    let check: Value = h.call("otp_backup_check", json!({}));
    assert_eq!(check["found"], Value::Null);
    let written: Value = h.call("otp_backup_now", json!({}));
    assert_eq!(written["accounts"], 7);
}
