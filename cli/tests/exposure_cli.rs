//! `steward case disclosed` and `steward accounts exposure|details|lockdown`: the seed impostor
//! story through the binary on a real profile, in English and Vietnamese. A chat at Example Shop
//! gave away the address and a card's last four; the bank that checks the last four comes
//! first, then the retailer that checks the address; the mail provider that checks the phone is
//! not at risk. `--json` parses and is the same in every language; the card's digits are only
//! ever shown masked; bad input gets a clear error and changes nothing.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use serde_json::Value;
use support::CliEnv;

fn env() -> CliEnv {
    CliEnv::new()
        .env("LANGUAGE", "en")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

fn seed(env: &CliEnv) {
    env.json(&[
        "case",
        "new",
        "A chat I never had",
        "--service",
        "Example Shop",
    ]);
    env.json(&[
        "case",
        "alert",
        "1",
        "--kind",
        "contact-not-made",
        "-s",
        "An e-mailed transcript of a support chat I never had",
    ]);
    let d = env.json(&[
        "case",
        "disclosed",
        "1",
        "--asked",
        "card_last_four",
        "--got",
        "address,card_last_four",
        "--value",
        "card_last_four=4821",
    ]);
    assert_eq!(d["disclosures"].as_array().unwrap().len(), 2, "{d}");
    for (service, stake, args) in [
        (
            "Example Bank",
            "money",
            &[
                "--holds",
                "address",
                "--checks",
                "card_last_four",
                "--value",
                "card_last_four=4821",
            ][..],
        ),
        ("Example Mail", "email", &["--checks", "phone"][..]),
        ("Example Retail", "shopping", &["--checks", "address"][..]),
    ] {
        // No case needed: answering about a service adds it to the accounts.
        let mut all = vec!["accounts", "details", service, "--stake", stake];
        all.extend_from_slice(args);
        env.json(&all);
    }
}

fn services(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["account"]["service"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_seed_story_in_english_and_vietnamese() {
    let env = env();
    seed(&env);
    let r = env.json(&["accounts", "exposure"]);
    assert_eq!(services(&r["at_risk"]), ["Example Bank", "Example Retail"]);
    assert_eq!(services(&r["not_at_risk"]), ["Example Mail"]);
    assert_eq!(r["not_at_risk"][0]["why"], "does_not_check");
    assert_eq!(r["at_risk"][0]["reasons"][0]["detail"], "card_last_four");
    assert_eq!(r["first"]["service"], "Example Bank");
    assert_eq!(r["first"]["step"], "support_pin");
    let vi_json = env.json(&["--lang", "vi", "accounts", "exposure"]);
    assert_eq!(vi_json, r, "--json is the same in every language");

    let text = env.text(&["accounts", "exposure"]);
    for needle in [
        "What leaked",
        "last four digits of a card (•••• 4821) — at Example Shop, alert 1",
        "Do this first: Ask Example Bank whether they offer a support PIN",
        "At risk: 2 accounts",
        "1. Example Bank",
        "2. Example Retail",
        "Why: Example Bank accepts your last four digits of a card to check who is calling",
        "steward accounts lockdown \"Example Bank\" support-pin",
        "Not at risk",
        "Example Mail does not use these",
        "Steward doesn't know what these check",
    ] {
        assert!(text.contains(needle), "{needle:?} in\n{text}");
    }
    let vi = env.text(&["--lang", "vi", "accounts", "exposure"]);
    for needle in [
        "Thông tin đã bị lộ",
        "bốn số cuối của thẻ (•••• 4821) — tại Example Shop, cảnh báo 1",
        "Việc cần làm trước tiên: Hỏi Example Bank",
        "Có nguy cơ: 2 tài khoản",
        "Lý do: Example Bank chấp nhận bốn số cuối của thẻ",
        "Không có nguy cơ",
    ] {
        assert!(vi.contains(needle), "{needle:?} in\n{vi}");
    }
    // The card's digits only masked, everywhere.
    for out in [&text, &vi, &r.to_string()] {
        assert!(!out.contains(" 4821") || out.contains("•••• 4821"));
        assert!(!out.replace("•••• 4821", "").contains("4821"), "{out}");
    }

    // Steps ticked and read back; the first thing to do moves on.
    let done = env.text(&["accounts", "lockdown", "Example Bank", "pin"]);
    assert!(done.contains("[x] Ask Example Bank whether"), "{done}");
    let r = env.json(&["accounts", "exposure"]);
    assert!(r["at_risk"][0]["plan"][0]["done_at"].is_string());
    assert_eq!(r["first"]["step"], "verification_note");
    env.json(&[
        "accounts",
        "lockdown",
        "Example Bank",
        "support-pin",
        "--undo",
    ]);
    let r = env.json(&["accounts", "exposure"]);
    assert!(r["at_risk"][0]["plan"][0]["done_at"].is_null());

    // What Steward knows about an account, and the alert's list.
    let k = env.text(&["accounts", "details", "Example Bank"]);
    assert!(
        k.contains("last four digits of a card (•••• 4821): it has it, and its support accepts it"),
        "{k}"
    );
    // A company Steward has notes on: what they say about its support, in the asked language.
    env.json(&["case", "new", "Number moved", "--service", "T-Mobile"]);
    let k = env.text(&["accounts", "details", "T-Mobile"]);
    assert!(
        k.contains(
            "What Steward's notes say about their support: T-Mobile asks for the account PIN"
        ),
        "{k}"
    );
    let k = env.json(&["accounts", "details", "T-Mobile"]);
    assert!(k["note"].as_str().is_some_and(|n| n.contains("PIN")), "{k}");
    let k = env.text(&["--lang", "vi", "accounts", "details", "T-Mobile"]);
    assert!(
        k.contains("Ghi chép của Steward về bộ phận hỗ trợ của họ: "),
        "{k}"
    );
    // No evidence to read: --accept keeps the list as it is.
    let kept = env.json(&["case", "disclosed", "1", "--accept"]);
    assert_eq!(kept["disclosures"].as_array().unwrap().len(), 2, "{kept}");
    let d = env.text(&["--lang", "vi", "case", "disclosed", "1"]);
    assert!(
        d.contains("Họ đã lấy được: địa chỉ bưu chính; bốn số cuối của thẻ (•••• 4821)"),
        "{d}"
    );

    // Another card at the bank: not at risk any more, and why.
    env.json(&[
        "accounts",
        "details",
        "Example Bank",
        "--checks",
        "card",
        "--value",
        "card=1111",
    ]);
    let r = env.json(&["accounts", "exposure"]);
    assert_eq!(services(&r["at_risk"]), ["Example Retail"]);
    let bank = r["not_at_risk"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["account"]["service"] == "Example Bank")
        .unwrap();
    assert_eq!(bank["why"], "different_value");

    // Forgetting the retailer's answer takes it out of the chain.
    env.json(&[
        "accounts",
        "details",
        "Example Retail",
        "--forget",
        "address",
    ]);
    let r = env.json(&["accounts", "exposure"]);
    assert!(r["at_risk"].as_array().unwrap().is_empty());
    let text = env.text(&["accounts", "exposure"]);
    assert!(text.contains("None of your other accounts"), "{text}");
}

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let env = env();
    seed(&env);
    let before = env.json(&["accounts", "exposure"]);
    for (args, code) in [
        (
            &[
                "accounts",
                "details",
                "Example Bank",
                "--value",
                "card_last_four=4111111111114821",
            ][..],
            "exposure_card_not_four_digits",
        ),
        (
            &[
                "accounts",
                "details",
                "Example Bank",
                "--holds",
                "shoe size",
            ][..],
            "exposure_unknown_detail",
        ),
        (
            &["accounts", "details", "Example Bank", "--stake", "fame"][..],
            "exposure_unknown_stake",
        ),
        (
            &["accounts", "details", "Example Bank", "--value", "4821"][..],
            "exposure_value_without_detail",
        ),
        (
            &["accounts", "details", "Nowhere Ltd"][..],
            "account_not_found",
        ),
        (
            &["accounts", "details", "  ", "--checks", "address"][..],
            "field_required",
        ),
        (
            &["accounts", "lockdown", "Example Bank", "dance"][..],
            "exposure_unknown_step",
        ),
        (
            &["accounts", "lockdown", "Example Bank", "number-lock"][..],
            "exposure_step_not_in_plan",
        ),
        (
            &["accounts", "lockdown", "Example Mail", "letter"][..],
            "exposure_step_not_in_plan",
        ),
        (
            &["case", "disclosed", "9", "--got", "address"][..],
            "alert_not_found",
        ),
        (
            &[
                "case",
                "disclosed",
                "1",
                "--got",
                "phone",
                "--value",
                "phone=12",
            ][..],
            "exposure_bad_phone",
        ),
    ] {
        let e = env.fails(args, 1);
        assert_eq!(e["code"], code, "{args:?}: {e}");
        // A blank name needs no hint beyond "Service is required."
        assert!(
            e["hint"].is_string() || code == "field_required",
            "{args:?}: {e}"
        );
        assert!(
            !e.to_string().contains("4111"),
            "the card number is not repeated: {e}"
        );
    }
    // A bad value with --forget: nothing forgotten either.
    let e = env.fails(
        &[
            "accounts",
            "details",
            "Example Retail",
            "--forget",
            "address",
            "--value",
            "card_last_four=12",
        ],
        1,
    );
    assert_eq!(e["code"], "exposure_card_not_four_digits");
    assert_eq!(env.json(&["accounts", "exposure"]), before);
    // In Vietnamese too, in words.
    let out = env
        .cmd()
        .args([
            "--lang",
            "vi",
            "accounts",
            "details",
            "Example Bank",
            "--value",
            "card=12",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Bốn số cuối của thẻ phải đúng 4 chữ số"),
        "{err}"
    );
}

/// The alert's evidence is a real-shaped transcript (tests/fixtures/transcripts): Steward reads
/// what the agent gave away, shows it masked, and `--accept` confirms it as it is.
#[test]
fn the_evidence_is_read_and_accepted() {
    let env = env();
    env.json(&[
        "case",
        "new",
        "A chat I never had",
        "--service",
        "Example Pay",
    ]);
    let transcript = common::repo_path("tests/fixtures/transcripts/hiroshima-2014-last-four.txt");
    env.json(&[
        "case",
        "attach",
        "1",
        transcript.to_str().unwrap(),
        "--transcript",
    ]);
    env.json(&[
        "case",
        "alert",
        "1",
        "--kind",
        "contact-not-made",
        "-s",
        "A transcript of a chat I never had",
        "--attachment",
        "1",
    ]);
    let shown = env.json(&["case", "disclosed", "1"]);
    assert!(
        shown["disclosures"].as_array().unwrap().is_empty(),
        "{shown}"
    );
    let card = shown["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["detail"] == "card_last_four")
        .unwrap_or_else(|| panic!("{shown}"));
    assert_eq!(card["given"], true);
    assert_eq!(card["hint"], "•••• 4821");
    let text = env.text(&["case", "disclosed", "1"]);
    assert!(
        text.contains("they got last four digits of a card (•••• 4821)"),
        "{text}"
    );
    assert!(text.contains("steward case disclosed 1 --accept"), "{text}");
    assert!(!text.replace("•••• 4821", "").contains("4821"), "{text}");

    let saved = env.json(&["case", "disclosed", "1", "--accept"]);
    let card = saved["disclosures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["detail"] == "card_last_four")
        .unwrap();
    assert_eq!(card["given"], true);
    assert_eq!(card["from_transcript"], true);
    assert_eq!(card["hint"], "•••• 4821");
    // The bank with that card is now at risk through it.
    env.json(&["case", "new", "Account", "--service", "Example Bank"]);
    env.json(&[
        "accounts",
        "details",
        "Example Bank",
        "--checks",
        "card_last_four",
        "--value",
        "card_last_four=4821",
    ]);
    let r = env.json(&["accounts", "exposure"]);
    assert_eq!(r["at_risk"][0]["account"]["service"], "Example Bank", "{r}");
    assert_eq!(r["at_risk"][0]["reasons"][0]["alert_numbers"][0], 1);
    let vi = env.text(&["--lang", "vi", "case", "disclosed", "1"]);
    assert!(
        vi.contains("Họ đã lấy được: bốn số cuối của thẻ (•••• 4821)"),
        "{vi}"
    );
}
