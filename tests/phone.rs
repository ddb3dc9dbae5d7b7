//! Phone numbers as a customer types them: what Steward reads, what it corrects and explains,
//! what it says about SMS codes, and how it reads a service's refusal. (Agreement with
//! libphonenumber on thousands of numbers is tests/phone_differential.rs; the `steward phone`
//! commands are tested in cli/tests/phone.rs.)

use steward::error::{ErrorKind, UserFacing};
use steward::phone::{
    self, AdviceAction, FindingCode, NumberType, PhoneCheck, RefusalKind, Severity, SmsOutlook,
};

fn check(input: &str, region: Option<&str>) -> PhoneCheck {
    phone::check(input, region, None).expect("a known region")
}

fn codes(c: &PhoneCheck) -> Vec<FindingCode> {
    c.findings.iter().map(|f| f.code).collect()
}

fn has(c: &PhoneCheck, code: FindingCode) -> &phone::Finding {
    c.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code:?} finding in {:?}", codes(c)))
}

fn number(c: &PhoneCheck) -> &phone::NumberInfo {
    c.number.as_ref().expect("a number was read")
}

#[test]
fn a_vietnamese_mobile_typed_nationally() {
    let c = check("0912 345 678", Some("VN"));
    let n = number(&c);
    assert!(c.valid);
    assert_eq!(n.e164, "+84912345678");
    assert_eq!(n.international, "+84 912 345 678");
    assert_eq!(n.national, "0912 345 678");
    assert_eq!(n.region.as_deref(), Some("VN"));
    assert_eq!(n.region_name.as_deref(), Some("Vietnam"));
    assert_eq!(n.number_type, NumberType::Mobile);
    assert_eq!(c.sms, SmsOutlook::Likely);
    assert_eq!(has(&c, FindingCode::Mobile).severity, Severity::Ok);
    // Vietnam filters codes from unregistered senders: the customer should know.
    assert!(has(&c, FindingCode::SenderIdRules)
        .message
        .starts_with("Vietnam: "));
    assert!(c.read_as.is_none());
}

#[test]
fn the_same_number_in_every_form_people_type_it() {
    let forms: &[(&str, Option<&str>)] = &[
        ("0912 345 678", Some("VN")),
        ("912 345 678", Some("VN")),
        ("0912-345-678", Some("VN")),
        ("(091) 234.5678", Some("VN")),
        ("  0912 345 678\n", Some("vn")),
        ("+84 912 345 678", None),
        ("+84912345678", Some("GB")),
        ("+84 0912 345 678", None),
        ("0084 912 345 678", None),
        ("0084 912 345 678", Some("VN")),
        ("84912345678", Some("VN")),
        ("84912345678", Some("GB")),
        ("84912345678", None),
        ("０９１２ ３４５ ６７８", Some("VN")),
        ("٠٩١٢٣٤٥٦٧٨", Some("VN")),
        ("۰۹۱۲ ۳۴۵ ۶۷۸", Some("VN")),
        ("＋８４ ９１２ ３４５ ６７８", None),
        ("📱 0912 345 678", Some("VN")),
        ("0912📱345678", Some("VN")),
    ];
    for (input, region) in forms {
        let c = check(input, *region);
        assert!(c.valid, "{input:?} {region:?}: {:?}", c.findings);
        assert_eq!(number(&c).e164, "+84912345678", "{input:?} {region:?}");
        assert_eq!(number(&c).number_type, NumberType::Mobile);
    }
}

