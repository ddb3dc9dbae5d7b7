//! Hand-off to a real Redmine 5 (Debian's `redmine` package with SQLite, started on 127.0.0.1 by
//! `scripts/redmine/redmine-up.sh`, which writes the address, the customer's API key, the project
//! and an issue the customer cannot see into `redmine.env`). Skipped when no Redmine is
//! configured, unless STEWARD_TEST_REDMINE=required (scripts/test.sh sets it after running
//! redmine-up.sh), so a missing server fails the run instead of passing silently.
//!
//! What Redmine stored is read back with plain HTTP requests here (not Steward's client).

mod common;

use chrono::Utc;
use common::*;
use steward::error::UserFacing;
use steward::share::connection::connection;
use steward::share::helpdesk::RedmineConfig;
use steward::share::{
    send_case_to, verify_bytes, Helpdesk, HelpdeskKind, Redactor, ShareError, ShareKey,
    TicketChoice, Verdict,
};
use zeroize::Zeroizing;

fn redmine_env(k: &str) -> Option<String> {
    common::repo::server_settings(
        "REDMINE_STATE_DIR",
        "scripts/redmine/.redmine-state",
        "redmine.env",
    )(k)
}

fn redmine() -> Option<RedmineConfig> {
    let cfg = match (
        redmine_env("REDMINE_URL"),
        redmine_env("REDMINE_KEY"),
        redmine_env("REDMINE_PROJECT"),
    ) {
        (Some(base), Some(key), Some(project)) => Some(RedmineConfig { base, key, project }),
        _ => None,
    };
    if cfg.is_none() {
        if std::env::var("STEWARD_TEST_REDMINE").as_deref() == Ok("required") {
            panic!("STEWARD_TEST_REDMINE=required but no redmine.env: run scripts/redmine/redmine-up.sh");
        }
        eprintln!("SKIPPED: no Redmine configured (scripts/redmine/redmine-up.sh starts one)");
    }
    cfg
}

/// GET with the customer's key, straight to Redmine.
fn get(cfg: &RedmineConfig, url: &str) -> reqwest::blocking::Response {
    reqwest::blocking::Client::new()
        .get(url)
        .header("X-Redmine-API-Key", &cfg.key)
        .send()
        .unwrap()
}

/// The issue as Redmine has it, with its files and notes.
fn issue(cfg: &RedmineConfig, id: &str) -> serde_json::Value {
    let r = get(
        cfg,
        &format!("{}/issues/{id}.json?include=attachments,journals", cfg.base),
    );
    assert_eq!(r.status(), 200);
    serde_json::from_slice::<serde_json::Value>(&r.bytes().unwrap()).unwrap()["issue"].clone()
}

/// Every attached file: (name, media type, bytes), oldest first.
fn files(cfg: &RedmineConfig, issue: &serde_json::Value) -> Vec<(String, String, Vec<u8>)> {
    issue["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let bytes = get(cfg, a["content_url"].as_str().unwrap())
                .bytes()
                .unwrap()
                .to_vec();
            (
                a["filename"].as_str().unwrap().to_string(),
                a["content_type"].as_str().unwrap_or("").to_string(),
                bytes,
            )
        })
        .collect()
}

