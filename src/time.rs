//! Times as people type them. Stored in UTC, typed and shown in local time.

use chrono::{DateTime, Duration, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// Parses a moment: `now`, RFC 3339 (`2026-11-20T14:30:00+07:00`), or local
/// `2026-11-20 14:30`, `2026-11-20T14:30`, `2026-11-20` (midnight), or relative to `base`:
/// `-2h`, `-30m`, `+48h`, `+5d` (the sign is required, so `5` is never a date).
pub fn parse_moment(input: &str, base: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(crate::t!("time-empty"));
    }
    if s.eq_ignore_ascii_case("now") {
        return Ok(base);
    }
    if let Some(rest) = s.strip_prefix('+') {
        return parse_duration(rest).map(|d| base + d);
    }
    if let Some(rest) = s.strip_prefix('-') {
        return parse_duration(rest).map(|d| base - d);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt) {
            return local_to_utc(naive, s);
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(naive) = date.and_hms_opt(0, 0, 0) {
            return local_to_utc(naive, s);
        }
    }
    Err(crate::t!("time-not-a-time", input = s))
}

fn local_to_utc(naive: NaiveDateTime, original: &str) -> Result<DateTime<Utc>, String> {
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| crate::t!("time-not-local", input = original))
}

/// Parses a duration: `90` (minutes), `45m`, `2h`, `1h30m`, `3d`, `1w`.
pub fn parse_duration(input: &str) -> Result<Duration, String> {
    let s = input.trim().to_ascii_lowercase();
    if s.is_empty() {
        return Err(crate::t!("time-duration-empty"));
    }
    if let Ok(mins) = s.parse::<i64>() {
        return minutes(mins, input);
    }
    let mut total = Duration::zero();
    let mut number = String::new();
    for ch in s.chars() {
        if ch.is_ascii_digit() {
            number.push(ch);
            continue;
        }
        if ch.is_whitespace() {
            continue;
        }
        let n: i64 = number
            .parse()
            .map_err(|_| crate::t!("time-not-a-duration", input = input))?;
        number.clear();
        let part = match ch {
            'm' => minutes(n, input)?,
            'h' => minutes(n.saturating_mul(60), input)?,
            'd' => minutes(n.saturating_mul(60 * 24), input)?,
            'w' => minutes(n.saturating_mul(60 * 24 * 7), input)?,
            _ => return Err(crate::t!("time-not-a-duration", input = input)),
        };
        total += part;
    }
    if !number.is_empty() {
        return Err(crate::t!("time-duration-unit", input = input));
    }
    Ok(total)
}

fn minutes(n: i64, input: &str) -> Result<Duration, String> {
    // Ten years is already absurd for a support call; this also keeps chrono from overflowing.
    if n > 60 * 24 * 3650 {
        return Err(crate::t!("time-too-long", input = input));
    }
    Ok(Duration::minutes(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-20T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn relative_and_absolute_moments() {
        assert_eq!(parse_moment("now", base()).unwrap(), base());
        assert_eq!(
            parse_moment("+48h", base()).unwrap(),
            base() + Duration::hours(48)
        );
        assert_eq!(
            parse_moment("-1h30m", base()).unwrap(),
            base() - Duration::minutes(90)
        );
        assert_eq!(
            parse_moment("2026-11-20T17:00:00+07:00", base()).unwrap(),
            base()
        );
        assert!(parse_moment("2026-11-20 14:30", base()).is_ok());
        assert!(parse_moment("2026-11-20", base()).is_ok());
    }

    #[test]
    fn bad_moments_are_explained() {
        for bad in ["", "tomorrowish", "2026-13-40", "+", "-x", "5"] {
            let err = parse_moment(bad, base()).unwrap_err();
            assert!(!err.is_empty(), "{bad}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("45").unwrap(), Duration::minutes(45));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("2d").unwrap(), Duration::days(2));
        assert!(parse_duration("1h30").is_err());
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("99999999999999w").is_err());
    }
}
