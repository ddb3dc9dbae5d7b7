//! Sharing a case: every export format, redacted and signed, on a real encrypted profile.
//! The leak test reads the bytes of each file the way a recipient would: PDF text through
//! poppler's `pdftotext` (and the embedded case.json through `pdfdetach`), the .eml through
//! mail-parser with every base64 part decoded.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{Duration, Utc};
use common::*;
use steward::cases::{AttachOptions, Channel, Direction, NewPromise, Uuid};
use steward::profile::Profile;
use steward::share::{
    self, brief, build_export, export_to_file, verify_file, Format, RedactKind, Redactor, ShareKey,
    Verdict, CHAT_MAX_CHARS,
};

const CARD: &str = "4111 1111 1111 1111";
const IBAN: &str = "GB82 WEST 1234 5698 7654 32";
const PHONE: &str = "+84 912 345 678";
const EMAIL: &str = "lan.nguyen@example.com";
const OTP: &str = "493817";
const BACKUP: &str = "k7p2-9xq4";
const ADDRESS: &str = "12 Nguyen Hue, District 1";

/// Forms of each secret that must not appear: as typed and with separators removed.
fn secrets() -> Vec<String> {
    let mut v = Vec::new();
    for s in [CARD, IBAN, PHONE, EMAIL, OTP, BACKUP] {
        v.push(s.to_string());
        v.push(s.replace(' ', ""));
    }
    v.push("912345678".into());
    v.push("1234 5698 7654".into());
    v
}

/// A case whose record holds every kind of secret, as customers really type them.
fn secret_case(profile: &Profile) -> Uuid {
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Card charged twice, refund refused", "Bank"))
        .unwrap();
    let mut a = contact(&format!(
        "Told them my card {CARD} was charged twice; refund should go to IBAN {IBAN}."
    ));
    a.channel = Channel::Phone;
    a.team = Some("Cards team".into());
    a.agent = Some("Hoa".into());
    a.references = vec!["CRD-2291".into()];
    a.error_texts = vec!["Refund declined: reference mismatch (E-4402)".into()];
    a.identity_verified = Some(true);
    a.identity_method = Some(format!("SMS to {PHONE}"));
    a.started_at = Some(Utc::now() - Duration::days(10));
    a.promises = vec![NewPromise {
        text: "We will call you back within 48 hours".into(),
        due_at: Some(Utc::now() - Duration::days(8)),
    }];
    store.log_interaction(case.id, &a).unwrap();

    let mut b = contact(&format!(
        "Chat: they e-mailed {EMAIL}; your code is {OTP}. I also read out backup code {BACKUP} by mistake."
    ));
    b.team = Some("Disputes".into());
    b.references = vec!["DSP-77".into()];
    b.quotes = vec![format!("Send the statement to {EMAIL}")];
    b.identity_verified = Some(false);
    b.started_at = Some(Utc::now() - Duration::days(3));
    b.promises = vec![NewPromise {
        text: "A specialist will phone you".into(),
        due_at: Some(Utc::now() + Duration::days(2)),
    }];
    store.log_interaction(case.id, &b).unwrap();

    let mut c = contact(&format!(
        "Letter sent to {ADDRESS}; password: Hunter2024! was asked for (I refused)"
    ));
    c.channel = Channel::Letter;
    c.direction = Direction::Inbound;
    c.team = Some("Cards team".into());
    c.started_at = Some(Utc::now() - Duration::days(1));
    store.log_interaction(case.id, &c).unwrap();

    store
        .add_attachment(
            case.id,
            "statement.txt",
            b"statement of account",
            &AttachOptions::default(),
        )
        .unwrap();
    case.id
}

