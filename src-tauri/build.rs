//! Generates the app's context, and from `commands.txt` (the one list of the window's commands)
//! the `allow-<command>`/`deny-<command>` permissions and the invoke handler
//! (`$OUT_DIR/handler.rs`, included by lib.rs). Fails when capabilities/default.json doesn't grant
//! exactly those commands, so a command can't be added in one place and forgotten in another.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=commands.txt");
    println!("cargo:rerun-if-changed=capabilities/default.json");
    let list = std::fs::read_to_string("commands.txt").expect("src-tauri/commands.txt");
    let paths: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
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
    let handler = format!(
        "tauri::generate_handler![\n    {}\n]\n",
        paths.join(",\n    ")
    );
    std::fs::write(Path::new(&out).join("handler.rs"), handler).expect("write handler.rs");
}
