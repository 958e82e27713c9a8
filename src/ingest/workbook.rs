//! Workbooks through calamine: xlsx and xlsb are streamed cell by cell (the
//! whole sheet is never held), xls and ods are read as a range.

use std::path::Path;
use std::sync::Arc;

use std::fs::File;
use std::io::BufReader;

use calamine::{Reader, Sheets, open_workbook};

use super::container::{self, Format};
use super::header::Matcher;
use super::{Cell, FileError, IngestConfig, RawRow, Source, Visitor, sheet_suffix};
use crate::schema::Table;

pub(super) fn load(
    path: &Path,
    file: Arc<str>,
    config: &IngestConfig,
    visitor: &mut dyn Visitor,
) -> Result<(), FileError> {
    let unreadable = |reason: String| FileError::unreadable(&file, reason);
    let format = container::inspect(path, config.max_unpacked)
        .map_err(|refusal| unreadable(refusal.to_string()))?;
    log::debug!("{file}: a workbook of format {format:?}");
    let mut workbook = open(path, format).map_err(|e| unreadable(explain(&e.to_string())))?;
    let names = workbook.sheet_names();
    if names.is_empty() {
        return Err(FileError::NoSheets {
            file: file.to_string(),
        });
    }
    for table in Table::ALL {
        let found = names.iter().find(|n| {
            table
                .sheet_names()
                .iter()
                .any(|w| n.trim().to_lowercase() == w.to_lowercase())
        });
        let sheet = match (found, table) {
            (Some(name), _) => name.clone(),
            (None, Table::Cases) => names[0].clone(),
            (None, _) => continue,
        };
        let mut stream = RowStream::new(
            file.clone(),
            Some(sheet.as_str().into()),
            Matcher::new(table, &config.mapping),
            None,
        );
        read_sheet(&mut workbook, &sheet, &mut stream, visitor)
            .map_err(|e| unreadable(format!("sheet `{sheet}`: {}", explain(&e))))?;
        stream.finish(visitor)?;
    }
    Ok(())
}

/// Opens the workbook as the format its content shows, whatever its name says.
fn open(path: &Path, format: Format) -> Result<Sheets<BufReader<File>>, calamine::Error> {
    Ok(match format {
        Format::Xlsx => Sheets::Xlsx(open_workbook(path)?),
        Format::Xlsb => Sheets::Xlsb(open_workbook(path)?),
        Format::Ods => Sheets::Ods(open_workbook(path)?),
        Format::Xls => Sheets::Xls(open_workbook(path)?),
    })
}

/// Makes calamine's messages actionable where we know the cause.
fn explain(message: &str) -> String {
    if message.contains("password") || message.contains("Password") {
        "the workbook is protected by a password; save a copy without one".to_string()
    } else {
        format!("{message}; is it a spreadsheet saved by Excel or LibreOffice, and not damaged?")
    }
}

fn read_sheet(
    workbook: &mut Sheets<BufReader<File>>,
    sheet: &str,
    stream: &mut RowStream,
    visitor: &mut dyn Visitor,
) -> Result<(), String> {
    match workbook {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(sheet)
                .map_err(|e| e.to_string())?;
            pump(
                || reader.next_cell().map_err(|e| e.to_string()),
                stream,
                visitor,
            )?;
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(sheet)
                .map_err(|e| e.to_string())?;
            pump(
                || reader.next_cell().map_err(|e| e.to_string()),
                stream,
                visitor,
            )?;
        }
        other => {
            let range = other.worksheet_range(sheet).map_err(|e| e.to_string())?;
            let (row0, col0) = range.start().unwrap_or((0, 0));
            for (r, row) in range.rows().enumerate() {
                for (c, data) in row.iter().enumerate() {
                    if !matches!(data, calamine::Data::Empty) {
                        stream.push(
                            row0 + r as u32,
                            col0 + c as u32,
                            Cell::from_data(data),
                            visitor,
                        )?;
                    }
                }
            }
        }
    }
    stream.flush(visitor)
}

/// Feeds the cells of a streaming reader (xlsx, xlsb) to `stream`.
fn pump<'a>(
    mut next: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'a>>>, String>,
    stream: &mut RowStream,
    visitor: &mut dyn Visitor,
) -> Result<(), String> {
    while let Some(cell) = next()? {
        let (row, col) = cell.get_position();
        stream.push(
            row,
            col,
            Cell::from_data_ref(cell.get_value().clone()),
            visitor,
        )?;
    }
    Ok(())
}

/// Groups cells that arrive in row order into rows, finds the header, and
/// hands data rows to the visitor.
pub(super) struct RowStream {
    file: Arc<str>,
    sheet: Option<Arc<str>>,
    matcher: Matcher,
    current: Option<(u32, Vec<Cell>)>,
    source: Option<Source>,
    encoding: Option<super::Encoding>,
    /// The width of the widest row so far: rows are allocated at that size once.
    width: usize,
    /// Blank rows seen since the last data row; counted once a data row follows.
    pending_blank: u64,
    /// Data rows handed to the visitor.
    rows: u64,
}

impl RowStream {
    pub(super) fn new(
        file: Arc<str>,
        sheet: Option<Arc<str>>,
        matcher: Matcher,
        encoding: Option<super::Encoding>,
    ) -> RowStream {
        RowStream {
            file,
            sheet,
            matcher,
            current: None,
            source: None,
            encoding,
            width: 0,
            pending_blank: 0,
            rows: 0,
        }
    }

    /// Adds a cell at zero-based (row, col).
    fn push(
        &mut self,
        row: u32,
        col: u32,
        cell: Cell,
        visitor: &mut dyn Visitor,
    ) -> Result<(), String> {
        if self.current.as_ref().is_some_and(|(r, _)| *r != row) {
            self.flush(visitor)?;
        }
        let width = self.width;
        let (_, cells) = self
            .current
            .get_or_insert_with(|| (row, Vec::with_capacity(width)));
        let col = col as usize;
        if cells.len() <= col {
            cells.resize(col + 1, Cell::Empty);
        }
        cells[col] = cell;
        Ok(())
    }

    fn flush(&mut self, visitor: &mut dyn Visitor) -> Result<(), String> {
        if let Some((row, cells)) = self.current.take() {
            self.row(row + 1, cells, visitor)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
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
                if self.matcher.is_header(&cells) {
                    let sheet = sheet_suffix(self.sheet.as_deref());
                    let (header, unknown_columns) =
                        self.matcher.map(&cells, number, &self.file, &sheet)?;
                    let source = Source {
                        file: self.file.clone(),
                        sheet: self.sheet.clone(),
                        table: self.matcher.table,
                        header,
                        header_row: number,
                        unknown_columns,
                        encoding: self.encoding,
                    };
                    visitor.begin(&source);
                    self.source = Some(source);
                }
            }
            Some(source) => {
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

    /// Ends the sheet: a sheet without a header row is an error, and so is
    /// a cases table without a case (a table of complaints or surveys may
    /// well be empty).
    pub(super) fn finish(self, _visitor: &mut dyn Visitor) -> Result<(), FileError> {
        let sheet = sheet_suffix(self.sheet.as_deref());
        match &self.source {
            None => Err(FileError::NoHeader {
                file: self.file.to_string(),
                sheet,
                table: self.matcher.table.key(),
            }),
            Some(source) if source.table == Table::Cases && self.rows == 0 => {
                Err(FileError::NoRows {
                    file: self.file.to_string(),
                    sheet,
                    row: source.header_row,
                })
            }
            Some(_) => Ok(()),
        }
    }
}
