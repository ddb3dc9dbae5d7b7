//! No secret leaks over a whole session. One data directory, the real `steward` CLI, a
//! passphrase-protected profile (STEWARD_PASSPHRASE_FILE, STEWARD_KEYRING=off): OTP accounts
//! from links, backup codes, the guided enrolment wizard (a closed local port as the directory,
//! so nothing goes online), contacts logged on a case (one of them quoting a backup code, as
//! people do, and marked as the formal complaint), the complaint letters, then every export:
//! `case export` in every format and `otp export` (encrypted).
//!
//! Afterwards every file in the data directory and the export directory (raw bytes; for PDFs
//! also the text `pdftotext` extracts; for .eml also every decoded part, PDFs in it through
//! `pdftotext` too) and everything the CLI printed on stdout and stderr are searched for:
//! - each OTP seed: Base32 (both cases), hex (both cases) and raw bytes;
//! - each backup code;
//! - the profile passphrase and the export password;
//! - the database key (derived here from the passphrase and profile.json's Argon2id parameters,
//!   checked by opening the database with it), raw and hex.
//!
//! None may appear. The plaintext `otp export --format uris`, written on purpose, goes to a
//! folder of its own that is not scanned: it is the control that must hold every seed. A second
//! test plants a seed in a file and checks the scanner reports it.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use steward::otp::OtpSecret;
use support::{CliEnv, Recording, CASE_EXPORT_FORMATS};

const PASSPHRASE: &str = "lantern quartz meadow 7419 orbit";
const EXPORT_PASSWORD: &str = "export pw Zq81-lemon";
/// TOTP SHA1, HOTP, TOTP SHA256 (added with `otp add`), and the one the wizard adds.
const SEEDS: [&str; 4] = [
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR",
    "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43V",
    "ORSXG5DTMVRXEZLUONSWG4TFOQ2DKNRX",
    "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA",
];
const BACKUP_CODES: [&str; 3] = ["q7w8-e9r0-t1y2", "zx91-cv82-bn73", "lk46-jh57-gf68"];
const ENROL_BACKUP_CODES: [&str; 2] = ["mn35-pq79-rs24", "uv68-wx13-yz57"];

/// One data directory for the whole session, the exports in `out/` (scanned) and `plaintext/`
/// (not scanned), everything printed kept.
fn session() -> Recording {
    Recording::new(
        CliEnv::with_passphrase(PASSPHRASE)
            .offline()
            .with_file("export-pass", EXPORT_PASSWORD)
            .with_dir("out")
            .with_dir("plaintext"),
    )
}

