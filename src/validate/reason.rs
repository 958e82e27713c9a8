//! Why a value was rejected, with a stable code and a message in English,
//! Russian and Kazakh that says how to fix it.

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
            Reason::Duplicate { .. } => lang
                .pick(
                    "id already used in an earlier row; the first row is kept",
                    "номер уже использован в одной из предыдущих строк; сохранена первая строка",
                    "нөмір алдыңғы жолдардың бірінде қолданылған; бірінші жол сақталды",
                )
                .to_string(),
            other => other.message(lang),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let (en, ru, kk): (String, String, String) = match self {
            Reason::Required => (
                "required value is empty".into(),
                "обязательное значение не заполнено".into(),
                "міндетті мән толтырылмаған".into(),
            ),
            Reason::RequiredWhen(when) => {
                let (en, ru, kk) = match when {
                    When::Decided => ("on a decided case (granted or refused)", "для рассмотренного дела (выдано или отказано)", "қаралған іс үшін (берілді немесе бас тартылды)"),
                    When::Refused => ("on a refused case", "при отказе", "бас тартылған іс үшін"),
                    When::VisaCase => ("on a visa case", "для визовой услуги", "визалық қызмет үшін"),
                    When::IdDocument => ("on an identity-document case", "для услуги по документу, удостоверяющему личность", "жеке басты куәландыратын құжат қызметі үшін"),
                    When::VisaExtend => ("on a visa extension", "при продлении визы", "визаны ұзарту кезінде"),
                    When::ExtensionGranted => ("when an extension is granted", "когда виза продлена", "виза ұзартылған кезде"),
                };
                (format!("required {en}, but empty"), format!("обязательно {ru}, но не заполнено"), format!("{kk} міндетті, бірақ толтырылмаған"))
            }
            Reason::CellError => (
                "the cell holds a formula error; fix the formula or type the value".into(),
                "в ячейке ошибка формулы; исправьте формулу или введите значение".into(),
                "ұяшықта формула қатесі бар; формуланы түзетіңіз немесе мәнді енгізіңіз".into(),
            ),
            Reason::TooLong => (
                "text longer than the 32,767 characters a cell can hold (as Excel counts them: an emoji counts two); shorten it".into(),
                "текст длиннее 32 767 символов, которые вмещает ячейка (как их считает Excel: эмодзи за два); сократите его".into(),
                "мәтін ұяшық сыятын 32 767 таңбадан ұзын (Excel санағандай: эмодзи екі болып саналады); қысқартыңыз".into(),
            ),
            Reason::LongerThan(max) => (
                format!("longer than the {max} characters the column holds (as Excel counts them: an emoji counts two); shorten it"),
                format!("длиннее {max} символов, которые вмещает столбец (как их считает Excel: эмодзи за два); сократите"),
                format!("бағанға сыятын {max} таңбадан ұзын (Excel санағандай: эмодзи екі болып саналады); қысқартыңыз"),
            ),
            Reason::StackedMarks => (
                format!("a letter carries more than {} combining marks (accents); retype the name", crate::schema::MAX_MARKS),
                format!("на букве больше {} диакритических знаков; наберите имя заново", crate::schema::MAX_MARKS),
                format!("бір әріпте {} диакритикалық белгіден көп; атын қайта теріңіз", crate::schema::MAX_MARKS),
            ),
            Reason::Unprintable(script) => {
                let (en, ru, kk) = script_names(*script);
                (
                    format!("{en} the documents cannot print; write it in Latin or Cyrillic letters, as in the passport"),
                    format!("{ru}, которых нет в шрифтах документов; запишите латиницей или кириллицей, как в паспорте"),
                    format!("{kk} құжаттар қарпінде жоқ; паспорттағыдай латын немесе кирилл әріптерімен жазыңыз"),
                )
            }
            Reason::NotDate => (
                "not a date: use a date cell or DD.MM.YYYY [HH:MM[:SS]] or YYYY-MM-DD[THH:MM[:SS]]".into(),
                "не дата: используйте ячейку-дату или запись вида 04.03.2025, 04.03.2025 10:30, 2025-03-04, 2025-03-04T10:30".into(),
                "күн емес: күн ұяшығын немесе 04.03.2025, 04.03.2025 10:30, 2025-03-04, 2025-03-04T10:30 түріндегі жазуды қолданыңыз".into(),
            ),
            Reason::NumberNotDate => (
                "a plain number, not a date: format the cell as a date".into(),
                "число, а не дата: задайте ячейке формат даты".into(),
                "сан, күн емес: ұяшыққа күн пішімін беріңіз".into(),
            ),
            Reason::DurationNotDate => (
                "a duration, not a date: format the cell as a date".into(),
                "длительность, а не дата: задайте ячейке формат даты".into(),
                "ұзақтық, күн емес: ұяшыққа күн пішімін беріңіз".into(),
            ),
            Reason::NotYesNo => (
                "not yes/no: write yes/no, да/нет, иә/жоқ, 1/0, true/false or +/-".into(),
                "не да/нет: пишите да/нет, иә/жоқ, yes/no, 1/0, true/false или +/-".into(),
                "иә/жоқ емес: иә/жоқ, да/нет, yes/no, 1/0, true/false не +/- жазыңыз".into(),
            ),
            Reason::NotInVocabulary { vocabulary } => {
                let allowed = |lang| crate::vocab::words(vocabulary, lang).join(", ");
                (
                    format!("not an allowed value; allowed: {}", allowed(Lang::En)),
                    format!("недопустимое значение; допустимо: {}", allowed(Lang::Ru)),
                    format!("рұқсат етілмеген мән; рұқсат етілгені: {}", allowed(Lang::Kk)),
                )
            }
            Reason::OfficeFormat => (
                "not an office code: write RRRR-DDD (region and district code), e.g. 1910-262".into(),
                "не код подразделения: пишите RRRR-DDD (код области и района), например 1910-262".into(),
                "бөлімше коды емес: RRRR-DDD (облыс пен аудан коды) жазыңыз, мысалы 1910-262".into(),
            ),
            Reason::UnknownOffice => (
                "office code not in the district code directory (order No. 451 of 2021)".into(),
                "кода подразделения нет в справочнике кодов районов (приказ № 451 от 2021 года)".into(),
                "бөлімше коды аудан кодтарының анықтамалығында жоқ (2021 жылғы № 451 бұйрық)".into(),
            ),
            Reason::BeyondCalendar { year, held } => (
                format!("the case needs the working days of {year} (its deadline or reception hours), and the calendar holds {held}; correct the date, or add fixtures/calendar/{year}.toml"),
                format!("для дела нужны рабочие дни {year} года (срок или часы приема), а календарь содержит {held}; исправьте дату или добавьте fixtures/calendar/{year}.toml"),
                format!("іске {year} жылдың жұмыс күндері керек (мерзімі не қабылдау сағаттары), ал күнтізбеде {held} бар; күнді түзетіңіз немесе fixtures/calendar/{year}.toml қосыңыз"),
            ),
            Reason::Duplicate { first } => (
                format!("id already used at {first}; the first row is kept"),
                format!("номер уже использован: {first}; сохранена первая строка"),
                format!("нөмір бұрын қолданылған: {first}; бірінші жол сақталды"),
            ),
            Reason::DecidedBeforeSubmitted => (
                "result issued before the documents were accepted".into(),
                "результат выдан раньше приема документов".into(),
                "нәтиже құжаттар қабылданғанға дейін берілген".into(),
            ),
            Reason::DecidedWhilePending => (
                "a pending case has a decision date: clear it or set the result".into(),
                "у дела на рассмотрении указана дата выдачи результата: удалите её или укажите результат".into(),
                "қаралудағы істе нәтиже берілген күн көрсетілген: оны өшіріңіз немесе нәтижені көрсетіңіз".into(),
            ),
            Reason::BornAfterSubmission => (
                "the date of birth is after the documents were accepted".into(),
                "дата рождения позже даты приема документов".into(),
                "туған күні құжаттар қабылданған күннен кейін".into(),
            ),
            Reason::BornTooEarly => (
                "the date of birth is more than 130 years before the documents were accepted".into(),
                "дата рождения более чем на 130 лет раньше даты приема документов".into(),
                "туған күні құжаттар қабылданған күннен 130 жылдан астам бұрын".into(),
            ),
            Reason::OutgoingAfterReceived => (
                "the outgoing date of the complaint is after the day it was received".into(),
                "исходящая дата жалобы позже даты ее поступления".into(),
                "шағымның шығыс күні оның түскен күнінен кейін".into(),
            ),
            Reason::GroundNotRefused => (
                "a refusal ground on a case that was not refused".into(),
                "основание отказа указано для дела без отказа".into(),
                "бас тартылмаған іске бас тарту негізі көрсетілген".into(),
            ),
            Reason::IinFormat => (
                "an IIN has exactly 12 digits".into(),
                "ИИН состоит ровно из 12 цифр".into(),
                "ЖСН дәл 12 цифрдан тұрады".into(),
            ),
            Reason::IinCheckDigit => (
                "the IIN's check digit is wrong".into(),
                "неверная контрольная цифра ИИН".into(),
                "ЖСН-нің бақылау цифры қате".into(),
            ),
            Reason::UnknownCountry { near: Some(alpha3) } => {
                let country = crate::reference::country(alpha3).expect("a code of countries.csv");
                (
                    format!("not a country: is it {} ({alpha3})? Write the three-letter code or the country's name in English, Russian or Kazakh, or `stateless`", country.name_en),
                    format!("не страна: не «{}» ли ({alpha3})? Запишите трёхбуквенный код или название страны по-русски, по-казахски или по-английски, либо ЛБГ", country.name_ru),
                    format!("ел емес: «{}» емес пе ({alpha3})? Үш әріпті кодын не елдің қазақша, орысша не ағылшынша атауын, не азаматтығы жоқ деп жазыңыз", country.name_kk),
                )
            }
            Reason::UnknownCountry { near: None } => (
                "not a country: write the three-letter code (ISO 3166-1 alpha-3, e.g. UZB) or the country's name in English, Russian or Kazakh, or `stateless`".into(),
                "не страна: запишите трёхбуквенный код (ISO 3166-1 alpha-3, например UZB) или название страны по-русски, по-казахски или по-английски, либо ЛБГ".into(),
                "ел емес: үш әріпті кодын (ISO 3166-1 alpha-3, мысалы UZB) не елдің қазақша, орысша не ағылшынша атауын, не азаматтығы жоқ деп жазыңыз".into(),
            ),
            Reason::Entries => ("entries are 1 or 2".into(), "кратность: 1 или 2".into(), "кіру саны: 1 немесе 2".into()),
            Reason::NotCount => (
                "not a whole number of 0 or more".into(),
                "не целое число от 0".into(),
                "0-ден бастап бүтін сан емес".into(),
            ),
            Reason::NotAmount => (
                "not an amount in tenge (e.g. 1966 or 1966,50)".into(),
                "не сумма в тенге (например, 1966 или 1966,50)".into(),
                "теңгедегі сома емес (мысалы, 1966 немесе 1966,50)".into(),
            ),
            Reason::FormularCode => (
                "not a formular code of item 31: 00, 01, 03 … 18 (there is no 02)".into(),
                "не код формуляра по пункту 31: 00, 01, 03 … 18 (кода 02 нет)".into(),
                "31-тармақтағы формуляр коды емес: 00, 01, 03 … 18 (02 коды жоқ)".into(),
            ),
            Reason::Answer => (
                "not an answer: yes/no or a score 1–5".into(),
                "не ответ: да/нет или оценка 1–5".into(),
                "жауап емес: иә/жоқ немесе 1–5 баға".into(),
            ),
        };
        lang.pick(en, ru, kk)
    }
}

