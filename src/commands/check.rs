//! `esep check`: reads and checks input files and reports every rejected
//! value, grep-style, with a summary; or the same as JSON.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use super::{InputConfig, exit_code, read_and_check, rejected};
use crate::cli::CheckArgs;
use crate::config::Config;
use crate::schema::{Table, shown_in_message};
use crate::validate::{Checked, Lang, Problem, Rejection, SourceSummary, locate};

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let input = InputConfig::resolve(&args.input, &[])?;
    input.keep_apart(args.errors.as_deref())?;
    let checked = match read_and_check(&input, &Config::load(None)?)? {
        Ok(checked) => checked,
        Err(code) => return Ok(code),
    };
    if let Some(path) = &args.errors {
        rejected::write(path, &checked, input.lang)?;
    }
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    if args.json {
        let mut buffered = std::io::BufWriter::new(&mut out.0);
        serde_json::to_writer_pretty(&mut buffered, &json(&checked, input.lang))?;
        writeln!(buffered)?;
        buffered.flush()?;
    } else {
        print_problems(&mut out, &checked, input.lang)?;
        print_summary(&mut out, &checked, input.lang)?;
        if let Some(path) = &args.errors {
            writeln!(out, "rejected rows written to {}", path.display())?;
        }
    }
    Ok(exit_code(&checked))
}

/// Every problem, one line each: `cases.xlsx:Дела!D14: error: submitted_at: …`.
pub fn print_problems(out: &mut impl Write, checked: &Checked, lang: Lang) -> std::io::Result<()> {
    for rejection in &checked.rejections {
        for p in &rejection.problems {
            let value = match p.shown() {
                "" => String::new(),
                shown => format!(" (value: {shown:?})"),
            };
            writeln!(
                out,
                "{}: error: {}: {}{}",
                locate(&rejection.origin, p.position),
                p.column,
                p.reason.message(lang),
                value
            )?;
        }
    }
    Ok(())
}

/// Rows per file and sheet, then the most frequent reasons.
pub fn print_summary(out: &mut impl Write, checked: &Checked, lang: Lang) -> Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{:<48} {:<10} {:>9} {:>9} {:>9}",
        "file:sheet", "table", "rows", "accepted", "rejected"
    )?;
    for s in &checked.sources {
        writeln!(
            out,
            "{:<48} {:<10} {:>9} {:>9} {:>9}",
            place(s),
            s.table.key(),
            s.rows,
            s.accepted,
            s.rejected
        )?;
    }
    let (rows, accepted, rejected) = checked.counts(Table::Cases);
    writeln!(
        out,
        "cases: {rows} rows, {accepted} accepted, {rejected} rejected"
    )?;
    let top = top_reasons(checked, lang, 10);
    if !top.is_empty() {
        writeln!(out, "most frequent reasons:")?;
        for (count, column, message) in top {
            writeln!(out, "{count:>9}  {column}: {message}")?;
        }
    }
    Ok(())
}

fn place(s: &SourceSummary) -> String {
    match &s.sheet {
        Some(sheet) => format!("{}:{}", s.file, sheet),
        None => s.file.to_string(),
    }
}

/// The most frequent (column, reason) pairs among problems, each with the
/// message of its first problem. Counted by code, so that a million
/// problems cost a count each, not a message each.
pub(super) fn top_reasons(checked: &Checked, lang: Lang, n: u32) -> Vec<(u32, String, String)> {
    let mut counts: std::collections::HashMap<(&str, &str), (u32, &crate::validate::Reason)> =
        std::collections::HashMap::new();
    for p in checked.rejections.iter().flat_map(|r| &r.problems) {
        counts
            .entry((p.column, p.reason.code()))
            .or_insert((0, &p.reason))
            .0 += 1;
    }
    let mut top: Vec<_> = counts.into_iter().collect();
    top.sort_by(|((c1, k1), (n1, _)), ((c2, k2), (n2, _))| {
        n2.cmp(n1).then(c1.cmp(c2)).then(k1.cmp(k2))
    });
    top.into_iter()
        .take(n as usize)
        .map(|((column, _), (count, reason))| (count, column.to_string(), reason.headline(lang)))
        .collect()
}

#[derive(Serialize)]
struct Json<'a> {
    files: &'a [SourceSummary],
    rows: u64,
    accepted: u64,
    rejected: u64,
    complaints: u64,
    complaints_rejected: u64,
    surveys: u64,
    surveys_rejected: u64,
    errors: Errors<'a>,
}

/// Every problem of every rejected row, serialized as it is made: a
/// million rejected rows are never held a second time as JSON.
struct Errors<'a> {
    checked: &'a Checked,
    lang: Lang,
}

impl Serialize for Errors<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lang = self.lang;
        s.collect_seq(
            self.checked
                .rejections
                .iter()
                .flat_map(|r| r.problems.iter().map(move |p| json_error(r, p, lang))),
        )
    }
}

#[derive(Serialize)]
struct JsonError<'a> {
    file: &'a str,
    sheet: Option<&'a str>,
    row: u32,
    table: Table,
    column: &'static str,
    cell: Option<String>,
    value: &'a str,
    code: &'static str,
    reason: String,
    case_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    complaint_id: Option<&'a str>,
}

fn json(checked: &Checked, lang: Lang) -> Json<'_> {
    let (rows, accepted, rejected) = checked.counts(Table::Cases);
    let (_, complaints, complaints_rejected) = checked.counts(Table::Complaints);
    let (_, surveys, surveys_rejected) = checked.counts(Table::Surveys);
    Json {
        files: &checked.sources,
        rows,
        accepted,
        rejected,
        complaints,
        complaints_rejected,
        surveys,
        surveys_rejected,
        errors: Errors { checked, lang },
    }
}

fn json_error<'a>(r: &'a Rejection, p: &'a Problem, lang: Lang) -> JsonError<'a> {
    JsonError {
        file: &r.origin.location.file,
        sheet: r.origin.location.sheet.as_deref(),
        row: r.origin.row,
        table: r.table,
        column: p.column,
        cell: p
            .position
            .map(|c| format!("{}{}", crate::schema::column_letter(c), r.origin.row)),
        value: p.shown(),
        code: p.reason.code(),
        reason: p.reason.message(lang),
        case_id: (r.table == Table::Cases)
            .then_some(r.id.as_deref())
            .flatten()
            .map(|id| shown_in_message("case_id", id)),
        complaint_id: (r.table == Table::Complaints)
            .then_some(r.id.as_deref())
            .flatten()
            .map(|id| shown_in_message("complaint_id", id)),
    }
}
