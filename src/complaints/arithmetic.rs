//! Deadline arithmetic: each convention of `rules.toml` (`[[conventions]]`) implemented once.
//! All dates are local dates of the jurisdiction ([`super::local`] turns a UTC time into one);
//! a period ends at the end of its last local day.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::holidays::{Calendar, Counter};
use super::rules::{ConventionId, Unit};

/// A counted date, and whether every holiday it depended on was known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The last day of the period (the firm has until the end of it).
    pub date: NaiveDate,
    /// `false` when a day it counted over has no holiday table: show the date with "check this".
    pub holidays_known: bool,
}

impl Counted {
    /// The day after the period: when the next step opens ("eight weeks have elapsed").
    pub fn next_day(&self) -> Option<NaiveDate> {
        self.date.succ_opt()
    }
}

fn add_days(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(n))
}

/// Same day-of-month `months` later, else the last day of that month (chrono clamps so).
fn add_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(months))
}

fn months_of(amount: u32, unit: Unit) -> Option<u32> {
    match unit {
        Unit::Months => Some(amount),
        Unit::Years => amount.checked_mul(12),
        _ => None,
    }
}

/// The first working day on or after `d`.
fn roll_forward(mut d: NaiveDate, counter: &mut Counter) -> Option<NaiveDate> {
    // A run of non-working days is short; the bound only guards against a broken table.
    for _ in 0..30 {
        if counter.working(d) {
            return Some(d);
        }
        d = d.succ_opt()?;
    }
    None
}

/// The `n`th working day after `start` (`start` itself not counted).
fn working_days_after(start: NaiveDate, n: u32, counter: &mut Counter) -> Option<NaiveDate> {
    let mut d = start;
    let mut left = n;
    // At most ~1.4 calendar days per working day plus holidays; bounded for safety.
    let mut guard = u64::from(n) * 3 + 60;
    while left > 0 {
        d = d.succ_opt()?;
        if counter.working(d) {
            left -= 1;
        }
        guard = guard.checked_sub(1)?;
    }
    Some(d)
}

/// The holiday calendar a convention uses, given where the firm is (`uk` for UK conventions).
pub fn calendar_for(convention: ConventionId, uk: super::holidays::UkRegion) -> Calendar {
    match convention {
        ConventionId::IcoOneMonth | ConventionId::UkBusinessDays => Calendar::Uk(uk),
        ConventionId::Eu118271 | ConventionId::VnCivilCode => Calendar::Unknown,
        ConventionId::WeeksAfterReceipt
        | ConventionId::MonthsCorrespondingDate
        | ConventionId::CalendarDaysAfter
        | ConventionId::DaysBeginningWhenReceived => Calendar::WeekendsOnly,
    }
}

/// The last day of a period of `amount` `unit`s from `start` (the local date of the event),
/// counted by `convention` over `calendar`. `None` when the convention doesn't count that unit
/// or the date is out of range.
pub fn count(
    convention: ConventionId,
    start: NaiveDate,
    amount: u32,
    unit: Unit,
    calendar: Calendar,
) -> Option<Counted> {
    if !convention.counts(unit) {
        return None;
    }
    let mut counter = Counter::new(calendar);
    let date = match convention {
        // Receipt + 7×N days; no weekend roll.
        ConventionId::WeeksAfterReceipt => add_days(start, u64::from(amount) * 7)?,
        // Corresponding date N months later, else the month's last day; no roll.
        ConventionId::MonthsCorrespondingDate => add_months(start, months_of(amount, unit)?)?,
        // ICO: corresponding date (month-end fallback), then the next working day.
        // 1182/71: the event day is not counted, and a month period ends on the day with the
        // same date — the same arithmetic, with the member state's holidays (unknown here).
        ConventionId::IcoOneMonth | ConventionId::Eu118271 => {
            roll_forward(add_months(start, amount)?, &mut counter)?
        }
        // The Nth business day after receipt.
        ConventionId::UkBusinessDays => working_days_after(start, amount, &mut counter)?,
        // Start + N days, start is day 0; no roll.
        ConventionId::CalendarDaysAfter => add_days(start, u64::from(amount))?,
        // Receipt is day 1: ends at receipt + N − 1.
        ConventionId::DaysBeginningWhenReceived => {
            add_days(start, u64::from(amount.checked_sub(1)?))?
        }
        // Civil Code Arts. 147–148: first day not counted; N working days (Mon–Fri without
        // public holidays); the last day is then a working day by construction.
        ConventionId::VnCivilCode => working_days_after(start, amount, &mut counter)?,
    };
    Some(Counted {
        date,
        holidays_known: counter.known,
    })
}

