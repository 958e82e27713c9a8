//! Reference data derived from the legal sources, compiled into the binary
//! from `fixtures/reference/` (see its README for the source of every file).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Parses one of the bundled CSV files. They are part of the binary and
/// covered by tests, so a malformed one is a build defect, not a user error.
pub(crate) fn parse_csv<T: DeserializeOwned>(text: &str) -> Vec<T> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<_, _>>()
        .expect("bundled reference CSV is well-formed (tested)")
}

/// A row of the district code directory (annex to order No. 451 of 2021).
#[derive(Debug, Clone, Deserialize)]
pub struct District {
    pub region_code: String,
    pub region_kk: String,
    pub region_ru: String,
    pub district_code: String,
    pub district_kk: String,
    pub district_ru: String,
}

impl District {
    /// The office code of the input contract, `RRRR-DDD`.
    pub fn office_code(&self) -> String {
        format!("{}-{}", self.region_code, self.district_code)
    }
}

pub static DISTRICTS: LazyLock<Vec<District>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/districts.csv")));

static DISTRICT_INDEX: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    DISTRICTS
        .iter()
        .enumerate()
        .map(|(i, d)| (d.office_code(), i))
        .collect()
});

/// The district of an office code `RRRR-DDD`, if the directory has it.
pub fn district(office: &str) -> Option<&'static District> {
    DISTRICT_INDEX.get(office).map(|&i| &DISTRICTS[i])
}

/// A formular code of item 31 of the Rules on the formular.
#[derive(Debug, Clone, Deserialize)]
pub struct FormularCode {
    pub code: String,
    pub meaning_ru: String,
    pub meaning_kk: String,
}

pub static FORMULAR_CODES: LazyLock<Vec<FormularCode>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/formular_codes.csv")));

pub fn formular_code(code: &str) -> Option<&'static FormularCode> {
    FORMULAR_CODES.iter().find(|f| f.code == code)
}

/// An ISO 3166-1 country.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub alpha3: String,
    pub name_en: String,
    pub name_ru: String,
    pub name_kk: String,
}

pub static COUNTRIES: LazyLock<Vec<Country>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/countries.csv")));

pub fn country(alpha3: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.alpha3 == alpha3)
}

/// A name users write for a country that is not its ISO name
/// (`country_names.csv`: short, older and official forms).
#[derive(Debug, Clone, Deserialize)]
struct CountryName {
    name: String,
    alpha3: String,
}

/// Every name of a country, folded ([`crate::text::fold`]), with its
/// code: the code itself, the English, Russian and Kazakh names of
/// `countries.csv` and the names of `country_names.csv`.
static COUNTRY_NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for c in COUNTRIES.iter() {
        for name in [&c.alpha3, &c.name_en, &c.name_ru, &c.name_kk] {
            names.insert(crate::text::fold(name), c.alpha3.as_str());
        }
    }
    let other: Vec<CountryName> =
        parse_csv(include_str!("../fixtures/reference/country_names.csv"));
    for n in other {
        let alpha3 = country(&n.alpha3).expect("a code of countries.csv (tested)");
        names.insert(crate::text::fold(&n.name), alpha3.alpha3.as_str());
    }
    names
});

/// The country `text` names: its code (`UZB`, any case) or a name in
/// Russian, Kazakh or English (`Узбекистан`, `Өзбекстан`, `Россия`).
pub fn country_named(text: &str) -> Option<&'static Country> {
    country(COUNTRY_NAMES.get(&crate::text::fold(text))?)
}

/// The country whose name `text` nearly spells (one letter away, two in a
/// name of eight or more), where one is that near: what a message may
/// offer for a misspelt name (`Узбекистон`).
pub fn country_near(text: &str) -> Option<&'static Country> {
    let text = crate::text::fold(text);
    let mut best: (usize, Vec<&str>) = (usize::MAX, Vec::new());
    for (name, &alpha3) in COUNTRY_NAMES.iter() {
        match crate::text::letters_apart(&text, name) {
            Some(d) if d < best.0 => best = (d, vec![alpha3]),
            Some(d) if d == best.0 && !best.1.contains(&alpha3) => best.1.push(alpha3),
            _ => {}
        }
    }
    match best.1[..] {
        [alpha3] => country(alpha3),
        _ => None,
    }
}

/// A country of Appendix 2 of the standard: its citizens may receive a
/// permanent-residence visa (item 6.2).
#[derive(Debug, Clone, Deserialize)]
pub struct Appendix2Country {
    pub no: u8,
    pub alpha3: String,
    pub name_kk: String,
    pub name_ru: String,
}

