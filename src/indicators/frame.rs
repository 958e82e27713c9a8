//! The counting, with polars: one row per event of the period (a served
//! case, a justified complaint, a survey) holding 0/1 counts per numerator
//! and denominator; summed first per office, service and month, then rolled
//! up to every level, service split and month split.
//!
//! What a case counts for comes from its verdict (on time, within the
//! limits); polars only adds up.

use crate::chunked::Chunked;
use std::collections::HashMap;

use polars::prelude::*;

use super::{Indicator, Level, Period, Ratio, Results, Row};
use crate::law::Verdict;
use crate::law::facts::Span;
use crate::model::{Answer, Case, Complaint, Office, Survey};
use crate::settings::Electronic;
use crate::vocab::{Outcome, Service, Vocabulary};

/// Why the indicators could not be counted.
#[derive(Debug)]
pub enum IndicatorError {
    /// polars' own words.
    Polars(PolarsError),
    NotExport(String),
    EmptyPart(String),
    Unlisted(String, std::io::Error),
}

impl From<PolarsError> for IndicatorError {
    fn from(error: PolarsError) -> IndicatorError {
        IndicatorError::Polars(error)
    }
}

impl IndicatorError {
    pub fn msg(&self) -> crate::catalog::Msg {
        match self {
            IndicatorError::Polars(e) => crate::msg!("indicators-failed", why = e.to_string()),
            IndicatorError::NotExport(path) => crate::msg!("indicators-not-export", path = path),
            IndicatorError::EmptyPart(path) => crate::msg!("indicators-empty-part", path = path),
            IndicatorError::Unlisted(path, e) => {
                crate::msg!("indicators-unlisted", path = path, why = e.to_string())
            }
        }
    }
}

/// A failure to count stops a run as a [`crate::lang::Said`].
impl From<IndicatorError> for anyhow::Error {
    fn from(error: IndicatorError) -> anyhow::Error {
        error.msg().into()
    }
}

/// How many indicators are counted from data: every one but 3.2, which
/// counts services marked in the configuration.
const N_COUNTED: usize = Indicator::COUNT - 1;

/// The indicators counted from data, in `Indicator::ALL` order but 3.2.
const COUNTED: [(Indicator, &str, &str); N_COUNTED] = [
    (Indicator::Timeliness, "n11", "d11"),
    (Indicator::Waiting, "n12", "d12"),
    (Indicator::ServiceTime, "n13", "d13"),
    (Indicator::Quality, "n21", "d21"),
    (Indicator::Information, "n31", "d31"),
    (Indicator::Complaints, "n41", "d41"),
    (Indicator::Politeness, "n51", "d51"),
];

/// What one event counts for: (numerator, denominator) per indicator of
/// [`COUNTED`], zero where it counts for nothing.
#[derive(Default, Clone, Copy)]
struct Counted([(u32, u32); N_COUNTED]);

impl Counted {
    fn with(mut self, indicator: Indicator, count: (u32, u32)) -> Counted {
        let at = COUNTED
            .iter()
            .position(|(i, _, _)| *i == indicator)
            .expect("3.2 is the only indicator not counted, and no event counts for it");
        self.0[at] = count;
        self
    }
}

/// The events of the period, summed a batch at a time per office, service
/// and month: the events of a million cases are never one frame, only
/// their sums are. An event is the place, service and month it belongs
/// to, and what it counts for.
#[derive(Default)]
struct Events<'a> {
    office: Vec<&'a str>,
    department: Vec<&'a str>,
    service: Vec<Option<&'static str>>,
    year: Vec<i32>,
    month: Vec<i32>,
    counts: [[Vec<u32>; 2]; N_COUNTED],
    /// The sums of the batches so far.
    sums: Vec<LazyFrame>,
}

/// Events per batch: a few megabytes of columns.
pub(super) const BATCH: usize = 1 << 16;

impl<'a> Events<'a> {
    fn push(
        &mut self,
        office: &'a Office,
        service: Option<Service>,
        day: chrono::NaiveDate,
        counted: Counted,
    ) -> PolarsResult<()> {
        use chrono::Datelike;
        self.office.push(office);
        self.department.push(office.department());
        self.service.push(service.map(Service::key));
        self.year.push(day.year());
        self.month.push(day.month() as i32);
        for (column, (n, d)) in self.counts.iter_mut().zip(counted.0) {
            column[0].push(n);
            column[1].push(d);
        }
        if self.office.len() >= BATCH {
            self.sum_batch()?;
        }
        Ok(())
    }

    /// Sums the batch held and empties it.
    fn sum_batch(&mut self) -> PolarsResult<()> {
        let height = self.office.len();
        let mut columns = vec![
            Column::new("office".into(), std::mem::take(&mut self.office)),
            Column::new("department".into(), std::mem::take(&mut self.department)),
            Column::new("service".into(), std::mem::take(&mut self.service)),
            Column::new("year".into(), std::mem::take(&mut self.year)),
            Column::new("month".into(), std::mem::take(&mut self.month)),
        ];
        for ((_, n, d), [num, den]) in COUNTED.iter().zip(&mut self.counts) {
            columns.push(Column::new((*n).into(), std::mem::take(num)));
            columns.push(Column::new((*d).into(), std::mem::take(den)));
        }
        let batch = DataFrame::new(height, columns)?;
        self.sums.push(by_office(batch.lazy()).collect()?.lazy());
        Ok(())
    }

