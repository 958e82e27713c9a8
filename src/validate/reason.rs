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
    /// Longer than the column allows ([`crate::schema::max_length`]).
    LongerThan(usize),
    /// A letter of a name under more combining marks than
    /// [`crate::schema::MAX_MARKS`].
    StackedMarks,
    /// A character no bundled font draws, in a column documents print
    /// ([`crate::schema::PRINTED`]); its script, never the character.
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

impl Reason {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Required => "required",
            Reason::RequiredWhen(_) => "required-when",
            Reason::CellError => "cell-error",
            Reason::TooLong => "too-long",
            Reason::LongerThan(_) => "longer-than-column",
            Reason::StackedMarks => "stacked-marks",
            Reason::Unprintable(_) => "unprintable",
            Reason::NotDate => "not-a-date",
            Reason::NumberNotDate => "number-not-date",
            Reason::DurationNotDate => "duration-not-date",
            Reason::NotYesNo => "not-yes-no",
            Reason::NotInVocabulary { .. } => "not-in-vocabulary",
            Reason::OfficeFormat => "office-format",
            Reason::UnknownOffice => "unknown-office",
            Reason::Duplicate { .. } => "duplicate-id",
            Reason::DecidedBeforeSubmitted => "decided-before-submitted",
            Reason::DecidedWhilePending => "decided-while-pending",
            Reason::GroundNotRefused => "ground-not-refused",
            Reason::IinFormat => "iin-format",
            Reason::IinCheckDigit => "iin-check-digit",
            Reason::UnknownCountry { .. } => "unknown-country",
            Reason::Entries => "entries",
            Reason::NotCount => "not-a-count",
            Reason::NotAmount => "not-an-amount",
            Reason::FormularCode => "formular-code",
            Reason::Answer => "not-an-answer",
            Reason::BornAfterSubmission => "born-after-submission",
            Reason::BornTooEarly => "born-too-early",
            Reason::OutgoingAfterReceived => "outgoing-after-received",
            Reason::BeyondCalendar { .. } => "beyond-calendar",
        }
    }

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

    /// What is wrong with the value and how to fix it.
    pub fn msg(&self) -> Msg {
        match self {
            Reason::Required => crate::msg!("reason-required"),
            Reason::RequiredWhen(when) => {
                let when = match when {
                    When::Decided => crate::msg!("when-decided"),
                    When::Refused => crate::msg!("when-refused"),
                    When::VisaCase => crate::msg!("when-visa-case"),
                    When::IdDocument => crate::msg!("when-id-document"),
                    When::VisaExtend => crate::msg!("when-visa-extend"),
                    When::ExtensionGranted => crate::msg!("when-extension-granted"),
                };
                crate::msg!("reason-required-when", when = when)
            }
            Reason::CellError => crate::msg!("reason-cell-error"),
            Reason::TooLong => crate::msg!("reason-too-long"),
            Reason::LongerThan(max) => crate::msg!("reason-longer-than-column", max = max),
            Reason::StackedMarks => {
                crate::msg!("reason-stacked-marks", most = crate::schema::MAX_MARKS)
            }
            Reason::Unprintable(script) => crate::msg!(
                "reason-unprintable",
                script = script_key(*script),
                name = script.full_name()
            ),
            Reason::NotDate => crate::msg!("reason-not-a-date"),
            Reason::NumberNotDate => crate::msg!("reason-number-not-date"),
            Reason::DurationNotDate => crate::msg!("reason-duration-not-date"),
            Reason::NotYesNo => crate::msg!("reason-not-yes-no"),
            Reason::NotInVocabulary { vocabulary } => {
                let allowed =
                    Lang::ALL.map(|lang| crate::vocab::words(vocabulary, lang).join(", "));
                crate::msg!(
                    "reason-not-in-vocabulary",
                    allowed = Arg::Names(Box::new(allowed))
                )
            }
            Reason::OfficeFormat => crate::msg!("reason-office-format"),
            Reason::UnknownOffice => crate::msg!("reason-unknown-office"),
            Reason::BeyondCalendar { year, held } => {
                crate::msg!("reason-beyond-calendar", year = year, held = held)
            }
            Reason::Duplicate { first } => crate::msg!("reason-duplicate-id", first = first),
            Reason::DecidedBeforeSubmitted => crate::msg!("reason-decided-before-submitted"),
            Reason::DecidedWhilePending => crate::msg!("reason-decided-while-pending"),
            Reason::BornAfterSubmission => crate::msg!("reason-born-after-submission"),
            Reason::BornTooEarly => crate::msg!("reason-born-too-early"),
            Reason::OutgoingAfterReceived => crate::msg!("reason-outgoing-after-received"),
            Reason::GroundNotRefused => crate::msg!("reason-ground-not-refused"),
            Reason::IinFormat => crate::msg!("reason-iin-format"),
            Reason::IinCheckDigit => crate::msg!("reason-iin-check-digit"),
            Reason::UnknownCountry { near: Some(alpha3) } => {
                let country = crate::reference::country(alpha3).expect("a code of countries.csv");
                let name =
                    [&country.name_en, &country.name_ru, &country.name_kk].map(|n| n.to_string());
                crate::msg!(
                    "reason-unknown-country-near",
                    name = Arg::Names(Box::new(name)),
                    code = *alpha3
                )
            }
            Reason::UnknownCountry { near: None } => crate::msg!("reason-unknown-country"),
            Reason::Entries => crate::msg!("reason-entries"),
            Reason::NotCount => crate::msg!("reason-not-a-count"),
            Reason::NotAmount => crate::msg!("reason-not-an-amount"),
            Reason::FormularCode => crate::msg!("reason-formular-code"),
            Reason::Answer => crate::msg!("reason-not-an-answer"),
        }
    }
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
