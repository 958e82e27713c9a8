//! The workbook's sheet of identity documents: counted apart from Appendix
//! 4 (`indicators::identity`), a row per place with what the Rules of the
//! formular ask.

use anyhow::Result;
use rust_xlsxwriter::Worksheet;

use super::{Contents, Formats, level_name, name_of};
use crate::indicators::identity::Counts;
use crate::lang::Lang;
use crate::vocab::Vocabulary;

/// The header: place, then the counts, then each term as recorded, met and
/// share.
fn header(l: Lang) -> Vec<String> {
    let mut header: Vec<String> = [
        crate::msg!("export-level").text(l),
        crate::msg!("export-code").text(l),
        crate::msg!("export-name").text(l),
        crate::msg!("export-identity-decided").text(l),
        crate::msg!("export-identity-issued").text(l),
        crate::msg!("export-identity-refused").text(l),
    ]
    .into();
    let returned = crate::msg!("export-identity-returned").text(l);
    for reason in Counts::REASONS {
        let name = match reason {
            Some(r) => r.term().name(l).to_string(),
            None => crate::msg!("export-identity-another-reason").text(l),
        };
        header.push(format!("{returned}: {name} (40)"));
    }
    header.push(format!(
        "{returned}: {}",
        crate::msg!("export-identity-total").text(l)
    ));
    for term in [
        crate::msg!("export-identity-registry-request-12").text(l),
        crate::msg!("export-identity-additional-check-16").text(l),
        crate::msg!("export-identity-conclusion-16").text(l),
        crate::msg!("export-identity-deadline-set-report").text(l),
    ] {
        for part in [
            crate::msg!("export-identity-recorded").text(l),
            crate::msg!("export-identity-met").text(l),
            "%".to_string(),
        ] {
            header.push(format!("{term}: {part}"));
        }
    }
    header.push(
        crate::msg!("export-identity-formular-codes-not-fitting-person")
            .text(l)
            .to_string(),
    );
    header
}

/// The sheet: the republic, then departments and offices by code.
pub(super) fn sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    let l = c.lang;
    sheet.set_name(crate::msg!("export-identity-identity-documents").text(l))?;
    let header = header(l);
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
    }
    let mut row = 1u32;
    for place in &c.identity.places {
        let counts = &place.counts;
        sheet.write_string(row, 0, level_name(place.level, l))?;
        sheet.write_string(row, 1, &place.key)?;
        let name = name_of(place.level, &place.key, c);
        sheet.set_row_height(row, crate::xlsx::wrapped_height([(name.as_str(), NAME)]))?;
        sheet.write_string_with_format(row, 2, &name, &f.wrap)?;
        let mut cells: Vec<Cell> = [counts.served, counts.issued, counts.refused]
            .into_iter()
            .chain(counts.returned)
            .chain([counts.returned_total()])
            .map(Cell::Count)
            .collect();
        for ratio in [
            counts.registry,
            counts.check,
            counts.conclusion,
            counts.deadline,
        ] {
            cells.extend([
                Cell::Count(ratio.denominator),
                Cell::Count(ratio.numerator),
                Cell::Share(ratio.value()),
            ]);
        }
        cells.push(Cell::Count(counts.misfits));
        for (col, cell) in (3u16..).zip(cells) {
            match cell {
                Cell::Count(n) => sheet.write_number_with_format(row, col, n as f64, &f.count)?,
                Cell::Share(Some(v)) => sheet.write_number_with_format(row, col, v, &f.value)?,
                // Nothing recorded: no share, an empty cell (a text «—»
                // would break the column's sums and filters).
                Cell::Share(None) => sheet.write_blank(row, col, &f.value)?,
            };
        }
        row += 1;
    }
    let last = (header.len() - 1) as u16;
    sheet.set_freeze_panes(1, 3)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), last)?;
    sheet.set_row_height(
        0,
        crate::xlsx::wrapped_height(header.iter().skip(3).map(|h| (h.as_str(), 9.0))),
    )?;
    // At 100 %: the place on every page (its level on the first), the
    // counts in groups across.
    let widths: Vec<f64> = [12.0, 9.0, NAME]
        .into_iter()
        .chain(std::iter::repeat_n(9.0, usize::from(last) - 2))
        .collect();
    crate::xlsx::print_table(sheet, &widths, (0, 0), (1, 2))?;
    Ok(())
}

/// A cell of a place's row.
enum Cell {
    Count(u64),
    Share(Option<f64>),
}

/// The width of the column of names: wrapped, narrow enough to leave room
/// for figures beside the columns repeated on every printed page.
const NAME: f64 = 30.0;
