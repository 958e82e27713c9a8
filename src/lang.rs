//! The language of messages and documents, below every stage: reading,
//! validation, the law, the indicators and the documents all speak it.

use serde::Serialize;

/// The language of messages and documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    /// The language of the user's locale (`LANG`, `LC_ALL`), English otherwise.
    pub fn from_env() -> Lang {
        let locale = std::env::var("LC_ALL")
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| std::env::var("LANG").ok())
            .unwrap_or_default();
        match locale.get(..2) {
            Some("ru") => Lang::Ru,
            Some("kk") => Lang::Kk,
            _ => Lang::En,
        }
    }

    /// The one of three texts in this language.
    pub fn pick<T>(self, en: T, ru: T, kk: T) -> T {
        match self {
            Lang::En => en,
            Lang::Ru => ru,
            Lang::Kk => kk,
        }
    }
}
