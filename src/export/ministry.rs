//! The ministry's workbook: Appendix 4 as the standard lays it out (in
//! Kazakh and Russian), the departments and offices side by side, the
//! months, the findings of the audit by office and code, the identity
//! documents (apart from Appendix 4), the activity (volumes, decisions,
//! time to a decision, duty), the rejected rows, and native charts
//! (timeliness by department, monthly trend).
//!
//! Every figure comes from the indicator table; this module only places
//! it. Input text goes through `write_string`, so a value beginning with
//! `=`, `+`, `-` or `@` stays text, never a formula.

mod activity;
mod identity;

use std::path::Path;

use anyhow::Result;
use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::{Contents, rejected};
use crate::indicators::{Indicator, Level, Results, Row};
use crate::lang::{DocLang, Lang};
use crate::settings::NormBasis;
use crate::vocab::{Service, Vocabulary};

struct Formats {
    bold: Format,
    /// A note of several lines under a table.
    note: Format,
    header: Format,
    value: Format,
    missed: Format,
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
    summary_sheet(workbook.add_worksheet(), c, &f)?;
    appendix4(workbook.add_worksheet(), c, &f)?;
    let departments = level_sheet(workbook.add_worksheet(), c, &f, Level::Department)?;
    level_sheet(workbook.add_worksheet(), c, &f, Level::Office)?;
    let months = monthly_sheet(workbook.add_worksheet(), c, &f)?;
    let compared = match c.previous {
        Some(previous) => {
            comparison_sheet(workbook.add_worksheet(), c, previous, &f)?;
            Some(months_compared(workbook.add_worksheet(), c, previous, &f)?)
        }
        None => None,
    };
    ranking_sheet(workbook.add_worksheet(), c, &f)?;
    findings_sheet(workbook.add_worksheet(), c, &f)?;
    identity::sheet(workbook.add_worksheet(), c, &f)?;
    activity::sheet(workbook.add_worksheet(), c, &f)?;
    let prefix = crate::msg!("export-rejected").text(c.lang);
    rejected::add_sheets(&mut workbook, c.checked, c.lang, &prefix)?;
    charts(&mut workbook, c, departments, months, compared.as_deref())?;
    let bytes = workbook.save_to_buffer()?;
    crate::fsio::write_bytes(path, &bytes)
}

/// The key messages, one sentence a row, and who prepared the report: the
/// first page a reader of the workbook sees, as in the PDF.
fn summary_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    // The width of a portrait A4 page at 100 % (wider, LibreOffice cuts
    // the sentences at the page's edge rather than shrink them).
    const WIDTH: f64 = 60.0;
    sheet.set_name(crate::msg!("summary").text(c.lang))?;
    sheet.set_column_width(0, WIDTH)?;
    sheet.write_string_with_format(0, 0, crate::msg!("summary").text(c.lang), &f.bold)?;
    let said = c.content.summary.said(c.content, c.lang);
    let prepared = crate::settings::PreparedBy::said(c.content.prepared_by.as_ref(), c.lang);
    // The sentences from the third row, the preparer after an empty one.
    let rows = (2u32..)
        .zip(&said)
        .chain([(said.len() as u32 + 3, &prepared)]);
    for (row, text) in rows {
        sheet.write_string_with_format(row, 0, text, &f.wrap)?;
        sheet.set_row_height(row, crate::xlsx::wrapped_height([(text.as_str(), WIDTH)]))?;
    }
    crate::xlsx::print_setup(sheet, false, None)?;
    Ok(())
}

/// Writes a value, an empty cell when there is none (nothing to count: a
/// text «—» would break the column's sums and filters), marked when it
/// misses the normative value of the year.
fn write_value(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    r: &Row,
    i: Indicator,
    c: &Contents,
    f: &Formats,
) -> Result<()> {
    write_ratio(sheet, row, col, Some(r.get(i)), i, c, f)
}

