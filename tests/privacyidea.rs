//! The privacyIDEA client (`steward::enrol::privacyidea`) against a REAL privacyIDEA 3.14 started
//! on 127.0.0.1 by `scripts/privacyidea/pi-up.sh` (which writes `.pi-state/pi.env`). Skipped when
//! no server is configured, unless STEWARD_TEST_PI=required (scripts/test.sh sets it after
//! pi-up.sh), so a missing server fails the run instead of passing silently.
//!
//! Each test first deletes its user's tokens, so reruns work against the same instance. Tests
//! that use the same user take that user's lock, so the default parallel run is safe;
//! scripts/test.sh still runs them with --test-threads=1 to keep the server's load low.

#[path = "support/privacyidea.rs"]
mod pi_support;

use std::sync::{Mutex, MutexGuard};

use pi_support::*;
use steward::enrol::privacyidea::{PiCheck, PiError, PiSession, PiTokenType, PrivacyIdea};
use steward::error::UserFacing;

static ALICE: Mutex<()> = Mutex::new(());
static BOB: Mutex<()> = Mutex::new(());
static CAROL: Mutex<()> = Mutex::new(());

fn lock(user: &str) -> MutexGuard<'static, ()> {
    let m = match user {
        "alice" => &ALICE,
        "bob" => &BOB,
        "carol" => &CAROL,
        _ => panic!("no lock for {user}"),
    };
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Signs `user` in and deletes all of their tokens.
fn fresh_session(env: &PiEnv, user: &str) -> (PrivacyIdea, PiSession) {
    let pi = PrivacyIdea::new(&env.url).expect("client");
    // carol's rate limit also refuses logins: a rerun within its minute waits it out. Don't
    // poll: every refused login counts as a failure and restarts the window.
    let mut waits = 0;
    let session = loop {
        match pi.login(user, env.password(user)) {
            Err(PiError::RateLimited {
                retry_after_secs, ..
            }) if waits < 2 => {
                waits += 1;
                let secs = retry_after_secs.unwrap_or(60).min(120) + 2;
                eprintln!("{user} is rate limited (an earlier run): waiting {secs} s");
                std::thread::sleep(std::time::Duration::from_secs(secs));
            }
            other => break other.expect("login"),
        }
    };
    assert_eq!(session.username(), user);
    for t in session.tokens().expect("list tokens") {
        session.delete_token(&t.serial).expect("delete token");
    }
    assert!(session.tokens().unwrap().is_empty());
    (pi, session)
}

/// Whether `text` shows any of `secrets`, or something that looks like a JWT.
fn leaks(text: &str, secrets: &[&str]) -> Option<String> {
    if text.contains("eyJ") {
        return Some("a JWT".into());
    }
    secrets
        .iter()
        .filter(|s| s.len() >= 6)
        .find(|s| text.contains(**s))
        .map(|s| format!("secret {s:?}"))
}

fn assert_no_leak(e: &PiError, secrets: &[&str]) {
    let info = e.info();
    for text in [
        e.to_string(),
        format!("{e:?}"),
        info.message.clone(),
        info.hint.clone().unwrap_or_default(),
    ] {
        if let Some(what) = leaks(&text, secrets) {
            panic!("{what} in error text {text:?}");
        }
    }
}

