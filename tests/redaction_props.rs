//! Property tests of the one outbound gate: generated secrets — valid card numbers, IBANs of
//! every registry country, phone numbers of many regions, e-mails (IDN, `+tags`), one-time
//! codes, passwords and identity numbers in English and Vietnamese wordings — embedded in random
//! text and punctuation, in a random field of a case (title, service, team, agent, reference, summary, error, quote,
//! promise, outcome, attachment name), must appear in none of the outputs: every export format
//! (the PDF's text through poppler's `pdftotext` and its embedded JSON through `pdfdetach`; the
//! `.eml` parsed, headers and every decoded part), both briefs, the escalation letter, the
//! complaint letters, and the promise and complaint-deadline notifications.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::{Duration, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rlibphonenumber::{PhoneNumberFormat, PhoneNumberType, Region, PHONE_NUMBER_UTIL};
use steward::cases::{AttachOptions, NewPromise};
use steward::share::{
    build_export, complaint_letter_in, complaint_notices, escalation_letter, promise_notices,
    render, Format, Redactor, ShareKey,
};

// ---- generators ----------------------------------------------------------------------------

fn luhn_digit(body: &str) -> char {
    // The check digit that makes body + digit pass Luhn.
    let mut sum = 0;
    for (i, c) in body.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    char::from_digit((10 - sum % 10) % 10, 10).unwrap()
}

fn card() -> impl Strategy<Value = (String, String)> {
    let prefixes = prop::sample::select(vec![
        ("4", 16),
        ("4", 13),
        ("4", 19),
        ("51", 16),
        ("55", 16),
        ("2221", 16),
        ("34", 15),
        ("37", 15),
        ("6011", 16),
        ("65", 16),
        ("3530", 16),
        ("36", 14),
        ("62", 19),
    ]);
    (prefixes, prop::collection::vec(0u8..10, 18), 0usize..4).prop_map(
        |((prefix, len), digits, style)| {
            let mut body: String = prefix.to_string();
            for d in digits.iter().take(len - 1 - prefix.len()) {
                body.push(char::from(b'0' + d));
            }
            let number = format!("{body}{}", luhn_digit(&body));
            let written = match (style, len) {
                (0, _) => number.clone(),
                (1, 15) => format!("{} {} {}", &number[..4], &number[4..10], &number[10..]),
                (1, _) | (2, _) => {
                    let sep = if style == 1 { " " } else { "-" };
                    let groups: Vec<&str> = number
                        .as_bytes()
                        .chunks(4)
                        .map(|c| std::str::from_utf8(c).unwrap())
                        .collect();
                    groups.join(sep)
                }
                _ => {
                    let groups: Vec<&str> = number
                        .as_bytes()
                        .chunks(4)
                        .map(|c| std::str::from_utf8(c).unwrap())
                        .collect();
                    groups.join("\u{a0}")
                }
            };
            (written, number)
        },
    )
}

fn iban_formats() -> Vec<(String, Vec<(usize, char)>)> {
    include_str!("fixtures/redaction/iban-bban-formats.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (cc, pattern) = l.split_once(' ').unwrap();
            let mut parts = Vec::new();
            let mut n = 0;
            for c in pattern.chars() {
                if let Some(d) = c.to_digit(10) {
                    n = n * 10 + d as usize;
                } else {
                    parts.push((n, c));
                    n = 0;
                }
            }
            (cc.to_string(), parts)
        })
        .collect()
}

