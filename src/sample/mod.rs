//! A deterministic, realistic workbook in the input contract: correct
//! cases, complaints and surveys (`cases`), and a few invalid rows of each
//! rejection kind (`spoil`), whose count it reports so that tests can
//! expect it exactly. The same seed gives the same workbook.

mod cases;
mod spoil;

use std::path::Path;

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};
use rust_xlsxwriter::{Format, Worksheet};

use crate::law::calendar::Calendar;
use cases::Generator;
pub use spoil::Invalid;

/// What to generate.
#[derive(Debug, Clone)]
pub struct SampleConfig {
    pub cases: u64,
    pub year: i32,
    pub seed: u64,
    pub invalid_per_kind: u64,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleSummary {
    pub cases: u64,
    pub invalid_cases: u64,
    pub complaints: u64,
    pub invalid_complaints: u64,
    pub surveys: u64,
    pub invalid_surveys: u64,
}

/// A cell to write.
#[derive(Debug, Clone)]
enum V {
    S(String),
    T(NaiveDateTime),
    D(NaiveDate),
    N(f64),
    E,
}

impl From<&str> for V {
    fn from(s: &str) -> V {
        V::S(s.to_string())
    }
}
impl From<String> for V {
    fn from(s: String) -> V {
        V::S(s)
    }
}
impl<T: Into<V>> From<Option<T>> for V {
    fn from(v: Option<T>) -> V {
        v.map_or(V::E, Into::into)
    }
}

/// An IIN with its check digit computed from the first 11 digits, if these
/// digits admit one.
pub fn iin_with_check_digit(first11: &str) -> Option<String> {
    (0..10)
        .map(|d| format!("{first11}{d}"))
        .find(|c| crate::validate::values::iin_check_digit_ok(c))
}

/// Writes the sample workbook to `path` (atomically).
pub fn write(path: &Path, config: &SampleConfig) -> Result<SampleSummary> {
    let invalid_total = config.invalid_per_kind * Invalid::ALL.len() as u64;
    if config.cases < invalid_total * 3 + 10 {
        let (cases, per, kinds, least) = (
            config.cases,
            config.invalid_per_kind,
            Invalid::ALL.len(),
            invalid_total * 3 + 10,
        );
        crate::refuse!(
            "run-cases-too-few-invalid-rows",
            cases = cases,
            per = per,
            kinds = kinds,
            least = least
        );
    }
    if let Err(missing) = Calendar::bundled().year(config.year) {
        let year = config.year;
        crate::refuse!("sample-year-calendar", year = year, why = missing.msg());
    }
    let mut generator = Generator::new(config);
    let mut workbook =
        crate::xlsx::workbook(NaiveDate::from_ymd_opt(config.year, 12, 31).expect("valid year"));
    let formats = Formats::new();

    let mut cases = workbook.new_worksheet_with_constant_memory()?;
    let summary_cases = generator.cases(&mut cases, &formats)?;
    let mut complaints = workbook.new_worksheet_with_constant_memory()?;
    let (n_complaints, bad_complaints) = generator.complaints(&mut complaints, &formats)?;
    let mut surveys = workbook.new_worksheet_with_constant_memory()?;
    let (n_surveys, bad_surveys) = generator.surveys(&mut surveys, &formats)?;
    workbook.push_worksheet(cases);
    workbook.push_worksheet(complaints);
    workbook.push_worksheet(surveys);

    crate::fsio::write_atomic(path, |file| {
        workbook.save_to_writer(std::io::BufWriter::new(file))?;
        Ok(())
    })?;
    Ok(SampleSummary {
        cases: config.cases,
        invalid_cases: summary_cases,
        complaints: n_complaints,
        invalid_complaints: bad_complaints,
        surveys: n_surveys,
        invalid_surveys: bad_surveys,
    })
}

struct Formats {
    datetime: Format,
    date: Format,
    bold: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            datetime: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
            date: Format::new().set_num_format("dd.mm.yyyy"),
            bold: Format::new().set_bold(),
        }
    }
}

fn put(sheet: &mut Worksheet, row: u32, values: &[V], f: &Formats) -> Result<()> {
    for (c, v) in values.iter().enumerate() {
        let c = c as u16;
        match v {
            V::S(s) if !s.is_empty() => {
                sheet.write_string(row, c, s)?;
            }
            V::T(t) => {
                sheet.write_datetime_with_format(row, c, t, &f.datetime)?;
            }
            V::D(d) => {
                sheet.write_datetime_with_format(row, c, d, &f.date)?;
            }
            V::N(n) => {
                sheet.write_number(row, c, *n)?;
            }
            V::S(_) | V::E => {}
        }
    }
    Ok(())
}