    /// The sums per office, service and month of every event.
    fn finish(mut self) -> PolarsResult<DataFrame> {
        self.sum_batch()?;
        by_office(concat(self.sums, UnionArgs::default())?).collect()
    }
}

/// Sums per office, service and month.
fn by_office(frame: LazyFrame) -> LazyFrame {
    frame
        .group_by([
            col("office"),
            col("department"),
            col("service"),
            col("year"),
            col("month"),
        ])
        .agg(sums())
}

fn answered(answer: Option<Answer>) -> (u32, u32) {
    match answer {
        Some(a) => (u32::from(a.satisfied()), 1),
        None => (0, 0),
    }
}

/// Counts 1 of 1 where the verdict holds `yes`, 0 of 1 where it holds
/// `no`, nothing where it holds nothing.
fn held(verdict: Option<bool>) -> (u32, u32) {
    match verdict {
        Some(yes) => (u32::from(yes), 1),
        None => (0, 0),
    }
}

/// Every indicator for `period`, from the accepted cases and the verdict
/// on each (in the same order), complaints and surveys.
pub fn compute(
    cases: &Chunked<Case>,
    verdicts: &Chunked<Verdict>,
    complaints: &[Complaint],
    surveys: &[Survey],
    electronic: &Electronic,
    period: Period,
) -> Result<Results, IndicatorError> {
    let mut events = Events::default();
    for (case, verdict) in cases.iter().zip(verdicts) {
        let Some(decided) = case.decided_at.map(|d| d.date()) else {
            continue;
        };
        // Appendix 4 counts the consumers of the standard's own services:
        // identity documents, under the Rules of the formular, are counted
        // apart (`indicators::identity`).
        if !case.service.is_visa()
            || !matches!(case.result, Outcome::Granted | Outcome::Refused)
            || !period.contains(decided)
        {
            continue;
        }
        events.push(
            &case.office,
            Some(case.service),
            decided,
            Counted::default()
                .with(Indicator::Timeliness, held(verdict.facts.on_time))
                .with(
                    Indicator::Waiting,
                    held(verdict.facts.wait.map(Span::within_limit)),
                )
                .with(
                    Indicator::ServiceTime,
                    held(verdict.facts.service.map(Span::within_limit)),
                )
                .with(Indicator::Complaints, (0, 1)),
        )?;
    }
    // The service of the case a justified complaint names: a complaint
    // counts against it. Few complaints, a million cases: the cases are
    // looked up by the ids complaints name, not the other way round.
    let mut service_of: HashMap<&str, Option<Service>> = complaints
        .iter()
        .filter(|c| c.justified == Some(true) && period.contains(c.received_at.date()))
        .filter_map(|c| c.case_id.as_deref())
        .map(|id| (id, None))
        .collect();
    if !service_of.is_empty() {
        for case in cases.iter() {
            if let Some(service) = service_of.get_mut(&*case.case_id) {
                *service = Some(case.service);
            }
        }
    }
    for complaint in complaints {
        let received = complaint.received_at.date();
        if complaint.justified != Some(true) || !period.contains(received) {
            continue;
        }
        let service = complaint
            .case_id
            .as_deref()
            .and_then(|id| service_of.get(id).copied().flatten());
        // A complaint about an identity document is not one about the
        // standard's services.
        if service.is_some_and(|s| !s.is_visa()) {
            continue;
        }
        let counted = Counted::default().with(Indicator::Complaints, (1, 0));
        events.push(&complaint.office, service, received, counted)?;
    }
    for survey in surveys {
        if !period.contains(survey.answered_on) {
            continue;
        }
        events.push(
            &survey.office,
            None,
            survey.answered_on,
            Counted::default()
                .with(Indicator::Quality, answered(survey.quality))
                .with(Indicator::Information, answered(survey.information))
                .with(Indicator::Politeness, answered(survey.politeness)),
        )?;
    }
    let summed = roll_up(events.finish()?)?;
    Ok(Results {
        period,
        rows: rows(&summed, electronic)?,
    })
}

fn sums() -> Vec<Expr> {
    COUNTED
        .iter()
        .flat_map(|(_, n, d)| [*n, *d])
        .map(|c| col(c).sum().cast(DataType::UInt64))
        .collect()
}

/// Every level × (all services or each) × (whole period or each month),
/// in one frame, from the sums per office, service and month.
fn roll_up(finest: DataFrame) -> PolarsResult<DataFrame> {
    let summed: Vec<&str> = COUNTED.iter().flat_map(|(_, n, d)| [*n, *d]).collect();
    roll_up_by(finest, &[], &summed, DataType::UInt64)
}