/// [`write_value`] of a ratio, an empty cell for none.
fn write_ratio(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    ratio: Option<crate::indicators::Ratio>,
    i: Indicator,
    c: &Contents,
    f: &Formats,
) -> Result<()> {
    match ratio.and_then(|r| r.value()) {
        None => sheet.write_blank(row, col, &f.value)?,
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

/// A text of Appendix 4's sheet, which the ministry reads in both
/// languages whatever the run's: Kazakh, then Russian.
fn both(msg: crate::catalog::Msg) -> String {
    format!("{} / {}", msg.text(Lang::Kk), msg.text(Lang::Ru))
}

/// Appendix 4: indicator, normative value, next year's target, current
/// value of the reporting year, in both languages; then each service.
fn appendix4(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    sheet.set_name(crate::msg!("export-appendix-4").text(c.lang))?;
    let year = c.table.period.norm_year();
    sheet.write_string_with_format(
        0,
        0,
        format!(
            "{}, {} – {}",
            both(crate::msg!("a4-values")),
            c.table.period.from.format("%d.%m.%Y"),
            c.table.period.to.format("%d.%m.%Y")
        ),
        &f.bold,
    )?;
    let headers = [
        "№".to_string(),
        crate::msg!("a4-indicators").text(Lang::Kk),
        crate::msg!("a4-indicators").text(Lang::Ru),
        match c.norms.basis(year) {
            NormBasis::Illustrative => format!(
                "{} ({year}, {})",
                both(crate::msg!("a4-normative")),
                both(crate::msg!("a4-illustrative"))
            ),
            _ => format!("{} ({year})", both(crate::msg!("a4-normative"))),
        },
        format!("{} ({})", both(crate::msg!("a4-target")), year + 1),
        format!("{} ({year})", both(crate::msg!("a4-current"))),
    ];
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, h, &f.header)?;
    }
    // The standard's services, as the content has them: identity
    // documents have a sheet of their own.
    let services: Vec<Service> = c
        .content
        .appendix4
        .first()
        .map(|line| line.by_service.iter().map(|(s, _)| *s).collect())
        .unwrap_or_default();
    let service_names: Vec<String> = services
        .iter()
        .map(|s| format!("{} / {}", s.term().name_kk(), s.term().name_ru()))
        .collect();
    // What the republic's value is counted from, after the services.
    let counts = 6 + services.len() as u16;
    let last = counts + 1;
    for (col, name) in service_names.iter().enumerate() {
        sheet.write_string_with_format(2, 6 + col as u16, name, &f.header)?;
    }
    let count_names = [
        both(crate::msg!("a4-numerator")),
        both(crate::msg!("a4-denominator")),
    ];
    for (col, name) in (counts..).zip(&count_names) {
        sheet.write_string_with_format(2, col, name, &f.header)?;
    }
    let mut row = 3u32;
    let mut group = String::new();
    for line in &c.content.appendix4 {
        let i = line.indicator;
        if i.group(Lang::En) != group {
            group = i.group(Lang::En);
            sheet.write_string_with_format(row, 0, "", &f.group)?;
            sheet.write_string_with_format(row, 1, i.group(Lang::Kk), &f.group)?;
            sheet.write_string_with_format(row, 2, i.group(Lang::Ru), &f.group)?;
            for col in 3..=last {
                sheet.write_string_with_format(row, col, "", &f.group)?;
            }
            row += 1;
        }
        // Set by the configuration, not measured: marked, as the note
        // under the table says.
        let id = match i.measured() {
            true => i.id().to_string(),
            false => format!("{}†", i.id()),
        };
        sheet.write_string_with_format(row, 0, id, &f.wrap)?;
        sheet.write_string_with_format(row, 1, i.name(Lang::Kk), &f.wrap)?;
        sheet.write_string_with_format(row, 2, i.name(Lang::Ru), &f.wrap)?;
        // Wrapped names need their rows' height: a spreadsheet does not
        // grow a row it reads.
        sheet.set_row_height(
            row,
            crate::xlsx::wrapped_height([
                (i.name(Lang::Kk).as_str(), NAME),
                (i.name(Lang::Ru).as_str(), NAME),
            ]),
        )?;
        match line.norm {
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
        write_ratio(sheet, row, 5, Some(line.value), i, c, f)?;
        for (col, (_, ratio)) in line.by_service.iter().enumerate() {
            write_ratio(sheet, row, 6 + col as u16, *ratio, i, c, f)?;
        }
        let (n, d) = (line.value.numerator, line.value.denominator);
        sheet.write_number_with_format(row, counts, n as f64, &f.count)?;
        sheet.write_number_with_format(row, counts + 1, d as f64, &f.count)?;
        row += 1;
    }
    sheet.write_string(row + 1, 1, both(crate::msg!("a4-missed")))?;
    let (kk, ru) = (
        format!("† {}", crate::msg!("a4-configured").text(Lang::Kk)),
        format!("† {}", crate::msg!("a4-configured").text(Lang::Ru)),
    );
    sheet.write_string_with_format(row + 3, 1, &kk, &f.note)?;
    sheet.write_string_with_format(row + 3, 2, &ru, &f.note)?;
    sheet.set_row_height(
        row + 3,
        crate::xlsx::wrapped_height([(kk.as_str(), NAME), (ru.as_str(), NAME)]),
    )?;
    // Where the normative values come from, beside them in both languages.
    let basis = c.norms.basis(year);
    let (kk, ru) = (basis.note(year, Lang::Kk), basis.note(year, Lang::Ru));
    sheet.write_string_with_format(row + 2, 1, &kk, &f.note)?;
    sheet.write_string_with_format(row + 2, 2, &ru, &f.note)?;
    sheet.set_row_height(
        row + 2,
        crate::xlsx::wrapped_height([(kk.as_str(), NAME), (ru.as_str(), NAME)]),
    )?;
    sheet.set_row_height(
        2,
        crate::xlsx::wrapped_height(
            headers
                .iter()
                .skip(3)
                .chain(&service_names)
                .chain(&count_names)
                .map(|h| (h.as_str(), VALUE)),
        ),
    )?;
    sheet.set_freeze_panes(3, 0)?;
    // At 100 %: the indicator and its names on every page, the values in
    // groups across.
    let widths: Vec<f64> = [6.0, NAME, NAME]
        .into_iter()
        .chain(std::iter::repeat_n(VALUE, usize::from(last) - 2))
        .collect();
    crate::xlsx::print_table(sheet, &widths, (2, 2), (0, 2))?;
    Ok(())
}

/// The width of the columns of indicator names on the Appendix 4 sheet:
/// wrapped, narrow enough that both leave room for values on a page.
const NAME: f64 = 28.0;

/// The width of the Appendix 4 sheet's columns of values.
const VALUE: f64 = 11.0;

/// A department or office by a name its reader can tell from the others,
/// as named on the period's last day: in Russian for a Russian workbook,
/// else in Kazakh.
fn name_of(level: Level, key: &str, c: &Contents) -> String {
    level.name_of(key, c.table.period.to, DocLang::of(c.lang))
}

/// A level as a sheet's column of levels names it.
fn level_name(level: Level, l: Lang) -> String {
    match level {
        Level::Republic => crate::msg!("export-republic").text(l),
        Level::Department => crate::msg!("export-department").text(l),
        Level::Office => crate::msg!("export-office").text(l),
    }
}

/// Writes the header of a sheet of rows: three columns, then the indicators.
fn row_header(sheet: &mut Worksheet, f: &Formats, first: &[String; 3]) -> Result<()> {
    for (col, h) in first.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
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
    sheet.write_string_with_format(row, 1, second, &f.wrap)?;
    sheet.write_number_with_format(row, 2, r.served() as f64, &f.count)?;
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
        Level::Department => crate::msg!("export-departments").text(c.lang),
        _ => crate::msg!("export-offices").text(c.lang),
    };
    sheet.set_name(&name)?;
    let first = [
        crate::msg!("export-code").text(c.lang),
        crate::msg!("export-name").text(c.lang),
        crate::msg!("export-served").text(c.lang),
    ];
    row_header(sheet, f, &first)?;
    let mut row = 1u32;
    for r in c
        .table
        .rows
        .iter()
        .filter(|r| r.level == level && r.service.is_none() && r.month.is_none())
    {
        let name = name_of(level, &r.key, c);
        sheet.set_row_height(row, crate::xlsx::wrapped_height([(name.as_str(), NAMED)]))?;
        data_row(sheet, row, &name, r, c, f)?;
        if level == Level::Department {
            let region =
                crate::bodies::region_short(&r.key, c.table.period.to, DocLang::of(c.lang));
            sheet.write_string(row, REGION, region)?;
        }
        row += 1;
    }
    let region = level == Level::Department;
    if region {
        let header = crate::msg!("export-region").text(c.lang);
        sheet.write_string_with_format(0, REGION, header, &f.header)?;
    }
    finish(sheet, row, [9.0, NAMED, 10.0], region.then_some(30.0))?;
    Ok((name.to_string(), row - 1))
}

