//! The data of each document, made in Rust in the language it is printed
//! in: every sentence, label and figure; the templates in `templates/` only
//! lay it out. One module per document.

pub mod annual;
pub mod basis;
pub mod complaint;
pub mod decision;
pub mod qr;
pub mod registration;
pub mod talon;

use chrono::{NaiveTime, Timelike};
use serde::Serialize;

use crate::reference::appendix1_entry;

pub use crate::lang::DocLang;

pub use crate::dates::long_date;

/// A time as the forms write it: `10 сағат 05 минут`, `10 час. 05 мин.`
pub fn clock_time(time: NaiveTime, lang: DocLang) -> String {
    match lang {
        DocLang::Kk => format!("{} сағат {:02} минут", time.hour(), time.minute()),
        DocLang::Ru => format!("{} час. {:02} мин.", time.hour(), time.minute()),
    }
}

/// The office as Appendix 1 names it (its unit, else its department), in
/// Kazakh: the directory exists in Kazakh only.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeBlock {
    pub code: String,
    pub name: String,
    pub address: String,
    pub phones: String,
}

pub fn office_block(code: &str) -> OfficeBlock {
    match appendix1_entry(code) {
        Some(o) => OfficeBlock {
            code: code.to_string(),
            name: o.name_kk.clone(),
            address: o.address_kk.clone(),
            phones: o.unit_phones(),
        },
        None => OfficeBlock {
            code: code.to_string(),
            name: String::new(),
            address: String::new(),
            phones: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_the_forms_write_them() {
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(clock_time(t, DocLang::Kk), "9 сағат 05 минут");
        assert_eq!(clock_time(t, DocLang::Ru), "9 час. 05 мин.");
    }
}
