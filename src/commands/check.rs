//! `esep check`: reads and checks input files and reports every rejected
//! value, grep-style, with a summary; or the same as JSON.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use super::summary::ReadAccount;
use super::{InputConfig, exit_code, read_and_check};
use crate::catalog::Msg;
use crate::cli::CheckArgs;
use crate::config::Config;
use crate::export::rejected;
use crate::fsio::Output;
use crate::lang::Lang;
use crate::model::Origin;
use crate::schema::Table;
use crate::shown::in_message;
use crate::validate::{Checked, Keep, Problem, Rejection, SheetNotRead, SourceSummary, locate};
use std::borrow::Cow;

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let input = InputConfig::resolve(&args.input, None, args.lang.resolve())?;
    input.check_outputs(args.errors.as_deref().map(|p| (p, Output::File)))?;
    // `check` reports on the rejected rows: the accepted ones are counted,
    // not kept (docs/performance.md).
    let checked = read_and_check(&input, &Config::load(None)?, Keep::Counts)?;
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
        ReadAccount::of(&checked, input.lang).print(&mut out, input.lang)?;
        if let Some(path) = &args.errors {
            let said = crate::msg!("check-rejected-written", path = path.display());
            writeln!(out, "{}", said.text(input.lang))?;
        }
    }
    Ok(exit_code(&checked))
}

/// How many problems of one column and one reason in one sheet are printed
/// one line each; the rest are said once, with their count.
const SAID_EACH: u64 = 20;

/// Every problem, one line each: `cases.xlsx:Дела!D14: error: submitted_at: …`;
/// a problem that repeats (one column, one reason, in one sheet) is printed
/// [`SAID_EACH`] times, then once more with the number of rows it rejects
/// beyond those, so that a column every row gets wrong is said in a few
/// lines, not a million. `--json` and `--errors` keep every problem.
pub fn print_problems(out: &mut impl Write, checked: &Checked, lang: Lang) -> std::io::Result<()> {
    // (file, sheet, column, reason, level): how many came.
    type Key<'a> = (
        &'a str,
        Option<&'a str>,
        &'static str,
        &'static str,
        &'static str,
    );
    let mut said: HashMap<Key, u64> = HashMap::new();
    let mut order = Vec::new();
    let errors = checked
        .rejections
        .iter()
        .flat_map(|r| r.problems.iter().map(move |p| (&r.origin, p, "error")));
    let warnings = checked
        .dropped
        .iter()
        .map(|d| (&d.origin, &d.problem, "warning"));
    for (origin, p, level) in errors.chain(warnings) {
        let location = &origin.location;
        let key = (
            &*location.file,
            location.sheet.as_deref(),
            p.column,
            p.reason.code(),
            level,
        );
        let count = said.entry(key).or_insert_with(|| {
            order.push((key, p));
            0
        });
        *count += 1;
        if *count > SAID_EACH {
            continue;
        }
        // Quoted as Rust quotes (escapes and all), or nothing.
        let value = match p.shown(lang) {
            shown if shown.is_empty() => Msg::quoted(""),
            shown => crate::msg!("check-value", value = format!("{shown:?}")),
        };
        let line = crate::msg!(
            "check-problem",
            place = locate(origin, p.position),
            level = level,
            column = crate::schema::header(p.column, lang),
            reason = p.reason.msg(),
            value = value,
        );
        writeln!(out, "{}", line.text(lang))?;
    }
    for (key, p) in order {
        let count = said[&key];
        if count <= SAID_EACH {
            continue;
        }
        let place = match key.1 {
            Some(sheet) => format!("{}:{sheet}", key.0),
            None => key.0.to_string(),
        };
        // The first value stands for the rest: its shape where it cannot
        // be shown.
        let like = match p.shown(lang) {
            shown if shown.is_empty() => Msg::quoted(""),
            shown => crate::msg!("check-value-like", value = format!("{shown:?}")),
        };
        let line = crate::msg!(
            "check-problem-more",
            place = place,
            level = key.4,
            column = crate::schema::header(p.column, lang),
            reason = p.reason.msg(),
            like = like,
            more = count - SAID_EACH,
            each = SAID_EACH,
        );
        writeln!(out, "{}", line.text(lang))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct CheckJson<'a> {
    files: &'a [SourceSummary],
    not_read: &'a [SheetNotRead],
    rows: u64,
    /// Rows of totals or notes under the cases, not cases.
    totals: u64,
    accepted: u64,
    rejected: u64,
    complaints: u64,
    complaints_rejected: u64,
    surveys: u64,
    surveys_rejected: u64,
    errors: Problems<'a>,
    /// Values of accepted rows left out, each as an error is given.
    warnings: Problems<'a>,
    /// Warnings past the memory budget: counted, not listed.
    warnings_unlisted: u64,
}

