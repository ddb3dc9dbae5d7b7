//! The command line's own words in Vietnamese (`--lang vi`), human output: a small story — a
//! case with a contact and a promise, insights, a phone number, the regions, an enrolment, an
//! authenticator account — reads in Vietnamese, while what the customer typed is printed exactly
//! as typed. The same story without `--lang` (and no language in the environment) is English.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use support::directory_server::Server;
use support::CliEnv;

const TITLE: &str = "Phone number refused for 2-step verification";
const SUMMARY: &str = "Agent said the number is blocked, wait 48 hours";
const QUOTE: &str = "We cannot change this, please wait";
const PROMISE: &str = "Call me back with the ticket";
const REFERENCE: &str = "TK-48213";
const LINK: &str =
    "otpauth://totp/GitHub:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub";

/// What each step of the story printed.
struct Story {
    new: String,
    log: String,
    show: String,
    insights: String,
    phone: String,
    regions: String,
    enrol: String,
    otp_add: String,
    otp_list: String,
}

/// A profile with no language from the environment; `lang` given with `--lang`, if any.
fn env(lang: Option<&str>) -> CliEnv {
    let mut env = CliEnv::new().env("STEWARD_DIRECTORY_URL", Server::two_factor().url);
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        env = env.env_remove(var);
    }
    if let Some(lang) = lang {
        env = env.arg("--lang").arg(lang);
    }
    env
}

fn story(env: &CliEnv) -> Story {
    let new = env.text(&["case", "new", TITLE, "--service", "Example Shop"]);
    let log = env.text(&[
        "case",
        "log",
        "1",
        "--summary",
        SUMMARY,
        "--channel",
        "phone",
        "--quote",
        QUOTE,
        "--ref",
        REFERENCE,
        "--promise",
        &format!("{PROMISE}|+48h"),
    ]);
    let show = env.text(&["case", "show", "1"]);
    let insights = env.text(&["case", "insights", "1"]);
    let phone = env.text(&["phone", "check", "0912345678", "--region", "VN"]);
    let regions = env.text(&["phone", "regions"]);
    let enrol = env.text(&["enrol", "start", "amazon"]);
    let otp_add = env.text(&["otp", "add", LINK]);
    let otp_list = env.text(&["otp", "list"]);
    Story {
        new,
        log,
        show,
        insights,
        phone,
        regions,
        enrol,
        otp_add,
        otp_list,
    }
}

/// The column where the value after `label` starts, in characters.
fn value_column(text: &str, label: &str) -> usize {
    let line = text
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line starting with {label:?}:\n{text}"));
    let rest = &line[label.len()..];
    label.chars().count() + rest.chars().take_while(|c| *c == ' ').count()
}

fn contains_all(text: &str, words: &[&str]) {
    for w in words {
        assert!(text.contains(w), "{w:?} is missing from:\n{text}");
    }
}

fn contains_none(text: &str, words: &[&str]) {
    for w in words {
        assert!(!text.contains(w), "{w:?} is still there in:\n{text}");
    }
}

