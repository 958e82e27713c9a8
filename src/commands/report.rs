//! `esep report`: the main job. It reads and checks the input (the bundled
//! 2025 sample when no file is given), judges every case against the
//! standard, computes the indicators of the year, writes
//! `reports/<year>/indicators.xlsx`, `indicators.json`, `findings.xlsx` and
//! `rejected.xlsx`, and prints the summary; the documents join it under the
//! same name.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use chrono::Datelike;

use super::{
    Bundled, InputConfig, RENDER_STACK, RenderConfig, read_and_check, reporting_period, stage,
    timed,
};
use crate::cli::ReportArgs;
use crate::config::Config;
use crate::documents::DocLang;
use crate::documents::annual::{self, annual};
use crate::export::{findings, ministry, rejected};
use crate::fsio::{self, Output};
use crate::indicators::identity::{Identity, identity};
use crate::indicators::{Indicator, Json, PreviousYear, Results};
use crate::law::Tally;
use crate::render::PdfSettings;
use crate::schema::Table;
use crate::validate::{Checked, Keep, LeftOut};

/// The files of a report folder, written together as one set.
const OUTPUTS: [&str; 5] = [
    "annual-report.pdf",
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
    let doc_lang = args.lang.resolve();
    let mut input = InputConfig::resolve(&args.input, Some(&BUNDLED_SAMPLE), doc_lang.lang())?;
    let previous = super::Previous::resolve(&args.previous, &input)?;
    input.reads_also(
        &args.config,
        args.render.templates.as_deref(),
        Some(&previous),
    );
    let given = args.year.map(reporting_period).transpose()?;
    // The folder, where the arguments name it; else `reports/<year>`, the
    // year read from the data.
    let named = args.out.clone().or_else(|| {
        args.year
            .map(|year| Path::new("reports").join(year.to_string()))
    });
    let folder_check = match &named {
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
    let checked = read_and_check(&input, &config, Keep::Anonymous)?;
    // The reporting year: given, else the year most cases were submitted in.
    let year = args.year.unwrap_or_else(|| super::reporting_year(&checked));
    let folder = named.unwrap_or_else(|| Path::new("reports").join(year.to_string()));
    let period = match given {
        Some(period) => period,
        None => reporting_period(year)?,
    };
    // Everything the report counts is of its year: rows of other years are
    // left out, and said so.
    let years = years_decided(&checked);
    // The summary is of what was read, the rest of what was reported.
    let mut read = Vec::new();
    super::summary::print_summary(&mut read, &checked, input.lang)?;
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
        if args.year.is_none() {
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
    let verdicts = super::judge(&checked, &config, input.lang)?;
    let before = previous.results(&rest, &config, period, input.lang)?;
    drop(rest);
    let complaint_verdicts = super::judge_complaints(&checked, &config, period.to);
    let (findings, counts) =
        findings::findings(&checked, &verdicts, &complaint_verdicts, input.lang);
    fsio::refuse_inputs(&folder, &input.paths)?;
    let set = fsio::OutputSet::begin(&folder, &OUTPUTS)?;
    let [pdf_path, xlsx_path, json_path, findings_path, rejected_path] =
        OUTPUTS.map(|name| set.path(name));
    // Both cores busy: the findings workbook, the largest output, is written
    // from the verdicts on a thread of its own while this one computes the
    // indicators and writes the other files; the annual report is laid out
    // on a third (Typst recurses deeply: a large stack) once the indicators
    // are there.
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
            let done = (|| -> Result<(Results, Vec<u8>)> {
                let table = timed("computing the indicators", || {
                    super::compute(&checked, &verdicts, &config, period)
                })?;
                let identity = identity(&checked.cases, &verdicts, period);
                let report = Report {
                    checked: &checked,
                    table: &table,
                    previous: before.as_ref(),
                    config: &config,
                    counts: &counts,
                    identity: &identity,
                    left_out,
                };
                let pdf = from_the_indicators(
                    &report,
                    doc_lang,
                    &render,
                    [&rejected_path, &json_path, &xlsx_path],
                )?;
                Ok((table, pdf))
            })();
            // A panic of the writer is this thread's, as if it had written.
            let findings_written = findings_written
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (done, findings_written)
        })
    });
    let (table, pdf) = done?;
    findings_written?;
    fsio::write_bytes(&pdf_path, &pdf)?;
    set.commit()?;
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    out.write_all(&read)?;
    let lang = input.lang;
    if left_out.total() > 0 {
        let (c, j, s, r) = (
            left_out.cases,
            left_out.complaints,
            left_out.surveys,
            left_out.rejected,
        );
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
    let compared = match (&before, args.previous.previous.is_empty()) {
        (Some(p), _) if !p.sources.is_empty() => {
            let from = p.sources.join(", ");
            crate::msg!("report-compared", b = b, from = from).text(lang)
        }
        (Some(_), _) => crate::msg!("report-compared-input-s-rows", b = b).text(lang),
        (None, true) => crate::msg!("report-no-comparison-input-holds-no", b = b).text(lang),
        (None, false) => crate::msg!("report-no-comparison-previous-holds-no", b = b).text(lang),
    };
    writeln!(out, "{compared}")?;
    let (n, c, j) = (
        findings.count(),
        checked.cases.len(),
        checked.complaints.len(),
    );
    let line = crate::msg!(
        "report-findings-about-cases-complaints-see",
        n = n,
        c = c,
        j = j
    )
    .text(lang);
    writeln!(out, "{line}")?;
    let kz = table.republic();
    let kz_before = before.as_ref().map(|p| p.results.republic());
    for i in [Indicator::Timeliness, Indicator::Complaints] {
        let shown = |v: Option<f64>| {
            v.map_or("—".to_string(), |v| {
                format!("{} %", crate::catalog::decimal(v, 1, lang))
            })
        };
        let mut line = format!("{} {}: {}", i.id(), i.name(lang), shown(kz.get(i).value()));
        if let Some(b) = kz_before {
            let c = crate::indicators::Change::of(kz.get(i), Some(b.get(i)));
            let change = c.change.map_or("—".to_string(), |d| {
                let sign = if d >= 0.0 { "+" } else { "" };
                format!("{sign}{}", crate::catalog::decimal(d, 1, lang))
            });
            line += &format!(" ({}: {}, {change})", year - 1, shown(c.previous));
        }
        writeln!(out, "{line}")?;
    }
    let written = crate::msg!("report-year-written", year = year).text(lang);
    writeln!(out, "{written}")?;
    for name in OUTPUTS {
        writeln!(out, "  {}", folder.join(name).display())?;
    }
    // Rejected rows are part of what a report reports: the run succeeded.
    Ok(ExitCode::SUCCESS)
}

/// What the annual report is made from.
struct Report<'a> {
    checked: &'a Checked,
    table: &'a Results,
    previous: Option<&'a PreviousYear>,
    config: &'a Config,
    counts: &'a [Tally],
    identity: &'a Identity,
    left_out: LeftOut,
}

/// The outputs made from the indicators: the annual report laid out on a
/// thread of its own (Typst recurses deeply: a large stack) while this one
/// writes `rejected.xlsx`, `indicators.json` and `indicators.xlsx` to
/// `paths`, in that order; the report's PDF bytes.
fn from_the_indicators(
    report: &Report,
    lang: DocLang,
    render: &RenderConfig,
    [rejected_path, json_path, xlsx_path]: [&Path; 3],
) -> Result<Vec<u8>> {
    let Report {
        checked,
        table,
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
            let mut json = serde_json::to_vec_pretty(&Json::new(table))?;
            json.push(b'\n');
            fsio::write_bytes(json_path, &json)?;
            timed("indicators.xlsx", || {
                ministry::write(
                    xlsx_path,
                    &ministry::Contents {
                        table,
                        norms: &config.norms,
                        checked,
                        findings: counts,
                        previous: previous.map(|p| &p.results),
                        identity,
                        lang: lang.lang(),
                    },
                )
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
