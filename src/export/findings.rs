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
use crate::law::{self, Code, Figure, Finding, Tally, Verdict};
use crate::model::Origin;
use crate::validate::{Checked, locate};

/// The findings of every accepted case and complaint, ready to print (the
/// cases' first), and their counts per office and code.
pub fn findings<'a>(
    checked: &'a Checked,
    verdicts: &'a Chunked<Verdict>,
    complaint_verdicts: &'a [ComplaintVerdict],
    lang: Lang,
) -> (Findings<'a>, Vec<Tally>) {
    (
        Findings {
            checked,
            verdicts,
            complaint_verdicts,
            lang,
        },
        law::tally(
            &checked.cases,
            verdicts,
            &checked.complaints,
            complaint_verdicts,
        ),
    )
}

/// The findings of a run as rows made when they are read: a large input
/// has hundreds of thousands of findings, and a report that held their rows
/// while writing them would hold them twice.
#[derive(Clone, Copy)]
pub struct Findings<'a> {
    checked: &'a Checked,
    verdicts: &'a Chunked<Verdict>,
    complaint_verdicts: &'a [ComplaintVerdict],
    lang: Lang,
}

impl<'a> Findings<'a> {
    /// Every finding as a row, the cases' first, in input order.
    pub fn rows(self) -> impl Iterator<Item = FindingRow<'a>> {
        let Findings {
            checked,
            verdicts,
            complaint_verdicts,
            lang,
        } = self;
        let cases = checked
            .cases
            .iter()
            .zip(verdicts)
            .flat_map(move |(case, v)| {
                v.findings.iter().map(move |f| {
                    let subject = (About::Case, &*case.case_id, case.office.as_str());
                    row(subject, &case.origin, f, lang)
                })
            });
        let complaints =
            checked
                .complaints
                .iter()
                .zip(complaint_verdicts)
                .flat_map(move |(complaint, v)| {
                    v.findings.iter().map(move |f| {
                        let subject = (
                            About::Complaint,
                            complaint.complaint_id.as_str(),
                            complaint.office.as_str(),
                        );
                        row(subject, &complaint.origin, f, lang)
                    })
                });
        cases.chain(complaints)
    }

    /// How many findings there are.
    pub fn count(self) -> usize {
        let cases: usize = self.verdicts.iter().map(|v| v.findings.len()).sum();
        let complaints: usize = self
            .complaint_verdicts
            .iter()
            .map(|v| v.findings.len())
            .sum();
        cases + complaints
    }
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
    pub origin: &'a Origin,
    pub file: &'a str,
    pub sheet: Option<&'a str>,
    pub row: u32,
    pub code: &'static str,
    pub item: &'static str,
    /// The kind of finding: its item as the reader of the run's language
    /// cites it is `kind.cite(lang)`.
    #[serde(skip)]
    pub kind: Code,
    pub message: String,
    /// The figures behind the finding, masked in JSON as in messages
    /// ([`figure_said`]).
    #[serde(serialize_with = "masked_figures")]
    pub figures: Vec<(&'static str, &'a Figure)>,
}

/// A figure as a message may show it: one without letters is a value of
/// the input (an amount, a time), so it is shown only where its shape
/// cannot carry a person (`shown`): an IIN typed into the fee's column is
/// not printed as the amount paid.
fn figure_said(key: &str, figure: &Figure, lang: Lang) -> String {
    let raw = figure.raw();
    if !matches!(figure, Figure::Plain(_) | Figure::Decimal(_))
        || raw.chars().any(char::is_alphabetic)
    {
        return figure.said(lang);
    }
    match crate::shown::in_message(key, &raw, lang) {
        std::borrow::Cow::Borrowed(_) => figure.said(lang),
        described => described.into_owned(),
    }
}

fn masked_figures<S: serde::Serializer>(
    figures: &[(&'static str, &Figure)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(
        figures
            .iter()
            .map(|(k, v)| (*k, figure_said(k, v, Lang::En))),
    )
}

fn masked<S: serde::Serializer>(id: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::shown::in_message(
        "case_id",
        id,
        crate::lang::Lang::En,
    ))
}

