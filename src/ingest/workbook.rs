//! Workbooks through calamine: xlsx and xlsb are streamed cell by cell (the
//! whole sheet is never held), xls and ods are read as a range.

use std::path::Path;
use std::sync::Arc;

use std::fs::File;
use std::io::BufReader;

use calamine::{Reader, Sheets, open_workbook};

use super::container::Format;
use super::guard;
use super::header::{Mapping, Matcher};
use super::package;
use super::string_refs;
use super::xlsx_parts::Parts;
use super::xlsx_scan::{self, Scanned};
use super::{
    At, Cell, FileError, IngestConfig, NotRead, Push, RawRow, Source, Unread, Visitor, XlsxReader,
    sheet_suffix,
};
use crate::catalog::Msg;
use crate::schema::Table;

/// Reads a workbook of `format` in this process; a panic of its reader
/// becomes the file's error.
pub(super) fn load(
    path: &Path,
    file: Arc<str>,
    format: Format,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    guard::catching(|| read(path, &file, format, config, visitor)).unwrap_or_else(|panic| {
        Err(FileError::cannot_read(
            &file,
            crate::msg!("read-panicked", words = Msg::quoted(panic)),
        ))
    })
}

/// Reads the workbook in this process.
fn read(
    path: &Path,
    file: &Arc<str>,
    format: Format,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    let opened =
        |path| open(path, format).map_err(|e| Unread::reader(&e, At::Workbook).of(file, None));
    let book = opened(path)?;
    let names = book.sheet_names();
    let chosen = choose(file, &names)?;
    let is_1904 = matches!(&book, Sheets::Xlsx(x) if x.has_1904_epoch());
    let mut workbook = Some(book);
    let mut fast = match (format, config.xlsx_reader) {
        (Format::Xlsx, XlsxReader::Fast) => {
            // The shared strings are not held twice: calamine's go before
            // the scanner reads its own; calamine opens the workbook again
            // for a sheet the scanner leaves to it.
            workbook = None;
            match Fast::prepare(path) {
                Ok(fast) => Some(fast),
                Err(why) => {
                    log::debug!("{file}: read by calamine: {why}");
                    None
                }
            }
        }
        _ => None,
    };
    let mut tables = 0;
    for (table, sheet) in chosen {
        let shown = crate::shown::sheet(&sheet, &names);
        let mut stream = RowStream::new(
            file.clone(),
            Some(shown.as_str().into()),
            Candidates::of(table, &config.mapping),
            None,
            config.max_memory,
        );
        // The cells the fast path handed on; calamine goes on after them.
        let mut skip = 0;
        if let Some(fast) = &mut fast {
            let scanned = fast.scan(path, &sheet, is_1904, &mut |row, col, cell| {
                stream.push(row, col, cell, visitor)
            });
            match scanned {
                Ok(Scanned::Whole) => {
                    tables += usize::from(stream.finish(visitor)?);
                    continue;
                }
                Ok(Scanned::Stopped { cells, why }) => {
                    log::debug!(
                        "{file}: sheet `{shown}` read by calamine from its cell {}: {why}",
                        cells + 1
                    );
                    skip = cells;
                }
                Err(e) => return Err(e.of(file, Some(&shown))),
            }
        }
        let workbook = match &mut workbook {
            Some(workbook) => workbook,
            None => workbook.insert(opened(path)?),
        };
        let refs = (format == Format::Xlsx).then(|| string_refs::Check::start(path, &sheet));
        let read = read_sheet(workbook, &sheet, skip, &mut |row, col, cell| {
            stream.push(row, col, cell, visitor)
        });
        refs.map_or(Ok(()), string_refs::Check::finish)
            .and(read)
            .map_err(|e| e.of(file, Some(&shown)))?;
        tables += usize::from(stream.finish(visitor)?);
    }
    no_table_is_an_error(file, tables)
}

