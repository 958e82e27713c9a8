//! The quality and efficiency indicators of Appendix 4 (and items 7.2, 7.3)
//! exactly as `shared/spec/indicators.md` defines them, at republic,
//! department and office level, for all services and per service, for the
//! period and per month. Entry point: [`compute`].
//!
//! Choices where the contract is silent (also in `docs/indicators.md`):
//! - Surveys carry no service: 2.1, 3.1 and 5.1 have no value in the rows
//!   of one service (0 of 0), and count in the "all" rows only.
//! - A complaint counts for a service when its `case_id` names an accepted
//!   case of that service; one without (or naming no accepted case) counts
//!   in the "all" rows only.
//! - 3.2 is a property of the configuration, not of the data: the same
//!   figure in every row (for one service: 1 of 1 or 0 of 1).
//! - Monthly rows carry the year too (a period may span New Year).

mod frame;
mod json;
mod sql;

use chrono::NaiveDate;

pub use frame::{IndicatorError, compute};
pub use json::Json;
pub use sql::{SQL, compute_parquet};

use crate::validate::Lang;
use crate::vocab::Service;

/// An indicator of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// 1.1: served within the deadline.
    Timeliness,
    /// 1.2: waited at most 15 minutes (item 7.2).
    Waiting,
    /// 1.3: served in at most 15 minutes (item 7.3).
    ServiceTime,
    /// 2.1: satisfied with the quality of the service process.
    Quality,
    /// 3.1: satisfied with the information about the service.
    Information,
    /// 3.2: services with information available electronically.
    Electronic,
    /// 4.1: justified complaints per consumers served.
    Complaints,
    /// 5.1: satisfied with the politeness of staff.
    Politeness,
}

impl Indicator {
    pub const ALL: [Indicator; 8] = [
        Indicator::Timeliness,
        Indicator::Waiting,
        Indicator::ServiceTime,
        Indicator::Quality,
        Indicator::Information,
        Indicator::Electronic,
        Indicator::Complaints,
        Indicator::Politeness,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Indicator::Timeliness => "1.1",
            Indicator::Waiting => "1.2",
            Indicator::ServiceTime => "1.3",
            Indicator::Quality => "2.1",
            Indicator::Information => "3.1",
            Indicator::Electronic => "3.2",
            Indicator::Complaints => "4.1",
            Indicator::Politeness => "5.1",
        }
    }

    pub fn parse(id: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.id() == id)
    }

    /// `1.1, 1.2, …`, for messages.
    pub fn ids() -> String {
        Indicator::ALL.map(Indicator::id).join(", ")
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Lower is better for 4.1 only.
    pub fn lower_is_better(self) -> bool {
        self == Indicator::Complaints
    }

    /// Whether `value` misses `normative` in the direction that matters.
    pub fn misses(self, value: f64, normative: f64) -> bool {
        if self.lower_is_better() {
            value > normative
        } else {
            value < normative
        }
    }

    /// The indicator's name: Appendix 4's wording, item 7's for 1.2 and 1.3.
    pub fn name(self, lang: Lang) -> &'static str {
        let [en, ru, kk] = match self {
            Indicator::Timeliness => [
                "Share of cases in which the service was provided within the set term from the submission of documents",
                "% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов",
                "Құжаттарды тапсырған сәттен бастап қызметті белгіленген мерзімде ұсыну жағдайларының %-ы (үлесі)",
            ],
            Indicator::Waiting => [
                "Share of consumers who waited at most 15 minutes to be served on the day they applied (item 7.2)",
                "% (доля) потребителей, ожидавших получения услуги в день обращения не более 15 минут (пункт 7.2)",
                "Жүгінген күні қызмет алғанға дейін 15 минуттан аспай күткен тұтынушылардың %-ы (үлесі) (7-тармақтың 2) тармақшасы)",
            ],
            Indicator::ServiceTime => [
                "Share of consumers served in at most 15 minutes on the day they applied (item 7.3)",
                "% (доля) потребителей, обслуженных в день обращения не более чем за 15 минут (пункт 7.3)",
                "Жүгінген күні 15 минуттан аспай қызмет көрсетілген тұтынушылардың %-ы (үлесі) (7-тармақтың 3) тармақшасы)",
            ],
            Indicator::Quality => [
                "Share of consumers satisfied with the quality of the service process",
                "% (доля) потребителей, удовлетворенных качеством процесса предоставления услуги",
                "Қызмет көрсету үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)",
            ],
            Indicator::Information => [
                "Share of consumers satisfied with the quality of the service and the information about it",
                "% (доля) потребителей, удовлетворенных качеством и информацией о порядке предоставления услуги",
                "Қызмет көрсету сапасы мен оны көрсету туралы ақпаратқа қанағаттанған тұтынушылардың %-ы (үлесі)",
            ],
            Indicator::Electronic => [
                "Share of services whose information is available electronically",
                "% (доля) услуг, информация о которых доступна в электронном формате",
                "Ақпаратына электрондық форматта қол жеткізуге болатын қызметтердің %-ы (үлесі)",
            ],
            Indicator::Complaints => [
                "Justified complaints as a share of all consumers served in this service",
                "% (доля) обоснованных жалоб к общему количеству обслуженных потребителей по данному виду услуг",
                "Қызметтің осы түрі бойынша қызмет көрсетілген тұтынушылардың жалпы санына негізді шағымдардың %-ы (үлесі)",
            ],
            Indicator::Politeness => [
                "Share of consumers satisfied with the politeness of staff",
                "% (доля) потребителей, удовлетворенных вежливостью персонала",
                "Персоналдың сыпайылығына қанағаттанатын тұтынушылардың %-ы (үлесі)",
            ],
        };
        lang.pick(en, ru, kk)
    }

    /// The heading of Appendix 4 the indicator stands under.
    pub fn group(self, lang: Lang) -> &'static str {
        let [en, ru, kk] = match self {
            Indicator::Timeliness | Indicator::Waiting | Indicator::ServiceTime => {
                ["1. Timeliness", "1. Своевременность", "1. Уақтылылығы"]
            }
            Indicator::Quality => ["2. Quality", "2. Качество", "2. Сапасы"],
            Indicator::Information | Indicator::Electronic => {
                ["3. Accessibility", "3. Доступность", "3. Қол жетімділігі"]
            }
            Indicator::Complaints => [
                "4. Complaints",
                "4. Процесс обжалования",
                "4. Шағымдану үдерісі",
            ],
            Indicator::Politeness => ["5. Politeness", "5. Вежливость", "5. Сыпайылық"],
        };
        lang.pick(en, ru, kk)
    }
}

