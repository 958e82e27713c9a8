//! Item 6 of the standard on issuing: which categories are issued inside
//! Kazakhstan, and what each needs. The sample generator issues by
//! [`ISSUED_INSIDE`] too.

use super::finding::{Code, Figure, Finding};
use crate::model::{Case, Citizenship};
use crate::vocab::{Document, VisaCategory};

/// The categories issued inside Kazakhstan (item 6: medical ЕАВ, permanent
/// residence ТТВ, exit ШЖВ).
pub const ISSUED_INSIDE: [VisaCategory; 3] = [
    VisaCategory::Medical,
    VisaCategory::PermanentResidence,
    VisaCategory::Exit,
];

/// Item 6 on issuing: inside Kazakhstan only medical (ЕАВ), permanent
/// residence (ТТВ) and exit (ШЖВ) visas are issued; a medical visa on the
/// medical institution's documents; permanent residence to citizens of an
/// Appendix 2 country or ethnic Kazakhs (or asylum applicants, whom the
/// data cannot show: a review, not a breach).
pub(super) fn findings(case: &Case, out: &mut Vec<Finding>) {
    let Some(category) = case.visa_category else {
        return;
    };
    if !ISSUED_INSIDE.contains(&category) {
        out.push(Finding::new(
            Code::NotIssuedInside,
            vec![("category", Figure::word(category))],
        ));
        return;
    }
    if category == VisaCategory::Medical
        && let Some(documents) = &case.documents
        && !documents.contains(&Document::MedicalLetter)
    {
        out.push(Finding::new(
            Code::SupportingDocumentMissing,
            vec![("document", Figure::word(Document::MedicalLetter))],
        ));
    }
    if category == VisaCategory::PermanentResidence {
        let from_appendix2 = matches!(&case.citizenship, Some(Citizenship::Country(c)) if crate::reference::in_appendix2(c));
        if !from_appendix2 && case.ethnic_kazakh != Some(true) {
            let citizenship = match &case.citizenship {
                Some(Citizenship::Country(c)) => Figure::Plain(c.to_string()),
                Some(Citizenship::Stateless) => Figure::State("stateless"),
                None => Figure::State("not-recorded"),
            };
            out.push(Finding::new(
                Code::ResidenceReview,
                vec![("citizenship", citizenship)],
            ));
        }
    }
}
