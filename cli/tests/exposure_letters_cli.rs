//! `steward share letter --account SERVICE [--second-time]` and the repeat line of `steward case
//! alerts`, through the binary on a real profile, in English and Vietnamese: the seed impostor
//! story (a chat at Example Shop gave away the address and a card's last four; the bank checks
//! the last four), the bank's letter naming the details and the shop but never the digits, a
//! second impostor alert at the shop and its "second time" letter; refusals are clear errors.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::CliEnv;

fn env() -> CliEnv {
    CliEnv::new()
        .env("LANGUAGE", "en")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

fn alert(env: &CliEnv, summary: &str) {
    env.json(&[
        "case",
        "alert",
        "1",
        "--kind",
        "contact-not-made",
        "-s",
        summary,
    ]);
}

fn seed(env: &CliEnv) {
    env.json(&[
        "case",
        "new",
        "A chat I never had",
        "--service",
        "Example Shop",
    ]);
    alert(env, "A chat I never had: they got my address and card 4821");
    env.json(&[
        "case",
        "disclosed",
        "1",
        "--got",
        "address,card_last_four",
        "--value",
        "card_last_four=4821",
    ]);
    env.json(&["case", "new", "Account", "--service", "Example Bank"]);
    env.json(&[
        "accounts",
        "details",
        "Example Bank",
        "--stake",
        "money",
        "--holds",
        "address",
        "--checks",
        "card_last_four,address",
        "--value",
        "card_last_four=4821",
    ]);
}

#[test]
fn the_account_letter_and_the_second_time_letter_from_the_command_line() {
    let env = env();
    seed(&env);

    let en = env.text(&["share", "letter", "--account", "Example Bank"]);
    assert!(
        en.starts_with("Please protect my account: an impostor obtained my personal details"),
        "{en}"
    );
    assert!(
        en.contains("obtained my postal address and the last four digits of a card from the support team at Example Shop"),
        "{en}"
    );
    assert!(!en.contains("4821"), "{en}");
    let vi = env.text(&[
        "share",
        "letter",
        "--account",
        "Example Bank",
        "--lang",
        "vi",
    ]);
    assert!(vi.contains("bốn số cuối của một thẻ thanh toán"), "{vi}");
    assert!(!vi.contains("4821"), "{vi}");
    let json = env.json(&["share", "letter", "--account", "Example Bank"]);
    assert_eq!(json["kind"], "account_note", "{json}");
    assert_eq!(json["to"], "Example Bank", "{json}");
    assert!(!json.to_string().contains("4821"), "{json}");

    // Written to a file, said where.
    let out = env.path_arg("bank-letter.txt");
    let said = env.text(&[
        "share",
        "letter",
        "--account",
        "Example Bank",
        "--out",
        &out,
    ]);
    assert!(said.contains("bank-letter.txt"), "{said}");
    let file = std::fs::read_to_string(&out).unwrap();
    assert!(file.contains("Dear Example Bank support team,"), "{file}");

    // One impostor alert at the shop: no second-time letter; the shop itself is not at risk.
    let e = env.fails(
        &[
            "share",
            "letter",
            "--account",
            "Example Shop",
            "--second-time",
        ],
        1,
    );
    assert_eq!(e["code"], "exposure_letter_not_repeat", "{e}");
    assert!(e["hint"].is_string(), "{e}");
    let e = env.fails(&["share", "letter", "--account", "Example Shop"], 1);
    assert_eq!(e["code"], "exposure_letter_not_at_risk", "{e}");

    // It happens again: the alert says so, and the letter is the second time's.
    alert(&env, "Another chat I never had");
    let alerts = env.text(&["case", "alerts", "1"]);
    assert!(
        alerts.contains("This is the second time at Example Shop (earlier: alert 1)"),
        "{alerts}"
    );
    assert!(
        alerts.contains("steward share letter --account \"Example Shop\" --second-time"),
        "{alerts}"
    );
    let listed = env.json(&["case", "alerts", "1"]);
    assert_eq!(listed[1]["earlier"], serde_json::json!([1]), "{listed}");
    let second = env.text(&[
        "share",
        "letter",
        "--account",
        "Example Shop",
        "--second-time",
    ]);
    assert!(
        second.starts_with("Second impostor contact about my account"),
        "{second}"
    );
    assert!(
        second.contains("This is the second time someone posing as me has contacted your support"),
        "{second}"
    );
    assert!(!second.contains("4821"), "{second}");
    let vi = env.text(&[
        "--lang",
        "vi",
        "share",
        "letter",
        "--account",
        "Example Shop",
        "--second-time",
    ]);
    assert!(vi.contains("Đây là lần thứ hai"), "{vi}");
}

#[test]
fn a_letter_needs_a_case_and_kind_or_an_account_and_not_both() {
    let env = env();
    seed(&env);
    // Neither, a case without --kind, both, --second-time without an account: clap refuses.
    for args in [
        &["share", "letter"][..],
        &["share", "letter", "1"][..],
        &[
            "share",
            "letter",
            "1",
            "--kind",
            "complaint",
            "--account",
            "Example Bank",
        ][..],
        &["share", "letter", "--second-time"][..],
        &[
            "share",
            "letter",
            "--account",
            "Example Bank",
            "--kind",
            "chaser",
        ][..],
    ] {
        let e = env.fails(args, 1);
        assert_eq!(e["code"], "invalid_arguments", "{args:?}: {e}");
    }
    let e = env.fails(&["share", "letter", "--account", "Nowhere"], 1);
    assert_eq!(e["code"], "account_not_found", "{e}");
}
