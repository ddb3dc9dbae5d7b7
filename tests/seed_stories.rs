//! The four stories Steward was designed from, replayed on a real encrypted profile:
//! (a) a retail/publishing loop with a Vietnamese number, (b) a stranger's account data shown,
//! (c) an impostor chat found through an e-mailed transcript, (d) 2FA blocked with a call-back
//! promised and never made. Then bad input: nothing is lost and every error says what to do.

mod common;

use chrono::{Duration, Utc};
use common::*;
use steward::cases::{
    verify_chain, AlertKind, AlertStepId, AttachOptions, AttachmentKind, Channel, Direction,
    NewAlert, NewPromise, MAX_ATTACHMENT_BYTES,
};
use steward::error::UserFacing;

fn event_kinds(profile: &steward::profile::Profile) -> Vec<String> {
    let conn = profile.db().conn();
    let mut stmt = conn
        .prepare("SELECT kind FROM events ORDER BY seq")
        .unwrap();
    let kinds = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    kinds
}

fn count(profile: &steward::profile::Profile, table: &str) -> i64 {
    profile
        .db()
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_retail_and_publishing_loop_with_a_vietnamese_number() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();

    // The number as the customer in Hanoi types it, and the refusal she got.
    let check = steward::phone::check("0912 345 678", Some("VN"), Some(UNUSUAL)).unwrap();
    assert_eq!(check.number.as_ref().unwrap().e164, "+84912345678");
    assert!(check.refusal.is_some(), "the refusal is recognised");

    let case = store
        .create_case(&new_case(
            "Vietnamese number refused",
            "Kindle Direct Publishing",
        ))
        .unwrap();
    let start = Utc::now() - Duration::days(9);
    let mut contacts = seed_story();
    // Back to retail, who send her to publishing again.
    let mut again = contact("Retail support again: 'we cannot see publishing accounts'");
    again.channel = Channel::Phone;
    again.team = Some("Retail support".into());
    again.wait_minutes = Some(35);
    again.quotes = vec!["You need to contact the publishing team".into()];
    again.identity_verified = Some(false);
    contacts.push(again);
    for (n, mut c) in contacts.into_iter().enumerate() {
        c.started_at = Some(start + Duration::days(2 * n as i64));
        store.log_interaction(case.id, &c).unwrap();
    }

    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!(x.contacts, 4);
    assert_eq!(x.teams, vec!["Retail support", "Publishing support"]);
    assert_eq!(x.handoffs, 2);
    assert_eq!(x.bounces.len(), 1, "{:?}", x.bounces);
    assert_eq!(x.bounces[0].team, "Retail support");
    assert_eq!(x.bounces[0].via, vec!["Publishing support"]);
    assert_eq!(x.hold_minutes, 75);
    assert_eq!(x.repeated_advice.len(), 1);
    assert_eq!(x.repeated_advice[0].times, 2);
    assert_eq!((x.verified_contacts, x.unverified_contacts), (1, 1));
    assert!(
        x.escalation_reasons
            .iter()
            .any(|r| r.contains("sent back to Retail support")),
        "{:?}",
        x.escalation_reasons
    );
    // Nothing here is a security alert.
    assert!(store.alerts(case.id).unwrap().is_empty());
    assert!(verify_chain(profile.db().conn()).unwrap().is_empty());
}

