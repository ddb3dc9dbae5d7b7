//! Phone numbers as typed: without a region, and with one picked by the first byte (valid ones,
//! odd case, empty and unknown).
#![no_main]
use libfuzzer_sys::fuzz_target;

const REGIONS: [&str; 12] = [
    "VN", "US", "GB", "DE", "IN", "BR", "fr", "JP", "NG", "", "ZZ", "x",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let _ = steward::phone::check(input, None, None);
    let region = REGIONS[usize::from(pick) % REGIONS.len()];
    let _ = steward::phone::check(input, Some(region), None);
    let _ = steward::phone::format_as_you_type(input, Some(region));
});
