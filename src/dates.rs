//! Days in words, as Kazakh and Russian documents write them. Below the
//! stages: the law's sentences (a visa extended to a day) and the
//! documents' fields use the same words, so that a document has one style
//! of date throughout, never a numeric one beside a written one.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::catalog::Msg;
use crate::lang::DocLang;

/// A date as the forms write it: `2025 жылғы «18» наурыз`, `«18» марта 2025 г.`
pub fn long_date(day: NaiveDate, lang: DocLang) -> String {
    long(day).text(lang)
}

/// [`long_date`] as a message, for a sentence that holds a date.
pub fn long(day: NaiveDate) -> Msg {
    crate::msg!(
        "date-long",
        year = day.year(),
        month = day.month(),
        day = day.day()
    )
}

/// A term's last day after «до» / before «дейін»: `«18» марта 2025 г.`,
/// `2025 жылғы «18» наурызға`.
pub fn until(day: NaiveDate) -> Msg {
    crate::msg!(
        "date-until",
        year = day.year(),
        month = day.month(),
        day = day.day()
    )
}

/// The date of an act as a citation gives it: `28 февраля 2011 года`
/// (the «от» is the caller's), `2011 жылғы 28 ақпандағы`.
pub fn of_act(day: NaiveDate, lang: DocLang) -> String {
    crate::msg!(
        "date-of-act",
        year = day.year(),
        month = day.month(),
        day = day.day()
    )
    .text(lang)
}

/// A time as the forms write it: `10 сағат 05 минут`, `10 час. 05 мин.`
pub fn clock_time(time: NaiveTime, lang: DocLang) -> String {
    crate::msg!(
        "time-of-day",
        hour = time.hour(),
        minute = format!("{:02}", time.minute())
    )
    .text(lang)
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
            until(day(2026, 3, 20)).text(DocLang::Kk),
            "2026 жылғы «20» наурызға"
        );
        assert_eq!(
            until(day(2026, 9, 1)).text(DocLang::Kk),
            "2026 жылғы «1» қыркүйекке"
        );
        assert_eq!(
            until(day(2026, 3, 20)).text(DocLang::Ru),
            "«20» марта 2026 г."
        );
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
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(clock_time(t, DocLang::Kk), "9 сағат 05 минут");
        assert_eq!(clock_time(t, DocLang::Ru), "9 час. 05 мин.");
    }
}