fn iban_check(cc: &str, bban: &str) -> String {
    let moved = format!("{bban}{cc}00");
    let mut rem: u64 = 0;
    for c in moved.chars() {
        let v = c.to_digit(36).unwrap() as u64;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    format!("{:02}", 98 - rem)
}

fn iban() -> impl Strategy<Value = (String, String)> {
    let formats = iban_formats();
    (
        0..formats.len(),
        prop::collection::vec(0u32..36, 34),
        any::<bool>(),
    )
        .prop_map(move |(i, pool, spaced)| {
            let (cc, parts) = &formats[i];
            let mut bban = String::new();
            let mut k = 0;
            for &(n, t) in parts {
                for _ in 0..n {
                    let v = pool[k % pool.len()] + k as u32;
                    k += 1;
                    bban.push(match t {
                        'n' => char::from_digit(v % 10, 10).unwrap(),
                        'a' => char::from(b'A' + (v % 26) as u8),
                        _ => char::from_digit(v % 36, 36).unwrap().to_ascii_uppercase(),
                    });
                }
            }
            let compact = format!("{cc}{}{bban}", iban_check(cc, &bban));
            let written = if spaced {
                compact
                    .as_bytes()
                    .chunks(4)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                compact.clone()
            };
            (written, compact)
        })
}

const REGIONS: [Region; 24] = [
    Region::VN,
    Region::US,
    Region::GB,
    Region::DE,
    Region::FR,
    Region::IN,
    Region::JP,
    Region::BR,
    Region::AU,
    Region::CA,
    Region::ES,
    Region::IT,
    Region::NL,
    Region::SE,
    Region::PL,
    Region::MX,
    Region::NG,
    Region::ZA,
    Region::KR,
    Region::SG,
    Region::TH,
    Region::PH,
    Region::ID,
    Region::TR,
];

/// A valid mobile number of a region (its example number with the last digits changed), written
/// internationally, or nationally when the redactor's region is that region.
fn phone() -> impl Strategy<Value = (String, String, Option<String>)> {
    (0..REGIONS.len(), 0u32..1000, 0usize..3).prop_filter_map("valid number", |(r, tail, style)| {
        let region = REGIONS[r];
        let example = PHONE_NUMBER_UTIL
            .get_example_number_for_type_and_region(region, PhoneNumberType::Mobile)
            .ok()?;
        let mut n = example.clone();
        n.national_number = n.national_number / 1000 * 1000 + u64::from(tail);
        if !PHONE_NUMBER_UTIL.is_valid_number(&n) {
            return None;
        }
        let (written, region_code) = match style {
            0 => (
                n.format_as(PhoneNumberFormat::International).to_string(),
                None,
            ),
            1 => (n.format_as(PhoneNumberFormat::E164).to_string(), None),
            _ => (
                n.format_as(PhoneNumberFormat::National).to_string(),
                Some(format!("{region:?}")),
            ),
        };
        let national = n.national_number.to_string();
        Some((written, national, region_code))
    })
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-z][a-z0-9]{2,9}",
        prop::option::of("[a-z0-9]{2,6}"),
        prop::sample::select(vec![
            "gmail.com",
            "bücher.de",
            "xn--bcher-kva.de",
            "example.vn",
            "mail.例え.jp",
        ]),
        any::<bool>(),
    )
        .prop_map(|(local, tag, domain, upper)| {
            let mut e = match tag {
                Some(t) => format!("{local}.x+{t}@{domain}"),
                None => format!("{local}@{domain}"),
            };
            if upper {
                e = e.to_uppercase();
            }
            e
        })
}

/// A code in the wording of real SMS texts, English and Vietnamese (with and without accents).
fn otp() -> impl Strategy<Value = (String, String)> {
    (
        100_000u32..999_999,
        prop::sample::select(vec![
            "G-{} is your Google verification code.",
            "Your Amazon OTP is {}. Do not share it.",
            "{} is your verification code",
            "Use {} as your login code",
            "Mã xác nhận của bạn là {}",
            "Ma OTP cua Quy khach la {}",
            "Mã OTP: {} (hết hạn sau 5 phút)",
            "the agent asked for the code I got, {}",
        ]),
    )
        .prop_map(|(code, template)| (template.replace("{}", &code.to_string()), code.to_string()))
}

fn password() -> impl Strategy<Value = (String, String)> {
    (
        "[A-Za-z]{3,8}[0-9]{1,4}[!#%&*]{0,2}[A-Za-z0-9]{0,4}",
        prop::sample::select(vec![
            "password: {}",
            "my password is {}",
            "pw={}",
            "the password, it's {}",
            "mật khẩu là {}",
            "mat khau: {}",
            "MK: {}",
        ]),
    )
        .prop_map(|(pw, template)| (template.replace("{}", &pw), pw))
}

