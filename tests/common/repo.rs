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
