//! The result of item 5 as a document: the grant (a visa issued, a visa
//! extended with its new term) or the reasoned refusal (its ground and the
//! item of the standard it rests on), with the appeal route of items
//! 20–23. An identity document is decided under the Rules of the formular
//! instead: the code of item 31, the additional check and conclusion of
//! item 16, a formular returned with its item-40 reason, and how the
//! document is received (items 56–57). Every page names the act it
//! applies. The decision is the verdict's; its sentences come from
//! [`crate::law::decision`]; this module picks the language and adds the
//! case's particulars.

use crate::chunked::Chunked;
use serde::Serialize;

use super::{DocLang, OfficeBlock, basis, long_date, office_block};
use crate::law::Verdict;
use crate::law::decision::{self, Decision, Resolution};
use crate::law::item;
use crate::model::{Case, Citizenship, Returned};
use crate::reference::{country, formular_code};
use crate::settings::Acts;
use crate::vocab::{RefusalGround, Service, VisaCategory, Vocabulary};

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
    /// The provision the decision is made under, at the head of the page.
    pub heading: String,
    pub subtitle: String,
    /// Over the operative sentence: granted or refused.
    pub caption: String,
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
    /// What the person does next: for an issued identity document, how it
    /// is received (items 56–57 of the Rules).
    pub notice: Option<String>,
    pub appeal: String,
    /// The act applied, by title, number and date.
    pub basis: String,
}

#[derive(Debug, Serialize)]
pub struct Labels {
    pub title: String,
    pub number: String,
    pub decided: String,
    pub reasons: String,
    pub appeal: String,
    pub head: String,
    pub signature: String,
    pub name: String,
    pub seal: String,
}

fn labels(lang: DocLang) -> Labels {
    Labels {
        title: crate::msg!("decision-word").text(lang),
        number: crate::msg!("decision-label-number").text(lang),
        decided: crate::msg!("decision-label-decided").text(lang),
        reasons: crate::msg!("decision-label-reasons").text(lang),
        appeal: crate::msg!("decision-label-appeal-route").text(lang),
        head: crate::msg!("decision-label-head").text(lang),
        signature: crate::msg!("form-signature-caption").text(lang),
        name: crate::msg!("form-name-caption").text(lang),
        seal: crate::msg!("decision-label-seal").text(lang),
    }
}

/// The words that differ between a visa decision (item 5 of the
/// standard) and an identity-document decision (the Rules of the formular).
struct Wording {
    heading: String,
    subtitle: String,
    granted: String,
    refused: String,
}

fn wording_of(service: Service, lang: DocLang) -> Wording {
    if service == Service::IdDocument {
        return Wording {
            heading: crate::msg!("decision-identity-heading").text(lang),
            subtitle: crate::msg!("decision-identity-subtitle").text(lang),
            granted: crate::msg!("decision-identity-granted-caption").text(lang),
            refused: crate::msg!("decision-identity-refused-caption").text(lang),
        };
    }
    Wording {
        heading: crate::msg!("decision-visa-heading").text(lang),
        subtitle: crate::msg!("decision-visa-subtitle").text(lang),
        granted: crate::msg!("decision-visa-granted-caption").text(lang),
        refused: crate::msg!("decision-visa-refused-caption").text(lang),
    }
}

fn service_name(service: Service, lang: DocLang) -> String {
    let term = service.term();
    lang.pick(term.name_ru(), term.name_kk()).to_string()
}

fn citizenship(c: &Citizenship, lang: DocLang) -> String {
    match c {
        Citizenship::Stateless => crate::msg!("decision-citizenship-stateless").text(lang),
        Citizenship::Country(alpha3) => country(alpha3)
            .map(|k| lang.pick(&k.name_ru, &k.name_kk).to_string())
            .unwrap_or_else(|| alpha3.to_string()),
    }
}

/// Who the decision is about, as the act governing it calls the person:
/// the Rules of the formular document a person («документируемое лицо»),
/// whatever the citizenship; the visa standard serves foreigners and
/// stateless persons.
fn person(case: &Case) -> crate::catalog::Msg {
    match (case.service, &case.citizenship) {
        (Service::IdDocument, _) => crate::msg!("decision-label-documented"),
        (_, Some(Citizenship::Stateless)) => crate::msg!("decision-label-stateless"),
        _ => crate::msg!("decision-label-foreigner"),
    }
}

