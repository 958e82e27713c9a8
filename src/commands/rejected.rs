//! The file of rejected rows (`--errors`, and `rejected.xlsx` of the
//! report): one line per problem with where it is and why, then every
//! value of the row as written, so an analyst can fix the source file.
//! Input text is written as text, never as a formula.

use std::path::Path;

use anyhow::{Result, bail};
use rust_xlsxwriter::{Format, Workbook};

use crate::fsio;
use crate::schema::{Column, Table, column_letter};
use crate::validate::{Checked, Lang};

fn headings(lang: Lang) -> [&'static str; 8] {
    match lang {
        Lang::En => [
            "file", "sheet", "row", "cell", "column", "value", "code", "reason",
        ],
        Lang::Ru => [
            "Файл",
            "Лист",
            "Строка",
            "Ячейка",
            "Столбец",
            "Значение",
            "Код",
            "Причина",
        ],
        Lang::Kk => [
            "Файл",
            "Парақ",
            "Жол",
            "Ұяшық",
            "Баған",
            "Мән",
            "Код",
            "Себеп",
        ],
    }
}

fn column_name(column: &Column, lang: Lang) -> &'static str {
    match lang {
        Lang::En => column.key,
        Lang::Ru => column.ru,
        Lang::Kk => column.kk,
    }
}

/// The header of a table's block: where and why, then the table's columns.
fn header(table: Table, lang: Lang) -> Vec<&'static str> {
    let mut header = headings(lang).to_vec();
    header.extend(table.columns().iter().map(|c| column_name(c, lang)));
    header
}

/// One line per problem; the row's values follow in the columns of its table.
fn lines(checked: &Checked, lang: Lang) -> Vec<(Table, Vec<String>)> {
    let mut out = Vec::new();
    for r in &checked.rejections {
        for p in &r.problems {
            let mut line = vec![
                r.origin.file.to_string(),
                r.origin.sheet.as_deref().unwrap_or("").to_string(),
                r.origin.row.to_string(),
                p.position
                    .map(|c| format!("{}{}", column_letter(c), r.origin.row))
                    .unwrap_or_default(),
                p.column.to_string(),
                p.value.clone(),
                p.reason.code().to_string(),
                p.reason.message(lang),
            ];
            line.extend(r.values.iter().cloned());
            out.push((r.table, line));
        }
    }
    out
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
        _ => bail!(
            "`{}`: the file of rejected rows must end in .xlsx or .csv",
            path.display()
        ),
    }
}

fn write_xlsx(path: &Path, checked: &Checked, lang: Lang) -> Result<()> {
    let mut workbook = crate::xlsx::workbook(checked.latest_date());
    add_sheets(&mut workbook, checked, lang, "")?;
    let bytes = workbook.save_to_buffer()?;
    fsio::write_bytes(path, &bytes)
}

/// A sheet of rejected rows per table, named `<prefix><table>`.
pub fn add_sheets(
    workbook: &mut Workbook,
    checked: &Checked,
    lang: Lang,
    prefix: &str,
) -> Result<()> {
    let bold = Format::new().set_bold();
    let lines = lines(checked, lang);
    for table in Table::ALL {
        let sheet = workbook.add_worksheet();
        sheet.set_name(format!("{prefix}{}", table.key()))?;
        let header = header(table, lang);
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &bold)?;
        }
        let mut row = 1u32;
        for (_, line) in lines.iter().filter(|(t, _)| *t == table) {
            for (c, value) in line.iter().enumerate() {
                if c == 2 {
                    sheet.write_number(row, c as u16, value.parse::<f64>().unwrap_or(0.0))?;
                } else if !value.is_empty() {
                    sheet.write_string(row, c as u16, value)?;
                }
            }
            row += 1;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(
            0,
            0,
            row.saturating_sub(1).max(1),
            (header.len() - 1) as u16,
        )?;
        sheet.set_column_width(7, 60)?;
    }
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
        let lines = lines(checked, lang);
        for table in Table::ALL {
            let mut block = lines.iter().filter(|(t, _)| *t == table).peekable();
            if block.peek().is_none() {
                continue;
            }
            w.write_record(header(table, lang))?;
            for (_, line) in block {
                w.write_record(line)?;
            }
        }
        w.flush()?;
        Ok(())
    })
}