#[test]
fn sms_enrolment_of_a_vietnamese_number_end_to_end() {
    let Some(env) = pi_env() else { return };
    let _g = lock("alice");
    let (pi, s) = fresh_session(&env, "alice");

    let before = sink_count(&env.sink_log);
    // Typed with spaces; sent (and stored) as E.164.
    let e = s
        .enrol_sms("+84 912 345 678", "Mobile VN")
        .expect("enrol sms");
    assert!(e.needs_verify, "{e:?}");
    assert!(e.sms_sent, "{e:?}");
    assert!(!e.serial.is_empty());
    let entries = sink_entries(&env.sink_log);
    assert_eq!(entries.len(), before + 1, "exactly one SMS was sent");
    let sms = &entries[before];
    // A JSON string with the "+" (a form body would have turned it into a space, quirk P5).
    assert_eq!(sms["body"]["phone"], "+84912345678", "{sms}");
    let code = last_sms_code(&env.sink_log, "+84912345678").expect("code in the SMS");
    assert_eq!(code.len(), 6);

    // Pending until confirmed.
    let listed = s.tokens().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].rollout_state, "verify");

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let err = s
        .verify_enrolment(&e.serial, PiTokenType::Sms, wrong)
        .unwrap_err();
    assert!(matches!(err, PiError::WrongCode { .. }), "{err:?}");
    assert_eq!(err.code(), "pi_wrong_code");
    s.verify_enrolment(&e.serial, PiTokenType::Sms, &code)
        .expect("right code confirms the phone");

    let listed = s.tokens().unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    let t = &listed[0];
    assert_eq!(t.serial, e.serial);
    assert_eq!(t.token_type, "sms");
    assert_eq!(t.description, "Mobile VN");
    assert_eq!(t.rollout_state, "enrolled");
    assert!(t.active);
    assert_eq!(t.phone.as_deref(), Some("+84912345678"));
    assert_eq!(t.backup_codes_left, None);

    // Signing in with it: an empty pass triggers the SMS, the code answers the challenge.
    let before = sink_count(&env.sink_log);
    let PiCheck::Challenge {
        transaction_id,
        message,
    } = pi.check("alice", "", None).expect("challenge")
    else {
        panic!("expected a challenge");
    };
    assert!(!transaction_id.is_empty());
    assert!(message.contains("SMS"), "{message}");
    assert_eq!(sink_count(&env.sink_log), before + 1);
    let login_code = last_sms_code(&env.sink_log, "+84912345678").unwrap();
    let err = pi
        .check("alice", wrong_code(&login_code), Some(&transaction_id))
        .unwrap_err();
    assert!(matches!(err, PiError::WrongCode { .. }), "{err:?}");
    let PiCheck::Challenge { transaction_id, .. } = pi.check("alice", "", None).unwrap() else {
        panic!("expected a second challenge");
    };
    let login_code = last_sms_code(&env.sink_log, "+84912345678").unwrap();
    assert_eq!(
        pi.check("alice", &login_code, Some(&transaction_id))
            .unwrap(),
        PiCheck::Accepted
    );
}

fn wrong_code(code: &str) -> &'static str {
    if code == "000000" {
        "111111"
    } else {
        "000000"
    }
}

#[test]
fn a_gateway_failure_is_sms_not_sent_and_leaves_no_pending_token() {
    let Some(env) = pi_env() else { return };
    let _g = lock("alice");
    let (_pi, s) = fresh_session(&env, "alice");

    // The sink answers HTTP 400 for numbers with 000000 and 200 "FAIL" for 999999.
    for phone in ["+84910000001", "+84919999991"] {
        let before = sink_count(&env.sink_log);
        let err = s.enrol_sms(phone, "Broken phone").unwrap_err();
        let PiError::SmsNotSent { serial, message } = &err else {
            panic!("{phone}: expected SmsNotSent, got {err:?}");
        };
        assert!(!serial.is_empty());
        assert!(message.contains("could not be sent"), "{message}");
        assert_eq!(err.code(), "pi_sms_not_sent");
        assert_eq!(sink_count(&env.sink_log), before + 1, "the server tried");
        let left = s.tokens().unwrap();
        assert!(
            left.is_empty(),
            "{phone}: the half-enrolled token is deleted: {left:?}"
        );
    }
    // Three failures in a row did not use up the per-user SMS limit (2): pending tokens count.
    let ok = s
        .enrol_sms("+84912345678", "Mobile VN")
        .expect("enrol after failures");
    s.delete_token(&ok.serial).unwrap();
}

