//! Documents through embedded Typst: a template from `templates/` (or
//! `--templates DIR`), the data as JSON, the bundled fonts → a PDF. The
//! templates only lay out; every figure and sentence of substance is in the
//! data, made in Rust (`crate::documents`). Entry point: [`Renderer`].

pub mod bulk;
mod fonts;
mod templates;
mod world;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use templates::Templates;
use world::{DocWorld, Env};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot read the template folder {path}: {why}")]
    Templates { path: String, why: String },
    #[error(
        "no template {0}; the templates are in templates/ (or the folder given with --templates)"
    )]
    NoTemplate(String),
    /// Template errors, each `file:line:col: error: …` with its source line.
    #[error("the document could not be laid out:\n{0}")]
    Template(String),
    #[error("the PDFs of the chunks could not be joined: {0}")]
    Join(String),
    #[error("the data of {template} could not be written as JSON: {source}")]
    Data {
        template: String,
        source: serde_json::Error,
    },
}

/// How a PDF is written: its stable identifier and date (from the data,
/// never the clock), and whether it is PDF/A-2b for archives.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    pub ident: String,
    pub date: NaiveDate,
    pub archival: bool,
}

pub struct Renderer {
    env: Env,
}

impl Renderer {
    pub fn new(templates: &Templates) -> Renderer {
        Renderer {
            env: Env::new(templates),
        }
    }

    /// Lays out `template` with `data`.
    pub fn layout(
        &self,
        template: &str,
        data: &impl Serialize,
    ) -> Result<PagedDocument, RenderError> {
        let main = self
            .env
            .id(template)
            .ok_or_else(|| RenderError::NoTemplate(template.to_string()))?;
        let json = serde_json::to_vec(data).map_err(|source| RenderError::Data {
            template: template.to_string(),
            source,
        })?;
        let world = DocWorld {
            env: &self.env,
            main,
            data: Bytes::new(json),
        };
        typst::compile::<PagedDocument>(&world)
            .output
            .map_err(|errors| RenderError::Template(self.describe(&world, &errors)))
    }

    /// Writes a laid-out document as a tagged PDF (its structure readable
    /// by screen readers).
    pub fn pdf(
        &self,
        document: &PagedDocument,
        settings: &PdfSettings,
    ) -> Result<Vec<u8>, RenderError> {
        self.pdf_with(document, settings, true)
    }

    /// Writes a laid-out document as PDF, tagged or not: untagged PDFs are
    /// less than half the size, which matters for talons by the thousand.
    pub fn pdf_with(
        &self,
        document: &PagedDocument,
        settings: &PdfSettings,
        tagged: bool,
    ) -> Result<Vec<u8>, RenderError> {
        let date = Datetime::from_ymd(
            settings.date.year(),
            settings.date.month() as u8,
            settings.date.day() as u8,
        );
        let standards = if settings.archival {
            PdfStandards::new(&[PdfStandard::A_2b])
                .map_err(|e| RenderError::Template(e.message().to_string()))?
        } else {
            PdfStandards::default()
        };
        let options = PdfOptions {
            ident: Smart::Custom(settings.ident.clone()),
            creator: Smart::Custom(Some("esep".into())),
            timestamp: date.map(Timestamp::new_utc),
            standards,
            tagged,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(document, &options).map_err(|errors| {
            let world = DocWorld {
                env: &self.env,
                main: self.env.data,
                data: Bytes::new(Vec::new()),
            };
            RenderError::Template(self.describe(&world, &errors))
        })
    }

    /// `file:line:col: error: message`, the source line, and the hints.
    fn describe(&self, world: &DocWorld, diagnostics: &[SourceDiagnostic]) -> String {
        let mut out = Vec::new();
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            let place = d.span.id().and_then(|id| {
                let source = world.source(id).ok()?;
                let range = world.range(d.span)?;
                let (line, col) = source.lines().byte_to_line_column(range.start)?;
                let text = source
                    .lines()
                    .line_to_range(line)
                    .map(|r| source.text()[r].trim_end().to_string())?;
                let shown = self
                    .env
                    .shown
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| id.vpath().get_with_slash().to_string());
                Some((shown, line + 1, col + 1, text))
            });
            match place {
                Some((file, line, col, text)) => {
                    out.push(format!("{file}:{line}:{col}: error: {}", d.message));
                    out.push(format!("{line:>5} | {text}"));
                }
                None => out.push(format!("error: {}", d.message)),
            }
            // Hints about the Typst command line's options do not apply here.
            for hint in d.hints.iter().filter(|h| !h.v.contains("--root")) {
                out.push(format!("  hint: {}", hint.v));
            }
        }
        out.join("\n")
    }
}