/// Identity numbers after their names (US SSN format, Vietnamese CCCD, passports).
fn id_number() -> impl Strategy<Value = (String, String)> {
    (
        prop::sample::select(vec![
            "SSN {}",
            "my social security number is {}",
            "Số CCCD: {}",
            "so can cuoc {}",
            "passport number {}",
            "hộ chiếu {}",
        ]),
        100u32..665,
        10u32..99,
        1000u32..9999,
        100_000_000u64..999_999_999,
    )
        .prop_map(|(template, a, g, s, n)| {
            let value = match template {
                t if t.contains("SSN") || t.contains("social") => format!("{a:03}-{g:02}-{s:04}"),
                t if t.contains("passport") || t.contains("hộ chiếu") => {
                    format!("C{:07}", n % 10_000_000)
                }
                _ => format!("001{n:09}"),
            };
            (template.replace("{}", &value), value)
        })
}

/// (text to embed, needles that must not appear, redactor region)
fn secret() -> impl Strategy<Value = (String, Vec<String>, Option<String>)> {
    prop_oneof![
        card().prop_map(|(w, n)| (w.clone(), vec![w, n], None)),
        iban().prop_map(|(w, n)| (w.clone(), vec![w, n], None)),
        phone().prop_map(|(w, national, region)| (w.clone(), vec![w, national], region)),
        email().prop_map(|e| (e.clone(), vec![e], None)),
        otp().prop_map(|(t, code)| (t, vec![code], None)),
        password().prop_map(|(t, pw)| (t, vec![pw], None)),
        id_number().prop_map(|(t, id)| (t, vec![id], None)),
    ]
}

/// Random words and punctuation around the secret, never glued to it.
fn surrounding() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "please",
            "help",
            "I",
            "called",
            "ngày",
            "hôm",
            "qua",
            "(",
            ")",
            ",",
            ";",
            "—",
            "\"",
            "ref",
            "KDP-77120",
            "2026-11-02",
            "$49.99",
            "thanks!",
            "\n",
            "agent:",
            "…",
            "?",
        ]),
        0..6,
    )
    .prop_map(|w| w.join(" "))
}

// ---- the check -----------------------------------------------------------------------------

const FIELDS: [&str; 11] = [
    "title",
    "service",
    "team",
    "agent",
    "reference",
    "summary",
    "error",
    "quote",
    "promise",
    "outcome",
    "attachment",
];

