//! The brief an agent acts on, for the three seed stories (2FA blocked with a KDP/Retail loop;
//! another customer's data shown; a transcript of a chat the customer never had), compared with
//! golden files in tests/fixtures/briefs/ (`STEWARD_UPDATE_GOLDEN=1` rewrites them after a
//! reviewed change), and read as an agent would: a script finds the answer to each of the six
//! questions an agent asks — the problem, what was tried and by whom, the references, the
//! request, the team and urgency, the identity — in every golden brief and in generated cases.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use steward::cases::{
    Access, AlertKind, AttachOptions, BriefFactsPatch, Channel, Direction, NewAlert, NewPromise,
};
use steward::share::{brief, build_export, Redactor, CHAT_MAX_CHARS};

fn at(d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).single().unwrap()
}

const NOW_DAY: u32 = 20;

fn briefs(profile: &steward::profile::Profile, case: steward::cases::Uuid) -> (String, String) {
    let now = at(NOW_DAY, 9);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), now).unwrap();
    (brief::build(&x).to_text(), brief::chat(&x))
}

/// (a) 2-step verification blocked: the website refuses a Vietnamese number, retail and
/// publishing support send the customer to each other, a call-back never comes.
fn story_loop(profile: &steward::profile::Profile) -> steward::cases::Uuid {
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Can't turn on 2-step verification: my number is refused",
            "Amazon KDP",
        ))
        .unwrap();
    let mut own =
        contact("Tried to add my Vietnamese mobile +84 91 234 5678 for 2-step verification");
    own.channel = Channel::Portal;
    own.started_at = Some(at(1, 8));
    own.error_texts = vec![UNUSUAL.into()];
    store.log_interaction(case.id, &own).unwrap();
    let mut retail = contact("Retail support said they cannot see publishing accounts");
    retail.channel = Channel::Phone;
    retail.started_at = Some(at(2, 10));
    retail.team = Some("Retail support".into());
    retail.agent = Some("Minh".into());
    retail.wait_minutes = Some(40);
    retail.references = vec!["TKT-4471".into()];
    retail.quotes = vec!["You need to contact the publishing team".into()];
    retail.outcome = Some("Sent me to publishing support".into());
    retail.identity_verified = Some(true);
    retail.identity_method = Some("code sent by SMS".into());
    store.log_interaction(case.id, &retail).unwrap();
    let mut publishing = contact("Publishing support replied that retail handles account security");
    publishing.channel = Channel::Email;
    publishing.direction = Direction::Inbound;
    publishing.started_at = Some(at(4, 15));
    publishing.team = Some("Publishing support".into());
    publishing.references = vec!["KDP-99812".into()];
    publishing.outcome = Some("Sent me back to retail".into());
    publishing.promises = vec![NewPromise {
        text: "We will call you back within 48 hours".into(),
        due_at: Some(at(6, 15)),
    }];
    store.log_interaction(case.id, &publishing).unwrap();
    let mut again = contact("A second retail agent had no record of my first call");
    again.channel = Channel::Chat;
    again.started_at = Some(at(8, 11));
    again.team = Some("Retail support".into());
    again.references = vec!["TKT-4480".into()];
    again.identity_verified = Some(false);
    store.log_interaction(case.id, &again).unwrap();
    store
        .set_brief_facts(
            case.id,
            &BriefFactsPatch {
                request: Some(
                    "Pass this case to the account-security team to lift the risk block on my number, or let me turn on 2-step verification with an authenticator app first".into(),
                ),
                request_by: Some(at(27, 23)),
                still_happening: Some(true),
                access: Some(Access::Web),
                owner_team: Some("KDP account security".into()),
                ..Default::default()
            },
            at(NOW_DAY, 8),
        )
        .unwrap();
    case.id
}