fn tool(name: &str) -> PathBuf {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{name}` is needed (poppler-utils; scripts/install-deps.sh installs it)"
    );
    PathBuf::from(name)
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new(tool("pdftotext"))
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn pdf_embedded(path: &Path, dir: &Path) -> String {
    let target = dir.join("detached-case.json");
    let out = Command::new(tool("pdfdetach"))
        .arg("-save")
        .arg("1")
        .arg("-o")
        .arg(&target)
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdfdetach failed");
    std::fs::read_to_string(&target).unwrap()
}

/// What a recipient can read out of each file.
fn readable(format: Format, path: &Path, dir: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    match format {
        Format::Pdf => {
            let mut s = pdf_text(path);
            s.push_str(&pdf_embedded(path, dir));
            s.push_str(&String::from_utf8_lossy(&bytes));
            s
        }
        Format::Eml => {
            use mail_parser::MimeHeaders;
            let msg = mail_parser::MessageParser::default().parse(&bytes).unwrap();
            let mut s = String::from_utf8_lossy(&bytes).to_string();
            s.push_str(&msg.body_text(0).unwrap_or_default());
            for a in msg.attachments() {
                let name = a.attachment_name().unwrap_or_default().to_string();
                let sub = dir.join(format!("from-eml-{name}"));
                std::fs::write(&sub, a.contents()).unwrap();
                if name.ends_with(".pdf") {
                    s.push_str(&pdf_text(&sub));
                } else {
                    s.push_str(&String::from_utf8_lossy(a.contents()));
                }
            }
            s
        }
        _ => String::from_utf8_lossy(&bytes).to_string(),
    }
}

fn export_all(profile: &Profile, case: Uuid, r: &Redactor, dir: &Path) -> Vec<(Format, PathBuf)> {
    let (x, _) = build_export(profile.db().conn(), case, r, Utc::now()).unwrap();
    let key = ShareKey::for_profile(profile).unwrap();
    Format::ALL
        .into_iter()
        .map(|f| {
            let path = dir.join(format!("case.{}.{}", f.as_str(), f.extension()));
            export_to_file(&x, f, &key, &path).unwrap();
            (f, path)
        })
        .collect()
}

#[test]
fn no_secret_is_in_the_clear_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let redactor = Redactor {
        addresses: vec![ADDRESS.into()],
        ..Default::default()
    };
    for (format, path) in export_all(&profile, case, &redactor, &out) {
        let text = readable(format, &path, &out);
        let squeezed: String = text.split_whitespace().collect();
        for s in secrets() {
            assert!(
                !text.contains(&s) && !squeezed.contains(&s.replace(' ', "")),
                "{} leaks {s:?}",
                format.as_str()
            );
        }
        assert!(
            !text.contains("Hunter2024!"),
            "{} leaks the password",
            format.as_str()
        );
        if !matches!(format, Format::Ics) {
            assert!(
                !text.to_lowercase().contains("nguyen hue"),
                "{} leaks the marked address",
                format.as_str()
            );
        }
        // Still useful: what support needs is there.
        if !matches!(format, Format::Ics | Format::BriefChat) {
            assert!(
                text.contains("CRD-2291"),
                "{} lost a reference",
                format.as_str()
            );
            assert!(
                text.contains("E-4402"),
                "{} lost the error text",
                format.as_str()
            );
        }
        if matches!(
            format,
            Format::Json | Format::Md | Format::Html | Format::Pdf
        ) {
            assert!(
                text.contains("ending 1111"),
                "{} lost the card's last four",
                format.as_str()
            );
        }
    }
}

#[test]
fn otp_secrets_and_backup_codes_are_never_exported() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    // Even when every maskable kind is unmasked deliberately, backup codes stay out.
    let redactor = Redactor {
        unmask: RedactKind::ALL.into_iter().collect(),
        ..Default::default()
    };
    let (x, _) = build_export(profile.db().conn(), case, &redactor, Utc::now()).unwrap();
    let json = serde_json::to_string(x.export()).unwrap();
    assert!(!json.contains(BACKUP));
    assert!(json.contains(PHONE), "unmasked phone goes out as typed");
    // The export model has no field that could carry an authenticator secret: only case data.
    let schema: serde_json::Value = serde_json::from_str(&share::json_schema()).unwrap();
    let mut names = Vec::new();
    property_names(&schema, &mut names);
    assert!(names.contains(&"summary".to_string()), "{names:?}");
    for name in &names {
        for word in ["otp", "secret", "backup", "seed", "totp"] {
            assert!(
                !name.to_lowercase().contains(word),
                "the export has a field {name:?}"
            );
        }
    }
}

/// Every property name anywhere in a JSON Schema.
fn property_names(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            map.values().for_each(|x| property_names(x, out));
        }
        serde_json::Value::Array(list) => list.iter().for_each(|x| property_names(x, out)),
        _ => {}
    }
}

#[test]
fn preview_lists_masks_and_warns_on_last_four_with_address() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let mut redactor = Redactor {
        addresses: vec![ADDRESS.into()],
        ..Default::default()
    };
    let (_, preview) = build_export(profile.db().conn(), case, &redactor, Utc::now()).unwrap();
    let kinds: Vec<RedactKind> = preview.counts.iter().map(|(k, _)| *k).collect();
    for k in [
        RedactKind::Card,
        RedactKind::Iban,
        RedactKind::Phone,
        RedactKind::Email,
        RedactKind::Otp,
        RedactKind::BackupCode,
        RedactKind::Password,
        RedactKind::Address,
    ] {
        assert!(kinds.contains(&k), "preview misses {k:?}: {kinds:?}");
    }
    assert!(preview.warnings.is_empty());
    redactor.unmask.insert(RedactKind::Address);
    let (x, preview) = build_export(profile.db().conn(), case, &redactor, Utc::now()).unwrap();
    assert_eq!(preview.warnings.len(), 1, "{:?}", preview.warnings);
    assert!(preview.warnings[0].contains("last four"));
    assert_eq!(x.redaction.warnings, preview.warnings);
}

#[test]
fn chat_brief_fits_1000_characters_on_a_long_case() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let store = profile.cases();
    let case = store
        .create_case(&new_case(&"A very long case title ".repeat(6), "Amazon"))
        .unwrap();
    for i in 0..60 {
        let mut c = contact(&format!(
            "Contact {i}: {}",
            "they asked me to repeat everything again from the start ".repeat(8)
        ));
        c.team = Some(format!("Team {}", i % 5));
        c.references = vec![format!("REF-{i:04}")];
        c.error_texts = vec!["Something went wrong. ".repeat(20)];
        c.identity_verified = Some(i % 2 == 0);
        c.started_at = Some(Utc::now() - Duration::hours(200 - i));
        store.log_interaction(case.id, &c).unwrap();
    }
    let (x, _) = build_export(profile.db().conn(), case.id, &Redactor::new(), Utc::now()).unwrap();
    let chat = brief::chat(&x);
    assert!(
        chat.chars().count() <= CHAT_MAX_CHARS,
        "{} chars",
        chat.chars().count()
    );
    assert!(chat.contains("more contacts"), "{chat}");
    assert!(chat.contains("#60"), "the newest contact is kept: {chat}");
    assert!(chat.contains("Verified me: #"), "the identity line: {chat}");
    assert!(
        chat.contains("Something went wrong.") && chat.contains("Error:"),
        "the key error is kept: {chat}"
    );
    // The full brief keeps a short timeline and says how many earlier contacts there are.
    let full = brief::build(&x).to_text();
    assert!(full.contains("52 earlier contacts"));

    // A short case: everything fits, nothing is elided.
    let profile2 = open(&dir.path().join("p2"));
    let case2 = secret_case(&profile2);
    let (x2, _) = build_export(profile2.db().conn(), case2, &Redactor::new(), Utc::now()).unwrap();
    let chat2 = brief::chat(&x2);
    assert!(chat2.chars().count() <= CHAT_MAX_CHARS);
    assert!(!chat2.contains("more contacts"), "{chat2}");
    assert!(chat2.contains("#1") && chat2.contains("#3"));
}

fn flip(path: &Path, from: &str, to: &str) {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes).to_string();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn exports_verify_and_tampering_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let own = ShareKey::for_profile(&profile).unwrap().public_hex();
    let files = export_all(&profile, case, &Redactor::new(), &out);
    for (format, path) in &files {
        let v = verify_file(path, Some(&own)).unwrap();
        assert_eq!(
            v.verdict,
            Verdict::Intact,
            "{}: {}",
            format.as_str(),
            v.message
        );
        assert_eq!(v.own_key, Some(true));
        assert!(v
            .fingerprint
            .as_deref()
            .is_some_and(|f| f.starts_with("SHA256:")));
        // What the file is about travels inside md, html and json; PDF, .eml and .ics are
        // covered whole by their OpenSSH signature (the PDF's embedded JSON has the chain head).
        if format.embeds_signature() {
            let head: String = v.chain_head.clone().unwrap();
            assert_eq!(head.len(), 64);
        }
    }
    // The same key every time: it is the profile's, not the export's.
    assert_eq!(ShareKey::for_profile(&profile).unwrap().public_hex(), own);

    for (format, path) in &files {
        match format {
            Format::Json => flip(path, "CRD-2291", "CRD-2292"),
            Format::Md | Format::Html | Format::Brief => flip(path, "Cards team", "Cards tean"),
            Format::BriefChat => flip(path, "Case ", "Cose "),
            Format::Eml => flip(path, "X-Unsent: 1", "X-Unsent: 0"),
            Format::Ics => flip(path, "SUMMARY:", "SUMMARY:X"),
            Format::Pdf => {
                let mut b = std::fs::read(path).unwrap();
                let i = b.len() / 2;
                b[i] ^= 0x01;
                std::fs::write(path, b).unwrap();
            }
        }
        let v = verify_file(path, Some(&own)).unwrap();
        assert_eq!(
            v.verdict,
            Verdict::Tampered,
            "{}: {}",
            format.as_str(),
            v.message
        );
    }

    // Another profile's key is named as such; a file without a signature is "unsigned".
    let md = out.join("case.md.md");
    let fresh = out.join("fresh.md");
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    export_to_file(
        &x,
        Format::Md,
        &ShareKey::for_profile(&profile).unwrap(),
        &fresh,
    )
    .unwrap();
    // Valid, but not this profile's key and nothing pinned: "unpinned", never "intact".
    let v = verify_file(&fresh, Some(&"00".repeat(32))).unwrap();
    assert_eq!((v.verdict, v.own_key), (Verdict::Unpinned, Some(false)));
    let plain = out.join("plain.md");
    std::fs::write(&plain, "# just notes\n").unwrap();
    assert_eq!(
        verify_file(&plain, None).unwrap().verdict,
        Verdict::Unsigned
    );
    // Text appended after the signature block is tampering too.
    let mut b = std::fs::read(&fresh).unwrap();
    b.extend_from_slice(b"\nP.S. refund approved\n");
    std::fs::write(&md, b).unwrap();
    assert_eq!(verify_file(&md, None).unwrap().verdict, Verdict::Tampered);
}

#[test]
fn eml_draft_parses_with_a_standard_mail_parser() {
    use mail_parser::MimeHeaders;
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.eml");
    export_to_file(&x, Format::Eml, &key, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("X-Unsent: 1"));
    let msg = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    let id = msg.message_id().unwrap();
    assert!(id.ends_with("@steward.invalid"), "{id}");
    assert!(
        !id.contains(&hostname()),
        "the Message-ID names this host: {id}"
    );
    assert_eq!(
        msg.subject(),
        Some("Card charged twice, refund refused [CRD-2291, DSP-77]")
    );
    let body = msg.body_text(0).unwrap();
    assert!(body.contains("Verified me:"), "{body}");
    let names: Vec<String> = msg
        .attachments()
        .map(|a| a.attachment_name().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        names,
        vec![
            "case-1.pdf",
            "case-1.pdf.sig",
            "case-1.json",
            "case-1.json.sig"
        ],
        "every file travels with its OpenSSH signature"
    );
    assert!(
        body.contains("ssh-keygen -Y verify -f allowed_signers"),
        "{body}"
    );
    let pdf = msg.attachments().next().unwrap().contents().to_vec();
    assert!(pdf.starts_with(b"%PDF-"));
    // The attached JSON is itself a signed export, and its attached .sig covers it.
    let json = msg.attachments().nth(2).unwrap().contents().to_vec();
    assert_eq!(
        share::verify_bytes(&json, Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
    let json_sig = msg.attachments().nth(3).unwrap().contents().to_vec();
    assert!(share::sshsig::check_sshsig(&json, &json_sig).valid);
    let pdf_sig = msg.attachments().nth(1).unwrap().contents().to_vec();
    assert!(share::sshsig::check_sshsig(&pdf, &pdf_sig).valid);
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "no-hostname-known".into())
}

#[test]
fn ics_has_a_todo_for_each_pending_promise() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.ics");
    export_to_file(&x, Format::Ics, &key, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("BEGIN:VTODO").count(), 2, "{text}");
    assert!(text.contains("DUE:"));
    assert!(
        text.contains("PRIORITY:1"),
        "the missed call-back comes first"
    );
    let cal: icalendar::Calendar = text.parse().unwrap();
    assert_eq!(cal.components.len(), 2);
}

#[test]
fn pdf_is_pdf_a_with_the_json_embedded_and_brief_first() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.pdf");
    export_to_file(&x, Format::Pdf, &key, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("pdfaid:part>3<") || raw.contains("pdfaid:part=\"3\""),
        "no PDF/A-3 XMP"
    );
    let page1 = Command::new(tool("pdftotext"))
        .args(["-f", "1", "-l", "1"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let page1 = String::from_utf8_lossy(&page1.stdout);
    assert!(
        page1.contains("Request") && page1.contains("Identity"),
        "{page1}"
    );
    assert!(!page1.contains("Full timeline"));
    let embedded = pdf_embedded(&path, dir.path());
    assert_eq!(
        share::verify_bytes(embedded.as_bytes(), Some(&key.public_hex())).verdict,
        Verdict::Intact
    );
}

/// A support agent has OpenSSH, not Steward: the PDF's "How to check this file" gives the
/// ssh-keygen command first and `steward share verify` second, and every page footer points
/// there instead of naming a Steward command.
#[test]
fn the_pdf_says_to_check_it_with_ssh_keygen_first() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.pdf");
    export_to_file(&x, Format::Pdf, &key, &path).unwrap();
    let text = pdf_text(&path);
    let section = &text[text.find(share::CHECK_HEADING).expect("a check section")..];
    let ssh = section
        .find("ssh-keygen -Y verify -f allowed_signers")
        .expect("the ssh-keygen command");
    let steward = section
        .find("steward share verify FILE --signer allowed_signers")
        .expect("steward share verify, as the second way");
    assert!(ssh < steward, "{section}");
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 2, "{pages} pages");
    for (n, page) in text.split('\u{c}').take(pages).enumerate() {
        assert!(
            page.contains(&format!(
                "page {} of {pages} · Check it with ssh-keygen, no Steward needed: see “How to check this file” on page 1.",
                n + 1
            )),
            "page {}: {page}",
            n + 1
        );
    }
    assert!(!text.contains("verify: steward share verify"), "{text}");
    assert!(!text.contains("Check this file with: steward"), "{text}");
}

/// The published schema is what the code generates. `STEWARD_UPDATE_SCHEMA=1 cargo test
/// --test share` rewrites it.
#[test]
fn published_schema_is_fresh() {
    let generated = share::json_schema();
    let schema = schema_file();
    if std::env::var_os("STEWARD_UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(schema.parent().unwrap()).unwrap();
        std::fs::write(&schema, &generated).unwrap();
    }
    let published = std::fs::read_to_string(&schema).unwrap_or_default();
    assert!(
        published == generated,
        "schemas/case-export.schema.json is stale: run STEWARD_UPDATE_SCHEMA=1 cargo test --test share published_schema_is_fresh"
    );
}

/// Validated by Python `jsonschema` (Draft 2020-12, with format checks): an independent
/// implementation, not the code that wrote the schema.
#[test]
fn json_export_validates_against_the_published_schema() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    // With a formal complaint marked, so the schema's complaint part is checked too.
    let cases = profile.cases();
    let first = cases.case_detail(case).unwrap().interactions[0].id;
    cases
        .mark_complaint(
            case,
            &steward::complaints::ComplaintInput {
                contact_id: Some(first),
                jurisdiction: Some("gb".into()),
                sector: Some("financial-services".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let good = dir.path().join("case.json");
    export_to_file(&x, Format::Json, &key, &good).unwrap();
    let mut broken: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&good).unwrap()).unwrap();
    let complaint = &broken["export"]["case"]["complaint"];
    assert!(
        complaint["deadlines"]
            .as_array()
            .is_some_and(|d| !d.is_empty()),
        "{complaint}"
    );
    broken["export"]["case"]["number"] = serde_json::json!(0);
    broken["export"]["surprise"] = serde_json::json!(true);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&broken).unwrap()).unwrap();
    let stdout = schema_errors(&[&good, &bad]);
    assert!(stdout.contains("case.json 0"), "{stdout}");
    assert!(stdout.contains("bad.json 2"), "{stdout}");
}

