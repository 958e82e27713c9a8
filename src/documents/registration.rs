//! The talon of registration of the application (талон регистрации заявки)
//! of an identity-document case, under the Rules of the formular: the
//! person presents it, with the documents to be withdrawn, to receive the
//! ready document (item 56), and its number is what the officer enters to
//! find the person and the ready documents (item 57).
//!
//! The Rules name the talon but give it no form or size; esep prints what
//! those two items make it serve for (`docs/law.md`): the number, whose
//! application it is, the code of item 31, when and by whom it was
//! registered, the office, and how the document is received.

use serde::Serialize;

use super::qr::Qr;
use super::talon::{Sheet, Talons};
use super::{DocLang, OfficeBlock, basis, clock_time, long_date, office_block};
use crate::chunked::Chunked;
use crate::law::decision::receiving;
use crate::model::Case;
use crate::reference::formular_code;
use crate::settings::Act;
use crate::vocab::Service;

#[derive(Debug, Serialize)]
pub struct Talon {
    pub number: String,
    /// The number as a QR code (SVG): what the officer enters (item 57).
    pub qr: Qr,
    pub applicant: String,
    pub formular: String,
    /// For code 08, the certificate given with the formular (item 12);
    /// else empty.
    pub certificate: String,
    pub office: OfficeBlock,
    pub registered_date: String,
    pub registered_time: String,
    pub accepted_by: String,
    pub position: String,
    /// How the ready document is received (items 56–57).
    pub receiving: String,
}

/// The fixed words of the talon.
#[derive(Debug, Serialize)]
pub struct Labels {
    pub heading: String,
    pub talon: String,
    pub applicant_caption: String,
    pub formular: String,
    pub registered: String,
    pub accepted: String,
    pub position_caption: String,
    pub signature_caption: String,
    pub name_caption: String,
}

fn labels(lang: DocLang) -> Labels {
    Labels {
        heading: crate::msg!("registration-heading").text(lang),
        talon: crate::msg!("registration-talon").text(lang),
        applicant_caption: crate::msg!("registration-applicant-caption").text(lang),
        formular: crate::msg!("registration-formular").text(lang),
        registered: crate::msg!("registration-registered").text(lang),
        accepted: crate::msg!("form-accepted").text(lang),
        position_caption: crate::msg!("registration-position-caption").text(lang),
        signature_caption: crate::msg!("form-signature-caption").text(lang),
        name_caption: crate::msg!("form-name-caption").text(lang),
    }
}

/// The certificate a formular of code 08 (a change of the nationality
/// record) comes with: subitem 1) of item 12 of the Rules (paragraph 45 as
/// order No. 451 words it) has it given to the citizen at the same time, to
/// be presented to the registry office (РАГС) of the place of permanent
/// residence. A sentence for the talon and the decision; `None` for every
/// other code.
pub(super) fn nationality_certificate(code: &str, lang: DocLang) -> Option<String> {
    (code == "08").then(|| crate::msg!("registration-nationality-certificate").text(lang))
}

/// The talon of one identity-document case.
pub fn talon(case: &Case, lang: DocLang) -> Talon {
    let formular = case
        .formular_code
        .as_deref()
        .map(|code| match formular_code(code) {
            Some(f) => format!("{code} — {}", lang.pick(&f.meaning_ru, &f.meaning_kk)),
            None => code.to_string(),
        })
        .unwrap_or_default();
    let receiving = receiving(&case.case_id, lang);
    Talon {
        number: case.case_id.to_string(),
        qr: Qr(case.case_id.to_string()),
        applicant: case
            .applicant_name
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        formular,
        certificate: case
            .formular_code
            .as_deref()
            .and_then(|code| nationality_certificate(code, lang))
            .unwrap_or_default()
            .to_string(),
        office: office_block(&case.office, case.submitted_at.date(), lang),
        registered_date: long_date(case.submitted_at.date(), lang),
        registered_time: clock_time(case.submitted_at.time(), lang),
        accepted_by: case.accepted_by.as_deref().unwrap_or_default().to_string(),
        position: case
            .accepted_by_position
            .as_deref()
            .unwrap_or_default()
            .to_string(),
        receiving,
    }
}

/// The talons of the identity-document cases among `cases`, in input order.
pub fn talons(
    cases: &Chunked<Case>,
    sheet: Sheet,
    order: &Act,
    lang: DocLang,
) -> Talons<Labels, Talon> {
    Talons {
        lang,
        sheet,
        title: crate::msg!("registration-title").text(lang),
        labels: labels(lang),
        basis: basis::act(order, lang),
        talons: cases
            .iter()
            .filter(|c| c.service == Service::IdDocument)
            .map(|c| talon(c, lang))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;

    fn id_card() -> Case {
        Case {
            case_id: "T2025-0000042".into(),
            service: Service::IdDocument,
            visa_category: None,
            formular_code: Some("00".into()),
            applicant_name: Some("Серікова Айгерім".into()),
            accepted_by: Some("Әбенова Гүлнәр Қайратқызы".into()),
            accepted_by_position: Some("инспектор".into()),
            ..test_case()
        }
    }

    #[test]
    fn the_json_handed_to_the_registration_template() {
        let cases: Chunked<Case> = [test_case(), id_card()].into();
        let data = talons(
            &cases,
            Sheet::Talon,
            &crate::config::Config::default().acts.order,
            DocLang::Kk,
        );
        assert_eq!(data.talons.len(), 1, "the visa case has a visa talon");
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn a_formular_of_code_08_comes_with_the_nationality_certificate() {
        // Regression: order No. 451's certificate was mentioned in no document.
        let change = Case {
            formular_code: Some("08".into()),
            ..id_card()
        };
        let ru = talon(&change, DocLang::Ru).certificate;
        assert!(
            ru.starts_with("По коду 08 выдаётся справка об изменении записи о национальности")
                && ru.ends_with("(подпункт 1) пункта 12 Правил)."),
            "{ru}"
        );
        let kk = talon(&change, DocLang::Kk).certificate;
        assert!(kk.contains("АХАЖ органына"), "{kk}");
        assert_eq!(talon(&id_card(), DocLang::Ru).certificate, "");
    }

    #[test]
    fn the_talon_cites_the_rules_and_never_the_visa_standard() {
        let cases: Chunked<Case> = [id_card()].into();
        for lang in [DocLang::Ru, DocLang::Kk] {
            let data = talons(
                &cases,
                Sheet::A4,
                &crate::config::Config::default().acts.order,
                lang,
            );
            let all = serde_json::to_string(&data).unwrap();
            assert!(
                !all.contains("стандарт") && !all.contains("Шығу визаларын"),
                "{all}"
            );
            let t = &data.talons[0];
            assert!(t.receiving.contains("T2025-0000042"));
            if lang == DocLang::Ru {
                assert!(
                    t.formular.starts_with(
                        "00 — выдача документов, удостоверяющих личность, детям до 16 лет"
                    ),
                    "{}",
                    t.formular
                );
                assert_eq!(t.registered_date, "«3» марта 2025 г.");
                assert!(
                    data.basis
                        .contains("№ 583, в редакции от 3 августа 2021 года № 451")
                );
            }
        }
    }
}
