//! `esep export --parquet DIR`: the accepted records and the findings as
//! hive-partitioned Parquet, written whole or not at all.

use std::process::ExitCode;

use anyhow::Result;

use super::{InputConfig, read_and_check, stage};
use crate::cli::ExportArgs;
use crate::config::Config;
use crate::export::parquet::{self, Input};
use crate::fsio::Output;
use crate::validate::Keep;

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let mut input = InputConfig::resolve(&args.input, None, args.lang.resolve())?;
    let config = Config::load(args.config.path.as_deref())?;
    input.reads_also(&args.config, None, None);
    input.check_outputs([(args.parquet.as_path(), Output::Set(&parquet::TABLES))])?;
    let set = crate::fsio::OutputSet::begin(&args.parquet, &parquet::TABLES)?;
    let checked = read_and_check(&input, &config, Keep::Anonymous)?;
    let verdicts = super::judge(&checked, &config, input.lang)?;
    let written = stage(
        crate::msg!("run-stage-parquet"),
        input.lang,
        || -> Result<_> {
            let written = parquet::write(
                set.dir(),
                &Input {
                    checked: &checked,
                    verdicts: &verdicts,
                    deadlines: &config.deadlines,
                    electronic: &config.electronic,
                },
            )?;
            set.commit()?;
            Ok(written)
        },
    )?;
    let said = crate::msg!(
        "export-written",
        cases = written.cases,
        complaints = written.complaints,
        surveys = written.surveys,
        findings = written.findings,
        files = written.files,
        out = args.parquet.display()
    );
    crate::say!("{}", said.text(input.lang));
    let rejected = checked.counts(crate::schema::Table::Cases).rejected;
    if rejected > 0 {
        crate::say!(
            "{}",
            crate::msg!("export-rejected-left-out", rejected = rejected).text(input.lang)
        );
    }
    Ok(ExitCode::SUCCESS)
}
