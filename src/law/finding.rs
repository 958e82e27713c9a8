//! One finding: what the standard demanded of a case and was not met, as
//! its code in the catalogue ([`Code`]) and the figures behind it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::Lang;
use crate::vocab::Vocabulary;

pub use super::code::Code;

/// One finding about one case, with the figures behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    /// (name, value) pairs, e.g. ("deadline", 2025-03-11); each name is
    /// one of [`NAMES`].
    pub figures: Vec<(&'static str, Figure)>,
}

impl Finding {
    pub(super) fn new(code: Code, figures: Vec<(&'static str, Figure)>) -> Finding {
        debug_assert!(
            figures.iter().all(|(name, _)| NAMES.contains(name)),
            "a figure without a label in the catalogues: {figures:?}"
        );
        Finding { code, figures }
    }
}

/// Every name of a figure, each labelled in the catalogues (`figure` in
/// `locales/*/findings.ftl`).
pub const NAMES: &[&str] = &[
    "accepted",
    "age",
    "answered",
    "applicant_kind",
    "arrived",
    "as_of",
    "asked",
    "called",
    "cap",
    "category",
    "check_ended",
    "citizenship",
    "conclusion",
    "day_of_payment",
    "deadline",
    "decided",
    "document",
    "due",
    "due_tenge",
    "earlier_arrived",
    "earlier_called",
    "ended",
    "extended_to",
    "formular_code",
    "ground",
    "issued_to",
    "knb_approved",
    "limit",
    "minutes",
    "missing",
    "paid",
    "paid_tenge",
    "prior_extensions",
    "started",
    "visa_valid_to",
];

/// A figure behind a finding: what the record held or the law computed.
/// Machine outputs (Parquet, JSON, the English workbook) take its
/// [`Figure::raw`] form; a reader its [`Figure::said`] one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// A day, a moment, a count, a code: the same in every language.
    Plain(String),
    /// An amount or a span with a decimal point (`21.0`), written with the
    /// reader's decimal sign.
    Decimal(String),
    /// A word of a vocabulary (a category, a document, a ground), by its
    /// key, named in the reader's language.
    Word {
        vocabulary: &'static str,
        key: &'static str,
    },
    /// Columns of the contract by key (what a complaint lacks), named by
    /// their headers.
    Columns(crate::schema::Table, Vec<&'static str>),
    /// A state esep names itself (`stateless`, `not-recorded`): a choice of
    /// the catalogues' `figure-state`.
    State(&'static str),
}

impl Figure {
    pub fn word<V: Vocabulary>(value: V) -> Figure {
        Figure::Word {
            vocabulary: V::NAME,
            key: value.key(),
        }
    }

    /// The figure as machines read it: keys, English states, a decimal
    /// point.
    pub fn raw(&self) -> String {
        match self {
            Figure::Plain(text) | Figure::Decimal(text) => text.clone(),
            Figure::Word { key, .. } | Figure::State(key) => key.to_string(),
            Figure::Columns(_, keys) => keys.join(", "),
        }
    }

    /// The figure as a reader of `lang` reads it.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            Figure::Plain(text) => text.clone(),
            Figure::Decimal(text) => match lang {
                Lang::En => text.clone(),
                Lang::Ru | Lang::Kk => text.replace('.', ","),
            },
            Figure::Word { vocabulary, key } => crate::vocab::term(vocabulary, key)
                .map_or(*key, |term| term.name(lang))
                .to_string(),
            Figure::Columns(table, keys) => keys
                .iter()
                .map(|key| {
                    table
                        .columns()
                        .iter()
                        .find(|c| c.key == *key)
                        .map_or(key.to_string(), |c| c.header(lang).to_string())
                })
                .collect::<Vec<_>>()
                .join(", "),
            Figure::State(state) => crate::msg!("figure-state", state = *state).text(lang),
        }
    }

    /// A figure's name as a reader of `lang` reads it.
    pub fn label(name: &str, lang: Lang) -> String {
        thread_local! {
            /// The labels said, by language and name: a few names, said
            /// once a figure on every row of a large findings workbook.
            static SAID: std::cell::RefCell<[std::collections::HashMap<String, String>; 3]> =
                Default::default();
        }
        if let Some(label) = SAID.with_borrow(|said| said[lang as usize].get(name).cloned()) {
            return label;
        }
        let label = crate::msg!("figure", name = name).text(lang);
        SAID.with_borrow_mut(|said| said[lang as usize].insert(name.to_string(), label.clone()));
        label
    }
}

/// Machine outputs hold the raw figure.
impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw())
    }
}

impl From<String> for Figure {
    fn from(text: String) -> Figure {
        Figure::Plain(text)
    }
}

impl From<&str> for Figure {
    fn from(text: &str) -> Figure {
        Figure::Plain(text.to_string())
    }
}

/// A date as figures write it: `2025-03-11`.
pub(super) fn date(d: NaiveDate) -> Figure {
    Figure::Plain(d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_figure_and_state_is_named_in_kazakh_and_russian() {
        for lang in [Lang::Ru, Lang::Kk] {
            for name in NAMES {
                let label = Figure::label(name, lang);
                assert!(label != *name && !label.contains('_'), "{name}: {label}");
            }
            for state in ["stateless", "not-recorded", "no"] {
                assert_ne!(Figure::State(state).said(lang), state);
            }
        }
    }

    #[test]
    fn figures_are_worded_for_readers_and_kept_raw_for_machines() {
        let minutes = Figure::Decimal("21.0".into());
        assert_eq!(minutes.said(Lang::Ru), "21,0");
        assert_eq!(minutes.raw(), "21.0");
        let category = Figure::word(crate::vocab::VisaCategory::Study);
        assert_eq!(category.raw(), "study");
        assert_eq!(category.said(Lang::Ru), "на учебу");
        let missing = Figure::Columns(
            crate::schema::Table::Complaints,
            vec!["complainant_address", "signed"],
        );
        assert_eq!(missing.raw(), "complainant_address, signed");
        assert!(
            !missing.said(Lang::Kk).contains('_'),
            "{}",
            missing.said(Lang::Kk)
        );
        assert_eq!(Figure::State("not-recorded").said(Lang::Kk), "жазылмаған");
    }
}
