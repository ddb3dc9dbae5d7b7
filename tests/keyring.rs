//! The database key in the real OS keyring (Secret Service). CI runs this inside
//! `dbus-run-session` with an unlocked gnome-keyring (scripts/test.sh) and sets
//! STEWARD_TEST_KEYRING=required, so a missing keyring fails the run instead of skipping.

mod common;

use common::*;
use steward::cases::CaseFilter;
use steward::error::UserFacing;
use steward::profile::{Profile, ProfileState, Unlock, DB_FILE, PROFILE_FILE};
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

fn keyring_entry(dir: &std::path::Path) -> String {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(PROFILE_FILE)).unwrap()).unwrap();
    json["key"]["entry"].as_str().unwrap().to_string()
}

#[test]
fn a_new_profile_keeps_its_key_in_the_keyring_and_reopens_with_it() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let case_id = {
        let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
        assert_eq!(profile.status().state, ProfileState::Keyring);
        let store = profile.cases();
        let case = store
            .create_case(&new_case("In the keyring", "Bank"))
            .unwrap();
        store.log_interaction(case.id, &contact(UNUSUAL)).unwrap();
        case.id
    };
    let profile_json = std::fs::read_to_string(dir.path().join(PROFILE_FILE)).unwrap();
    let entry = keyring_entry(dir.path());
    let key = keyring.get(&entry).unwrap();
    assert_eq!(key.len(), 32);
    assert!(
        !profile_json.contains(&hex::encode(key.as_slice())),
        "the key must not be written next to the data"
    );

    let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
    let detail = profile.cases().case_detail(case_id).unwrap();
    assert_eq!(detail.interactions[0].summary, UNUSUAL);
    drop(profile);
    keyring.delete(&entry).unwrap();
}

#[test]
fn a_key_missing_from_the_keyring_is_an_error_and_nothing_is_replaced() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    {
        let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
        profile
            .cases()
            .create_case(&new_case("Must survive", "Bank"))
            .unwrap();
    }
    let entry = keyring_entry(dir.path());
    let saved_key = keyring.get(&entry).unwrap();
    let db_before = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    keyring.delete(&entry).unwrap();

    let err = Profile::open(dir.path(), &Unlock::default()).err().unwrap();
    assert_eq!(err.code(), "key_missing");
    assert!(err.hint().unwrap().contains("unchanged"));
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), db_before);

    // A wrong key in the keyring is refused too, and the data stays.
    keyring.set(&entry, &[7u8; 32]).unwrap();
    assert_eq!(
        Profile::open(dir.path(), &Unlock::default())
            .err()
            .unwrap()
            .code(),
        "keyring_key_wrong"
    );

    // Put the key back: everything is there.
    keyring.set(&entry, &saved_key).unwrap();
    let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
    assert_eq!(
        profile.cases().list_cases(CaseFilter::All).unwrap()[0]
            .case
            .title,
        "Must survive"
    );
    drop(profile);
    keyring.delete(&entry).unwrap();
}

#[test]
fn a_turned_off_keyring_is_never_touched() {
    let Some(_) = keyring_or_skip() else { return };
    let dir = tempfile::tempdir().unwrap();
    let err = Profile::open(
        dir.path(),
        &Unlock {
            passphrase: None,
            no_keyring: true,
        },
    )
    .err()
    .unwrap();
    assert_eq!(err.code(), "passphrase_required");
    let profile = open(dir.path());
    assert_eq!(profile.status().state, ProfileState::Passphrase);
}
