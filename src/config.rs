//! The configuration: what the law leaves to orders and to the Tax Code —
//! deadlines per service (item 7.1), the fee rate (item 8), which services
//! have electronic information (indicator 3.2), and the normative values
//! and targets of Appendix 4 per year (item 19). TOML; the default is
//! `fixtures/config.toml`, compiled in. Keys: `docs/config.md`.
//!
//! A bad configuration is an error that names the file, the line and the
//! key, never a silent default: a missing service would otherwise drop its
//! deadline without a word.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::catalog::{Arg, Msg};
use toml::Spanned;

use crate::indicator::Indicator;
use crate::settings::{
    Act, ActRef, Acts, ComplaintTerm, Deadlines, Electronic, FeeRate, Norm, Norms, PreparedBy,
    Ranking,
};
use crate::vocab::{Service, Vocabulary};

const DEFAULT: &str = include_str!("../fixtures/config.toml");

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub deadlines: Deadlines,
    pub fee_rate: FeeRate,
    pub complaint_term: ComplaintTerm,
    pub electronic: Electronic,
    pub norms: Norms,
    pub acts: Acts,
    pub ranking: Ranking,
    pub prepared_by: Option<PreparedBy>,
}

/// A configuration that cannot be used, with where and why.
#[derive(Debug)]
pub enum ConfigError {
    Read {
        path: String,
        source: std::io::Error,
    },
    /// Not TOML, or not the tables esep reads: the TOML reader's words.
    Syntax { path: String, message: String },
    Value {
        path: String,
        line: usize,
        key: String,
        why: Msg,
    },
}

impl ConfigError {
    pub fn msg(&self) -> Msg {
        match self {
            ConfigError::Read { path, source } => {
                crate::msg!("config-unreadable", path = path, why = source.to_string())
            }
            ConfigError::Syntax { path, message } => {
                crate::msg!("config-syntax", path = path, why = message)
            }
            ConfigError::Value {
                path,
                line,
                key,
                why,
            } => crate::msg!(
                "config-value",
                path = path,
                line = line,
                key = key,
                why = why.clone()
            ),
        }
    }
}