#[test]
fn totp_enrolment_wrong_code_then_right_code_then_sign_in() {
    let Some(env) = pi_env() else { return };
    let _g = lock("bob");
    let (pi, s) = fresh_session(&env, "bob");

    let e = s.enrol_totp("Authenticator app").expect("enrol totp");
    assert!(e.needs_verify);
    assert!(e.otpauth_uri.starts_with("otpauth://totp/"));
    let link = steward::otp::uri::parse(&e.otpauth_uri).unwrap();
    assert_eq!(link.account.issuer.as_deref(), Some("MyBank"));
    let dbg = format!("{e:?}");
    let secret = query_param(&e.otpauth_uri, "secret").unwrap();
    assert!(!dbg.contains(&secret), "{dbg}");

    let now = unix_now();
    let right = totp_at(&e.otpauth_uri, now);
    let err = s
        .verify_enrolment(&e.serial, PiTokenType::Totp, wrong_code(&right))
        .unwrap_err();
    assert!(matches!(err, PiError::WrongCode { .. }), "{err:?}");
    assert_no_leak(&err, &[&secret, &right]);
    let t = s.tokens().unwrap();
    assert_eq!(t.len(), 1);
    assert_eq!(
        t[0].rollout_state, "verify",
        "still pending after a wrong code"
    );

    let step = now / 30;
    let code = totp_at(&e.otpauth_uri, unix_now());
    s.verify_enrolment(&e.serial, PiTokenType::Totp, &code)
        .expect("right code");
    let t = s.tokens().unwrap();
    assert_eq!(t[0].rollout_state, "enrolled");
    assert_eq!(t[0].token_type, "totp");
    assert_eq!(t[0].description, "Authenticator app");
    assert_eq!(t[0].phone, None);

    // The code used to confirm can't be used again in the same 30 s step (quirk P10): wait for
    // the next step (at most 30 s) and sign in with its code.
    let verify_step = unix_now() / 30;
    assert!(verify_step >= step);
    while unix_now() / 30 <= verify_step {
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    let next = totp_now(&e.otpauth_uri);
    assert_eq!(pi.check("bob", &next, None).unwrap(), PiCheck::Accepted);
    let err = pi.check("bob", &next, None).unwrap_err();
    assert!(
        matches!(&err, PiError::WrongCode { message } if message.contains("previous otp")),
        "a replay is refused: {err:?}"
    );
}

#[test]
fn backup_codes_work_once_each() {
    let Some(env) = pi_env() else { return };
    let _g = lock("bob");
    let (pi, s) = fresh_session(&env, "bob");

    let b = s.enrol_backup_codes("Backup codes").expect("backup codes");
    assert_eq!(b.codes.len(), 10);
    for c in &b.codes {
        assert_eq!(c.len(), 6);
        assert!(c.chars().all(|ch| ch.is_ascii_digit()));
    }
    let dbg = format!("{b:?}");
    for c in &b.codes {
        assert!(!dbg.contains(c.as_str()), "{dbg}");
    }

    assert_eq!(
        pi.check("bob", &b.codes[3], None).unwrap(),
        PiCheck::Accepted
    );
    let err = pi.check("bob", &b.codes[3], None).unwrap_err();
    assert!(matches!(err, PiError::WrongCode { .. }), "reuse: {err:?}");
    let codes: Vec<&str> = b.codes.iter().map(|c| c.as_str()).collect();
    assert_no_leak(&err, &codes);
    // Any order: the last one works too.
    assert_eq!(
        pi.check("bob", &b.codes[9], None).unwrap(),
        PiCheck::Accepted
    );

    let t = s.tokens().unwrap();
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].serial, b.serial);
    assert_eq!(t[0].token_type, "tan");
    assert_eq!(t[0].rollout_state, "enrolled");
    assert_eq!(t[0].backup_codes_left, Some(8));
}

