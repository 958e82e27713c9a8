//! Why a value was rejected, with a stable code and a message of the
//! catalogues (`locales/*/input.ftl`) that says how to fix it.

use crate::catalog::{Arg, Msg};
use crate::lang::Lang;

/// The condition under which an otherwise optional value is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Decided,
    Refused,
    VisaCase,
    IdDocument,
    VisaExtend,
    ExtensionGranted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Required,
    RequiredWhen(When),
    CellError,
    TooLong,
    /// Longer than the column allows ([`crate::schema::Column::max`]).
    LongerThan(usize),
    /// A letter of a name under more combining marks than
    /// [`crate::schema::MAX_MARKS`].
    StackedMarks,
    /// A character no bundled font draws, in a column documents print
    /// ([`crate::schema::Print`]); its script, never the character.
    Unprintable(unicode_script::Script),
    NotDate,
    NumberNotDate,
    DurationNotDate,
    NotYesNo,
    /// Not a word of the vocabulary (a column key of
    /// `vocabularies.csv`); the message lists its words in its language.
    NotInVocabulary {
        vocabulary: &'static str,
    },
    OfficeFormat,
    UnknownOffice,
    Duplicate {
        first: String,
    },
    DecidedBeforeSubmitted,
    DecidedWhilePending,
    GroundNotRefused,
    IinFormat,
    IinCheckDigit,
    /// Neither a code nor a name of a country; the code of the one whose
    /// name it nearly spells, if one does.
    UnknownCountry {
        near: Option<&'static str>,
    },
    Entries,
    NotCount,
    NotAmount,
    FormularCode,
    Answer,
    /// `birth_date` after `submitted_at` (version 2).
    BornAfterSubmission,
    /// `birth_date` more than 130 years before `submitted_at` (version 2).
    BornTooEarly,
    /// `outgoing_date` after `received_at` (version 2).
    OutgoingAfterReceived,
    /// The case needs a year the working-day calendar does not hold.
    BeyondCalendar {
        year: i32,
        held: String,
    },
}

/// The table of reasons: one row a reason, its stable code (`--json`,
/// the rejected rows' workbook) and its message of the catalogues
/// (`locales/*/input.ftl`), with the particulars the message names. A new
/// reason is a variant, a row here and its texts.
macro_rules! reasons {
    ($($reason:pat => $code:literal, $msg:expr;)+) => {
        impl Reason {
            /// A stable machine-readable code.
            #[allow(unused_variables)]
            pub fn code(&self) -> &'static str {
                match self {
                    $($reason => $code,)+
                }
            }

            /// What is wrong with the value and how to fix it.
            pub fn msg(&self) -> Msg {
                match self {
                    $($reason => $msg,)+
                }
            }
        }
    };
}

reasons! {
    Reason::Required => "required", crate::msg!("reason-required");
    Reason::RequiredWhen(when) => "required-when",
        crate::msg!("reason-required-when", when = when.msg());
    Reason::CellError => "cell-error", crate::msg!("reason-cell-error");
    Reason::TooLong => "too-long", crate::msg!("reason-too-long");
    Reason::LongerThan(max) => "longer-than-column",
        crate::msg!("reason-longer-than-column", max = max);
    Reason::StackedMarks => "stacked-marks",
        crate::msg!("reason-stacked-marks", most = crate::schema::MAX_MARKS);
    Reason::Unprintable(script) => "unprintable",
        crate::msg!(
            "reason-unprintable",
            script = script_key(*script),
            name = script.full_name()
        );
    Reason::NotDate => "not-a-date", crate::msg!("reason-not-a-date");
    Reason::NumberNotDate => "number-not-date", crate::msg!("reason-number-not-date");
    Reason::DurationNotDate => "duration-not-date", crate::msg!("reason-duration-not-date");
    Reason::NotYesNo => "not-yes-no", crate::msg!("reason-not-yes-no");
    Reason::NotInVocabulary { vocabulary } => "not-in-vocabulary",
        crate::msg!("reason-not-in-vocabulary", allowed = words_of(vocabulary));
    Reason::OfficeFormat => "office-format", crate::msg!("reason-office-format");
    Reason::UnknownOffice => "unknown-office", crate::msg!("reason-unknown-office");
    Reason::Duplicate { first } => "duplicate-id",
        crate::msg!("reason-duplicate-id", first = first);
    Reason::DecidedBeforeSubmitted => "decided-before-submitted",
        crate::msg!("reason-decided-before-submitted");
    Reason::DecidedWhilePending => "decided-while-pending",
        crate::msg!("reason-decided-while-pending");
    Reason::GroundNotRefused => "ground-not-refused", crate::msg!("reason-ground-not-refused");
    Reason::IinFormat => "iin-format", crate::msg!("reason-iin-format");
    Reason::IinCheckDigit => "iin-check-digit", crate::msg!("reason-iin-check-digit");
    Reason::UnknownCountry { near: Some(alpha3) } => "unknown-country",
        crate::msg!(
            "reason-unknown-country-near",
            name = country_names(alpha3),
            code = *alpha3
        );
    Reason::UnknownCountry { near: None } => "unknown-country",
        crate::msg!("reason-unknown-country");
    Reason::Entries => "entries", crate::msg!("reason-entries");
    Reason::NotCount => "not-a-count", crate::msg!("reason-not-a-count");
    Reason::NotAmount => "not-an-amount", crate::msg!("reason-not-an-amount");
    Reason::FormularCode => "formular-code", crate::msg!("reason-formular-code");
    Reason::Answer => "not-an-answer", crate::msg!("reason-not-an-answer");
    Reason::BornAfterSubmission => "born-after-submission",
        crate::msg!("reason-born-after-submission");
    Reason::BornTooEarly => "born-too-early", crate::msg!("reason-born-too-early");
    Reason::OutgoingAfterReceived => "outgoing-after-received",
        crate::msg!("reason-outgoing-after-received");
    Reason::BeyondCalendar { year, held } => "beyond-calendar",
        crate::msg!("reason-beyond-calendar", year = year, held = held);
}

