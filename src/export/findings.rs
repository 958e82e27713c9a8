//! The findings of the audit as rows ready to print, and their workbook
//! (`findings.xlsx`): one row per finding with the case or complaint, its
//! place in the input and the figures behind it, and the counts per office
//! and code.

use anyhow::Result;
use rust_xlsxwriter::Format;
use serde::Serialize;

use crate::chunked::Chunked;
use crate::lang::Lang;
use crate::law::complaint::ComplaintVerdict;
use crate::law::{self, Finding, Tally, Verdict};
use crate::model::Origin;
use crate::validate::{Checked, locate};

/// The findings of every accepted case and complaint, ready to print (the
/// cases' first), and their counts per office and code.
pub fn findings<'a>(
    checked: &'a Checked,
    verdicts: &'a Chunked<Verdict>,
    complaint_verdicts: &'a [ComplaintVerdict],
    lang: Lang,
) -> (Vec<FindingRow<'a>>, Vec<Tally>) {
    (
        rows(checked, verdicts, complaint_verdicts, lang),
        law::tally(
            &checked.cases,
            verdicts,
            &checked.complaints,
            complaint_verdicts,
        ),
    )
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum About {
    Case,
    Complaint,
}

/// One finding about one case, ready to print. It borrows what it shows
/// from the case and the verdict: a large input has hundreds of thousands
/// of findings, and copies of their ids and places would outweigh the rest.
#[derive(Debug, Serialize)]
pub struct FindingRow<'a> {
    pub about: About,
    /// The case's id, or the complaint's. Hidden in JSON when it looks like
    /// personal data (an IIN as case id).
    #[serde(serialize_with = "masked")]
    pub id: &'a str,
    pub office: &'a str,
    #[serde(skip)]
    pub place: String,
    pub file: &'a str,
    pub sheet: Option<&'a str>,
    pub row: u32,
    pub code: &'static str,
    pub item: &'static str,
    /// The item as the reader of the run's language cites it.
    #[serde(skip)]
    pub cited: String,
    pub message: &'static str,
    pub figures: std::collections::BTreeMap<&'static str, &'a str>,
}

fn masked<S: serde::Serializer>(id: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(crate::schema::shown_in_message("case_id", id))
}

impl FindingRow<'_> {
    pub fn figures_text(&self) -> String {
        self.figures
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn rows<'a>(
    checked: &'a Checked,
    verdicts: &'a Chunked<Verdict>,
    complaint_verdicts: &'a [ComplaintVerdict],
    lang: Lang,
) -> Vec<FindingRow<'a>> {
    let mut out = Vec::new();
    for (case, verdict) in checked.cases.iter().zip(verdicts) {
        for f in &verdict.findings {
            let subject = (About::Case, &*case.case_id, case.office.as_str());
            out.push(row(subject, &case.origin, f, lang));
        }
    }
    for (complaint, verdict) in checked.complaints.iter().zip(complaint_verdicts) {
        for f in &verdict.findings {
            let subject = (
                About::Complaint,
                complaint.complaint_id.as_str(),
                complaint.office.as_str(),
            );
            out.push(row(subject, &complaint.origin, f, lang));
        }
    }
    out
}

fn row<'a>(
    (about, id, office): (About, &'a str, &'a str),
    origin: &'a Origin,
    f: &'a Finding,
    lang: Lang,
) -> FindingRow<'a> {
    FindingRow {
        about,
        id,
        office,
        place: locate(origin, None),
        file: &origin.location.file,
        sheet: origin.location.sheet.as_deref(),
        row: origin.row,
        code: f.code.key(),
        item: f.code.item(),
        cited: f.code.cite(lang),
        message: f.code.message(lang),
        figures: f.figures.iter().map(|(k, v)| (*k, v.as_str())).collect(),
    }
}

