//! Every importer through the one dispatch that sniffs the format (no password: encrypted files
//! stop at "password required"; see import_aegis_encrypted for the encrypted path).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = steward::otp::import::detect(data);
    let _ = steward::otp::import::import_auto(data, None, None);
});
