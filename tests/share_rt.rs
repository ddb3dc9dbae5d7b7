//! Hand-off to a real Request Tracker 5 (Debian's request-tracker5, started on 127.0.0.1 by
//! `scripts/rt/rt-up.sh`, which writes the URL, token and customer into `rt.env`).
//! Skipped when no RT is configured, unless STEWARD_TEST_RT=required (CI sets it after
//! running rt-up.sh), so a missing server fails the run instead of passing silently.

mod common;

use chrono::Utc;
use common::*;
use steward::share::helpdesk::{rt_attachment_names, rt_ticket, RtConfig};
use steward::share::{send_to_rt, verify_bytes, Redactor, ShareKey, Verdict};

fn rt_config() -> Option<RtConfig> {
    let dir = std::env::var("RT_STATE_DIR").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/rt/.rt-state").to_string()
    });
    let file = std::fs::read_to_string(format!("{dir}/rt.env")).unwrap_or_default();
    let get = |k: &str| {
        std::env::var(k).ok().or_else(|| {
            file.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}=")).map(str::to_string))
        })
    };
    let cfg = match (get("RT_REST2"), get("RT_TOKEN"), get("RT_USER_EMAIL")) {
        (Some(rest2), Some(token), Some(requestor)) => Some(RtConfig {
            rest2,
            token,
            queue: "General".into(),
            requestor,
        }),
        _ => None,
    };
    if cfg.is_none() {
        if std::env::var("STEWARD_TEST_RT").as_deref() == Ok("required") {
            panic!("STEWARD_TEST_RT=required but no rt.env: run scripts/rt/rt-up.sh");
        }
        eprintln!("SKIPPED: no Request Tracker configured (scripts/rt/rt-up.sh starts one)");
    }
    cfg
}

#[test]
fn a_case_opens_a_ticket_on_a_real_rt_and_the_reference_comes_back() {
    let Some(cfg) = rt_config() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Vietnamese number refused", "Amazon"))
        .unwrap();
    for mut i in seed_story() {
        i.summary = format!("{} (card 4111 1111 1111 1111)", i.summary);
        store.log_interaction(case.id, &i).unwrap();
    }
    let key = ShareKey::for_profile(&profile).unwrap();
    let ticket = send_to_rt(
        profile.db().conn(),
        case.id,
        &Redactor::new(),
        &key,
        &cfg,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(ticket.subject, "Case 1: Vietnamese number refused");
    assert_eq!(ticket.status, "new");

    // Read back as the customer: the ticket is theirs and carries both files.
    let again = rt_ticket(&cfg, &ticket.id).unwrap();
    assert_eq!(again, ticket);
    let names = rt_attachment_names(&cfg, &ticket.id).unwrap();
    assert!(names.contains(&"case-1.pdf".to_string()), "{names:?}");
    assert!(names.contains(&"case-1.json".to_string()), "{names:?}");

    // The JSON RT stores is still a valid signed export, with nothing in the clear.
    let json = rt_attachment_bytes(&cfg, &ticket.id, "case-1.json");
    assert_eq!(
        verify_bytes(&json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    assert!(!String::from_utf8_lossy(&json).contains("4111 1111 1111 1111"));

    // The ticket number is now a reference of the case.
    let detail = store.case_detail(case.id).unwrap();
    let last = detail.interactions.last().unwrap();
    assert_eq!(last.references, vec![ticket.reference.clone()]);
    assert!(ticket.reference.starts_with("RT#"));
}

#[test]
fn a_wrong_token_is_a_clear_error() {
    let Some(mut cfg) = rt_config() else {
        return;
    };
    cfg.token = "1-1-00000000000000000000000000000000".into();
    let err = rt_ticket(&cfg, "1").unwrap_err();
    assert!(err.to_string().contains("token was refused"), "{err}");
}

/// Downloads one attachment's bytes through REST2 (base64 `Content`).
fn rt_attachment_bytes(cfg: &RtConfig, ticket: &str, name: &str) -> Vec<u8> {
    use base64::Engine as _;
    let get = |url: &str| -> serde_json::Value {
        let out = std::process::Command::new("curl")
            .args([
                "-sS",
                "-H",
                &format!("Authorization: token {}", cfg.token),
                url,
            ])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let list = get(&format!(
        "{}/ticket/{ticket}/attachments?fields=Filename",
        cfg.rest2
    ));
    let url = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["Filename"] == name)
        .and_then(|i| i["_url"].as_str())
        .unwrap()
        .to_string();
    let att = get(&url);
    base64::engine::general_purpose::STANDARD
        // RT wraps the base64 at 76 columns.
        .decode(
            att["Content"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .collect::<String>(),
        )
        .unwrap()
}
