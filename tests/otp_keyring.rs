//! Authenticator secrets in the real OS keyring (Secret Service). CI runs this inside
//! `dbus-run-session` with an unlocked gnome-keyring (scripts/test.sh) and sets
//! STEWARD_TEST_KEYRING=required, so a missing keyring fails the run instead of skipping.
//!
//! A keyring-protected profile keeps each secret at `otp/<profile-id>/<account-id>`, nothing
//! secret in the database; a keyring that loses an entry or refuses a call never costs data.

mod otp_support;

use otp_support::{read, MANIFEST};
use steward::error::UserFacing;
use steward::otp::import::import_auto;
use steward::otp::store::{OtpStore, SecretHome, SecretStore};
use steward::profile::{Profile, Unlock, PROFILE_FILE};
use steward::vault::KeyringStore;

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

fn db_key_entry(dir: &std::path::Path) -> String {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(PROFILE_FILE)).unwrap()).unwrap();
    json["key"]["entry"].as_str().unwrap().to_string()
}

#[test]
fn secrets_live_in_the_keyring_and_failures_never_delete() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
    let store = profile.otp();
    assert_eq!(store.secret_home(), SecretStore::Keyring);
    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    let added = store.add_report(report).unwrap().added;
    assert_eq!(added.len(), 7);

    // Each secret is in the keyring under its own entry, as Base32; the database row has none.
    for (entry, want) in added.iter().zip(MANIFEST.iter()) {
        assert_eq!(entry.secret_home, SecretStore::Keyring);
        let name = format!("otp/{}/{}", profile.id(), entry.id);
        assert_eq!(
            keyring.get(&name).unwrap().as_slice(),
            want.secret.as_bytes()
        );
        let sealed: Option<Vec<u8>> = profile
            .db()
            .conn()
            .query_row(
                "SELECT sealed_secret FROM otp_accounts WHERE id = ?1",
                [entry.id.to_string()],
                |r| r.get(0),
            )
            .unwrap();
        assert!(sealed.is_none());
    }
    let deno = added[0].id;
    let code = store.code(deno, 59).unwrap();

    // Backup codes go to the keyring too.
    store
        .add_backup_codes(deno, &["aaaa-1111".into(), "bbbb-2222".into()])
        .unwrap();
    let backup_entry = format!("otp/{}/{}/backup-codes", profile.id(), deno);
    assert_eq!(
        keyring.get(&backup_entry).unwrap().as_slice(),
        b"aaaa-1111\nbbbb-2222"
    );
    assert_eq!(
        store.backup_codes(deno, true).unwrap().codes[1]
            .code
            .as_deref(),
        Some("bbbb-2222")
    );

    // A keyring that refuses every call (locked, no service): removing fails and deletes
    // nothing, codes fail with what to do, adding adds nothing.
    let off = KeyringStore::disabled();
    let failing = OtpStore::new(
        profile.db().conn(),
        SecretHome::Keyring {
            keyring: &off,
            profile_id: profile.id(),
        },
    );
    let err = failing.remove(deno, true).unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    assert!(err.hint().unwrap().contains("Nothing was deleted"));
    let err = failing.code(deno, 59).unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    assert!(err
        .hint()
        .unwrap()
        .contains("Nothing was changed or deleted"));
    let err = failing
        .add_link("otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        .unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    let codes = failing.codes(59).unwrap();
    assert_eq!(codes.len(), 7);
    assert!(codes.iter().all(|c| c.code.is_none() && c.error.is_some()));
    // All still there, with the real keyring.
    assert_eq!(store.list().unwrap().len(), 7);
    assert_eq!(store.code(deno, 59).unwrap(), code);
    assert!(keyring.get(&backup_entry).is_ok());

    // An entry lost from the keyring (reset keyring, another computer): that account says so
    // and how to recover; the others keep working; the metadata stays.
    let spdx = added[1].id;
    let spdx_entry = format!("otp/{}/{}", profile.id(), spdx);
    keyring.delete(&spdx_entry).unwrap();
    let err = store.code(spdx, 59).unwrap_err();
    assert_eq!(err.code(), "otp_secret_missing");
    assert!(err.to_string().contains("SPDX (James)"));
    assert!(err.hint().unwrap().contains("Nothing was deleted"));
    let codes = store.codes(59).unwrap();
    assert_eq!(codes.iter().filter(|c| c.error.is_some()).count(), 1);
    assert_eq!(codes[1].error.as_ref().unwrap().code, "otp_secret_missing");
    assert_eq!(codes[0].code.as_ref().unwrap(), &code);
    assert_eq!(store.list().unwrap().len(), 7);
    // An export refuses rather than silently leaving the account out.
    assert_eq!(
        store
            .export(steward::otp::ExportFormat::OtpauthList, None)
            .unwrap_err()
            .code(),
        "otp_secret_missing"
    );
    // The orphan can still be removed (there is nothing left in the keyring to lose).
    store.remove(spdx, true).unwrap();

    // Removing with a working keyring removes the secret and the backup codes from it.
    store.remove(deno, true).unwrap();
    assert!(keyring
        .get(&format!("otp/{}/{}", profile.id(), deno))
        .is_err());
    assert!(keyring.get(&backup_entry).is_err());

    // Clean up the throw-away keyring.
    for e in store.list().unwrap() {
        store.remove(e.id, true).unwrap();
    }
    drop(profile);
    keyring.delete(&db_key_entry(dir.path())).unwrap();
}
