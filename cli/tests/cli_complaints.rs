//! `steward case complaint …`, `steward case log --kind`, `steward complaint rules` and
//! `steward share letter`: the binary on a real profile. A bank complaint logged on 5 January
//! 2026 shows the ombudsman on 3 March; a final response starts the six months; the letters
//! carry the dates and references and no secret; `--json` is the same in every language.

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

fn seed(env: &CliEnv) {
    env.json(&["case", "new", "Card blocked", "--service", "Example Bank"]);
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Complained by phone; gave card 4111 1111 1111 1111 and your code is 493817",
        "--channel",
        "phone",
        "--at",
        "2026-01-05 12:00",
        "--ref",
        "CRD-1",
    ]);
}

#[test]
fn mark_show_and_the_day_the_eight_weeks_pass() {
    let env = env();
    seed(&env);
    let marked = env.json(&[
        "case",
        "complaint",
        "mark",
        "1",
        "--contact",
        "1",
        "--jurisdiction",
        "GB",
        "--sector",
        "financial-services",
        "--ref",
        "CMP-42",
    ]);
    assert_eq!(marked["complaint"]["rule_id"], "gb-financial-services");
    assert_eq!(marked["complaint"]["received_on"], "2026-01-05");

    let before = env.json(&["case", "complaint", "show", "1", "--on", "2026-03-02"]);
    assert_eq!(before["phase"], "firm_has_time");
    let after = env.json(&["case", "complaint", "show", "1", "--on", "2026-03-03"]);
    assert_eq!(after["phase"], "firm_late");
    let next = &after["next"][0];
    assert_eq!(next["open_now"], true);
    assert_eq!(next["body"]["id"], "fos");
    assert_eq!(next["letter"], "referral");

    let text = env.text(&["case", "complaint", "show", "1", "--on", "2026-03-03"]);
    assert!(text.contains("2 March 2026"), "{text}");
    assert!(
        text.contains("received 5 January 2026; 8 weeks → 2 March 2026"),
        "{text}"
    );
    assert!(text.contains("Financial Ombudsman Service"), "{text}");
    assert!(
        text.contains("https://www.financial-ombudsman.org.uk"),
        "{text}"
    );
    let show = env.text(&["case", "show", "1"]);
    assert!(show.contains("[Formal complaint made]"), "{show}");

    // The final response, logged as such: six months to go to the ombudsman.
    env.json(&[
        "case",
        "log",
        "1",
        "-s",
        "Final response: not upheld",
        "--at",
        "2026-02-20 10:00",
        "--kind",
        "final_response",
    ]);
    let s = env.json(&["case", "complaint", "show", "1", "--on", "2026-02-21"]);
    assert_eq!(s["phase"], "final_response");
    assert_eq!(s["next"][0]["by"], "2026-08-20");

    // Back to an ordinary contact, then the mark cleared.
    let k = env.json(&["case", "complaint", "kind", "1", "2", "--kind", "ordinary"]);
    assert_eq!(k["kind"], "ordinary");
    env.json(&["case", "complaint", "clear", "1"]);
    let s = env.json(&["case", "complaint", "show", "1"]);
    assert_eq!(s["phase"], "not_marked");
    let e = env.fails(&["case", "complaint", "clear", "1"], 1);
    assert_eq!(e["code"], "complaint_not_marked");
}

#[test]
fn letters_carry_dates_and_references_and_no_secret() {
    let env = env();
    seed(&env);
    env.json(&[
        "case",
        "complaint",
        "mark",
        "1",
        "--jurisdiction",
        "GB",
        "--sector",
        "financial-services",
        "--ref",
        "CMP-42",
    ]);
    for kind in ["complaint", "chaser", "referral"] {
        for lang in ["en", "vi"] {
            let letter = env.json(&["share", "letter", "1", "--kind", kind, "--lang", lang]);
            let all = format!("{}\n{}", letter["subject"], letter["body"]);
            assert!(all.contains("CMP-42"), "{kind} {lang}: {all}");
            assert!(all.contains("CRD-1"), "{kind} {lang}: {all}");
            for secret in ["4111 1111 1111 1111", "4111111111111111", "493817"] {
                assert!(
                    !all.contains(secret),
                    "{secret} in the {kind} letter ({lang})"
                );
            }
            assert_eq!(letter["lang"], lang);
        }
    }
    let chaser = env.json(&["share", "letter", "1", "--kind", "chaser"]);
    let body = chaser["body"].as_str().unwrap();
    assert!(body.contains("2 March 2026"), "{body}");
    assert!(
        body.contains("received 5 January 2026; 8 weeks → 2 March 2026"),
        "{body}"
    );
    let vi = env.json(&["share", "letter", "1", "--kind", "chaser", "--lang", "vi"]);
    assert!(vi["body"].as_str().unwrap().contains("2 tháng 3, 2026"));

    // --out writes the letter; a bad kind is refused by the command line.
    let out = env.path_arg("referral.txt");
    env.text(&["share", "letter", "1", "--kind", "referral", "--out", &out]);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("Financial Ombudsman Service"));
    let bad = env
        .cmd()
        .args(["share", "letter", "1", "--kind", "poem"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn rules_and_json_are_the_same_in_every_language() {
    let env = env();
    let en = env.json(&["complaint", "rules", "--jurisdiction", "VN"]);
    let vi = env.json(&["--lang", "vi", "complaint", "rules", "--jurisdiction", "VN"]);
    assert_eq!(en, vi);
    let ids: Vec<&str> = en
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        vec![
            "vn-consumer",
            "vn-banking-payment-account",
            "vn-banking-card"
        ]
    );
    let text = env.text(&["--lang", "vi", "complaint", "rules"]);
    assert!(text.contains("gb-financial-services"), "{text}");
    assert!(text.contains("Dịch vụ tài chính"), "{text}");

    seed(&env);
    env.json(&[
        "case",
        "complaint",
        "mark",
        "1",
        "--jurisdiction",
        "FR",
        "--sector",
        "energy",
    ]);
    let en = env.json(&["case", "complaint", "show", "1", "--on", "2026-03-01"]);
    let vi = env.json(&[
        "--lang",
        "vi",
        "case",
        "complaint",
        "show",
        "1",
        "--on",
        "2026-03-01",
    ]);
    assert_eq!(en, vi);
    assert_eq!(en["phase"], "no_rule_known");
    // Bad input: a clear error, nothing changed.
    let e = env.fails(
        &[
            "case",
            "complaint",
            "mark",
            "1",
            "--jurisdiction",
            "Britain",
        ],
        1,
    );
    assert_eq!(e["code"], "complaint_bad_jurisdiction");
    let e = env.fails(&["case", "complaint", "mark", "1", "--rule", "nope"], 1);
    assert_eq!(e["code"], "complaint_rule_unknown");
    let still = env.json(&["case", "complaint", "show", "1", "--on", "2026-03-01"]);
    assert_eq!(still["complaint"]["jurisdiction"], "FR");
}
