//! `steward case export --lang vi`: the export in the reader's language, whatever Steward's own
//! is; a language Steward doesn't have is refused. A small runner of its own (passphrase-only
//! profile in a temporary folder), so it doesn't depend on the shared test harness.

use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery staple";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pass"), format!("{PASSPHRASE}\n")).unwrap();
        Env { dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_steward"))
            .env("STEWARD_DATA_DIR", self.dir.path().join("data"))
            .env("STEWARD_PASSPHRASE_FILE", self.dir.path().join("pass"))
            .env("STEWARD_KEYRING", "off")
            // Steward's own language is English: only --lang of the export says Vietnamese.
            .env("LANGUAGE", "en")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .arg("--no-keyring")
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

fn seed(env: &Env) {
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
    let env = Env::new();
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

    let md = env.path("case.md");
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

    let json = env.path("case.json");
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
    let env = Env::new();
    seed(&env);
    let out = env.run(&["case", "export", "1", "--format", "brief", "--lang", "xx"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("xx") && err.contains("vi"), "{err}");
}
