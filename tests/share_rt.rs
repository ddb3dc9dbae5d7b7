//! Hand-off to a real Request Tracker 5 (Debian's request-tracker5, started on 127.0.0.1 by
//! `scripts/rt/rt-up.sh`, which writes the URL, token and customer into `rt.env`).
//! Skipped when no RT is configured, unless STEWARD_TEST_RT=required (CI sets it after
//! running rt-up.sh), so a missing server fails the run instead of passing silently.

mod common;

use chrono::Utc;
use common::*;
use steward::error::UserFacing;
use steward::share::helpdesk::{rt_attachment_names, rt_history, rt_ticket, RtConfig};
use steward::share::{
    send_case_to, send_to_rt, verify_bytes, Redactor, ShareError, ShareKey, TicketChoice, Verdict,
};

fn rt_env(k: &str) -> Option<String> {
    common::repo::server_settings("RT_STATE_DIR", "scripts/rt/.rt-state", "rt.env")(k)
}

fn rt_config() -> Option<RtConfig> {
    let get = common::repo::server_settings("RT_STATE_DIR", "scripts/rt/.rt-state", "rt.env");
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

    // Each file arrives with its OpenSSH signature, and the real ssh-keygen checks what RT
    // stored against the customer's key, as an agent would with the ticket's one command line.
    let pdf = rt_attachment_bytes(&cfg, &ticket.id, "case-1.pdf");
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("allowed_signers"),
        key.allowed_signers_line().unwrap() + "\n",
    )
    .unwrap();
    for (name, bytes) in [("case-1.pdf", &pdf), ("case-1.json", &json)] {
        assert!(names.contains(&format!("{name}.sig")), "{names:?}");
        let sig = rt_attachment_bytes(&cfg, &ticket.id, &format!("{name}.sig"));
        // Stored as opaque bytes, not text: RT serves it back as it came, LF line endings kept.
        assert_eq!(
            rt_attachment(&cfg, &ticket.id, &format!("{name}.sig"))["ContentType"],
            steward::share::sshsig::SIG_MEDIA_TYPE
        );
        assert_eq!(sig, key.ssh_sign(bytes).unwrap().as_bytes());
        std::fs::write(work.path().join(name), bytes).unwrap();
        std::fs::write(work.path().join(format!("{name}.sig")), &sig).unwrap();
        let ok = std::process::Command::new("sh")
            .current_dir(work.path())
            .arg("-c")
            .arg(key.check_command(name))
            .output()
            .unwrap();
        assert!(
            ok.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&ok.stderr)
        );
    }

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
    let att = rt_attachment(cfg, ticket, name);
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

/// The attachment `name` of a ticket as REST2 gives it (`ContentType`, base64 `Content`, …).
fn rt_attachment(cfg: &RtConfig, ticket: &str, name: &str) -> serde_json::Value {
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
    get(&url)
}

/// GET a REST2 URL as the customer (curl: independent of Steward's client).
fn rt_get(cfg: &RtConfig, url: &str) -> serde_json::Value {
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
}

fn b64(s: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(s.split_whitespace().collect::<String>())
        .unwrap()
}

