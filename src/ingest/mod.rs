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
mod unread;
mod workbook;
mod xlsx_parts;
mod xlsx_scan;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use cell::Cell;
pub(crate) use cell::Push;
pub use delimited::Encoding;
pub use header::{HeaderMap, Mapping, Near};
pub(crate) use unread::{At, Unread};

use crate::catalog::Msg;
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
#[derive(Debug, Clone, PartialEq)]
pub enum NotRead {
    /// It has no cell.
    Empty,
    /// No row of it names three or more columns of one table.
    NoHeader,
    /// A row names columns of a table, but not as a header can (a column
    /// twice, a required one missing): in a sheet not named as a table,
    /// that is a sheet of notes or lists, not the table. What was wrong.
    Unclear(Box<Msg>),
}

impl NotRead {
    pub fn code(&self) -> &'static str {
        match self {
            NotRead::Empty => "empty",
            NotRead::NoHeader => "no-header",
            NotRead::Unclear(_) => "unclear-header",
        }
    }

    pub fn msg(&self) -> Msg {
        match self {
            NotRead::Empty => crate::msg!("sheet-empty"),
            NotRead::NoHeader => crate::msg!("sheet-no-header"),
            NotRead::Unclear(why) => crate::msg!("sheet-no-table", why = (**why).clone()),
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
        /// Why: esep's own words, or a reader's or the system's, quoted.
        reason: Msg,
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

/// A file that cannot be read stops a run as a [`crate::lang::Said`].
impl From<FileError> for anyhow::Error {
    fn from(error: FileError) -> anyhow::Error {
        error.msg().into()
    }
}

impl FileError {
    /// What stops the file and how to fix it, in `lang`. A reason given by
    /// a reader or the system (a broken zip, a permission) is quoted as it
    /// came.
    pub fn msg(&self) -> Msg {
        match self {
            FileError::Unreadable { file, reason } => {
                crate::msg!("file-unreadable", file = file, why = reason.clone())
            }
            FileError::DamagedUtf8 { file, line } => {
                crate::msg!("file-cannot-read-file-line-bytes", file = file, line = line)
            }
            FileError::EncodingTurns { file, line } => {
                crate::msg!("file-cannot-read-file-line-file", file = file, line = line)
            }
            FileError::UnknownFormat { file, ext } => {
                crate::msg!("file-not-format-esep-reads-give", file = file, ext = ext)
            }
            FileError::NoHeader { file, sheet, table } => {
                crate::msg!("file-no-header", file = file, sheet = sheet, table = *table)
            }
            FileError::MissingColumns {
                file,
                sheet,
                row,
                list,
            } => crate::msg!(
                "file-header-row-lacks-required-column",
                file = file,
                sheet = sheet,
                row = row,
                list = list
            ),
            FileError::DuplicateColumn {
                file,
                sheet,
                column,
                first,
                second,
                row,
            } => crate::msg!(
                "file-columns-header-row-both-name",
                file = file,
                sheet = sheet,
                first = first,
                second = second,
                row = row,
                column = column
            ),
            FileError::NoRows { file, sheet, row } => crate::msg!(
                "file-cases-table-under-header-row",
                file = file,
                sheet = sheet,
                row = row
            ),
            FileError::NoSheets { file } => {
                crate::msg!("file-no-sheet-holds-cases-workbook", file = file)
            }
            FileError::TooManyRejected {
                file,
                sheet,
                row,
                kept,
                limit,
            } => crate::msg!(
                "file-too-many-rejected-rows-hold",
                file = file,
                sheet = sheet,
                kept = kept,
                limit = limit,
                row = row
            ),
        }
    }

    /// A file a reader or the system cannot read: their words, quoted.
    fn unreadable(file: &str, reason: impl Into<String>) -> FileError {
        FileError::cannot_read(file, Msg::quoted(reason.into()))
    }

    /// A file that cannot be read, for esep's reason `why`.
    fn cannot_read(file: &str, why: Msg) -> FileError {
        FileError::Unreadable {
            file: file.to_string(),
            reason: why,
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
        let reason = match path.exists() {
            true => crate::msg!("file-not-a-file"),
            false => crate::msg!("file-no-such-file"),
        };
        return Err(FileError::Unreadable {
            file: file.to_string(),
            reason,
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
            let format =
                container::inspect(path, config).map_err(|refusal| FileError::Unreadable {
                    file: file.to_string(),
                    reason: refusal.msg(),
                })?;
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
