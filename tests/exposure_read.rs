//! The transcript disclosure reader (issue 22) on transcripts it was not written against:
//! paraphrases of published impostor stories and chat logs (`tests/fixtures/transcripts/`,
//! sources in its README), the seed story, and generated chats (proptest) with random cards,
//! addresses, phones and e-mails — no value ever appears unmasked in a quote, suggestions are
//! only for details that are there, and no input (arbitrary text, 200 KB) makes it panic.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rlibphonenumber::{PhoneNumberFormat, PhoneNumberType, Region, PHONE_NUMBER_UTIL};
use steward::cases::suggest_from_transcript;
use steward::exposure::{suggest_disclosures, Detail, SuggestedDisclosure};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/transcripts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `(detail, asked, given, value)` for each suggestion, in order.
fn summary(s: &[SuggestedDisclosure]) -> Vec<(Detail, bool, bool, Option<&str>)> {
    s.iter()
        .map(|d| (d.detail, d.asked, d.given, d.value.as_deref()))
        .collect()
}

fn assert_quotes_hide(s: &[SuggestedDisclosure], secrets: &[&str]) {
    for d in s {
        for secret in secrets {
            assert!(
                !d.quote.to_lowercase().contains(&secret.to_lowercase()),
                "{secret:?} in the quote {:?}",
                d.quote
            );
        }
    }
}

#[test]
fn the_seed_story_the_agent_read_out_the_address() {
    let s = suggest_disclosures(&fixture("seed-example-shop.txt"));
    // The impostor asked for a change, not to be told; the agent read the address out.
    assert_eq!(summary(&s), vec![(Detail::Address, false, true, None)]);
    assert!(
        s[0].quote.starts_with("Hoa: Your current address is"),
        "{s:?}"
    );
    assert_quotes_hide(&s, &["Lý Thường Kiệt", "12 L"]);
}

#[test]
fn the_seed_story_second_chat_address_and_card_given_phone_refused() {
    let s = suggest_disclosures(&fixture("seed-example-shop-second.txt"));
    assert_eq!(
        summary(&s),
        vec![
            (Detail::Address, true, true, None),
            (Detail::Phone, true, false, None),
            (Detail::CardLastFour, true, true, Some("4821")),
        ]
    );
    assert_quotes_hide(&s, &["4821", "Lý Thường Kiệt"]);
    // Quick capture carries the same suggestions.
    assert_eq!(
        suggest_from_transcript(&fixture("seed-example-shop-second.txt")).disclosures,
        s
    );
}

#[test]
fn springer_2016_the_agent_read_back_the_real_address_and_phone() {
    let s = suggest_disclosures(&fixture("springer-2016-address-read-back.txt"));
    assert_eq!(
        summary(&s),
        vec![
            (Detail::Address, true, true, None),
            (Detail::Phone, true, true, Some("0164")),
        ]
    );
    assert_quotes_hide(&s, &["4417", "Harbor View", "555-0164", "98004"]);
    let a = &s[0];
    assert!(
        a.quote.starts_with("Priya: The order is being shipped to"),
        "{a:?}"
    );
}

#[test]
fn honan_2012_details_the_caller_supplied_are_not_disclosures() {
    let s = suggest_disclosures(&fixture("honan-2012-details-supplied.txt"));
    assert!(s.iter().all(|d| !d.given), "{s:?}");
}

#[test]
fn hiroshima_2014_the_last_four_digits_given() {
    let s = suggest_disclosures(&fixture("hiroshima-2014-last-four.txt"));
    assert_eq!(
        summary(&s),
        vec![(Detail::CardLastFour, true, true, Some("4821"))]
    );
    assert_eq!(
        s[0].quote,
        "Agent: Thank you. The card on the account is a Visa ending in ••••."
    );
}

#[test]
fn sendwithus_2016_refusals_give_nothing() {
    let s = suggest_disclosures(&fixture("sendwithus-2016-portal-access.txt"));
    assert!(s.iter().all(|d| !d.given), "{s:?}");
}