/// (b) support showed the customer another customer's orders, card and address.
fn story_exposed(profile: &steward::profile::Profile) -> steward::cases::Uuid {
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Support showed me another customer's account",
            "Example Shop",
        ))
        .unwrap();
    let mut call = contact(
        "Asked about my order; the agent read out another customer's orders, a card ending 4242 and an address in Da Nang",
    );
    call.channel = Channel::Phone;
    call.started_at = Some(at(10, 14));
    call.team = Some("Orders".into());
    call.agent = Some("Lan".into());
    call.references = vec!["ORD-55120".into()];
    call.identity_verified = Some(true);
    call.identity_method = Some("date of birth".into());
    let call = store.log_interaction(case.id, &call).unwrap();
    let mut follow = contact("Reported it by e-mail; no answer yet");
    follow.channel = Channel::Email;
    follow.started_at = Some(at(11, 9));
    follow.team = Some("Customer care".into());
    follow.promises = vec![NewPromise {
        text: "Our privacy team will contact you within 5 working days".into(),
        due_at: Some(at(18, 9)),
    }];
    store.log_interaction(case.id, &follow).unwrap();
    store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::DataExposed,
                summary: "I was shown another customer's orders, card and address".into(),
                interaction_id: Some(call.id),
                attachment_id: None,
            },
        )
        .unwrap();
    store
        .set_brief_facts(
            case.id,
            &BriefFactsPatch {
                request: Some(
                    "Separate my account from the other customer's and confirm in writing whether my data was shown to anyone".into(),
                ),
                still_happening: Some(true),
                access: Some(Access::Both),
                owner_team: Some("Privacy / data protection".into()),
                ..Default::default()
            },
            at(NOW_DAY, 8),
        )
        .unwrap();
    case.id
}

/// (c) an e-mailed transcript of a chat the customer never had: someone changed the address.
fn story_impostor(profile: &steward::profile::Profile) -> steward::cases::Uuid {
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Someone changed my delivery address in a chat",
            "Example Shop",
        ))
        .unwrap();
    let mut chat = contact(
        "Chat I never had, known from the e-mailed transcript: my delivery address was changed",
    );
    chat.channel = Channel::Chat;
    chat.direction = Direction::Unsolicited;
    chat.started_at = Some(at(2, 14));
    chat.team = Some("Customer service".into());
    chat.agent = Some("Hoa".into());
    chat.references = vec!["CS-440219".into()];
    let chat = store.log_interaction(case.id, &chat).unwrap();
    let added = store
        .add_attachment(
            case.id,
            "Transcript of your chat.eml",
            TRANSCRIPT_EML.as_bytes(),
            &AttachOptions {
                interaction_id: Some(chat.id),
                transcript: false,
            },
        )
        .unwrap();
    let mut report = contact("Called to say the chat was not me; the agent locked the account");
    report.channel = Channel::Phone;
    report.started_at = Some(at(3, 9));
    report.team = Some("Account security".into());
    report.identity_verified = Some(true);
    report.identity_method = Some("security questions".into());
    report.promises = vec![NewPromise {
        text: "We will restore your address and call you back within 24 hours".into(),
        due_at: Some(at(4, 9)),
    }];
    store.log_interaction(case.id, &report).unwrap();
    store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "A chat I never had: someone got my address changed".into(),
                interaction_id: Some(chat.id),
                attachment_id: Some(added.attachment.id),
            },
        )
        .unwrap();
    store
        .set_brief_facts(
            case.id,
            &BriefFactsPatch {
                request: Some(
                    "Restore my delivery address, tell me what else was changed in that chat, and add a note that only contacts verified by security questions are me".into(),
                ),
                still_happening: Some(false),
                access: Some(Access::Web),
                owner_team: Some("Account security".into()),
                ..Default::default()
            },
            at(NOW_DAY, 8),
        )
        .unwrap();
    case.id
}

/// The six questions an agent asks, each answered by a part of the brief a script can find.
fn six_answers(full: &str) -> Vec<&'static str> {
    let mut missing = Vec::new();
    let first = full.lines().next().unwrap_or("");
    if !first.starts_with("Case ") && !first.starts_with('[') {
        missing.push("problem (a situation line first)");
    }
    if !full.contains("\nBackground: ") {
        missing.push("what was tried and by whom (a background section)");
    }
    if !full.contains("\nReferences\n") || !full.contains(" (#") {
        missing.push("references with the contact that gave them");
    }
    let request = full
        .split("\nRequest\n- ")
        .nth(1)
        .and_then(|r| r.lines().next());
    if request.is_none_or(|r| r.len() < 12 || r.contains("not stated")) {
        missing.push("the request, as an action");
    }
    if !first.contains("Please route to:") && !first.starts_with('[') {
        missing.push("team and urgency");
    }
    if !full.contains("\nIdentity\n- Verified me: ") {
        missing.push("identity");
    }
    missing
}

