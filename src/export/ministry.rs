//! The ministry's workbook: Appendix 4 as the standard lays it out (in
//! Kazakh and Russian), the departments and offices side by side, the
//! months, the findings of the audit by office and code, the rejected rows,
//! and native charts (timeliness by department, monthly trend).
//!
//! Every figure comes from the indicator table; this module only places
//! it. Input text goes through `write_string`, so a value beginning with
//! `=`, `+`, `-` or `@` stays text, never a formula.

use std::path::Path;

use anyhow::Result;
use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::rejected;
use crate::indicators::{Indicator, Level, Results, Row};
use crate::lang::Lang;
use crate::law::Tally;
use crate::reference::{office_name, region_name};
use crate::settings::{NormBasis, Norms};
use crate::validate::Checked;
use crate::vocab::{Service, Vocabulary};

/// What the workbook is made of.
pub struct Contents<'a> {
    pub table: &'a Results,
    pub norms: &'a Norms,
    pub checked: &'a Checked,
    pub findings: &'a [Tally],
    pub lang: Lang,
}

struct Formats {
    bold: Format,
    /// A note of several lines under a table.
    note: Format,
    header: Format,
    value: Format,
    missed: Format,
    none: Format,
    count: Format,
    wrap: Format,
    group: Format,
}

impl Formats {
    fn new() -> Formats {
        let border = |f: Format| f.set_border(FormatBorder::Thin);
        Formats {
            bold: Format::new().set_bold(),
            note: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            header: border(
                Format::new()
                    .set_bold()
                    .set_text_wrap()
                    .set_align(FormatAlign::Center)
                    .set_align(FormatAlign::VerticalCenter)
                    .set_background_color(Color::RGB(0xDDEBF7)),
            ),
            value: border(Format::new().set_num_format("0.0")),
            missed: border(
                Format::new()
                    .set_num_format("0.0")
                    .set_bold()
                    .set_font_color(Color::RGB(0x9C0006))
                    .set_background_color(Color::RGB(0xFFC7CE)),
            ),
            none: border(Format::new().set_align(FormatAlign::Center)),
            count: border(Format::new().set_num_format("#,##0")),
            wrap: border(Format::new().set_text_wrap().set_align(FormatAlign::Top)),
            group: border(
                Format::new()
                    .set_bold()
                    .set_background_color(Color::RGB(0xF2F2F2)),
            ),
        }
    }
}

/// Writes the workbook to `path` (atomically).
pub fn write(path: &Path, c: &Contents) -> Result<()> {
    let mut workbook = crate::xlsx::workbook(c.table.period.to);
    let f = Formats::new();
    appendix4(workbook.add_worksheet(), c, &f)?;
    let departments = level_sheet(workbook.add_worksheet(), c, &f, Level::Department)?;
    level_sheet(workbook.add_worksheet(), c, &f, Level::Office)?;
    let months = monthly_sheet(workbook.add_worksheet(), c, &f)?;
    findings_sheet(workbook.add_worksheet(), c, &f)?;
    let prefix = c.lang.pick("rejected ", "отклонённые ", "қабылданбаған ");
    rejected::add_sheets(&mut workbook, c.checked, c.lang, prefix)?;
    charts(&mut workbook, c, departments, months)?;
    let bytes = workbook.save_to_buffer()?;
    crate::fsio::write_bytes(path, &bytes)
}

/// Writes a value, "—" when there is none, marked when it misses the
/// normative value of the year.
fn write_value(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    r: &Row,
    i: Indicator,
    c: &Contents,
    f: &Formats,
) -> Result<()> {
    match r.get(i).value() {
        None => sheet.write_string_with_format(row, col, "—", &f.none)?,
        Some(v) => {
            let missed = c
                .norms
                .get(c.table.period.norm_year(), i)
                .is_some_and(|n| i.misses(v, n.normative));
            sheet.write_number_with_format(
                row,
                col,
                v,
                if missed { &f.missed } else { &f.value },
            )?
        }
    };
    Ok(())
}

