//! The value rules of the contract, one parser per type. Each takes a raw
//! cell and gives `Ok(None)` for an empty cell ("unknown"), `Ok(Some(v))` for
//! a valid value, or the [`Reason`] it is not.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::reason::Reason;
use crate::ingest::Cell;
use crate::model::{Alpha3, Answer, Citizenship, Office, Tiyn};
use crate::vocab::{self, Vocabulary};

pub type Parsed<T> = Result<Option<T>, Reason>;

/// Text: trimmed; a number cell reads as the spreadsheet shows it.
pub fn text(cell: &Cell) -> Parsed<String> {
    match cell {
        Cell::Error(_) => Err(Reason::CellError),
        c if c.is_blank() => Ok(None),
        Cell::Text(t) => Ok(Some(t.trim().to_string())),
        other => Ok(Some(other.shown())),
    }
}

/// Date-time: a date cell, or text `DD.MM.YYYY[ HH:MM[:SS]]` or
/// `YYYY-MM-DD[THH:MM[:SS]]`, the `T` also written as a space (what
/// Python, pandas and polars write; docs/input.md), seconds with a
/// fraction of one to nine digits (polars' `write_csv` writes `.000`),
/// which is dropped. A date alone is the start of that day.
pub fn datetime(cell: &Cell) -> Parsed<NaiveDateTime> {
    match cell {
        Cell::DateTime(dt) => Ok(Some(*dt)),
        Cell::Number(_) => Err(Reason::NumberNotDate),
        Cell::Duration(_) => Err(Reason::DurationNotDate),
        Cell::Error(_) => Err(Reason::CellError),
        Cell::TooLong(_) => Err(Reason::TooLong),
        Cell::Bool(_) => Err(Reason::NotDate),
        c if c.is_blank() => Ok(None),
        Cell::Text(t) => parse_datetime_text(t.trim())
            .map(Some)
            .ok_or(Reason::NotDate),
        Cell::Empty => Ok(None),
    }
}

/// A moment of a case's day: a date and time, or a time of day alone,
/// which is of the day the documents were submitted ([`Moment::on`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    At(NaiveDateTime),
    Time(chrono::NaiveTime),
}

impl Moment {
    /// The date and time, a time alone taken on `day`.
    pub fn on(self, day: Option<NaiveDate>) -> Option<NaiveDateTime> {
        match self {
            Moment::At(at) => Some(at),
            Moment::Time(time) => day.map(|d| d.and_time(time)),
        }
    }
}

/// A queue time: as [`datetime`], or a time of day alone — a time cell
/// (Excel's day 0 with a time, a duration under a day), `11:18`,
/// `11:18:05`, or ODS's `PT11H18M05S` — as offices write the times of
/// their queue.
pub fn moment(cell: &Cell) -> Parsed<Moment> {
    use chrono::NaiveTime;
    let time = match cell {
        Cell::DateTime(dt) if dt.date() < NaiveDate::from_ymd_opt(1900, 1, 1).expect("a day") => {
            Some(dt.time())
        }
        Cell::Duration(d) if (0.0..1.0).contains(d) => {
            NaiveTime::from_num_seconds_from_midnight_opt((d * 86_400.0).round() as u32, 0)
        }
        Cell::Text(t) => {
            let t = t.trim();
            NaiveTime::parse_from_str(t, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                .or_else(|_| NaiveTime::parse_from_str(t, "PT%HH%MM%SS"))
                .ok()
        }
        _ => None,
    };
    match time {
        Some(time) => Ok(Some(Moment::Time(time))),
        None => datetime(cell).map(|v| v.map(Moment::At)),
    }
}

/// Date: as [`datetime`]; a time of day, if given, is dropped.
pub fn date(cell: &Cell) -> Parsed<NaiveDate> {
    datetime(cell).map(|v| v.map(|dt| dt.date()))
}

const TEXT_FORMATS: [&str; 8] = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d",
];

