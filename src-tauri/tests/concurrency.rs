//! A long command doesn't freeze the quick ones: while an enrolment step waits on a slow
//! privacyIDEA server (a stand-in on 127.0.0.1 that holds its answer until the test lets it go),
//! the authenticator's code list still answers. No speed threshold: the test checks the code
//! list came back while the enrolment call was provably still waiting (the 30 s is only a guard
//! so a regression fails instead of hanging).

mod support;

use std::sync::mpsc;

use serde_json::json;
use support::Harness;

#[test]
fn codes_keep_coming_while_a_slow_server_holds_an_enrolment_step() {
    let h = Harness::new();
    h.unlock();
    h.raw(
        "otp_add_uri",
        json!({ "link": "otpauth://totp/Bank:me?secret=JBSWY3DPEHPK3PXP&issuer=Bank" }),
    )
    .unwrap();

    let (url, arrived, release) = support::slow_server();
    let started = h.raw(
        "enrol_start",
        json!({ "service": "Bank", "privacyidea": { "url": url, "username": "alice", "password": "pw" } }),
    )
    .unwrap();
    let id = started["enrolment"]["id"].as_str().unwrap().to_string();

    // The window is what the threads share (the app stays on this one).
    let page = &h.page;
    std::thread::scope(|scope| {
        let slow = scope.spawn(|| {
            page.raw(
                "enrol_act",
                json!({ "id": id, "action": { "action": "choose_method", "method": "totp" }, "password": "pw" }),
            )
        });
        // The enrolment step is now waiting on the server (it holds the profile).
        arrived
            .recv()
            .expect("the enrolment step reached the server");
        // The code list, asked from another thread; if it waited for the enrolment step, the
        // guard below releases the server (so nothing hangs) and fails.
        let (codes_tx, codes_rx) = mpsc::channel();
        scope.spawn(move || {
            let _ = codes_tx.send(page.raw("otp_codes", json!({})));
        });
        let codes = match codes_rx.recv_timeout(std::time::Duration::from_secs(30)) {
            Ok(codes) => codes.expect("codes while it waits"),
            Err(_) => {
                let _ = release.send(());
                panic!("the code list waited for the enrolment step's slow server");
            }
        };
        assert_eq!(codes.as_array().map(Vec::len), Some(1), "{codes}");
        assert!(
            !slow.is_finished(),
            "the enrolment step was still waiting when the codes came back"
        );
        release.send(()).unwrap();
        let answer = slow.join().unwrap();
        assert!(
            answer.is_err(),
            "the stand-in's 503 is an error: {answer:?}"
        );
    });
}