/// Appendix 4: indicator, normative value, next year's target, current
/// value of the reporting year, in both languages; then each service.
fn appendix4(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    sheet.set_name(c.lang.pick("Appendix 4", "Приложение 4", "4-қосымша"))?;
    let year = c.table.period.norm_year();
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "Сапа және тиімділік көрсеткiштерiнiң мәнi / Значения показателей качества и эффективности, {} – {}",
            c.table.period.from.format("%d.%m.%Y"),
            c.table.period.to.format("%d.%m.%Y")
        ),
        &f.bold,
    )?;
    let headers = [
        "№".to_string(),
        "Сапа мен қол жетімділік көрсеткіштері".to_string(),
        "Показатели качества и доступности".to_string(),
        match c.norms.basis(year) {
            NormBasis::Illustrative => format!(
                "Көрсеткіштің нормативтік мәні / Нормативное значение показателя ({year}, иллюстрациялық / иллюстративное)"
            ),
            _ => {
                format!("Көрсеткіштің нормативтік мәні / Нормативное значение показателя ({year})")
            }
        },
        format!(
            "Көрсеткіштің келесі жылдағы нысаналы мәні / Целевое значение показателя в последующем году ({})",
            year + 1
        ),
        format!(
            "Есепті жылдағы көрсеткіштің ағымдағы мәні / Текущее значение показателя в отчетном году ({year})"
        ),
    ];
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, h, &f.header)?;
    }
    for (col, s) in Service::ALL.iter().enumerate() {
        let term = s.term();
        sheet.write_string_with_format(
            2,
            6 + col as u16,
            format!("{} / {}", term.name_kk(), term.name_ru()),
            &f.header,
        )?;
    }
    let republic = c.table.republic();
    let mut row = 3u32;
    let mut group = "";
    for i in Indicator::ALL {
        if i.group(Lang::En) != group {
            group = i.group(Lang::En);
            sheet.write_string_with_format(row, 0, "", &f.group)?;
            sheet.write_string_with_format(row, 1, i.group(Lang::Kk), &f.group)?;
            sheet.write_string_with_format(row, 2, i.group(Lang::Ru), &f.group)?;
            for col in 3..9 {
                sheet.write_string_with_format(row, col, "", &f.group)?;
            }
            row += 1;
        }
        sheet.write_string_with_format(row, 0, i.id(), &f.wrap)?;
        sheet.write_string_with_format(row, 1, i.name(Lang::Kk), &f.wrap)?;
        sheet.write_string_with_format(row, 2, i.name(Lang::Ru), &f.wrap)?;
        match c.norms.get(year, i) {
            Some(n) => {
                sheet.write_number_with_format(row, 3, n.normative, &f.value)?;
                sheet.write_number_with_format(row, 4, n.target, &f.value)?;
            }
            // No norm set: empty cells, the note under the table says why.
            None => {
                sheet.write_blank(row, 3, &f.value)?;
                sheet.write_blank(row, 4, &f.value)?;
            }
        }
        write_value(sheet, row, 5, republic, i, c, f)?;
        for (col, s) in Service::ALL.iter().enumerate() {
            match c.table.find(Level::Republic, "KZ", Some(*s), None) {
                Some(r) => write_value(sheet, row, 6 + col as u16, r, i, c, f)?,
                None => {
                    sheet.write_string_with_format(row, 6 + col as u16, "—", &f.none)?;
                }
            }
        }
        row += 1;
    }
    sheet.write_string(
        row + 1,
        1,
        "Нормативтік мәнге жетпеген мәндер белгіленген / Значения ниже норматива выделены (4.1: выше)",
    )?;
    // Where the normative values come from, beside them in both languages.
    let basis = c.norms.basis(year);
    sheet.write_string_with_format(row + 2, 1, basis.note(year, Lang::Kk), &f.note)?;
    sheet.write_string_with_format(row + 2, 2, basis.note(year, Lang::Ru), &f.note)?;
    sheet.set_row_height(row + 2, 64)?;
    sheet.set_column_width(0, 6)?;
    sheet.set_column_width(1, 60)?;
    sheet.set_column_width(2, 60)?;
    for col in 3..9 {
        sheet.set_column_width(col, 16)?;
    }
    sheet.set_row_height(2, 75)?;
    sheet.set_freeze_panes(3, 0)?;
    Ok(())
}