#[test]
fn a_trunk_zero_after_the_country_code_is_corrected_and_explained() {
    let c = check("+84 0912 345 678", None);
    assert!(c.valid);
    assert_eq!(number(&c).e164, "+84912345678");
    let f = has(&c, FindingCode::TrunkZeroAfterCountryCode);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.corrected.as_deref(), Some("+84 912 345 678"));
    assert!(
        f.message.contains("extra 0 after the country code +84"),
        "{}",
        f.message
    );
    assert!(f
        .action
        .as_deref()
        .unwrap_or_default()
        .contains("+84 912 345 678"));

    // The British way of writing it, and after 00.
    let uk = check("+44 (0) 20 7946 0958", None);
    assert_eq!(number(&uk).e164, "+442079460958");
    assert!(codes(&uk).contains(&FindingCode::TrunkZeroAfterCountryCode));
    let idd = check("0044 020 7946 0958", Some("GB"));
    assert_eq!(number(&idd).e164, "+442079460958");
    assert!(codes(&idd).contains(&FindingCode::TrunkZeroAfterCountryCode));
    assert!(codes(&idd).contains(&FindingCode::InternationalPrefix));

    // Italian numbers keep their leading 0 after +39: nothing to correct.
    let it = check("+39 02 1234 5678", None);
    assert!(it.valid);
    assert_eq!(number(&it).e164, "+390212345678");
    assert!(!codes(&it).contains(&FindingCode::TrunkZeroAfterCountryCode));

    // A correctly typed number has no such finding; nor does one with an extension.
    assert!(
        !codes(&check("+84 912 345 678", None)).contains(&FindingCode::TrunkZeroAfterCountryCode)
    );
    let ext = check("+84 912 345 678 ext. 12", None);
    assert!(!codes(&ext).contains(&FindingCode::TrunkZeroAfterCountryCode));
    assert!(codes(&ext).contains(&FindingCode::Extension));
}

#[test]
fn international_prefix_and_country_code_without_plus_are_explained() {
    let c = check("0084 912 345 678", None);
    assert_eq!(c.read_as.as_deref(), Some("+84912345678"));
    assert_eq!(
        has(&c, FindingCode::InternationalPrefix)
            .corrected
            .as_deref(),
        Some("+84 912 345 678")
    );

    let c = check("84912345678", Some("VN"));
    assert_eq!(
        has(&c, FindingCode::CountryCodeWithoutPlus).severity,
        Severity::Info
    );

    // Another country's code without the plus: read, but as a guess the customer must confirm.
    let c = check("447400123456", Some("VN"));
    assert!(c.valid);
    assert_eq!(number(&c).region.as_deref(), Some("GB"));
    let f = has(&c, FindingCode::CountryCodeWithoutPlus);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("the United Kingdom"), "{}", f.message);
    assert!(
        f.message.contains("not a valid number in Vietnam"),
        "{}",
        f.message
    );
}

#[test]
fn a_valid_national_number_is_never_read_as_another_country() {
    // 201 555 0123 is a US number; +20 155 50123… would be Egyptian.
    let c = check("201 555 0123", Some("US"));
    assert_eq!(number(&c).region.as_deref(), Some("US"));
    assert_eq!(number(&c).e164, "+12015550123");
    assert!(c.read_as.is_none());
    // 131 2345 6789 is a Chinese mobile, also with an emoji in the middle (not +1 312…).
    let c = check("131📱23456789", Some("CN"));
    assert_eq!(number(&c).e164, "+8613123456789");
    assert!(codes(&c).contains(&FindingCode::IgnoredCharacters));
    // In North America a leading 1 is ordinary long-distance dialling: nothing to explain.
    let c = check("1 650 253 0000", Some("US"));
    assert!(c.valid);
    assert!(!codes(&c).contains(&FindingCode::CountryCodeWithoutPlus));
}

#[test]
fn other_digits_are_read_and_mentioned() {
    for input in ["٠٩١٢٣٤٥٦٧٨", "０９１２３４５６７８", "۰۹۱۲۳۴۵۶۷۸"]
    {
        let c = check(input, Some("VN"));
        let f = has(&c, FindingCode::DigitsNormalised);
        assert!(f.message.contains("0912345678"), "{}", f.message);
    }
    assert!(!codes(&check("0912345678", Some("VN"))).contains(&FindingCode::DigitsNormalised));
}

