//! `steward share helpdesk set --kind django-helpdesk`, `test` and `share send` with it, against a
//! real django-helpdesk 2.6.1 (`scripts/django-helpdesk/dh-up.sh` writes its URL, token, queue
//! and accounts to `scripts/django-helpdesk/.dh-state/dh.env`). Skipped when none is configured,
//! unless STEWARD_TEST_DH=required (scripts/test.sh sets it after dh-up.sh).

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::CliEnv;

fn dh_env(k: &str) -> Option<String> {
    common::repo::server_settings(
        "DH_STATE_DIR",
        "scripts/django-helpdesk/.dh-state",
        "dh.env",
    )(k)
}

fn server() -> Option<(String, String, String, String)> {
    match (
        dh_env("DH_URL"),
        dh_env("DH_TOKEN"),
        dh_env("DH_QUEUE"),
        dh_env("DH_CUSTOMER_EMAIL"),
    ) {
        (Some(u), Some(t), Some(q), Some(e)) => Some((u, t, q, e)),
        _ => {
            if std::env::var("STEWARD_TEST_DH").as_deref() == Ok("required") {
                panic!(
                    "STEWARD_TEST_DH=required but no dh.env: run scripts/django-helpdesk/dh-up.sh"
                );
            }
            eprintln!(
                "SKIPPED: no django-helpdesk configured (scripts/django-helpdesk/dh-up.sh starts one)"
            );
            None
        }
    }
}

#[test]
fn a_real_django_helpdesk_set_test_send_twice_then_wrong_token_and_queue() {
    let Some((url, token, queue, email)) = server() else {
        return;
    };
    let env = CliEnv::new()
        .offline()
        .env_remove("STEWARD_TSA_URL")
        .with_file("bad", "0000000000000000000000000000000000000000\n");
    env.json(&["case", "new", "Refund refused", "--service", "Bank"]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Called the bank, they said wait 8 weeks",
    ]);

    // --kind (or --to) django-helpdesk; the address may be pasted with its /api/ path; the token
    // comes in on standard input and is only ever shown masked.
    let saved = env.json_stdin(
        &[
            "share",
            "helpdesk",
            "set",
            "--kind",
            "django-helpdesk",
            "--url",
            &format!("{url}/api/"),
            "--queue",
            &queue,
            "--requestor",
            &email,
            "--token-file",
            "-",
        ],
        &format!("{token}\n"),
    );
    assert_eq!(saved["kind"], "django_helpdesk");
    assert_eq!(saved["address"], url.as_str());
    assert_eq!(saved["queue"], queue.as_str());
    let masked = saved["token"].as_str().unwrap();
    assert!(
        masked.starts_with("••••") && !masked.contains(&token[..10]),
        "{masked}"
    );
    let shown = env.text(&["share", "helpdesk", "show"]);
    assert!(
        shown.contains(&format!("django-helpdesk at {url}")),
        "{shown}"
    );
    assert!(!shown.contains(&token), "{shown}");

    let ok = env.json(&["share", "helpdesk", "test"]);
    assert_eq!(ok["kind"], "django_helpdesk");
    assert_eq!(ok["queue"], queue.as_str());
    let words = env.text(&["share", "helpdesk", "test"]);
    assert!(words.contains("django-helpdesk"), "{words}");
    assert!(words.contains(&email), "{words}");

    // A new ticket, then an update on the same one: the reference is back on the case.
    let sent = env.json(&["share", "send", "1", "--request", "Refund me"]);
    assert_eq!(sent["action"], "opened");
    let reference = sent["reference"].as_str().unwrap().to_string();
    assert!(reference.starts_with("django-helpdesk #"), "{sent}");
    let case = env.json(&["case", "show", "1"]);
    assert!(case.to_string().contains(&reference), "{case}");
    env.json(&["case", "log", "1", "-s", "Called again"]);
    let again = env.json(&["share", "send", "1"]);
    assert_eq!(again["action"], "appended");
    assert_eq!(again["reference"], reference.as_str());
    assert_eq!(again["new_contacts"], 1);
    // The ticket as the helpdesk's e-mails write it ("[customers-N]") reaches the same one.
    let n = reference.trim_start_matches("django-helpdesk #");
    let bracket = env.json(&[
        "share",
        "send",
        "1",
        "--ticket",
        &format!("[customers-{n}]"),
    ]);
    assert_eq!(bracket["action"], "appended");
    assert_eq!(bracket["reference"], reference.as_str());

    // An unknown ticket: clear, and the case is unchanged.
    let count = |env: &CliEnv| {
        env.json(&["case", "show", "1"])["interactions"]
            .as_array()
            .unwrap()
            .len()
    };
    let before = count(&env);
    let err = env.fails(&["share", "send", "1", "--ticket", "999999"], 1);
    assert_eq!(err["code"], "helpdesk_ticket_unavailable");
    assert_eq!(count(&env), before);

    // A queue this account may not use, then a wrong token: the test names each.
    env.json(&["share", "helpdesk", "set", "--queue", "999"]);
    assert_eq!(
        env.fails(&["share", "helpdesk", "test"], 1)["code"],
        "helpdesk_queue_unavailable"
    );
    let bad = env.path_arg("bad");
    env.json(&[
        "share",
        "helpdesk",
        "set",
        "--queue",
        &queue,
        "--token-file",
        &bad,
    ]);
    assert_eq!(
        env.fails(&["share", "helpdesk", "test"], 1)["code"],
        "helpdesk_token_refused"
    );
    let err = env.fails(&["share", "send", "1"], 1);
    assert_eq!(err["code"], "helpdesk_token_refused");
    assert_eq!(count(&env), before);

    // An unknown kind is refused by name, listing the ones there are.
    let out = env.run_json(&["share", "helpdesk", "set", "--kind", "jira"]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("django-helpdesk"), "{said}");
}