fn parse_datetime_text(text: &str) -> Option<NaiveDateTime> {
    let text = without_fraction(text);
    quick_datetime(text.as_bytes()).or_else(|| chrono_datetime(text))
}

/// `text` without the fraction of its seconds (`10:17:00.000`): the
/// contract's times are to the second, and a fraction is what programs
/// that write date-times as text add, not what an office wrote.
fn without_fraction(text: &str) -> &str {
    let t = text.as_bytes();
    let fraction = t.get(19) == Some(&b'.')
        && t.get(16) == Some(&b':')
        && (21..=29).contains(&t.len())
        && t[20..].iter().all(u8::is_ascii_digit);
    if fraction { &text[..19] } else { text }
}

/// The contract's shapes read digit by digit, without chrono's format
/// machinery (which made dates the checking thread's largest cost); `None`
/// for anything else, which [`chrono_datetime`], the definition, decides.
/// A test holds the two to the same answers.
fn quick_datetime(t: &[u8]) -> Option<NaiveDateTime> {
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        t.get(range)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let (year, month, day) = match (t.get(2), t.get(4)) {
        (Some(b'.'), _) if t.get(5) == Some(&b'.') => (num(6..10)?, num(3..5)?, num(0..2)?),
        (_, Some(b'-')) if t.get(7) == Some(&b'-') => (num(0..4)?, num(5..7)?, num(8..10)?),
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let separator_ok = match t.get(10) {
        Some(b' ') => true,
        Some(b'T') => t[4] == b'-',
        _ => false,
    };
    let time = match t.len() {
        10 => NaiveTime::MIN,
        16 if separator_ok && t[13] == b':' => {
            NaiveTime::from_hms_opt(num(11..13)?, num(14..16)?, 0)?
        }
        19 if separator_ok && t[13] == b':' && t[16] == b':' => {
            NaiveTime::from_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)?
        }
        _ => return None,
    };
    Some(date.and_time(time))
}

fn chrono_datetime(text: &str) -> Option<NaiveDateTime> {
    // Exactly the contract's shapes: a four-digit year and two-digit
    // parts, digit for digit (chrono alone also takes `-025` for a year).
    let shape_ok = |fmt: &str| {
        let expected = fmt
            .replace("%Y", "0000")
            .replace(['d', 'm', 'H', 'M', 'S'], "0")
            .replace('%', "0");
        expected.len() == text.len()
            && expected.bytes().zip(text.bytes()).all(|(e, t)| {
                if e == b'0' {
                    t.is_ascii_digit()
                } else {
                    e == t
                }
            })
    };
    for fmt in TEXT_FORMATS {
        if !shape_ok(fmt) {
            continue;
        }
        if fmt.contains("%H") {
            if let Ok(v) = NaiveDateTime::parse_from_str(text, fmt) {
                return Some(v);
            }
        } else if let Ok(d) = NaiveDate::parse_from_str(text, fmt) {
            return Some(d.and_time(NaiveTime::MIN));
        }
    }
    None
}

/// Yes/no: `yes/no`, `да/нет`, `иә/жоқ`, `1/0`, `true/false`, `+/-`, or a
/// boolean cell.
pub fn yes_no(cell: &Cell) -> Parsed<bool> {
    match cell {
        Cell::Bool(b) => Ok(Some(*b)),
        Cell::Number(n) if *n == 1.0 => Ok(Some(true)),
        Cell::Number(n) if *n == 0.0 => Ok(Some(false)),
        Cell::Error(_) => Err(Reason::CellError),
        c if c.is_blank() => Ok(None),
        Cell::Text(t) => match t.trim() {
            "да" | "yes" | "1" | "+" => Ok(Some(true)),
            "нет" | "no" | "0" | "-" => Ok(Some(false)),
            _ => yes_no_folded(t),
        },
        _ => Err(Reason::NotYesNo),
    }
}

