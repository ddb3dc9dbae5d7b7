//! Hand-off to a real django-helpdesk 2.6.1 (from PyPI, started on 127.0.0.1 by
//! `scripts/django-helpdesk/dh-up.sh`, which writes the URL, token, queue and accounts into
//! `dh.env`). Skipped when no django-helpdesk is configured, unless STEWARD_TEST_DH=required
//! (scripts/test.sh sets it after running dh-up.sh), so a missing server fails the run instead
//! of passing silently. What the helpdesk stored is read back with curl, independently of
//! Steward's client.

mod common;

use chrono::Utc;
use common::*;
use steward::error::UserFacing;
use steward::share::helpdesk::django_helpdesk::DjangoHelpdesk;
use steward::share::helpdesk::{Helpdesk, Settings, Upload};
use steward::share::{send_case_to, verify_bytes, Redactor, ShareKey, TicketChoice, Verdict};
use zeroize::Zeroizing;

fn dh_env(k: &str) -> Option<String> {
    common::repo::server_settings(
        "DH_STATE_DIR",
        "scripts/django-helpdesk/.dh-state",
        "dh.env",
    )(k)
}

/// The settings dh-up.sh made: its URL, the API account's token, the queue it may use, and the
/// customer's e-mail as the submitter. `None` (skipped) when no server was started.
fn settings() -> Option<Settings> {
    let s = match (dh_env("DH_URL"), dh_env("DH_TOKEN"), dh_env("DH_QUEUE")) {
        (Some(address), Some(token), Some(queue)) => Some(Settings {
            address,
            queue,
            requestor: dh_env("DH_CUSTOMER_EMAIL").unwrap_or_else(|| "carol@example.test".into()),
            token: Zeroizing::new(token),
        }),
        _ => None,
    };
    if s.is_none() {
        if std::env::var("STEWARD_TEST_DH").as_deref() == Ok("required") {
            panic!("STEWARD_TEST_DH=required but no dh.env: run scripts/django-helpdesk/dh-up.sh");
        }
        eprintln!(
            "SKIPPED: no django-helpdesk configured (scripts/django-helpdesk/dh-up.sh starts one)"
        );
    }
    s
}

fn desk(s: &Settings) -> DjangoHelpdesk {
    DjangoHelpdesk::new(s)
}