/// Every form a secret could leak in, with a name for the report.
fn needles(db_key: Option<&[u8]>) -> Vec<(String, Vec<u8>)> {
    let mut n: Vec<(String, Vec<u8>)> = vec![];
    for seed in SEEDS {
        let raw = OtpSecret::from_base32(seed).unwrap().as_bytes().to_vec();
        let hex = hex::encode(&raw);
        n.push((format!("seed {seed} (base32)"), seed.as_bytes().to_vec()));
        n.push((
            format!("seed {seed} (base32, lower case)"),
            seed.to_lowercase().into_bytes(),
        ));
        n.push((format!("seed {seed} (hex)"), hex.clone().into_bytes()));
        n.push((
            format!("seed {seed} (HEX)"),
            hex.to_uppercase().into_bytes(),
        ));
        n.push((format!("seed {seed} (raw bytes)"), raw));
    }
    for code in BACKUP_CODES.iter().chain(&ENROL_BACKUP_CODES) {
        n.push((format!("backup code {code}"), code.as_bytes().to_vec()));
    }
    n.push(("the passphrase".into(), PASSPHRASE.as_bytes().to_vec()));
    n.push((
        "the export password".into(),
        EXPORT_PASSWORD.as_bytes().to_vec(),
    ));
    if let Some(key) = db_key {
        n.push(("the database key (raw)".into(), key.to_vec()));
        n.push((
            "the database key (hex)".into(),
            hex::encode(key).into_bytes(),
        ));
        n.push((
            "the database key (HEX)".into(),
            hex::encode_upper(key).into_bytes(),
        ));
    }
    n
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The text poppler's `pdftotext` extracts (it inflates the compressed streams).
fn pdf_text(bytes: &[u8]) -> Vec<u8> {
    let tmp = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(tmp.path(), bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(tmp.path())
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(out.status.success(), "pdftotext failed");
    assert!(!out.stdout.is_empty(), "pdftotext found no text");
    out.stdout
}

/// Every view of a file worth scanning: the raw bytes, plus decoded forms.
fn views(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap();
    let name = path.display().to_string();
    let mut v = vec![];
    if bytes.starts_with(b"%PDF-") {
        v.push((format!("{name} (pdftotext)"), pdf_text(&bytes)));
    }
    if name.ends_with(".eml") {
        let message = mail_parser::MessageParser::default()
            .parse(&bytes)
            .expect("the .eml export parses");
        for (i, part) in message.parts.iter().enumerate() {
            let decoded = part.contents().to_vec();
            if decoded.starts_with(b"%PDF-") {
                v.push((format!("{name} part {i} (pdftotext)"), pdf_text(&decoded)));
            }
            v.push((format!("{name} part {i} (decoded)"), decoded));
        }
    }
    v.push((name, bytes));
    v
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every (needle, place) where a secret was found.
fn scan(dirs: &[PathBuf], printed: &[(String, Vec<u8>)], db_key: Option<&[u8]>) -> Vec<String> {
    let needles = needles(db_key);
    let mut places: Vec<(String, Vec<u8>)> = printed.to_vec();
    let mut files = vec![];
    for dir in dirs {
        files_under(dir, &mut files);
    }
    for file in &files {
        places.extend(views(file));
    }
    let mut found = vec![];
    for (place, bytes) in &places {
        for (what, needle) in &needles {
            if contains(bytes, needle) {
                found.push(format!("{what} in {place}"));
            }
        }
    }
    found
}

/// The database key, derived the way the profile does from the passphrase and profile.json.
fn database_key(data: &Path) -> [u8; 32] {
    let profile: serde_json::Value =
        serde_json::from_slice(&std::fs::read(data.join("profile.json")).unwrap()).unwrap();
    let kdf: steward::vault::KdfParams =
        serde_json::from_value(profile["key"]["kdf"].clone()).expect("passphrase KDF parameters");
    let key = steward::vault::derive_key(PASSPHRASE, &kdf).unwrap();
    *key
}

fn link(issuer: &str, seed: &str, extra: &str) -> String {
    format!("otpauth://totp/{issuer}:customer%40example.com?secret={seed}&issuer={issuer}{extra}")
}

fn run_session(s: &mut Recording) {
    s.run(&["otp", "add", &link("GitHub", SEEDS[0], "")], None);
    let hotp = format!(
        "otpauth://hotp/Forge:customer?secret={}&issuer=Forge&counter=3",
        SEEDS[1]
    );
    s.run(&["otp", "add", "-"], Some(&hotp));
    s.run(
        &[
            "otp",
            "add",
            &link("Cloud", SEEDS[2], "&algorithm=SHA256&digits=8"),
        ],
        None,
    );
    let mut add = vec!["otp", "backup-codes", "add", "1"];
    add.extend(BACKUP_CODES);
    s.run(&add, None);
    s.run(&["otp", "list"], None);
    s.run(&["--json", "otp", "list"], None);
    s.run(&["otp", "code", "1"], None);
    s.run(&["--json", "otp", "code", "2"], None);
    s.run(&["otp", "backup-codes", "list", "1"], None);

    // The guided enrolment, as in cli_enrol.rs.
    s.run(&["enrol", "start", "Amazon"], None);
    // Amazon's rules: a verified phone before the authenticator.
    s.run(&["enrol", "method", "sms"], None);
    s.run(&["enrol", "phone", "+84 987 654 321"], None);
    s.run(&["enrol", "ok"], None);
    s.run(&["enrol", "method", "totp"], None);
    s.run(&["enrol", "link", &link("Amazon", SEEDS[3], "")], None);
    s.run(&["--json", "enrol", "ok"], None);
    let mut codes = vec!["enrol", "backup-codes"];
    codes.extend(ENROL_BACKUP_CODES);
    s.run(&codes, None);
    s.run(&["enrol", "status", "--all"], None);

    // A case with contacts; one quotes a backup code the agent asked for (it must be masked in
    // every export: backup codes are never sent).
    s.run(
        &["case", "new", "Locked out of GitHub", "--service", "GitHub"],
        None,
    );
    s.run(
        &[
            "case",
            "log",
            "1",
            "--summary",
            "Chat about the lost phone",
            "--channel",
            "chat",
            "--team",
            "Account recovery",
            "--agent",
            "Dana",
            "--ref",
            "GH-77123",
            "--error",
            common::UNUSUAL,
        ],
        None,
    );
    let quoting = format!("They asked me to read a backup code: {}", BACKUP_CODES[1]);
    let mut log = vec![
        "case",
        "log",
        "1",
        "--summary",
        "Called support",
        "--channel",
        "phone",
        "--quote",
    ];
    log.push(&quoting);
    s.run(&log, None);
    s.run(&["case", "search", "recovery"], None);
    s.run(&["case", "list"], None);
    s.run(&["case", "insights", "1"], None);
    // The contact quoting a backup code is the formal complaint; its letters go out too.
    s.run(
        &[
            "case",
            "complaint",
            "mark",
            "1",
            "--jurisdiction",
            "GB",
            "--sector",
            "financial-services",
            "--ref",
            "CMP-1",
        ],
        None,
    );
    s.run(&["case", "complaint", "show", "1"], None);
    for kind in ["complaint", "chaser", "referral"] {
        let out = s.path_arg(&format!("out/letter-{kind}.txt"));
        s.run(
            &["share", "letter", "1", "--kind", kind, "--out", &out],
            None,
        );
        s.run(&["--json", "share", "letter", "1", "--kind", kind], None);
    }

    // Every export.
    for format in CASE_EXPORT_FORMATS {
        let out = s.path_arg(&format!("out/case1.{format}"));
        s.run(
            &["case", "export", "1", "--format", format, "--out", &out],
            None,
        );
    }
    s.run(&["case", "export", "1", "--format", "brief"], None);
    s.run(
        &["--json", "case", "export", "1", "--format", "brief-chat"],
        None,
    );
    let pass = s.path_arg("export-pass");
    let vault = s.path_arg("out/otp-backup.aegis.json");
    s.run(
        &[
            "otp",
            "export",
            "--format",
            "aegis",
            "--out",
            &vault,
            "--password-file",
            &pass,
        ],
        None,
    );
    let plain = s.path_arg("plaintext/otp.txt");
    s.run(
        &["otp", "export", "--format", "uris", "--out", &plain],
        None,
    );
    s.run(&["status"], None);
}

#[test]
fn no_secret_in_any_file_or_output_over_a_whole_session() {
    let mut s = session();
    run_session(&mut s);

    let key = database_key(&s.data());
    let found = scan(&[s.data(), s.path("out")], &s.printed, Some(&key));
    assert!(
        found.is_empty(),
        "secrets in the clear:\n{}",
        found.join("\n")
    );

    // Controls. The plaintext export holds every seed (so the seeds are real and reached disk
    // through this session), the exports hold the session's contacts (so the scan looked at
    // real content), and the derived key is the database's key.
    let plain = std::fs::read(s.path("plaintext/otp.txt")).unwrap();
    for seed in SEEDS {
        assert!(
            contains(&plain, seed.as_bytes()),
            "control export lacks {seed}"
        );
    }
    let pdf = pdf_text(&std::fs::read(s.path("out").join("case1.pdf")).unwrap());
    assert!(contains(&pdf, b"GH-77123"), "the PDF text has the contacts");
    assert!(contains(&pdf, b"Dana"));
    let md = std::fs::read(s.path("out").join("case1.md")).unwrap();
    assert!(
        contains(&md, b"read a backup code"),
        "the quote is there, masked"
    );
    steward::db::Db::open(
        &s.data().join("steward.db"),
        &zeroize::Zeroizing::new(key),
        false,
    )
    .expect("the derived key opens the database");
}

#[test]
fn the_scanner_reports_a_planted_seed() {
    let dir = tempfile::tempdir().unwrap();
    let raw = OtpSecret::from_base32(SEEDS[2])
        .unwrap()
        .as_bytes()
        .to_vec();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("base32", format!("note: {}\n", SEEDS[2]).into_bytes()),
        ("hex", format!("k={}", hex::encode_upper(&raw)).into_bytes()),
        (
            "raw bytes",
            [b"\x00\x01".as_slice(), &raw, b"\xff"].concat(),
        ),
        (
            "backup code",
            format!("codes {}", BACKUP_CODES[0]).into_bytes(),
        ),
        ("passphrase", PASSPHRASE.as_bytes().to_vec()),
    ];
    for (what, bytes) in cases {
        let sub = dir.path().join(what.replace(' ', "-"));
        std::fs::create_dir_all(sub.join("nested")).unwrap();
        std::fs::write(sub.join("nested/leak.bin"), &bytes).unwrap();
        let found = scan(&[sub], &[], None);
        assert!(!found.is_empty(), "the scanner missed a planted {what}");
    }
    // In what the CLI printed, too.
    let printed = vec![("stdout".to_string(), SEEDS[0].to_lowercase().into_bytes())];
    assert!(!scan(&[], &printed, None).is_empty());
    // And nothing is reported where nothing is.
    let clean = dir.path().join("clean");
    std::fs::create_dir(&clean).unwrap();
    std::fs::write(clean.join("a.txt"), "nothing secret here").unwrap();
    assert!(scan(&[clean], &[], None).is_empty());
}
