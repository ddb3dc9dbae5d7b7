//! The Passkeys Directory as the directory's second source, with real files and real HTTP: two
//! small servers on 127.0.0.1 serve the snapshots in tests/fixtures/corpus (2fa.directory's v3
//! all.json and the Passkeys Directory's v1 all.json); the caches under a temporary data
//! directory are loaded, merged, refreshed, and kept when the passkey server fails or sends
//! something bad — without the 2FA directory ever failing because of it.

mod common;
#[path = "support/directory_server.rs"]
mod directory_server;

use std::path::Path;

use chrono::TimeDelta;
use directory_server::{dead_url, read, saved, t0, Mode, Server, ETAG, MAX_JSON_BYTES, PASSKEYS};
use proptest::prelude::*;
use serde_json::Value;
use steward::directory::{DataSet, Directory, DirectoryCache, DirectoryError, PasskeysDirectory};
use steward::error::UserFacing;

/// Services in the 2fa.directory snapshot, and those of them the passkeys snapshot lists.
const SERVICES: usize = 2566;
const WITH_PASSKEYS: usize = 240;

fn cache(data: &Path, two_factor: &Server, passkeys_url: &str) -> DirectoryCache {
    DirectoryCache::with_url(data, &two_factor.url).with_passkeys_url(passkeys_url)
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn amazon_gets_passkey_support_from_the_passkeys_directory() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());
    let tmp = tempfile::tempdir().unwrap();
    let cache = cache(tmp.path(), &tfa, &pk.url);
    assert_eq!(cache.passkeys_url(), Some(pk.url.as_str()));

    let dir = cache.load(t0()).unwrap();
    assert_eq!((tfa.requests(), pk.requests()), (1, 1));
    assert_eq!(dir.len(), SERVICES);

    let amazon = dir.find("amazon.de").unwrap();
    assert_eq!(amazon.name, "Amazon");
    let p = amazon.passkey.as_ref().expect("Amazon's passkey support");
    assert_eq!(p.passwordless.as_deref(), Some("allowed"));
    assert_eq!(p.mfa, None);
    assert!(p
        .notes
        .as_deref()
        .unwrap()
        .contains("activated individually on different regional Amazon sites"));
    assert!(p
        .documentation
        .as_deref()
        .unwrap()
        .starts_with("https://www.amazon.com/gp/help/"));
    assert_eq!(
        p.describe(),
        ["Sign in with a passkey instead of a password (optional)"]
    );
    // The 2FA methods are still 2fa.directory's.
    assert_eq!(amazon.methods.len(), 3);

    // pay.amazon.com is not listed: no passkey data, and no inheriting amazon.com's entry.
    assert_eq!(dir.find("Amazon Pay").unwrap().passkey, None);
    let aws = dir.find("aws.amazon.com").unwrap();
    let aws_p = aws.passkey.as_ref().unwrap();
    assert_eq!(aws_p.mfa.as_deref(), Some("allowed"));
    assert!(aws_p.notes.as_deref().unwrap().contains("China"));

    let with = dir
        .services()
        .iter()
        .filter(|s| s.passkey.is_some())
        .count();
    assert_eq!(with, WITH_PASSKEYS);

    let origin = dir.origin();
    assert!(origin.refresh_error.is_none() && !origin.stale && !origin.from_cache);
    let p = &origin.passkeys;
    assert!(p.present && !p.stale && !p.from_cache && p.refresh_error.is_none());
    assert_eq!(p.domains, 364);
    assert_eq!(p.url.as_deref(), Some(pk.url.as_str()));
    assert_eq!(p.fetched_at, Some(t0()));

    // Saved beside the 2fa.directory copy, exactly as downloaded, with its own meta file.
    assert_eq!(
        std::fs::read(saved(tmp.path(), "passkeys.v1.json")).unwrap(),
        read(PASSKEYS)
    );
    let meta: Value =
        serde_json::from_slice(&std::fs::read(saved(tmp.path(), "passkeys.meta.json")).unwrap())
            .unwrap();
    assert_eq!(meta["url"], pk.url.as_str());
    assert_eq!(meta["etag"], ETAG);
    assert_eq!(
        file_names(&tmp.path().join("directory")),
        [
            "all.v3.json",
            "meta.json",
            "passkeys.meta.json",
            "passkeys.v1.json"
        ]
    );
}

