//! The authenticator commands, with the real capabilities, over Tauri's mock runtime: a
//! passphrase-protected profile in a temporary folder (secrets sealed in the database), files
//! sent as raw bodies as the UI sends them, exports into a temporary folder.

mod support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;

use serde_json::json;
use steward::otp::clock::{ClockCheck, ClockStatus};
use steward::otp::store::{
    BackupCodes, OtpAddReport, OtpCodeEntry, OtpEntry, OtpExportSaved, OtpFileInfo, OtpNextCode,
};
use steward::otp::OtpKind;
use support::{corpus, Harness};

/// A locked app whose exports go to `downloads` in its temporary folder.
fn harness() -> Harness {
    Harness::with(|state| {
        state.export_dir = state.data_dir.with_file_name("downloads");
        std::fs::create_dir_all(&state.export_dir).unwrap();
    })
}

#[test]
fn otp_commands_say_locked_before_unlock() {
    let h = harness();
    for (cmd, args) in [
        ("otp_list", json!({})),
        ("otp_codes", json!({})),
        (
            "otp_add_uri",
            json!({ "link": "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP" }),
        ),
        ("otp_remove", json!({ "id": "1", "confirm": true })),
        ("otp_next_hotp", json!({ "id": "1" })),
        ("otp_backup_codes", json!({ "id": "1", "reveal": false })),
        (
            "otp_export",
            json!({ "format": "aegis_encrypted", "password": "x" }),
        ),
    ] {
        let err = h.fail(cmd, args);
        assert_eq!(err.code, "locked", "{cmd}");
    }
}

#[test]
fn import_list_codes_next_and_remove() {
    let h = harness();
    h.unlock();

    // The import wizard: what is this file, then import (a password when it asks for one).
    let encrypted = corpus("authenticator-exports", "aegis_encrypted.json");
    let info: OtpFileInfo = h.bytes("otp_inspect_file", &encrypted, &[]).unwrap();
    assert_eq!(info.label.as_deref(), Some("Aegis"));
    assert!(!info.is_image);
    let err = h
        .bytes::<OtpAddReport>("otp_import", &encrypted, &[])
        .unwrap_err();
    assert_eq!(err.code, "password_required");
    let err = h
        .bytes::<OtpAddReport>("otp_import", &encrypted, &[("x-password", "wrong")])
        .unwrap_err();
    assert_eq!(err.code, "wrong_password");
    let report: OtpAddReport = h
        .bytes(
            "otp_import",
            &encrypted,
            &[("x-password", "test"), ("x-format", "aegis")],
        )
        .unwrap();
    assert_eq!(report.added.len(), 7);
    // The same accounts again, from another app's file: all duplicates.
    let again: OtpAddReport = h
        .bytes(
            "otp_import",
            &corpus("authenticator-exports", "2fas_authenticator_plain_v4.2fas"),
            &[],
        )
        .unwrap();
    assert!(again.added.is_empty());
    assert!(!again.duplicates.is_empty());

    let list: Vec<OtpEntry> = h.call("otp_list", json!({}));
    assert_eq!(list.len(), 7);
    let codes: Vec<OtpCodeEntry> = h.call("otp_codes", json!({}));
    assert_eq!(codes.len(), 7);
    for (c, e) in codes.iter().zip(&list) {
        assert_eq!(c.id, e.id);
        let code = c.code.as_ref().expect("a code for every account");
        assert_eq!(code.code.chars().count(), e.digits as usize);
    }
    // The JSON sent to the page has no secret in it.
    let raw = serde_json::to_string(&h.raw("otp_codes", json!({})).unwrap()).unwrap()
        + &serde_json::to_string(&h.raw("otp_list", json!({})).unwrap()).unwrap();
    assert!(!raw.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));

    // HOTP: next code only when asked.
    let issuu = list
        .iter()
        .find(|e| e.issuer.as_deref() == Some("Issuu"))
        .unwrap();
    let before = codes
        .iter()
        .find(|c| c.id == issuu.id)
        .unwrap()
        .code
        .clone()
        .unwrap();
    let next: OtpNextCode = h.call("otp_next_hotp", json!({ "id": issuu.id }));
    assert_eq!(next.account.kind, OtpKind::Hotp { counter: 2 });
    assert_eq!(next.code.code, before.next_code);
    let deno = list[0].id;
    assert_eq!(
        h.fail("otp_next_hotp", json!({ "id": deno })).code,
        "not_hotp"
    );

    // Rename, QR for a phone, removal only with confirmation.
    let renamed: OtpEntry = h.call(
        "otp_rename",
        json!({ "id": deno, "issuer": "Deno Deploy", "name": "mason" }),
    );
    assert_eq!(renamed.label, "Deno Deploy (mason)");
    let svg: String = h.call("otp_qr_svg", json!({ "id": deno }));
    assert!(svg.contains("<svg"));
    let err = h.fail("otp_remove", json!({ "id": deno, "confirm": false }));
    assert_eq!(err.code, "confirmation_required");
    let removed: OtpEntry = h.call("otp_remove", json!({ "id": deno, "confirm": true }));
    assert_eq!(removed.id, deno);
    assert_eq!(h.call::<Vec<OtpEntry>>("otp_list", json!({})).len(), 6);
}

