//! One module per command: each resolves its arguments, runs the stages and
//! prints; no command imports another. Exit codes (README): `check` 0 when
//! every row was accepted, 1 when some were rejected; every other command
//! 0 once it did its work (rejected rows are reported, not a failure); 2 in
//! every command when the run could not be done. A failure travels up as
//! an error ([`crate::lang::Said`], the one error type) and `main` reports
//! it once, with "nothing was written".

pub mod audit;
pub mod calendar;
pub mod check;
pub mod contract;
pub mod decisions;
pub mod export;
pub mod indicators;
pub mod report;
pub mod sample;
mod summary;
pub mod talons;
pub mod template;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::InputArgs;
use crate::ingest::{IngestConfig, Mapping};
use crate::lang::{Explain, Lang, Said};
use crate::schema::Table;
use crate::validate::{self, Checked};

/// Input settings resolved from the command line.
pub struct InputConfig {
    pub paths: Vec<PathBuf>,
    /// Every other path the run reads (the mapping, the configuration,
    /// the previous year, the templates folder): no output may land on one
    /// or inside a folder of them ([`InputConfig::check_outputs`]).
    others: Vec<PathBuf>,
    pub ingest: IngestConfig,
    pub lang: Lang,
    /// The temporary copy of the bundled sample, while it is read.
    _bundled: Option<tempfile::TempPath>,
}

/// A workbook compiled into esep, read when no file is given: its name in
/// messages and outputs, and its bytes.
pub struct Bundled {
    pub name: &'static str,
    pub bytes: &'static [u8],
}

impl InputConfig {
    pub fn resolve(args: &InputArgs, bundled: Option<&Bundled>, lang: Lang) -> Result<InputConfig> {
        let mut names = Vec::new();
        let mut copy = None;
        let defaults: Vec<PathBuf>;
        let given = match (args.files.is_empty(), bundled) {
            // The bundled sample, wherever esep runs (inside the clone or
            // not): a temporary copy of the bytes compiled in, named as the
            // README names it, so that no output carries a path of this
            // machine.
            (true, Some(bundled)) => {
                let path = write_bundled(bundled)?;
                names.push((path.to_path_buf(), bundled.name.to_string()));
                defaults = vec![path.to_path_buf()];
                copy = Some(path);
                &defaults
            }
            _ => &args.files,
        };
        let paths =
            crate::ingest::expand(given).explain(|| crate::msg!("run-cannot-list-input-folder"))?;
        if paths.is_empty() {
            crate::refuse!("run-no-input-files-give-case");
        }
        let mapping = match &args.mapping {
            Some(path) => Mapping::load(path)?,
            None => Mapping::default(),
        };
        Ok(InputConfig {
            paths,
            others: args.mapping.iter().cloned().collect(),
            ingest: IngestConfig {
                encoding: args.encoding,
                mapping,
                max_unpacked: args.max_unpacked << 20,
                max_memory: args.max_memory << 20,
                names,
                sandbox: std::env::current_exe().ok(),
                xlsx_reader: args.xlsx_reader,
            },
            lang,
            _bundled: copy,
        })
    }

    /// Adds what the run reads besides the case files and the mapping: the
    /// configuration, the templates folder, the previous year's files or
    /// export; for [`InputConfig::check_outputs`].
    pub fn reads_also(
        &mut self,
        config: &crate::cli::ConfigArg,
        templates: Option<&std::path::Path>,
        previous: Option<&Previous>,
    ) {
        let previous = previous.map_or(&[][..], Previous::paths);
        self.others.extend(
            config
                .path
                .iter()
                .chain(templates.map(PathBuf::from).as_ref())
                .chain(previous)
                .cloned(),
        );
    }

    /// Refuses, before any input is read, an output that would overwrite
    /// an input, or land inside an input folder, of every path the run reads
    /// (the case files and [`InputConfig::reads_also`]), or that esep could
    /// not write ([`crate::fsio::refuse_unwritable`]).
    pub fn check_outputs<'a>(
        &self,
        outputs: impl IntoIterator<Item = (&'a std::path::Path, crate::fsio::Output<'a>)>,
    ) -> Result<()> {
        let inputs: Vec<PathBuf> = self.paths.iter().chain(&self.others).cloned().collect();
        for (path, output) in outputs {
            crate::fsio::refuse_inputs(path, &inputs)?;
            crate::fsio::refuse_unwritable(path, output)?;
        }
        Ok(())
    }
}

