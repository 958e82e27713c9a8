//! The working-day calendar of Kazakhstan, one data file a year in
//! `fixtures/calendar/` (compiled in), each naming its sources.
//!
//! A working day is Monday to Friday, unless it is a public holiday, a day
//! off of the Labour Code (7 January, the first day of Kurban Ait), a
//! holiday moved there from a Saturday or Sunday (article 84 of the Labour
//! Code: the next working day), or a day off the Government moved there; a
//! Saturday or Sunday the Government made a working day is one. A date in a
//! year without a data file is an error, never a guess.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A text of a year file in each language: a day's name or a source.
/// These are data (dates, numbers of acts), kept beside the dates they
/// explain rather than in the catalogues.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    en: String,
    ru: String,
    kk: String,
}

impl Words {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.ru, &self.kk)
    }
}

/// A named day of a year file.
#[derive(Debug, Clone, Deserialize)]
struct Named {
    date: NaiveDate,
    #[serde(flatten)]
    name: Words,
}

#[derive(Debug, Clone, Deserialize)]
struct Transfer {
    working: NaiveDate,
    day_off: NaiveDate,
    source: Words,
}

/// One year file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct YearFile {
    year: i32,
    sources: Vec<Words>,
    holidays: Vec<Named>,
    days_off: Vec<Named>,
    transfers: Vec<Transfer>,
    working_days: u32,
}

/// Why a weekday is not a working day, or a weekend day is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exception {
    Holiday(Words),
    /// A holiday that fell on a Saturday or Sunday, moved here.
    MovedHoliday {
        from: NaiveDate,
        name: Words,
    },
    /// A day off of the Labour Code that is not moved.
    DayOff(Words),
    /// A weekday made a day off by the Government, for `working`.
    TransferredDayOff {
        working: NaiveDate,
        source: Words,
    },
    /// A day made a working day by the Government (a Saturday or Sunday, or
    /// a weekday the law had made a day off), for `day_off`.
    WorkingByTransfer {
        day_off: NaiveDate,
        source: Words,
    },
}

impl Exception {
    pub fn is_working(&self) -> bool {
        matches!(self, Exception::WorkingByTransfer { .. })
    }

    /// Why, in words.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            Exception::Holiday(name) | Exception::DayOff(name) => name.get(lang).to_owned(),
            Exception::MovedHoliday { from, name } => crate::msg!(
                "calendar-moved-holiday",
                name = name.get(lang),
                from = from.format("%d.%m.%Y").to_string()
            )
            .text(lang),
            Exception::TransferredDayOff { working, source } => crate::msg!(
                "calendar-transferred-day-off",
                from = working.format("%d.%m.%Y").to_string(),
                source = source.get(lang)
            )
            .text(lang),
            Exception::WorkingByTransfer { day_off, source } => crate::msg!(
                "calendar-working-by-transfer",
                to = day_off.format("%d.%m.%Y").to_string(),
                source = source.get(lang)
            )
            .text(lang),
        }
    }
}

/// One year of the calendar: the days that differ from "Monday to Friday".
#[derive(Debug, Clone)]
pub struct Year {
    pub year: i32,
    pub sources: Vec<Words>,
    pub exceptions: BTreeMap<NaiveDate, Exception>,
    /// The official count of working days, which the data must reproduce.
    pub official_working_days: u32,
    /// The working days from 1 January up to and including each day of
    /// the year (by its ordinal from 0): a count between two days is two
    /// lookups ([`Calendar::working_days_between`]), for every case.
    through: Vec<u16>,
}

/// A date the calendar has no data for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingYear {
    pub year: i32,
    pub held: String,
}

/// A missing year stops a run as a [`crate::lang::Said`].
impl From<MissingYear> for anyhow::Error {
    fn from(missing: MissingYear) -> anyhow::Error {
        missing.msg().into()
    }
}

impl MissingYear {
    /// What is missing and how to add it.
    pub fn msg(&self) -> crate::catalog::Msg {
        crate::msg!("calendar-missing-year", year = self.year, held = &self.held)
    }
}

/// The working-day calendar over all years with data.
#[derive(Debug, Clone)]
pub struct Calendar {
    years: BTreeMap<i32, Year>,
}