#[test]
fn the_merge_uses_the_domain_then_the_additional_domains_exactly() {
    let services = br#"[
        ["Shop", {"domain": "shop.example", "additional-domains": ["shop.example.de", "shop.example.fr"], "tfa": ["totp"]}],
        ["Shop Pay", {"domain": "pay.shop.example", "tfa": ["sms"]}],
        ["Main first", {"domain": "WWW.Main.example", "additional-domains": ["main.example.de"]}],
        ["Unlisted", {"domain": "unlisted.example", "tfa": ["sms"]}]
    ]"#;
    let passkeys = br#"{
        "shop.example.fr": {"mfa": "allowed"},
        "shop.example.de": {"passwordless": "required"},
        "main.example": {"passwordless": "allowed"},
        "main.example.de": {"mfa": "required"},
        "unlisted.example": {"contact": {"twitter": "unlisted"}}
    }"#;
    let dir = Directory::parse(services)
        .unwrap()
        .with_passkeys(&PasskeysDirectory::parse(passkeys).unwrap());
    let passkey = |name: &str| dir.find(name).unwrap().passkey.clone();
    // The first additional domain with an entry, in 2fa.directory's order.
    assert_eq!(
        passkey("Shop").unwrap().passwordless.as_deref(),
        Some("required")
    );
    // A sub-domain doesn't inherit its parent's entry.
    assert_eq!(passkey("Shop Pay"), None);
    // The main domain (www. and case ignored) before the additional ones.
    assert_eq!(
        passkey("Main first").unwrap().passwordless.as_deref(),
        Some("allowed")
    );
    // Listed without passkey support: no passkey.
    assert_eq!(passkey("Unlisted"), None);
    // Without passkey data, nothing is set.
    let plain = Directory::parse(services).unwrap();
    assert!(plain.services().iter().all(|s| s.passkey.is_none()));
    assert!(!plain.origin().passkeys.present);
}

#[test]
fn fresh_for_a_day_then_asked_again_conditionally() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());
    let tmp = tempfile::tempdir().unwrap();
    let cache = cache(tmp.path(), &tfa, &pk.url);
    cache.load(t0()).unwrap();

    let again = cache.load(t0() + TimeDelta::hours(23)).unwrap();
    assert_eq!(pk.requests(), 1, "a fresh copy makes no request");
    let p = &again.origin().passkeys;
    assert!(p.present && p.from_cache && !p.stale);
    assert_eq!(p.fetched_at, Some(t0()));
    assert!(again.find("amazon").unwrap().passkey.is_some());

    let later = t0() + TimeDelta::hours(25);
    let dir = cache.load(later).unwrap();
    assert_eq!(pk.requests(), 2);
    assert_eq!(pk.not_modified(), 1);
    assert_eq!(dir.origin().passkeys.fetched_at, Some(later));
    assert!(dir.origin().passkeys.from_cache && dir.origin().passkeys.refresh_error.is_none());
    assert!(dir.find("amazon").unwrap().passkey.is_some());

    // force asks both.
    cache.refresh(later + TimeDelta::hours(1), true).unwrap();
    assert_eq!((tfa.requests(), pk.requests()), (3, 3));
}