/// A closed range of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The year whose normative values apply: the year the period ends in.
    pub fn norm_year(&self) -> i32 {
        use chrono::Datelike;
        self.to.year()
    }
}

/// Numerator and denominator, counted exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub numerator: u64,
    pub denominator: u64,
}

impl Ratio {
    /// The percentage rounded to one decimal, half away from zero; `None`
    /// when the denominator is zero. Computed in integers: no binary
    /// fraction decides a rounding.
    pub fn value(self) -> Option<f64> {
        if self.denominator == 0 {
            return None;
        }
        let tenths = (self.numerator * 2000 + self.denominator) / (2 * self.denominator);
        Some(tenths as f64 / 10.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Republic,
    Department,
    Office,
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Republic => "republic",
            Level::Department => "department",
            Level::Office => "office",
        }
    }
}

/// One row of the result: a place, a service (or all), a month (or the
/// whole period), and every indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub level: Level,
    /// `KZ`, a region code `RRRR`, or an office code `RRRR-DDD`.
    pub key: String,
    pub service: Option<Service>,
    /// `(year, month)` of a monthly row.
    pub month: Option<(i32, u32)>,
    pub values: [Ratio; 8],
}

impl Row {
    pub fn get(&self, indicator: Indicator) -> Ratio {
        self.values[indicator.index()]
    }
}

/// Every row, ordered: level, key, service (all first), month (period first).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub period: Period,
    pub rows: Vec<Row>,
}

impl Table {
    /// The row of the republic, all services, the whole period.
    pub fn republic(&self) -> &Row {
        self.rows
            .iter()
            .find(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_none())
            .expect("the republic row is always present")
    }

    pub fn find(
        &self,
        level: Level,
        key: &str,
        service: Option<Service>,
        month: Option<(i32, u32)>,
    ) -> Option<&Row> {
        self.rows
            .iter()
            .find(|r| r.level == level && r.key == key && r.service == service && r.month == month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_half_away_from_zero_from_exact_counts() {
        let r = |n, d| Ratio {
            numerator: n,
            denominator: d,
        };
        assert_eq!(r(412, 420).value(), Some(98.1));
        // 1/8 = 12.5 % exactly; 1/16 = 6.25 % → 6.3 (half away from zero).
        assert_eq!(r(1, 16).value(), Some(6.3));
        // 2/3 = 66.666… → 66.7; 1/3 → 33.3.
        assert_eq!(r(2, 3).value(), Some(66.7));
        assert_eq!(r(1, 3).value(), Some(33.3));
        // 0.05 % → 0.1, 0.0499… → 0.0.
        assert_eq!(r(1, 2000).value(), Some(0.1));
        assert_eq!(r(1, 2001).value(), Some(0.0));
        assert_eq!(r(0, 0).value(), None);
        assert_eq!(r(5, 5).value(), Some(100.0));
    }

    #[test]
    fn every_indicator_has_an_id_and_names() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::parse(i.id()), Some(i));
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                assert!(!i.name(lang).is_empty());
            }
        }
        assert!(Indicator::Complaints.misses(0.5, 0.3));
        assert!(!Indicator::Timeliness.misses(100.0, 100.0));
        assert!(Indicator::Timeliness.misses(99.9, 100.0));
    }
}

#[cfg(test)]
mod compute_tests;
