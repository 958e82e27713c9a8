//! Identity documents as the report words them: made under the Rules of
//! the formular, not under the standard, they are counted apart from
//! Appendix 4 ([`crate::indicators::identity`]) and said here once, by
//! what the Rules ask, for the PDF's section and the dashboard alike.

use crate::indicators::Ratio;
use crate::indicators::identity::Counts;
use crate::lang::Lang;
use crate::law::item::{Act, cite};
use crate::settings::Deadlines;
use crate::vocab::{Service, Vocabulary};

/// A term the Rules (or the configuration) set, and how it was kept.
pub struct Term {
    pub name: String,
    /// The item that sets it, as cited; «—» for a configured term.
    pub item: String,
    /// Met of recorded.
    pub kept: Ratio,
}

/// What the cases of a place came to: decided, issued, refused, formulars
/// returned (item 40) and codes that do not fit the person (item 31).
pub fn counted(c: &Counts, lang: Lang) -> Vec<(String, u64)> {
    let rules = |item: &str| cite(Act::Rules, item, lang);
    vec![
        (crate::msg!("identity-decided").text(lang), c.served),
        (crate::msg!("identity-issued").text(lang), c.issued),
        (crate::msg!("identity-refused").text(lang), c.refused),
        (
            format!(
                "{} ({})",
                crate::msg!("identity-returned").text(lang),
                rules("40")
            ),
            c.returned_total(),
        ),
        (
            format!(
                "{} ({})",
                crate::msg!("identity-code-mismatches").text(lang),
                rules("31")
            ),
            c.misfits,
        ),
    ]
}

/// The terms of items 12 and 16, and the term of issue where the
/// configuration sets one: the Rules set no general term, so a configured
/// one is said as such, never as the Rules'.
pub fn terms(c: &Counts, deadlines: &Deadlines, lang: Lang) -> Vec<Term> {
    let rules = |item: &str| cite(Act::Rules, item, lang);
    let mut terms = vec![
        Term {
            name: crate::msg!("identity-term-registry").text(lang),
            item: rules("12"),
            kept: c.registry,
        },
        Term {
            name: crate::msg!("identity-term-extra-check").text(lang),
            item: rules("16"),
            kept: c.check,
        },
        Term {
            name: crate::msg!("identity-term-conclusion").text(lang),
            item: rules("16"),
            kept: c.conclusion,
        },
    ];
    if let Some(days) = deadlines.days(Service::IdDocument) {
        terms.push(Term {
            name: crate::msg!("identity-term-issue", days = days).text(lang),
            item: "—".to_string(),
            kept: c.deadline,
        });
    }
    terms
}

/// The formulars returned, by each reason of item 40 and another.
pub fn returned(c: &Counts, lang: Lang) -> Vec<(String, u64)> {
    Counts::REASONS
        .iter()
        .zip(c.returned)
        .map(|(reason, n)| {
            let name = match reason {
                Some(r) => r.term().name(lang).to_string(),
                None => crate::msg!("identity-other-reason").text(lang),
            };
            (name, n)
        })
        .collect()
}
