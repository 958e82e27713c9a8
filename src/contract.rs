//! What each column of the input contract holds, and how a person is told
//! to write it: what `esep contract` prints, `esep template` types and
//! offers in lists, and its notes sheet explains.

use crate::lang::Lang;
use crate::schema::max_length;

pub use crate::schema::Kind;

/// What column `key` holds (`docs/contract.md`).
pub fn kind(key: &str) -> Kind {
    crate::schema::column(key).map_or(Kind::Text, |c| c.kind)
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
