//! `steward otp list --json` carries each account's service badge: the matched icon's slug
//! (from the vendored simple-icons subset, see docs/icons.md) or none, and the monogram — the
//! same answer the window gets, from the same core function.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::PathBuf;

use serde_json::Value;
use support::CliEnv;

fn aegis() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/authenticator-exports/aegis_plain.json")
        .display()
        .to_string()
}

fn slug(entry: &Value) -> Option<&str> {
    entry["badge"]["icon"]["slug"].as_str()
}

#[test]
fn list_json_shows_the_icon_slug_or_a_monogram() {
    let env = CliEnv::new();
    env.json(&["otp", "import", &aegis()]);
    env.json(&[
        "otp",
        "add",
        "otpauth://totp/GitHub:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub",
    ]);
    env.json(&[
        "otp",
        "add",
        "otpauth://totp/Acme%20Credit%20Union:alice?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU&issuer=Acme%20Credit%20Union",
    ]);
    let list = env.json(&["otp", "list"]);
    let by_issuer = |issuer: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|e| e["issuer"] == issuer)
            .unwrap_or_else(|| panic!("{issuer} in {list}"))
            .clone()
    };

    let gh = by_issuer("GitHub");
    assert_eq!(slug(&gh), Some("github"));
    assert_eq!(gh["badge"]["icon"]["title"], "GitHub");
    assert_eq!(gh["badge"]["icon"]["hex"], "#181717");
    assert_eq!(slug(&by_issuer("Airbnb")), Some("airbnb"));
    assert_eq!(slug(&by_issuer("Air Canada")), Some("aircanada"));

    let acme = by_issuer("Acme Credit Union");
    assert_eq!(acme["badge"]["icon"], Value::Null);
    assert_eq!(acme["badge"]["monogram"]["letters"], "AC");
    assert_eq!(acme["badge"]["monogram"]["text"], "#FFFFFF");
    // Deno's icon has its own (MIT) licence and is not vendored: a monogram.
    let deno = by_issuer("Deno");
    assert_eq!(deno["badge"]["icon"], Value::Null);
    assert_eq!(deno["badge"]["monogram"]["letters"], "D");
}
