//! No OTP secret leaks. Through the real `steward` CLI: import every corpus file, add from a QR
//! picture, a link and a typed key, add backup codes, then list, show codes, advance HOTP,
//! rename, export (encrypted and plaintext) and make a few mistakes on purpose. Afterwards every
//! secret, as Base32 (upper and lower case), hex (both cases) and raw bytes, is searched for in:
//! - every file in the data directory (steward.db and its -wal/-shm, profile.json);
//! - the database's decrypted contents (every table, every column, blobs as hex), so nothing
//!   is in the clear even inside SQLCipher;
//! - everything the CLI printed on stdout and stderr;
//! - the encrypted export.
//!
//! None may appear. As a control, the plaintext export must contain every one of them.
//!
//! Runs with a passphrase-protected profile (secrets sealed in the database), and with a
//! keyring-protected one when a Secret Service answers (required under scripts/test.sh).

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/otp_support/mod.rs"]
mod otp_support;
mod support;

use otp_support::{corpus, MANIFEST};
use serde_json::Value;
use steward::profile::{Profile, Unlock, PROFILE_FILE};
use steward::vault::KeyringStore;
use support::{CliEnv, Recording};

const EXPORT_PASSWORD: &str = "export password 123";
/// Secrets that reach the profile only through this test (beyond the corpus manifests).
const LINK_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const MANUAL_SECRET: &str = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";
const GOOGLE_SECRET: &str = "7KSQL2JTUDIS5EF65KLMRQIIGY";
const SCREENSHOT_SECRETS: [&str; 3] = ["JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXQ", "JBSWY3DPEHPK3PXR"];
const BACKUP_CODES: [&str; 3] = ["q7w8-e9r0-t1y2", "zx91-cv82-bn73", "lk46-jh57-gf68"];

fn all_secrets() -> Vec<&'static str> {
    let mut s: Vec<&str> = MANIFEST.iter().map(|m| m.secret).collect();
    s.extend([LINK_SECRET, MANUAL_SECRET, GOOGLE_SECRET]);
    s.extend(SCREENSHOT_SECRETS);
    s
}

