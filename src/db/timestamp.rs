//! How times are stored in the database: RFC 3339 in UTC with milliseconds and a `Z`
//! (`2026-11-20T08:00:00.000Z`) — fixed width, so text order is time order. The one codec every
//! table uses (the event log's hash chain keeps its own recorded form: its text is hashed).

use chrono::{DateTime, SecondsFormat, Utc};

/// A time as stored.
pub fn to_db(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A stored time; any RFC 3339 text is read (older rows were written in other widths).
pub fn from_db(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
}

/// A stored time that may be absent.
pub fn from_db_opt(s: Option<String>) -> rusqlite::Result<Option<DateTime<Utc>>> {
    s.as_deref().map(from_db).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn fixed_width_round_trip_and_text_order_is_time_order() {
        let a = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let b = a + chrono::Duration::milliseconds(1);
        assert_eq!(to_db(a), "2026-01-02T03:04:05.000Z");
        assert_eq!(from_db(&to_db(b)).unwrap(), b);
        assert!(to_db(a) < to_db(b));
        assert_eq!(from_db("2026-01-02T10:04:05+07:00").unwrap(), a);
        assert!(from_db("yesterday").is_err());
        assert_eq!(from_db_opt(None).unwrap(), None);
    }
}
