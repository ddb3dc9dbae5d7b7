//! `steward case export` and `steward share verify|key` as a person or a script uses them.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use serde_json::Value;
use support::CliEnv;

/// Profiles are passphrase-only: `--no-keyring` on every command.
fn passphrase_only() -> CliEnv {
    CliEnv::new().arg("--no-keyring")
}

/// Case 1, a contact whose summary holds a card number, a phone number and a one-time code.
fn seed(env: &CliEnv) {
    env.json(&["case", "new", "Card charged twice", "--service", "Bank"]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Gave card 4111 1111 1111 1111 and phone +84 912 345 678; your code is 493817",
        "--team",
        "Cards",
        "--ref",
        "CRD-1",
        "--verified",
        "yes",
    ]);
}

#[test]
fn preview_shows_masks_without_writing() {
    let env = passphrase_only();
    seed(&env);
    let p = env.json(&["case", "export", "1", "--preview"]);
    let kinds: Vec<&str> = p["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c[0].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["card", "phone", "otp"]);
    let human = env
        .cmd()
        .args(["case", "export", "1", "--preview"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("⟦[card ending 1111]⟧"), "{text}");
    assert!(!text.contains("4111 1111 1111 1111"));
}

#[test]
fn export_verify_and_tamper_with_exit_codes() {
    let env = passphrase_only();
    seed(&env);
    let key = env.json(&["share", "key"]);
    let signers = env.path_arg("allowed_signers");
    std::fs::write(
        &signers,
        format!("{}\n", key["allowed_signers"].as_str().unwrap()),
    )
    .unwrap();
    for format in ["md", "html", "pdf", "json", "eml", "ics"] {
        let out = env.path_arg(&format!("case.{format}"));
        let done = env.json(&["case", "export", "1", "--format", format, "--out", &out]);
        assert_eq!(done["format"], format);
        assert_eq!(done["fingerprint"], key["fingerprint"]);
        let v = env.json(&["share", "verify", &out, "--signer", &signers]);
        assert_eq!(v["verdict"], "intact", "{format}");
        // Without a pinned key a valid signature is only "unpinned": exit 3, with the
        // fingerprint to compare.
        let unpinned = env
            .cmd()
            .args(["--json", "share", "verify", &out])
            .output()
            .unwrap();
        assert_eq!(unpinned.status.code(), Some(3), "{format}");
        let v: Value = serde_json::from_slice(&unpinned.stdout).unwrap();
        assert_eq!(v["verdict"], "unpinned");
        assert_eq!(v["fingerprint"], key["fingerprint"]);
    }
    let fp = key["fingerprint"].as_str().unwrap();
    let v = env.json(&["share", "verify", &env.path_arg("case.md"), "--signer", fp]);
    assert_eq!(v["key_id"], key["key_id"]);

    let md = env.path_arg("case.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, text.replace("CRD-1", "CRD-2")).unwrap();
    let out = env
        .cmd()
        .args(["--json", "share", "verify", &md])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "tampered");
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "export_tampered");

    // A PDF without its .sig is unsigned: exit 1 and a message that says why.
    std::fs::remove_file(env.path("case.pdf.sig")).unwrap();
    let out = env
        .cmd()
        .args(["share", "verify", &env.path_arg("case.pdf")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("FILE.sig"));
}

#[test]
fn brief_chat_prints_and_no_redact_is_deliberate() {
    let env = passphrase_only();
    seed(&env);
    let b = env.json(&["case", "export", "1", "--format", "brief-chat"]);
    assert!(b["chars"].as_u64().unwrap() <= 1000);
    assert!(!b["text"].as_str().unwrap().contains("912 345 678"));
    let b = env.json(&[
        "case",
        "export",
        "1",
        "--format",
        "brief",
        "--no-redact",
        "phone",
    ]);
    assert!(b["text"].as_str().unwrap().contains("+84 912 345 678"));
    assert!(!b["text"].as_str().unwrap().contains("4111 1111"));
    // Backup codes can never be unmasked; unknown fields and formats are input errors.
    for args in [
        &[
            "case",
            "export",
            "1",
            "-f",
            "md",
            "--no-redact",
            "backup-code",
        ][..],
        &[
            "case",
            "export",
            "1",
            "-f",
            "md",
            "--no-redact",
            "shoe-size",
        ][..],
        &["case", "export", "1", "-f", "docx", "-o", "x"][..],
        &["case", "export", "1", "-f", "pdf"][..],
    ] {
        let out = env.cmd().arg("--json").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
}

#[test]
fn preview_flags_what_looks_private_and_mask_hides_it() {
    let env = passphrase_only();
    env.json(&["case", "new", "Locked out", "--service", "Bank"]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "They read out customer number 123456789012345 and asked for the code",
    ]);
    let out = env
        .cmd()
        .args(["case", "export", "1", "--preview"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("123456789012345") && text.contains("a long number"),
        "{text}"
    );

    let brief = env
        .cmd()
        .args([
            "case",
            "export",
            "1",
            "--format",
            "brief",
            "--mask",
            "123456789012345",
        ])
        .output()
        .unwrap();
    let brief = String::from_utf8_lossy(&brief.stdout);
    assert!(
        brief.contains("[private]") && !brief.contains("123456789012345"),
        "{brief}"
    );

    // One-time codes, like backup codes, cannot be sent in the clear.
    let refused = env
        .cmd()
        .args([
            "case",
            "export",
            "1",
            "--format",
            "brief",
            "--no-redact",
            "otp",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("never"));
}