const FILES: [&str; 16] = [
    include_str!("../../fixtures/calendar/2011.toml"),
    include_str!("../../fixtures/calendar/2012.toml"),
    include_str!("../../fixtures/calendar/2013.toml"),
    include_str!("../../fixtures/calendar/2014.toml"),
    include_str!("../../fixtures/calendar/2015.toml"),
    include_str!("../../fixtures/calendar/2016.toml"),
    include_str!("../../fixtures/calendar/2017.toml"),
    include_str!("../../fixtures/calendar/2018.toml"),
    include_str!("../../fixtures/calendar/2019.toml"),
    include_str!("../../fixtures/calendar/2020.toml"),
    include_str!("../../fixtures/calendar/2021.toml"),
    include_str!("../../fixtures/calendar/2022.toml"),
    include_str!("../../fixtures/calendar/2023.toml"),
    include_str!("../../fixtures/calendar/2024.toml"),
    include_str!("../../fixtures/calendar/2025.toml"),
    include_str!("../../fixtures/calendar/2026.toml"),
];

static BUNDLED: LazyLock<Calendar> = LazyLock::new(|| {
    let years = FILES
        .iter()
        .map(|text| {
            toml::from_str::<YearFile>(text).expect("bundled calendar file is valid (tested)")
        })
        .map(Year::from_file)
        .map(|y| (y.year, y))
        .collect();
    Calendar { years }
});

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Year {
    fn from_file(file: YearFile) -> Year {
        let mut exceptions = BTreeMap::new();
        for d in &file.days_off {
            exceptions.insert(d.date, Exception::DayOff(d.name.clone()));
        }
        for h in &file.holidays {
            exceptions.insert(h.date, Exception::Holiday(h.name.clone()));
        }
        // Holidays on a Saturday or Sunday move, in date order, to the next
        // weekday that is free (not a holiday, day off or moved day).
        let mut holidays: Vec<&Named> = file.holidays.iter().collect();
        holidays.sort_by_key(|h| h.date);
        for h in holidays {
            if !is_weekend(h.date) {
                continue;
            }
            let mut day = h.date + Duration::days(1);
            while is_weekend(day) || exceptions.contains_key(&day) {
                day += Duration::days(1);
            }
            exceptions.insert(
                day,
                Exception::MovedHoliday {
                    from: h.date,
                    name: h.name.clone(),
                },
            );
        }
        // The Government's transfers come last: they may move a day off that
        // the law put on a weekday (9 May 2020, a Saturday, moved by law to
        // Monday 11 May and by decree on to Friday 8 May).
        for t in &file.transfers {
            exceptions.insert(
                t.day_off,
                Exception::TransferredDayOff {
                    working: t.working,
                    source: t.source.clone(),
                },
            );
            exceptions.insert(
                t.working,
                Exception::WorkingByTransfer {
                    day_off: t.day_off,
                    source: t.source.clone(),
                },
            );
        }
        // A transfer across New Year is listed in both years' files; each
        // year keeps only its own days.
        exceptions.retain(|day, _| day.year() == file.year);
        let mut year = Year {
            year: file.year,
            sources: file.sources,
            exceptions,
            official_working_days: file.working_days,
            through: Vec::new(),
        };
        year.through = year
            .days()
            .scan(0u16, |count, day| {
                *count += u16::from(year.is_working(day));
                Some(*count)
            })
            .collect();
        year
    }

    /// The working days from 1 January up to and including `day`.
    fn working_days_through(&self, day: NaiveDate) -> u32 {
        u32::from(self.through[day.ordinal0() as usize])
    }

    /// Whether `day` (in this year) is a working day.
    pub fn is_working(&self, day: NaiveDate) -> bool {
        match self.exceptions.get(&day) {
            Some(e) => e.is_working(),
            None => !is_weekend(day),
        }
    }

    /// Every day of the year.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let first = NaiveDate::from_ymd_opt(self.year, 1, 1).expect("valid year");
        first.iter_days().take_while(move |d| d.year() == self.year)
    }

    pub fn working_days(&self) -> u32 {
        self.through.last().copied().map_or(0, u32::from)
    }

    pub fn working_days_in_month(&self, month: u32) -> u32 {
        self.days()
            .filter(|d| d.month() == month && self.is_working(*d))
            .count() as u32
    }
}

