//! `esep audit`: every accepted case judged against the standard; the
//! findings one per line, then counts per office and code. Findings are not
//! errors: the exit code is 0 when the run was done (rejected rows are
//! reported by `esep check`).

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use super::{InputConfig, read_and_check};
use crate::cli::AuditArgs;
use crate::config::Config;
use crate::export::findings::{FindingRow, findings, write_xlsx};
use crate::fsio::Output;
use crate::law::Tally;

pub fn run(args: AuditArgs) -> Result<ExitCode> {
    let input = InputConfig::resolve(&args.input, &[])?;
    input.check_outputs(args.xlsx.as_deref().map(|p| (p, Output::File)))?;
    let config = Config::load(args.config.path.as_deref())?;
    let checked = read_and_check(&input, &config)?;
    let verdicts = super::judge(&checked, &config)?;
    let (rows, counts) = findings(&checked, &verdicts, input.lang);
    if let Some(path) = &args.xlsx {
        write_xlsx(path, &checked, &rows, &counts, input.lang)?;
    }
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    if args.json {
        let json = AuditJson {
            cases: checked.cases.len(),
            findings: &rows,
            by_office_and_code: &counts,
        };
        serde_json::to_writer_pretty(&mut out.0, &json)?;
        writeln!(out)?;
    } else {
        for r in &rows {
            writeln!(
                out,
                "{}: finding: {} ({}): {} [{}] case {}",
                r.place,
                r.code,
                r.item,
                r.message,
                r.figures_text(),
                crate::schema::shown_in_message("case_id", &r.case_id)
            )?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "{} cases judged, {} findings",
            checked.cases.len(),
            rows.len()
        )?;
        for c in &counts {
            writeln!(out, "{:>9}  {}  {}", c.count, c.office, c.code.key())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct AuditJson<'a> {
    cases: usize,
    findings: &'a [FindingRow],
    by_office_and_code: &'a [Tally],
}