#[test]
fn malformed_input_gets_a_clear_finding_never_a_panic() {
    let cases: &[(&str, Option<&str>, FindingCode)] = &[
        ("", Some("VN"), FindingCode::Empty),
        ("   ", None, FindingCode::Empty),
        ("abc", Some("VN"), FindingCode::NotANumber),
        ("hello world", None, FindingCode::NotANumber),
        ("+", None, FindingCode::NotANumber),
        ("++", Some("US"), FindingCode::NotANumber),
        ("📱", Some("VN"), FindingCode::NotANumber),
        ("☎️☎️☎️", None, FindingCode::NotANumber),
        (&"1".repeat(40), Some("VN"), FindingCode::TooLong),
        (&format!("+1{}", "9".repeat(39)), None, FindingCode::TooLong),
        ("+999 1234 5678", None, FindingCode::UnknownCountryCode),
        ("0912 345 678", None, FindingCode::RegionNeeded),
        ("0999", Some("VN"), FindingCode::TooShort),
        ("0912 345 678 9", Some("VN"), FindingCode::InvalidForRegion),
        ("+84 91", None, FindingCode::TooShort),
    ];
    for (input, region, code) in cases {
        let c = check(input, *region);
        assert!(!c.valid, "{input:?}");
        assert_eq!(c.sms, SmsOutlook::Impossible, "{input:?}");
        let f = c
            .findings
            .first()
            .unwrap_or_else(|| panic!("{input:?}: no finding"));
        assert_eq!(f.code, *code, "{input:?}: {:?}", c.findings);
        assert_eq!(f.severity, Severity::Problem, "{input:?}");
        assert!(
            !f.message.is_empty() && f.action.is_some(),
            "{input:?}: {f:?}"
        );
    }
    // The + with nothing after it is named as such.
    assert!(check("+", None).findings[0]
        .message
        .contains("no digits after the +"));
    assert!(check(&"1".repeat(40), Some("VN")).findings[0]
        .message
        .contains("40 digits"));
}

#[test]
fn the_number_type_decides_what_is_said_about_sms() {
    let landline = check("020 7946 0958", Some("GB"));
    assert_eq!(number(&landline).number_type, NumberType::FixedLine);
    assert_eq!(landline.sms, SmsOutlook::Unlikely);
    assert_eq!(
        has(&landline, FindingCode::FixedLine).severity,
        Severity::Warning
    );

    let voip = check("056 1234 5678", Some("GB"));
    assert_eq!(number(&voip).number_type, NumberType::Voip);
    assert!(has(&voip, FindingCode::Voip).message.contains("VoIP"));

    let toll_free = check("0800 123 4567", Some("GB"));
    assert_eq!(number(&toll_free).number_type, NumberType::TollFree);
    assert_eq!(
        has(&toll_free, FindingCode::TollFree).severity,
        Severity::Problem
    );

    let us = check("(201) 555-0123", Some("US"));
    assert_eq!(number(&us).number_type, NumberType::FixedLineOrMobile);
    assert_eq!(us.sms, SmsOutlook::Uncertain);
    assert!(has(&us, FindingCode::FixedLineOrMobile)
        .message
        .contains("landline"));

    let uk_mobile = check("07400 123456", Some("GB"));
    assert_eq!(uk_mobile.sms, SmsOutlook::Likely);
    // The United Kingdom has no sender-ID registration rule in the data file.
    assert!(!codes(&uk_mobile).contains(&FindingCode::SenderIdRules));
}

#[test]
fn every_sender_id_country_is_known_and_shown() {
    let list = phone::sender_id_countries().unwrap();
    for code in ["VN", "IN", "CN"] {
        assert!(list.iter().any(|(r, _)| r == code), "{code} missing");
    }
    let regions = phone::regions();
    for (region, note) in &list {
        let info = regions
            .iter()
            .find(|r| r.code == *region)
            .unwrap_or_else(|| panic!("{region} in sender_id.toml is not a region"));
        assert!(note.ends_with('.') && note.len() > 30, "{region}: {note:?}");
        let example = info.example_mobile.as_deref().expect("an example mobile");
        let c = check(example, Some(region));
        assert!(c.valid, "{region} {example}");
        let f = has(&c, FindingCode::SenderIdRules);
        assert!(
            f.message.ends_with(note.as_str()),
            "{region}: {}",
            f.message
        );
    }
}

#[test]
fn an_unknown_country_is_an_input_error_and_empty_means_none() {
    let err = phone::check("0912 345 678", Some("XX"), None).unwrap_err();
    assert_eq!(err.code(), "unknown_region");
    assert_eq!(err.kind(), ErrorKind::Input);
    assert!(err.hint().is_some());
    for bad in ["V", "VNM", "84", "001", "ü"] {
        assert!(phone::check("1", Some(bad), None).is_err(), "{bad}");
    }
    assert_eq!(
        codes(&phone::check("0912 345 678", Some(""), None).unwrap()),
        vec![FindingCode::RegionNeeded]
    );
}

