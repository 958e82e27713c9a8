//! Reading: workbooks (xlsx, xlsm, xls, xlsb, ods) and CSV files become raw
//! rows under a recognised header. Nothing here judges a value; that is
//! [`crate::validate`]. Rows are streamed to a [`Visitor`] so that a
//! million-row sheet is never held as raw cells.

mod cell;
mod container;
mod delimited;
mod guard;
mod header;
mod package;
pub mod sandbox;
mod string_refs;
mod workbook;
mod xlsx_parts;
mod xlsx_scan;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use cell::Cell;
pub(crate) use cell::Push;
pub use delimited::Encoding;
pub use header::{HeaderMap, Mapping, Near};

use crate::lang::Lang;
use crate::schema::Table;

/// One data row below the header, as the spreadsheet holds it.
#[derive(Debug, Clone)]
pub struct RawRow {
    /// The row number the spreadsheet shows (1-based).
    pub number: u32,
    /// Cells by absolute column index (0 is column `A`).
    pub cells: Vec<Cell>,
}

impl RawRow {
    pub fn cell(&self, column: usize) -> &Cell {
        self.cells.get(column).unwrap_or(&Cell::Empty)
    }
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_blank)
    }
}

/// A sheet or CSV file recognised as one table of the contract.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user gave it.
    pub file: Arc<str>,
    /// The sheet name; `None` for CSV.
    pub sheet: Option<Arc<str>>,
    pub table: Table,
    pub header: HeaderMap,
    /// The row number of the header row.
    pub header_row: u32,
    /// Headers that name no column of the table, with their column index.
    pub unknown_columns: Vec<(usize, String)>,
    /// Headers near a contract header: read as it, or named as like it.
    pub near: Vec<Near>,
    /// How a CSV file was decoded (None for workbooks).
    pub encoding: Option<Encoding>,
}

/// Receives what a file holds, sheet by sheet.
pub trait Visitor {
    fn begin(&mut self, source: &Source);
    fn row(&mut self, source: &Source, row: RawRow);
    /// Rows that were entirely empty below the header; they are not cases.
    fn blank_rows(&mut self, source: &Source, count: u64);
    /// The encoding the current CSV source turned out to have where its end
    /// said more than its prefix (Windows-1251 that turned KZ-1048).
    fn encoding(&mut self, _encoding: Encoding) {}
    /// A sheet of a workbook that holds no table of the contract, named
    /// as messages show it, and why it was not read.
    fn not_read(&mut self, file: &Arc<str>, sheet: &str, why: NotRead);
}

/// Why a sheet of a workbook was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRead {
    /// It has no cell.
    Empty,
    /// No row of it names three or more columns of one table.
    NoHeader,
    /// A row names columns of a table, but not as a header can (a column
    /// twice, a required one missing): in a sheet not named as a table,
    /// that is a sheet of notes or lists, not the table. What was wrong,
    /// in English, Russian and Kazakh.
    Unclear(Box<[String; 3]>),
}

impl NotRead {
    pub fn code(&self) -> &'static str {
        match self {
            NotRead::Empty => "empty",
            NotRead::NoHeader => "no-header",
            NotRead::Unclear(_) => "unclear-header",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            NotRead::Empty => lang.pick("empty", "пустой", "бос").into(),
            NotRead::NoHeader => lang
                .pick(
                    "no row names three or more columns of the cases, complaints or surveys",
                    "ни одна строка не называет трёх и более столбцов дел, жалоб или опросов",
                    "бірде-бір жол істердің, шағымдардың не сауалнамалардың үш не одан көп бағанын атамайды",
                )
                .into(),
            NotRead::Unclear(said) => {
                let [en, ru, kk] = &**said;
                lang.pick(
                    format!("no table: {en}"),
                    format!("не таблица: {ru}"),
                    format!("кесте емес: {kk}"),
                )
            }
        }
    }
}

