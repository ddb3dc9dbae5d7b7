//! Shared setup for the core's integration tests: real encrypted profiles in temporary folders.
#![allow(dead_code)]

use std::path::Path;

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
pub const SCHEMA_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/schemas/case-export.schema.json"
);

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
        .arg(SCHEMA_FILE)
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
