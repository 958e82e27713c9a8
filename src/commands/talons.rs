//! `esep talons`: the talon of acceptance of documents of every accepted
//! case, in Appendix 3's or Appendix 5's form, into one PDF.

use std::process::ExitCode;

use anyhow::{Result, bail};

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::{InputConfig, RenderConfig, doc_lang, read_and_check};
use crate::cli::TalonsArgs;
use crate::config::Config;
use crate::documents::DocLang;
use crate::documents::talon::{Labels, Sheet, Talon, talons};
use crate::fsio::Output;
use crate::render::PdfSettings;
use crate::render::bulk::{join_into, render_chunks};

/// Talons per document laid out at once: whole A4 sheets of either form,
/// and small enough that two in flight stay well within memory.
const CHUNK: usize = 200;

/// One chunk's data: the shape of [`crate::documents::talon::Talons`].
#[derive(Serialize)]
struct Chunk<'a> {
    lang: DocLang,
    sheet: Sheet,
    title: &'a str,
    labels: &'a Labels,
    talons: &'a [Talon],
}

pub fn run(args: TalonsArgs) -> Result<ExitCode> {
    let lang = doc_lang(args.input.lang)?;
    let input = InputConfig::resolve(&args.input, &[])?;
    input.check_outputs(
        [(args.out.as_path(), Output::File)].into_iter().chain(
            args.render
                .template_data
                .as_deref()
                .map(|p| (p, Output::File)),
        ),
    )?;
    let config = Config::load(args.config.path.as_deref())?;
    let render = RenderConfig::resolve(&args.render)?;
    let checked = read_and_check(&input, &config)?;
    if checked.cases.is_empty() {
        bail!("no accepted case to print a talon for; `esep check` says why rows were rejected");
    }
    let verdicts = super::judge(&checked, &config)?;
    let data = talons(&checked.cases, &verdicts, args.form, args.sheet, lang);
    render.write_data(&data)?;
    let settings = PdfSettings {
        ident: format!("esep-talons-{:?}-{}", args.form, checked.cases[0].case_id),
        date: checked.latest_date(),
        archival: render.archival,
    };
    // Chunks of whole sheets (ten Appendix 5 or two Appendix 3 talons to an A4).
    let chunks: Vec<(usize, Chunk)> = data
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
                    talons,
                },
            )
        })
        .collect();
    let progress = ProgressBar::new(data.talons.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {human_pos}/{human_len} talons ({per_sec}, {eta})")
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
    let (count, rejected) = (data.talons.len(), checked.rejections.len());
    // Joining holds the whole document as objects: the cases and the
    // talons' data are let go first.
    drop(chunks);
    drop(data);
    drop(checked);
    crate::fsio::write_atomic(&args.out, |file| Ok(join_into(pdfs, file)?))?;
    crate::tell!("{count} talons: {}", args.out.display());
    if rejected > 0 {
        crate::tell!(
            "note: {rejected} rows were rejected and have no talon; `esep check` lists them"
        );
    }
    Ok(ExitCode::SUCCESS)
}
