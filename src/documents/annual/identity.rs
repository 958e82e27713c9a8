//! The report's section on identity documents: made under the Rules of the
//! formular, not under the standard, they are in none of the figures of
//! Appendix 4 and are shown here by what the Rules ask.

use serde::Serialize;

use super::{percent, thousands};
use crate::documents::{DocLang, basis};
use crate::indicators::identity::{Counts, Identity};
use crate::indicators::{Level, Ratio};
use crate::law::item::{Act, cite};
use crate::settings::{Act as ActRef, Deadlines};
use crate::vocab::{Service, Vocabulary};

/// The section's data, every figure formatted.
#[derive(Debug, Serialize)]
pub struct Section {
    pub heading: String,
    /// What the section counts and under which act.
    pub note: String,
    /// The republic's totals: label, figure.
    pub summary: Vec<[String; 2]>,
    /// Term, item, recorded, met, share.
    pub terms_columns: [String; 5],
    pub terms: Vec<[String; 5]>,
    /// Reason (of item 40), count.
    pub returned_columns: [String; 2],
    pub returned: Vec<[String; 2]>,
    pub departments_columns: [String; 6],
    pub departments: Vec<[String; 6]>,
}

/// A ratio as "met of recorded" cells and its share.
fn shares(ratio: Ratio) -> [String; 3] {
    [
        thousands(ratio.denominator),
        thousands(ratio.numerator),
        percent(ratio.value()),
    ]
}

/// The identity documents' section of the report.
pub fn section(
    identity: &Identity,
    order: &ActRef,
    deadlines: &Deadlines,
    lang: DocLang,
) -> Section {
    let l = lang.lang();
    let t = |kk: &str, ru: &str| lang.pick(ru, kk).to_string();
    let kz = identity.republic();
    let rules = |item: &str| cite(Act::Rules, item, l);
    let mut terms = vec![
        (
            t(
                "Туу туралы акт жазбасының көшірмесін АХАЖ органына сұрату — екі жұмыс күні ішінде",
                "Запрос копии актовой записи о рождении в орган РАГС — в течение двух рабочих дней",
            ),
            rules("12"),
            kz.registry,
        ),
        (
            t(
                "Құжатталатын адамның жеке басын қосымша тексеру — үш жұмыс күніне дейін",
                "Дополнительная проверка личности документируемого — в срок до трёх рабочих дней",
            ),
            rules("16"),
            kz.check,
        ),
        (
            t(
                "Жеке басын анықтау туралы қорытынды — тексеру аяқталғаннан кейін екі жұмыс күні ішінде",
                "Заключение по установлению личности — в течение двух рабочих дней после проверки",
            ),
            rules("16"),
            kz.conclusion,
        ),
    ];
    // The Rules set no general term; one the report was given is shown as
    // such, never as the Rules'.
    if let Some(days) = deadlines.days(Service::IdDocument) {
        terms.push((
            match lang {
                DocLang::Ru => format!(
                    "Выдача документа — в срок {days} рабочих дней, заданный для отчёта (Правила общего срока не устанавливают)"
                ),
                DocLang::Kk => format!(
                    "Құжатты беру — есеп үшін белгіленген {days} жұмыс күні мерзімінде (Қағидалар жалпы мерзім белгілемейді)"
                ),
            },
            "—".to_string(),
            kz.deadline,
        ));
    }
    let other = t("Басқа себеп", "Иная причина");
    let returned = Counts::REASONS
        .iter()
        .zip(kz.returned)
        .map(|(reason, n)| {
            let name = match reason {
                Some(r) => lang
                    .pick(r.term().name_ru(), r.term().name_kk())
                    .to_string(),
                None => other.clone(),
            };
            [name, thousands(n)]
        })
        .collect();
    let departments = identity
        .of(Level::Department)
        .map(|p| {
            let c = &p.counts;
            [
                format!(
                    "{} {}",
                    p.key,
                    Level::Department.name_of(&p.key, identity.period.to, lang)
                ),
                thousands(c.served),
                thousands(c.issued),
                thousands(c.refused),
                thousands(c.returned_total()),
                percent(c.check.value()),
            ]
        })
        .collect();
    Section {
        heading: t(
            "Жеке басты куәландыратын құжаттар",
            "Документы, удостоверяющие личность",
        ),
        note: match lang {
            DocLang::Ru => format!(
                "Документы, удостоверяющие личность, оформляются не по стандарту, а по акту: {}. Они не входят ни в один показатель приложения 4 и в число обслуженных потребителей. Здесь — дела, решённые в отчётном периоде, и сроки Правил там, где в деле записаны их даты.",
                basis::cite(order, lang)
            ),
            DocLang::Kk => format!(
                "Жеке басты куәландыратын құжаттар стандарт бойынша емес, мына акт бойынша ресімделеді: {}. Олар 4-қосымшаның бірде-бір көрсеткішіне және қызмет көрсетілген тұтынушылар санына кірмейді. Мұнда — есепті кезеңде шешілген істер және істе күндері жазылған Қағидалар мерзімдері.",
                basis::cite(order, lang)
            ),
        },
        summary: vec![
            [t("Шешілген істер", "Решено дел"), thousands(kz.served)],
            [t("Құжат берілді", "Документ выдан"), thousands(kz.issued)],
            [t("Бас тартылды", "Отказано"), thousands(kz.refused)],
            [
                format!(
                    "{} ({})",
                    t("Қайтарылған формулярлар", "Возвращено формуляров"),
                    rules("40")
                ),
                thousands(kz.returned_total()),
            ],
            [
                format!(
                    "{} ({})",
                    t(
                        "Адамға сәйкес келмейтін формуляр кодтары",
                        "Кодов формуляра, не соответствующих лицу"
                    ),
                    rules("31")
                ),
                thousands(kz.misfits),
            ],
        ],
        terms_columns: [
            t("Мерзім", "Срок"),
            t("Тармақ", "Пункт"),
            t("Жазылған", "Записано"),
            t("Сақталды", "Соблюдён"),
            "%".into(),
        ],
        terms: terms
            .into_iter()
            .map(|(name, item, ratio)| {
                let [recorded, met, share] = shares(ratio);
                [name, item, recorded, met, share]
            })
            .collect(),
        returned_columns: [
            format!(
                "{} ({})",
                t("Формулярды қайтару себебі", "Причина возврата формуляра"),
                rules("40")
            ),
            t("Саны", "Количество"),
        ],
        returned,
        departments_columns: [
            t("Департамент", "Департамент"),
            t("Шешілді", "Решено"),
            t("Берілді", "Выдано"),
            t("Бас тартылды", "Отказано"),
            t("Қайтарылды", "Возвращено"),
            t("Қосымша тексеру мерзімінде, %", "Доп. проверка в срок, %"),
        ],
        departments,
    }
}
