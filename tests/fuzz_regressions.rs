//! The fuzz targets' bodies (fuzz/fuzz_targets/*.rs) as ordinary tests: every committed seed in
//! fuzz/seeds/<target>/ and every input a fuzzer once crashed on goes through the same calls, so
//! `cargo test` keeps them fixed without cargo-fuzz. A new crash from scripts/fuzz.sh is added
//! to `CRASHES` below (bytes and the target), with a line saying what was wrong.

use std::path::Path;

use steward::otp::import::{importer, Format};

/// Inputs that once crashed a target: (target, bytes, what was wrong).
const CRASHES: &[(&str, &[u8], &str)] = &[(
    "redact",
    include_bytes!("fixtures/fuzz-crashes/redact-char-boundary.bin"),
    "a secret's span ended inside a multi-byte character; repeats() sliced the text there",
)];

fn otpauth_uri(data: &[u8]) {
    let Ok(link) = std::str::from_utf8(data) else {
        return;
    };
    let _ = steward::otp::uri::label_hint(link);
    if let Ok(parsed) = steward::otp::uri::parse(link) {
        let again = steward::otp::uri::to_uri(&parsed.account);
        assert!(
            steward::otp::uri::parse(&again).is_ok(),
            "a link written by Steward does not read back: {link:?}"
        );
    }
}

fn google_migration(data: &[u8]) {
    let _ = steward::otp::google::decode_payload(data);
    if let Ok(link) = std::str::from_utf8(data) {
        let _ = steward::otp::google::parse_migration_uri(link);
    }
}

fn import_auto(data: &[u8]) {
    let _ = steward::otp::import::detect(data);
    let _ = steward::otp::import::import_auto(data, None, None);
}

/// Only the "whole file" mode: the sealing mode needs the fuzz crate's AES/scrypt helpers; its
/// seeds' contents are parsed as a plain Aegis vault instead (the same parser behind them).
fn import_aegis_encrypted(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let aegis = importer(Format::Aegis);
    if mode & 1 == 0 {
        let _ = aegis.import(rest, Some("test"));
    } else {
        let mut vault = br#"{"version":1,"header":{"slots":null,"params":null},"db":"#.to_vec();
        vault.extend_from_slice(rest);
        vault.push(b'}');
        let _ = aegis.import(&vault, None);
    }
}

fn qr_image(data: &[u8]) {
    if let Ok(img) = steward::otp::qr::load_image(data) {
        if let Ok(payloads) = steward::otp::qr::decode(&img) {
            let _ = steward::otp::qr::report_from_payloads(&payloads);
        }
    }
}

const REGIONS: [&str; 12] = [
    "VN", "US", "GB", "DE", "IN", "BR", "fr", "JP", "NG", "", "ZZ", "x",
];

fn phone_check(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let _ = steward::phone::check(input, None, None);
    let region = REGIONS[usize::from(pick) % REGIONS.len()];
    let _ = steward::phone::check(input, Some(region), None);
    let _ = steward::phone::format_as_you_type(input, Some(region));
}

fn refusal_classify(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = steward::phone::classify_refusal(&text);
    let _ = steward::phone::check("+84 91 234 5678", None, Some(&text));
}

fn eml_parse(data: &[u8]) {
    let _ = steward::cases::parse_email(data);
}

fn redact(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let r = steward::share::Redactor {
        region: Some("VN".into()),
        ..steward::share::Redactor::new()
    };
    let _ = r.redact(&r.redact(&text).text());
}

fn target(name: &str) -> fn(&[u8]) {
    match name {
        "otpauth_uri" => otpauth_uri,
        "google_migration" => google_migration,
        "import_auto" => import_auto,
        "import_aegis_encrypted" => import_aegis_encrypted,
        "qr_image" => qr_image,
        "phone_check" => phone_check,
        "refusal_classify" => refusal_classify,
        "eml_parse" => eml_parse,
        "redact" => redact,
        other => panic!("no fuzz target {other}"),
    }
}

#[test]
fn every_committed_seed_runs_clean() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut n = 0;
    for dir in std::fs::read_dir(&seeds).unwrap() {
        let dir = dir.unwrap();
        let run = target(&dir.file_name().to_string_lossy());
        for file in std::fs::read_dir(dir.path()).unwrap() {
            run(&std::fs::read(file.unwrap().path()).unwrap());
            n += 1;
        }
    }
    assert!(n >= 8, "the seeds are there: {n}");
}

#[test]
fn inputs_that_once_crashed_a_target_run_clean() {
    for (name, bytes, _why) in CRASHES {
        target(name)(bytes);
    }
}

#[test]
fn hostile_edge_cases_run_clean() {
    let nested = "[".repeat(100_000);
    let nuls = "\u{0}".repeat(10_000);
    let cases: &[(&str, &[u8])] = &[
        ("import_auto", b""),
        ("import_auto", nested.as_bytes()),
        ("import_auto", b"\"header\" \"db\""),
        ("import_aegis_encrypted", b"\x00{\"header\":{\"slots\":[{\"type\":1,\"n\":1099511627776,\"r\":8,\"p\":1,\"salt\":\"00\",\"key\":\"00\",\"key_params\":{\"nonce\":\"00\",\"tag\":\"00\"}}]},\"db\":\"AA==\"}"),
        ("google_migration", b"\x0a\xff\xff\xff\xff\x0f"),
        ("google_migration", b"otpauth-migration://offline?data="),
        ("otpauth_uri", b"otpauth://totp/?secret=&period=18446744073709551616&digits=4294967296"),
        ("phone_check", b"\x00+"),
        ("phone_check", "\u{0}\u{202e}+8\u{0660}".as_bytes()),
        ("refusal_classify", nuls.as_bytes()),
        ("eml_parse", b"From: =?utf-8?b?"),
        ("qr_image", b"\x89PNG\r\n\x1a\n"),
    ];
    for (name, bytes) in cases {
        target(name)(bytes);
    }
}
