//! The command line: clap types only. Commands resolve these into their
//! own settings before any work starts.

use std::path::PathBuf;

use chrono::NaiveDate;

use clap::{Args, Parser, Subcommand};

use crate::documents::talon::{Form, Sheet};
use crate::ingest::Encoding;
use crate::lang::{DocLang, Lang};

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
#[command(
    name = "esep",
    version,
    about = "Checks and reports the public-service cases of the migration police of Kazakhstan"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Log what esep does to stderr: -v stages and files, -vv details, -vvv every rejected cell (never a value).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The main job: reads and checks case workbooks (the bundled 2025 sample when no file is given) and summarises them.
    Report(ReportArgs),
    /// Reads and checks case workbooks or CSV files against the input contract.
    Check(CheckArgs),
    /// Writes a deterministic, realistic sample workbook in the input contract.
    Sample(SampleArgs),
    /// Judges every accepted case against the standard and lists the findings, with counts per office and code.
    Audit(AuditArgs),
    /// Writes the accepted cases, complaints, surveys and findings as Parquet, partitioned by year and department, for engines beyond one machine.
    Export(ExportArgs),
    /// Computes the indicators of Appendix 4 for a period: republic, departments and offices, all services and each, the period and each month.
    Indicators(IndicatorsArgs),
    /// Prints the talons of acceptance of documents (Appendix 3 or 5 of the standard) of every accepted case into one PDF.
    Talons(TalonsArgs),
    /// Prints the decision on every decided case (the grant, or the reasoned refusal with the appeal route) into one PDF or one PDF per case.
    Decisions(DecisionsArgs),
    /// Shows the working-day calendar of a year: working days per month, weekdays off and why, working weekend days.
    Calendar(CalendarArgs),
    /// Prints the input contract: the tables, each column with its Russian and Kazakh header, whether it is required, what to write in it.
    Contract(ContractArgs),
    /// Writes an empty workbook in the input contract: a sheet per table with its headers, typed cells, lists to choose from, and a sheet explaining each column.
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
    /// Print the findings as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also write the findings and their counts to this workbook.
    #[arg(long, value_name = "OUT.xlsx")]
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
    /// The folder to write the tables into (replaced whole when it exists).
    #[arg(long, value_name = "DIR")]
    pub parquet: PathBuf,
}

/// The configuration of deadlines, fee rate, electronic services and
/// normative values; shared by every command that judges or computes.
#[derive(Debug, Args)]
pub struct ConfigArg {
    /// Configuration file (TOML; default: the bundled fixtures/config.toml, see docs/config.md).
    #[arg(long = "config", value_name = "FILE")]
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
    /// The period: a calendar year (default: the year most cases were submitted in, as `report`).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// The period: its first day (2025-03-01 or 01.03.2025).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "to", value_parser = day)]
    pub from: Option<NaiveDate>,
    /// The period: its last day (2025-03-31 or 31.03.2025).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "from", value_parser = day)]
    pub to: Option<NaiveDate>,
    /// Print every row as JSON, in the shape of docs/spec/indicators.md.
    #[arg(long)]
    pub json: bool,
    /// Also write the ministry's workbook to this file.
    #[arg(long, value_name = "OUT.xlsx")]
    pub xlsx: Option<PathBuf>,
    /// Count from a folder written by `esep export --parquet` instead of case files (with docs/indicators.sql).
    #[arg(long, value_name = "DIR", conflicts_with_all = ["files", "xlsx", "previous"])]
    pub parquet: Option<PathBuf>,
    #[command(flatten)]
    pub previous: PreviousArg,
}

