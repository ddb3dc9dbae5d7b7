//! `steward case alert|alerts|alert-step|resolve-alert|attach|attachments|detach|
//! save-attachment|suggest` and `steward accounts`, as a person or a script uses them.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::{text_ok, CliEnv};

const EML: &str = "DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1; bh=x; b=y\r\n\
From: Example Shop <no-reply@shop.example>\r\n\
To: me@example.org\r\n\
Subject: Your chat transcript\r\n\
Date: Mon, 02 Mar 2026 14:22:05 +0000\r\n\
\r\n\
You are now chatting with Hoa. Your reference number is CS-440219.\r\n";

#[test]
fn evidence_alerts_and_accounts_through_the_cli() {
    let env = CliEnv::new();
    env.json(&[
        "case",
        "new",
        "A chat I never had",
        "--service",
        "Example Shop",
    ]);
    let eml = env.file("transcript.eml", EML.as_bytes());

    let added = env.json(&["case", "attach", "1", &eml]);
    assert_eq!(added["attachment"]["number"], 1);
    assert_eq!(added["attachment"]["kind"], "email");
    assert_eq!(
        added["attachment"]["email"]["from"],
        "no-reply@shop.example"
    );
    assert_eq!(added["attachment"]["email"]["dkim_signature"], true);
    assert_eq!(added["unlogged_contact"]["channel"], "chat");
    let sha = added["attachment"]["sha256"].as_str().unwrap().to_string();
    assert_eq!(sha.len(), 64);
    // The human output offers the alert.
    let out = env
        .cmd()
        .args(["case", "attach", "1", &eml])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Already attached"), "{text}");
    assert!(
        text.contains("--kind contact-not-made --attachment 1"),
        "{text}"
    );

    let listed = env.json(&["case", "attachments", "1"]);
    assert_eq!(listed[0]["sha256"], sha.as_str());

    let alert = env.json(&[
        "case",
        "alert",
        "1",
        "--kind",
        "contact-not-made",
        "--attachment",
        "1",
        "--summary",
        "Someone chatted as me and changed my address",
    ]);
    assert_eq!(alert["number"], 1);
    assert_eq!(alert["kind"], "contact_not_made");
    assert_eq!(alert["steps"].as_array().unwrap().len(), 5);
    let ticked = env.json(&["case", "alert-step", "1", "change-password", "--done"]);
    assert!(ticked["steps"][0]["done_at"].is_string());
    let unticked = env.json(&["case", "alert-step", "alert 1", "1", "--undo"]);
    assert!(unticked["steps"][0]["done_at"].is_null());
    assert_eq!(env.json(&["case", "alerts"]).as_array().unwrap().len(), 1);
    assert_eq!(
        env.fails(&["case", "alert-step", "1", "reboot", "--done"], 1)["code"],
        "unknown_step"
    );
    assert_eq!(
        env.fails(&["case", "detach", "1", "1"], 1)["code"],
        "attachment_is_evidence"
    );
    let resolved = env.json(&["case", "resolve-alert", "1", "--note", "Told support"]);
    assert!(resolved["resolved_at"].is_string());
    assert!(env.json(&["case", "alerts"]).as_array().unwrap().is_empty());
    assert_eq!(
        env.json(&["case", "alerts", "1"]).as_array().unwrap().len(),
        1
    );

    // Read back byte for byte, never over an existing file.
    let out_path = env.dir.path().join("back.eml");
    let out_str = out_path.to_string_lossy().into_owned();
    env.json(&["case", "save-attachment", "1", "1", "--out", &out_str]);
    assert_eq!(std::fs::read(&out_path).unwrap(), EML.as_bytes());
    assert_eq!(
        env.fails(&["case", "save-attachment", "1", "1", "--out", &out_str], 1)["code"],
        "file_unwritable"
    );

    // A pasted transcript from standard input, linked to a contact.
    env.json(&[
        "case",
        "log",
        "1",
        "--channel",
        "chat",
        "-s",
        "Chat with support",
    ]);
    let pasted = env.json_stdin(
        &["case", "attach", "1", "-", "--contact", "1"],
        "You are now chatting with Lan. Ticket number is 88123.",
    );
    assert_eq!(pasted["attachment"]["kind"], "transcript");
    assert!(pasted["attachment"]["interaction_id"].is_string());
    assert_eq!(pasted["suggestions"]["references"][0], "88123");
    let suggested = env.json_stdin(
        &["case", "suggest"],
        "My name is Minh Tran. We will call you back within 48 hours.",
    );
    assert_eq!(suggested["agents"][0], "Minh Tran");
    assert_eq!(suggested["promises"][0]["due_in_minutes"], 2880);

    let removed = env.json(&["case", "detach", "1", "2"]);
    assert_eq!(removed["kind"], "transcript");

    // Accounts, with the identifier masked.
    let account = env.json(&[
        "accounts",
        "edit",
        "example shop",
        "--identifier",
        "minh.tran@gmail.com",
    ]);
    assert_eq!(account["identifier_masked"], "m•••@gmail.com");
    let accounts = env.json(&["accounts"]);
    assert_eq!(accounts[0]["service"], "Example Shop");
    assert_eq!(accounts[0]["open_cases"], 1);
    assert_eq!(accounts[0]["open_alerts"], 0);
    assert_eq!(accounts[0]["enrolment_attempts"], 0);
    assert!(!accounts.to_string().contains("minh.tran"));
}