pub fn write_xlsx(
    path: &std::path::Path,
    checked: &Checked,
    rows: &[FindingRow],
    counts: &[Tally],
    lang: Lang,
) -> Result<()> {
    let mut workbook = crate::xlsx::workbook(checked.latest_date());
    let bold = Format::new().set_bold();
    // In English the codes and items are the machine-readable keys; in
    // Russian and Kazakh the workbook speaks its reader's language only:
    // the finding by its message, the item as they cite it.
    let english = lang == Lang::En;
    // A row per finding, hundreds of thousands of them on a large input:
    // written row by row to a temporary file (shared strings kept, so the
    // workbook is the one standard mode writes), not held as cells.
    let sheet = workbook.add_worksheet_with_low_memory()?;
    sheet.set_name(lang.pick("findings", "Нарушения", "Бұзушылықтар"))?;
    let mut header = lang
        .pick(
            [
                "about", "id", "office", "file", "sheet", "row", "item", "finding", "figures",
            ],
            [
                "Предмет",
                "Номер",
                "Подразделение",
                "Файл",
                "Лист",
                "Строка",
                "Пункт",
                "Нарушение",
                "Данные",
            ],
            [
                "Нысан",
                "Нөмір",
                "Бөлімше",
                "Файл",
                "Парақ",
                "Жол",
                "Тармақ",
                "Бұзушылық",
                "Деректер",
            ],
        )
        .to_vec();
    if english {
        header.insert(6, "code");
    }
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let n = i as u32 + 1;
        let about = match r.about {
            About::Case => lang.pick("case", "дело", "іс"),
            About::Complaint => lang.pick("complaint", "жалоба", "шағым"),
        };
        sheet.write_string(n, 0, about)?;
        sheet.write_string(n, 1, r.id)?;
        sheet.write_string(n, 2, r.office)?;
        sheet.write_string(n, 3, r.file)?;
        sheet.write_string(n, 4, r.sheet.unwrap_or(""))?;
        sheet.write_number(n, 5, f64::from(r.row))?;
        let mut c = 6;
        if english {
            sheet.write_string(n, c, r.code)?;
            c += 1;
        }
        sheet.write_string(n, c, if english { r.item } else { &r.cited })?;
        sheet.write_string(n, c + 1, r.message)?;
        sheet.write_string(n, c + 2, r.figures_text())?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len().max(1) as u32, (header.len() - 1) as u16)?;
    // about, id, office, file, sheet, row, [code,] item, finding, figures.
    let mut widths = vec![10.0, 16.0, 12.0, 24.0, 12.0, 7.0, 26.0, 70.0, 40.0];
    if english {
        widths.insert(6, 24.0);
    }
    for (c, width) in widths.into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    crate::xlsx::print_setup(sheet, true, Some((0, 0)))?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(lang.pick("counts", "Итоги", "Қорытынды"))?;
    let mut header = lang
        .pick(
            ["office", "item", "finding", "count"],
            ["Подразделение", "Пункт", "Нарушение", "Количество"],
            ["Бөлімше", "Тармақ", "Бұзушылық", "Саны"],
        )
        .to_vec();
    if english {
        header.insert(1, "code");
    }
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, t) in counts.iter().enumerate() {
        let n = i as u32 + 1;
        sheet.write_string(n, 0, t.office.as_str())?;
        let mut c = 1;
        if english {
            sheet.write_string(n, c, t.code.key())?;
            c += 1;
        }
        sheet.write_string(
            n,
            c,
            if english {
                t.code.item().to_string()
            } else {
                t.code.cite(lang)
            },
        )?;
        sheet.write_string(n, c + 1, t.code.message(lang))?;
        sheet.write_number(n, c + 2, f64::from(t.count))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    // office, [code,] item, finding, count.
    let mut widths = vec![12.0, 26.0, 70.0, 10.0];
    if english {
        widths.insert(1, 24.0);
    }
    for (c, width) in widths.into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    crate::xlsx::print_setup(sheet, true, Some((0, 0)))?;
    let bytes = workbook.save_to_buffer()?;
    crate::fsio::write_bytes(path, &bytes)
}
