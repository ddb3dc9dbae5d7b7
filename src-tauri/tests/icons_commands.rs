//! Service icons over IPC (Tauri's mock runtime, the real capabilities): the code list's
//! entries and the directory's search results carry the badge the window draws — an icon slug
//! for a known service, a monogram otherwise. The directory data are the repository's snapshot
//! saved as a fresh copy in the test's data directory: nothing is downloaded.

mod support;

use serde_json::{json, Value};
use support::Harness;

fn fresh_directory(data_dir: &std::path::Path) {
    let dir = data_dir.join("directory");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        support::corpus_dir().join("2fa-directory/all.v3.json"),
        dir.join("all.v3.json"),
    )
    .unwrap();
    let meta = json!({
        "url": steward::directory::DirectoryCache::DEFAULT_URL,
        "fetched_at": chrono::Utc::now().to_rfc3339(),
        "etag": null,
    });
    std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
}

#[test]
fn search_results_carry_icon_or_monogram() {
    let h = Harness::with(|state| fresh_directory(&state.data_dir));
    h.unlock();
    let found: Vec<Value> = h.call("directory_search", json!({ "query": "github", "limit": 5 }));
    let gh = found
        .iter()
        .find(|s| s["name"] == "GitHub")
        .expect("GitHub");
    assert_eq!(gh["badge"]["icon"]["slug"], "github");
    assert_eq!(gh["badge"]["monogram"]["letters"], "G");
    // A service simple-icons does not have: a monogram, no icon.
    let found: Vec<Value> = h.call(
        "directory_search",
        json!({ "query": "101domain", "limit": 1 }),
    );
    assert_eq!(found[0]["badge"]["icon"], Value::Null);
    assert_eq!(found[0]["badge"]["monogram"]["letters"], "1");
}
