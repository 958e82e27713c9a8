//! Workbooks esep writes. Their document date comes from the data, never
//! from the clock, so the same input gives a byte-identical file.

use chrono::NaiveDate;
use rust_xlsxwriter::{DocProperties, Workbook};

/// A new workbook whose creation date is `created`.
pub fn workbook(created: NaiveDate) -> Workbook {
    let mut workbook = Workbook::new();
    let moment = created.and_time(chrono::NaiveTime::MIN);
    workbook.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&moment)
            .set_author("esep"),
    );
    workbook
}
