//! An authenticator import report reads in Vietnamese: what was skipped and why, how an unnamed
//! entry is called, the warnings on accounts, the notes on a file, and the error when a file
//! can't be read — for other apps' real exports (tests/fixtures/corpus), those exports with
//! entries changed the way other apps and damage change them, and the exports cut short. Every
//! text is different from its English, has Vietnamese letters, and has no English word left once
//! the data (the accounts' own names, product names) is taken out. English is the words it was.
//! Errors that name a field (an account's, a case's) and the store's notes are walked the same way.

mod common;
mod otp_support;

use base64::Engine as _;
use otp_support::read;
use serde_json::Value;
use steward::error::UserFacing;
use steward::i18n::{with_lang, Lang};
use steward::otp::import::{import_auto, Format, ImportReport};
use steward::otp::store::OtpManualEntry;
use steward::otp::Warning;

const EXPORTS: &str = "authenticator-exports";
const GOOGLE: &str = "google-migration";

fn vi() -> Lang {
    Lang::parse("vi").unwrap()
}

/// Letters only Vietnamese (of the catalogue's languages) writes.
fn has_vietnamese_letters(s: &str) -> bool {
    s.chars().any(|c| {
        "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            .contains(c.to_lowercase().next().unwrap_or(c))
    })
}

/// English words the report's sentences used: any of them in a Vietnamese text (outside the
/// data) is English left over.
const ENGLISH: &[&str] = &[
    "the",
    "it",
    "its",
    "is",
    "are",
    "has",
    "have",
    "not",
    "no",
    "of",
    "and",
    "which",
    "this",
    "was",
    "were",
    "from",
    "only",
    "with",
    "be",
    "or",
    "supported",
    "missing",
    "unknown",
    "line",
    "entry",
    "item",
    "row",
    "token",
    "service",
    "account",
    "accounts",
    "file",
    "link",
    "secret",
    "counter",
    "password",
    "invalid",
    "short",
    "damaged",
    "digits",
    "number",
    "there",
    "export",
    "again",
    "codes",
    "import",
    "steward's",
    "does",
    "uses",
    "holds",
    "valid",
    "a",
    "an",
    "to",
    "in",
    "on",
    "at",
    "for",
    "if",
    "but",
    "too",
    "ends",
    "early",
    "cut",
    "changed",
    "after",
    "right",
    "wrong",
    "match",
    "use",
    "can",
    "could",
    "than",
    "newer",
    "some",
    "will",
    "read",
    "other",
    "others",
    "most",
    "least",
    "whole",
    "seconds",
    "above",
    "more",
    "characters",
    "title",
    "issuer",
    "outcome",
];

/// Words that are data or names in every language, taken out before the English check.
const NAMES: &[&str] = &[
    "Steward",
    "Aegis",
    "2FAS",
    "andOTP",
    "Bitwarden",
    "FreeOTP+",
    "Proton Authenticator",
    "Google Authenticator",
    "Base32",
    "Base64",
    "JSON",
    "UTF-8",
    "CSV",
    "HOTP",
    "TOTP",
    "MD5",
    "mOTP",
    "Yandex",
    "Steam",
    "otpauth://",
    "otpauth-migration://",
    "data=",
    "login_totp",
    "scrypt",
    "PBKDF2",
    "IV",
    "QR",
];

/// One text of a report, labelled with where it came from, and the data in it.
struct Text {
    what: String,
    text: String,
    data: Vec<String>,
}