#[test]
fn a_case_opens_an_issue_on_a_real_redmine_then_adds_a_note_to_it() {
    let Some(cfg) = redmine() else {
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
    let conn = profile.db().conn();
    let r = Redactor::new();
    let first = send_case_to(
        conn,
        case.id,
        &r,
        &key,
        &cfg,
        &TicketChoice::Auto,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(first.action, "opened");
    let ticket = &first.ticket;
    assert_eq!(ticket.system, "redmine");
    assert_eq!(ticket.subject, "Case 1: Vietnamese number refused");
    assert_eq!(ticket.status, "New");
    assert_eq!(ticket.queue, "Steward test");
    assert_eq!(ticket.reference, format!("Redmine #{}", ticket.id));
    assert_eq!(cfg.ticket(&ticket.reference).unwrap(), *ticket);

    // What Redmine stored: the redacted brief as the description, the four files.
    let stored = issue(&cfg, &ticket.id);
    let description = stored["description"].as_str().unwrap();
    assert!(description.contains("Case 1"), "{description}");
    assert!(!description.contains("4111 1111 1111 1111"), "redacted");
    let got = files(&cfg, &stored);
    let names: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "case-1.pdf",
            "case-1.pdf.sig",
            "case-1.json",
            "case-1.json.sig"
        ]
    );
    let json = &got[2].2;
    assert_eq!(
        verify_bytes(json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    assert!(!String::from_utf8_lossy(json).contains("4111 1111 1111 1111"));
    assert!(got[0].2.starts_with(b"%PDF-"));
    assert_eq!(got[0].1, "application/pdf");
    // Each signature is the exact OpenSSH signature of the file before it, bytes kept.
    assert_eq!(got[1].2, key.ssh_sign(&got[0].2).unwrap().as_bytes());
    assert_eq!(got[3].2, key.ssh_sign(json).unwrap().as_bytes());
    assert_eq!(
        cfg.attachment_names(&ticket.id).unwrap(),
        names.iter().map(|n| n.to_string()).collect::<Vec<_>>()
    );

    // The issue number is now a reference of the case.
    let detail = store.case_detail(case.id).unwrap();
    assert_eq!(
        detail.interactions.last().unwrap().references,
        vec![ticket.reference.clone()]
    );

    // Something happens; sending again adds a note with what changed and the files again.
    let mut later = contact("Called retail again; card 4111 1111 1111 1111");
    later.channel = steward::cases::Channel::Phone;
    store.log_interaction(case.id, &later).unwrap();
    let second = send_case_to(
        conn,
        case.id,
        &r,
        &key,
        &cfg,
        &TicketChoice::Auto,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(second.action, "appended");
    assert_eq!(second.ticket.id, ticket.id, "the same issue");
    assert_eq!(second.new_contacts, 1);
    let stored = issue(&cfg, &ticket.id);
    let notes: Vec<&str> = stored["journals"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|j| j["notes"].as_str())
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("1 new contact since the last update"),
        "{}",
        notes[0]
    );
    assert!(notes[0].contains("Called retail again"), "{}", notes[0]);
    assert!(!notes[0].contains("4111 1111 1111 1111"), "redacted");
    assert_eq!(cfg.notes(&ticket.id).unwrap().len(), 1);
    let got = files(&cfg, &stored);
    assert_eq!(got.len(), 8, "the files again with the note");
    assert!(String::from_utf8_lossy(&got[6].2).contains("Called retail again"));
    assert_eq!(
        verify_bytes(&got[6].2, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    let detail = store.case_detail(case.id).unwrap();
    assert_eq!(
        detail.interactions.last().unwrap().references,
        vec![ticket.reference.clone()]
    );
}

#[test]
fn the_connection_test_names_the_account_and_what_went_wrong() {
    let Some(cfg) = redmine() else {
        return;
    };
    // Through the registry, as the saved settings reach it.
    let check = |project: &str, key: &str| {
        connection(
            HelpdeskKind::Redmine,
            &format!("{}/", cfg.base),
            project,
            "",
            Zeroizing::new(key.to_string()),
        )
        .unwrap()
        .check()
    };
    let ok = check(&cfg.project, &cfg.key).unwrap();
    assert_eq!(ok.kind, HelpdeskKind::Redmine);
    assert_eq!(ok.address, cfg.base);
    assert_eq!(
        ok.account.as_deref(),
        redmine_env("REDMINE_USER").as_deref()
    );
    assert_eq!(ok.queue.as_deref(), Some(cfg.project.as_str()));

    let wrong = "0".repeat(40);
    let err = check(&cfg.project, &wrong).unwrap_err();
    assert_eq!(err.code(), "helpdesk_token_refused", "{err}");
    assert!(err.to_string().contains("Redmine"), "{err}");
    assert!(!err.to_string().contains(&cfg.key));
    for project in ["no-such-project", &format!("{}-private", cfg.project)] {
        let err = check(project, &cfg.key).unwrap_err();
        assert_eq!(
            err.code(),
            "helpdesk_project_unavailable",
            "{project}: {err}"
        );
        assert!(err.to_string().contains(project), "{err}");
    }
    // A project is needed; the key is never shown.
    let err = connection(
        HelpdeskKind::Redmine,
        &cfg.base,
        " ",
        "",
        Zeroizing::new(cfg.key.clone()),
    )
    .unwrap_err();
    assert_eq!(err.code(), "helpdesk_setting_missing");
    assert!(err.to_string().contains("Redmine project"), "{err}");
}

#[test]
fn a_wrong_key_an_unknown_project_and_an_issue_that_is_not_yours_are_clear_errors() {
    let Some(cfg) = redmine() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store.create_case(&new_case("Refund", "Bank")).unwrap();
    store
        .log_interaction(case.id, &contact("Asked for a refund"))
        .unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let before = store.case_detail(case.id).unwrap();
    let send = |cfg: &RedmineConfig, choice: TicketChoice| {
        send_case_to(
            profile.db().conn(),
            case.id,
            &Redactor::new(),
            &key,
            cfg,
            &choice,
            Utc::now(),
        )
        .unwrap_err()
    };

    let wrong = RedmineConfig {
        key: "0".repeat(40),
        ..cfg.clone()
    };
    let err = send(&wrong, TicketChoice::New);
    assert_eq!(err.code(), "helpdesk_token_refused", "{err}");
    assert!(err.to_string().contains("Nothing was sent"), "{err}");

    let elsewhere = RedmineConfig {
        project: "no-such-project".into(),
        ..cfg.clone()
    };
    let err = send(&elsewhere, TicketChoice::New);
    assert_eq!(err.code(), "helpdesk_project_unavailable", "{err}");

    let hidden = redmine_env("REDMINE_HIDDEN_ISSUE").expect("redmine-up.sh makes one");
    for (issue, why) in [("999999", "does not exist"), (hidden.as_str(), "not yours")] {
        let err = send(&cfg, TicketChoice::Existing(issue.into()));
        assert!(
            matches!(err, ShareError::TicketUnavailable { .. }),
            "{why}: {err}"
        );
        assert_eq!(err.code(), "helpdesk_ticket_unavailable");
        let msg = err.to_string();
        assert!(msg.contains(&format!("Redmine #{issue}")), "{msg}");
        assert!(msg.contains("Nothing was sent"), "{msg}");
    }
    assert_eq!(
        store.case_detail(case.id).unwrap(),
        before,
        "nothing is logged on the case when Redmine refuses"
    );
}

/// A ticket written in Vietnamese, with the customer's own words (diacritics, an emoji, a line
/// that Markdown or Textile would format) arrives in Redmine exactly as Steward built it: the
/// description read back through the API is the previewed text, byte for byte except that
/// Redmine stores text fields with CRLF line endings (it turns every "\n" into "\r\n").
#[test]
fn a_vietnamese_ticket_arrives_byte_for_byte() {
    let Some(cfg) = redmine() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Thẻ bị khóa khi ở nước ngoài 🔒", "Ngân hàng"))
        .unwrap();
    store
        .log_interaction(
            case.id,
            &contact("Tổng đài nói: *chờ 24 giờ* — # không ai gọi lại; h1. vẫn bị khóa"),
        )
        .unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let vi = steward::i18n::Lang::parse("vi").unwrap();
    let out = steward::share::outgoing(
        profile.db().conn(),
        case.id,
        &Redactor::new(),
        &key,
        &cfg,
        &TicketChoice::New,
        Utc::now(),
        vi,
    )
    .unwrap();
    let ticket = out.deliver(&key, &cfg).unwrap();
    let stored = issue(&cfg, &ticket.id);
    assert_eq!(stored["subject"].as_str().unwrap(), out.subject);
    assert!(
        out.subject.contains("Thẻ bị khóa khi ở nước ngoài 🔒"),
        "{}",
        out.subject
    );
    let description = stored["description"].as_str().unwrap();
    assert_eq!(description.replace("\r\n", "\n"), out.text);
    assert_eq!(
        description.matches('\n').count(),
        out.text.matches('\n').count()
    );
    assert!(out.text.contains("*chờ 24 giờ*"), "{}", out.text);
    // Recorded on the case only now (deliver touches no database).
    let sent = out
        .record(profile.db().conn(), &ticket, Utc::now())
        .unwrap();
    assert_eq!(sent.ticket.reference, format!("Redmine #{}", ticket.id));
}
