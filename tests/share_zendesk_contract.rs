//! CONTRACT TEST AGAINST A LOCAL STAND-IN, NOT ZENDESK. A small HTTP server in this file plays
//! the documented end-user Requests API (uploads.json → token; requests.json with
//! `comment.uploads`; GET requests/{id}.json; PUT requests/{id}.json with a `comment` to add to
//! an existing request; 404 `{"error": "RecordNotFound"}` for a request that is not the user's;
//! 401 `{"error": …}` on a bad sign-in) and records what Steward sends. It proves the request shapes, not that a real help center accepts them.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use steward::share::helpdesk::{
    zendesk_append, zendesk_create, Upload, ZendeskAuth, ZendeskConfig,
};

#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    auth: String,
    content_type: String,
    body: Vec<u8>,
}

const GOOD_AUTH: &str = "Bearer good-token";

fn stand_in() -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        let mut uploads = 0;
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                continue;
            }
            let mut parts = line.split_whitespace();
            let method = parts.next().unwrap_or("").to_string();
            let target = parts.next().unwrap_or("").to_string();
            let (mut len, mut auth, mut ctype) = (0usize, String::new(), String::new());
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    match k.to_ascii_lowercase().as_str() {
                        "content-length" => len = v.trim().parse().unwrap_or(0),
                        "authorization" => auth = v.trim().to_string(),
                        "content-type" => ctype = v.trim().to_string(),
                        _ => {}
                    }
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            log.lock().unwrap().push(Seen {
                method: method.clone(),
                target: target.clone(),
                auth: auth.clone(),
                content_type: ctype,
                body: body.clone(),
            });
            let (status, reply) = if auth != GOOD_AUTH {
                (
                    "401 Unauthorized",
                    r#"{"error":"Couldn't authenticate you"}"#.to_string(),
                )
            } else if method == "POST" && target.starts_with("/api/v2/uploads.json?filename=") {
                uploads += 1;
                (
                    "201 Created",
                    format!(r#"{{"upload":{{"token":"tok-{uploads}"}}}}"#),
                )
            } else if method == "POST" && target == "/api/v2/requests.json" {
                let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                let subject = v["request"]["subject"].as_str().unwrap_or("").to_string();
                (
                    "201 Created",
                    serde_json::json!({"request": {"id": 35436, "subject": subject, "status": "new"}})
                        .to_string(),
                )
            } else if method == "PUT" && target == "/api/v2/requests/35436.json" {
                let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                if v["request"]["comment"]["body"].as_str().is_some() {
                    (
                        "200 OK",
                        r#"{"request":{"id":35436,"subject":"Case 3: Refund","status":"open"}}"#
                            .into(),
                    )
                } else {
                    (
                        "422 Unprocessable Entity",
                        r#"{"error":"RecordInvalid","description":"Record validation errors"}"#
                            .into(),
                    )
                }
            } else if method == "GET" && target == "/api/v2/users/me.json" {
                (
                    "200 OK",
                    r#"{"user":{"id":9001,"email":"me@example.com","name":"Me"}}"#.into(),
                )
            } else if method == "GET" && target == "/anonymous/api/v2/users/me.json" {
                // What Zendesk answers a visitor it does not know: an anonymous user, no id.
                (
                    "200 OK",
                    r#"{"user":{"id":null,"name":"Anonymous user"}}"#.into(),
                )
            } else if method == "GET" && target == "/api/v2/requests/35436.json" {
                (
                    "200 OK",
                    r#"{"request":{"id":35436,"subject":"Case 3: Refund","status":"new"}}"#.into(),
                )
            } else {
                ("404 Not Found", r#"{"error":"RecordNotFound"}"#.into())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                reply.len()
            );
        }
    });
    (format!("http://{addr}"), seen)
}

#[test]
fn uploads_then_a_request_naming_the_upload_tokens() {
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Bearer("good-token".into()),
    };
    let pdf = b"%PDF-1.7 fake".to_vec();
    let json = br#"{"export":{}}"#.to_vec();
    let ticket = zendesk_create(
        &cfg,
        "Case 3: Refund",
        "Case 3: Refund with Bank. Open for 9 days.",
        &[
            Upload {
                name: "case-3.pdf",
                media_type: "application/pdf",
                bytes: &pdf,
            },
            Upload {
                name: "case-3.json",
                media_type: "application/json",
                bytes: &json,
            },
        ],
    )
    .unwrap();
    assert_eq!(ticket.id, "35436");
    assert_eq!(ticket.reference, "Zendesk #35436");
    assert_eq!(ticket.status, "new");

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(seen[0].target, "/api/v2/uploads.json?filename=case-3.pdf");
    assert_eq!(seen[0].content_type, "application/pdf");
    assert_eq!(seen[0].body, pdf, "uploads carry the raw bytes");
    assert_eq!(seen[1].target, "/api/v2/uploads.json?filename=case-3.json");
    assert_eq!(seen[2].method, "POST");
    assert_eq!(seen[2].target, "/api/v2/requests.json");
    assert_eq!(seen[2].content_type, "application/json");
    let v: serde_json::Value = serde_json::from_slice(&seen[2].body).unwrap();
    assert_eq!(v["request"]["subject"], "Case 3: Refund");
    assert_eq!(
        v["request"]["comment"]["body"],
        "Case 3: Refund with Bank. Open for 9 days."
    );
    assert_eq!(
        v["request"]["comment"]["uploads"],
        serde_json::json!(["tok-1", "tok-2"])
    );
    assert_eq!(seen[3].method, "GET");
    assert!(seen.iter().all(|s| s.auth == GOOD_AUTH));
}