#[test]
fn a_strangers_account_data_shown_raises_a_data_exposed_alert_with_its_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Support showed me a stranger's orders",
            "Example Shop",
        ))
        .unwrap();
    let mut call = contact(
        "Agent read out orders and a home address that are not mine; my own orders were missing",
    );
    call.channel = Channel::Phone;
    call.team = Some("Customer service".into());
    call.identity_verified = Some(false);
    let call = store.log_interaction(case.id, &call).unwrap();

    let alert = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::DataExposed,
                summary: "I was shown another customer's orders and address".into(),
                interaction_id: Some(call.id),
                attachment_id: None,
            },
        )
        .unwrap();
    assert_eq!(alert.number, 1);
    assert_eq!(alert.kind, AlertKind::DataExposed);
    assert_eq!(alert.interaction_id, Some(call.id));
    assert_eq!(alert.service.as_deref(), Some("Example Shop"));
    assert_eq!(
        alert.account_id,
        store.case(case.id).unwrap().account.map(|a| a.id)
    );
    assert_eq!(alert.steps.len(), 5);
    assert_eq!(alert.steps[0].id, AlertStepId::ChangePassword);
    assert!(alert.steps[0].text.contains("Example Shop"));
    assert!(alert
        .steps
        .iter()
        .all(|s| s.done_at.is_none() && !s.why.is_empty()));

    // Steps done, one undone, then resolved: each is stored and each appends an event.
    let a = store
        .set_alert_step(alert.id, AlertStepId::ChangePassword, true)
        .unwrap();
    assert!(a.steps[0].done_at.is_some());
    let a = store
        .set_alert_step(alert.id, AlertStepId::TellSupport, true)
        .unwrap();
    assert_eq!(a.steps_done(), 2);
    let a = store
        .set_alert_step(alert.id, AlertStepId::TellSupport, false)
        .unwrap();
    assert_eq!(a.steps_done(), 1);
    assert_eq!(store.open_alerts().unwrap().len(), 1);
    assert_eq!(store.accounts().unwrap()[0].open_alerts, 1);

    let ref_id = store.resolve_alert_ref("alert 1").unwrap();
    assert_eq!(ref_id, alert.id);
    assert_eq!(store.resolve_alert_ref("#1").unwrap(), alert.id);
    let resolved = store
        .resolve_alert(
            alert.id,
            Some("Accounts separated by the privacy team".into()),
        )
        .unwrap();
    assert!(resolved.resolved_at.is_some());
    assert_eq!(
        resolved.steps_done(),
        1,
        "resolving keeps the checklist as it was"
    );
    assert!(store.open_alerts().unwrap().is_empty());
    assert_eq!(
        store.resolve_alert(alert.id, None).unwrap_err().code(),
        "alert_already_resolved"
    );
    assert_eq!(
        store.resolve_alert_ref("7").unwrap_err().code(),
        "alert_not_found"
    );

    let kinds = event_kinds(&profile);
    for k in ["alert_raised", "alert_step_updated", "alert_resolved"] {
        assert!(kinds.iter().any(|e| e == k), "{k} in {kinds:?}");
    }
    assert_eq!(
        kinds.iter().filter(|k| *k == "alert_step_updated").count(),
        3
    );
    assert!(verify_chain(profile.db().conn()).unwrap().is_empty());
}

#[test]
fn an_emailed_transcript_of_a_chat_never_had_raises_a_contact_not_made_alert() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case(
            "Chat transcript for a chat I never had",
            "Example Shop",
        ))
        .unwrap();
    // What the customer did log: a phone call a week earlier, no chat.
    let mut call = contact("Asked about a late parcel");
    call.channel = Channel::Phone;
    call.started_at = Some("2026-02-23T09:00:00Z".parse().unwrap());
    store.log_interaction(case.id, &call).unwrap();

    let added = store
        .add_attachment(
            case.id,
            "Transcript of your chat.eml",
            TRANSCRIPT_EML.as_bytes(),
            &AttachOptions::default(),
        )
        .unwrap();
    let a = &added.attachment;
    assert!(!added.already_attached);
    assert_eq!(a.number, 1);
    assert_eq!(a.kind, AttachmentKind::Email);
    assert_eq!(a.media_type, "message/rfc822");
    assert_eq!(a.size, TRANSCRIPT_EML.len() as u64);
    assert_eq!(
        a.sha256,
        steward::cases::sha256_hex(TRANSCRIPT_EML.as_bytes())
    );
    let email = a.email.as_ref().expect("parsed e-mail headers");
    assert_eq!(email.from.as_deref(), Some("no-reply@shop.example"));
    assert_eq!(
        email.from_name.as_deref(),
        Some("Example Shop Customer Service")
    );
    assert_eq!(
        email.subject.as_deref(),
        Some("Transcript of your chat with Example Shop")
    );
    assert_eq!(email.date, Some("2026-03-02T14:22:05Z".parse().unwrap()));
    assert!(email.dkim_signature);
    assert_eq!(email.dkim_domain.as_deref(), Some("shop.example"));

    // The chat it describes was never logged: Steward says so.
    let unlogged = added
        .unlogged_contact
        .as_ref()
        .expect("an unlogged chat is flagged");
    assert_eq!(unlogged.channel, Channel::Chat);
    assert_eq!(unlogged.around, email.date);
    assert!(
        unlogged.reason.contains("no chat is logged"),
        "{}",
        unlogged.reason
    );
    // And reads what it can from the text.
    let s = added
        .suggestions
        .as_ref()
        .expect("suggestions from the body");
    assert!(
        s.references.contains(&"CS-440219".to_string()),
        "{:?}",
        s.references
    );
    assert!(s.agents.contains(&"Hoa".to_string()), "{:?}", s.agents);

    // Listed with its SHA-256, and the bytes come back exactly as they went in.
    let listed = store.attachments(case.id).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].sha256, a.sha256);
    let (_, bytes) = store.attachment_bytes(a.id).unwrap();
    assert_eq!(bytes, TRANSCRIPT_EML.as_bytes());

    let alert = store
        .raise_alert(
            case.id,
            &NewAlert {
                kind: AlertKind::ContactNotMade,
                summary: "A chat I never had: someone got my address changed".into(),
                interaction_id: None,
                attachment_id: Some(a.id),
            },
        )
        .unwrap();
    assert_eq!(alert.kind, AlertKind::ContactNotMade);
    assert!(alert.title.contains("impostor"));
    assert_eq!(alert.attachment_id, Some(a.id));
    assert_eq!(alert.steps.len(), 5);
    assert_eq!(store.alerts(case.id).unwrap(), vec![alert.clone()]);
    let accounts = store.accounts().unwrap();
    assert_eq!((accounts[0].open_alerts, accounts[0].open_cases), (1, 1));

    // The evidence of an open alert is not thrown away by mistake.
    assert_eq!(
        store.remove_attachment(a.id).unwrap_err().code(),
        "attachment_is_evidence"
    );
    assert_eq!(store.attachments(case.id).unwrap().len(), 1);

    // Had the customer logged that chat, nothing would be flagged.
    let other = store
        .create_case(&new_case("A chat I did have", "Other Shop"))
        .unwrap();
    let mut chat = contact("Chat about my address");
    chat.channel = Channel::Chat;
    chat.started_at = Some("2026-03-02T14:02:00Z".parse().unwrap());
    store.log_interaction(other.id, &chat).unwrap();
    let again = store
        .add_attachment(
            other.id,
            "t.eml",
            TRANSCRIPT_EML.as_bytes(),
            &AttachOptions::default(),
        )
        .unwrap();
    assert!(again.unlogged_contact.is_none());
    assert!(
        !again.already_attached,
        "another case gets its own attachment row"
    );
    assert_eq!(
        count(&profile, "blobs"),
        1,
        "the same bytes are stored once"
    );
    assert!(verify_chain(profile.db().conn()).unwrap().is_empty());
}

