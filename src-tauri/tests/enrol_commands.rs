//! The enrolment commands over Tauri's mock runtime with the real capabilities: the Amazon story
//! through `enrol_start`/`enrol_act` up to a tested receipt, then the recovery kit saved as a PDF
//! where the (scripted) Save dialog says — the unused backup codes in it only when asked for.
//! The directory data are the repository's snapshots (tests/fixtures/corpus), saved as fresh
//! copies in the test's data directory: nothing is downloaded.

mod support;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use steward_desktop::dialogs::{DialogKind, FileDialogs};
use support::Harness;

const REFUSAL: &str = "We detected unusual activity. Please try again later.";
const LINK: &str =
    "otpauth://totp/Amazon:customer%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon";

/// Saves the repository's directory snapshots in `data_dir` as copies fetched just now from the
/// default addresses, so the app uses them as they are.
fn fresh_directory(data_dir: &Path) {
    let corpus = support::corpus_dir();
    let dir = data_dir.join("directory");
    std::fs::create_dir_all(&dir).unwrap();
    let now = chrono::Utc::now().to_rfc3339();
    for (from, data, meta, url) in [
        (
            "2fa-directory/all.v3.json",
            "all.v3.json",
            "meta.json",
            steward::directory::DirectoryCache::DEFAULT_URL,
        ),
        (
            "passkeys-directory/all.v1.json",
            "passkeys.v1.json",
            "passkeys.meta.json",
            steward::directory::DirectoryCache::DEFAULT_PASSKEYS_URL,
        ),
    ] {
        std::fs::copy(corpus.join(from), dir.join(data)).unwrap();
        let m = json!({ "url": url, "fetched_at": now, "etag": null });
        std::fs::write(dir.join(meta), m.to_string()).unwrap();
    }
}

/// A locked app with fresh directory data, whose file dialogs answer `choices` in order
/// (`None`: cancelled).
fn harness(choices: impl IntoIterator<Item = Option<PathBuf>>) -> Harness {
    Harness::with(|state| {
        fresh_directory(&state.data_dir);
        state.dialogs = FileDialogs::scripted(choices);
    })
}

/// One step of the enrolment `id`.
fn act(h: &Harness, id: &str, action: Value) -> Value {
    h.call(
        "enrol_act",
        json!({ "id": id, "action": action, "password": null }),
    )
}

/// The text of a PDF, as pdftotext reads it.
fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_kit_is_refused_while_locked_and_no_dialog_opens() {
    let h = harness([Some(PathBuf::from("/nonexistent/kit.pdf"))]);
    let err = h.fail("enrol_kit_save", json!({ "withBackupCodes": false }));
    assert_eq!(err.code, "locked");
    assert_eq!(h.asked(), []);
}

