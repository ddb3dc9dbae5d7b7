//! `steward otp backup set / now / status / check` and the import report printed by
//! `otp import`: a backup folder set with the password from a file or standard input (never an
//! argument), a backup after each change that Aegis's format reader opens, a vault from Aegis
//! (the corpus file) or another profile found and imported with a per-entry report and sample
//! codes, damaged files skipped with the reason, and the words in English and Vietnamese.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use steward::otp::backup::folder;
use steward::otp::import::{import_auto, Format};
use support::CliEnv;

fn corpus(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/authenticator-exports")
        .join(file)
}

fn backups(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| folder::is_backup_name(n))
        .collect();
    v.sort();
    v
}

fn newer(path: &Path) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(SystemTime::now() + Duration::from_secs(60))
        .unwrap();
}

fn english() -> CliEnv {
    let mut env = CliEnv::new();
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        env = env.env_remove(var);
    }
    env.arg("--lang")
        .arg("en")
        .with_dir("backups")
        .with_file("pw", "cli backup pw\n")
}

#[test]
fn set_back_up_after_changes_status_and_retention() {
    let env = english();
    let folder_arg = env.path_arg("backups");
    let pw = env.path_arg("pw");
    // Not set up yet.
    let e = env.fails(&["otp", "backup", "now"], 1);
    assert_eq!(e["code"], "otp_backup_not_configured");
    let status = env.json(&[
        "otp",
        "backup",
        "set",
        "--folder",
        &folder_arg,
        "--keep",
        "2",
        "--password-file",
        &pw,
    ]);
    assert_eq!(status["enabled"], true);
    assert_eq!(status["keep"], 2);
    assert_eq!(status["password_home"], "database");
    assert!(!status.to_string().contains("cli backup pw"));

    // An import is a change: a backup appears, and it opens as an Aegis vault.
    let report = env.json(&[
        "otp",
        "import",
        &corpus("aegis_plain.json").display().to_string(),
    ]);
    assert_eq!(report["added"].as_array().unwrap().len(), 7);
    let files = backups(&env.path("backups"));
    assert_eq!(files.len(), 1);
    let vault = std::fs::read(env.path("backups").join(&files[0])).unwrap();
    let back = import_auto(&vault, Some(Format::Aegis), Some("cli backup pw")).unwrap();
    assert_eq!(back.accounts.len(), 7);

    // Changes from the CLI: one backup each, two kept.
    env.json(&["otp", "fav", "2"]);
    env.json(&["otp", "tag", "3", "Work"]);
    env.json(&["otp", "rename", "4", "--name", "someone"]);
    assert_eq!(backups(&env.path("backups")).len(), 2);

    let status = env.json(&["otp", "backup", "status"]);
    assert_eq!(status["pending_changes"], 0);
    assert_eq!(status["reminder_due"], false);
    let text = env.text(&["otp", "backup", "status"]);
    assert!(text.contains("Automatic backups: on"), "{text}");
    assert!(
        text.contains("Every change is in the last backup."),
        "{text}"
    );
    assert!(text.contains("sealed in your encrypted profile"), "{text}");

    let now = env.text(&["otp", "backup", "now"]);
    assert!(now.starts_with("Backed up 7 accounts to "), "{now}");
    assert!(now.contains("Removed Steward's older backups: "), "{now}");
    assert_eq!(backups(&env.path("backups")).len(), 2);

    // Off: changes wait, with a reminder after --remind-days.
    env.json(&["otp", "backup", "set", "--off", "--remind-days", "0"]);
    env.json(&["otp", "fav", "2", "--off"]);
    assert_eq!(backups(&env.path("backups")).len(), 2);
    let text = env.text(&["otp", "backup", "status"]);
    assert!(text.contains("Automatic backups: off"), "{text}");
    assert!(text.contains("Back up your authenticator"), "{text}");

    // The password from standard input works too; an empty one is refused.
    let e = env.fails(
        &[
            "otp",
            "backup",
            "set",
            "--password-file",
            &env.file("empty", b""),
        ],
        1,
    );
    assert_eq!(e["code"], "otp_backup_password_empty");
    let status = env.json_stdin(
        &[
            "otp",
            "backup",
            "set",
            "--keep",
            "3",
            "--password-file",
            "-",
        ],
        "another pw\n",
    );
    assert_eq!(status["keep"], 3);
    let e = env.fails(&["otp", "backup", "set", "--keep", "0"], 1);
    assert_eq!(e["code"], "otp_backup_keep_invalid");
}

