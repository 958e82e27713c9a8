//! `esep report`: the main job. It reads and checks the input (the bundled
//! 2025 sample when no file is given), judges every case against the
//! standard, computes the indicators of the year, writes
//! `reports/<year>/indicators.xlsx`, `indicators.json`, `findings.xlsx` and
//! `rejected.xlsx`, and prints the summary; the documents join it under the
//! same name.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use chrono::Datelike;

use super::summary::ReadAccount;
use super::{
    Bundled, InputConfig, Previous, RENDER_STACK, RenderConfig, read_and_check, reporting_period,
    stage, timed,
};
use crate::cli::ReportArgs;
use crate::config::Config;
use crate::content::Content;
use crate::documents::DocLang;
use crate::documents::annual::{self, annual};
use crate::export::{dashboard, findings, ministry, rejected};
use crate::fsio::{self, Output};
use crate::indicators::identity::{Identity, identity};
use crate::indicators::{Change, Indicator, Period, PreviousYear, Results};
use crate::lang::Lang;
use crate::law::Tally;
use crate::render::PdfSettings;
use crate::schema::Table;
use crate::validate::{Checked, Keep, LeftOut};

/// The files of a report folder, written together as one set.
const OUTPUTS: [&str; 6] = [
    "annual-report.pdf",
    "dashboard.html",
    "indicators.xlsx",
    "indicators.json",
    "findings.xlsx",
    "rejected.xlsx",
];

/// The bundled sample: 2025, made by `esep sample` (see README), compiled
/// in, so that `esep report` runs on it wherever the binary is.
const BUNDLED_SAMPLE: Bundled = Bundled {
    name: "fixtures/sample-2025.xlsx",
    bytes: include_bytes!("../../fixtures/sample-2025.xlsx"),
};

pub fn run(args: ReportArgs) -> Result<ExitCode> {
    let config = ReportConfig::resolve(&args)?;
    let reported = report(&config)?;
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    reported.print(&mut out, config.input.lang)?;
    // Rejected rows are part of what a report reports: the run succeeded.
    Ok(ExitCode::SUCCESS)
}

/// Everything a report is made with, resolved before any case is read:
/// every refusal of a setting (an output on an input, a folder that cannot
/// be written, a year the calendar lacks, a configuration or a template
/// folder that cannot be used) is made here, and nothing after it reads
/// the command line.
pub struct ReportConfig {
    pub input: InputConfig,
    pub previous: Previous,
    pub config: Config,
    pub render: RenderConfig,
    pub lang: DocLang,
    /// The year asked for and its period; `None`: the year most cases
    /// were submitted in.
    pub year: Option<(i32, Period)>,
    /// The folder asked for; `None`: `reports/<year>`.
    pub folder: Option<PathBuf>,
}

impl ReportConfig {
    pub fn resolve(args: &ReportArgs) -> Result<ReportConfig> {
        let lang = args.lang.resolve();
        let mut input = InputConfig::resolve(&args.input, Some(&BUNDLED_SAMPLE), lang.lang())?;
        let previous = super::Previous::resolve(&args.previous, &input)?;
        input.reads_also(
            &args.config,
            args.render.templates.as_deref(),
            Some(&previous),
        );
        let year = match args.year {
            Some(year) => Some((year, reporting_period(year)?)),
            None => None,
        };
        // The folder, where the arguments name it; else `reports/<year>`,
        // the year read from the data.
        let folder = args.out.clone().or_else(|| {
            args.year
                .map(|year| Path::new("reports").join(year.to_string()))
        });
        let folder_check = match &folder {
            Some(folder) => (folder.as_path(), Output::Set(&OUTPUTS)),
            None => (Path::new("reports"), Output::Folder),
        };
        input.check_outputs(
            [folder_check].into_iter().chain(
                args.render
                    .template_data
                    .as_deref()
                    .map(|p| (p, Output::File)),
            ),
        )?;
        let config = Config::load(args.config.path.as_deref())?;
        let render = RenderConfig::resolve(&args.render, input.ingest.max_memory)?;
        Ok(ReportConfig {
            input,
            previous,
            config,
            render,
            lang,
            year,
            folder,
        })
    }
}