#[test]
fn a_refused_sign_in_is_a_clear_error_and_password_auth_is_basic() {
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Password {
            email: "lan@example.com".into(),
            password: "pw".into(),
        },
    };
    let err = zendesk_create(&cfg, "x", "y", &[]).unwrap_err();
    assert!(err.to_string().contains("refused the sign-in"), "{err}");
    let seen = seen.lock().unwrap().clone();
    // base64("lan@example.com:pw")
    assert_eq!(seen[0].auth, "Basic bGFuQGV4YW1wbGUuY29tOnB3");
}

fn two_files<'a>(pdf: &'a [u8], json: &'a [u8]) -> [Upload<'a>; 2] {
    [
        Upload {
            name: "case-3.pdf",
            media_type: "application/pdf",
            bytes: pdf,
        },
        Upload {
            name: "case-3.json",
            media_type: "application/json",
            bytes: json,
        },
    ]
}

#[test]
fn appending_reads_the_request_uploads_then_puts_a_comment_naming_the_tokens() {
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Bearer("good-token".into()),
    };
    let (pdf, json) = (b"%PDF-1.7 fake".to_vec(), br#"{"export":{}}"#.to_vec());
    let ticket = zendesk_append(
        &cfg,
        "Zendesk #35436",
        "Update on case 3 (Zendesk #35436): 1 new contact since the last update.",
        &two_files(&pdf, &json),
    )
    .unwrap();
    assert_eq!(ticket.id, "35436");
    assert_eq!(ticket.reference, "Zendesk #35436");

    let seen = seen.lock().unwrap().clone();
    let calls: Vec<(&str, &str)> = seen
        .iter()
        .map(|s| (s.method.as_str(), s.target.as_str()))
        .collect();
    assert_eq!(
        calls,
        vec![
            ("GET", "/api/v2/requests/35436.json"),
            ("POST", "/api/v2/uploads.json?filename=case-3.pdf"),
            ("POST", "/api/v2/uploads.json?filename=case-3.json"),
            ("PUT", "/api/v2/requests/35436.json"),
            ("GET", "/api/v2/requests/35436.json"),
        ]
    );
    assert_eq!(seen[1].body, pdf, "uploads carry the raw bytes");
    assert_eq!(seen[3].content_type, "application/json");
    let v: serde_json::Value = serde_json::from_slice(&seen[3].body).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"request": {"comment": {
            "body": "Update on case 3 (Zendesk #35436): 1 new contact since the last update.",
            "uploads": ["tok-1", "tok-2"],
        }}}),
        "only a comment: an end user cannot change anything else"
    );
    assert!(seen.iter().all(|s| s.auth == GOOD_AUTH));
}

#[test]
fn appending_to_a_request_that_is_not_yours_is_a_clear_error_and_uploads_nothing() {
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Bearer("good-token".into()),
    };
    let err = zendesk_append(&cfg, "999", "Update", &two_files(b"%PDF", b"{}")).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("Zendesk #999"), "{msg}");
    assert!(msg.contains("not yours"), "{msg}");
    assert!(msg.contains("Nothing was sent"), "{msg}");
    use steward::error::UserFacing;
    assert_eq!(err.code(), "helpdesk_ticket_unavailable");
    assert!(err.hint().unwrap().contains("--new"));
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "only the look-up: {seen:?}");
    assert_eq!(seen[0].method, "GET");

    // Not a ticket number at all: refused before any request.
    let err = zendesk_append(&cfg, "RT#abc", "Update", &[]).unwrap_err();
    assert_eq!(err.code(), "bad_ticket_number");
}

