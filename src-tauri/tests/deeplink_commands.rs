//! The commands behind "a link opened from the browser" (src/deep_link.rs), with the real
//! capabilities over Tauri's mock runtime: the preview says what a link holds without its
//! secret, a broken link is refused with the reason, and the queue of waiting links.

use serde_json::{json, Value};
use steward::error::ErrorInfo;
use steward::otp::ImportSummary;
use steward_desktop::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

const SECRET: &str = "JBSWY3DPEHPK3PXP";

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = steward_desktop::setup(mock_builder(), AppState::new(dir.path().join("s")))
            .build(steward_desktop::context())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness {
            _app: app,
            window,
            _dir: dir,
        }
    }

    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("origin url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }
}

#[test]
fn preview_shows_the_account_but_never_the_secret() {
    let h = Harness::new();
    let link = format!("otpauth://totp/Example:alice%40example.com?secret={SECRET}&issuer=Example");
    let value = h
        .invoke("otp_preview_link", json!({ "link": link }))
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
    for link in [
        "otpauth://totp/Broken:bob?secret=not*base32!",
        "otpauth://totp/NoSecret:bob",
        "otpauth-migration://offline?data=%%%",
        "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP\notpauth://totp/B?secret=JBSWY3DPEHPK3PXP",
    ] {
        let err = h
            .invoke("otp_preview_link", json!({ "link": link }))
            .expect_err(link);
        let err: ErrorInfo = serde_json::from_value(err).expect("an ErrorInfo");
        assert!(!err.message.is_empty(), "{link}: {err:?}");
    }
}

#[test]
fn no_links_are_waiting_at_first() {
    let h = Harness::new();
    let links = h.invoke("pending_links", json!({})).expect("pending_links");
    assert_eq!(links, json!([]));
}
