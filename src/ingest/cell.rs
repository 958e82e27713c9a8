//! A raw cell: what the file holds, before any contract rule is applied.

use calamine::{Data, DataRef};
use chrono::NaiveDateTime;

/// Serialisable: xls and ods cells come from a reading child process
/// ([`super::sandbox`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A cell formatted as a date or date-time (Excel serial already converted).
    DateTime(NaiveDateTime),
    /// A cell formatted as a duration (`[h]:mm`), or a date cell out of range.
    Duration(f64),
    /// An error value such as `#DIV/0!` or `#REF!`.
    Error(String),
    /// Text longer than a spreadsheet cell can hold: only its length in
    /// characters as Excel counts them (UTF-16 units) is kept.
    TooLong(usize),
}

/// The most characters an Excel cell holds; longer text cannot have come
/// from a spreadsheet and is not carried along.
pub const MAX_TEXT: usize = 32_767;

impl Cell {
    /// Empty, or text of white space only.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// Text, or [`Cell::TooLong`] past [`MAX_TEXT`] characters as Excel
    /// counts them: UTF-16 units, two for a character beyond the first
    /// plane (an emoji). Counted in characters, 17,000 emoji passed and
    /// then stopped every workbook esep writes.
    pub fn text(text: String) -> Cell {
        if text.len() > MAX_TEXT {
            let units = text.encode_utf16().count();
            if units > MAX_TEXT {
                return Cell::TooLong(units);
            }
        }
        Cell::Text(text)
    }

    /// A number; one that is not finite (a file can say `NaN` or `-INF`,
    /// a spreadsheet cannot hold it) is the error value Excel shows, `#NUM!`.
    pub fn number(n: f64) -> Cell {
        if n.is_finite() {
            Cell::Number(n)
        } else {
            Cell::Error("#NUM!".to_string())
        }
    }

    /// The value as the user would read it in the spreadsheet, for messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => format_number(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::DateTime(dt) => {
                if dt.time() == chrono::NaiveTime::MIN {
                    dt.format("%d.%m.%Y").to_string()
                } else {
                    dt.format("%d.%m.%Y %H:%M:%S").to_string()
                }
            }
            Cell::Duration(d) => format!("{d} (duration)"),
            Cell::Error(e) => e.clone(),
            Cell::TooLong(chars) => format!("<text of {chars} characters>"),
        }
    }

    pub fn from_data_ref(data: DataRef<'_>) -> Cell {
        match data {
            DataRef::Empty => Cell::Empty,
            DataRef::String(s) => Cell::text(s),
            DataRef::SharedString(s) => Cell::text(s.to_string()),
            DataRef::Float(f) => Cell::number(f),
            DataRef::Int(i) => Cell::Number(i as f64),
            DataRef::Bool(b) => Cell::Bool(b),
            DataRef::DateTime(dt) => excel_datetime(dt),
            DataRef::DateTimeIso(s) => iso_datetime(s),
            DataRef::DurationIso(s) => Cell::Text(s),
            DataRef::Error(e) => Cell::Error(e.to_string()),
        }
    }

    pub fn from_data(data: &Data) -> Cell {
        match data {
            Data::Empty => Cell::Empty,
            Data::String(s) => Cell::text(s.clone()),
            Data::Float(f) => Cell::number(*f),
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Bool(b) => Cell::Bool(*b),
            Data::DateTime(dt) => excel_datetime(*dt),
            Data::DateTimeIso(s) => iso_datetime(s.clone()),
            Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Error(e.to_string()),
        }
    }
}

/// Serial numbers Excel shows as dates: 0 (its day 0 of 1900) to the last
/// second of 31 December 9999. Others it shows as `####`; calamine's
/// conversion of a huge one overflows and panics, so it never sees them.
const EXCEL_SERIALS: std::ops::Range<f64> = 0.0..2_958_466.0;

