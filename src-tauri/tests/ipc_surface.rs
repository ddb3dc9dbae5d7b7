//! The IPC surface, read from the source: no command takes a path from the page, and the page's
//! capabilities grant no file-system, store or dialog permission. Files are chosen in native
//! dialogs the commands open themselves (see `src/dialogs.rs`); preferences go through
//! `prefs_get`/`prefs_set`, which only know Steward's own keys in its own `prefs.json`.

use std::path::{Path, PathBuf};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// Every `.rs` file under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The text between the bracket at `open` and its match (`open` indexes `(`, `<` or `[`).
fn bracketed(text: &str, open: usize) -> &str {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[open + 1..open + i];
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced brackets after byte {open}");
}

/// Splits a parameter list at the commas that are not inside `<…>`, `(…)` or `[…]`.
fn split_params(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in list.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out.into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A command as written: its name and its parameters (`name: Type`), where it is.
struct Command {
    name: String,
    params: Vec<(String, String)>,
    at: String,
}

/// Every function marked `#[tauri::command]` (any form) in `src`.
fn commands(src: &Path) -> Vec<Command> {
    let mut out = Vec::new();
    for file in rust_files(src) {
        let text = std::fs::read_to_string(&file).expect("source file");
        let rel = file.strip_prefix(MANIFEST_DIR).unwrap_or(&file).display();
        let mut from = 0;
        while let Some(found) = text[from..].find("#[tauri::command") {
            let attr = from + found;
            let line = text[..attr].lines().count() + 1;
            let fn_at = attr
                + text[attr..]
                    .find("fn ")
                    .unwrap_or_else(|| panic!("{rel}:{line}: a command attribute without a fn"));
            let name: String = text[fn_at + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The parameter list is the first `(` after the name (generics come before it).
            let open = fn_at + text[fn_at..].find('(').expect("a parameter list");
            let params = split_params(bracketed(&text, open))
                .into_iter()
                .map(|p| match p.split_once(':') {
                    Some((n, t)) => (
                        n.trim().trim_start_matches("mut ").to_string(),
                        t.trim().to_string(),
                    ),
                    None => (p.clone(), String::new()),
                })
                .collect();
            out.push(Command {
                name,
                params,
                at: format!("{rel}:{line}"),
            });
            from = open;
        }
    }
    out
}

/// Why a parameter would let the page name a file, if it would.
fn path_like(name: &str, ty: &str) -> Option<&'static str> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    if words(ty)
        .iter()
        .any(|w| w == "Path" || w == "PathBuf" || w == "OsString" || w == "OsStr")
    {
        return Some("its type is a path");
    }
    const NAMES: &[&str] = &[
        "path",
        "paths",
        "dir",
        "dirs",
        "directory",
        "file",
        "files",
        "filename",
        "filepath",
        "folder",
        "folders",
    ];
    let lower = name.to_ascii_lowercase();
    if NAMES.contains(&lower.as_str())
        || lower.split('_').any(|w| NAMES.contains(&w))
        || lower.ends_with("path")
        || lower.ends_with("dir")
    {
        return Some("its name says it is a path");
    }
    None
}

/// The commands the page can be allowed to call: the last segment of each path in
/// commands.txt (build.rs makes the permissions and the handler from it).
fn registered_commands() -> Vec<String> {
    let list = std::fs::read_to_string(Path::new(MANIFEST_DIR).join("commands.txt"))
        .expect("commands.txt");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('#').next().unwrap_or(l).trim())
        .map(|p| p.rsplit("::").next().unwrap_or(p).to_string())
        .collect()
}

#[test]
fn no_command_takes_a_path_from_the_page() {
    let found = commands(&Path::new(MANIFEST_DIR).join("src"));
    // The reader must see every command the page can call, or the check below proves nothing.
    let names: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    for registered in registered_commands() {
        assert!(
            names.contains(&registered.as_str()),
            "commands.txt lists `{registered}` but no #[tauri::command] fn with that name was read \
             in src/; found: {names:?}"
        );
    }
    let offending: Vec<String> = found
        .iter()
        .flat_map(|c| {
            c.params.iter().filter_map(move |(name, ty)| {
                path_like(name, ty)
                    .map(|why| format!("{} ({}): `{name}: {ty}`: {why}", c.name, c.at))
            })
        })
        .collect();
    assert!(
        offending.is_empty(),
        "commands take a path from the page; open a native dialog from Rust instead \
         (src/dialogs.rs):\n  {}",
        offending.join("\n  ")
    );
}

#[test]
fn the_reader_sees_a_path_parameter() {
    // The check above, on a command that does take a path (today's verify, before the dialogs).
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("share.rs"),
        "#[tauri::command(async)]\npub fn share_verify(state: State<'_, AppState>, path: String) \
         -> Result<Verification, ErrorInfo> { todo!() }\n\
         #[tauri::command]\nfn open<R: Runtime>(app: AppHandle<R>, at: Option<std::path::PathBuf>) {}\n\
         #[tauri::command]\nfn save(out_dir: String, name: String) {}\n",
    )
    .unwrap();
    let found = commands(dir.path());
    let flagged: Vec<(String, String)> = found
        .iter()
        .flat_map(|c| {
            c.params
                .iter()
                .filter(|(n, t)| path_like(n, t).is_some())
                .map(move |(n, _)| (c.name.clone(), n.clone()))
        })
        .collect();
    assert_eq!(
        flagged,
        [
            ("share_verify".to_string(), "path".to_string()),
            ("open".to_string(), "at".to_string()),
            ("save".to_string(), "out_dir".to_string()),
        ]
    );
}

#[test]
fn the_page_gets_no_file_store_or_dialog_permission() {
    let dir = Path::new(MANIFEST_DIR).join("capabilities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("capabilities/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("default.json")),
        "capabilities/default.json is missing"
    );
    let mut refused = Vec::new();
    for file in &files {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).expect("capability file"))
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let permissions = json["permissions"].as_array().expect("a permissions list");
        for p in permissions {
            // A permission is a string, or an object with an identifier (and a scope).
            let id = p
                .as_str()
                .or_else(|| p["identifier"].as_str())
                .expect("a permission identifier");
            if ["fs:", "store:", "dialog:"]
                .iter()
                .any(|prefix| id.starts_with(prefix))
            {
                refused.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        refused.is_empty(),
        "the page must not read or write files, stores or dialogs itself:\n  {}",
        refused.join("\n  ")
    );
}
