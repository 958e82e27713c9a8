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
        Kind::Text => crate::msg!("contract-text-most-characters", limit = limit).text(lang),
        Kind::Date => crate::msg!("contract-date-date-cell-dd-mm").text(lang),
        Kind::DateTime => crate::msg!("contract-date-time-date-cell-dd").text(lang),
        Kind::QueueTime => crate::msg!("contract-date-time-time-alone-hh").text(lang),
        Kind::YesNo => crate::msg!("contract-yes-no-1-0").text(lang),
        Kind::Word(vocabulary) => {
            crate::msg!("contract-one-of", words = words(vocabulary)).text(lang)
        }
        Kind::Words(vocabulary) => {
            crate::msg!("contract-list-of", words = words(vocabulary)).text(lang)
        }
        Kind::Returned => {
            crate::msg!("contract-returned", words = words("formular_returned")).text(lang)
        }
        Kind::Office => crate::msg!("contract-office-code-rrrr-ddd-district").text(lang),
        Kind::Country => crate::msg!("contract-country-three-letter-code-uzb").text(lang),
        Kind::Iin => crate::msg!("contract-12-digits-valid-check-digit").text(lang),
        Kind::Count => crate::msg!("contract-whole-number-0-more").text(lang),
        Kind::Amount => crate::msg!("contract-amount-tenge").text(lang),
        Kind::Entries => crate::msg!("contract-entries").text(lang),
        Kind::FormularCode => crate::msg!("contract-two-digits-item-31-rules").text(lang),
        Kind::Answer => crate::msg!("contract-score-1-5-yes-no").text(lang),
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
