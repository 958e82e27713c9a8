//! `esep sample`: writes a sample workbook and says what it holds.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::SampleArgs;
use crate::sample::{self, Invalid, SampleConfig};

pub fn run(args: SampleArgs) -> Result<ExitCode> {
    // The sample is a workbook of three sheets; a CSV holds one table.
    if !args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    {
        let out = args.out.display();
        crate::refuse!("sample-out-sample-workbook-three-sheets", out = out);
    }
    let config = SampleConfig {
        cases: args.cases,
        year: args.year,
        seed: args.seed,
        invalid_per_kind: args.invalid_per_kind,
    };
    let summary = sample::write(&args.out, &config)?;
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    writeln!(out, "wrote {}", args.out.display())?;
    writeln!(
        out,
        "cases: {} rows, {} invalid ({} of each of {} kinds) — expect {} accepted",
        summary.cases,
        summary.invalid_cases,
        config.invalid_per_kind,
        Invalid::ALL.len(),
        summary.cases - summary.invalid_cases
    )?;
    writeln!(
        out,
        "complaints: {} rows, {} invalid",
        summary.complaints, summary.invalid_complaints
    )?;
    writeln!(
        out,
        "surveys: {} rows, {} invalid",
        summary.surveys, summary.invalid_surveys
    )?;
    Ok(ExitCode::SUCCESS)
}