/// Where the year before the reported one comes from (`--previous`).
pub enum Previous {
    /// The input's own rows of that year.
    Own,
    /// Other case files, read as the input is.
    Files(Box<InputConfig>),
    /// A folder written by `esep export --parquet`.
    Export(PathBuf),
}

impl Previous {
    /// Resolves `--previous` before any file is read: a folder of an
    /// export, or files read with the input's settings.
    pub fn resolve(arg: &crate::cli::PreviousArg, input: &InputConfig) -> Result<Previous> {
        match arg.previous.as_slice() {
            [] => Ok(Previous::Own),
            [dir] if crate::indicators::is_export(dir) => Ok(Previous::Export(dir.clone())),
            paths => {
                let paths = crate::ingest::expand(paths)
                    .explain(|| crate::msg!("run-cannot-list-folder-previous-year"))?;
                // Refused before the input is read, as every settings
                // mistake is.
                if let Some(missing) = paths.iter().find(|p| !p.exists()) {
                    let missing = missing.display();
                    crate::refuse!("run-previous-no-such-file-give", missing = missing);
                }
                if paths.is_empty() {
                    crate::refuse!("run-previous-no-case-files-there");
                }
                Ok(Previous::Files(Box::new(InputConfig {
                    paths,
                    others: Vec::new(),
                    ingest: input.ingest.clone(),
                    lang: input.lang,
                    _bundled: None,
                })))
            }
        }
    }

    /// The files it reads, which no output may overwrite.
    pub fn paths(&self) -> &[PathBuf] {
        match self {
            Previous::Files(input) => &input.paths,
            Previous::Export(dir) => std::slice::from_ref(dir),
            Previous::Own => &[],
        }
    }

    /// The indicators of the days of `period` a year earlier, from this
    /// source (`own`: the input's rows outside the period); `None` when
    /// no consumer was served then: nothing to compare with.
    pub fn results(
        &self,
        own: &Checked,
        config: &crate::config::Config,
        period: crate::indicators::Period,
        lang: Lang,
    ) -> Result<Option<crate::indicators::PreviousYear>> {
        let before = period.year_before();
        let (results, sources) = match self {
            Previous::Export(dir) => (
                stage(crate::msg!("run-stage-previous-export"), lang, || {
                    crate::indicators::compute_parquet(dir, &config.electronic, before)
                })?,
                vec![dir.display().to_string()],
            ),
            Previous::Files(input) => {
                let (checked, _) = read_and_check(input, config, validate::Keep::Anonymous)?
                    .within(before.from, before.to);
                (
                    indicators_of(&checked, config, before, lang)?,
                    sources_of(&checked),
                )
            }
            Previous::Own => (indicators_of(own, config, before, lang)?, Vec::new()),
        };
        let served = results
            .republic()
            .get(crate::indicators::Indicator::Complaints)
            .denominator;
        Ok((served > 0).then_some(crate::indicators::PreviousYear { results, sources }))
    }
}

/// The files and sheets `checked` was read from, as «cases.xlsx:Дела».
pub fn sources_of(checked: &Checked) -> Vec<String> {
    let mut sources: Vec<String> = checked
        .sources
        .iter()
        .map(|s| match &s.sheet {
            Some(sheet) => format!("{}:{sheet}", s.file),
            None => s.file.to_string(),
        })
        .collect();
    sources.dedup();
    sources
}

/// The indicators of `period` over `checked` (which may hold other days:
/// only the period's are counted), judged first.
fn indicators_of(
    checked: &Checked,
    config: &crate::config::Config,
    period: crate::indicators::Period,
    lang: Lang,
) -> Result<crate::indicators::Results> {
    compute(checked, &judge(checked, config, lang)?, config, period)
}

/// The indicators of `period` over the accepted records of `checked` and
/// their verdicts.
pub fn compute(
    checked: &Checked,
    verdicts: &crate::chunked::Chunked<crate::law::Verdict>,
    config: &crate::config::Config,
    period: crate::indicators::Period,
) -> Result<crate::indicators::Results> {
    Ok(crate::indicators::compute(
        &checked.cases,
        verdicts,
        &checked.complaints,
        &checked.surveys,
        &config.electronic,
        period,
    )?)
}