/// The width of the column of names on the sheets of departments and
/// offices: wrapped, a page holds it, the code and half the indicators.
const NAMED: f64 = 44.0;

/// The column of the departments' regions, after the indicators: short
/// enough to name a department under its bar in the chart.
const REGION: u16 = FIRST_VALUE + Indicator::ALL.len() as u16;

/// Freeze, filter and size a sheet of `rows` rows (header included): its
/// three first columns `first` wide, the indicators, then the region's
/// column where it has one; printed at 100 %, the first two columns on
/// every page.
fn finish(sheet: &mut Worksheet, rows: u32, first: [f64; 3], region: Option<f64>) -> Result<()> {
    let last = FIRST_VALUE + Indicator::ALL.len() as u16 - 1;
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, rows.saturating_sub(1).max(1), last)?;
    let widths: Vec<f64> = first
        .into_iter()
        .chain(std::iter::repeat_n(8.0, Indicator::ALL.len()))
        .chain(region)
        .collect();
    crate::xlsx::print_table(sheet, &widths, (0, 0), (0, 1))?;
    Ok(())
}

/// Every level per month, all services; the republic's months first (the
/// trend chart reads them).
fn monthly_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<(String, u32)> {
    let name = crate::msg!("export-months").text(c.lang);
    sheet.set_name(&name)?;
    let first = [
        crate::msg!("export-code").text(c.lang),
        crate::msg!("export-month").text(c.lang),
        crate::msg!("export-served").text(c.lang),
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
    finish(sheet, row, [10.0, 9.0, 10.0], None)?;
    Ok((name.to_string(), republic_months))
}

/// Each indicator of the republic and of each department beside the
/// previous year's: one row per place and indicator, to filter.
fn comparison_sheet(
    sheet: &mut Worksheet,
    c: &Contents,
    previous: &Results,
    f: &Formats,
) -> Result<()> {
    let l = c.lang;
    let (year, before) = (c.table.period.norm_year(), c.table.period.norm_year() - 1);
    sheet.set_name(crate::msg!("export-comparison").text(l))?;
    let header = [
        crate::msg!("export-code").text(l).to_string(),
        crate::msg!("export-name").text(l).to_string(),
        crate::msg!("export-indicator").text(l).to_string(),
        crate::msg!("export-indicator-name").text(l).to_string(),
        format!("{} {year}", crate::msg!("export-served").text(l)),
        format!("{} {before}", crate::msg!("export-served").text(l)),
        year.to_string(),
        before.to_string(),
        crate::msg!("export-change-percentage-points")
            .text(l)
            .to_string(),
    ];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
    }
    let mut row = 1u32;
    let places = crate::indicators::compare(c.table, previous, Level::Republic)
        .into_iter()
        .chain(crate::indicators::compare(
            c.table,
            previous,
            Level::Department,
        ));
    for (r, changes) in places {
        let before_row = previous.find(r.level, &r.key, None, None);
        let name = match r.level {
            Level::Republic => crate::msg!("export-republic").text(l).to_string(),
            level => name_of(level, &r.key, c),
        };
        for (i, change) in Indicator::ALL.iter().zip(changes) {
            let indicator = i.name(l);
            sheet.set_row_height(
                row,
                crate::xlsx::wrapped_height([
                    (name.as_str(), COMPARED[1]),
                    (indicator.as_str(), COMPARED[3]),
                ]),
            )?;
            sheet.write_string(row, 0, &r.key)?;
            sheet.write_string_with_format(row, 1, &name, &f.wrap)?;
            sheet.write_string(row, 2, i.id())?;
            sheet.write_string_with_format(row, 3, &indicator, &f.wrap)?;
            let served = |r: &Row| r.served() as f64;
            sheet.write_number_with_format(row, 4, served(r), &f.count)?;
            match before_row {
                Some(b) => sheet.write_number_with_format(row, 5, served(b), &f.count)?,
                None => sheet.write_blank(row, 5, &f.count)?,
            };
            for (col, v) in [
                (6, change.current),
                (7, change.previous),
                (8, change.change),
            ] {
                match v {
                    Some(v) => sheet.write_number_with_format(row, col, v, &f.value)?,
                    None => sheet.write_blank(row, col, &f.value)?,
                };
            }
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), 8)?;
    sheet.set_row_height(0, 45)?;
    // At 100 %: the place and the indicator on every page.
    crate::xlsx::print_table(sheet, &COMPARED, (0, 0), (0, 3))?;
    Ok(())
}

