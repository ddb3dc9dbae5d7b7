//! Dates and numbers as an export's reader reads them, in the current language (an export is
//! rendered inside `i18n::with_lang` of its language). The patterns and month names are in the
//! catalogue (`locales/<lang>/share.ftl`, `share-date-…`, `share-month-…`), CLDR-style: English
//! as Steward always wrote it ("2 Mar 2026", "2 March 2026", "2026-03-02 14:05 UTC"),
//! Vietnamese with CLDR's medium and long dates ("2 thg 3, 2026", "2 tháng 3, 2026") and
//! day/month/year numbers ("14:05 UTC ngày 02/03/2026"). Times are always UTC, as in the JSON.

use chrono::{DateTime, Datelike, Timelike, Utc};

use crate::t;

/// An RFC 3339 time, in UTC.
pub(crate) fn parse(ts: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(ts)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn time(t: DateTime<Utc>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "2 Mar 2026" (en), "2 thg 3, 2026" (vi): of a time's UTC day, or of a calendar day.
pub(crate) fn medium(t: impl Datelike) -> String {
    let month_name = t!("share-month-short", month = t.month());
    t!(
        "share-date-medium",
        day = t.day().to_string(),
        month_name = month_name,
        year = t.year().to_string()
    )
}

/// "2 March 2026" (en), "2 tháng 3, 2026" (vi): of a time's UTC day, or of a calendar day.
pub(crate) fn long(t: impl Datelike) -> String {
    let month_name = t!("share-month-long", month = t.month());
    t!(
        "share-date-long",
        day = t.day().to_string(),
        month_name = month_name,
        year = t.year().to_string()
    )
}

/// "2026-03-02 14:05 UTC" (en), "14:05 UTC ngày 02/03/2026" (vi).
pub(crate) fn date_time(t: DateTime<Utc>) -> String {
    t!(
        "share-date-time",
        year = t.year().to_string(),
        month = format!("{:02}", t.month()),
        day = format!("{:02}", t.day()),
        time = time(t)
    )
}

/// "03-02 14:05" (en), "02/03 14:05" (vi): the chat brief's short form.
pub(crate) fn short_date_time(t: DateTime<Utc>) -> String {
    t!(
        "share-date-short",
        month = format!("{:02}", t.month()),
        day = format!("{:02}", t.day()),
        time = time(t)
    )
}

/// [`medium`] of an RFC 3339 text; anything else is shown as it is.
pub(crate) fn medium_of(ts: &str) -> String {
    parse(ts).map_or_else(|| ts.to_string(), medium)
}

/// [`medium`] of a calendar day (`YYYY-MM-DD`, as complaint deadlines are kept); anything else
/// is shown as it is.
pub(crate) fn medium_day_of(day: &str) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").map_or_else(|_| day.to_string(), medium)
}

/// [`long`] of an RFC 3339 text; anything else is shown as it is.
pub(crate) fn long_of(ts: &str) -> String {
    parse(ts).map_or_else(|| ts.to_string(), long)
}

/// [`date_time`] of an RFC 3339 text; anything else is shown as it is.
pub(crate) fn date_time_of(ts: &str) -> String {
    parse(ts).map_or_else(|| ts.to_string(), date_time)
}

/// [`short_date_time`] of an RFC 3339 text; anything else is shown as it is.
pub(crate) fn short_date_time_of(ts: &str) -> String {
    parse(ts).map_or_else(|| ts.to_string(), short_date_time)
}

/// A whole number with the language's digit grouping (`share-digit-grouping`: "off" in
/// English, as Steward always wrote sizes; "." in Vietnamese: 48.213).
pub(crate) fn number(n: u64) -> String {
    let digits = n.to_string();
    let sep = t!("share-digit-grouping");
    if sep == "off" || digits.len() <= 3 {
        return digits;
    }
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&sep);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_lang, Lang};

    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-02T14:05:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn english_is_as_before() {
        with_lang(Lang::english(), || {
            assert_eq!(medium(at()), at().format("%-d %b %Y").to_string());
            assert_eq!(long(at()), at().format("%-d %B %Y").to_string());
            assert_eq!(
                date_time(at()),
                at().format("%Y-%m-%d %H:%M UTC").to_string()
            );
            assert_eq!(
                short_date_time(at()),
                at().format("%m-%d %H:%M").to_string()
            );
            assert_eq!(number(48213), "48213");
            for m in 1..=12 {
                let t = at().with_month(m).unwrap();
                assert_eq!(medium(t), t.format("%-d %b %Y").to_string());
                assert_eq!(long(t), t.format("%-d %B %Y").to_string());
            }
        });
    }

    #[test]
    fn vietnamese_follows_cldr() {
        let vi = Lang::parse("vi").unwrap();
        with_lang(vi, || {
            assert_eq!(medium(at()), "2 thg 3, 2026");
            assert_eq!(long(at()), "2 tháng 3, 2026");
            assert_eq!(date_time(at()), "14:05 UTC ngày 02/03/2026");
            assert_eq!(short_date_time(at()), "02/03 14:05");
            assert_eq!(number(48213), "48.213");
            assert_eq!(number(1234567), "1.234.567");
            assert_eq!(number(999), "999");
        });
    }
}
