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

use chrono::NaiveDate;
use serde::Serialize;

use crate::bodies;

pub use crate::lang::DocLang;

pub use crate::dates::{clock_time, long_date};

/// The body that issues a document of an office, as named on the
/// document's day in its language (`bodies`): the unit of the district,
/// else the department of the region, or the consular line abroad.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeBlock {
    pub code: String,
    pub name: String,
    /// Empty where no source of the name gives one in the language.
    pub address: String,
    pub phones: String,
}

pub fn office_block(code: &str, on: NaiveDate, lang: DocLang) -> OfficeBlock {
    let named = bodies::issuer(code).named(on, lang);
    OfficeBlock {
        code: code.to_string(),
        name: named.name,
        address: named.address,
        phones: named.phones,
    }
}