#[test]
fn two_step_blocked_with_a_call_back_that_never_came_is_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let refusal = steward::phone::classify_refusal(UNUSUAL).unwrap();
    assert_eq!(refusal.kind, steward::phone::RefusalKind::RiskBlock);

    let case = store
        .create_case(&new_case("2-step verification blocked", "Example Bank"))
        .unwrap();
    let mut tried = contact("Tried to turn on 2-step verification with my mobile");
    tried.channel = Channel::Portal;
    tried.started_at = Some(Utc::now() - Duration::days(4));
    tried.error_texts = vec![UNUSUAL.into()];
    store.log_interaction(case.id, &tried).unwrap();
    let mut chat = contact("Chat agent could not lift the block; security team to call back");
    chat.started_at = Some(Utc::now() - Duration::days(3));
    chat.team = Some("Online banking support".into());
    chat.promises = vec![NewPromise {
        text: "Our security team will call you back within 48 hours".into(),
        due_at: Some(Utc::now() - Duration::days(1)),
    }];
    chat.identity_verified = Some(true);
    chat.identity_method = Some("code sent by e-mail".into());
    store.log_interaction(case.id, &chat).unwrap();

    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!(x.promises_made, 1);
    assert_eq!(x.promises_overdue, 1);
    assert_eq!(x.days_open, 4, "counted from the first contact");
    assert!(
        x.escalation_reasons
            .iter()
            .any(|r| r.contains("1 promise not kept")),
        "{:?}",
        x.escalation_reasons
    );
    // Marked broken through its id, as the desktop app does: no longer overdue, still missed.
    let promise = store.case_detail(case.id).unwrap().interactions[1].promises[0].clone();
    let broken = store
        .set_promise_status_by_id(promise.id, steward::cases::PromiseStatus::Broken)
        .unwrap();
    assert_eq!(broken.text, promise.text);
    let x = store.insights(case.id, Utc::now()).unwrap();
    assert_eq!((x.promises_overdue, x.promises_broken), (0, 1));
    assert!(x
        .escalation_reasons
        .iter()
        .any(|r| r.contains("1 promise not kept")));
}

