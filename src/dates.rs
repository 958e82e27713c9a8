//! Days in words, as Kazakh and Russian documents write them. Below the
//! stages: the law's sentences (a visa extended to a day) and the
//! documents' fields use the same words, so that a document has one style
//! of date throughout, never a numeric one beside a written one.

use chrono::{Datelike, NaiveDate};

use crate::lang::DocLang;

/// The months in the nominative (Kazakh), as a form's date writes them.
pub(crate) const KK: [&str; 12] = [
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
];

/// The Kazakh months in the dative («дейін» governs it: «наурызға дейін»).
const KK_DATIVE: [&str; 12] = [
    "қаңтарға",
    "ақпанға",
    "наурызға",
    "сәуірге",
    "мамырға",
    "маусымға",
    "шілдеге",
    "тамызға",
    "қыркүйекке",
    "қазанға",
    "қарашаға",
    "желтоқсанға",
];

/// The Kazakh months in the locative adjective of an act's date
/// («2011 жылғы 28 ақпандағы № 200 қаулысы»).
const KK_OF: [&str; 12] = [
    "қаңтардағы",
    "ақпандағы",
    "наурыздағы",
    "сәуірдегі",
    "мамырдағы",
    "маусымдағы",
    "шілдедегі",
    "тамыздағы",
    "қыркүйектегі",
    "қазандағы",
    "қарашадағы",
    "желтоқсандағы",
];

/// The Russian months in the genitive («18 марта»).
const RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date as the forms write it: `2025 жылғы «18» наурыз`, `«18» марта 2025 г.`
pub fn long_date(day: NaiveDate, lang: DocLang) -> String {
    let m = day.month0() as usize;
    match lang {
        DocLang::Kk => format!("{} жылғы «{}» {}", day.year(), day.day(), KK[m]),
        DocLang::Ru => format!("«{}» {} {} г.", day.day(), RU[m], day.year()),
    }
}

/// A term's last day after «до» / before «дейін»: `«18» марта 2025 г.`,
/// `2025 жылғы «18» наурызға`.
pub fn until(day: NaiveDate, lang: DocLang) -> String {
    let m = day.month0() as usize;
    match lang {
        DocLang::Kk => format!("{} жылғы «{}» {}", day.year(), day.day(), KK_DATIVE[m]),
        DocLang::Ru => long_date(day, lang),
    }
}

/// The date of an act as a citation gives it: `от 28 февраля 2011 года`
/// (the «от» is the caller's), `2011 жылғы 28 ақпандағы`.
pub fn of_act(day: NaiveDate, lang: DocLang) -> String {
    let m = day.month0() as usize;
    match lang {
        DocLang::Kk => format!("{} жылғы {} {}", day.year(), day.day(), KK_OF[m]),
        DocLang::Ru => format!("{} {} {} года", day.day(), RU[m], day.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_words_in_either_language() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            long_date(day(2025, 3, 18), DocLang::Ru),
            "«18» марта 2025 г."
        );
        assert_eq!(
            long_date(day(2025, 3, 18), DocLang::Kk),
            "2025 жылғы «18» наурыз"
        );
        assert_eq!(
            until(day(2026, 3, 20), DocLang::Kk),
            "2026 жылғы «20» наурызға"
        );
        assert_eq!(
            until(day(2026, 9, 1), DocLang::Kk),
            "2026 жылғы «1» қыркүйекке"
        );
        assert_eq!(until(day(2026, 3, 20), DocLang::Ru), "«20» марта 2026 г.");
        assert_eq!(
            of_act(day(2011, 2, 28), DocLang::Ru),
            "28 февраля 2011 года"
        );
        assert_eq!(
            of_act(day(2011, 2, 28), DocLang::Kk),
            "2011 жылғы 28 ақпандағы"
        );
        assert_eq!(
            of_act(day(2021, 8, 3), DocLang::Kk),
            "2021 жылғы 3 тамыздағы"
        );
    }
}
