//! `steward otp tag / untag / fav / tags / list --tag --fav`: favourites and tags on the command
//! line, in JSON (language-neutral) and in English and Vietnamese words; bad tags fail with their
//! codes and exit 1.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::PathBuf;

use serde_json::Value;
use support::CliEnv;

fn aegis() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/authenticator-exports/aegis_plain.json")
        .display()
        .to_string()
}

fn numbers(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|e| e["number"].as_i64().unwrap())
        .collect()
}

fn env(lang: &str) -> CliEnv {
    let mut env = CliEnv::new();
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        env = env.env_remove(var);
    }
    env.arg("--lang").arg(lang)
}

#[test]
fn tags_and_favourites_in_json() {
    let env = CliEnv::new();
    let added = env.json(&["otp", "import", &aegis()]);
    assert_eq!(added["added"].as_array().unwrap().len(), 7);

    let fav = env.json(&["otp", "fav", "5"]);
    assert_eq!(fav["favourite"], true);
    let list = env.json(&["otp", "list"]);
    assert_eq!(
        numbers(&list),
        vec![5, 1, 2, 3, 4, 6, 7],
        "favourites first"
    );

    let tagged = env.json(&["otp", "tag", "1", " Work ", "bank"]);
    assert_eq!(tagged["tags"], serde_json::json!(["bank", "Work"]));
    env.json(&["otp", "tag", "5", "WORK"]);
    let tags = env.json(&["otp", "tags"]);
    assert_eq!(
        tags,
        serde_json::json!([{"tag": "bank", "accounts": 1}, {"tag": "Work", "accounts": 2}])
    );
    assert_eq!(
        numbers(&env.json(&["otp", "list", "--tag", "work"])),
        vec![5, 1]
    );
    assert_eq!(
        numbers(&env.json(&["otp", "list", "--tag", "work", "--fav"])),
        vec![5]
    );
    assert_eq!(numbers(&env.json(&["otp", "list", "--fav"])), vec![5]);
    assert_eq!(
        numbers(&env.json(&["otp", "list", "--tag", "nobody"])),
        Vec::<i64>::new()
    );

    let untagged = env.json(&["otp", "untag", "1", "BANK"]);
    assert_eq!(untagged["tags"], serde_json::json!(["Work"]));
    let off = env.json(&["otp", "fav", "5", "--off"]);
    assert_eq!(off["favourite"], false);
    assert_eq!(numbers(&env.json(&["otp", "list"]))[0], 1);

    // Bad input: codes, exit 1, nothing on stdout.
    let long = "x".repeat(33);
    assert_eq!(
        env.fails(&["otp", "tag", "1", &long], 1)["code"],
        "otp_tag_too_long"
    );
    assert_eq!(
        env.fails(&["otp", "tag", "1", "wORK"], 1)["code"],
        "otp_tag_duplicate"
    );
    assert_eq!(
        env.fails(&["otp", "tag", "1", "  "], 1)["code"],
        "otp_tag_empty"
    );
    assert_eq!(
        env.fails(&["otp", "untag", "2", "Work"], 1)["code"],
        "otp_tag_not_found"
    );
    assert_eq!(
        env.fails(&["otp", "tag", "99", "Work"], 1)["code"],
        "otp_account_not_found"
    );
    let twenty: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
    let mut args = vec!["otp", "tag", "3"];
    args.extend(twenty.iter().map(String::as_str));
    assert_eq!(env.fails(&args, 1)["code"], "otp_tag_too_many");
}

#[test]
fn tags_and_favourites_in_english_and_vietnamese() {
    for (lang, fav_word, none_word, count_word, dup_word) in [
        (
            "en",
            "is a favourite",
            "No tags yet",
            "2 accounts",
            "already has the tag",
        ),
        (
            "vi",
            "đã là tài khoản yêu thích",
            "Chưa có nhãn nào",
            "2 tài khoản",
            "đã có nhãn",
        ),
    ] {
        let env = env(lang);
        env.text(&["otp", "import", &aegis()]);
        assert!(env.text(&["otp", "tags"]).contains(none_word), "{lang}");
        assert!(env.text(&["otp", "fav", "2"]).contains(fav_word), "{lang}");
        let tagged = env.text(&["otp", "tag", "2", "Work"]);
        assert!(tagged.contains("#Work"), "{lang}: {tagged}");
        env.text(&["otp", "tag", "3", "work"]);
        let tags = env.text(&["otp", "tags"]);
        assert!(
            tags.contains("#Work") && tags.contains(count_word),
            "{lang}: {tags}"
        );
        let list = env.text(&["otp", "list"]);
        let first = list.lines().next().unwrap();
        assert!(
            first.contains("2 ★") && first.contains("#Work"),
            "{lang}: {list}"
        );
        let out = env
            .cmd()
            .args(["otp", "tag", "2", "WORK"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(dup_word), "{lang}: {err}");
    }
}