fn outputs(dir: &Path, text: &str, field: &str, region: Option<String>) -> Vec<(String, String)> {
    let profile = common::open(&dir.join("profile"));
    let store = profile.cases();
    let put = |f: &str| {
        if f == field {
            text.to_string()
        } else {
            format!("plain {f}")
        }
    };
    let case = store
        .create_case(&steward::cases::NewCase {
            title: put("title"),
            service: Some(put("service")),
            desired_outcome: Some("Two-step verification on".into()),
        })
        .unwrap();
    let mut i = common::contact(&put("summary"));
    i.started_at = Some(Utc::now() - Duration::days(3));
    i.team = Some(put("team"));
    i.agent = Some(put("agent"));
    i.references = vec![put("reference")];
    i.error_texts = vec![put("error")];
    i.quotes = vec![put("quote")];
    i.outcome = Some(put("outcome"));
    i.promises = vec![NewPromise {
        text: put("promise"),
        due_at: Some(Utc::now() - Duration::hours(1)),
    }];
    store.log_interaction(case.id, &i).unwrap();
    // A formal complaint on it, the firm's reference holding the field's text too.
    store
        .mark_complaint(
            case.id,
            &steward::complaints::ComplaintInput {
                jurisdiction: Some("GB".into()),
                sector: Some("financial-services".into()),
                firm_reference: Some(put("reference")),
                ..Default::default()
            },
        )
        .unwrap();
    let name = if field == "attachment" {
        format!("{text}.txt")
    } else {
        "notes.txt".into()
    };
    store
        .add_attachment(case.id, &name, b"attached notes", &AttachOptions::default())
        .unwrap();

    let r = Redactor {
        region,
        ..Redactor::new()
    };
    let now = Utc::now();
    let (x, _) = build_export(profile.db().conn(), case.id, &r, now).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let mut out = Vec::new();
    for f in Format::ALL {
        let bytes = render(&x, f, &key).unwrap().bytes;
        match f {
            Format::Pdf => {
                let pdf = dir.join("x.pdf");
                std::fs::write(&pdf, &bytes).unwrap();
                let txt = Command::new("pdftotext")
                    .args(["-enc", "UTF-8"])
                    .arg(&pdf)
                    .arg("-")
                    .output()
                    .unwrap();
                out.push((
                    "pdf text".into(),
                    String::from_utf8_lossy(&txt.stdout).into_owned(),
                ));
                let emb = dir.join("emb");
                let _ = std::fs::remove_dir_all(&emb);
                std::fs::create_dir_all(&emb).unwrap();
                Command::new("pdfdetach")
                    .arg("-saveall")
                    .arg("-o")
                    .arg(&emb)
                    .arg(&pdf)
                    .output()
                    .unwrap();
                for e in std::fs::read_dir(&emb).unwrap() {
                    let b = std::fs::read(e.unwrap().path()).unwrap();
                    out.push((
                        "pdf embedded".into(),
                        String::from_utf8_lossy(&b).into_owned(),
                    ));
                }
                out.push(("pdf raw".into(), pdf_hex_strings_decoded(&bytes)));
            }
            Format::Eml => {
                let msg = mail_parser::MessageParser::default().parse(&bytes).unwrap();
                let mut all = String::new();
                for h in msg.headers() {
                    all.push_str(&format!("{:?}\n", h.value()));
                }
                for part in msg.parts.iter() {
                    // The PDF it carries is searched as the PDF itself is.
                    if part.contents().starts_with(b"%PDF-") {
                        out.push((
                            "pdf raw in the eml".into(),
                            pdf_hex_strings_decoded(part.contents()),
                        ));
                    } else {
                        all.push_str(&String::from_utf8_lossy(part.contents()));
                        all.push('\n');
                    }
                }
                out.push(("eml".into(), all));
            }
            _ => out.push((
                f.as_str().into(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )),
        }
    }
    let letter = escalation_letter(profile.db().conn(), case.id, &r, now).unwrap();
    out.push((
        "letter".into(),
        format!("{}\n{}", letter.subject, letter.body),
    ));
    for kind in steward::complaints::LetterKind::ALL {
        let l = complaint_letter_in(
            profile.db().conn(),
            case.id,
            kind,
            &r,
            now,
            steward::i18n::Lang::english(),
        )
        .unwrap();
        out.push((
            format!("{} letter", kind.as_str()),
            format!("{}\n{}\n{}", l.to, l.subject, l.body),
        ));
    }
    for n in complaint_notices(profile.db().conn(), &r, now, Duration::days(400)).unwrap() {
        out.push((
            "complaint notification".into(),
            format!("{}\n{}", n.title(), n.body()),
        ));
    }
    for n in promise_notices(profile.db().conn(), &r, now, Duration::minutes(15)).unwrap() {
        out.push((
            "notification".into(),
            format!("{}\n{}", n.title(), n.body()),
        ));
    }
    out
}

/// A PDF's bytes as text, with its hex strings (`<FEFF0047…>`, `<3082…>`) decoded: a text string
/// written in hex (UTF-16 with a byte-order mark, or bytes) is searched as the text it is, and the
/// hex of binary data is not searched as digits — the signature's `/Contents` is the DER of its
/// certificate in hex, where `551d130101ff04023000` (basicConstraints) holds "402300" in every
/// PDF, so a generated code of those six digits read as leaked.
fn pdf_hex_strings_decoded(raw: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let opens_hex =
            raw[i] == b'<' && raw.get(i + 1) != Some(&b'<') && (i == 0 || raw[i - 1] != b'<');
        let end = opens_hex
            .then(|| raw[i + 1..].iter().position(|&b| b == b'>'))
            .flatten()
            .map(|n| i + 1 + n);
        let Some(end) = end else {
            out.push(raw[i]);
            i += 1;
            continue;
        };
        let mut digits: Vec<u8> = raw[i + 1..end]
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        // PDF pads an odd last digit with 0.
        if digits.len() % 2 == 1 {
            digits.push(b'0');
        }
        let Ok(decoded) = hex::decode(&digits) else {
            out.push(raw[i]);
            i += 1;
            continue;
        };
        if decoded.starts_with(&[0xFE, 0xFF]) {
            let units: Vec<u16> = decoded[2..]
                .chunks(2)
                .map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)]))
                .collect();
            out.extend(String::from_utf16_lossy(&units).into_bytes());
        } else {
            out.extend(decoded);
        }
        i = end + 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `needle` is in the output `what`. A PDF's own syntax is full of numbers — zero-padded