/// A script named as a rejection says it: the scripts of names a clerk may
/// meet by name, any other by its Unicode name, and a character of no
/// script (a control, a mark of direction, a symbol) as such.
fn script_names(script: unicode_script::Script) -> (String, String, String) {
    use unicode_script::Script;
    let named = |en: &str, ru: &str, kk: &str| {
        (
            format!("letters of the {en} script"),
            format!("буквы ({ru} письменность)"),
            format!("{kk} жазуының әріптері"),
        )
    };
    match script {
        Script::Common | Script::Inherited | Script::Unknown => (
            "control or symbol characters".into(),
            "управляющие знаки или символы".into(),
            "басқару таңбалары не символдар".into(),
        ),
        Script::Han => named("Chinese (Han)", "китайская", "қытай"),
        Script::Hiragana | Script::Katakana => named("Japanese", "японская", "жапон"),
        Script::Hangul => named("Korean", "корейская", "корей"),
        Script::Arabic => named("Arabic", "арабская", "араб"),
        Script::Hebrew => named("Hebrew", "еврейская", "иврит"),
        Script::Georgian => named("Georgian", "грузинская", "грузин"),
        Script::Armenian => named("Armenian", "армянская", "армян"),
        Script::Devanagari => named("Devanagari", "деванагари", "деванагари"),
        Script::Thai => named("Thai", "тайская", "тай"),
        Script::Mongolian => named("Mongolian", "монгольская", "моңғол"),
        Script::Tibetan => named("Tibetan", "тибетская", "тибет"),
        other => {
            let name = other.full_name();
            named(name, name, name)
        }
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