/// The problems of the rows, serialized as they are made: a million
/// rejected rows are never held a second time as JSON. Every problem of
/// every rejected row, or (`warnings`) every value left out of an
/// accepted one.
struct Problems<'a> {
    checked: &'a Checked,
    lang: Lang,
    warnings: bool,
}

impl Serialize for Problems<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lang = self.lang;
        match self.warnings {
            true => s.collect_seq(
                self.checked
                    .dropped
                    .iter()
                    .map(|d| problem_json(&d.origin, d.table, None, &d.problem, lang)),
            ),
            false => s.collect_seq(
                self.checked
                    .rejections
                    .iter()
                    .flat_map(|r| r.problems.iter().map(move |p| json_error(r, p, lang))),
            ),
        }
    }
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    file: &'a str,
    sheet: Option<&'a str>,
    row: u32,
    table: Table,
    column: &'static str,
    cell: Option<String>,
    value: Cow<'a, str>,
    code: &'static str,
    reason: String,
    case_id: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    complaint_id: Option<Cow<'a, str>>,
}

fn json(checked: &Checked, lang: Lang) -> CheckJson<'_> {
    let cases = checked.counts(Table::Cases);
    let complaints = checked.counts(Table::Complaints);
    let surveys = checked.counts(Table::Surveys);
    CheckJson {
        files: &checked.sources,
        not_read: &checked.not_read,
        rows: cases.read,
        totals: cases.totals,
        accepted: cases.accepted,
        rejected: cases.rejected,
        complaints: complaints.accepted,
        complaints_rejected: complaints.rejected,
        surveys: surveys.accepted,
        surveys_rejected: surveys.rejected,
        errors: Problems {
            checked,
            lang,
            warnings: false,
        },
        warnings: Problems {
            checked,
            lang,
            warnings: true,
        },
        warnings_unlisted: checked.dropped_unkept,
    }
}

fn json_error<'a>(r: &'a Rejection, p: &'a Problem, lang: Lang) -> ProblemJson<'a> {
    problem_json(&r.origin, r.table, r.id.as_deref(), p, lang)
}

/// A problem of the row at `origin` of `table`, whose id is `id`.
fn problem_json<'a>(
    origin: &'a Origin,
    table: Table,
    id: Option<&'a str>,
    p: &'a Problem,
    lang: Lang,
) -> ProblemJson<'a> {
    ProblemJson {
        file: &origin.location.file,
        sheet: origin.location.sheet.as_deref(),
        row: origin.row,
        table,
        column: p.column,
        cell: p
            .position
            .map(|c| format!("{}{}", crate::schema::column_letter(c), origin.row)),
        value: p.shown(lang),
        code: p.reason.code(),
        reason: p.reason.message(lang),
        case_id: (table == Table::Cases)
            .then_some(id)
            .flatten()
            .map(|id| in_message("case_id", id, lang)),
        complaint_id: (table == Table::Complaints)
            .then_some(id)
            .flatten()
            .map(|id| in_message("complaint_id", id, lang)),
    }
}