/// The widths of the comparison's columns: code, name, indicator, its
/// name, served in each year, each year's value, the change.
const COMPARED: [f64; 9] = [8.0, 26.0, 5.0, 26.0, 10.0, 10.0, 8.0, 8.0, 12.0];

/// The republic's months beside the same months a year earlier; returns
/// the sheet's name (the trend chart reads it).
fn months_compared(
    sheet: &mut Worksheet,
    c: &Contents,
    previous: &Results,
    f: &Formats,
) -> Result<String> {
    let l = c.lang;
    let (year, before) = (c.table.period.norm_year(), c.table.period.norm_year() - 1);
    let name = crate::msg!("export-months-compared").text(l);
    sheet.set_name(&name)?;
    sheet.write_string_with_format(0, 0, crate::msg!("export-month").text(l), &f.header)?;
    let mut col = 1u16;
    for i in Indicator::ALL {
        for y in [year, before] {
            sheet.write_string_with_format(0, col, format!("{} {y}", i.id()), &f.header)?;
            col += 1;
        }
    }
    let months = c
        .table
        .rows
        .iter()
        .filter(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_some());
    for (n, r) in months.enumerate() {
        let row = n as u32 + 1;
        let (y, m) = r.month.expect("monthly rows");
        sheet.write_string(row, 0, format!("{y}-{m:02}"))?;
        let then = previous.find(Level::Republic, &r.key, None, Some((y - 1, m)));
        for (k, i) in Indicator::ALL.iter().enumerate() {
            for (j, source) in [Some(r), then].into_iter().enumerate() {
                let col = 1 + 2 * k as u16 + j as u16;
                match source.and_then(|s| s.get(*i).value()) {
                    Some(v) => sheet.write_number_with_format(row, col, v, &f.value)?,
                    None => sheet.write_blank(row, col, &f.value)?,
                };
            }
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    let widths = [9.0; 1 + 2 * Indicator::ALL.len()];
    crate::xlsx::print_table(sheet, &widths, (0, 0), (0, 0))?;
    Ok(name.to_string())
}

/// Departments and offices ranked by 1.1 and by 4.1, best first, with
/// the consumers each served.
fn ranking_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    let l = c.lang;
    sheet.set_name(crate::msg!("export-ranking").text(l))?;
    let header = [
        crate::msg!("export-level").text(l),
        crate::msg!("export-indicator").text(l),
        crate::msg!("export-place").text(l),
        crate::msg!("export-code").text(l),
        crate::msg!("export-name").text(l),
        crate::msg!("export-served").text(l),
        crate::msg!("export-value").text(l),
    ];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
    }
    let mut row = 1u32;
    for ranking in &c.content.rankings {
        let (level, i) = (ranking.level, ranking.indicator);
        for r in &ranking.places {
            sheet.write_string(row, 0, level_name(level, l))?;
            sheet.write_string(row, 1, i.id())?;
            sheet.write_number(row, 2, r.place as f64)?;
            sheet.write_string(row, 3, &r.key)?;
            sheet.write_string(row, 4, name_of(level, &r.key, c))?;
            sheet.write_number_with_format(row, 5, r.served as f64, &f.count)?;
            sheet.write_number_with_format(row, 6, r.value, &f.value)?;
            row += 1;
        }
    }
    // Who is not ranked, beside the table: the same words as the report's.
    let below: usize = c
        .content
        .rankings
        .iter()
        .filter(|r| r.indicator == Indicator::Timeliness)
        .map(|r| r.below)
        .sum();
    let min = c.content.min_served;
    let note = crate::msg!("ranking-minimum", min = min, below = below).text(l);
    sheet.write_string_with_format(0, 8, &note, &f.note)?;
    sheet.set_column_width(8, 60)?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), 6)?;
    // Printed: the table at 100 %, the note at the head of every page
    // (a page header's `&` doubled).
    crate::xlsx::print_table(
        sheet,
        &[14.0, 8.0, 7.0, 10.0, 36.0, 10.0, 9.0],
        (0, 0),
        (0, 4),
    )?;
    sheet.set_print_area(0, 0, row.saturating_sub(1).max(1), 6)?;
    sheet.set_header(format!("&L{}", note.replace('&', "&&")));
    Ok(())
}