/// [`roll_up`] of any frame summed per office, department, service, year,
/// month and the columns `kept` (which stay keys at every level): the
/// columns `summed` added up as `dtype`. The columns of the result:
/// `level`, `key`, `service`, `year`, `month`, then `kept`, then `summed`.
pub(super) fn roll_up_by(
    finest: DataFrame,
    kept: &[&str],
    summed: &[&str],
    dtype: DataType,
) -> PolarsResult<DataFrame> {
    let sums = || -> Vec<Expr> {
        summed
            .iter()
            .map(|c| col(*c).sum().cast(dtype.clone()))
            .collect()
    };
    let mut parts = Vec::new();
    for (level, key) in [
        (Level::Republic, lit("KZ")),
        (Level::Department, col("department")),
        (Level::Office, col("office")),
    ] {
        for by_service in [false, true] {
            for by_month in [false, true] {
                let mut frame = finest.clone().lazy().with_column(key.clone().alias("key"));
                if by_service {
                    frame = frame.filter(col("service").is_not_null());
                }
                let mut keys = vec![col("key")];
                if by_service {
                    keys.push(col("service"));
                }
                if by_month {
                    keys.extend([col("year"), col("month")]);
                }
                keys.extend(kept.iter().map(|c| col(*c)));
                let mut frame = frame
                    .group_by(keys)
                    .agg(sums())
                    .with_column(lit(level.key()).alias("level"));
                if !by_service {
                    frame = frame.with_column(lit(NULL).cast(DataType::String).alias("service"));
                }
                if !by_month {
                    frame = frame.with_columns([
                        lit(NULL).cast(DataType::Int32).alias("year"),
                        lit(NULL).cast(DataType::Int32).alias("month"),
                    ]);
                }
                let order = ["level", "key", "service", "year", "month"]
                    .iter()
                    .chain(kept)
                    .chain(summed)
                    .map(|c| col(*c))
                    .collect::<Vec<_>>();
                parts.push(frame.select(order));
            }
        }
    }
    concat(parts, UnionArgs::default())?.collect()
}

/// The rows of the rolled-up frame, with 3.2 from the configuration and
/// the republic row present even without data, in a stable order. The
/// columns are those of `docs/indicators.sql`'s result too: `level`,
/// `key`, `service`, `year`, `month` and `nXY`/`dXY` per indicator.
pub(super) fn rows(summed: &DataFrame, electronic: &Electronic) -> PolarsResult<Vec<Row>> {
    let typed = |name: &str, dtype: DataType| summed.column(name)?.cast(&dtype);
    let level = summed.column("level")?.str()?;
    let key = summed.column("key")?.str()?;
    let service = summed.column("service")?.str()?;
    let year = typed("year", DataType::Int32)?;
    let month = typed("month", DataType::Int32)?;
    let (year, month) = (year.i32()?, month.i32()?);
    let counts = COUNTED
        .iter()
        .map(|(_, n, d)| {
            Ok([
                typed(n, DataType::UInt64)?.u64()?.clone(),
                typed(d, DataType::UInt64)?.u64()?.clone(),
            ])
        })
        .collect::<PolarsResult<Vec<_>>>()?;
    let mut out = Vec::with_capacity(summed.height());
    for i in 0..summed.height() {
        let level = match level.get(i) {
            Some("republic") => Level::Republic,
            Some("department") => Level::Department,
            _ => Level::Office,
        };
        let service = service
            .get(i)
            .and_then(|s| Service::ALL.iter().copied().find(|v| v.key() == s));
        let mut values = [Ratio::default(); Indicator::COUNT];
        for ((indicator, _, _), [n, d]) in COUNTED.iter().zip(&counts) {
            values[indicator.index()] = Ratio {
                numerator: n.get(i).unwrap_or(0),
                denominator: d.get(i).unwrap_or(0),
            };
        }
        out.push(Row {
            level,
            key: key.get(i).unwrap_or("").to_string(),
            service,
            month: year.get(i).zip(month.get(i)).map(|(y, m)| (y, m as u32)),
            values,
        });
    }
    finish(&mut out, electronic);
    Ok(out)
}

/// Completes counted rows: the republic row even without data, 3.2 from
/// the configuration, the stable order.
fn finish(out: &mut Vec<Row>, electronic: &Electronic) {
    if !out
        .iter()
        .any(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_none())
    {
        out.push(Row {
            level: Level::Republic,
            key: "KZ".into(),
            service: None,
            month: None,
            values: [Ratio::default(); Indicator::COUNT],
        });
    }
    for row in out.iter_mut() {
        row.values[Indicator::Electronic.index()] = electronic_ratio(electronic, row.service);
    }
    out.sort_by(|a, b| {
        (a.level, &a.key, a.service, a.month).cmp(&(b.level, &b.key, b.service, b.month))
    });
}

/// 3.2: the standard's services marked electronic among those configured
/// (or the one service of the row); identity documents are not the
/// standard's.
fn electronic_ratio(electronic: &Electronic, service: Option<Service>) -> Ratio {
    match service {
        Some(s) => Ratio {
            numerator: u64::from(electronic.is_marked(s)),
            denominator: 1,
        },
        None => {
            let services = || electronic.services().filter(|s| s.is_visa());
            Ratio {
                numerator: services().filter(|s| electronic.is_marked(*s)).count() as u64,
                denominator: services().count() as u64,
            }
        }
    }
}
