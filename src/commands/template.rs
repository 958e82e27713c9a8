//! `esep template --out blank.xlsx`: the empty workbook an office starts
//! its register from.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::TemplateArgs;
use crate::fsio::{self, Output};

pub fn run(args: TemplateArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    if !args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    {
        let path = args.out.display();
        crate::refuse!("template-empty-workbook-xlsx-file-name", path = path);
    }
    fsio::refuse_unwritable(&args.out, Output::File)?;
    // The date of the contract's version 2: the same bytes on every run.
    let created = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("a day");
    crate::export::template::write(&args.out, lang, created)?;
    crate::tell!("{}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
