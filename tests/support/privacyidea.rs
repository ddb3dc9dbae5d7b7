//! Shared helpers for tests against the real privacyIDEA that `scripts/privacyidea/pi-up.sh`
//! starts: where it is (`pi.env`), the SMS codes its gateway sink received, and TOTP codes
//! computed with Steward's own OTP code, as the authenticator would.
//!
//! Include with `#[path = "support/privacyidea.rs"] mod pi_support;`.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What pi-up.sh wrote into `.pi-state/pi.env`.
#[derive(Debug, Clone)]
pub struct PiEnv {
    pub url: String,
    /// Absolute path of the SMS sink's JSON-lines log (one line per SMS the server sent).
    pub sink_log: PathBuf,
    /// User name -> password (alice, bob, carol).
    pub passwords: HashMap<String, String>,
}

impl PiEnv {
    pub fn password(&self, user: &str) -> &str {
        self.passwords
            .get(user)
            .unwrap_or_else(|| panic!("pi.env has no password for {user}"))
    }
}

/// Reads `$PI_STATE_DIR/pi.env` (default `scripts/privacyidea/.pi-state`). Without it the caller
/// skips (prints SKIPPED), unless STEWARD_TEST_PI=required, which panics, so CI can't pass
/// silently without the server.
pub fn pi_env() -> Option<PiEnv> {
    let dir = std::env::var("PI_STATE_DIR").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/privacyidea/.pi-state").to_string()
    });
    let file = std::fs::read_to_string(format!("{dir}/pi.env")).unwrap_or_default();
    let vars: HashMap<&str, &str> = file
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect();
    let env = match (vars.get("PI_URL"), vars.get("PI_SINK_LOG")) {
        (Some(url), Some(sink)) => {
            let passwords = ["alice", "bob", "carol"]
                .iter()
                .filter_map(|u| {
                    let key = format!("PI_{}_PASSWORD", u.to_ascii_uppercase());
                    vars.get(key.as_str())
                        .map(|p| (u.to_string(), p.to_string()))
                })
                .collect();
            Some(PiEnv {
                url: url.to_string(),
                sink_log: PathBuf::from(sink),
                passwords,
            })
        }
        _ => None,
    };
    if env.is_none() {
        if std::env::var("STEWARD_TEST_PI").as_deref() == Ok("required") {
            panic!(
                "STEWARD_TEST_PI=required but no {dir}/pi.env: run scripts/privacyidea/pi-up.sh"
            );
        }
        eprintln!("SKIPPED: no privacyIDEA configured (scripts/privacyidea/pi-up.sh starts one)");
    }
    env
}

/// The sink's log entries, oldest first (lines that aren't JSON are skipped).
pub fn sink_entries(sink_log: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(sink_log)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// How many SMS the sink has received so far.
pub fn sink_count(sink_log: &Path) -> usize {
    sink_entries(sink_log).len()
}

/// The code in the newest SMS sent to `phone_e164` (the last run of 4–10 digits in its text;
/// the server's text is "MyBank code: 123456").
pub fn last_sms_code(sink_log: &Path, phone_e164: &str) -> Option<String> {
    sink_entries(sink_log)
        .iter()
        .rev()
        .find(|e| e["body"]["phone"].as_str() == Some(phone_e164))
        .and_then(|e| e["body"]["text"].as_str().map(str::to_string))
        .and_then(|text| {
            text.split(|c: char| !c.is_ascii_digit())
                .rfind(|run| (4..=10).contains(&run.len()))
                .map(str::to_string)
        })
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs()
}

/// The code an authenticator shows for `otpauth_uri` at `unix_time` (Steward's own parser and
/// generator).
pub fn totp_at(otpauth_uri: &str, unix_time: u64) -> String {
    let link = steward::otp::uri::parse(otpauth_uri).expect("a readable otpauth:// link");
    steward::otp::code_at(&link.account, unix_time)
}

/// The code an authenticator shows for `otpauth_uri` right now.
pub fn totp_now(otpauth_uri: &str) -> String {
    totp_at(otpauth_uri, unix_now())
}
