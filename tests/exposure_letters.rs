//! Issue 22, the letters: repeat impostor alerts ("this is the second time"), the brief's
//! situation line that says so, and the exposure letters (a note on an at-risk account; the
//! second-time letter to the company where it happened) — on real encrypted profiles, in
//! English and Vietnamese, with no unmasked value and no raw identifier in any letter.

mod common;

use chrono::Utc;
use common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use steward::cases::{
    AccountPatch, AlertKind, AttachOptions, Channel, Direction, NewAlert, NewCase,
};
use steward::error::UserFacing;
use steward::exposure::{Detail, DetailAnswer, DisclosureAnswer, KnowledgeAnswers, Stake};
use steward::i18n::Lang;
use steward::profile::Profile;
use steward::share::{brief, ExposureLetter, ExposureLetterKind, Redactor};

fn vi() -> Lang {
    Lang::parse("vi").unwrap()
}

fn en() -> Lang {
    Lang::english()
}

/// The impostor story's case at Example Shop: a chat the customer never had, in which someone
/// got the address and the card's last four, and its alert.
fn impostor_case(
    profile: &Profile,
    title: &str,
    chat_at: &str,
    reference: &str,
) -> (steward::cases::Case, steward::cases::Alert) {
    let store = profile.cases();
    let case = store
        .create_case(&NewCase {
            title: title.into(),
            service: Some("Example Shop".into()),
            desired_outcome: Some("Nobody but me gets my details".into()),
        })
        .unwrap();
    let mut chat = contact(
        "Chat I never had: 'I' asked for the delivery address (12 Hang Bac Street, Hanoi) and \
         the card on file, ending 4821; phone +84 91 234 5678, mail lan.nguyen@example.com",
    );
    chat.channel = Channel::Chat;
    chat.direction = Direction::Inbound;
    chat.team = Some("Customer Service".into());
    chat.agent = Some("Hoa".into());
    chat.references = vec![reference.into()];
    chat.started_at = Some(chat_at.parse().unwrap());
    let contact_id = Some(store.log_interaction(case.id, &chat).unwrap().id);
    let alert = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "Someone posing as me got my address and card ending 4821".into(),
                interaction_id: contact_id,
                attachment_id: None,
            },
        )
        .unwrap();
    (case, alert)
}

fn situation(profile: &Profile, case: uuid::Uuid, lang: Lang) -> String {
    let (x, _) = profile
        .share()
        .in_lang(Some(lang))
        .export(case, &Redactor::default(), Utc::now())
        .unwrap();
    brief::build(&x).situation
}

#[test]
fn one_impostor_alert_is_not_a_repeat() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let (case, alert) = impostor_case(
        &profile,
        "A chat I never had",
        "2026-03-02T14:02:00Z",
        "CS-440219",
    );
    assert!(alert.earlier.is_empty());
    assert!(
        !alert.explanation.contains("second time"),
        "{}",
        alert.explanation
    );
    for lang in [en(), vi()] {
        let s = situation(&profile, case.id, lang);
        assert!(!s.contains("second time"), "{s}");
        assert!(!s.contains("lần thứ hai"), "{s}");
    }
}

