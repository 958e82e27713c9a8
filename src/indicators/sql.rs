//! The indicators of a Parquet export (`esep export --parquet`), counted
//! by polars' SQL engine running `docs/indicators.sql`: the definition
//! other engines (Spark) run on many years of all offices, here on one
//! machine, reading only the columns it needs. A test shows it gives the
//! numbers of [`super::compute`] on the same cases.

use std::path::Path;

use polars::prelude::*;
use polars::sql::SQLContext;

use super::frame::{IndicatorError, finish};
use super::{Indicator, Level, Period, Ratio, Row, Table};
use crate::config::Config;
use crate::vocab::{Service, Vocabulary};

/// The SQL of the indicators, with `${from}` and `${to}` to put in.
pub const SQL: &str = include_str!("../../docs/indicators.sql");

/// Columns of the result, per indicator in `Indicator::ALL` order.
const IDS: [&str; 8] = ["11", "12", "13", "21", "31", "32", "41", "51"];

/// Planning the query recurses deeply; in a thread of its own with room.
const STACK: usize = 256 << 20;

fn scan(dir: &Path, table: &str, partitioned: bool) -> PolarsResult<LazyFrame> {
    let args = ScanArgsParquet {
        hive_options: HiveOptions {
            enabled: Some(partitioned),
            ..HiveOptions::new_enabled()
        },
        ..ScanArgsParquet::default()
    };
    let glob = format!("{}/{table}/**/*.parquet", dir.display());
    LazyFrame::scan_parquet(PlRefPath::new(glob), args)
}

/// Every indicator for `period` from the export in `dir`.
pub fn compute_parquet(
    dir: &Path,
    config: &Config,
    period: Period,
) -> Result<Table, IndicatorError> {
    if !dir.join("cases").is_dir() || !dir.join("services").is_dir() {
        return Err(IndicatorError::NotExport(dir.display().to_string()));
    }
    let mut ctx = SQLContext::new();
    for table in ["cases", "complaints", "surveys"] {
        if dir.join(table).is_dir() {
            ctx.register(table, scan(dir, table, true)?);
        }
    }
    ctx.register("services", scan(dir, "services", false)?);
    let sql = SQL
        .replace("${from}", &period.from.to_string())
        .replace("${to}", &period.to.to_string());
    let frame = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || ctx.execute(&sql)?.collect())
        .map_err(|e| PolarsError::ComputeError(e.to_string().into()))?
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    let mut rows = rows(&frame)?;
    finish(&mut rows, config);
    Ok(Table { period, rows })
}

fn rows(frame: &DataFrame) -> PolarsResult<Vec<Row>> {
    let text =
        |name: &str| -> PolarsResult<StringChunked> { Ok(frame.column(name)?.str()?.clone()) };
    let int = |name: &str| -> PolarsResult<Int64Chunked> {
        Ok(frame.column(name)?.cast(&DataType::Int64)?.i64()?.clone())
    };
    let (level, key, service) = (text("level")?, text("key")?, text("service")?);
    let (year, month) = (int("year")?, int("month")?);
    let counts = IDS
        .iter()
        .map(|id| Ok([int(&format!("n{id}"))?, int(&format!("d{id}"))?]))
        .collect::<PolarsResult<Vec<_>>>()?;
    let mut out = Vec::with_capacity(frame.height());
    for i in 0..frame.height() {
        let level = match level.get(i) {
            Some("republic") => Level::Republic,
            Some("department") => Level::Department,
            _ => Level::Office,
        };
        let service = service
            .get(i)
            .and_then(|s| Service::ALL.iter().copied().find(|v| v.key() == s));
        let mut values = [Ratio::default(); 8];
        for (indicator, [n, d]) in Indicator::ALL.iter().zip(&counts) {
            values[indicator.index()] = Ratio {
                numerator: n.get(i).unwrap_or(0) as u64,
                denominator: d.get(i).unwrap_or(0) as u64,
            };
        }
        out.push(Row {
            level,
            key: key.get(i).unwrap_or("").to_string(),
            service,
            month: year
                .get(i)
                .zip(month.get(i))
                .map(|(y, m)| (y as i32, m as u32)),
            values,
        });
    }
    Ok(out)
}
