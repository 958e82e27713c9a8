//! The talons of acceptance of documents: Appendix 3 (item 14: the
//! consumer, the talon's number, the documents accepted, who accepted them,
//! the date, and the date and time the result is issued) and Appendix 5
//! (the 75 × 55 mm talon: the subject, who accepted the application, the
//! date and time).
//!
//! The issue date of Appendix 3 is the deadline of item 7.1 (the day the
//! result is due); for a service without a deadline it is left blank to be
//! written by hand. Its time is the opening of reception (item 9: 9:00).
//!
//! These are the talons of visa cases. An identity-document case gets the
//! talon of registration of the application of the Rules of the formular
//! ([`super::registration`]); a complaint the talon of item 25
//! ([`super::complaint`]). Every talon names the act it applies.

use crate::chunked::Chunked;
use clap::ValueEnum;
use serde::Serialize;

use super::qr::Qr;
use super::{DocLang, OfficeBlock, basis, clock_time, long_date, office_block};
use crate::law::Verdict;
use crate::model::Case;
use crate::settings::Act;
use crate::vocab::Document;

/// Which form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Form {
    #[value(help = "help-form-appendix3")]
    Appendix3,
    #[value(help = "help-form-appendix5")]
    Appendix5,
    #[value(help = "help-form-registration")]
    Registration,
    #[value(help = "help-form-complaint")]
    Complaint,
}

impl Form {
    /// The form as `--form` names it: the key catalogues choose its
    /// words by.
    pub fn key(self) -> &'static str {
        match self {
            Form::Appendix3 => "appendix3",
            Form::Appendix5 => "appendix5",
            Form::Registration => "registration",
            Form::Complaint => "complaint",
        }
    }

    pub fn template(self) -> &'static str {
        match self {
            Form::Appendix3 => "talon-appendix3.typ",
            Form::Appendix5 => "talon-appendix5.typ",
            Form::Registration => "talon-registration.typ",
            Form::Complaint => "talon-complaint.typ",
        }
    }
}

/// How talons are put on paper: one a page of the form's size (A6 for the
/// forms the acts give no size), or several to an A4 sheet with cut marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sheet {
    Talon,
    A4,
}

/// The data of a talon document (`/data.json` of the template): the fixed
/// words of the form, the act it applies, and one value per talon.
#[derive(Debug, Serialize)]
pub struct Talons<L, T> {
    pub lang: DocLang,
    pub sheet: Sheet,
    pub title: String,
    pub labels: L,
    pub basis: String,
    pub talons: Vec<T>,
}

#[derive(Debug, Serialize)]
pub struct Talon {
    pub number: String,
    /// The number as a QR code (SVG), to scan rather than type.
    pub qr: Qr,
    pub consumer: String,
    pub office: OfficeBlock,
    pub documents: Vec<String>,
    pub accepted_by: String,
    pub position: String,
    pub accepted_date: String,
    pub accepted_time: String,
    pub issue_date: Option<String>,
    pub issue_time: Option<String>,
}

/// The fixed words of the forms.
#[derive(Debug, Serialize)]
pub struct Labels {
    pub appendix: String,
    pub heading_before: String,
    pub consumer_caption: String,
    pub heading_after: String,
    pub talon: String,
    pub documents: String,
    pub accepted: String,
    pub position_caption: String,
    pub signature_caption: String,
    pub name_caption: String,
    pub issue: String,
    pub subject_caption: String,
    pub accepted_application: String,
    pub specialist_caption: String,
}

/// The two forms of the standard's appendices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisaForm {
    Appendix3,
    Appendix5,
}

fn labels(form: VisaForm, lang: DocLang) -> Labels {
    let appendix = match form {
        VisaForm::Appendix3 => 3,
        VisaForm::Appendix5 => 5,
    };
    Labels {
        appendix: crate::msg!("talon-appendix", appendix = appendix).text(lang),
        heading_before: crate::msg!("talon-heading-before").text(lang),
        consumer_caption: crate::msg!("talon-consumer-caption").text(lang),
        heading_after: crate::msg!("talon-heading-after").text(lang),
        talon: crate::msg!("talon-word").text(lang),
        documents: crate::msg!("talon-documents").text(lang),
        accepted: crate::msg!("form-accepted").text(lang),
        position_caption: crate::msg!("talon-position-caption").text(lang),
        signature_caption: crate::msg!("form-signature-caption").text(lang),
        name_caption: crate::msg!("form-name-caption").text(lang),
        issue: crate::msg!("talon-issue").text(lang),
        subject_caption: crate::msg!("talon-subject-caption").text(lang),
        accepted_application: crate::msg!("talon-accepted-application").text(lang),
        specialist_caption: crate::msg!("talon-specialist-caption").text(lang),
    }
}

