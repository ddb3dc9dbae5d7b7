//! `otpauth://` links as typed, pasted or scanned: the lenient reader and the label hint.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(link) = std::str::from_utf8(data) else {
        return;
    };
    let _ = steward::otp::uri::label_hint(link);
    if let Ok(parsed) = steward::otp::uri::parse(link) {
        // What was read must write back out as a link that reads again.
        let again = steward::otp::uri::to_uri(&parsed.account);
        assert!(
            steward::otp::uri::parse(&again).is_ok(),
            "a link written by Steward does not read back"
        );
    }
});