impl serde::Serialize for NotRead {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// How to read the input.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    /// Forces the encoding of CSV files instead of detecting it.
    pub encoding: Option<Encoding>,
    /// Extra header names.
    pub mapping: Mapping,
    /// The most bytes one part of a zipped workbook (a sheet, the shared
    /// strings) may unpack to.
    pub max_unpacked: u64,
    /// The most memory the reading of one workbook may take for what the
    /// file declares: shared strings, the cells of a sheet read whole (xls,
    /// ods), repeated cells and spaces. A file that declares more is refused
    /// before anything is allocated; xls and ods are read in a child process
    /// held to this much (docs/reliability.md).
    pub max_memory: u64,
    /// Files named otherwise than by their path in messages and outputs:
    /// the bundled sample, read from a temporary copy, is named as the
    /// README names it, wherever esep runs.
    pub names: Vec<(PathBuf, String)>,
    /// The esep executable that reads xls and ods in a child process held
    /// to `max_memory` ([`sandbox`]); `None` reads them in this process
    /// (tests of the library, fuzzing).
    pub sandbox: Option<PathBuf>,
    /// Who reads the sheets of an xlsx or xlsm workbook.
    pub xlsx_reader: XlsxReader,
}

/// The reader of xlsx and xlsm sheets: esep's own scanner, which leaves
/// to calamine whatever it does not read ([`xlsx_scan`]), or calamine
/// alone, the oracle the scanner is tested against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum XlsxReader {
    #[default]
    Fast,
    Calamine,
}

/// 1 GiB: twice what the largest xls sheet (65,536 × 256 cells) needs, and
/// within reach of any office machine.
pub const DEFAULT_MAX_MEMORY: u64 = 1 << 30;

/// 2 GiB: above the largest sheet Excel can save (1,048,576 rows of the
/// contract's 35 columns unpack to about 1.6 GB), far below a zip bomb.
pub const DEFAULT_MAX_UNPACKED: u64 = 2 << 30;

impl Default for IngestConfig {
    fn default() -> IngestConfig {
        IngestConfig {
            encoding: None,
            mapping: Mapping::default(),
            max_unpacked: DEFAULT_MAX_UNPACKED,
            max_memory: DEFAULT_MAX_MEMORY,
            names: Vec::new(),
            sandbox: None,
            xlsx_reader: XlsxReader::Fast,
        }
    }
}

/// A failure that stops the reading of one file: it cannot be read, or it
/// lacks what the contract requires. It says what to fix.
#[derive(Debug)]
pub enum FileError {
    Unreadable {
        file: String,
        reason: String,
    },
    UnknownFormat {
        file: String,
        ext: String,
    },
    NoHeader {
        file: String,
        sheet: String,
        table: &'static str,
    },
    MissingColumns {
        file: String,
        sheet: String,
        row: u32,
        list: String,
    },
    DuplicateColumn {
        file: String,
        sheet: String,
        column: &'static str,
        first: String,
        second: String,
        row: u32,
    },
    NoRows {
        file: String,
        sheet: String,
        row: u32,
    },
    NoSheets {
        file: String,
    },
    TooManyRejected {
        file: String,
        sheet: String,
        row: u32,
        kept: u64,
        limit: u64,
    },
    /// A CSV file that is UTF-8 but for a few bytes, from `line` on.
    DamagedUtf8 {
        file: String,
        line: usize,
    },
    /// A CSV file whose lines before `line` are UTF-8 and whose rest is not.
    EncodingTurns {
        file: String,
        line: usize,
    },
}

impl std::error::Error for FileError {}

