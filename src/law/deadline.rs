//! The deadline of a case (item 7.1 of the standard): a number of working
//! days after the day of submission, configurable per service; 5 for both
//! visa services. The sources give none for identity documents, so by
//! default that service has none (`docs/spec/indicators.md`).

use chrono::NaiveDate;

use super::calendar::{Calendar, MissingYear};
use crate::vocab::Service;

pub use crate::settings::Deadlines;

/// The deadline is the law's to compute; the days are configuration.
impl Deadlines {
    /// The last day on which a case submitted on `submitted` is on time;
    /// `None` for a service without a deadline.
    pub fn deadline(
        &self,
        calendar: &Calendar,
        service: Service,
        submitted: NaiveDate,
    ) -> Result<Option<NaiveDate>, MissingYear> {
        match self.days(service) {
            Some(days) => calendar.add_working_days(submitted, days).map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn five_working_days_for_visas_none_for_identity_documents() {
        let c = Calendar::bundled();
        let d = Deadlines::default();
        // Monday 3 March 2025: 4, 5, 6, 7 and (8 March moved to Monday 10) 11 March.
        assert_eq!(
            d.deadline(c, Service::VisaIssue, day(2025, 3, 3)),
            Ok(Some(day(2025, 3, 11)))
        );
        // The fifth working day itself is the deadline; a deadline spanning Nauryz.
        assert_eq!(
            d.deadline(c, Service::VisaExtend, day(2025, 3, 18)),
            Ok(Some(day(2025, 3, 28)))
        );
        assert_eq!(
            d.deadline(c, Service::IdDocument, day(2025, 3, 18)),
            Ok(None)
        );
        let custom = Deadlines {
            id_document: Some(3),
            ..Deadlines::default()
        };
        assert_eq!(
            custom.deadline(c, Service::IdDocument, day(2025, 3, 18)),
            Ok(Some(day(2025, 3, 26)))
        );
    }
}
