//! `steward share helpdesk set|show|test|forget` and `share send` with the saved helpdesk,
//! against a real Request Tracker 5 (`scripts/rt/rt-up.sh` writes its URL, token and customer to
//! `scripts/rt/.rt-state/rt.env`). The RT part is skipped when no RT is configured, unless
//! STEWARD_TEST_RT=required (scripts/test.sh sets it after rt-up.sh). What needs no server (a
//! token never echoed, an unreachable address, no helpdesk saved) always runs.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::CliEnv;

fn rt_env() -> Option<(String, String, String)> {
    let get = common::repo::server_settings("RT_STATE_DIR", "scripts/rt/.rt-state", "rt.env");
    match (get("RT_URL"), get("RT_TOKEN"), get("RT_USER_EMAIL")) {
        (Some(u), Some(t), Some(e)) => Some((u, t, e)),
        _ => {
            if std::env::var("STEWARD_TEST_RT").as_deref() == Ok("required") {
                panic!("STEWARD_TEST_RT=required but no rt.env: run scripts/rt/rt-up.sh");
            }
            eprintln!("SKIPPED: no Request Tracker configured (scripts/rt/rt-up.sh starts one)");
            None
        }
    }
}

fn env() -> CliEnv {
    CliEnv::new()
        .offline()
        .env_remove("STEWARD_RT_URL")
        .env_remove("STEWARD_RT_TOKEN_FILE")
        .env_remove("STEWARD_RT_REQUESTOR")
        .env_remove("STEWARD_TSA_URL")
}

const FAKE: &str = "1-99-00000000000000000000000000000000";

#[test]
fn without_a_server_settings_are_saved_masked_and_errors_are_clear() {
    let env = env().with_file("token", format!("{FAKE}\n"));
    env.json(&["case", "new", "Refund refused", "--service", "Bank"]);
    // Nothing saved: show says so, send and test name the way to save one.
    assert_eq!(
        env.json(&["share", "helpdesk", "show"]),
        serde_json::Value::Null
    );
    let err = env.fails(&["share", "send", "1", "--request", "Refund me"], 1);
    assert_eq!(err["code"], "helpdesk_not_set");
    assert!(err["hint"].as_str().unwrap().contains("share helpdesk set"));
    assert_eq!(
        env.fails(&["share", "helpdesk", "test"], 1)["code"],
        "helpdesk_not_set"
    );

    // The token is not an option: clap refuses it.
    let out = env.run_json(&["share", "helpdesk", "set", "--token", FAKE]);
    assert!(!out.status.success());

    // Nothing listens on port 9: saved fine (it is only checked by test), test says unreachable.
    let token = env.path_arg("token");
    let saved = env.json(&[
        "share",
        "helpdesk",
        "set",
        "--to",
        "rt",
        "--url",
        "http://127.0.0.1:9/REST/2.0",
        "--requestor",
        "me@example.com",
        "--token-file",
        &token,
    ]);
    assert_eq!(saved["address"], "http://127.0.0.1:9");
    assert_eq!(saved["queue"], "General");
    assert_eq!(saved["token"], "••••0000");
    assert_eq!(saved["token_home"], "database");
    let shown = env.text(&["share", "helpdesk", "show"]);
    assert!(
        shown.contains("Request Tracker at http://127.0.0.1:9"),
        "{shown}"
    );
    assert!(shown.contains("encrypted profile database"), "{shown}");
    assert!(!shown.contains(FAKE), "{shown}");
    let err = env.fails(&["share", "helpdesk", "test"], 1);
    assert_eq!(err["code"], "helpdesk_unreachable");
    assert!(!err.to_string().contains(FAKE));
    // Sending there fails the same way and the case is unchanged.
    let before = env.json(&["case", "show", "1"]);
    let err = env.fails(&["share", "send", "1", "--request", "Refund me"], 1);
    assert_eq!(err["code"], "helpdesk_unreachable");
    let after = env.json(&["case", "show", "1"]);
    assert_eq!(
        before["interactions"].as_array().map(Vec::len),
        after["interactions"].as_array().map(Vec::len)
    );

    // A change keeps what is not given (the token too); a bad address is refused, nothing kept.
    let again = env.json(&["share", "helpdesk", "set", "--queue", "Support"]);
    assert_eq!(again["queue"], "Support");
    assert_eq!(again["token"], "••••0000");
    let err = env.fails(
        &["share", "helpdesk", "set", "--url", "http://rt.example.com"],
        1,
    );
    assert_eq!(err["code"], "helpdesk_address_invalid");
    assert_eq!(
        env.json(&["share", "helpdesk", "show"])["address"],
        "http://127.0.0.1:9"
    );

    assert_eq!(env.json(&["share", "helpdesk", "forget"])["removed"], true);
    assert_eq!(
        env.json(&["share", "helpdesk", "show"]),
        serde_json::Value::Null
    );
    assert_eq!(env.json(&["share", "helpdesk", "forget"])["removed"], false);
}

