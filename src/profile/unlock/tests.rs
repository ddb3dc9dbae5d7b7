//! A change of unlock method that fails or crashes midway (`step` makes a step fail here; a
//! "crash" is a panic, so nothing after it runs, as when the process dies). Each test reopens
//! the profile from its files and checks the codes against `oathtool` (an independent
//! implementation). Passphrase → passphrase tests always run; the keyring ones need the real
//! Secret Service (CI: scripts/test.sh, STEWARD_TEST_KEYRING=required) and skip elsewhere.

use super::*;
use std::process::Command;

const LINKS: [(&str, &str); 2] = [
    ("Example", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
    ("Bank", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
];
const T: u64 = 1_765_000_123;

fn pass(text: &str) -> Option<Zeroizing<String>> {
    Some(Zeroizing::new(text.to_string()))
}

fn open(dir: &Path, passphrase: Option<&str>) -> Result<Profile, String> {
    Profile::open(
        dir,
        &Unlock {
            passphrase: passphrase.and_then(pass),
            no_keyring: false,
        },
    )
    .map_err(|e| crate::error::UserFacing::code(&e).to_string())
}

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

fn oathtool(secret: &str) -> String {
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret, "-N", &format!("@{T}")])
        .output()
        .expect("oathtool (apt-get install oathtool)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A profile with a case, two authenticator accounts and backup codes.
fn fill(profile: &Profile) {
    profile
        .cases()
        .create_case(&crate::cases::NewCase {
            title: "Locked out".into(),
            service: None,
            desired_outcome: None,
        })
        .unwrap();
    for (issuer, secret) in LINKS {
        profile
            .otp()
            .add_link(&format!("otpauth://totp/{issuer}:me?secret={secret}"))
            .unwrap();
    }
    let first = profile.otp().list().unwrap()[0].id;
    profile
        .otp()
        .add_backup_codes(first, &["1111-aaaa".into(), "2222-bbbb".into()])
        .unwrap();
}

/// Everything is there and every code is right.
fn assert_intact(profile: &Profile) {
    let cases = profile
        .cases()
        .list_cases(crate::cases::CaseFilter::All)
        .unwrap();
    assert_eq!(cases.len(), 1);
    let store = profile.otp();
    let entries = store.list().unwrap();
    assert_eq!(entries.len(), 2);
    for (entry, (_, secret)) in entries.iter().zip(LINKS) {
        assert_eq!(store.code(entry.id, T).unwrap().code, oathtool(secret));
    }
    let codes = store.backup_codes(entries[0].id, true).unwrap().codes;
    assert_eq!(codes[1].code.as_deref(), Some("2222-bbbb"));
}

fn json(dir: &Path) -> ProfileFile {
    read_profile_file(dir).unwrap().unwrap()
}

fn sealed_set_left(profile: &Profile) -> bool {
    profile
        .db()
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'profile_unlock_change')",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

fn fail_at(step: Option<(Step, bool)>) {
    FAIL_AT.with(|f| f.set(step));
}

fn to_passphrase(current: Option<&str>, new: &str) -> UnlockChange {
    UnlockChange {
        current: current.and_then(pass),
        to: UnlockWith::Passphrase(Zeroizing::new(new.into())),
    }
}

/// Runs a change that "crashes": the profile is dropped as the process would drop it.
fn crash(mut profile: Profile, change: UnlockChange) {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = profile.change_unlock(change);
    }));
    assert!(result.is_err(), "the change should have crashed");
    fail_at(None);
}

