//! The indicators of a Parquet export (`esep export --parquet`), counted
//! by polars' SQL engine running `docs/indicators.sql`: the definition
//! other engines (Spark) run on many years of all offices, here on one
//! machine, reading only the columns it needs. A test shows it gives the
//! numbers of [`super::compute`] on the same cases.

use std::path::Path;

use polars::prelude::*;
use polars::sql::SQLContext;

use super::frame::{IndicatorError, rows};
use super::{Period, Results};
use crate::settings::Electronic;

/// The SQL of the indicators, with `${from}` and `${to}` to put in.
pub const SQL: &str = include_str!("../../docs/indicators.sql");

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

/// Whether `dir` is a folder written by `esep export --parquet`.
pub fn is_export(dir: &Path) -> bool {
    dir.join("cases").is_dir() && dir.join("services").is_dir()
}

/// Every indicator for `period` from the export in `dir`.
pub fn compute_parquet(
    dir: &Path,
    electronic: &Electronic,
    period: Period,
) -> Result<Results, IndicatorError> {
    if !is_export(dir) {
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
        .spawn(move || {
            // The streaming engine reads the files in batches: half the
            // memory of the in-memory one on a year of cases, and faster.
            let result = ctx.execute(&sql)?.collect_with_engine(Engine::Streaming)?;
            Ok::<_, PolarsError>(result.unwrap_single())
        })
        .map_err(|e| PolarsError::ComputeError(e.to_string().into()))?
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    Ok(Results {
        period,
        rows: rows(&frame, electronic)?,
    })
}
