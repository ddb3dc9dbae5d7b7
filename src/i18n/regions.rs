//! Country and region names in the reader's language, from CLDR (ICU4X's compiled display-name
//! data): "Vietnam" / "Việt Nam", "United Kingdom" / "Vương quốc Anh".

use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::subtags::Region;
use icu_locale_core::Locale;

use super::{current, Lang};

/// The name of region `code` (ISO 3166 alpha-2 such as `VN`, or a UN M.49 area such as `001`)
/// in the current language; `None` for a code CLDR doesn't name.
pub fn region_name(code: &str) -> Option<String> {
    region_name_in(current(), code)
}

/// [`region_name`] in `lang`.
pub fn region_name_in(lang: Lang, code: &str) -> Option<String> {
    let region: Region = code.trim().to_ascii_uppercase().parse().ok()?;
    let locale: Locale = lang.code().parse().ok()?;
    let names =
        RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default()).ok()?;
    names.of(region).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_cldr_in_each_language() {
        let vi = Lang::parse("vi").unwrap();
        assert_eq!(
            region_name_in(Lang::english(), "VN").as_deref(),
            Some("Vietnam")
        );
        assert_eq!(region_name_in(vi, "VN").as_deref(), Some("Việt Nam"));
        assert_eq!(region_name_in(vi, "gb").as_deref(), Some("Vương quốc Anh"));
        assert_eq!(region_name_in(vi, "not a region"), None);
    }
}