/// A department or office by a name its reader can tell from the others,
/// in Kazakh as the directories write it.
fn name_of(level: Level, key: &str) -> String {
    match level {
        Level::Department => region_name(key, true).map(str::to_string),
        Level::Office => office_name(key, true),
        Level::Republic => None,
    }
    .unwrap_or_default()
}

/// Writes the header of a sheet of rows: three columns, then the indicators.
fn row_header(sheet: &mut Worksheet, f: &Formats, first: &[&str; 3]) -> Result<()> {
    for (col, h) in first.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *h, &f.header)?;
    }
    for (k, i) in Indicator::ALL.iter().enumerate() {
        sheet.write_string_with_format(0, FIRST_VALUE + k as u16, i.id(), &f.header)?;
    }
    Ok(())
}

/// One row of a level or month sheet: the key, `second` (a name or a
/// month), the served cases, then every indicator from [`FIRST_VALUE`].
fn data_row(
    sheet: &mut Worksheet,
    row: u32,
    second: &str,
    r: &Row,
    c: &Contents,
    f: &Formats,
) -> Result<()> {
    sheet.write_string(row, 0, &r.key)?;
    sheet.write_string(row, 1, second)?;
    sheet.write_number_with_format(
        row,
        2,
        r.get(Indicator::Complaints).denominator as f64,
        &f.count,
    )?;
    for (k, i) in Indicator::ALL.iter().enumerate() {
        write_value(sheet, row, FIRST_VALUE + k as u16, r, *i, c, f)?;
    }
    Ok(())
}

/// The column of the first indicator on the level and month sheets.
const FIRST_VALUE: u16 = 3;

/// The rows of one level, all services, whole period; returns the sheet's
/// name and the number of data rows (for the charts).
fn level_sheet(
    sheet: &mut Worksheet,
    c: &Contents,
    f: &Formats,
    level: Level,
) -> Result<(String, u32)> {
    let name = match level {
        Level::Department => c.lang.pick("Departments", "Департаменты", "Департаменттер"),
        _ => c.lang.pick("Offices", "Подразделения", "Бөлімшелер"),
    };
    sheet.set_name(name)?;
    let first = [
        c.lang.pick("Code", "Код", "Коды"),
        c.lang.pick(
            "Name (Appendix 1)",
            "Наименование (Приложение 1)",
            "Атауы (1-қосымша)",
        ),
        c.lang.pick("Served", "Обслужено", "Қызмет көрсетілді"),
    ];
    row_header(sheet, f, &first)?;
    let mut row = 1u32;
    for r in c
        .table
        .rows
        .iter()
        .filter(|r| r.level == level && r.service.is_none() && r.month.is_none())
    {
        data_row(sheet, row, &name_of(level, &r.key), r, c, f)?;
        row += 1;
    }
    finish(sheet, row)?;
    sheet.set_column_width(1, 50)?;
    Ok((name.to_string(), row - 1))
}

/// Freeze, filter and size a sheet of `rows` rows (header included).
fn finish(sheet: &mut Worksheet, rows: u32) -> Result<()> {
    let last = FIRST_VALUE + Indicator::ALL.len() as u16 - 1;
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, rows.saturating_sub(1).max(1), last)?;
    sheet.set_column_width(0, 12)?;
    for col in FIRST_VALUE..=last {
        sheet.set_column_width(col, 8)?;
    }
    Ok(())
}