/// The findings of the audit, counted per office and code, as
/// `findings.xlsx` counts them.
fn findings_sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    sheet.set_name(crate::msg!("export-findings").text(c.lang))?;
    let mut name = |office: &str| name_of(Level::Office, office, c);
    super::findings::counts_sheet(sheet, c.findings, c.lang, &mut name, &f.header)
}

/// Timeliness (1.1) by department, and the republic's monthly trend of
/// 1.1, 1.2 and 1.3 (with the previous year's 1.1 when there is one), as
/// native charts, each printed on a page of its own.
fn charts(
    workbook: &mut Workbook,
    c: &Contents,
    departments: (String, u32),
    months: (String, u32),
    compared: Option<&str>,
) -> Result<()> {
    let l = c.lang;
    let sheet = workbook.add_worksheet();
    sheet.set_name(crate::msg!("export-charts").text(l))?;
    let column = |i: Indicator| {
        FIRST_VALUE + Indicator::ALL.iter().position(|&k| k == i).unwrap_or(0) as u16
    };
    let (dept_sheet, dept_rows) = departments;
    if dept_rows > 0 {
        let mut chart = Chart::new(ChartType::Column);
        chart
            .title()
            .set_name(&crate::msg!("export-1-1-timeliness-department").text(l));
        // The departments by their regions' names, not by code, nor by
        // their bodies' names, too long to stand under a bar.
        chart
            .add_series()
            .set_categories((dept_sheet.as_str(), 1, REGION, dept_rows, REGION))
            .set_values((
                dept_sheet.as_str(),
                1,
                column(Indicator::Timeliness),
                dept_rows,
                column(Indicator::Timeliness),
            ))
            .set_name(&format!(
                "{} {}",
                Indicator::Timeliness.id(),
                Indicator::Timeliness.name(l)
            ));
        chart.legend().set_hidden();
        chart.set_width(CHART_WIDTH).set_height(CHART_HEIGHT);
        sheet.insert_chart(0, 0, &chart)?;
    }
    let (month_sheet, month_rows) = months;
    if month_rows > 0 {
        let mut chart = Chart::new(ChartType::Line);
        chart
            .title()
            .set_name(&crate::msg!("export-monthly-trend").text(l));
        let year = c.table.period.norm_year();
        for i in [
            Indicator::Timeliness,
            Indicator::Waiting,
            Indicator::ServiceTime,
        ] {
            chart
                .add_series()
                .set_categories((month_sheet.as_str(), 1, 1, month_rows, 1))
                .set_values((month_sheet.as_str(), 1, column(i), month_rows, column(i)))
                .set_name(&format!("{} {} ({year})", i.id(), i.short(l)));
        }
        // The previous year's 1.1, dashed: column 2 of the compared months.
        if let Some(compared) = compared {
            chart
                .add_series()
                .set_values((compared, 1, 2, month_rows, 2))
                .set_format(
                    rust_xlsxwriter::ChartFormat::new().set_line(
                        rust_xlsxwriter::ChartLine::new()
                            .set_dash_type(rust_xlsxwriter::ChartLineDashType::Dash),
                    ),
                )
                .set_name(&format!(
                    "{} {} ({})",
                    Indicator::Timeliness.id(),
                    Indicator::Timeliness.short(l),
                    year - 1
                ));
        }
        chart
            .legend()
            .set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
        chart.set_width(CHART_WIDTH).set_height(CHART_HEIGHT);
        sheet.insert_chart(CHART_ROWS, 0, &chart)?;
    }
    // Each chart on its own page: a break before the second, and margins
    // that leave a chart the page's width. (Fitting to a page would make
    // a spreadsheet ignore the break.)
    sheet.set_column_width(0, CHART_COLUMN)?;
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    sheet.set_footer("&P / &N");
    sheet.set_page_breaks(&[CHART_ROWS])?;
    Ok(())
}

/// A chart's size in pixels, inside A4 landscape less the margins (10.7 ×
/// 7 inches at 96 pixels an inch). A spreadsheet pages a sheet by whole
/// columns and sizes a chart by the columns it spans, and LibreOffice's
/// default column is wider than Excel's: the charts lie in one column
/// set wider than them ([`CHART_COLUMN`]), which prints on one page in
/// both (measured in LibreOffice 7.4).
const CHART_WIDTH: u32 = 800;
/// The width of that column, in characters (about 850 pixels).
const CHART_COLUMN: f64 = 120.0;
const CHART_HEIGHT: u32 = 520;

/// The rows a chart of the charts sheet takes (520 px at 20 px a row),
/// with rows to spare; the second chart starts a page there.
const CHART_ROWS: u32 = 30;
