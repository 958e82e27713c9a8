//! What the offices did in a period, beside Appendix 4's percentages: the
//! cases submitted and decided, granted and refused, those still pending
//! at the period's end, the working days a decision took (median and 90th
//! percentile) and the state duty paid. Counted per office, service and
//! month with polars, a batch of events at a time, then rolled up to every
//! level as the indicators are (`frame.rs`).
//!
//! Choices (also in `docs/indicators.md`):
//! - Every service counts, identity documents too; "all services" is the
//!   sum of the services.
//! - A case is submitted on the day of `submitted_at`, decided on the day
//!   of `decided_at` (granted or refused), and pays its duty on
//!   `fee_paid_on` (else the day it was submitted): each counts in the
//!   month of its own day.
//! - Pending at the end: submitted by the period's last day and not
//!   decided by it, whenever submitted; the whole period's rows only.
//! - Days to a decision are working days, counted as the deadline is
//!   ([`crate::law::calendar::Calendar::working_days_between`]); the
//!   median and the 90th percentile interpolate between ranks as
//!   spreadsheets' `MEDIAN` and `PERCENTILE.INC` do, so a reader can check
//!   them. The working days of each decision are kept as a count per
//!   number of days, never one value per case.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use polars::prelude::*;

use super::frame::BATCH;
use super::{IndicatorError, Level, Period};
use crate::model::{Case, Office, Tiyn};
use crate::vocab::{Outcome, Service, Vocabulary};

/// The activity of a period: every row, ordered by level, key, service
/// (all first), month (period first), as [`super::Results`].
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub period: Period,
    pub rows: Vec<ActivityRow>,
}

/// One place, one service (or all), one month (or the whole period).
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRow {
    pub level: Level,
    pub key: String,
    pub service: Option<Service>,
    pub month: Option<(i32, u32)>,
    pub submitted: u64,
    pub decided: u64,
    pub granted: u64,
    pub refused: u64,
    /// Submitted by the period's last day and not decided by it; `None`
    /// in the rows of a month.
    pub pending: Option<u64>,
    /// The state duty paid, in tiyn.
    pub duty: Tiyn,
    /// Working days to a decision; `None` without a decision whose days
    /// are known.
    pub days: Option<Days>,
}

impl ActivityRow {
    /// Refused among decided, in per cent to one decimal; `None` without
    /// a decision.
    pub fn refusal_rate(&self) -> Option<f64> {
        super::Ratio {
            numerator: self.refused,
            denominator: self.decided,
        }
        .value()
    }
}

/// Working days to a decision over `count` decisions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Days {
    pub count: u64,
    pub median: f64,
    pub p90: f64,
}

#[cfg(test)]
impl Activity {
    /// The row of a place, service and month (the tests' look-up).
    pub fn find(
        &self,
        level: Level,
        key: &str,
        service: Option<Service>,
        month: Option<(i32, u32)>,
    ) -> Option<&ActivityRow> {
        self.rows
            .iter()
            .find(|r| r.level == level && r.key == key && r.service == service && r.month == month)
    }
}

/// The counted columns, summed at every level.
const SUMMED: [&str; 6] = [
    "submitted",
    "decided",
    "granted",
    "refused",
    "pending",
    "duty",
];

/// The events of the period, summed a batch at a time per office,
/// service, month and days taken.
#[derive(Default)]
struct Events<'a> {
    office: Vec<&'a str>,
    department: Vec<&'a str>,
    service: Vec<&'static str>,
    year: Vec<i32>,
    month: Vec<i32>,
    /// The working days a decision took, for a decision whose days are
    /// known; `None` for every other event.
    took: Vec<Option<u32>>,
    counts: [Vec<i64>; SUMMED.len()],
    sums: Vec<LazyFrame>,
}

/// What one event counts for, in the order of [`SUMMED`].
type Counts = [i64; SUMMED.len()];

