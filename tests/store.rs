//! The encrypted case store, on real SQLCipher files: persistence, encryption, wrong passphrases,
//! search, validation and the event chain.

mod common;

use std::process::Command;

use chrono::{Duration, Utc};
use common::*;
use steward::cases::{verify_chain, CaseFilter, CasePatch, CaseStatus, Channel, Direction};
use steward::error::{ErrorKind, UserFacing};
use steward::profile::{Profile, ProfileError, ProfileState, Unlock, DB_FILE, PROFILE_FILE};

#[test]
fn data_survives_close_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let (case_id, before) = {
        let profile = open(dir.path());
        let store = profile.cases();
        let case = store
            .create_case(&new_case("Vietnamese number refused", "Amazon"))
            .unwrap();
        for i in seed_story() {
            store.log_interaction(case.id, &i).unwrap();
        }
        (case.id, store.case_detail(case.id).unwrap())
    };
    let profile = open(dir.path());
    let after = profile.cases().case_detail(case_id).unwrap();
    assert_eq!(before, after);
    assert_eq!(after.interactions.len(), 3);
    assert_eq!(after.interactions[0].error_texts, vec![UNUSUAL.to_string()]);
    assert_eq!(after.interactions[1].wait_minutes, Some(40));
    assert_eq!(after.interactions[2].promises.len(), 1);
    assert_eq!(
        after.case.account.as_ref().map(|a| a.service.as_str()),
        Some("Amazon")
    );
}

#[test]
fn the_file_is_unreadable_without_the_key() {
    let dir = tempfile::tempdir().unwrap();
    {
        let profile = open(dir.path());
        let store = profile.cases();
        let case = store
            .create_case(&new_case("Secret title", "Bank"))
            .unwrap();
        store
            .log_interaction(case.id, &contact("The agent read my address aloud"))
            .unwrap();
    }
    let db = dir.path().join(DB_FILE);
    let bytes = std::fs::read(&db).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3"),
        "plain SQLite header on disk"
    );
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Secret title") && !text.contains("read my address"));

    // The stock sqlite3 tool cannot read it.
    let out = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT title FROM cases;")
        .output()
        .expect("sqlite3 is installed by scripts/install-deps.sh");
    assert!(!out.status.success(), "sqlite3 opened the encrypted file");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a database"), "sqlite3 said: {stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Secret title"));
}

#[test]
fn a_wrong_passphrase_is_refused_and_the_data_is_intact() {
    let dir = tempfile::tempdir().unwrap();
    {
        let profile = open(dir.path());
        let store = profile.cases();
        let case = store.create_case(&new_case("Keep me", "Bank")).unwrap();
        store
            .log_interaction(case.id, &contact("first contact"))
            .unwrap();
    }
    let size_before = std::fs::metadata(dir.path().join(DB_FILE)).unwrap().len();
    for wrong in [
        "correct horse battery stapler",
        "",
        " ",
        "CORRECT HORSE BATTERY STAPLE",
    ] {
        let err = Profile::open(dir.path(), &unlock(wrong))
            .err()
            .expect("refused");
        assert!(
            matches!(err, ProfileError::WrongPassphrase),
            "{wrong:?} gave {err:?}"
        );
        assert_eq!(err.code(), "wrong_passphrase");
        assert_eq!(err.kind(), ErrorKind::Input);
        assert!(err.hint().unwrap().contains("unchanged"));
    }
    // No passphrase at all: asked for, not created anew.
    let err = Profile::open(
        dir.path(),
        &Unlock {
            passphrase: None,
            no_keyring: true,
        },
    )
    .err()
    .unwrap();
    assert!(matches!(
        err,
        ProfileError::PassphraseRequired { new_profile: false }
    ));
    assert!(std::fs::metadata(dir.path().join(DB_FILE)).unwrap().len() >= size_before);

    let profile = open(dir.path());
    let cases = profile.cases().list_cases(CaseFilter::All).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].case.title, "Keep me");
    assert_eq!(cases[0].interaction_count, 1);
    assert!(profile.db().integrity_check().unwrap().is_empty());
}

