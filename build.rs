//! Embeds the message catalogue: every `locales/<lang>/*.ftl` file becomes part of the library
//! (`i18n::catalogue`), so adding a language is adding a folder — no list to edit here.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The manifest's directory now, not when this script was compiled: another checkout sharing
    // the target directory builds the same script (same hash) and must not embed our files.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ is there")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub static CATALOGUE: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in langs {
        let code = lang.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        writeln!(out, "    ({code:?}, &[").unwrap();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            writeln!(
                out,
                "        ({:?}, include_str!({:?})),",
                f.file_name().to_string_lossy(),
                f.path().display().to_string()
            )
            .unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(dest, out).unwrap();
}