/// Every level per month, all services; the republic's months first (the
/// trend chart reads them).
fn monthly_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<(String, u32)> {
    let name = c.lang.pick("Months", "По месяцам", "Айлар бойынша");
    sheet.set_name(name)?;
    let first = [
        c.lang.pick("Code", "Код", "Коды"),
        c.lang.pick("Month", "Месяц", "Ай"),
        c.lang.pick("Served", "Обслужено", "Қызмет көрсетілді"),
    ];
    row_header(sheet, f, &first)?;
    let mut row = 1u32;
    let mut republic_months = 0;
    for r in c.table.rows.iter().filter(|r| r.service.is_none()) {
        let Some((y, m)) = r.month else { continue };
        if r.level == Level::Republic {
            republic_months += 1;
        }
        data_row(sheet, row, &format!("{y}-{m:02}"), r, c, f)?;
        row += 1;
    }
    finish(sheet, row)?;
    Ok((name.to_string(), republic_months))
}

/// The findings of the audit, counted per office and code.
fn findings_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    sheet.set_name(c.lang.pick("Findings", "Нарушения", "Бұзушылықтар"))?;
    let header = [
        c.lang.pick("Office", "Подразделение", "Бөлімше"),
        c.lang.pick("Code", "Код", "Коды"),
        c.lang.pick(
            "Item of the standard",
            "Пункт стандарта",
            "Стандарт тармағы",
        ),
        c.lang.pick("Finding", "Нарушение", "Бұзушылық"),
        c.lang.pick("Cases", "Дел", "Істер"),
    ];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *h, &f.header)?;
    }
    for (n, count) in c.findings.iter().enumerate() {
        let row = n as u32 + 1;
        sheet.write_string(row, 0, count.office.as_str())?;
        sheet.write_string(row, 1, count.code.key())?;
        sheet.write_string(row, 2, count.code.item())?;
        sheet.write_string(row, 3, count.code.message(c.lang))?;
        sheet.write_number_with_format(row, 4, f64::from(count.count), &f.count)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, c.findings.len().max(1) as u32, 4)?;
    sheet.set_column_width(0, 12)?;
    sheet.set_column_width(1, 28)?;
    sheet.set_column_width(2, 14)?;
    sheet.set_column_width(3, 70)?;
    Ok(())
}

/// Timeliness (1.1) by department, and the republic's monthly trend of
/// 1.1, 1.2 and 1.3, as native Excel charts.
fn charts(
    workbook: &mut Workbook,
    c: &Contents,
    departments: (String, u32),
    months: (String, u32),
) -> Result<()> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(c.lang.pick("Charts", "Диаграммы", "Диаграммалар"))?;
    let column = |i: Indicator| {
        FIRST_VALUE + Indicator::ALL.iter().position(|&k| k == i).unwrap_or(0) as u16
    };
    let (dept_sheet, dept_rows) = departments;
    if dept_rows > 0 {
        let mut chart = Chart::new(ChartType::Column);
        chart.title().set_name(c.lang.pick(
            "1.1 Timeliness by department, %",
            "1.1 Своевременность по департаментам, %",
            "1.1 Департаменттер бойынша уақтылылық, %",
        ));
        chart
            .add_series()
            .set_categories((dept_sheet.as_str(), 1, 0, dept_rows, 0))
            .set_values((
                dept_sheet.as_str(),
                1,
                column(Indicator::Timeliness),
                dept_rows,
                column(Indicator::Timeliness),
            ))
            .set_name("1.1");
        chart.legend().set_hidden();
        chart.set_width(900).set_height(380);
        sheet.insert_chart(1, 1, &chart)?;
    }
    let (month_sheet, month_rows) = months;
    if month_rows > 0 {
        let mut chart = Chart::new(ChartType::Line);
        chart.title().set_name(c.lang.pick(
            "Monthly trend, %",
            "Помесячная динамика, %",
            "Айлық динамика, %",
        ));
        for i in [
            Indicator::Timeliness,
            Indicator::Waiting,
            Indicator::ServiceTime,
        ] {
            chart
                .add_series()
                .set_categories((month_sheet.as_str(), 1, 1, month_rows, 1))
                .set_values((month_sheet.as_str(), 1, column(i), month_rows, column(i)))
                .set_name(i.id());
        }
        chart.set_width(900).set_height(380);
        sheet.insert_chart(21, 1, &chart)?;
    }
    Ok(())
}
