//! Documents through embedded Typst: a template from `templates/` (or
//! `--templates DIR`), the data as JSON, the bundled fonts → a PDF. The
//! templates only lay out; every figure and sentence of substance is in the
//! data, made in Rust (`crate::documents`). Entry point: [`Renderer`].

pub mod bulk;
mod templates;
mod watchdog;
mod world;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};

use crate::catalog::Msg;
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use templates::Templates;
use world::{DocWorld, Env};

#[derive(Debug)]
pub enum RenderError {
    /// A folder or file of `--templates` that cannot be used.
    Templates {
        path: String,
        why: TemplatesWhy,
    },
    NoTemplate(String),
    /// Template errors, each `file:line:col: error: …` with its source line
    /// (Typst's own words).
    Template(String),
    Join(String),
    Data {
        template: String,
        source: serde_json::Error,
    },
}

/// Why a template folder or file cannot be used.
#[derive(Debug, Clone)]
pub enum TemplatesWhy {
    Io(std::sync::Arc<std::io::Error>),
    NotUtf8,
    /// Reading it would take the folder's files read by the run past
    /// this many bytes.
    Budget(u64),
}

impl RenderError {
    /// What went wrong and what to do; what Typst or the system said is
    /// quoted as they said it.
    pub fn msg(&self) -> Msg {
        match self {
            RenderError::Templates { path, why } => {
                let why = match why {
                    TemplatesWhy::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        crate::msg!("templates-no-such-folder")
                    }
                    TemplatesWhy::Io(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
                        crate::msg!("templates-not-a-folder")
                    }
                    TemplatesWhy::Io(e) => Msg::quoted(e.to_string()),
                    TemplatesWhy::Budget(budget) => {
                        crate::msg!("templates-over-budget", mib = budget >> 20)
                    }
                    TemplatesWhy::NotUtf8 => crate::msg!("templates-not-utf8"),
                };
                crate::msg!("templates-unreadable", path = path, why = why)
            }
            RenderError::NoTemplate(name) => crate::msg!("templates-none", name = name),
            RenderError::Template(diagnostics) => {
                crate::msg!("render-not-laid-out", diagnostics = diagnostics)
            }
            RenderError::Join(why) => crate::msg!("render-not-joined", why = why),
            RenderError::Data { template, source } => {
                crate::msg!(
                    "render-no-data",
                    template = template,
                    why = source.to_string()
                )
            }
        }
    }
}

/// A failure to render stops a run as a [`crate::lang::Said`].
impl From<RenderError> for anyhow::Error {
    fn from(error: RenderError) -> anyhow::Error {
        error.msg().into()
    }
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
    /// How long one document may take to lay out (templates of the user's).
    time_limit: Option<std::time::Duration>,
    /// The warnings already printed: a template laid out for every chunk
    /// of ten thousand talons warns once, not once per chunk.
    warned: std::sync::Mutex<std::collections::BTreeSet<String>>,
}

impl Renderer {
    pub fn new(templates: &Templates) -> Renderer {
        Renderer {
            env: Env::new(templates),
            time_limit: None,
            warned: Default::default(),
        }
    }

    /// The same renderer with a time limit on each layout.
    pub fn with_time_limit(self, limit: std::time::Duration) -> Renderer {
        Renderer {
            time_limit: Some(limit),
            ..self
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
        if let Some(Err(unread)) = self.env.load(main) {
            return Err(unread);
        }
        let json = serde_json::to_vec(data).map_err(|source| RenderError::Data {
            template: template.to_string(),
            source,
        })?;
        let world = DocWorld {
            env: &self.env,
            main,
            data: Bytes::new(json),
        };
        let _armed = self
            .time_limit
            .map(|limit| watchdog::arm(&format!("a document with {template}"), limit));
        let compiled = typst::compile::<PagedDocument>(&world);
        self.warn(&world, &compiled.warnings);
        compiled
            .output
            .map_err(|errors| RenderError::Template(self.describe(&world, &errors)))
    }

    /// Prints Typst's warnings (an unknown font, a missing glyph: what
    /// changes the document without stopping it), each once per run.
    fn warn(&self, world: &DocWorld, warnings: &[SourceDiagnostic]) {
        if warnings.is_empty() {
            return;
        }
        let text = self.describe_as(world, warnings, Severity::Warning);
        let mut warned = self.warned.lock().unwrap_or_else(|e| e.into_inner());
        if warned.insert(text.clone()) {
            crate::tell!("{text}");
        }
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
    /// What a template prints of its data (`panic(data.name)`) goes through
    /// [`scrub`] before anyone sees it.
    fn describe(&self, world: &DocWorld, diagnostics: &[SourceDiagnostic]) -> String {
        self.describe_as(world, diagnostics, Severity::Error)
    }

    fn describe_as(
        &self,
        world: &DocWorld,
        diagnostics: &[SourceDiagnostic],
        severity: Severity,
    ) -> String {
        let label = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = Vec::new();
        for d in diagnostics.iter().filter(|d| d.severity == severity) {
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
                    .shown(id)
                    .map_or_else(|| id.vpath().get_with_slash().to_string(), str::to_string);
                Some((shown, line + 1, col + 1, text))
            });
            let message = scrub(&d.message, &world.data);
            match place {
                Some((file, line, col, text)) => {
                    out.push(format!("{file}:{line}:{col}: {label}: {message}"));
                    out.push(format!("{line:>5} | {text}"));
                }
                None => out.push(format!("{label}: {message}")),
            }
            // Hints about the Typst command line's options do not apply here.
            for hint in d.hints.iter().filter(|h| !h.v.contains("--root")) {
                out.push(format!("  hint: {}", scrub(&hint.v, &world.data)));
            }
        }
        out.join("\n")
    }
}

