//! `profile_change_unlock` over Tauri's mock runtime with the real handler and capabilities
//! (issue 18): a passphrase profile gets a new passphrase from the page; a wrong current one is
//! refused with nothing changed; the quick-read handle (the code list) works before and after
//! (it is closed for the rekey and opened again under the new key); locked, only the new
//! passphrase opens it. Mock runtime: no window system here; the real window is
//! tests/e2e/unlock_change.test.mjs. The keyring paths are tested in the core with the real
//! Secret Service (tests/unlock_change.rs).

mod support;

use serde_json::{json, Value};
use support::{Harness, PASSPHRASE};

const NEW: &str = "a new passphrase for the window";

fn first_code(h: &Harness) -> String {
    let codes: Value = h.call("otp_codes", json!({}));
    codes[0]["code"]["code"]
        .as_str()
        .expect("a code")
        .to_string()
}

#[test]
fn a_new_passphrase_from_the_window() {
    let h = Harness::new();
    h.unlock();
    h.raw(
        "otp_add_uri",
        json!({ "link": "otpauth://totp/Shop:me?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }),
    )
    .expect("account added");
    let before = first_code(&h);

    let change = |current: &str, method: &str| {
        h.raw(
            "profile_change_unlock",
            json!({ "method": method, "current": current, "passphrase": NEW }),
        )
    };
    let err = change("not it", "passphrase").unwrap_err();
    assert_eq!(err["code"], "wrong_passphrase");
    assert_eq!(
        first_code(&h),
        before,
        "nothing changed, the reader still works"
    );
    let changed = change(PASSPHRASE, "passphrase").expect("changed");
    assert_eq!(changed["status"]["state"], "passphrase");
    assert_eq!(changed["otp_accounts"], 1);
    assert_eq!(
        first_code(&h),
        before,
        "the reader reopened under the new key"
    );

    h.raw("lock_now", json!({})).expect("locked");
    let err = h
        .raw("profile_unlock", json!({ "passphrase": PASSPHRASE }))
        .unwrap_err();
    assert_eq!(err["code"], "wrong_passphrase");
    h.raw("profile_unlock", json!({ "passphrase": NEW }))
        .expect("the new passphrase opens it");
    assert_eq!(first_code(&h), before);
}
