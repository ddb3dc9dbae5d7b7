//! Briefs and letters in the reader's language: a case exported in Vietnamese through the core's
//! option (`profile.share().in_lang(..)`) has Vietnamese headings, labels and dates, keeps what
//! the customer recorded (quotes, error texts, references) exactly as recorded, and leaks no
//! secret; the same case in English is byte-identical to the default export.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, TimeZone, Utc};
use common::*;
use steward::cases::{Channel, NewPromise, Uuid};
use steward::i18n::Lang;
use steward::profile::Profile;
use steward::share::{self, brief, export_to_file, render, Format, Redactor, ShareKey};

const CARD: &str = "4111 1111 1111 1111";
const PHONE: &str = "+84 912 345 678";
const OTP: &str = "493817";
const QUOTE: &str = "Your refund was approved, it takes 5 working days";
const ERROR: &str = "Refund declined: reference mismatch (E-4402)";

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 5, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    at(10, 9)
}

fn vi() -> Lang {
    Lang::parse("vi").unwrap()
}

/// Forms of each secret that must not appear: as typed and with separators removed.
fn secrets() -> Vec<String> {
    let mut v = Vec::new();
    for s in [CARD, PHONE, OTP] {
        v.push(s.to_string());
        v.push(s.replace(' ', ""));
    }
    v.push("912345678".into());
    v
}

/// Two contacts and a missed promise; a card number and a phone number in a summary.
fn case(profile: &Profile) -> Uuid {
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Card charged twice", "Bank"))
        .unwrap();
    let mut a = contact(&format!(
        "Told them my card {CARD} was charged twice; they texted {PHONE} the code {OTP}."
    ));
    a.channel = Channel::Phone;
    a.team = Some("Cards team".into());
    a.agent = Some("Hoa".into());
    a.references = vec!["CRD-2291".into()];
    a.error_texts = vec![ERROR.into()];
    a.quotes = vec![QUOTE.into()];
    a.identity_verified = Some(true);
    a.started_at = Some(at(2, 14));
    a.promises = vec![NewPromise {
        text: "We will call you back within 48 hours".into(),
        due_at: Some(at(4, 14)),
    }];
    store.log_interaction(case.id, &a).unwrap();
    let mut b = contact("Chat: asked again, they had no record of the refund.");
    b.team = Some("Disputes".into());
    b.references = vec!["DSP-77".into()];
    b.started_at = Some(at(6, 10));
    store.log_interaction(case.id, &b).unwrap();
    case.id
}

fn pdf_text(path: &Path) -> Option<String> {
    let out = Command::new("pdftotext").arg(path).arg("-").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).to_string())
}

fn assert_no_secret(what: &str, text: &str) {
    let squeezed: String = text.split_whitespace().collect();
    for s in secrets() {
        assert!(
            !text.contains(&s) && !squeezed.contains(&s.replace(' ', "")),
            "{what} leaks {s:?}"
        );
    }
}

/// What the customer recorded, exactly as recorded.
fn assert_data_kept(what: &str, text: &str) {
    for data in [
        QUOTE,
        ERROR,
        "CRD-2291",
        "DSP-77",
        "Cards team",
        "Card charged twice",
    ] {
        assert!(text.contains(data), "{what} lost {data:?}:\n{text}");
    }
}