impl<'a> Events<'a> {
    fn push(
        &mut self,
        office: &'a Office,
        service: Service,
        day: NaiveDate,
        took: Option<u32>,
        counts: Counts,
    ) -> PolarsResult<()> {
        self.office.push(office);
        self.department.push(office.department());
        self.service.push(service.key());
        self.year.push(day.year());
        self.month.push(day.month() as i32);
        self.took.push(took);
        for (column, n) in self.counts.iter_mut().zip(counts) {
            column.push(n);
        }
        if self.office.len() >= BATCH {
            self.sum_batch()?;
        }
        Ok(())
    }

    fn sum_batch(&mut self) -> PolarsResult<()> {
        let height = self.office.len();
        let mut columns = vec![
            Column::new("office".into(), std::mem::take(&mut self.office)),
            Column::new("department".into(), std::mem::take(&mut self.department)),
            Column::new("service".into(), std::mem::take(&mut self.service)),
            Column::new("year".into(), std::mem::take(&mut self.year)),
            Column::new("month".into(), std::mem::take(&mut self.month)),
            Column::new("took".into(), std::mem::take(&mut self.took)),
        ];
        for (name, values) in SUMMED.iter().zip(&mut self.counts) {
            columns.push(Column::new((*name).into(), std::mem::take(values)));
        }
        let batch = DataFrame::new(height, columns)?;
        self.sums.push(by_office(batch.lazy()).collect()?.lazy());
        Ok(())
    }

    fn finish(mut self) -> PolarsResult<DataFrame> {
        self.sum_batch()?;
        by_office(concat(self.sums, UnionArgs::default())?).collect()
    }
}

fn by_office(frame: LazyFrame) -> LazyFrame {
    frame
        .group_by([
            col("office"),
            col("department"),
            col("service"),
            col("year"),
            col("month"),
            col("took"),
        ])
        .agg(sums())
}

fn sums() -> Vec<Expr> {
    SUMMED
        .iter()
        .map(|c| col(*c).sum().cast(DataType::Int64))
        .collect()
}

/// The activity of `period`, from every accepted case whatever its year
/// (a case submitted in the period may be decided after it, a case pending
/// at its end submitted before it), each with the working days its
/// decision took ([`crate::law::facts::Facts::took`]; `None` for a case
/// decided outside the period, whose days are not counted).
pub fn activity<'a>(
    cases: impl IntoIterator<Item = (&'a Case, Option<u32>)>,
    period: Period,
) -> Result<Activity, IndicatorError> {
    let mut events = Events::default();
    for (case, took) in cases {
        let submitted = case.submitted_at.date();
        let decided = case
            .decided_at
            .map(|d| d.date())
            .filter(|_| matches!(case.result, Outcome::Granted | Outcome::Refused));
        let (office, service) = (&case.office, case.service);
        if period.contains(submitted) {
            events.push(office, service, submitted, None, [1, 0, 0, 0, 0, 0])?;
        }
        if let Some(day) = decided.filter(|d| period.contains(*d)) {
            let granted = i64::from(case.result == Outcome::Granted);
            let counts = [0, 1, granted, 1 - granted, 0, 0];
            events.push(office, service, day, took, counts)?;
        }
        if submitted <= period.to && decided.is_none_or(|d| d > period.to) {
            events.push(office, service, period.to, None, [0, 0, 0, 0, 1, 0])?;
        }
        if let Some(Tiyn(amount)) = case.fee_amount {
            let paid = case.fee_paid_on.unwrap_or(submitted);
            if period.contains(paid) {
                events.push(office, service, paid, None, [0, 0, 0, 0, 0, amount])?;
            }
        }
    }
    let finest = events.finish()?;
    Ok(Activity {
        period,
        rows: rows(super::frame::roll_up_by(
            finest,
            &["took"],
            &SUMMED,
            DataType::Int64,
        )?)?,
    })
}

/// A group of the rolled-up frame: level, key, service, month.
type Group = (Level, String, Option<Service>, Option<(i32, u32)>);

