//! A service's refusal text, as pasted: the classifier alone and through the phone check.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = steward::phone::classify_refusal(&text);
    let _ = steward::phone::check("+84 91 234 5678", None, Some(&text));
});
