//! `esep contract`: the input contract as a user of the installed program
//! reads it — the tables, and each column with its headers, whether it is
//! required, and what to write in it, in the language of messages.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ContractArgs;
use crate::contract::what;
use crate::schema::Table;

pub fn run(args: ContractArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    writeln!(
        out,
        "{}",
        crate::msg!("contract-input-contract-esep-version-2").text(lang)
    )?;
    for table in Table::ALL {
        let [en, ru, kk] = table.sheet_names();
        writeln!(out)?;
        writeln!(
            out,
            "{} ({}: {en}, {ru}, {kk})",
            table.name(lang).to_uppercase(),
            crate::msg!("contract-sheet").text(lang),
        )?;
        for column in table.columns() {
            let required = match column.required {
                true => crate::msg!("contract-required").text(lang),
                false => String::new(),
            };
            writeln!(
                out,
                "  {} | {} | {}{required}",
                column.key, column.ru, column.kk
            )?;
            writeln!(out, "      {}", what(column.key, lang))?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        crate::msg!("contract-row-whose-value-breaks-these").text(lang)
    )?;
    Ok(ExitCode::SUCCESS)
}
