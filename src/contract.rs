//! What each column of the input contract holds, and how a person is told
//! to write it: what `esep contract` prints, `esep template` types and
//! offers in lists, and its notes sheet explains.

use crate::lang::Lang;
use crate::schema::max_length;

/// What a column holds, as the contract words it: what `esep contract`
/// says of each column and `esep template` types and offers to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text (a name, a number of a document).
    Text,
    /// A date.
    Date,
    /// A date, with or without a time.
    DateTime,
    /// A date and time, or a time alone on the day of submission.
    QueueTime,
    YesNo,
    /// A word of the vocabulary of `vocabularies.csv` by this name.
    Word(&'static str),
    /// Words of a vocabulary separated by `;`.
    Words(&'static str),
    Office,
    Country,
    Iin,
    /// A whole number of 0 or more.
    Count,
    /// An amount of tenge.
    Amount,
    /// 1 or 2.
    Entries,
    /// Two digits of item 31 of the Rules of the formular.
    FormularCode,
    /// A reason of item 40 of the Rules (words of `formular_returned`).
    Returned,
    /// A score of 1 to 5, or yes/no.
    Answer,
}

/// What column `key` holds (`docs/contract.md`).
pub fn kind(key: &str) -> Kind {
    match key {
        "service" => Kind::Word("service"),
        "result" => Kind::Word("result"),
        "refusal_ground" => Kind::Word("refusal_ground"),
        "applicant_kind" => Kind::Word("applicant_kind"),
        "visa_category" => Kind::Word("visa_category"),
        "issued_to" => Kind::Word("issued_to"),
        "exceptional_grounds" => Kind::Word("exceptional_grounds"),
        "channel" => Kind::Word("channel"),
        "subject" => Kind::Word("subject"),
        "complainant_kind" => Kind::Word("complainant_kind"),
        "documents" => Kind::Words("document"),
        "formular_returned" => Kind::Returned,
        "office" => Kind::Office,
        "citizenship" => Kind::Country,
        "iin" => Kind::Iin,
        "entries" => Kind::Entries,
        "prior_extensions" => Kind::Count,
        "fee_amount" => Kind::Amount,
        "formular_code" => Kind::FormularCode,
        "quality" | "information" | "politeness" => Kind::Answer,
        "queue_arrived_at" | "queue_called_at" | "service_ended_at" => Kind::QueueTime,
        "submitted_at" | "decided_at" | "received_at" | "answered_at" => Kind::DateTime,
        "applicant_is_inviter" | "ethnic_kazakh" | "knb_approved" | "justified" | "signed" => {
            Kind::YesNo
        }
        key if crate::schema::DATES.contains(&key) => Kind::Date,
        _ => Kind::Text,
    }
}

/// What to write in column `key`, in `lang`.
pub fn what(key: &str, lang: Lang) -> String {
    let words = |vocabulary| crate::vocab::words(vocabulary, lang).join(", ");
    let limit = max_length(key);
    match kind(key) {
        Kind::Text => lang.pick(
            format!("text, at most {limit} characters"),
            format!("текст, не длиннее {limit} знаков"),
            format!("мәтін, {limit} таңбадан аспайды"),
        ),
        Kind::Date => lang
            .pick(
                "a date: a date cell, DD.MM.YYYY or YYYY-MM-DD",
                "дата: ячейка-дата, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
                "күн: күн ұяшығы, КК.АА.ЖЖЖЖ не ЖЖЖЖ-АА-КК",
            )
            .into(),
        Kind::DateTime => lang
            .pick(
                "a date and time: a date cell, DD.MM.YYYY HH:MM or YYYY-MM-DDTHH:MM (a date alone is its start)",
                "дата и время: ячейка-дата, ДД.ММ.ГГГГ ЧЧ:ММ или ГГГГ-ММ-ДДTЧЧ:ММ (дата без времени — её начало)",
                "күні мен уақыты: күн ұяшығы, КК.АА.ЖЖЖЖ СС:ММ не ЖЖЖЖ-АА-ККTСС:ММ (уақытсыз күн — оның басы)",
            )
            .into(),
        Kind::QueueTime => lang
            .pick(
                "a date and time, or a time alone (HH:MM), on the day of submission",
                "дата и время или только время (ЧЧ:ММ) — в день приёма документов",
                "күні мен уақыты не тек уақыты (СС:ММ) — құжаттар қабылданған күні",
            )
            .into(),
        Kind::YesNo => lang
            .pick(
                "yes or no (да/нет, иә/жоқ, 1/0)",
                "да или нет (иә/жоқ, yes/no, 1/0)",
                "иә не жоқ (да/нет, yes/no, 1/0)",
            )
            .into(),
        Kind::Word(vocabulary) => lang.pick(
            format!("one of: {}", words(vocabulary)),
            format!("одно из: {}", words(vocabulary)),
            format!("мыналардың бірі: {}", words(vocabulary)),
        ),
        Kind::Words(vocabulary) => lang.pick(
            format!("a list separated by `;` of: {}", words(vocabulary)),
            format!("список через `;` из: {}", words(vocabulary)),
            format!("`;` арқылы тізім: {}", words(vocabulary)),
        ),
        Kind::Returned => lang.pick(
            format!("a reason of item 40 of the Rules: {}", words("formular_returned")),
            format!("причина по пункту 40 Правил: {}", words("formular_returned")),
            format!("Қағидалардың 40-тармағындағы себеп: {}", words("formular_returned")),
        ),
        Kind::Office => lang
            .pick(
                "an office code RRRR-DDD of the district directory, e.g. 1910-262 (the blank workbook of `esep template` lists them)",
                "код подразделения RRRR-DDD из справочника районов, например 1910-262 (пустая книга `esep template` их перечисляет)",
                "аудандар анықтамалығындағы RRRR-DDD бөлімше коды, мысалы 1910-262 (`esep template` бос кітабы оларды тізеді)",
            )
            .into(),
        Kind::Country => lang
            .pick(
                "a country: its three-letter code (UZB) or its name in English, Russian or Kazakh; or stateless (ЛБГ)",
                "страна: трёхбуквенный код (UZB) или название по-русски, по-казахски или по-английски; или ЛБГ",
                "ел: үш әріпті коды (UZB) не қазақша, орысша не ағылшынша атауы; не азаматтығы жоқ",
            )
            .into(),
        Kind::Iin => lang
            .pick(
                "12 digits with a valid check digit",
                "12 цифр с верной контрольной цифрой",
                "бақылау цифры дұрыс 12 цифр",
            )
            .into(),
        Kind::Count => lang
            .pick("a whole number, 0 or more", "целое число, 0 или больше", "бүтін сан, 0 не одан көп")
            .into(),
        Kind::Amount => lang
            .pick("an amount in tenge", "сумма в тенге", "теңгедегі сома")
            .into(),
        Kind::Entries => lang.pick("1 or 2", "1 или 2", "1 не 2").into(),
        Kind::FormularCode => lang
            .pick(
                "two digits of item 31 of the Rules: 00, 01, 03 … 18",
                "две цифры по пункту 31 Правил: 00, 01, 03 … 18",
                "Қағидалардың 31-тармағы бойынша екі цифр: 00, 01, 03 … 18",
            )
            .into(),
        Kind::Answer => lang
            .pick(
                "a score of 1 to 5, or yes or no",
                "оценка от 1 до 5, или да или нет",
                "1-ден 5-ке дейінгі баға, не иә не жоқ",
            )
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_a_column_is_of_is_in_the_vocabularies() {
        for table in crate::schema::Table::ALL {
            for column in table.columns() {
                if let Kind::Word(v) | Kind::Words(v) = kind(column.key) {
                    assert!(
                        !crate::vocab::words(v, crate::lang::Lang::Ru).is_empty(),
                        "{}: {v}",
                        column.key
                    );
                }
            }
        }
        assert_eq!(kind("birth_date"), Kind::Date);
        assert_eq!(kind("case_id"), Kind::Text);
    }
}