#[test]
fn a_second_impostor_alert_at_the_same_company_is_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let (_, first) = impostor_case(
        &profile,
        "A chat I never had",
        "2026-03-02T14:02:00Z",
        "CS-440219",
    );
    // Alerts that are not impostors, or at another company, do not count.
    let other = store
        .create_case(&new_case("Shown someone else's order", "Example Shop"))
        .unwrap();
    let exposed = store
        .raise_alert(
            other.id,
            &NewAlert {
                kind: AlertKind::DataExposed,
                summary: "Support showed me another customer's order".into(),
                interaction_id: None,
                attachment_id: None,
            },
        )
        .unwrap();
    assert!(exposed.earlier.is_empty(), "not an impostor kind");
    let elsewhere = store
        .create_case(&new_case("A call I never made", "Other Bank"))
        .unwrap();
    let far = store
        .raise_alert(
            elsewhere.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "A call I never made".into(),
                interaction_id: None,
                attachment_id: None,
            },
        )
        .unwrap();
    assert!(far.earlier.is_empty(), "another account");

    let (case, second) = impostor_case(
        &profile,
        "Another chat I never had",
        "2026-03-09T10:30:00Z",
        "CS-451100",
    );
    assert_eq!(second.earlier, vec![first.number]);
    assert!(
        second
            .explanation
            .starts_with("This is the second time at Example Shop (earlier: alert 1)"),
        "{}",
        second.explanation
    );
    let tell = second
        .steps
        .iter()
        .find(|s| s.id == steward::cases::AlertStepId::TellSupport)
        .unwrap();
    assert_eq!(
        tell.text,
        "Tell support this is the second time, with the evidence, and ask them to investigate"
    );
    // Read again, everywhere an alert is read, it says the same.
    assert_eq!(store.alert(second.id).unwrap(), second);
    assert_eq!(store.alerts(case.id).unwrap(), vec![second.clone()]);
    assert!(store.alert(first.id).unwrap().earlier.is_empty());
    let vi_alert = steward::i18n::with_lang(vi(), || store.alert(second.id).unwrap());
    assert!(
        vi_alert.explanation.starts_with("Đây là lần thứ hai"),
        "{}",
        vi_alert.explanation
    );

    // The brief of either case says it is the second time, with both dates, oldest first.
    let s = situation(&profile, case.id, en());
    assert!(
        s.contains(
            "This is the second time someone posing as me has contacted you (2 Mar 2026; 9 Mar 2026)."
        ),
        "{s}"
    );
    let s = situation(&profile, case.id, vi());
    assert!(
        s.contains("Đây là lần thứ hai có người giả danh tôi liên hệ với bên bạn ("),
        "{s}"
    );
    // The export says so too, in the shape its published schema describes.
    let (x, _) = profile
        .share()
        .export(case.id, &Redactor::default(), Utc::now())
        .unwrap();
    let times = &x.export().case.account_impostor_alerts;
    assert_eq!(times.len(), 2, "{times:?}");
    assert_eq!(times[0].kind, "contact_not_made");
    assert_eq!(times[0].happened_at, "2026-03-02T14:02:00Z");
    let file = dir.path().join("export.json");
    let doc = steward::share::SignedExport {
        export: x.export().clone(),
        signature: None,
    };
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    assert_eq!(schema_errors(&[&file]).trim(), "export.json 0");

    // The case at the other company does not.
    let s = situation(&profile, elsewhere.id, en());
    assert!(!s.contains("second time"), "{s}");

    // A third: the third time, earlier = both.
    let (_, third) = impostor_case(
        &profile,
        "A third chat",
        "2026-03-20T08:00:00Z",
        "CS-460001",
    );
    assert_eq!(third.earlier, vec![first.number, second.number]);
    assert!(third.explanation.starts_with("This is the third time"));
}

#[test]
fn an_unsolicited_contact_then_called_a_contact_never_made_is_one_time_not_two() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Someone changed my address in a chat",
            "Example Shop",
        ))
        .unwrap();
    let mut chat = contact("Chat I never had: my delivery address was changed");
    chat.direction = Direction::Unsolicited;
    chat.started_at = Some("2026-03-02T14:02:00Z".parse().unwrap());
    let chat = store.log_interaction(case.id, &chat).unwrap();
    // Logging it as unsolicited raised an alert by itself.
    let auto = store.alerts(case.id).unwrap();
    assert_eq!(auto.len(), 1);
    assert_eq!(auto[0].kind, AlertKind::UnsolicitedContact);
    let said = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "That chat was not me".into(),
                interaction_id: Some(chat.id),
                attachment_id: None,
            },
        )
        .unwrap();
    assert!(said.earlier.is_empty(), "{:?}", said.earlier);
    for lang in [en(), vi()] {
        let s = situation(&profile, case.id, lang);
        assert!(
            !s.contains("second time") && !s.contains("lần thứ hai"),
            "{s}"
        );
    }
}

/// The values of the story: none of them may stand in a letter.
const CARD_LAST_FOUR: &str = "4821";
const ADDRESS: &str = "12 Hang Bac Street";
const PHONE: &str = "+84 91 234 5678";
const EMAIL: &str = "lan.nguyen@example.com";
const TRANSCRIPT: &str = "Hoa (Customer Service): Hello! How can I help?\n\
    Customer: I moved. Can you read me the delivery address you have?\n\
    Hoa (Customer Service): It is 12 Hang Bac Street, Hanoi.\n\
    Customer: And which card is on file?\n\
    Hoa (Customer Service): The card ending 4821. Your phone is +84 91 234 5678 and your e-mail lan.nguyen@example.com.\n";

