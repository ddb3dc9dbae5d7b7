//! Google Authenticator transfer links (`otpauth-migration://offline?data=…`): the link reader
//! and the protobuf payload decoder directly.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = steward::otp::google::decode_payload(data);
    if let Ok(link) = std::str::from_utf8(data) {
        let _ = steward::otp::google::parse_migration_uri(link);
    }
});
