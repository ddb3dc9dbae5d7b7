//! Favourites and tags (groups) on authenticator accounts: starring puts an account first;
//! tags are trimmed, unique per account without case, at most 32 characters and 20 per
//! account; the list filters by tag and/or favourites; removing an account takes its tags.

mod common;
mod otp_support;

use common::open;
use otp_support::read;
use proptest::prelude::*;
use steward::error::UserFacing;
use steward::otp::import::import_auto;
use steward::otp::store::{
    normalise_tag, OtpFilter, OtpStore, OtpTagCount, MAX_TAGS_PER_ACCOUNT, MAX_TAG_CHARS,
};
use uuid::Uuid;

fn tags(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn seven(store: &OtpStore<'_>) -> Vec<Uuid> {
    let report = import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    store.add_report(report).unwrap();
    store.list().unwrap().iter().map(|e| e.id).collect()
}

#[test]
fn favourites_come_first_and_tags_filter_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    let ids = seven(&store);
    assert!(store
        .list()
        .unwrap()
        .iter()
        .all(|e| !e.favourite && e.tags.is_empty()));

    let starred = store.set_favourite(ids[4], true).unwrap();
    assert!(starred.favourite);
    let order: Vec<Uuid> = store.list().unwrap().iter().map(|e| e.id).collect();
    assert_eq!(order[0], ids[4], "the favourite comes first");
    assert_eq!(&order[1..5], &ids[..4], "the others keep their order");

    let e = store.add_tags(ids[0], &tags(&["  Work ", "bank"])).unwrap();
    assert_eq!(e.tags, vec!["bank", "Work"], "sorted without case, trimmed");
    // Another account's "work" takes the spelling already in use: one chip per tag.
    let e = store.add_tags(ids[4], &tags(&["work"])).unwrap();
    assert_eq!(e.tags, vec!["Work"]);

    assert_eq!(
        store.tags().unwrap(),
        vec![
            OtpTagCount {
                tag: "bank".into(),
                accounts: 1
            },
            OtpTagCount {
                tag: "Work".into(),
                accounts: 2
            },
        ]
    );
    let work = store
        .list_filtered(&OtpFilter {
            tag: Some("WORK".into()),
            favourites: false,
        })
        .unwrap();
    assert_eq!(
        work.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![ids[4], ids[0]]
    );
    let fav_work = store
        .list_filtered(&OtpFilter {
            tag: Some("work".into()),
            favourites: true,
        })
        .unwrap();
    assert_eq!(
        fav_work.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![ids[4]]
    );
    let favs = store
        .list_filtered(&OtpFilter {
            tag: None,
            favourites: true,
        })
        .unwrap();
    assert_eq!(favs.len(), 1);
    assert!(store
        .list_filtered(&OtpFilter {
            tag: Some("nobody".into()),
            favourites: false
        })
        .unwrap()
        .is_empty());
    assert_eq!(store.list_filtered(&OtpFilter::default()).unwrap().len(), 7);

    // Un-tag (any case), un-star.
    let e = store.remove_tags(ids[0], &tags(&["BANK"])).unwrap();
    assert_eq!(e.tags, vec!["Work"]);
    let e = store.set_favourite(ids[4], false).unwrap();
    assert!(!e.favourite);
    assert_eq!(store.list().unwrap()[0].id, ids[0]);

    // Removing an account takes its tags.
    store.remove(ids[4], true).unwrap();
    assert_eq!(
        store.tags().unwrap(),
        vec![OtpTagCount {
            tag: "Work".into(),
            accounts: 1
        }]
    );
}

#[test]
fn favourites_and_tags_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let ids = {
        let profile = open(dir.path());
        let store = profile.otp();
        let ids = seven(&store);
        store.set_favourite(ids[2], true).unwrap();
        store.add_tags(ids[2], &tags(&["Phone"])).unwrap();
        ids
    };
    let profile = open(dir.path());
    let e = profile.otp().get(ids[2]).unwrap();
    assert!(e.favourite);
    assert_eq!(e.tags, vec!["Phone"]);
}