#[test]
fn offline_passkeys_use_the_stale_copy_or_none_and_the_2fa_directory_works() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());

    // Never downloaded, and the passkey server is unreachable: no passkey data, no error.
    let empty = tempfile::tempdir().unwrap();
    let dead = dead_url("/v1/all.json");
    let dir = cache(empty.path(), &tfa, &dead).load(t0()).unwrap();
    assert_eq!(dir.len(), SERVICES);
    assert!(dir.origin().refresh_error.is_none());
    assert!(dir.services().iter().all(|s| s.passkey.is_none()));
    let p = &dir.origin().passkeys;
    assert!(!p.present && !p.stale && p.fetched_at.is_none() && p.domains == 0);
    assert_eq!(p.url.as_deref(), Some(dead.as_str()));
    let why = p.refresh_error.as_deref().unwrap();
    assert!(
        why.contains("Passkeys Directory") && why.contains("127.0.0.1"),
        "{why}"
    );
    assert!(!saved(empty.path(), "passkeys.v1.json").exists());
    // An explicit refresh of the 2FA directory doesn't fail because of it either.
    let dir = cache(empty.path(), &tfa, &dead)
        .refresh(t0(), true)
        .unwrap();
    assert_eq!(dir.len(), SERVICES);
    assert!(dir.origin().passkeys.refresh_error.is_some());

    // Downloaded once; two days later the passkey server hangs up: the saved copy, stale.
    let tmp = tempfile::tempdir().unwrap();
    let cache = cache(tmp.path(), &tfa, &pk.url);
    cache.load(t0()).unwrap();
    pk.set(Mode::Hangup);
    let dir = cache.load(t0() + TimeDelta::days(2)).unwrap();
    assert_eq!(dir.len(), SERVICES);
    assert!(!dir.origin().stale && dir.origin().refresh_error.is_none());
    let p = &dir.origin().passkeys;
    assert!(p.present && p.stale && p.from_cache);
    assert_eq!(p.fetched_at, Some(t0()));
    assert_eq!(p.domains, 364);
    assert!(p
        .refresh_error
        .as_deref()
        .unwrap()
        .contains("Passkeys Directory"));
    assert_eq!(
        dir.find("amazon")
            .unwrap()
            .passkey
            .as_ref()
            .unwrap()
            .passwordless
            .as_deref(),
        Some("allowed")
    );
    // A forced refresh within the day that fails keeps the copy, not marked stale (it's fresh).
    let dir = cache.refresh(t0() + TimeDelta::hours(2), true).unwrap();
    let p = &dir.origin().passkeys;
    assert!(p.present && !p.stale && p.refresh_error.is_some());

    // Both down: the 2FA directory's saved copy and the passkey one, both stale.
    tfa.set(Mode::Hangup);
    let dir = cache.load(t0() + TimeDelta::days(3)).unwrap();
    assert!(dir.origin().stale && dir.origin().passkeys.stale);
    assert!(dir.find("amazon").unwrap().passkey.is_some());
}

#[test]
fn a_bad_passkeys_download_keeps_the_previous_copy_and_the_2fa_directory() {
    let (tfa, pk) = (Server::two_factor(), Server::passkeys());
    let tmp = tempfile::tempdir().unwrap();
    let cache = cache(tmp.path(), &tfa, &pk.url);
    cache.load(t0()).unwrap();
    let good = std::fs::read(saved(tmp.path(), "passkeys.v1.json")).unwrap();
    let good_meta = std::fs::read(saved(tmp.path(), "passkeys.meta.json")).unwrap();
    let two_factor = std::fs::read(saved(tmp.path(), "all.v3.json")).unwrap();

    for (mode, says) in [
        (Mode::Garbage, "not valid JSON"),
        (
            Mode::WrongShape,
            "expected an object of domains, found a list",
        ),
        (Mode::AllBad, "none of its 2 entries"),
        (Mode::Nothing, "no domain with passkey support"),
        (
            Mode::Oversized,
            "larger than the Passkeys Directory should ever be",
        ),
        (Mode::Error, "HTTP status 500"),
    ] {
        pk.set(mode);
        let now = t0() + TimeDelta::days(3);
        let dir = cache.refresh(now, true).unwrap();
        assert_eq!(dir.len(), SERVICES, "{mode:?}");
        assert!(dir.origin().refresh_error.is_none(), "{mode:?}");
        let p = &dir.origin().passkeys;
        let why = p.refresh_error.as_deref().unwrap();
        assert!(why.contains(says), "{mode:?}: {why}");
        assert!(why.contains("Passkeys Directory"), "{mode:?}: {why}");
        assert!(
            p.present && p.stale && p.fetched_at == Some(t0()),
            "{mode:?}"
        );
        assert!(dir.find("amazon").unwrap().passkey.is_some(), "{mode:?}");
        assert_eq!(
            std::fs::read(saved(tmp.path(), "passkeys.v1.json")).unwrap(),
            good
        );
        assert_eq!(
            std::fs::read(saved(tmp.path(), "passkeys.meta.json")).unwrap(),
            good_meta
        );
        // load says the same.
        let dir = cache.load(now).unwrap();
        assert!(dir.origin().passkeys.stale && dir.origin().passkeys.refresh_error.is_some());
    }
    // The 2FA directory was refreshed each time; no temporary files left behind.
    assert_eq!(
        std::fs::read(saved(tmp.path(), "all.v3.json")).unwrap(),
        two_factor
    );
    assert_eq!(file_names(&tmp.path().join("directory")).len(), 4);

    // A damaged saved copy is as good as none: the next good download replaces it.
    std::fs::write(saved(tmp.path(), "passkeys.v1.json"), b"{\"half\": ").unwrap();
    pk.set(Mode::Hangup);
    let dir = cache.load(t0() + TimeDelta::days(4)).unwrap();
    assert!(!dir.origin().passkeys.present);
    assert!(dir.services().iter().all(|s| s.passkey.is_none()));
    pk.set(Mode::Serve);
    let dir = cache.load(t0() + TimeDelta::days(4)).unwrap();
    assert!(dir.origin().passkeys.present);
    assert_eq!(
        std::fs::read(saved(tmp.path(), "passkeys.v1.json")).unwrap(),
        good
    );
}

