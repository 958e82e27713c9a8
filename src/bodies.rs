//! The bodies that issue documents and hear appeals against them, with
//! the name each had from each date (`fixtures/reference/bodies.csv`,
//! derived by `derive_bodies.py` from Appendix 1, the 2021 directory and
//! the renamings since). An office code stands at the foot of one line of
//! bodies: the unit of its district, the department of its region, the
//! Committee, the Ministry; or the consular line of the Ministry of
//! Foreign Affairs abroad. A document is issued by the first body of the
//! line and appealed to the next, so the two always differ.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::lang::DocLang;
use crate::reference::parse_csv;

/// One name of one body, from a day on.
#[derive(Debug, Clone, Deserialize)]
struct Row {
    body: String,
    from: NaiveDate,
    name_kk: String,
    name_ru: String,
    address_kk: String,
    address_ru: String,
    phones: String,
}

static ROWS: LazyLock<Vec<Row>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/bodies.csv")));

/// A body in the hierarchy, by what identifies it in `bodies.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// The unit serving a district code of the directory (Appendix 1).
    Office(String),
    /// The department of a region of the directory.
    Region(String),
    Committee,
    Ministry,
    /// A foreign institution of the Republic (directory code 9999-999).
    Abroad,
    /// The Department of Consular Service of the Ministry of Foreign Affairs.
    Consular,
    ForeignMinistry,
}

impl Body {
    fn key(&self) -> String {
        match self {
            Body::Office(code) => format!("office:{code}"),
            Body::Region(code) => format!("region:{code}"),
            Body::Committee => "committee".into(),
            Body::Ministry => "ministry".into(),
            Body::Abroad => "abroad".into(),
            Body::Consular => "consular".into(),
            Body::ForeignMinistry => "foreign-ministry".into(),
        }
    }

    fn rows(&self) -> impl Iterator<Item = &'static Row> {
        let key = self.key();
        ROWS.iter().filter(move |r| r.body == key)
    }

    /// The body as named on `day`, in `lang`: the latest name from on or
    /// before the day (before its first known name, that name). Its
    /// address and phones only where the source of that name gives them.
    pub fn named(&self, day: NaiveDate, lang: DocLang) -> Named {
        let rows: Vec<&Row> = self.rows().collect();
        let row = rows
            .iter()
            .filter(|r| r.from <= day)
            .max_by_key(|r| r.from)
            .or_else(|| rows.iter().min_by_key(|r| r.from))
            .expect("every body of a line has a name (tested)");
        Named {
            name: lang.pick(&row.name_ru, &row.name_kk).to_string(),
            address: lang.pick(&row.address_ru, &row.address_kk).to_string(),
            phones: row.phones.clone(),
        }
    }
}

/// A body as a document names it, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    /// Empty where no source of the name gives one in the language.
    pub address: String,
    pub phones: String,
}

