//! The typed records that leave validation: every value checked, every
//! optional value `None` when the cell was empty ("unknown", never zero).

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::vocab::{
    ApplicantKind, Channel, Document, Outcome, RefusalGround, Service, Subject, VisaCategory,
};

/// Where a record came from: file, sheet and the row number the spreadsheet shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub row: u32,
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
    Country(String),
    #[serde(serialize_with = "stateless")]
    Stateless,
}

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
    pub case_id: String,
    pub service: Service,
    pub office: String,
    pub submitted_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
    pub result: Outcome,
    pub refusal_ground: Option<RefusalGround>,
    pub applicant_name: Option<String>,
    pub applicant_kind: Option<ApplicantKind>,
    pub applicant_is_inviter: Option<bool>,
    pub person_name: Option<String>,
    pub citizenship: Option<Citizenship>,
    pub ethnic_kazakh: Option<bool>,
    pub iin: Option<String>,
    pub passport_no: Option<String>,
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
    pub documents: Option<Vec<Document>>,
    pub accepted_by: Option<String>,
    pub accepted_by_position: Option<String>,
    pub queue_arrived_at: Option<NaiveDateTime>,
    pub queue_called_at: Option<NaiveDateTime>,
    pub service_ended_at: Option<NaiveDateTime>,
    pub formular_code: Option<String>,
    pub formular_returned: Option<String>,
    pub extra_check_started: Option<NaiveDate>,
    pub extra_check_ended: Option<NaiveDate>,
    pub conclusion_on: Option<NaiveDate>,
    pub origin: Origin,
}

/// One complaint (item 21 of the standard).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaint {
    pub complaint_id: String,
    pub office: String,
    pub received_at: NaiveDateTime,
    pub case_id: Option<String>,
    pub channel: Option<Channel>,
    pub subject: Option<Subject>,
    pub justified: Option<bool>,
    pub answered_at: Option<NaiveDateTime>,
    pub origin: Origin,
}

/// One answered questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Survey {
    pub office: String,
    pub answered_on: NaiveDate,
    pub quality: Option<Answer>,
    pub information: Option<Answer>,
    pub politeness: Option<Answer>,
    pub origin: Origin,
}

/// A granted tourist visa accepted by the book, for tests to vary.
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
        office: "1910-262".into(),
        submitted_at: at(3, 10, 0),
        decided_at: Some(at(5, 11, 0)),
        result: Outcome::Granted,
        refusal_ground: None,
        applicant_name: None,
        applicant_kind: Some(ApplicantKind::Individual),
        applicant_is_inviter: None,
        person_name: None,
        citizenship: Some(Citizenship::Country("DEU".into())),
        ethnic_kazakh: Some(false),
        iin: None,
        passport_no: None,
        visa_category: Some(VisaCategory::Tourist),
        entries: Some(1),
        visa_valid_to: None,
        extended_to: None,
        prior_extensions: None,
        permit_valid_to: None,
        knb_approved: None,
        fee_amount: Some(Tiyn(196_600)),
        fee_paid_on: NaiveDate::from_ymd_opt(2025, 3, 3),
        documents: Some(Document::ITEM_11.to_vec()),
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
        origin: Origin {
            file: "t.xlsx".into(),
            sheet: None,
            row: 2,
        },
    }
}
