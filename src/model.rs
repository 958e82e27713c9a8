//! The typed records that leave validation: every value checked, every
//! optional value `None` when the cell was empty ("unknown", never zero).

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::vocab::{
    ApplicantKind, Channel, ComplainantKind, Document, ExceptionalGround, IssuedTo, Outcome,
    RefusalGround, ReturnReason, Service, Subject, VisaCategory,
};

/// Where a record came from: file, sheet and the row number the spreadsheet shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Shared by every record of one sheet: a million records keep one.
    #[serde(flatten)]
    pub location: Arc<Location>,
    pub row: u32,
}

/// A sheet of a file, or a CSV file (no sheet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
}

/// An amount of money in tiyn (1/100 tenge), exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Tiyn(pub i64);

impl Tiyn {
    pub fn tenge(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// A citizenship: an ISO 3166-1 alpha-3 code or stateless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Citizenship {
    Country(Alpha3),
    #[serde(serialize_with = "stateless")]
    Stateless,
}

/// A code held in its few ASCII bytes rather than on the heap (a million
/// cases carry one each), read and shown as the text it is.
macro_rules! ascii_code {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                // ASCII by construction (`new` checks every byte).
                std::str::from_utf8(&self.0).unwrap_or_default()
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

/// The code of an office (a district's unit), `RRRR-DDD`: the region's four
/// digits and the district's three, as the reference data lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Office([u8; 8]);

impl Office {
    /// The code, if `code` has the shape `RRRR-DDD`.
    pub fn new(code: &str) -> Option<Office> {
        let bytes: [u8; 8] = code.as_bytes().try_into().ok()?;
        let shaped = bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
        shaped.then_some(Office(bytes))
    }

    /// The code of the office's department: its region's four digits.
    pub fn department(&self) -> &str {
        &self.as_str()[..4]
    }
}

ascii_code!(Office);

/// An ISO 3166-1 alpha-3 code in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Alpha3([u8; 3]);

impl Alpha3 {
    /// The code, if `code` is three capital Latin letters.
    pub fn new(code: &str) -> Option<Alpha3> {
        match code.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Some(Alpha3([a, b, c])),
            _ => None,
        }
    }
}

ascii_code!(Alpha3);

fn stateless<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("stateless")
}

/// A survey answer: yes/no or a score 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    YesNo(bool),
    Score(u8),
}

impl Answer {
    /// Yes, or a score of 4 or 5, counts as satisfied.
    pub fn satisfied(self) -> bool {
        match self {
            Answer::YesNo(yes) => yes,
            Answer::Score(score) => score >= 4,
        }
    }
}

/// One application (a row of the cases sheet).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Case {
    pub case_id: Box<str>,
    pub service: Service,
    pub office: Office,
    pub submitted_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
    pub result: Outcome,
    pub refusal_ground: Option<RefusalGround>,
    pub applicant_name: Option<Box<str>>,
    pub applicant_kind: Option<ApplicantKind>,
    pub applicant_is_inviter: Option<bool>,
    pub person_name: Option<Box<str>>,
    pub citizenship: Option<Citizenship>,
    pub ethnic_kazakh: Option<bool>,
    pub iin: Option<Box<str>>,
    pub passport_no: Option<Box<str>>,
    pub visa_category: Option<VisaCategory>,
    pub entries: Option<u8>,
    pub visa_valid_to: Option<NaiveDate>,
    pub extended_to: Option<NaiveDate>,
    pub prior_extensions: Option<u32>,
    pub permit_valid_to: Option<NaiveDate>,
    pub knb_approved: Option<bool>,
    pub fee_amount: Option<Tiyn>,
    pub fee_paid_on: Option<NaiveDate>,
    /// `None` when the cell was empty (unknown), else the listed documents.
    pub documents: Option<Box<[Document]>>,
    pub accepted_by: Option<Box<str>>,
    pub accepted_by_position: Option<Box<str>>,
    pub queue_arrived_at: Option<NaiveDateTime>,
    pub queue_called_at: Option<NaiveDateTime>,
    pub service_ended_at: Option<NaiveDateTime>,
    pub formular_code: Option<Box<str>>,
    pub formular_returned: Option<Returned>,
    pub extra_check_started: Option<NaiveDate>,
    pub extra_check_ended: Option<NaiveDate>,
    pub conclusion_on: Option<NaiveDate>,
    // Version 2 of the contract.
    pub issued_to: Option<IssuedTo>,
    pub exceptional_grounds: Option<ExceptionalGround>,
    pub birth_date: Option<NaiveDate>,
    pub rags_request_on: Option<NaiveDate>,
    pub origin: Origin,
}