/// The name of a document on the talon, in the words of item 11 where it
/// names it.
pub fn document_title(document: Document, lang: DocLang) -> String {
    match document {
        Document::Application => crate::msg!("document-application").text(lang),
        Document::Passport => crate::msg!("document-passport").text(lang),
        Document::FeeReceipt => crate::msg!("document-fee-receipt").text(lang),
        Document::Invitation => crate::msg!("document-invitation").text(lang),
        Document::MedicalLetter => crate::msg!("document-medical-letter").text(lang),
        Document::StudyLetter => crate::msg!("document-study-letter").text(lang),
        Document::WorkPermit => crate::msg!("document-work-permit").text(lang),
        Document::PowerOfAttorney => crate::msg!("document-power-of-attorney").text(lang),
        Document::Other => crate::msg!("document-other").text(lang),
    }
}

/// The hour of issue as the form leaves it for the clerk: the record
/// holds the day the result is due (the deadline), never its hour, and
/// the talon invents none.
fn hour_blank(lang: DocLang) -> String {
    crate::msg!("talon-hour-blank").text(lang)
}

/// The talon of one case.
pub fn talon(case: &Case, verdict: &Verdict, lang: DocLang) -> Talon {
    let submitted = case.submitted_at;
    let issue = verdict.facts.deadline;
    Talon {
        number: case.case_id.to_string(),
        qr: Qr(case.case_id.to_string()),
        consumer: case
            .applicant_name
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        office: office_block(&case.office, case.submitted_at.date(), lang),
        documents: case
            .documents
            .iter()
            .flatten()
            .map(|d| document_title(*d, lang))
            .collect(),
        accepted_by: case.accepted_by.as_deref().unwrap_or_default().to_string(),
        position: case
            .accepted_by_position
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        accepted_date: long_date(submitted.date(), lang),
        accepted_time: clock_time(submitted.time(), lang),
        issue_date: issue.map(|d| long_date(d, lang)),
        issue_time: issue.map(|_| hour_blank(lang)),
    }
}

/// The talons of the visa cases among `cases` and the verdict on each, in
/// input order; identity-document cases have a talon of their own.
pub fn talons(
    cases: &Chunked<Case>,
    verdicts: &Chunked<Verdict>,
    form: VisaForm,
    sheet: Sheet,
    standard: &Act,
    lang: DocLang,
) -> Talons<Labels, Talon> {
    let basis = match form {
        VisaForm::Appendix3 => basis::act(standard, lang),
        VisaForm::Appendix5 => basis::cite(standard, lang),
    };
    Talons {
        lang,
        sheet,
        title: crate::msg!("talon-title").text(lang),
        labels: labels(form, lang),
        basis,
        talons: cases
            .iter()
            .zip(verdicts)
            .filter(|(c, _)| c.service.is_visa())
            .map(|(c, v)| talon(c, v, lang))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;

    fn case() -> Case {
        Case {
            applicant_name: Some("Ким Сергей".into()),
            accepted_by: Some("Әбенова Гүлнәр Қайратқызы".into()),
            accepted_by_position: Some("инспектор".into()),
            ..test_case()
        }
    }

    fn acts() -> crate::settings::Acts {
        crate::config::Config::default().acts
    }

    fn judged(case: Case) -> (Chunked<Case>, Chunked<Verdict>) {
        let cases: Chunked<Case> = [case].into();
        let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
        (cases, verdicts)
    }

    #[test]
    fn the_json_handed_to_the_appendix3_template() {
        let (cases, verdicts) = judged(case());
        let data = talons(
            &cases,
            &verdicts,
            VisaForm::Appendix3,
            Sheet::Talon,
            &acts().standard,
            DocLang::Kk,
        );
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn the_json_handed_to_the_appendix5_template() {
        let (cases, verdicts) = judged(case());
        let data = talons(
            &cases,
            &verdicts,
            VisaForm::Appendix5,
            Sheet::A4,
            &acts().standard,
            DocLang::Ru,
        );
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn no_deadline_no_issue_date() {
        let id_doc = Case {
            service: crate::vocab::Service::IdDocument,
            ..case()
        };
        let (cases, verdicts) = judged(id_doc);
        let t = talon(&cases[0], &verdicts[0], DocLang::Ru);
        assert_eq!(t.issue_date, None);
        assert_eq!(t.issue_time, None);
        let (cases, verdicts) = judged(case());
        let t = talon(&cases[0], &verdicts[0], DocLang::Ru);
        // Monday 3 March 2025 + 5 working days (8 March moved to Monday 10).
        assert_eq!(t.issue_date.as_deref(), Some("«11» марта 2025 г."));
        // Regression: «9 час. 00 мин.», an hour the record does not hold.
        assert_eq!(t.issue_time.as_deref(), Some("____ час. ____ мин."));
    }

    #[test]
    fn identity_document_cases_have_no_visa_talon() {
        let cases: Chunked<Case> = [
            case(),
            Case {
                case_id: "T-2".into(),
                service: crate::vocab::Service::IdDocument,
                ..case()
            },
        ]
        .into();
        let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
        let data = talons(
            &cases,
            &verdicts,
            VisaForm::Appendix3,
            Sheet::Talon,
            &acts().standard,
            DocLang::Ru,
        );
        let numbers: Vec<_> = data.talons.iter().map(|t| t.number.as_str()).collect();
        assert_eq!(numbers, ["T-1"]);
        assert!(data.basis.contains("№ 200") && !data.basis.contains("Утратил силу"));
    }
}
