//! Shared setup for the core's integration tests (and the CLI's, which include this file with
//! `#[path]`): real encrypted profiles in temporary folders.
#![allow(dead_code)]

pub mod repo;

use std::path::{Path, PathBuf};

pub use repo::repo_path;

use steward::cases::{Channel, Direction, NewCase, NewInteraction, NewPromise};
use steward::profile::{Profile, Unlock};
use zeroize::Zeroizing;

pub const PASSPHRASE: &str = "correct horse battery staple";

pub fn unlock(pass: &str) -> Unlock {
    Unlock {
        passphrase: Some(Zeroizing::new(pass.to_string())),
        no_keyring: true,
    }
}

/// A passphrase-protected profile (no keyring needed), created fresh in `dir`.
pub fn open(dir: &Path) -> Profile {
    Profile::open(dir, &unlock(PASSPHRASE)).expect("profile opens")
}

pub fn new_case(title: &str, service: &str) -> NewCase {
    NewCase {
        title: title.into(),
        service: Some(service.into()),
        desired_outcome: Some("Two-step verification turned on".into()),
    }
}

pub fn contact(summary: &str) -> NewInteraction {
    NewInteraction {
        started_at: None,
        ended_at: None,
        wait_minutes: None,
        channel: Channel::Chat,
        direction: Direction::Outbound,
        team: None,
        agent: None,
        references: vec![],
        summary: summary.into(),
        error_texts: vec![],
        quotes: vec![],
        promises: vec![],
        outcome: None,
        identity_verified: None,
        identity_method: None,
        steward_words: None,
    }
}

pub const UNUSUAL: &str =
    "We detected unusual activity and are unable to verify your mobile number at this time";

/// The three contacts of the seed story: a refusal, a retail call, a publishing-support e-mail.
pub fn seed_story() -> Vec<NewInteraction> {
    let mut refusal =
        contact("Tried to add my Vietnamese mobile +84 91 234 5678 for 2-step verification");
    refusal.channel = Channel::Portal;
    refusal.error_texts = vec![UNUSUAL.into()];
    let mut retail = contact("Retail support said they cannot see publishing accounts");
    retail.channel = Channel::Phone;
    retail.team = Some("Retail support".into());
    retail.agent = Some("Minh".into());
    retail.wait_minutes = Some(40);
    retail.references = vec!["TKT-4471".into()];
    retail.quotes = vec!["You need to contact the publishing team".into()];
    retail.identity_verified = Some(true);
    retail.identity_method = Some("code sent by SMS".into());
    let mut publishing = contact("Publishing support sent me back to retail");
    publishing.channel = Channel::Email;
    publishing.direction = Direction::Inbound;
    publishing.team = Some("Publishing support".into());
    publishing.references = vec!["KDP-99812".into()];
    publishing.promises = vec![NewPromise {
        text: "We will call you back within 48 hours".into(),
        due_at: Some(chrono::Utc::now() + chrono::Duration::hours(48)),
    }];
    vec![refusal, retail, publishing]
}

/// The published JSON Schema of the case exports.
pub fn schema_file() -> PathBuf {
    repo_path("schemas/case-export.schema.json")
}

/// Validates each file against the published schema with Python `jsonschema` (Draft 2020-12, an
/// independent implementation) and returns its output: one line per file, "<file name> <number
/// of errors>". The schema itself must be a valid Draft 2020-12 schema.
pub fn schema_errors(files: &[&Path]) -> String {
    let script = r#"
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
for path in sys.argv[2:]:
    errors = list(v.iter_errors(json.load(open(path))))
    print(path.rsplit('/', 1)[-1], len(errors))
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(schema_file())
        .args(files)
        .output()
        .expect("python3 with jsonschema (scripts/install-deps.sh)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// A real, small e-mail as a shop would send it after a support chat: signed (DKIM-Signature),
/// plain text, with a Vietnamese address in the body.
pub const TRANSCRIPT_EML: &str = "Return-Path: <no-reply@shop.example>\r
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example; s=mail2026;\r
 h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r
 b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSwganVzdCB0ZXN0IGRhdGE=\r
From: Example Shop Customer Service <no-reply@shop.example>\r
To: minh.tran@example.org\r
Subject: Transcript of your chat with Example Shop\r
Date: Mon, 02 Mar 2026 14:22:05 +0000\r
Message-ID: <chat-77120@shop.example>\r
MIME-Version: 1.0\r
Content-Type: text/plain; charset=utf-8\r
Content-Transfer-Encoding: 8bit\r
\r
Here is the transcript of your chat on 2 March 2026.\r
\r
[14:02] You are now chatting with Hoa.\r
[14:03] Customer: I moved house, please update my delivery address.\r
[14:05] Hoa: To verify your identity, please confirm your date of birth.\r
[14:06] Customer: 12/05/1988\r
[14:08] Hoa: Your current address is 12 L\u{fd} Th\u{1b0}\u{1edd}ng Ki\u{1ec7}t, H\u{e0} N\u{1ed9}i. It is updated now.\r
[14:09] Hoa: Your reference number is CS-440219.\r
";
