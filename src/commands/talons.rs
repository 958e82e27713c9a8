//! `esep talons`: the talon of acceptance of documents of every accepted
//! case, in Appendix 3's or Appendix 5's form, into one PDF.

use std::process::ExitCode;

use anyhow::{Result, bail};

use super::{InputConfig, RenderConfig, doc_lang, read_and_check, stage};
use crate::cli::TalonsArgs;
use crate::config::Config;
use crate::documents::talon::talons;
use crate::law::calendar::Calendar;
use crate::render::PdfSettings;

pub fn run(args: TalonsArgs) -> Result<ExitCode> {
    let lang = doc_lang(args.input.lang)?;
    let input = InputConfig::resolve(&args.input, &[])?;
    let config = Config::load(args.config.path.as_deref())?;
    let render = RenderConfig::resolve(&args.render)?;
    let checked = match read_and_check(&input)? {
        Ok(checked) => checked,
        Err(code) => return Ok(code),
    };
    if checked.cases.is_empty() {
        bail!("no accepted case to print a talon for; `esep check` says why rows were rejected");
    }
    let data = match talons(
        &checked.cases,
        args.form,
        args.sheet,
        lang,
        Calendar::bundled(),
        &config.deadlines,
    ) {
        Ok(data) => data,
        Err(missing) => {
            eprintln!("error: {missing}");
            eprintln!("nothing was written");
            return Ok(ExitCode::from(2));
        }
    };
    let document = stage(&format!("laying out {} talons", data.talons.len()), || {
        render.renderer.layout(args.form.template(), &data)
    })?;
    let settings = PdfSettings {
        ident: format!("esep-talons-{:?}-{}", args.form, checked.cases[0].case_id),
        date: checked.latest_date(),
        archival: render.archival,
    };
    let pdf = stage("writing the PDF", || {
        render.renderer.pdf(&document, &settings)
    })?;
    crate::fsio::write_bytes(&args.out, &pdf)?;
    eprintln!(
        "{} talons, {} pages: {}",
        data.talons.len(),
        document.pages().len(),
        args.out.display()
    );
    if !checked.rejections.is_empty() {
        eprintln!(
            "note: {} rows were rejected and have no talon; `esep check` lists them",
            checked.rejections.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
