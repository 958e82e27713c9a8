//! The command line: clap types only. Commands resolve these into their
//! own settings before any work starts.

use std::path::PathBuf;

use chrono::NaiveDate;

use clap::{Args, Parser, Subcommand};

use crate::documents::talon::{Form, Sheet};
use crate::ingest::Encoding;
use crate::lang::{DocLang, Lang};

pub mod help;
pub mod usage;

/// The names of esep's commands, as `--help` lists them.
pub fn commands() -> Vec<String> {
    use clap::CommandFactory;
    Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect()
}

#[derive(Debug, Parser)]
#[command(name = "esep", version, about = "help-esep")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[arg(help = "help-verbose", short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = "help-command-report")]
    Report(ReportArgs),
    #[command(about = "help-command-check")]
    Check(CheckArgs),
    #[command(about = "help-command-sample")]
    Sample(SampleArgs),
    #[command(about = "help-command-audit")]
    Audit(AuditArgs),
    #[command(about = "help-command-export")]
    Export(ExportArgs),
    #[command(about = "help-command-indicators")]
    Indicators(IndicatorsArgs),
    #[command(about = "help-command-talons")]
    Talons(TalonsArgs),
    #[command(about = "help-command-decisions")]
    Decisions(DecisionsArgs),
    #[command(about = "help-command-calendar")]
    Calendar(CalendarArgs),
    #[command(about = "help-command-contract")]
    Contract(ContractArgs),
    #[command(about = "help-command-template")]
    Template(TemplateArgs),
    /// Reads an xls or ods workbook for a parent esep, under a memory and time limit (internal).
    #[command(hide = true)]
    ReadWorkbook(ReadWorkbookArgs),
}

#[derive(Debug, Args)]
pub struct ReadWorkbookArgs {
    #[arg(long, value_enum)]
    pub format: crate::ingest::sandbox::ChildFormat,
    /// In MiB.
    #[arg(long)]
    pub max_memory: u64,
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[arg(help = "help-audit-json", long)]
    pub json: bool,
    #[arg(help = "help-audit-xlsx", long, value_name = "value-out-xlsx")]
    pub xlsx: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[arg(help = "help-export-parquet", long, value_name = "value-dir")]
    pub parquet: PathBuf,
}

/// The configuration of deadlines, fee rate, electronic services and
/// normative values; shared by every command that judges or computes.
#[derive(Debug, Args)]
pub struct ConfigArg {
    #[arg(help = "help-config", long = "config", value_name = "value-file")]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: LangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[arg(help = "help-indicators-year", value_name = "value-year", long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    #[arg(help = "help-indicators-from", long, value_name = "value-day", requires = "to", value_parser = day)]
    pub from: Option<NaiveDate>,
    #[arg(help = "help-indicators-to", long, value_name = "value-day", requires = "from", value_parser = day)]
    pub to: Option<NaiveDate>,
    #[arg(help = "help-indicators-json", long)]
    pub json: bool,
    #[arg(help = "help-indicators-xlsx", long, value_name = "value-out-xlsx")]
    pub xlsx: Option<PathBuf>,
    #[arg(help = "help-indicators-parquet", long, value_name = "value-dir", conflicts_with_all = ["files", "xlsx", "previous"])]
    pub parquet: Option<PathBuf>,
    #[command(flatten)]
    pub previous: PreviousArg,
}

/// How documents are rendered; shared by every command that prints.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[arg(help = "help-render-templates", long, value_name = "value-dir")]
    pub templates: Option<PathBuf>,
    #[arg(
        help = "help-render-pdf-standard",
        long,
        value_enum,
        value_name = "value-standard"
    )]
    pub pdf_standard: Option<PdfStandardArg>,
    #[arg(
        help = "help-render-template-data",
        long,
        value_name = "value-file-json"
    )]
    pub template_data: Option<PathBuf>,
    #[arg(help = "help-render-template-time-limit", long, value_name = "value-seconds", default_value_t = 120,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub template_time_limit: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PdfStandardArg {
    #[value(name = "a-2b")]
    A2b,
}

#[derive(Debug, Args)]
pub struct TalonsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: DocLangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[command(flatten)]
    pub render: RenderArgs,
    #[arg(help = "help-talons-form", value_name = "value-form", long, value_enum)]
    pub form: Form,
    #[arg(
        help = "help-talons-sheet",
        value_name = "value-sheet",
        long,
        value_enum,
        default_value = "talon"
    )]
    pub sheet: Sheet,
    #[arg(help = "help-talons-out", long, value_name = "value-out-pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct DecisionsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: DocLangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[command(flatten)]
    pub render: RenderArgs,
    #[arg(help = "help-decisions-out", long, value_name = "value-out-pdf-or-dir")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ContractArgs {
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[arg(help = "help-template-out", long, value_name = "value-out-xlsx")]
    pub out: PathBuf,
    #[command(flatten)]
    pub lang: DocLangArg,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    #[arg(help = "help-calendar-year", value_name = "value-year")]
    pub year: i32,
    #[arg(help = "help-calendar-json", long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

