//! The automatic backups' password in the real OS keyring (Secret Service), for a keyring
//! profile. Run inside `dbus-run-session` with an unlocked gnome-keyring (see the rules in
//! tests/otp_keyring.rs; STEWARD_TEST_KEYRING=required makes a missing keyring a failure).

mod otp_support;

use std::collections::HashSet;

use chrono::Utc;
use otp_support::read;
use steward::otp::backup::{folder, OtpBackupOptions};
use steward::otp::import::{import_auto, Format};
use steward::otp::store::SecretStore;
use steward::profile::{Profile, Unlock};
use steward::vault::KeyringStore;
use zeroize::Zeroizing;

fn keyring_or_skip() -> Option<KeyringStore> {
    let store = KeyringStore::system();
    if store.is_available() {
        return Some(store);
    }
    if std::env::var("STEWARD_TEST_KEYRING").as_deref() == Ok("required") {
        panic!("STEWARD_TEST_KEYRING=required but no Secret Service answers");
    }
    eprintln!("SKIPPED: no Secret Service here; run through scripts/test.sh to test the keyring");
    None
}

#[test]
fn the_backup_password_lives_in_the_keyring_and_backups_open_with_it() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let folder_path = dir.path().join("backups");
    std::fs::create_dir_all(&folder_path).unwrap();
    let profile = Profile::open(&dir.path().join("p"), &Unlock::default()).unwrap();
    let store = profile.otp();
    assert_eq!(store.secret_home(), SecretStore::Keyring);
    store.backups().set_folder(&folder_path).unwrap();
    let status = store
        .backups()
        .configure(&OtpBackupOptions {
            enabled: true,
            keep: 3,
            remind_days: None,
            password: Some(Zeroizing::new("keyring backup pw".into())),
        })
        .unwrap();
    assert_eq!(status.password_home, Some(SecretStore::Keyring));
    // In the keyring under the profile's entry; not in the database.
    let entry = format!("otp-backup/{}/password", profile.id());
    assert_eq!(
        keyring.get(&entry).unwrap().as_slice(),
        b"keyring backup pw"
    );
    let sealed: Option<Vec<u8>> = profile
        .db()
        .conn()
        .query_row(
            "SELECT sealed_password FROM otp_backup_settings WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sealed.is_none());

    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    store.add_report(report).unwrap();
    let names: HashSet<String> = std::fs::read_dir(&folder_path)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| folder::is_backup_name(n))
        .collect();
    assert_eq!(names.len(), 1);
    let name = names.into_iter().next().unwrap();
    let bytes = std::fs::read(folder_path.join(&name)).unwrap();
    let back = import_auto(&bytes, Some(Format::Aegis), Some("keyring backup pw")).unwrap();
    assert_eq!(back.accounts, store.accounts_with_secrets().unwrap());

    // A keyring that lost the password: the change still happens, the backup fails visibly.
    keyring.delete(&entry).unwrap();
    let id = store.list().unwrap()[0].id;
    store.set_favourite(id, true).unwrap();
    let status = store.backups().status(Utc::now()).unwrap();
    assert_eq!(
        status.last_error.map(|e| e.code),
        Some("otp_backup_not_configured".to_string())
    );
    assert!(status.pending_changes > 0);
    let _ = keyring.delete(&format!("db-key/{}", profile.id()));
}