pub static APPENDIX2: LazyLock<Vec<Appendix2Country>> = LazyLock::new(|| {
    parse_csv(include_str!(
        "../fixtures/reference/appendix2_countries.csv"
    ))
});

static APPENDIX2_CODES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| APPENDIX2.iter().map(|c| c.alpha3.as_str()).collect());

pub fn in_appendix2(alpha3: &str) -> bool {
    APPENDIX2_CODES.contains(alpha3)
}

/// Properties of a visa category under item 6 of the standard.
#[derive(Debug, Clone, Deserialize)]
pub struct VisaCategoryInfo {
    pub key: String,
    pub code_kk: String,
    pub name_ru: String,
    pub name_kk: String,
    #[serde(deserialize_with = "yes_no")]
    pub extendable: bool,
    /// `1 year`, `60 days`, `permit` (the end of the work permit), or empty.
    pub extension_cap: String,
    #[serde(deserialize_with = "yes_no")]
    pub once_only: bool,
    #[serde(deserialize_with = "yes_no")]
    pub knb_approval: bool,
}

pub static VISA_CATEGORIES: LazyLock<Vec<VisaCategoryInfo>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/visa_categories.csv")));

/// A refusal ground with the item of the standard it rests on.
#[derive(Debug, Clone, Deserialize)]
pub struct RefusalGroundInfo {
    pub key: String,
    pub item: String,
    pub meaning_en: String,
    pub meaning_ru: String,
    pub meaning_kk: String,
}

pub static REFUSAL_GROUNDS: LazyLock<Vec<RefusalGroundInfo>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/refusal_grounds.csv")));

fn yes_no<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let s = String::deserialize(d)?;
    Ok(s == "yes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{RefusalGround, VisaCategory, Vocabulary};

    #[test]
    fn district_directory_is_whole() {
        assert_eq!(DISTRICTS.len(), 229);
        let regions: HashSet<_> = DISTRICTS.iter().map(|d| d.region_code.as_str()).collect();
        assert_eq!(regions.len(), 18);
        let auezov = district("1910-262").unwrap();
        assert_eq!(
            (auezov.district_kk.as_str(), auezov.district_ru.as_str()),
            ("ӘУЕЗОВ", "АУЭЗОВСКИЙ")
        );
        assert_eq!(auezov.region_ru, "АЛМАТЫ");
        assert_eq!(district("1914-201").unwrap().region_kk, "НҰР-СҰЛТАН");
        assert_eq!(district("1959-364").unwrap().district_ru, "АЛЬ-ФАРАБИЙСКИЙ");
        assert_eq!(district("9999-999").unwrap().district_ru, "ЗАГРАНИЦА");
        assert_eq!(district("1902-211").unwrap().district_kk, "ЖАРҚАЙЫҢ АУДАНЫ");
        assert_eq!(
            district("1902-207").unwrap().district_ru,
            "АСТРАХАНСКИЙ РАЙОН"
        );
        assert!(district("1910-263").is_none());
        // Every office code is unique and well-formed.
        assert_eq!(DISTRICT_INDEX.len(), DISTRICTS.len());
        for d in DISTRICTS.iter() {
            assert!(
                d.region_code.len() == 4 && d.district_code.len() == 3,
                "{d:?}"
            );
            assert!(
                !d.district_kk.is_empty() && !d.district_ru.is_empty(),
                "{d:?}"
            );
        }
    }

    #[test]
    fn formular_codes_of_item_31() {
        let codes: Vec<_> = FORMULAR_CODES.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes.len(), 18);
        assert_eq!(codes[..3], ["00", "01", "03"]);
        assert_eq!(codes.last(), Some(&"18"));
        assert!(formular_code("02").is_none());
        assert!(
            formular_code("11")
                .unwrap()
                .meaning_ru
                .contains("первичном документировании")
        );
    }

    #[test]
    fn appendix2_has_47_countries_all_iso() {
        assert_eq!(APPENDIX2.len(), 47);
        for (i, c) in APPENDIX2.iter().enumerate() {
            assert_eq!(c.no as usize, i + 1);
            assert!(
                country(&c.alpha3).is_some(),
                "{} is not ISO 3166-1",
                c.alpha3
            );
        }
        assert!(in_appendix2("DEU") && in_appendix2("JPN") && !in_appendix2("RUS"));
        assert_eq!(COUNTRIES.len(), 249);
        assert_eq!(country("KAZ").unwrap().name_kk, "Қазақстан");
    }

    #[test]
    fn visa_categories_and_grounds_match_the_spec() {
        let keys: Vec<_> = VISA_CATEGORIES.iter().map(|c| c.key.as_str()).collect();
        let enum_keys: Vec<_> = VisaCategory::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys, enum_keys);
        let extendable: Vec<_> = VISA_CATEGORIES
            .iter()
            .filter(|c| c.extendable)
            .map(|c| c.key.as_str())
            .collect();
        assert_eq!(
            extendable,
            ["medical", "permanent-residence", "study", "work"]
        );
        let grounds: Vec<_> = REFUSAL_GROUNDS.iter().map(|g| g.key.as_str()).collect();
        let enum_grounds: Vec<_> = RefusalGround::ALL.iter().map(|g| g.key()).collect();
        assert_eq!(grounds, enum_grounds);
        assert_eq!(REFUSAL_GROUNDS[0].item, "16.1");
    }
}