#[test]
fn a_failure_between_rekey_and_profile_json_leaves_the_old_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = open(dir.path(), Some("old passphrase")).unwrap();
    fill(&profile);
    fail_at(Some((Step::AfterRekey, false)));
    let err = profile
        .change_unlock(to_passphrase(Some("old passphrase"), "new passphrase"))
        .unwrap_err();
    fail_at(None);
    assert!(err.to_string().contains("failure made"), "{err}");
    // The open profile still works, on the old key; nothing of the change is left.
    assert_intact(&profile);
    assert!(!sealed_set_left(&profile));
    assert!(json(dir.path()).next.is_none());
    drop(profile);
    assert_eq!(
        open(dir.path(), Some("new passphrase")).err().unwrap(),
        "wrong_passphrase"
    );
    let profile = open(dir.path(), Some("old passphrase")).unwrap();
    assert_intact(&profile);
}

#[test]
fn a_crash_between_rekey_and_profile_json_opens_with_the_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path(), Some("old passphrase")).unwrap();
    fill(&profile);
    fail_at(Some((Step::AfterRekey, true)));
    crash(
        profile,
        to_passphrase(Some("old passphrase"), "new passphrase"),
    );
    // profile.json names the old way and the new one as `next`; only the new key opens it.
    let file = json(dir.path());
    assert!(matches!(file.key, KeyProtection::Passphrase { .. }));
    assert!(file.next.is_some());
    assert_eq!(
        open(dir.path(), Some("old passphrase")).err().unwrap(),
        "wrong_passphrase"
    );
    let profile = open(dir.path(), Some("new passphrase")).unwrap();
    assert_intact(&profile);
    assert!(!sealed_set_left(&profile));
    assert!(json(dir.path()).next.is_none());
    drop(profile);
    assert_intact(&open(dir.path(), Some("new passphrase")).unwrap());
}

#[test]
fn a_crash_before_the_rekey_opens_the_old_way_and_tidies_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = open(dir.path(), Some("old passphrase")).unwrap();
    fill(&profile);
    // A failure inside the rekey: another connection holds the database.
    let other = profile.second_handle().unwrap();
    let err = profile
        .change_unlock(to_passphrase(Some("old passphrase"), "new passphrase"))
        .unwrap_err();
    assert_eq!(crate::error::UserFacing::code(&err), "database_in_use");
    drop(other);
    assert_intact(&profile);
    drop(profile);
    // A `next` and a sealed set left by a change that died before its rekey (as a crash
    // there leaves them): the old way opens it and removes both.
    let mut file = json(dir.path());
    file.next = Some(KeyProtection::Passphrase {
        kdf: KdfParams::generate().unwrap(),
    });
    write_profile_file(dir.path(), &file).unwrap();
    let profile = open(dir.path(), Some("old passphrase")).unwrap();
    let moving = Moving {
        from: file.key.clone(),
        otp: profile.otp().secrets_to_move().unwrap(),
        share_seed: None,
        helpdesk_token: None,
    };
    let sealed = seal_moving(&random_key().unwrap(), &moving).unwrap();
    profile.db().conn().execute(CHANGE_TABLE, []).unwrap();
    profile
        .db()
        .conn()
        .execute(
            "INSERT INTO profile_unlock_change (id, sealed) VALUES (1, ?1)",
            [&sealed],
        )
        .unwrap();
    drop(profile);
    let profile = open(dir.path(), Some("old passphrase")).unwrap();
    assert!(json(dir.path()).next.is_none());
    assert!(!sealed_set_left(&profile));
    assert_intact(&profile);
}

#[test]
fn a_failure_before_settling_is_finished_by_the_next_opening() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = open(dir.path(), Some("old passphrase")).unwrap();
    fill(&profile);
    fail_at(Some((Step::BeforeSettle, false)));
    assert!(profile
        .change_unlock(to_passphrase(Some("old passphrase"), "new passphrase"))
        .is_err());
    fail_at(None);
    drop(profile);
    // The change was made (profile.json names the new way); the secrets settle on opening.
    assert!(json(dir.path()).next.is_none());
    let profile = open(dir.path(), Some("new passphrase")).unwrap();
    assert!(!sealed_set_left(&profile));
    assert_intact(&profile);
}