/// The ground of an identity-document refusal in words that rest on no
/// item of the visa standard: the Rules of the formular name no grounds,
/// so incomplete documents are the documents the Rules ask for, not those
/// of the standard's item 11 (`docs/law.md`).
fn identity_ground(ground: RefusalGround, lang: DocLang) -> String {
    match ground {
        RefusalGround::DocumentsIncomplete => {
            crate::msg!("decision-documents-incomplete").text(lang)
        }
        _ => {
            let info = ground.info();
            lang.pick(&info.meaning_ru, &info.meaning_kk).to_string()
        }
    }
}

/// The page of one decision.
pub fn page(case: &Case, decision: &Decision, acts: &Acts, lang: DocLang) -> Page {
    let mut particulars = Vec::new();
    let mut add = |label: crate::catalog::Msg, value: String| {
        if !value.is_empty() {
            particulars.push([label.text(lang), value]);
        }
    };
    add(
        crate::msg!("decision-label-service"),
        service_name(case.service, lang),
    );
    add(
        crate::msg!("decision-label-consumer"),
        case.applicant_name
            .as_deref()
            .unwrap_or_default()
            .to_string(),
    );
    add(
        person(case),
        case.person_name.as_deref().unwrap_or_default().to_string(),
    );
    add(
        crate::msg!("decision-label-citizenship"),
        case.citizenship
            .as_ref()
            .map(|c| citizenship(c, lang))
            .unwrap_or_default(),
    );
    add(
        crate::msg!("decision-label-passport"),
        case.passport_no.as_deref().unwrap_or_default().to_string(),
    );
    add(
        crate::msg!("decision-label-accepted"),
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
            add(crate::msg!("decision-label-category"), category(c));
            add(
                crate::msg!("decision-label-entries"),
                entries.map(|n| n.to_string()).unwrap_or_default(),
            );
        }
        Resolution::VisaExtended {
            category: c,
            from,
            to,
        } => {
            add(crate::msg!("decision-label-category"), category(c));
            add(
                crate::msg!("decision-label-valid-before"),
                from.map(|d| long_date(d, lang)).unwrap_or_default(),
            );
            add(crate::msg!("decision-label-valid-now"), long_date(to, lang));
        }
        Resolution::DocumentIssued | Resolution::DocumentRefused { .. } => {
            identity_particulars(case, lang, &mut add);
            if let Resolution::DocumentRefused { ground } = decision.resolution {
                reasons = Some(identity_ground(ground, lang));
            }
        }
        Resolution::Refused { ground } => {
            // What the refusal rests on: the category asked for (a
            // non-extendable one, say), then the ground once, with its item.
            if let Some(c) = case.visa_category {
                add(crate::msg!("decision-label-category"), category(c));
            }
            let info = ground.info();
            let meaning = lang.pick(&info.meaning_ru, &info.meaning_kk);
            let item = item::cite(item::Act::Standard, &info.item, lang.lang());
            reasons = Some(format!("{meaning} ({item})"));
        }
    }
    let text = decision::wording(&decision.resolution, lang);
    let appeal = decision::appeal(&case.office, case.service, decision.decided_on, lang);
    let words = wording_of(case.service, lang);
    let notice = (decision.resolution == Resolution::DocumentIssued).then(|| {
        let receiving = decision::receiving(&case.case_id, lang);
        match case
            .formular_code
            .as_deref()
            .and_then(|code| super::registration::nationality_certificate(code, lang))
        {
            Some(certificate) => format!("{receiving} {certificate}"),
            None => receiving,
        }
    });
    let basis = match case.service {
        Service::IdDocument => basis::act(&acts.order, lang),
        _ => basis::act(&acts.standard, lang),
    };
    Page {
        heading: words.heading,
        subtitle: words.subtitle,
        caption: if decision.granted() {
            words.granted
        } else {
            words.refused
        },
        number: case.case_id.to_string(),
        office: office_block(&case.office, decision.decided_on, lang),
        decided_date: long_date(decision.decided_on, lang),
        granted: decision.granted(),
        particulars,
        text,
        reasons,
        notice,
        appeal,
        basis,
    }
}

