//! `esep indicators`: the indicators of Appendix 4 for a period. The
//! terminal gets the whole-period table of the republic, departments and
//! offices for all services; `--json` every row in the contract's shape;
//! `--xlsx` the ministry's workbook.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::{InputConfig, read_and_check};
use crate::cli::IndicatorsArgs;
use crate::config::Config;
use crate::export::ministry;
use crate::fsio::Output;
use crate::indicators::{self, Indicator, Json, Period, Results};
use crate::lang::Lang;
use crate::law;
use crate::settings::Norms;
use crate::validate::Keep;

pub fn run(args: IndicatorsArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let given = match (args.year, args.from, args.to) {
        (Some(year), _, _) => Some(super::reporting_period(year)?),
        (None, Some(from), Some(to)) if from <= to => Some(Period { from, to }),
        (None, Some(from), Some(to)) => {
            crate::refuse!("indicators-from-after-give-first-day", from = from, to = to)
        }
        _ => None,
    };
    let config = Config::load(args.config.path.as_deref())?;
    if let Some(dir) = &args.parquet {
        let Some(period) = given else {
            crate::refuse!("indicators-give-period-export-year-yyyy");
        };
        let table = super::stage(crate::msg!("run-stage-export-indicators"), lang, || {
            indicators::compute_parquet(dir, &config.electronic, period)
        })?;
        return print_table(&table, &config.norms, lang, args.json);
    }
    let mut input = InputConfig::resolve(&args.input, None, lang)?;
    let previous = super::Previous::resolve(&args.previous, &input)?;
    input.reads_also(&args.config, None, Some(&previous));
    input.check_outputs(args.xlsx.as_deref().map(|p| (p, Output::File)))?;
    let checked = read_and_check(&input, &config, Keep::Anonymous)?;
    let period = match given {
        Some(period) => period,
        None => {
            let year = super::reporting_year(&checked);
            crate::tell!(
                "{}",
                crate::msg!("indicators-year-year-most-cases-were", year = year).text(lang)
            );
            super::reporting_period(year)?
        }
    };
    let verdicts = super::judge(&checked, &config, input.lang)?;
    let table = super::compute(&checked, &verdicts, &config, period)?;
    if let Some(path) = &args.xlsx {
        let complaint_verdicts = super::judge_complaints(&checked, &config, period.to);
        let findings = law::tally(
            &checked.cases,
            &verdicts,
            &checked.complaints,
            &complaint_verdicts,
        );
        // The input's other rows are in `checked`: only the year before's
        // are counted.
        let before = previous.results(&checked, &config, period, input.lang)?;
        let counted = super::activity(&checked, &verdicts, None, period)?;
        let previous = before.as_ref().map(|p| &p.results);
        let content = super::compose(&table, previous, counted, &config);
        ministry::write(
            path,
            &crate::export::Contents {
                table: &table,
                content: &content,
                norms: &config.norms,
                deadlines: &config.deadlines,
                order: &config.acts.order,
                checked: &checked,
                findings: &findings,
                previous: before.as_ref().map(|p| &p.results),
                identity: &crate::indicators::identity::identity(&checked.cases, &verdicts, period),
                lang: input.lang,
            },
        )?;
    }
    print_table(&table, &config.norms, input.lang, args.json)?;
    super::note_rejected(
        checked.rejections.len() as u64,
        None,
        crate::msg!("indicators-are-not-counted"),
        input.lang,
    );
    Ok(ExitCode::SUCCESS)
}

/// The table on stdout: JSON in the contract's shape, or the terminal table.
fn print_table(table: &Results, norms: &Norms, lang: Lang, json: bool) -> Result<ExitCode> {
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out.0, &Json::new(table))?;
        writeln!(out)?;
    } else {
        print(&mut out, table, norms, lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The width of the first column: a place's key, or «normative 2025».
const LABEL: usize = 15;

fn print(out: &mut impl Write, table: &Results, norms: &Norms, lang: Lang) -> Result<()> {
    let year = table.period.norm_year();
    let [title, normative, legend] = [
        "indicators-title",
        "indicators-normative",
        "indicators-missed",
    ]
    .map(|id| crate::catalog::Msg::new(id).text(lang));
    writeln!(
        out,
        "{title} {} – {} ({normative} {year})",
        table.period.from.format("%d.%m.%Y"),
        table.period.to.format("%d.%m.%Y")
    )?;
    write!(out, "{:<LABEL$}", "")?;
    for i in Indicator::ALL {
        write!(out, " {:>7}", i.id())?;
    }
    writeln!(out)?;
    write!(out, "{:<LABEL$}", format!("{normative} {year}"))?;
    for i in Indicator::ALL {
        let shown = norms.get(year, i).map_or("—".to_string(), |n| {
            crate::catalog::decimal(n.normative, 1, lang)
        });
        write!(out, " {shown:>7}")?;
    }
    writeln!(out)?;
    for row in table
        .rows
        .iter()
        .filter(|r| r.service.is_none() && r.month.is_none())
    {
        write!(out, "{:<LABEL$}", row.key)?;
        for i in Indicator::ALL {
            let shown = match row.get(i).value() {
                None => "—".to_string(),
                Some(v) => {
                    let missed = norms.get(year, i).is_some_and(|n| i.misses(v, n.normative));
                    let v = crate::catalog::decimal(v, 1, lang);
                    format!("{v}{}", if missed { "*" } else { "" })
                }
            };
            write!(out, " {shown:>7}")?;
        }
        writeln!(out)?;
    }
    writeln!(out, "* {legend}")?;
    writeln!(out, "{}", norms.basis(year).note(year, lang))?;
    for i in Indicator::ALL {
        writeln!(out, "{}  {}", i.id(), i.name(lang))?;
    }
    Ok(())
}
