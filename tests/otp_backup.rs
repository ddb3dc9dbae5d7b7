//! Automatic encrypted backups of the authenticator on a real encrypted profile (passphrase
//! profile: the backup password is sealed in the database) and real folders: a change writes an
//! Aegis vault that Aegis's format reader (Steward's importer, and the shape of a vault Aegis
//! itself wrote, the corpus's aegis_encrypted.json) opens with the password; retention removes
//! only Steward's own backups; "a newer backup was found" finds a vault Aegis wrote (the corpus
//! file) or another profile wrote, skips damaged ones with the reason, and imports through the
//! ordinary import with a per-entry report and sample codes.

mod common;
mod otp_support;

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::Utc;
use common::open;
use otp_support::read;
use proptest::prelude::*;
use steward::error::UserFacing;
use steward::otp::backup::folder::{self, FolderFile};
use steward::otp::backup::OtpBackupOptions;
use steward::otp::import::{import_auto, Format};
use steward::otp::store::{OtpImportOutcome, OtpManualEntry, SecretStore};
use steward::otp::{code_at, OtpKind};
use steward::profile::Profile;
use zeroize::Zeroizing;

const PASSWORD: &str = "backup password 1";

fn options(enabled: bool, keep: u32, password: Option<&str>) -> OtpBackupOptions {
    OtpBackupOptions {
        enabled,
        keep,
        remind_days: None,
        password: password.map(|p| Zeroizing::new(p.to_string())),
    }
}

fn set_up(profile: &Profile, folder: &Path, keep: u32) {
    std::fs::create_dir_all(folder).unwrap();
    let backups = profile.otp();
    backups.backups().set_folder(folder).unwrap();
    backups
        .backups()
        .configure(&options(true, keep, Some(PASSWORD)))
        .unwrap();
}

fn manual(issuer: &str, secret: &str) -> OtpManualEntry {
    OtpManualEntry {
        issuer: Some(issuer.into()),
        name: "alice".into(),
        secret: Zeroizing::new(secret.into()),
        ..Default::default()
    }
}

fn ours(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| folder::is_backup_name(n))
        .collect();
    names.sort();
    names
}

fn set_mtime(path: &Path, ago_secs: i64) {
    let t = if ago_secs >= 0 {
        SystemTime::now() - Duration::from_secs(ago_secs as u64)
    } else {
        SystemTime::now() + Duration::from_secs((-ago_secs) as u64)
    };
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(t).unwrap();
}

#[test]
fn a_change_writes_a_backup_that_opens_as_an_aegis_vault_with_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let profile = open(&dir.path().join("profile"));
    set_up(&profile, &folder, 5);
    let store = profile.otp();
    // Nothing yet: no accounts, no file.
    assert!(ours(&folder).is_empty());
    let status = store.backups().status(Utc::now()).unwrap();
    assert!(status.enabled && status.password_set);
    assert_eq!(status.password_home, Some(SecretStore::Database));

    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    store.add_report(report).unwrap();
    let files = ours(&folder);
    assert_eq!(files.len(), 1, "one backup after the import: {files:?}");
    let status = store.backups().status(Utc::now()).unwrap();
    assert_eq!(status.pending_changes, 0);
    assert_eq!(status.last_backup_file.as_deref(), Some(files[0].as_str()));
    assert!(!status.reminder_due && status.last_error.is_none());

    let bytes = std::fs::read(folder.join(&files[0])).unwrap();
    // Owner-only, like every file Steward writes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(folder.join(&files[0]))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The shape of a vault Aegis itself wrote (the corpus's encrypted export): same keys.
    let ours_json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let aegis: serde_json::Value =
        serde_json::from_slice(&read("authenticator-exports", "aegis_encrypted.json")).unwrap();
    for key in ["version", "header", "db"] {
        assert!(
            ours_json.get(key).is_some() && aegis.get(key).is_some(),
            "{key}"
        );
    }
    let slot_keys = |v: &serde_json::Value| -> HashSet<String> {
        v["header"]["slots"][0]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    assert!(slot_keys(&aegis).is_subset(&slot_keys(&ours_json)));
    assert_eq!(ours_json["header"]["slots"][0]["type"], 1);
    assert!(ours_json["db"].is_string());

    // Opens with the password and holds the same secrets; a wrong password is refused.
    let back = import_auto(&bytes, Some(Format::Aegis), Some(PASSWORD)).unwrap();
    let here = store.accounts_with_secrets().unwrap();
    assert_eq!(back.accounts, here);
    let wrong = import_auto(&bytes, Some(Format::Aegis), Some("not it")).unwrap_err();
    assert_eq!(wrong.code(), "wrong_password");
    // No secret in the clear in the file.
    for a in &here {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(a.secret.to_base32().as_str()));
    }

    // Another change: another backup, the first kept.
    let id = store.list().unwrap()[0].id;
    store
        .rename(id, Some("Deno".into()), "mason@example.com".into())
        .unwrap();
    assert_eq!(ours(&folder).len(), 2);
    // Reading changes nothing.
    store.codes(1_000).unwrap();
    store.list().unwrap();
    assert_eq!(ours(&folder).len(), 2);
}

