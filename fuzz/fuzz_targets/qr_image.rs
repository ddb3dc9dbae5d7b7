//! QR pictures: PNG/JPEG decoding with its size limits, then QR reading, then the payloads.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(img) = steward::otp::qr::load_image(data) {
        if let Ok(payloads) = steward::otp::qr::decode(&img) {
            let _ = steward::otp::qr::report_from_payloads(&payloads);
        }
    }
});
