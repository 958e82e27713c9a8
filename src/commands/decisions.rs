//! `esep decisions`: the decision on every decided case — the grant, or the
//! reasoned refusal with the appeal route — into one PDF, or one PDF per
//! case in a folder (rendered on every core).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::{InputConfig, RenderConfig, judge, read_and_check};
use crate::cli::DecisionsArgs;
use crate::config::Config;
use crate::documents::decision::{Decisions, decisions};
use crate::fsio::Output;
use crate::render::PdfSettings;
use crate::render::bulk::{join_into, render_chunks};
use crate::validate::Keep;

const TEMPLATE: &str = "decision.typ";

pub fn run(args: DecisionsArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let mut input = InputConfig::resolve(&args.input, None, lang.lang())?;
    let out = match single(&args.out) {
        true => Output::File,
        false => Output::Folder,
    };
    input.reads_also(&args.config, args.render.templates.as_deref(), None);
    input.check_outputs(
        [(args.out.as_path(), out)].into_iter().chain(
            args.render
                .template_data
                .as_deref()
                .map(|p| (p, Output::File)),
        ),
    )?;
    let render = RenderConfig::resolve(&args.render, input.ingest.max_memory)?;
    let config = Config::load(args.config.path.as_deref())?;
    let checked = read_and_check(&input, &config, Keep::Records)?;
    let verdicts = judge(&checked, &config, input.lang)?;
    let (data, skipped) = decisions(&checked.cases, &verdicts, &config.acts, lang);
    if data.decisions.is_empty() {
        let n = checked.cases.len();
        crate::refuse!("decisions-no-decided-case-among-accepted", n = n);
    }
    render.write_data(&data)?;
    let date = checked.latest_date();
    if single(&args.out) {
        let settings = PdfSettings {
            ident: format!("esep-decisions-{}", data.decisions[0].number),
            date,
            archival: render.archival,
        };
        let chunks: Vec<(usize, Chunk)> = data
            .decisions
            .chunks(CHUNK)
            .map(|pages| {
                (
                    pages.len(),
                    Chunk {
                        lang: data.lang,
                        title: &data.title,
                        labels: &data.labels,
                        decisions: pages,
                    },
                )
            })
            .collect();
        let progress = bar(data.decisions.len(), input.lang);
        let pdfs = render_chunks(
            &render.renderer,
            &super::render_pool()?,
            TEMPLATE,
            &chunks,
            &settings,
            true,
            &|n| progress.inc(n as u64),
        )?;
        progress.finish_and_clear();
        crate::fsio::write_atomic(&args.out, |file| Ok(join_into(pdfs, file)?))?;
    } else {
        one_per_case(&args.out, &data, &render, date, input.lang)?;
    }
    let l = lang.lang();
    let (count, out) = (checked.cases.len() - skipped, args.out.display());
    crate::tell!(
        "{}",
        crate::msg!("decisions-decisions", count = count, out = out).text(l)
    );
    if skipped > 0 {
        crate::tell!(
            "{}",
            crate::msg!(
                "decisions-note-accepted-cases-are-pending",
                skipped = skipped
            )
            .text(l)
        );
    }
    super::note_rejected(
        checked.counts(crate::schema::Table::Cases).rejected,
        Some(crate::schema::Table::Cases),
        crate::msg!("decisions-have-no-decision"),
        l,
    );
    Ok(ExitCode::SUCCESS)
}