#[test]
fn an_unsolicited_contact_raises_an_alert_in_the_same_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("A call from 'the bank'", "Example Bank"))
        .unwrap();
    let mut call = contact("Caller said my account was locked and asked for the SMS code");
    call.channel = Channel::Phone;
    call.direction = Direction::Unsolicited;
    call.team = Some("Fraud department".into());
    let logged = store.log_interaction(case.id, &call).unwrap();
    let alerts = store.alerts(case.id).unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].kind, AlertKind::UnsolicitedContact);
    assert_eq!(alerts[0].interaction_id, Some(logged.id));
    assert!(
        alerts[0].summary.contains("Fraud department"),
        "{}",
        alerts[0].summary
    );
    assert_eq!(
        store
            .insights(case.id, Utc::now())
            .unwrap()
            .unsolicited_contacts,
        1
    );
    let kinds = event_kinds(&profile);
    let logged_at = kinds
        .iter()
        .position(|k| k == "interaction_logged")
        .unwrap();
    assert_eq!(kinds[logged_at + 1], "alert_raised");

    // A contact that fails validation raises nothing.
    let mut bad = call.clone();
    bad.summary = "  ".into();
    assert!(store.log_interaction(case.id, &bad).is_err());
    assert_eq!(store.alerts(case.id).unwrap().len(), 1);
    // An ordinary contact raises nothing either.
    store
        .log_interaction(
            case.id,
            &contact("I called them back on the official number"),
        )
        .unwrap();
    assert_eq!(store.open_alerts().unwrap().len(), 1);
}

#[test]
fn bad_attachments_are_refused_clearly_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Evidence", "Example Shop"))
        .unwrap();
    let opts = AttachOptions::default();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake screenshot bytes".to_vec();
    let first = store
        .add_attachment(case.id, "shot.png", &png, &opts)
        .unwrap();

    // Too large: refused before anything is written.
    let big = vec![b'a'; MAX_ATTACHMENT_BYTES + 1];
    let err = store
        .add_attachment(case.id, "huge.pdf", &big, &opts)
        .unwrap_err();
    assert_eq!(err.code(), "file_too_large");
    assert!(
        err.to_string().contains("huge.pdf") && err.to_string().contains("25.0 MiB"),
        "{err}"
    );
    assert!(err.hint().is_some());
    // Empty.
    let err = store
        .add_attachment(case.id, "empty.png", b"", &opts)
        .unwrap_err();
    assert_eq!(err.code(), "empty_file");
    // Not an e-mail, though named like one.
    let err = store
        .add_attachment(
            case.id,
            "mail.eml",
            b"\x00\x01binary junk, no headers",
            &opts,
        )
        .unwrap_err();
    assert_eq!(err.code(), "malformed_email");
    assert!(err.hint().unwrap().contains(".eml"));
    let err = store
        .add_attachment(
            case.id,
            "words.eml",
            b"just a sentence without any header",
            &opts,
        )
        .unwrap_err();
    assert_eq!(err.code(), "malformed_email");
    // A transcript must be text.
    let err = store
        .add_attachment(
            case.id,
            "t.txt",
            &[0xff, 0xfe, 0x00],
            &AttachOptions {
                transcript: true,
                ..opts.clone()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "transcript_not_text");
    // A contact from another case cannot be linked.
    let other = store.create_case(&new_case("Other", "Other")).unwrap();
    let elsewhere = store.log_interaction(other.id, &contact("x")).unwrap();
    let err = store
        .add_attachment(
            case.id,
            "a.txt",
            b"x",
            &AttachOptions {
                interaction_id: Some(elsewhere.id),
                ..opts.clone()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "contact_not_found");
    assert_eq!(
        store.attachments(case.id).unwrap(),
        vec![first.attachment.clone()]
    );
    assert_eq!(count(&profile, "blobs"), 1);

    // Paths in names are stripped; the bytes are what they are, whatever the name says.
    let sneaky = store
        .add_attachment(
            case.id,
            "../../../home/me/.ssh/id_rsa\u{202e}gnp.txt",
            b"plain text",
            &opts,
        )
        .unwrap();
    assert_eq!(sneaky.attachment.file_name, "id_rsagnp.txt");
    let windows = store
        .add_attachment(
            case.id,
            "C:\\Windows\\..\\evil.pdf",
            b"%PDF-1.4 tiny",
            &opts,
        )
        .unwrap();
    assert_eq!(windows.attachment.file_name, "evil.pdf");
    assert_eq!(windows.attachment.kind, AttachmentKind::Pdf);

    // The same bytes again: not attached twice, and the first one is what comes back.
    let dup = store
        .add_attachment(case.id, "copy of shot.png", &png, &opts)
        .unwrap();
    assert!(dup.already_attached);
    assert_eq!(dup.attachment, first.attachment);
    assert_eq!(store.attachments(case.id).unwrap().len(), 3);

    // A pasted transcript gets a name and suggestions.
    let pasted = store
        .add_attachment(
            case.id,
            "",
            "You are now chatting with Lan. Your ticket number is 88123.".as_bytes(),
            &AttachOptions {
                transcript: true,
                ..opts.clone()
            },
        )
        .unwrap();
    assert_eq!(pasted.attachment.kind, AttachmentKind::Transcript);
    assert!(pasted.attachment.file_name.starts_with("transcript-"));
    assert_eq!(pasted.suggestions.unwrap().references, vec!["88123"]);

    // Removing one keeps the others and their bytes; the removal is in the event log.
    let removed = store.remove_attachment(sneaky.attachment.id).unwrap();
    assert_eq!(removed.file_name, "id_rsagnp.txt");
    assert_eq!(store.attachments(case.id).unwrap().len(), 3);
    assert_eq!(count(&profile, "blobs"), 3);
    assert_eq!(store.attachment_bytes(first.attachment.id).unwrap().1, png);
    assert_eq!(
        store
            .attachment_bytes(sneaky.attachment.id)
            .unwrap_err()
            .code(),
        "attachment_not_found"
    );
    assert!(event_kinds(&profile)
        .iter()
        .any(|k| k == "attachment_removed"));
    assert!(verify_chain(profile.db().conn()).unwrap().is_empty());
}

#[test]
fn a_saved_copy_of_an_attachment_is_the_same_bytes_and_never_overwrites_unless_asked() {
    use steward::cases::Existing;
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Copy", "Example Shop"))
        .unwrap();
    let eml = TRANSCRIPT_EML.as_bytes();
    let added = store
        .add_attachment(case.id, "chat.eml", eml, &AttachOptions::default())
        .unwrap();
    let out = tempfile::tempdir().unwrap();

    // A new file: the exact bytes, and where they went.
    let target = out.path().join("copy.eml");
    let saved = store
        .save_attachment(added.attachment.id, &target, Existing::Keep)
        .unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), eml);
    assert_eq!(saved.path, target.display().to_string());
    assert_eq!(saved.attachment.sha256, added.attachment.sha256);

    // A file already there is kept as it is (the CLI), with a clear error naming it...
    let mine = out.path().join("mine.eml");
    std::fs::write(&mine, b"the customer's own file").unwrap();
    let err = store
        .save_attachment(added.attachment.id, &mine, Existing::Keep)
        .unwrap_err();
    assert_eq!(err.code(), "file_unwritable");
    assert!(err.to_string().contains("mine.eml"), "{err}");
    assert_eq!(std::fs::read(&mine).unwrap(), b"the customer's own file");
    // ...and replaced whole when the person confirmed it (the window's Save dialog).
    store
        .save_attachment(added.attachment.id, &mine, Existing::Replace)
        .unwrap();
    assert_eq!(std::fs::read(&mine).unwrap(), eml);

    // A folder that isn't there: a clear error, nothing half-written, the attachment intact.
    let nowhere = out.path().join("no such folder").join("x.eml");
    for existing in [Existing::Keep, Existing::Replace] {
        let err = store
            .save_attachment(added.attachment.id, &nowhere, existing)
            .unwrap_err();
        assert_eq!(err.code(), "file_unwritable");
    }
    assert!(!nowhere.exists());
    assert_eq!(store.attachment_bytes(added.attachment.id).unwrap().1, eml);
}