#[test]
fn bad_tags_are_refused_with_their_codes_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    let ids = seven(&store);
    let code = |r: Result<_, steward::otp::store::StoreError>| r.map(|_| ()).unwrap_err().code();

    let long = "x".repeat(MAX_TAG_CHARS + 1);
    assert_eq!(
        code(store.add_tags(ids[0], &tags(&[&long]))),
        "otp_tag_too_long"
    );
    assert!(store
        .add_tags(ids[0], &tags(&[&"é".repeat(MAX_TAG_CHARS)]))
        .is_ok());
    assert_eq!(
        code(store.add_tags(ids[1], &tags(&["   "]))),
        "otp_tag_empty"
    );
    assert_eq!(
        code(store.add_tags(ids[1], &tags(&["a\u{7}b"]))),
        "otp_tag_control"
    );

    store.add_tags(ids[1], &tags(&["Work"])).unwrap();
    assert_eq!(
        code(store.add_tags(ids[1], &tags(&["wORK"]))),
        "otp_tag_duplicate"
    );
    // The same tag twice in one call, and a good tag beside a bad one: nothing is added.
    assert_eq!(
        code(store.add_tags(ids[2], &tags(&["Bank", "bank"]))),
        "otp_tag_duplicate"
    );
    assert_eq!(
        code(store.add_tags(ids[2], &tags(&["Bank", ""]))),
        "otp_tag_empty"
    );
    assert!(store.get(ids[2]).unwrap().tags.is_empty());

    let twenty: Vec<String> = (0..MAX_TAGS_PER_ACCOUNT).map(|i| format!("t{i}")).collect();
    store.add_tags(ids[3], &twenty).unwrap();
    let err = store.add_tags(ids[3], &tags(&["one more"])).unwrap_err();
    assert_eq!(err.code(), "otp_tag_too_many");
    assert!(err.info().message.contains("20"), "{}", err.info().message);
    assert_eq!(store.get(ids[3]).unwrap().tags.len(), MAX_TAGS_PER_ACCOUNT);

    assert_eq!(
        code(store.remove_tags(ids[1], &tags(&["Bank"]))),
        "otp_tag_not_found"
    );
    let unknown = Uuid::now_v7();
    assert_eq!(
        code(store.add_tags(unknown, &tags(&["Work"]))),
        "otp_account_not_found"
    );
    assert_eq!(
        code(store.set_favourite(unknown, true)),
        "otp_account_not_found"
    );
    assert_eq!(
        code(store.remove_tags(unknown, &tags(&["Work"]))),
        "otp_account_not_found"
    );
    let err = store.add_tags(ids[1], &tags(&["wORK"])).unwrap_err();
    assert_eq!(err.kind(), steward::error::ErrorKind::Input);
    assert!(
        err.info().message.contains("\"Work\""),
        "{}",
        err.info().message
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Normalising is idempotent, trims, never leaves a double space, keeps the limit, and the
    /// key is the same for any mix of capitals.
    #[test]
    fn tag_normalisation(raw in "[ \\ta-zA-ZàÀđĐ0-9_-]{0,40}") {
        match normalise_tag(&raw) {
            Ok((shown, key)) => {
                prop_assert_eq!(shown.trim(), shown.as_str());
                prop_assert!(!shown.contains("  "));
                prop_assert!(!shown.is_empty());
                prop_assert!(shown.chars().count() <= MAX_TAG_CHARS);
                prop_assert_eq!(normalise_tag(&shown).unwrap(), (shown.clone(), key.clone()));
                prop_assert_eq!(&normalise_tag(&raw.to_uppercase()).unwrap().1, &key);
                prop_assert_eq!(&key, &shown.to_lowercase());
            }
            Err(e) => {
                let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
                if collapsed.is_empty() {
                    prop_assert_eq!(e.code(), "otp_tag_empty");
                } else {
                    prop_assert_eq!(e.code(), "otp_tag_too_long");
                    prop_assert!(collapsed.chars().count() > MAX_TAG_CHARS);
                }
            }
        }
    }
}

