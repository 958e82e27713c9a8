//! The file of rejected rows (`--errors`, and `rejected.xlsx` of the
//! report): one line per problem with where it is and why, then every
//! value of the row as written, so an analyst can fix the source file.
//! Input text is written as text, never as a formula.

use std::path::Path;

use anyhow::Result;
use rust_xlsxwriter::{Format, Workbook};

use crate::fsio;
use crate::lang::Lang;
use crate::schema::{Table, column_letter};
use crate::validate::Checked;

/// The columns every block begins with: where and why. In English the
/// problem's stable code (`not-a-date`) stands before its reason, for
/// filters and scripts; in Russian and Kazakh the file speaks its reader's
/// language only, the reason in words (the code stays in `check --json`).
fn headings(lang: Lang) -> Vec<String> {
    let code = (lang == Lang::En).then(|| crate::msg!("rejected-column-code"));
    [
        Some(crate::msg!("rejected-column-file")),
        Some(crate::msg!("rejected-column-sheet")),
        Some(crate::msg!("rejected-column-row")),
        Some(crate::msg!("rejected-column-cell")),
        Some(crate::msg!("rejected-column-column")),
        Some(crate::msg!("rejected-column-value")),
        code,
        Some(crate::msg!("rejected-column-reason")),
    ]
    .iter()
    .flatten()
    .map(|m| m.text(lang))
    .collect()
}

/// How many columns where and why take in `lang`.
fn why(lang: Lang) -> usize {
    match lang {
        Lang::En => 8,
        _ => 7,
    }
}

/// The widths of where and why in `lang`, in characters: together, the
/// width of a landscape A4 page at 100 %, so that a row's reason is on the
/// first page that shows the row.
fn where_and_why(lang: Lang) -> &'static [f64] {
    match lang {
        Lang::En => &[12.0, 8.0, 6.0, 6.0, 14.0, 12.0, 10.0, 28.0],
        _ => &[12.0, 8.0, 6.0, 6.0, 14.0, 12.0, 38.0],
    }
}

/// The header of a table's block: where and why, then the table's columns.
fn header(checked: &Checked, table: Table, lang: Lang) -> Vec<String> {
    let mut header = headings(lang);
    header.extend(
        table
            .columns()
            .iter()
            .map(|c| checked.header(table, c.key, lang)),
    );
    header
}

/// One line per problem of the rows of `table`; the row's values follow in
/// the columns of its table. Made one at a time: a million problems are
/// never held as lines.
fn lines<'a>(
    checked: &'a Checked,
    table: Table,
    lang: Lang,
) -> impl Iterator<Item = Vec<String>> + 'a {
    checked
        .rejections
        .iter()
        .filter(move |r| r.table == table)
        .flat_map(move |r| {
            r.problems.iter().map(move |p| {
                let mut line = vec![
                    r.origin.location.file.to_string(),
                    r.origin.location.sheet.as_deref().unwrap_or("").to_string(),
                    r.origin.row.to_string(),
                    p.position
                        .map(|c| format!("{}{}", column_letter(c), r.origin.row))
                        .unwrap_or_default(),
                    checked.header(table, p.column, lang),
                    p.value.clone(),
                ];
                if lang == Lang::En {
                    line.push(p.reason.code().to_string());
                }
                line.push(p.reason.message(lang));
                line.extend(r.values.all(table.columns().len()).map(str::to_string));
                line
            })
        })
}

/// Writes the rejected rows to `.xlsx` (a sheet per table) or `.csv`.
pub fn write(path: &Path, checked: &Checked, lang: Lang) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xlsx") => write_xlsx(path, checked, lang),
        Some("csv") => write_csv(path, checked, lang),
        _ => {
            let path = path.display();
            crate::refuse!("rejected-file-rejected-rows-must-end", path = path)
        }
    }
}

fn write_xlsx(path: &Path, checked: &Checked, lang: Lang) -> Result<()> {
    let mut workbook = crate::xlsx::long_workbook(checked.latest_date());
    add_sheets(&mut workbook, checked, lang, "")?;
    fsio::write_atomic(path, |file| Ok(workbook.save_to_writer(file)?))
}

/// The rows a worksheet holds below its header row (Excel's 1,048,576 less one).
const SHEET_ROWS: u32 = 1_048_575;