impl Case {
    /// Drops the personal data of the case that only documents print: the
    /// names of the applicant, the person and the clerk, the IIN and the
    /// passport number. What the law, the indicators and the exports read
    /// stays.
    pub fn forget_persons(&mut self) {
        for field in [
            &mut self.applicant_name,
            &mut self.person_name,
            &mut self.iin,
            &mut self.passport_no,
            &mut self.accepted_by,
            &mut self.accepted_by_position,
        ] {
            *field = None;
        }
    }
}

/// Why a formular was returned: a reason of item 40, or (as version-1
/// files wrote it) any other text, kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Returned {
    Reason(ReturnReason),
    Other(Box<str>),
}

/// One complaint (item 21 of the standard).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaint {
    pub complaint_id: String,
    pub office: Office,
    pub received_at: NaiveDateTime,
    pub case_id: Option<String>,
    pub channel: Option<Channel>,
    pub subject: Option<Subject>,
    pub justified: Option<bool>,
    pub answered_at: Option<NaiveDateTime>,
    // Version 2 of the contract (item 24, and item 25 for who accepted it).
    pub complainant_kind: Option<ComplainantKind>,
    pub complainant_name: Option<Box<str>>,
    pub complainant_address: Option<Box<str>>,
    pub outgoing_no: Option<Box<str>>,
    pub outgoing_date: Option<NaiveDate>,
    pub signed: Option<bool>,
    pub accepted_by: Option<Box<str>>,
    pub origin: Origin,
}

/// One answered questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Survey {
    pub office: Office,
    pub answered_on: NaiveDate,
    pub quality: Option<Answer>,
    pub information: Option<Answer>,
    pub politeness: Option<Answer>,
    pub origin: Origin,
}

/// A granted exit visa (ШЖВ, issued inside Kazakhstan under item 6) accepted
/// by the book, for tests to vary.
#[cfg(test)]
pub(crate) fn test_case() -> Case {
    use crate::vocab::{ApplicantKind, VisaCategory};
    let at = |d, h, m| {
        NaiveDate::from_ymd_opt(2025, 3, d)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("valid")
    };
    Case {
        case_id: "T-1".into(),
        service: Service::VisaIssue,
        office: Office::new("1910-262").expect("an office code"),
        submitted_at: at(3, 10, 0),
        decided_at: Some(at(5, 11, 0)),
        result: Outcome::Granted,
        refusal_ground: None,
        applicant_name: None,
        applicant_kind: Some(ApplicantKind::Individual),
        applicant_is_inviter: None,
        person_name: None,
        citizenship: Alpha3::new("DEU").map(Citizenship::Country),
        ethnic_kazakh: Some(false),
        iin: None,
        passport_no: None,
        visa_category: Some(VisaCategory::Exit),
        entries: Some(1),
        visa_valid_to: None,
        extended_to: None,
        prior_extensions: None,
        permit_valid_to: None,
        knb_approved: None,
        fee_amount: Some(Tiyn(196_600)),
        fee_paid_on: NaiveDate::from_ymd_opt(2025, 3, 3),
        documents: Some(Document::ITEM_11.into()),
        accepted_by: None,
        accepted_by_position: None,
        queue_arrived_at: Some(at(3, 9, 40)),
        queue_called_at: Some(at(3, 9, 50)),
        service_ended_at: Some(at(3, 10, 0)),
        formular_code: None,
        formular_returned: None,
        extra_check_started: None,
        extra_check_ended: None,
        conclusion_on: None,
        issued_to: None,
        exceptional_grounds: None,
        birth_date: None,
        rags_request_on: None,
        origin: Origin {
            location: std::sync::Arc::new(Location {
                file: "t.xlsx".into(),
                sheet: None,
            }),
            row: 2,
        },
    }
}

/// A complaint by post about a deadline, received on 1 April 2025 and
/// answered five days later, for tests to vary.
#[cfg(test)]
pub(crate) fn test_complaint() -> Complaint {
    let at = |d, h| {
        NaiveDate::from_ymd_opt(2025, 4, d)
            .and_then(|d| d.and_hms_opt(h, 0, 0))
            .expect("valid")
    };
    Complaint {
        complaint_id: "C-1".into(),
        office: Office::new("1910-262").expect("an office code"),
        received_at: at(1, 10),
        case_id: None,
        channel: Some(Channel::Post),
        subject: Some(Subject::Deadline),
        justified: None,
        answered_at: Some(at(7, 11)),
        complainant_kind: None,
        complainant_name: None,
        complainant_address: None,
        outgoing_no: None,
        outgoing_date: None,
        signed: None,
        accepted_by: None,
        origin: test_case().origin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_of_the_reference_data_is_held_in_three_bytes() {
        for country in crate::reference::COUNTRIES.iter() {
            let code = Alpha3::new(&country.alpha3).expect(&country.alpha3);
            assert_eq!(code.as_str(), country.alpha3);
        }
        assert_eq!(std::mem::size_of::<Option<Citizenship>>(), 4);
        assert!(Alpha3::new("deu").is_none() && Alpha3::new("DEUT").is_none());
    }
}
