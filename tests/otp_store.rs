//! The authenticator store on a real encrypted profile (passphrase-protected, so secrets are
//! sealed in the database): adding from files, links and typed keys; duplicates; codes after
//! storage match `oathtool`; HOTP counters advance only on request and survive reopening;
//! rename, confirmed removal, backup codes, exports; and a keyring that fails never loses data.

mod common;
mod otp_support;

use common::{open, unlock, PASSPHRASE};
use otp_support::{expected, oathtool, python_steam, read, MANIFEST};
use steward::error::UserFacing;
use steward::otp::export::ExportFormat;
use steward::otp::import::{import_auto, Format};
use steward::otp::store::{OtpManualEntry, OtpStore, SecretHome, SecretStore};
use steward::otp::{Algorithm, OtpKind};
use steward::profile::Profile;
use steward::vault::KeyringStore;

const TIMES: [u64; 5] = [0, 59, 1_234_567_890, 1_795_000_000, 2_000_000_000];

fn import_file(profile: &Profile, sub: &str, file: &str, password: Option<&str>) {
    let report = import_auto(&read(sub, file), None, password).unwrap();
    let out = profile.otp().add_report(report).unwrap();
    assert!(!out.added.is_empty(), "{file} added nothing");
}

#[test]
fn corpus_accounts_are_stored_sealed_and_make_oathtool_codes() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    assert_eq!(store.secret_home(), SecretStore::Database);
    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    let added = store.add_report(report).unwrap();
    assert_eq!(added.format, Some(Format::Aegis));
    assert_eq!(added.added.len(), 7);
    assert!(added.duplicates.is_empty());

    let entries = store.list().unwrap();
    assert_eq!(
        entries.iter().map(|e| e.number).collect::<Vec<_>>(),
        (1..=7).collect::<Vec<_>>()
    );
    for (entry, want) in entries.iter().zip(MANIFEST.iter()) {
        assert_eq!(entry.issuer.as_deref(), Some(want.issuer));
        assert_eq!(entry.name, want.name);
        assert_eq!(entry.kind, want.kind);
        assert_eq!(entry.algorithm, want.algorithm);
        assert_eq!(entry.digits, want.digits);
        assert_eq!(entry.secret_home, SecretStore::Database);
        let account = store.account(entry.id).unwrap();
        assert_eq!(account.secret.to_base32().as_str(), want.secret);
        for t in TIMES {
            let code = store.code(entry.id, t).unwrap();
            let reference = match entry.kind {
                OtpKind::Steam { period } => match python_steam(want.secret, period, t) {
                    Some(c) => c,
                    None => continue,
                },
                _ => oathtool(&account, t),
            };
            assert_eq!(code.code, reference, "{} at {t}", entry.label);
        }
    }

    // Reopened with the passphrase: everything is still there, codes identical.
    let code_before = store.code(entries[0].id, 59).unwrap();
    drop(profile);
    let profile = Profile::open(dir.path(), &unlock(PASSPHRASE)).unwrap();
    assert_eq!(profile.otp().list().unwrap().len(), 7);
    assert_eq!(profile.otp().code(entries[0].id, 59).unwrap(), code_before);
}

#[test]
fn every_corpus_file_adds_its_accounts_and_a_second_import_adds_only_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    import_file(&profile, "authenticator-exports", "aegis_plain.json", None);
    let store = profile.otp();
    for (file, password) in [
        ("plain.txt", None),
        ("aegis_encrypted.json", Some("test")),
        ("2fas_authenticator_plain_v4.2fas", None),
        ("andotp_plain.json", None),
        ("freeotp_plus.json", None),
        ("proton_authenticator.json", None),
        ("ente_auth.txt", None),
    ] {
        let report = import_auto(&read("authenticator-exports", file), None, password).unwrap();
        let n = report.accounts.len();
        let out = store.add_report(report).unwrap();
        assert!(out.added.is_empty(), "{file}: nothing new expected");
        assert_eq!(
            out.duplicates.len(),
            n,
            "{file}: every account is a duplicate"
        );
    }
    assert_eq!(store.list().unwrap().len(), 7);
}

#[test]
fn google_transfer_duplicates_are_reported_and_same_key_noted() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    let report = import_auto(&read("google-migration", "example_export.txt"), None, None).unwrap();
    assert_eq!(report.accounts.len(), 6);
    let out = store.add_report(report).unwrap();
    // example_output.json: the same account with and without issuer appears twice each.
    assert_eq!(out.added.len(), 4);
    assert_eq!(out.duplicates.len(), 2);
    let labels: Vec<&str> = out.added.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "raspberrypi (pi@raspberrypi)",
            "pi@raspberrypi",
            "hotp demo",
            "encoding: ¿äÄéÉ? (demo)"
        ]
    );
    assert_eq!(out.duplicates[0].existing_number, 2);
    assert_eq!(out.duplicates[1].existing_number, 1);
    assert!(out
        .notes
        .iter()
        .any(|n| n.contains("same secret key as account 1")));
    // The HOTP account kept its counter.
    assert_eq!(out.added[2].kind, OtpKind::Hotp { counter: 4 });
}

