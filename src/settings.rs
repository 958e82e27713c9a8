//! The settings the configuration resolves into: plain values below every
//! stage, so that the configuration (which reads them from its file)
//! imports no stage, and no stage imports the configuration's file format.
//! The law computes with the deadlines and the fee rate
//! (`law::deadline`, `law::fee`); the indicators count the services marked
//! electronic; the reports compare with the norms; every document names
//! the acts it applies.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::indicator::Indicator;
use crate::lang::Lang;
use crate::vocab::Service;

/// Working days allowed per service; `None` where the law sets no deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    pub visa_issue: Option<u32>,
    pub visa_extend: Option<u32>,
    pub id_document: Option<u32>,
}

impl Default for Deadlines {
    fn default() -> Deadlines {
        Deadlines {
            visa_issue: Some(5),
            visa_extend: Some(5),
            id_document: None,
        }
    }
}

impl Deadlines {
    pub fn days(&self, service: Service) -> Option<u32> {
        match service {
            Service::VisaIssue => self.visa_issue,
            Service::VisaExtend => self.visa_extend,
            Service::IdDocument => self.id_document,
        }
    }
}

/// The fee rate in percent of the MCI (item 8: 50). Configuration, since
/// the Tax Code sets it and may change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeRate(pub u32);

impl Default for FeeRate {
    fn default() -> FeeRate {
        FeeRate(50)
    }
}

/// How long the answer to a complaint may take: item 25 of the standard
/// sends complaints to the Law of 12 January 2007 No. 221 on considering
/// applications, whose article 8 gives fifteen calendar days from receipt.
/// Configuration, since the law that sets it has changed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ComplaintTerm {
    pub calendar_days: u32,
}

impl Default for ComplaintTerm {
    fn default() -> ComplaintTerm {
        ComplaintTerm { calendar_days: 15 }
    }
}

/// How the report ranks places: a department or office that served fewer
/// consumers in the period than `min_served` is not ranked (a value over a
/// handful of cases says little, and ties at 100 % crowd the first place);
/// the report says how many were left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranking {
    pub min_served: u64,
}

/// Who prepared the report (`[report.prepared_by]`): the unit and the
/// position in Russian and Kazakh, then the person and how to reach them,
/// as the report's reader is to see them.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedBy {
    /// Russian, then Kazakh.
    pub unit: [String; 2],
    /// Russian, then Kazakh.
    pub position: [String; 2],
    pub person: String,
    pub contact: String,
}

impl PreparedBy {
    /// The line «prepared by» of the report in `lang`; without a
    /// configured preparer, that esep prepared it from the records.
    pub fn said(prepared: Option<&PreparedBy>, lang: crate::lang::Lang) -> String {
        let pick = |texts: &[String; 2]| {
            crate::lang::DocLang::of(lang)
                .pick(&texts[0], &texts[1])
                .to_string()
        };
        match prepared {
            Some(p) => crate::msg!(
                "prepared-by",
                unit = pick(&p.unit),
                position = pick(&p.position),
                person = p.person.clone(),
                contact = p.contact.clone()
            )
            .text(lang),
            None => crate::msg!("prepared-by-esep").text(lang),
        }
    }
}

impl Default for Ranking {
    fn default() -> Ranking {
        Ranking { min_served: 10 }
    }
}

/// A legal act as documents cite it: its title, who issued it, its number
/// and date, and the acts that amended or repealed it. Configuration, so
/// that a user who applies a later act with the same rules can name it
/// without a new build (`docs/config.md`, `[acts]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    pub title_kk: String,
    pub title_ru: String,
    /// The issuer in the Kazakh genitive: «Қазақстан Республикасы Үкіметінің».
    pub issuer_kk: String,
    /// The kind of act in Kazakh, possessive: «қаулысы», «бұйрығы».
    pub kind_kk: String,
    /// The kind and issuer in Russian: «постановление Правительства Республики Казахстан».
    pub kind_ru: String,
    pub number: String,
    pub date: NaiveDate,
    /// The act of the same issuer that gave the text esep holds.
    pub amended_by: Option<ActRef>,
    /// The act of the same issuer that repealed it.
    pub repealed_by: Option<ActRef>,
}

/// Another act of the same issuer, by number and date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActRef {
    pub number: String,
    pub date: NaiveDate,
}

/// The two acts esep applies: the standard (visa cases, complaints, the
/// indicators) and the Rules of the formular (identity documents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acts {
    pub standard: Act,
    pub order: Act,
}

/// A normative value and the next year's target, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Norm {
    pub normative: f64,
    pub target: f64,
}

/// Every service, and whether its information is electronic (indicator
/// 3.2 counts the services so marked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Electronic(pub BTreeMap<Service, bool>);

impl Electronic {
    pub fn is_marked(&self, service: Service) -> bool {
        self.0.get(&service).copied().unwrap_or(false)
    }

    /// The services, marked or not, in their order.
    pub fn services(&self) -> impl Iterator<Item = Service> + '_ {
        self.0.keys().copied()
    }
}

/// The normative values and targets of Appendix 4, per year (item 19),
/// and for each year the order that set them, where the configuration
/// names it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Norms {
    pub values: BTreeMap<i32, BTreeMap<Indicator, Norm>>,
    pub sources: BTreeMap<i32, String>,
}

/// Where a year's normative values come from: what every output that
/// prints them says beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NormBasis<'a> {
    /// No normative value is set for the year.
    Missing,
    /// Values are set, but no order is named: illustrative figures.
    Illustrative,
    /// Set by the order named.
    Order(&'a str),
}

impl NormBasis<'_> {
    /// What an output says of the year's normative values beside them
    /// (item 19: set every year by order of the Ministry).
    pub fn note(self, year: i32, lang: Lang) -> String {
        match self {
            NormBasis::Order(order) => {
                crate::msg!("norms-normative-values-targets", year = year, order = order).text(lang)
            }
            NormBasis::Illustrative => crate::msg!(
                "norms-normative-values-targets-are-illustrative",
                year = year
            )
            .text(lang),
            NormBasis::Missing => {
                crate::msg!("norms-no-normative-values-targets-are", year = year).text(lang)
            }
        }
    }
}

impl Norms {
    /// The normative value and target of `indicator` in `year`, if set.
    pub fn get(&self, year: i32, indicator: Indicator) -> Option<Norm> {
        self.values.get(&year)?.get(&indicator).copied()
    }

    pub fn basis(&self, year: i32) -> NormBasis<'_> {
        match (self.values.get(&year), self.sources.get(&year)) {
            (None, _) => NormBasis::Missing,
            (Some(v), _) if v.is_empty() => NormBasis::Missing,
            (Some(_), Some(order)) => NormBasis::Order(order),
            (Some(_), None) => NormBasis::Illustrative,
        }
    }
}