/// The Aegis fixture with groups and stars as Aegis writes them: Aegis 3's named groups listed
/// by uuid per entry, an older vault's single `group`, and `favorite`.
fn aegis_with_groups() -> Vec<u8> {
    let mut v: serde_json::Value =
        serde_json::from_slice(&read("authenticator-exports", "aegis_plain.json")).unwrap();
    v["db"]["groups"] = serde_json::json!([
        { "uuid": "11111111-1111-4111-8111-111111111111", "name": "Work" },
        { "uuid": "22222222-2222-4222-8222-222222222222", "name": "Travel" },
    ]);
    let entries = v["db"]["entries"].as_array_mut().unwrap();
    entries[0]["groups"] = serde_json::json!(["11111111-1111-4111-8111-111111111111"]);
    entries[0]["favorite"] = true.into();
    entries[2]["groups"] = serde_json::json!([
        "22222222-2222-4222-8222-222222222222",
        "11111111-1111-4111-8111-111111111111",
        "99999999-9999-4999-8999-999999999999"
    ]);
    entries[4]["group"] = "  travel ".into();
    entries[5]["group"] = "x".repeat(MAX_TAG_CHARS + 5).into();
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn aegis_groups_and_favourites_become_tags_and_stars_and_go_back_out() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let store = profile.otp();
    let report = import_auto(&aegis_with_groups(), None, None).unwrap();
    let added = store.add_report(report).unwrap();
    assert_eq!(
        added.added.len(),
        7,
        "a tag that cannot be one does not skip its account"
    );
    let by = |issuer: &str| {
        store
            .list()
            .unwrap()
            .into_iter()
            .find(|e| e.issuer.as_deref() == Some(issuer))
            .unwrap()
    };
    let deno = by("Deno");
    assert!(deno.favourite);
    assert_eq!(deno.tags, vec!["Work"]);
    assert_eq!(
        by("Airbnb").tags,
        vec!["Travel", "Work"],
        "unknown group uuids are left out"
    );
    // "  travel " from an older vault joins the "Travel" tag already there.
    assert_eq!(by("Air Canada").tags, vec!["Travel"]);
    assert!(by("WWE").tags.is_empty(), "a too-long group is left out");
    assert_eq!(store.list().unwrap()[0].issuer.as_deref(), Some("Deno"));
    assert_eq!(
        store.tags().unwrap(),
        vec![
            OtpTagCount {
                tag: "Travel".into(),
                accounts: 2
            },
            OtpTagCount {
                tag: "Work".into(),
                accounts: 2
            },
        ]
    );

    // Steward's Aegis export keeps the star and (as Aegis 1–2's one group) the first tag.
    let vault = store
        .export(
            steward::otp::export::ExportFormat::AegisEncrypted,
            Some("pw"),
        )
        .unwrap();
    let again = import_auto(&vault, None, Some("pw")).unwrap();
    let deno = again
        .accounts
        .iter()
        .find(|a| a.issuer.as_deref() == Some("Deno"))
        .unwrap();
    assert!(deno.favourite);
    assert_eq!(deno.tags, vec!["Work"]);
    let airbnb = again
        .accounts
        .iter()
        .find(|a| a.issuer.as_deref() == Some("Airbnb"))
        .unwrap();
    assert!(!airbnb.favourite);
    assert_eq!(airbnb.tags, vec!["Travel"]);
    let dir2 = tempfile::tempdir().unwrap();
    let other = open(dir2.path());
    other.otp().add_report(again).unwrap();
    assert_eq!(
        other.otp().list().unwrap()[0].issuer.as_deref(),
        Some("Deno")
    );
}
