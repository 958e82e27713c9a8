//! `esep report`: the main job. It reads and checks the input (the bundled
//! 2025 sample when no file is given), judges every case against the
//! standard, computes the indicators of the year, writes
//! `reports/<year>/indicators.xlsx`, `indicators.json`, `findings.xlsx` and
//! `rejected.xlsx`, and prints the summary; the documents join it under the
//! same name.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use chrono::Datelike;

use super::{InputConfig, ministry, read_and_check, rejected};
use crate::cli::ReportArgs;
use crate::config::Config;
use crate::fsio;
use crate::indicators::{Indicator, Json, Period};

/// The bundled sample: 2025, made by `esep sample` (see README).
pub const BUNDLED_SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sample-2025.xlsx");

pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let input = InputConfig::resolve(&args.input, &[PathBuf::from(BUNDLED_SAMPLE)])?;
    let config = Config::load(args.config.path.as_deref())?;
    let checked = match read_and_check(&input)? {
        Ok(checked) => checked,
        Err(code) => return Ok(code),
    };
    // The reporting year: given, else the year most cases were submitted in.
    let year = args.year.unwrap_or_else(|| {
        let mut counts = std::collections::BTreeMap::new();
        for case in &checked.cases {
            *counts.entry(case.submitted_at.year()).or_insert(0u64) += 1;
        }
        counts
            .into_iter()
            .max_by_key(|&(y, n)| (n, y))
            .map(|(y, _)| y)
            .unwrap_or(2025)
    });
    let out = args
        .out
        .unwrap_or_else(|| Path::new("reports").join(year.to_string()));
    // Judge first: a deadline in a year without calendar stops the run
    // before anything is written.
    let Some((findings, counts)) = super::audit::judge(&checked, &config, input.lang)? else {
        return Ok(ExitCode::from(2));
    };
    let Some(period) = Period::year(year) else {
        anyhow::bail!("--year {year} is not a year esep can count");
    };
    let Some(table) = super::indicators::compute(&checked, &config, period)? else {
        return Ok(ExitCode::from(2));
    };
    let rejected_path = out.join("rejected.xlsx");
    let findings_path = out.join("findings.xlsx");
    let json_path = out.join("indicators.json");
    let xlsx_path = out.join("indicators.xlsx");
    rejected::write(&rejected_path, &checked, input.lang)?;
    super::audit::write_xlsx(&findings_path, &checked, &findings, &counts, input.lang)?;
    let mut json = serde_json::to_vec_pretty(&Json::new(&table))?;
    json.push(b'\n');
    fsio::write_bytes(&json_path, &json)?;
    ministry::write(
        &xlsx_path,
        &ministry::Contents {
            table: &table,
            config: &config,
            checked: &checked,
            findings: &counts,
            lang: input.lang,
        },
    )?;
    let mut out = std::io::stdout().lock();
    super::check::print_summary(&mut out, &checked, input.lang)?;
    writeln!(
        out,
        "findings: {} about {} cases (see findings.xlsx)",
        findings.len(),
        checked.cases.len()
    )?;
    let kz = table.republic();
    for i in [Indicator::Timeliness, Indicator::Complaints] {
        let shown = kz
            .get(i)
            .value()
            .map_or("—".to_string(), |v| format!("{v:.1} %"));
        writeln!(out, "{} {}: {shown}", i.id(), i.name(input.lang))?;
    }
    writeln!(out, "year {year}; written:")?;
    for path in [&xlsx_path, &json_path, &findings_path, &rejected_path] {
        writeln!(out, "  {}", path.display())?;
    }
    // Rejected rows are part of what a report reports: the run succeeded.
    Ok(ExitCode::SUCCESS)
}