/// English, as logs and `anyhow` chains show it.
impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl FileError {
    /// What stops the file and how to fix it, in `lang`. A reason given by
    /// a reader or the system (a broken zip, a permission) is quoted as it
    /// came.
    pub fn message(&self, lang: Lang) -> String {
        let [en, ru, kk] = match self {
            FileError::Unreadable { file, reason } => {
                let [en, ru, kk] = match reason.as_str() {
                    "no such file" => ["no such file", "такого файла нет", "мұндай файл жоқ"],
                    "not a file" => ["not a file", "это не файл", "бұл файл емес"],
                    other => [other; 3],
                };
                [
                    format!("{file}: cannot read the file: {en}"),
                    format!("{file}: файл не читается: {ru}"),
                    format!("{file}: файл оқылмайды: {kk}"),
                ]
            }
            FileError::DamagedUtf8 { file, line } => [
                format!(
                    "{file}: cannot read the file: line {line}: bytes that are not UTF-8 in a file that is otherwise UTF-8; save the file again as UTF-8, or give --encoding to read it as it is"
                ),
                format!(
                    "{file}: файл не читается: строка {line}: байты не в UTF-8 в файле, который в остальном в UTF-8; сохраните файл заново в UTF-8 или укажите --encoding, чтобы прочитать его как есть"
                ),
                format!(
                    "{file}: файл оқылмайды: {line}-жол: қалғаны UTF-8 болатын файлда UTF-8 емес байттар бар; файлды UTF-8 ретінде қайта сақтаңыз немесе оны сол күйінде оқу үшін --encoding көрсетіңіз"
                ),
            ],
            FileError::EncodingTurns { file, line } => [
                format!(
                    "{file}: cannot read the file: line {line}: the file changes its encoding: the lines before read as UTF-8, this one does not; save the whole file in one encoding, or give --encoding to read it as one"
                ),
                format!(
                    "{file}: файл не читается: строка {line}: файл меняет кодировку: строки до неё читаются как UTF-8, эта — нет; сохраните весь файл в одной кодировке или укажите --encoding, чтобы прочитать его в одной"
                ),
                format!(
                    "{file}: файл оқылмайды: {line}-жол: файлдың кодтамасы өзгереді: алдыңғы жолдар UTF-8 ретінде оқылады, бұл жол оқылмайды; бүкіл файлды бір кодтамамен сақтаңыз немесе оны бір кодтамамен оқу үшін --encoding көрсетіңіз"
                ),
            ],
            FileError::UnknownFormat { file, ext } => [
                format!(
                    "{file}: `{ext}` is not a format esep reads; give .xlsx, .xlsm, .xls, .xlsb, .ods or .csv"
                ),
                format!(
                    "{file}: формат `{ext}` esep не читает; дайте .xlsx, .xlsm, .xls, .xlsb, .ods или .csv"
                ),
                format!(
                    "{file}: esep `{ext}` пішімін оқымайды; .xlsx, .xlsm, .xls, .xlsb, .ods немесе .csv беріңіз"
                ),
            ],
            FileError::NoHeader { file, sheet, table } => {
                let name = |lang: Lang| {
                    Table::ALL
                        .into_iter()
                        .find(|t| t.key() == *table)
                        .map_or(*table, |t| t.name(lang))
                };
                let (en, ru, kk) = (name(Lang::En), name(Lang::Ru), name(Lang::Kk));
                [
                    format!(
                        "{file}{sheet}: no header row found: no row names three or more columns of the {en} table; add a header row naming the required columns, for cases `case_id`, `service`, `office`, `submitted_at`, `result` or their Russian or Kazakh names; `esep contract` lists them"
                    ),
                    format!(
                        "{file}{sheet}: строка заголовков не найдена: ни одна строка не называет трёх и более столбцов таблицы «{ru}»; добавьте строку заголовков с обязательными столбцами; их перечисляет `esep contract`"
                    ),
                    format!(
                        "{file}{sheet}: тақырып жолы табылмады: бірде-бір жол «{kk}» кестесінің үш не одан көп бағанын атамайды; міндетті бағандары бар тақырып жолын қосыңыз; оларды `esep contract` тізеді"
                    ),
                ]
            }
            FileError::MissingColumns {
                file,
                sheet,
                row,
                list,
            } => [
                format!(
                    "{file}{sheet}: the header in row {row} lacks required column(s) {list}; add them or map your headers to them with --mapping; `esep contract` lists them"
                ),
                format!(
                    "{file}{sheet}: в заголовке строки {row} нет обязательных столбцов {list}; добавьте их или сопоставьте свои заголовки с ними через --mapping; их перечисляет `esep contract`"
                ),
                format!(
                    "{file}{sheet}: {row}-жолдағы тақырыпта міндетті {list} бағандары жоқ; оларды қосыңыз немесе өз тақырыптарыңызды --mapping арқылы сәйкестендіріңіз; оларды `esep contract` тізеді"
                ),
            ],
            FileError::DuplicateColumn {
                file,
                sheet,
                column,
                first,
                second,
                row,
            } => [
                format!(
                    "{file}{sheet}: columns {first} and {second} of the header in row {row} both name `{column}`; remove or rename one"
                ),
                format!(
                    "{file}{sheet}: столбцы {first} и {second} заголовка строки {row} оба называют `{column}`; удалите или переименуйте один"
                ),
                format!(
                    "{file}{sheet}: {row}-жолдағы тақырыптың {first} және {second} бағандары екеуі де `{column}` деп аталады; біреуін жойыңыз не қайта атаңыз"
                ),
            ],
            FileError::NoRows { file, sheet, row } => [
                format!(
                    "{file}{sheet}: the cases table under the header in row {row} has no rows: every cell below the header is empty; give the file that holds the cases"
                ),
                format!(
                    "{file}{sheet}: под заголовком строки {row} в таблице дел нет строк: все ячейки ниже пусты; дайте файл, в котором есть дела"
                ),
                format!(
                    "{file}{sheet}: {row}-жолдағы тақырыптың астында істер кестесінде жол жоқ: төмендегі барлық ұяшық бос; істер бар файлды беріңіз"
                ),
            ],
            FileError::NoSheets { file } => [
                format!("{file}: no sheet holds cases: the workbook has no sheet at all"),
                format!("{file}: ни один лист не содержит дел: в книге нет листов"),
                format!("{file}: бірде-бір парақта іс жоқ: кітапта парақ жоқ"),
            ],
            FileError::TooManyRejected {
                file,
                sheet,
                row,
                kept,
                limit,
            } => [
                format!(
                    "{file}{sheet}: too many rejected rows to hold: the {kept} rejected rows kept fill the --max-memory budget of {limit} MiB, and row {row} is rejected too; correct what rejects most rows (see `esep check` on a part of the file) or raise --max-memory"
                ),
                format!(
                    "{file}{sheet}: слишком много отклонённых строк: {kept} сохранённых отклонённых строк заняли бюджет --max-memory в {limit} МиБ, а строка {row} тоже отклонена; исправьте то, что отклоняет больше всего строк (`esep check` на части файла), или увеличьте --max-memory"
                ),
                format!(
                    "{file}{sheet}: қабылданбаған жолдар тым көп: сақталған {kept} қабылданбаған жол --max-memory шегін ({limit} МиБ) толтырды, ал {row}-жол да қабылданбады; ең көп жолды қабылдатпайтынды түзетіңіз (файлдың бір бөлігінде `esep check`) немесе --max-memory мөлшерін арттырыңыз"
                ),
            ],
        };
        lang.pick(en, ru, kk)
    }

    fn unreadable(file: &str, reason: impl Into<String>) -> FileError {
        FileError::Unreadable {
            file: file.to_string(),
            reason: reason.into(),
        }
    }
}