impl Calendar {
    /// The calendar compiled into esep.
    pub fn bundled() -> &'static Calendar {
        &BUNDLED
    }

    pub fn year(&self, year: i32) -> Result<&Year, MissingYear> {
        self.years.get(&year).ok_or_else(|| MissingYear {
            year,
            held: spans(self.years.keys().copied()),
        })
    }

    pub fn is_working(&self, day: NaiveDate) -> Result<bool, MissingYear> {
        Ok(self.year(day.year())?.is_working(day))
    }

    /// The `n`-th working day after `from`: `from` itself is day 0, working
    /// day or not, and counting starts on the next working day (item 7.1 of
    /// the standard as `docs/spec/indicators.md` reads it).
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> Result<NaiveDate, MissingYear> {
        let mut day = from;
        let mut left = n;
        while left > 0 {
            day += Duration::days(1);
            if self.is_working(day)? {
                left -= 1;
            }
        }
        Ok(day)
    }

    /// The working days after `from` up to and including `to`, as
    /// [`Calendar::add_working_days`] counts them: the day of submission
    /// is day 0, a decision on the next working day took 1. Zero when `to`
    /// is not after `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<u32, MissingYear> {
        if to <= from {
            return Ok(0);
        }
        let mut count = self.year(to.year())?.working_days_through(to);
        for year in from.year()..to.year() {
            count += self.year(year)?.working_days();
        }
        Ok(count - self.year(from.year())?.working_days_through(from))
    }
}

/// Years as runs: `2011–2021, 2023`.
fn spans(years: impl Iterator<Item = i32>) -> String {
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for y in years {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == y => *last = y,
            _ => runs.push((y, y)),
        }
    }
    runs.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `esep calendar --json`: the shape other systems read.