/// The password slot of a vault file: its salt and wrapped key.
fn slot_of(path: &Path) -> (String, String) {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let slot = &v["header"]["slots"][0];
    (
        slot["salt"].as_str().unwrap().to_string(),
        slot["key"].as_str().unwrap().to_string(),
    )
}

/// The backup written last (by modification time; names written in one second differ by suffix).
fn newest_backup(folder: &Path) -> std::path::PathBuf {
    ours(folder)
        .into_iter()
        .map(|n| folder.join(n))
        .max_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap())
        .unwrap()
}

#[test]
fn backups_reuse_the_key_derived_from_the_password_until_it_changes() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let profile = open(&dir.path().join("profile"));
    set_up(&profile, &folder, 10);
    let store = profile.otp();
    store
        .add_manual(&manual("GitHub", "JBSWY3DPEHPK3PXP"))
        .unwrap();
    let id = store.list().unwrap()[0].id;
    store
        .rename(id, Some("GitHub".into()), "bob".into())
        .unwrap();
    let files = ours(&folder);
    assert_eq!(files.len(), 2, "{files:?}");
    // Same slot (one scrypt for both, as Aegis saves its vault), new contents' nonce each time;
    // both open with the password and hold what the account was then.
    let (a, b) = (folder.join(&files[0]), folder.join(&files[1]));
    assert_eq!(slot_of(&a), slot_of(&b));
    let nonce = |p: &Path| {
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        v["header"]["params"]["nonce"].as_str().unwrap().to_string()
    };
    assert_ne!(nonce(&a), nonce(&b));
    let mut names: Vec<String> = [&a, &b]
        .iter()
        .map(|file| {
            import_auto(
                &std::fs::read(file).unwrap(),
                Some(Format::Aegis),
                Some(PASSWORD),
            )
            .unwrap()
            .accounts[0]
                .name
                .clone()
        })
        .collect();
    names.sort();
    assert_eq!(names, ["alice", "bob"]);
    // A new password: a new key, and the old password no longer opens the new backups.
    store
        .backups()
        .configure(&options(true, 10, Some("backup password 2")))
        .unwrap();
    store
        .rename(id, Some("GitHub".into()), "carol".into())
        .unwrap();
    let newest = newest_backup(&folder);
    assert_ne!(slot_of(&newest).0, slot_of(&a).0, "a new salt");
    let bytes = std::fs::read(&newest).unwrap();
    assert!(import_auto(&bytes, Some(Format::Aegis), Some(PASSWORD)).is_err());
    let back = import_auto(&bytes, Some(Format::Aegis), Some("backup password 2")).unwrap();
    assert_eq!(back.accounts[0].name, "carol");
    // Another open of the profile (after a lock) derives its own key: nothing kept on disk.
    drop(profile);
    let profile = open(&dir.path().join("profile"));
    profile
        .otp()
        .rename(id, Some("GitHub".into()), "dave".into())
        .unwrap();
    let reopened = newest_backup(&folder);
    assert_ne!(reopened, newest);
    assert_ne!(slot_of(&reopened).0, slot_of(&newest).0);
}

