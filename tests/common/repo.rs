//! Where the repository is. The test helpers here serve the core's integration tests (tests/,
//! in the package at the repository's root) and, included with `#[path]`, the CLI's
//! (cli/tests/, in the `steward-cli` package one folder down).

use std::path::{Path, PathBuf};

/// `rel` (e.g. "tests/fixtures/corpus") under the repository's root, from either package.
pub fn repo_path(rel: &str) -> PathBuf {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = match env!("CARGO_PKG_NAME") {
        "steward-cli" => package.parent().expect("cli/ sits in the repository"),
        _ => package,
    };
    root.join(rel)
}

/// What the start script of a test server wrote (`KEY=value` lines in `<state>/<file>`, e.g.
/// `scripts/rt/rt-up.sh` → `scripts/rt/.rt-state/rt.env`), read as a closure over one read of
/// the file: the environment variable of the same name wins, and `$<state_var>` moves the
/// state folder (`state_dir`, relative to the repository's root, otherwise).
pub fn server_settings(
    state_var: &str,
    state_dir: &str,
    file: &str,
) -> impl Fn(&str) -> Option<String> {
    let dir = std::env::var(state_var)
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_path(state_dir));
    let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
    move |key: &str| {
        std::env::var(key).ok().or_else(|| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}=")).map(str::to_string))
        })
    }
}
