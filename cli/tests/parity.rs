//! Every CLI command has a row in docs/parity.md (where it lives in the window, or why not), and
//! every row names a command that exists: the command tree is walked through `steward help …`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// `steward help <path…>`, in English whatever the environment says.
fn help(path: &[String]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_steward"))
        .args(["--lang", "en", "help"])
        .args(path)
        .env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run steward help");
    assert!(out.status.success(), "steward help {path:?} failed");
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

/// The subcommands a help text lists under "Commands:" (without `help`), and whether the
/// command also runs on its own (`[COMMAND]`: optional) rather than needing one (`<COMMAND>`).
fn subcommands(text: &str) -> (Vec<String>, bool) {
    let runs_alone = text
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .is_some_and(|l| !l.contains("<COMMAND>"));
    let mut names = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("Commands:") {
            inside = true;
        } else if inside && line.trim().is_empty() {
            break;
        } else if inside && line.starts_with("  ") && !line.starts_with("   ") {
            let name = line.split_whitespace().next().unwrap_or_default();
            if name != "help" && !name.is_empty() {
                names.push(name.to_string());
            }
        }
    }
    (names, runs_alone)
}

/// Every command a person can run: the leaves, and a group that also runs on its own.
fn walk(path: Vec<String>, found: &mut BTreeSet<String>) {
    let (subs, runs_alone) = subcommands(&help(&path));
    if (subs.is_empty() || runs_alone) && !path.is_empty() {
        found.insert(format!("steward {}", path.join(" ")));
    }
    for s in subs {
        let mut next = path.clone();
        next.push(s);
        walk(next, found);
    }
}

/// The commands the table's rows name: its first column, `steward …` in backticks.
fn documented() -> BTreeSet<String> {
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/parity.md");
    let text = std::fs::read_to_string(&doc).expect("docs/parity.md");
    let mut rows = BTreeSet::new();
    for line in text.lines() {
        let Some(first) = line.strip_prefix("| `") else {
            continue;
        };
        let cmd = first.split('`').next().unwrap_or_default();
        assert!(
            cmd.starts_with("steward"),
            "docs/parity.md: a row that names no command: {line}"
        );
        let status = line.split('|').nth(2).unwrap_or_default().trim();
        assert!(
            ["yes", "partly", "by design", "not yet: issue 18"].contains(&status),
            "docs/parity.md: `{cmd}` has no status (yes, partly, by design, not yet: issue 18)"
        );
        let where_ = line.split('|').nth(3).unwrap_or_default().trim();
        assert!(
            !where_.is_empty(),
            "docs/parity.md: `{cmd}` says neither where it is nor why not"
        );
        assert!(
            rows.insert(cmd.to_string()),
            "docs/parity.md: `{cmd}` twice"
        );
    }
    rows
}

#[test]
fn every_cli_command_has_a_row_in_docs_parity() {
    let mut cli = BTreeSet::new();
    walk(Vec::new(), &mut cli);
    assert!(
        cli.contains("steward case new") && cli.contains("steward otp backup-codes use"),
        "the walk found the tree: {cli:?}"
    );
    let doc = documented();
    let missing: Vec<_> = cli.difference(&doc).collect();
    let gone: Vec<_> = doc.difference(&cli).collect();
    assert!(
        missing.is_empty(),
        "CLI commands with no row in docs/parity.md (say where they are in the window, or why \
         not): {missing:?}"
    );
    assert!(
        gone.is_empty(),
        "docs/parity.md names commands the CLI no longer has: {gone:?}"
    );
}