/// Whether `out` names one PDF of every decision (else a folder of one
/// PDF per case).
fn single(out: &Path) -> bool {
    out.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// A file name for a case id: letters, digits, `-`, `_` and `.` kept,
/// anything else `_`, cut to [`NAME_BYTES`] (a file system takes 255 bytes
/// a name, and a Cyrillic letter is two). A name already given (letter case aside, as Windows
/// and macOS compare names) gets the smallest `-2`, `-3`, … that no case's
/// own name is, so that every case has its own file, the same in every run.
/// The most bytes of a case id a file name keeps: with `-` and a number
/// that tells two cut names apart, and `.pdf`, within the 255 bytes of a name.
const NAME_BYTES: usize = 200;

fn file_names(numbers: &[&str]) -> Vec<String> {
    let bases: Vec<String> = numbers
        .iter()
        .map(|n| {
            n.chars()
                .map(|c| {
                    if c.is_alphanumeric() || "-_.".contains(c) {
                        c
                    } else {
                        '_'
                    }
                })
                .scan(0, |bytes, c| {
                    *bytes += c.len_utf8();
                    (*bytes <= NAME_BYTES).then_some(c)
                })
                .collect()
        })
        .collect();
    let own: BTreeSet<String> = bases.iter().map(|b| b.to_lowercase()).collect();
    let mut taken = BTreeSet::new();
    bases
        .iter()
        .map(|base| {
            let mut name = base.clone();
            let mut k = 1;
            while taken.contains(&name.to_lowercase())
                || (k > 1 && own.contains(&name.to_lowercase()))
            {
                k += 1;
                name = format!("{base}-{k}");
            }
            taken.insert(name.to_lowercase());
            format!("{name}.pdf")
        })
        .collect()
}

fn one_per_case(
    dir: &Path,
    data: &Decisions,
    render: &RenderConfig,
    date: chrono::NaiveDate,
    lang: crate::lang::Lang,
) -> Result<()> {
    let numbers: Vec<&str> = data.decisions.iter().map(|d| d.number.as_str()).collect();
    let names = file_names(&numbers);
    let ours: Vec<&str> = names.iter().map(String::as_str).collect();
    let set = crate::fsio::OutputSet::begin(dir, &ours)?;
    let progress = bar(data.decisions.len(), lang);
    let pool = super::render_pool()?;
    pool.install(|| {
        data.decisions
            .par_iter()
            .zip(names)
            .try_for_each(|(page, name)| -> Result<()> {
                let one = Chunk {
                    lang: data.lang,
                    title: &data.title,
                    labels: &data.labels,
                    decisions: std::slice::from_ref(page),
                };
                let document = render.renderer.layout(TEMPLATE, &one)?;
                let settings = PdfSettings {
                    ident: format!("esep-decision-{}", page.number),
                    date,
                    archival: render.archival,
                };
                set.write(&name, &render.renderer.pdf(&document, &settings)?)?;
                progress.inc(1);
                Ok(())
            })
    })?;
    progress.finish_and_clear();
    set.commit()
}

fn bar(n: usize, lang: crate::lang::Lang) -> ProgressBar {
    let template = crate::msg!("decisions-progress").text(lang);
    ProgressBar::new(n as u64)
        .with_style(ProgressStyle::with_template(&template).expect("valid template"))
}

/// Decisions per document laid out at once (one page each).
const CHUNK: usize = 100;

/// A chunk's data: the shape of [`Decisions`].
#[derive(serde::Serialize)]
struct Chunk<'a> {
    lang: crate::documents::DocLang,
    title: &'a str,
    labels: &'a crate::documents::decision::Labels,
    decisions: &'a [crate::documents::decision::Page],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_a_long_cyrillic_id_makes_a_name_a_file_system_takes() {
        // 130 Cyrillic letters are 260 bytes: "File name too long" for the batch.
        let long = "Ж".repeat(130);
        let longer = format!("{long}Ы");
        let names = file_names(&[&long, &longer]);
        assert!(names.iter().all(|n| n.len() <= 255), "{names:?}");
        assert_ne!(names[0], names[1]);
        assert!(names[0].starts_with(&"Ж".repeat(100)));
    }

    #[test]
    fn file_names_are_safe_and_distinct() {
        assert_eq!(
            file_names(&["T2025-0001", "A/1", "A_1", "Іс 5"]),
            ["T2025-0001.pdf", "A_1.pdf", "A_1-2.pdf", "Іс_5.pdf"]
        );
        // Regression: `A 1` fell back to `A_1-3`, the name of the first case,
        // and two decisions were written to one file.
        assert_eq!(
            file_names(&["A_1-3", "A_1", "A 1", "a_1", "A_1-2"]),
            [
                "A_1-3.pdf",
                "A_1.pdf",
                "A_1-4.pdf",
                "a_1-5.pdf",
                "A_1-2.pdf"
            ]
        );
    }
}
