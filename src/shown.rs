//! What a message may show of a value a user wrote: personal data by
//! construction. A value is shown only where it has a shape that cannot
//! carry a person: words of the contract's vocabularies, a date, a number
//! of a few digits, the code its column holds, an id of the usual shape.
//! Anything else is described, never quoted: its shape when it has no
//! letters (`9999/99/99`: how to fix a column is told by that), else its
//! length and kind (`<12 letters>`). Values of the personal columns are
//! never shown at all. The choice and its reason are in `docs/input.md`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lang::Lang;

/// Columns that hold personal data (names, IIN, passport numbers, birth
/// dates, addresses). Their values never appear in messages or logs, only
/// in files of rows.
pub const PERSONAL: [&str; 8] = [
    "applicant_name",
    "person_name",
    "iin",
    "passport_no",
    "accepted_by",
    "birth_date",
    "complainant_name",
    "complainant_address",
];

/// Columns of free-text ids: shown when they have an id's usual shape.
const IDS: [&str; 3] = ["case_id", "complaint_id", "outgoing_no"];

/// The longest a shape is written out; longer, it is told by its length.
const SHAPE_CHARS: usize = 40;

/// What may be shown of `value`, standing in `column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown<'a> {
    Value(&'a str),
    Personal,
    /// A value without letters: digits as `9`, the rest as written.
    Shape(String),
    /// How many letters, digits and other characters.
    Kind {
        letters: usize,
        digits: usize,
        others: usize,
    },
}

impl<'a> Shown<'a> {
    pub fn of(column: &str, value: &'a str) -> Shown<'a> {
        if value.is_empty() {
            return Shown::Value(value);
        }
        if PERSONAL.contains(&column) {
            return Shown::Personal;
        }
        if harmless(column, value) {
            return Shown::Value(value);
        }
        let count = |f: fn(&char) -> bool| value.chars().filter(f).count();
        let letters = count(|c| c.is_alphabetic());
        let digits = count(char::is_ascii_digit);
        let chars = value.chars().count();
        if letters == 0 && chars <= SHAPE_CHARS && value.chars().all(|c| !c.is_control()) {
            return Shown::Shape(
                value
                    .chars()
                    .map(|c| match c {
                        '0'..='9' => '9',
                        c if c.is_numeric() => '9',
                        c => c,
                    })
                    .collect(),
            );
        }
        Shown::Kind {
            letters,
            digits,
            others: chars - letters - digits,
        }
    }

    /// The words of a message: the value itself, or `<…>` for what stands
    /// in its place.
    pub fn text(&self, lang: Lang) -> Cow<'a, str> {
        match self {
            Shown::Value(value) => Cow::Borrowed(value),
            Shown::Personal => Cow::Owned(crate::msg!("shown-personal").text(lang)),
            Shown::Shape(shape) => Cow::Owned(crate::msg!("shown-shape", shape = shape).text(lang)),
            Shown::Kind {
                letters,
                digits,
                others,
            } => {
                let parts: Vec<String> = [
                    (*letters, "letters"),
                    (*digits, "digits"),
                    (*others, "others"),
                ]
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, kind)| crate::msg!("shown-count", count = n, kind = kind).text(lang))
                .collect();
                Cow::Owned(format!("<{}>", parts.join(", ")))
            }
        }
    }
}

/// The value of `column` as a message of `lang` may show it.
pub fn in_message<'a>(column: &str, value: &'a str, lang: Lang) -> Cow<'a, str> {
    Shown::of(column, value).text(lang)
}