#[test]
fn accounts_show_masked_identifiers_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let a = store.create_case(&new_case("One", "Example Shop")).unwrap();
    store.create_case(&new_case("Two", "Example Shop")).unwrap();
    store.create_case(&new_case("Three", "Bank")).unwrap();
    store.close_case(a.id, None).unwrap();
    let id = store.resolve_account("example shop").unwrap();
    let updated = store
        .update_account(
            id,
            &steward::cases::AccountPatch {
                domain: Some("shop.example".into()),
                identifier: Some("minh.tran@gmail.com".into()),
            },
        )
        .unwrap();
    assert_eq!(updated.identifier_masked.as_deref(), Some("m•••@gmail.com"));
    let accounts = store.accounts().unwrap();
    assert_eq!(accounts.len(), 2);
    assert_eq!(accounts[0].service, "Bank");
    let shop = &accounts[1];
    assert_eq!(
        (shop.open_cases, shop.total_cases, shop.open_alerts),
        (1, 2, 0)
    );
    assert_eq!(shop.enrolment_attempts, 0);
    assert_eq!(shop.domain.as_deref(), Some("shop.example"));
    // The identifier itself never reaches the event log.
    let payloads: Vec<String> = {
        let conn = profile.db().conn();
        let mut stmt = conn.prepare("SELECT payload FROM events").unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    assert!(payloads.iter().all(|p| !p.contains("minh.tran")));
    assert_eq!(
        store.resolve_account("Nowhere").unwrap_err().code(),
        "account_not_found"
    );
}
