//! Generates the app's context, and from `commands.txt` (the one list of the window's commands)
//! the `allow-<command>`/`deny-<command>` permissions and the invoke handler
//! (`$OUT_DIR/handler.rs`, included by lib.rs). Fails when capabilities/default.json doesn't grant
//! exactly those commands, so a command can't be added in one place and forgotten in another.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=commands.txt");
    println!("cargo:rerun-if-changed=capabilities/default.json");
    let list = std::fs::read_to_string("commands.txt").expect("src-tauri/commands.txt");
    // A line is a path, optionally followed by `# open while locked` (the app lock's allowlist:
    // src/lock.rs answers `locked` to every other command while the app is locked).
    let mut paths: Vec<&str> = Vec::new();
    let mut open_while_locked: Vec<&str> = Vec::new();
    for line in list.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, comment) = line.split_once('#').unwrap_or((line, ""));
        let path = path.trim();
        match comment.trim() {
            "" => {}
            "open while locked" => {
                open_while_locked.push(path.rsplit("::").next().unwrap_or(path))
            }
            other => panic!(
                "commands.txt: `{path}` ends with `# {other}`; the only mark is `# open while locked`"
            ),
        }
        paths.push(path);
    }
    // tauri_build keeps the names for 'static (a build script runs once).
    let names: &'static [&'static str] = Box::leak(
        paths
            .iter()
            .map(|p| {
                &*Box::leak(
                    p.rsplit("::")
                        .next()
                        .unwrap_or(p)
                        .to_string()
                        .into_boxed_str(),
                )
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );

    let capability =
        std::fs::read_to_string("capabilities/default.json").expect("capabilities/default.json");
    let granted: Vec<String> = capability
        .split('"')
        .filter(|s| s.starts_with("allow-"))
        .map(|s| s["allow-".len()..].replace('-', "_"))
        .collect();
    let missing: Vec<&&str> = names
        .iter()
        .filter(|n| !granted.iter().any(|g| g == *n))
        .collect();
    let extra: Vec<&String> = granted
        .iter()
        .filter(|g| !names.contains(&g.as_str()))
        .collect();
    if !missing.is_empty() || !extra.is_empty() {
        panic!(
            "capabilities/default.json and commands.txt disagree: not granted {missing:?}, granted but not a command {extra:?}"
        );
    }

    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    // The app lock's gate in front of every command (src/lock.rs).
    let handler = format!(
        "crate::lock::gate(tauri::generate_handler![\n    {}\n])\n",
        paths.join(",\n    ")
    );
    std::fs::write(Path::new(&out).join("handler.rs"), handler).expect("write handler.rs");
    let open = format!("&{open_while_locked:?}\n");
    std::fs::write(Path::new(&out).join("open_while_locked.rs"), open)
        .expect("write open_while_locked.rs");
}
