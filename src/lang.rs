//! The languages of messages (English, Russian, Kazakh) and of documents
//! (Kazakh, Russian), below every stage: reading, validation, the law, the
//! indicators and the documents all speak them. Texts are always given in
//! one order: English, Russian, Kazakh. Their words are in the
//! catalogues ([`crate::catalog`]).

use serde::Serialize;

use crate::catalog::Msg;

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
    /// Every language, in the order of catalogues' [`crate::catalog::Arg::Names`].
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The language's code: the folder of its catalogues in `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

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

impl From<DocLang> for Lang {
    fn from(lang: DocLang) -> Lang {
        lang.lang()
    }
}

/// The one error of esep: what went wrong, as a message of the catalogues
/// ([`Msg`]), and the failure that caused it, if any (the system's or a
/// library's error, which `main` prints after it as it was given). Every
/// failure esep explains to its user is one of these; `main` words the
/// chain once, in the run's language.
#[derive(Debug)]
pub struct Said {
    msg: Msg,
    /// Further failures of the same kind, each a line of its own (every
    /// input file that cannot be used).
    more: Vec<Msg>,
    cause: Option<anyhow::Error>,
}

impl Said {
    pub fn new(msg: Msg) -> Said {
        Said {
            msg,
            more: Vec::new(),
            cause: None,
        }
    }

    /// Several failures, each said on a line of its own; `None` for none.
    pub fn all(msgs: impl IntoIterator<Item = Msg>) -> Option<Said> {
        let mut msgs = msgs.into_iter();
        let first = msgs.next()?;
        Some(Said {
            more: msgs.collect(),
            ..Said::new(first)
        })
    }

    /// Every line of the message, worded in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        std::iter::once(&self.msg)
            .chain(&self.more)
            .map(|msg| msg.text(lang))
            .collect()
    }

    pub fn msg(&self) -> &Msg {
        &self.msg
    }
}

impl From<Msg> for Said {
    fn from(msg: Msg) -> Said {
        Said::new(msg)
    }
}

/// A message stops a run as a [`Said`].
impl From<Msg> for anyhow::Error {
    fn from(msg: Msg) -> anyhow::Error {
        Said::new(msg).into()
    }
}

/// English, for logs and for callers that do not know the language.
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg.text(Lang::En))
    }
}

impl std::error::Error for Said {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_ref().map(|cause| &**cause as _)
    }
}

/// `anyhow::Context` with a message of the catalogues: the failure is
/// explained by a [`Said`], and stays its cause.
pub trait Explain<T> {
    fn explain(self, msg: impl FnOnce() -> Msg) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> Explain<T> for Result<T, E> {
    fn explain(self, msg: impl FnOnce() -> Msg) -> anyhow::Result<T> {
        self.map_err(|e| {
            Said {
                cause: Some(e.into()),
                ..Said::new(msg())
            }
            .into()
        })
    }
}

/// Stops a command with a message of the catalogues:
/// `refuse!("id", name = value, …)`.
#[macro_export]
macro_rules! refuse {
    ($($msg:tt)*) => {
        return Err($crate::lang::Said::new($crate::msg!($($msg)*)).into())
    };
}