fn texts_of(what: &str, report: &ImportReport) -> Vec<Text> {
    let mut out = Vec::new();
    for (i, s) in report.skipped.iter().enumerate() {
        out.push(Text {
            what: format!("{what}: skipped {i}"),
            text: s.reason.clone(),
            data: vec![],
        });
        out.push(Text {
            what: format!("{what}: skipped {i}, label"),
            text: s.label.clone(),
            data: vec![],
        });
    }
    for w in &report.warnings {
        let mut data = vec![w.label.clone()];
        if let Warning::IssuerMismatch {
            label_issuer,
            issuer,
        } = &w.warning
        {
            // The longer first, so "Other Shop" goes whole before "Shop".
            data.extend([issuer.clone(), label_issuer.clone()]);
            data.sort_by_key(|d| std::cmp::Reverse(d.len()));
        }
        out.push(Text {
            what: format!("{what}: warning {:?}", w.warning),
            text: w.message.clone(),
            data,
        });
    }
    // The warnings the window adds for each account (a short secret).
    for a in &report.accounts {
        for w in a.warnings() {
            out.push(Text {
                what: format!("{what}: account warning {w:?}"),
                text: w.message(),
                data: vec![],
            });
        }
    }
    for (i, n) in report.notes.iter().enumerate() {
        out.push(Text {
            what: format!("{what}: note {i}"),
            text: n.clone(),
            data: vec![],
        });
    }
    out
}

/// Every report and error the inputs give, in the current language.
fn walk() -> Vec<Text> {
    let mut out = Vec::new();
    for (what, bytes, format, password) in inputs() {
        match import_auto(&bytes, format, password) {
            Ok(report) => out.extend(texts_of(&what, &report)),
            Err(e) => {
                let info = e.info();
                out.push(Text {
                    what: format!("{what}: error {}", info.code),
                    text: info.message,
                    data: vec![],
                });
                if let Some(hint) = info.hint {
                    out.push(Text {
                        what: format!("{what}: error {} hint", info.code),
                        text: hint,
                        data: vec![],
                    });
                }
            }
        }
    }
    out
}

fn json(file: &str) -> Value {
    serde_json::from_slice(&read(EXPORTS, file)).unwrap()
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap()
}