/// GET a URL of the helpdesk as the API account (curl: independent of Steward's client).
fn curl(s: &Settings, url: &str) -> Vec<u8> {
    let out = std::process::Command::new("curl")
        .args([
            "-sS",
            "--fail",
            "-H",
            &format!("Authorization: Token {}", s.token.as_str()),
            url,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The ticket as django-helpdesk's API gives it (with its follow-ups and their files).
fn ticket_json(s: &Settings, id: &str) -> serde_json::Value {
    serde_json::from_slice(&curl(s, &format!("{}/api/tickets/{id}/", s.address))).unwrap()
}

/// The files of each follow-up, oldest first: (comment, [(file name, mime type, bytes)]).
type Files = Vec<(String, String, Vec<u8>)>;
fn followups(s: &Settings, id: &str) -> Vec<(String, Files)> {
    let t = ticket_json(s, id);
    let mut list: Vec<serde_json::Value> = t["followup_set"].as_array().unwrap().clone();
    list.sort_by_key(|f| f["id"].as_u64());
    list.iter()
        .map(|f| {
            let files = f["followupattachment_set"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| {
                    (
                        a["filename"].as_str().unwrap().to_string(),
                        a["mime_type"].as_str().unwrap().to_string(),
                        curl(s, a["file"].as_str().unwrap()),
                    )
                })
                .collect();
            (f["comment"].as_str().unwrap_or("").to_string(), files)
        })
        .collect()
}

/// Whether a ticket with this title exists (as the helpdesk's owner, who sees every queue): a
/// refusal must create nothing. Titles are unique per test, as the tests run in parallel.
fn exists_titled(s: &Settings, title: &str) -> bool {
    let out = std::process::Command::new("curl")
        .args([
            "-sS",
            "--fail",
            "-u",
            &format!(
                "{}:{}",
                dh_env("DH_ADMIN_USER").unwrap(),
                dh_env("DH_ADMIN_PASSWORD").unwrap()
            ),
            &format!("{}/api/tickets/?page_size=100000", s.address),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["title"] == title)
}

#[test]
fn a_case_opens_a_ticket_with_its_signed_files_and_the_reference_comes_back() {
    let Some(s) = settings() else {
        return;
    };
    let dh = desk(&s);
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Số điện thoại bị từ chối", "Amazon"))
        .unwrap();
    for mut i in seed_story() {
        i.summary = format!("{} (card 4111 1111 1111 1111)", i.summary);
        store.log_interaction(case.id, &i).unwrap();
    }
    let key = ShareKey::for_profile(&profile).unwrap();
    let sent = send_case_to(
        profile.db().conn(),
        case.id,
        &Redactor::new(),
        &key,
        &dh,
        &TicketChoice::Auto,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(sent.action, "opened");
    let ticket = sent.ticket;
    assert_eq!(ticket.system, "django_helpdesk");
    assert_eq!(ticket.reference, format!("django-helpdesk #{}", ticket.id));
    assert_eq!(ticket.subject, "Case 1: Số điện thoại bị từ chối");
    assert_eq!(ticket.status, "open");
    assert_eq!(ticket.queue, s.queue);

    // What django-helpdesk stored, read back with curl: the brief as the description (redacted,
    // Vietnamese intact), the customer as submitter, and the four signed files.
    let t = ticket_json(&s, &ticket.id);
    assert_eq!(t["submitter_email"], s.requestor.as_str());
    let description = t["description"].as_str().unwrap();
    assert!(
        description.contains("Số điện thoại bị từ chối"),
        "{description}"
    );
    assert!(!description.contains("4111 1111 1111 1111"), "redacted");
    let files: Files = followups(&s, &ticket.id)
        .into_iter()
        .flat_map(|(_, f)| f)
        .collect();
    let mut names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "case-1.json",
            "case-1.json.sig",
            "case-1.pdf",
            "case-1.pdf.sig"
        ]
    );
    let get = |name: &str| &files.iter().find(|f| f.0 == name).unwrap().2;
    let pdf = get("case-1.pdf");
    let json = get("case-1.json");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        verify_bytes(json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    assert!(!String::from_utf8_lossy(json).contains("4111 1111 1111 1111"));
    assert_eq!(
        files.iter().find(|f| f.0 == "case-1.pdf").unwrap().1,
        "application/pdf"
    );
    // Each signature is the customer key's, byte for byte, and the real ssh-keygen accepts what
    // the helpdesk stored with the one command line the ticket gives.
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("allowed_signers"),
        key.allowed_signers_line().unwrap() + "\n",
    )
    .unwrap();
    for (name, bytes) in [("case-1.pdf", pdf), ("case-1.json", json)] {
        let sig = get(&format!("{name}.sig"));
        assert_eq!(sig, key.ssh_sign(bytes).unwrap().as_bytes());
        std::fs::write(work.path().join(name), bytes).unwrap();
        std::fs::write(work.path().join(format!("{name}.sig")), sig).unwrap();
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

    // Steward's own read-back agrees, and the ticket number is now a reference of the case.
    assert_eq!(dh.ticket(&ticket.id).unwrap(), ticket);
    let detail = store.case_detail(case.id).unwrap();
    let last = detail.interactions.last().unwrap();
    assert_eq!(last.references, vec![ticket.reference.clone()]);
}

#[test]
fn sending_again_adds_a_follow_up_to_the_same_ticket_with_the_files() {
    let Some(s) = settings() else {
        return;
    };
    let dh = desk(&s);
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
        &dh,
        &TicketChoice::Auto,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(first.action, "opened");
    let before = followups(&s, &first.ticket.id).len();

    let mut later = contact(
        "Called retail again: they still cannot see the publishing account; card 4111 1111 1111 1111",
    );
    later.channel = steward::cases::Channel::Phone;
    store.log_interaction(case.id, &later).unwrap();
    let second = send_case_to(
        conn,
        case.id,
        &r,
        &key,
        &dh,
        &TicketChoice::Auto,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(second.action, "appended");
    assert_eq!(second.ticket.id, first.ticket.id, "the same ticket");
    assert_eq!(second.new_contacts, 1);

    // One new follow-up: the update's text (redacted) with all four files.
    let all = followups(&s, &first.ticket.id);
    assert_eq!(all.len(), before + 1);
    let (text, files) = all.last().unwrap();
    assert!(
        text.contains("1 new contact since the last update"),
        "{text}"
    );
    assert!(text.contains("Called retail again"), "{text}");
    assert!(!text.contains("4111 1111 1111 1111"), "redacted: {text}");
    let mut names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "case-1.json",
            "case-1.json.sig",
            "case-1.pdf",
            "case-1.pdf.sig"
        ]
    );
    let json = &files.iter().find(|f| f.0 == "case-1.json").unwrap().2;
    assert_eq!(
        verify_bytes(json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    assert!(String::from_utf8_lossy(json).contains("Called retail again"));

    // The case records the update under the same reference; the product's own way of writing
    // the ticket ("[customers-N]", as in its e-mails) reaches the same ticket.
    let detail = store.case_detail(case.id).unwrap();
    assert_eq!(
        detail.interactions.last().unwrap().references,
        vec![first.ticket.reference.clone()]
    );
    let again = dh
        .append(
            &format!("[customers-{}]", first.ticket.id),
            "Bracket form",
            &[],
        )
        .unwrap();
    assert_eq!(again.id, first.ticket.id);
}

#[test]
fn wrong_credentials_are_a_clear_error_and_nothing_is_created() {
    let Some(s) = settings() else {
        return;
    };
    let title = "Wrong credentials: should not exist";
    for secret in [
        "0000000000000000000000000000000000000000".to_string(),
        format!("{}:not-the-password", dh_env("DH_USER").unwrap()),
    ] {
        let bad = desk(&Settings {
            token: Zeroizing::new(secret),
            ..s.clone()
        });
        let err = bad.check().unwrap_err();
        assert_eq!(err.code(), "helpdesk_token_refused", "{err}");
        assert!(err.to_string().contains("django-helpdesk"), "{err}");
        let err = bad.create(title, "text", &[]).unwrap_err();
        assert_eq!(err.code(), "helpdesk_token_refused", "{err}");
        let err = bad.append("1", "text", &[]).unwrap_err();
        assert_eq!(err.code(), "helpdesk_token_refused", "{err}");
    }
    assert!(!exists_titled(&s, title), "nothing was created");

    // The same account with its password (HTTP Basic, `user:password`) works.
    let basic = desk(&Settings {
        token: Zeroizing::new(format!(
            "{}:{}",
            dh_env("DH_USER").unwrap(),
            dh_env("DH_PASSWORD").unwrap()
        )),
        ..s.clone()
    });
    let check = basic.check().unwrap();
    assert_eq!(check.queue.as_deref(), Some(s.queue.as_str()));

    // A customer's own account (not staff) signs in, but django-helpdesk keeps its API for
    // staff: said plainly, not as a wrong password.
    let customer = desk(&Settings {
        token: Zeroizing::new(format!(
            "{}:{}",
            dh_env("DH_CUSTOMER_USER").unwrap(),
            dh_env("DH_CUSTOMER_PASSWORD").unwrap()
        )),
        ..s.clone()
    });
    let err = customer.check().unwrap_err();
    assert_eq!(err.code(), "helpdesk_failed", "{err}");
    assert!(err.to_string().contains("staff"), "{err}");
}

#[test]
fn an_unknown_ticket_or_one_in_another_queue_is_refused_before_anything_is_sent() {
    let Some(s) = settings() else {
        return;
    };
    let dh = desk(&s);
    let other = dh_env("DH_OTHER_TICKET").unwrap();
    for id in ["999999".to_string(), other.clone()] {
        let err = dh.append(&id, "Should not be added", &[]).unwrap_err();
        assert_eq!(err.code(), "helpdesk_ticket_unavailable", "{id}: {err}");
        assert!(
            err.to_string().contains(&format!("django-helpdesk #{id}")),
            "{err}"
        );
        let err = dh.ticket(&id).unwrap_err();
        assert_eq!(err.code(), "helpdesk_ticket_unavailable", "{err}");
    }
    // The ticket in the other queue is untouched (read as the helpdesk's owner).
    let out = std::process::Command::new("curl")
        .args([
            "-sS",
            "-u",
            &format!(
                "{}:{}",
                dh_env("DH_ADMIN_USER").unwrap(),
                dh_env("DH_ADMIN_PASSWORD").unwrap()
            ),
            &format!("{}/api/tickets/{other}/", s.address),
        ])
        .output()
        .unwrap();
    let t: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t["followup_set"].as_array().map(Vec::len), Some(0), "{t}");
}

#[test]
fn a_queue_this_account_cannot_use_is_named_by_the_check_and_by_create() {
    let Some(s) = settings() else {
        return;
    };
    let title = "Wrong queue: should not exist";
    for queue in [
        dh_env("DH_OTHER_QUEUE").unwrap(),
        "999".into(),
        "General".into(),
    ] {
        let dh = desk(&Settings {
            queue: queue.clone(),
            ..s.clone()
        });
        let err = dh.check().unwrap_err();
        assert_eq!(err.code(), "helpdesk_queue_unavailable", "{queue}: {err}");
        assert!(
            err.to_string()
                .contains(&format!("django-helpdesk has no queue \"{queue}\"")),
            "{err}"
        );
        let hint = err.info().hint.unwrap_or_default();
        assert!(hint.contains("queue's number"), "{hint}");
        let err = dh.create(title, "text", &[]).unwrap_err();
        assert_eq!(err.code(), "helpdesk_queue_unavailable", "{queue}: {err}");
    }
    assert!(!exists_titled(&s, title), "nothing was created");
    // The check's probe (an empty title) never creates a ticket either.
    assert!(!exists_titled(&s, ""), "the check created nothing");
    let check = desk(&s).check().unwrap();
    assert_eq!(check.kind.as_str(), "django_helpdesk");
}

#[test]
fn no_server_and_not_django_helpdesk_are_told_apart() {
    let Some(s) = settings() else {
        return;
    };
    // Nothing listens on port 9 of this computer.
    let err = desk(&Settings {
        address: "http://127.0.0.1:9".into(),
        ..s.clone()
    })
    .check()
    .unwrap_err();
    assert_eq!(err.code(), "helpdesk_unreachable", "{err}");
    // The helpdesk's admin pages answer, but they are not its API.
    let err = desk(&Settings {
        address: format!("{}/admin", s.address),
        ..s.clone()
    })
    .check()
    .unwrap_err();
    assert_eq!(err.code(), "helpdesk_not_this_kind", "{err}");
}

#[test]
fn a_file_the_helpdesk_refuses_is_named_and_never_silently_lost() {
    let Some(s) = settings() else {
        return;
    };
    let dh = desk(&s);
    // As the ticket's own file: refused (400) before anything is created.
    let exe = Upload {
        name: "tool.exe",
        media_type: "application/octet-stream",
        bytes: b"MZ",
    };
    let pdf = Upload {
        name: "case.pdf",
        media_type: "application/pdf",
        bytes: b"%PDF-1.7 test",
    };
    let err = dh.create("Refused file", "text", &[exe]).unwrap_err();
    assert!(err.to_string().contains(".exe"), "{err}");
    assert!(!exists_titled(&s, "Refused file"), "nothing was created");

    // On a follow-up django-helpdesk answers 500 and keeps the message without the file: the
    // read-back finds the file missing and says which one, with the ticket's reference.
    let exe = Upload {
        name: "tool.exe",
        media_type: "application/octet-stream",
        bytes: b"MZ",
    };
    let err = dh
        .create("Refused second file", "text", &[pdf, exe])
        .unwrap_err();
    let said = err.to_string();
    assert!(said.contains("tool.exe"), "{said}");
    assert!(said.contains("django-helpdesk #"), "{said}");
    assert!(!said.contains("case.pdf"), "the PDF was kept: {said}");
}
