//! The commands behind "a link opened from the browser" (src/deep_link.rs), with the real
//! capabilities over Tauri's mock runtime: the preview says what a link holds without its
//! secret, a broken link is refused with the reason, and the queue of waiting links.

mod support;

use serde_json::json;
use steward::error::ErrorInfo;
use steward::otp::ImportSummary;
use support::Harness;

const SECRET: &str = "JBSWY3DPEHPK3PXP";

#[test]
fn preview_shows_the_account_but_never_the_secret() {
    let h = Harness::new();
    h.unlock(); // the app starts locked (src/lock.rs)
    let link = format!("otpauth://totp/Example:alice%40example.com?secret={SECRET}&issuer=Example");
    let value = h
        .raw("otp_preview_link", json!({ "link": link }))
        .expect("preview");
    assert!(!value.to_string().contains(SECRET), "{value}");
    let summary: ImportSummary = serde_json::from_value(value).expect("an OtpImportSummary");
    assert_eq!(summary.imported.len(), 1);
    let account = &summary.imported[0];
    assert_eq!(account.issuer.as_deref(), Some("Example"));
    assert_eq!(account.name, "alice@example.com");
    assert_eq!(account.digits, 6);
}

#[test]
fn a_broken_link_is_refused_with_the_reason() {
    let h = Harness::new();
    h.unlock(); // the app starts locked (src/lock.rs)
    for link in [
        "otpauth://totp/Broken:bob?secret=not*base32!",
        "otpauth://totp/NoSecret:bob",
        "otpauth-migration://offline?data=%%%",
        "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP\notpauth://totp/B?secret=JBSWY3DPEHPK3PXP",
    ] {
        let err = h
            .raw("otp_preview_link", json!({ "link": link }))
            .expect_err(link);
        let err: ErrorInfo = serde_json::from_value(err).expect("an ErrorInfo");
        assert!(!err.message.is_empty(), "{link}: {err:?}");
    }
}

#[test]
fn no_links_are_waiting_at_first() {
    let h = Harness::new();
    h.unlock(); // the app starts locked (src/lock.rs)
    let links = h.raw("pending_links", json!({})).expect("pending_links");
    assert_eq!(links, json!([]));
}
