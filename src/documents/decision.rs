//! The result of item 5 as a document: the grant (a visa issued, a visa
//! extended with its new term, an identity document) or the reasoned
//! refusal (its ground and the item of the standard it rests on), with the
//! appeal route of items 20–23. The decision is the verdict's; its
//! sentences come from [`crate::law::decision`]; this module picks the
//! language and adds the case's particulars.

use crate::chunked::Chunked;
use serde::Serialize;

use super::{DocLang, OfficeBlock, long_date, office_block};
use crate::law::Verdict;
use crate::law::decision::{self, Decision, Resolution};
use crate::model::{Case, Citizenship};
use crate::reference::country;
use crate::vocab::{Service, VisaCategory, Vocabulary};

/// The data of a decisions document (`/data.json` of `decision.typ`).
#[derive(Debug, Serialize)]
pub struct Decisions {
    pub lang: DocLang,
    pub title: String,
    pub labels: Labels,
    pub decisions: Vec<Page>,
}

/// One decision, one page.
#[derive(Debug, Serialize)]
pub struct Page {
    pub number: String,
    pub office: OfficeBlock,
    pub decided_date: String,
    pub granted: bool,
    /// The particulars, label and value, in order.
    pub particulars: Vec<[String; 2]>,
    /// The operative sentence.
    pub text: String,
    /// Why, for a refusal: the ground in full and the item.
    pub reasons: Option<String>,
    pub appeal: String,
}

#[derive(Debug, Serialize)]
pub struct Labels {
    pub appendix: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub number: &'static str,
    pub decided: &'static str,
    pub granted: &'static str,
    pub refused: &'static str,
    pub reasons: &'static str,
    pub appeal: &'static str,
    pub head: &'static str,
    pub signature: &'static str,
    pub name: &'static str,
    pub seal: &'static str,
}

fn labels(lang: DocLang) -> Labels {
    Labels {
        appendix: lang.pick(
            "Пункт 5 стандарта государственной услуги «Выдача и продление выездных виз»",
            "«Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандартының 5-тармағы",
        ),
        title: lang.pick("РЕШЕНИЕ", "ШЕШІМ"),
        subtitle: lang.pick(
            "о результате оказания государственной услуги",
            "мемлекеттік қызмет көрсету нәтижесі туралы",
        ),
        number: lang.pick("Номер талона (дела)", "Талон (іс) нөмірі"),
        decided: lang.pick("Дата решения", "Шешім қабылданған күн"),
        granted: lang.pick(
            "Государственная услуга оказана",
            "Мемлекеттік қызмет көрсетілді",
        ),
        refused: lang.pick(
            "Мотивированный отказ в оказании государственной услуги",
            "Мемлекеттік қызмет көрсетуден дәлелді бас тарту",
        ),
        reasons: lang.pick("Основание отказа", "Бас тарту негізі"),
        appeal: lang.pick("Порядок обжалования", "Шағымдану тәртібі"),
        head: lang.pick(
            "Начальник подразделения миграционной полиции",
            "Көші-қон полициясы бөлімшесінің басшысы",
        ),
        signature: lang.pick("(подпись)", "(қолы)"),
        name: lang.pick("(Ф.И.О.)", "(Т.А.Ә.)"),
        seal: lang.pick("М.П.", "М.О."),
    }
}

fn service_name(service: Service, lang: DocLang) -> String {
    let term = service.term();
    lang.pick(term.name_ru(), term.name_kk()).to_string()
}

fn citizenship(c: &Citizenship, lang: DocLang) -> String {
    match c {
        Citizenship::Stateless => lang
            .pick("лицо без гражданства", "азаматтығы жоқ адам")
            .to_string(),
        Citizenship::Country(alpha3) => country(alpha3)
            .map(|k| lang.pick(&k.name_ru, &k.name_kk).to_string())
            .unwrap_or_else(|| alpha3.to_string()),
    }
}

