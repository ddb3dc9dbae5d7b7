//! Changing how a profile is unlocked (issue 18), with the real Secret Service: keyring →
//! passphrase → another passphrase → keyring. CI runs it inside `dbus-run-session` with an
//! unlocked gnome-keyring (scripts/test.sh, STEWARD_TEST_KEYRING=required); elsewhere it skips.
//!
//! Each step reopens the profile from its files the new way and checks that nothing was lost:
//! the cases, every authenticator code (against `oathtool`, an independent implementation),
//! backup codes, the automatic backups' password (a backup written after the change opens with
//! it), the signing key, the helpdesk token; that the old way no longer opens it; and which keyring entries exist.
//! The accounts are a real authenticator export (the Aegis sample of the shared corpus).
//! Failures midway (and crashes) are tested in the core's unit tests (`profile::unlock`),
//! which can make a step fail.

mod otp_support;

use otp_support::{oathtool, read};
use steward::cases::NewCase;
use steward::error::UserFacing;
use steward::otp::import::import_auto;
use steward::profile::{Profile, ProfileState, Unlock, UnlockChange, UnlockWith, PROFILE_FILE};
use steward::share::connection::HelpdeskSettings;
use steward::share::{HelpdeskInput, HelpdeskKind, ShareKey};
use steward::vault::KeyringStore;
use uuid::Uuid;
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

fn pass(text: &str) -> Option<Zeroizing<String>> {
    Some(Zeroizing::new(text.to_string()))
}

fn open_with(dir: &std::path::Path, passphrase: Option<&str>) -> Result<Profile, String> {
    Profile::open(
        dir,
        &Unlock {
            passphrase: passphrase.and_then(pass),
            no_keyring: false,
        },
    )
    .map_err(|e| e.code().to_string())
}

fn profile_json(dir: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(PROFILE_FILE)).unwrap()).unwrap()
}

/// Everything a change must keep, read through the profile as the person would see it.
#[derive(Debug, PartialEq)]
struct Seen {
    cases: Vec<String>,
    /// (label, code at T, oathtool's code at T) for every TOTP/HOTP account.
    codes: Vec<(String, String, String)>,
    backup_codes: Vec<String>,
    signing_key: String,
    /// The saved helpdesk token is still readable, masked as it was saved (never printed).
    helpdesk_token_kept: bool,
}

/// A made-up Request Tracker token (the test's own, not a real one).
const TOKEN: &str = "1-27-326dfa0b8ac74f68f9f14d3fa92fece7";

const T: u64 = 1_765_000_000;

fn seen(profile: &Profile, with_backup_codes: Uuid) -> Seen {
    let cases = profile
        .cases()
        .list_cases(steward::cases::CaseFilter::All)
        .unwrap()
        .into_iter()
        .map(|c| c.case.title)
        .collect();
    let store = profile.otp();
    let mut codes = Vec::new();
    for entry in store.list().unwrap() {
        let account = store.account(entry.id).unwrap();
        if matches!(account.kind, steward::otp::OtpKind::Steam { .. }) {
            continue;
        }
        let ours = store.code(entry.id, T).unwrap().code;
        codes.push((entry.label, ours, oathtool(&account, T)));
    }
    let backup_codes = store
        .backup_codes(with_backup_codes, true)
        .unwrap()
        .codes
        .into_iter()
        .map(|c| c.code.unwrap())
        .collect();
    Seen {
        cases,
        codes,
        backup_codes,
        signing_key: ShareKey::for_profile(profile).unwrap().key_id(),
        // The view reads the token from wherever the profile keeps it and masks it.
        helpdesk_token_kept: HelpdeskSettings::new(profile)
            .view()
            .unwrap()
            .and_then(|v| v.token)
            .as_deref()
            == Some("••••ece7"),
    }
}

