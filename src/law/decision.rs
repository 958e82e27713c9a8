//! Decisions as data: for each decided case, what the documents print —
//! the grant (a visa issued, a visa extended to a new end, an identity
//! document) or the reasoned refusal (its ground and the item it rests on),
//! and the appeal route of items 20–23: a complaint to the higher body
//! (the department of Appendix 1, or the Committee of item 26), then the
//! court. Sentences of substance are made here, in Kazakh and Russian;
//! templates only lay them out.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Case;
use crate::reference::{self, REFUSAL_GROUNDS, VISA_CATEGORIES};
use crate::vocab::{Outcome, RefusalGround, Service, Vocabulary};

/// A text in the two languages of the documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    pub kk: String,
    pub ru: String,
}

/// What was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Resolution {
    VisaIssued {
        category: String,
        entries: Option<u8>,
    },
    VisaExtended {
        category: String,
        from: Option<NaiveDate>,
        to: NaiveDate,
    },
    DocumentIssued {
        formular_code: Option<String>,
    },
    Refused {
        ground: String,
        item: String,
    },
}

/// The decision on one case, ready for a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub case_id: String,
    pub office: String,
    pub decided_on: NaiveDate,
    pub resolution: Resolution,
    /// The operative sentence: "Виза выдана." / "Отказано: …".
    pub text: Bilingual,
    /// Where and how to appeal (items 20–23).
    pub appeal: Bilingual,
}

/// The Committee of Migration Police of the Ministry (item 26 of the standard).
const COMMITTEE_KK: &str = "ІІМ Көші-қон полициясы комитеті, 010000, Астана қаласы, Ы. Дүкенұлы көшесі, 23/1, қабылдау бөлмесінің телефоны (7172) 20-55-73";
const COMMITTEE_RU: &str = "Комитет миграционной полиции МВД, 010000, г. Астана, ул. Ы. Дукенулы, 23/1, телефон приемной (7172) 20-55-73";

/// The decision on a decided case; `None` while it is pending.
pub fn decide(case: &Case) -> Option<Decision> {
    let decided_on = case.decided_at?.date();
    let category = |c: Option<crate::vocab::VisaCategory>| {
        c.and_then(|c| VISA_CATEGORIES.iter().find(|i| i.key == c.key()))
    };
    let (resolution, text) = match (case.result, case.service) {
        (Outcome::Pending, _) => return None,
        (Outcome::Refused, _) => {
            let ground = case.refusal_ground?;
            let info = REFUSAL_GROUNDS.iter().find(|g| g.key == ground.key())?;
            let item = item_of(ground);
            (
                Resolution::Refused {
                    ground: ground.key().into(),
                    item: item.into(),
                },
                Bilingual {
                    kk: format!(
                        "Мемлекеттік қызмет көрсетуден бас тартылды: {} (стандарттың {}-тармағы).",
                        info.meaning_kk, item
                    ),
                    ru: format!(
                        "В оказании государственной услуги отказано: {} (пункт {} стандарта).",
                        info.meaning_ru, item
                    ),
                },
            )
        }
        (Outcome::Granted, Service::VisaIssue) => {
            let info = category(case.visa_category)?;
            (
                Resolution::VisaIssued {
                    category: info.key.clone(),
                    entries: case.entries,
                },
                Bilingual {
                    kk: format!(
                        "«{}» ({}) санатындағы виза берілді.",
                        info.name_kk, info.code_kk
                    ),
                    ru: format!(
                        "Выдана виза категории «{}» ({}).",
                        info.name_ru, info.code_kk
                    ),
                },
            )
        }
        (Outcome::Granted, Service::VisaExtend) => {
            let info = category(case.visa_category)?;
            let to = case.extended_to?;
            let date = to.format("%d.%m.%Y");
            (
                Resolution::VisaExtended {
                    category: info.key.clone(),
                    from: case.visa_valid_to,
                    to,
                },
                Bilingual {
                    kk: format!(
                        "«{}» ({}) санатындағы визаның қолданылу мерзімі {date} дейін ұзартылды.",
                        info.name_kk, info.code_kk
                    ),
                    ru: format!(
                        "Срок действия визы категории «{}» ({}) продлён до {date}.",
                        info.name_ru, info.code_kk
                    ),
                },
            )
        }
        (Outcome::Granted, Service::IdDocument) => (
            Resolution::DocumentIssued {
                formular_code: case.formular_code.as_deref().map(String::from),
            },
            Bilingual {
                kk: "Жеке басты куәландыратын құжат ресімделді.".into(),
                ru: "Документ, удостоверяющий личность, оформлен.".into(),
            },
        ),
    };
    Some(Decision {
        case_id: case.case_id.to_string(),
        office: case.office.to_string(),
        decided_on,
        resolution,
        text,
        appeal: appeal(&case.office),
    })
}

