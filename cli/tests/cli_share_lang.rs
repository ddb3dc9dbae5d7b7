//! `steward case export --lang vi`: the export in the reader's language, whatever Steward's own
//! is; a language Steward doesn't have is refused.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::process::Output;

use support::CliEnv;

/// A profile whose Steward speaks English: only the export's --lang says Vietnamese.
fn english_env() -> CliEnv {
    CliEnv::new()
        .env("LANGUAGE", "en")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

trait Run {
    fn run(&self, args: &[&str]) -> Output;
    fn ok(&self, args: &[&str]) -> String;
}

impl Run for CliEnv {
    fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        self.text(args)
    }
}

fn seed(env: &CliEnv) {
    env.ok(&[
        "--json",
        "case",
        "new",
        "Card charged twice",
        "--service",
        "Bank",
    ]);
    env.ok(&[
        "--json",
        "case",
        "log",
        "1",
        "-s",
        "Gave card 4111 1111 1111 1111 and phone +84 912 345 678; your code is 493817",
        "--team",
        "Cards",
        "--ref",
        "CRD-1",
        "--verified",
        "yes",
    ]);
}

fn no_secret(what: &str, text: &str) {
    for s in [
        "4111 1111 1111 1111",
        "4111111111111111",
        "912 345 678",
        "493817",
    ] {
        assert!(!text.contains(s), "{what} leaks {s}:\n{text}");
    }
}

#[test]
fn case_export_lang_vi() {
    let env = english_env();
    seed(&env);
    let brief = env.ok(&["case", "export", "1", "--format", "brief", "--lang", "vi"]);
    for words in [
        "Vụ việc 1: Card charged twice",
        "Đánh giá",
        "Danh tính",
        "[thẻ đuôi 1111]",
    ] {
        assert!(brief.contains(words), "brief lacks {words:?}:\n{brief}");
    }
    assert!(brief.contains("CRD-1"), "{brief}");
    assert!(!brief.contains("Assessment"), "{brief}");
    no_secret("brief", &brief);

    // Without --lang the export is in Steward's language, English.
    let english = env.ok(&["case", "export", "1", "--format", "brief"]);
    assert!(english.contains("Assessment") && english.contains("[card ending 1111]"));

    let md = env.path_arg("case.md");
    env.ok(&[
        "--json", "case", "export", "1", "--format", "md", "--out", &md, "--lang", "vi",
    ]);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("## Toàn bộ dòng thời gian"), "{text}");
    no_secret("Markdown", &text);
    // Signed like any export (valid; unpinned without --signer: exit 3).
    let v = env.run(&["--json", "share", "verify", &md]);
    assert_eq!(v.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&v.stdout).contains("\"unpinned\""));

    let json = env.path_arg("case.json");
    env.ok(&[
        "--json", "case", "export", "1", "--format", "json", "--out", &json, "--lang", "vi-VN",
    ]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["export"]["lang"], "vi");
    assert_eq!(doc["export"]["contacts"][0]["channel"], "phone");

    let letter = env.ok(&["case", "escalate", "1", "--lang", "vi"]);
    assert!(letter.contains("Kính gửi"), "{letter}");
    no_secret("letter", &letter);
}

#[test]
fn an_unknown_export_language_is_refused() {
    let env = english_env();
    seed(&env);
    let out = env.run(&["case", "export", "1", "--format", "brief", "--lang", "xx"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("xx") && err.contains("vi"), "{err}");
}