#[test]
fn existing_data_is_never_replaced_by_a_new_profile() {
    let dir = tempfile::tempdir().unwrap();
    {
        open(dir.path())
            .cases()
            .create_case(&new_case("Old case", "Bank"))
            .unwrap();
    }
    let db_bytes = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    std::fs::remove_file(dir.path().join(PROFILE_FILE)).unwrap();
    let err = Profile::open(dir.path(), &unlock(PASSPHRASE))
        .err()
        .unwrap();
    assert_eq!(err.code(), "profile_file_missing");
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), db_bytes);

    std::fs::write(dir.path().join(PROFILE_FILE), "{ not json").unwrap();
    let err = Profile::open(dir.path(), &unlock(PASSPHRASE))
        .err()
        .unwrap();
    assert_eq!(err.code(), "profile_file_damaged");
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), db_bytes);
}

#[test]
fn a_new_profile_without_keyring_needs_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let status = Profile::inspect(dir.path()).unwrap();
    assert_eq!(status.state, ProfileState::New);
    let err = Profile::open(
        dir.path(),
        &Unlock {
            passphrase: None,
            no_keyring: true,
        },
    )
    .err()
    .unwrap();
    assert!(matches!(
        err,
        ProfileError::PassphraseRequired { new_profile: true }
    ));
    assert!(
        !dir.path().join(DB_FILE).exists(),
        "nothing created without a key"
    );
    for short in ["", "   ", "1234567", "       7"] {
        let err = Profile::open(dir.path(), &unlock(short)).err().unwrap();
        assert_eq!(err.code(), "passphrase_too_short", "{short:?}");
    }
    assert!(!dir.path().join(DB_FILE).exists());

    open(dir.path());
    assert_eq!(
        Profile::inspect(dir.path()).unwrap().state,
        ProfileState::Passphrase
    );
}

#[test]
fn search_finds_a_word_from_a_verbatim_error_text() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Vietnamese number refused", "Amazon"))
        .unwrap();
    let other = store
        .create_case(&new_case("Parcel lost", "Courier"))
        .unwrap();
    let logged: Vec<_> = seed_story()
        .iter()
        .map(|i| store.log_interaction(case.id, i).unwrap())
        .collect();
    store
        .log_interaction(other.id, &contact("Parcel never arrived"))
        .unwrap();

    let hits = store.search("unusual", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].interaction_id, logged[0].id);
    assert_eq!(hits[0].case_number, case.number);
    assert!(hits[0].snippet.contains("[unusual]"), "{}", hits[0].snippet);

    // Prefixes, several words, reference numbers, agents and case-insensitivity.
    assert_eq!(store.search("VERIF mobil", 10).unwrap().len(), 1);
    assert_eq!(
        store.search("TKT-4471", 10).unwrap()[0].interaction_id,
        logged[1].id
    );
    assert_eq!(
        store.search("minh", 10).unwrap()[0].interaction_id,
        logged[1].id
    );
    assert_eq!(store.search("parcel", 10).unwrap()[0].case_id, other.id);
    assert!(store.search("refund", 10).unwrap().is_empty());
    // FTS syntax is plain text, never an error.
    for hostile in [
        "\"",
        "NEAR(",
        "a OR",
        "*",
        "unusual\" OR \"x",
        "'; DROP TABLE cases; --",
    ] {
        store.search(hostile, 10).ok();
    }
    assert_eq!(store.search("' OR 1=1 --", 10).unwrap().len(), 0);
    assert_eq!(store.search("   ", 10).unwrap_err().code(), "empty_search");
    assert_eq!(store.list_cases(CaseFilter::All).unwrap().len(), 2);
}