impl FindingRow<'_> {
    /// Where the row stands in the input, as messages write it.
    pub fn place(&self) -> String {
        locate(self.origin, None)
    }

    /// The figures as the workbook's file of rows holds them: in English
    /// as machines read them (`minutes=21.0`), in Kazakh and Russian by
    /// their labels (`ожидание, минут: 21,0`).
    pub fn figures_text(&self, lang: Lang) -> String {
        self.figures_with(lang, |_, figure| match lang {
            Lang::En => figure.raw(),
            _ => figure.said(lang),
        })
    }

    /// The figures as a message may show them ([`figure_said`]).
    pub fn figures_said(&self, lang: Lang) -> String {
        self.figures_with(lang, |name, figure| figure_said(name, figure, lang))
    }

    fn figures_with(&self, lang: Lang, value: impl Fn(&str, &Figure) -> String) -> String {
        let pairs = self.figures.iter().map(|(name, figure)| match lang {
            Lang::En => format!("{name}={}", value(name, figure)),
            _ => format!("{}: {}", Figure::label(name, lang), value(name, figure)),
        });
        let separator = match lang {
            Lang::En => ", ",
            _ => "; ",
        };
        pairs.collect::<Vec<_>>().join(separator)
    }
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
        origin,
        file: &origin.location.file,
        sheet: origin.location.sheet.as_deref(),
        row: origin.row,
        code: f.code.key(),
        item: f.code.item(),
        kind: f.code,
        message: f.code.message(lang),
        figures: f.figures.iter().map(|(k, v)| (*k, v)).collect(),
    }
}

/// The height of a finding's row, in points, unless it needs more: the
/// three lines most findings wrap to.
const ROW_HEIGHT: f64 = 45.0;

/// The widths of the findings' columns, in characters: about, id, office,
/// its name, item, finding, figures, file, sheet, row (the English code
/// goes before the item). The first six are the width of a landscape A4
/// page at 100 %.
const WIDTHS: [f64; 10] = [9.0, 14.0, 14.0, 15.0, 14.0, 28.0, 34.0, 20.0, 10.0, 7.0];

pub fn write_xlsx<'a>(
    path: &std::path::Path,
    checked: &Checked,
    rows: impl IntoIterator<Item = FindingRow<'a>>,
    counts: &[Tally],
    lang: Lang,
) -> Result<()> {
    let day = checked.latest_date();
    let mut workbook = crate::xlsx::long_workbook(day);
    // Headers wrap in their cells rather than run over the next; long
    // texts wrap too, at the top of their row.
    let bold = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    // Keys at the top of their row too, beside the wrapped texts.
    let top = Format::new().set_align(rust_xlsxwriter::FormatAlign::Top);
    // Each office by its name beside its code, as it was named on the
    // input's last day.
    let mut names = std::collections::HashMap::new();
    let mut name_of = |office: &str| -> String {
        if let Some(name) = names.get(office) {
            return String::clone(name);
        }
        let name = crate::bodies::office_name(office, day, crate::lang::DocLang::of(lang));
        names.insert(office.to_string(), name.clone());
        name
    };
    // In English the codes and items are the machine-readable keys; in
    // Russian and Kazakh the workbook speaks its reader's language only:
    // the finding by its message, the item as they cite it.
    let english = lang == Lang::En;
    // A row per finding, hundreds of thousands of them on a large input:
    // written row by row to a temporary file (shared strings kept, so the
    // workbook is the one standard mode writes), not held as cells.
    let sheet = workbook.add_worksheet_with_low_memory()?;
    sheet.set_name(crate::msg!("findings-findings").text(lang))?;
    sheet.set_default_row_height(ROW_HEIGHT);
    let mut header: Vec<String> = [
        crate::msg!("findings-column-about"),
        crate::msg!("findings-column-id"),
        crate::msg!("findings-column-office"),
        crate::msg!("findings-column-office-name"),
        crate::msg!("findings-column-item"),
        crate::msg!("findings-column-finding"),
        crate::msg!("findings-column-figures"),
        crate::msg!("findings-column-file"),
        crate::msg!("findings-column-sheet"),
        crate::msg!("findings-column-row"),
    ]
    .iter()
    .map(|m| m.text(lang))
    .collect();
    let mut widths = WIDTHS.to_vec();
    if english {
        header.insert(4, "code".to_string());
        widths.insert(4, 24.0);
    }
    crate::xlsx::header_row(sheet, 0, &header, &widths, &bold)?;
    // A few kinds of finding in a few hundred offices, said hundreds of
    // thousands of times: per office and kind, the office's name, the
    // item as cited, and the height the three need.
    let mut said = std::collections::HashMap::new();
    let mut written = 0;
    for (i, r) in rows.into_iter().enumerate() {
        let n = i as u32 + 1;
        written = n;
        let about = match r.about {
            About::Case => crate::msg!("findings-case").text(lang),
            About::Complaint => crate::msg!("findings-complaint").text(lang),
        };
        sheet.write_string_with_format(n, 0, about, &top)?;
        sheet.write_string_with_format(n, 1, r.id, &top)?;
        sheet.write_string_with_format(n, 2, r.office, &top)?;
        let (name, item, height) = said.entry((r.office, r.kind)).or_insert_with(|| {
            let name = name_of(r.office);
            let item = match english {
                true => r.item.to_string(),
                false => r.kind.cite(lang),
            };
            let height = crate::xlsx::wrapped_height([
                (name.as_str(), WIDTHS[3]),
                (item.as_str(), WIDTHS[4]),
                (r.message.as_str(), WIDTHS[5]),
            ]);
            (name, item, height)
        });
        let figures = r.figures_text(lang);
        // Tall enough for the wrapped name, item, finding and figures: a
        // row of the sheet's default height needs no height of its own
        // (each one set is kept until the workbook is saved).
        let height = height.max(crate::xlsx::wrapped_height([(figures.as_str(), WIDTHS[6])]));
        if height > ROW_HEIGHT {
            sheet.set_row_height(n, height)?;
        }
        sheet.write_string_with_format(n, 3, name.as_str(), &wrap)?;
        let mut c = 4;
        if english {
            sheet.write_string(n, c, r.code)?;
            c += 1;
        }
        let item = item.as_str();
        sheet.write_string_with_format(n, c, item, &wrap)?;
        sheet.write_string_with_format(n, c + 1, &r.message, &wrap)?;
        sheet.write_string_with_format(n, c + 2, figures, &wrap)?;
        sheet.write_string(n, c + 3, r.file)?;
        sheet.write_string(n, c + 4, r.sheet.unwrap_or(""))?;
        sheet.write_number(n, c + 5, f64::from(r.row))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, written.max(1), (header.len() - 1) as u16)?;
    for (c, width) in widths.into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    // At 100 %: the finding on the first page of its row, where it was
    // read on the next, the case and its office repeated on each.
    crate::xlsx::print_wide(sheet, (0, 0), (1, 2))?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(crate::msg!("findings-counts").text(lang))?;
    counts_sheet(sheet, counts, lang, &mut name_of, &bold)?;
    let bytes = workbook.save_to_buffer()?;
    crate::fsio::write_bytes(path, &bytes)
}