#[test]
fn a_backup_code_used_once_leaves_nine() {
    let Some(env) = pi_env() else { return };
    let _g = lock("bob");
    let (pi, s) = fresh_session(&env, "bob");
    let b = s.enrol_backup_codes("Backup codes").unwrap();
    assert_eq!(s.tokens().unwrap()[0].backup_codes_left, Some(10));
    assert_eq!(
        pi.check("bob", &b.codes[0], None).unwrap(),
        PiCheck::Accepted
    );
    assert_eq!(s.tokens().unwrap()[0].backup_codes_left, Some(9));
}

#[test]
fn too_many_wrong_codes_is_rate_limited_with_the_window() {
    let Some(env) = pi_env() else { return };
    let _g = lock("carol");
    let (pi, s) = fresh_session(&env, "carol");
    let b = s.enrol_backup_codes("Backup codes").unwrap();

    // carol's policy: 3 failed authentications per minute. (A rerun within the minute may be
    // limited already.)
    for _ in 0..3 {
        match pi.check("carol", "000000", None) {
            Err(PiError::WrongCode { .. }) | Err(PiError::RateLimited { .. }) => {}
            other => panic!("expected a wrong code, got {other:?}"),
        }
    }
    // Now even a right code is refused, and the error says how long to wait.
    let err = pi.check("carol", &b.codes[0], None).unwrap_err();
    let PiError::RateLimited {
        message,
        retry_after_secs,
    } = &err
    else {
        panic!("expected RateLimited, got {err:?}");
    };
    assert_eq!(*retry_after_secs, Some(60), "{message}");
    assert_eq!(err.code(), "pi_rate_limited");
    assert!(err.to_string().contains("60 seconds"), "{err}");
    assert!(err.hint().unwrap().contains("60 seconds"));
    // The limit covers signing in to the account too, even with the right password.
    let err = pi.login("carol", env.password("carol")).unwrap_err();
    assert!(
        matches!(
            err,
            PiError::RateLimited {
                retry_after_secs: Some(60),
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_wrong_password_is_login_failed() {
    let Some(env) = pi_env() else { return };
    let pi = PrivacyIdea::new(&env.url).unwrap();
    // (Not carol: her failures count toward her rate limit.)
    let err = pi.login("bob", "NotThePassword1!").unwrap_err();
    assert!(matches!(err, PiError::LoginFailed), "{err:?}");
    assert_eq!(err.code(), "pi_login_failed");
    assert_no_leak(&err, &["NotThePassword1!"]);
    let err = pi.login("nobody-here", "whatever123").unwrap_err();
    assert!(matches!(err, PiError::LoginFailed), "{err:?}");
}

#[test]
fn a_server_that_is_down_is_unreachable() {
    // A port nobody listens on: bind one, note it, close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let pi = PrivacyIdea::new(&format!("http://127.0.0.1:{port}")).unwrap();
    let err = pi.login("alice", "AlicePass1!").unwrap_err();
    let PiError::Unreachable { url, .. } = &err else {
        panic!("expected Unreachable, got {err:?}");
    };
    assert!(url.contains(&port.to_string()));
    assert_eq!(err.code(), "pi_unreachable");
    assert_no_leak(&err, &["AlicePass1!"]);
    let err = pi.check("alice", "123456", None).unwrap_err();
    assert!(matches!(err, PiError::Unreachable { .. }), "{err:?}");
}

#[test]
fn not_a_privacyidea_answer_is_bad_response() {
    let Some(env) = pi_env() else { return };
    // The sink answers "OK" as text/plain: not privacyIDEA's JSON.
    let sink = format!(
        "http://127.0.0.1:{}",
        env_var_port(&env).expect("sink port in pi.env")
    );
    let err = PrivacyIdea::new(&sink)
        .unwrap()
        .login("alice", "x")
        .unwrap_err();
    assert!(matches!(err, PiError::BadResponse { .. }), "{err:?}");
    assert_eq!(err.code(), "pi_bad_response");
}

fn env_var_port(env: &PiEnv) -> Option<u16> {
    let dir = env.sink_log.parent()?.parent()?;
    let file = std::fs::read_to_string(dir.join("pi.env")).ok()?;
    let url = file.lines().find_map(|l| l.strip_prefix("PI_SINK_URL="))?;
    url.split(':').nth(2)?.split('/').next()?.parse().ok()
}

#[test]
fn the_session_and_errors_never_show_the_jwt_or_secrets() {
    let Some(env) = pi_env() else { return };
    let _g = lock("alice");
    let (_pi, s) = fresh_session(&env, "alice");
    let dbg = format!("{s:?}");
    assert!(dbg.contains("alice"), "{dbg}");
    assert!(leaks(&dbg, &[env.password("alice")]).is_none(), "{dbg}");

    let t = s.enrol_totp("Leak check").unwrap();
    let secret = query_param(&t.otpauth_uri, "secret").unwrap();
    let b = s.enrol_backup_codes("Leak check").unwrap();
    let mut secrets: Vec<&str> = b.codes.iter().map(|c| c.as_str()).collect();
    secrets.push(&secret);
    secrets.push(env.password("alice"));
    for text in [format!("{t:?}"), format!("{b:?}"), format!("{s:?}")] {
        assert!(leaks(&text, &secrets).is_none(), "{text}");
    }

    // Errors from real calls, each checked for the JWT and every secret above.
    let mut errors = vec![
        s.verify_enrolment(&t.serial, PiTokenType::Totp, b.codes[0].as_str())
            .unwrap_err(),
        s.enrol_sms("+84910000001", "Broken").unwrap_err(),
        s.delete_token("NO-SUCH-SERIAL").unwrap_err(),
        PrivacyIdea::new(&env.url)
            .unwrap()
            .login("alice", "wrong-password")
            .unwrap_err(),
    ];
    // The SMS seed of a successful enrolment is never exposed: the type has no field for it.
    let sms = s.enrol_sms("+84912345678", "Leak check").unwrap();
    assert!(leaks(&format!("{sms:?}"), &secrets).is_none());
    errors.push(
        s.verify_enrolment(&sms.serial, PiTokenType::Sms, "000000")
            .unwrap_err(),
    );
    for e in &errors {
        // What the customer would see (visible with --nocapture).
        eprintln!("{}: {}", e.code(), e.info());
        assert_no_leak(e, &secrets);
        // Every error has a stable code and a hint.
        assert!(e.code().starts_with("pi_"), "{e:?}");
        assert!(e.hint().is_some());
    }
    for t in s.tokens().unwrap() {
        s.delete_token(&t.serial).unwrap();
    }
}

fn query_param(uri: &str, key: &str) -> Option<String> {
    uri.split_once('?')?
        .1
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .map(str::to_string)
}

/// A server that answers the first request on each connection with keep-alive, then drops the
/// connection when a second request arrives on it — what gunicorn does when its keep-alive
/// (2 s) runs out while the client is sending. A client that reuses idle connections loses
/// that request ("connection closed before message completed"); it needs no privacyIDEA.
#[test]
fn a_server_closing_an_idle_connection_loses_no_request() {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut stream = stream;
                for served in 0.. {
                    let mut length = 0usize;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0; length];
                    let _ = reader.read_exact(&mut body);
                    if served > 0 {
                        return; // the idle connection is closed under the client's feet
                    }
                    let answer =
                        r#"{"result":{"status":true,"value":true,"authentication":"ACCEPT"}}"#;
                    let _ = write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: {}\r\n\r\n{answer}",
                        answer.len()
                    );
                }
            });
        }
    });
    let pi = PrivacyIdea::new(&format!("http://127.0.0.1:{port}")).unwrap();
    for attempt in 0..3 {
        let verdict = pi.check("bob", "123456", None);
        assert!(
            matches!(verdict, Ok(PiCheck::Accepted)),
            "check {attempt}: {verdict:?}"
        );
    }
}