#[test]
fn links_and_manual_entries() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    let out = store
        .add_link("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30")
        .unwrap();
    assert_eq!(out.added.len(), 1);
    assert_eq!(out.added[0].label, "ACME Co (john.doe@email.com)");
    assert_eq!(out.format, None);
    // The same link again is a duplicate.
    let again = store
        .add_link("otpauth://totp/acme co:John.Doe@email.com?secret=hxdm vjec jjws rb3h wizr 4ifu gftm xboz&issuer=ACME%20Co")
        .unwrap();
    assert!(again.added.is_empty());
    assert_eq!(again.duplicates[0].existing_number, 1);

    let manual = store
        .add_manual(&OtpManualEntry {
            issuer: Some("Example Bank".into()),
            name: "me".into(),
            secret: zeroize::Zeroizing::new("jbsw y3dp ehpk 3pxp".into()),
            kind: Some("hotp".into()),
            algorithm: Some(Algorithm::Sha256),
            digits: Some(8),
            counter: Some(5),
            ..Default::default()
        })
        .unwrap();
    let e = &manual.added[0];
    assert_eq!(e.kind, OtpKind::Hotp { counter: 5 });
    assert_eq!(e.digits, 8);
    assert_eq!(e.secret_bits, 80);
    // An 80-bit key is accepted, with the warning.
    assert!(manual
        .warnings
        .iter()
        .any(|w| w.message.contains("80 bits")));

    let bad = store
        .add_manual(&OtpManualEntry {
            name: "x".into(),
            secret: zeroize::Zeroizing::new("not base32 !!".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(bad.code(), "invalid_secret");
    assert!(!bad.to_string().contains("not base32"));
    let unnamed = store
        .add_manual(&OtpManualEntry {
            secret: zeroize::Zeroizing::new("JBSWY3DPEHPK3PXP".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(unnamed.code(), "invalid_input");
    assert_eq!(store.list().unwrap().len(), 2);
}

#[test]
fn hotp_advances_only_when_asked_and_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let id;
    {
        let profile = open(dir.path());
        import_file(&profile, "authenticator-exports", "aegis_plain.json", None);
        let store = profile.otp();
        id = store.resolve("Issuu").unwrap();
        let want = expected("Issuu");
        let first = store.code(id, 0).unwrap();
        assert_eq!(first.counter, Some(1));
        // Showing it again does not advance anything.
        assert_eq!(store.code(id, 999).unwrap(), first);
        let (entry, next) = store.next_hotp(id).unwrap();
        assert_eq!(entry.kind, OtpKind::Hotp { counter: 2 });
        assert_eq!(next.counter, Some(2));
        assert_eq!(next.code, first.next_code);
        let account = store.account(id).unwrap();
        assert_eq!(account.kind, OtpKind::Hotp { counter: 2 });
        assert_eq!(next.code, oathtool(&account, 0));
        assert_eq!(account.secret.to_base32().as_str(), want.secret);
        // TOTP has no "next".
        let totp = store.resolve("deno").unwrap();
        assert_eq!(store.next_hotp(totp).unwrap_err().code(), "not_hotp");
    }
    let profile = Profile::open(dir.path(), &unlock(PASSPHRASE)).unwrap();
    assert_eq!(
        profile.otp().get(id).unwrap().kind,
        OtpKind::Hotp { counter: 2 }
    );
}

#[test]
fn references_rename_and_confirmed_removal() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    import_file(&profile, "authenticator-exports", "aegis_plain.json", None);
    let store = profile.otp();
    let deno = store.resolve("1").unwrap();
    assert_eq!(store.resolve("#1").unwrap(), deno);
    assert_eq!(store.resolve("deno").unwrap(), deno);
    assert_eq!(store.resolve("Deno (Mason)").unwrap(), deno);
    assert_eq!(store.resolve("deno/mason").unwrap(), deno);
    assert_eq!(store.resolve(&deno.to_string()).unwrap(), deno);
    // A long enough prefix of the id (UUIDv7: the first 12 digits are the time, shared by
    // accounts added in the same millisecond; the rest is random).
    assert_eq!(store.resolve(&deno.to_string()[..28]).unwrap(), deno);
    let amb = store.resolve("james").unwrap_err();
    assert_eq!(amb.code(), "otp_account_ambiguous");
    assert!(amb.to_string().contains("2 SPDX (James)"));
    assert_eq!(
        store.resolve("99").unwrap_err().code(),
        "otp_account_not_found"
    );
    assert_eq!(
        store.resolve("nothing").unwrap_err().code(),
        "otp_account_not_found"
    );

    let code = store.code(deno, 59).unwrap();
    let renamed = store
        .rename(deno, Some("Deno Deploy".into()), "mason@example.com".into())
        .unwrap();
    assert_eq!(renamed.label, "Deno Deploy (mason@example.com)");
    assert_eq!(
        store.code(deno, 59).unwrap(),
        code,
        "same secret after rename"
    );

    let refused = store.remove(deno, false).unwrap_err();
    assert_eq!(refused.code(), "confirmation_required");
    assert!(refused.hint().unwrap().contains("--yes"));
    assert_eq!(store.list().unwrap().len(), 7);
    let removed = store.remove(deno, true).unwrap();
    assert_eq!(removed.number, 1);
    assert_eq!(store.list().unwrap().len(), 6);
    assert_eq!(store.get(deno).unwrap_err().code(), "otp_account_not_found");
    // Numbers are not reused for a different account while higher ones exist.
    let out = store
        .add_link("otpauth://totp/New:x?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        .unwrap();
    assert_eq!(out.added[0].number, 8);
}

#[test]
fn backup_codes_are_kept_used_once_and_warn_when_few_are_left() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    import_file(&profile, "authenticator-exports", "aegis_plain.json", None);
    let store = profile.otp();
    let id = store.resolve("airbnb").unwrap();
    assert_eq!(
        store.use_backup_code(id, "x").unwrap_err().code(),
        "no_backup_codes"
    );
    let view = store
        .add_backup_codes(
            id,
            &[
                "1111-2222".into(),
                "3333 4444\n5555-6666".into(),
                "1111 2222".into(),
                "7777-8888".into(),
            ],
        )
        .unwrap();
    assert_eq!((view.total, view.unused), (4, 4));
    assert!(
        view.codes.iter().all(|c| c.code.is_none()),
        "hidden unless asked"
    );
    assert!(view.warning.is_none());

    let shown = store.backup_codes(id, true).unwrap();
    let codes: Vec<&str> = shown
        .codes
        .iter()
        .map(|c| c.code.as_deref().unwrap())
        .collect();
    assert_eq!(codes, ["1111-2222", "3333 4444", "5555-6666", "7777-8888"]);

    let v = store.use_backup_code(id, "55556666").unwrap();
    assert_eq!(v.unused, 3);
    assert!(v.warning.is_none());
    let again = store.use_backup_code(id, "5555 6666").unwrap_err();
    assert_eq!(again.code(), "backup_code_used");
    assert_eq!(
        store.use_backup_code(id, "0000").unwrap_err().code(),
        "backup_code_not_found"
    );
    let v = store.use_backup_code(id, "1111-2222").unwrap();
    assert_eq!(v.unused, 2);
    let warning = v.warning.expect("warns at 2 left");
    assert!(warning.contains("Only 2 backup codes are left"));
    assert_eq!(store.get(id).unwrap().backup_codes_unused, 2);
    let shown = store.backup_codes(id, true).unwrap();
    assert!(shown.codes[2].used_at.is_some());
    assert!(shown.codes[1].used_at.is_none());

    // More codes can be added later; duplicates of existing ones are ignored.
    let v = store
        .add_backup_codes(id, &["7777 8888".into(), "9999-0000".into()])
        .unwrap();
    assert_eq!((v.total, v.unused), (5, 3));
    // Removing the account removes them too.
    store.remove(id, true).unwrap();
    let n: i64 = profile
        .db()
        .conn()
        .query_row("SELECT count(*) FROM otp_backup_codes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn encrypted_export_reads_back_to_the_same_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    import_file(&profile, "authenticator-exports", "aegis_plain.json", None);
    let store = profile.otp();
    let bytes = store
        .export(ExportFormat::AegisEncrypted, Some("export pass"))
        .unwrap();
    let back = import_auto(&bytes, None, Some("export pass")).unwrap();
    assert_eq!(back.format, Format::Aegis);
    assert_eq!(back.accounts.len(), 7);
    for (a, want) in back.accounts.iter().zip(MANIFEST.iter()) {
        otp_support::assert_account("export", a, want);
    }
    // Into another profile: everything arrives, nothing is a duplicate.
    let other = tempfile::tempdir().unwrap();
    let p2 = open(other.path());
    let out = p2.otp().add_report(back).unwrap();
    assert_eq!(out.added.len(), 7);

    let path = dir.path().join("backup.json");
    steward::otp::store::write_export(&path, &bytes).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), bytes.as_slice());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(steward::otp::store::write_export(&dir.path().join("no/such/dir/x"), b"x").is_err());
}

/// A keyring that fails (here: one that is switched off) never costs data: adding stores
/// nothing, and the error says what to do.
#[test]
fn a_failing_keyring_adds_nothing_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let off = KeyringStore::disabled();
    let store = OtpStore::new(
        profile.db().conn(),
        SecretHome::Keyring {
            keyring: &off,
            profile_id: profile.id(),
        },
    );
    let report = import_auto(&read("authenticator-exports", "plain.txt"), None, None).unwrap();
    let err = store.add_report(report).unwrap_err();
    assert_eq!(err.code(), "keyring_unavailable");
    assert!(err.hint().unwrap().contains("Nothing was changed"));
    assert!(store.list().unwrap().is_empty());
}