/// The page of one decision.
pub fn page(case: &Case, decision: &Decision, lang: DocLang) -> Page {
    let mut particulars = Vec::new();
    let mut add = |kk: &str, ru: &str, value: String| {
        if !value.is_empty() {
            particulars.push([lang.pick(ru, kk).to_string(), value]);
        }
    };
    add(
        "Мемлекеттік қызмет",
        "Государственная услуга",
        service_name(case.service, lang),
    );
    add(
        "Тұтынушы",
        "Потребитель",
        case.applicant_name
            .as_deref()
            .unwrap_or_default()
            .to_string(),
    );
    add(
        "Шетелдік",
        "Иностранец",
        case.person_name.as_deref().unwrap_or_default().to_string(),
    );
    add(
        "Азаматтығы",
        "Гражданство",
        case.citizenship
            .as_ref()
            .map(|c| citizenship(c, lang))
            .unwrap_or_default(),
    );
    add(
        "Паспорт нөмірі",
        "Номер паспорта",
        case.passport_no.as_deref().unwrap_or_default().to_string(),
    );
    add(
        "Құжаттар қабылданған күн",
        "Дата приема документов",
        long_date(case.submitted_at.date(), lang),
    );
    let category = |c: VisaCategory| {
        let info = c.info();
        format!(
            "«{}» ({})",
            lang.pick(&info.name_ru, &info.name_kk),
            info.code_kk
        )
    };
    let mut reasons = None;
    match decision.resolution {
        Resolution::VisaIssued {
            category: c,
            entries,
        } => {
            add("Виза санаты", "Категория визы", category(c));
            add(
                "Кіру саны",
                "Кратность",
                entries.map(|n| n.to_string()).unwrap_or_default(),
            );
        }
        Resolution::VisaExtended {
            category: c,
            from,
            to,
        } => {
            add("Виза санаты", "Категория визы", category(c));
            add(
                "Бұрынғы қолданылу мерзімі",
                "Прежний срок действия",
                from.map(|d| long_date(d, lang)).unwrap_or_default(),
            );
            add(
                "Жаңа қолданылу мерзімі",
                "Новый срок действия",
                long_date(to, lang),
            );
        }
        Resolution::DocumentIssued => {
            add(
                "Формуляр коды",
                "Код формуляра",
                case.formular_code
                    .as_deref()
                    .unwrap_or_default()
                    .to_string(),
            );
        }
        Resolution::Refused { ground } => {
            let info = ground.info();
            let meaning = lang.pick(&info.meaning_ru, &info.meaning_kk);
            let item = &info.item;
            reasons = Some(match lang {
                DocLang::Kk => format!("{meaning} (стандарттың {item}-тармағы)"),
                DocLang::Ru => format!("{meaning} (пункт {item} стандарта)"),
            });
        }
    }
    let text = decision::wording(&decision.resolution);
    let appeal = decision::appeal(&case.office);
    Page {
        number: case.case_id.to_string(),
        office: office_block(&case.office),
        decided_date: long_date(decision.decided_on, lang),
        granted: decision.granted(),
        particulars,
        text: lang.pick(&text.ru, &text.kk).to_string(),
        reasons,
        appeal: lang.pick(&appeal.ru, &appeal.kk).to_string(),
    }
}

/// The decisions of every decided case, from the verdict on each (in the
/// order of `cases`); pending cases and cases whose decision cannot be
/// stated (no category, no ground) are counted in `skipped`.
pub fn decisions(
    cases: &Chunked<Case>,
    verdicts: &Chunked<Verdict>,
    lang: DocLang,
) -> (Decisions, usize) {
    let mut pages = Vec::new();
    let mut skipped = 0;
    for (case, verdict) in cases.iter().zip(verdicts) {
        match &verdict.decision {
            Some(d) => pages.push(page(case, d, lang)),
            None => skipped += 1,
        }
    }
    (
        Decisions {
            lang,
            title: lang
                .pick(
                    "Результаты оказания государственной услуги",
                    "Мемлекеттік қызмет көрсету нәтижелері",
                )
                .to_string(),
            labels: labels(lang),
            decisions: pages,
        },
        skipped,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;
    use crate::vocab::{Outcome, RefusalGround, VisaCategory};

    fn refused() -> Case {
        Case {
            result: Outcome::Refused,
            refusal_ground: Some(RefusalGround::CourtObligations),
            person_name: Some("MÜLLER Hans".into()),
            passport_no: Some("C01X00T47".into()),
            ..test_case()
        }
    }

    fn extended() -> Case {
        Case {
            service: Service::VisaExtend,
            visa_category: Some(VisaCategory::Study),
            visa_valid_to: chrono::NaiveDate::from_ymd_opt(2025, 3, 20),
            extended_to: chrono::NaiveDate::from_ymd_opt(2026, 3, 20),
            ..test_case()
        }
    }

    fn decide(cases: Vec<Case>, lang: DocLang) -> (Decisions, usize) {
        let cases: Chunked<Case> = cases.into_iter().collect();
        let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
        decisions(&cases, &verdicts, lang)
    }

    #[test]
    fn the_json_handed_to_the_decision_template() {
        let (data, skipped) = decide(vec![refused(), extended()], DocLang::Ru);
        assert_eq!(skipped, 0);
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn a_refusal_is_reasoned_and_pending_cases_have_no_decision() {
        let pending = Case {
            result: Outcome::Pending,
            decided_at: None,
            ..test_case()
        };
        let (data, skipped) = decide(vec![refused(), pending], DocLang::Kk);
        assert_eq!(skipped, 1);
        let page = &data.decisions[0];
        assert!(!page.granted);
        assert!(
            page.reasons
                .as_deref()
                .unwrap()
                .ends_with("(стандарттың 16.3-тармағы)"),
            "{:?}",
            page.reasons
        );
        assert!(page.appeal.contains("сотқа"));
    }
}
