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
use crate::export::findings::{About, FindingRow, findings, write_xlsx};
use crate::fsio::Output;
use crate::law::{Returns, Tally};
use crate::validate::Keep;
use crate::vocab::Vocabulary;

pub fn run(args: AuditArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let mut input = InputConfig::resolve(&args.input, None, lang)?;
    input.reads_also(&args.config, None, None);
    input.check_outputs(args.xlsx.as_deref().map(|p| (p, Output::File)))?;
    let config = Config::load(args.config.path.as_deref())?;
    let checked = read_and_check(&input, &config, Keep::Anonymous)?;
    let verdicts = super::judge(&checked, &config, input.lang)?;
    // Without a period, complaints are judged from the last day the data holds.
    let complaint_verdicts = super::judge_complaints(&checked, &config, checked.latest_date());
    let (found, counts) = findings(&checked, &verdicts, &complaint_verdicts, input.lang);
    if let Some(path) = &args.xlsx {
        write_xlsx(path, &checked, found.rows(), &counts, input.lang)?;
    }
    let rows: Vec<FindingRow> = found.rows().collect();
    let returned = crate::law::returns(&checked.cases);
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    if args.json {
        let json = AuditJson {
            cases: checked.cases.len(),
            complaints: checked.complaints.len(),
            formulars_returned: &returned,
            findings: &rows,
            by_office_and_code: &counts,
        };
        serde_json::to_writer_pretty(&mut out.0, &json)?;
        writeln!(out)?;
    } else {
        let finding = crate::msg!("audit-finding").text(lang);
        for r in &rows {
            let about = match r.about {
                About::Case => crate::msg!("audit-case").text(lang),
                About::Complaint => crate::msg!("audit-complaint").text(lang),
            };
            writeln!(
                out,
                "{}: {finding}: {} ({}): {} [{}] {about} {}",
                r.place(),
                r.code,
                r.kind.cite(input.lang),
                r.message,
                r.figures_said(input.lang),
                crate::shown::in_message("case_id", r.id, input.lang)
            )?;
        }
        writeln!(out)?;
        let (cases, complaints, found) =
            (checked.cases.len(), checked.complaints.len(), rows.len());
        writeln!(
            out,
            "{}",
            crate::msg!(
                "audit-cases-complaints-judged-findings",
                cases = cases,
                complaints = complaints,
                found = found
            )
            .text(lang)
        )?;
        for c in &counts {
            writeln!(out, "{:>9}  {}  {}", c.count, c.office, c.code.key())?;
        }
        if !returned.is_empty() {
            writeln!(
                out,
                "{}",
                crate::msg!("audit-formulars-returned-order-451-item").text(lang)
            )?;
            for r in &returned {
                let reason = r.reason.map_or("other", |r| r.key());
                writeln!(out, "{:>9}  {}  {reason}", r.count, r.office)?;
            }
        }
    }
    super::note_rejected(
        checked.rejections.len() as u64,
        None,
        crate::msg!("audit-are-not-judged"),
        lang,
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct AuditJson<'a> {
    cases: usize,
    complaints: usize,
    /// Item 40 of the order: returned formulars per office and reason.
    formulars_returned: &'a [Returns],
    findings: &'a [FindingRow<'a>],
    by_office_and_code: &'a [Tally],
}