impl Named {
    /// The body as a route or a contact gives it: «name, address,
    /// телефон канцелярии phones», of what is known.
    pub fn described(&self, lang: DocLang) -> String {
        let phones = match self.phones.is_empty() {
            true => String::new(),
            false => crate::msg!("body-phones", phones = &self.phones).text(lang),
        };
        [self.name.as_str(), self.address.as_str(), phones.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The line of bodies over `office_code`, from the issuer up.
pub fn line(office_code: &str) -> Vec<Body> {
    let region = office_code.get(..4).unwrap_or_default();
    match office_code {
        // The Committee's own code: the Ministry is above it.
        "9999-500" => vec![Body::Committee, Body::Ministry],
        "9999-600" => vec![Body::Consular, Body::ForeignMinistry],
        "9999-999" => vec![Body::Abroad, Body::Consular, Body::ForeignMinistry],
        // Baikonur and Töretam: in Kyzylorda region, served by its department.
        "9999-404" | "9999-456" => {
            vec![Body::Region("1933".into()), Body::Committee, Body::Ministry]
        }
        _ => {
            let office = Body::Office(office_code.to_string());
            let department = Body::Region(region.to_string());
            let mut line = Vec::new();
            if office.rows().next().is_some() {
                line.push(office);
            }
            if department.rows().next().is_some() {
                line.push(department);
            }
            line.extend([Body::Committee, Body::Ministry]);
            line
        }
    }
}

/// The body that issues a document of `office_code`.
pub fn issuer(office_code: &str) -> Body {
    line(office_code).swap_remove(0)
}

/// The body above the issuer: where an appeal against its document goes.
pub fn above(office_code: &str) -> Body {
    line(office_code).swap_remove(1)
}

/// The name of an office code in a report of `day`, in `lang`: its
/// issuer as named that day, and where another code of the directory has
/// an issuer of the same name that day (a unit serving several districts,
/// a department serving districts without a unit), the district as the
/// directory writes it beside it, so that no two codes share a name.
/// Empty for a code the directory lacks.
pub fn office_name(code: &str, day: NaiveDate, lang: DocLang) -> String {
    let epochs = &*OFFICE_NAMES;
    let at = epochs.partition_point(|(from, _)| *from <= day).max(1) - 1;
    epochs[at]
        .1
        .get(code)
        .map(|[ru, kk]| lang.pick(ru, kk).to_string())
        .unwrap_or_default()
}

/// The name of a department (a region code) in a report of `day`, in
/// `lang`: the body as named that day; where no department is known (the
/// directory's region 9999 of institutions abroad and the centre), the
/// region as the directory writes it.
pub fn department_name(region_code: &str, day: NaiveDate, lang: DocLang) -> String {
    let body = Body::Region(region_code.to_string());
    if body.rows().next().is_some() {
        return body.named(day, lang).name;
    }
    crate::reference::DISTRICTS
        .iter()
        .find(|d| d.region_code == region_code)
        .map(|d| lang.pick(&d.region_ru, &d.region_kk).to_string())
        .unwrap_or_default()
}

/// A region as a chart names a department under its bar on `day`: the
/// directory's place name, but for the places renamed since
/// (`region_names.csv`, as the rows of `bodies.csv` for their departments
/// say when): the capital, Astana until
/// 23 March 2019 and again from 17 September 2022, Nur-Sultan between (as
/// the directory of 2021 writes it); the Turkestan region, South Kazakhstan
/// until 19 June 2018.
pub fn region_short(region_code: &str, day: NaiveDate, lang: DocLang) -> String {
    let renamed = RENAMED.iter().find(|r| {
        r.region_code == region_code
            && r.from.is_none_or(|from| from <= day)
            && r.to.is_none_or(|to| day < to)
    });
    match renamed {
        Some(r) => lang.pick(&r.name_ru, &r.name_kk).to_string(),
        None => crate::reference::region_name(region_code, lang == DocLang::Kk)
            .unwrap_or_default()
            .to_string(),
    }
}

/// A region's name in the span of days `from` (on) to `to` (before) where
/// it differs from the directory's (`region_names.csv`).
#[derive(Debug, Deserialize)]
struct Renamed {
    region_code: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    name_kk: String,
    name_ru: String,
}

static RENAMED: LazyLock<Vec<Renamed>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/region_names.csv")));

/// Every office code's name ([Russian, Kazakh]) from each day a body was
/// named on, in order: names change only on those days.
static OFFICE_NAMES: LazyLock<Vec<(NaiveDate, Names)>> = LazyLock::new(|| {
    let days: std::collections::BTreeSet<NaiveDate> = ROWS.iter().map(|r| r.from).collect();
    days.into_iter()
        .map(|day| (day, office_names_on(day)))
        .collect()
});

/// Each office code's name in Russian and in Kazakh.
type Names = HashMap<String, [String; 2]>;

fn office_names_on(day: NaiveDate) -> Names {
    let districts = &crate::reference::DISTRICTS;
    let issuers: Vec<(Body, [String; 2])> = districts
        .iter()
        .map(|d| {
            let issuer = issuer(&d.office_code());
            let names = [DocLang::Ru, DocLang::Kk].map(|lang| issuer.named(day, lang).name);
            (issuer, names)
        })
        .collect();
    // The regions of the codes that share each (Russian) name.
    let mut regions = HashMap::<&str, Vec<&str>>::new();
    for (d, (_, [ru, _])) in districts.iter().zip(&issuers) {
        regions.entry(ru).or_default().push(&d.region_code);
    }
    districts
        .iter()
        .zip(&issuers)
        .map(|(d, (issuer, [ru, kk]))| {
            let sharing = &regions[ru.as_str()];
            let in_region = sharing.iter().filter(|r| **r == d.region_code).count();
            // A department names the district it serves; a name another
            // code of the region shares, the district; one a code of
            // another region shares, the region.
            let district = matches!(issuer, Body::Region(_)) || in_region > 1;
            let region = sharing.len() > in_region;
            let names = [
                (ru, &d.district_ru, &d.region_ru),
                (kk, &d.district_kk, &d.region_kk),
            ]
            .map(|(name, district_name, region_name)| {
                let mut name = name.clone();
                if district {
                    name = format!("{name} — {district_name}");
                }
                if region {
                    name = format!("{name} ({region_name})");
                }
                name
            });
            (d.office_code(), names)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::DISTRICTS;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Whether `name` holds a letter of Kazakh that Russian lacks.
    fn kazakh(name: &str) -> bool {
        name.contains(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'])
    }

    #[test]
    fn every_office_of_the_directory_has_an_issuer_and_a_different_body_above() {
        for d in DISTRICTS.iter() {
            let code = d.office_code();
            let line = line(&code);
            assert!(line.len() >= 2, "{code}");
            for on in [day(2012, 1, 1), day(2019, 6, 1), day(2025, 6, 1)] {
                for lang in [DocLang::Ru, DocLang::Kk] {
                    let issuer = issuer(&code).named(on, lang);
                    let above = above(&code).named(on, lang);
                    assert!(!issuer.name.is_empty() && !above.name.is_empty(), "{code}");
                    assert_ne!(issuer.name, above.name, "{code} on {on}");
                    let cyrillic_only = |s: &str| !s.contains(|c: char| c.is_ascii_alphabetic());
                    assert!(cyrillic_only(&issuer.name), "{code}: {}", issuer.name);
                    if lang == DocLang::Ru {
                        // A Russian document is not headed by a Kazakh name.
                        assert!(!kazakh(&issuer.name), "{code}: {}", issuer.name);
                    }
                }
            }
        }
    }

    #[test]
    fn a_district_without_a_unit_is_issued_by_its_department_and_appeals_to_the_committee() {
        // Regression: the department headed the decision and was named above itself.
        for code in ["1910-280", "1960-258"] {
            assert!(matches!(issuer(code), Body::Region(_)), "{code}");
            assert_eq!(above(code), Body::Committee, "{code}");
        }
        assert_eq!(
            issuer("1960-258").named(day(2025, 3, 5), DocLang::Ru).name,
            "Департамент полиции Туркестанской области"
        );
    }

    #[test]
    fn names_are_those_of_the_day() {
        let committee = |d| Body::Committee.named(d, DocLang::Ru).name;
        assert_eq!(
            committee(day(2015, 1, 1)),
            "Комитет миграционной полиции Министерства внутренних дел Республики Казахстан"
        );
        assert_eq!(
            committee(day(2025, 1, 1)),
            "Комитет миграционной службы Министерства внутренних дел Республики Казахстан"
        );
        // The address of 2011 is not printed under the name of 2021.
        assert_eq!(
            Body::Committee.named(day(2025, 1, 1), DocLang::Kk).address,
            ""
        );
        let south = |d| above("1960-237").named(d, DocLang::Kk).name;
        assert_eq!(
            south(day(2015, 1, 1)),
            "Оңтүстік Қазақстан облысының Ішкі істер департаменті"
        );
        assert_eq!(
            south(day(2025, 1, 1)),
            "Түркістан облысының Полиция департаменті"
        );
        let capital = |d| Body::Region("1914".into()).named(d, DocLang::Ru).name;
        assert_eq!(
            capital(day(2020, 1, 1)),
            "Департамент полиции города Нур-Султана"
        );
        assert_eq!(
            capital(day(2023, 1, 1)),
            "Департамент полиции города Астаны"
        );
        assert_eq!(
            issuer("1902-255").named(day(2025, 1, 1), DocLang::Kk).name,
            "Біржан сал ауданының полиция бөлімі"
        );
    }

    #[test]
    fn appendix_1_as_named_in_2011_with_its_phones_dialled() {
        let in_2011 = day(2012, 1, 1);
        let auezov = issuer("1910-262").named(in_2011, DocLang::Kk);
        assert_eq!(auezov.name, "Әуезов ауданының Ішкі істер басқармасы");
        assert_eq!(auezov.address, "Алматы қаласы, Өтеген батыр көшесі, 76");
        assert_eq!(auezov.phones, "(727) 221-09-86");
        // Every department's city has a code, and with it every number of
        // the secretariat makes the ten digits of the national plan.
        for d in DISTRICTS.iter().filter(|d| d.region_code != "9999") {
            let phones = Body::Region(d.region_code.clone())
                .named(in_2011, DocLang::Kk)
                .phones;
            assert!(phones.starts_with("(7"), "{}: {phones}", d.region_code);
        }
        assert_eq!(
            Body::Region("1914".into())
                .named(in_2011, DocLang::Kk)
                .phones,
            "(7172) 71-61-98, 71-61-99"
        );
        // A unit in a district town keeps its number as Appendix 1 gives it.
        let akkol = issuer("1902-204").named(in_2011, DocLang::Kk);
        assert!(!akkol.address.starts_with("Көкшетау") && !akkol.phones.starts_with('('));
        let in_city: std::collections::BTreeSet<(String, String)> = ROWS
            .iter()
            .filter(|r| r.body.starts_with("office:") && r.phones.starts_with("(7"))
            .map(|r| (r.name_kk.clone(), r.phones.clone()))
            .collect();
        // The 25 units whose address is in their department's city.
        assert_eq!(in_city.len(), 25);
        // No Russian address was invented: Appendix 1 gives none.
        assert!(
            ROWS.iter()
                .all(|r| r.address_ru.is_empty() || r.body == "committee")
        );
    }

    #[test]
    fn a_report_names_every_office_apart_on_its_day_in_its_language() {
        for on in [day(2012, 1, 1), day(2019, 6, 1), day(2025, 6, 1)] {
            for lang in [DocLang::Ru, DocLang::Kk] {
                let names: Vec<String> = DISTRICTS
                    .iter()
                    .map(|d| office_name(&d.office_code(), on, lang))
                    .collect();
                let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
                assert_eq!(distinct.len(), names.len(), "{on} {lang:?}");
                if lang == DocLang::Ru {
                    for name in &names {
                        assert!(!kazakh(name), "{on}: {name}");
                    }
                }
            }
        }
        // Regression: a Russian report named offices in Kazakh, as in 2011.
        assert_eq!(
            office_name("1930-208", day(2025, 12, 31), DocLang::Ru),
            "Отдел полиции Каркаралинского района"
        );
        // Three districts of Shymkent had one unit in 2011, and one name.
        assert_eq!(
            office_name("1959-361", day(2012, 1, 1), DocLang::Ru),
            "Управление внутренних дел города Шымкента — АБАЙСКИЙ"
        );
        // Abai districts of Shymkent and of Karaganda region: one name.
        assert_eq!(
            office_name("1959-361", day(2025, 1, 1), DocLang::Ru),
            "Управление полиции Абайского района (ШЫМКЕНТ)"
        );
        assert_eq!(
            office_name("1930-212", day(2025, 1, 1), DocLang::Ru),
            "Управление полиции Абайского района (КАРАГАНДИНСКАЯ ОБЛАСТЬ)"
        );
        // A district without a unit: its department, and the district,
        // even where no other code shares the name.
        assert_eq!(
            office_name("1910-280", day(2025, 1, 1), DocLang::Kk),
            "Алматы қаласының Полиция департаменті — НАУРЫЗБАЙ"
        );
        assert_eq!(office_name("0000-000", day(2025, 1, 1), DocLang::Kk), "");
        assert_eq!(
            department_name("1902", day(2025, 1, 1), DocLang::Ru),
            "Департамент полиции Акмолинской области"
        );
        assert_eq!(
            department_name("9999", day(2025, 1, 1), DocLang::Ru),
            "ЗАГРАНИЦА"
        );
        // Regression: a chart of 2025 named the capital Nur-Sultan.
        let capital = |d| region_short("1914", d, DocLang::Ru);
        assert_eq!(capital(day(2025, 12, 31)), "АСТАНА");
        assert_eq!(capital(day(2020, 12, 31)), "НУР-СУЛТАН");
        assert_eq!(capital(day(2015, 12, 31)), "АСТАНА");
        assert_eq!(
            region_short("1960", day(2015, 12, 31), DocLang::Kk),
            "ОҢТҮСТІК ҚАЗАҚСТАН ОБЛЫСЫ"
        );
        assert_eq!(
            region_short("1960", day(2025, 12, 31), DocLang::Kk),
            "ТҮРКІСТАН ОБЛЫСЫ"
        );
    }

    #[test]
    fn the_consular_line_stays_with_the_ministry_of_foreign_affairs() {
        // Regression: 9999-600 had no issuer and appealed to the MVD's committee.
        assert_eq!(issuer("9999-600"), Body::Consular);
        assert_eq!(above("9999-600"), Body::ForeignMinistry);
        assert_eq!(above("9999-999"), Body::Consular);
        assert_eq!(above("9999-500"), Body::Ministry);
    }
}
