//! `--help` follows the language: every command of the tree (found by reading the English help's
//! command lists, so a new command is walked without editing this test), asked with
//! `--lang vi` and with `LANG=vi_VN.UTF-8`, prints help with no English word left but command
//! names, options, values, placeholders and product names; English help is clap's own, the same
//! with `--lang en`, `LANG=en_GB.UTF-8` or no language at all.

use std::collections::BTreeSet;

use assert_cmd::Command;

fn steward(env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::cargo_bin("steward").unwrap();
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.env_remove("STEWARD_DATA_DIR");
    cmd.env_remove("STEWARD_PASSPHRASE_FILE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn help(env: &[(&str, &str)], args: &[&str]) -> String {
    let out = steward(env).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    assert!(out.stderr.is_empty(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Every command path, from the English help's "Commands:" lists.
fn commands() -> Vec<Vec<String>> {
    let mut out = vec![];
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let text = help(&[], &args);
        if let Some((_, list)) = text.split_once("\nCommands:\n") {
            for line in list.lines().take_while(|l| l.starts_with("  ")) {
                let name = line.split_whitespace().next().unwrap();
                if name != "help" {
                    let mut p = path.clone();
                    p.push(name.to_string());
                    todo.push(p);
                }
            }
        }
        out.push(path);
    }
    out.sort();
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '_'))
        .map(|w| w.trim_matches('\''))
        // "2FA", "25m", "1h10m": codes and durations, not words
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .map(str::to_string)
        .collect()
}

/// What may stay as it is in every language, read off the English help: command names, the
/// option lines (`-s, --summary <SUMMARY>`), the usage line, values (`[possible values: …]`,
/// `- rt: …`), environment variables, and whatever the help quotes (`case show`, "now").
fn kept(english: &str, out: &mut BTreeSet<String>) {
    let mut quoted = |s: &str| out.extend(words(s));
    for line in english.lines() {
        let t = line.trim_start();
        if t.starts_with('-') && !t.starts_with("- ") || t.starts_with('<') {
            // `-s, --summary <SUMMARY>`, and in short help the help after two spaces
            quoted(t.split("  ").next().unwrap_or(""));
        }
        if let Some(u) = t.strip_prefix("Usage:") {
            quoted(u);
        }
        if line.starts_with("  ") && !line.starts_with("   ") {
            quoted(t.split_whitespace().next().unwrap_or(""));
        }
        if let Some(v) = t.strip_prefix("- ") {
            quoted(v.split(':').next().unwrap_or(""));
        }
    }
    for (open, close) in [
        ("`", "`"),
        ("\"", "\""),
        ("[possible values:", "]"),
        ("[env:", "]"),
        ("[alias:", "]"),
    ] {
        let mut rest = english;
        while let Some((_, after)) = rest.split_once(open) {
            let Some((inside, after)) = after.split_once(close) else {
                break;
            };
            quoted(inside);
            rest = after;
        }
    }
}

/// Names and values the help writes in its own words that are the same in every language:
/// products, formats, standards, and values options take that their help lists inline.
const SAME_EVERYWHERE: &[&str] = &[
    // products and formats
    "Steward",
    "JSON",
    "stdout",
    "stderr",
    "privacyIDEA",
    "QR",
    "otpauth",
    "Aegis",
    "RT",
    "PDF",
    "URL",
    "SHA",
    "SMS",
    "passkey",
    "HOTP",
    "REST",
    "Zendesk",
    "RFC",
    "tsr",
    "sig",
    "andOTP",
    "Bitwarden",
    "Ente",
    "FreeOTP",
    "Proton",
    "Google",
    "Authenticator",
    "SVG",
    "OAuth",
    "API",
    "Cloudflare",
    "GitHub",
    "ISO",
    "PNG",
    "JPEG",
    "Base",
    "Steam",
    "Guard",
    "Request",
    "Tracker",
    "Requests",
    "Redmine",
    "django",
    "helpdesk",
    "directory",
    "Amazon",
    "amazon",
    "de",
    "com",
    "https",
    "http",
    "example",
    "alice",
    "Europe",
    "London",
    "AAAA",
    "YYYY",
    "MM",
    "DD",
    "md",
    "html",
    "eml",
    "ics",
    "pdf",
    "json",
    "brief",
    "chat",
    "web",
    "app",
    "link",
    "e",
    // country codes and language codes
    "VN",
    "GB",
    "US",
    "EU",
    "en",
    "vi",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "STEWARD_TIME_SERVER",
    // values options take, listed in their help
    "phone",
    "email",
    "portal",
    "social",
    "in_person",
    "letter",
    "outbound",
    "inbound",
    "unsolicited",
    "ordinary",
    "complaint_made",
    "final_response",
    "open",
    "waiting_on_them",
    "waiting_on_me",
    "escalated",
    "resolved",
    "financial",
    "services",
    "payment",
    "energy",
    "telecoms",
    "england",
    "and",
    "wales",
    "scotland",
    "northern",
    "ireland",
    "change",
    "password",
    "review",
    "activity",
    "two",
    "step",
    "tell",
    "support",
    "verification",
    "note",
    "card",
    "iban",
    "reset_link",
    "address",
    "id_number",
    "yes",
    "no",
    "both",
    "none",
    "now",
    "latest",
    "aegis",
    "uris",
    "qr",
    "rt",
    "zendesk",
    "redmine",
    "security_key",
    "totp",
    "sms",
    "call",
    "custom_software",
    "custom_hardware",
    "complaint",
    "chaser",
    "referral",
    "General",
    "andotp",
    "bitwarden",
    "ente",
    "freeotp_plus",
    "proton",
    "google",
    "allowed_signers",
    "ssh",
    "ed25519",
    "alert",
    "Example",
    "Shop",
    "m",
    "h",
    "s",
    "mail",
    "Base32",
    "SHA1",
    "SHA256",
    "SHA512",
    "REST2",
    "migration",
    "plus",
    "signers",
    "allowed",
    // The exposure chain's ids (steward accounts details|lockdown, case disclosed).
    "card_last_four",
    "date_of_birth",
    "security_answers",
    "support_pin",
    "money",
    "shopping",
    "other",
    "pin",
    "detail",
    "sign",
    "before",
    "lock",
];

/// Vietnamese words spelt like English ones ("in" is Vietnamese for "print").
const VIETNAMESE: &[&str] = &["in", "do", "to", "con", "an"];

fn has_vietnamese_letters(s: &str) -> bool {
    s.chars()
        .any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ".contains(c))
}

#[test]
fn every_command_s_help_reads_in_vietnamese() {
    let paths = commands();
    assert!(
        paths.len() > 60,
        "the whole tree is walked: {}",
        paths.len()
    );
    let mut allowed: BTreeSet<String> = SAME_EVERYWHERE
        .iter()
        .chain(VIETNAMESE)
        .map(|s| s.to_string())
        .collect();
    let mut vocabulary = BTreeSet::new();
    let mut english = Vec::new();
    for path in &paths {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let en = help(&[], &args);
            kept(&en, &mut allowed);
            vocabulary.extend(words(&en));
            english.push((args.join(" "), en));
        }
    }
    let mut left = BTreeSet::new();
    for (args, en) in &english {
        let vi_args: Vec<&str> = ["--lang", "vi"]
            .into_iter()
            .chain(args.split(' '))
            .collect();
        let vi = help(&[], &vi_args);
        assert_ne!(&vi, en, "{args}: still English");
        assert!(has_vietnamese_letters(&vi), "{args}: {vi}");
        for heading in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
        ] {
            assert!(
                !vi.contains(heading),
                "{args}: clap's {heading:?} left:\n{vi}"
            );
        }
        for w in words(&vi) {
            if vocabulary.contains(&w) && !allowed.contains(&w) {
                left.insert(format!("{args}: {w}"));
            }
        }
        // LANG picks the same language as --lang.
        let by_env = help(
            &[("LANG", "vi_VN.UTF-8")],
            &args.split(' ').collect::<Vec<_>>(),
        );
        assert_eq!(by_env, vi, "{args}: LANG=vi reads like --lang vi");
    }
    assert!(
        left.is_empty(),
        "English words left in the Vietnamese help:\n{}",
        left.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn english_help_is_clap_s_own_in_every_way_of_asking_for_english() {
    for path in [
        vec![],
        vec!["case", "log"],
        vec!["case", "alert"],
        vec!["share", "helpdesk", "set"],
        vec!["otp", "add"],
    ] {
        let mut args: Vec<&str> = path.clone();
        args.push("--help");
        let plain = help(&[], &args);
        let mut with_lang = vec!["--lang", "en"];
        with_lang.extend(&args);
        assert_eq!(help(&[], &with_lang), plain, "{args:?}");
        assert_eq!(help(&[("LANG", "en_GB.UTF-8")], &args), plain, "{args:?}");
        // English given on the command line wins over a Vietnamese environment.
        assert_eq!(
            help(&[("LANG", "vi_VN.UTF-8")], &with_lang),
            plain,
            "{args:?}"
        );
        assert!(plain.contains("\nUsage: steward"), "{plain}");
        assert!(plain.contains("[env: STEWARD_DATA_DIR=]"), "{plain}");
    }
    // The help subcommand and -h follow the language too.
    let vi = help(&[], &["--lang", "vi", "help", "case", "log"]);
    assert_eq!(vi, help(&[], &["--lang", "vi", "case", "log", "--help"]));
}

#[test]
fn a_command_group_without_its_command_shows_its_help_in_the_language() {
    let out = steward(&[])
        .args(["--lang", "vi", "case"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("Cách dùng: steward case"), "{text}");
    assert!(text.contains("Vụ việc"), "{text}");
    let en = steward(&[]).args(["case"]).output().unwrap();
    assert_eq!(out.status.code(), en.status.code());
    assert!(String::from_utf8_lossy(&en.stderr).contains("Usage: steward case"));
}

#[test]
fn an_unknown_language_leaves_the_help_in_english() {
    // `--lang xx --help`: help is asked for before the language is checked; English, as clap's.
    let out = help(&[], &["--lang", "xx", "status", "--help"]);
    assert_eq!(out, help(&[], &["status", "--help"]));
}