/// What the content of a report needs of the input beside the indicators,
/// counted before the rows of other days are let go: the activity of
/// `period` and the span of its records, over the period's rows
/// (`checked`, with `verdicts`) and the others (`rest`: a case submitted
/// in the period and decided after it, one pending since before it).
pub fn activity(
    checked: &Checked,
    verdicts: &crate::chunked::Chunked<crate::law::Verdict>,
    rest: Option<&Checked>,
    period: crate::indicators::Period,
) -> Result<(
    crate::indicators::activity::Activity,
    Option<(chrono::NaiveDate, chrono::NaiveDate)>,
)> {
    let took = verdicts.iter().map(|v| v.facts.took);
    let others = || rest.into_iter().flat_map(|r| r.cases.iter());
    let cases = checked
        .cases
        .iter()
        .zip(took)
        .chain(others().map(|c| (c, None)));
    let activity = crate::indicators::activity::activity(cases, period)?;
    let span = crate::content::span(
        checked.cases.iter().chain(others()),
        &checked.complaints,
        &checked.surveys,
        period,
    );
    Ok((activity, span))
}

/// The report's content of `table`, beside the year before's results, with
/// the activity and span of [`activity`] and the settings of `config`.
pub fn compose(
    table: &crate::indicators::Results,
    previous: Option<&crate::indicators::Results>,
    (activity, span): (
        crate::indicators::activity::Activity,
        Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    ),
    config: &crate::config::Config,
) -> crate::content::Content {
    crate::content::compose(crate::content::Sources {
        table,
        previous,
        activity,
        norms: &config.norms,
        min_served: config.ranking.min_served,
        prepared_by: config.prepared_by.as_ref(),
        span,
    })
}