#[test]
fn search_returns_the_newest_matches_first_up_to_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store.create_case(&new_case("Refunds", "Shop")).unwrap();
    let start = Utc::now() - Duration::days(2);
    let mut matching = Vec::new();
    for n in 0..40 {
        let mut i = contact(&if n % 3 == 0 {
            format!("Asked for a refund again, call {n}")
        } else {
            format!("Refunded the parcel, call {n}")
        });
        i.started_at = Some(start + Duration::minutes(n));
        let logged = store.log_interaction(case.id, &i).unwrap();
        if n % 3 == 0 {
            matching.push(logged.id);
        }
    }
    // Every word must match; the newest `limit` matches come back, newest first.
    let hits = store.search("refund agai", 5).unwrap();
    let ids: Vec<_> = hits.iter().map(|h| h.interaction_id).collect();
    let newest: Vec<_> = matching.iter().rev().take(5).copied().collect();
    assert_eq!(ids, newest);
    for h in &hits {
        assert!(
            h.snippet.contains("[refund]") && h.snippet.contains("[again]"),
            "{}",
            h.snippet
        );
    }
    assert_eq!(store.search("refund", 100).unwrap().len(), 40);
    assert_eq!(store.search("refund parcel", 100).unwrap().len(), 26);
}

#[test]
fn search_ignores_vietnamese_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store
        .create_case(&new_case("Số điện thoại", "Shopee"))
        .unwrap();
    store
        .log_interaction(
            case.id,
            &contact("Nhân viên nói số điện thoại không hợp lệ"),
        )
        .unwrap();
    // Tone marks and vowel hats are folded (people often type without them); đ is its own letter.
    assert_eq!(store.search("thoai khong hop le", 10).unwrap().len(), 1);
    assert_eq!(store.search("điện", 10).unwrap().len(), 1);
    assert_eq!(store.search("nhan vien", 10).unwrap().len(), 1);
}

#[test]
fn bad_input_is_refused_clearly_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    assert_eq!(
        store.create_case(&new_case("   ", "X")).unwrap_err().code(),
        "field_required"
    );
    assert_eq!(
        store
            .create_case(&new_case(&"x".repeat(201), "X"))
            .unwrap_err()
            .code(),
        "field_too_long"
    );
    let case = store.create_case(&new_case("Real", "X")).unwrap();
    let err = store.log_interaction(case.id, &contact("  ")).unwrap_err();
    assert_eq!(err.code(), "field_required");
    assert_eq!(err.to_string(), "Summary is required.");
    let mut backwards = contact("time travel");
    backwards.started_at = Some(Utc::now());
    backwards.ended_at = Some(Utc::now() - Duration::hours(1));
    assert_eq!(
        store
            .log_interaction(case.id, &backwards)
            .unwrap_err()
            .code(),
        "ends_before_start"
    );
    let missing = uuid::Uuid::now_v7();
    assert_eq!(
        store
            .log_interaction(missing, &contact("x"))
            .unwrap_err()
            .code(),
        "case_not_found"
    );
    // Control characters and SQL-looking text are stored as they are.
    let odd = "'); DELETE FROM interactions; -- \u{7}\u{202e}";
    let saved = store.log_interaction(case.id, &contact(odd)).unwrap();
    assert_eq!(saved.summary, odd.trim());
    let detail = store.case_detail(case.id).unwrap();
    assert_eq!(detail.interactions.len(), 1);
    assert_eq!(store.list_cases(CaseFilter::All).unwrap().len(), 1);
}

