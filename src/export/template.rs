//! The empty workbook of the input contract (`esep template`): a sheet per
//! table with a title row and the headers in one language, cells typed and
//! offered from lists where the contract closes the values, and a sheet
//! that explains each column. What an office starts its register from.

use std::path::Path;

use anyhow::Result;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, Formula, Worksheet,
};

use crate::contract::{Kind, kind};
use crate::documents::DocLang;
use crate::fsio;
use crate::lang::Lang;
use crate::schema::{Column, Table};

/// The last row lists and types reach: every row a sheet has.
const LAST_ROW: u32 = 1_048_575;

/// The first row under the headers (zero-based): a title row, then the
/// headers.
const FIRST_DATA_ROW: u32 = 2;

/// Writes the empty workbook to `path`, in `lang`, atomically. `created`
/// is its document date (the same bytes for the same arguments).
pub fn write(path: &Path, lang: DocLang, created: chrono::NaiveDate) -> Result<()> {
    let mut workbook = crate::xlsx::workbook(created);
    let messages = lang.lang();
    let lists = Lists::new(messages);
    for table in Table::ALL {
        let sheet = workbook.add_worksheet();
        table_sheet(sheet, table, lang, &lists)?;
    }
    let notes = workbook.add_worksheet();
    notes_sheet(notes, messages)?;
    let sheet = workbook.add_worksheet();
    lists.write(sheet, messages)?;
    fsio::write_atomic(path, |file| Ok(workbook.save_to_writer(file)?))
}

/// The sheet of `table`: its name as the contract names it in `lang`, a
/// title, the headers, and each column typed and listed.
fn table_sheet(sheet: &mut Worksheet, table: Table, lang: DocLang, lists: &Lists) -> Result<()> {
    let [_, ru, kk] = table.sheet_names();
    sheet.set_name(lang.pick(ru, kk))?;
    let messages = lang.lang();
    let title = crate::msg!("template-title").text(lang);
    let columns = table.columns();
    let bold = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    sheet.merge_range(
        0,
        0,
        0,
        (columns.len() - 1) as u16,
        &title,
        &Format::new().set_italic(),
    )?;
    for (i, column) in columns.iter().enumerate() {
        let col = i as u16;
        sheet.write_string_with_format(1, col, header(column, lang), &bold)?;
        let (width, format) = look(kind(column.key));
        sheet.set_column_width(col, width)?;
        if let Some(format) = format {
            sheet.set_column_format(col, &format)?;
        }
        if let Some(validation) = lists.validation(column, messages)? {
            sheet.add_data_validation(FIRST_DATA_ROW, col, LAST_ROW, col, &validation)?;
        }
    }
    sheet.set_row_height(1, 45)?;
    sheet.set_freeze_panes(FIRST_DATA_ROW, 1)?;
    Ok(())
}

/// A column's header in the language of the workbook.
fn header(column: &Column, lang: DocLang) -> &'static str {
    lang.pick(column.ru, column.kk)
}

/// The width of a column of `kind`, and the number format its cells take.
fn look(kind: Kind) -> (f64, Option<Format>) {
    match kind {
        Kind::DateTime | Kind::QueueTime => {
            (18.0, Some(Format::new().set_num_format("dd.mm.yyyy hh:mm")))
        }
        Kind::Date => (12.0, Some(Format::new().set_num_format("dd.mm.yyyy"))),
        // Codes stay text: a code 00 or an IIN would lose its leading zeros.
        Kind::FormularCode | Kind::Iin | Kind::Office => {
            (14.0, Some(Format::new().set_num_format("@")))
        }
        Kind::Amount => (12.0, Some(Format::new().set_num_format("# ##0"))),
        Kind::Count | Kind::Entries | Kind::YesNo | Kind::Answer => (10.0, None),
        Kind::Text | Kind::Word(_) | Kind::Words(_) | Kind::Returned | Kind::Country => {
            (24.0, None)
        }
    }
}