/// `message` (what Typst says, not the place nor the template's line) with
/// every text of the data a template was handed (names,
/// IINs, passport numbers among them) replaced by a placeholder: a user's
/// template can print its data into its own error messages.
fn scrub(message: &str, data: &[u8]) -> String {
    fn texts<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match value {
            serde_json::Value::String(s) if s.chars().count() >= 2 => out.push(s),
            serde_json::Value::Array(items) => items.iter().for_each(|v| texts(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| texts(v, out)),
            _ => {}
        }
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return message.to_string();
    };
    let mut found = Vec::new();
    texts(&value, &mut found);
    // Longest first, so that a name is hidden whole, not around a shorter text in it.
    found.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut out = message.to_string();
    for text in found {
        if out.contains(text) {
            out = out.replace(text, "<data, hidden>");
        }
    }
    out
}

#[cfg(test)]
mod scrub_tests {
    use super::scrub;

    #[test]
    fn regression_a_template_error_does_not_print_the_data_it_was_handed() {
        let data = r#"{"talons":[{"name":"Иванов Иван","iin":"870412300123","n":3}]}"#.as_bytes();
        let said = scrub(
            r#"panicked with: (name: "Иванов Иван", iin: "870412300123")"#,
            data,
        );
        assert!(
            !said.contains("Иванов") && !said.contains("870412300123"),
            "{said}"
        );
        assert!(said.starts_with("panicked with: (name: "), "{said}");
    }
}

#[cfg(test)]
mod folder_tests {
    use super::{Renderer, Templates};
    use crate::lang::Lang;

    /// Regression: a --templates folder of 120 files of 31 MiB was read
    /// whole (7.96 GB) before any document was laid out.
    #[test]
    fn a_template_folder_is_read_as_used_and_within_its_budget() {
        let dir = tempfile::tempdir().unwrap();
        let mib = |name: &str| std::fs::write(dir.path().join(name), vec![b'x'; 1 << 20]).unwrap();
        for i in 0..8 {
            mib(&format!("unused-{i}.bin"));
        }
        mib("a.txt");
        mib("b.txt");
        std::fs::write(dir.path().join("one.typ"), r#"#read("a.txt").len()"#).unwrap();
        std::fs::write(
            dir.path().join("two.typ"),
            r#"#(read("a.txt").len() + read("b.txt").len())"#,
        )
        .unwrap();
        std::fs::write(dir.path().join("latin1.typ"), b"caf\xe9").unwrap();
        // Ten MiB lie in the folder; the budget holds less than two.
        let budget = (1 << 20) + 4096;
        let renderer = Renderer::new(&Templates::with_dir(dir.path(), budget).unwrap());
        renderer.layout("one.typ", &()).unwrap();
        let err = renderer
            .layout("two.typ", &())
            .unwrap_err()
            .msg()
            .text(Lang::En);
        assert!(
            err.contains("b.txt") && err.contains("--max-memory"),
            "{err}"
        );
        let err = renderer
            .layout("latin1.typ", &())
            .unwrap_err()
            .msg()
            .text(Lang::En);
        assert!(err.contains("latin1.typ") && err.contains("UTF-8"), "{err}");
    }
}
