//! The report's section on identity documents: made under the Rules of the
//! formular, not under the standard, they are in none of the figures of
//! Appendix 4 and are shown here by what the Rules ask.

use serde::Serialize;

use super::percent;
use crate::catalog::grouped;
use crate::content::identity as said;
use crate::documents::{DocLang, basis};
use crate::indicators::identity::Identity;
use crate::indicators::{Level, Ratio};
use crate::law::item::{Act, cite};
use crate::settings::{Act as ActRef, Deadlines};

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
        grouped(ratio.denominator),
        grouped(ratio.numerator),
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
    let kz = identity.republic();
    let rules = |item: &str| cite(Act::Rules, item, l);
    let terms = said::terms(kz, deadlines, l);
    let returned = said::returned(kz, l)
        .into_iter()
        .map(|(name, n)| [name, grouped(n)])
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
                grouped(c.served),
                grouped(c.issued),
                grouped(c.refused),
                grouped(c.returned_total()),
                percent(c.check.value()),
            ]
        })
        .collect();
    Section {
        heading: crate::msg!("identity-heading").text(lang),
        note: crate::msg!("identity-note", act = basis::cite(order, lang)).text(lang),
        summary: said::counted(kz, l)
            .into_iter()
            .map(|(label, n)| [label, grouped(n)])
            .collect(),
        terms_columns: [
            crate::msg!("identity-term").text(lang),
            crate::msg!("report-item").text(lang),
            crate::msg!("identity-recorded").text(lang),
            crate::msg!("identity-kept").text(lang),
            "%".into(),
        ],
        terms: terms
            .into_iter()
            .map(|t| {
                let [recorded, met, share] = shares(t.kept);
                [t.name, t.item, recorded, met, share]
            })
            .collect(),
        returned_columns: [
            format!(
                "{} ({})",
                crate::msg!("identity-return-reason").text(lang),
                rules("40")
            ),
            crate::msg!("report-count").text(lang),
        ],
        returned,
        departments_columns: [
            crate::msg!("identity-department").text(lang),
            crate::msg!("identity-decided-short").text(lang),
            crate::msg!("identity-issued-short").text(lang),
            crate::msg!("identity-refused").text(lang),
            crate::msg!("identity-returned-short").text(lang),
            crate::msg!("identity-extra-check-in-time").text(lang),
        ],
        departments,
    }
}