/// Every form a secret could leak in.
fn forms(b32: &str) -> Vec<(String, Vec<u8>)> {
    let raw = steward::otp::OtpSecret::from_base32(b32).unwrap();
    let raw = raw.as_bytes().to_vec();
    let hex_lower = hex::encode(&raw);
    vec![
        ("base32".into(), b32.as_bytes().to_vec()),
        ("base32 lowercase".into(), b32.to_lowercase().into_bytes()),
        ("hex".into(), hex_lower.clone().into_bytes()),
        ("HEX".into(), hex_lower.to_uppercase().into_bytes()),
        ("raw bytes".into(), raw),
    ]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Panics naming the secret's form and where it was found.
fn assert_clean(what: &str, bytes: &[u8], backup_codes_too: bool) {
    for secret in all_secrets() {
        for (form, needle) in forms(secret) {
            assert!(
                !contains(bytes, &needle),
                "an OTP secret ({form}) appears in {what}"
            );
        }
    }
    if backup_codes_too {
        for code in BACKUP_CODES {
            assert!(
                !contains(bytes, code.as_bytes()),
                "a backup code appears in {what}"
            );
        }
    }
}

/// The profile unlocked by the passphrase file or, with `keyring`, by the system keyring; the
/// export password in `export-pass`, the wrong one in `test-pass`; everything printed kept.
fn session(keyring: bool) -> Recording {
    let env = CliEnv::new()
        .with_file("export-pass", EXPORT_PASSWORD)
        .with_file("test-pass", "test");
    Recording::new(if keyring { env.keyring() } else { env })
}

fn corpus_file(sub: &str, file: &str) -> String {
    corpus(sub).join(file).display().to_string()
}

fn exercise(env: &mut Recording) {
    let exports = "authenticator-exports";
    let test_pass = env.path_arg("test-pass");
    for (file, password) in [
        ("aegis_plain.json", None),
        ("aegis_encrypted.json", Some(&test_pass)),
        ("2fas_authenticator_plain_v4.2fas", None),
        ("2fas_authenticator_encrypted_v4.2fas", Some(&test_pass)),
        ("andotp_plain.json", None),
        ("andotp_encrypted.bin", Some(&test_pass)),
        ("bitwarden.json", None),
        ("bitwarden.csv", None),
        ("ente_auth.txt", None),
        ("freeotp_plus.json", None),
        ("proton_authenticator.json", None),
        ("plain.txt", None),
    ] {
        let path = corpus_file(exports, file);
        let mut args = vec!["otp", "import", path.as_str()];
        if let Some(p) = password {
            args.extend(["--password-file", p.as_str()]);
        }
        env.json(&args);
        env.ok(&args); // human output too
    }
    let google = corpus_file("google-migration", "example_export.txt");
    env.json(&["otp", "import", &google]);
    let png = corpus_file("google-migration", "example_export.png");
    env.json(&["otp", "add", "--qr", &png]);
    env.ok(&["otp", "import", &png]);
    let link = format!(
        "otpauth://totp/Leak%20Test:link@example.com?secret={LINK_SECRET}&issuer=Leak%20Test"
    );
    env.json(&["otp", "add", &link]);
    let (code, _) = env.run_with(
        &[
            "--json", "otp", "add", "--manual", "--issuer", "Manual", "--name", "typed",
            "--secret", "-",
        ],
        Some(&format!("{MANUAL_SECRET}\n")),
    );
    assert_eq!(code, 0, "{}", env.last_stderr());

    let list = env.json(&["otp", "list"]);
    let entries = list.as_array().unwrap().clone();
    assert!(entries.len() >= 15, "{} accounts", entries.len());
    env.ok(&["otp", "list"]);
    for e in &entries {
        let n = e["number"].to_string();
        env.json(&["otp", "code", &n]);
        env.json(&["otp", "code", &n, "--at", "1234567890"]);
        env.ok(&["otp", "code", &n]);
        if e["kind"]["type"] == "hotp" {
            env.json(&["otp", "code", &n, "--next"]);
        }
    }
    env.json(&["otp", "code", "manual"]);
    env.json(&["otp", "rename", "1", "--issuer", "Deno Land"]);

    let mut args = vec!["otp", "backup-codes", "add", "1"];
    args.extend(BACKUP_CODES);
    let added = env.json(&args);
    assert_eq!(added["total"], 3);
    env.json(&["otp", "backup-codes", "list", "1"]);
    env.ok(&["otp", "backup-codes", "list", "1"]);
    let used = env.json(&["otp", "backup-codes", "use", "1", BACKUP_CODES[0]]);
    assert_eq!(used["unused"], 2);

    // Mistakes on purpose: errors must not echo the secrets that were in the input.
    let bad = format!("otpauth://totp/Bad:x?secret={LINK_SECRET}&digits=99");
    let (code, _) = env.run_with(&["--json", "otp", "add", &bad], None);
    assert_eq!(code, 1);
    let bad = format!("otpauth://nope/Bad:x?secret={LINK_SECRET}");
    let (code, _) = env.run_with(&["otp", "add", &bad], None);
    assert_eq!(code, 1);
    let (code, _) = env.run_with(
        &["otp", "add", "--manual", "--name", "x", "--secret", "-"],
        Some("0189 not base32 but 7KSQL2JTUDIS5EF65KLMRQIIGY!\n"),
    );
    assert_eq!(code, 1);
    let (code, _) = env.run_with(&["otp", "remove", "2"], None);
    assert_eq!(code, 1, "removal without --yes is refused");
    let (code, _) = env.run_with(&["otp", "backup-codes", "use", "1", BACKUP_CODES[0]], None);
    assert_eq!(code, 1, "a used code is refused");

    // Exports: encrypted (must be clean) and plaintext (the control).
    let aegis = env.path_arg("backup.json");
    let pass = env.path_arg("export-pass");
    let out = env.json(&[
        "otp",
        "export",
        "--format",
        "aegis",
        "--password-file",
        &pass,
        "--out",
        &aegis,
    ]);
    assert_eq!(out["encrypted"], true);
    let uris = env.path_arg("plain-export.txt");
    let (code, _) = env.run_with(&["otp", "export", "--format", "uris", "--out", &uris], None);
    assert_eq!(code, 0);
    assert!(
        env.last_stderr().contains("in the clear"),
        "plaintext exports warn"
    );
    let svg = env.path_arg("one.svg");
    let (code, _) = env.run_with(
        &[
            "otp",
            "export",
            "--format",
            "qr",
            "--account",
            "1",
            "--out",
            &svg,
        ],
        None,
    );
    assert_eq!(code, 0, "{}", env.last_stderr());
    assert!(env.last_stderr().contains("in the clear"));
}

fn check(env: &Recording) {
    // Control: the plaintext export holds every secret (so the scan below can see them).
    let plain = std::fs::read(env.path("plain-export.txt")).unwrap();
    for secret in all_secrets() {
        assert!(
            contains(&plain, secret.as_bytes()),
            "control: the plaintext export should hold {}…",
            &secret[..4]
        );
    }

    // Every file in the data directory.
    let mut files = 0;
    for entry in std::fs::read_dir(env.data()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            files += 1;
            assert_clean(
                &path.display().to_string(),
                &std::fs::read(&path).unwrap(),
                true,
            );
        }
    }
    assert!(files >= 2, "steward.db and profile.json at least");

    // Everything printed.
    for (what, bytes) in &env.printed {
        assert_clean(what, bytes, !what.contains("backup-codes list 1 --show"));
    }

    // The encrypted export and the SVG (which encodes the secret only as QR modules).
    assert_clean(
        "the encrypted export",
        &std::fs::read(env.path("backup.json")).unwrap(),
        true,
    );
    assert_clean(
        "the QR SVG",
        &std::fs::read(env.path("one.svg")).unwrap(),
        true,
    );

    // The database's own contents, decrypted.
    let unlock = if env.uses_keyring() {
        Unlock::default()
    } else {
        common::unlock(common::PASSPHRASE)
    };
    let profile = Profile::open(&env.data(), &unlock).unwrap();
    let conn = profile.db().conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut dump = Vec::new();
    for table in &tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => dump.extend_from_slice(t),
                    rusqlite::types::ValueRef::Blob(b) => {
                        dump.extend_from_slice(b);
                        dump.extend_from_slice(hex::encode(b).as_bytes());
                    }
                    other => dump.extend_from_slice(format!("{other:?}").as_bytes()),
                }
                dump.push(b'\n');
            }
        }
    }
    assert!(contains(&dump, b"Deno Land"), "the dump sees the data");
    assert_clean("the decrypted database", &dump, true);
    let accounts = profile.otp().list().unwrap();

    // Keyring mode: clean the throw-away keyring up.
    if env.uses_keyring() {
        let store = profile.otp();
        for e in &accounts {
            store.remove(e.id, true).unwrap();
        }
        let json: Value =
            serde_json::from_str(&std::fs::read_to_string(env.data().join(PROFILE_FILE)).unwrap())
                .unwrap();
        let entry = json["key"]["entry"].as_str().unwrap().to_string();
        drop(profile);
        KeyringStore::system().delete(&entry).unwrap();
    }
}