#[test]
fn a_real_rt_set_test_send_with_the_saved_helpdesk_then_forget() {
    let Some((url, token, email)) = rt_env() else {
        return;
    };
    let env = env().with_file("bad", FAKE);
    env.json(&[
        "case",
        "new",
        "Vietnamese number refused",
        "--service",
        "Amazon",
    ]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Called support, they said wait 24 hours",
    ]);

    // The token comes in on standard input, never on the command line.
    let saved = env.json_stdin(
        &[
            "share",
            "helpdesk",
            "set",
            "--to",
            "rt",
            "--url",
            &url,
            "--queue",
            "General",
            "--requestor",
            &email,
            "--token-file",
            "-",
        ],
        &format!("{token}\n"),
    );
    assert_eq!(saved["address"], url.trim_end_matches('/'));
    let masked = saved["token"].as_str().unwrap();
    assert!(
        masked.starts_with("••••") && !masked.contains(&token[..10]),
        "{masked}"
    );

    let ok = env.json(&["share", "helpdesk", "test"]);
    assert!(ok["version"].as_str().unwrap().starts_with("5."), "{ok}");
    assert_eq!(ok["queue"], "General");
    let words = env.text(&["share", "helpdesk", "test"]);
    assert!(words.contains("accepts your token"), "{words}");

    // Sent with the saved settings: a new ticket, then an update on it.
    let sent = env.json(&["share", "send", "1", "--request", "Let me add my number"]);
    assert_eq!(sent["action"], "opened");
    let reference = sent["reference"].as_str().unwrap().to_string();
    assert!(reference.starts_with("RT#"), "{sent}");
    env.json(&["case", "log", "1", "-s", "Called again"]);
    let again = env.json(&["share", "send", "1"]);
    assert_eq!(again["action"], "appended");
    assert_eq!(again["reference"], reference.as_str());
    assert_eq!(again["new_contacts"], 1);

    // A ticket that does not exist: clear, and the case is unchanged.
    let before = env.json(&["case", "show", "1"])["interactions"]
        .as_array()
        .unwrap()
        .len();
    let err = env.fails(&["share", "send", "1", "--ticket", "999999"], 1);
    assert_eq!(err["code"], "helpdesk_ticket_unavailable");
    let after = env.json(&["case", "show", "1"])["interactions"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(before, after);

    // A wrong queue, then a wrong token: the test names each.
    env.json(&["share", "helpdesk", "set", "--queue", "No such queue"]);
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
        "General",
        "--token-file",
        &bad,
    ]);
    let err = env.fails(&["share", "helpdesk", "test"], 1);
    assert_eq!(err["code"], "helpdesk_token_refused");
    let err = env.fails(&["share", "send", "1"], 1);
    assert_eq!(err["code"], "helpdesk_token_refused");
    // Something that is not RT at the address.
    env.json(&["share", "helpdesk", "set", "--url", &format!("{url}/NoRT")]);
    assert_eq!(
        env.fails(&["share", "helpdesk", "test"], 1)["code"],
        "helpdesk_not_this_kind"
    );

    assert_eq!(env.json(&["share", "helpdesk", "forget"])["removed"], true);
}