#[test]
fn a_newer_aegis_backup_is_found_and_imported_with_a_report_of_sample_codes() {
    let env = english();
    let folder_arg = env.path_arg("backups");
    let pw = env.path_arg("pw");
    env.json(&[
        "otp",
        "backup",
        "set",
        "--folder",
        &folder_arg,
        "--password-file",
        &pw,
    ]);
    env.json(&[
        "otp",
        "add",
        "--manual",
        "--issuer",
        "Deno",
        "--name",
        "Mason",
        "--secret",
        "4SJHB4GSD43FZBAI7C2HLRJGPQ",
    ]);
    let check = env.json(&["otp", "backup", "check"]);
    assert!(
        check["found"].is_null(),
        "our own backup is not newer: {check}"
    );

    // Aegis's own vault (password "test") and a cut-short copy, synced in.
    let aegis = std::fs::read(corpus("aegis_encrypted.json")).unwrap();
    let found_path = env.write("backups/aegis-backup-20261206-230000.json", &aegis);
    newer(&found_path);
    let cut = env.write("backups/aegis-backup-20261206-230001.json", &aegis[..300]);
    newer(&cut);
    let check = env.json(&["otp", "backup", "check"]);
    assert_eq!(
        check["found"]["file_name"],
        "aegis-backup-20261206-230000.json"
    );
    assert_eq!(
        check["skipped"][0]["file_name"],
        "aegis-backup-20261206-230001.json"
    );
    let text = env.text(&["otp", "backup", "check"]);
    assert!(
        text.starts_with("A newer backup was found: aegis-backup-20261206-230000.json"),
        "{text}"
    );
    assert!(
        text.contains("written by another app, such as Aegis"),
        "{text}"
    );
    assert!(
        text.contains("Skipped aegis-backup-20261206-230001.json: it ends in the middle"),
        "{text}"
    );

    // Our password is not Aegis's: a clear error, nothing imported.
    let e = env.fails(&["otp", "backup", "check", "--import"], 1);
    assert_eq!(e["code"], "wrong_password");
    assert_eq!(env.json(&["otp", "list"]).as_array().unwrap().len(), 1);

    let aegis_pw = env.file("aegis-pw", b"test\n");
    let out = env.text(&[
        "otp",
        "backup",
        "check",
        "--import",
        "--password-file",
        &aegis_pw,
    ]);
    assert!(
        out.contains("Compare these codes with your old app"),
        "{out}"
    );
    assert!(out.contains("already here as number 1"), "{out}");
    assert!(out.contains("not advanced"), "{out}");
    // Each entry's code is the one `otp code` gives (within one period).
    let list = env.json(&["otp", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 7);
    // (A period may turn over between the import and `otp code`: the previous code counts.)
    let flat = out.replace(' ', "");
    for e in list.as_array().unwrap() {
        let number = e["number"].to_string();
        let code = env.json(&["otp", "code", &number]);
        let now = code["code"]["code"].as_str().unwrap().to_string();
        let unix = code["unix_time"].as_u64().unwrap();
        let before = env.json(&["otp", "code", &number, "--at", &(unix - 30).to_string()]);
        let prev = before["code"]["code"].as_str().unwrap().to_string();
        assert!(
            flat.contains(&now) || flat.contains(&prev),
            "account {number}: {now} / {prev} in {out}"
        );
    }
    // Imported: not offered again.
    assert!(env.json(&["otp", "backup", "check"])["found"].is_null());
}

#[test]
fn otp_import_prints_the_report_in_json_and_in_vietnamese() {
    let env = english();
    let json = env.json(&[
        "otp",
        "import",
        &corpus("aegis_plain.json").display().to_string(),
    ]);
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 7);
    for e in entries {
        assert_eq!(e["outcome"], "added");
        assert!(e["sample"]["code"].is_string());
    }
    let again = env.json(&[
        "otp",
        "import",
        &corpus("aegis_plain.json").display().to_string(),
    ]);
    assert!(again["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["outcome"] == "already_here"));
    // A link list with a line that is not a link: skipped, with its reason, in the report.
    let list = env.file(
        "links.txt",
        b"otpauth://totp/GitLab:bob?secret=JBSWY3DPEHPK3PXP&issuer=GitLab\nnot a link\n",
    );
    let json = env.json(&["otp", "import", &list]);
    let outcomes: Vec<&str> = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, vec!["added", "skipped"]);

    let mut vi = CliEnv::new();
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        vi = vi.env_remove(var);
    }
    let vi = vi.arg("--lang").arg("vi");
    let out = vi.text(&[
        "otp",
        "import",
        &corpus("aegis_plain.json").display().to_string(),
    ]);
    assert!(
        out.contains("Bạn hãy so các mã này với ứng dụng cũ"),
        "{out}"
    );
    assert!(out.contains("mới, số 1"), "{out}");
    let status = vi.text(&["otp", "backup", "status"]);
    assert!(status.contains("Tự động sao lưu: tắt"), "{status}");
}