/// The findings counted per office and code, as this workbook's second
/// sheet and the ministry workbook's sheet of findings have them: the
/// office by its code and name, in English the code, the item (cited in
/// Russian and Kazakh), the finding and its count; the width of a
/// landscape A4 page at 100 %, the long texts wrapped in rows tall enough.
pub fn counts_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    counts: &[Tally],
    lang: Lang,
    name_of: &mut dyn FnMut(&str) -> String,
    header_format: &Format,
) -> Result<()> {
    let english = lang == Lang::En;
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let mut header: Vec<String> = [
        crate::msg!("findings-column-office"),
        crate::msg!("findings-column-office-name"),
        crate::msg!("findings-column-item"),
        crate::msg!("findings-column-finding"),
        crate::msg!("findings-column-count"),
    ]
    .iter()
    .map(|m| m.text(lang))
    .collect();
    // In English the item is the machine-readable key, short: the code
    // takes its room.
    let widths: &[f64] = match english {
        true => &[13.0, 18.0, 14.0, 10.0, 29.0, 10.0],
        false => &[13.0, 20.0, 20.0, 31.0, 10.0],
    };
    if english {
        header.insert(2, "code".to_string());
    }
    crate::xlsx::header_row(sheet, 0, &header, widths, header_format)?;
    for (i, t) in counts.iter().enumerate() {
        let n = i as u32 + 1;
        let name = name_of(t.office.as_str());
        let item = match english {
            true => t.code.item().to_string(),
            false => t.code.cite(lang),
        };
        let message = t.code.message(lang);
        let mut texts = vec![t.office.as_str(), name.as_str()];
        if english {
            texts.push(t.code.key());
        }
        texts.extend([item.as_str(), message.as_str()]);
        sheet.set_row_height(
            n,
            crate::xlsx::wrapped_height(texts.iter().copied().zip(widths.iter().copied())),
        )?;
        for (c, text) in texts.iter().enumerate() {
            sheet.write_string_with_format(n, c as u16, *text, &wrap)?;
        }
        sheet.write_number(n, texts.len() as u16, f64::from(t.count))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, counts.len().max(1) as u32, (header.len() - 1) as u16)?;
    crate::xlsx::print_table(sheet, widths, (0, 0), (0, 1))?;
    Ok(())
}