#[test]
fn the_whole_passkeys_snapshot_parses() {
    let p = PasskeysDirectory::parse(&read(PASSKEYS)).unwrap();
    assert_eq!(p.len(), 364);
    assert_eq!(p.without_passkeys(), 4);
    assert_eq!(p.skipped(), 0);
    for (domain, s) in p.domains() {
        assert!(s.passwordless.is_some() || s.mfa.is_some(), "{domain}");
        for level in [&s.passwordless, &s.mfa].into_iter().flatten() {
            assert!(level == "allowed" || level == "required", "{domain}");
        }
    }
    // Bank of America is listed "without passkey support" (a contact only).
    assert!(p.get("bankofamerica.com").is_none());
    assert!(p.get("www.GitHub.com").is_some());
}

/// A passkeys file that is not one, in every way that came to mind: each is refused with
/// the Passkeys Directory's "malformed" error, or read with the bad entries skipped — never a
/// panic, never a stack overflow.
#[test]
fn hostile_passkeys_files_are_refused_or_skipped() {
    let deep = |n: usize| format!("{{\"a.example\": {}{}}}", "[".repeat(n), "]".repeat(n));
    let mut wide = String::from("{");
    for i in 0..200_000 {
        wide.push_str(&format!("\"d{i}.example\": {{\"mfa\": \"allowed\"}},"));
    }
    wide.push_str("\"last.example\": {\"passwordless\": \"required\"}}");
    let refused: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", b"".to_vec(), "not valid JSON"),
        ("null", b"null".to_vec(), "found null"),
        ("list", b"[]".to_vec(), "found a list"),
        ("string", b"\"amazon.com\"".to_vec(), "found a string"),
        ("number", b"1e999999".to_vec(), "not valid JSON"),
        ("bom", b"\xef\xbb\xbf{}".to_vec(), "not valid JSON"),
        (
            "latin-1",
            b"{\"a.example\": {\"notes\": \"caf\xe9\"}}".to_vec(),
            "not valid JSON",
        ),
        (
            "truncated",
            b"{\"a.example\": {\"mfa\": \"allo".to_vec(),
            "not valid JSON",
        ),
        ("deep", deep(100_000).into_bytes(), "not valid JSON"),
        (
            "only bad",
            br#"{"": {}, "a b": {"mfa": "allowed"}, "x.example": null}"#.to_vec(),
            "none of its 3 entries",
        ),
        ("oversized", vec![b' '; MAX_JSON_BYTES + 1], "far larger"),
    ];
    for (name, input, says) in refused {
        let err = PasskeysDirectory::parse(&input).unwrap_err();
        assert!(
            matches!(
                err,
                DirectoryError::Malformed {
                    data: DataSet::Passkeys,
                    ..
                }
            ),
            "{name}: {err:?}"
        );
        assert_eq!(err.code(), "directory_malformed");
        let msg = err.to_string();
        assert!(msg.contains(says), "{name}: {msg}");
        assert!(
            msg.starts_with("The Passkeys Directory data"),
            "{name}: {msg}"
        );
        assert!(
            err.hint().unwrap().contains("STEWARD_PASSKEYS_URL"),
            "{name}"
        );
    }

    let long_key = format!("{}.example", "a".repeat(10_000));
    let cases: Vec<(&str, String, usize, usize, usize)> = vec![
        // name, input, with passkeys, skipped, without passkeys
        ("empty object", "{}".into(), 0, 0, 0),
        ("nul in key", "{\"a\\u0000.example\": {\"mfa\": \"allowed\"}, \"ok.example\": {\"mfa\": \"allowed\"}}".into(), 1, 1, 0),
        ("long key", format!("{{\"{long_key}\": {{\"mfa\": \"allowed\"}}, \"ok.example\": {{\"mfa\": \"allowed\"}}}}"), 1, 1, 0),
        ("unicode key", r#"{"bücher.example": {"mfa": "allowed"}, "xn--bcher-kva.example": {"mfa": "allowed"}}"#.into(), 1, 1, 0),
        ("nested level", r#"{"a.example": {"passwordless": {"value": "allowed"}, "mfa": ["required"]}}"#.into(), 0, 0, 1),
        ("shouting", r#"{"a.example": {"passwordless": " ALLOWED ", "mfa": "Required"}}"#.into(), 1, 0, 0),
        ("unknown level", r#"{"a.example": {"passwordless": "sometimes"}, "b.example": {"passwordless": "allowed", "mfa": "never"}}"#.into(), 1, 0, 1),
        ("same domain twice", r#"{"a.example": {"mfa": "allowed"}, "A.EXAMPLE.": {"passwordless": "allowed"}, "www.a.example": {}}"#.into(), 1, 2, 0),
        ("huge note", format!("{{\"a.example\": {{\"mfa\": \"allowed\", \"notes\": \"{}\"}}}}", "n".repeat(1_000_000)), 1, 0, 0),
        ("wide", wide, 200_001, 0, 0),
    ];
    for (name, input, with, skipped, without) in cases {
        let p =
            PasskeysDirectory::parse(input.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            (p.len(), p.skipped(), p.without_passkeys()),
            (with, skipped, without),
            "{name}"
        );
    }
    let p = PasskeysDirectory::parse(
        br#"{"a.example": {"passwordless": " ALLOWED ", "mfa": "Required",
             "documentation": "javascript:alert(1)", "recovery": "/relative", "notes": 42}}"#,
    )
    .unwrap();
    let a = p.get("a.example").unwrap();
    assert_eq!(a.passwordless.as_deref(), Some("allowed"));
    assert_eq!(a.mfa.as_deref(), Some("required"));
    assert_eq!(
        (&a.documentation, &a.recovery, &a.notes),
        (&None, &None, &None)
    );
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            Just("allowed".to_string()),
            Just("required".to_string()),
            Just(" Required ".to_string()),
            Just("https://example.com/help".to_string()),
            Just("javascript:alert(1)".to_string()),
            ".{0,24}",
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("passwordless".to_string()),
                    Just("mfa".to_string()),
                    Just("documentation".to_string()),
                    Just("recovery".to_string()),
                    Just("notes".to_string()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn domain_key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,6}\\.(com|de|example)",
        "(www\\.)?[A-Za-z]{1,6}\\.[a-z]{2,3}\\.?",
        ".{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_are_refused_or_read_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = PasskeysDirectory::parse(&bytes);
    }

    /// Whatever an object of entries holds, every entry is counted once, and what is kept is
    /// only what the API schema allows.
    #[test]
    fn objects_of_any_entries_keep_only_what_the_schema_allows(
        entries in prop::collection::btree_map(domain_key(), json_value(), 0..12)
    ) {
        let n = entries.len();
        let json = serde_json::to_vec(&Value::Object(entries.into_iter().collect())).unwrap();
        match PasskeysDirectory::parse(&json) {
            Ok(p) => {
                prop_assert_eq!(p.len() + p.skipped() + p.without_passkeys(), n);
                for (domain, s) in p.domains() {
                    prop_assert!(s.passwordless.is_some() || s.mfa.is_some());
                    for level in [&s.passwordless, &s.mfa].into_iter().flatten() {
                        prop_assert!(level == "allowed" || level == "required");
                    }
                    for link in [&s.documentation, &s.recovery].into_iter().flatten() {
                        prop_assert!(link.starts_with("http"));
                    }
                    prop_assert!(p.get(domain).is_some());
                }
            }
            Err(e) => {
                let malformed = matches!(e, DirectoryError::Malformed { data: DataSet::Passkeys, .. });
                prop_assert!(malformed);
                prop_assert!(n > 0);
            }
        }
    }
}