/// byte offsets in its cross-reference table ("0000084596"), lengths, the signature's byte
/// ranges — so in a PDF's raw bytes a secret made of digits counts only standing alone, not as
/// part of a longer run of digits; its page text (pdftotext) is searched plainly.
fn leaked(what: &str, body: &str, needle: &str) -> bool {
    if !what.starts_with("pdf raw") || !needle.bytes().all(|b| b.is_ascii_digit()) {
        return body.contains(needle);
    }
    body.match_indices(needle).any(|(at, _)| {
        let before = body[..at].bytes().next_back();
        let after = body[at + needle.len()..].bytes().next();
        !before.is_some_and(|b| b.is_ascii_digit()) && !after.is_some_and(|b| b.is_ascii_digit())
    })
}

#[test]
fn in_a_pdfs_raw_bytes_a_number_counts_standing_alone() {
    assert!(!leaked("pdf raw", "0000084596 00000 n", "084596"));
    assert!(leaked("pdf raw", "/Title (code 084596)", "084596"));
    assert!(leaked("pdf raw", "/Title (G-084596.)", "084596"));
    assert!(
        leaked("pdf text", "0000084596", "084596"),
        "page text: plainly"
    );
    assert!(
        leaked("pdf raw", "pass0000084596word", "word"),
        "not a number: plainly"
    );
}

#[test]
fn pdf_hex_strings_are_searched_as_what_they_hold() {
    let raw =
        b"<< /Title <FEFF0034003000320033003000300020006F006B> /Contents <551d130101ff04023000> >>";
    let text = pdf_hex_strings_decoded(raw);
    assert!(text.contains("402300 ok"), "a UTF-16 title: {text:?}");
    assert!(
        !text.contains("402300 ok>") && !text.contains("04023000"),
        "{text:?}"
    );
    assert!(
        text.starts_with("<< /Title ") && text.ends_with(" >>"),
        "{text:?}"
    );
}

/// The case proptest found (CI, 2026-12-07): a Google code whose six digits are also in the hex of
/// the PDF signature's certificate. Not a leak; every output is still searched for it.
#[test]
fn a_code_whose_digits_are_in_the_signature_hex_is_not_a_leak() {
    let dir = tempfile::tempdir().unwrap();
    let text = " G-402300 is your Google verification code. ";
    for (what, body) in outputs(dir.path(), text, "title", None) {
        assert!(
            !leaked(&what, &body, "402300"),
            "402300 leaked into the {what}"
        );
    }
}

#[test]
fn no_generated_secret_leaves_in_any_output() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        panic!("pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
    }
    let cases: u32 = std::env::var("STEWARD_REDACTION_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (secret(), surrounding(), surrounding(), 0..FIELDS.len());
    runner
        .run(
            &strategy,
            |((secret, needles, region), before, after, field)| {
                let text = format!("{before} {secret} {after}");
                let field = FIELDS[field];
                let dir = tempfile::tempdir().unwrap();
                for (what, body) in outputs(dir.path(), &text, field, region) {
                    for n in &needles {
                        prop_assert!(
                            !leaked(&what, &body, n),
                            "{n:?} (in the {field}: {text:?}) leaked into the {what}"
                        );
                    }
                }
                Ok(())
            },
        )
        .unwrap();
}

/// The redactor alone, on many more inputs than the full-output test can afford.
#[test]
fn no_generated_secret_survives_the_redactor() {
    let mut runner = TestRunner::new(Config {
        cases: 3000,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &(secret(), surrounding(), surrounding()),
            |((secret, needles, region), a, b)| {
                let text = format!("{a} {secret} {b}");
                let out = Redactor {
                    region,
                    ..Redactor::new()
                }
                .redact(&text)
                .text();
                for n in &needles {
                    prop_assert!(
                        !out.contains(n.as_str()),
                        "{n:?} survived in {text:?} -> {out:?}"
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}