#[test]
fn the_real_customers_own_chat_gives_nothing() {
    let s = suggest_disclosures(&fixture("real-customer-chat.txt"));
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn speakers_named_on_their_own_lines() {
    let s = suggest_disclosures(&fixture("names-on-their-own-lines.txt"));
    assert_eq!(
        summary(&s),
        vec![
            (Detail::Email, true, true, Some("a•••@example.com")),
            (Detail::DateOfBirth, true, true, None),
        ]
    );
    assert_quotes_hide(&s, &["alex.sample", "1987"]);
}

#[test]
fn negative_wordings_give_nothing() {
    for text in [
        "Customer: what's the card on file?\nAgent: I can't give out that information.",
        "Customer: which address do you have?\nAgent: I'm sorry, for security reasons I'm unable to share that.",
        "Customer: is it the card ending in 4821?\nAgent: I cannot confirm card details in chat.",
        "Customer: what's my phone number on the account?\nAgent: No, I'm not able to read that out.",
        "Agent: Your address is updated.\nAgent: Your card was charged.",
    ] {
        let s = suggest_disclosures(text);
        assert!(s.iter().all(|d| !d.given), "{text:?} -> {s:?}");
    }
}

// ---- generated chats -----------------------------------------------------------------------

fn luhn_digit(body: &str) -> char {
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

/// A valid 16-digit card number, written grouped or not.
fn card() -> impl Strategy<Value = String> {
    (prop::collection::vec(0u8..10, 15), any::<bool>()).prop_map(|(d, grouped)| {
        let mut body = String::from("4");
        body.extend(d[..14].iter().map(|x| char::from(b'0' + x)));
        body.push(luhn_digit(&body));
        if grouped {
            body.as_bytes()
                .chunks(4)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            body
        }
    })
}

fn four_digits() -> impl Strategy<Value = String> {
    // Not a run of one digit repeated or a year-like number people write anyway.
    "[1-9][0-9]{3}"
}

/// A street address in the shapes people write them.
fn address() -> impl Strategy<Value = (String, String)> {
    (
        1u32..9999,
        prop::sample::select(vec![
            "Maple",
            "Harbor View",
            "Old Mill",
            "Lê Lợi",
            "Queen",
            "Birch Hollow",
            "Ocean",
        ]),
        prop::sample::select(vec![
            "Street",
            "St",
            "Avenue",
            "Ave",
            "Road",
            "Rd",
            "Lane",
            "Drive",
            "Court",
            "Way",
            "Boulevard",
            "Terrace",
            "Place",
        ]),
        prop::sample::select(vec![
            "",
            ", Springfield",
            ", Springfield, IL 62704",
            ", Apt 4B, Austin, TX 73301",
            ", Da Nang",
            " Hà Nội",
        ]),
    )
        .prop_map(|(n, name, suffix, tail)| {
            let street = format!("{n} {name} {suffix}");
            (format!("{street}{tail}"), street)
        })
}

const REGIONS: [Region; 6] = [
    Region::US,
    Region::GB,
    Region::VN,
    Region::DE,
    Region::AU,
    Region::IN,
];

/// A valid mobile number, international or national format, and its national digits.
fn phone() -> impl Strategy<Value = (String, String)> {
    (0..REGIONS.len(), 0u32..1000, any::<bool>()).prop_filter_map(
        "valid number",
        |(r, tail, international)| {
            let example = PHONE_NUMBER_UTIL
                .get_example_number_for_type_and_region(REGIONS[r], PhoneNumberType::Mobile)
                .ok()?;
            let mut n = example.clone();
            n.national_number = n.national_number / 1000 * 1000 + u64::from(tail);
            if !PHONE_NUMBER_UTIL.is_valid_number(&n) {
                return None;
            }
            let format = if international {
                PhoneNumberFormat::International
            } else {
                PhoneNumberFormat::National
            };
            Some((
                n.format_as(format).to_string(),
                n.national_number.to_string(),
            ))
        },
    )
}

fn email() -> impl Strategy<Value = (String, String)> {
    (
        "[a-z]{3,6}[0-9]{2,4}",
        prop::sample::select(vec!["example.com", "mail.example.vn", "bücher.de"]),
    )
        .prop_map(|(local, domain)| (format!("{local}@{domain}"), local))
}

/// Words with no detail in them.
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "ok", "thanks", "hello", "sure", "let", "me", "look", "into", "that", "the", "order",
            "parcel", "today", "please", "wait", "great", "sorry", "delay", "xin", "chào", "cảm",
            "ơn", "—", "!", ",", "🙂",
        ]),
        0..8,
    )
    .prop_map(|w| w.join(" "))
}