/// Writes a backup with the saved backup password and opens it with `password`: proves the
/// password moved with the change (and is the one the person chose).
fn backup_opens_with(profile: &Profile, password: &str) {
    let written = profile
        .otp()
        .backups()
        .write_now(chrono::Utc::now())
        .unwrap();
    let bytes = std::fs::read(&written.path).unwrap();
    let report = import_auto(&bytes, None, Some(password)).unwrap();
    assert_eq!(report.accounts.len(), 7);
}

#[test]
fn keyring_to_passphrase_to_another_to_keyring_keeps_everything() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let mut profile = open_with(dir.path(), None).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    let id = profile.id();
    let db_entry = format!("db-key/{id}");
    assert!(keyring.get(&db_entry).is_ok());

    // A profile in use: two cases, the 7 accounts of a real export, backup codes, the backups'
    // password, a signing key.
    for title in ["Locked out of my bank", "Parcel never arrived"] {
        profile
            .cases()
            .create_case(&NewCase {
                title: title.into(),
                service: None,
                desired_outcome: None,
            })
            .unwrap();
    }
    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    let added = profile.otp().add_report(report).unwrap().added;
    assert_eq!(added.len(), 7);
    let ids: Vec<Uuid> = added.iter().map(|a| a.id).collect();
    let first = ids[0];
    profile
        .otp()
        .add_backup_codes(first, &["aaaa-1111".into(), "bbbb-2222".into()])
        .unwrap();
    profile.otp().backups().set_folder(backups.path()).unwrap();
    profile
        .otp()
        .backups()
        .configure(&steward::otp::backup::OtpBackupOptions {
            enabled: false,
            keep: 10,
            remind_days: None,
            password: pass("backup password 1"),
        })
        .unwrap();
    HelpdeskSettings::new(&profile)
        .save(
            &HelpdeskInput {
                kind: HelpdeskKind::Rt,
                address: "http://127.0.0.1:8080/REST/2.0".into(),
                queue: "General".into(),
                requestor: "me@example.com".into(),
                token: Some(TOKEN.into()),
            },
            chrono::Utc::now(),
        )
        .unwrap();
    let before = seen(&profile, first);
    assert!(before.helpdesk_token_kept);
    assert_eq!(before.codes.len(), 6);
    for (label, ours, reference) in &before.codes {
        assert_eq!(ours, reference, "{label}: our code against oathtool's");
    }
    let secret_entries: Vec<String> = ids
        .iter()
        .map(|a| format!("otp/{id}/{a}"))
        .chain([
            format!("otp/{id}/{first}/backup-codes"),
            format!("otp-backup/{id}/password"),
            format!("share-sign/{id}"),
            format!("helpdesk-token/{id}"),
        ])
        .collect();
    for entry in &secret_entries {
        assert!(keyring.get(entry).is_ok(), "{entry} is in the keyring");
    }

    // A passphrase shorter than a new profile's is refused; nothing changes.
    let err = profile
        .change_unlock(UnlockChange {
            current: None,
            to: UnlockWith::Passphrase(Zeroizing::new("short".into())),
        })
        .unwrap_err();
    assert_eq!(err.code(), "passphrase_too_short");
    assert_eq!(profile_json(dir.path())["key"]["kind"], "keyring");
    // Asking for the keyring when it is the keyring already says so.
    let err = profile
        .change_unlock(UnlockChange {
            current: None,
            to: UnlockWith::Keyring,
        })
        .unwrap_err();
    assert_eq!(err.code(), "unlock_unchanged");

    // Keyring → passphrase.
    let changed = profile
        .change_unlock(UnlockChange {
            current: None,
            to: UnlockWith::Passphrase(Zeroizing::new("correct horse battery".into())),
        })
        .unwrap();
    assert_eq!(changed.status.state, ProfileState::Passphrase);
    assert_eq!(changed.otp_accounts, 7);
    assert_eq!(
        seen(&profile, first),
        before,
        "the same profile, still open"
    );
    drop(profile);
    let json = profile_json(dir.path());
    assert_eq!(json["key"]["kind"], "passphrase");
    assert!(json.get("next").is_none());
    // The old keyring key and every secret the keyring held are gone.
    assert!(keyring.get(&db_entry).is_err(), "old database key deleted");
    for entry in &secret_entries {
        assert!(keyring.get(entry).is_err(), "{entry} left the keyring");
    }
    assert_eq!(
        open_with(dir.path(), None).err().unwrap(),
        "passphrase_required"
    );
    assert_eq!(
        open_with(dir.path(), Some("wrong horse battery"))
            .err()
            .unwrap(),
        "wrong_passphrase"
    );
    let mut profile = open_with(dir.path(), Some("correct horse battery")).unwrap();
    assert_eq!(
        seen(&profile, first),
        before,
        "reopened with the passphrase"
    );
    backup_opens_with(&profile, "backup password 1");

    // A wrong current passphrase: a clear error, nothing changed.
    let err = profile
        .change_unlock(UnlockChange {
            current: pass("not the passphrase"),
            to: UnlockWith::Passphrase(Zeroizing::new("a brand new passphrase".into())),
        })
        .unwrap_err();
    assert_eq!(err.code(), "wrong_passphrase");
    assert!(err.info().hint.unwrap().contains("unchanged"));
    let err = profile
        .change_unlock(UnlockChange {
            current: None,
            to: UnlockWith::Keyring,
        })
        .unwrap_err();
    assert_eq!(err.code(), "passphrase_required");
    drop(profile);
    let mut profile = open_with(dir.path(), Some("correct horse battery")).unwrap();
    assert_eq!(seen(&profile, first), before);

    // Passphrase → another passphrase: the old one stops working.
    profile
        .change_unlock(UnlockChange {
            current: pass("correct horse battery"),
            to: UnlockWith::Passphrase(Zeroizing::new("a brand new passphrase".into())),
        })
        .unwrap();
    drop(profile);
    assert_eq!(
        open_with(dir.path(), Some("correct horse battery"))
            .err()
            .unwrap(),
        "wrong_passphrase"
    );
    let mut profile = open_with(dir.path(), Some("a brand new passphrase")).unwrap();
    assert_eq!(seen(&profile, first), before, "after a new passphrase");

    // Passphrase → keyring: a new random key in the keyring, the secrets back in it.
    let changed = profile
        .change_unlock(UnlockChange {
            current: pass("a brand new passphrase"),
            to: UnlockWith::Keyring,
        })
        .unwrap();
    assert_eq!(changed.status.state, ProfileState::Keyring);
    drop(profile);
    assert_eq!(profile_json(dir.path())["key"]["kind"], "keyring");
    for entry in &secret_entries {
        assert!(keyring.get(entry).is_ok(), "{entry} is back in the keyring");
    }
    let profile = open_with(dir.path(), None).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    assert_eq!(seen(&profile, first), before, "back on the keyring");
    backup_opens_with(&profile, "backup password 1");
    // Nothing secret is left sealed in the database once the keyring holds it.
    let sealed: i64 = profile
        .db()
        .conn()
        .query_row(
            "SELECT count(*) FROM otp_accounts WHERE sealed_secret IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sealed, 0);
    // Clean up this test's keyring entries.
    for entry in secret_entries.iter().chain([&db_entry]) {
        let _ = keyring.delete(entry);
    }
}

#[test]
fn another_open_connection_blocks_the_change_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = Profile::open(
        dir.path(),
        &Unlock {
            passphrase: pass("first passphrase"),
            no_keyring: true,
        },
    )
    .unwrap();
    let other = profile.second_handle().unwrap();
    let err = profile
        .change_unlock(UnlockChange {
            current: pass("first passphrase"),
            to: UnlockWith::Passphrase(Zeroizing::new("second passphrase".into())),
        })
        .unwrap_err();
    assert_eq!(err.code(), "database_in_use");
    drop(other);
    drop(profile);
    assert!(profile_json(dir.path()).get("next").is_none());
    assert_eq!(
        Profile::open(
            dir.path(),
            &Unlock {
                passphrase: pass("first passphrase"),
                no_keyring: true,
            },
        )
        .unwrap()
        .status()
        .state,
        ProfileState::Passphrase
    );
}