fn yes_no_folded(t: &str) -> Parsed<bool> {
    match crate::text::fold(t).as_str() {
        "yes" | "да" | "иә" | "1" | "true" | "+" => Ok(Some(true)),
        "no" | "нет" | "жоқ" | "0" | "false" | "-" => Ok(Some(false)),
        _ => Err(Reason::NotYesNo),
    }
}

/// A word of a closed vocabulary, in English, Russian or Kazakh.
pub fn word<V: Vocabulary>(cell: &Cell) -> Parsed<V> {
    match text(cell)? {
        None => Ok(None),
        Some(t) => V::parse(&t).map(Some).ok_or_else(|| not_in::<V>()),
    }
}

fn not_in<V: Vocabulary>() -> Reason {
    Reason::NotInVocabulary {
        vocabulary: V::NAME,
    }
}

/// Why a formular was returned: a reason of item 40 in any of its three
/// languages, else (version-1 files wrote free text) the text as written.
pub fn returned(cell: &Cell) -> Parsed<crate::model::Returned> {
    use crate::model::Returned;
    Ok(text(cell)?.map(|t| match vocab::ReturnReason::parse(&t) {
        Some(reason) => Returned::Reason(reason),
        None => Returned::Other(t.into()),
    }))
}

/// A list of documents separated by `;`.
pub fn documents(cell: &Cell) -> Parsed<Vec<vocab::Document>> {
    match text(cell)? {
        None => Ok(None),
        Some(t) => t
            .split(';')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(|w| vocab::Document::parse(w).ok_or_else(not_in::<vocab::Document>))
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
    }
}

/// An office code `RRRR-DDD` of the district code directory.
pub fn office(cell: &Cell) -> Parsed<Office> {
    let Some(t) = text(cell)? else {
        return Ok(None);
    };
    let Some(office) = Office::new(&t) else {
        return Err(Reason::OfficeFormat);
    };
    if crate::reference::district(&t).is_none() {
        return Err(Reason::UnknownOffice);
    }
    Ok(Some(office))
}

/// An IIN: 12 digits with a valid check digit. A number cell that lost a
/// leading zero (an IIN of someone born in 2000–2009 typed as a number) is
/// padded back to 12 digits before the check.
pub fn iin(cell: &Cell) -> Parsed<String> {
    let digits = match cell {
        Cell::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n < 1e12 => {
            format!("{:012}", *n as u64)
        }
        other => match text(other)? {
            None => return Ok(None),
            Some(t) => t,
        },
    };
    if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::IinFormat);
    }
    if !iin_check_digit_ok(&digits) {
        return Err(Reason::IinCheckDigit);
    }
    Ok(Some(digits))
}

/// The IIN check: the weighted sum of the first 11 digits (weights 1…11)
/// modulo 11 is the 12th digit; if it is 10, weights 3…11,1,2 are used; if
/// it is 10 again, no IIN has these digits.
pub fn iin_check_digit_ok(digits: &str) -> bool {
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum = |weights: [u32; 11]| d.iter().zip(weights).map(|(a, w)| a * w).sum::<u32>() % 11;
    let mut check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if check == 10 {
        check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
        if check == 10 {
            return false;
        }
    }
    check == d[11]
}

/// A citizenship: an ISO 3166-1 alpha-3 code (any case), or stateless.
pub fn citizenship(cell: &Cell) -> Parsed<Citizenship> {
    let Some(t) = text(cell)? else {
        return Ok(None);
    };
    if vocab::lookup("citizenship", &t) == Some("stateless") {
        return Ok(Some(Citizenship::Stateless));
    }
    match crate::reference::country_named(&t) {
        Some(country) => Alpha3::new(&country.alpha3)
            .map(|c| Some(Citizenship::Country(c)))
            .ok_or(Reason::UnknownCountry { near: None }),
        None => Err(Reason::UnknownCountry {
            near: crate::reference::country_near(&t).map(|c| c.alpha3.as_str()),
        }),
    }
}