/// The language of a command that prints no document: its messages and
/// workbooks.
#[derive(Debug, Args)]
pub struct LangArg {
    #[arg(help = "help-lang", value_name = "value-lang", long, value_enum)]
    pub lang: Option<Lang>,
}

/// The language of a command that prints documents: its documents,
/// workbooks and messages are in one language, Kazakh or Russian.
#[derive(Debug, Args)]
pub struct DocLangArg {
    #[arg(help = "help-doc-lang", value_name = "value-lang", long, value_enum)]
    pub lang: Option<DocLang>,
}

impl LangArg {
    /// `--lang`, else the locale's.
    pub fn resolve(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_env)
    }
}

impl DocLangArg {
    /// `--lang`, else the locale's (Russian under a Russian locale, else Kazakh).
    pub fn resolve(&self) -> DocLang {
        self.lang.unwrap_or_else(DocLang::from_env)
    }
}

impl Command {
    /// The language the command speaks in its messages: a command that
    /// prints documents speaks the language of its documents.
    pub fn lang(&self) -> Lang {
        match self {
            Command::Report(args) => args.lang.resolve().lang(),
            Command::Talons(args) => args.lang.resolve().lang(),
            Command::Decisions(args) => args.lang.resolve().lang(),
            Command::Check(args) => args.lang.resolve(),
            Command::Audit(args) => args.lang.resolve(),
            Command::Export(args) => args.lang.resolve(),
            Command::Indicators(args) => args.lang.resolve(),
            Command::Calendar(args) => args.lang.resolve(),
            Command::Contract(args) => args.lang.resolve(),
            Command::Template(args) => args.lang.resolve().lang(),
            Command::Sample(args) => args.lang.resolve(),
            Command::ReadWorkbook(_) => Lang::from_env(),
        }
    }
}

/// How to read input files; shared by every command that reads cases.
#[derive(Debug, Args)]
pub struct InputArgs {
    #[arg(help = "help-input-files", value_name = "value-file")]
    pub files: Vec<PathBuf>,
    #[arg(
        help = "help-input-encoding",
        value_name = "value-encoding",
        long,
        value_enum
    )]
    pub encoding: Option<Encoding>,
    #[arg(help = "help-input-mapping", long, value_name = "value-file")]
    pub mapping: Option<PathBuf>,
    #[arg(help = "help-input-max-unpacked", long, value_name = "value-mib", default_value_t = crate::ingest::DEFAULT_MAX_UNPACKED >> 20,
          value_parser = clap::value_parser!(u64).range(1..=1 << 24))]
    pub max_unpacked: u64,
    #[arg(help = "help-input-max-memory", long, value_name = "value-mib", default_value_t = crate::ingest::DEFAULT_MAX_MEMORY >> 20,
          value_parser = clap::value_parser!(u64).range(64..=1 << 20))]
    pub max_memory: u64,
    #[arg(help = "help-input-xlsx-reader", long, value_enum, value_name = "value-reader", default_value_t = crate::ingest::XlsxReader::Fast)]
    pub xlsx_reader: crate::ingest::XlsxReader,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: LangArg,
    #[arg(help = "help-check-errors", long, value_name = "value-out")]
    pub errors: Option<PathBuf>,
    #[arg(help = "help-check-json", long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: DocLangArg,
    #[command(flatten)]
    pub config: ConfigArg,
    #[command(flatten)]
    pub render: RenderArgs,
    #[arg(help = "help-report-year", value_name = "value-year", long)]
    pub year: Option<i32>,
    #[arg(help = "help-report-out", long, value_name = "value-dir")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub previous: PreviousArg,
}

/// The year before the reported one, to compare with.
#[derive(Debug, Args)]
pub struct PreviousArg {
    #[arg(help = "help-previous", long, value_name = "value-file-or-dir", num_args = 1..)]
    pub previous: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    #[arg(
        help = "help-sample-cases",
        value_name = "value-count",
        long,
        default_value_t = 2000
    )]
    pub cases: u64,
    #[arg(
        help = "help-sample-year",
        value_name = "value-year",
        long,
        default_value_t = 2025
    )]
    pub year: i32,
    #[arg(
        help = "help-sample-seed",
        value_name = "value-seed",
        long,
        default_value_t = 1
    )]
    pub seed: u64,
    #[arg(
        help = "help-sample-invalid-per-kind",
        value_name = "value-count",
        long,
        default_value_t = 3
    )]
    pub invalid_per_kind: u64,
    #[arg(help = "help-sample-out", long, value_name = "value-file-xlsx")]
    pub out: PathBuf,
    #[command(flatten)]
    pub lang: LangArg,
}

/// A day of `--from` and `--to`, in either form the input contract writes
/// days in; a mistake names both ([`usage::mistake`] words it).
fn day(text: &str) -> Result<NaiveDate, NotADay> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .map_err(|_| NotADay)
}

/// A value of `--from` or `--to` that is not a day. clap asks for an
/// error type; its words are the catalogues' (`usage-not-a-day`).
#[derive(Debug)]
pub struct NotADay;

impl std::fmt::Display for NotADay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::msg!("usage-not-a-day").text(Lang::En))
    }
}

impl std::error::Error for NotADay {}

#[cfg(test)]
mod tests {
    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