#[test]
fn no_secret_leaks_with_a_passphrase_profile() {
    let mut env = session(false);
    exercise(&mut env);
    // Show the backup codes on request: that output, and only that, may hold them.
    env.json(&["otp", "backup-codes", "list", "1", "--show"]);
    check(&env);
}

#[test]
fn no_secret_leaks_with_a_keyring_profile() {
    if !KeyringStore::system().is_available() {
        assert!(
            std::env::var("STEWARD_TEST_KEYRING").as_deref() != Ok("required"),
            "STEWARD_TEST_KEYRING=required but no Secret Service answers"
        );
        eprintln!("SKIPPED: no Secret Service here; run through scripts/test.sh");
        return;
    }
    let mut env = session(true);
    exercise(&mut env);
    check(&env);
}

/// The scanner itself finds each form (so a clean result means something).
#[test]
fn the_scanner_finds_every_form() {
    for (form, needle) in forms(MANIFEST[3].secret) {
        let mut bytes = b"prefix ".to_vec();
        bytes.extend_from_slice(&needle);
        bytes.extend_from_slice(b" suffix");
        let caught = std::panic::catch_unwind(|| assert_clean("sample", &bytes, false));
        assert!(caught.is_err(), "{form} was not found");
    }
    assert_clean("clean sample", b"nothing secret here", true);
}