/// A number: a number cell, or text with `.` or `,` as the decimal mark and
/// spaces as thousands separators.
fn number(cell: &Cell) -> Result<Option<f64>, ()> {
    match cell {
        Cell::Number(n) => Ok(Some(*n)),
        Cell::Text(t) if !t.trim().is_empty() => {
            let cleaned: String = t
                .trim()
                .chars()
                .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
                .collect();
            let cleaned = if cleaned.contains(',') && !cleaned.contains('.') {
                cleaned.replace(',', ".")
            } else {
                cleaned
            };
            let ok_chars = cleaned
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
            match cleaned.parse::<f64>() {
                Ok(v) if ok_chars && v.is_finite() => Ok(Some(v)),
                _ => Err(()),
            }
        }
        c if c.is_blank() => Ok(None),
        _ => Err(()),
    }
}

/// Entries: 1 or 2.
pub fn entries(cell: &Cell) -> Parsed<u8> {
    if let Cell::Error(_) = cell {
        return Err(Reason::CellError);
    }
    match number(cell) {
        Ok(None) => Ok(None),
        Ok(Some(v)) if v == 1.0 || v == 2.0 => Ok(Some(v as u8)),
        _ => Err(Reason::Entries),
    }
}

/// A whole number >= 0.
pub fn count(cell: &Cell) -> Parsed<u32> {
    if let Cell::Error(_) = cell {
        return Err(Reason::CellError);
    }
    match number(cell) {
        Ok(None) => Ok(None),
        Ok(Some(v)) if v >= 0.0 && v.fract() == 0.0 && v <= f64::from(u32::MAX) => {
            Ok(Some(v as u32))
        }
        _ => Err(Reason::NotCount),
    }
}

/// An amount of tenge >= 0, exact to the tiyn.
pub fn amount(cell: &Cell) -> Parsed<Tiyn> {
    if let Cell::Error(_) = cell {
        return Err(Reason::CellError);
    }
    match number(cell) {
        Ok(None) => Ok(None),
        Ok(Some(v)) if (0.0..1e13).contains(&v) => Ok(Some(Tiyn((v * 100.0).round() as i64))),
        _ => Err(Reason::NotAmount),
    }
}

/// A formular code: two digits of item 31 (`00`, `01`, `03`…`18`). A number
/// cell (which loses the leading zero) is read back as two digits.
pub fn formular_code(cell: &Cell) -> Parsed<String> {
    let code = match cell {
        Cell::Number(n) if n.fract() == 0.0 && (0.0..100.0).contains(n) => {
            format!("{:02}", *n as u8)
        }
        other => match text(other)? {
            None => return Ok(None),
            Some(t) => t,
        },
    };
    match crate::reference::formular_code(&code) {
        Some(_) => Ok(Some(code)),
        None => Err(Reason::FormularCode),
    }
}