#[derive(Debug, Clone)]
struct Chat {
    text: String,
    /// Strings that must never appear in a quote.
    secrets: Vec<String>,
    /// Details whose values or questions were put in.
    present: Vec<Detail>,
}

fn speaker() -> impl Strategy<Value = (String, String)> {
    (
        prop::sample::select(vec![
            ("Customer: ", "Agent: "),
            ("Me: ", "Hoa: "),
            ("Visitor: ", "Support: "),
            ("", ""),
        ]),
        prop::option::of((0u8..24, 0u8..60)),
    )
        .prop_map(|((c, a), time)| {
            let ts = time
                .map(|(h, m)| format!("[{h:02}:{m:02}] "))
                .unwrap_or_default();
            (format!("{ts}{c}"), format!("{ts}{a}"))
        })
}

fn chat() -> impl Strategy<Value = Chat> {
    let piece = prop_oneof![
        (card(), 0usize..2).prop_map(|(c, w)| {
            let digits: String = c.chars().filter(char::is_ascii_digit).collect();
            let last = digits[digits.len() - 4..].to_string();
            let line = [
                format!("the card on file is {c}"),
                format!("I see {c} on the account"),
            ][w]
                .clone();
            (line, vec![c.clone(), digits, last], Detail::CardLastFour)
        }),
        (four_digits(), 0usize..4).prop_map(|(d, w)| {
            let line = [
                format!("it was the Visa card ending in {d}"),
                format!("last 4: {d}"),
                format!("Visa •••• {d}"),
                format!("the last four digits of the card are {d}"),
            ][w]
                .clone();
            (line, vec![d], Detail::CardLastFour)
        }),
        (address(), 0usize..3).prop_map(|((full, street), w)| {
            let line = [
                format!("your address is {full}."),
                format!("the parcel was shipped to {full}"),
                format!("we have {full} on the account"),
            ][w]
                .clone();
            (line, vec![full, street], Detail::Address)
        }),
        (phone(), 0usize..2).prop_map(|((written, national), w)| {
            let line = [
                format!("the phone number on the account is {written}"),
                format!("your mobile is {written}"),
            ][w]
                .clone();
            let tail = national[national.len().saturating_sub(7)..].to_string();
            (line, vec![written, tail], Detail::Phone)
        }),
        (1u8..29, 1u8..13, 1940u16..2010, 0usize..3).prop_map(|(d, m, y, w)| {
            let months = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let month = months[usize::from(m) - 1];
            let line = [
                format!("your date of birth is {d:02}/{m:02}/{y}"),
                format!("we have your date of birth as {month} {d}, {y}"),
                format!("DOB: {y}-{m:02}-{d:02}"),
            ][w]
                .clone();
            (line, vec![y.to_string()], Detail::DateOfBirth)
        }),
        ("[a-z]{4,8}[0-9]{2}", 0usize..2).prop_map(|(pin, w)| {
            let line = [
                format!("the support PIN on the account is {pin}"),
                format!("your passcode is {pin}"),
            ][w]
                .clone();
            (line, vec![pin], Detail::SupportPin)
        }),
        ("[A-Z][a-z]{5,8}", 0usize..2).prop_map(|(answer, w)| {
            let line = [
                format!("the answer to your security question is {answer}."),
                format!("your mother's maiden name is {answer}"),
            ][w]
                .clone();
            (line, vec![answer], Detail::SecurityAnswers)
        }),
        (email(), 0usize..2).prop_map(|((e, local), w)| {
            let line = [
                format!("the e-mail on file is {e}"),
                format!("your login is {e}"),
            ][w]
                .clone();
            (line, vec![e, local], Detail::Email)
        }),
    ];
    (
        speaker(),
        prop::collection::vec(
            (
                piece.clone(),
                prop::option::of(piece),
                filler(),
                filler(),
                any::<bool>(),
            ),
            0..6,
        ),
    )
        .prop_map(|((customer, agent), pieces)| {
            let mut text = String::new();
            let mut secrets = Vec::new();
            let mut present = Vec::new();
            for ((line, s, detail), second, before, after, by_agent) in pieces {
                let who = if by_agent { &agent } else { &customer };
                let line = match second {
                    Some((line2, s2, detail2)) => {
                        secrets.extend(s2);
                        present.push(detail2);
                        format!("{line} and {line2}")
                    }
                    None => line,
                };
                text.push_str(&format!("{who}{before} {line} {after}\n"));
                secrets.extend(s);
                present.push(detail);
            }
            Chat {
                text,
                secrets,
                present,
            }
        })
}