#[derive(Debug, Serialize)]
pub struct YearReport {
    pub year: i32,
    pub working_days: u32,
    pub months: Vec<MonthReport>,
    /// Every Monday to Friday that is not a working day, with why.
    pub days_off: Vec<DayOff>,
    pub working_weekend_days: Vec<NaiveDate>,
    pub sources: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct MonthReport {
    pub month: u32,
    pub working_days: u32,
}

#[derive(Debug, Serialize)]
pub struct DayOff {
    pub date: NaiveDate,
    pub reason: String,
}

impl Year {
    pub fn report(&self, lang: Lang) -> YearReport {
        let days_off = self
            .exceptions
            .iter()
            .filter(|(d, e)| !is_weekend(**d) && !e.is_working())
            .map(|(d, e)| DayOff {
                date: *d,
                reason: e.reason(lang),
            })
            .collect();
        let working_weekend_days = self
            .exceptions
            .iter()
            .filter(|(d, e)| is_weekend(**d) && e.is_working())
            .map(|(d, _)| *d)
            .collect();
        YearReport {
            year: self.year,
            working_days: self.working_days(),
            months: (1..=12)
                .map(|m| MonthReport {
                    month: m,
                    working_days: self.working_days_in_month(m),
                })
                .collect(),
            days_off,
            working_weekend_days,
            sources: self
                .sources
                .iter()
                .map(|s| s.get(lang).to_owned())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_year_reproduces_the_official_count() {
        let calendar = Calendar::bundled();
        for year in calendar.years.values() {
            assert_eq!(
                year.working_days(),
                year.official_working_days,
                "{}",
                year.year
            );
        }
        assert_eq!(calendar.year(2024).unwrap().working_days(), 249);
        assert_eq!(calendar.year(2025).unwrap().working_days(), 246);
        // January 2026 per the Government's calendar: 19 working days.
        assert_eq!(calendar.year(2026).unwrap().working_days_in_month(1), 19);
    }

    #[test]
    fn holidays_on_weekends_move_to_the_next_free_weekday() {
        let c = Calendar::bundled();
        // Nauryz 2025: Saturday 22 and Sunday 23 March move to Monday 24 and Tuesday 25.
        for d in [21, 24, 25] {
            assert_eq!(c.is_working(day(2025, 3, d)), Ok(false), "2025-03-{d}");
        }
        assert_eq!(c.is_working(day(2025, 3, 26)), Ok(true));
        // Nauryz 2026: Saturday 21 and Sunday 22 skip Monday 23 (itself Nauryz) to 24 and 25.
        for d in [23, 24, 25] {
            assert_eq!(c.is_working(day(2026, 3, d)), Ok(false), "2026-03-{d}");
        }
        // 7 January and Kurban Ait do not move: 7 January 2024 was a Sunday, the 8th worked.
        assert_eq!(c.is_working(day(2024, 1, 8)), Ok(true));
        assert_eq!(
            c.is_working(day(2024, 6, 17)),
            Ok(true),
            "Kurban Ait on Sunday 16 June 2024 is not moved"
        );
    }

    #[test]
    fn a_transfer_makes_sunday_5_january_2025_a_working_day() {
        let c = Calendar::bundled();
        assert_eq!(c.is_working(day(2025, 1, 5)), Ok(true));
        assert_eq!(c.is_working(day(2025, 1, 3)), Ok(false));
        let report = c.year(2025).unwrap().report(Lang::Ru);
        assert_eq!(report.working_weekend_days, vec![day(2025, 1, 5)]);
        let jan3 = report
            .days_off
            .iter()
            .find(|d| d.date == day(2025, 1, 3))
            .unwrap();
        assert_eq!(
            jan3.reason,
            "выходной день, перенесённый с 05.01.2025 (Приказ Министра труда и социальной \
             защиты населения 2024 года о переносе выходного дня с воскресенья 5 января \
             2025 года на пятницу 3 января 2025 года)"
        );
    }

    /// Each text of a year file is in each language: Kazakh with its own
    /// letters, Russian in Cyrillic, English without it (a text copied
    /// into the wrong column is caught).
    #[test]
    fn every_name_and_source_is_said_in_each_language() {
        let kazakh = |s: &str| s.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c));
        let cyrillic = |s: &str| {
            s.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap()))
        };
        for text in FILES {
            let file: YearFile = toml::from_str(text).unwrap();
            let words = file
                .sources
                .iter()
                .chain(file.holidays.iter().chain(&file.days_off).map(|n| &n.name))
                .chain(file.transfers.iter().map(|t| &t.source));
            for w in words {
                assert!(!cyrillic(&w.en), "{}: {w:?}", file.year);
                assert!(cyrillic(&w.ru) && !kazakh(&w.ru), "{}: {w:?}", file.year);
                assert!(cyrillic(&w.kk), "{}: {w:?}", file.year);
            }
            assert!(
                file.sources.iter().all(|w| kazakh(&w.kk)),
                "{}: a Kazakh source without a Kazakh letter",
                file.year
            );
        }
    }

    /// Counting the days between is adding them backwards: for every day
    /// of the years held and every span up to 40 working days, across New
    /// Year too.
    #[test]
    fn the_working_days_between_two_days_are_those_added() {
        let c = Calendar::bundled();
        let mut from = day(2011, 1, 1);
        while from < day(2026, 11, 1) {
            for n in [0, 1, 2, 5, 10, 15, 20, 40] {
                let to = c.add_working_days(from, n).unwrap();
                assert_eq!(c.working_days_between(from, to), Ok(n), "{from} + {n}");
                // The day before that is one fewer, when it is not `from`.
                if n > 0 {
                    let before = to - Duration::days(1);
                    assert_eq!(
                        c.working_days_between(from, before),
                        Ok(n - 1),
                        "{from} + {n}"
                    );
                }
            }
            from += Duration::days(3);
        }
        // Submitted Tuesday 18 March 2025, decided Friday 28 March: Nauryz
        // (21, 24, 25 March) and the weekend between are not counted.
        assert_eq!(
            c.working_days_between(day(2025, 3, 18), day(2025, 3, 28)),
            Ok(5)
        );
        assert_eq!(
            c.working_days_between(day(2025, 3, 28), day(2025, 3, 18)),
            Ok(0)
        );
        assert!(
            c.working_days_between(day(2026, 12, 30), day(2027, 1, 5))
                .is_err()
        );
    }

    #[test]
    fn transfers_swap_days_without_changing_the_count() {
        let c = Calendar::bundled();
        // Order of 17 April 2024: Saturday 4 May worked, Wednesday 8 May off.
        assert_eq!(c.is_working(day(2024, 5, 4)), Ok(true));
        assert_eq!(c.is_working(day(2024, 5, 8)), Ok(false));
        // 2022: 5 March, 27 August and 22 October worked for 7 March, 29 August, 24 October.
        for (worked, off) in [((3, 5), (3, 7)), ((8, 27), (8, 29)), ((10, 22), (10, 24))] {
            assert_eq!(c.is_working(day(2022, worked.0, worked.1)), Ok(true));
            assert_eq!(c.is_working(day(2022, off.0, off.1)), Ok(false));
        }
        // 2022 without 1 December and 17 December; Victory Day on Monday 9 May pushes
        // Saturday 7 May (Defender's Day) to Tuesday 10 May.
        assert_eq!(c.is_working(day(2022, 12, 1)), Ok(true));
        assert_eq!(c.is_working(day(2022, 12, 19)), Ok(true));
        assert_eq!(c.is_working(day(2022, 5, 10)), Ok(false));
        assert_eq!(c.year(2022).unwrap().working_days(), 246);
    }

    #[test]
    fn a_transfer_can_move_a_holiday_the_law_moved() {
        // Decree on 2020: Victory Day, Saturday 9 May 2020, moved by law to
        // Monday 11 May, moved by decree on to Friday 8 May.
        let file: YearFile = toml::from_str(
            r#"
            year = 2020
            sources = [{ en = "test", ru = "тест", kk = "тест" }]
            holidays = [{ date = "2020-05-09", en = "Victory Day", ru = "День Победы", kk = "Жеңіс күні" }]
            days_off = []
            transfers = [{ working = "2020-05-11", day_off = "2020-05-08", source = { en = "decree", ru = "постановление", kk = "қаулы" } }]
            working_days = 0
            "#,
        )
        .unwrap();
        let year = Year::from_file(file);
        assert!(!year.is_working(day(2020, 5, 8)));
        assert!(
            year.is_working(day(2020, 5, 11)),
            "the decree made Monday 11 May a working day"
        );
        assert!(
            year.is_working(day(2020, 5, 12)),
            "the holiday is not moved again"
        );
    }

    #[test]
    fn constitution_day_is_not_a_holiday_in_2026() {
        // See docs/law.md: the Constitution of 15 March 2026 moved the holiday.
        let c = Calendar::bundled();
        assert_eq!(c.is_working(day(2026, 8, 31)), Ok(true));
        assert_eq!(
            c.is_working(day(2025, 9, 1)),
            Ok(false),
            "30 August 2025, a Saturday, moved to Monday"
        );
    }

    #[test]
    fn deadlines_count_from_the_next_working_day() {
        let c = Calendar::bundled();
        // Submitted Tuesday 18 March 2025: 19, 20 March, then Nauryz (21, 24, 25), then 26, 27, 28.
        assert_eq!(
            c.add_working_days(day(2025, 3, 18), 5),
            Ok(day(2025, 3, 28))
        );
        // Submitted on a Saturday: day 0 is the Saturday itself.
        assert_eq!(
            c.add_working_days(day(2025, 1, 4), 1),
            Ok(day(2025, 1, 5)),
            "the transfer Sunday counts"
        );
        // Across New Year: Monday 29 December 2025 + 5 → 30, 31 Dec, 5, 6, 8 Jan 2026.
        assert_eq!(
            c.add_working_days(day(2025, 12, 29), 5),
            Ok(day(2026, 1, 8))
        );
    }

    #[test]
    fn every_year_from_2011_to_2026_is_held() {
        let c = Calendar::bundled();
        assert_eq!(spans(c.years.keys().copied()), "2011–2026");
        assert_eq!(
            spans([2011, 2012, 2014, 2016, 2017].into_iter()),
            "2011–2012, 2014, 2016–2017"
        );
        // Official counts: 2019 (119 days of rest), 2021 (120), 2022 (245 under
        // the list of December 2021, see the 2022 file).
        assert_eq!(c.year(2019).unwrap().working_days(), 246);
        assert_eq!(c.year(2021).unwrap().working_days(), 245);
    }

    fn months(year: &Year) -> Vec<u32> {
        (1..=12).map(|m| year.working_days_in_month(m)).collect()
    }

    #[test]
    fn months_agree_with_the_official_calendars() {
        let c = Calendar::bundled();
        // 2019, days of rest per month as the Ministry's calendar gave them
        // (Zakon.kz): 11, 8, 14, 8, 12, 10, 9, 10, 9, 8, 9, 12; May's 12 leaves
        // out Saturday 4 May, worked by the decree for Friday 10 May.
        assert_eq!(
            months(c.year(2019).unwrap()),
            [20, 20, 17, 22, 20, 20, 22, 21, 21, 23, 21, 19]
        );
        // 2024, the Ministry's balance of working time; June has one day more
        // than its 19 because Kurban Ait fell on Sunday 16 June, not Monday 17.
        assert_eq!(
            months(c.year(2024).unwrap()),
            [21, 21, 17, 22, 20, 20, 22, 21, 21, 22, 21, 21]
        );
    }

    #[test]
    fn older_years_follow_the_list_of_their_time() {
        let c = Calendar::bundled();
        // 7 May only from 2013; 1 December from 2012 to 2021; 17 December until 2021.
        assert_eq!(c.is_working(day(2012, 5, 7)), Ok(true));
        assert_eq!(c.is_working(day(2013, 5, 7)), Ok(false));
        assert_eq!(c.is_working(day(2011, 12, 1)), Ok(true));
        assert_eq!(c.is_working(day(2015, 12, 1)), Ok(false));
        assert_eq!(c.is_working(day(2021, 12, 17)), Ok(false));
        // Kurban Ait: Friday 1 September 2017, Tuesday 21 August 2018.
        assert_eq!(c.is_working(day(2017, 9, 1)), Ok(false));
        assert_eq!(c.is_working(day(2018, 8, 21)), Ok(false));
        // 2020 decree: Sunday 5 January worked for Friday 3 January; Victory
        // Day (Saturday 9 May) observed on Friday 8 May, Monday 11 May worked.
        assert_eq!(c.is_working(day(2020, 1, 5)), Ok(true));
        assert_eq!(c.is_working(day(2020, 1, 3)), Ok(false));
        assert_eq!(c.is_working(day(2020, 5, 8)), Ok(false));
        assert_eq!(c.is_working(day(2020, 5, 11)), Ok(true));
        // 2023 decree: Saturday 1 July worked for Friday 7 July.
        assert_eq!(c.is_working(day(2023, 7, 1)), Ok(true));
        assert_eq!(c.is_working(day(2023, 7, 7)), Ok(false));
    }

    #[test]
    fn a_transfer_across_new_year_belongs_to_both_years() {
        let c = Calendar::bundled();
        // Saturday 28 December 2013 worked for Friday 3 January 2014.
        assert_eq!(c.is_working(day(2013, 12, 28)), Ok(true));
        assert_eq!(c.is_working(day(2014, 1, 3)), Ok(false));
        // Each year reports only its own days.
        let r2013 = c.year(2013).unwrap().report(Lang::En);
        assert_eq!(r2013.working_weekend_days.last(), Some(&day(2013, 12, 28)));
        assert!(r2013.days_off.iter().all(|d| d.date.year() == 2013));
        let r2014 = c.year(2014).unwrap().report(Lang::En);
        assert!(r2014.working_weekend_days.iter().all(|d| d.year() == 2014));
        // A deadline across it: Thursday 26 December 2013 + 5 → 27, 28 (Saturday),
        // 30, 31 December, 6 January (1, 2, 3 and 7 January off).
        assert_eq!(
            c.add_working_days(day(2013, 12, 26), 5),
            Ok(day(2014, 1, 6))
        );
    }

    #[test]
    fn a_year_without_data_is_an_error() {
        let c = Calendar::bundled();
        let err = c.add_working_days(day(2026, 12, 28), 5).unwrap_err();
        assert_eq!(err.year, 2027);
        let said = err.msg().text(crate::lang::Lang::En);
        assert!(said.contains("fixtures/calendar/2027.toml"), "{said}");
        assert!(c.is_working(day(2010, 6, 1)).is_err());
    }
}