#[test]
fn retention_keeps_n_and_never_deletes_anything_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(folder.join("steward-backup-20200101-000000.json")).unwrap(); // a folder
    let foreign = [
        (
            "aegis-backup-20200101-120000.json",
            b"{\"aegis\":1}".to_vec(),
        ),
        ("notes.json", b"my notes".to_vec()),
        ("photo.png", b"\x89PNG".to_vec()),
        // Named like ours, written by someone else (another computer's Steward, a copy).
        (
            "steward-backup-20000101-000000.json",
            b"{\"header\":{},\"db\":\"x\"}".to_vec(),
        ),
        (
            "steward-backup-20000101-000001.json",
            read("authenticator-exports", "aegis_encrypted.json"),
        ),
    ];
    std::fs::create_dir_all(&folder).unwrap();
    for (name, bytes) in &foreign {
        std::fs::write(folder.join(name), bytes).unwrap();
    }
    let profile = open(&dir.path().join("profile"));
    set_up(&profile, &folder, 2);
    let store = profile.otp();
    store
        .add_manual(&manual("GitHub", "JBSWY3DPEHPK3PXP"))
        .unwrap();
    let id = store.list().unwrap()[0].id;
    for i in 0..5 {
        // Backups written within one second get -2, -3… names; make each one's time distinct.
        store
            .rename(id, Some("GitHub".into()), format!("alice{i}"))
            .unwrap();
    }
    let mine: Vec<String> = ours(&folder)
        .into_iter()
        .filter(|n| !foreign.iter().any(|(f, _)| f == n))
        .filter(|n| !folder.join(n).is_dir())
        .collect();
    assert_eq!(mine.len(), 2, "kept two of Steward's own: {mine:?}");
    for (name, bytes) in &foreign {
        assert_eq!(
            &std::fs::read(folder.join(name)).unwrap(),
            bytes,
            "{name} untouched"
        );
    }
    assert!(folder.join("steward-backup-20200101-000000.json").is_dir());
    // The two kept are the newest: the last rename is in one of them.
    let last = store
        .backups()
        .status(Utc::now())
        .unwrap()
        .last_backup_file
        .unwrap();
    assert!(mine.contains(&last));
    let back = import_auto(
        &std::fs::read(folder.join(&last)).unwrap(),
        None,
        Some(PASSWORD),
    )
    .unwrap();
    assert_eq!(back.accounts[0].name, "alice4");
}

