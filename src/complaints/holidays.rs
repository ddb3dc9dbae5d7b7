//! Which days are not working days where the firm is. UK bank holidays come from GOV.UK's list
//! (`holidays/uk-bank-holidays.toml`, OGL v3.0, the years it `covers`); EU member states' and
//! Viet Nam's public holidays are not carried (Viet Nam's lunar holidays are fixed by the
//! Government each year). A day outside what is known answers `None`, and a date counted over
//! such a day is marked "check this" (holidays unknown) — never silently a working day.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const UK_FILE: &str = include_str!("holidays/uk-bank-holidays.toml");

/// The part of the UK whose bank holidays count (FCA Glossary: "in that part of the UK").
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "UkRegion")]
pub enum UkRegion {
    #[default]
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

impl UkRegion {
    pub const ALL: [UkRegion; 3] = [
        UkRegion::EnglandAndWales,
        UkRegion::Scotland,
        UkRegion::NorthernIreland,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UkRegion::EnglandAndWales => "england-and-wales",
            UkRegion::Scotland => "scotland",
            UkRegion::NorthernIreland => "northern-ireland",
        }
    }

    pub fn parse(s: &str) -> Option<UkRegion> {
        let norm = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let norm = match norm.as_str() {
            "england" | "wales" | "ew" | "e&w" => "england-and-wales",
            "ni" => "northern-ireland",
            other => other,
        }
        .to_string();
        Self::ALL.into_iter().find(|r| r.as_str() == norm)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UkFile {
    covers: Vec<i32>,
    divisions: BTreeMap<String, Vec<NaiveDate>>,
}

struct UkTable {
    covers: BTreeSet<i32>,
    days: BTreeMap<UkRegion, BTreeSet<NaiveDate>>,
}

fn uk_table() -> Option<&'static UkTable> {
    static TABLE: OnceLock<Option<UkTable>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let file: UkFile = toml::from_str(UK_FILE).ok()?;
            let mut days = BTreeMap::new();
            for (name, dates) in file.divisions {
                days.insert(UkRegion::parse(&name)?, dates.into_iter().collect());
            }
            Some(UkTable {
                covers: file.covers.into_iter().collect(),
                days,
            })
        })
        .as_ref()
}

/// The years the UK table covers (for `steward complaint rules` and the tests).
pub fn uk_years() -> Vec<i32> {
    uk_table().map_or_else(Vec::new, |t| t.covers.iter().copied().collect())
}

/// The non-working days of one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// Weekends only: no holiday table is needed (the convention doesn't skip holidays).
    WeekendsOnly,
    /// UK bank holidays of one part of the UK.
    Uk(UkRegion),
    /// A public-holiday table Steward does not carry (EU member states, Viet Nam).
    Unknown,
}

impl Calendar {
    /// Is `day` a public holiday? `None` when not known for that year.
    pub fn is_holiday(self, day: NaiveDate) -> Option<bool> {
        match self {
            Calendar::WeekendsOnly => Some(false),
            Calendar::Unknown => None,
            Calendar::Uk(region) => {
                let t = uk_table()?;
                if !t.covers.contains(&day.year()) {
                    return None;
                }
                Some(t.days.get(&region).is_some_and(|d| d.contains(&day)))
            }
        }
    }
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Counts working days: remembers whether every day it looked at was known.
#[derive(Debug)]
pub struct Counter {
    calendar: Calendar,
    /// Every holiday question had an answer.
    pub known: bool,
}

impl Counter {
    pub fn new(calendar: Calendar) -> Counter {
        Counter {
            calendar,
            known: true,
        }
    }