/// A sheet of rejected rows per table, named `<prefix><table>`; a table with
/// more problems than a sheet holds goes on in `<prefix><table> (2)`, … .
/// Sheets are written row by row to temporary files (constant memory), so
/// the rows of a million problems are never held at once.
pub fn add_sheets(
    workbook: &mut Workbook,
    checked: &Checked,
    lang: Lang,
    prefix: &str,
) -> Result<()> {
    let bold = Format::new().set_bold();
    let formats = CellFormats {
        day: Format::new().set_num_format("dd.mm.yyyy"),
        moment: Format::new().set_num_format("dd.mm.yyyy hh:mm:ss"),
        amount: Format::new().set_num_format("#,##0.00"),
        wrap: Format::new()
            .set_text_wrap()
            .set_align(rust_xlsxwriter::FormatAlign::Top),
    };
    let (why, widths) = (why(lang), where_and_why(lang));
    for table in Table::ALL {
        let columns = table.columns();
        let header = header(checked, table, lang);
        let mut lines = lines(checked, table, lang).peekable();
        let mut part = 1;
        loop {
            let sheet = workbook.add_worksheet_with_constant_memory()?;
            let name = match part {
                1 => format!("{prefix}{}", table.name(lang)),
                n => format!("{prefix}{} ({n})", table.name(lang)),
            };
            sheet.set_name(name)?;
            // Where and why: file, sheet, row, cell, column, value, [code,]
            // reason; then the row's own columns, each as wide as its header.
            for (c, &width) in widths.iter().enumerate() {
                sheet.set_column_width(c as u16, width)?;
            }
            for (c, title) in header[why..].iter().enumerate() {
                let width = title.chars().count().clamp(10, 40);
                sheet.set_column_width((why + c) as u16, width as f64 + 2.0)?;
            }
            sheet.set_freeze_panes(1, 0)?;
            // At 100 %, the header on every page.
            crate::xlsx::print_wide(sheet, (0, 0), (0, 2))?;
            for (c, h) in header.iter().enumerate() {
                sheet.write_string_with_format(0, c as u16, h, &bold)?;
            }
            let mut row = 1u32;
            while row <= SHEET_ROWS {
                let Some(line) = lines.next() else { break };
                // Tall enough for where and why, wrapped in their columns.
                let height = crate::xlsx::wrapped_height(
                    line.iter()
                        .zip(widths)
                        .map(|(text, &width)| (text.as_str(), width)),
                );
                sheet.set_row_height(row, height)?;
                for (c, value) in line.iter().enumerate() {
                    let key = c
                        .checked_sub(why)
                        .and_then(|k| columns.get(k))
                        .map(|k| k.key);
                    let wrapped = c < why;
                    write_cell(sheet, row, c as u16, value, key, wrapped, &formats)?;
                }
                row += 1;
            }
            sheet.autofilter(
                0,
                0,
                row.saturating_sub(1).max(1),
                (header.len() - 1) as u16,
            )?;
            // Printed: where and why, the width of the page at 100 %; the
            // row's own columns are for the screen, where it is mended.
            sheet.set_print_area(0, 0, row.saturating_sub(1).max(1), (why - 1) as u16)?;
            if lines.peek().is_none() {
                break;
            }
            part += 1;
        }
    }
    Ok(())
}

struct CellFormats {
    day: Format,
    moment: Format,
    amount: Format,
    /// The texts of where and why, wrapped in their columns so that the
    /// reason stays on the first printed page of its row.
    wrap: Format,
}

/// One cell of a line: the row number as a number; a value of a date
/// column that reads as a date by the contract's rules as a date cell, of
/// an amount column as a number of tenge; anything else (the rejected
/// value itself among them) as the text it was.
fn write_cell(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    value: &str,
    key: Option<&str>,
    wrapped: bool,
    f: &CellFormats,
) -> Result<()> {
    use crate::ingest::Cell;
    use crate::validate::values;
    if value.is_empty() {
        return Ok(());
    }
    if col == 2
        && let Ok(n) = value.parse::<u32>()
    {
        sheet.write_number(row, col, f64::from(n))?;
        return Ok(());
    }
    let cell = || Cell::Text(value.to_string());
    if let Some(kind) = key.and_then(crate::schema::column).map(|c| c.kind) {
        if kind.is_date()
            && let Ok(Some(moment)) = values::datetime(&cell())
        {
            let format = match moment.time() == chrono::NaiveTime::MIN {
                true => &f.day,
                false => &f.moment,
            };
            sheet.write_datetime_with_format(row, col, moment, format)?;
            return Ok(());
        }
        if kind == crate::schema::Kind::Amount
            && let Ok(Some(amount)) = values::amount(&cell())
        {
            sheet.write_number_with_format(row, col, amount.tenge(), &f.amount)?;
            return Ok(());
        }
    }
    match wrapped {
        true => sheet.write_string_with_format(row, col, value, &f.wrap)?,
        false => sheet.write_string(row, col, value)?,
    };
    Ok(())
}

fn write_csv(path: &Path, checked: &Checked, lang: Lang) -> Result<()> {
    fsio::write_atomic(path, |file| {
        // A BOM and `;`: what Excel in Russian and Kazakh locales opens as a table.
        use std::io::Write;
        file.write_all(b"\xEF\xBB\xBF")?;
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .flexible(true)
            .from_writer(file);
        for table in Table::ALL {
            let mut block = lines(checked, table, lang).peekable();
            if block.peek().is_none() {
                continue;
            }
            w.write_record(header(checked, table, lang))?;
            for line in block {
                w.write_record(line.iter().map(|v| defused(v).into_owned()))?;
            }
        }
        w.flush()?;
        Ok(())
    })
}

/// A value as a CSV cell for people: one that a spreadsheet would take for
/// a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return)
/// gets a leading `'`, as OWASP advises against CSV injection; Excel shows
/// the `'` as the mark of text.
fn defused(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_formulas_in_the_csv_of_rejected_rows_stay_text() {
        for formula in [
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"x\")",
            "+1+1",
            "@SUM(A1)",
            "-2+3",
            "\t=1",
        ] {
            assert_eq!(defused(formula), format!("'{formula}"));
        }
        assert_eq!(defused("A-1"), "A-1");
        assert_eq!(defused("04.03.2025"), "04.03.2025");
    }
}