/// The explanation of every column: its headers, whether required, and
/// what to write ([`crate::contract::what`]).
fn notes_sheet(sheet: &mut Worksheet, lang: Lang) -> Result<()> {
    sheet.set_name(crate::msg!("template-notes").text(lang))?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    // A column is named in one cell with its headers and key: a row of
    // headers alone would read as a header row of the table.
    let heads = [
        crate::msg!("template-column-table"),
        crate::msg!("template-column-column"),
        crate::msg!("template-column-required"),
        crate::msg!("template-column-what"),
    ]
    .map(|m| m.text(lang));
    for (col, (head, width)) in heads.iter().zip([12.0, 50.0, 12.0, 80.0]).enumerate() {
        sheet.write_string_with_format(0, col as u16, head, &bold)?;
        sheet.set_column_width(col as u16, width)?;
    }
    let yes = crate::msg!("template-yes").text(lang);
    let mut row = 1;
    for table in Table::ALL {
        for column in table.columns() {
            let (first, second) = match lang {
                Lang::Kk => (column.kk, column.ru),
                _ => (column.ru, column.kk),
            };
            let name = format!("{first} ({second}; {})", column.key);
            let what = crate::contract::what(column.key, lang);
            sheet.write_string_with_format(row, 0, table.name(lang), &wrap)?;
            sheet.write_string_with_format(row, 1, &name, &wrap)?;
            if column.required {
                sheet.write_string_with_format(row, 2, &yes, &wrap)?;
            }
            sheet.write_string_with_format(row, 3, &what, &wrap)?;
            // Rows of wrapped text are as tall as their text: a reader
            // grows none of them (they overprinted the next).
            sheet.set_row_height(
                row,
                crate::xlsx::wrapped_height([(name.as_str(), 50.0), (what.as_str(), 80.0)]),
            )?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    crate::xlsx::print_setup(sheet, true, Some((0, 0)))?;
    Ok(())
}

/// The closed lists of the contract, a column each on a hidden sheet, in
/// the workbook's language: what drop-downs offer.
struct Lists {
    columns: Vec<(ListOf, Vec<String>)>,
    name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListOf {
    Vocabulary(&'static str),
    Offices,
    Countries,
    FormularCodes,
}

impl ListOf {
    /// The list a column of `kind` takes its values from, if any.
    fn of(kind: Kind) -> Option<ListOf> {
        match kind {
            Kind::Word(v) | Kind::Words(v) => Some(ListOf::Vocabulary(v)),
            Kind::Returned => Some(ListOf::Vocabulary("formular_returned")),
            Kind::Office => Some(ListOf::Offices),
            Kind::Country => Some(ListOf::Countries),
            Kind::FormularCode => Some(ListOf::FormularCodes),
            _ => None,
        }
    }

    /// Its values, in `lang` where they are words.
    fn values(self, lang: Lang) -> Vec<String> {
        match self {
            ListOf::Vocabulary(v) => crate::vocab::words(v, lang)
                .into_iter()
                .map(String::from)
                .collect(),
            ListOf::Offices => crate::reference::DISTRICTS
                .iter()
                .map(|d| d.office_code())
                .collect(),
            ListOf::Countries => crate::reference::COUNTRIES
                .iter()
                .map(|c| lang.pick(&c.name_en, &c.name_ru, &c.name_kk).clone())
                .collect(),
            ListOf::FormularCodes => crate::reference::FORMULAR_CODES
                .iter()
                .map(|f| f.code.clone())
                .collect(),
        }
    }
}

impl Lists {
    fn new(lang: Lang) -> Lists {
        let mut columns = Vec::new();
        let mut add = |of: ListOf, values: Vec<String>| {
            if !columns.iter().any(|(o, _)| *o == of) {
                columns.push((of, values));
            }
        };
        for table in Table::ALL {
            for column in table.columns() {
                if let Some(of) = ListOf::of(kind(column.key)) {
                    add(of, of.values(lang));
                }
            }
        }
        Lists {
            columns,
            name: crate::msg!("template-lists").text(lang),
        }
    }

    /// The data validation of `column`: a list to choose from, a whole
    /// number, or none; its input message says what to write.
    fn validation(&self, column: &Column, lang: Lang) -> Result<Option<DataValidation>> {
        let kind = kind(column.key);
        // A list of several words (`;`) is listed, not chosen from.
        let of = ListOf::of(kind).filter(|_| !matches!(kind, Kind::Words(_)));
        let validation = match (of, kind) {
            (Some(of), _) => {
                let index = self
                    .columns
                    .iter()
                    .position(|(o, _)| *o == of)
                    .expect("listed");
                let letter = crate::schema::column_letter(index);
                let last = self.columns[index].1.len() + 1;
                DataValidation::new().allow_list_formula(Formula::new(format!(
                    "='{}'!${letter}$2:${letter}${last}",
                    self.name
                )))
            }
            (None, Kind::YesNo) => {
                let answers = [
                    crate::msg!("template-answer-yes"),
                    crate::msg!("template-answer-no"),
                ];
                DataValidation::new().allow_list_strings(&answers.map(|m| m.text(lang)))?
            }
            (None, Kind::Entries) => {
                DataValidation::new().allow_whole_number(DataValidationRule::Between(1, 2))
            }
            (None, Kind::Count) => DataValidation::new()
                .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0)),
            _ => return Ok(None),
        };
        // A country may be written by its code or another name: the list
        // offers, and does not refuse.
        let validation = match kind {
            Kind::Country => {
                validation.set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Information)
            }
            _ => validation,
        };
        let what = crate::contract::what(column.key, lang);
        Ok(Some(match what.encode_utf16().count() <= 255 {
            true => validation.set_input_message(what)?,
            false => validation,
        }))
    }

    /// The hidden sheet of lists: a column each, its heading first.
    fn write(&self, sheet: &mut Worksheet, lang: Lang) -> Result<()> {
        sheet.set_name(&self.name)?;
        // Headed «list: key», which no header row of a table reads as a column.
        let list = crate::msg!("template-list").text(lang);
        for (col, (of, values)) in self.columns.iter().enumerate() {
            let key = match of {
                ListOf::Vocabulary(v) => v,
                ListOf::Offices => "office",
                ListOf::Countries => "citizenship",
                ListOf::FormularCodes => "formular_code",
            };
            let heading = format!("{list}: {key}");
            sheet.write_string(0, col as u16, heading)?;
            for (row, value) in values.iter().enumerate() {
                sheet.write_string(row as u32 + 1, col as u16, value)?;
            }
        }
        sheet.set_hidden(true);
        Ok(())
    }
}