/// What a report run did, for the one who asked: what was read, where the
/// outputs are, and the figures said first.
pub struct Reported {
    pub read: ReadAccount,
    pub year: i32,
    pub folder: PathBuf,
    pub left_out: LeftOut,
    pub compared: Compared,
    pub findings: usize,
    pub cases: usize,
    pub complaints: usize,
    /// Timeliness and complaints in the republic, beside the year before.
    pub headline: Vec<(Indicator, Change)>,
}

/// Where the year before came from.
pub enum Compared {
    /// Files or an export, as the user named them.
    Sources(Vec<String>),
    /// The input's own rows of that year.
    Own,
    /// No comparison: the input holds no case of that year.
    NotInInput,
    /// No comparison: `--previous` holds no case of that year.
    NotInPrevious,
}

/// The report of `config`: reads, checks and judges the input, computes
/// the indicators of the year and writes the set of outputs.
pub fn report(config: &ReportConfig) -> Result<Reported> {
    let ReportConfig {
        input,
        previous,
        config: settings,
        render,
        lang: doc_lang,
        ..
    } = config;
    let checked = read_and_check(input, settings, Keep::Anonymous)?;
    // The reporting year: given, else the year most cases were submitted in.
    let (year, period) = match config.year {
        Some(given) => given,
        None => {
            let year = super::reporting_year(&checked);
            (year, reporting_period(year)?)
        }
    };
    let folder = config
        .folder
        .clone()
        .unwrap_or_else(|| Path::new("reports").join(year.to_string()));
    // Everything the report counts is of its year: rows of other years are
    // left out, and said so.
    let years = years_decided(&checked);
    // The account is of what was read, the rest of what was reported.
    let read = ReadAccount::of(&checked, input.lang);
    let cases = checked.counts(Table::Cases);
    let nothing_accepted = cases.accepted == 0 && cases.rejected > 0;
    let (checked, rest, left_out) = checked.split(period.from, period.to);
    if !checked
        .cases
        .iter()
        .any(|c| c.decided_at.is_some_and(|d| period.contains(d.date())))
    {
        // The account of rejected rows, said above, is the cause where no
        // case was accepted; a year the user did not give is not blamed.
        if nothing_accepted {
            crate::refuse!("report-nothing-accepted");
        }
        let decided = years.len();
        let years = years.join(", ");
        if config.year.is_none() {
            crate::refuse!(
                "report-no-case-of-the-likely-year",
                year = year,
                years = years,
                decided = decided
            );
        }
        crate::refuse!(
            "report-no-case-of-the-year",
            year = year,
            years = years,
            decided = decided
        );
    }
    // Judge first: a deadline in a year without calendar stops the run
    // before anything is written.
    let verdicts = timed("judging", || super::judge(&checked, settings, input.lang))?;
    let complaint_verdicts = super::judge_complaints(&checked, settings, period.to);
    let (findings, counts) = timed("findings", || {
        findings::findings(&checked, &verdicts, &complaint_verdicts, input.lang)
    });
    fsio::refuse_inputs(&folder, &input.paths)?;
    let set = fsio::OutputSet::begin(&folder, &OUTPUTS)?;
    let [
        pdf_path,
        dashboard_path,
        xlsx_path,
        json_path,
        findings_path,
        rejected_path,
    ] = OUTPUTS.map(|name| set.path(name));
    // Both cores busy: the findings workbook, the largest output and the
    // longest to write, is written from the verdicts on a thread of its
    // own as soon as they are there, while this one counts the year
    // before and the activity, computes the indicators and writes the
    // other files; the annual report is laid out on a third (Typst
    // recurses deeply: a large stack) once the indicators are there. Any
    // refusal on the way leaves nothing: the set is written only whole.
    let (done, findings_written) = stage(crate::msg!("run-stage-report"), input.lang, || {
        std::thread::scope(|scope| {
            let findings_written = scope.spawn(|| {
                timed("findings.xlsx", || {
                    findings::write_xlsx(
                        &findings_path,
                        &checked,
                        findings.rows(),
                        &counts,
                        input.lang,
                    )
                })
            });
            let done = (|| -> Result<(Results, Option<PreviousYear>, Vec<u8>)> {
                let before = timed("the year before", || {
                    previous.results(&rest, settings, period, input.lang)
                })?;
                let counted = timed("activity", || {
                    super::activity(&checked, &verdicts, Some(&rest), period)
                })?;
                drop(rest);
                let table = timed("computing the indicators", || {
                    super::compute(&checked, &verdicts, settings, period)
                })?;
                let identity = identity(&checked.cases, &verdicts, period);
                let previous = before.as_ref().map(|p| &p.results);
                let content = super::compose(&table, previous, counted, settings);
                let report = Report {
                    checked: &checked,
                    table: &table,
                    content: &content,
                    previous: before.as_ref(),
                    config: settings,
                    counts: &counts,
                    identity: &identity,
                    left_out,
                };
                let pdf = from_the_indicators(
                    &report,
                    *doc_lang,
                    render,
                    [&rejected_path, &json_path, &xlsx_path, &dashboard_path],
                )?;
                Ok((table, before, pdf))
            })();
            // A panic of the writer is this thread's, as if it had written.
            let findings_written = findings_written
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (done, findings_written)
        })
    });
    let (table, before, pdf) = done?;
    findings_written?;
    fsio::write_bytes(&pdf_path, &pdf)?;
    set.commit()?;
    let compared = match (&before, previous) {
        (Some(p), _) if !p.sources.is_empty() => Compared::Sources(p.sources.clone()),
        (Some(_), _) => Compared::Own,
        (None, super::Previous::Own) => Compared::NotInInput,
        (None, _) => Compared::NotInPrevious,
    };
    let kz = table.republic();
    let headline = [Indicator::Timeliness, Indicator::Complaints]
        .into_iter()
        .map(|i| {
            let previous = before.as_ref().map(|p| p.results.republic().get(i));
            (i, crate::indicators::Change::of(kz.get(i), previous))
        })
        .collect();
    Ok(Reported {
        read,
        year,
        folder,
        left_out,
        compared,
        findings: findings.count(),
        cases: checked.cases.len(),
        complaints: checked.complaints.len(),
        headline,
    })
}