fn excel_datetime(dt: calamine::ExcelDateTime) -> Cell {
    let serial = dt.as_f64();
    if !serial.is_finite() {
        return Cell::number(serial);
    }
    if dt.is_duration() {
        return Cell::Duration(serial);
    }
    if !EXCEL_SERIALS.contains(&serial) {
        // A number formatted as a date that no calendar day is.
        return Cell::Number(serial);
    }
    match dt.as_datetime() {
        // Excel stores times to the millisecond with float noise: round to the second.
        Some(v) => Cell::DateTime(round_to_second(v)),
        None => Cell::Duration(dt.as_f64()),
    }
}

fn round_to_second(v: NaiveDateTime) -> NaiveDateTime {
    let nanos = v.and_utc().timestamp_subsec_nanos();
    let base = v - chrono::Duration::nanoseconds(nanos as i64);
    if nanos >= 500_000_000 {
        base + chrono::Duration::seconds(1)
    } else {
        base
    }
}

/// ODS date cells arrive as ISO text (`2025-03-04` or `2025-03-04T10:15:00`).
fn iso_datetime(s: String) -> Cell {
    let parsed = NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S%.f")
        .or_else(|_| NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .or_else(|| {
            chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .ok()
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        });
    match parsed {
        Some(dt) => Cell::DateTime(round_to_second(dt)),
        None => Cell::Text(s),
    }
}

/// Formats a number as a spreadsheet shows it in the General format.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A receiver of the cells of a sheet, at zero-based (row, column), in
/// the order the file holds them: what every sheet reader hands cells to.
pub type Push<'a> = dyn FnMut(u32, u32, Cell) -> Result<(), super::Unread> + 'a;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_text_is_measured_as_excel_measures_it() {
        // 17,000 emoji: 17,000 characters, 34,000 UTF-16 units; the xlsx
        // writer refused it, naming no cell, and stopped the whole run.
        assert_eq!(Cell::text("😀".repeat(17_000)), Cell::TooLong(34_000));
        assert_eq!(
            Cell::text("Ж".repeat(MAX_TEXT)),
            Cell::Text("Ж".repeat(MAX_TEXT))
        );
        assert_eq!(
            Cell::text("😀".repeat(MAX_TEXT / 2)),
            Cell::Text("😀".repeat(MAX_TEXT / 2))
        );
    }

    #[test]
    fn numbers_show_as_the_spreadsheet_does() {
        assert_eq!(Cell::Number(870412300123.0).shown(), "870412300123");
        assert_eq!(Cell::Number(1966.5).shown(), "1966.5");
    }

    #[test]
    fn regression_date_serials_beyond_any_day_are_numbers_not_panics() {
        // Before: calamine's conversion panicked (TimeDelta::milliseconds out
        // of bounds) on -1e12 and -inf.
        let date = |v: f64| {
            excel_datetime(calamine::ExcelDateTime::new(
                v,
                calamine::ExcelDateTimeType::DateTime,
                false,
            ))
        };
        assert_eq!(date(-1e12), Cell::Number(-1e12));
        assert_eq!(date(-1.0), Cell::Number(-1.0));
        assert_eq!(date(1e300), Cell::Number(1e300));
        assert_eq!(date(f64::NEG_INFINITY), Cell::Error("#NUM!".into()));
        assert_eq!(date(f64::NAN), Cell::Error("#NUM!".into()));
        assert!(matches!(date(45720.5), Cell::DateTime(_)));
        assert_eq!(Cell::number(f64::NAN), Cell::Error("#NUM!".into()));
    }

    #[test]
    fn ods_iso_dates() {
        let dt = chrono::NaiveDate::from_ymd_opt(2025, 3, 4)
            .unwrap()
            .and_hms_opt(10, 15, 0)
            .unwrap();
        assert_eq!(
            iso_datetime("2025-03-04T10:15:00".into()),
            Cell::DateTime(dt)
        );
        assert_eq!(
            iso_datetime("2025-03-04".into()),
            Cell::DateTime(dt.date().and_time(chrono::NaiveTime::MIN))
        );
    }
}