/// The files of one transaction: (file name or "", content type, bytes).
fn transaction_parts(cfg: &RtConfig, txn: &str) -> Vec<(String, String, Vec<u8>)> {
    let list = rt_get(
        cfg,
        &format!(
            "{}/transaction/{txn}/attachments?fields=Filename,ContentType",
            cfg.rest2
        ),
    );
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let att = rt_get(cfg, i["_url"].as_str().unwrap());
            (
                i["Filename"].as_str().unwrap_or("").to_string(),
                i["ContentType"].as_str().unwrap_or("").to_string(),
                att["Content"].as_str().map(b64).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn sending_again_adds_to_the_same_ticket_with_what_changed_and_the_files() {
    let Some(cfg) = rt_config() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Vietnamese number refused", "Amazon"))
        .unwrap();
    for i in seed_story() {
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

    // Something happens after the hand-off; the customer sends the case again.
    let mut later = contact("Called retail again: they still cannot see the publishing account; card 4111 1111 1111 1111");
    later.channel = steward::cases::Channel::Phone;
    later.team = Some("Retail support".into());
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
    assert_eq!(second.ticket.id, first.ticket.id, "the same ticket");
    assert_eq!(second.new_contacts, 1);

    // RT (read back as the customer, independently of Steward's client) has two messages:
    // the create and the reply, each with the PDF and the JSON.
    let history = rt_history(&cfg, &first.ticket.id).unwrap();
    let messages: Vec<_> = history
        .iter()
        .filter(|t| t.kind == "Create" || t.kind == "Correspond")
        .collect();
    assert_eq!(messages.len(), 2, "{history:?}");
    assert_eq!(messages[0].kind, "Create");
    assert_eq!(messages[1].kind, "Correspond");
    let names = rt_attachment_names(&cfg, &first.ticket.id).unwrap();
    assert_eq!(
        names.iter().filter(|n| *n == "case-1.pdf").count(),
        2,
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| *n == "case-1.json").count(),
        2,
        "{names:?}"
    );
    let parts = transaction_parts(&cfg, &messages[1].id);
    let text = parts
        .iter()
        .find(|p| p.0.is_empty() && p.1 == "text/plain")
        .map(|p| String::from_utf8_lossy(&p.2).to_string())
        .expect("the reply's text");
    assert!(
        text.contains("1 new contact since the last update"),
        "{text}"
    );
    assert!(text.contains("Called retail again"), "{text}");
    assert!(
        text.contains("Situation") || text.contains("Case 1:"),
        "the brief follows: {text}"
    );
    assert!(!text.contains("4111 1111 1111 1111"), "redacted: {text}");
    let json = &parts
        .iter()
        .find(|p| p.0 == "case-1.json")
        .expect("the JSON")
        .2;
    assert_eq!(
        verify_bytes(json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    assert!(String::from_utf8_lossy(json).contains("Called retail again"));
    let pdf = &parts
        .iter()
        .find(|p| p.0 == "case-1.pdf")
        .expect("the PDF")
        .2;
    assert!(pdf.starts_with(b"%PDF-"));

    // The case records the update with the same reference (not a second ticket).
    let detail = store.case_detail(case.id).unwrap();
    let last = detail.interactions.last().unwrap();
    assert_eq!(last.references, vec![first.ticket.reference.clone()]);
    assert!(last.summary.contains("added to ticket"), "{}", last.summary);

    // --new opens another ticket; the next automatic send goes to that newest one.
    let third = send_case_to(
        conn,
        case.id,
        &r,
        &key,
        &cfg,
        &TicketChoice::New,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(third.action, "opened");
    assert_ne!(third.ticket.id, first.ticket.id);
    // --ticket: back to the first one explicitly.
    let fourth = send_case_to(
        conn,
        case.id,
        &r,
        &key,
        &cfg,
        &TicketChoice::Existing(first.ticket.reference.clone()),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(fourth.ticket.id, first.ticket.id);
    assert_eq!(
        fourth.new_contacts, 1,
        "the --new send came after the last update"
    );
}

#[test]
fn a_ticket_that_does_not_exist_or_is_not_yours_is_a_clear_error_and_the_case_is_unchanged() {
    let Some(cfg) = rt_config() else {
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

    // Someone else's ticket: opened by root for root.
    let root = std::process::Command::new("curl")
        .args([
            "-sS",
            "-u",
            &format!(
                "{}:{}",
                rt_env("RT_ROOT_USER").unwrap_or_else(|| "root".into()),
                rt_env("RT_ROOT_PASSWORD").unwrap_or_else(|| "rootpass123".into())
            ),
            "-H",
            "Content-Type: application/json",
            "-d",
            r#"{"Queue":"General","Subject":"Not yours","Requestor":"root@localhost","Content":"x","ContentType":"text/plain"}"#,
            &format!("{}/ticket", cfg.rest2),
        ])
        .output()
        .unwrap();
    let created: serde_json::Value = serde_json::from_slice(&root.stdout).unwrap();
    let theirs = created["id"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| created["id"].to_string());

    for (ticket, why) in [
        ("999999", "does not exist"),
        (theirs.as_str(), "someone else's"),
    ] {
        let err = send_case_to(
            profile.db().conn(),
            case.id,
            &Redactor::new(),
            &key,
            &cfg,
            &TicketChoice::Existing(ticket.into()),
            Utc::now(),
        )
        .unwrap_err();
        assert!(
            matches!(err, ShareError::TicketUnavailable { .. }),
            "{why}: {err}"
        );
        let msg = err.to_string();
        assert!(msg.contains(&format!("RT#{ticket}")), "{msg}");
        assert!(msg.contains("Nothing was sent"), "{msg}");
        assert_eq!(err.code(), "helpdesk_ticket_unavailable");
        assert!(err.hint().unwrap().contains("--new"));
        assert_eq!(
            store.case_detail(case.id).unwrap(),
            before,
            "{why}: the case is unchanged"
        );
    }
    // Their ticket got nothing from us.
    assert!(
        rt_history(&cfg, &theirs).unwrap().is_empty(),
        "the customer cannot see it"
    );
}
