//! One finding: what the standard demanded of a case and was not met, as
//! its code in the catalogue ([`Code`]) and the figures behind it.

use chrono::NaiveDate;
use serde::Serialize;

pub use super::code::Code;

/// One finding about one case, with the figures behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    /// (name, value) pairs, e.g. ("deadline", "2025-03-11").
    pub figures: Vec<(&'static str, String)>,
}

impl Finding {
    pub(super) fn new(code: Code, figures: Vec<(&'static str, String)>) -> Finding {
        Finding { code, figures }
    }
}

/// A date as figures write it: `2025-03-11`.
pub(super) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