#[test]
fn keyring_to_passphrase_failing_or_crashing_midway_never_loses_the_profile() {
    let Some(keyring) = keyring_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut profile = open(dir.path(), None).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    fill(&profile);
    let id = profile.id();
    let db_entry = format!("db-key/{id}");
    let accounts: Vec<Uuid> = profile.otp().list().unwrap().iter().map(|e| e.id).collect();
    let entries = crate::otp::store::relocate::keyring_entries(id, &accounts);

    // A failure between the rekey and profile.json: the keyring opens it, as before; the
    // keyring entries are all still there.
    fail_at(Some((Step::AfterRekey, false)));
    assert!(profile
        .change_unlock(to_passphrase(None, "new passphrase"))
        .is_err());
    fail_at(None);
    assert_intact(&profile);
    drop(profile);
    assert!(keyring.get(&db_entry).is_ok());
    assert!(keyring.get(&entries[0]).is_ok());
    assert!(json(dir.path()).next.is_none());
    let profile = open(dir.path(), None).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    assert_intact(&profile);

    // A crash there: the keyring key no longer opens it, so the passphrase is asked for and
    // opens it; the change is finished then, and the keyring entries go.
    fail_at(Some((Step::AfterRekey, true)));
    crash(profile, to_passphrase(None, "new passphrase"));
    assert!(
        keyring.get(&db_entry).is_ok(),
        "not deleted before the change is made"
    );
    assert_eq!(open(dir.path(), None).err().unwrap(), "passphrase_required");
    assert_eq!(
        open(dir.path(), Some("wrong passphrase")).err().unwrap(),
        "wrong_passphrase"
    );
    let profile = open(dir.path(), Some("new passphrase")).unwrap();
    assert_eq!(profile.status().state, ProfileState::Passphrase);
    assert_intact(&profile);
    assert!(keyring.get(&db_entry).is_err());
    for entry in &entries[..entries.len() - 1] {
        assert!(keyring.get(entry).is_err(), "{entry} left the keyring");
    }

    // Back to the keyring, crashing between rekey and profile.json: the new keyring key opens
    // it without asking.
    fail_at(Some((Step::AfterRekey, true)));
    let change = UnlockChange {
        current: pass("new passphrase"),
        to: UnlockWith::Keyring,
    };
    crash(profile, change);
    let profile = open(dir.path(), None).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    assert_intact(&profile);
    assert!(keyring.get(&entries[0]).is_ok());
    for entry in entries.iter().chain([&db_entry]) {
        let _ = keyring.delete(entry);
    }
}

mod any_passphrase {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Each case derives several Argon2id keys: a few cases are enough to meet scripts,
        // spaces, emoji and combining marks.
        #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

        /// Whatever passphrase a new profile would accept, a change accepts, and exactly that
        /// one opens the profile afterwards (one character more does not); shorter ones are
        /// refused by the change as by a new profile, changing nothing.
        #[test]
        fn the_new_passphrase_and_only_it_opens_the_profile(new in "\\PC{1,24}") {
            let dir = tempfile::tempdir().unwrap();
            let mut profile = open(dir.path(), Some("old passphrase")).unwrap();
            fill(&profile);
            let result = profile.change_unlock(to_passphrase(Some("old passphrase"), &new));
            let fresh = Profile::open(
                tempfile::tempdir().unwrap().path(),
                &Unlock { passphrase: pass(&new), no_keyring: true },
            );
            prop_assert_eq!(result.is_ok(), fresh.is_ok(), "the rule of a new profile");
            drop(profile);
            if result.is_ok() {
                prop_assert!(open(dir.path(), Some("old passphrase")).is_err());
                let other = format!("{new}x");
                prop_assert_eq!(open(dir.path(), Some(&other)).err().unwrap(), "wrong_passphrase");
                assert_intact(&open(dir.path(), Some(&new)).unwrap());
            } else {
                assert_intact(&open(dir.path(), Some("old passphrase")).unwrap());
            }
        }
    }
}
