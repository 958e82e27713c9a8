//! The report's section on identity documents: made under the Rules of the
//! formular, not under the standard, they are in none of the figures of
//! Appendix 4 and are shown here by what the Rules ask.

use serde::Serialize;

use super::percent;
use crate::catalog::grouped;
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
    let mut terms = vec![
        (
            crate::msg!("identity-term-registry").text(lang),
            rules("12"),
            kz.registry,
        ),
        (
            crate::msg!("identity-term-extra-check").text(lang),
            rules("16"),
            kz.check,
        ),
        (
            crate::msg!("identity-term-conclusion").text(lang),
            rules("16"),
            kz.conclusion,
        ),
    ];
    // The Rules set no general term; one the report was given is shown as
    // such, never as the Rules'.
    if let Some(days) = deadlines.days(Service::IdDocument) {
        terms.push((
            crate::msg!("identity-term-issue", days = days).text(lang),
            "—".to_string(),
            kz.deadline,
        ));
    }
    let other = crate::msg!("identity-other-reason").text(lang);
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
            [name, grouped(n)]
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
        summary: vec![
            [
                crate::msg!("identity-decided").text(lang),
                grouped(kz.served),
            ],
            [
                crate::msg!("identity-issued").text(lang),
                grouped(kz.issued),
            ],
            [
                crate::msg!("identity-refused").text(lang),
                grouped(kz.refused),
            ],
            [
                format!(
                    "{} ({})",
                    crate::msg!("identity-returned").text(lang),
                    rules("40")
                ),
                grouped(kz.returned_total()),
            ],
            [
                format!(
                    "{} ({})",
                    crate::msg!("identity-code-mismatches").text(lang),
                    rules("31")
                ),
                grouped(kz.misfits),
            ],
        ],
        terms_columns: [
            crate::msg!("identity-term").text(lang),
            crate::msg!("report-item").text(lang),
            crate::msg!("identity-recorded").text(lang),
            crate::msg!("identity-kept").text(lang),
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
