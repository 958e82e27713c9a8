//! Every text a person reads, from the Fluent catalogues of
//! `locales/{en,ru,kk}/*.ftl`, compiled into the binary (`build.rs` lists
//! them). Code names a message by its id and gives its arguments
//! ([`Msg`]); the catalogue of the reader's language words it, with the
//! grammar of that language (plural forms, cases) in the catalogue, not in
//! code. Numbers with a fraction are written here, in one place: with a
//! decimal comma in Kazakh and Russian. `docs/translating.md` tells a
//! translator where each text is.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// Every catalogue: its language folder, its file name and its text.
pub const FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

thread_local! {
    /// The texts of messages without arguments, formatted once a thread:
    /// the catalogues are compiled in, so such a text never changes, and a
    /// large input says a finding's message hundreds of thousands of times.
    static PLAIN: std::cell::RefCell<std::collections::HashMap<(&'static str, usize), String>> =
        Default::default();
}

/// One bundle a language, in the order of [`Lang::ALL`]. A catalogue that
/// does not parse, or defines an id twice, is a bug the tests catch
/// (`tests::every_catalogue_parses`); here what parses is kept.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Isolation marks would reach the terminal as `\u{2068}`
            // (terminal::safe) and the documents as invisible characters.
            bundle.set_use_isolating(false);
            for (_, _, text) in FILES.iter().filter(|(f, _, _)| *f == lang.code()) {
                let resource =
                    FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
        .collect()
});

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang as usize]
}

/// A message of the catalogues: its id and its arguments, worded in a
/// language only when shown ([`Msg::text`]). Errors, notes, progress and
/// the texts of documents are all made of these.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is: a file name, a code, a value from the input (as
    /// [`crate::shown`] lets it be shown).
    Text(String),
    /// A whole number: written in digits, and chooses plural forms.
    Count(i64),
    /// A number with `digits` digits after the decimal sign, written in
    /// the reader's language ([`decimal`]).
    Decimal(f64, usize),
    /// Another message, worded in the same language.
    Msg(Box<Msg>),
    /// A name of reference data, which keeps a column per language (a
    /// country, an office): in the order of [`Lang::ALL`].
    Names(Box<[String; 3]>),
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// The message with the argument `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// Words esep did not write, shown as they are in every language: what
    /// a reader library or the system said.
    pub fn quoted(text: impl Into<String>) -> Msg {
        crate::msg!("quoted", text = text.into())
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`. A message the catalogue lacks is shown by
    /// its id (the tests hold every id in every language).
    pub fn text(&self, lang: impl Into<Lang>) -> String {
        let lang = lang.into();
        if self.args.is_empty() {
            let key = (self.id, lang as usize);
            if let Some(text) = PLAIN.with_borrow(|plain| plain.get(&key).cloned()) {
                return text;
            }
            let text = self.formatted(lang);
            PLAIN.with_borrow_mut(|plain| plain.insert(key, text.clone()));
            return text;
        }
        self.formatted(lang)
    }

    fn formatted(&self, lang: Lang) -> String {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            return self.id.to_string();
        };
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            let value: FluentValue = match value {
                Arg::Text(text) => text.clone().into(),
                Arg::Count(n) => (*n).into(),
                Arg::Decimal(value, digits) => decimal(*value, *digits, lang).into(),
                Arg::Msg(msg) => msg.text(lang).into(),
                Arg::Names(names) => names[lang as usize].clone().into(),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Arg {
        Arg::Text(text.into_owned())
    }
}

impl From<&std::sync::Arc<str>> for Arg {
    fn from(text: &std::sync::Arc<str>) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<&&str> for Arg {
    fn from(text: &&str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<std::path::Display<'_>> for Arg {
    fn from(path: std::path::Display<'_>) -> Arg {
        Arg::Text(path.to_string())
    }
}

/// A date as the command line takes it (ISO 8601).
impl From<chrono::NaiveDate> for Arg {
    fn from(date: chrono::NaiveDate) -> Arg {
        Arg::Text(date.format("%Y-%m-%d").to_string())
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Arg {
        Arg::Msg(Box::new(msg))
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::from(*n)
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize, i32, i64);

/// A message of the catalogues: `msg!("id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::catalog::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// A message without arguments whose id is known only at run time: the
/// help of the command line, whose ids clap holds (`src/cli/help.rs`).
/// `None` when no catalogue of `lang` has it.
pub fn plain(id: &str, lang: Lang) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// `value` with `digits` digits after the decimal sign, as `lang` writes
/// it: `93.2` in English, `93,2` in Kazakh and Russian (as the documents
/// print it).
pub fn decimal(value: f64, digits: usize, lang: Lang) -> String {
    let text = format!("{value:.digits$}");
    match lang {
        Lang::En => text,
        Lang::Ru | Lang::Kk => text.replace('.', ","),
    }
}

/// `+1,2`, `–0,4`, `0,0`: a change in percentage points to one decimal,
/// with its sign (the en dash of Russian and Kazakh typesetting for minus:
/// the report's fonts have no U+2212).
pub fn signed(change: f64, lang: Lang) -> String {
    let text = decimal(change.abs(), 1, lang);
    match change {
        c if c > 0.0 => format!("+{text}"),
        c if c < 0.0 => format!("\u{2013}{text}"),
        _ => text,
    }
}

/// `n` with its digits grouped by threes with a no-break space, as the
/// documents print counts: `1 234 567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
