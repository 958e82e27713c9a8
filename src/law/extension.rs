//! Item 6 of the standard on extensions: which categories extend, how
//! often, how far, with whose approval, on whose application and with
//! which letter. The rules of how far and with which letter are public:
//! the sample generator makes its correct cases by them.

use chrono::{Duration, Months, NaiveDate};

use super::finding::{Code, Figure, Finding, date};
use crate::model::Case;
use crate::vocab::{ApplicantKind, Document, Outcome, RefusalGround, VisaCategory};

/// The last day an extension of `category` may reach from a visa valid to
/// `valid_to`: a year for medical and study visas, 60 days for permanent
/// residence, the end of the work permit for work; `None` where item 6
/// sets no cap (or the permit's end is not known).
pub fn cap(
    category: VisaCategory,
    valid_to: NaiveDate,
    permit_valid_to: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match category {
        VisaCategory::Medical | VisaCategory::Study => valid_to.checked_add_months(Months::new(12)),
        VisaCategory::PermanentResidence => Some(valid_to + Duration::days(60)),
        VisaCategory::Work => permit_valid_to,
        _ => None,
    }
}

/// The document an extension of `category` rests on: the medical
/// institution's letter, the place of study's, the work permit.
pub fn supporting_document(category: VisaCategory) -> Option<Document> {
    match category {
        VisaCategory::Medical => Some(Document::MedicalLetter),
        VisaCategory::Study => Some(Document::StudyLetter),
        VisaCategory::Work => Some(Document::WorkPermit),
        _ => None,
    }
}

/// Item 6 on extensions: which categories extend, how often, how far, with
/// whose approval, on whose application and with which letter.
pub(super) fn findings(case: &Case, out: &mut Vec<Finding>) {
    let Some(category) = case.visa_category else {
        return;
    };
    let granted = case.result == Outcome::Granted;
    let info = category.info();
    // The last paragraph allows an extension "in exceptional cases of
    // illness, force majeure or emergency", of any visa (docs/law.md).
    let exceptional = case.exceptional_grounds.is_some();
    if case.result == Outcome::Refused
        && let Some(ground) = case.refusal_ground
        && let Some(record) = against_record(case, category, ground)
    {
        let mut figures = vec![("ground", Figure::word(ground))];
        figures.extend(record);
        out.push(Finding::new(Code::GroundAgainstRecord, figures));
    }
    if granted && !info.extendable && !exceptional {
        out.push(Finding::new(
            Code::NotExtendable,
            vec![("category", Figure::word(category))],
        ));
        return;
    }
    if !info.extendable {
        return;
    }
    if granted && info.once_only && case.prior_extensions.is_some_and(|n| n >= 1) {
        out.push(Finding::new(
            Code::SecondExtension,
            vec![(
                "prior_extensions",
                Figure::from(case.prior_extensions.unwrap_or(0).to_string()),
            )],
        ));
    }
    if granted && let (Some(valid_to), Some(extended_to)) = (case.visa_valid_to, case.extended_to) {
        match cap(category, valid_to, case.permit_valid_to) {
            Some(cap) if extended_to > cap => out.push(Finding::new(
                Code::BeyondCap,
                vec![
                    ("visa_valid_to", date(valid_to)),
                    ("cap", date(cap)),
                    ("extended_to", date(extended_to)),
                ],
            )),
            None if category == VisaCategory::Work => {
                out.push(Finding::new(Code::CapUnknown, vec![]))
            }
            _ => {}
        }
    }
    if granted && info.knb_approval && case.knb_approved != Some(true) {
        let recorded = match case.knb_approved {
            Some(false) => "no",
            _ => "not-recorded",
        };
        out.push(Finding::new(
            Code::KnbApprovalMissing,
            vec![("knb_approved", Figure::State(recorded))],
        ));
    }
    // Who may apply: the party that issued the invitation for the initial
    // visa, diplomatic missions, consular offices and international
    // organisations; for permanent residence, the foreigner personally; for
    // work, the legal entity that invited; for study and medical visas, the
    // educational or medical institution (a legal entity, and as any
    // applicant, the one that invited).
    // Only a grant earns the finding: refusing an application item 6 does
    // not let be considered is right.
    let allowed = applicant_allowed(case, category);
    if granted && !allowed {
        out.push(Finding::new(
            Code::ApplicantNotAllowed,
            vec![(
                "applicant_kind",
                case.applicant_kind
                    .map_or(Figure::State("not-recorded"), Figure::word),
            )],
        ));
    }
    // The last paragraph: the document confirming the need to stay longer,
    // or exceptional grounds.
    if granted
        && !exceptional
        && let (Some(letter), Some(documents)) = (supporting_document(category), &case.documents)
        && !documents.contains(&letter)
    {
        out.push(Finding::new(
            Code::ExtensionWithoutGrounds,
            vec![("document", Figure::word(letter))],
        ));
    }
}

/// Whether item 6 lets `case`'s applicant ask for the extension of a
/// `category` visa (unknown applicant: yes, nothing to fault).
fn applicant_allowed(case: &Case, category: VisaCategory) -> bool {
    let institution = matches!(category, VisaCategory::Study | VisaCategory::Medical);
    match case.applicant_kind {
        Some(
            ApplicantKind::DiplomaticMission
            | ApplicantKind::ConsularOffice
            | ApplicantKind::InternationalOrg,
        ) => true,
        Some(ApplicantKind::Individual) if category == VisaCategory::PermanentResidence => true,
        Some(ApplicantKind::Individual) if category == VisaCategory::Work || institution => false,
        Some(ApplicantKind::Individual | ApplicantKind::LegalEntity) => {
            case.applicant_is_inviter != Some(false)
        }
        None => true,
    }
}

/// What in the category or the record contradicts a refusal of an
/// extension on an item-6 ground, as figures; `None` where the ground
/// stands (or the record does not say). A refusal by the book earns
/// nothing; grounds of item 16 and 11 are not checked here.
fn against_record(
    case: &Case,
    category: VisaCategory,
    ground: RefusalGround,
) -> Option<Vec<(&'static str, Figure)>> {
    let info = category.info();
    let category_is = || vec![("category", Figure::word(category))];
    match ground {
        // The category extends (the last paragraph aside, which a refusal
        // need not use).
        RefusalGround::NotExtendable if info.extendable => Some(category_is()),
        // Once only is the rule of ЕАВ and ТТВ; and a first extension is not a second.
        RefusalGround::AlreadyExtended if !info.once_only => Some(category_is()),
        RefusalGround::AlreadyExtended if case.prior_extensions == Some(0) => {
            Some(vec![("prior_extensions", "0".into())])
        }
        RefusalGround::ApplicantNotEligible
            if case.applicant_kind.is_some() && applicant_allowed(case, category) =>
        {
            Some(vec![(
                "applicant_kind",
                case.applicant_kind
                    .map_or(Figure::State("not-recorded"), Figure::word),
            )])
        }
        // The document confirming the need to stay longer was accepted.
        RefusalGround::NoGrounds => {
            let letter = supporting_document(category)?;
            case.documents
                .as_ref()
                .is_some_and(|d| d.contains(&letter))
                .then(|| vec![("document", Figure::word(letter))])
        }
        _ => None,
    }
}
