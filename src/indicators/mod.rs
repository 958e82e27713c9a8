//! The quality and efficiency indicators of Appendix 4 (and items 7.2, 7.3)
//! exactly as `docs/spec/indicators.md` defines them, at republic,
//! department and office level, for all services and per service, for the
//! period and per month. Entry point: [`compute`].
//!
//! Choices where the contract is silent (also in `docs/indicators.md`):
//! - Surveys carry no service: 2.1, 3.1 and 5.1 have no value in the rows
//!   of one service (0 of 0), and count in the "all" rows only.
//! - A complaint counts for a service when its `case_id` names an accepted
//!   case of that service; one without (or naming no accepted case) counts
//!   in the "all" rows only.
//! - 3.2 is a property of the configuration, not of the data: the same
//!   figure in every row (for one service: 1 of 1 or 0 of 1).
//! - Monthly rows carry the year too (a period may span New Year).

pub mod activity;
mod compare;
mod frame;
pub mod identity;
pub mod json;
mod sql;

use chrono::NaiveDate;

pub use compare::{Change, PreviousYear, Ranked, compare, rank};
pub use frame::{IndicatorError, compute};
pub use json::Json;
pub use sql::{SQL, compute_parquet, is_export};

pub use crate::indicator::Indicator;

use crate::lang::DocLang;
use crate::vocab::Service;

/// A closed range of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The same days a year earlier (29 February to 28 February), to
    /// compare with.
    pub fn year_before(&self) -> Period {
        let back = |day: NaiveDate| {
            day.checked_sub_months(chrono::Months::new(12))
                .unwrap_or(day)
        };
        Period {
            from: back(self.from),
            to: back(self.to),
        }
    }

    /// The year whose normative values apply: the year the period ends in.
    pub fn norm_year(&self) -> i32 {
        use chrono::Datelike;
        self.to.year()
    }
}

/// Numerator and denominator, counted exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub numerator: u64,
    pub denominator: u64,
}

impl Ratio {
    /// The percentage rounded to one decimal, half away from zero; `None`
    /// when the denominator is zero. Computed in integers: no binary
    /// fraction decides a rounding.
    pub fn value(self) -> Option<f64> {
        if self.denominator == 0 {
            return None;
        }
        let tenths = (self.numerator * 2000 + self.denominator) / (2 * self.denominator);
        Some(tenths as f64 / 10.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Republic,
    Department,
    Office,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Republic => "republic",
            Level::Department => "department",
            Level::Office => "office",
        }
    }

    /// A department or an office of this level as named on `day`, by a
    /// name its reader can tell from the others (`bodies::department_name`,
    /// `bodies::office_name`); empty for the republic or a code the
    /// directory lacks.
    pub fn name_of(self, key: &str, day: NaiveDate, lang: DocLang) -> String {
        match self {
            Level::Department => crate::bodies::department_name(key, day, lang),
            Level::Office => crate::bodies::office_name(key, day, lang),
            Level::Republic => String::new(),
        }
    }
}

/// One row of the result: a place, a service (or all), a month (or the
/// whole period), and every indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub level: Level,
    /// `KZ`, a region code `RRRR`, or an office code `RRRR-DDD`.
    pub key: String,
    pub service: Option<Service>,
    /// `(year, month)` of a monthly row.
    pub month: Option<(i32, u32)>,
    pub values: [Ratio; Indicator::COUNT],
}

impl Row {
    pub fn get(&self, indicator: Indicator) -> Ratio {
        self.values[indicator.index()]
    }

    /// The consumers served: the denominator of 4.1.
    pub fn served(&self) -> u64 {
        self.get(Indicator::Complaints).denominator
    }
}

/// The indicators of a period: every row, ordered by level, key, service
/// (all first), month (period first).
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub period: Period,
    pub rows: Vec<Row>,
}

impl Results {
    /// The row of the republic, all services, the whole period.
    pub fn republic(&self) -> &Row {
        self.rows
            .iter()
            .find(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_none())
            .expect("the republic row is always present")
    }

    pub fn find(
        &self,
        level: Level,
        key: &str,
        service: Option<Service>,
        month: Option<(i32, u32)>,
    ) -> Option<&Row> {
        self.rows
            .iter()
            .find(|r| r.level == level && r.key == key && r.service == service && r.month == month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_half_away_from_zero_from_exact_counts() {
        let r = |n, d| Ratio {
            numerator: n,
            denominator: d,
        };
        assert_eq!(r(412, 420).value(), Some(98.1));
        // 1/8 = 12.5 % exactly; 1/16 = 6.25 % → 6.3 (half away from zero).
        assert_eq!(r(1, 16).value(), Some(6.3));
        // 2/3 = 66.666… → 66.7; 1/3 → 33.3.
        assert_eq!(r(2, 3).value(), Some(66.7));
        assert_eq!(r(1, 3).value(), Some(33.3));
        // 0.05 % → 0.1, 0.0499… → 0.0.
        assert_eq!(r(1, 2000).value(), Some(0.1));
        assert_eq!(r(1, 2001).value(), Some(0.0));
        assert_eq!(r(0, 0).value(), None);
        assert_eq!(r(5, 5).value(), Some(100.0));
    }
}

#[cfg(test)]
mod compute_tests;