/// The rows of the rolled-up frame: the sums of each group, and its
/// decisions counted per number of days made into a median and a 90th
/// percentile.
fn rows(summed: DataFrame) -> PolarsResult<Vec<ActivityRow>> {
    let typed = |name: &str, dtype: DataType| summed.column(name)?.cast(&dtype);
    let level = summed.column("level")?.str()?;
    let key = summed.column("key")?.str()?;
    let service = summed.column("service")?.str()?;
    let year = typed("year", DataType::Int32)?;
    let month = typed("month", DataType::Int32)?;
    let took = typed("took", DataType::UInt32)?;
    let (year, month, took) = (year.i32()?, month.i32()?, took.u32()?);
    let counts = SUMMED
        .iter()
        .map(|c| Ok(typed(c, DataType::Int64)?.i64()?.clone()))
        .collect::<PolarsResult<Vec<_>>>()?;
    let mut groups: BTreeMap<Group, (Counts, BTreeMap<u32, u64>)> = BTreeMap::new();
    for i in 0..summed.height() {
        let level = match level.get(i) {
            Some("republic") => Level::Republic,
            Some("department") => Level::Department,
            _ => Level::Office,
        };
        let service = service
            .get(i)
            .and_then(|s| Service::ALL.iter().copied().find(|v| v.key() == s));
        let month = year.get(i).zip(month.get(i)).map(|(y, m)| (y, m as u32));
        let group = (level, key.get(i).unwrap_or("").to_string(), service, month);
        let (sums, days) = groups.entry(group).or_default();
        for (sum, column) in sums.iter_mut().zip(&counts) {
            *sum += column.get(i).unwrap_or(0);
        }
        if let Some(took) = took.get(i) {
            *days.entry(took).or_default() += counts[1].get(i).unwrap_or(0) as u64;
        }
    }
    if groups.is_empty() {
        groups.insert(
            (Level::Republic, "KZ".to_string(), None, None),
            Default::default(),
        );
    }
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    Ok(groups
        .into_iter()
        .map(|((level, key, service, month), (sums, days))| {
            let [submitted, decided, granted, refused, pending, duty] = sums;
            ActivityRow {
                level,
                key,
                service,
                month,
                submitted: count(submitted),
                decided: count(decided),
                granted: count(granted),
                refused: count(refused),
                pending: month.is_none().then_some(count(pending)),
                duty: Tiyn(duty),
                days: spread(&days),
            }
        })
        // The month of the period's last day holds the pending cases,
        // which its row does not show: a month of nothing else is none.
        .filter(|row| row.month.is_none() || row.submitted + row.decided > 0 || row.duty.0 != 0)
        .collect())
}

