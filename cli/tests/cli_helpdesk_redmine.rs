//! `steward share helpdesk set --kind redmine …`, `test`, `show` and `share send` with the saved
//! Redmine, against a real Redmine 5 (`scripts/redmine/redmine-up.sh` writes its address, the
//! customer's API key and the project to `scripts/redmine/.redmine-state/redmine.env`). Skipped
//! when no Redmine is configured, unless STEWARD_TEST_REDMINE=required (scripts/test.sh sets it
//! after redmine-up.sh).

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::CliEnv;

fn redmine_env() -> Option<(String, String, String, String)> {
    let get = common::repo::server_settings(
        "REDMINE_STATE_DIR",
        "scripts/redmine/.redmine-state",
        "redmine.env",
    );
    match (
        get("REDMINE_URL"),
        get("REDMINE_KEY"),
        get("REDMINE_PROJECT"),
        get("REDMINE_HIDDEN_ISSUE"),
    ) {
        (Some(u), Some(k), Some(p), Some(h)) => Some((u, k, p, h)),
        _ => {
            if std::env::var("STEWARD_TEST_REDMINE").as_deref() == Ok("required") {
                panic!("STEWARD_TEST_REDMINE=required but no redmine.env: run scripts/redmine/redmine-up.sh");
            }
            eprintln!("SKIPPED: no Redmine configured (scripts/redmine/redmine-up.sh starts one)");
            None
        }
    }
}

const WRONG: &str = "0000000000000000000000000000000000000000";

#[test]
fn a_real_redmine_set_test_send_with_the_saved_helpdesk_then_forget() {
    let Some((url, key, project, hidden)) = redmine_env() else {
        return;
    };
    let env = CliEnv::new()
        .offline()
        .env_remove("STEWARD_TSA_URL")
        .with_file("wrong", WRONG);
    env.json(&["case", "new", "Card blocked abroad", "--service", "Bank"]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Called the bank, they said wait 24 hours",
    ]);

    // The key comes in on standard input, never on the command line.
    let saved = env.json_stdin(
        &[
            "share",
            "helpdesk",
            "set",
            "--kind",
            "redmine",
            "--url",
            &url,
            "--project",
            &project,
            "--token-file",
            "-",
        ],
        &format!("{key}\n"),
    );
    assert_eq!(saved["kind"], "redmine");
    assert_eq!(saved["queue"], project.as_str());
    assert_eq!(saved["requestor"], "");
    let masked = saved["token"].as_str().unwrap();
    assert!(
        masked.starts_with("••••") && !masked.contains(&key[..10]),
        "{masked}"
    );
    let shown = env.text(&["share", "helpdesk", "show"]);
    assert!(shown.contains(&format!("Redmine at {url}")), "{shown}");
    assert!(shown.contains(&format!("Project: {project}")), "{shown}");
    assert!(!shown.contains(&key), "{shown}");

    let ok = env.json(&["share", "helpdesk", "test"]);
    assert_eq!(ok["kind"], "redmine");
    assert_eq!(ok["queue"], project.as_str());
    let words = env.text(&["share", "helpdesk", "test"]);
    assert!(words.contains("Redmine"), "{words}");
    assert!(words.contains("accepts your key"), "{words}");
    assert!(!words.contains(&key), "{words}");

    // Sent with the saved settings: a new issue, then a note on it.
    let sent = env.json(&["share", "send", "1", "--request", "Unblock my card"]);
    assert_eq!(sent["action"], "opened");
    let reference = sent["reference"].as_str().unwrap().to_string();
    assert!(reference.starts_with("Redmine #"), "{sent}");
    let case = env.json(&["case", "show", "1"]);
    let last = case["interactions"].as_array().unwrap().last().unwrap();
    assert_eq!(last["references"][0], reference.as_str());
    env.json(&["case", "log", "1", "-s", "Called again"]);
    let again = env.json(&["share", "send", "1"]);
    assert_eq!(again["action"], "appended");
    assert_eq!(again["reference"], reference.as_str());
    assert_eq!(again["new_contacts"], 1);

    // An issue that does not exist, one that is not the customer's: clear, case unchanged.
    let count = |env: &CliEnv| {
        env.json(&["case", "show", "1"])["interactions"]
            .as_array()
            .unwrap()
            .len()
    };
    let before = count(&env);
    for issue in ["999999", hidden.as_str()] {
        let err = env.fails(&["share", "send", "1", "--ticket", issue], 1);
        assert_eq!(err["code"], "helpdesk_ticket_unavailable", "{issue}: {err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains(&format!("Redmine #{issue}")),
            "{err}"
        );
    }
    assert_eq!(before, count(&env));

    // A project that is not there, then a wrong key: the test names each.
    env.json(&["share", "helpdesk", "set", "--project", "no-such-project"]);
    let err = env.fails(&["share", "helpdesk", "test"], 1);
    assert_eq!(err["code"], "helpdesk_project_unavailable");
    assert!(err["message"].as_str().unwrap().contains("no-such-project"));
    let wrong = env.path_arg("wrong");
    env.json(&[
        "share",
        "helpdesk",
        "set",
        "--project",
        &project,
        "--token-file",
        &wrong,
    ]);
    let err = env.fails(&["share", "helpdesk", "test"], 1);
    assert_eq!(err["code"], "helpdesk_token_refused");
    assert!(err["message"].as_str().unwrap().contains("Redmine"));
    let err = env.fails(&["share", "send", "1"], 1);
    assert_eq!(err["code"], "helpdesk_token_refused");
    assert_eq!(before, count(&env));

    assert_eq!(env.json(&["share", "helpdesk", "forget"])["removed"], true);
}