/// A configuration that cannot be used stops a run as a [`crate::lang::Said`].
impl From<ConfigError> for anyhow::Error {
    fn from(error: ConfigError) -> anyhow::Error {
        error.msg().into()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    fee: FeeTable,
    #[serde(default)]
    complaints: Option<ComplaintTable>,
    #[serde(default)]
    acts: Option<ActsTable>,
    #[serde(default)]
    report: Option<ReportTable>,
    services: BTreeMap<Spanned<String>, ServiceTable>,
    #[serde(default)]
    norms: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<NormTable>>>,
    #[serde(default)]
    norm_sources: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeeTable {
    rate_percent: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ComplaintTable {
    answer_calendar_days: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportTable {
    rank_min_served: Option<Spanned<i64>>,
    prepared_by: Option<PreparedByTable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreparedByTable {
    unit_kk: Spanned<String>,
    unit_ru: Spanned<String>,
    position_kk: Spanned<String>,
    position_ru: Spanned<String>,
    person: Spanned<String>,
    contact: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActsTable {
    standard: ActTable,
    order: ActTable,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActTable {
    title_kk: String,
    title_ru: String,
    issuer_kk: String,
    kind_kk: String,
    kind_ru: String,
    number: String,
    date: Spanned<toml::value::Datetime>,
    amended_by: Option<RefTable>,
    repealed_by: Option<RefTable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RefTable {
    number: String,
    date: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceTable {
    deadline_working_days: Option<Spanned<i64>>,
    electronic_information: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormTable {
    normative: f64,
    target: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config::parse(DEFAULT, "fixtures/config.toml")
            .expect("the bundled configuration is valid (tested)")
    }
}

impl Config {
    /// The configuration in `path`, or the bundled one.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: shown.clone(),
            source,
        })?;
        Config::parse(&text, &shown)
    }

    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        let file: File = toml::from_str(text).map_err(|e| {
            let (path, message) = toml_error(path, text, &e);
            ConfigError::Syntax { path, message }
        })?;
        let bad = |span: Range<usize>, key: String, why: Msg| ConfigError::Value {
            path: path.to_string(),
            line: text[..span.start.min(text.len())].matches('\n').count() + 1,
            key,
            why,
        };

        let rate = &file.fee.rate_percent;
        if !(1..=1000).contains(rate.get_ref()) {
            return Err(bad(
                rate.span(),
                "fee.rate_percent".into(),
                crate::msg!("config-not-a-rate", value = *rate.get_ref()),
            ));
        }

        let ranking = match file
            .report
            .as_ref()
            .and_then(|r| r.rank_min_served.as_ref())
        {
            None => Ranking::default(),
            Some(min) => {
                if !(1..=1_000_000).contains(min.get_ref()) {
                    return Err(bad(
                        min.span(),
                        "report.rank_min_served".into(),
                        crate::msg!("config-not-a-minimum", value = *min.get_ref()),
                    ));
                }
                Ranking {
                    min_served: *min.get_ref() as u64,
                }
            }
        };
        let prepared_by = match file.report.as_ref().and_then(|r| r.prepared_by.as_ref()) {
            None => None,
            Some(t) => {
                let text = |value: &Spanned<String>, key: &str| {
                    if value.get_ref().trim().is_empty() {
                        Err(bad(
                            value.span(),
                            format!("report.prepared_by.{key}"),
                            crate::msg!("config-empty-text"),
                        ))
                    } else {
                        Ok(value.get_ref().trim().to_string())
                    }
                };
                Some(PreparedBy {
                    unit: [text(&t.unit_ru, "unit_ru")?, text(&t.unit_kk, "unit_kk")?],
                    position: [
                        text(&t.position_ru, "position_ru")?,
                        text(&t.position_kk, "position_kk")?,
                    ],
                    person: text(&t.person, "person")?,
                    contact: text(&t.contact, "contact")?,
                })
            }
        };

        let complaint_term = match &file.complaints {
            None => ComplaintTerm::default(),
            Some(table) => {
                let days = &table.answer_calendar_days;
                if !(1..=365).contains(days.get_ref()) {
                    return Err(bad(
                        days.span(),
                        "complaints.answer_calendar_days".into(),
                        crate::msg!("config-not-calendar-days", value = *days.get_ref()),
                    ));
                }
                ComplaintTerm {
                    calendar_days: *days.get_ref() as u32,
                }
            }
        };

        let mut deadlines = Deadlines {
            visa_issue: None,
            visa_extend: None,
            id_document: None,
        };
        let mut electronic = BTreeMap::new();
        for (name, table) in &file.services {
            let key = format!("services.{}", name.get_ref());
            let service = Service::ALL
                .iter()
                .copied()
                .find(|s| s.key() == name.get_ref())
                .ok_or_else(|| {
                    bad(
                        name.span(),
                        key.clone(),
                        crate::msg!("config-not-a-service", services = service_keys()),
                    )
                })?;
            let days = match &table.deadline_working_days {
                None => None,
                Some(days) if (1..=60).contains(days.get_ref()) => Some(*days.get_ref() as u32),
                Some(days) => {
                    return Err(bad(
                        days.span(),
                        format!("{key}.deadline_working_days"),
                        crate::msg!("config-not-working-days", value = *days.get_ref()),
                    ));
                }
            };
            match service {
                Service::VisaIssue => deadlines.visa_issue = days,
                Service::VisaExtend => deadlines.visa_extend = days,
                Service::IdDocument => deadlines.id_document = days,
            }
            electronic.insert(service, table.electronic_information);
        }
        if let Some(missing) = Service::ALL.iter().find(|s| !electronic.contains_key(s)) {
            return Err(ConfigError::Value {
                path: path.to_string(),
                line: text.lines().count().max(1),
                key: format!("services.{missing}"),
                why: crate::msg!("config-service-missing", services = service_keys()),
            });
        }

        let mut norms = BTreeMap::new();
        for (year, table) in &file.norms {
            let key = format!("norms.{}", year.get_ref());
            let y: i32 = year
                .get_ref()
                .parse()
                .ok()
                .filter(|y| (2000..=2100).contains(y))
                .ok_or_else(|| bad(year.span(), key.clone(), crate::msg!("config-not-a-year")))?;
            let mut values = BTreeMap::new();
            for (id, norm) in table {
                let key = format!("{key}.\"{}\"", id.get_ref());
                let indicator = Indicator::parse(id.get_ref()).ok_or_else(|| {
                    bad(
                        id.span(),
                        key.clone(),
                        crate::msg!("config-not-an-indicator", indicators = Indicator::ids()),
                    )
                })?;
                let n = norm.get_ref();
                for (what, v) in [("normative", n.normative), ("target", n.target)] {
                    if !(0.0..=100.0).contains(&v) {
                        return Err(bad(
                            norm.span(),
                            format!("{key}.{what}"),
                            crate::msg!(
                                "config-not-a-percentage",
                                value = Arg::Decimal(v, decimals(v))
                            ),
                        ));
                    }
                }
                values.insert(
                    indicator,
                    Norm {
                        normative: n.normative,
                        target: n.target,
                    },
                );
            }
            norms.insert(y, values);
        }

        // The order that set a year's norms; a year without one is
        // illustrative in every output.
        let mut sources = BTreeMap::new();
        for (year, order) in &file.norm_sources {
            let key = format!("norm_sources.{}", year.get_ref());
            let y: i32 = year
                .get_ref()
                .parse()
                .ok()
                .filter(|y| norms.contains_key(y))
                .ok_or_else(|| {
                    bad(
                        year.span(),
                        key.clone(),
                        crate::msg!("config-not-a-norms-year"),
                    )
                })?;
            if order.get_ref().trim().is_empty() {
                return Err(bad(order.span(), key, crate::msg!("config-no-order")));
            }
            sources.insert(y, order.get_ref().trim().to_string());
        }

        // A configuration written before `[acts]` existed names the acts
        // of the bundled one.
        let acts = match &file.acts {
            Some(table) => Acts {
                standard: act(&table.standard, "acts.standard", &bad)?,
                order: act(&table.order, "acts.order", &bad)?,
            },
            None => Config::default().acts,
        };

        Ok(Config {
            deadlines,
            fee_rate: FeeRate(*rate.get_ref() as u32),
            complaint_term,
            electronic: Electronic(electronic),
            norms: Norms {
                values: norms,
                sources,
            },
            acts,
            ranking,
            prepared_by,
        })
    }
}

/// The act of one `[acts.*]` table: every text non-empty, every date a day.
fn act(
    table: &ActTable,
    key: &str,
    bad: &impl Fn(Range<usize>, String, Msg) -> ConfigError,
) -> Result<Act, ConfigError> {
    let day = |date: &Spanned<toml::value::Datetime>, key: String| {
        let d = date.get_ref();
        d.date
            .filter(|_| d.time.is_none())
            .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
            .ok_or_else(|| {
                bad(
                    date.span(),
                    key,
                    crate::msg!("config-not-a-day", value = d.to_string()),
                )
            })
    };
    let reference = |r: &Option<RefTable>, name: &str| -> Result<Option<ActRef>, ConfigError> {
        r.as_ref()
            .map(|r| {
                Ok(ActRef {
                    number: r.number.trim().to_string(),
                    date: day(&r.date, format!("{key}.{name}.date"))?,
                })
            })
            .transpose()
    };
    let texts = [
        ("title_kk", &table.title_kk),
        ("title_ru", &table.title_ru),
        ("issuer_kk", &table.issuer_kk),
        ("kind_kk", &table.kind_kk),
        ("kind_ru", &table.kind_ru),
        ("number", &table.number),
    ];
    if let Some((name, _)) = texts.iter().find(|(_, v)| v.trim().is_empty()) {
        return Err(bad(
            table.date.span(),
            format!("{key}.{name}"),
            crate::msg!("config-empty-text"),
        ));
    }
    Ok(Act {
        title_kk: table.title_kk.trim().to_string(),
        title_ru: table.title_ru.trim().to_string(),
        issuer_kk: table.issuer_kk.trim().to_string(),
        kind_kk: table.kind_kk.trim().to_string(),
        kind_ru: table.kind_ru.trim().to_string(),
        number: table.number.trim().to_string(),
        date: day(&table.date, format!("{key}.date"))?,
        amended_by: reference(&table.amended_by, "amended_by")?,
        repealed_by: reference(&table.repealed_by, "repealed_by")?,
    })
}

/// Where a TOML file failed to read (`path:line:column`) and the reader's
/// words for why, on one line: its own message repeats the line with a
/// caret under the place, which a message in another language cannot
/// quote whole.
pub(crate) fn toml_error(path: &str, text: &str, e: &toml::de::Error) -> (String, String) {
    let place = match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{path}:{line}:{column}")
        }
        None => path.to_string(),
    };
    (place, e.message().trim().to_string())
}

/// The digits after the point a percentage was written with (`97.5`: 1).
fn decimals(value: f64) -> usize {
    let text = value.to_string();
    text.split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

fn service_keys() -> String {
    Service::ALL
        .iter()
        .map(|s| s.key())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[fee]
rate_percent = 50
[services.visa-issue]
deadline_working_days = 5
electronic_information = true
[services.visa-extend]
deadline_working_days = 7
electronic_information = false
[services.id-document]
electronic_information = true
"#;

    fn error(text: &str) -> String {
        Config::parse(text, "c.toml")
            .unwrap_err()
            .msg()
            .text(crate::lang::Lang::En)
    }

    #[test]
    fn the_bundled_configuration_is_the_law_by_default() {
        let c = Config::default();
        assert_eq!(c.deadlines, Deadlines::default());
        assert_eq!(c.fee_rate, FeeRate(50));
        assert_eq!(c.complaint_term, ComplaintTerm { calendar_days: 15 });
        assert_eq!(c.electronic.0.len(), 3);
        assert_eq!(
            c.norms.get(2025, Indicator::Timeliness),
            Some(Norm {
                normative: 100.0,
                target: 100.0
            })
        );
        assert_eq!(c.norms.get(2011, Indicator::Timeliness), None);
    }

    #[test]
    fn deadlines_per_service_and_none_when_left_out() {
        let c = Config::parse(GOOD, "c.toml").unwrap();
        assert_eq!(c.deadlines.visa_extend, Some(7));
        assert_eq!(c.deadlines.id_document, None);
        assert_eq!(
            c.complaint_term,
            ComplaintTerm::default(),
            "left out: the law's"
        );
        assert!(!c.electronic.is_marked(Service::VisaExtend));
        assert!(c.norms.values.is_empty());
    }

    #[test]
    fn errors_name_the_line_and_the_key() {
        let e = error(&GOOD.replace("deadline_working_days = 7", "deadline_working_days = 0"));
        assert_eq!(
            e,
            "c.toml:8: services.visa-extend.deadline_working_days: 0 is not a number of working days (1 to 60; leave the key out for no deadline)"
        );
        let e = error(&GOOD.replace("[services.id-document]", "[services.passport]"));
        assert!(
            e.starts_with("c.toml:10: services.passport: not a service"),
            "{e}"
        );
        let e = error(&GOOD.replace(
            "[services.id-document]\nelectronic_information = true\n",
            "",
        ));
        assert!(e.contains("services.id-document: missing"), "{e}");
        let e = error(&format!(
            "{GOOD}[norms.2025]\n\"1.1\" = {{ normative = 100, target = 100 }}\n\"9.9\" = {{ normative = 1, target = 1 }}\n"
        ));
        assert!(
            e.starts_with(
                "c.toml:14: norms.2025.\"9.9\": not an indicator; the indicators are 1.1, 1.2"
            ),
            "{e}"
        );
        let e = error(&format!(
            "{GOOD}[norms.2025]\n\"4.1\" = {{ normative = 101, target = 1 }}\n"
        ));
        assert_eq!(
            e,
            "c.toml:13: norms.2025.\"4.1\".normative: 101 is not a percentage (0 to 100)"
        );
        let e = error(&GOOD.replace("rate_percent = 50", "rate_percent = 0"));
        assert_eq!(
            e,
            "c.toml:3: fee.rate_percent: 0 is not a rate in percent of the MCI (1 to 1000; item 8: 50)"
        );
        // Syntax and unknown keys: toml's own message, at its line and column.
        let e = error(&GOOD.replace(
            "electronic_information = true\n[services.visa-extend]",
            "electronic = true\n[services.visa-extend]",
        ));
        assert!(e.starts_with("c.toml:6:1: not a configuration"), "{e}");
        assert!(e.contains("unknown field `electronic`"), "{e}");
    }

    const ACTS: &str = r#"
[acts.standard]
title_kk = "Стандарт"
title_ru = "Стандарт"
issuer_kk = "Үкіметінің"
kind_kk = "қаулысы"
kind_ru = "постановление"
number = "7"
date = 2015-01-02
[acts.order]
title_kk = "Қағидалар"
title_ru = "Правила"
issuer_kk = "Министрінің"
kind_kk = "бұйрығы"
kind_ru = "приказ"
number = "583"
date = 2016-05-31
amended_by = { number = "451", date = 2021-08-03 }
"#;

    #[test]
    fn the_acts_are_the_bundled_ones_unless_named() {
        let bundled = Config::default().acts;
        assert_eq!(bundled.standard.number, "200");
        assert_eq!(
            bundled.standard.repealed_by,
            Some(ActRef {
                number: "55".into(),
                date: NaiveDate::from_ymd_opt(2014, 2, 4).unwrap()
            })
        );
        assert_eq!(bundled.order.amended_by.as_ref().unwrap().number, "451");
        // A configuration without [acts] (written before it existed).
        assert_eq!(Config::parse(GOOD, "c.toml").unwrap().acts, bundled);
        // A later standard with the same rules, named without a new build.
        let c = Config::parse(&format!("{GOOD}{ACTS}"), "c.toml").unwrap();
        assert_eq!(c.acts.standard.number, "7");
        assert_eq!(
            c.acts.standard.date,
            NaiveDate::from_ymd_opt(2015, 1, 2).unwrap()
        );
        assert_eq!(c.acts.standard.repealed_by, None);
    }

    #[test]
    fn an_act_without_a_day_or_a_title_is_refused_by_its_key() {
        let e = error(
            &format!("{GOOD}{ACTS}").replace("date = 2015-01-02", "date = 2015-01-02T10:00:00"),
        );
        assert_eq!(
            e,
            "c.toml:20: acts.standard.date: 2015-01-02T10:00:00 is not a day: write it as 2011-02-28"
        );
        let e =
            error(&format!("{GOOD}{ACTS}").replace("title_ru = \"Правила\"", "title_ru = \" \""));
        assert_eq!(
            e,
            "c.toml:28: acts.order.title_ru: empty: every document prints it"
        );
    }

    #[test]
    fn the_preparer_is_named_whole_or_not_at_all() {
        let prepared = "[report.prepared_by]\nunit_ru = \"Отдел анализа\"\nunit_kk = \"Талдау бөлімі\"\nposition_ru = \"главный специалист\"\nposition_kk = \"бас маман\"\nperson = \"А. Сейтова\"\ncontact = \"+7 7172 00 00 00\"\n";
        let c = Config::parse(&format!("{GOOD}{prepared}"), "c.toml").unwrap();
        let p = c.prepared_by.as_ref().unwrap();
        assert_eq!(
            p.unit,
            ["Отдел анализа".to_string(), "Талдау бөлімі".to_string()]
        );
        // The minimum to be ranked keeps its default beside it.
        assert_eq!(c.ranking.min_served, 10);
        assert_eq!(
            PreparedBy::said(Some(p), crate::lang::Lang::Kk),
            "Дайындаған: Талдау бөлімі, бас маман А. Сейтова; +7 7172 00 00 00."
        );
        assert!(
            PreparedBy::said(None, crate::lang::Lang::Ru)
                .contains("исполнитель в настройке не указан")
        );
        assert_eq!(Config::parse(GOOD, "c.toml").unwrap().prepared_by, None);
        let e = error(
            &format!("{GOOD}{prepared}").replace("person = \"А. Сейтова\"", "person = \" \""),
        );
        assert!(e.contains("report.prepared_by.person: empty"), "{e}");
        let e = error(&format!("{GOOD}{prepared}").replace("contact = \"+7 7172 00 00 00\"\n", ""));
        assert!(e.contains("contact"), "{e}");
    }

    #[test]
    fn norms_without_their_order_are_illustrative() {
        use crate::settings::NormBasis;
        let c = Config::default();
        assert_eq!(
            c.norms.basis(2025),
            NormBasis::Illustrative,
            "the bundled file names no order"
        );
        assert_eq!(c.norms.basis(2011), NormBasis::Missing);
        let named = format!(
            "{GOOD}[norms.2025]\n\"1.1\" = {{ normative = 100, target = 100 }}\n[norm_sources]\n2025 = \"приказ МВД от 1 января 2025 года № 1\"\n"
        );
        let c = Config::parse(&named, "c.toml").unwrap();
        assert_eq!(
            c.norms.basis(2025),
            NormBasis::Order("приказ МВД от 1 января 2025 года № 1")
        );
        let e = error(&named.replace("2025 = \"приказ", "2024 = \"приказ"));
        assert!(
            e.contains("norm_sources.2024: not a year of [norms.*]"),
            "{e}"
        );
    }
}