#[test]
fn a_newer_vault_is_found_damaged_ones_are_skipped_and_import_reports_each_entry() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let profile = open(&dir.path().join("profile"));
    set_up(&profile, &folder, 5);
    let store = profile.otp();
    // One account the Aegis vault also has (Deno / Mason: same secret, issuer and name).
    store
        .add_manual(&OtpManualEntry {
            issuer: Some("Deno".into()),
            name: "Mason".into(),
            secret: Zeroizing::new("4SJHB4GSD43FZBAI7C2HLRJGPQ".into()),
            ..Default::default()
        })
        .unwrap();
    let own = ours(&folder);
    assert_eq!(own.len(), 1);
    // Our own backup is never "newer".
    let check = store.backups().check().unwrap();
    assert!(check.found.is_none(), "{check:?}");

    // A damaged vault and a cut-short one, newer than ours: skipped with a reason.
    let aegis = read("authenticator-exports", "aegis_encrypted.json");
    std::fs::write(
        folder.join("aegis-backup-cut.json"),
        &aegis[..aegis.len() / 2],
    )
    .unwrap();
    std::fs::write(
        folder.join("broken.json"),
        b"{\"header\": {\"slots\": [] }, \"db\": 12 }",
    )
    .unwrap();
    std::fs::write(folder.join("settings.json"), b"{\"theme\":\"dark\"}").unwrap();
    for n in ["aegis-backup-cut.json", "broken.json", "settings.json"] {
        set_mtime(&folder.join(n), -60);
    }
    let check = store.backups().check().unwrap();
    assert!(check.found.is_none());
    let skipped: Vec<&str> = check.skipped.iter().map(|s| s.file_name.as_str()).collect();
    assert!(skipped.contains(&"aegis-backup-cut.json"), "{skipped:?}");
    assert!(skipped.contains(&"broken.json"), "{skipped:?}");
    assert!(!skipped.contains(&"settings.json"));
    assert!(check.skipped.iter().all(|s| !s.reason.is_empty()));

    // A vault Aegis itself wrote (the corpus file, password "test"), synced in: found.
    std::fs::write(folder.join("aegis-backup-20261206-220000.json"), &aegis).unwrap();
    set_mtime(&folder.join("aegis-backup-20261206-220000.json"), -30);
    let check = store.backups().check().unwrap();
    let found = check.found.expect("the Aegis vault is found");
    assert_eq!(found.file_name, "aegis-backup-20261206-220000.json");
    assert!(found.encrypted && !found.from_steward);

    // Our backup password is not this vault's: a clear error, nothing imported.
    let before = store.list().unwrap().len();
    let err = store
        .backups()
        .import_found(&found.fingerprint, None)
        .unwrap_err();
    assert_eq!(err.code(), "wrong_password");
    let err = store
        .backups()
        .import_found(&found.fingerprint, Some("Test"))
        .unwrap_err();
    assert_eq!(err.code(), "wrong_password");
    assert_eq!(store.list().unwrap().len(), before);

    // The right one: six added, Deno already here, each with a sample code.
    let report = store
        .backups()
        .import_found(&found.fingerprint, Some("test"))
        .unwrap();
    assert_eq!(report.added.len(), 6);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.entries.len(), 7);
    let deno = report
        .entries
        .iter()
        .find(|e| e.outcome == OtpImportOutcome::AlreadyHere)
        .unwrap();
    assert_eq!(deno.label, "Deno (Mason)");
    assert_eq!(deno.number, Some(1));
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    for entry in &report.entries {
        let sample = entry.sample.as_ref().expect("a sample code");
        let id = entry.account_id.unwrap();
        let account = store.account(id).unwrap();
        // The code the account here makes (within the same or next period).
        let here = code_at(&account, now);
        let prev = code_at(&account, now.saturating_sub(30));
        assert!(
            sample.code == here || sample.code == prev,
            "{}",
            entry.label
        );
        if let Some(OtpKind::Hotp { counter }) = entry.kind {
            // Shown at the stored counter, and the counter did not move.
            assert_eq!(sample.counter, Some(counter));
            assert_eq!(store.get(id).unwrap().kind, OtpKind::Hotp { counter });
        }
    }
    // Imported: not offered again; the import changed the accounts, so a new backup was written.
    assert!(store.backups().check().unwrap().found.is_none());
    assert_eq!(ours(&folder).len(), 2);
    // Importing it again: everything is already here.
    let again = store
        .backups()
        .import_found(&found.fingerprint, Some("test"))
        .unwrap();
    assert!(again.added.is_empty());
    assert!(again
        .entries
        .iter()
        .all(|e| e.outcome == OtpImportOutcome::AlreadyHere && e.sample.is_some()));
}

