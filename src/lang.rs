//! The languages of messages (English, Russian, Kazakh) and of documents
//! (Kazakh, Russian), below every stage: reading, validation, the law, the
//! indicators and the documents all speak them. Texts are always given in
//! one order: English, Russian, Kazakh.

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

/// The languages documents are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocLang {
    Kk,
    Ru,
}

impl DocLang {
    /// Russian under a Russian locale, else Kazakh (the state language):
    /// English is not a language of the documents.
    pub fn from_env() -> DocLang {
        DocLang::of(Lang::from_env())
    }

    /// The language of documents for a run in `lang`: Kazakh (the state
    /// language) for English.
    pub fn of(lang: Lang) -> DocLang {
        match lang {
            Lang::Ru => DocLang::Ru,
            _ => DocLang::Kk,
        }
    }

    /// The one of two texts in this language; Russian first, as in
    /// [`Lang::pick`].
    pub fn pick<'a>(self, ru: &'a str, kk: &'a str) -> &'a str {
        match self {
            DocLang::Ru => ru,
            DocLang::Kk => kk,
        }
    }

    /// The same language as a language of messages.
    pub fn lang(self) -> Lang {
        match self {
            DocLang::Kk => Lang::Kk,
            DocLang::Ru => Lang::Ru,
        }
    }
}

/// A message the user reads, in each of the three languages: what an
/// error of a run says, printed by `main` in the run's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    en: String,
    ru: String,
    kk: String,
}

impl Said {
    pub fn new(en: impl Into<String>, ru: impl Into<String>, kk: impl Into<String>) -> Said {
        Said {
            en: en.into(),
            ru: ru.into(),
            kk: kk.into(),
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.ru, &self.kk)
    }
}

/// English, for logs and for callers that do not know the language.
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for Said {}

/// A [`Said`] with the failure it explains (the system's or a library's
/// error, which `main` prints after it as the cause, as it was given).
#[derive(Debug)]
struct Because {
    said: Said,
    cause: anyhow::Error,
}

impl std::fmt::Display for Because {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.said.fmt(f)
    }
}

impl std::error::Error for Because {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.cause)
    }
}

/// The message of an error in three languages, when it is one of
/// [`Said`] or explained by one ([`Explain::explain`]).
pub fn said_of<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a Said> {
    err.downcast_ref::<Said>()
        .or_else(|| err.downcast_ref::<Because>().map(|b| &b.said))
}

/// `anyhow::Context` in three languages: the failure is explained by a
/// [`Said`], and stays its cause.
pub trait Explain<T> {
    fn explain(self, said: impl FnOnce() -> Said) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> Explain<T> for Result<T, E> {
    fn explain(self, said: impl FnOnce() -> Said) -> anyhow::Result<T> {
        self.map_err(|e| {
            Because {
                said: said(),
                cause: e.into(),
            }
            .into()
        })
    }
}

/// Stops a command with a message in the three languages.
#[macro_export]
macro_rules! refuse {
    ($en:expr, $ru:expr, $kk:expr $(,)?) => {
        return Err($crate::lang::Said::new($en, $ru, $kk).into())
    };
}
