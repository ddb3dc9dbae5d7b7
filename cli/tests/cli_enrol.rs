//! `steward enrol` and `steward directory` as a person uses them: the seed story one command per
//! step, resumed across processes, with `--json` that parses and exit codes that mean something.
//! The directory comes from the 2fa.directory snapshot served on 127.0.0.1.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::directory_server::Server;
use support::CliEnv;

/// A profile whose directory comes from a server on 127.0.0.1 that serves the snapshot, the way
/// api.2fa.directory would.
fn with_directory() -> CliEnv {
    CliEnv::new().env("STEWARD_DIRECTORY_URL", Server::two_factor().url)
}

#[test]
fn the_seed_story_one_command_at_a_time() {
    let env = with_directory();
    let v = env.json(&["enrol", "start", "amazon"]);
    assert_eq!(v["enrolment"]["service"], "Amazon");
    // Strongest first, but at Amazon the authenticator needs a verified phone first.
    assert_eq!(v["options"][0]["method"], "totp");
    assert_eq!(v["options"][0]["recommended"], false);
    assert_eq!(v["options"][0]["available"], false);
    assert_eq!(v["plan"]["rules"]["known"], "rules");
    assert_eq!(v["plan"]["rules"]["rules"]["origin"]["kind"], "curated");

    // Human output says what to do next, where the rules come from, and the plan.
    let status = env.text(&["enrol", "status"]);
    assert!(status.contains("step 1 of"), "{status}");
    assert!(
        status.contains("Rules: Steward's reviewed rules for Amazon"),
        "{status}"
    );
    assert!(
        status.contains("✗ Authenticator app (codes) — Amazon only lets you add"),
        "{status}"
    );
    assert!(status.contains("Then add authenticator app"), "{status}");
    assert!(status.contains("NIST"), "{status}");

    env.json(&["enrol", "method", "sms"]);
    let v = env.json(&["enrol", "phone", "0912 345 678", "--region", "VN"]);
    assert_eq!(v["enrolment"]["phone"]["e164"], "+84912345678");
    assert_eq!(v["enrolment"]["step"], "enter_phone_code");
    let v = env.json(&["enrol", "refused", common::UNUSUAL]);
    assert_eq!(v["enrolment"]["step"], "choose_method");
    assert_eq!(v["enrolment"]["attempts"][0]["text"], common::UNUSUAL);
    assert_eq!(
        v["enrolment"]["attempts"][0]["refusal"]["kind"],
        "risk_block"
    );
    let case = v["enrolment"]["case_number"].as_i64().unwrap();

    // The plan: the authenticator dead end explained, another number first, support next.
    assert_eq!(v["plan"]["options"][0]["step"]["kind"], "another_number");
    assert_eq!(v["plan"]["options"][0]["recommended"], true);
    assert!(v["plan"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["step"]["kind"] == "ask_support"));
    let status = env.text(&["enrol", "status"]);
    assert!(status.contains("refused +84 912 345 678"), "{status}");
    assert!(status.contains("[steward enrol stuck]"), "{status}");
    assert!(!status.contains("Next best: Authenticator"), "{status}");

    // What the rules rule out is refused, and so is a blind retry of the refused number.
    let err = env.fails(&["enrol", "method", "totp"], 1);
    assert_eq!(err["code"], "enrol_needs_another_method_first");
    let err = env.fails(&["enrol", "method", "carrier-pigeon"], 1);
    assert_eq!(err["code"], "unknown_method");
    env.json(&["enrol", "method", "sms"]);
    let err = env.fails(&["enrol", "phone", "+84 912 345 678"], 1);
    assert_eq!(err["code"], "enrol_number_refused");
    // A second number works; the phone is on and the authenticator comes next.
    env.json(&["enrol", "phone", "0987 654 321", "--region", "VN"]);
    let v = env.json(&["enrol", "ok"]);
    assert_eq!(v["enrolment"]["step"], "choose_method");
    assert_eq!(v["options"][0]["method"], "totp");
    assert_eq!(v["options"][0]["recommended"], true);

    env.json(&["enrol", "method", "totp"]);
    let err = env.fails(&["enrol", "link", "https://example.com/not-a-qr"], 1);
    assert!(err["message"].as_str().is_some());
    let v = env.json(&[
        "enrol",
        "link",
        "otpauth://totp/Amazon:customer%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon",
    ]);
    assert_eq!(v["current_code"].as_str().map(str::len), Some(6));
    env.json(&["enrol", "ok"]);
    let v = env.json(&[
        "enrol",
        "backup-codes",
        "abcd-1234",
        "efgh-5678",
        "ijkl-9012",
    ]);
    assert_eq!(v["enrolment"]["status"], "done");
    assert_eq!(v["enrolment"]["backup_codes_saved"], 3);
    let receipt = &v["enrolment"]["receipt"];
    assert_eq!(receipt["methods"], serde_json::json!(["totp", "sms"]));
    assert_eq!(receipt["phone_masked"], "•••• 4321");
    assert_eq!(receipt["tested"], true);
    let status = env.text(&["enrol", "status", "-e", "Amazon"]);
    assert!(status.contains("Receipt: Authenticator app (codes), Text message (SMS) on Amazon (phone •••• 4321); 3 backup codes kept; tested."), "{status}");

    // The case holds the refusal verbatim; the account shows 2FA on.
    let detail = env.json(&["case", "show", &case.to_string()]);
    assert_eq!(detail["interactions"][0]["error_texts"][0], common::UNUSUAL);
    let accounts = env.json(&["accounts"]);
    let amazon = accounts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["service"] == "Amazon")
        .unwrap();
    assert_eq!(amazon["two_factor_on"], serde_json::json!(["totp", "sms"]));
    assert_eq!(amazon["enrolment_receipt"]["tested"], true);
    // The recovery kit: how to get back in, the number masked, the codes counted — printed
    // only when asked for, and a PDF that says the same (read back with poppler's pdftotext).
    let kit = env.text(&["enrol", "kit"]);
    assert!(kit.contains("Amazon") && kit.contains("•••• 4321"), "{kit}");
    assert!(
        kit.contains("3 unused") && !kit.contains("abcd-1234"),
        "{kit}"
    );
    assert!(kit.contains("contact-us"), "the support route: {kit}");
    assert!(!kit.contains("987 654"), "{kit}");
    let with = env.text(&["enrol", "kit", "--with-backup-codes"]);
    assert!(
        with.contains("abcd-1234") && with.contains("ijkl-9012"),
        "{with}"
    );
    let pdf = env.dir.path().join("kit.pdf");
    env.json(&["enrol", "kit", "--out", pdf.to_str().unwrap()]);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler) is installed by scripts/install-deps.sh");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Recovery kit") && text.contains("Amazon"),
        "{text}"
    );
    assert!(
        text.contains("4321") && !text.contains("abcd-1234"),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the kit is private to the customer");
    }

    // A finished enrolment takes no more steps.
    let all = env.json(&["enrol", "status", "--all"]);
    assert_eq!(all[0]["status"], "done");
    let err = env.fails(&["enrol", "-e", "Amazon", "ok"], 1);
    assert_eq!(err["code"], "enrolment_finished");
}