    /// Is `day` a working day (not a weekend, not a holiday)? An unknown holiday counts as a
    /// working day and clears `known`, so the date is marked "check this".
    pub fn working(&mut self, day: NaiveDate) -> bool {
        if is_weekend(day) {
            return false;
        }
        match self.calendar.is_holiday(day) {
            Some(h) => !h,
            None => {
                self.known = false;
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_loads_and_covers_what_it_says() {
        assert_eq!(uk_years(), vec![2025, 2026, 2027]);
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let ew = Calendar::Uk(UkRegion::EnglandAndWales);
        let ni = Calendar::Uk(UkRegion::NorthernIreland);
        assert_eq!(ew.is_holiday(d("2026-04-03")), Some(true));
        assert_eq!(ew.is_holiday(d("2026-07-13")), Some(false));
        assert_eq!(ni.is_holiday(d("2026-07-13")), Some(true));
        assert_eq!(ew.is_holiday(d("2028-01-03")), None);
        assert_eq!(Calendar::Unknown.is_holiday(d("2026-01-01")), None);
        // Every region lists Christmas Day and Good Friday each year it covers.
        for r in UkRegion::ALL {
            for day in [
                "2025-12-25",
                "2026-12-25",
                "2027-03-26",
                "2026-04-03",
                "2025-04-18",
            ] {
                assert_eq!(
                    Calendar::Uk(r).is_holiday(d(day)),
                    Some(true),
                    "{r:?} {day}"
                );
            }
        }
        // No listed holiday is on a weekend (substitute days are listed instead).
        let t = uk_table().unwrap();
        for days in t.days.values() {
            for day in days {
                assert!(!is_weekend(*day), "{day}");
            }
        }
    }

    /// Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm).
    fn easter(y: i32) -> NaiveDate {
        let (a, b, c) = (y % 19, y / 100, y % 100);
        let (d, e) = (b / 4, b % 4);
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        NaiveDate::from_ymd_opt(y, month as u32, day as u32).unwrap()
    }

    /// The `n`th Monday of a month (n = -1: the last).
    fn monday(y: i32, month: u32, n: i32) -> NaiveDate {
        let mondays: Vec<NaiveDate> = (1..=31)
            .filter_map(|d| NaiveDate::from_ymd_opt(y, month, d))
            .filter(|d| d.weekday() == Weekday::Mon)
            .collect();
        if n < 0 {
            *mondays.last().unwrap()
        } else {
            mondays[n as usize - 1]
        }
    }

    /// Fixed dates in order, each on a weekend moved to the next working day not already taken
    /// (how 25/26 December and 1/2 January are substituted).
    fn substituted(days: &[NaiveDate]) -> Vec<NaiveDate> {
        let mut out: Vec<NaiveDate> = vec![];
        for &day in days {
            let mut d = day;
            while is_weekend(d) || out.contains(&d) {
                d = d.succ_opt().unwrap();
            }
            out.push(d);
        }
        out
    }

    /// The bank holidays the Banking and Financial Dealings Act 1971 and the yearly
    /// proclamations give, worked out here from their rules (no one-off days fall in 2025-2027):
    /// an independent check of the typed-in GOV.UK table.
    fn statutory(region: UkRegion, y: i32) -> BTreeSet<NaiveDate> {
        let d = |m: u32, day: u32| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let e = easter(y);
        let mut days: BTreeSet<NaiveDate> = [
            e - chrono::Duration::days(2),
            monday(y, 5, 1),
            monday(y, 5, -1),
        ]
        .into_iter()
        .collect();
        days.extend(substituted(&[d(12, 25), d(12, 26)]));
        match region {
            UkRegion::Scotland => {
                days.extend(substituted(&[d(1, 1), d(1, 2)]));
                days.insert(monday(y, 8, 1));
                days.extend(substituted(&[d(11, 30)]));
            }
            UkRegion::EnglandAndWales | UkRegion::NorthernIreland => {
                days.extend(substituted(&[d(1, 1)]));
                days.insert(e + chrono::Duration::days(1));
                days.insert(monday(y, 8, -1));
                if region == UkRegion::NorthernIreland {
                    days.extend(substituted(&[d(3, 17)]));
                    days.extend(substituted(&[d(7, 12)]));
                }
            }
        }
        days
    }

    #[test]
    fn the_table_agrees_with_the_rules_that_make_bank_holidays() {
        assert_eq!(easter(2026), NaiveDate::from_ymd_opt(2026, 4, 5).unwrap());
        let t = uk_table().unwrap();
        for y in uk_years() {
            for r in UkRegion::ALL {
                let typed: BTreeSet<NaiveDate> = t.days[&r]
                    .iter()
                    .copied()
                    .filter(|d| d.year() == y)
                    .collect();
                assert_eq!(typed, statutory(r, y), "{r:?} {y}");
            }
        }
    }
}