/// The median and the 90th percentile of decisions counted per number of
/// working days, interpolated between ranks (`PERCENTILE.INC`); `None`
/// without a decision.
fn spread(days: &BTreeMap<u32, u64>) -> Option<Days> {
    let count: u64 = days.values().sum();
    if count == 0 {
        return None;
    }
    // The value at rank `r` (from 0) of the decisions in order.
    let at = |r: u64| {
        let mut seen = 0;
        for (&d, &n) in days {
            seen += n;
            if r < seen {
                return f64::from(d);
            }
        }
        days.keys().last().copied().map_or(0.0, f64::from)
    };
    // Rank h = (count − 1) × p, in tenths so that no binary fraction
    // decides which two decisions it falls between.
    let percentile = |tenths: u64| {
        let h = (count - 1) * tenths;
        let (low, part) = (h / 10, h % 10);
        let (a, b) = (at(low), at(low + u64::from(part > 0)));
        a + (b - a) * part as f64 / 10.0
    };
    Some(Days {
        count,
        median: percentile(5),
        p90: percentile(9),
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;
    use proptest::prelude::*;

    use super::*;
    use crate::chunked::Chunked;
    use crate::law::calendar::Calendar;
    use crate::model::test_case;

    fn at(m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, m, d)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap()
    }

    fn activity_of(cases: &[Case], period: Period) -> Activity {
        let cases: Chunked<Case> = cases.iter().cloned().collect();
        let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
        let took = verdicts.iter().map(|v| v.facts.took);
        activity(cases.iter().zip(took), period).unwrap()
    }

    #[test]
    fn a_quarter_counted_by_hand() {
        let case =
            |office: &str, service, submitted, decided: Option<NaiveDateTime>, result| Case {
                office: Office::new(office).unwrap(),
                service,
                submitted_at: submitted,
                decided_at: decided,
                result,
                fee_paid_on: Some(submitted.date()),
                ..test_case()
            };
        use Outcome::{Granted, Pending, Refused};
        use Service::{IdDocument, VisaExtend, VisaIssue};
        let cases = [
            // Tuesday 18 March: Nauryz (21, 24, 25) between; 28 March is
            // the fifth working day, 31 March the sixth.
            case("1910-262", VisaIssue, at(3, 18), Some(at(3, 28)), Granted),
            case("1910-262", VisaIssue, at(3, 18), Some(at(3, 31)), Refused),
            case("1910-262", VisaExtend, at(3, 18), Some(at(3, 19)), Granted),
            // Submitted in the quarter, decided after it: pending at its end.
            case("1914-201", VisaIssue, at(3, 28), Some(at(4, 2)), Granted),
            // Submitted before the quarter, decided in it.
            case("1914-201", IdDocument, at(2, 27), Some(at(3, 3)), Granted),
            // Never decided.
            case("1914-201", VisaIssue, at(3, 3), None, Pending),
        ];
        let q1 = Period {
            from: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2025, 3, 31).unwrap(),
        };
        let a = activity_of(&cases, q1);
        let kz = a.find(Level::Republic, "KZ", None, None).unwrap();
        assert_eq!(
            (kz.submitted, kz.decided, kz.granted, kz.refused, kz.pending),
            (5, 4, 3, 1, Some(2))
        );
        assert_eq!(kz.refusal_rate(), Some(25.0));
        // Five visa cases paid 1 966 tenge each in March; the identity
        // document paid in February.
        assert_eq!(kz.duty, Tiyn(5 * 196_600));
        // Days: 5, 6, 1 (19 March) and 2 (27 February, a Thursday, to
        // Monday 3 March): 1, 2, 5, 6.
        let days = kz.days.unwrap();
        assert_eq!((days.count, days.median), (4, 3.5));
        // PERCENTILE.INC(0.9) of 1, 2, 5, 6: rank 2.7, 5 + 0.7 × 1.
        assert!((days.p90 - 5.7).abs() < 1e-9, "{days:?}");
        let issue = a
            .find(Level::Republic, "KZ", Some(VisaIssue), None)
            .unwrap();
        assert_eq!(
            (issue.decided, issue.refused, issue.pending),
            (2, 1, Some(2))
        );
        let office = a.find(Level::Office, "1914-201", None, None).unwrap();
        assert_eq!((office.submitted, office.decided), (2, 1));
        let march = a
            .find(Level::Department, "1910", None, Some((2025, 3)))
            .unwrap();
        assert_eq!((march.decided, march.pending), (3, None));
        assert_eq!(
            a.find(Level::Office, "1914-201", None, Some((2025, 4))),
            None
        );
    }

    #[test]
    fn a_period_without_cases_has_the_republic_row() {
        let a = activity_of(&[], Period::year(2025).unwrap());
        let kz = a.find(Level::Republic, "KZ", None, None).unwrap();
        assert_eq!((kz.decided, kz.pending, kz.days), (0, Some(0), None));
    }

    /// `MEDIAN` and `PERCENTILE.INC` of every value, sorted: the oracle.
    fn inc(sorted: &[u32], p: f64) -> f64 {
        let h = (sorted.len() - 1) as f64 * p;
        let low = h.floor() as usize;
        let high = (low + 1).min(sorted.len() - 1);
        let (a, b) = (f64::from(sorted[low]), f64::from(sorted[high]));
        a + (h - low as f64) * (b - a)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        /// Random cases, more than one batch of events: every office's and
        /// the republic's figures as counted directly from the cases.
        #[test]
        fn every_figure_is_the_cases_counted_directly(
            seed in any::<u64>(),
            extra in 0usize..3000,
        ) {
            let n = BATCH / 3 + extra;
            let offices = ["1910-262", "1914-201", "7510-240"];
            let services = [Service::VisaIssue, Service::VisaExtend, Service::IdDocument];
            let mut state = seed | 1;
            let mut next = |m: u64| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state % m
            };
            let start = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
            let cases: Vec<Case> = (0..n)
                .map(|i| {
                    let submitted = start + chrono::Duration::days(next(420) as i64);
                    let decided = (next(5) > 0)
                        .then(|| submitted + chrono::Duration::days(next(40) as i64));
                    let result = match (decided, next(4)) {
                        (None, _) => Outcome::Pending,
                        (Some(_), 0) => Outcome::Refused,
                        _ => Outcome::Granted,
                    };
                    Case {
                        case_id: format!("R-{i}").into(),
                        office: Office::new(offices[next(3) as usize]).unwrap(),
                        service: services[next(3) as usize],
                        submitted_at: submitted.and_hms_opt(9, 0, 0).unwrap(),
                        decided_at: decided.map(|d| d.and_hms_opt(15, 0, 0).unwrap()),
                        result,
                        fee_amount: (next(3) > 0).then_some(Tiyn(next(500_000) as i64)),
                        fee_paid_on: (next(2) == 0).then(|| submitted - chrono::Duration::days(1)),
                        ..test_case()
                    }
                })
                .collect();
            let period = Period::year(2025).unwrap();
            let a = activity_of(&cases, period);
            let calendar = Calendar::bundled();
            for (level, key) in [(Level::Republic, "KZ"), (Level::Office, "1914-201")] {
                let mine: Vec<&Case> = cases
                    .iter()
                    .filter(|c| level == Level::Republic || &*c.office == key)
                    .collect();
                let decided: Vec<&&Case> = mine
                    .iter()
                    .filter(|c| c.result != Outcome::Pending)
                    .filter(|c| period.contains(c.decided_at.unwrap().date()))
                    .collect();
                let mut days: Vec<u32> = decided
                    .iter()
                    .map(|c| {
                        calendar
                            .working_days_between(c.submitted_at.date(), c.decided_at.unwrap().date())
                            .unwrap()
                    })
                    .collect();
                days.sort_unstable();
                let row = a.find(level, key, None, None).unwrap();
                prop_assert_eq!(row.decided, decided.len() as u64);
                prop_assert_eq!(
                    row.refused,
                    decided.iter().filter(|c| c.result == Outcome::Refused).count() as u64
                );
                prop_assert_eq!(
                    row.submitted,
                    mine.iter().filter(|c| period.contains(c.submitted_at.date())).count() as u64
                );
                let pending = mine
                    .iter()
                    .filter(|c| c.submitted_at.date() <= period.to)
                    .filter(|c| {
                        c.result == Outcome::Pending || c.decided_at.unwrap().date() > period.to
                    })
                    .count() as u64;
                prop_assert_eq!(row.pending, Some(pending));
                let duty: i64 = mine
                    .iter()
                    .filter(|c| period.contains(c.fee_paid_on.unwrap_or(c.submitted_at.date())))
                    .filter_map(|c| c.fee_amount.map(|t| t.0))
                    .sum();
                prop_assert_eq!(row.duty, Tiyn(duty));
                let spread = row.days.unwrap();
                prop_assert_eq!(spread.count, days.len() as u64);
                prop_assert!((spread.median - inc(&days, 0.5)).abs() < 1e-9);
                prop_assert!((spread.p90 - inc(&days, 0.9)).abs() < 1e-9);
                // The months add up to the period.
                let months: u64 = a
                    .rows
                    .iter()
                    .filter(|r| r.level == level && r.key == key && r.service.is_none())
                    .filter(|r| r.month.is_some())
                    .map(|r| r.decided)
                    .sum();
                prop_assert_eq!(months, row.decided);
            }
        }
    }
}
