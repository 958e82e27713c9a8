//! Decisions as data: for each decided case, what was decided — the grant
//! (a visa issued, a visa extended to a new end, an identity document) or
//! the refusal on its ground — held in the case's verdict; and, at print
//! time, its wording and the appeal route of items 20–23: a complaint to
//! the higher body (the department of Appendix 1, or the Committee of item
//! 26), then the court. Identity documents are decided under the Rules of
//! the formular: how the issued document is received (items 56–57), and no
//! item of the visa standard. Sentences of substance are made here, in
//! Kazakh and Russian; templates only lay them out.

use chrono::NaiveDate;

use crate::bodies::{self, Body};
use crate::lang::DocLang;
use crate::model::{Case, Office};
use crate::vocab::{Outcome, RefusalGround, Service, VisaCategory};

/// What was decided. Small and plain: a verdict holds one per case, and
/// the words are made only for the documents that print them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    VisaIssued {
        category: VisaCategory,
        entries: Option<u8>,
    },
    VisaExtended {
        category: VisaCategory,
        from: Option<NaiveDate>,
        to: NaiveDate,
    },
    DocumentIssued,
    Refused {
        ground: RefusalGround,
    },
    /// An identity document refused: the Rules of the formular name no
    /// grounds of their own, so the ground is stated without an item of the
    /// visa standard (`docs/law.md`).
    DocumentRefused {
        ground: RefusalGround,
    },
}

/// The decision on one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub decided_on: NaiveDate,
    pub resolution: Resolution,
}

impl Decision {
    pub fn granted(&self) -> bool {
        !matches!(
            self.resolution,
            Resolution::Refused { .. } | Resolution::DocumentRefused { .. }
        )
    }
}

/// The decision on a decided case; `None` while it is pending, or when it
/// cannot be stated (a visa granted without its category or new term, a
/// refusal without its ground).
pub fn decide(case: &Case) -> Option<Decision> {
    let decided_on = case.decided_at?.date();
    let resolution = match (case.result, case.service) {
        (Outcome::Pending, _) => return None,
        (Outcome::Refused, Service::IdDocument) => Resolution::DocumentRefused {
            ground: case.refusal_ground?,
        },
        (Outcome::Refused, _) => Resolution::Refused {
            ground: case.refusal_ground?,
        },
        (Outcome::Granted, Service::VisaIssue) => Resolution::VisaIssued {
            category: case.visa_category?,
            entries: case.entries,
        },
        (Outcome::Granted, Service::VisaExtend) => Resolution::VisaExtended {
            category: case.visa_category?,
            from: case.visa_valid_to,
            to: case.extended_to?,
        },
        (Outcome::Granted, Service::IdDocument) => Resolution::DocumentIssued,
    };
    Some(Decision {
        decided_on,
        resolution,
    })
}

/// The operative sentence of a decision: «Виза выдана.» / «Отказано: …».
pub fn wording(resolution: &Resolution, lang: DocLang) -> String {
    let category = |c: VisaCategory| {
        let info = c.info();
        (
            lang.pick(&info.name_ru, &info.name_kk).to_string(),
            info.code_kk.clone(),
        )
    };
    match *resolution {
        // The ground and its item follow the operative sentence once, as
        // the decision's reasons (`reasons`), not inside it again.
        Resolution::Refused { .. } => crate::msg!("decision-refused"),
        Resolution::VisaIssued { category: c, .. } => {
            let (name, code) = category(c);
            crate::msg!("decision-visa-issued", category = name, code = code)
        }
        Resolution::VisaExtended {
            category: c, to, ..
        } => {
            let (name, code) = category(c);
            crate::msg!(
                "decision-visa-extended",
                category = name,
                code = code,
                until = crate::dates::until(to)
            )
        }
        Resolution::DocumentIssued => crate::msg!("decision-document-issued"),
        Resolution::DocumentRefused { .. } => crate::msg!("decision-document-refused"),
    }
    .text(lang)
}

/// Item 56 of the Rules of the formular: how an issued identity document
/// is received — on the talon of registration of the application (or the
/// receipt) and the documents to be withdrawn; its number is the key to
/// the ready documents (item 57).
pub fn receiving(talon_number: &str, lang: DocLang) -> String {
    crate::msg!("decision-receiving", talon = talon_number).text(lang)
}