#[test]
fn cases_are_found_by_number_or_id_and_move_through_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let a = store.create_case(&new_case("First", "Amazon")).unwrap();
    let b = store.create_case(&new_case("Second", "amazon")).unwrap();
    assert_eq!((a.number, b.number), (1, 2));
    // One account per service, whatever the case of its name.
    assert_eq!(
        a.account.as_ref().unwrap().id,
        b.account.as_ref().unwrap().id
    );

    assert_eq!(store.resolve_case("2").unwrap(), b.id);
    assert_eq!(store.resolve_case("#2").unwrap(), b.id);
    assert_eq!(store.resolve_case("case 1").unwrap(), a.id);
    assert_eq!(store.resolve_case(&b.id.to_string()).unwrap(), b.id);
    assert_eq!(
        store.resolve_case("9").unwrap_err().code(),
        "case_not_found"
    );
    assert_eq!(
        store.resolve_case("zzzz").unwrap_err().code(),
        "case_not_found"
    );
    assert_eq!(store.resolve_case("").unwrap_err().code(), "field_required");
    assert_eq!(
        store
            .resolve_case(&a.id.to_string()[..8])
            .unwrap_err()
            .code(),
        "case_ambiguous",
        "two cases made the same day share an id prefix"
    );

    let waiting = store
        .update_case(
            a.id,
            &CasePatch {
                status: Some(CaseStatus::WaitingOnThem),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(waiting.status, CaseStatus::WaitingOnThem);
    let closed = store.close_case(a.id, Some("Refunded".into())).unwrap();
    assert_eq!(closed.status, CaseStatus::Resolved);
    assert!(closed.closed_at.is_some());
    assert_eq!(
        store.close_case(a.id, None).unwrap_err().code(),
        "case_already_resolved"
    );
    assert_eq!(store.list_cases(CaseFilter::Active).unwrap().len(), 1);
    assert_eq!(
        store.list_cases(CaseFilter::Resolved).unwrap()[0].case.id,
        a.id
    );

    let reopened = store
        .update_case(
            a.id,
            &CasePatch {
                status: Some(CaseStatus::Open),
                title: Some("First, again".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(reopened.status, CaseStatus::Open);
    assert_eq!(reopened.closed_at, None);
    assert_eq!(reopened.title, "First, again");
}

#[test]
fn the_log_form_starts_from_the_last_contact() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store.create_case(&new_case("Loop", "Amazon")).unwrap();
    let fresh = store.interaction_defaults(Some(case.id)).unwrap();
    assert_eq!(
        (fresh.channel, fresh.direction, fresh.team),
        (Channel::Phone, Direction::Outbound, None)
    );
    for i in seed_story() {
        store.log_interaction(case.id, &i).unwrap();
    }
    let d = store.interaction_defaults(Some(case.id)).unwrap();
    assert_eq!(d.channel, Channel::Email);
    assert_eq!(d.team.as_deref(), Some("Publishing support"));
    assert_eq!(d.known_teams, vec!["Publishing support", "Retail support"]);
    // A new case starts from the last contact anywhere.
    let other = store.create_case(&new_case("Other", "Bank")).unwrap();
    assert_eq!(
        store.interaction_defaults(Some(other.id)).unwrap().channel,
        Channel::Email
    );
}

#[test]
fn every_change_is_in_a_hash_chain_that_detects_edits() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.cases();
    let case = store.create_case(&new_case("Chained", "Amazon")).unwrap();
    for i in seed_story() {
        store.log_interaction(case.id, &i).unwrap();
    }
    store.close_case(case.id, None).unwrap();
    let conn = profile.db().conn();
    let events: i64 = conn
        .query_row(
            "SELECT count(*) FROM events WHERE case_id = ?1",
            [case.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(events, 5, "created + 3 contacts + closed");
    assert!(verify_chain(conn).unwrap().is_empty());

    // Someone edits a past event behind the app's back.
    conn.execute(
        "UPDATE events SET payload = replace(payload, 'unusual', 'usual') WHERE kind = 'interaction_logged'",
        [],
    )
    .unwrap();
    let breaks = verify_chain(conn).unwrap();
    assert!(!breaks.is_empty());
    assert!(breaks
        .iter()
        .all(|b| b.case_id.as_deref() == Some(&case.id.to_string()[..])));
}

/// A second handle reads what the first wrote, and keeps reading while the first holds a write
/// transaction open (WAL: readers don't wait for the writer) — what keeps the window's code
/// list answering during a long command.
#[test]
fn a_second_handle_reads_while_the_first_writes() {
    let dir = tempfile::tempdir().unwrap();
    let first = open(dir.path());
    let case = first
        .cases()
        .create_case(&new_case("Card charged twice", "Bank"))
        .unwrap();
    let second = first.second_handle().unwrap();
    assert_eq!(second.id(), first.id());
    let tx = first.db().conn().unchecked_transaction().unwrap();
    tx.execute_batch("UPDATE cases SET title = 'Changed, not committed'")
        .unwrap();
    let seen = second.cases().case(case.id).unwrap();
    assert_eq!(
        seen.title, "Card charged twice",
        "the committed state, at once"
    );
    tx.commit().unwrap();
    assert_eq!(
        second.cases().case(case.id).unwrap().title,
        "Changed, not committed"
    );
}