/// A survey answer: yes/no, or a score 1–5.
pub fn answer(cell: &Cell) -> Parsed<Answer> {
    if let Ok(Some(v)) = number(cell) {
        // 1 is the lowest score here, not "yes": the column allows scores,
        // and a score of 1 is the one a reader must not count as satisfied.
        return if v == 0.0 {
            Ok(Some(Answer::YesNo(false)))
        } else if v.fract() == 0.0 && (1.0..=5.0).contains(&v) {
            Ok(Some(Answer::Score(v as u8)))
        } else {
            Err(Reason::Answer)
        };
    }
    match yes_no(cell) {
        Ok(v) => Ok(v.map(Answer::YesNo)),
        Err(Reason::CellError) => Err(Reason::CellError),
        Err(_) => Err(Reason::Answer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
    fn dt(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, mi, s)
            .unwrap()
    }

    #[test]
    fn dates_in_every_contract_shape() {
        assert_eq!(
            datetime(&t("04.03.2025")),
            Ok(Some(dt(2025, 3, 4, 0, 0, 0)))
        );
        assert_eq!(
            datetime(&t("04.03.2025 10:15")),
            Ok(Some(dt(2025, 3, 4, 10, 15, 0)))
        );
        assert_eq!(
            datetime(&t("04.03.2025 10:15:30")),
            Ok(Some(dt(2025, 3, 4, 10, 15, 30)))
        );
        assert_eq!(
            datetime(&t("2025-03-04")),
            Ok(Some(dt(2025, 3, 4, 0, 0, 0)))
        );
        assert_eq!(
            datetime(&t("2025-03-04T10:15")),
            Ok(Some(dt(2025, 3, 4, 10, 15, 0)))
        );
        assert_eq!(
            datetime(&t(" 2025-03-04T10:15:30 ")),
            Ok(Some(dt(2025, 3, 4, 10, 15, 30)))
        );
        assert_eq!(
            datetime(&Cell::DateTime(dt(2025, 1, 2, 9, 0, 0))),
            Ok(Some(dt(2025, 1, 2, 9, 0, 0)))
        );
        assert_eq!(datetime(&Cell::Empty), Ok(None));
        assert_eq!(datetime(&t("   ")), Ok(None));
    }

    /// The digit-by-digit reading gives chrono's answer wherever it gives
    /// one: every shape, with parts in and out of range and odd bytes.
    #[test]
    fn quick_dates_agree_with_chrono() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let shapes = [
            "dd.mm.yyyy",
            "dd.mm.yyyy HH:MM",
            "dd.mm.yyyy HH:MM:SS",
            "yyyy-mm-dd",
            "yyyy-mm-ddTHH:MM",
            "yyyy-mm-ddTHH:MM:SS",
            "yyyy-mm-dd HH:MM",
            "yyyy-mm-dd HH:MM:SS",
            "dd.mm.yyyyTHH:MM",
        ];
        let mut read = 0;
        for _ in 0..50_000 {
            let shape = shapes[(next() % shapes.len() as u64) as usize];
            let mut pick = |most: u64| next() % (most + 1);
            let fields = [
                ("yyyy", format!("{:04}", 1990 + pick(40))),
                ("dd", format!("{:02}", pick(32))),
                ("mm", format!("{:02}", pick(13))),
                ("HH", format!("{:02}", pick(25))),
                ("MM", format!("{:02}", pick(61))),
                ("SS", format!("{:02}", pick(61))),
            ];
            let mut text = shape.to_string();
            for (field, value) in fields {
                text = text.replacen(field, &value, 1);
            }
            // Now and then one byte becomes another.
            if next() % 10 == 0 {
                let at = (next() % text.len() as u64) as usize;
                let odd = ['x', '-', '+', ' ', '.', ':', 'T', '9'][(next() % 8) as usize];
                text.replace_range(at..at + 1, &odd.to_string());
            }
            let quick = quick_datetime(text.as_bytes());
            if quick.is_some() {
                read += 1;
            }
            assert_eq!(
                quick.or_else(|| chrono_datetime(&text)),
                chrono_datetime(&text),
                "{text}"
            );
            // Only chrono's leap second (`:60`) is left to it.
            if quick.is_none() && chrono_datetime(&text).is_some() {
                assert!(text.ends_with(":60"), "{text}: left to chrono");
            }
        }
        assert!(read > 10_000, "{read}");
        for text in [
            "2025-03-04T10:15",
            "04.03.2025 23:59:59",
            "29.02.2024",
            "2025-12-31 00:00",
        ] {
            assert_eq!(
                quick_datetime(text.as_bytes()),
                chrono_datetime(text),
                "{text}"
            );
            assert!(quick_datetime(text.as_bytes()).is_some(), "{text}");
        }
    }

    #[test]
    fn iso_dates_with_a_space_are_read_as_with_t() {
        for (spaced, with_t) in [
            ("2025-03-04 10:15", "2025-03-04T10:15"),
            ("2025-08-22 17:12:17", "2025-08-22T17:12:17"),
        ] {
            assert_eq!(datetime(&t(spaced)), datetime(&t(with_t)), "{spaced}");
            assert!(datetime(&t(spaced)).unwrap().is_some());
        }
        assert_eq!(datetime(&t("2025-02-30 10:15")), Err(Reason::NotDate));
    }

    #[test]
    fn regression_seconds_with_a_fraction_are_read_without_it() {
        // What polars' write_csv writes by default: every row was rejected.
        for (with, without) in [
            ("2025-06-20T10:17:00.000", "2025-06-20T10:17:00"),
            ("2025-06-20 10:17:59.999999", "2025-06-20 10:17:59"),
            ("20.06.2025 10:17:05.5", "20.06.2025 10:17:05"),
            ("2025-06-20T10:17:00.123456789", "2025-06-20T10:17:00"),
        ] {
            assert_eq!(datetime(&t(with)), datetime(&t(without)), "{with}");
            assert!(datetime(&t(with)).unwrap().is_some(), "{with}");
        }
        for bad in [
            "2025-06-20T10:17:00.",
            "2025-06-20T10:17:00.1234567890",
            "2025-06-20T10:17.000",
            "2025-06-20T10:17:00.00x",
            "2025-06-20T10:17:00,000",
        ] {
            assert_eq!(datetime(&t(bad)), Err(Reason::NotDate), "{bad}");
        }
    }

    #[test]
    fn a_queue_time_alone_is_of_the_day_of_submission() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 4);
        let at = |h, m, s| day.unwrap().and_hms_opt(h, m, s);
        let excel_day_0 = NaiveDate::from_ymd_opt(1899, 12, 31).unwrap();
        for (cell, expected) in [
            (t("11:18"), at(11, 18, 0)),
            (t(" 9:05:30 "), at(9, 5, 30)),
            (t("PT11H18M00S"), at(11, 18, 0)),
            (
                Cell::DateTime(excel_day_0.and_hms_opt(11, 18, 0).unwrap()),
                at(11, 18, 0),
            ),
            (Cell::Duration(0.5), at(12, 0, 0)),
            (
                t("05.03.2025 10:00"),
                NaiveDate::from_ymd_opt(2025, 3, 5)
                    .unwrap()
                    .and_hms_opt(10, 0, 0),
            ),
        ] {
            let moment = moment(&cell).unwrap().unwrap();
            assert_eq!(moment.on(day), expected, "{cell:?}");
        }
        assert_eq!(moment(&t("25:00")), Err(Reason::NotDate));
        assert_eq!(moment(&Cell::Duration(1.5)), Err(Reason::DurationNotDate));
    }

    #[test]
    fn dates_outside_the_contract_are_rejected() {
        for bad in [
            "4.3.2025",
            "04/03/2025",
            "2025-03-04  10:15",
            "2025-03-04 10:15:3",
            "31.02.2025",
            "04.03.25",
            "2025-3-4",
            "завтра",
            "04.03.2025 25:00",
            " 4.03.2025",
            // Found by fuzzing: chrono reads a signed year of the same width.
            "31.01.-025",
            "-025-01-31",
            "31.01.+025",
        ] {
            assert_eq!(datetime(&t(bad)), Err(Reason::NotDate), "{bad}");
        }
        assert_eq!(datetime(&Cell::Number(45720.0)), Err(Reason::NumberNotDate));
        assert_eq!(datetime(&Cell::Duration(1.5)), Err(Reason::DurationNotDate));
        assert_eq!(
            datetime(&Cell::Error("#REF!".into())),
            Err(Reason::CellError)
        );
        assert_eq!(
            date(&t("05.03.2025 14:32")),
            Ok(NaiveDate::from_ymd_opt(2025, 3, 5))
        );
    }

    #[test]
    fn yes_no_in_every_spelling() {
        for yes in ["yes", "Да", "ИӘ", "1", "TRUE", "+"] {
            assert_eq!(yes_no(&t(yes)), Ok(Some(true)), "{yes}");
        }
        for no in ["no", "нет", "жоқ", "0", "false", "-"] {
            assert_eq!(yes_no(&t(no)), Ok(Some(false)), "{no}");
        }
        assert_eq!(yes_no(&Cell::Bool(true)), Ok(Some(true)));
        assert_eq!(yes_no(&Cell::Number(0.0)), Ok(Some(false)));
        assert_eq!(yes_no(&Cell::Empty), Ok(None));
        assert_eq!(yes_no(&t("может быть")), Err(Reason::NotYesNo));
        assert_eq!(yes_no(&Cell::Number(2.0)), Err(Reason::NotYesNo));
    }

    #[test]
    fn iin_check_digit() {
        let valid = crate::sample::iin_with_check_digit("87041230012").unwrap();
        assert_eq!(iin(&t(&valid)), Ok(Some(valid.clone())));
        let mut wrong = valid.clone().into_bytes();
        wrong[11] = b'0' + (wrong[11] - b'0' + 1) % 10;
        assert_eq!(
            iin(&t(std::str::from_utf8(&wrong).unwrap())),
            Err(Reason::IinCheckDigit)
        );
        assert_eq!(iin(&t("12345")), Err(Reason::IinFormat));
        assert_eq!(iin(&t("87041230012X")), Err(Reason::IinFormat));
        // A number cell that lost its leading zero.
        let young = crate::sample::iin_with_check_digit("05031550012").unwrap();
        let as_number: f64 = young.parse().unwrap();
        assert_eq!(iin(&Cell::Number(as_number)), Ok(Some(young)));
    }

    #[test]
    fn iin_known_values() {
        // Hand-computed: 9,5,0,3,1,5,4,0,0,1,2 · 1..11 = 9+10+0+12+5+30+28+0+0+10+22 = 126; 126 mod 11 = 5.
        assert!(iin_check_digit_ok("950315400125"));
        assert!(!iin_check_digit_ok("950315400124"));
        // 0,0,0,0,0,0,0,0,0,1,0 · 1..11 = 10 → second round: 1·1 = 1 → check digit 1.
        assert!(iin_check_digit_ok("000000000101"));
        assert!(!iin_check_digit_ok("000000000100"));
    }

    #[test]
    fn offices_citizenship_vocabularies() {
        assert_eq!(office(&t("1910-262")), Ok(Office::new("1910-262")));
        assert_eq!(office(&t("1910262")), Err(Reason::OfficeFormat));
        assert_eq!(office(&t("1910-999")), Err(Reason::UnknownOffice));
        assert_eq!(
            citizenship(&t("deu")),
            Ok(Alpha3::new("DEU").map(Citizenship::Country))
        );
        assert_eq!(citizenship(&t("ЛБГ")), Ok(Some(Citizenship::Stateless)));
        assert_eq!(
            citizenship(&t("stateless")),
            Ok(Some(Citizenship::Stateless))
        );
        // Names as users write them, in three languages and short forms.
        for (name, code) in [
            ("Узбекистан", "UZB"),
            ("Өзбекстан", "UZB"),
            ("uzbekistan", "UZB"),
            ("Россия", "RUS"),
            ("Российская  Федерация", "RUS"),
            ("Ресей", "RUS"),
            ("США", "USA"),
            ("Объединенные Арабские Эмираты", "ARE"),
            ("Кыргызстан", "KGZ"),
        ] {
            assert_eq!(
                citizenship(&t(name)),
                Ok(Alpha3::new(code).map(Citizenship::Country)),
                "{name}"
            );
        }
        assert_eq!(
            citizenship(&t("GER")),
            Err(Reason::UnknownCountry { near: None })
        );
        // A misspelt name is offered the country it nearly spells.
        assert_eq!(
            citizenship(&t("Узбекистон")),
            Err(Reason::UnknownCountry { near: Some("UZB") })
        );
        assert_eq!(
            citizenship(&t("Иванов")),
            Err(Reason::UnknownCountry { near: None })
        );
        assert_eq!(
            word::<vocab::Service>(&t("Виза беру")),
            Ok(Some(vocab::Service::VisaIssue))
        );
        assert!(matches!(
            word::<vocab::Service>(&t("виза")),
            Err(Reason::NotInVocabulary { .. })
        ));
        assert_eq!(
            documents(&t("заявление; паспорт;түбіртек")),
            Ok(Some(vec![
                vocab::Document::Application,
                vocab::Document::Passport,
                vocab::Document::FeeReceipt
            ]))
        );
        assert!(documents(&t("заявление; справка")).is_err());
    }

    #[test]
    fn numbers_with_decimal_comma_and_spaces() {
        assert_eq!(amount(&t("1 966,50")), Ok(Some(Tiyn(196650))));
        assert_eq!(amount(&t("1966.5")), Ok(Some(Tiyn(196650))));
        assert_eq!(amount(&Cell::Number(1966.0)), Ok(Some(Tiyn(196600))));
        assert_eq!(amount(&t("-5")), Err(Reason::NotAmount));
        assert_eq!(amount(&t("1966 тг")), Err(Reason::NotAmount));
        assert_eq!(count(&t("2")), Ok(Some(2)));
        assert_eq!(count(&t("1,5")), Err(Reason::NotCount));
        assert_eq!(entries(&Cell::Number(2.0)), Ok(Some(2)));
        assert_eq!(entries(&t("3")), Err(Reason::Entries));
    }

    #[test]
    fn formular_codes_and_answers() {
        assert_eq!(formular_code(&t("03")), Ok(Some("03".into())));
        assert_eq!(formular_code(&Cell::Number(3.0)), Ok(Some("03".into())));
        assert_eq!(formular_code(&t("02")), Err(Reason::FormularCode));
        assert_eq!(formular_code(&t("19")), Err(Reason::FormularCode));
        assert_eq!(formular_code(&t("3")), Err(Reason::FormularCode));
        assert_eq!(answer(&t("5")), Ok(Some(Answer::Score(5))));
        assert_eq!(
            answer(&Cell::Number(4.0)).map(|a| a.map(Answer::satisfied)),
            Ok(Some(true))
        );
        assert_eq!(
            answer(&t("3")).map(|a| a.map(Answer::satisfied)),
            Ok(Some(false))
        );
        assert_eq!(answer(&t("нет")), Ok(Some(Answer::YesNo(false))));
        assert_eq!(answer(&t("6")), Err(Reason::Answer));
        assert_eq!(answer(&t("1")), Ok(Some(Answer::Score(1))));
        assert_eq!(answer(&Cell::Number(0.0)), Ok(Some(Answer::YesNo(false))));
        assert_eq!(answer(&t("хорошо")), Err(Reason::Answer));
    }

    #[test]
    fn a_return_reason_of_item_40_or_any_other_text_kept() {
        use crate::model::Returned;
        use crate::vocab::ReturnReason;
        assert_eq!(
            returned(&t("Несоответствие кодов оформления")),
            Ok(Some(Returned::Reason(ReturnReason::CodeMismatch)))
        );
        assert_eq!(
            returned(&t("фотосурет сәйкес келмейді")),
            Ok(Some(Returned::Reason(ReturnReason::PhotoMismatch)))
        );
        // Version 1 wrote free text: kept, never a rejection.
        assert_eq!(
            returned(&t("по запросу заявителя")),
            Ok(Some(Returned::Other("по запросу заявителя".into())))
        );
        assert_eq!(returned(&Cell::Empty), Ok(None));
    }
}
