//! What an alert's evidence suggests an impostor got (issue 22): `exposure::evidence` reads the
//! alert's attachment — an e-mailed transcript (the body of the `.eml`), a pasted transcript — or,
//! when the alert names only the contact, that contact's attachments, with the transcript reader;
//! one suggestion per detail, quotes masked. Real profile (SQLCipher) on disk, real reader.

mod common;

use common::*;
use steward::cases::{AlertKind, AttachOptions, Channel, Direction, NewAlert};
use steward::exposure::{evidence, Detail};

const PASTED: &str = "[14:02] You are now chatting with Hoa.
[14:03] Customer: Hi, I need to check which address my last order went to, and which card was used?
[14:05] Hoa: Sure. The order was shipped to 12 Hang Bong Street, Hoan Kiem, Ha Noi.
[14:06] Hoa: It was paid with the Visa card ending in 4821.
[14:07] Customer: Thanks!
";

fn alert(
    store: &steward::cases::CaseStore,
    case: uuid::Uuid,
    interaction_id: Option<uuid::Uuid>,
    attachment_id: Option<uuid::Uuid>,
) -> uuid::Uuid {
    store
        .raise_alert(
            case,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "A chat I never had".into(),
                interaction_id,
                attachment_id,
            },
        )
        .unwrap()
        .id
}

#[test]
fn an_emailed_transcript_is_read_from_the_body_of_the_email() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("A chat I never had", "Example Shop"))
        .unwrap();
    let added = store
        .add_attachment(
            case.id,
            "Transcript of your chat.eml",
            TRANSCRIPT_EML.as_bytes(),
            &AttachOptions::default(),
        )
        .unwrap();
    let id = alert(&store, case.id, None, Some(added.attachment.id));
    let found = evidence::suggest_for_alert(&store, id).unwrap();
    let address = found
        .iter()
        .find(|s| s.detail == Detail::Address)
        .unwrap_or_else(|| panic!("the address read out: {found:?}"));
    assert!(address.given, "{address:?}");
    for s in &found {
        assert!(!s.quote.contains("Thường Kiệt"), "quotes are masked: {s:?}");
    }
    let mut details: Vec<Detail> = found.iter().map(|s| s.detail).collect();
    details.dedup();
    assert_eq!(details.len(), found.len(), "one suggestion per detail");
}

#[test]
fn an_alert_on_a_contact_reads_that_contacts_pasted_transcript() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("A chat I never had", "Example Shop"))
        .unwrap();
    let mut chat = contact("A chat I never had");
    chat.channel = Channel::Chat;
    chat.direction = Direction::Unsolicited;
    let chat = store.log_interaction(case.id, &chat).unwrap();
    store
        .add_attachment(
            case.id,
            "attachment",
            PASTED.as_bytes(),
            &AttachOptions {
                interaction_id: Some(chat.id),
                transcript: true,
            },
        )
        .unwrap();
    // Another attachment of the case, not of that contact: not read.
    store
        .add_attachment(
            case.id,
            "notes.txt",
            b"My support PIN is 7731, I told nobody.",
            &AttachOptions::default(),
        )
        .unwrap();
    let id = alert(&store, case.id, Some(chat.id), None);
    let found = evidence::suggest_for_alert(&store, id).unwrap();
    let card = found
        .iter()
        .find(|s| s.detail == Detail::CardLastFour)
        .unwrap_or_else(|| panic!("the card: {found:?}"));
    assert!(card.given);
    assert_eq!(card.value.as_deref(), Some("4821"));
    assert!(!card.quote.contains("4821"), "{card:?}");
    assert!(found.iter().any(|s| s.detail == Detail::Address && s.given));
    assert!(
        !found.iter().any(|s| s.detail == Detail::SupportPin),
        "only the contact's attachments: {found:?}"
    );
}

#[test]
fn no_evidence_no_text_or_no_alert() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Odd e-mail", "Example Shop"))
        .unwrap();
    let bare = alert(&store, case.id, None, None);
    assert!(evidence::suggest_for_alert(&store, bare)
        .unwrap()
        .is_empty());
    // A picture has no text to read here.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let added = store
        .add_attachment(case.id, "screen.png", png, &AttachOptions::default())
        .unwrap();
    let pictured = alert(&store, case.id, None, Some(added.attachment.id));
    assert!(evidence::suggest_for_alert(&store, pictured)
        .unwrap()
        .is_empty());
    // An alert that is not there is an error with a code, not an empty list.
    let err = evidence::suggest_for_alert(&store, uuid::Uuid::now_v7()).unwrap_err();
    use steward::error::UserFacing;
    assert_eq!(err.info().code, "alert_not_found", "{err:?}");
}