/// Days from `a` to `b` (negative when `b` is before `a`).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// The year of a date, for messages ("holidays for 2028 are not known").
pub fn year(d: NaiveDate) -> i32 {
    d.year()
}

#[cfg(test)]
mod tests {
    use super::super::holidays::UkRegion;
    use super::super::rules::{self, ConventionId, Unit};
    use super::*;
    use proptest::prelude::*;

    /// Every `examples` row in rules.toml, written by the researcher, is a test.
    #[test]
    fn the_examples_in_rules_toml_hold() {
        let book = rules::load().unwrap();
        let mut ran = 0;
        for c in &book.conventions {
            for e in &c.examples {
                let (amount, unit) = e.period().unwrap();
                let got = count(
                    c.id,
                    e.start,
                    amount,
                    unit,
                    calendar_for(c.id, UkRegion::EnglandAndWales),
                )
                .unwrap_or_else(|| panic!("{} {:?} not counted", c.id.as_str(), e));
                assert_eq!(
                    got.date,
                    e.deadline,
                    "{}: {} + {amount} {} ({})",
                    c.id.as_str(),
                    e.start,
                    unit.as_str(),
                    e.note.as_deref().unwrap_or("")
                );
                if let Some(next) = e.next_step_from {
                    assert_eq!(got.next_day(), Some(next), "{}", c.id.as_str());
                }
                ran += 1;
            }
        }
        assert!(ran >= 17, "{ran} examples");
    }

    #[test]
    fn northern_ireland_counts_its_own_holidays() {
        // rules.toml's note on the uk-business-days example: NI gives 21 July (13 July holiday).
        let d: NaiveDate = "2026-06-01".parse().unwrap();
        let got = count(
            ConventionId::UkBusinessDays,
            d,
            35,
            Unit::BusinessDays,
            Calendar::Uk(UkRegion::NorthernIreland),
        )
        .unwrap();
        assert_eq!(got.date.to_string(), "2026-07-21");
    }

    #[test]
    fn beyond_the_holiday_table_the_date_is_marked() {
        let d: NaiveDate = "2028-06-01".parse().unwrap();
        let got = count(
            ConventionId::UkBusinessDays,
            d,
            15,
            Unit::BusinessDays,
            Calendar::Uk(UkRegion::EnglandAndWales),
        )
        .unwrap();
        assert!(!got.holidays_known);
        let vn = count(
            ConventionId::VnCivilCode,
            "2026-06-01".parse().unwrap(),
            7,
            Unit::WorkingDays,
            Calendar::Unknown,
        )
        .unwrap();
        assert!(!vn.holidays_known);
        let weeks = count(
            ConventionId::WeeksAfterReceipt,
            d,
            8,
            Unit::Weeks,
            Calendar::WeekendsOnly,
        )
        .unwrap();
        assert!(weeks.holidays_known);
    }