#[test]
fn another_profiles_backup_is_found_and_opens_with_the_shared_password() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let here = open(&dir.path().join("here"));
    set_up(&here, &folder, 5);
    here.otp()
        .add_manual(&manual("GitHub", "JBSWY3DPEHPK3PXP"))
        .unwrap();
    std::thread::sleep(Duration::from_millis(20));
    // The customer's other computer, backing up into the same synced folder.
    let there = open(&dir.path().join("there"));
    set_up(&there, &folder, 5);
    there
        .otp()
        .add_manual(&manual("Mastodon", "GEZDGNBVGY3TQOJQ"))
        .unwrap();
    let found = here.otp().backups().check().unwrap().found.expect("found");
    assert!(found.from_steward);
    // No password given: the one set here is tried, and it is the same.
    let report = here
        .otp()
        .backups()
        .import_found(&found.fingerprint, None)
        .unwrap();
    let labels: Vec<(&str, OtpImportOutcome)> = report
        .entries
        .iter()
        .map(|e| (e.label.as_str(), e.outcome))
        .collect();
    assert_eq!(labels, vec![("Mastodon (alice)", OtpImportOutcome::Added)]);
    // "there" does not see its own backup as newer, but sees "here"'s new one (written after
    // the import).
    let there_found = there.otp().backups().check().unwrap().found;
    assert!(there_found.is_some_and(|f| f.fingerprint != found.fingerprint));
    // Setting a found backup aside: not offered again.
    let f = there.otp().backups().check().unwrap().found.unwrap();
    there.otp().backups().dismiss_found(&f.fingerprint).unwrap();
    assert!(there.otp().backups().check().unwrap().found.is_none());
}

#[test]
fn a_vault_imported_by_hand_is_not_offered_again_as_a_newer_backup() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let profile = open(&dir.path().join("profile"));
    set_up(&profile, &folder, 5);
    let store = profile.otp();
    store
        .add_manual(&manual("GitHub", "JBSWY3DPEHPK3PXP"))
        .unwrap();
    // A vault Aegis wrote (the corpus file, password "test") lands in the synced folder, newer
    // than our backup: offered.
    let aegis = read("authenticator-exports", "aegis_encrypted.json");
    let synced = folder.join("aegis-backup-20261207-010000.json");
    std::fs::write(&synced, &aegis).unwrap();
    set_mtime(&synced, -30);
    assert!(store.backups().check().unwrap().found.is_some());
    // The customer imports the same file by hand (Import, not the offer): it is no longer "newer".
    let report = store
        .import_bytes(&aegis, None, Some("test"))
        .expect("the vault imports");
    assert!(!report.entries.is_empty());
    let check = store.backups().check().unwrap();
    assert!(check.found.is_none(), "{check:?}");
    // A different vault (the same accounts re-exported, so different bytes) still is.
    let other = steward::otp::export::export_aegis_encrypted(
        &import_auto(&aegis, Some(Format::Aegis), Some("test"))
            .unwrap()
            .accounts,
        "test",
    )
    .unwrap();
    let later = folder.join("aegis-backup-20261207-020000.json");
    std::fs::write(&later, &other).unwrap();
    set_mtime(&later, -60);
    let found = store.backups().check().unwrap().found.expect("found");
    assert_eq!(found.file_name, "aegis-backup-20261207-020000.json");
    // A wrong password by hand imports nothing and remembers nothing.
    assert!(store
        .import_bytes(other.as_bytes(), None, Some("nope"))
        .is_err());
    assert!(store.backups().check().unwrap().found.is_some());
}