#[test]
fn a_refused_valid_number_is_not_the_customers_fault() {
    let text =
        "We detected unusual activity and are unable to verify your mobile number at this time";
    let c = phone::check("0912 345 678", Some("VN"), Some(text)).unwrap();
    let r = c.refusal.as_ref().expect("the refusal is read");
    assert_eq!(r.kind, RefusalKind::RiskBlock);
    assert!(!r.customer_fault && r.stop_retrying);
    let f = has(&c, FindingCode::ServiceRefused);
    assert!(
        f.message
            .contains("+84 912 345 678 is a valid mobile number in Vietnam"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("not something you typed wrong"),
        "{}",
        f.message
    );
    assert!(f
        .action
        .as_deref()
        .unwrap_or_default()
        .starts_with("Stop asking for new codes"));

    // The service says "invalid", the number is valid: say so.
    let c = phone::check("0912 345 678", Some("VN"), Some("invalid phone number")).unwrap();
    assert!(has(&c, FindingCode::ServiceRefused)
        .message
        .starts_with("The service says the number is invalid, but +84 912 345 678 is a valid"));

    // The service says "invalid" and it is: fix the number first.
    let c = phone::check("0912 345", Some("VN"), Some("invalid phone number")).unwrap();
    assert!(has(&c, FindingCode::ServiceRefused)
        .message
        .contains("correct it first"));

    // A blank refusal text is no refusal.
    assert!(phone::check("0912 345 678", Some("VN"), Some("  "))
        .unwrap()
        .refusal
        .is_none());
}

fn refusal(text: &str) -> phone::Refusal {
    phone::classify_refusal(text).unwrap()
}

#[test]
fn the_refusals_named_in_the_issue_are_read_with_advice() {
    let cases: &[(&str, RefusalKind, AdviceAction)] = &[
        (
            "We detected unusual activity and are unable to verify your mobile number at this time",
            RefusalKind::RiskBlock,
            AdviceAction::StopRetrying,
        ),
        (
            "invalid phone number",
            RefusalKind::InvalidNumber,
            AdviceAction::CheckNumber,
        ),
        (
            "too many attempts",
            RefusalKind::RateLimited,
            AdviceAction::StopRetrying,
        ),
        (
            "SMS verification is not supported in your country",
            RefusalKind::UnsupportedCountry,
            AdviceAction::AuthenticatorApp,
        ),
        (
            "SMS could not be sent",
            RefusalKind::DeliveryFailed,
            AdviceAction::Wait,
        ),
    ];
    for (text, kind, first) in cases {
        let r = refusal(text);
        assert_eq!(r.kind, *kind, "{text}");
        assert_eq!(r.advice.first().map(|a| a.action), Some(*first), "{text}");
        assert!(!r.title.is_empty() && !r.explanation.is_empty());
        assert!(
            r.advice.iter().all(|a| !a.text.contains('{')),
            "{text}: {:?}",
            r.advice
        );
    }
    // Every kind offers the authenticator app or a voice call or support: a way forward.
    let risk = refusal(cases[0].0);
    let actions: Vec<_> = risk.advice.iter().map(|a| a.action).collect();
    for a in [
        AdviceAction::AuthenticatorApp,
        AdviceAction::VoiceCall,
        AdviceAction::ContactSupport,
    ] {
        assert!(actions.contains(&a), "{a:?}");
    }
}

#[test]
fn every_rule_reads_its_own_examples() {
    let rules = phone::refusal_rules().unwrap();
    assert!(rules.len() >= 10);
    let mut seen_kinds = std::collections::HashSet::new();
    for rule in &rules {
        assert!(
            !rule.examples.is_empty(),
            "rule {} has no examples",
            rule.id
        );
        for example in &rule.examples {
            let r = refusal(example);
            assert_eq!(r.rule.as_deref(), Some(rule.id.as_str()), "{example:?}");
            assert_eq!(r.kind, rule.kind, "{example:?}");
            // Case and curly quotes do not matter.
            let shouted = refusal(&example.to_uppercase().replace('\'', "\u{2019}"));
            assert_eq!(
                shouted.rule.as_deref(),
                Some(rule.id.as_str()),
                "{example:?} in capitals"
            );
        }
        seen_kinds.insert(rule.kind);
    }
    for kind in RefusalKind::ALL {
        assert!(
            kind == RefusalKind::Unrecognised || seen_kinds.contains(&kind),
            "no rule for {kind:?}"
        );
    }
}

#[test]
fn an_unknown_text_is_unrecognised_with_sensible_advice() {
    for text in ["Something went wrong.", "Error 0x80004005", "", "😀"] {
        let r = refusal(text);
        assert_eq!(r.kind, RefusalKind::Unrecognised, "{text:?}");
        assert!(r.rule.is_none());
        assert!(!r.customer_fault);
        let actions: Vec<_> = r.advice.iter().map(|a| a.action).collect();
        assert!(
            actions.contains(&AdviceAction::ContactSupport),
            "{actions:?}"
        );
        assert!(
            actions.contains(&AdviceAction::AuthenticatorApp),
            "{actions:?}"
        );
    }
}

#[test]
fn a_wait_named_in_the_text_is_the_wait_advised() {
    let r = refusal("You've tried too many times. Try again in 24 hours.");
    assert_eq!(r.wait_minutes, Some(24 * 60));
    assert!(r
        .advice
        .iter()
        .any(|a| a.action == AdviceAction::Wait && a.text.contains("24 hours")));

    let r = refusal("Please wait 10 minutes before requesting another code.");
    assert_eq!(r.kind, RefusalKind::RateLimited);
    assert_eq!(r.wait_minutes, Some(10));
    assert!(r.advice.iter().any(|a| a.text.contains("10 minutes")));

    let r = refusal("Too many requests. Try again in 2 days.");
    assert!(r.advice.iter().any(|a| a.text.contains("2 days")));

    // No time named: the kind's default.
    assert_eq!(refusal("Too many attempts").wait_minutes, Some(24 * 60));
    // A kind that does not advise waiting names no wait.
    assert_eq!(refusal("invalid phone number").wait_minutes, None);
}

#[test]
fn regions_for_the_country_picker() {
    let regions = phone::regions();
    assert!(regions.len() >= 240, "{}", regions.len());
    let vn = regions.iter().find(|r| r.code == "VN").expect("Vietnam");
    assert_eq!(vn.name, "Vietnam");
    assert_eq!(vn.calling_code, 84);
    assert_eq!(vn.example_mobile.as_deref(), Some("0912 345 678"));
    assert_eq!(
        vn.example_mobile_international.as_deref(),
        Some("+84 912 345 678")
    );
    assert!(regions
        .iter()
        .all(|r| r.code.len() == 2 && !r.name.is_empty()));
    // Sorted by name as people read it: Åland Islands among the A's.
    let pos = |code: &str| regions.iter().position(|r| r.code == code).unwrap();
    assert!(pos("AX") < pos("BE"));
    assert!(pos("AF") < pos("AX"));
    assert!(pos("CI") < pos("DE"));
}

#[test]
fn formatting_as_you_type_adds_only_separators() {
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("09", Some("VN"), "09"),
        ("09123", Some("VN"), "0912 3"),
        ("0912345678", Some("VN"), "0912 345 678"),
        ("912345678", Some("VN"), "912 345 678"),
        ("+84912", None, "+84 912"),
        ("+84912345678", None, "+84 912 345 678"),
        ("2015", Some("US"), "(201) 5"),
        ("2015550123", Some("US"), "(201) 555-0123"),
        ("02079460958", Some("GB"), "020 7946 0958"),
        ("0612", Some("FR"), "06 12"),
        ("٠٩١٢٣٤", Some("VN"), "0912 34"),
        // Left alone: letters, no country, nothing to format.
        ("1-800-FLOWERS", Some("US"), "1-800-FLOWERS"),
        ("0912345", None, "0912345"),
        ("+", None, "+"),
        ("", Some("VN"), ""),
    ];
    for (input, region, expected) in cases {
        assert_eq!(
            phone::format_as_you_type(input, *region),
            *expected,
            "{input:?} {region:?}"
        );
    }
    // check() gives the same, for the entry field.
    assert_eq!(check("09123", Some("VN")).formatted_as_typed, "0912 3");
}