fn given(detail: Detail, value: Option<&str>) -> DisclosureAnswer {
    DisclosureAnswer {
        detail,
        asked: true,
        given: true,
        value: value.map(str::to_string),
        from_transcript: true,
    }
}

fn holds_and_checks(detail: Detail, value: Option<&str>) -> DetailAnswer {
    DetailAnswer {
        detail,
        holds: true,
        checks: true,
        value: value.map(str::to_string),
    }
}

struct Seed {
    shop_case: steward::cases::Case,
    shop_alert: steward::cases::Alert,
    shop: uuid::Uuid,
    bank: uuid::Uuid,
    mail: uuid::Uuid,
}

/// The seed story: a chat at Example Shop gave away the address and a card's last four (the
/// customer confirmed it from the transcript); the bank checks callers by both, the mail
/// provider by the phone only.
fn seed(profile: &Profile) -> Seed {
    let store = profile.cases();
    let (shop_case, shop_alert) = impostor_case(
        profile,
        "A chat I never had",
        "2026-03-02T14:02:00Z",
        "CS-440219",
    );
    store
        .add_attachment(
            shop_case.id,
            "",
            TRANSCRIPT.as_bytes(),
            &AttachOptions {
                interaction_id: None,
                transcript: true,
            },
        )
        .unwrap();
    store
        .set_alert_disclosures(
            shop_alert.id,
            &[
                given(Detail::Address, None),
                given(Detail::CardLastFour, Some(CARD_LAST_FOUR)),
                DisclosureAnswer {
                    detail: Detail::DateOfBirth,
                    asked: true,
                    given: false,
                    value: None,
                    from_transcript: true,
                },
            ],
        )
        .unwrap();
    let knows = |service: &str, stake, details| {
        let id = store.ensure_account(service, None).unwrap();
        store
            .update_account(
                id,
                &AccountPatch {
                    domain: None,
                    identifier: Some(EMAIL.into()),
                },
            )
            .unwrap();
        store
            .set_account_knowledge(
                id,
                &KnowledgeAnswers {
                    stake: Some(stake),
                    details,
                    skipped: false,
                },
            )
            .unwrap();
        id
    };
    let bank = knows(
        "Example Bank",
        Stake::Money,
        vec![
            holds_and_checks(Detail::CardLastFour, Some(CARD_LAST_FOUR)),
            holds_and_checks(Detail::Address, None),
            holds_and_checks(Detail::Phone, Some(PHONE)),
        ],
    );
    let mail = knows(
        "Example Mail",
        Stake::Email,
        vec![holds_and_checks(Detail::Phone, Some(PHONE))],
    );
    let shop = shop_alert.account_id.unwrap();
    store
        .update_account(
            shop,
            &AccountPatch {
                domain: None,
                identifier: Some(EMAIL.into()),
            },
        )
        .unwrap();
    Seed {
        shop,
        shop_case,
        shop_alert,
        bank,
        mail,
    }
}

fn letter(
    profile: &Profile,
    account: uuid::Uuid,
    kind: ExposureLetterKind,
    lang: Lang,
) -> ExposureLetter {
    profile
        .share()
        .in_lang(Some(lang))
        .exposure_letter(account, kind)
        .unwrap()
}

/// Everything a letter shows.
fn all_of(l: &ExposureLetter) -> String {
    format!("{}\n{}\n{}", l.to, l.subject, l.body)
}

/// No value of the story in any form it was typed, and no raw identifier.
fn assert_no_values(l: &ExposureLetter) {
    let text = all_of(l);
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    for v in [
        CARD_LAST_FOUR,
        ADDRESS,
        "Hang Bac",
        PHONE,
        "234 5678",
        "5678",
        EMAIL,
        "lan.nguyen",
    ] {
        assert!(!text.contains(v), "{v} in the letter:\n{text}");
    }
    assert!(!digits.contains("912345678"), "the phone's digits:\n{text}");
}

