//! The workbook's sheet of activity: volumes, decisions, time to a
//! decision and duty (`indicators::activity`) for every place, service and
//! month, with the words the annual report uses for them.

use anyhow::Result;
use rust_xlsxwriter::{Format, FormatBorder, Worksheet};

use super::{Contents, Formats, level_name, name_of};
use crate::catalog::Msg;
use crate::indicators::Level;
use crate::vocab::Vocabulary;

/// The sheet: a row per place and service (all first) for the whole
/// period, as the content orders them, and the months of the republic
/// (each service) and of the departments (all services): the months of
/// every office and service would be thousands of pages to print.
pub(super) fn sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    let l = c.lang;
    let word = |id: &'static str| Msg::new(id).text(l);
    sheet.set_name(word("export-activity"))?;
    let end = c.table.period.to.format("%d.%m.%Y").to_string();
    let header = [
        word("export-level"),
        word("export-code"),
        word("export-name"),
        word("activity-service"),
        word("activity-month"),
        word("activity-submitted"),
        word("activity-decided"),
        word("activity-granted"),
        word("activity-refused"),
        word("activity-refusal-rate"),
        crate::msg!("activity-pending", end = end).text(l),
        word("activity-median"),
        word("activity-p90"),
        word("activity-duty"),
    ];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
    }
    let tenge = Format::new()
        .set_num_format("#,##0.00")
        .set_border(FormatBorder::Thin);
    let all = word("activity-all-services");
    let mut row = 1u32;
    let printed = c.content.activity.rows.iter().filter(|r| match r.level {
        _ if r.month.is_none() => true,
        Level::Republic => true,
        Level::Department => r.service.is_none(),
        Level::Office => false,
    });
    for r in printed {
        sheet.write_string(row, 0, level_name(r.level, l))?;
        sheet.write_string(row, 1, &r.key)?;
        let name = name_of(r.level, &r.key, c);
        let service = match r.service {
            Some(s) => s.term().name(l).to_string(),
            None => all.clone(),
        };
        sheet.set_row_height(
            row,
            crate::xlsx::wrapped_height([(name.as_str(), NAME), (service.as_str(), SERVICE)]),
        )?;
        sheet.write_string_with_format(row, 2, &name, &f.wrap)?;
        sheet.write_string_with_format(row, 3, &service, &f.wrap)?;
        if let Some((y, m)) = r.month {
            sheet.write_string(row, 4, format!("{y}-{m:02}"))?;
        }
        let counts = [r.submitted, r.decided, r.granted, r.refused];
        for (col, n) in (5u16..).zip(counts) {
            sheet.write_number_with_format(row, col, n as f64, &f.count)?;
        }
        // No value: an empty cell (a text «—» would break the column's
        // sums and filters).
        let numbers = [
            (9, r.refusal_rate(), &f.value),
            (10, r.pending.map(|n| n as f64), &f.count),
            (11, r.days.map(|d| d.median), &f.value),
            (12, r.days.map(|d| d.p90), &f.value),
            (13, Some(r.duty.tenge()), &tenge),
        ];
        for (col, value, format) in numbers {
            match value {
                Some(v) => sheet.write_number_with_format(row, col, v, format)?,
                None => sheet.write_blank(row, col, format)?,
            };
        }
        row += 1;
    }
    let last = (header.len() - 1) as u16;
    sheet.set_freeze_panes(1, 3)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), last)?;
    sheet.set_row_height(
        0,
        crate::xlsx::wrapped_height(header.iter().skip(5).map(|h| (h.as_str(), FIGURE))),
    )?;
    // At 100 %: the place, service and month on every page (the level on
    // the first), the figures in groups across.
    let widths: Vec<f64> = [10.0, 9.0, NAME, SERVICE, 8.0]
        .into_iter()
        .chain(std::iter::repeat_n(FIGURE, usize::from(last) - 4))
        .collect();
    crate::xlsx::print_table(sheet, &widths, (0, 0), (1, 4))?;
    Ok(())
}

/// The width of the column of names: wrapped, narrow enough to leave room
/// for figures beside the columns repeated on every printed page.
const NAME: f64 = 26.0;

/// The width of the column of services, wrapped.
const SERVICE: f64 = 14.0;

/// The width of the columns of figures (a million cases, grouped, fits).
const FIGURE: f64 = 9.0;
