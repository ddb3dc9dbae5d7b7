//! The message catalogue (`locales/<lang>/*.ftl`) is whole in every language: every file parses,
//! no id is defined twice, every message English has is in every language with the same
//! placeholders and attributes and vice versa, every message renders with sample arguments,
//! nothing is still in English, every id the code names exists and every id exists for a
//! reason (named somewhere in the code, or marked as used by pattern).

use std::collections::BTreeSet;
use std::path::Path;

use steward::i18n::{check, tr_in, Lang};

#[test]
fn the_catalogue_is_whole_in_every_language() {
    let problems = check::problems();
    assert!(
        problems.is_empty(),
        "{} problems in locales/:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_message_renders_in_every_language_with_sample_arguments() {
    let ids = check::english_ids();
    assert!(ids.len() > 100, "the catalogue is there");
    for lang in Lang::all() {
        for (id, entry) in &ids {
            if !entry.has_value {
                continue;
            }
            for n in [0, 1, 2, 21] {
                let text = tr_in(lang, id, &check::sample_args(&entry.variables, n));
                assert!(!text.is_empty(), "{lang}: {id} renders empty");
                assert_ne!(&text, id, "{lang}: {id} renders as its id");
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.contains("???"),
                    "{lang}: {id} left a placeholder unfilled: {text}"
                );
            }
        }
    }
}

/// Source files that can name a message id.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["src", "cli/src", "src-tauri/src", "ui/src"] {
        walk(&root.join(dir), &mut out);
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "bindings") {
                continue;
            }
            walk(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| x == "rs" || x == "ts" || x == "tsx")
        {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), text));
            }
        }
    }
}

#[test]
fn every_id_the_code_names_is_in_the_catalogue() {
    let ids = check::english_ids();
    let mut missing = BTreeSet::new();
    for (file, text) in sources() {
        if file.contains("/src/i18n/") {
            continue; // the catalogue's own code and docs
        }
        for pattern in [
            "t!(\"",
            "tr(\"",
            "i18n::lookup(\"",
            "tr_in(lang, \"",
            "Message::new(\"",
        ] {
            for (i, _) in text.match_indices(pattern) {
                // `tr("` inside `push_str("` is not a lookup.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + pattern.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if !ids.contains_key(id) && !id.contains('{') {
                    missing.insert(format!("{file}: {id}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids not in locales/en:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_id_in_the_catalogue_is_used() {
    let ids = check::english_ids();
    let all: String = sources()
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    let unused: Vec<String> = ids
        .iter()
        .filter(|(id, e)| !e.used_by_pattern && !all.contains(&format!("\"{id}\"")))
        .map(|(id, e)| format!("{} in {}", id, e.file))
        .collect();
    assert!(
        unused.is_empty(),
        "{} ids no code names (remove them, or mark the message `# used by pattern: …`):\n{}",
        unused.len(),
        unused.join("\n")
    );
}
