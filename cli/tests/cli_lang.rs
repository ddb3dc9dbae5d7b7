//! The CLI speaks the person's language: `--lang`, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG,
//! else English; an unknown language is a clear error; `--json` keeps the code and arguments
//! the same in every language, with the words in `message`.

use assert_cmd::Command;
use serde_json::Value;

fn steward(env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::cargo_bin("steward").unwrap();
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn json_error(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stderr).expect("a JSON error")
}

#[test]
fn an_unknown_language_is_a_clear_error_in_the_language_asked_before() {
    let en = json_error(steward(&[]).args(["--json", "--lang", "xx", "status"]));
    assert_eq!(en["code"], "unknown_language");
    assert_eq!(en["args"]["language"], "xx");
    assert_eq!(en["message"], "Steward has no language \"xx\".");
    assert!(en["hint"].as_str().unwrap().contains("en, vi"));

    let vi =
        json_error(steward(&[("LANG", "vi_VN.UTF-8")]).args(["--json", "--lang", "xx", "status"]));
    assert_eq!(vi["code"], en["code"], "codes are language-neutral");
    assert_eq!(vi["args"], en["args"], "arguments are language-neutral");
    assert_ne!(vi["message"], en["message"]);
    assert!(vi["message"].as_str().unwrap().contains("ngôn ngữ"), "{vi}");
}

#[test]
fn the_environment_picks_the_language_and_lang_overrides_it() {
    let text = |cmd: &mut Command| {
        let out = cmd.output().unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // The same wrong --lang, so the words are the error's; which language says it?
    let from_language = text(
        steward(&[("LANGUAGE", "fr:vi"), ("LANG", "en_US.UTF-8")]).args(["--lang", "zz", "status"]),
    );
    assert!(
        from_language.contains("ngôn ngữ"),
        "LANGUAGE's first known entry wins: {from_language}"
    );
    let c_locale = text(steward(&[("LANG", "C.UTF-8")]).args(["--lang", "zz", "status"]));
    assert!(
        c_locale.contains("has no language"),
        "C is English: {c_locale}"
    );
    let vi = text(steward(&[("LC_ALL", "vi_VN.UTF-8")]).args(["--lang", "zz", "status"]));
    assert!(vi.starts_with("lỗi: Steward chưa có"), "{vi}");
}

#[test]
fn lang_sets_the_language_of_a_whole_command() {
    let dir = tempfile::tempdir().unwrap();
    // A wrong passphrase file: the error comes from the core, in the language asked for.
    std::fs::write(dir.path().join("pass"), "x\n").unwrap();
    let run = |lang: &str| {
        let out = steward(&[])
            .env("STEWARD_DATA_DIR", dir.path().join("nothing-here"))
            .args([
                "--json",
                "--lang",
                lang,
                "phone",
                "check",
                "0912345678",
                "--region",
                "QQ",
            ])
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stderr).expect("a JSON error")
    };
    let (en, vi) = (run("en"), run("vi"));
    assert_eq!(en["code"], "unknown_region");
    assert_eq!(en["code"], vi["code"]);
    assert_eq!(en["args"], vi["args"]);
    if steward::i18n::has("unknown_region") {
        assert_ne!(
            en["message"], vi["message"],
            "the core's error is in Vietnamese too"
        );
    }
}

/// A command line clap refuses is said in the person's language too: the unknown command, the
/// missing argument, a value the option does not take (with those it does), the labels; the
/// names as typed. English keeps clap's own words.
#[test]
fn a_refused_command_line_is_said_in_the_language_asked() {
    let stderr = |cmd: &mut Command| {
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let vi = [("LANG", "vi_VN.UTF-8")];
    for (args, expected) in [
        (
            vec!["case", "frobnicate"],
            "lỗi: Không có lệnh 'frobnicate'.",
        ),
        (
            vec!["case", "list", "--frob"],
            "lỗi: Ở đây không có tùy chọn '--frob'.",
        ),
        (vec!["case", "complaint", "mark"], "lỗi: Còn thiếu: <CASE>."),
        (
            vec!["case", "log", "1", "--summary", "x", "--channel", "fax"],
            "lỗi: 'fax' không phải là giá trị mà --channel",
        ),
    ] {
        for cmd in [
            steward(&vi).args(&args),
            steward(&[]).arg("--lang").arg("vi").args(&args),
        ] {
            let said = stderr(cmd);
            assert!(said.starts_with(expected), "{args:?}: {said}");
            assert!(said.contains("gợi ý: "), "{said}");
            for english in [
                "error:",
                "Usage",
                "unrecognized",
                "required",
                "invalid value",
            ] {
                assert!(!said.contains(english), "{english:?} left in {said}");
            }
        }
    }
    let json = json_error(steward(&vi).args(["--json", "case", "frobnicate"]));
    assert_eq!(json["code"], "invalid_arguments");
    assert_eq!(json["message"], "Không có lệnh 'frobnicate'.");
    assert!(json["hint"].as_str().unwrap().contains("--help"));
    // English: clap's words, as before.
    let en = stderr(steward(&[]).args(["case", "frobnicate"]));
    assert!(
        en.starts_with("error: unrecognized subcommand 'frobnicate'"),
        "{en}"
    );
    // A group without its command still shows its help, in Vietnamese.
    let out = steward(&vi).args(["case"]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Cách dùng")
            || String::from_utf8_lossy(&out.stdout).contains("Cách dùng")
    );
}
