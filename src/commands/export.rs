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
    let verdicts = super::judge(&checked, &config)?;
    let written = stage("writing Parquet", || -> Result<_> {
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
    })?;
    crate::say!(
        "{} cases, {} complaints, {} surveys, {} findings in {} files under {}",
        written.cases,
        written.complaints,
        written.surveys,
        written.findings,
        written.files,
        args.parquet.display()
    );
    let rejected = checked.counts(crate::schema::Table::Cases).rejected;
    if rejected > 0 {
        crate::say!("{rejected} rejected cases are not exported: `esep check` lists them");
    }
    Ok(ExitCode::SUCCESS)
}
