//! Issue 22, the letters: repeat impostor alerts ("this is the second time"), the brief's
//! situation line that says so, and the exposure letters (a note on an at-risk account; the
//! second-time letter to the company where it happened) — on real encrypted profiles, in
//! English and Vietnamese, with no unmasked value and no raw identifier in any letter.

mod common;

use chrono::Utc;
use common::*;
use steward::cases::{AlertKind, Channel, Direction, NewAlert, NewCase};
use steward::i18n::Lang;
use steward::profile::Profile;
use steward::share::{brief, Redactor};

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
            "This is the second time someone posing as me has contacted you (2 Mar 2026, 9 Mar 2026)."
        ),
        "{s}"
    );
    let s = situation(&profile, case.id, vi());
    assert!(
        s.contains("Đây là lần thứ hai có người giả danh tôi liên hệ với bên bạn ("),
        "{s}"
    );
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