#[test]
fn add_from_link_manual_and_picture() {
    let h = harness();
    h.unlock();
    let r: OtpAddReport = h.call(
        "otp_add_uri",
        json!({ "link": "otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=GitHub" }),
    );
    assert_eq!(r.added[0].label, "GitHub (alice)");
    let err = h.fail("otp_add_uri", json!({ "link": "https://example.com" }));
    assert_eq!(err.code, "not_otpauth");
    assert!(err.hint.is_some());

    let r: OtpAddReport = h.call(
        "otp_add_manual",
        json!({ "input": { "issuer": "Bank", "name": "me", "secret": "kbsw y3dp ehpk 3pxp", "kind": "totp",
                           "algorithm": null, "digits": 8, "period": 60, "counter": null } }),
    );
    assert_eq!(r.added[0].kind, OtpKind::Totp { period: 60 });
    assert_eq!(r.added[0].digits, 8);

    let png = corpus("google-migration", "example_export.png");
    let r: OtpAddReport = h.bytes("otp_add_qr_image", &png, &[]).unwrap();
    assert_eq!(r.added.len(), 3);
    // A picture given to the import wizard works too.
    let r: OtpAddReport = h.bytes("otp_import", &png, &[]).unwrap();
    assert_eq!(r.duplicates.len(), 3);
    let err = h
        .bytes::<OtpAddReport>(
            "otp_add_qr_image",
            &corpus("google-migration", "qr_but_without_otp.png"),
            &[],
        )
        .unwrap_err();
    assert_eq!(err.code, "qr_without_otp");
    let err = h
        .bytes::<OtpAddReport>("otp_add_qr_image", b"not a picture", &[])
        .unwrap_err();
    assert_eq!(err.code, "not_an_image");
}

#[test]
fn backup_codes_export_and_clock() {
    let h = harness();
    h.unlock();
    let _: OtpAddReport = h
        .bytes(
            "otp_import",
            &corpus("authenticator-exports", "aegis_plain.json"),
            &[],
        )
        .unwrap();
    let id = h.call::<Vec<OtpEntry>>("otp_list", json!({}))[0].id;

    let v: BackupCodes = h.call(
        "otp_backup_codes_add",
        json!({ "id": id, "codes": ["1111-2222", "3333-4444", "5555-6666"] }),
    );
    assert_eq!((v.total, v.unused), (3, 3));
    let hidden: BackupCodes = h.call("otp_backup_codes", json!({ "id": id, "reveal": false }));
    assert!(hidden.codes.iter().all(|c| c.code.is_none()));
    let shown: BackupCodes = h.call("otp_backup_codes", json!({ "id": id, "reveal": true }));
    assert_eq!(shown.codes[0].code.as_deref(), Some("1111-2222"));
    let used: BackupCodes = h.call(
        "otp_backup_code_use",
        json!({ "id": id, "code": "11112222" }),
    );
    assert_eq!(used.unused, 2);
    assert!(used.warning.is_some());
    assert_eq!(
        h.fail(
            "otp_backup_code_use",
            json!({ "id": id, "code": "1111 2222" })
        )
        .code,
        "backup_code_used"
    );

    // Exports land in the export folder; the encrypted one needs a password.
    assert_eq!(
        h.fail(
            "otp_export",
            json!({ "format": "aegis_encrypted", "password": "" })
        )
        .code,
        "empty_password"
    );
    let saved: OtpExportSaved = h.call(
        "otp_export",
        json!({ "format": "aegis_encrypted", "password": "pw for export" }),
    );
    assert!(saved.encrypted);
    assert_eq!(saved.accounts, 7);
    let path = PathBuf::from(&saved.path);
    assert!(path.starts_with(h.dir().join("downloads")));
    let back = steward::otp::import::import_auto(
        &std::fs::read(&path).unwrap(),
        None,
        Some("pw for export"),
    )
    .unwrap();
    assert_eq!(back.accounts.len(), 7);
    let plain: OtpExportSaved = h.call(
        "otp_export",
        json!({ "format": "otpauth_list", "password": null }),
    );
    assert!(!plain.encrypted);
    assert!(plain.path.ends_with("-PLAINTEXT.txt"));

    // Copying: with no display in the mock, a clear error; with one, Ok.
    match h.raw("otp_copy_code", json!({ "id": id })) {
        Ok(_) => {}
        Err(e) => assert_eq!(e["code"], "clipboard_unavailable", "{e}"),
    }

    // The clock check against a local stand-in server with a skewed Date header.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = [0u8; 1024];
        let _ = s.read(&mut buf);
        let date = (chrono::Utc::now() - chrono::Duration::seconds(90))
            .format("%a, %d %b %Y %H:%M:%S GMT");
        let _ = s.write_all(
            format!("HTTP/1.1 204 No Content\r\nDate: {date}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        );
    });
    let c: ClockCheck = h.call("clock_check", json!({ "server": url }));
    server.join().unwrap();
    assert_eq!(c.status, ClockStatus::Drift);
    assert!(c.message.contains("ahead"), "{}", c.message);
    assert_eq!(
        h.fail("clock_check", json!({ "server": "http://example.com" }))
            .code,
        "time_server_not_https"
    );
}