/// Writes the bytes of `bundled` to a temporary file of the same extension.
fn write_bundled(bundled: &Bundled) -> Result<tempfile::TempPath> {
    use std::io::Write;
    let extension = std::path::Path::new(bundled.name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("xlsx");
    let mut file = tempfile::Builder::new()
        .prefix("esep-sample-")
        .suffix(&format!(".{extension}"))
        .tempfile()
        .explain(bundled_unwritable)?;
    file.write_all(bundled.bytes)
        .and_then(|()| file.flush())
        .explain(bundled_unwritable)?;
    Ok(file.into_temp_path())
}

fn bundled_unwritable() -> crate::catalog::Msg {
    crate::msg!("run-cannot-write-bundled-sample-temporary")
}

/// The verdict on every accepted case; a case that needs a year the
/// working-day calendar does not hold stops the run (validation rejects
/// such cases, so this is a guard).
pub fn judge(
    checked: &validate::Checked,
    config: &crate::config::Config,
    lang: Lang,
) -> Result<crate::chunked::Chunked<crate::law::Verdict>> {
    let ctx = law_context(config);
    stage(crate::msg!("run-stage-judging"), lang, || {
        crate::law::judge(&checked.cases, &ctx)
    })
    .map_err(|missing| Said::new(missing.msg()).into())
}

/// The verdict on every accepted complaint, judged from `as_of` (the end
/// of the reported period, or of the data): an unanswered complaint whose
/// term ended before it is a finding.
pub fn judge_complaints(
    checked: &validate::Checked,
    config: &crate::config::Config,
    as_of: chrono::NaiveDate,
) -> Vec<crate::law::complaint::ComplaintVerdict> {
    crate::law::complaint::judge(&checked.complaints, &law_context(config), as_of)
}

/// The period of a reporting year: one the working-day calendar holds,
/// since no case of any other year can be judged (and validation rejects
/// them).
pub fn reporting_period(year: i32) -> Result<crate::indicators::Period> {
    let calendar = crate::law::calendar::Calendar::bundled();
    if let Err(missing) = calendar.year(year) {
        crate::refuse!("run-year-calendar", year = year, why = missing.msg());
    }
    crate::indicators::Period::year(year)
        .ok_or_else(|| crate::msg!("run-year-not-year-esep-can", year = year).into())
}

/// The note a command prints when `n` rows of `table` (of every table
/// when `None`) were rejected: how many, what that means for this
/// command's output (`effect`), and where to see
/// why.
pub fn note_rejected(
    n: u64,
    table: Option<crate::schema::Table>,
    effect: crate::catalog::Msg,
    lang: Lang,
) {
    if n == 0 {
        return;
    }
    let msg = crate::msg!(
        "run-rows-rejected",
        count = n,
        table = table.map_or("all", |t| t.key()),
        name = table.map_or_else(|| crate::msg!("table-all"), |t| t.title()),
        effect = effect,
    );
    crate::tell!("{}", msg.text(lang));
}

/// Warns of the headers of `source` that name no column of the contract
/// (by their letters, with the columns they look like), and of those read
/// as a column whose header they nearly spell.
fn tell_headers(source: &validate::SourceSummary, lang: Lang) {
    let sheet = source
        .sheet
        .as_deref()
        .map(|s| format!(":{s}"))
        .unwrap_or_default();
    let file = &source.file;
    let quoted = |keys: &[&str]| {
        let or = crate::msg!("run-or").text(lang);
        keys.iter()
            .map(|k| format!("«{}»", crate::schema::header(k, lang)))
            .collect::<Vec<_>>()
            .join(&or)
    };
    for near in source.near.iter().filter(|n| n.read) {
        let (column, like) = (&near.column, quoted(&near.like));
        let key = near.like[0];
        crate::tell!(
            "{}",
            crate::msg!(
                "run-warning-column-read-header-nearly",
                file = file,
                sheet = &sheet,
                column = column,
                like = like,
                key = key
            )
            .text(lang)
        );
    }
    if source.unknown_columns.is_empty() {
        return;
    }
    let list = source
        .unknown_columns
        .iter()
        .map(
            |letter| match source.near.iter().find(|n| !n.read && &n.column == letter) {
                Some(near) => {
                    let like = quoted(&near.like);
                    crate::msg!("run-looks-like", letter = letter, like = like).text(lang)
                }
                None => letter.clone(),
            },
        )
        .collect::<Vec<_>>()
        .join(", ");
    crate::tell!(
        "{}",
        crate::msg!(
            "run-warning-columns-not-contract-ignored",
            file = file,
            sheet = sheet,
            list = list
        )
        .text(lang)
    );
}

/// When most rows of `table` were rejected, the account said before any
/// other conclusion: how many, and the main causes with their counts (a
/// run whose every row is rejected has nothing else to say that holds).
pub fn mostly_rejected(checked: &Checked, table: Table, lang: Lang) -> Option<String> {
    let count = checked.counts(table);
    let records = count.accepted + count.rejected;
    if count.rejected == 0 || count.rejected * 2 <= records {
        return None;
    }
    let causes: Vec<String> = checked
        .top_reasons_in(Some(table), lang, 3)
        .into_iter()
        .map(|r| format!("{}: {} ({})", r.header, r.message, r.count))
        .collect();
    let causes = causes.join("; ");
    let (name, rejected) = (table.name(lang), count.rejected);
    Some(match count.accepted {
        0 => crate::msg!(
            "run-warning-all-rows-rejected-main",
            name = name,
            rejected = rejected,
            causes = causes
        )
        .text(lang),
        _ => crate::msg!(
            "run-warning-rows-rejected-main-causes",
            name = name,
            rejected = rejected,
            records = records,
            causes = causes
        )
        .text(lang),
    })
}

/// The year a report is of when none is given: the year most accepted
/// cases were submitted in (the later of two as many), 2025 without cases.
pub fn reporting_year(checked: &Checked) -> i32 {
    use chrono::Datelike;
    let mut counts = std::collections::BTreeMap::new();
    for case in &checked.cases {
        *counts.entry(case.submitted_at.year()).or_insert(0u64) += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map_or(2025, |(y, _)| y)
}

/// What the law is judged under: the bundled calendar and the
/// configuration's deadlines and fee rate.
fn law_context(config: &crate::config::Config) -> crate::law::LawContext<'static> {
    crate::law::LawContext {
        calendar: crate::law::calendar::Calendar::bundled(),
        deadlines: config.deadlines,
        fee_rate: config.fee_rate,
        complaint_term: config.complaint_term,
    }
}

/// Runs one part of a stage and logs how long it took (`-vv`): the parts
/// of a stage that runs them on two threads.
pub fn timed<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let started = std::time::Instant::now();
    let out = work();
    log::debug!("{what}: done in {:.2?}", started.elapsed());
    out
}