impl Reported {
    /// What the terminal shows once the outputs are written: the account
    /// of what was read, what was left out, what was compared, the
    /// headline figures and the files.
    pub fn print(&self, out: &mut impl Write, lang: Lang) -> Result<()> {
        self.read.print(out, lang)?;
        let year = self.year;
        if self.left_out.total() > 0 {
            let LeftOut {
                cases: c,
                complaints: j,
                surveys: s,
                rejected: r,
            } = self.left_out;
            let line = crate::msg!(
                "report-left-out-not-cases-complaints",
                year = year,
                c = c,
                j = j,
                s = s,
                r = r
            )
            .text(lang);
            writeln!(out, "{line}")?;
        }
        let b = year - 1;
        let compared = match &self.compared {
            Compared::Sources(sources) => {
                let from = sources.join(", ");
                crate::msg!("report-compared", b = b, from = from)
            }
            Compared::Own => crate::msg!("report-compared-input-s-rows", b = b),
            Compared::NotInInput => crate::msg!("report-no-comparison-input-holds-no", b = b),
            Compared::NotInPrevious => {
                crate::msg!("report-no-comparison-previous-holds-no", b = b)
            }
        };
        writeln!(out, "{}", compared.text(lang))?;
        let (n, c, j) = (self.findings, self.cases, self.complaints);
        let line = crate::msg!(
            "report-findings-about-cases-complaints-see",
            n = n,
            c = c,
            j = j
        )
        .text(lang);
        writeln!(out, "{line}")?;
        let has_previous = matches!(self.compared, Compared::Sources(_) | Compared::Own);
        for (i, change) in &self.headline {
            let shown = |v: Option<f64>| {
                v.map_or("—".to_string(), |v| {
                    format!("{} %", crate::catalog::decimal(v, 1, lang))
                })
            };
            let mut line = format!("{} {}: {}", i.id(), i.name(lang), shown(change.current));
            if has_previous {
                let difference = change.change.map_or("—".to_string(), |d| {
                    let sign = if d >= 0.0 { "+" } else { "" };
                    format!("{sign}{}", crate::catalog::decimal(d, 1, lang))
                });
                line += &format!(" ({}: {}, {difference})", b, shown(change.previous));
            }
            writeln!(out, "{line}")?;
        }
        let written = crate::msg!("report-year-written", year = year).text(lang);
        writeln!(out, "{written}")?;
        for name in OUTPUTS {
            writeln!(out, "  {}", self.folder.join(name).display())?;
        }
        Ok(())
    }
}