#[test]
fn stuck_prints_a_brief_for_support_and_unknown_enrolments_are_clear() {
    let env = with_directory();
    let err = env.fails(&["enrol", "method", "totp"], 1);
    assert_eq!(err["code"], "enrolment_not_found");
    assert!(err["hint"].as_str().unwrap().contains("enrol status"));

    env.json(&["enrol", "start", "Amazon"]);
    env.json(&["enrol", "method", "sms"]);
    env.json(&["enrol", "phone", "+84 912 345 678"]);
    env.json(&["enrol", "refused", common::UNUSUAL]);
    let out = env.json(&["enrol", "stuck"]);
    let brief = out["brief"].as_str().unwrap();
    assert!(brief.chars().count() <= 1000, "fits a chat box");
    assert!(brief.contains("unusual activity"), "{brief}");
    // Redacted by default: the phone number is masked in what goes to support.
    assert!(!brief.contains("912 345 678"), "{brief}");
    assert!(out["case_number"].as_i64().is_some());

    let err = env.fails(&["enrol", "phone", "0912"], 1);
    assert_eq!(err["code"], "enrol_wrong_step");
    env.json(&["enrol", "method", "sms"]);
    env.json(&["enrol", "phone", "+84 987 654 321"]);
    env.json(&["enrol", "ok"]);
    env.json(&["enrol", "method", "totp"]);
    let err = env.fails(&["enrol", "link", "--qr", "/nonexistent/qr.png"], 1);
    assert_eq!(err["code"], "image_unreadable");
}