/// Runs one stage of work under a spinner that names it in `lang` (drawn
/// only on a terminal), and clears it when done; `-v` logs it, in `lang`
/// too.
pub fn stage<T>(what: crate::catalog::Msg, lang: Lang, work: impl FnOnce() -> T) -> T {
    let what = what.text(lang);
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("valid template"),
    );
    progress.set_message(what.clone());
    progress.enable_steady_tick(std::time::Duration::from_millis(200));
    log::info!("{what}");
    let started = std::time::Instant::now();
    let out = work();
    progress.finish_and_clear();
    let seconds = crate::catalog::Arg::Decimal(started.elapsed().as_secs_f64(), 2);
    log::info!(
        "{}",
        crate::msg!("run-stage-done", what = what, seconds = seconds).text(lang)
    );
    out
}

/// Reads and checks the input with a progress spinner, keeping of each
/// accepted record what `keep` says; on files that cannot be read prints
/// every such error and gives exit code 2. A case the law cannot be worked
/// out for under `config` (a year the calendar lacks) is rejected with the
/// others.
pub fn read_and_check(
    input: &InputConfig,
    config: &crate::config::Config,
    keep: validate::Keep,
) -> Result<Checked> {
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {}",
            crate::msg!("run-reading-progress").text(input.lang)
        ))
        .expect("valid template"),
    );
    progress.enable_steady_tick(std::time::Duration::from_millis(200));
    let ctx = law_context(config);
    let reach = |case: &crate::model::Case| {
        crate::law::reaches(case, &ctx).map_err(|m| validate::YearNotHeld {
            year: m.year,
            held: m.held,
        })
    };
    let result = validate::check_keeping(
        &input.paths,
        &input.ingest,
        Some(&progress),
        Some(&reach),
        keep,
    );
    progress.finish_and_clear();
    match result {
        Ok(checked) => {
            for source in &checked.sources {
                tell_headers(source, input.lang);
            }
            for table in Table::ALL {
                if let Some(account) = mostly_rejected(&checked, table, input.lang) {
                    crate::tell!("{account}");
                }
            }
            let dropped = checked.dropped.len() as u64 + checked.dropped_unkept;
            if dropped > 0 {
                crate::tell!(
                    "{}",
                    crate::msg!("run-note-values-accepted-rows-could", dropped = dropped)
                        .text(input.lang)
                );
            }
            Ok(checked)
        }
        Err(errors) => Err(Said::all(errors.iter().map(crate::ingest::FileError::msg))
            .expect("a failed reading names its files")
            .into()),
    }
}

/// 0 when every row of every table was accepted, else 1.
pub fn exit_code(checked: &Checked) -> ExitCode {
    if checked.rejections.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Stack of a rendering thread: Typst's layout recurses deeply; rayon's
/// default 2 MiB overflowed, and so did 8 MiB in an unoptimised build.
/// Only what is touched is committed.
pub const RENDER_STACK: usize = 64 << 20;

/// The threads documents are rendered on: one per core, each with
/// [`RENDER_STACK`].
pub fn render_pool() -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .stack_size(RENDER_STACK)
        .build()
        .explain(|| crate::msg!("run-cannot-start-rendering-threads"))
}

/// The templates and PDF standard a printing command was given.
pub struct RenderConfig {
    pub renderer: crate::render::Renderer,
    pub archival: bool,
    pub template_data: Option<PathBuf>,
}

impl RenderConfig {
    /// `max_memory` in bytes: a quarter of it is what the files of
    /// `--templates` may take.
    pub fn resolve(args: &crate::cli::RenderArgs, max_memory: u64) -> Result<RenderConfig> {
        let renderer = match &args.templates {
            // A user's template is a program: held to a time limit.
            Some(dir) => crate::render::Renderer::new(&crate::render::Templates::with_dir(
                dir,
                max_memory / 4,
            )?)
            .with_time_limit(std::time::Duration::from_secs(args.template_time_limit)),
            None => crate::render::Renderer::new(&crate::render::Templates::bundled()),
        };
        Ok(RenderConfig {
            renderer,
            archival: args.pdf_standard.is_some(),
            template_data: args.template_data.clone(),
        })
    }

    /// Writes the template's data when `--template-data` asked for it.
    pub fn write_data(&self, data: &impl serde::Serialize) -> Result<()> {
        if let Some(path) = &self.template_data {
            let mut json = serde_json::to_vec_pretty(data)?;
            json.push(b'\n');
            crate::fsio::write_bytes(path, &json)?;
        }
        Ok(())
    }
}