/// What the annual report is made from.
struct Report<'a> {
    checked: &'a Checked,
    table: &'a Results,
    content: &'a Content,
    previous: Option<&'a PreviousYear>,
    config: &'a Config,
    counts: &'a [Tally],
    identity: &'a Identity,
    left_out: LeftOut,
}

/// The outputs made from the indicators: the annual report laid out on a
/// thread of its own (Typst recurses deeply: a large stack) while this one
/// writes `rejected.xlsx`, `indicators.json`, `indicators.xlsx` and
/// `dashboard.html` to `paths`, in that order; the report's PDF bytes.
fn from_the_indicators(
    report: &Report,
    lang: DocLang,
    render: &RenderConfig,
    [rejected_path, json_path, xlsx_path, dashboard_path]: [&Path; 4],
) -> Result<Vec<u8>> {
    let Report {
        checked,
        table,
        content,
        previous,
        config,
        counts,
        identity,
        ..
    } = *report;
    let (pdf, written) = std::thread::scope(|scope| {
        let pdf = std::thread::Builder::new()
            .stack_size(RENDER_STACK)
            .spawn_scoped(scope, || {
                timed("annual-report.pdf", || annual_report(report, lang, render))
            });
        let written = (|| -> Result<()> {
            timed("rejected.xlsx", || {
                rejected::write(rejected_path, checked, lang.lang())
            })?;
            crate::indicators::json::write(json_path, table)?;
            let contents = crate::export::Contents {
                table,
                content,
                norms: &config.norms,
                deadlines: &config.deadlines,
                order: &config.acts.order,
                checked,
                findings: counts,
                previous: previous.map(|p| &p.results),
                identity,
                lang: lang.lang(),
            };
            timed("indicators.xlsx", || ministry::write(xlsx_path, &contents))?;
            timed("dashboard.html", || {
                dashboard::write(dashboard_path, &contents)
            })
        })();
        let pdf = match pdf {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(crate::msg!("report-laying-out-annual-report-failed").into())
            }),
            Err(e) => Err(e.into()),
        };
        (pdf, written)
    });
    written?;
    pdf
}

/// The annual report as PDF, dated the last day of the year (the year of
/// the table's period).
fn annual_report(report: &Report, lang: DocLang, render: &RenderConfig) -> Result<Vec<u8>> {
    let Report {
        checked,
        table,
        content,
        previous,
        config,
        counts,
        identity,
        left_out,
    } = *report;
    let year = table.period.norm_year();
    let rows: Vec<_> = crate::schema::Table::ALL
        .into_iter()
        .map(|t| checked.counts(t))
        .collect();
    let reasons = checked.top_reasons(lang.lang(), 20);
    let sources = super::sources_of(checked);
    let data = annual(
        &annual::Input {
            table,
            content,
            norms: &config.norms,
            acts: &config.acts,
            left_out,
            deadlines: &config.deadlines,
            sources: &sources,
            year,
            findings: counts,
            rows: &rows,
            reasons: &reasons,
            previous,
            identity,
        },
        lang,
    );
    render.write_data(&data)?;
    let document = render.renderer.layout("annual-report.typ", &data)?;
    let settings = PdfSettings {
        ident: format!("esep-annual-report-{year}"),
        date: table.period.to,
        archival: render.archival,
    };
    Ok(render.renderer.pdf(&document, &settings)?)
}

/// The years cases of `checked` were decided in, in order.
fn years_decided(checked: &Checked) -> Vec<String> {
    let years: std::collections::BTreeSet<i32> = checked
        .cases
        .iter()
        .filter_map(|c| c.decided_at.map(|d| d.year()))
        .collect();
    years.iter().map(i32::to_string).collect()
}