/// The real exports, the same exports with entries another app (or damage) changed, and the
/// exports cut short: (what, bytes, format when detection can't tell, password).
type Input = (String, Vec<u8>, Option<Format>, Option<&'static str>);

fn inputs() -> Vec<Input> {
    let mut out: Vec<Input> = Vec::new();
    let real: &[(&str, Option<&'static str>)] = &[
        ("plain.txt", None),
        ("ente_auth.txt", None),
        ("aegis_plain.json", None),
        ("aegis_encrypted.json", Some("test")),
        ("2fas_authenticator_plain_v4.2fas", None),
        ("2fas_authenticator_encrypted_v4.2fas", Some("test")),
        ("andotp_plain.json", None),
        ("andotp_encrypted.bin", Some("test")),
        ("bitwarden.json", None),
        ("bitwarden.csv", None),
        ("freeotp_plus.json", None),
        ("proton_authenticator.json", None),
    ];
    for (file, password) in real {
        let b = read(EXPORTS, file);
        out.push((file.to_string(), b.clone(), None, *password));
        // Cut short, as a copy that stopped half way.
        out.push((
            format!("{file} cut short"),
            b[..b.len() / 2].to_vec(),
            None,
            *password,
        ));
        if password.is_some() {
            out.push((
                format!("{file} without its password"),
                b.clone(),
                None,
                None,
            ));
            out.push((
                format!("{file} wrong password"),
                b,
                None,
                Some("not the password"),
            ));
        }
    }
    for file in ["test_plus_problem_export.txt", "test_export_wrong_data.txt"] {
        out.push((file.to_string(), read(GOOGLE, file), None, None));
    }
    // The first of three QR codes of a Google export (the corpus's exports are all one QR
    // code): one account, an MD5 one, batch 1 of 3.
    let params = |issuer: &str, algorithm: u8| {
        let mut p = vec![0x0a, 10];
        p.extend_from_slice(b"0123456789"); // an 80-bit secret
        p.extend_from_slice(&[0x12, 3]);
        p.extend_from_slice(b"ana");
        p.extend_from_slice(&[0x1a, issuer.len() as u8]);
        p.extend_from_slice(issuer.as_bytes());
        p.extend_from_slice(&[0x20, algorithm, 0x28, 1, 0x30, 2]);
        p
    };
    let mut payload = Vec::new();
    for p in [params("Bank", 1), params("Old", 4)] {
        payload.extend_from_slice(&[0x0a, p.len() as u8]);
        payload.extend_from_slice(&p);
    }
    payload.extend_from_slice(&[0x10, 1, 0x18, 3, 0x20, 0, 0x28, 7]);
    let data = base64::engine::general_purpose::STANDARD
        .encode(&payload)
        .replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D");
    out.push((
        "the first QR code of a split Google export".into(),
        format!("otpauth-migration://offline?data={data}\n").into_bytes(),
        None,
        None,
    ));

    // Aegis entries as other apps (and damage) leave them.
    let mut aegis = json("aegis_plain.json");
    let entries = aegis["db"]["entries"].as_array_mut().unwrap();
    entries[0]["info"]["algo"] = "MD5".into();
    entries[1]["type"] = "yandex".into();
    entries[2]["info"]["digits"] = "six".into();
    entries[3]["type"] = "motp".into();
    entries[4]["info"]["period"] = 0.into();
    entries[5]["info"]["secret"] = "AB1CD8".into();
    entries[6]["type"] = "chronos".into();
    entries[6]["name"] = "".into();
    entries[6]["issuer"] = "".into();
    out.push((
        "Aegis with changed entries".into(),
        bytes(&aegis),
        None,
        None,
    ));

    // A 2FAS backup from a newer 2FAS, with an entry whose counter is not a number.
    let mut twofas = json("2fas_authenticator_plain_v4.2fas");
    twofas["schemaVersion"] = 99.into();
    let services = twofas["services"].as_array_mut().unwrap();
    services[0]["otp"]["tokenType"] = "HOTP".into();
    services[0]["otp"]["counter"] = "many".into();
    services[1]["otp"]["digits"] = 300.into();
    services[2]["secret"] = "".into();
    out.push(("2FAS from a newer 2FAS".into(), bytes(&twofas), None, None));

    // A Proton export with an entry that lost its link and one with a foreign link.
    let mut proton = json("proton_authenticator.json");
    let entries = proton["entries"].as_array_mut().unwrap();
    entries[0]["content"].as_object_mut().unwrap().remove("uri");
    entries[1]["content"]["uri"] = "https://example.com/2fa".into();
    out.push(("Proton with a lost link".into(), bytes(&proton), None, None));

    // FreeOTP+ tokens with a secret that is not bytes.
    let mut freeotp = json("freeotp_plus.json");
    let tokens = freeotp["tokens"].as_array_mut().unwrap();
    tokens[0]["secret"] = serde_json::json!([1, 2, 999]);
    tokens[1]["secret"] = serde_json::json!(["a"]);
    out.push((
        "FreeOTP+ with damaged secrets".into(),
        bytes(&freeotp),
        None,
        None,
    ));

    // A link list with a web address, a link of the wrong scheme, and HOTP links that leave out
    // the counter, name two services and carry a short (80-bit) key.
    let mut lines = String::from_utf8(read(EXPORTS, "plain.txt")).unwrap();
    lines.push_str("https://example.com/setup\n");
    lines.push_str("not a link at all\n");
    lines.push_str("otpauth://hotp/Shop:ana?secret=JBSWY3DPEHPK3PXP&issuer=Other%20Shop\n");
    lines.push_str("otpauth://totp/Bank:ana?secret=JBSWY3DPEHPK3PXP&period=soon\n");
    lines.push_str("otpauth://totp/Bank:bo?secret=JBSW1Y3DP\n");
    out.push((
        "link list with bad lines".into(),
        lines.into_bytes(),
        None,
        None,
    ));

    // Damaged files the importers recognise but can't read.
    let damaged: &[(&str, &[u8], Format)] = &[
        (
            "Aegis with no vault",
            br#"{"version": 1, "header": {"slots": null, "params": null}}"#,
            Format::Aegis,
        ),
        (
            "Aegis from a newer Aegis",
            br#"{"version": 9, "header": {}, "db": {}}"#,
            Format::Aegis,
        ),
        (
            "Aegis locked by fingerprint",
            br#"{"version": 1, "header": {"slots": [{"type": 2}], "params": {}}, "db": "AAAA"}"#,
            Format::Aegis,
        ),
        (
            "Bitwarden CSV without its key column",
            b"folder,favorite,type,name,login_uri,login_username\n,,login,x,,y\n",
            Format::Bitwarden,
        ),
        (
            "Bitwarden JSON, password-protected",
            br#"{"encrypted": true, "passwordProtected": true, "items": []}"#,
            Format::Bitwarden,
        ),
        (
            "2FAS without services",
            br#"{"schemaVersion": 4}"#,
            Format::TwoFas,
        ),
        ("2FAS, not an object", b"[1, 2]", Format::TwoFas),
        ("FreeOTP+ without tokens", b"{}", Format::FreeOtpPlus),
        (
            "Proton without entries",
            br#"{"version": 1}"#,
            Format::ProtonAuthenticator,
        ),
        ("andOTP, not a list", br#"{"a": 1}"#, Format::AndOtp),
        (
            "a list with no links",
            b"# nothing here\n",
            Format::OtpauthList,
        ),
        (
            "a list that is not text",
            b"\xff\xfe otpauth",
            Format::OtpauthList,
        ),
    ];
    for (what, b, format) in damaged {
        out.push((what.to_string(), b.to_vec(), Some(*format), None));
    }
    out
}

fn english_words_left(t: &Text) -> Vec<String> {
    let mut text = t.text.clone();
    for d in t
        .data
        .iter()
        .map(String::as_str)
        .chain(NAMES.iter().copied())
    {
        if !d.is_empty() {
            text = text.replace(d, " ");
        }
    }
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn an_import_report_reads_in_vietnamese() {
    let english = with_lang(Lang::english(), walk);
    let vietnamese = with_lang(vi(), walk);
    assert_eq!(english.len(), vietnamese.len(), "the same texts in both");
    assert!(english.len() > 60, "{} texts only", english.len());
    let mut problems = Vec::new();
    for (en, vi) in english.iter().zip(&vietnamese) {
        assert_eq!(en.what, vi.what, "the same texts in the same order");
        if en.text == vi.text {
            // Only data may read the same: an account's own name as its label.
            if en.what.ends_with("label") {
                continue;
            }
            problems.push(format!("{}: still English: {}", vi.what, vi.text));
            continue;
        }
        if !has_vietnamese_letters(&vi.text) {
            problems.push(format!("{}: no Vietnamese: {}", vi.what, vi.text));
        }
        let left = english_words_left(vi);
        if !left.is_empty() {
            problems.push(format!(
                "{}: English words {left:?} in: {}",
                vi.what, vi.text
            ));
        }
        if vi.text.contains("otp-") || vi.text.contains("{ $") {
            problems.push(format!("{}: a raw id or placeholder: {}", vi.what, vi.text));
        }
    }
    assert!(
        problems.is_empty(),
        "{} texts not in Vietnamese:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The report has something of every kind to say, so the walk above reads all of them.
#[test]
fn the_walk_meets_skips_warnings_notes_and_errors() {
    let texts = with_lang(Lang::english(), walk);
    for kind in [
        ": skipped",
        ": warning",
        ": account warning",
        ": note",
        ": error",
    ] {
        assert!(
            texts.iter().any(|t| t.what.contains(kind)),
            "nothing of kind {kind:?}"
        );
    }
    for must in [
        "it uses the MD5 algorithm, which is not supported",
        "it uses MD5, which Steward does not support",
        "Yandex codes are not supported yet",
        "it has no otpauth link",
        "Google Authenticator split this export into",
        "Bitwarden keeps only time-based and Steam codes",
        "newer than Steward knows",
        "The link names two services",
        "The secret is short (80 bits",
    ] {
        assert!(
            texts.iter().any(|t| t.text.contains(must)),
            "no text says {must:?}; texts:\n{}",
            texts
                .iter()
                .map(|t| format!("{}: {}", t.what, t.text))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// Errors that name a field, and the notes the store adds, in Vietnamese too: an account with
/// neither service nor name, a label with control characters, a case title too long, and the
/// same key imported twice under two names (the store's "same secret key" note).
#[test]
fn field_names_and_store_notes_read_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::open(dir.path());
    let texts = |lang: Lang| {
        with_lang(lang, || {
            let store = profile.otp();
            let mut out = Vec::new();
            let unnamed = store
                .add_manual(&OtpManualEntry {
                    secret: zeroize::Zeroizing::new("JBSWY3DPEHPK3PXP".into()),
                    ..Default::default()
                })
                .unwrap_err();
            assert_eq!(unnamed.code(), "invalid_input");
            out.push(("unnamed account", unnamed.to_string()));
            let control = store
                .add_manual(&OtpManualEntry {
                    issuer: Some("Bank\u{7}".into()),
                    name: "ana".into(),
                    secret: zeroize::Zeroizing::new("JBSWY3DPEHPK3PXP".into()),
                    ..Default::default()
                })
                .unwrap_err();
            assert_eq!(control.code(), "invalid_input");
            out.push(("control characters", control.to_string()));
            let long = profile
                .cases()
                .create_case(&common::new_case(&"x".repeat(300), "Bank"))
                .unwrap_err();
            assert_eq!(long.code(), "field_too_long");
            out.push(("title too long", long.to_string()));
            out
        })
    };
    let english = texts(Lang::english());
    let vietnamese = texts(vi());
    assert!(
        english[2].1.starts_with("Title is too long"),
        "{}",
        english[2].1
    );
    let mut problems = Vec::new();
    for ((what, en), (_, vi)) in english.iter().zip(&vietnamese) {
        let t = Text {
            what: what.to_string(),
            text: vi.clone(),
            data: vec!["Bank".into()],
        };
        if en == vi || !has_vietnamese_letters(vi) || !english_words_left(&t).is_empty() {
            problems.push(format!("{what}: {vi} (English: {en})"));
        }
    }

    // The same secret twice under two names: the second import's note.
    let link = |issuer: &str| {
        format!("otpauth://totp/{issuer}:ana?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer={issuer}\n")
    };
    let store = profile.otp();
    store
        .add_report(import_auto(link("Deno").as_bytes(), None, None).unwrap())
        .unwrap();
    let notes = |lang: Lang, issuer: &str| {
        with_lang(lang, || {
            let report = import_auto(link(issuer).as_bytes(), None, None).unwrap();
            store.add_report(report).unwrap().notes
        })
    };
    let en = notes(Lang::english(), "Dino");
    let vi_notes = notes(vi(), "Dyno");
    assert!(
        en.iter()
            .any(|n| n.contains("uses the same secret key as account 1")),
        "{en:?}"
    );
    assert_eq!(vi_notes.len(), 1, "{vi_notes:?}");
    let t = Text {
        what: "same key".into(),
        text: vi_notes[0].clone(),
        data: vec!["Dyno (ana)".into(), "Deno (ana)".into()],
    };
    if !has_vietnamese_letters(&t.text) || !english_words_left(&t).is_empty() {
        problems.push(format!("same key: {}", t.text));
    }
    assert!(
        problems.is_empty(),
        "not in Vietnamese:\n{}",
        problems.join("\n")
    );
}