/// Keyring profiles keep the signing seed in the Secret Service (`share-sign/<profile id>`),
/// not in the database. Skipped without a Secret Service unless STEWARD_TEST_KEYRING=required
/// (scripts/test.sh runs it inside dbus-run-session with gnome-keyring).
#[test]
fn keyring_profiles_keep_the_signing_key_in_the_keyring() {
    use steward::profile::{ProfileState, Unlock};
    use steward::vault::KeyringStore;
    let keyring = KeyringStore::system();
    if !keyring.is_available() {
        if std::env::var("STEWARD_TEST_KEYRING").as_deref() == Ok("required") {
            panic!("STEWARD_TEST_KEYRING=required but no Secret Service answers");
        }
        eprintln!("SKIPPED: no Secret Service here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile::open(dir.path(), &Unlock::default()).unwrap();
    assert_eq!(profile.status().state, ProfileState::Keyring);
    let first = ShareKey::for_profile(&profile).unwrap().public_hex();
    let entry = format!("share-sign/{}", profile.id());
    assert_eq!(keyring.get(&entry).unwrap().len(), 32);
    let in_db: i64 = profile
        .db()
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'share_signing_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        in_db, 0,
        "a keyring profile put its signing key in the database"
    );
    assert_eq!(ShareKey::for_profile(&profile).unwrap().public_hex(), first);
    keyring.delete(&entry).unwrap();
}

#[test]
fn passphrase_profiles_keep_the_signing_key_in_the_encrypted_database() {
    let dir = tempfile::tempdir().unwrap();
    let first = {
        let profile = open(dir.path());
        ShareKey::for_profile(&profile).unwrap().public_hex()
    };
    let profile = open(dir.path());
    assert_eq!(ShareKey::for_profile(&profile).unwrap().public_hex(), first);
}

/// Text the bundled font cannot draw (CJK, emoji) makes PDF/A refuse; the export falls back to a
/// plain PDF with the same content and attachment, and says so.
#[test]
fn pdf_falls_back_to_plain_pdf_and_says_so_when_the_font_lacks_a_character() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Lỗi xác minh 😀", "Shop"))
        .unwrap();
    store
        .log_interaction(case.id, &contact("客服说请稍后再试"))
        .unwrap();
    let (x, _) = build_export(profile.db().conn(), case.id, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.pdf");
    let done = export_to_file(&x, Format::Pdf, &key, &path).unwrap();
    assert_eq!(done.notes.len(), 1, "{:?}", done.notes);
    assert!(done.notes[0].contains("not archival PDF/A-3u"));
    assert_eq!(
        share::sign::verify_file_against(&path, None, &[key.fingerprint()])
            .unwrap()
            .verdict,
        Verdict::Intact
    );
    let text = pdf_text(&path);
    assert!(text.contains("Lỗi xác minh"), "{text}");
    assert!(pdf_embedded(&path, dir.path()).contains("客服说请稍后再试"));

    // Vietnamese alone is in Noto Sans: that stays PDF/A-3u.
    let case2 = store
        .create_case(&new_case("Lỗi xác minh số điện thoại", "Shop"))
        .unwrap();
    let (x2, _) =
        build_export(profile.db().conn(), case2.id, &Redactor::new(), Utc::now()).unwrap();
    let done2 = export_to_file(&x2, Format::Pdf, &key, &dir.path().join("vi.pdf")).unwrap();
    assert!(done2.notes.is_empty(), "{:?}", done2.notes);
}

/// A secret given with its cue in one contact and bare in another is masked in both.
#[test]
fn a_secret_found_once_is_masked_across_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let store = profile.cases();
    let case = store.create_case(&new_case("Locked out", "Bank")).unwrap();
    store
        .log_interaction(
            case.id,
            &contact("Agent asked me to confirm: my password is Tr0ub4dor&3"),
        )
        .unwrap();
    let mut later = contact("Second call");
    later.quotes = vec!["I typed Tr0ub4dor&3 twice".into()];
    later.team = Some("Tr0ub4dor&3".into());
    store.log_interaction(case.id, &later).unwrap();
    let (x, _) = build_export(profile.db().conn(), case.id, &Redactor::new(), Utc::now()).unwrap();
    let json = serde_json::to_string(x.export()).unwrap();
    assert!(!json.contains("Tr0ub4dor"), "{json}");
    assert!(!brief::build(&x).to_text().contains("Tr0ub4dor"));
}

