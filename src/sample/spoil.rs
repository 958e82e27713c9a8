//! Rows spoiled on purpose: a few invalid case rows of each rejection
//! kind, each with exactly one problem, so that tests can expect the
//! reasons `esep check` gives them exactly.

use chrono::Duration;

use super::V;
use crate::vocab::{Outcome, Service, VisaCategory, Vocabulary};

/// The kinds of invalid case rows the sample holds; each such row has
/// exactly one problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    DuplicateCaseId,
    UnknownOffice,
    DecidedBeforeSubmitted,
    DecidedWhilePending,
    DecidedMissing,
    RefusedWithoutGround,
    GroundNotRefused,
    VisaCategoryMissing,
    FormularCodeMissing,
    /// A permanent-residence visa whose citizenship is no country (the
    /// law reads it: item 6.2).
    CountryForResidence,
    BadDate,
    BadYesNo,
    BadVocabulary,
}

impl Invalid {
    pub const ALL: [Invalid; 13] = [
        Invalid::DuplicateCaseId,
        Invalid::UnknownOffice,
        Invalid::DecidedBeforeSubmitted,
        Invalid::DecidedWhilePending,
        Invalid::DecidedMissing,
        Invalid::RefusedWithoutGround,
        Invalid::GroundNotRefused,
        Invalid::VisaCategoryMissing,
        Invalid::FormularCodeMissing,
        Invalid::CountryForResidence,
        Invalid::BadDate,
        Invalid::BadYesNo,
        Invalid::BadVocabulary,
    ];

    /// The reason code `esep check` gives such a row.
    pub fn reason_code(self) -> &'static str {
        match self {
            Invalid::DuplicateCaseId => "duplicate-id",
            Invalid::UnknownOffice => "unknown-office",
            Invalid::DecidedBeforeSubmitted => "decided-before-submitted",
            Invalid::DecidedWhilePending => "decided-while-pending",
            Invalid::DecidedMissing | Invalid::RefusedWithoutGround => "required-when",
            Invalid::VisaCategoryMissing | Invalid::FormularCodeMissing => "required-when",
            Invalid::GroundNotRefused => "ground-not-refused",
            Invalid::CountryForResidence => "unknown-country",
            Invalid::BadDate => "not-a-date",
            Invalid::BadYesNo => "not-yes-no",
            Invalid::BadVocabulary => "not-in-vocabulary",
        }
    }
}

/// Makes a valid row invalid in exactly one way. `draw` is called once
/// for [`Invalid::CountryForResidence`], whose place among the kinds drew
/// an IIN when a wrong check digit still rejected a row: the random
/// stream, and with it every row after, stays as the bundled sample has it.
pub(super) fn spoil(
    row: &mut [V],
    kind: Invalid,
    last_valid_id: &str,
    year: i32,
    draw: impl FnOnce() -> String,
) {
    use crate::schema::CaseCol as C;
    let submitted = match &row[C::SubmittedAt as usize] {
        V::T(t) => *t,
        _ => unreachable!("submitted_at is always written"),
    };
    let set_result = |row: &mut [V], result: Outcome| {
        row[C::Result as usize] = V::S(result.term().name_ru().to_string());
    };
    let make_visa_issue = |row: &mut [V]| {
        row[C::Service as usize] = Service::VisaIssue.term().name_ru().into();
        row[C::VisaCategory as usize] = VisaCategory::Tourist.term().name_ru().into();
        row[C::FormularCode as usize] = V::E;
        for c in [
            C::VisaValidTo,
            C::ExtendedTo,
            C::ExtraCheckStarted,
            C::ExtraCheckEnded,
            C::ConclusionOn,
        ] {
            row[c as usize] = V::E;
        }
    };
    match kind {
        Invalid::DuplicateCaseId => row[C::CaseId as usize] = V::S(last_valid_id.to_string()),
        Invalid::UnknownOffice => row[C::Office as usize] = "1910-999".into(),
        Invalid::DecidedBeforeSubmitted => {
            set_result(row, Outcome::Granted);
            make_visa_issue(row);
            row[C::RefusalGround as usize] = V::E;
            row[C::DecidedAt as usize] = V::T(submitted - Duration::days(2));
        }
        Invalid::DecidedWhilePending => {
            set_result(row, Outcome::Pending);
            row[C::RefusalGround as usize] = V::E;
            row[C::ExtendedTo as usize] = V::E;
            row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
        }
        Invalid::DecidedMissing => {
            set_result(row, Outcome::Granted);
            make_visa_issue(row);
            row[C::RefusalGround as usize] = V::E;
            row[C::DecidedAt as usize] = V::E;
        }
        Invalid::RefusedWithoutGround => {
            set_result(row, Outcome::Refused);
            row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
            row[C::ExtendedTo as usize] = V::E;
            row[C::RefusalGround as usize] = V::E;
        }
        Invalid::GroundNotRefused => {
            set_result(row, Outcome::Granted);
            make_visa_issue(row);
            row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
            row[C::RefusalGround as usize] = "convicted".into();
        }
        Invalid::VisaCategoryMissing => {
            make_visa_issue(row);
            row[C::VisaCategory as usize] = V::E;
        }
        Invalid::FormularCodeMissing => {
            row[C::Service as usize] = Service::IdDocument.term().name_ru().into();
            row[C::FormularCode as usize] = V::E;
            row[C::VisaValidTo as usize] = V::E;
            row[C::ExtendedTo as usize] = V::E;
        }
        Invalid::CountryForResidence => {
            draw();
            make_visa_issue(row);
            row[C::VisaCategory as usize] =
                VisaCategory::PermanentResidence.term().name_ru().into();
            row[C::Citizenship as usize] = "Узбекистон".into();
        }
        Invalid::BadDate => {
            row[C::SubmittedAt as usize] = V::S(format!("31.02.{year}"));
            row[C::DecidedAt as usize] = match &row[C::DecidedAt as usize] {
                V::T(_) => V::T(submitted + Duration::days(3)),
                other => other.clone(),
            };
        }
        Invalid::BadYesNo => row[C::KnbApproved as usize] = "возможно".into(),
        Invalid::BadVocabulary => {
            make_visa_issue(row);
            row[C::Service as usize] = "виза".into();
        }
    }
}