/// What the Rules of the formular record of an identity-document case: the
/// code of item 31 with its meaning, the additional check and conclusion
/// of item 16, a formular returned with its reason (item 40).
fn identity_particulars(
    case: &Case,
    lang: DocLang,
    add: &mut impl FnMut(crate::catalog::Msg, String),
) {
    if let Some(code) = case.formular_code.as_deref() {
        let meaning = formular_code(code)
            .map(|f| format!(" — {}", lang.pick(&f.meaning_ru, &f.meaning_kk)))
            .unwrap_or_default();
        add(
            crate::msg!("decision-label-formular-code"),
            format!("{code}{meaning}"),
        );
    }
    if let (Some(started), Some(ended)) = (case.extra_check_started, case.extra_check_ended) {
        add(
            crate::msg!("decision-label-extra-check"),
            format!("{} – {}", long_date(started, lang), long_date(ended, lang)),
        );
    }
    if let Some(conclusion) = case.conclusion_on {
        add(
            crate::msg!("decision-label-conclusion"),
            long_date(conclusion, lang),
        );
    }
    if let Some(returned) = &case.formular_returned {
        let reason = match returned {
            Returned::Reason(r) => lang
                .pick(r.term().name_ru(), r.term().name_kk())
                .to_string(),
            Returned::Other(text) => text.to_string(),
        };
        add(crate::msg!("decision-label-returned"), reason);
    }
}