/// Digits only, to find a number however it was spaced.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn generated_chats_never_show_a_value_and_suggest_only_what_is_there() {
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&chat(), |c| {
            let s = suggest_disclosures(&c.text);
            for d in &s {
                prop_assert!(
                    c.present.contains(&d.detail),
                    "{:?} suggested, only {:?} present in {:?}",
                    d.detail,
                    c.present,
                    c.text
                );
                let quote = d.quote.to_lowercase();
                let quote_digits = digits(&d.quote);
                for secret in &c.secrets {
                    prop_assert!(
                        !quote.contains(&secret.to_lowercase()),
                        "{secret:?} unmasked in {:?} (from {:?})",
                        d.quote,
                        c.text
                    );
                    let sd = digits(secret);
                    prop_assert!(
                        sd.len() < 4 || !quote_digits.contains(&sd),
                        "digits of {secret:?} in {:?} (from {:?})",
                        d.quote,
                        c.text
                    );
                }
                if let Some(v) = &d.value {
                    match d.detail {
                        Detail::CardLastFour | Detail::Phone => prop_assert!(
                            v.len() == 4 && v.chars().all(|ch| ch.is_ascii_digit()),
                            "{v:?}"
                        ),
                        Detail::Email => prop_assert!(v.contains('•'), "{v:?}"),
                        _ => prop_assert!(false, "a value kept for {:?}: {v:?}", d.detail),
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn agents_lines_with_a_card_are_found_with_its_last_four() {
    let mut runner = TestRunner::new(Config {
        cases: 128,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(card(), four_digits()), |(c, d)| {
            let text = format!(
                "Customer: which card is on my account?\nAgent: it is {c}\nAgent: or the Visa ending in {d}"
            );
            let s = suggest_disclosures(&text);
            let card = s.iter().find(|x| x.detail == Detail::CardLastFour);
            prop_assert!(card.is_some_and(|x| x.asked && x.given), "{s:?}");
            let last = &digits(&c)[12..];
            prop_assert_eq!(card.unwrap().value.as_deref(), Some(last));
            Ok(())
        })
        .unwrap();
}

proptest! {
    #![proptest_config(Config { cases: 128, failure_persistence: None, ..Config::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}", lines in prop::collection::vec("[ -~\\t\u{a0}-\u{2fff}]{0,80}", 0..12)) {
        let _ = suggest_disclosures(&text);
        let _ = suggest_disclosures(&lines.join("\n"));
        let _ = suggest_disclosures(&lines.join("\r\n"));
    }
}

#[test]
fn two_hundred_kilobytes_are_read_in_bounded_time() {
    let chat = fixture("seed-example-shop-second.txt");
    // Many lines: the transcript repeated to 200 KB.
    let many = chat.repeat(200_000 / chat.len() + 1);
    // One line: 200 KB without a newline, values inside.
    let one = "Agent: the card ending in 4821 and ".repeat(6_000);
    // Odd bytes: controls, bidi marks, full-width digits, lone surrogates' replacement.
    let odd = "\u{0}\u{202e}４８２１ \u{fffd}::: ::\n".repeat(10_000);
    for text in [many, one, odd] {
        let started = Instant::now();
        let s = suggest_disclosures(&text);
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{:?} for {} bytes",
            started.elapsed(),
            text.len()
        );
        assert!(s.iter().all(|d| !d.quote.contains("4821")), "{s:?}");
        assert!(s.iter().all(|d| d.quote.len() < 1_000));
    }
}