/// A workbook none of whose sheets holds a table of the contract is the
/// wrong file, or its header is not recognised: an error, not a run on
/// nothing.
pub(super) fn no_table_is_an_error(file: &str, tables: usize) -> Result<(), FileError> {
    match tables {
        0 => Err(FileError::NoHeader {
            file: file.to_string(),
            sheet: String::new(),
            table: ANY_TABLE,
        }),
        _ => Ok(()),
    }
}

/// [`FileError::NoHeader`]'s table where any table would do (the key its
/// message chooses the words by).
pub(super) const ANY_TABLE: &str = "any";

/// The tables a sheet may hold: the one its name says, which its header
/// must then name, or any whose columns its header names most (a CSV
/// file's, or a sheet's of another name, which is not read where none is).
#[derive(Clone)]
pub(super) struct Candidates {
    matchers: Vec<Matcher>,
    /// A sheet without a header row of them is an error (a sheet named
    /// as a table, a CSV file), else a sheet named as not read.
    required: bool,
}

impl Candidates {
    /// The candidates of a sheet named as `table`, or of any name.
    pub(super) fn of(table: Option<Table>, mapping: &Mapping) -> Candidates {
        match table {
            Some(table) => Candidates {
                matchers: vec![Matcher::new(table, mapping)],
                required: true,
            },
            None => Candidates {
                matchers: Table::ALL
                    .iter()
                    .map(|&t| Matcher::new(t, mapping))
                    .collect(),
                required: false,
            },
        }
    }

    /// Every table, one of which a CSV file must hold.
    pub(super) fn csv(mapping: &Mapping) -> Candidates {
        Candidates {
            required: true,
            ..Candidates::of(None, mapping)
        }
    }

    /// The table whose columns `cells` name most, if they name three or
    /// more of one.
    fn header(&self, cells: &[Cell]) -> Option<&Matcher> {
        self.matchers
            .iter()
            .filter(|m| m.is_header(cells))
            .max_by_key(|m| (m.score(cells), std::cmp::Reverse(m.table as u8)))
    }

    /// The table a missing header is reported for.
    fn table(&self) -> &'static str {
        match self.matchers.as_slice() {
            [one] => one.table.key(),
            _ => ANY_TABLE,
        }
    }
}

/// The fast path's hold on an xlsx workbook: its package, and the parts
/// every sheet needs.
struct Fast {
    archive: package::Archive,
    parts: Parts,
}

impl Fast {
    fn prepare(path: &Path) -> Result<Fast, &'static str> {
        let mut archive =
            package::open(path).map_err(|_| "the package cannot be opened as a zip")?;
        let parts = Parts::read(&mut archive)?;
        Ok(Fast { archive, parts })
    }

    /// Scans the sheet called `sheet`; a sheet whose part the package
    /// does not lead to is calamine's, from its first cell.
    fn scan(
        &mut self,
        path: &Path,
        sheet: &str,
        is_1904: bool,
        push: &mut Push<'_>,
    ) -> Result<Scanned, Unread> {
        match package::sheet_part(&mut self.archive, sheet) {
            Some(part) => xlsx_scan::scan(path, &part, &self.parts, is_1904, push),
            None => Ok(Scanned::Stopped {
                cells: 0,
                why: "the package does not lead to the sheet's part",
            }),
        }
    }
}

/// The sheets read, in workbook order, each with the table its name says
/// (`Cases`, `Дела` and `Істер` all name the cases), or none: a sheet of
/// another name (a month, an office, a summary) is read as the table its
/// header row names, or is named as not read ([`RowStream::finish`]).
pub(super) fn choose(
    file: &str,
    names: &[String],
) -> Result<Vec<(Option<Table>, String)>, FileError> {
    if names.is_empty() {
        return Err(FileError::NoSheets {
            file: file.to_string(),
        });
    }
    let named = |name: &str| {
        Table::ALL.into_iter().find(|table| {
            table
                .sheet_names()
                .iter()
                .any(|w| name.trim().to_lowercase() == w.to_lowercase())
        })
    };
    Ok(names.iter().map(|n| (named(n), n.clone())).collect())
}

