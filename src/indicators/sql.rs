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

/// A scan of the part files of `table`, listed here rather than by a glob:
/// a folder's name is taken literally (`g[1]` is no pattern for `g1`),
/// partitions are read from the path below `dir` only, and an empty part
/// file is refused by its name (polars read it as no rows).
fn scan(dir: &Path, table: &str, partitioned: bool) -> Result<LazyFrame, IndicatorError> {
    let top = dir.join(table);
    let mut files = Vec::new();
    parts(&top, &mut files)?;
    files.sort();
    if let Some(empty) = files
        .iter()
        .find(|p| p.metadata().is_ok_and(|m| m.len() == 0))
    {
        return Err(IndicatorError::EmptyPart(empty.display().to_string()));
    }
    let args = ScanArgsParquet {
        hive_options: HiveOptions {
            enabled: Some(partitioned),
            // Partition names start past `DIR/table/`.
            hive_start_idx: top.display().to_string().len() + 1,
            ..HiveOptions::new_enabled()
        },
        glob: false,
        ..ScanArgsParquet::default()
    };
    let paths = files
        .iter()
        .map(|p| PlRefPath::new(p.display().to_string()));
    Ok(LazyFrame::scan_parquet_files(paths.collect(), args)?)
}

/// The `.parquet` files under `folder`, at any depth.
fn parts(folder: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), IndicatorError> {
    let unlisted = |e| IndicatorError::Unlisted(folder.display().to_string(), e);
    for entry in std::fs::read_dir(folder).map_err(unlisted)? {
        let path = entry.map_err(unlisted)?.path();
        if path.is_dir() {
            parts(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "parquet") {
            out.push(path);
        }
    }
    Ok(())
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