#[test]
fn the_story_reads_in_vietnamese_with_what_the_customer_typed_unchanged() {
    let s = story(&env(Some("vi")));

    contains_all(&s.new, &["Đã mở vụ việc 1: ", TITLE]);
    contains_none(&s.new, &["Started case"]);

    contains_all(&s.log, &["Đã lưu: lần liên hệ qua ", "ngày"]);
    contains_none(&s.log, &["Saved:", " contact on "]);

    // The case: Vietnamese labels, one column for the values, the customer's words as typed.
    contains_all(
        &s.show,
        &[
            &format!("Vụ việc 1: {TITLE}"),
            "Dịch vụ:",
            "Example Shop",
            "Trạng thái:",
            "Ngày mở:",
            "Lần liên hệ 1 · ",
            SUMMARY,
            &format!("Mã tham chiếu: {REFERENCE}"),
            &format!("Họ nói: \"{QUOTE}\""),
            &format!("Lời hứa 1: {PROMISE} (đang chờ, hạn "),
        ],
    );
    contains_none(
        &s.show,
        &[
            "Status:",
            "Service:",
            "Opened:",
            "Contact 1",
            "They said",
            "References:",
            "Promise 1",
            "pending",
        ],
    );
    let column = value_column(&s.show, "Trạng thái:");
    assert_eq!(value_column(&s.show, "Dịch vụ:"), column, "{}", s.show);
    assert_eq!(value_column(&s.show, "Ngày mở:"), column, "{}", s.show);

    contains_all(
        &s.insights,
        &["Lần liên hệ: 1", "Lời hứa: 1 đã hứa", "0 quá hạn"],
    );
    contains_none(&s.insights, &["Contacts:", "Promises:", "Hand-offs"]);

    contains_all(
        &s.phone,
        &[
            "Số:",
            "+84 912 345 678",
            "Quốc gia:",
            "Loại:",
            "di động",
            "Hợp lệ:",
            "có",
        ],
    );
    contains_none(
        &s.phone,
        &["Number:", "Country:", "Type:", "Valid:", "yes", "mobile"],
    );
    let column = value_column(&s.phone, "SMS:");
    assert_eq!(value_column(&s.phone, "Trong nước:"), column, "{}", s.phone);
    assert_eq!(value_column(&s.phone, "Hợp lệ:"), column, "{}", s.phone);

    let vn = s
        .regions
        .lines()
        .find(|l| l.starts_with("VN "))
        .unwrap_or_else(|| panic!("no VN line:\n{}", s.regions));
    assert!(vn.contains("+84"), "{vn}");
    assert!(vn.contains("Việt Nam"), "{vn}");

    contains_all(
        &s.enrol,
        &["Amazon — bước 1/", "Quy tắc: ", "Nếu không được: "],
    );
    contains_none(&s.enrol, &["step 1 of", "Rules:", "If it fails:"]);

    contains_all(
        &s.otp_add,
        &["Đã thêm 1 tài khoản:", "GitHub", "alice@example.com"],
    );
    contains_none(&s.otp_add, &["Added 1 account"]);
    contains_all(
        &s.otp_list,
        &["TOTP 6 chữ số, 30 giây", "alice@example.com"],
    );
    contains_none(&s.otp_list, &["digits"]);
}

#[test]
fn without_a_language_the_same_story_is_english() {
    let s = story(&env(None));

    assert_eq!(s.new.trim_end(), format!("Started case 1: {TITLE}"));
    assert!(s.log.starts_with("Saved: phone contact on "), "{}", s.log);
    contains_all(
        &s.show,
        &[
            &format!("Case 1: {TITLE}\n"),
            "Service:  Example Shop\n",
            "Status:   ",
            "Opened:   ",
            "Contact 1 · ",
            &format!("  {SUMMARY}\n"),
            &format!("  References: {REFERENCE}\n"),
            &format!("  They said: \"{QUOTE}\"\n"),
            &format!("  Promise 1: {PROMISE} (pending, due "),
        ],
    );
    contains_all(
        &s.insights,
        &[
            "Contacts: 1   Teams: -   Hand-offs: 0   Days open: 0   On hold: 0 min\n",
            "Promises: 1 made, 0 kept, 0 broken, 0 overdue\n",
        ],
    );
    contains_all(
        &s.phone,
        &[
            "Number:   +84 912 345 678\n",
            "E.164:    +84912345678\n",
            "Type:     mobile\n",
            "Valid:    yes\n",
            "SMS:      codes can reach it\n",
        ],
    );
    assert!(
        s.regions.lines().any(|l| l.starts_with("VN  +84")),
        "{}",
        s.regions
    );
    contains_all(
        &s.enrol,
        &["Amazon — step 1 of ", "Rules: ", "If it fails: "],
    );
    assert!(s.otp_add.starts_with("Added 1 account:\n"), "{}", s.otp_add);
    assert!(s.otp_list.contains("TOTP 6 digits, 30 s"), "{}", s.otp_list);
}