/// What a hand-off sends — ticket subject, comment and both uploads — comes through the outbound
/// gate: secrets typed into the case in everyday wording reach none of it. (The PDF's text is
/// checked with poppler in tests/redaction_props.rs; here its raw bytes and the JSON upload.)
#[test]
fn a_hand_off_sends_nothing_private() {
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Bearer("good-token".into()),
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = steward::profile::Profile::open(
        dir.path(),
        &steward::profile::Unlock {
            passphrase: Some(zeroize::Zeroizing::new(
                "correct horse battery staple".into(),
            )),
            no_keyring: true,
        },
    )
    .unwrap();
    let store = profile.cases();
    let case = store
        .create_case(&steward::cases::NewCase {
            title: "Card 4111 1111 1111 1111 12/27 charged twice".into(),
            service: Some("Bank".into()),
            desired_outcome: None,
        })
        .unwrap();
    let mut contact = common::contact(
        "Mã xác nhận của bạn là 551203; mật khẩu là Hoa@2026; IBAN DE89 3704 0044 0532 0130 00 please",
    );
    contact.team = Some("Cards".into());
    contact.quotes = vec!["call me on (415) 555-2671 or lan+bank@bücher.de".into()];
    store.log_interaction(case.id, &contact).unwrap();
    let key = steward::share::ShareKey::for_profile(&profile).unwrap();
    steward::share::send_case_to(
        profile.db().conn(),
        case.id,
        &steward::share::Redactor::new(),
        &key,
        &cfg,
        &steward::share::TicketChoice::New,
        chrono::Utc::now(),
    )
    .unwrap();
    let seen = seen.lock().unwrap().clone();
    assert!(seen.len() >= 3, "{seen:?}");
    for s in &seen {
        let body = String::from_utf8_lossy(&s.body);
        for secret in [
            "4111 1111 1111 1111",
            "551203",
            "Hoa@2026",
            "0532 0130",
            "555-2671",
            "lan+bank",
        ] {
            assert!(
                !body.contains(secret),
                "{secret} sent in {} {}",
                s.method,
                s.target
            );
            assert!(!s.target.contains(secret));
        }
    }
}

/// A case handed to Zendesk uploads each `.sig` as opaque bytes (application/octet-stream), the
/// exact OpenSSH signature of the file uploaded before it, so no text handling on the way
/// rewrites its line endings.
#[test]
fn a_shared_case_uploads_its_signatures_as_opaque_bytes() {
    use common::*;
    use steward::share::{send_case_to, Redactor, ShareKey, TicketChoice};
    let (base, seen) = stand_in();
    let cfg = ZendeskConfig {
        base,
        auth: ZendeskAuth::Bearer("good-token".into()),
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Refund refused", "Bank"))
        .unwrap();
    store
        .log_interaction(case.id, &contact("Called twice"))
        .unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    send_case_to(
        profile.db().conn(),
        case.id,
        &Redactor::new(),
        &key,
        &cfg,
        &TicketChoice::New,
        chrono::Utc::now(),
    )
    .unwrap();
    let seen = seen.lock().unwrap().clone();
    let uploads: Vec<&Seen> = seen
        .iter()
        .filter(|s| s.target.starts_with("/api/v2/uploads.json"))
        .collect();
    let names: Vec<&str> = uploads
        .iter()
        .map(|s| s.target.rsplit('=').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "case-1.pdf",
            "case-1.pdf.sig",
            "case-1.json",
            "case-1.json.sig"
        ]
    );
    for pair in uploads.chunks(2) {
        let (file, sig) = (pair[0], pair[1]);
        assert_eq!(sig.content_type, "application/octet-stream");
        assert_eq!(
            sig.body,
            key.ssh_sign(&file.body).unwrap().as_bytes(),
            "the upload is the exact .sig of the file before it"
        );
    }
}

/// The connection test (`share helpdesk test`, the window's "Test connection"): one GET of
/// users/me.json with the token; a refused token, an anonymous answer and an address that is not
/// a help center are each named.
#[test]
fn the_connection_test_signs_in_once_and_names_what_went_wrong() {
    use steward::error::UserFacing;
    use steward::share::connection::connection;
    use steward::share::HelpdeskKind;
    use zeroize::Zeroizing;
    let (base, seen) = stand_in();
    let check = |address: &str, token: &str| {
        connection(
            HelpdeskKind::Zendesk,
            address,
            "",
            "",
            Zeroizing::new(token.to_string()),
        )
        .unwrap()
        .check()
    };
    let ok = check(&base, "good-token").unwrap();
    assert_eq!(ok.account.as_deref(), Some("me@example.com"));
    {
        let seen = seen.lock().unwrap();
        let last = seen.last().unwrap();
        assert_eq!(
            (last.method.as_str(), last.target.as_str()),
            ("GET", "/api/v2/users/me.json")
        );
        assert_eq!(last.auth, GOOD_AUTH);
    }
    assert_eq!(
        check(&base, "bad-token").unwrap_err().code(),
        "helpdesk_token_refused"
    );
    assert_eq!(
        check(&format!("{base}/anonymous"), "good-token")
            .unwrap_err()
            .code(),
        "helpdesk_token_refused"
    );
    let err = check(&format!("{base}/elsewhere"), "good-token").unwrap_err();
    assert_eq!(err.code(), "helpdesk_not_this_kind", "{err}");
    assert!(err.to_string().contains("Zendesk"), "{err}");
}