#[test]
fn the_banks_letter_names_the_details_and_where_never_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let s = seed(&profile);

    let l = letter(&profile, s.bank, ExposureLetterKind::AccountNote, en());
    let text = all_of(&l);
    assert_eq!(l.kind, ExposureLetterKind::AccountNote);
    assert_eq!((l.to.as_str(), l.lang.as_str()), ("Example Bank", "en"));
    assert!(text.contains("Dear Example Bank support team,"), "{text}");
    assert!(
        text.contains(
            "On 2 March 2026, someone posing as me obtained my postal address and the last four \
             digits of a card from the support team at Example Shop."
        ),
        "{text}"
    );
    assert!(
        text.contains("You accept my postal address and the last four digits of a card"),
        "{text}"
    );
    // The account by its masked identifier; what a caller must do first; the protections.
    assert!(text.contains("my account l•••@example.com that anyone contacting you as me must first give my support PIN or sign in to my account"), "{text}");
    assert!(text.contains("which other protections you offer"), "{text}");
    // Asked for but not given: not named as leaked.
    assert!(!text.contains("date of birth"), "{text}");
    assert_no_values(&l);

    let l = letter(&profile, s.bank, ExposureLetterKind::AccountNote, vi());
    let text = all_of(&l);
    assert_eq!(l.lang, "vi");
    assert!(
        text.contains("Kính gửi Bộ phận hỗ trợ khách hàng của Example Bank,"),
        "{text}"
    );
    assert!(
        text.contains("địa chỉ bưu điện của tôi và bốn số cuối của một thẻ thanh toán"),
        "{text}"
    );
    assert!(text.contains("Example Shop"), "{text}");
    assert!(text.contains("l•••@example.com"), "{text}");
    assert_no_values(&l);

    // The mail provider checks the phone, which did not leak: no letter, a clear error.
    let e = profile
        .share()
        .exposure_letter(s.mail, ExposureLetterKind::AccountNote)
        .unwrap_err();
    assert_eq!(e.code(), "exposure_letter_not_at_risk");
    assert!(e.to_string().contains("Example Mail"), "{e}");
    // One impostor alert at the shop: no second-time letter yet.
    let e = profile
        .share()
        .exposure_letter(s.shop, ExposureLetterKind::SecondTime)
        .unwrap_err();
    assert_eq!(e.code(), "exposure_letter_not_repeat");
    let _ = &s.shop_case;
}

#[test]
fn a_second_impostor_chat_at_the_shop_drafts_the_second_time_letter() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let s = seed(&profile);
    let (_, again) = impostor_case(
        &profile,
        "Another chat I never had",
        "2026-03-09T10:30:00Z",
        "CS-451100",
    );
    assert_eq!(again.earlier, vec![s.shop_alert.number]);
    profile
        .cases()
        .set_alert_disclosures(again.id, &[given(Detail::Phone, Some(PHONE))])
        .unwrap();

    let l = letter(&profile, s.shop, ExposureLetterKind::SecondTime, en());
    let text = all_of(&l);
    assert_eq!(l.to, "Example Shop");
    assert!(
        l.subject
            .starts_with("Second impostor contact about my account (ref. CS-440219, CS-451100)"),
        "{}",
        l.subject
    );
    assert!(
        text.contains(
            "This is the second time someone posing as me has contacted your support about my \
             account l•••@example.com: 2 March 2026; 9 March 2026."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "They obtained my postal address, my phone number and the last four digits of a card."
        ),
        "{text}"
    );
    assert!(text.contains("References: CS-440219, CS-451100"), "{text}");
    assert!(text.contains("Please investigate"), "{text}");
    assert!(
        text.contains("sign in to it first, before any chat"),
        "{text}"
    );
    assert_no_values(&l);

    let l = letter(&profile, s.shop, ExposureLetterKind::SecondTime, vi());
    let text = all_of(&l);
    assert!(
        l.subject.starts_with("Lần thứ hai có kẻ mạo danh"),
        "{}",
        l.subject
    );
    assert!(
        text.contains(
            "Đây là lần thứ hai có người giả danh tôi liên hệ với bộ phận hỗ trợ của bên bạn"
        ),
        "{text}"
    );
    assert!(text.contains("CS-440219"), "{text}");
    assert_no_values(&l);

    // And the brief of the shop's first case says so in its situation line.
    let sit = situation(&profile, s.shop_case.id, en());
    assert!(sit.contains("This is the second time someone posing as me has contacted you (2 Mar 2026; 9 Mar 2026)."), "{sit}");
    let sit = situation(&profile, s.shop_case.id, vi());
    assert!(sit.contains("Đây là lần thứ hai"), "{sit}");
    // The bank's note still goes out, naming only what leaked there.
    assert_no_values(&letter(
        &profile,
        s.bank,
        ExposureLetterKind::AccountNote,
        en(),
    ));
}