/// The decisions of every decided case, from the verdict on each (in the
/// order of `cases`); pending cases and cases whose decision cannot be
/// stated (no category, no ground) are counted in `skipped`.
pub fn decisions(
    cases: &Chunked<Case>,
    verdicts: &Chunked<Verdict>,
    acts: &Acts,
    lang: DocLang,
) -> (Decisions, usize) {
    let mut pages = Vec::new();
    let mut skipped = 0;
    for (case, verdict) in cases.iter().zip(verdicts) {
        match &verdict.decision {
            Some(d) => pages.push(page(case, d, acts, lang)),
            None => skipped += 1,
        }
    }
    (
        Decisions {
            lang,
            title: crate::msg!("decision-document-title").text(lang),
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
        decisions(
            &cases,
            &verdicts,
            &crate::config::Config::default().acts,
            lang,
        )
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
                .ends_with("(стандарттың 16-тармағының 3) тармақшасы)"),
            "{:?}",
            page.reasons
        );
        assert!(page.appeal.contains("сотқа"));
    }

    /// A citizen's identity card, additionally checked, its formular
    /// returned once for its photograph.
    fn id_card() -> Case {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2025, 3, d);
        Case {
            service: Service::IdDocument,
            visa_category: None,
            person_name: Some("Серікова Айгүл".into()),
            citizenship: Some(Citizenship::Country(
                crate::model::Alpha3::new("KAZ").unwrap(),
            )),
            formular_code: Some("18".into()),
            extra_check_started: day(4),
            extra_check_ended: day(6),
            conclusion_on: day(7),
            formular_returned: Some(Returned::Reason(crate::vocab::ReturnReason::PhotoMismatch)),
            ..test_case()
        }
    }

    #[test]
    fn a_decision_on_a_formular_of_code_08_names_the_nationality_certificate() {
        // Regression: order No. 451's certificate was mentioned in no document.
        let change = Case {
            formular_code: Some("08".into()),
            ..id_card()
        };
        for (lang, expected) in [
            (
                DocLang::Ru,
                "По коду 08 выдаётся справка об изменении записи о национальности; она предъявляется в орган РАГС",
            ),
            (
                DocLang::Kk,
                "08 коды бойынша ұлты туралы жазбаның өзгергені туралы анықтама беріледі",
            ),
        ] {
            let (data, _) = decide(vec![change.clone(), id_card()], lang);
            let notice = |i: usize| data.decisions[i].notice.clone().unwrap_or_default();
            assert!(notice(0).contains(expected), "{}", notice(0));
            assert!(!notice(1).contains("08"), "{}", notice(1));
        }
    }

    #[test]
    fn an_identity_document_decision_cites_the_rules_never_the_standard() {
        for lang in [DocLang::Ru, DocLang::Kk] {
            let refused = Case {
                case_id: "T-2".into(),
                result: Outcome::Refused,
                refusal_ground: Some(RefusalGround::DocumentsIncomplete),
                ..id_card()
            };
            let (data, skipped) = decide(vec![id_card(), refused], lang);
            assert_eq!(skipped, 0);
            let all = serde_json::to_string(&data.decisions).unwrap();
            for visa in [
                "стандарт",
                "пункт 5",
                "23-тармақ",
                "пункт 23",
                "Выдача и продление",
                "Шығу визаларын",
            ] {
                assert!(!all.contains(visa), "{lang:?}: {visa} in {all}");
            }
            let [issued, refused] = &data.decisions[..] else {
                panic!("two pages")
            };
            assert!(issued.granted && !refused.granted);
            let rows = |p: &Page| {
                p.particulars
                    .iter()
                    .map(|[k, v]| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let issued_rows = rows(issued);
            match lang {
                DocLang::Ru => {
                    assert!(
                        issued_rows.contains(
                            "Код оформления (пункт 31 Правил): 18 — истечение срока действия"
                        ),
                        "{issued_rows}"
                    );
                    assert!(issued_rows.contains("Дополнительная проверка (пункт 16 Правил): «4» марта 2025 г. – «6» марта 2025 г."), "{issued_rows}");
                    assert!(issued_rows.contains(
                        "Заключение по установлению личности (пункт 16 Правил): «7» марта 2025 г."
                    ));
                    assert!(
                        issued_rows.contains("(пункт 40 Правил): несоответствие фотоизображения"),
                        "{issued_rows}"
                    );
                    assert!(
                        issued
                            .notice
                            .as_deref()
                            .unwrap()
                            .contains("талон регистрации заявки № T-1")
                    );
                    assert!(issued.basis.contains(
                        "от 31 мая 2016 года № 583, в редакции от 3 августа 2021 года № 451"
                    ));
                    // Regression: the ground cited item 11 of the visa standard.
                    assert_eq!(
                        refused.reasons.as_deref(),
                        Some(
                            "не представлены документы, необходимые для оформления документа, удостоверяющего личность"
                        )
                    );
                    // Regression: «Иностранец» beside a Kazakhstan citizenship.
                    assert!(
                        issued_rows.contains("Документируемое лицо: "),
                        "{issued_rows}"
                    );
                }
                DocLang::Kk => {
                    assert!(
                        issued_rows
                            .contains("(Қағидалардың 40-тармағы): фотосурет сәйкес келмейді"),
                        "{issued_rows}"
                    );
                    assert!(
                        issued
                            .basis
                            .contains("2016 жылғы 31 мамырдағы № 583 бұйрығы")
                    );
                    assert!(issued_rows.contains("Құжатталатын адам: "), "{issued_rows}");
                }
            }
            assert_eq!(refused.notice, None, "nothing to receive");
            for alien in ["Иностранец", "Шетелдік", "11"] {
                assert!(!all.contains(alien), "{lang:?}: {alien} in {all}");
            }
        }
    }

    #[test]
    fn a_visa_decision_names_the_standard_and_nothing_of_its_history() {
        let (data, _) = decide(vec![refused()], DocLang::Ru);
        let page = &data.decisions[0];
        assert!(page.heading.starts_with("Пункт 5 стандарта"));
        assert!(
            page.basis.contains("от 28 февраля 2011 года № 200"),
            "{}",
            page.basis
        );
        assert!(
            !page.basis.contains("Утратил") && !page.basis.contains("esep"),
            "{}",
            page.basis
        );
        assert_eq!(page.notice, None);
    }

    #[test]
    fn regression_a_refused_extension_names_its_category_and_its_ground_once() {
        let refused = Case {
            result: Outcome::Refused,
            refusal_ground: Some(RefusalGround::NotExtendable),
            visa_category: Some(VisaCategory::Tourist),
            extended_to: None,
            ..extended()
        };
        let (data, _) = decide(vec![refused], DocLang::Ru);
        let page = &data.decisions[0];
        assert!(
            page.particulars
                .iter()
                .any(|[k, v]| k == "Категория визы" && v.starts_with("«туристическая»")),
            "{:?}",
            page.particulars
        );
        let meaning = &RefusalGround::NotExtendable.info().meaning_ru;
        let all = serde_json::to_string(page).unwrap();
        assert_eq!(all.matches(meaning.as_str()).count(), 1, "{all}");
        assert!(
            page.reasons
                .as_deref()
                .unwrap()
                .ends_with("(пункт 6 стандарта)")
        );
    }
}
