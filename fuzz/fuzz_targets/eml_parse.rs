//! `.eml` attachments: the header reader (From, Date, Subject, DKIM-Signature d=).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = steward::cases::parse_email(data);
});
