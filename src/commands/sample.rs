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
    let lang = args.lang.resolve();
    let lines = [
        crate::msg!("sample-wrote", path = args.out.display()),
        crate::msg!(
            "sample-cases",
            rows = summary.cases,
            invalid = summary.invalid_cases,
            each = config.invalid_per_kind,
            kinds = Invalid::ALL.len(),
            accepted = summary.cases - summary.invalid_cases
        ),
        crate::msg!(
            "sample-complaints",
            rows = summary.complaints,
            invalid = summary.invalid_complaints
        ),
        crate::msg!(
            "sample-surveys",
            rows = summary.surveys,
            invalid = summary.invalid_surveys
        ),
    ];
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    for line in lines {
        writeln!(out, "{}", line.text(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}