#[test]
fn amazon_story_ends_with_a_receipt_and_a_recovery_kit_saved_through_the_dialog() {
    let out = tempfile::tempdir().unwrap();
    let plain = out.path().join("kit.pdf");
    let with_codes = out.path().join("kit-with-codes.pdf");
    let h = harness([Some(plain.clone()), Some(with_codes.clone()), None]);
    h.unlock();

    // Start: Amazon's rules are curated; the authenticator needs a verified phone first.
    let v: Value = h.call(
        "enrol_start",
        json!({ "service": "Amazon", "privacyidea": null }),
    );
    let id = v["enrolment"]["id"].as_str().unwrap().to_string();
    assert_eq!(v["plan"]["rules"]["rules"]["origin"]["kind"], "curated");
    let totp = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["method"] == "totp")
        .unwrap();
    assert_eq!(totp["available"], false, "{totp}");
    let err = h.fail(
        "enrol_act",
        json!({ "id": id, "action": { "action": "choose_method", "method": "totp" }, "password": null }),
    );
    assert_eq!(err.code, "enrol_needs_another_method_first");

    // SMS to a Vietnamese number, refused; the plan offers another number and support.
    act(
        &h,
        &id,
        json!({ "action": "choose_method", "method": "sms" }),
    );
    act(
        &h,
        &id,
        json!({ "action": "submit_phone", "number": "0912 345 678", "region": "VN" }),
    );
    let v = act(
        &h,
        &id,
        json!({ "action": "report_refusal", "message": REFUSAL }),
    );
    assert_eq!(v["enrolment"]["step"], "choose_method");
    assert!(v["plan"]["explanation"]
        .as_str()
        .unwrap()
        .contains("+84 912 345 678"));
    let kinds: Vec<&str> = v["plan"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["step"]["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"another_number") && kinds.contains(&"ask_support"),
        "{kinds:?}"
    );

    // The same number again is refused by Steward; another one works.
    act(
        &h,
        &id,
        json!({ "action": "choose_method", "method": "sms" }),
    );
    let err = h.fail(
        "enrol_act",
        json!({ "id": id, "action": { "action": "submit_phone", "number": "0912 345 678", "region": "VN" }, "password": null }),
    );
    assert_eq!(err.code, "enrol_number_refused");
    act(
        &h,
        &id,
        json!({ "action": "submit_phone", "number": "0987 654 321", "region": "VN" }),
    );
    let v = act(&h, &id, json!({ "action": "confirm" }));
    assert_eq!(v["enrolment"]["step"], "choose_method");

    // The authenticator, then ten backup codes kept with it.
    act(
        &h,
        &id,
        json!({ "action": "choose_method", "method": "totp" }),
    );
    act(
        &h,
        &id,
        json!({ "action": "add_authenticator", "link": LINK }),
    );
    let v = act(&h, &id, json!({ "action": "confirm" }));
    assert_eq!(v["enrolment"]["step"], "backup_codes");
    let codes: Vec<String> = (1..=10).map(|i| format!("{i:04}-{:04}", i * 7)).collect();
    let v = act(
        &h,
        &id,
        json!({ "action": "save_backup_codes", "codes": [codes.join("\n")] }),
    );
    assert_eq!(v["enrolment"]["status"], "done");
    let receipt = &v["enrolment"]["receipt"];
    assert_eq!(receipt["methods"], json!(["totp", "sms"]));
    assert_eq!(receipt["phone_masked"], "•••• 4321");
    assert_eq!(receipt["backup_codes_stored"], 10);
    assert_eq!(receipt["tested"], true);
    // The accounts view carries the same receipt.
    let accounts: Value = h.call("account_list", json!({}));
    let amazon = accounts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["service"] == "Amazon")
        .unwrap();
    assert_eq!(&amazon["enrolment_receipt"], receipt);

    // The kit without the codes: counted, never printed.
    let saved: Value = h.call("enrol_kit_save", json!({ "withBackupCodes": false }));
    assert_eq!(saved["path"], plain.display().to_string());
    assert_eq!(saved["accounts"], 1);
    assert_eq!(saved["with_backup_codes"], false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&plain).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the kit is readable by its owner only");
    }
    let text = pdf_text(&plain);
    assert!(
        text.contains("Recovery kit") && text.contains("Amazon"),
        "{text}"
    );
    assert!(text.contains("10 unused"), "{text}");
    assert!(text.contains("4321"), "{text}");
    for code in &codes {
        assert!(
            !text.contains(code.as_str()),
            "{code} printed unasked:\n{text}"
        );
    }

    // With the codes, on purpose: every unused one is printed.
    let saved: Value = h.call("enrol_kit_save", json!({ "withBackupCodes": true }));
    assert_eq!(saved["with_backup_codes"], true);
    let text = pdf_text(&with_codes);
    for code in &codes {
        assert!(text.contains(code.as_str()), "{code} missing:\n{text}");
    }

    // Cancelled: null, nothing written, not an error.
    let cancelled: Value = h.call("enrol_kit_save", json!({ "withBackupCodes": false }));
    assert_eq!(cancelled, Value::Null);
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 2);

    // What the dialog showed: Save in Downloads, suggesting steward-recovery-kit.pdf, PDFs only.
    let asked = h.asked();
    assert_eq!(asked.len(), 3);
    for a in &asked {
        assert_eq!(a.kind, DialogKind::Save);
        assert_eq!(a.title, "Save the recovery kit");
        assert_eq!(a.directory, steward::share::default_export_dir());
        assert_eq!(a.extension.as_deref(), Some("pdf"));
        let name = a.file_name.as_deref().unwrap();
        assert!(
            name == "steward-recovery-kit.pdf"
                || (name.starts_with("steward-recovery-kit (") && name.ends_with(").pdf")),
            "{name}"
        );
    }
}