impl Reason {
    /// The message without the particulars of one row, for counts of
    /// reasons (a printed «…» in their place would read as a placeholder).
    pub fn headline(&self, lang: Lang) -> String {
        match self {
            Reason::Duplicate { .. } => crate::msg!("reason-duplicate-id-headline").text(lang),
            other => other.message(lang),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        self.msg().text(lang)
    }
}

impl When {
    /// The condition as a rejection's message names it.
    fn msg(self) -> Msg {
        match self {
            When::Decided => crate::msg!("when-decided"),
            When::Refused => crate::msg!("when-refused"),
            When::VisaCase => crate::msg!("when-visa-case"),
            When::IdDocument => crate::msg!("when-id-document"),
            When::VisaExtend => crate::msg!("when-visa-extend"),
            When::ExtensionGranted => crate::msg!("when-extension-granted"),
        }
    }
}

/// The words of a vocabulary, in each language.
fn words_of(vocabulary: &str) -> Arg {
    Arg::Names(Box::new(
        Lang::ALL.map(|lang| crate::vocab::words(vocabulary, lang).join(", ")),
    ))
}

/// A country's name in each language.
fn country_names(alpha3: &str) -> Arg {
    let country = crate::reference::country(alpha3).expect("a code of countries.csv");
    Arg::Names(Box::new(
        [&country.name_en, &country.name_ru, &country.name_kk].map(|n| n.to_string()),
    ))
}

/// A script as a rejection's message chooses its name: the scripts of
/// names a clerk may meet by name, any other by its Unicode name, and a
/// character of no script (a control, a mark of direction, a symbol) as
/// such.
fn script_key(script: unicode_script::Script) -> &'static str {
    use unicode_script::Script;
    match script {
        Script::Common | Script::Inherited | Script::Unknown => "symbols",
        Script::Han => "han",
        Script::Hiragana | Script::Katakana => "japanese",
        Script::Hangul => "hangul",
        Script::Arabic => "arabic",
        Script::Hebrew => "hebrew",
        Script::Georgian => "georgian",
        Script::Armenian => "armenian",
        Script::Devanagari => "devanagari",
        Script::Thai => "thai",
        Script::Mongolian => "mongolian",
        Script::Tibetan => "tibetan",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_speaks_three_languages() {
        let all = [
            Reason::Required,
            Reason::RequiredWhen(When::Refused),
            Reason::NotDate,
            Reason::IinCheckDigit,
            Reason::Duplicate {
                first: "a.xlsx:Дела!A2".into(),
            },
        ];
        for r in all {
            let (en, ru, kk) = (
                r.message(Lang::En),
                r.message(Lang::Ru),
                r.message(Lang::Kk),
            );
            assert!(en.is_ascii() || en.contains("a.xlsx"), "{en}");
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{ru}");
            assert_ne!(ru, kk);
        }
    }
}