/// Reads one file, streaming its tables to `visitor`.
pub fn load(
    path: &Path,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    let file: Arc<str> = match config.names.iter().find(|(p, _)| p == path) {
        Some((_, name)) => name.as_str().into(),
        None => path.display().to_string().into(),
    };
    if !path.is_file() {
        let reason = if path.exists() {
            "not a file"
        } else {
            "no such file"
        };
        return Err(FileError::Unreadable {
            file: file.to_string(),
            reason: reason.into(),
        });
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        e if DELIMITED.contains(&e) => delimited::load(path, file, config, visitor),
        e if WORKBOOKS.contains(&e) => {
            let format = container::inspect(path, config)
                .map_err(|refusal| FileError::unreadable(&file, refusal.to_string()))?;
            log::debug!("{file}: a workbook of format {format:?}");
            match (&config.sandbox, format) {
                (Some(exe), container::Format::Xls | container::Format::Ods) => {
                    sandbox::load(exe, format, path, file, config, visitor)
                }
                _ => workbook::load(path, file, format, config, visitor),
            }
        }
        _ => Err(FileError::UnknownFormat {
            file: file.to_string(),
            ext,
        }),
    }
}

/// The extensions of the text files read as CSV: what tools save CSV as.
const DELIMITED: [&str; 3] = ["csv", "tsv", "txt"];
/// The extensions of the workbooks read.
const WORKBOOKS: [&str; 5] = ["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// Expands the command line's paths: a folder stands for the files directly
/// in it that esep reads given by name, in name order, but for the owner
/// files Excel keeps beside an open workbook (`~$cases.xlsx`), which hold
/// no sheet.
pub fn expand(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let read = p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        let e = e.to_ascii_lowercase();
                        DELIMITED.contains(&e.as_str()) || WORKBOOKS.contains(&e.as_str())
                    });
                    let owner = p
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("~$"));
                    read && !owner && p.is_file()
                })
                .collect();
            inner.sort();
            out.extend(inner);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

pub fn sheet_suffix(sheet: Option<&str>) -> String {
    sheet.map(|s| format!(":{s}")).unwrap_or_default()
}