fn golden(name: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/briefs")
        .join(name);
    if std::env::var_os("STEWARD_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        text, want,
        "{name} changed; review it, then STEWARD_UPDATE_GOLDEN=1 cargo test --test brief"
    );
}

#[test]
fn the_seed_stories_read_cold() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    for (name, make) in [
        (
            "loop",
            story_loop as fn(&steward::profile::Profile) -> steward::cases::Uuid,
        ),
        ("exposed", story_exposed),
        ("impostor", story_impostor),
    ] {
        let case = make(&profile);
        let (full, chat) = briefs(&profile, case);
        assert_eq!(six_answers(&full), Vec::<&str>::new(), "{name}:\n{full}");
        assert!(chat.chars().count() <= CHAT_MAX_CHARS, "{name}");
        assert!(chat.contains("Request: "), "{name}: {chat}");
        assert!(!full.contains("(not stated") && !chat.contains("(not stated"));
        golden(&format!("{name}.txt"), &full);
        golden(&format!("{name}-chat.txt"), &chat);
    }
}

#[test]
fn what_the_stories_need_to_say() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let (full, chat) = briefs(&profile, story_loop(&profile));
    assert!(
        full.contains("Background: what I tried myself\n- #1"),
        "{full}"
    );
    assert!(chat.contains(UNUSUAL), "the key error in full: {chat}");
    assert!(full.contains("Lost record: at #4"), "{full}");
    assert!(
        full.contains("Loop: sent back to Retail support at #4"),
        "{full}"
    );
    assert!(
        full.contains("(missed)") && !full.contains("MISSED"),
        "{full}"
    );
    assert!(
        full.contains("TKT-4471 (#2)"),
        "references name their contact: {full}"
    );
    assert!(!full.contains("Amazon KDP with Amazon KDP"));

    let (full, _) = briefs(&profile, story_exposed(&profile));
    assert!(
        full.starts_with("[PRIVACY — another customer's data was shown to me]"),
        "{full}"
    );

    let (full, chat) = briefs(&profile, story_impostor(&profile));
    assert!(
        full.starts_with("[SECURITY — possible account takeover"),
        "{full}"
    );
    assert!(
        full.contains("The chat on 2 Nov 2026 (#1) was not me."),
        "{full}"
    );
    assert!(chat.contains("was not me"), "{chat}");
    assert!(
        full.contains("the agent disclosed the address"),
        "the attachment says what it shows: {full}"
    );
    assert!(
        !full.contains("Lý Thường Kiệt"),
        "never the disclosed value: {full}"
    );
}

#[test]
fn a_promise_due_before_it_was_made_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store.create_case(&new_case("Refund", "Bank")).unwrap();
    let mut c = contact("Called");
    c.started_at = Some(at(10, 9));
    c.promises = vec![NewPromise {
        text: "Refund within 3 days".into(),
        due_at: Some(at(9, 9)),
    }];
    let err = store.log_interaction(case.id, &c).unwrap_err();
    use steward::error::UserFacing;
    assert_eq!(err.code(), "promise_due_before_made");
    let mut future = contact("Called");
    future.started_at = Some(Utc::now() + Duration::days(2));
    assert_eq!(
        store.log_interaction(case.id, &future).unwrap_err().code(),
        "contact_in_future"
    );
    assert!(
        store.case_detail(case.id).unwrap().interactions.is_empty(),
        "nothing half-saved"
    );
}

