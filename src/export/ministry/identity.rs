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
        l.pick("Level", "Уровень", "Деңгей"),
        l.pick("Code", "Код", "Коды"),
        l.pick("Name", "Наименование", "Атауы"),
        l.pick("Decided", "Решено", "Шешілді"),
        l.pick("Issued", "Выдано", "Берілді"),
        l.pick("Refused", "Отказано", "Бас тартылды"),
    ]
    .map(str::to_string)
    .into();
    let returned = l.pick("Returned", "Возвращено", "Қайтарылды");
    for reason in Counts::REASONS {
        let name = match reason {
            Some(r) => match l {
                Lang::En => r.key(),
                Lang::Ru => r.term().name_ru(),
                Lang::Kk => r.term().name_kk(),
            },
            None => l.pick("another reason", "иная причина", "басқа себеп"),
        };
        header.push(format!("{returned}: {name} (40)"));
    }
    header.push(format!(
        "{returned}: {}",
        l.pick("total", "всего", "барлығы")
    ));
    for term in [
        l.pick(
            "Registry request (12)",
            "Запрос в орган РАГС (п. 12)",
            "АХАЖ органына сұрау (12-т.)",
        ),
        l.pick(
            "Additional check (16)",
            "Дополнительная проверка (п. 16)",
            "Қосымша тексеру (16-т.)",
        ),
        l.pick("Conclusion (16)", "Заключение (п. 16)", "Қорытынды (16-т.)"),
        l.pick(
            "Deadline set for the report",
            "Срок, заданный для отчёта",
            "Есеп үшін белгіленген мерзім",
        ),
    ] {
        for part in [
            l.pick("recorded", "записано", "жазылған"),
            l.pick("met", "в срок", "мерзімінде"),
            "%",
        ] {
            header.push(format!("{term}: {part}"));
        }
    }
    header.push(
        l.pick(
            "Formular codes not fitting the person (31)",
            "Коды формуляра, не соответствующие лицу (п. 31)",
            "Адамға сәйкес келмейтін формуляр кодтары (31-т.)",
        )
        .to_string(),
    );
    header
}

/// The sheet: the republic, then departments and offices by code.
pub(super) fn sheet(sheet: &mut Worksheet, c: &Contents, f: &Formats) -> Result<()> {
    let l = c.lang;
    sheet.set_name(l.pick(
        "Identity documents",
        "Документы, удост. личность",
        "Жеке куәлік құжаттары",
    ))?;
    let header = header(l);
    for (col, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &f.header)?;
    }
    let mut row = 1u32;
    for place in &c.identity.places {
        let counts = &place.counts;
        sheet.write_string(row, 0, level_name(place.level, l))?;
        sheet.write_string(row, 1, &place.key)?;
        sheet.write_string(row, 2, name_of(place.level, &place.key, c))?;
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
    sheet.set_row_height(0, 75)?;
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 10)?;
    sheet.set_column_width(2, 40)?;
    for col in 3..=last {
        sheet.set_column_width(col, 11)?;
    }
    crate::xlsx::print_setup(sheet, true, Some((0, 0)))?;
    Ok(())
}

/// A cell of a place's row.
enum Cell {
    Count(u64),
    Share(Option<f64>),
}