#[test]
fn a_case_exported_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let id = case(&profile);
    let key = ShareKey::for_profile(&profile).unwrap();
    let r = Redactor::new();
    let (x, preview) = profile
        .share()
        .in_lang(Some(vi()))
        .export(id, &r, now())
        .unwrap();
    assert_eq!(x.lang(), vi());
    // The preview is the customer's: the current language (English here).
    assert!(
        preview.items.iter().any(|i| i.field == "contact 1 summary"),
        "{:?}",
        preview.items
    );

    let text = brief::build(&x).to_text();
    for heading in [
        "Vụ việc 1: Card charged twice",
        "Bối cảnh: các lần liên hệ với Bank",
        "Đánh giá",
        "Mã tham chiếu",
        "Danh tính",
        "Đã xác minh tôi: #1",
        "lỡ hẹn",
    ] {
        assert!(text.contains(heading), "brief lacks {heading:?}:\n{text}");
    }
    // Dates in Vietnamese form: CLDR medium ("2 thg 3, 2026") and day/month/year.
    assert!(text.contains("Từ 2 thg 3, 2026."), "{text}");
    assert!(text.contains("14:05 UTC ngày 02/03/2026"), "{text}");
    assert!(text.contains("trước 14:05 UTC ngày 04/03/2026"), "{text}");
    for english in [
        "Background",
        "Assessment",
        "Identity",
        "Verified me",
        "Since ",
    ] {
        assert!(
            !text.contains(english),
            "brief still says {english:?}:\n{text}"
        );
    }
    // The mask is in Vietnamese too; the card's last four stay for the agent.
    assert!(text.contains("[thẻ đuôi 1111]"), "{text}");
    assert!(text.contains(&format!("\"{QUOTE}\"")), "{text}");
    assert_data_kept("brief", &text);
    assert_no_secret("brief", &text);

    let chat = brief::chat(&x);
    assert!(
        chat.contains("Lỗi: 02/03 14:05") || chat.contains("Lỗi: "),
        "{chat}"
    );
    assert!(chat.contains(ERROR), "{chat}");
    assert!(chat.chars().count() <= share::CHAT_MAX_CHARS);
    assert_no_secret("chat brief", &chat);

    let md = String::from_utf8(render(&x, Format::Md, &key).unwrap().bytes).unwrap();
    for label in [
        "# Vụ việc 1 — Card charged twice",
        "## Toàn bộ dòng thời gian",
        "- **Họ đã nói:**",
        "- **Lỗi (nguyên văn):**",
        "- **Danh tính:** đã xác minh",
        "## Cách kiểm tra tệp này",
        "Tạo bởi Steward",
        "14:05 UTC ngày 02/03/2026",
    ] {
        assert!(md.contains(label), "Markdown lacks {label:?}:\n{md}");
    }
    assert!(!md.contains("Full timeline") && !md.contains("They said"));
    assert_data_kept("Markdown", &md);
    assert_no_secret("Markdown", &md);

    // The JSON: names and codes as always, the prose's language recorded.
    let json: serde_json::Value =
        serde_json::from_slice(&share::signed_json(&x, &key).unwrap()).unwrap();
    assert_eq!(json["export"]["lang"], "vi");
    assert_eq!(json["export"]["contacts"][0]["channel"], "phone");
    assert_eq!(
        json["export"]["contacts"][0]["promises"][0]["status"],
        "pending"
    );
    assert_eq!(json["export"]["contacts"][0]["quotes"][0], QUOTE);
    assert_no_secret("JSON", &json.to_string());

    // The PDF as a recipient reads it (poppler's pdftotext where it is installed).
    let path = dir.path().join("case.pdf");
    export_to_file(&x, Format::Pdf, &key, &path).unwrap();
    let pdf = pdf_text(&path).unwrap_or_else(|| text.clone());
    for label in [
        "Vụ việc 1",
        "Toàn bộ dòng thời gian",
        "Cách kiểm tra tệp này",
    ] {
        assert!(pdf.contains(label), "PDF lacks {label:?}:\n{pdf}");
    }
    assert!(pdf.contains("E-4402") && pdf.contains("CRD-2291"), "{pdf}");
    assert_no_secret("PDF", &pdf);

    // The letter too, with CLDR long dates.
    let letter = profile
        .share()
        .in_lang(Some(vi()))
        .escalation_letter(id, &r, now())
        .unwrap();
    assert!(
        letter.subject.starts_with("Khiếu nại"),
        "{}",
        letter.subject
    );
    assert!(letter.body.starts_with("Kính gửi"), "{}", letter.body);
    assert!(
        letter.body.contains("Từ 2 tháng 3, 2026"),
        "{}",
        letter.body
    );
    assert!(letter.body.contains("17 tháng 3, 2026"), "{}", letter.body);
    assert!(letter.body.contains(ERROR), "{}", letter.body);
    assert_no_secret("letter", &letter.body);
}

#[test]
fn english_by_choice_is_the_default_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let id = case(&profile);
    let key = ShareKey::for_profile(&profile).unwrap();
    let r = Redactor::new();
    let (default, _) = profile.share().export(id, &r, now()).unwrap();
    let (english, _) = profile
        .share()
        .in_lang(Some(Lang::english()))
        .export(id, &r, now())
        .unwrap();
    assert_eq!(default.export(), english.export());
    assert_eq!(default.lang, Some("en".into()));
    assert_eq!(
        brief::build(&default).to_text(),
        brief::build(&english).to_text()
    );
    assert_eq!(brief::chat(&default), brief::chat(&english));
    for format in [
        Format::Brief,
        Format::Md,
        Format::Html,
        Format::Json,
        Format::Ics,
    ] {
        assert_eq!(
            render(&default, format, &key).unwrap().bytes,
            render(&english, format, &key).unwrap().bytes,
            "{}",
            format.as_str()
        );
    }
    let text = brief::build(&english).to_text();
    assert!(text.contains("Since 2 Mar 2026."), "{text}");
    assert!(text.contains("#1 2026-03-02 14:05 UTC, phone"), "{text}");
    assert!(text.contains("[card ending 1111]"), "{text}");
    let letter = profile.share().escalation_letter(id, &r, now()).unwrap();
    assert!(
        letter.body.contains("Since 2 March 2026"),
        "{}",
        letter.body
    );

    // A Vietnamese export made in between changes nothing for English.
    let (_, _) = profile
        .share()
        .in_lang(Some(Lang::parse("vi").unwrap()))
        .export(id, &r, now())
        .unwrap();
    assert_eq!(
        render(&default, Format::Md, &key).unwrap().bytes,
        render(&english, Format::Md, &key).unwrap().bytes
    );
}
