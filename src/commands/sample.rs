//! `esep sample`: writes a sample workbook and says what it holds.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::SampleArgs;
use crate::sample::{self, Invalid, SampleConfig};

pub fn run(args: SampleArgs) -> Result<ExitCode> {
    let config = SampleConfig { cases: args.cases, year: args.year, seed: args.seed, invalid_per_kind: args.invalid_per_kind };
    let summary = sample::write(&args.out, &config)?;
    println!("wrote {}", args.out.display());
    println!(
        "cases: {} rows, {} invalid ({} of each of {} kinds) — expect {} accepted",
        summary.cases,
        summary.invalid_cases,
        config.invalid_per_kind,
        Invalid::ALL.len(),
        summary.cases - summary.invalid_cases
    );
    println!("complaints: {} rows, {} invalid", summary.complaints, summary.invalid_complaints);
    println!("surveys: {} rows, {} invalid", summary.surveys, summary.invalid_surveys);
    Ok(ExitCode::SUCCESS)
}
