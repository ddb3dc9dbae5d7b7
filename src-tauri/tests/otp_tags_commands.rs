//! Favourites and tags over IPC, with the real capabilities, over Tauri's mock runtime: star an
//! account, tag two, the chips' counts, the filtered list, and a bad tag as an error code with
//! its words in the window's language.

mod support;

use serde_json::json;
use steward::otp::store::{OtpAddReport, OtpEntry, OtpTagCount};
use support::{corpus, Harness};

#[test]
fn star_tag_and_filter_over_ipc() {
    let h = Harness::new();
    for (cmd, args) in [
        ("otp_set_favourite", json!({ "id": "1", "favourite": true })),
        ("otp_add_tags", json!({ "id": "1", "tags": ["Work"] })),
        ("otp_tags", json!({})),
    ] {
        assert_eq!(h.fail(cmd, args).code, "locked", "{cmd}");
    }
    h.unlock();
    let report: OtpAddReport = h
        .bytes(
            "otp_import",
            &corpus("authenticator-exports", "aegis_plain.json"),
            &[],
        )
        .unwrap();
    assert_eq!(report.added.len(), 7);
    let ids: Vec<String> = report.added.iter().map(|e| e.id.to_string()).collect();

    let starred: OtpEntry = h.call(
        "otp_set_favourite",
        json!({ "id": ids[3], "favourite": true }),
    );
    assert!(starred.favourite);
    let list: Vec<OtpEntry> = h.call("otp_list", json!({}));
    assert_eq!(list[0].id.to_string(), ids[3], "favourites first");

    let a: OtpEntry = h.call(
        "otp_add_tags",
        json!({ "id": ids[0], "tags": ["Work", "Bank"] }),
    );
    assert_eq!(a.tags, vec!["Bank", "Work"]);
    let b: OtpEntry = h.call("otp_add_tags", json!({ "id": ids[3], "tags": ["work"] }));
    assert_eq!(b.tags, vec!["Work"]);
    let chips: Vec<OtpTagCount> = h.call("otp_tags", json!({}));
    assert_eq!(
        chips,
        vec![
            OtpTagCount {
                tag: "Bank".into(),
                accounts: 1
            },
            OtpTagCount {
                tag: "Work".into(),
                accounts: 2
            },
        ]
    );
    let work: Vec<OtpEntry> = h.call(
        "otp_list_filtered",
        json!({ "filter": { "tag": "WORK", "favourites": false } }),
    );
    assert_eq!(
        work.iter().map(|e| e.id.to_string()).collect::<Vec<_>>(),
        vec![ids[3].clone(), ids[0].clone()]
    );
    let favs: Vec<OtpEntry> = h.call(
        "otp_list_filtered",
        json!({ "filter": { "favourites": true } }),
    );
    assert_eq!(favs.len(), 1);

    let err = h.fail("otp_add_tags", json!({ "id": ids[0], "tags": ["BANK"] }));
    assert_eq!(err.code, "otp_tag_duplicate");
    assert!(err.message.contains("\"Bank\""), "{}", err.message);
    let long = "x".repeat(33);
    assert_eq!(
        h.fail("otp_add_tags", json!({ "id": ids[0], "tags": [long] }))
            .code,
        "otp_tag_too_long"
    );
    let _: serde_json::Value = h.call("language_set", json!({ "lang": "vi" }));
    let err = h.fail("otp_remove_tags", json!({ "id": ids[1], "tags": ["Work"] }));
    assert_eq!(err.code, "otp_tag_not_found");
    assert!(err.message.contains("không có nhãn"), "{}", err.message);

    let removed: OtpEntry = h.call("otp_remove_tags", json!({ "id": ids[0], "tags": ["bank"] }));
    assert_eq!(removed.tags, vec!["Work"]);
    let off: OtpEntry = h.call(
        "otp_set_favourite",
        json!({ "id": ids[3], "favourite": false }),
    );
    assert!(!off.favourite);
}
