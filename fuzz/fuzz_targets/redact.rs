//! Any text through the redactor (with a region, an address and text marked private, so every
//! detector and the width folding run): no panic on any input, and none on its own output.
#![no_main]
use libfuzzer_sys::fuzz_target;
use steward::share::Redactor;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let r = Redactor {
        region: Some("VN".into()),
        addresses: vec!["12 Nguyễn Huệ".into()],
        private: vec!["ＫＤＰ".into()],
        ..Redactor::new()
    };
    let (red, flags) = r.redact_flagged(&text);
    for f in &flags {
        assert_eq!(text.get(f.start as usize..f.end as usize), Some(f.text.as_str()));
    }
    let _ = r.redact(&red.text());
});