/// The appeal route printed on a decision of `office` made on `on`: to
/// the body above the issuer (`bodies::above`), as named that day.
/// Visa cases: items 20–23 of the standard — a written complaint by post,
/// e-mail or in person, to the body above and to the Committee (item 22
/// names both) where the Committee is not already that body, then the
/// court. Identity documents: the Rules of the formular give no route of
/// their own, so the decision names the body above and the court under
/// the law in general, citing no item of the visa standard.
pub fn appeal(office: &Office, service: Service, on: NaiveDate, lang: DocLang) -> String {
    let above = bodies::above(office);
    let issuer = bodies::issuer(office);
    let body = above.named(on, lang).described(lang);
    if service == Service::IdDocument {
        return crate::msg!("decision-appeal-identity", body = body).text(lang);
    }
    let with = match [&above, &issuer].contains(&&Body::Committee) {
        true => "alone",
        false => "committee",
    };
    let committee = Body::Committee.named(on, lang).described(lang);
    crate::msg!(
        "decision-appeal",
        body = body,
        with = with,
        committee = committee
    )
    .text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text in both languages of the documents.
    struct Both {
        ru: String,
        kk: String,
    }

    /// A granted study-visa extension.
    fn case() -> Case {
        Case {
            service: Service::VisaExtend,
            visa_category: Some(VisaCategory::Study),
            visa_valid_to: NaiveDate::from_ymd_opt(2025, 3, 20),
            extended_to: NaiveDate::from_ymd_opt(2026, 3, 20),
            ..crate::model::test_case()
        }
    }

    #[test]
    fn an_extension_states_its_new_term() {
        let d = decide(&case()).unwrap();
        assert_eq!(d.decided_on, NaiveDate::from_ymd_opt(2025, 3, 5).unwrap());
        assert_eq!(
            d.resolution,
            Resolution::VisaExtended {
                category: VisaCategory::Study,
                from: NaiveDate::from_ymd_opt(2025, 3, 20),
                to: NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
            }
        );
        let (ru, kk) = (
            wording(&d.resolution, DocLang::Ru),
            wording(&d.resolution, DocLang::Kk),
        );
        assert_eq!(
            ru,
            "Срок действия визы категории «на учебу» (ОУВ) продлён до «20» марта 2026 г."
        );
        assert_eq!(
            kk,
            "«оқуға» (ОУВ) санатындағы визаның қолданылу мерзімі 2026 жылғы «20» наурызға дейін ұзартылды."
        );
    }

    #[test]
    fn a_refusal_gives_its_ground_item_and_the_appeal_route() {
        let refused = Case {
            result: Outcome::Refused,
            refusal_ground: Some(RefusalGround::Convicted),
            ..case()
        };
        let d = decide(&refused).unwrap();
        assert_eq!(
            d.resolution,
            Resolution::Refused {
                ground: RefusalGround::Convicted
            }
        );
        assert!(!d.granted());
        // The ground is the decision's reasons, printed once beside it.
        assert_eq!(
            wording(&d.resolution, DocLang::Ru),
            "В оказании государственной услуги отказано."
        );
        assert_eq!(RefusalGround::Convicted.info().item, "16.2");
        // The higher body of an Almaty office: the city department as
        // named on the day, in the decision's language, then the court.
        let route = |lang| appeal(&refused.office, refused.service, d.decided_on, lang);
        let route = Both {
            ru: route(DocLang::Ru),
            kk: route(DocLang::Kk),
        };
        assert!(
            route.ru.contains("вышестоящий орган — Департамент полиции города Алматы, а также Комитет миграционной службы Министерства внутренних дел Республики Казахстан — письменно"),
            "{}",
            route.ru
        );
        assert!(
            route.kk.contains("Алматы қаласының Полиция департаменті"),
            "{}",
            route.kk
        );
        // In 2012, under the names and at the addresses of Appendix 1.
        let then = |lang| {
            appeal(
                &refused.office,
                refused.service,
                NaiveDate::from_ymd_opt(2012, 5, 3).unwrap(),
                lang,
            )
        };
        let then = Both {
            ru: then(DocLang::Ru),
            kk: then(DocLang::Kk),
        };
        assert!(then.kk.contains("Алматы қаласының Ішкі істер департаменті, Алматы қаласы, Қарасай батыр көшесі, 109а"), "{}", then.kk);
        assert!(
            then.ru
                .contains("Департамент внутренних дел города Алматы, Комитет")
                || then
                    .ru
                    .contains("Департамент внутренних дел города Алматы, телефон"),
            "{}",
            then.ru
        );
        assert!(route.ru.contains("в суд") && route.ru.contains("(пункт 23 стандарта)"));
        assert!(
            route.kk.contains("сотқа жүгінуге құқығы бар")
                && route.kk.contains("(стандарттың 23-тармағы)")
        );
        // How a complaint is filed (items 21, 24); not 20 or 22.
        assert!(route.ru.contains("(пункты 21, 24 стандарта)") && !route.ru.contains("20–22"));
    }

    #[test]
    fn pending_cases_have_no_decision() {
        assert!(
            decide(&Case {
                result: Outcome::Pending,
                decided_at: None,
                ..case()
            })
            .is_none()
        );
    }

    #[test]
    fn an_identity_document_is_decided_under_the_rules_not_the_standard() {
        let id_doc = Case {
            service: Service::IdDocument,
            visa_category: None,
            formular_code: Some("18".into()),
            ..crate::model::test_case()
        };
        let granted = decide(&id_doc).unwrap();
        assert_eq!(granted.resolution, Resolution::DocumentIssued);
        let refused = decide(&Case {
            result: Outcome::Refused,
            refusal_ground: Some(RefusalGround::DocumentsIncomplete),
            ..id_doc.clone()
        })
        .unwrap();
        assert_eq!(
            refused.resolution,
            Resolution::DocumentRefused {
                ground: RefusalGround::DocumentsIncomplete
            }
        );
        assert!(!refused.granted());
        let both = |text: &dyn Fn(DocLang) -> String| Both {
            ru: text(DocLang::Ru),
            kk: text(DocLang::Kk),
        };
        let texts = [
            both(&|lang| wording(&refused.resolution, lang)),
            both(&|lang| {
                appeal(
                    &id_doc.office,
                    Service::IdDocument,
                    granted.decided_on,
                    lang,
                )
            }),
            both(&|lang| receiving("T2025-0000001", lang)),
            both(&|lang| wording(&granted.resolution, lang)),
        ];
        for text in &texts {
            for t in [&text.ru, &text.kk] {
                assert!(
                    !t.contains("стандарт") && !t.contains("пункт 23"),
                    "the visa standard cited: {t}"
                );
            }
        }
        assert!(
            texts[1]
                .ru
                .contains("вышестоящий орган — Департамент полиции города Алматы — или в суд"),
            "{}",
            texts[1].ru
        );
        assert!(
            texts[2]
                .ru
                .contains("талон регистрации заявки № T2025-0000001")
        );
        assert!(texts[2].kk.contains("56, 57-тармақтары"));
    }
}