/// A sheet's name as messages show it: as written when it names a table
/// of the contract or is a spreadsheet program's default (`Sheet1`,
/// `Лист1`, `Парақ1`), else by its place in the workbook (`#2`): a sheet
/// may be named after a person.
pub fn sheet(name: &str, names: &[String]) -> String {
    let known = crate::schema::Table::ALL
        .iter()
        .flat_map(|t| t.sheet_names())
        .any(|n| n.to_lowercase() == name.trim().to_lowercase());
    let default = [
        "Sheet",
        "Лист",
        "Парақ",
        "Feuil",
        "Tabelle",
        "Hoja",
        "Foglio",
        "Arkusz",
    ]
    .iter()
    .any(|prefix| {
        name.strip_prefix(prefix).is_some_and(|n| {
            let n = n.trim_start();
            (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
        })
    });
    match known || default || of_calendar_or_summary(name) {
        true => name.to_string(),
        false => {
            let place = names.iter().position(|n| n == name).map_or(0, |i| i + 1);
            format!("#{place}")
        }
    }
}

/// Whether every word of a sheet's name is a month, a period, a year or
/// another number, or a word of summaries (`Январь 2025`, `Қаңтар`,
/// `Q1`, `Свод`): the names offices give sheets of one register, which
/// carry no person.
fn of_calendar_or_summary(name: &str) -> bool {
    let mut words = name
        .split(|c: char| c.is_whitespace() || "-_.,()/".contains(c))
        .filter(|w| !w.is_empty())
        .peekable();
    // Numbers of a year, a month or a day: four digits at most, eight in
    // all (an IIN or a passport number split by spaces is no period).
    let digits = name.chars().filter(char::is_ascii_digit).count();
    digits <= 8
        && words.peek().is_some()
        && words.all(|word| {
            let word = word.to_lowercase();
            (word.len() <= 4 && word.chars().all(|c| c.is_ascii_digit()))
                || SHEET_WORDS.contains(&word.as_str())
                || (word.len() == 2
                    && word.starts_with('q')
                    && word.ends_with(['1', '2', '3', '4']))
        })
}

/// The words of [`of_calendar_or_summary`], in lower case: months in
/// Kazakh, Russian (and their short forms) and English, periods, and the
/// words of summaries.
const SHEET_WORDS: &[&str] = &[
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "янв",
    "фев",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "дек",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "квартал",
    "тоқсан",
    "quarter",
    "год",
    "г",
    "жыл",
    "year",
    "итого",
    "всего",
    "свод",
    "сводная",
    "сводный",
    "отчёт",
    "отчет",
    "барлығы",
    "жиынтық",
    "есеп",
    "summary",
    "total",
    "report",
    "данные",
    "деректер",
    "data",
];

/// A library's message (calamine's, a zip's, an XML reader's) as a message
/// of esep may quote it: its words up to the first that is not one of a
/// library's own (an error's kind, `expecting`, `found`, a small number),
/// so that a value of the file it quotes (a cell, an entity, a sheet name)
/// is cut off with what follows, `…` in its place.
pub fn library(message: &str) -> String {
    let mut kept = String::new();
    for word in message.split_inclusive(char::is_whitespace) {
        let bare = word.trim().trim_end_matches([':', ',', ';', '.', ')']);
        let bare = bare.trim_start_matches('(');
        let known = bare.is_empty()
            || LIBRARY_WORDS.contains(&bare.to_ascii_lowercase().as_str())
            || (bare.len() <= 6 && bare.bytes().all(|b| b.is_ascii_digit()));
        if !known {
            kept = kept.trim_end().trim_end_matches(':').to_string();
            kept.push_str(": …");
            return kept;
        }
        kept.push_str(word);
    }
    kept
}

/// The words of the libraries' error messages esep quotes.
const LIBRARY_WORDS: &[&str] = &[
    "a",
    "allows",
    "available",
    "beginning",
    "beyond",
    "boundary",
    "central",
    "checksum",
    "comment",
    "compressed",
    "declaration",
    "declared",
    "decrypt",
    "entries",
    "extends",
    "field",
    "inconsistent",
    "its",
    "junk",
    "large",
    "larger",
    "local",
    "memory",
    "more",
    "opening",
    "out",
    "oversized",
    "premature",
    "quote",
    "required",
    "signature",
    "than",
    "truncated",
    "uncompressed",
    "unmatched",
    "an",
    "and",
    "archive",
    "at",
    "attribute",
    "bad",
    "bool",
    "boolean",
    "buffer",
    "byte",
    "cannot",
    "cell",
    "cfb",
    "character",
    "closing",
    "corrupt",
    "could",
    "data",
    "decoding",
    "deflate",
    "directory",
    "does",
    "element",
    "empty",
    "encoding",
    "encrypted",
    "end",
    "entity",
    "eof",
    "error",
    "escape",
    "expected",
    "expecting",
    "failed",
    "false",
    "file",
    "float",
    "for",
    "format",
    "formula",
    "found",
    "got",
    "header",
    "i/o",
    "in",
    "integer",
    "invalid",
    "is",
    "length",
    "literal",
    "match",
    "mime",
    "missing",
    "name",
    "node",
    "not",
    "number",
    "of",
    "offset",
    "ods",
    "or",
    "parse",
    "password",
    "position",
    "protected",
    "provided",
    "range",
    "read",
    "record",
    "reference",
    "sheet",
    "size",
    "start",
    "stream",
    "string",
    "support",
    "syntax",
    "t",
    "table",
    "tag",
    "the",
    "to",
    "too",
    "true",
    "type",
    "unclosed",
    "unexpected",
    "unknown",
    "unrecognized",
    "unsupported",
    "valid",
    "value",
    "vba",
    "was",
    "with",
    "workbook",
    "worksheet",
    "xls",
    "xlsb",
    "xlsx",
    "xml",
    "zip",
];

/// The error values a formula leaves in a cell.
const ERROR_VALUES: [&str; 10] = [
    "#DIV/0!",
    "#N/A",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#REF!",
    "#VALUE!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
];

/// Whether `value` has a shape that cannot carry a person in `column`.
fn harmless(column: &str, value: &str) -> bool {
    if value.chars().any(char::is_control) {
        return false;
    }
    if ERROR_VALUES.contains(&value) {
        return true;
    }
    let groups = digit_groups(value);
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    let words = letter_words(value);
    if IDS.contains(&column) {
        return id_shaped(value, &groups, digits, &words);
    }
    if column == "office" && office_shaped(value) {
        return true;
    }
    let digits_harmless = digits <= 6 || date_shaped(&groups);
    digits_harmless && words.iter().all(|w| KNOWN.contains(&crate::text::fold(w)))
}

/// An id as offices write them (`T2025-0000001`, `ВИЗ-17`, `01-12/345`):
/// one token, words of at most three letters, no run of more than seven
/// digits, at most eleven digits in all. An IIN (twelve digits however
/// split), a name, a passport number with a space are not.
fn id_shaped(value: &str, groups: &[&str], digits: usize, words: &[&str]) -> bool {
    !value.chars().any(char::is_whitespace)
        && words.iter().all(|w| w.chars().count() <= 3)
        && groups.iter().all(|g| g.len() <= 7)
        && digits <= 11
}

/// `RRRR-DDD`: the office code's own shape.
fn office_shaped(value: &str) -> bool {
    let b = value.trim().as_bytes();
    b.len() == 8
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

/// Digit groups a date or date-time is written in: day, month, year (or
/// year, month, day), then hours, minutes, seconds and a fraction, each in
/// its range. Twelve digits that are not a date (an IIN) are not.
fn date_shaped(groups: &[&str]) -> bool {
    let n = |g: &str| g.parse::<u32>().unwrap_or(u32::MAX);
    let day = |g: &str| g.len() <= 2 && (1..=31).contains(&n(g));
    let month = |g: &str| g.len() <= 2 && (1..=12).contains(&n(g));
    let (date, time) = groups.split_at(groups.len().min(3));
    let date = match date {
        [d, m, y] if y.len() == 4 && day(d) && month(m) => true,
        [y, m, d] => y.len() == 4 && month(m) && day(d),
        _ => false,
    };
    let time = match time {
        [] => true,
        [h, m, rest @ ..] if rest.len() <= 2 => {
            h.len() <= 2
                && n(h) < 24
                && m.len() == 2
                && n(m) < 60
                && rest.first().is_none_or(|s| s.len() == 2 && n(s) < 60)
                && rest.get(1).is_none_or(|f| f.len() <= 9)
        }
        _ => false,
    };
    date && time
}

fn digit_groups(value: &str) -> Vec<&str> {
    value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect()
}

fn letter_words(value: &str) -> Vec<&str> {
    value
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every word of the contract's vocabularies (keys, Russian and Kazakh
/// words, folded), the yes/no words, the country codes: what a message may
/// quote however it is misspelt around them; and the `T` of ISO date-times.
static KNOWN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let terms = crate::vocab::TERMS.iter().flat_map(|t| {
        std::iter::once(t.key.as_str())
            .chain(t.ru.split('|'))
            .chain(t.kk.split('|'))
    });
    let yes_no = ["yes", "no", "да", "нет", "иә", "жоқ", "true", "false"];
    let countries = crate::reference::COUNTRIES
        .iter()
        .map(|c| c.alpha3.as_str());
    terms
        .chain(yes_no)
        .chain(countries)
        .chain(["stateless", "T"])
        .flat_map(|text| letter_words(text).into_iter().map(crate::text::fold))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persons_are_never_shown_in_any_column_or_spelling() {
        let persons = [
            "870412300123",
            "870412 300123",
            "870412-300-123",
            "8704-1230-0123",
            "N12345678",
            "4510 123456",
            "Иванов Иван",
            "ИВАНОВ ИВАН",
            "иванов",
            "MÜLLER HANS",
            "smith",
            "Әлия Нұрқызы",
            "+7 701 123 45 67",
        ];
        for column in [
            "result",
            "case_id",
            "office",
            "submitted_at",
            "fee_amount",
            "subject",
        ] {
            for person in persons {
                let shown = in_message(column, person, Lang::En);
                assert!(!shown.contains(person), "{column}: {person} → {shown}");
                for part in person.split([' ', '-']).filter(|p| p.len() > 3) {
                    assert!(!shown.contains(part), "{column}: {person} → {shown}");
                }
            }
        }
        assert_eq!(in_message("iin", "1", Lang::En), "<personal data, hidden>");
        assert_eq!(in_message("iin", "1", Lang::Ru), "<личные данные скрыты>");
    }

    #[test]
    fn sheets_are_named_when_they_name_a_table_a_period_or_a_default() {
        let names: Vec<String> = [
            "Дела",
            "Иванов Иван",
            "Лист3",
            "Sheet 12",
            "Январь 2025",
            "Қаңтар",
            "Q1-2025",
            "Свод",
            "Марат",
            "Мамыр Айгүл",
            "902282 486 834",
            "9022 8248 6834",
            "2025",
        ]
        .map(String::from)
        .to_vec();
        let shown: Vec<String> = names.iter().map(|n| sheet(n, &names)).collect();
        assert_eq!(
            shown,
            [
                "Дела",
                "#2",
                "Лист3",
                "Sheet 12",
                "Январь 2025",
                "Қаңтар",
                "Q1-2025",
                "Свод",
                "#9",
                "#10",
                "#11",
                "#12",
                "2025"
            ]
        );
    }

    #[test]
    fn codes_dates_numbers_and_ids_are_shown_and_the_rest_described() {
        for (column, value) in [
            ("service", "visa-issue"),
            ("office", "1910-263"),
            ("submitted_at", "04.03.2025 10:00"),
            ("submitted_at", "2025-06-20T10:17:00"),
            ("result", "granted"),
            ("result", "Выдано"),
            ("case_id", "T2025-0000001"),
            ("case_id", "ВИЗ-1"),
            ("fee_amount", "3692,5"),
            ("decided_at", "45720"),
            ("entries", "3"),
            ("citizenship", "deu"),
        ] {
            assert_eq!(in_message(column, value, Lang::En), value, "{column}");
        }
        assert_eq!(
            in_message("submitted_at", "2025/99/99", Lang::En),
            "<shape 9999/99/99>"
        );
        assert_eq!(in_message("result", "выдан", Lang::En), "<5 letters>");
        assert_eq!(in_message("result", "выдан", Lang::Ru), "<букв: 5>");
        assert_eq!(
            library("Xlsx error: Unrecognized boolean: ИВАНОВ ИВАН"),
            "Xlsx error: Unrecognized boolean: …"
        );
        assert_eq!(
            library("Xlsx error: Unsupported cell error value 'SMITH'"),
            "Xlsx error: Unsupported cell error value: …"
        );
        assert_eq!(
            library("Ods error: Parse float error: invalid float literal"),
            "Ods error: Parse float error: invalid float literal"
        );
        assert_eq!(
            in_message("documents", "заявление; справка", Lang::En),
            "<16 letters, 2 other characters>"
        );
    }
}