#[test]
fn a_pasted_impostor_chat_shows_what_they_got_with_the_values_masked() {
    let env = CliEnv::new();
    // A paraphrase of a published case (tests/fixtures/transcripts/README.md).
    let chat = include_str!("../../tests/fixtures/transcripts/springer-2016-address-read-back.txt");
    let out = text_ok(env.cmd().args(["case", "suggest"]).write_stdin(chat));
    assert!(out.contains("they got"), "{out}");
    assert!(out.contains("postal address"), "{out}");
    for value in ["4417 Harbor", "555-0164", "98004"] {
        assert!(!out.contains(value), "{value} shown: {out}");
    }
}

#[test]
fn bad_evidence_fails_with_exit_1_and_a_clear_code() {
    let env = CliEnv::new();
    env.json(&["case", "new", "Evidence"]);
    let empty = env.file("empty.png", b"");
    assert_eq!(
        env.fails(&["case", "attach", "1", &empty], 1)["code"],
        "empty_file"
    );
    let junk = env.file("junk.eml", b"\x00\x01 not an e-mail");
    let err = env.fails(&["case", "attach", "1", &junk], 1);
    assert_eq!(err["code"], "malformed_email");
    assert!(err["hint"].as_str().unwrap().contains(".eml"));
    let big = env.file(
        "big.bin",
        &vec![7u8; steward::cases::MAX_ATTACHMENT_BYTES + 10],
    );
    assert_eq!(
        env.fails(&["case", "attach", "1", &big], 1)["code"],
        "file_too_large"
    );
    let missing = env
        .dir
        .path()
        .join("nope.pdf")
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        env.fails(&["case", "attach", "1", &missing], 1)["code"],
        "file_unreadable"
    );
    assert_eq!(
        env.fails(
            &[
                "case",
                "alert",
                "1",
                "--kind",
                "data-exposed",
                "--contact",
                "3",
                "-s",
                "x"
            ],
            1
        )["code"],
        "contact_not_found"
    );
    assert_eq!(
        env.fails(&["case", "alert-step", "9", "1", "--done"], 1)["code"],
        "alert_not_found"
    );
    assert_eq!(
        env.fails(&["accounts", "edit", "Nowhere", "--domain", "x"], 1)["code"],
        "account_not_found"
    );
    assert!(env
        .json(&["case", "attachments", "1"])
        .as_array()
        .unwrap()
        .is_empty());
}