/// How documents are rendered; shared by every command that prints.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A folder of Typst templates that replace or add to the bundled ones by name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Write PDF/A for archives.
    #[arg(long, value_enum, value_name = "STANDARD")]
    pub pdf_standard: Option<PdfStandardArg>,
    /// Also write the data handed to the template (`/data.json`) to this file: what a template of one's own can use.
    #[arg(long, value_name = "FILE.json")]
    pub template_data: Option<PathBuf>,
    /// The most seconds one document may take to lay out with templates of --templates.
    #[arg(long, value_name = "SECS", default_value_t = 120,
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
    /// The form: Appendix 3 (talon of acceptance of documents) or Appendix 5 (the 75 × 55 mm talon).
    #[arg(long, value_enum)]
    pub form: Form,
    /// One talon a page of the form's size, or several to an A4 sheet with cut marks.
    #[arg(long, value_enum, default_value = "talon")]
    pub sheet: Sheet,
    /// The PDF to write.
    #[arg(long, value_name = "OUT.pdf")]
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
    /// A .pdf file for all decisions, or a folder for one PDF per case (named after the case id).
    #[arg(long, value_name = "OUT.pdf|DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ContractArgs {
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The workbook to write.
    #[arg(long, value_name = "OUT.xlsx")]
    pub out: PathBuf,
    #[command(flatten)]
    pub lang: DocLangArg,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The year.
    pub year: i32,
    /// Print the calendar as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

/// The language of a command that prints no document: its messages and
/// workbooks.
#[derive(Debug, Args)]
pub struct LangArg {
    /// Language of messages and workbooks (default: from the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// The language of a command that prints documents: its documents,
/// workbooks and messages are in one language, Kazakh or Russian.
#[derive(Debug, Args)]
pub struct DocLangArg {
    /// Language of the documents, workbooks and messages (default: Russian under a Russian locale, else Kazakh).
    #[arg(long, value_enum)]
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
    /// Case workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files (one per table), or folders of them.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Encoding of CSV files, instead of detecting it.
    #[arg(long, value_enum)]
    pub encoding: Option<Encoding>,
    /// A TOML file mapping other headers to the contract's columns ([cases] "Header" = "case_id").
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The most one part of a zipped workbook (a sheet, its shared strings) may unpack to, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = crate::ingest::DEFAULT_MAX_UNPACKED >> 20,
          value_parser = clap::value_parser!(u64).range(1..=1 << 24))]
    pub max_unpacked: u64,
    /// The most memory reading one workbook may take for what the file declares (strings, cells, repeats), and the rejected rows of a run may hold, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = crate::ingest::DEFAULT_MAX_MEMORY >> 20,
          value_parser = clap::value_parser!(u64).range(64..=1 << 20))]
    pub max_memory: u64,
    /// Who reads xlsx and xlsm sheets: esep's fast scanner (which leaves to calamine what it does not read) or calamine alone.
    #[arg(long, value_enum, value_name = "READER", default_value_t = crate::ingest::XlsxReader::Fast)]
    pub xlsx_reader: crate::ingest::XlsxReader,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub lang: LangArg,
    /// Also write every rejected row with its reasons to this .xlsx or .csv file.
    #[arg(long, value_name = "OUT")]
    pub errors: Option<PathBuf>,
    /// Print the result as JSON instead of text.
    #[arg(long)]
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
    /// The reporting year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Output folder (default: reports/<year>).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub previous: PreviousArg,
}

/// The year before the reported one, to compare with.
#[derive(Debug, Args)]
pub struct PreviousArg {
    /// The previous year to compare with: its case files or folders, or a Parquet export (`esep export --parquet`); put it after the input files (default: the input's own rows of that year).
    #[arg(long, value_name = "FILE|DIR", num_args = 1..)]
    pub previous: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Number of case rows, invalid ones included.
    #[arg(long, default_value_t = 2000)]
    pub cases: u64,
    /// The year the cases are submitted in.
    #[arg(long, default_value_t = 2025)]
    pub year: i32,
    /// Seed of the generator: the same seed gives the same workbook.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Invalid rows of each rejection kind.
    #[arg(long, default_value_t = 3)]
    pub invalid_per_kind: u64,
    /// Where to write the workbook (.xlsx).
    #[arg(long, value_name = "FILE.xlsx")]
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