#[test]
fn reminder_settings_errors_and_off() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).unwrap();
    let profile = open(&dir.path().join("profile"));
    let store = profile.otp();
    let b = store.backups();
    // Not set up: writing and turning on say so.
    assert_eq!(
        b.write_now(Utc::now()).unwrap_err().code(),
        "otp_backup_not_configured"
    );
    assert_eq!(
        b.configure(&options(true, 5, Some(PASSWORD)))
            .unwrap_err()
            .code(),
        "otp_backup_not_configured"
    );
    assert_eq!(
        b.set_folder(&dir.path().join("nope")).unwrap_err().code(),
        "otp_backup_folder_unusable"
    );
    assert_eq!(
        b.set_folder(&folder.join("x")).unwrap_err().code(),
        "otp_backup_folder_unusable"
    );
    b.set_folder(&folder).unwrap();
    for keep in [0, 1001] {
        assert_eq!(
            b.configure(&options(false, keep, None)).unwrap_err().code(),
            "otp_backup_keep_invalid"
        );
    }
    assert_eq!(
        b.configure(&options(false, 3, Some("")))
            .unwrap_err()
            .code(),
        "otp_backup_password_empty"
    );
    // Off, reminder after 0 days: a change makes it due at once; nothing is written.
    b.configure(&OtpBackupOptions {
        remind_days: Some(0),
        ..options(false, 3, Some(PASSWORD))
    })
    .unwrap();
    store
        .add_manual(&manual("GitHub", "JBSWY3DPEHPK3PXP"))
        .unwrap();
    let s = b.status(Utc::now()).unwrap();
    assert!(s.reminder_due && s.pending_changes > 0 && !s.enabled);
    assert!(ours(&folder).is_empty());
    // A week's reminder: not due now, due in 8 days.
    b.configure(&OtpBackupOptions {
        remind_days: Some(7),
        ..options(false, 3, None)
    })
    .unwrap();
    assert!(!b.status(Utc::now()).unwrap().reminder_due);
    assert!(
        b.status(Utc::now() + chrono::Duration::days(8))
            .unwrap()
            .reminder_due
    );
    // Backing up by hand clears it.
    let written = b.write_now(Utc::now()).unwrap();
    assert_eq!(written.accounts, 1);
    let s = b.status(Utc::now() + chrono::Duration::days(8)).unwrap();
    assert!(!s.reminder_due && s.pending_changes == 0);
    // A folder that went away while backups are on: the change still happens, the failure is
    // in the status and the reminder is due.
    b.configure(&options(true, 3, None)).unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    store
        .add_manual(&manual("Mastodon", "GEZDGNBVGY3TQOJQ"))
        .unwrap();
    assert_eq!(store.list().unwrap().len(), 2);
    let s = b.status(Utc::now()).unwrap();
    assert_eq!(
        s.last_error.as_ref().unwrap().code,
        "otp_backup_folder_unusable"
    );
    assert!(s.reminder_due);
    // The password is never in the status.
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains(PASSWORD));
}

fn file(name: &str, mtime_ms: i64) -> FolderFile {
    FolderFile {
        name: name.into(),
        path: name.into(),
        mtime_ms,
        size: 1,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the folder holds, retention removes only files named like Steward's backups
    /// whose fingerprint this profile wrote, keeps the `keep` newest of those, and removes the rest.
    #[test]
    fn retention_over_any_folder(
        files in prop::collection::vec(
            (0u8..4, 0u32..50, any::<bool>(), 0i64..1_000_000),
            0..30,
        ),
        keep in 1usize..8,
    ) {
        let names = [
            "steward-backup-20261206-2145{:02}.json",
            "aegis-backup-20261206-2145{:02}.json",
            "steward-backup-20261206-2145{:02}.json.bak",
            "steward-backup-2026-{:02}.json",
        ];
        let mut seen = HashSet::new();
        let mut listing = Vec::new();
        let mut written = HashSet::new();
        for (i, (shape, n, ours_fp, mtime)) in files.into_iter().enumerate() {
            let name = names[shape as usize].replace("{:02}", &format!("{:02}", n % 60));
            if !seen.insert(name.clone()) { continue; }
            let fp = format!("fp{i}");
            if ours_fp { written.insert(fp.clone()); }
            listing.push((file(&name, mtime), fp));
        }
        let pruned = folder::to_prune(&listing, &written, keep);
        let eligible: Vec<&(FolderFile, String)> = listing
            .iter()
            .filter(|(f, fp)| folder::is_backup_name(&f.name) && written.contains(fp))
            .collect();
        prop_assert_eq!(pruned.len(), eligible.len().saturating_sub(keep));
        for p in &pruned {
            let (_, fp) = listing.iter().find(|(f, _)| f.name == p.name).unwrap();
            prop_assert!(folder::is_backup_name(&p.name) && written.contains(fp));
        }
        // Every kept one of ours is at least as new as every removed one.
        for (f, _) in &eligible {
            if pruned.iter().any(|p| p.name == f.name) { continue; }
            for p in &pruned {
                prop_assert!(f.mtime_ms >= p.mtime_ms);
            }
        }
    }
}