/// Generated cases: every brief has a situation line, a concrete request and an identity line;
/// the chat version stays within 1,000 characters and keeps the request and the key error (in
/// full, or says where it is).
#[test]
fn every_generated_brief_answers_the_agent() {
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    let contact_strategy = (
        prop::sample::select(vec![
            Channel::Phone,
            Channel::Chat,
            Channel::Email,
            Channel::Portal,
        ]),
        prop::option::of("[A-Z][a-z]{3,12}( support)?"),
        prop::option::of("[A-Z]{2,4}-[0-9]{3,6}"),
        "[a-z ]{5,200}",
        prop::option::of("[A-Za-z ,.]{10,400}"),
        prop::option::of(any::<bool>()),
    );
    let strategy = (
        prop::collection::vec(contact_strategy, 1..30),
        "[A-Za-z ]{12,200}",
    );
    runner
        .run(&strategy, |(contacts, request)| {
            let dir = tempfile::tempdir().unwrap();
            let profile = open(dir.path());
            let store = profile.cases();
            let case = store
                .create_case(&new_case("Generated case", "Service"))
                .unwrap();
            for (i, (channel, team, reference, summary, error, verified)) in
                contacts.iter().enumerate()
            {
                let mut c = contact(&format!("x{summary}"));
                c.channel = *channel;
                c.team = team.clone();
                c.references = reference.iter().cloned().collect();
                c.error_texts = error.iter().cloned().collect();
                c.identity_verified = *verified;
                c.started_at = Some(at(1, 0) + Duration::hours(i as i64 * 5));
                store.log_interaction(case.id, &c).unwrap();
            }
            store
                .set_brief_facts(
                    case.id,
                    &BriefFactsPatch {
                        request: Some(format!("R{request}")),
                        ..Default::default()
                    },
                    at(NOW_DAY, 8),
                )
                .unwrap();
            let (full, chat) = briefs(&profile, case.id);
            let first = full.lines().next().unwrap_or("");
            prop_assert!(first.starts_with("Case "), "{full}");
            prop_assert!(full.contains("\nRequest\n- R"), "{full}");
            prop_assert!(full.contains("\nIdentity\n- Verified me: "), "{full}");
            prop_assert!(chat.chars().count() <= CHAT_MAX_CHARS);
            let request_start: String = format!("R{request}")
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_string();
            prop_assert!(
                chat.contains(&format!("Request: {request_start}")),
                "{chat}"
            );
            if let Some(e) = contacts.iter().rev().find_map(|c| c.4.as_ref()) {
                let e = e.trim();
                prop_assert!(
                    chat.contains(e) || chat.contains("(full text in the attached brief)"),
                    "the key error {e:?}: {chat}"
                );
            }
            Ok(())
        })
        .unwrap();
}

/// Another customer's details, seen by mistake, are described and masked in every output,
/// whatever the customer chose to send in the clear for their own data.
#[test]
fn another_customers_data_is_never_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = story_exposed(&profile);
    let mut call = contact("The agent showed the other customer's details again");
    call.channel = Channel::Phone;
    call.started_at = Some(at(12, 10));
    call.quotes = vec![
        "The card on file is 4111 1111 1111 1111, delivered to Trần Thị Bích, 45 Bạch Đằng".into(),
    ];
    let call = store.log_interaction(case, &call).unwrap();
    store
        .raise_alert(
            case,
            &NewAlert {
                kind: AlertKind::DataExposed,
                summary: "Shown again".into(),
                interaction_id: Some(call.id),
                attachment_id: None,
            },
        )
        .unwrap();
    let mut clear = Redactor::new();
    clear.unmask.insert(steward::share::RedactKind::Card);
    let (x, _) = build_export(profile.db().conn(), case, &clear, at(NOW_DAY, 9)).unwrap();
    let json = serde_json::to_string(x.export()).unwrap();
    for leaked in ["4111 1111", "Trần Thị Bích", "Bạch Đằng"] {
        assert!(!json.contains(leaked), "{leaked} in {json}");
    }
    assert!(json.contains("another customer's details, not shared"));
    assert!(brief::build(&x).to_text().contains("PRIVACY"));
}

/// The facts are remembered on the case, and a "by when" date can be taken back.
#[test]
fn brief_facts_are_kept_and_can_be_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = story_loop(&profile);
    let facts = store.brief_facts(case).unwrap();
    assert!(facts
        .request
        .as_deref()
        .is_some_and(|r| r.starts_with("Pass this case")));
    assert_eq!(facts.request_by, Some(at(27, 23)));
    assert!(store
        .brief_missing(case, at(NOW_DAY, 9))
        .unwrap()
        .is_empty());
    assert_eq!(
        store.brief_missing(case, at(NOW_DAY + 2, 9)).unwrap(),
        vec![steward::cases::MissingFact::StillHappening],
        "asked again after a day"
    );
    let cleared = store
        .set_brief_facts(
            case,
            &BriefFactsPatch {
                clear_request_by: true,
                ..Default::default()
            },
            at(NOW_DAY, 10),
        )
        .unwrap();
    assert_eq!(cleared.request_by, None);
    assert!(cleared.request.is_some(), "the rest is kept");
}