/// The item of the standard a ground rests on.
fn item_of(ground: RefusalGround) -> &'static str {
    match ground {
        RefusalGround::CriminalCase => "16.1",
        RefusalGround::Convicted => "16.2",
        RefusalGround::CourtObligations => "16.3",
        RefusalGround::PropertyObligations => "16",
        RefusalGround::DocumentsIncomplete => "11",
        RefusalGround::NotExtendable
        | RefusalGround::AlreadyExtended
        | RefusalGround::ApplicantNotEligible
        | RefusalGround::NoGrounds => "6",
    }
}

/// Items 20–23: a written complaint to the higher body — the department of
/// the office's region as Appendix 1 lists it, else the Committee — by
/// post, e-mail or in person; then the court.
fn appeal(office: &str) -> Bilingual {
    let (body_kk, body_ru) = match reference::department_of(office) {
        Some(d) => {
            let phones = d.phones_secretariat.as_str();
            (
                format!(
                    "{}, {}, хатшылық телефоны {}",
                    d.name_kk, d.address_kk, phones
                ),
                // Appendix 1 is in Kazakh only: the Russian text names the
                // department by its Kazakh name and address, as the standard does.
                format!(
                    "{}, {}, телефон канцелярии {}",
                    d.name_kk, d.address_kk, phones
                ),
            )
        }
        None => (COMMITTEE_KK.to_string(), COMMITTEE_RU.to_string()),
    };
    Bilingual {
        kk: format!(
            "Шешімге жоғары тұрған органға — {body_kk}, сондай-ақ {COMMITTEE_KK} — жазбаша түрде пошта, электрондық пошта арқылы не қолма-қол шағым беруге болады (стандарттың 20–22, 24-тармақтары). Көрсетілген қызмет нәтижесімен келіспеген жағдайда тұтынушы заңнамада белгіленген тәртіппен сотқа жүгінуге құқылы (23-тармақ)."
        ),
        ru: format!(
            "Решение может быть обжаловано в вышестоящий орган — {body_ru}, а также {COMMITTEE_RU} — письменно по почте, электронной почте или нарочно (пункты 20–22, 24 стандарта). При несогласии с результатом оказанной услуги потребитель вправе обратиться в суд в установленном законодательством порядке (пункт 23)."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::VisaCategory;

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
        assert!(
            matches!(d.resolution, Resolution::VisaExtended { ref category, .. } if category == "study")
        );
        assert_eq!(
            d.text.ru,
            "Срок действия визы категории «на учебу» (ОУВ) продлён до 20.03.2026."
        );
        assert_eq!(
            d.text.kk,
            "«оқуға» (ОУВ) санатындағы визаның қолданылу мерзімі 20.03.2026 дейін ұзартылды."
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
                ground: "convicted".into(),
                item: "16.2".into()
            }
        );
        assert!(
            d.text.ru.starts_with(
                "В оказании государственной услуги отказано: осуждён за совершение преступления"
            ),
            "{}",
            d.text.ru
        );
        assert!(d.text.ru.ends_with("(пункт 16.2 стандарта)."));
        // The higher body of an Almaty office: the city department of Appendix 1, then the court.
        assert!(d.appeal.ru.contains("Алматы қаласының Ішкі істер департаменті, Алматы қаласы, Қарасай батыр көшесі, 109а"), "{}", d.appeal.ru);
        assert!(d.appeal.ru.contains("в суд") && d.appeal.ru.contains("пункт 23"));
        assert!(d.appeal.kk.contains("сотқа жүгінуге") && d.appeal.kk.contains("23-тармақ"));
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
}