/// Complaint letters and the complaint's `.ics` items from the case that holds every kind of
/// secret: the same leak check as the exports, in both languages, with the firm's reference
/// itself holding a secret (an e-mail typed into it).
#[test]
fn complaint_letters_and_deadlines_leak_no_secret() {
    use steward::complaints::{ComplaintInput, LetterKind};
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let case = secret_case(&profile);
    profile
        .cases()
        .mark_complaint(
            case,
            &ComplaintInput {
                jurisdiction: Some("GB".into()),
                sector: Some("financial-services".into()),
                firm_reference: Some(format!("CMP-9 (sent from {EMAIL})")),
                ..Default::default()
            },
        )
        .unwrap();
    let r = Redactor::new();
    let now = Utc::now();
    let mut outputs = Vec::new();
    for lang in ["en", "vi"] {
        let share = profile.share().in_lang(steward::i18n::Lang::parse(lang));
        for kind in LetterKind::ALL {
            let l = share.complaint_letter(case, kind, &r, now).unwrap();
            assert!(l.body.contains("CMP-9"), "{kind:?} {lang}: {}", l.body);
            outputs.push((
                format!("{kind:?} letter ({lang})"),
                format!("{}\n{}\n{}", l.to, l.subject, l.body),
            ));
        }
    }
    let (x, _) = build_export(profile.db().conn(), case, &r, now).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("case.ics");
    export_to_file(&x, Format::Ics, &key, &path).unwrap();
    let ics = std::fs::read_to_string(&path).unwrap();
    // The firm's deadline (8 weeks after the complaint contact, the last one logged) as an
    // all-day to-do on the local date, beside the two promises.
    let received =
        steward::complaints::local::local_date(Utc::now() - Duration::days(1), "Europe/London");
    let due = received + chrono::Days::new(56);
    assert!(
        ics.contains(&format!("DUE;VALUE=DATE:{}", due.format("%Y%m%d"))),
        "{ics}"
    );
    assert!(ics.contains("CMP-9"), "{ics}");
    let cal: icalendar::Calendar = ics.parse().unwrap();
    assert!(cal.components.len() >= 3);
    outputs.push(("ics".into(), ics));
    for n in profile
        .share()
        .complaint_notices(&r, now, Duration::days(400))
        .unwrap()
    {
        outputs.push((
            "notification".into(),
            format!("{}\n{}", n.title(), n.body()),
        ));
    }
    for (what, text) in &outputs {
        for s in secrets() {
            assert!(!text.contains(&s), "{s:?} leaked into the {what}:\n{text}");
        }
        assert!(
            !text.contains("Hunter2024!"),
            "password leaked into the {what}"
        );
    }
}
