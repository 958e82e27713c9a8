//! `esep talons`: the talons of one form into one PDF — the talon of
//! acceptance of documents of every visa case (Appendix 3 or 5), the
//! talon of registration of the application of every identity-document
//! case, or the talon of acceptance of every complaint (item 25).

use std::process::ExitCode;

use anyhow::Result;

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::{InputConfig, RenderConfig, read_and_check};
use crate::cli::TalonsArgs;
use crate::config::Config;
use crate::documents::talon::{Form, Sheet, Talons, VisaForm};
use crate::documents::{DocLang, complaint, registration, talon};
use crate::fsio::Output;
use crate::render::PdfSettings;
use crate::render::bulk::{join_into, render_chunks};
use crate::validate::Keep;

/// Talons per document laid out at once: whole A4 sheets of every form,
/// and small enough that two in flight stay well within memory.
const CHUNK: usize = 200;

/// One chunk's data: the shape of [`Talons`].
#[derive(Serialize)]
struct Chunk<'a, L, T> {
    lang: DocLang,
    sheet: Sheet,
    title: &'a str,
    labels: &'a L,
    basis: &'a str,
    talons: &'a [T],
}

pub fn run(args: TalonsArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let mut input = InputConfig::resolve(&args.input, None, lang.lang())?;
    input.reads_also(&args.config, args.render.templates.as_deref(), None);
    input.check_outputs(
        [(args.out.as_path(), Output::File)].into_iter().chain(
            args.render
                .template_data
                .as_deref()
                .map(|p| (p, Output::File)),
        ),
    )?;
    let config = Config::load(args.config.path.as_deref())?;
    let render = RenderConfig::resolve(&args.render, input.ingest.max_memory)?;
    let checked = read_and_check(&input, &config, Keep::Records)?;
    let date = checked.latest_date();
    // The rejected rows of the table this form prints: rejected complaints
    // and surveys have no case talon, and rejected cases no complaint talon.
    let table = match args.form {
        Form::Complaint => crate::schema::Table::Complaints,
        _ => crate::schema::Table::Cases,
    };
    let rejected = checked.counts(table).rejected;
    // What has a talon of another form, for the closing note.
    let (count, elsewhere) = match args.form {
        Form::Appendix3 | Form::Appendix5 => {
            let visa = match args.form {
                Form::Appendix3 => VisaForm::Appendix3,
                _ => VisaForm::Appendix5,
            };
            let verdicts = super::judge(&checked, &config, input.lang)?;
            let data = talon::talons(
                &checked.cases,
                &verdicts,
                visa,
                args.sheet,
                &config.acts.standard,
                lang,
            );
            let others = checked.cases.len() - data.talons.len();
            drop(verdicts);
            let first = data.talons.first().map(|t| t.number.clone());
            let id = ident(args.form, first);
            (print(&args, &render, data, &id, date, checked)?, others)
        }
        Form::Registration => {
            let data = registration::talons(&checked.cases, args.sheet, &config.acts.order, lang);
            let others = checked.cases.len() - data.talons.len();
            let id = ident(args.form, data.talons.first().map(|t| t.number.clone()));
            (print(&args, &render, data, &id, date, checked)?, others)
        }
        Form::Complaint => {
            let verdicts = super::judge_complaints(&checked, &config, date);
            let data = complaint::talons(
                &checked.complaints,
                &verdicts,
                config.complaint_term,
                args.sheet,
                &config.acts.standard,
                lang,
            );
            let id = ident(args.form, data.talons.first().map(|t| t.number.clone()));
            (print(&args, &render, data, &id, date, checked)?, 0)
        }
    };
    let form = args.form.key();
    crate::tell!(
        "{}",
        crate::msg!(
            "talons-written",
            form = form,
            count = count,
            out = args.out.display()
        )
        .text(lang.lang())
    );
    if elsewhere > 0 {
        crate::tell!(
            "{}",
            crate::msg!("talons-of-another-form", form = form, count = elsewhere).text(lang.lang())
        );
    }
    super::note_rejected(
        rejected,
        Some(table),
        crate::msg!("talons-effect-of-rejected"),
        lang.lang(),
    );
    Ok(ExitCode::SUCCESS)
}

/// The PDF's identifier: the form and the first talon's number, so that
/// the same input gives the same bytes and different inputs differ.
fn ident(form: Form, first: Option<String>) -> String {
    format!("esep-talons-{form:?}-{}", first.unwrap_or_default())
}

/// Lays out the talons of `data` in chunks of whole sheets, joins them and
/// writes the PDF; the number of talons printed.
fn print<L: Serialize + Sync, T: Serialize + Sync>(
    args: &TalonsArgs,
    render: &RenderConfig,
    data: Talons<L, T>,
    ident: &str,
    date: chrono::NaiveDate,
    checked: crate::validate::Checked,
) -> Result<usize> {
    if data.talons.is_empty() {
        crate::refuse!("talons-none-to-print", form = args.form.key());
    }
    render.write_data(&data)?;
    let settings = PdfSettings {
        ident: ident.to_string(),
        date,
        archival: render.archival,
    };
    let chunks: Vec<(usize, Chunk<L, T>)> = data
        .talons
        .chunks(CHUNK)
        .map(|talons| {
            (
                talons.len(),
                Chunk {
                    lang: data.lang,
                    sheet: data.sheet,
                    title: &data.title,
                    labels: &data.labels,
                    basis: &data.basis,
                    talons,
                },
            )
        })
        .collect();
    let progress = ProgressBar::new(data.talons.len() as u64).with_style(
        ProgressStyle::with_template(
            &crate::msg!("talons-progress").text(args.lang.resolve().lang()),
        )
        .expect("valid template"),
    );
    let pool = super::render_pool()?;
    // Talons are for print: untagged PDFs, less than half the size.
    let pdfs = render_chunks(
        &render.renderer,
        &pool,
        args.form.template(),
        &chunks,
        &settings,
        false,
        &|n| progress.inc(n as u64),
    )?;
    progress.finish_and_clear();
    let count = data.talons.len();
    // Joining holds the whole document as objects: the records and the
    // talons' data are let go first.
    drop(chunks);
    drop(data);
    drop(checked);
    crate::fsio::write_atomic(&args.out, |file| Ok(join_into(pdfs, file)?))?;
    Ok(count)
}