/// The monthly calculation index (MCI) from a date on, as the budget laws set it.
#[derive(Debug, Clone, Deserialize)]
pub struct Mci {
    pub from: chrono::NaiveDate,
    pub tenge: u32,
    pub source: String,
}

pub static MCI: LazyLock<Vec<Mci>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/mci.csv")));

/// The MCI in force on `day`; `None` before the first value the data holds.
pub fn mci_on(day: chrono::NaiveDate) -> Option<&'static Mci> {
    MCI.iter().rev().find(|m| m.from <= day)
}

#[cfg(test)]
mod mci_tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn mci_changes_on_its_dates() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(mci_on(day(2025, 6, 1)).unwrap().tenge, 3932);
        assert_eq!(mci_on(day(2020, 3, 31)).unwrap().tenge, 2651);
        assert_eq!(mci_on(day(2020, 4, 1)).unwrap().tenge, 2778);
        assert_eq!(mci_on(day(2022, 5, 31)).unwrap().tenge, 3063);
        assert_eq!(mci_on(day(2022, 6, 1)).unwrap().tenge, 3180);
        assert!(mci_on(day(2010, 12, 31)).is_none());
        assert!(MCI.windows(2).all(|w| w[0].from < w[1].from));
    }
}

/// A department or unit of Appendix 1 of the standard (2011), in Kazakh as
/// the standard gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct Office {
    pub department: u8,
    /// `None` for the department itself.
    pub unit: Option<u8>,
    pub name_kk: String,
    pub address_kk: String,
    pub web: String,
    pub phones_secretariat: String,
    pub phones_unit: String,
    pub region_code: String,
    /// Office codes of the 2021 directory the unit serves, `;`-separated.
    pub district_codes: String,
}

pub static OFFICES: LazyLock<Vec<Office>> =
    LazyLock::new(|| parse_csv(include_str!("../fixtures/reference/offices.csv")));

/// A department as a reader can tell it from the others: its region as
/// the 2021 directory names it («АҚМОЛА ОБЛЫСЫ», «Г.АЛМАТЫ»). Appendix 1
/// (2011) has one department for what are now Shymkent (1959) and the
/// Turkistan region (1960); the directory tells them apart.
pub fn region_name(region_code: &str, kk: bool) -> Option<&'static str> {
    let d = DISTRICTS.iter().find(|d| d.region_code == region_code)?;
    Some(if kk { &d.region_kk } else { &d.region_ru })
}

#[cfg(test)]
mod office_tests {
    use super::*;

    #[test]
    fn appendix1_has_16_departments_and_205_units() {
        assert_eq!(OFFICES.iter().filter(|o| o.unit.is_none()).count(), 16);
        assert_eq!(OFFICES.iter().filter(|o| o.unit.is_some()).count(), 205);
        for o in OFFICES.iter() {
            assert!(!o.name_kk.is_empty() && !o.address_kk.is_empty(), "{o:?}");
            assert!(!o.phones_unit.is_empty(), "{o:?}");
            assert!(
                !o.name_kk.contains(|c: char| c.is_ascii_alphabetic()),
                "Latin letters left in {o:?}"
            );
            for code in o.district_codes.split(';').filter(|c| !c.is_empty()) {
                assert!(
                    district(code).is_some(),
                    "{code} of {o:?} is not in the directory"
                );
            }
            if o.unit.is_some() {
                assert!(
                    !o.district_codes.is_empty(),
                    "{o:?} is linked to no district"
                );
            }
        }
    }
}