/// A card number that passes the Luhn check, from 15 digits.
fn luhn_card(body: &[u8]) -> String {
    let mut digits: Vec<u32> = body.iter().map(|d| u32::from(*d % 10)).collect();
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    digits.push((10 - sum % 10) % 10);
    digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

#[derive(Debug, Clone)]
struct Planted {
    card: String,
    phone: String,
    email: String,
    password: String,
    /// Which of the customer's texts each goes into.
    spots: Vec<u8>,
}

fn planted() -> impl Strategy<Value = Planted> {
    (
        proptest::collection::vec(0u8..10, 15),
        "[3-9][0-9]{8}",
        "[a-z]{3,8}\\.[a-z]{3,8}@[a-z]{4,8}\\.(com|vn|net)",
        "[A-Za-z]{4}[0-9]{4}[A-Za-z]{3}",
        proptest::collection::vec(0u8..5, 4),
    )
        .prop_map(|(card, phone, email, password, spots)| Planted {
            card: luhn_card(&card),
            phone: format!("+84 {} {} {}", &phone[..2], &phone[2..5], &phone[5..]),
            email,
            password,
            spots,
        })
}

/// Secrets generated and planted in the customer's own texts (case titles, contact summaries,
/// quotes, references, alert summaries) never come out of either letter, in either language.
#[test]
fn generated_secrets_in_the_customers_texts_never_reach_a_letter() {
    let mut runner = TestRunner::new(Config {
        cases: 12,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&planted(), |p| {
            let dir = tempfile::tempdir().unwrap();
            let profile = open(dir.path());
            let s = seed(&profile);
            let store = profile.cases();
            let (case, _) = impostor_case(
                &profile,
                "Another chat I never had",
                "2026-03-09T10:30:00Z",
                "CS-451100",
            );
            let texts = [
                format!("my card {}", p.card),
                format!("call me on {}", p.phone),
                format!("write to {}", p.email),
                format!("my password: {}", p.password),
            ];
            let mut patch_title = String::from("Chat I never had");
            let mut c = contact("Another unknown chat");
            c.started_at = Some("2026-03-10T09:00:00Z".parse().unwrap());
            c.references = vec!["CS-460000".into()];
            let mut summary = String::from("Someone posing as me again");
            for (text, spot) in texts.iter().zip(&p.spots) {
                match spot {
                    0 => patch_title = format!("{patch_title} — {text}"),
                    1 => c.summary = format!("{} {text}", c.summary),
                    2 => c.quotes.push(text.clone()),
                    3 => c.references.push(text.clone()),
                    _ => summary = format!("{summary}: {text}"),
                }
            }
            store
                .update_case(
                    case.id,
                    &steward::cases::CasePatch {
                        title: Some(patch_title),
                        ..Default::default()
                    },
                )
                .unwrap();
            let contact_id = store.log_interaction(case.id, &c).unwrap().id;
            store
                .raise_alert(
                    case.id,
                    &NewAlert {
                        kind: AlertKind::ContactNotMade,
                        summary,
                        interaction_id: Some(contact_id),
                        attachment_id: None,
                    },
                )
                .unwrap();
            for lang in [en(), vi()] {
                for (account, kind) in [
                    (s.bank, ExposureLetterKind::AccountNote),
                    (s.shop, ExposureLetterKind::SecondTime),
                ] {
                    let l = letter(&profile, account, kind, lang);
                    assert_no_values(&l);
                    let text = all_of(&l);
                    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                    for secret in [&p.card, &p.email, &p.password] {
                        prop_assert!(!compact.contains(secret.as_str()), "{secret} in:\n{text}");
                    }
                    let phone_digits: String =
                        p.phone.chars().filter(char::is_ascii_digit).collect();
                    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                    prop_assert!(!digits.contains(&phone_digits), "{} in:\n{text}", p.phone);
                    prop_assert!(
                        !text.contains(&p.card[p.card.len() - 8..]),
                        "card digits in:\n{text}"
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}
