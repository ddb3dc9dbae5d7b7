//! The directory kept in memory for a running app, so every search doesn't re-read the saved
//! copies: loaded on first use and again after a day — an hour while it is stale (offline), five
//! minutes while it is empty — the same rule for the window and the CLI.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;

use super::{Directory, DirectoryCache};

type Loaded = (PathBuf, Arc<Directory>, Instant);

static LOADED: Mutex<Option<Loaded>> = Mutex::new(None);

/// How long a loaded directory is kept before it is loaded again.
fn keep_for(d: &Directory) -> Duration {
    Duration::from_secs(if d.is_empty() {
        5 * 60
    } else if d.origin().stale {
        3600
    } else {
        24 * 3600
    })
}

/// The directory for `data_dir` (see the module comment). Never an error: offline it is the
/// saved copy or empty, and says so in its origin.
pub fn loaded(data_dir: &Path) -> Arc<Directory> {
    let mut memo = LOADED.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((dir, d, at)) = memo.as_ref() {
        if dir == data_dir && at.elapsed() < keep_for(d) {
            return d.clone();
        }
    }
    let d = Arc::new(
        DirectoryCache::new(data_dir)
            .load(Utc::now())
            .unwrap_or_else(|_| Directory::empty()),
    );
    *memo = Some((data_dir.to_path_buf(), d.clone(), Instant::now()));
    d
}