    const ALL: [(ConventionId, Unit); 9] = [
        (ConventionId::WeeksAfterReceipt, Unit::Weeks),
        (ConventionId::MonthsCorrespondingDate, Unit::Months),
        (ConventionId::MonthsCorrespondingDate, Unit::Years),
        (ConventionId::IcoOneMonth, Unit::Months),
        (ConventionId::Eu118271, Unit::Months),
        (ConventionId::UkBusinessDays, Unit::BusinessDays),
        (ConventionId::CalendarDaysAfter, Unit::CalendarDays),
        (ConventionId::DaysBeginningWhenReceived, Unit::CalendarDays),
        (ConventionId::VnCivilCode, Unit::WorkingDays),
    ];

    fn day() -> impl Strategy<Value = NaiveDate> {
        // 2000-01-01 .. about 2060.
        (0u64..22_000).prop_map(|n| {
            NaiveDate::from_ymd_opt(2000, 1, 1)
                .unwrap()
                .checked_add_days(Days::new(n))
                .unwrap()
        })
    }

    proptest! {
        /// A deadline is never before its start, and a later start never gives an earlier
        /// deadline, for every convention, amount and UK region.
        #[test]
        fn deadlines_follow_their_start(
            start in day(),
            gap in 0u64..400,
            amount in 1u32..40,
            which in 0usize..9,
            region in 0usize..3,
        ) {
            let (conv, unit) = ALL[which];
            let cal = calendar_for(conv, UkRegion::ALL[region]);
            let a = count(conv, start, amount, unit, cal).unwrap();
            prop_assert!(a.date >= start);
            let later = start.checked_add_days(Days::new(gap)).unwrap();
            let b = count(conv, later, amount, unit, cal).unwrap();
            prop_assert!(b.date >= a.date, "{conv:?} {start}+{amount} = {} but {later} gives {}", a.date, b.date);
            // More time never ends sooner.
            let c = count(conv, start, amount + 1, unit, cal).unwrap();
            prop_assert!(c.date >= a.date);
        }

        /// Months: the same day of the month when it exists, else the month's last day (leap
        /// years included); never in the month after.
        #[test]
        fn months_clamp_to_the_month_end(start in day(), months in 1u32..40) {
            let got = count(ConventionId::MonthsCorrespondingDate, start, months, Unit::Months, Calendar::WeekendsOnly).unwrap().date;
            let total = start.year() * 12 + start.month0() as i32 + months as i32;
            prop_assert_eq!(got.year(), total.div_euclid(12));
            prop_assert_eq!(got.month0() as i32, total.rem_euclid(12));
            if got.day() != start.day() {
                prop_assert!(got.day() < start.day());
                prop_assert_eq!(got.succ_opt().unwrap().day(), 1, "not the last day: {}", got);
            }
        }

        /// Rolled conventions never end on a weekend; business days never on a holiday.
        #[test]
        fn rolled_dates_are_working_days(start in day(), amount in 1u32..30, region in 0usize..3) {
            let cal = Calendar::Uk(UkRegion::ALL[region]);
            for (conv, unit) in [(ConventionId::IcoOneMonth, Unit::Months), (ConventionId::UkBusinessDays, Unit::BusinessDays)] {
                let got = count(conv, start, amount, unit, cal).unwrap();
                prop_assert!(!super::super::holidays::is_weekend(got.date));
                prop_assert!(cal.is_holiday(got.date) != Some(true));
            }
        }
    }

    #[test]
    fn leap_days() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let m = |s, n| {
            count(
                ConventionId::MonthsCorrespondingDate,
                d(s),
                n,
                Unit::Months,
                Calendar::WeekendsOnly,
            )
            .unwrap()
            .date
        };
        assert_eq!(m("2028-02-29", 12), d("2029-02-28"));
        assert_eq!(m("2027-08-31", 6), d("2028-02-29"));
        assert_eq!(m("2026-08-31", 6), d("2027-02-28"));
        let y = count(
            ConventionId::MonthsCorrespondingDate,
            d("2028-02-29"),
            6,
            Unit::Years,
            Calendar::WeekendsOnly,
        )
        .unwrap()
        .date;
        assert_eq!(y, d("2034-02-28"));
    }
}