/// Opens the workbook as the format its content shows, whatever its name says.
pub(super) fn open(
    path: &Path,
    format: Format,
) -> Result<Sheets<BufReader<File>>, calamine::Error> {
    Ok(match format {
        Format::Xlsx => Sheets::Xlsx(open_workbook(path)?),
        Format::Xlsb => Sheets::Xlsb(open_workbook(path)?),
        Format::Ods => Sheets::Ods(open_workbook(path)?),
        Format::Xls => Sheets::Xls(open_workbook(path)?),
    })
}

/// Hands every non-empty cell of `sheet` to `push`, in row order; of an
/// xlsx or xlsb sheet, only those after its first `skip` cells.
pub(super) fn read_sheet(
    workbook: &mut Sheets<BufReader<File>>,
    sheet: &str,
    skip: u64,
    push: &mut Push<'_>,
) -> Result<(), Unread> {
    let mut skipped = 0;
    // calamine's errors name no cell: the last cell read tells where.
    let mut last: Option<(u32, u32)> = None;
    let near = |last: Option<(u32, u32)>, e: calamine::Error| {
        let at = last.map_or(At::FirstCell, |(row, col)| At::After(row, col));
        Unread::reader(&e, at)
    };
    let whole = |e: calamine::Error| Unread::reader(&e, At::FirstCell);
    match workbook {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(sheet)
                .map_err(|e| whole(e.into()))?;
            while let Some(cell) = reader.next_cell().map_err(|e| near(last, e.into()))? {
                let (row, col) = cell.get_position();
                last = Some((row, col));
                if skipped < skip {
                    skipped += 1;
                    continue;
                }
                push(row, col, Cell::from_data_ref(cell.get_value().clone()))?;
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(sheet)
                .map_err(|e| whole(e.into()))?;
            while let Some(cell) = reader.next_cell().map_err(|e| near(last, e.into()))? {
                let (row, col) = cell.get_position();
                last = Some((row, col));
                push(row, col, Cell::from_data_ref(cell.get_value().clone()))?;
            }
        }
        other => {
            let range = other.worksheet_range(sheet).map_err(whole)?;
            let (row0, col0) = range.start().unwrap_or((0, 0));
            for (r, row) in range.rows().enumerate() {
                for (c, data) in row.iter().enumerate() {
                    if !matches!(data, calamine::Data::Empty) {
                        push(row0 + r as u32, col0 + c as u32, Cell::from_data(data))?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// The bytes a row's cells hold, as the budget counts them.
fn held(cells: &[(u32, Cell)]) -> u64 {
    let text: usize = cells
        .iter()
        .map(|(_, c)| match c {
            Cell::Text(t) | Cell::Error(t) => t.capacity(),
            _ => 0,
        })
        .sum();
    (std::mem::size_of_val(cells) + text) as u64
}

/// The columns and rows of a worksheet in Excel and LibreOffice: a cell
/// beyond them cannot come from a spreadsheet, and a row is allocated as
/// wide as its last cell.
const MAX_COLUMNS: u32 = 16_384;
const MAX_ROWS: u32 = 1_048_576;

/// Groups cells that arrive in row order into rows, finds the header, and
/// hands data rows to the visitor.
pub(super) struct RowStream {
    file: Arc<str>,
    sheet: Option<Arc<str>>,
    candidates: Candidates,
    current: Option<(u32, Vec<Cell>)>,
    source: Option<Source>,
    encoding: Option<super::Encoding>,
    /// Blank rows seen since the last data row; counted once a data row follows.
    pending_blank: u64,
    /// Data rows handed to the visitor.
    rows: u64,
    /// Rows met before the header row was found: a file may store a data
    /// row ahead of its header (LibreOffice and openpyxl read it by its
    /// number), so those numbered below the header become data once it is
    /// found. They are kept, however many, while the bytes they hold
    /// (`early_held`) stay within `budget`.
    early: Vec<(u32, Vec<(u32, Cell)>)>,
    early_held: u64,
    /// `--max-memory`: what the rows held before the header may take.
    budget: u64,
    /// The columns a data row is read in, once the header is known: up to
    /// the last column it names. A cell further right has no header and
    /// nobody reads it, so a row of one far cell is never allocated wide.
    read_width: Option<usize>,
    /// Why the first row that named columns of a table was no header, in
    /// a sheet where none is required ([`NotRead::Unclear`]).
    unclear: Option<Box<crate::catalog::Msg>>,
}

impl RowStream {
    pub(super) fn new(
        file: Arc<str>,
        sheet: Option<Arc<str>>,
        candidates: Candidates,
        encoding: Option<super::Encoding>,
        budget: u64,
    ) -> RowStream {
        RowStream {
            file,
            sheet,
            candidates,
            current: None,
            source: None,
            encoding,
            pending_blank: 0,
            rows: 0,
            early: Vec::new(),
            early_held: 0,
            budget,
            read_width: None,
            unclear: None,
        }
    }

    /// The columns a data row is read in, once the header is known.
    pub(super) fn read_width(&self) -> Option<usize> {
        self.read_width
    }

    /// Adds a cell at zero-based (row, col).
    pub(super) fn push(
        &mut self,
        row: u32,
        col: u32,
        cell: Cell,
        visitor: &mut dyn Visitor,
    ) -> Result<(), Unread> {
        if col >= MAX_COLUMNS || row >= MAX_ROWS {
            return Err(Unread::Beyond(row, col));
        }
        if self.current.as_ref().is_some_and(|(r, _)| *r != row) {
            self.flush(visitor)?;
        }
        if self.read_width.is_some_and(|w| col as usize >= w) {
            return Ok(());
        }
        let (_, cells) = self.current.get_or_insert_with(|| (row, Vec::new()));
        let col = col as usize;
        if cells.len() <= col {
            cells.resize(col + 1, Cell::Empty);
        }
        cells[col] = cell;
        Ok(())
    }

    /// Hands on the row held until a cell of the next one came.
    fn flush(&mut self, visitor: &mut dyn Visitor) -> Result<(), FileError> {
        match self.current.take() {
            Some((row, cells)) => self.row(row + 1, cells, visitor),
            None => Ok(()),
        }
    }

    /// Takes one complete row with its 1-based number.
    pub(super) fn row(
        &mut self,
        number: u32,
        cells: Vec<Cell>,
        visitor: &mut dyn Visitor,
    ) -> Result<(), FileError> {
        match &self.source {
            None => {
                if let Some(matcher) = self.candidates.header(&cells) {
                    let sheet = sheet_suffix(self.sheet.as_deref());
                    let mapped = match matcher.map(&cells, number, &self.file, &sheet) {
                        Ok(mapped) => mapped,
                        // A sheet of another name whose row names columns
                        // as no header can is notes or lists: looked on.
                        Err(e) if !self.candidates.required => {
                            self.unclear.get_or_insert_with(|| Box::new(e.msg()));
                            return Ok(());
                        }
                        Err(e) => return Err(e),
                    };
                    let super::header::Mapped {
                        header,
                        unknown: unknown_columns,
                        near,
                    } = mapped;
                    let source = Source {
                        file: self.file.clone(),
                        sheet: self.sheet.clone(),
                        table: matcher.table,
                        header,
                        header_row: number,
                        unknown_columns,
                        near,
                        encoding: self.encoding,
                    };
                    let read_width = source
                        .header
                        .positions
                        .iter()
                        .flatten()
                        .max()
                        .map_or(0, |last| last + 1);
                    self.read_width = Some(read_width);
                    visitor.begin(&source);
                    self.source = Some(source);
                    let mut early = std::mem::take(&mut self.early);
                    early.retain(|(n, _)| *n > number);
                    early.sort_by_key(|(n, _)| *n);
                    for (n, sparse) in early {
                        let mut cells = vec![Cell::Empty; read_width];
                        for (col, cell) in sparse {
                            if let Some(slot) = cells.get_mut(col as usize) {
                                *slot = cell;
                            }
                        }
                        self.row(n, cells, visitor)?;
                    }
                } else if !cells.iter().all(Cell::is_blank) {
                    // Kept by their cells that are not empty: a title row
                    // reaching the last column takes no more than its text.
                    let sparse: Vec<(u32, Cell)> = (0u32..)
                        .zip(cells)
                        .filter(|(_, c)| *c != Cell::Empty)
                        .collect();
                    self.early_held += held(&sparse);
                    if self.early_held > self.budget {
                        let early =
                            crate::msg!("read-early-rows", row = number, mib = self.budget >> 20);
                        return Err(FileError::cannot_read(
                            &self.file,
                            crate::msg!(
                                "read-in-sheet",
                                sheet = self.sheet.as_deref().unwrap_or(""),
                                why = early
                            ),
                        ));
                    }
                    self.early.push((number, sparse));
                }
            }
            Some(source) => {
                let mut cells = cells;
                if let Some(width) = self.read_width
                    && cells.len() > width
                {
                    cells.truncate(width);
                    cells.shrink_to_fit();
                }
                let row = RawRow { number, cells };
                if row.is_blank() {
                    self.pending_blank += 1;
                } else {
                    if self.pending_blank > 0 {
                        visitor.blank_rows(source, std::mem::take(&mut self.pending_blank));
                    }
                    self.rows += 1;
                    visitor.row(source, row);
                }
            }
        }
        Ok(())
    }

    /// Ends the sheet with the row held last, saying whether it held a
    /// table. A sheet without a header row is an error where one was
    /// required, else named to the visitor as not read; a cases table
    /// without a case is an error (a table of complaints or surveys may
    /// well be empty).
    pub(super) fn finish(mut self, visitor: &mut dyn Visitor) -> Result<bool, FileError> {
        self.flush(visitor)?;
        let sheet = sheet_suffix(self.sheet.as_deref());
        match &self.source {
            None if !self.candidates.required => {
                let why = match (self.unclear.take(), self.early.is_empty()) {
                    (Some(said), _) => NotRead::Unclear(said),
                    (None, true) => NotRead::Empty,
                    (None, false) => NotRead::NoHeader,
                };
                visitor.not_read(&self.file, self.sheet.as_deref().unwrap_or(""), why);
                Ok(false)
            }
            None => Err(FileError::NoHeader {
                file: self.file.to_string(),
                sheet,
                table: self.candidates.table(),
            }),
            Some(source) if source.table == Table::Cases && self.rows == 0 => {
                Err(FileError::NoRows {
                    file: self.file.to_string(),
                    sheet,
                    row: source.header_row,
                })
            }
            Some(_) => Ok(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// Regression: a workbook with no table named "cases, complaints or
    /// surveys" in English inside the Russian and Kazakh messages.
    #[test]
    fn a_workbook_without_tables_is_said_in_the_run_s_language() {
        let error = no_table_is_an_error("a.xlsx", 0).unwrap_err().msg();
        assert!(
            error
                .text(Lang::En)
                .contains("columns of the cases, complaints or surveys;")
        );
        let ru = error.text(Lang::Ru);
        assert!(ru.contains("столбцов дел, жалоб или опросов;"), "{ru}");
        let kk = error.text(Lang::Kk);
        assert!(
            kk.contains("жол істердің, шағымдардың не сауалнамалардың үш"),
            "{kk}"
        );
        assert!(!ru.contains("cases") && !kk.contains("cases"));
    }
}
